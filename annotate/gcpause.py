"""Pausing Python's cyclic garbage collector around bulk work that makes no reference cycles.

Bulk push, pull and reads hold tens of thousands of documents (millions of small objects) alive
at once. Each automatic collection walks all of them, so with the collector running a 2,000-
document push spent more than half of its conversion time in the collector (measured: 7.0 s
with it, 3.1 s without). That work frees its documents by reference counting alone: the few
small cycles it does create (a few hundred objects for a 300-document push: HTTP client and
thread bookkeeping, measured) wait for the collector to resume.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """Disable the cyclic GC inside the block and restore its previous state afterwards
    (nested use is fine: only the outermost block re-enables it)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
