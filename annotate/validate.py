"""Validation: JSON Schema plus the semantic rules of DESIGN.md, per document and across a dataset.

`validate_document` checks one decoded document. `iter_validation` streams over files,
folders and .jsonl files (optionally in worker processes) and adds the dataset-level
checks (duplicate ids, duplicate texts), keeping only ids and text hashes in memory.
Nothing here modifies a file.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import jsonschema_rs

from annotate import errors as E
from annotate.documents import DEFAULT_MAX_BYTES, DOCUMENT_SUFFIXES, expand_paths, read_documents
from annotate.errors import Issue, issue
from annotate.jsonpos import locate
from annotate.schema import load_schema, modes_by_type

_KIND_TO_ERROR: dict[str, E.ErrorType] = {
    "Type": E.WRONG_TYPE,
    "Required": E.MISSING_FIELD,
    "AdditionalProperties": E.UNKNOWN_FIELD,
    "UnevaluatedProperties": E.UNKNOWN_FIELD,
    "Enum": E.NOT_ALLOWED,
    "Constant": E.NOT_ALLOWED,
    "Pattern": E.BAD_FORMAT,
    "Format": E.BAD_FORMAT,
    "Minimum": E.OUT_OF_RANGE,
    "Maximum": E.OUT_OF_RANGE,
    "ExclusiveMinimum": E.OUT_OF_RANGE,
    "ExclusiveMaximum": E.OUT_OF_RANGE,
    "MinLength": E.OUT_OF_RANGE,
    "MaxLength": E.OUT_OF_RANGE,
    "MinItems": E.OUT_OF_RANGE,
    "MaxItems": E.OUT_OF_RANGE,
}

# Human-readable forms for patterns, so a message says what to write instead of a regex.
_PATTERN_HINTS: dict[str, str] = {
    "id": "a lower-case id of letters, digits, '.', '_' or '-', starting with a letter or digit (max 128), e.g. 'unn-2025-05-18-rubio'",
    "schema_version": "a 1.x.y version, e.g. '1.0.0'",
    "published": "an ISO date such as '2025-05-18', '2025-05' or '2025'",
    "country": "an ISO 3166-1 alpha-3 code such as 'USA' or 'UKR'",
    "wikidata": "a Wikidata item id such as 'Q22686'",
    "value": "an ISO 8601 date such as '2025-05-16' or '2025-05' (optionally with THH:MM)",
    "language": "a BCP 47 tag such as 'en' or 'uk'",
    "license": "an SPDX id such as 'CC-BY-4.0' or 'LicenseRef-<name>'",
    "url": "an http(s) URL",
}
_ID_HINTS = {"A": "an actor id such as 'A1'", "E": "an event id such as 'E1'", "S": "a stance id such as 'S1'", "C": "a condition id such as 'C1'"}


@lru_cache(maxsize=1)
def _validator() -> Any:
    return jsonschema_rs.Draft202012Validator(load_schema())


def _path(parts: Iterable[str | int]) -> str:
    out = "$"
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", p) else f"[{p!r}]")
    return out


def _schema_issues(document: Any, file: str) -> list[Issue]:
    v = _validator()
    if v.is_valid(document):
        return []
    found: list[Issue] = []
    for err in v.iter_errors(document):
        schema_path = list(err.schema_path)
        if "then" in schema_path:
            continue  # mode-by-type: reported by the semantic rule with a clearer message
        kind = type(err.kind).__name__
        ipath = list(err.instance_path)
        path = _path(ipath)
        error = _KIND_TO_ERROR.get(kind, E.SCHEMA_OTHER)
        message = err.message
        if kind == "AdditionalProperties":
            names = ", ".join(repr(n) for n in err.kind.unexpected)
            message = f"unknown field {names}; this object allows only the fields defined in the schema"
            path = _path(ipath + [err.kind.unexpected[0]]) if len(err.kind.unexpected) == 1 else path
        elif kind == "Required":
            path = _path(ipath + [err.kind.property])
            message = f"required field {err.kind.property!r} is missing"
        elif kind == "Pattern":
            last = next((p for p in reversed(ipath) if isinstance(p, str)), "")
            value = err.instance
            hint = _PATTERN_HINTS.get(str(last))
            if hint is None and isinstance(value, str):
                prefix = next((k for k, h in _ID_HINTS.items() if f"^{k}[" in err.kind.pattern), None)
                hint = _ID_HINTS.get(prefix or "", None)
            message = f"{value!r} is not {hint}" if hint else err.message
            if ipath == ["schema_version"]:
                error = E.UNSUPPORTED_VERSION
                message = f"schema_version {value!r} is not supported; this validator reads 1.x.y documents"
        elif kind in ("MinProperties", "MaxProperties") and len(ipath) >= 1 and ipath[-1] == "target":
            message = "a stance target names exactly one of 'event', 'actor' or 'span'"
        elif kind == "UniqueItems":
            message = f"{err.instance!r} lists the same value more than once"
        elif kind == "MinItems" and ipath and ipath[-1] in ("antecedent", "consequent"):
            message = f"a condition's {ipath[-1]} must name at least one event"
        found.append(issue(error, file, path, message))
    return found


def _span_issues(span: Any, text: str, file: str, path: str) -> list[Issue]:
    if not isinstance(span, dict):
        return []
    start, end, stext = span.get("start"), span.get("end"), span.get("text")
    if not (isinstance(start, int) and isinstance(end, int)) or isinstance(start, bool) or isinstance(end, bool):
        return []  # the schema reports the wrong type
    n = len(text)
    if start < 0 or end < 1:
        return []  # the schema's minimum already reports it
    if end > n or start > n:
        bad = "start" if start > n else "end"
        return [issue(E.SPAN_OUT_OF_BOUNDS, file, f"{path}.{bad}", f"span [{start}, {end}) lies outside the text, which has {n} characters")]
    if start >= end:
        return [issue(E.SPAN_EMPTY, file, f"{path}.end", f"span end {end} is not greater than start {start}")]
    actual = text[start:end]
    if isinstance(stext, str) and stext != actual:
        return [issue(E.SPAN_TEXT_MISMATCH, file, f"{path}.text", f"span text {_clip(stext)!r} does not match text[{start}:{end}] = {_clip(actual)!r}")]
    return []


def _span_ok(span: Any, text: str) -> bool:
    """True for a well-formed span that matches the text: _span_issues has nothing to say.
    Checked first so the common case builds no JSON path string; anything else goes through
    _span_issues (bool and int subclasses included)."""
    if type(span) is not dict:
        return False
    start, end, stext = span.get("start"), span.get("end"), span.get("text")
    return type(start) is int and type(end) is int and 0 <= start < end <= len(text) and type(stext) is str and text[start:end] == stext


def _clip(s: str, n: int = 60) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"


def _list(doc: dict[str, Any], key: str) -> list[Any]:
    value = doc.get(key)
    return value if isinstance(value, list) else []


def _semantic_issues(doc: dict[str, Any], file: str) -> list[Issue]:
    out: list[Issue] = []
    text = doc.get("text")
    if not isinstance(text, str):
        return out
    ids: dict[str, str] = {}
    actor_ids: set[str] = set()
    event_ids: set[str] = set()
    for layer, bucket in (("actors", actor_ids), ("events", event_ids), ("stances", None), ("conditions", None)):
        for i, item in enumerate(_list(doc, layer)):
            if not isinstance(item, dict) or not isinstance(item.get("id"), str):
                continue
            item_id = item["id"]
            if item_id in ids:
                out.append(issue(E.DUPLICATE_ID, file, f"$.{layer}[{i}].id", f"id {item_id!r} is already used at {ids[item_id]}"))
            else:
                ids[item_id] = f"$.{layer}[{i}].id"
            if bucket is not None:
                bucket.add(item_id)

    # The JSON path of a problem is built from its template only when there is one: a valid
    # document (the common case, e.g. every pre-annotation output) builds no path strings.
    def span_at(value: Any, template: str, *args: Any) -> None:
        if not _span_ok(value, text):
            out.extend(_span_issues(value, text, file, template.format(*args)))

    def actor_ref(value: Any, template: str, *args: Any) -> None:
        if isinstance(value, str) and value not in actor_ids:
            out.append(issue(E.UNKNOWN_ACTOR, file, template.format(*args), f"actor {value!r} is not defined in $.actors"))

    def event_ref(value: Any, template: str, *args: Any) -> None:
        if isinstance(value, str) and value not in event_ids:
            out.append(issue(E.UNKNOWN_EVENT, file, template.format(*args), f"event {value!r} is not defined in $.events"))

    for i, actor in enumerate(_list(doc, "actors")):
        if isinstance(actor, dict):
            for j, mention in enumerate(actor.get("mentions") or []):
                span_at(mention, "$.actors[{}].mentions[{}]", i, j)

    allowed = modes_by_type()
    for i, event in enumerate(_list(doc, "events")):
        if not isinstance(event, dict):
            continue
        span_at(event.get("trigger"), "$.events[{}].trigger", i)
        for key in ("time", "location"):
            sub = event.get(key)
            if isinstance(sub, dict) and "span" in sub:
                span_at(sub["span"], "$.events[{}].{}.span", i, key)
        for key in ("actors", "recipients"):
            refs = event.get(key)
            if isinstance(refs, list):
                for j, ref in enumerate(refs):
                    actor_ref(ref, "$.events[{}].{}[{}]", i, key, j)
        actor_ref(event.get("reported_by"), "$.events[{}].reported_by", i)
        etype, mode = event.get("type"), event.get("mode")
        if isinstance(etype, str) and etype in allowed and isinstance(mode, str) and mode not in allowed[etype]:
            modes = allowed[etype]
            choice = f"one of {', '.join(modes)}" if modes else "none (use null)"
            out.append(issue(E.MODE_NOT_OF_TYPE, file, f"$.events[{i}].mode", f"mode {mode!r} is not a mode of {etype}; {etype} allows {choice}"))

    for i, stance in enumerate(_list(doc, "stances")):
        if not isinstance(stance, dict):
            continue
        actor_ref(stance.get("holder"), "$.stances[{}].holder", i)
        target = stance.get("target")
        if isinstance(target, dict):
            actor_ref(target.get("actor"), "$.stances[{}].target.actor", i)
            event_ref(target.get("event"), "$.stances[{}].target.event", i)
            if "span" in target:
                span_at(target["span"], "$.stances[{}].target.span", i)
        span_at(stance.get("evidence"), "$.stances[{}].evidence", i)

    for i, cond in enumerate(_list(doc, "conditions")):
        if not isinstance(cond, dict):
            continue
        p = f"$.conditions[{i}]"
        span_at(cond.get("cue"), "{}.cue", p)
        actor_ref(cond.get("stated_by"), "{}.stated_by", p)
        sides: dict[str, list[Any]] = {}
        for key in ("antecedent", "consequent"):
            refs = cond.get(key)
            sides[key] = refs if isinstance(refs, list) else []
            for j, ref in enumerate(sides[key]):
                event_ref(ref, "{}.{}[{}]", p, key, j)
        both = [r for r in sides["consequent"] if isinstance(r, str) and r in {x for x in sides["antecedent"] if isinstance(x, str)}]
        for ref in both:
            j = sides["consequent"].index(ref)
            out.append(issue(E.CONDITION_OVERLAP, file, f"{p}.consequent[{j}]", f"event {ref!r} is in both the antecedent and the consequent"))
    return out


def validate_document(document: Any, file: str = "<memory>", *, expected_id: str | None = None) -> list[Issue]:
    """All schema and semantic problems of one decoded document.

    expected_id: the file's stem, when the document came from `<id>.json`; a mismatch is reported.
    """
    found = _schema_issues(document, file)
    if isinstance(document, dict):
        found += _semantic_issues(document, file)
        doc_id = document.get("id")
        if expected_id is not None and isinstance(doc_id, str) and doc_id != expected_id:
            found.append(issue(E.ID_NOT_FILENAME, file, "$.id", f"id {doc_id!r} differs from the file name {expected_id + '.json'!r}"))
    return found


@dataclass
class FileResult:
    """The outcome for one input file (all its documents when it is .jsonl)."""

    file: str
    documents: int
    issues: list[Issue]
    # (document id, text hash, source, task) of each decoded document, for the cross-file checks
    keys: list[tuple[str | None, str | None, str, str | None]] = field(default_factory=list)


def _text_key(text: Any) -> str | None:
    if not isinstance(text, str):
        return None
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def _task_key(doc: dict[str, Any]) -> str | None:
    """The Label Studio task a pulled document is one annotator's version of, if any: versions
    of one task share their text by design, so they are not duplicates of each other."""
    prov = doc.get("provenance")
    origin = prov.get("labelstudio") if isinstance(prov, dict) else None
    if isinstance(origin, dict) and origin.get("project") is not None and origin.get("task") is not None:
        return f"{origin['project']}/{origin['task']}"
    return None


def validate_file(path: Path | str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> FileResult:
    """Decode and validate every document of one .json or .jsonl file."""
    path = Path(path)
    name = str(path)
    if path.exists() and path.is_file() and path.suffix not in DOCUMENT_SUFFIXES:
        return FileResult(name, 0, [issue(E.UNSUPPORTED_FILE, name, "$", f"{path.suffix or 'no suffix'}: not a .json or .jsonl document file")])
    result = FileResult(name, 0, [])
    for loaded in read_documents(path, max_bytes=max_bytes):
        result.issues += loaded.issues
        if loaded.document is None:
            continue
        result.documents += 1
        if any(i.code == E.DUPLICATE_KEY.code for i in loaded.issues):
            continue  # the decoded value is not what the author wrote; other checks would mislead
        expected = path.stem if path.suffix == ".json" else None
        problems = validate_document(loaded.document, name, expected_id=expected)
        if loaded.line is not None:
            problems = [replace(p, line=loaded.line) for p in problems]
        result.issues += problems
        doc = loaded.document
        result.keys.append((doc.get("id") if isinstance(doc.get("id"), str) else None, _text_key(doc.get("text")), loaded.source, _task_key(doc)))
    if path.suffix == ".json" and result.documents and any(i.line is None for i in result.issues):
        # only a file that decoded (so is within the size limit) is read again to place errors
        result.issues = _with_lines(path, result.issues)
    return result


def _with_lines(path: Path, issues: list[Issue]) -> list[Issue]:
    """Add the line and column of each issue's JSON path (only files with problems pay this)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return issues
    where = locate(text, [i.path for i in issues if i.line is None])
    return [replace(i, line=where[i.path][0], column=where[i.path][1]) if i.line is None and i.path in where else i for i in issues]


