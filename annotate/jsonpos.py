"""Line and column of each value in a JSON text, by JSON path, so errors point into the file.

Only used for files that have problems (a pull-request annotation on the right line is worth
a second pass over a bad file; valid files never pay for it). The input is already known to be
valid JSON, so the scanner only has to skip strings and track structure.
"""

from __future__ import annotations

import re

_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.S)  # unrolled: no per-character backtracking state
_SCALAR = re.compile(r"[^,\]\}\s]+")
_WS = re.compile(r"\s*")


def _key_segment(key: str) -> str:
    return f".{key}" if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", key) else f"[{key!r}]"


def value_positions(text: str) -> dict[str, int]:
    """Map each JSON path (`$.events[3].trigger.end`) to the offset where its value starts."""
    import json

    out: dict[str, int] = {}
    pos = 0

    def ws() -> None:
        nonlocal pos
        pos = _WS.match(text, pos).end()  # type: ignore[union-attr]

    def value(path: str) -> None:
        nonlocal pos
        ws()
        out.setdefault(path, pos)
        ch = text[pos]
        if ch == "{":
            pos += 1
            ws()
            if text[pos] == "}":
                pos += 1
                return
            while True:
                ws()
                m = _STRING.match(text, pos)
                assert m is not None
                key = json.loads(m.group(0))
                pos = m.end()
                ws()
                pos += 1  # ':'
                value(path + _key_segment(key))
                ws()
                if text[pos] == ",":
                    pos += 1
                    continue
                pos += 1  # '}'
                return
        if ch == "[":
            pos += 1
            ws()
            if text[pos] == "]":
                pos += 1
                return
            index = 0
            while True:
                value(f"{path}[{index}]")
                index += 1
                ws()
                if text[pos] == ",":
                    pos += 1
                    continue
                pos += 1  # ']'
                return
        m = _STRING.match(text, pos) if ch == '"' else _SCALAR.match(text, pos)
        assert m is not None
        pos = m.end()

    value("$")
    return out


def line_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def locate(text: str, paths: list[str]) -> dict[str, tuple[int, int]]:
    """Line and column for each path; a path that does not exist (a missing field) gets its
    nearest existing ancestor's position."""
    try:
        positions = value_positions(text)
    except (AssertionError, IndexError, ValueError, RecursionError):
        return {}
    found: dict[str, tuple[int, int]] = {}
    for path in paths:
        probe = path
        while probe not in positions and probe != "$":
            cut = max(probe.rfind("."), probe.rfind("["))
            probe = probe[:cut] if cut > 0 else "$"
        if probe in positions:
            found[path] = line_column(text, positions[probe])
    return found
