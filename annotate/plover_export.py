"""Documents to PLOVER JSON event records (the manual's chapter 6, "Data Fields"), one per event.

Field names follow the manual's tables with spaces written as underscores (`entity_text`,
`event_text`, `coded_date`, …). Beyond the manual's fields (which it allows) each record
carries `document_id`, `event_id`, `status` and `annotated_event`, so nothing the annotation
says is lost and a record can be traced back to its span.

Mapping to PLOVER coding practice (documented in docs/guidelines.md, "PLOVER export"):
- our `status` carries PLOVER's auxiliary modes; PLOVER itself codes a future or wanted
  cooperative action (CONSULT, SUPPORT, COOPERATE, AID) as AGREE and a future RETREAT as
  CONCEDE (manual 3.1, 3.4, 3.7), so `event` is mapped that way for `planned` and `desired`
  events, and `annotated_event` keeps the category as annotated;
- an `OTHER` event has no PLOVER category: its record has `"event": []` and `"has_event": false`;
- `negated` events are exported with their status (the manual says they "can be excluded").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from typing import Any

from annotate import __version__
from annotate.schema import load_ontology

QUAD_CODES = {"verbal_cooperation": 1, "material_cooperation": 2, "verbal_conflict": 3, "material_conflict": 4}
_FUTURE_COOPERATION = {"CONSULT", "SUPPORT", "COOPERATE", "AID"}
_FORWARD_STATUSES = {"planned", "desired"}
_SECTORS = {"government": "GOV", "igo": "IGO", "media": "MED"}
_PRONOUNS = {"he", "she", "it", "they", "him", "her", "them", "his", "hers", "its", "their", "theirs", "we", "us", "our", "ours", "i", "me", "my", "you", "your"}
_FULL_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}")
CODEBOOK = "PLOVER (openeventdata/PLOVER 5e0c24f) with the annotate guidelines (docs/guidelines.md)"


def plover_category(event_type: str, status: str | None) -> str | None:
    """The PLOVER category a PLOVER coder would give this event (None for OTHER)."""
    if event_type == "OTHER":
        return None
    if status in _FORWARD_STATUSES:
        if event_type in _FUTURE_COOPERATION:
            return "AGREE"
        if event_type == "RETREAT":
            return "CONCEDE"
    return event_type


def _sentence_starts(text: str) -> list[int]:
    """Start offsets of sentences (a simple splitter: after . ! ? or a blank line)."""
    starts = [0]
    for m in re.finditer(r"(?<=[.!?])\s+|\n\s*\n", text):
        starts.append(m.end())
    return sorted(set(starts))


def _entity(actor: dict[str, Any], trigger_start: int) -> dict[str, Any]:
    # The naming mention nearest to the trigger is the text the event was coded from; a
    # pronoun only when the actor has nothing else.
    mentions = actor.get("mentions") or []
    nearest = min(mentions, key=lambda m: (m["text"].lower() in _PRONOUNS, abs(m["start"] - trigger_start)), default=None)
    entity: dict[str, Any] = {"code": actor.get("country") or ("IGO" if actor.get("kind") == "igo" else None)}
    if actor.get("kind") in _SECTORS:
        entity["sector"] = _SECTORS[actor["kind"]]
    entity["entity_text"] = nearest["text"] if nearest else actor.get("name")
    if actor.get("wikidata"):
        entity["identifier_id"] = actor["wikidata"]
    entity["identifier_text"] = actor.get("name")
    if actor.get("role"):
        entity["office"] = actor["role"]
    entity["actor_id"] = actor["id"]
    return entity


def event_record(document: dict[str, Any], event: dict[str, Any], *, sentence_starts: list[int] | None = None) -> dict[str, Any]:
    """The PLOVER JSON record of one event of a (valid) document."""
    actors = {a["id"]: a for a in document.get("actors") or []}
    meta = document.get("metadata") or {}
    prov = document.get("provenance") or {}
    categories = load_ontology()["categories"]
    trigger = event["trigger"]
    time = event.get("time") or {}
    value = time.get("value") or ""
    # PLOVER's date is required: the event's own full date, else the story's publication date.
    if _FULL_DATE.match(value):
        date, date_source = value[:10], "event"
    else:
        date, date_source = meta.get("published"), "published"
    category = plover_category(event["type"], event.get("status"))
    starts = sentence_starts if sentence_starts is not None else _sentence_starts(document["text"])
    record: dict[str, Any] = {
        "id": f"{document['id']}-{event['id']}",
        "has_event": category is not None,
        "date": date,
        "date_source": date_source,
    }
    if "T" in value:
        record["time"] = value.split("T", 1)[1]
    record["actor"] = [_entity(actors[a], trigger["start"]) for a in event.get("actors") or [] if a in actors]
    record["recipient"] = [_entity(actors[a], trigger["start"]) for a in event.get("recipients") or [] if a in actors]
    record["event"] = [category] if category else []
    loc = event.get("location")
    if loc:
        record["event_loc"] = {
            "extracted_place": (loc.get("span") or {}).get("text"),
            "resolved_place": loc.get("name"),
            "country_code": loc.get("country"),
        }
    record["event_text"] = [trigger["text"]]
    if category in categories:
        record["quad_code"] = QUAD_CODES[categories[category]["quad"]]
    record["mode"] = [event["mode"]] if event.get("mode") and category == event["type"] else []
    record["context"] = list(event.get("context") or [])
    if event.get("instance"):
        record["link"] = event["instance"]
    record["text_info"] = {"sequence": bisect.bisect_right(starts, trigger["start"]) - 1, "start": trigger["start"], "end": trigger["end"]}
    record["cite_info"] = {
        "corpus": "annotate political news",
        "citation": document["id"],
        "url": meta.get("url"),
        "title": meta.get("title"),
        "language": (meta.get("language") or "").split("-")[0] or None,
        "publication": meta.get("source"),
        "license": meta.get("license"),
        "coder": _coder(prov),
        "codebook": CODEBOOK,
    }
    record["coder"] = _coder(prov)
    coded = prov.get("modified") or prov.get("created")
    if coded:
        record["coded_date"] = coded[:10]
        if "T" in coded:
            record["coded_time"] = coded.split("T", 1)[1]
    if event.get("mode") and category != event["type"]:
        # The mode belongs to the annotated category, not to the mapped one: keep it as a comment.
        record["comment"] = f"annotated as {event['type']} mode {event['mode']} with status {event.get('status')}"
    record["document_id"] = document["id"]
    record["event_id"] = event["id"]
    record["status"] = event.get("status")
    record["annotated_event"] = event["type"]
    if event.get("reported_by") in actors:
        record["reported_by"] = actors[event["reported_by"]].get("name")
    return record


def _coder(prov: dict[str, Any]) -> str:
    origin = prov.get("origin") or "unknown"
    pre = prov.get("preannotator") or {}
    who = ", ".join(prov.get("annotators") or [])
    if origin == "preannotated" and pre:
        return f"{pre.get('name')} {pre.get('version')} (machine)"
    parts = [origin] + ([who] if who else []) + ([f"pre-annotated by {pre.get('name')} {pre.get('version')}"] if pre else [])
    return "; ".join(parts) + f"; annotate {__version__}"


def export_plover(documents: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """One PLOVER record per event, documents in the given order, events in document order."""
    for document in documents:
        starts = _sentence_starts(document["text"])
        for event in document.get("events") or []:
            yield event_record(document, event, sentence_starts=starts)
