"""Document <-> Label Studio task / prediction / annotation, losslessly.

Encoding (the contract with config.py, documented for annotators in the project instructions):

- each actor mention is a region of the `actor` labels (label = kind), region id `<actor>_m<k>`;
  the actor's other fields sit in the `attributes` box of its first mention (`name: …`);
- each event trigger is an `event` region (label = type, id = event id) with per-region
  choices `status`, `mode`, `context`; time and location spans are `span` regions
  (`<event>_time`, `<event>_loc`) linked by `time` / `location` relations, with the time
  `value` and the location `name`/`country` in the span region's own `attributes` box (so an
  annotator who deletes the span deletes them too);
- stance evidence is a `stance` region (choice `polarity`), a span target a `span` region
  `<stance>_target`; condition cues are `condition` regions (label = kind);
- references are relations from the owner's region (event, stance, condition) to the
  referenced region (actor mention, event trigger, span), labelled with the field name;
- scalar fields without a region of their own (role, country, wikidata, instance, confidence,
  a time value or location name/country without a span, explicit nulls) are `key: value` lines in the owner's
  `attributes` box; a value is written bare when that is unambiguous, else as JSON;
- what relations cannot say exactly (an actor with no mention, a repeated reference, an order
  that merged relations would change) is written as an explicit `key: <json>` line that wins
  over the relations for that one field; actors without mentions are JSON lines in the
  `unanchored` box.

Offsets: documents count Unicode code points. Label Studio 1.23.2's front end places Text regions
by code points too (verified in Chromium by tests/test_labelstudio_browser.py: UTF-16 offsets put
every highlight after an emoji or a flag in the wrong place), so "codepoint" is the default unit.
A server whose front end counts UTF-16 code units (JavaScript string indices) is served with
`offset_unit="utf16"`, which translates every offset both ways (`Utf16Index`). The unit is stored
in the task data, so pull always decodes with the unit push encoded.

Decoding is tolerant of annotators' edits: regions the annotator drew have random ids, so an
actor mention joins the actor whose `name` its attributes give (or becomes a new actor), new
events, stances and conditions get the next free id.
"""

from __future__ import annotations

import hashlib
import json
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Any

from annotate import errors as E
from annotate.documents import compact_json
from annotate.errors import DataError, Issue, issue
from annotate.labelstudio import config as C

Result = list[dict[str, Any]]

_ACTOR_REGION = re.compile(r"^(A[1-9][0-9]*)_m[0-9]+$")
_OWN_ID = {"E": re.compile(r"^E[1-9][0-9]*$"), "S": re.compile(r"^S[1-9][0-9]*$"), "C": re.compile(r"^C[1-9][0-9]*$")}


class Utf16Index:
    """Translate offsets between code points (Python) and UTF-16 code units (JavaScript)."""

    def __init__(self, text: str) -> None:
        self.text = text
        # Only text with characters outside the BMP needs a table; most text is cheap.
        self._cum: list[int] | None = None
        if not text.isascii() and any(ord(ch) > 0xFFFF for ch in text):
            self._cum = [0, *accumulate(2 if ord(ch) > 0xFFFF else 1 for ch in text)]

    def to_utf16(self, cp: int) -> int:
        return cp if self._cum is None else self._cum[cp]

    def to_cp(self, unit: int) -> int | None:
        """The code point index at a UTF-16 offset, or None if it splits a pair or lies outside."""
        if self._cum is None:
            return unit if 0 <= unit <= len(self.text) else None
        i = bisect_left(self._cum, unit)
        return i if i < len(self._cum) and self._cum[i] == unit else None

    @property
    def utf16_length(self) -> int:
        return len(self.text) if self._cum is None else self._cum[-1]


class CodepointIndex(Utf16Index):
    """Offsets in code points on both sides (what Label Studio 1.23's Text tag uses)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._cum = None


OFFSET_UNITS = ("codepoint", "utf16")
DEFAULT_OFFSET_UNIT = "codepoint"


def is_document_region_id(region_id: str) -> bool:
    """True for the region ids this converter writes (E1, S2, C3, A1_m0), not Label Studio's random ones."""
    return bool(_ACTOR_REGION.match(region_id) or any(p.match(region_id) for p in _OWN_ID.values()))


