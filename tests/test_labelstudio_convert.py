"""Document -> Label Studio task -> annotation -> document is the identity (property tests), with
offsets translated between code points and UTF-16 code units."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotate.errors import DataError
from annotate.labelstudio import config as C
from annotate.labelstudio.convert import Utf16Index, document_to_task, task_to_document
from annotate.schema import contexts, event_types, modes_by_type, schema_version
from annotate.validate import validate_document

# Pieces the text is built from: emoji, a flag (two regional indicators), astral letters,
# combining marks, CRLF, repeated spaces, and plain words.
PIECES = ["Trump", "Putin", " ", "  ", "\r\n", "\n", "😀", "🇺🇦", "🇷🇺", "𝔘𝔫", "e\u0301", "ñ", "Ä", "—", ",", "meet", "if", "Kyiv", "👩‍👩‍👧", "\t", "中文"]
KINDS = ["person", "government", "organization", "igo", "group", "media", "other"]
STATUSES = ["occurred", "ongoing", "planned", "desired", "hypothetical", "negated"]
CONFIDENCE = st.one_of(st.floats(min_value=0, max_value=1, allow_nan=False), st.none())
NAMES = st.one_of(st.sampled_from(["Donald Trump", "null", "42", "  padded ", "a: b", '"quoted"', "[x", "", "Zelensky 🇺🇦"]), st.text(min_size=0, max_size=8))


@st.composite
def spans(draw: st.DrawFn, text: str) -> dict[str, Any]:
    start = draw(st.integers(0, len(text) - 1))
    end = draw(st.integers(start + 1, len(text)))
    return {"start": start, "end": end, "text": text[start:end]}


def _maybe(draw: st.DrawFn, obj: dict[str, Any], key: str, strategy: st.SearchStrategy[Any]) -> None:
    """Leave the optional key out, or set it (possibly to null)."""
    if draw(st.booleans()):
        obj[key] = draw(strategy)


@st.composite
def documents(draw: st.DrawFn) -> dict[str, Any]:
    text = "".join(draw(st.lists(st.sampled_from(PIECES), min_size=1, max_size=40)))
    sp = spans(text)
    n_actors = draw(st.integers(0, 4))
    actor_ids = [f"A{i}" for i in draw(st.permutations(range(1, n_actors + 1)))]
    actors = []
    for aid in actor_ids:
        a: dict[str, Any] = {"id": aid, "name": draw(NAMES.filter(bool)), "kind": draw(st.sampled_from(KINDS))}
        _maybe(draw, a, "country", st.one_of(st.none(), st.sampled_from(["USA", "RUS", "UKR"])))
        _maybe(draw, a, "role", st.one_of(st.none(), NAMES))
        _maybe(draw, a, "wikidata", st.one_of(st.none(), st.sampled_from(["Q22686", "Q7747"])))
        a["mentions"] = draw(st.lists(sp, min_size=0, max_size=3))
        _maybe(draw, a, "confidence", CONFIDENCE)
        actors.append(a)
    aref = st.sampled_from(actor_ids) if actor_ids else st.nothing()
    n_events = draw(st.integers(0, 4))
    events = []
    for i in draw(st.permutations(range(1, n_events + 1))):
        etype = draw(st.sampled_from(event_types()))
        e: dict[str, Any] = {"id": f"E{i}", "type": etype}
        modes = modes_by_type()[etype]
        _maybe(draw, e, "mode", st.one_of(st.none(), st.sampled_from(modes)) if modes else st.none())
        _maybe(draw, e, "context", st.lists(st.sampled_from(contexts()), max_size=3, unique=True))
        e["trigger"] = draw(sp)
        e["actors"] = draw(st.lists(aref, max_size=3)) if actor_ids else []
        e["recipients"] = draw(st.lists(aref, max_size=2)) if actor_ids else []
        e["status"] = draw(st.sampled_from(STATUSES))
        time = st.fixed_dictionaries({}, optional={"span": sp, "value": st.sampled_from(["2025-05-16", "2025-05", "2025"])})
        _maybe(draw, e, "time", st.one_of(st.none(), time))
        loc = st.fixed_dictionaries({}, optional={"span": sp, "name": st.one_of(st.none(), NAMES), "country": st.one_of(st.none(), st.just("UKR"))})
        _maybe(draw, e, "location", st.one_of(st.none(), loc))
        if actor_ids:
            _maybe(draw, e, "reported_by", st.one_of(st.none(), aref))
        _maybe(draw, e, "instance", st.one_of(st.none(), st.sampled_from(["meeting1", "x"])))
        _maybe(draw, e, "confidence", CONFIDENCE)
        events.append(e)
    event_ids = [e["id"] for e in events]
    stances = []
    if actor_ids:
        for i in range(1, draw(st.integers(0, 3)) + 1):
            targets = [st.builds(lambda a: {"actor": a}, aref), st.builds(lambda s: {"span": s}, sp)]
            if event_ids:
                targets.append(st.builds(lambda x: {"event": x}, st.sampled_from(event_ids)))
            s: dict[str, Any] = {"id": f"S{i}", "holder": draw(aref), "target": draw(st.one_of(targets)), "polarity": draw(st.sampled_from(["support", "oppose", "neutral"])), "evidence": draw(sp)}
            _maybe(draw, s, "confidence", CONFIDENCE)
            stances.append(s)
    conditions = []
    if len(event_ids) >= 2:
        for i in range(1, draw(st.integers(0, 2)) + 1):
            ordered = draw(st.permutations(event_ids))
            cut = draw(st.integers(1, len(ordered) - 1))
            c: dict[str, Any] = {"id": f"C{i}", "kind": draw(st.sampled_from(["if", "unless", "provided", "only_if"])), "cue": draw(sp),
                                 "antecedent": ordered[:cut], "consequent": ordered[cut:]}
            if actor_ids:
                _maybe(draw, c, "stated_by", st.one_of(st.none(), aref))
            _maybe(draw, c, "confidence", CONFIDENCE)
            conditions.append(c)
    return {
        "schema_version": schema_version(),
        "id": draw(st.from_regex(r"[a-z0-9][a-z0-9._-]{0,20}", fullmatch=True)),
        "text": text,
        "metadata": {"title": draw(st.one_of(st.none(), NAMES)), "language": "en"},
        "actors": actors,
        "events": events,
        "stances": stances,
        "conditions": conditions,
        "provenance": {"origin": "preannotated", "annotators": [], "preannotator": {"name": "rules", "version": "0.1"}},
    }


def through_the_wire(value: Any) -> Any:
    """What comes back from Label Studio: JSON, re-parsed."""
    return json.loads(json.dumps(value))


def utf16_len(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents(), st.sampled_from(["codepoint", "utf16"]))
def test_document_task_annotation_document_is_identity(document: dict[str, Any], unit: str) -> None:
    assert validate_document(document) == [], "the generator must produce valid documents"
    original = copy.deepcopy(document)
    task = through_the_wire(document_to_task(document, unit))
    # The annotator accepts the prediction: the UI copies its result into the annotation.
    annotation_result = copy.deepcopy(task["predictions"][0]["result"])
    back = task_to_document(task["data"], annotation_result)
    assert back == original
    assert json.dumps(back, sort_keys=True) == json.dumps(original, sort_keys=True)


@settings(max_examples=200, deadline=None)
@given(documents())
def test_region_offsets_in_code_points_select_the_span_text(document: dict[str, Any]) -> None:
    text = document["text"]
    for item in document_to_task(document, "codepoint")["predictions"][0]["result"]:
        value = item.get("value", {})
        if item["type"] in ("labels", "choices"):
            assert text[value["start"]:value["end"]] == value["text"]


@settings(max_examples=200, deadline=None)
@given(documents())
def test_region_offsets_are_utf16_code_units(document: dict[str, Any]) -> None:
    text = document["text"]
    units = text.encode("utf-16-le")
    for item in document_to_task(document, "utf16")["predictions"][0]["result"]:
        value = item.get("value", {})
        if item["type"] in ("labels", "choices"):
            # What JavaScript's text.substring(start, end) gives is the region's text.
            assert units[2 * value["start"]:2 * value["end"]].decode("utf-16-le") == value["text"]


def test_utf16_index_both_ways() -> None:
    text = "a😀b🇺🇦\r\n  e\u0301"
    idx = Utf16Index(text)
    for cp in range(len(text) + 1):
        unit = idx.to_utf16(cp)
        assert unit == utf16_len(text[:cp])
        assert idx.to_cp(unit) == cp
    assert idx.to_cp(2) is None  # inside the surrogate pair of 😀
    assert idx.to_cp(idx.utf16_length + 1) is None


def _seed_document() -> dict[str, Any]:
    text = "🇺🇸 Donald Trump wants to meet Vladimir Putin.\r\nIf they agree, talks resume."
    def sp(s: str, start: int = 0) -> dict[str, Any]:
        i = text.index(s, start)
        return {"start": i, "end": i + len(s), "text": s}
    return {
        "schema_version": schema_version(), "id": "seed-1", "text": text, "metadata": {},
        "actors": [{"id": "A1", "name": "Donald Trump", "kind": "person", "country": "USA", "mentions": [sp("Donald Trump")]},
                   {"id": "A2", "name": "Vladimir Putin", "kind": "person", "country": "RUS", "mentions": [sp("Vladimir Putin")]}],
        "events": [{"id": "E1", "type": "CONSULT", "mode": "phone", "trigger": sp("meet"), "actors": ["A1"], "recipients": ["A2"], "status": "desired"},
                   {"id": "E2", "type": "AGREE", "trigger": sp("agree"), "actors": ["A1", "A2"], "recipients": [], "status": "hypothetical"},
                   {"id": "E3", "type": "CONSULT", "trigger": sp("talks"), "actors": [], "recipients": [], "status": "hypothetical"}],
        "stances": [{"id": "S1", "holder": "A1", "target": {"event": "E1"}, "polarity": "support", "evidence": sp("wants")}],
        "conditions": [{"id": "C1", "kind": "if", "cue": sp("If"), "antecedent": ["E2"], "consequent": ["E3"]}],
        "provenance": {"origin": "manual", "annotators": []},
    }


def test_annotator_added_regions_join_by_name_and_get_new_ids() -> None:
    doc = _seed_document()
    task = through_the_wire(document_to_task(doc, "utf16"))
    result = task["predictions"][0]["result"]
    text = doc["text"]
    idx = Utf16Index(text)
    start = text.index("Trump")
    # The annotator draws "Trump" again (a random region id, as the UI makes) and names it.
    value = {"start": idx.to_utf16(start), "end": idx.to_utf16(start + 5), "text": "Trump"}
    result.append({"id": "Xy7_kQ2pLm", "from_name": C.ACTOR, "to_name": C.TEXT, "type": "labels", "value": {**value, "labels": ["person"]}})
    result.append({"id": "Xy7_kQ2pLm", "from_name": C.ATTRIBUTES, "to_name": C.TEXT, "type": "textarea", "value": {**value, "text": ["name: Donald Trump"]}})
    # ... and a new event with a status, linked to Putin's mention.
    s2 = text.index("resume")
    v2 = {"start": idx.to_utf16(s2), "end": idx.to_utf16(s2 + 6), "text": "resume"}
    result.append({"id": "newEvent01", "from_name": C.EVENT, "to_name": C.TEXT, "type": "labels", "value": {**v2, "labels": ["CONSULT"]}})
    result.append({"id": "newEvent01", "from_name": C.STATUS, "to_name": C.TEXT, "type": "choices", "value": {**v2, "choices": ["planned"]}})
    result.append({"type": "relation", "from_id": "newEvent01", "to_id": "A2_m0", "direction": "right", "labels": ["actor"]})
    back = task_to_document(task["data"], result)
    assert back["actors"][0]["mentions"][-1] == {"start": start, "end": start + 5, "text": "Trump"}
    assert len(back["actors"]) == 2
    assert back["events"][-1]["id"] == "E4" and back["events"][-1]["actors"] == ["A2"] and back["events"][-1]["status"] == "planned"
    assert validate_document(back) == []


def test_event_without_status_is_refused_with_its_location() -> None:
    doc = _seed_document()
    task = through_the_wire(document_to_task(doc))
    result = [r for r in task["predictions"][0]["result"] if not (r.get("from_name") == C.STATUS and r["id"] == "E2")]
    with pytest.raises(DataError) as err:
        task_to_document(task["data"], result, source="task 7")
    assert err.value.issues[0].code == "AN606" and "E2" in err.value.issues[0].message and err.value.issues[0].file == "task 7"


def test_offsets_splitting_a_surrogate_pair_are_refused() -> None:
    doc = _seed_document()
    task = through_the_wire(document_to_task(doc, "utf16"))
    result = task["predictions"][0]["result"]
    result.append({"id": "bad", "from_name": C.ACTOR, "to_name": C.TEXT, "type": "labels", "value": {"start": 1, "end": 5, "text": "x", "labels": ["person"]}})
    with pytest.raises(DataError) as err:
        task_to_document(task["data"], result)
    assert err.value.issues[0].code == "AN605"


def test_attribute_values_that_look_like_json_stay_strings() -> None:
    doc = _seed_document()
    doc["actors"][0]["name"] = "null"
    doc["actors"][0]["role"] = "42"
    doc["actors"][1]["role"] = " spaced "
    task = through_the_wire(document_to_task(doc))
    assert task_to_document(task["data"], task["predictions"][0]["result"]) == doc


def test_label_config_is_generated_from_the_schema() -> None:
    import xml.etree.ElementTree as ET

    from annotate.schema import load_schema

    root = ET.fromstring(C.label_config())
    tags = {el.get("name"): el for el in root.iter() if el.get("name")}
    values = lambda name: [c.get("value") for c in tags[name]]  # noqa: E731
    defs = load_schema()["$defs"]
    assert values(C.EVENT) == event_types()
    assert values(C.ACTOR) == defs["Actor"]["properties"]["kind"]["enum"]
    assert values(C.STATUS) == defs["Event"]["properties"]["status"]["enum"]
    assert values(C.POLARITY) == defs["Stance"]["properties"]["polarity"]["enum"]
    assert values(C.CONDITION) == defs["Condition"]["properties"]["kind"]["enum"]
    assert set(values(C.MODE)) == {m for ms in modes_by_type().values() for m in ms}
    assert all(tags[n].get("perRegion") == "true" for n in (C.STATUS, C.MODE, C.CONTEXT, C.POLARITY, C.ATTRIBUTES))
    relations = [r.get("value") for r in root.iter("Relation")]
    assert {"actor", "recipient", "holder", "target", "antecedent", "consequent"} <= set(relations)
    # Every tag the converter writes exists in the config.
    used = {item["from_name"] for item in document_to_task(_seed_document())["predictions"][0]["result"] if "from_name" in item}
    assert used <= set(tags)
    assert "PLOVER" in C.instructions() and "status" in C.instructions()


def _with_time_and_place() -> dict[str, Any]:
    doc = _seed_document()
    doc["text"] = doc["text"].replace("talks resume.", "talks resume in Geneva on Monday.")
    text = doc["text"]
    for ev in doc["events"]:
        ev["trigger"] = {**ev["trigger"], "start": text.index(ev["trigger"]["text"]), "end": text.index(ev["trigger"]["text"]) + len(ev["trigger"]["text"])}
    g, m = text.index("Geneva"), text.index("Monday")
    doc["events"][2]["location"] = {"span": {"start": g, "end": g + 6, "text": "Geneva"}, "name": "Geneva", "country": "CHE"}
    doc["events"][2]["time"] = {"span": {"start": m, "end": m + 6, "text": "Monday"}, "value": "2025-05-19"}
    doc["stances"][0]["evidence"] = {**doc["stances"][0]["evidence"], "start": text.index("wants")}
    doc["conditions"][0]["cue"] = {**doc["conditions"][0]["cue"], "start": text.index("If"), "end": text.index("If") + 2}
    assert validate_document(doc) == []
    return doc


@pytest.mark.parametrize("deleted", ["E3_loc", "E3_time"])
def test_deleting_a_time_or_place_span_in_the_ui_deletes_its_value(deleted: str) -> None:
    # The UI deletes every result of a region (its label and its attributes box) together.
    doc = _with_time_and_place()
    task = through_the_wire(document_to_task(doc))
    result = [r for r in task["predictions"][0]["result"] if r.get("id") != deleted and r.get("to_id") != deleted]
    back = task_to_document(task["data"], result)
    field = {"E3_loc": "location", "E3_time": "time"}[deleted]
    assert field not in back["events"][2]
    kept = {"location", "time"} - {field}
    assert all(back["events"][2][k] == doc["events"][2][k] for k in kept)


def test_tasks_encoded_with_values_on_the_event_still_decode() -> None:
    # Tasks pushed by earlier versions carry the time value and location name/country as lines
    # of the event's own attributes box; they must keep decoding to the same document.
    doc = _with_time_and_place()
    task = through_the_wire(document_to_task(doc))
    result = task["predictions"][0]["result"]
    moved = [r for r in result if r.get("from_name") == C.ATTRIBUTES and r["id"] in ("E3_loc", "E3_time")]
    assert len(moved) == 2
    assert not any(r.get("from_name") == C.ATTRIBUTES and r["id"] == "E3" for r in result)
    trigger = next(r for r in result if r.get("from_name") == C.EVENT and r["id"] == "E3")["value"]
    span = {k: trigger[k] for k in ("start", "end", "text")}
    event_box = {"id": "E3", "from_name": C.ATTRIBUTES, "to_name": C.TEXT, "type": "textarea",
                 "value": {**span, "text": ["location_name: Geneva\nlocation_country: CHE\ntime_value: 2025-05-19"]}}
    legacy = [r for r in result if r not in moved] + [event_box]
    assert task_to_document(task["data"], legacy) == doc