def _validate_file_worker(args: tuple[str, int]) -> FileResult:
    return validate_file(args[0], max_bytes=args[1])


def iter_validation(paths: Iterable[Path | str], *, workers: int = 1, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[FileResult]:
    """Validate files and folders, yielding one result per file in input order.

    Cross-file problems (same id or same text as an earlier document) are added to the later
    file's result. Memory holds only ids and text hashes, so it stays flat as the count grows.
    """
    files = (str(p) for p in expand_paths(paths))
    seen_ids: dict[str, str] = {}
    seen_texts: dict[str, tuple[str, str | None]] = {}

    def cross(result: FileResult) -> FileResult:
        for doc_id, text_key, source, task in result.keys:
            if doc_id is not None:
                if doc_id in seen_ids:
                    result.issues.append(issue(E.DUPLICATE_DOCUMENT, result.file, "$.id", f"id {doc_id!r} is also used by {seen_ids[doc_id]}"))
                else:
                    seen_ids[doc_id] = source
            if text_key is not None:
                if text_key not in seen_texts:
                    seen_texts[text_key] = (source, task)
                elif task is None or seen_texts[text_key][1] != task:
                    result.issues.append(issue(E.DUPLICATE_TEXT, result.file, "$.text", f"the same text is in {seen_texts[text_key][0]}"))
        if result.file.endswith(".json") and result.documents and any(i.line is None for i in result.issues):
            result.issues = _with_lines(Path(result.file), result.issues)
        return result

    if workers <= 1:
        for f in files:
            yield cross(validate_file(f, max_bytes=max_bytes))
        return
    # fork shares the compiled schema with workers; chunks amortise the IPC per file
    ctx = multiprocessing.get_context("fork") if "fork" in multiprocessing.get_all_start_methods() else multiprocessing.get_context()
    with ctx.Pool(workers) as pool:
        for result in pool.imap(_validate_file_worker, ((f, max_bytes) for f in files), chunksize=32):
            yield cross(result)


@dataclass
class Summary:
    files: int = 0
    documents: int = 0
    invalid_files: int = 0
    errors: int = 0
    issues: list[Issue] = field(default_factory=list)

    @property
    def valid(self) -> bool:
        return self.errors == 0


def validate_paths(paths: Iterable[Path | str], *, workers: int = 1, max_bytes: int = DEFAULT_MAX_BYTES) -> Summary:
    """Validate everything under paths and collect all issues (see iter_validation to stream)."""
    summary = Summary()
    for result in iter_validation(paths, workers=workers, max_bytes=max_bytes):
        summary.files += 1
        summary.documents += result.documents
        if result.issues:
            summary.invalid_files += 1
            summary.errors += len(result.issues)
            summary.issues += result.issues
    return summary
