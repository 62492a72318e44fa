"""Ingest: raw articles (seed .txt files, .jsonl records) into documents without annotations.

A seed text file starts with a header `date YYYY-MM-DD` followed by whitespace; the article
is everything after that one separator, kept verbatim (no normalisation of any kind).
A .jsonl file holds one `{"id", "text", "metadata"}` record per line; `id` is optional.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from annotate import errors as E
from annotate.documents import decode_json, load_document, new_document, write_document
from annotate.errors import DataError, Issue, issue
from annotate.schema import load_schema

ID_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,127}$")
_HEADER_RE = re.compile(r"\A[ \t\r\n\ufeff]*date[ \t]+(\S+)[ \t]*(\r\n|\r|\n|[ \t])?")
SEED_SUFFIXES = (".txt",)
RECORD_SUFFIXES = (".jsonl",)


def derive_id(name: str) -> str:
    """A safe document id from a file name: lower-case, only [a-z0-9._-], no leading dot or dash.

    Deterministic; names that reduce to nothing fall back to a hash of the original name.
    """
    base = re.sub(r"[^a-z0-9._-]+", "-", name.lower()).strip("-._")
    base = re.sub(r"\.{2,}", ".", base)[:128].rstrip("-._")
    if not base or not ID_RE.match(base):
        base = "doc-" + hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return base


def _metadata_fields() -> set[str]:
    return set(load_schema()["$defs"]["Metadata"]["properties"])


def parse_seed(raw: str, source: str) -> tuple[str, str]:
    """Split a seed file into (published ISO date, verbatim text)."""
    m = _HEADER_RE.match(raw)
    if not m:
        raise DataError([issue(E.SEED_HEADER, source, "$", "the file does not begin with a 'date YYYY-MM-DD' header line")])
    try:
        published = dt.date.fromisoformat(m.group(1)).isoformat()
    except ValueError:
        raise DataError([issue(E.SEED_HEADER, source, "$", f"{m.group(1)!r} in the header is not a date of the form YYYY-MM-DD")]) from None
    text = raw[m.end():]
    if not text.strip():
        raise DataError([issue(E.SEED_EMPTY, source, "$.text", "the seed file has a header but no article text")])
    return published, text


def _read_text(path: Path) -> str:
    name = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DataError([issue(E.FILE_UNREADABLE, name, "$", exc.strerror or str(exc))]) from None
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]  # a BOM is an encoding artefact of the file, not part of the article
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DataError([issue(E.NOT_UTF8, name, "$", f"byte 0x{data[exc.start]:02x} at offset {exc.start} is not UTF-8")]) from None


def ingest_seed(path: Path | str) -> dict[str, Any]:
    """One document from a seed .txt file."""
    path = Path(path)
    published, text = parse_seed(_read_text(path), str(path))
    metadata = {"published": published, "language": "en", "seed_file": path.name}
    return new_document(derive_id(path.stem), text, metadata)


def _record_document(record: Any, source: str, line: int, fallback_stem: str) -> dict[str, Any]:
    problems: list[Issue] = []
    if not isinstance(record, dict):
        raise DataError([issue(E.NOT_AN_OBJECT, source, "$", "each line must be an object {\"id\", \"text\", \"metadata\"}", line=line)])
    for key in record:
        if key not in ("id", "text", "metadata"):
            problems.append(issue(E.UNKNOWN_FIELD, source, f"$.{key}", f"unknown field {key!r}; a record has only id, text and metadata", line=line))
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        problems.append(issue(E.MISSING_FIELD if text is None else E.WRONG_TYPE, source, "$.text", "text must be a non-empty string", line=line))
    doc_id = record.get("id")
    if doc_id is None:
        # No id given: derive one from the text so re-ingesting gives the same id.
        digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16] if isinstance(text, str) else "x"
        doc_id = derive_id(f"{fallback_stem}-{digest}")
    elif not isinstance(doc_id, str) or not ID_RE.match(doc_id):
        problems.append(issue(E.BAD_FORMAT, source, "$.id", f"{doc_id!r} is not a safe document id: use lower-case letters, digits, '.', '_' or '-', starting with a letter or digit (max 128)", line=line))
    metadata = record.get("metadata", {})
    if metadata is None:
        metadata = {}
    if not isinstance(metadata, dict):
        problems.append(issue(E.WRONG_TYPE, source, "$.metadata", "metadata must be an object", line=line))
        metadata = {}
    allowed = _metadata_fields()
    for key in metadata:
        if key not in allowed:
            problems.append(issue(E.UNKNOWN_FIELD, source, f"$.metadata.{key}", f"unknown metadata field {key!r}; allowed: {', '.join(sorted(allowed))}", line=line))
    if problems:
        raise DataError(problems)
    meta = {"language": "en", **metadata, "seed_file": metadata.get("seed_file") or Path(source).name}
    return new_document(doc_id, text, meta)


def _record_results(path: Path) -> Iterator[tuple[dict[str, Any] | None, list[Issue]]]:
    """Each record of a .jsonl file as (document, []) or (None, its problems), streaming."""
    name = str(path)
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield None, [issue(E.FILE_UNREADABLE, name, "$", exc.strerror or str(exc))]
        return
    with fh:
        for number, raw in enumerate(fh, start=1):
            if not raw.strip():
                continue
            value, problems = decode_json(raw, name, line_offset=number - 1)
            if problems:
                yield None, problems
                continue
            try:
                yield _record_document(value, name, number, path.stem), []
            except DataError as exc:
                yield None, exc.issues


def _file_results(path: Path) -> Iterator[tuple[dict[str, Any] | None, list[Issue]]]:
    if path.suffix in SEED_SUFFIXES:
        try:
            yield ingest_seed(path), []
        except DataError as exc:
            yield None, exc.issues
    elif path.suffix in RECORD_SUFFIXES:
        yield from _record_results(path)
    else:
        yield None, [issue(E.UNSUPPORTED_FILE, str(path), "$", f"{path.suffix or 'no suffix'}: ingest reads seed .txt files and .jsonl records")]


def ingest_records(path: Path | str) -> Iterator[dict[str, Any]]:
    """Documents from a .jsonl file of {"id", "text", "metadata"} records; DataError on a bad one."""
    for doc, problems in _record_results(Path(path)):
        if problems or doc is None:
            raise DataError(problems)
        yield doc


def ingest_file(path: Path | str) -> Iterator[dict[str, Any]]:
    """Documents from one seed .txt or .jsonl file; DataError on the first bad one."""
    for doc, problems in _file_results(Path(path)):
        if problems or doc is None:
            raise DataError(problems)
        yield doc


def _expand_seeds(seeds: Iterable[Path | str]) -> Iterator[Path]:
    for p in map(Path, seeds):
        if p.is_dir():
            yield from sorted(c for c in p.iterdir() if c.is_file() and c.suffix in SEED_SUFFIXES + RECORD_SUFFIXES)
        else:
            yield p


def ingest(seeds: Iterable[Path | str], out: Path | str, *, overwrite: bool = False) -> list[Path]:
    """Ingest every seed into <out>/<id>.json; all inputs are checked before anything is written.

    An existing document is never overwritten unless overwrite is set, since it may already
    carry annotations; its text must then still match, or the run is refused.
    """
    out = Path(out)
    documents: list[dict[str, Any]] = []
    problems: list[Issue] = []
    seen: dict[str, str] = {}
    for path in _expand_seeds(seeds):
        for doc, found in _file_results(path):
            problems += found
            if doc is None:
                continue
            if doc["id"] in seen:
                problems.append(issue(E.DUPLICATE_DOCUMENT, str(path), "$.id", f"id {doc['id']!r} is also produced by {seen[doc['id']]}"))
            seen[doc["id"]] = str(path)
            documents.append(doc)
    if problems:
        raise DataError(problems)
    for doc in documents:
        target = out / f"{doc['id']}.json"
        if target.exists() and not overwrite:
            try:
                existing = load_document(target)
            except DataError as exc:
                problems += exc.issues
                continue
            if existing.get("text") != doc["text"]:
                problems.append(issue(E.TEXT_CHANGED, str(target), "$.text", f"the seed {seen[doc['id']]} no longer has the text of this existing document"))
    if problems:
        raise DataError(problems)
    written: list[Path] = []
    for doc in documents:
        if (out / f"{doc['id']}.json").exists() and not overwrite:
            continue  # already ingested, possibly annotated since: leave it alone
        written.append(write_document(doc, out))
    return written
