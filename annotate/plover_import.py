"""Import of PLOVER gold-standard records (the format of the PLOVER GSR files) into documents,
so they can serve as gold for `annotate eval`.

Each record becomes one document: its sentence as text, the source and target actors as
actors (with mention spans located through the record's markup "(SRC: …) (EVT: …) (TAR: …)"
or, failing that, by searching the actor text), and one event with the category mapped from
legacy names (DEMAND -> REQUEST, …) as schema/plover/ontology.json says. PLOVER records carry
no factuality, so the event's status is "occurred" (what the GSR codes). Records without text
(the DOCUMENT header record) are skipped.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from annotate import errors as E
from annotate.documents import decode_json, make_span, new_document
from annotate.errors import DataError, Issue, issue
from annotate.schema import contexts, event_types, legacy_category_map, modes_by_type

PLOVER_LICENSE = "CC-BY-SA-4.0"
_TAG = re.compile(r"\((SRC/TAR|SRC|TAR|EVT|LOC|ACT)\s*:\s*")
# Modes of the older GSR coding that have a current PLOVER name.
_LEGACY_MODES = {"demo-org": "demo", "demo-spon": "demo", "riot-spon": "riot", "riot-org": "riot", "strike-hun": "hunger", "strike-gen": "strike", "detain": "arrest", "ban": "restrict", "assassinate": "targeted", "host": "visit"}
_LEGACY_CONTEXTS = {"refugee": "migration", "refugees": "migration", "resource": "natural_resource", "rights": "human_rights", "religion": "religion_ethnicity", "discrimination": "rights_freedoms", "government": "executive"}
_KIND_BY_SECTOR = {"GOV": "government", "MIL": "government", "COP": "government", "JUD": "government", "LEG": "government", "REB": "group", "INS": "group", "OPP": "group", "REF": "group", "CVL": "group", "MED": "media", "NGO": "organization", "BUS": "organization", "EDU": "organization"}


def _tags(markup: str) -> list[tuple[str, str]]:
    """(tag, plain content) of each tag in the markup, in order; nested tags are unwrapped."""
    out: list[tuple[str, str]] = []
    for m in _TAG.finditer(markup):
        depth, j = 1, m.end()
        while j < len(markup) and depth:
            depth += {"(": 1, ")": -1}.get(markup[j], 0)
            j += 1
        inner = markup[m.end() : j - 1 if depth == 0 else j]
        if m.group(1) != "LOC":
            # an actor's own words: drop a location tagged inside it ("(SRC: X (LOC: in Y))")
            inner = re.sub(r"\(LOC\s*:[^()]*(?:\([^()]*\)[^()]*)*\)", "", inner)
        inner = _TAG.sub("", inner).replace(")", "").strip()
        if inner:
            out.append((m.group(1), inner))
    return out


def _find(text: str, phrase: str, start: int = 0) -> tuple[int, int] | None:
    words = [re.escape(w) for w in phrase.split()]
    if not words:
        return None
    pat = re.compile(r"\s+".join(words), re.IGNORECASE)
    m = pat.search(text, start) or pat.search(text)
    return (m.start(), m.end()) if m else None


def _actor_list(value: Any) -> list[dict[str, Any]]:
    if isinstance(value, dict):
        value = [value]
    if not isinstance(value, list):
        return []
    return [a for a in value if isinstance(a, dict) and isinstance(a.get("actorText"), str) and a["actorText"].strip()]


def record_to_document(record: dict[str, Any], source: str = "<record>", index: int = 0) -> dict[str, Any]:
    """One document from one PLOVER record (DataError if the record lacks id, text or event)."""
    path = f"$[{index}]"
    problems: list[Issue] = []
    for key in ("id", "text", "event"):
        if not isinstance(record.get(key), str) or not record[key].strip():
            problems.append(issue(E.PLOVER_BAD_RECORD, source, f"{path}.{key}", f"record {record.get('id', index)!r} has no {key!r} string"))
    if problems:
        raise DataError(problems)
    text: str = record["text"]
    category = legacy_category_map().get(record["event"], record["event"])
    if category not in event_types():
        raise DataError([issue(E.PLOVER_BAD_RECORD, source, f"{path}.event", f"{record['event']!r} is not a PLOVER category (nor a legacy one)")])
    doc_id = re.sub(r"[^a-z0-9._-]+", "-", record["id"].lower()).strip("-._")[:128]
    date = record.get("date") if isinstance(record.get("date"), str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", record.get("date", "")) else None
    meta = {"published": date, "source": record.get("publication") if isinstance(record.get("publication"), str) else None, "language": record.get("language") or "en", "license": PLOVER_LICENSE}
    doc = new_document(doc_id, text, meta)
    markup = (record.get("textInfo") or {}).get("markup", "") if isinstance(record.get("textInfo"), dict) else ""
    tags = _tags(markup) if isinstance(markup, str) else []
    # Locate every tag in order in the plain text.
    located: list[tuple[str, tuple[int, int]]] = []
    cursor = 0
    for tag, content in tags:
        span = _find(text, content, cursor)
        if span:
            located.append((tag, span))
            cursor = span[1]
    actors: list[dict[str, Any]] = []
    roles: dict[str, list[str]] = {"source": [], "target": []}
    used: set[tuple[int, int]] = set()
    for role, tagset in (("source", {"SRC", "SRC/TAR"}), ("target", {"TAR", "SRC/TAR"})):
        for a in _actor_list(record.get(role)):
            atext = a["actorText"].strip()
            existing = next((x for x in actors if x["name"] == atext), None)
            if existing:
                roles[role].append(existing["id"])
                continue
            span = None
            # the tagged span that overlaps the actor text best
            found = _find(text, atext)
            for tag, sp in located:
                if tag in tagset and sp not in used and (found is None or (sp[0] < found[1] and found[0] < sp[1])):
                    span = sp
                    break
            span = span or found
            code = a.get("code") if isinstance(a.get("code"), str) else ""
            sector = a.get("sector") if isinstance(a.get("sector"), str) else ""
            kind = "igo" if code.upper() == "IGO" else _KIND_BY_SECTOR.get(sector.upper(), "government" if re.fullmatch(r"[A-Z]{3}", code or "") else "other")
            actor: dict[str, Any] = {"id": f"A{len(actors) + 1}", "name": atext, "kind": kind, "country": _iso3(code), "role": None, "mentions": []}
            if span:
                used.add(span)
                actor["mentions"].append(make_span(text, *span))
            actors.append(actor)
            roles[role].append(actor["id"])
    trig = next((sp for tag, sp in located if tag == "EVT"), None)
    if trig is None:
        words = str(record.get("eventText", "")).split()
        trig = next((s for s in (_find(text, w) for w in words) if s), None) or (0, len(text.split()[0]) if text.split() else len(text))
    mode = record.get("mode") if isinstance(record.get("mode"), str) else None
    mode = _LEGACY_MODES.get(mode or "", mode)
    if mode not in modes_by_type().get(category, []):
        mode = None
    ctx: list[str] = []
    for c in re.split(r"[,\s]+", record.get("context") or "") if isinstance(record.get("context"), str) else []:
        c = _LEGACY_CONTEXTS.get(c, c)
        if c in contexts() and c not in ctx:
            ctx.append(c)
    event: dict[str, Any] = {
        "id": "E1",
        "type": category,
        "mode": mode,
        "context": ctx,
        "trigger": make_span(text, *trig),
        "actors": list(dict.fromkeys(roles["source"])),
        "recipients": [r for r in dict.fromkeys(roles["target"]) if r not in roles["source"]],
        "status": "occurred",
    }
    loc = record.get("eventLoc")
    if isinstance(loc, dict) and isinstance(loc.get("name"), str):
        event["location"] = {"name": loc["name"]}
        sp = _find(text, loc["name"])
        if sp:
            event["location"]["span"] = make_span(text, *sp)
    doc["actors"] = actors
    doc["events"] = [event]
    doc["provenance"] = {"origin": "manual", "annotators": [str(record.get("coder") or "PLOVER GSR")]}
    return doc


def _iso3(code: str) -> str | None:
    from annotate.preannotate.resources import lexicon

    return code if code in lexicon().country_names else None


def import_plover(path: Path | str) -> Iterator[dict[str, Any]]:
    """Documents from a PLOVER records file (a JSON array, or .jsonl of records)."""
    p = Path(path)
    name = str(p)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise DataError([issue(E.FILE_UNREADABLE, name, "$", exc.strerror or str(exc))]) from None
    if p.suffix == ".jsonl":
        records: list[Any] = []
        for n, raw in enumerate(data.splitlines(), start=1):
            if raw.strip():
                value, problems = decode_json(raw, name, line_offset=n - 1)
                if problems:
                    raise DataError(problems)
                records.append(value)
    else:
        value, problems = _decode_any(data, name)
        if problems:
            raise DataError(problems)
        records = value if isinstance(value, list) else [value]
    seen: set[str] = set()
    for i, rec in enumerate(records):
        if not isinstance(rec, dict):
            raise DataError([issue(E.PLOVER_BAD_RECORD, name, f"$[{i}]", "each PLOVER record must be an object")])
        if not isinstance(rec.get("text"), str):
            continue  # e.g. the DOCUMENT header record
        doc = record_to_document(rec, name, i)
        if doc["id"] in seen:
            # The GSR files reuse a few ids for different sentences: keep both, numbered.
            k = 2
            while f"{doc['id']}-{k}" in seen:
                k += 1
            doc["id"] = f"{doc['id']}-{k}"
        seen.add(doc["id"])
        yield doc


def _decode_any(data: bytes, name: str) -> tuple[Any, list[Issue]]:
    """Decode a JSON file whose top level may be an array (decode_json wants an object)."""
    try:
        return json.loads(data.decode("utf-8")), []
    except UnicodeDecodeError:
        return None, [issue(E.NOT_UTF8, name, "$", "the file is not UTF-8")]
    except json.JSONDecodeError as exc:
        return None, [issue(E.JSON_SYNTAX, name, "$", f"{exc.msg} at line {exc.lineno}, column {exc.colno}", line=exc.lineno, column=exc.colno)]