def offset_index(text: str, unit: str) -> Utf16Index:
    if unit not in OFFSET_UNITS:
        raise ValueError(f"offset unit must be one of {OFFSET_UNITS}, not {unit!r}")
    return Utf16Index(text) if unit == "utf16" else CodepointIndex(text)


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def document_hash(document: dict[str, Any]) -> str:
    """A fingerprint of everything a push sends (text, metadata, layers, provenance): the
    SHA-256 of its compact, key-sorted JSON, the same bytes json.dumps gives (so hashes stored
    in existing tasks stay valid), laid out by orjson at a tenth of the cost."""
    return hashlib.sha256(compact_json(document, sort_keys=True)).hexdigest()


# ---------------------------------------------------------------------------------------------
# attribute lines


# What json.loads accepts from a text without surrounding whitespace, outside objects, arrays
# and strings: its literals (NaN and the infinities included) and numbers (ASCII digits only,
# as its C scanner reads them). Deciding these without calling it avoids raising and catching a
# JSONDecodeError for every bare word that merely starts like JSON ("Iran", "2025-05-16").
_JSON_WORDS = frozenset({"true", "false", "null", "NaN", "Infinity", "-Infinity"})
_JSON_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?\Z")


def _reads_as_json(value: str) -> bool:
    """Whether json.loads(value) succeeds, for a non-empty value without surrounding whitespace."""
    if value[0] in '"{[':
        try:
            json.loads(value)
        except ValueError:
            return False
        return True
    return value in _JSON_WORDS or (value[0] in "-0123456789" and _JSON_NUMBER.match(value) is not None)


def _encode_value(value: Any) -> str:
    if isinstance(value, str) and value and value == value.strip() and "\n" not in value and "\r" not in value and not _reads_as_json(value):
        return value  # unambiguous as a bare word
    return json.dumps(value, ensure_ascii=False)


def _decode_value(raw: str) -> Any:
    if raw and raw == raw.strip() and _reads_as_json(raw):
        return json.loads(raw)
    return raw  # a bare word


def encode_attributes(pairs: list[tuple[str, Any]]) -> str:
    return "\n".join(f"{key}: {_encode_value(value)}" for key, value in pairs)


