"""Reading pre-annotation inputs: seed .txt files, .jsonl of records or of documents, .json
documents, or folders holding them (through annotate.ingest and annotate.documents)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from annotate import errors as E
from annotate.documents import expand_paths, read_documents
from annotate.errors import DataError, issue
from annotate.ingest import ingest_file
from annotate.validate import validate_document

SUFFIXES = (".txt", ".json", ".jsonl")


def expand(paths: Iterable[Path | str]) -> Iterator[Path]:
    return expand_paths(paths, SUFFIXES)


def _jsonl_holds_documents(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            for raw in fh:
                if raw.strip():
                    return b'"schema_version"' in raw
    except OSError:
        return False
    return False


def _iter_file(path: Path, validate: bool = True) -> Iterator[dict[str, Any]]:
    if not path.exists():
        raise DataError([issue(E.FILE_UNREADABLE, str(path), "$", "no such file or folder")])
    if path.suffix == ".txt" or (path.suffix == ".jsonl" and not _jsonl_holds_documents(path)):
        yield from ingest_file(path)
        return
    if path.suffix not in (".json", ".jsonl"):
        raise DataError([issue(E.UNSUPPORTED_FILE, str(path), "$", f"{path.suffix or 'no suffix'}: pass seed .txt files, .jsonl records or .json documents")])
    for loaded in read_documents(path):
        if loaded.issues or loaded.document is None:
            raise DataError(loaded.issues)
        problems = validate_document(loaded.document, loaded.source) if validate else []
        if problems:
            raise DataError(problems)
        yield loaded.document


def iter_inputs(paths: Iterable[Path | str], *, validate: bool = True) -> Iterator[dict[str, Any]]:
    """Input documents in order; validate=False skips validating documents that
    check_inputs has just validated (decoding errors are still raised)."""
    for path in expand(paths):
        yield from _iter_file(path, validate)


def check_inputs(paths: Iterable[Path | str]) -> int:
    """Read every input once (streaming) so that a bad one stops the run before anything is
    written; also refuses two inputs with the same document id. Returns the count."""
    seen: dict[str, str] = {}
    n = 0
    for path in expand(paths):
        for doc in _iter_file(path):
            n += 1
            if doc["id"] in seen:
                raise DataError([issue(E.DUPLICATE_DOCUMENT, str(path), "$.id", f"document id {doc['id']!r} also comes from {seen[doc['id']]}")])
            seen[doc["id"]] = str(path)
    return n
