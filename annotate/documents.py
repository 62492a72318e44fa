"""Reading and writing documents: strict decoding with located errors, atomic canonical writes.

Every step of the pipeline reads and writes documents through this module, so one
document looks the same whichever command wrote it (sorted nothing, 2-space indent, UTF-8,
trailing newline) and no command leaves a half-written file behind.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from annotate import errors as E
from annotate.errors import DataError, Issue, issue
from annotate.schema import schema_version

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
# A document nests about six levels deep; anything far deeper is junk, refused early.
MAX_DEPTH = 32
DOCUMENT_SUFFIXES = (".json", ".jsonl")


@dataclass
class Loaded:
    """One decoded document (or the issues that stopped it from decoding)."""

    source: str  # file name, with ":<line>" for a .jsonl record
    file: Path
    document: Any | None
    issues: list[Issue]
    line: int | None = None  # line number within a .jsonl file


class _DuplicateKeys:
    """Collects objects that had a repeated key while the C parser builds them."""

    def __init__(self) -> None:
        self.found: list[tuple[int, str]] = []

    def hook(self, pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        obj = dict(pairs)
        if len(obj) != len(pairs):
            seen: set[str] = set()
            for key, _ in pairs:
                if key in seen:
                    self.found.append((id(obj), key))
                seen.add(key)
        return obj


def _locate(root: Any, targets: set[int]) -> dict[int, str]:
    """JSON paths of the objects whose id() is in targets."""
    out: dict[int, str] = {}
    stack: list[tuple[Any, str]] = [(root, "$")]
    while stack and len(out) < len(targets):
        value, path = stack.pop()
        if isinstance(value, dict):
            if id(value) in targets:
                out[id(value)] = path
            stack.extend((v, f"{path}.{k}" if k.isidentifier() else f"{path}[{k!r}]") for k, v in value.items())
        elif isinstance(value, list):
            stack.extend((v, f"{path}[{i}]") for i, v in enumerate(value))
    return out


def _depth_exceeds(value: Any, limit: int) -> bool:
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        v, d = stack.pop()
        if d > limit:
            return True
        if isinstance(v, dict):
            stack.extend((x, d + 1) for x in v.values() if isinstance(x, (dict, list)))
        elif isinstance(v, list):
            stack.extend((x, d + 1) for x in v if isinstance(x, (dict, list)))
    return False


class _NotJSONConstant(ValueError):
    pass


def _reject_constant(name: str) -> Any:
    raise _NotJSONConstant(name)


_CONSTANT = re.compile(r"(?<![\w.\"])-?(?:NaN|Infinity)(?![\w\"])")


# What orjson would read differently from json, or what could hide a repeated key from the
# key count below: integers of 19+ digits (orjson reads those beyond 64 bits as floats), an
# escaped quote before a colon, white space between a key and its colon.
_WHITE_BEFORE_COLON = re.compile(rb'"[ \t\r\n]+:')  # literal first: the engine jumps between quotes
_DIGITS_AS_ZERO = bytes(48 if 48 <= b <= 57 else 32 for b in range(256))  # for a C-speed digit-run test
# In orjson's 2-space indented output a container at depth d (the top object is 1) lists its
# members 2*d spaces in; strings hold no raw line breaks. Deeper than MAX_DEPTH: a member line
# indented 2*(MAX_DEPTH+1), or an empty container among the members of a depth-MAX_DEPTH one.
_TOO_DEEP_INDENTED = re.compile(
    rb"\n {%d}|\n {%d}(?:\"(?:[^\"\\]|\\.)*\": )?(?:\{\}|\[\])" % (2 * (MAX_DEPTH + 1), 2 * MAX_DEPTH))
_DEEPEST_LINE = b"\n" + b" " * (2 * MAX_DEPTH)


def _decode_clean(data: bytes) -> dict[str, Any] | None:
    """The document, when it is a clean JSON object, decoded by orjson (4x faster than json
    with the duplicate-key hook, and no Python walk for the depth); None otherwise, and the
    careful path decodes it and reports what is wrong. "Clean": orjson reads it, to the same
    values json would (NaN, huge numbers and lone surrogates are refused or screened out), no
    key is repeated (orjson keeps the last silently: every key of the text must survive into
    its re-encoding), and it nests at most MAX_DEPTH levels."""
    if b'\\":' in data or _WHITE_BEFORE_COLON.search(data) or b"0" * 19 in data.translate(_DIGITS_AS_ZERO):
        return None
    try:
        value = orjson.loads(data)
    except orjson.JSONDecodeError:
        return None
    if not isinstance(value, dict):
        return None
    indented = orjson.dumps(value, option=orjson.OPT_INDENT_2)
    # Every '":' of the text ends a key: a quote inside a string is escaped (screened above).
    if data.count(b'":') != indented.count(b'":'):
        return None
    # The regex only where a line sits at the deepest allowed indent (rare): a plain search first.
    if _DEEPEST_LINE in indented and _TOO_DEEP_INDENTED.search(indented):
        return None
    return value


def decode_json(data: bytes, source: str, *, line_offset: int = 0) -> tuple[Any | None, list[Issue]]:
    """Decode one JSON value from bytes, reporting every way it can be wrong as located issues."""
    line = (line_offset + 1) if line_offset else None
    if data.startswith(b"\xef\xbb\xbf"):
        return None, [issue(E.BYTE_ORDER_MARK, source, "$", "the file begins with a byte-order mark (EF BB BF)", line=line)]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        # Report where the bad byte sits so the contributor can find it.
        before = data[: exc.start]
        bad_line = before.count(b"\n") + 1 + line_offset
        col = exc.start - (before.rfind(b"\n") + 1) + 1
        return None, [issue(E.NOT_UTF8, source, "$", f"byte 0x{data[exc.start]:02x} at offset {exc.start} is not UTF-8", line=bad_line, column=col)]
    fast = _decode_clean(data)
    if fast is not None:
        return fast, []
    dups = _DuplicateKeys()
    try:
        value = json.loads(text, object_pairs_hook=dups.hook, parse_constant=_reject_constant)
    except _NotJSONConstant as exc:
        # Python's json reads NaN/Infinity, which are not JSON: other tools would refuse the file.
        found = _CONSTANT.search(text)
        at = found.start() if found else 0
        lineno = text.count("\n", 0, at) + 1
        col = at - (text.rfind("\n", 0, at) + 1) + 1
        return None, [issue(E.JSON_SYNTAX, source, "$", f"{exc.args[0]} at line {lineno + line_offset}, column {col} is not a JSON value; write a number (or null)", line=lineno + line_offset, column=col)]
    except json.JSONDecodeError as exc:
        return None, [issue(E.JSON_SYNTAX, source, "$", f"{exc.msg} at line {exc.lineno + line_offset}, column {exc.colno}", line=exc.lineno + line_offset, column=exc.colno)]
    except RecursionError:
        return None, [issue(E.TOO_DEEP, source, "$", f"the JSON nests deeper than the parser allows (documents nest at most {MAX_DEPTH} levels)", line=line)]
    if _depth_exceeds(value, MAX_DEPTH):
        return None, [issue(E.TOO_DEEP, source, "$", f"the JSON nests deeper than {MAX_DEPTH} levels", line=line)]
    if not isinstance(value, dict):
        kind = {list: "an array", str: "a string", int: "a number", float: "a number", bool: "a boolean", type(None): "null"}.get(type(value), type(value).__name__)
        return None, [issue(E.NOT_AN_OBJECT, source, "$", f"the top-level value is {kind}, not an object", line=line)]
    if dups.found:
        paths = _locate(value, {i for i, _ in dups.found})
        return value, [
            issue(E.DUPLICATE_KEY, source, f"{paths.get(oid, '$')}.{key}", f"key {key!r} appears more than once in this object", line=line)
            for oid, key in dups.found
        ]
    return value, []


def read_documents(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Loaded]:
    """Decode the documents of one .json file or each line of a .jsonl file, streaming."""
    name = str(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        yield Loaded(name, path, None, [issue(E.FILE_UNREADABLE, name, "$", exc.strerror or str(exc))])
        return
    if path.suffix == ".jsonl":
        try:
            with path.open("rb") as fh:
                for number, raw in enumerate(fh, start=1):
                    if not raw.strip():
                        continue
                    src = f"{name}:{number}"
                    if len(raw) > max_bytes:
                        yield Loaded(src, path, None, [issue(E.FILE_TOO_LARGE, name, "$", f"line {number} is {len(raw)} bytes, over the limit of {max_bytes}", line=number)], line=number)
                        continue
                    doc, problems = decode_json(raw, name, line_offset=number - 1)
                    yield Loaded(src, path, doc, problems, line=number)
        except OSError as exc:
            yield Loaded(name, path, None, [issue(E.FILE_UNREADABLE, name, "$", exc.strerror or str(exc))])
        return
    if size > max_bytes:
        yield Loaded(name, path, None, [issue(E.FILE_TOO_LARGE, name, "$", f"the file is {size} bytes, over the limit of {max_bytes}")])
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield Loaded(name, path, None, [issue(E.FILE_UNREADABLE, name, "$", exc.strerror or str(exc))])
        return
    doc, problems = decode_json(data, name)
    yield Loaded(name, path, doc, problems)


def expand_paths(paths: Iterable[Path | str], suffixes: tuple[str, ...] = DOCUMENT_SUFFIXES) -> Iterator[Path]:
    """Files named directly, and files with these suffixes found (sorted) under folders,
    skipping hidden files and folders."""
    for p in map(Path, paths):
        if p.is_dir():
            for child in sorted(p.rglob("*")):
                if child.is_file() and child.suffix in suffixes and not any(part.startswith(".") for part in child.relative_to(p).parts):
                    yield child
        else:
            yield p


def load_document(path: Path | str) -> dict[str, Any]:
    """Read exactly one document from a .json file; raise DataError if it does not decode."""
    loaded = list(read_documents(Path(path)))
    if len(loaded) != 1 or loaded[0].document is None or loaded[0].issues:
        raise DataError([i for item in loaded for i in item.issues] or [issue(E.NOT_AN_OBJECT, str(path), "$", "expected exactly one document")])
    return loaded[0].document


def iter_input_documents(paths: Iterable[Path | str]) -> Iterator[dict[str, Any]]:
    """Documents from files, .jsonl files and folders; raise DataError on the first bad one."""
    for file in expand_paths(paths):
        for loaded in read_documents(file):
            if loaded.issues or loaded.document is None:
                raise DataError(loaded.issues)
            yield loaded.document


def dumps_document(document: dict[str, Any]) -> str:
    """The canonical text of a document: json.dumps(indent=2, ensure_ascii=False) + newline.

    json's indenting encoder is pure Python (milliseconds per document, the main cost of
    batch writes), so orjson lays it out instead: its 2-space indent places the same tokens
    the same way. Where the two differ, orjson either refuses (lone surrogates, ints beyond 64
    bits, non-string keys) or writes a float that needs an exponent in Python's repr: those
    (|x| < 1e-4 or >= 1e16; orjson writes them with a digit-e exponent or as `0.0000…`) are spotted in its
    output and settled by comparing with the reference encoder, which runs when they differ.
    Non-finite floats are not JSON and fail validation; orjson writes them as null.
    """
    fast = _orjson_indented(document)
    if fast is None:
        return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    return fast.decode("utf-8") + "\n"


def dumps_document_bytes(document: dict[str, Any]) -> bytes:
    """dumps_document(document) as UTF-8 bytes, without a str round trip where orjson's
    output is the canonical text (a 50 kB decode and re-encode per document saved)."""
    fast = _orjson_indented(document)
    if fast is None:
        return dumps_document(document).encode("utf-8")
    return fast + b"\n"


def _orjson_indented(document: Any) -> bytes | None:
    """orjson's 2-space indented encoding when it is byte for byte json.dumps(indent=2,
    ensure_ascii=False)'s, else None. The float screen reads the indented bytes as well as
    compact ones: indentation adds only white space after , : [ {, which neither screened
    pattern contains."""
    return _orjson_if_same(document, orjson.OPT_INDENT_2, indent=2)


def _orjson_if_same(value: Any, option: int, **reference: Any) -> bytes | None:
    """orjson.dumps(value, option=option) when it is byte for byte json.dumps(value,
    ensure_ascii=False, **reference) as UTF-8 (lone surrogates kept), else None."""
    try:
        out = orjson.dumps(value, option=option)
    except (TypeError, orjson.JSONEncodeError):
        return None
    # A hit may be inside a string (a false alarm, settled by the comparison); a miss is exact:
    # checked against json.dumps over 1.2 million floats of every magnitude.
    if _float_may_differ(out) and out != json.dumps(value, ensure_ascii=False, **reference).encode("utf-8", "surrogatepass"):
        return None
    return out


def compact_json(value: Any, *, sort_keys: bool = False) -> bytes:
    """json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=sort_keys) as
    UTF-8 bytes (lone surrogates kept), by orjson where that gives the same bytes."""
    fast = _orjson_if_same(value, orjson.OPT_SORT_KEYS if sort_keys else 0, separators=(",", ":"), sort_keys=sort_keys)
    if fast is not None:
        return fast
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=sort_keys).encode("utf-8", "surrogatepass")


# orjson writes an exponent as lower-case e after a digit ("1e16", "1.5e-7"). A pattern that
# starts with the literal e lets the regex engine jump between e's in C; a class-first pattern
# such as [0-9]e tried every position (1 ms on a 40 kB document, more than encoding it).
_E_THEN_DIGIT = re.compile(rb"e[-+]?[0-9]")


def _float_may_differ(compact: bytes) -> bool:
    """Whether orjson's output may hold a float that json.dumps writes differently: an
    exponent (a digit, then e) or a tiny number written out (0.0000…)."""
    if b"0.0000" in compact:
        return True
    for found in _E_THEN_DIGIT.finditer(compact):
        at = found.start()
        if at and 48 <= compact[at - 1] <= 57:  # an ASCII digit before the e
            return True
    return False


def write_text_atomic(path: Path, text: str, *, durable: bool = False) -> None:
    """Write a file so that readers see the old content or the new, never half of it.

    The rename is atomic against an interrupted process; durable=True also fsyncs, which
    guards against a power cut too but costs milliseconds per file in batch writes.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
            if durable:
                fh.flush()
                os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_document(document: dict[str, Any], out_dir: Path | str) -> Path:
    """Write <out_dir>/<id>.json atomically and return its path."""
    path = Path(out_dir) / f"{document['id']}.json"
    write_text_atomic(path, dumps_document(document))
    return path


def new_document(doc_id: str, text: str, metadata: dict[str, Any] | None = None, *, origin: str = "manual") -> dict[str, Any]:
    """An empty document (no annotation layers) in the current schema version."""
    return {
        "schema_version": schema_version(),
        "id": doc_id,
        "text": text,
        "metadata": dict(metadata or {}),
        "actors": [],
        "events": [],
        "stances": [],
        "conditions": [],
        "provenance": {"origin": origin, "annotators": []},
    }


def make_span(text: str, start: int, end: int) -> dict[str, Any]:
    """A Span over text[start:end]."""
    return {"start": start, "end": end, "text": text[start:end]}
