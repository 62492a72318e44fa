"""Documents as release tables: the explicit `datasets.Features` of every config and the rows.

Configs: `documents` (one row per document, the whole nested record), `events`, `actors`,
`stances`, `conditions` (one row per item, with `document_id`; single spans flattened to
`<name>_start`, `<name>_end`, `<name>_text` columns). Features are declared here, never inferred
from data, so a layer that is empty in a release still has its full column types, and a list
is always a list (missing lists become `[]`, never null).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

import pyarrow as pa
from datasets import Features, List, Value

CONFIGS: tuple[str, ...] = ("documents", "events", "actors", "stances", "conditions")
DEFAULT_CONFIG = "documents"

_STR = Value("string")
_INT = Value("int64")
_FLOAT = Value("float64")

SPAN = {"start": _INT, "end": _INT, "text": _STR}


def _span_columns(prefix: str) -> dict[str, Value]:
    return {f"{prefix}_start": _INT, f"{prefix}_end": _INT, f"{prefix}_text": _STR}


DOCUMENT_FEATURES = Features(
    {
        "id": _STR,
        "schema_version": _STR,
        "text": _STR,
        "metadata": {
            "title": _STR,
            "source": _STR,
            "url": _STR,
            "published": _STR,
            "language": _STR,
            "license": _STR,
            "seed_file": _STR,
        },
        "actors": List(
            {
                "id": _STR,
                "name": _STR,
                "kind": _STR,
                "country": _STR,
                "role": _STR,
                "wikidata": _STR,
                "mentions": List(SPAN),
                "confidence": _FLOAT,
            }
        ),
        "events": List(
            {
                "id": _STR,
                "type": _STR,
                "mode": _STR,
                "context": List(_STR),
                "trigger": SPAN,
                "actors": List(_STR),
                "recipients": List(_STR),
                "status": _STR,
                "time": {"span": SPAN, "value": _STR},
                "location": {"span": SPAN, "name": _STR, "country": _STR},
                "reported_by": _STR,
                "instance": _STR,
                "confidence": _FLOAT,
            }
        ),
        "stances": List(
            {
                "id": _STR,
                "holder": _STR,
                "target": {"event": _STR, "actor": _STR, "span": SPAN},
                "polarity": _STR,
                "evidence": SPAN,
                "confidence": _FLOAT,
            }
        ),
        "conditions": List(
            {
                "id": _STR,
                "kind": _STR,
                "cue": SPAN,
                "antecedent": List(_STR),
                "consequent": List(_STR),
                "stated_by": _STR,
                "confidence": _FLOAT,
            }
        ),
        "provenance": {
            "origin": _STR,
            "annotators": List(_STR),
            "preannotator": {"name": _STR, "version": _STR},
            "created": _STR,
            "modified": _STR,
            # Label Studio project may be a number or a name in documents; one type here: string.
            "labelstudio": {"project": _STR, "task": _INT, "annotation": _INT},
        },
    }
)

EVENT_FEATURES = Features(
    {
        "document_id": _STR,
        "event_id": _STR,
        "type": _STR,
        "mode": _STR,
        "context": List(_STR),
        **_span_columns("trigger"),
        "actors": List(_STR),
        "actor_names": List(_STR),
        "recipients": List(_STR),
        "recipient_names": List(_STR),
        "status": _STR,
        "time_value": _STR,
        **_span_columns("time"),
        "location_name": _STR,
        "location_country": _STR,
        **_span_columns("location"),
        "reported_by": _STR,
        "instance": _STR,
        "confidence": _FLOAT,
        "published": _STR,
        "origin": _STR,
    }
)

ACTOR_FEATURES = Features(
    {
        "document_id": _STR,
        "actor_id": _STR,
        "name": _STR,
        "kind": _STR,
        "country": _STR,
        "role": _STR,
        "wikidata": _STR,
        "mention_count": _INT,
        "mentions": List(SPAN),
        "confidence": _FLOAT,
        "origin": _STR,
    }
)

STANCE_FEATURES = Features(
    {
        "document_id": _STR,
        "stance_id": _STR,
        "holder": _STR,
        "holder_name": _STR,
        "target_kind": _STR,  # "event", "actor" or "span"
        "target_event": _STR,
        "target_actor": _STR,
        **_span_columns("target"),
        "polarity": _STR,
        **_span_columns("evidence"),
        "confidence": _FLOAT,
        "origin": _STR,
    }
)

CONDITION_FEATURES = Features(
    {
        "document_id": _STR,
        "condition_id": _STR,
        "kind": _STR,
        **_span_columns("cue"),
        "antecedent": List(_STR),
        "consequent": List(_STR),
        "stated_by": _STR,
        "stated_by_name": _STR,
        "confidence": _FLOAT,
        "origin": _STR,
    }
)

FEATURES: dict[str, Features] = {
    "documents": DOCUMENT_FEATURES,
    "events": EVENT_FEATURES,
    "actors": ACTOR_FEATURES,
    "stances": STANCE_FEATURES,
    "conditions": CONDITION_FEATURES,
}

DESCRIPTIONS: dict[str, str] = {
    "documents": "one row per article: the full nested document (text, metadata, actors, events, stances, conditions, provenance)",
    "events": "one row per event: PLOVER type, mode, context, trigger span, actor and recipient ids and names, status, time, place, instance",
    "actors": "one row per actor: canonical name, kind, country, role, Wikidata id and every mention span",
    "stances": "one row per stance: holder, target (event, actor or span), polarity and evidence span",
    "conditions": "one row per condition: kind, cue span, antecedent and consequent event ids, who stated it",
}


def _span(value: Any) -> dict[str, Any] | None:
    if not isinstance(value, dict):
        return None
    return {"start": value.get("start"), "end": value.get("end"), "text": value.get("text")}


def _flat_span(prefix: str, value: Any) -> dict[str, Any]:
    span = _span(value) or {"start": None, "end": None, "text": None}
    return {f"{prefix}_start": span["start"], f"{prefix}_end": span["end"], f"{prefix}_text": span["text"]}


def _str_or_none(value: Any) -> str | None:
    return None if value is None else str(value)


def document_row(doc: dict[str, Any]) -> dict[str, Any]:
    """The `documents` row: the document normalised to the declared features."""
    meta = doc.get("metadata") or {}
    prov = doc.get("provenance") or {}
    pre = prov.get("preannotator")
    ls = prov.get("labelstudio")
    return {
        "id": doc["id"],
        "schema_version": doc.get("schema_version"),
        "text": doc["text"],
        "metadata": {k: meta.get(k) for k in DOCUMENT_FEATURES["metadata"]},
        "actors": [
            {
                "id": a["id"],
                "name": a.get("name"),
                "kind": a.get("kind"),
                "country": a.get("country"),
                "role": a.get("role"),
                "wikidata": a.get("wikidata"),
                "mentions": [_span(m) for m in a.get("mentions") or []],
                "confidence": a.get("confidence"),
            }
            for a in doc.get("actors") or []
        ],
        "events": [
            {
                "id": e["id"],
                "type": e.get("type"),
                "mode": e.get("mode"),
                "context": list(e.get("context") or []),
                "trigger": _span(e.get("trigger")),
                "actors": list(e.get("actors") or []),
                "recipients": list(e.get("recipients") or []),
                "status": e.get("status"),
                "time": None if not e.get("time") else {"span": _span(e["time"].get("span")), "value": e["time"].get("value")},
                "location": None
                if not e.get("location")
                else {"span": _span(e["location"].get("span")), "name": e["location"].get("name"), "country": e["location"].get("country")},
                "reported_by": e.get("reported_by"),
                "instance": e.get("instance"),
                "confidence": e.get("confidence"),
            }
            for e in doc.get("events") or []
        ],
        "stances": [
            {
                "id": s["id"],
                "holder": s.get("holder"),
                "target": {"event": s["target"].get("event"), "actor": s["target"].get("actor"), "span": _span(s["target"].get("span"))},
                "polarity": s.get("polarity"),
                "evidence": _span(s.get("evidence")),
                "confidence": s.get("confidence"),
            }
            for s in doc.get("stances") or []
        ],
        "conditions": [
            {
                "id": c["id"],
                "kind": c.get("kind"),
                "cue": _span(c.get("cue")),
                "antecedent": list(c.get("antecedent") or []),
                "consequent": list(c.get("consequent") or []),
                "stated_by": c.get("stated_by"),
                "confidence": c.get("confidence"),
            }
            for c in doc.get("conditions") or []
        ],
        "provenance": {
            "origin": prov.get("origin"),
            "annotators": list(prov.get("annotators") or []),
            "preannotator": None if not pre else {"name": pre.get("name"), "version": pre.get("version")},
            "created": prov.get("created"),
            "modified": prov.get("modified"),
            "labelstudio": None
            if not ls
            else {"project": _str_or_none(ls.get("project")), "task": ls.get("task"), "annotation": ls.get("annotation")},
        },
    }


def event_rows(doc: dict[str, Any]) -> Iterator[dict[str, Any]]:
    names = {a["id"]: a.get("name") for a in doc.get("actors") or []}
    origin = (doc.get("provenance") or {}).get("origin")
    published = (doc.get("metadata") or {}).get("published")
    for e in doc.get("events") or []:
        time = e.get("time") or {}
        loc = e.get("location") or {}
        actors = list(e.get("actors") or [])
        recipients = list(e.get("recipients") or [])
        yield {
            "document_id": doc["id"],
            "event_id": e["id"],
            "type": e.get("type"),
            "mode": e.get("mode"),
            "context": list(e.get("context") or []),
            **_flat_span("trigger", e.get("trigger")),
            "actors": actors,
            "actor_names": [names.get(a, "") for a in actors],
            "recipients": recipients,
            "recipient_names": [names.get(a, "") for a in recipients],
            "status": e.get("status"),
            "time_value": time.get("value"),
            **_flat_span("time", time.get("span")),
            "location_name": loc.get("name"),
            "location_country": loc.get("country"),
            **_flat_span("location", loc.get("span")),
            "reported_by": e.get("reported_by"),
            "instance": e.get("instance"),
            "confidence": e.get("confidence"),
            "published": published,
            "origin": origin,
        }


def actor_rows(doc: dict[str, Any]) -> Iterator[dict[str, Any]]:
    origin = (doc.get("provenance") or {}).get("origin")
    for a in doc.get("actors") or []:
        mentions = [_span(m) for m in a.get("mentions") or []]
        yield {
            "document_id": doc["id"],
            "actor_id": a["id"],
            "name": a.get("name"),
            "kind": a.get("kind"),
            "country": a.get("country"),
            "role": a.get("role"),
            "wikidata": a.get("wikidata"),
            "mention_count": len(mentions),
            "mentions": mentions,
            "confidence": a.get("confidence"),
            "origin": origin,
        }


def stance_rows(doc: dict[str, Any]) -> Iterator[dict[str, Any]]:
    names = {a["id"]: a.get("name") for a in doc.get("actors") or []}
    origin = (doc.get("provenance") or {}).get("origin")
    for s in doc.get("stances") or []:
        target = s.get("target") or {}
        kind = next((k for k in ("event", "actor", "span") if k in target), None)
        yield {
            "document_id": doc["id"],
            "stance_id": s["id"],
            "holder": s.get("holder"),
            "holder_name": names.get(s.get("holder")),
            "target_kind": kind,
            "target_event": target.get("event"),
            "target_actor": target.get("actor"),
            **_flat_span("target", target.get("span")),
            "polarity": s.get("polarity"),
            **_flat_span("evidence", s.get("evidence")),
            "confidence": s.get("confidence"),
            "origin": origin,
        }


def condition_rows(doc: dict[str, Any]) -> Iterator[dict[str, Any]]:
    names = {a["id"]: a.get("name") for a in doc.get("actors") or []}
    origin = (doc.get("provenance") or {}).get("origin")
    for c in doc.get("conditions") or []:
        yield {
            "document_id": doc["id"],
            "condition_id": c["id"],
            "kind": c.get("kind"),
            **_flat_span("cue", c.get("cue")),
            "antecedent": list(c.get("antecedent") or []),
            "consequent": list(c.get("consequent") or []),
            "stated_by": c.get("stated_by"),
            "stated_by_name": names.get(c.get("stated_by")) if c.get("stated_by") else None,
            "confidence": c.get("confidence"),
            "origin": origin,
        }


ROWS: dict[str, Callable[[dict[str, Any]], Iterable[dict[str, Any]]]] = {
    "documents": lambda doc: [document_row(doc)],
    "events": event_rows,
    "actors": actor_rows,
    "stances": stance_rows,
    "conditions": condition_rows,
}


def arrow_schema(config: str) -> pa.Schema:
    """The Arrow schema of a config, carrying the `huggingface` features metadata that
    `datasets` reads back, so loaded columns get exactly the declared types."""
    return FEATURES[config].arrow_schema


def to_arrow(config: str, rows: list[dict[str, Any]]) -> pa.Table:
    """Rows of one config as an Arrow table of its declared schema (empty rows give an empty,
    fully typed table)."""
    return pa.Table.from_pylist(rows, schema=arrow_schema(config))