def decode_attributes(text: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    # Split on LF only: a JSON-quoted value may hold other line separators (U+2028, ...).
    for line in text.split("\n"):
        if not line.strip():
            continue
        key, sep, raw = line.partition(":")
        if not sep:
            raise ValueError(f"attribute line {line!r} is not `key: value`")
        out[key.strip()] = _decode_value(raw.strip())
    return out


# ---------------------------------------------------------------------------------------------
# encoding


class _Encoder:
    def __init__(self, document: dict[str, Any], unit: str) -> None:
        self.doc = document
        self.text: str = document["text"]
        self.idx = offset_index(self.text, unit)
        self.result: Result = []
        self.actor_head: dict[str, str] = {}  # actor id -> region id of its first mention

    def _value(self, span: dict[str, Any]) -> dict[str, Any]:
        return {"start": self.idx.to_utf16(span["start"]), "end": self.idx.to_utf16(span["end"]), "text": self.text[span["start"]:span["end"]]}

    def region(self, rid: str, tag: str, span: dict[str, Any], label: str) -> None:
        self.result.append({"id": rid, "from_name": tag, "to_name": C.TEXT, "type": "labels", "value": {**self._value(span), "labels": [label]}})

    def choices(self, rid: str, tag: str, span: dict[str, Any], values: list[str]) -> None:
        self.result.append({"id": rid, "from_name": tag, "to_name": C.TEXT, "type": "choices", "value": {**self._value(span), "choices": list(values)}})

    def attributes(self, rid: str, span: dict[str, Any], pairs: list[tuple[str, Any]]) -> None:
        if pairs:
            self.result.append({"id": rid, "from_name": C.ATTRIBUTES, "to_name": C.TEXT, "type": "textarea", "value": {**self._value(span), "text": [encode_attributes(pairs)]}})

    def relations(self, source: str, links: list[tuple[str, str]]) -> None:
        """One relation per (source, target) pair, its labels in first-use order."""
        merged: dict[str, list[str]] = {}
        for target, label in links:
            labels = merged.setdefault(target, [])
            if label not in labels:
                labels.append(label)
        for target, labels in merged.items():
            self.result.append({"type": "relation", "from_id": source, "to_id": target, "direction": "right", "labels": labels})


def _opt(obj: dict[str, Any], keys: tuple[str, ...]) -> list[tuple[str, Any]]:
    return [(k, obj[k]) for k in keys if k in obj]


def _relation_lists(links: list[tuple[str, str]], fields: tuple[str, ...]) -> dict[str, list[str]]:
    """What decoding would read back from links merged per target (the order-losing step)."""
    merged: dict[str, list[str]] = {}
    for target, label in links:
        labels = merged.setdefault(target, [])
        if label not in labels:
            labels.append(label)
    out: dict[str, list[str]] = {f: [] for f in fields}
    for target, labels in merged.items():
        for label in labels:
            out[label].append(target)
    return out


def document_to_result(document: dict[str, Any], unit: str = DEFAULT_OFFSET_UNIT) -> Result:
    """The Label Studio result (regions, per-region fields, relations) of a document's layers."""
    enc = _Encoder(document, unit)
    anchored: set[str] = set()
    unanchored: list[str] = []
    mention_region: dict[tuple[str, int], str] = {}
    for index, actor in enumerate(document.get("actors", [])):
        mentions = actor.get("mentions", [])
        if not mentions:
            unanchored.append(json.dumps({"index": index, "actor": actor}, ensure_ascii=False))
            continue
        anchored.add(actor["id"])
        for k, span in enumerate(mentions):
            rid = f"{actor['id']}_m{k}"
            mention_region[(actor["id"], k)] = rid
            enc.region(rid, C.ACTOR, span, actor["kind"])
            if k == 0:
                enc.actor_head[actor["id"]] = rid
                enc.attributes(rid, span, [("name", actor["name"]), *_opt(actor, ("role", "country", "wikidata", "confidence"))])

    def actor_target(aid: str) -> str | None:
        return enc.actor_head.get(aid)

    for event in document.get("events", []):
        rid, trig = event["id"], event["trigger"]
        enc.region(rid, C.EVENT, trig, event["type"])
        enc.choices(rid, C.STATUS, trig, [event["status"]])
        attrs: list[tuple[str, Any]] = []
        if event.get("mode") is not None:
            enc.choices(rid, C.MODE, trig, [event["mode"]])
        elif "mode" in event:
            attrs.append(("mode", None))
        if event.get("context"):
            enc.choices(rid, C.CONTEXT, trig, list(event["context"]))
        elif "context" in event:
            attrs.append(("context", event["context"]))
        links: list[tuple[str, str]] = []
        # Lists go to relations when merged relations read back exactly; else explicit lines.
        role_links = {f: [(actor_target(a), f) for a in event[f]] for f in ("actors", "recipients")}
        simple = [(t, f) for f in ("actors", "recipients") for t, _ in role_links[f]]
        expressible = all(t is not None for t, _ in simple)
        if expressible:
            got = _relation_lists([(t, f) for t, f in simple if t], ("actors", "recipients"))
            expressible = all(got[f] == [actor_target(a) for a in event[f]] for f in ("actors", "recipients"))
        if expressible:
            links += [(t, {"actors": C.REL_ACTOR, "recipients": C.REL_RECIPIENT}[f]) for t, f in simple if t]
        else:
            attrs += [("actors", event["actors"]), ("recipients", event["recipients"])]
        if event.get("reported_by") is not None and actor_target(event["reported_by"]):
            links.append((actor_target(event["reported_by"]), C.REL_REPORTED_BY))  # type: ignore[arg-type]
        elif "reported_by" in event:
            attrs.append(("reported_by", event["reported_by"]))
        time = event.get("time")
        if isinstance(time, dict):
            if "span" in time:
                enc.region(f"{rid}_time", C.SPAN, time["span"], C.SPAN_TIME)
                links.append((f"{rid}_time", C.REL_TIME))
                # The value sits on the span's own region, so deleting the span deletes it too.
                if "value" in time:
                    enc.attributes(f"{rid}_time", time["span"], [("value", time["value"])])
            elif "value" in time:
                attrs.append(("time_value", time["value"]))
            if not time:
                attrs.append(("time", {}))
        elif "time" in event:
            attrs.append(("time", None))
        loc = event.get("location")
        if isinstance(loc, dict):
            if "span" in loc:
                enc.region(f"{rid}_loc", C.SPAN, loc["span"], C.SPAN_LOCATION)
                links.append((f"{rid}_loc", C.REL_LOCATION))
                named = [(k, loc[k]) for k in ("name", "country") if k in loc]
                if named:
                    enc.attributes(f"{rid}_loc", loc["span"], named)
            else:
                attrs += [(f"location_{k}", loc[k]) for k in ("name", "country") if k in loc]
            if not loc:
                attrs.append(("location", {}))
        elif "location" in event:
            attrs.append(("location", None))
        attrs += _opt(event, ("instance", "confidence"))
        enc.attributes(rid, trig, attrs)
        enc.relations(rid, links)

    events_ids = {e["id"] for e in document.get("events", [])}
    for stance in document.get("stances", []):
        rid, ev = stance["id"], stance["evidence"]
        enc.region(rid, C.STANCE, ev, C.STANCE_LABEL)
        enc.choices(rid, C.POLARITY, ev, [stance["polarity"]])
        attrs = []
        links = []
        holder = actor_target(stance["holder"])
        if holder:
            links.append((holder, C.REL_HOLDER))
        else:
            attrs.append(("holder", stance["holder"]))
        target = stance["target"]
        if "event" in target and target["event"] in events_ids:
            links.append((target["event"], C.REL_TARGET))
        elif "actor" in target and actor_target(target["actor"]):
            links.append((actor_target(target["actor"]), C.REL_TARGET))  # type: ignore[arg-type]
        elif "span" in target:
            enc.region(f"{rid}_target", C.SPAN, target["span"], C.SPAN_TARGET)
            links.append((f"{rid}_target", C.REL_TARGET))
        else:
            attrs.append(("target", target))
        attrs += _opt(stance, ("confidence",))
        enc.attributes(rid, ev, attrs)
        enc.relations(rid, links)

    for cond in document.get("conditions", []):
        rid, cue = cond["id"], cond["cue"]
        enc.region(rid, C.CONDITION, cue, cond["kind"])
        attrs = []
        simple = [(e, "antecedent") for e in cond["antecedent"]] + [(e, "consequent") for e in cond["consequent"]]
        got = _relation_lists(simple, ("antecedent", "consequent"))
        links = []
        if all(e in events_ids for e, _ in simple) and got["antecedent"] == cond["antecedent"] and got["consequent"] == cond["consequent"]:
            links += [(e, C.REL_ANTECEDENT if f == "antecedent" else C.REL_CONSEQUENT) for e, f in simple]
        else:
            attrs += [("antecedent", cond["antecedent"]), ("consequent", cond["consequent"])]
        if cond.get("stated_by") is not None and actor_target(cond["stated_by"]):
            links.append((actor_target(cond["stated_by"]), C.REL_STATED_BY))  # type: ignore[arg-type]
        elif "stated_by" in cond:
            attrs.append(("stated_by", cond["stated_by"]))
        attrs += _opt(cond, ("confidence",))
        enc.attributes(rid, cue, attrs)
        enc.relations(rid, links)

    if unanchored:
        enc.result.append({"id": "unanchored", "from_name": C.UNANCHORED, "to_name": C.TEXT, "type": "textarea", "value": {"text": unanchored}})
    return enc.result


def prediction_score(document: dict[str, Any]) -> float | None:
    """Mean confidence of the machine items, the task-level score Label Studio sorts by."""
    values = [item["confidence"] for layer in ("actors", "events", "stances", "conditions") for item in document.get(layer, []) if isinstance(item.get("confidence"), (int, float))]
    return round(sum(values) / len(values), 6) if values else None


def model_version(document: dict[str, Any]) -> str:
    pre = (document.get("provenance") or {}).get("preannotator")
    return f"{pre['name']} {pre['version']}" if isinstance(pre, dict) else "document"


def task_data(document: dict[str, Any], unit: str = DEFAULT_OFFSET_UNIT) -> dict[str, Any]:
    """The task's data: the text the annotator sees, the document id and the fields the layers
    do not carry, plus hashes that make push idempotent."""
    return {
        C.TEXT: document["text"],
        "doc_id": document["id"],
        "text_sha256": sha256(document["text"]),
        "doc_sha256": document_hash(document),
        "offset_unit": unit,
        "document": {k: document[k] for k in ("schema_version", "metadata", "provenance") if k in document},
    }


def document_to_task(document: dict[str, Any], unit: str = DEFAULT_OFFSET_UNIT) -> dict[str, Any]:
    """A Label Studio import record: data plus the document's layers as one prediction."""
    return {"data": task_data(document, unit), "predictions": [document_to_prediction(document, unit)]}


def document_to_prediction(document: dict[str, Any], unit: str = DEFAULT_OFFSET_UNIT) -> dict[str, Any]:
    return {"model_version": model_version(document), "score": prediction_score(document), "result": document_to_result(document, unit)}


# ---------------------------------------------------------------------------------------------
# decoding


@dataclass
class _Region:
    rid: str
    tag: str
    start: int
    end: int
    label: str | None
    position: int
    choices: dict[str, list[str]] = field(default_factory=dict)
    attrs: dict[str, Any] = field(default_factory=dict)


class _Decoder:
    def __init__(self, text: str, result: Result, source: str, unit: str) -> None:
        self.text = text
        self.idx = offset_index(text, unit)
        self.source = source
        self.issues: list[Issue] = []
        self.regions: dict[str, _Region] = {}
        self.relations: list[tuple[str, str, list[str]]] = []
        self.unanchored: list[Any] = []
        self._parse(result)

    def _bad(self, error: E.ErrorType, path: str, message: str) -> None:
        self.issues.append(issue(error, self.source, path, message))

    def _span(self, value: dict[str, Any], path: str) -> tuple[int, int] | None:
        start, end = value.get("start"), value.get("end")
        if not isinstance(start, int) or not isinstance(end, int):
            self._bad(E.LS_BAD_OFFSETS, path, "region has no integer start/end")
            return None
        s, e = self.idx.to_cp(start), self.idx.to_cp(end)
        if s is None or e is None or not s < e:
            self._bad(E.LS_BAD_OFFSETS, path, f"offsets [{start}, {end}) do not fit the text of {self.idx.utf16_length} units or split a character")
            return None
        return s, e

    def _parse(self, result: Result) -> None:
        pending: list[tuple[int, dict[str, Any]]] = []
        for i, item in enumerate(result):
            kind, path = item.get("type"), f"$.result[{i}]"
            if kind == "relation":
                labels = item.get("labels") or []
                self.relations.append((str(item.get("from_id")), str(item.get("to_id")), list(labels)))
            elif kind == "labels":
                value = item.get("value") or {}
                labels = value.get("labels") or []
                span = self._span(value, path)
                if span and labels:
                    self.regions[str(item.get("id"))] = _Region(str(item.get("id")), str(item.get("from_name")), span[0], span[1], labels[0], i)
            elif item.get("from_name") == C.UNANCHORED:
                for line in (item.get("value") or {}).get("text") or []:
                    for part in str(line).split("\n"):
                        if part.strip():
                            try:
                                self.unanchored.append(json.loads(part))
                            except ValueError:
                                self._bad(E.LS_BAD_REGION, path, f"unanchored actor line is not JSON: {part[:60]!r}")
            else:
                pending.append((i, item))
        # Per-region fields refer to regions by id; attach them once every region is known.
        for i, item in pending:
            region = self.regions.get(str(item.get("id")))
            value = item.get("value") or {}
            if region is None:
                continue  # a field whose region was deleted
            if item.get("type") == "choices":
                region.choices[str(item.get("from_name"))] = list(value.get("choices") or [])
            elif item.get("type") == "textarea" and item.get("from_name") == C.ATTRIBUTES:
                try:
                    region.attrs.update(decode_attributes("\n".join(str(t) for t in value.get("text") or [])))
                except ValueError as exc:
                    self._bad(E.LS_BAD_REGION, f"$.result[{i}]", str(exc))

    def span(self, region: _Region) -> dict[str, Any]:
        return {"start": region.start, "end": region.end, "text": self.text[region.start:region.end]}

    def of_tag(self, tag: str) -> list[_Region]:
        return sorted((r for r in self.regions.values() if r.tag == tag), key=lambda r: r.position)


def _next_id(prefix: str, used: set[str]) -> str:
    n = 1
    while f"{prefix}{n}" in used:
        n += 1
    used.add(f"{prefix}{n}")
    return f"{prefix}{n}"


def _first(regions: list[_Region], key: str) -> tuple[bool, Any]:
    for r in regions:
        if key in r.attrs:
            return True, r.attrs[key]
    return False, None


def result_to_layers(text: str, result: Result, *, source: str = "<task>", unit: str = DEFAULT_OFFSET_UNIT) -> dict[str, list[dict[str, Any]]]:
    """Actors, events, stances and conditions from a Label Studio result; DataError if it cannot be read."""
    d = _Decoder(text, result, source, unit)

    # Actors: our mention regions group by id; annotators' regions join by name.
    groups: dict[str, list[_Region]] = {}
    foreign: list[_Region] = []
    for r in d.of_tag(C.ACTOR):
        m = _ACTOR_REGION.match(r.rid)
        if m:
            groups.setdefault(m.group(1), []).append(r)
        else:
            foreign.append(r)
    used = set(groups) | {str(u.get("actor", {}).get("id")) for u in d.unanchored if isinstance(u, dict)}
    by_name = {str(_first(rs, "name")[1]): aid for aid, rs in groups.items() if _first(rs, "name")[0]}
    for r in foreign:
        name = r.attrs.get("name")
        aid = by_name.get(str(name)) if name is not None else None
        if aid is None:
            aid = _next_id("A", used)
            if name is not None:
                by_name[str(name)] = aid
        groups.setdefault(aid, []).append(r)
    region_actor = {r.rid: aid for aid, rs in groups.items() for r in rs}
    actors: list[dict[str, Any]] = []
    for aid, rs in groups.items():
        actor: dict[str, Any] = {"id": aid}
        has_name, name = _first(rs, "name")
        actor["name"] = name if has_name else d.span(rs[0])["text"]
        actor["kind"] = rs[0].label
        for key in ("country", "role", "wikidata"):
            ok, value = _first(rs, key)
            if ok:
                actor[key] = value
        actor["mentions"] = [d.span(r) for r in rs]
        ok, value = _first(rs, "confidence")
        if ok:
            actor["confidence"] = value
        actors.append(actor)
    for u in sorted((u for u in d.unanchored if isinstance(u, dict) and isinstance(u.get("actor"), dict)), key=lambda u: int(u.get("index", 1 << 30))):
        actors.insert(min(int(u.get("index", len(actors))), len(actors)), u["actor"])

    # Relations from each source region, in result order.
    outgoing: dict[str, list[tuple[str, list[str]]]] = {}
    for src, dst, labels in d.relations:
        outgoing.setdefault(src, []).append((dst, labels))

    def refs(src: str, label: str) -> list[str]:
        return [dst for dst, labels in outgoing.get(src, []) if label in labels]

    events_regions = d.of_tag(C.EVENT)
    event_ids: dict[str, str] = {}
    used_e = {r.rid for r in events_regions if _OWN_ID["E"].match(r.rid)}
    for r in events_regions:
        event_ids[r.rid] = r.rid if _OWN_ID["E"].match(r.rid) else _next_id("E", used_e)

    def actor_refs(src: str, label: str, path: str) -> list[str]:
        out = []
        for dst in refs(src, label):
            if dst in region_actor:
                out.append(region_actor[dst])
            else:
                d._bad(E.LS_BAD_REGION, path, f"relation `{label}` from region {src} must point to an actor mention, not {dst}")
        return out

    events: list[dict[str, Any]] = []
    for r in events_regions:
        path = f"$.result[{r.position}]"
        ev: dict[str, Any] = {"id": event_ids[r.rid], "type": r.label}
        if C.MODE in r.choices and r.choices[C.MODE]:
            ev["mode"] = r.choices[C.MODE][0]
        elif "mode" in r.attrs:
            ev["mode"] = r.attrs["mode"]
        if C.CONTEXT in r.choices and r.choices[C.CONTEXT]:
            ev["context"] = list(r.choices[C.CONTEXT])
        elif "context" in r.attrs:
            ev["context"] = r.attrs["context"]
        ev["trigger"] = d.span(r)
        for f, label in (("actors", C.REL_ACTOR), ("recipients", C.REL_RECIPIENT)):
            ev[f] = list(r.attrs[f]) if f in r.attrs else actor_refs(r.rid, label, path)
        status = r.choices.get(C.STATUS) or []
        if not status:
            d._bad(E.LS_BAD_REGION, path, f"event {ev['id']} ({d.span(r)['text']!r}) has no status; choose one")
        ev["status"] = status[0] if status else None
        times = [d.regions[x] for x in refs(r.rid, C.REL_TIME) if x in d.regions]
        if times or "time_value" in r.attrs or "time" in r.attrs:
            t: dict[str, Any] | None = dict(r.attrs["time"]) if isinstance(r.attrs.get("time"), dict) else ({} if "time" not in r.attrs else None)
            if times:
                t = {**(t or {}), "span": d.span(times[0])}
                if "value" in times[0].attrs:
                    t["value"] = times[0].attrs["value"]
            if "time_value" in r.attrs:  # no span, or a task pushed by an earlier version
                t = {**(t or {}), "value": r.attrs["time_value"]}
            ev["time"] = t
        locs = [d.regions[x] for x in refs(r.rid, C.REL_LOCATION) if x in d.regions]
        if locs or "location_name" in r.attrs or "location_country" in r.attrs or "location" in r.attrs:
            loc: dict[str, Any] | None = dict(r.attrs["location"]) if isinstance(r.attrs.get("location"), dict) else ({} if "location" not in r.attrs else None)
            if locs:
                loc = {**(loc or {}), "span": d.span(locs[0])}
                loc.update((k, locs[0].attrs[k]) for k in ("name", "country") if k in locs[0].attrs)
            for k in ("name", "country"):  # no span, or a task pushed by an earlier version
                if f"location_{k}" in r.attrs:
                    loc = {**(loc or {}), k: r.attrs[f"location_{k}"]}
            ev["location"] = loc
        if "reported_by" in r.attrs:
            ev["reported_by"] = r.attrs["reported_by"]
        else:
            rep = actor_refs(r.rid, C.REL_REPORTED_BY, path)
            if rep:
                ev["reported_by"] = rep[0]
        for key in ("instance", "confidence"):
            if key in r.attrs:
                ev[key] = r.attrs[key]
        events.append(ev)

    stances: list[dict[str, Any]] = []
    stance_regions = d.of_tag(C.STANCE)
    used_s = {r.rid for r in stance_regions if _OWN_ID["S"].match(r.rid)}
    for r in stance_regions:
        path = f"$.result[{r.position}]"
        sid = r.rid if _OWN_ID["S"].match(r.rid) else _next_id("S", used_s)
        st: dict[str, Any] = {"id": sid}
        if "holder" in r.attrs:
            st["holder"] = r.attrs["holder"]
        else:
            holders = actor_refs(r.rid, C.REL_HOLDER, path)
            if not holders:
                d._bad(E.LS_BAD_REGION, path, f"stance {sid} ({d.span(r)['text']!r}) has no `holder` relation to an actor")
            st["holder"] = holders[0] if holders else None
        if "target" in r.attrs:
            st["target"] = r.attrs["target"]
        else:
            targets = refs(r.rid, C.REL_TARGET)
            if not targets:
                d._bad(E.LS_BAD_REGION, path, f"stance {sid} ({d.span(r)['text']!r}) has no `target` relation")
                st["target"] = None
            else:
                dst = targets[0]
                if dst in event_ids:
                    st["target"] = {"event": event_ids[dst]}
                elif dst in region_actor:
                    st["target"] = {"actor": region_actor[dst]}
                elif dst in d.regions:
                    st["target"] = {"span": d.span(d.regions[dst])}
                else:
                    d._bad(E.LS_BAD_REGION, path, f"stance {sid} target relation points to a missing region {dst}")
                    st["target"] = None
        polarity = r.choices.get(C.POLARITY) or []
        if not polarity:
            d._bad(E.LS_BAD_REGION, path, f"stance {sid} ({d.span(r)['text']!r}) has no polarity; choose one")
        st["polarity"] = polarity[0] if polarity else None
        st["evidence"] = d.span(r)
        if "confidence" in r.attrs:
            st["confidence"] = r.attrs["confidence"]
        stances.append(st)

    conditions: list[dict[str, Any]] = []
    cond_regions = d.of_tag(C.CONDITION)
    used_c = {r.rid for r in cond_regions if _OWN_ID["C"].match(r.rid)}
    for r in cond_regions:
        path = f"$.result[{r.position}]"
        cid = r.rid if _OWN_ID["C"].match(r.rid) else _next_id("C", used_c)
        cond: dict[str, Any] = {"id": cid, "kind": r.label, "cue": d.span(r)}
        for f, label in (("antecedent", C.REL_ANTECEDENT), ("consequent", C.REL_CONSEQUENT)):
            if f in r.attrs:
                cond[f] = r.attrs[f]
            else:
                cond[f] = [event_ids[x] for x in refs(r.rid, label) if x in event_ids]
                if len(cond[f]) != len(refs(r.rid, label)):
                    d._bad(E.LS_BAD_REGION, path, f"relation `{label}` from condition {cid} must point to event triggers")
        if "stated_by" in r.attrs:
            cond["stated_by"] = r.attrs["stated_by"]
        else:
            by = actor_refs(r.rid, C.REL_STATED_BY, path)
            if by:
                cond["stated_by"] = by[0]
        if "confidence" in r.attrs:
            cond["confidence"] = r.attrs["confidence"]
        conditions.append(cond)

    if d.issues:
        raise DataError(d.issues)
    return {"actors": actors, "events": events, "stances": stances, "conditions": conditions}


def task_to_document(data: dict[str, Any], result: Result, *, source: str = "<task>") -> dict[str, Any]:
    """The document a task's data plus one annotation (or prediction) result stand for."""
    text = data[C.TEXT]
    kept = data.get("document") or {}
    layers = result_to_layers(text, result, source=source, unit=str(data.get("offset_unit", DEFAULT_OFFSET_UNIT)))
    doc: dict[str, Any] = {"schema_version": kept.get("schema_version"), "id": data["doc_id"], "text": text, "metadata": kept.get("metadata", {})}
    doc.update(layers)
    doc["provenance"] = kept.get("provenance", {"origin": "manual", "annotators": []})
    return doc
