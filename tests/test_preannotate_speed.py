"""The speed work must not change what is checked or written."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from annotate.preannotate import preannotate
from annotate.validate import _span_issues, _span_ok, validate_document

TEXT = "Kenya's president met protesters in Nairobi on Monday."

_values = st.one_of(st.integers(-3, len(TEXT) + 3), st.booleans(), st.none(), st.text(max_size=3))


@given(start=_values, end=_values, text=st.one_of(st.none(), st.integers(), st.text(max_size=8), st.just("Kenya"), st.just("president")))
@settings(max_examples=400, deadline=None)
def test_span_fast_path_only_passes_spans_without_issues(start, end, text) -> None:
    # the shortcut in validate may skip _span_issues only where it would report nothing
    span = {"start": start, "end": end, "text": text}
    if _span_ok(span, TEXT):
        assert _span_issues(span, TEXT, "f", "$") == []


def test_span_fast_path_accepts_matching_spans() -> None:
    assert _span_ok({"start": 0, "end": 5, "text": "Kenya"}, TEXT)
    assert not _span_ok({"start": 0, "end": 5, "text": "kenya"}, TEXT)
    assert not _span_ok({"start": True, "end": 5, "text": "Kenya"}, TEXT)


def test_bad_references_and_spans_are_still_reported(tmp_path) -> None:
    inp = tmp_path / "in.jsonl"
    inp.write_text(json.dumps({"id": "d1", "text": TEXT, "metadata": {"published": "2024-05-16", "language": "en"}}) + "\n")
    [path] = preannotate([inp], tmp_path / "out")
    doc = json.loads(path.read_text())
    assert validate_document(doc) == []
    assert doc["actors"] and doc["events"]
    doc["actors"][0]["mentions"][0]["text"] = "nope"
    doc["events"][0]["actors"] = ["A99"]
    doc["events"][0]["trigger"]["end"] = len(TEXT) + 5
    codes = sorted(i.code for i in validate_document(doc))
    assert len(codes) == 3, codes


def test_outputs_are_written_atomically_with_no_leftovers(tmp_path) -> None:
    inp = tmp_path / "in.jsonl"
    inp.write_text("".join(json.dumps({"id": f"d{k}", "text": TEXT, "metadata": {"published": "2024-05-16", "language": "en"}}) + "\n" for k in range(3)))
    out = tmp_path / "out"
    written = preannotate([inp], out)
    assert sorted(p.name for p in out.iterdir()) == ["d0.json", "d1.json", "d2.json"] == sorted(p.name for p in written)
    from annotate.documents import dumps_document

    for p in written:  # the bytes are dumps_document's canonical text
        assert p.read_text(encoding="utf-8") == dumps_document(json.loads(p.read_text(encoding="utf-8")))


def _dev_documents() -> list[dict]:
    from pathlib import Path

    from annotate.documents import new_document

    root = Path(__file__).parent / "data"
    docs = []
    for path in sorted([*(root / "passages" / "gold").glob("*.json"), *(root / "heldout").glob("*.json")]):
        gold = json.loads(path.read_text(encoding="utf-8"))
        docs.append(new_document(gold["id"], gold["text"], gold["metadata"]))  # every layer machine-made
        docs.append({**gold, "events": [], "stances": [], "conditions": []})  # human actors kept
    return docs


def test_preannotation_leaves_no_reference_cycles() -> None:
    # preannotate() pauses the cyclic GC for the whole run: that is safe only while everything
    # an article allocates is freed by reference counting, or memory would grow with the run
    import gc

    from annotate.preannotate.pipeline import _annotate_checked
    from annotate.preannotate.resources import lexicon

    docs = _dev_documents()
    lexicon()  # loaded once per process, not per article
    gc.collect()
    was = gc.isenabled()
    gc.disable()
    try:
        for doc in docs:
            _annotate_checked(doc)
        assert gc.collect() == 0
    finally:
        if was:
            gc.enable()


def test_the_gc_is_enabled_again_after_a_run_and_after_a_failed_one(tmp_path, monkeypatch) -> None:
    import gc

    import pytest

    from annotate.errors import AnnotateError
    from annotate.preannotate import pipeline

    inp = tmp_path / "in.jsonl"
    inp.write_text(json.dumps({"id": "d1", "text": TEXT, "metadata": {"published": "2024-05-16", "language": "en"}}) + "\n")
    assert gc.isenabled()
    preannotate([inp], tmp_path / "out")
    assert gc.isenabled()
    # a pre-annotator bug (an output that fails validation) stops the run: the GC still resumes
    real = pipeline.preannotate_document
    monkeypatch.setattr(pipeline, "preannotate_document", lambda d: {**real(d), "actors": [{"id": "X"}]})
    with pytest.raises(AnnotateError):
        preannotate([inp], tmp_path / "out2")
    assert gc.isenabled()
    assert not (tmp_path / "out2").exists()


def test_every_span_and_reference_kind_is_still_checked() -> None:
    # validate_document skips building JSON paths for good spans and references: each kind of
    # bad one must still be reported, once, at its own path
    from annotate import errors as E

    text = "If Kenya agrees on Monday in Nairobi, Ruto said, talks resume."
    sp = lambda a, b: {"start": a, "end": b, "text": text[a:b]}  # noqa: E731
    doc = {
        "schema_version": "1.0.0", "id": "d1", "text": text, "metadata": {"language": "en"},
        "actors": [{"id": "A1", "name": "Kenya", "kind": "government", "country": "KEN", "role": None, "mentions": [sp(3, 8)]}],
        "events": [
            {"id": "E1", "type": "AGREE", "mode": None, "trigger": sp(9, 15), "actors": ["A1"], "recipients": [], "status": "hypothetical",
             "time": {"span": sp(19, 25), "value": "2024-05-20"}, "location": {"span": sp(29, 36), "name": "Nairobi", "country": "KEN"}, "reported_by": "A1"},
            {"id": "E2", "type": "CONSULT", "mode": None, "trigger": sp(55, 61), "actors": [], "recipients": [], "status": "hypothetical"},
        ],
        "stances": [{"id": "S1", "holder": "A1", "target": {"span": sp(49, 54)}, "polarity": "support", "evidence": sp(43, 47)}],
        "conditions": [{"id": "C1", "kind": "if", "cue": sp(0, 2), "antecedent": ["E1"], "consequent": ["E2"], "stated_by": "A1"}],
        "provenance": {"origin": "manual", "annotators": []},
    }
    assert validate_document(doc) == []
    bad = json.loads(json.dumps(doc))
    bad["events"][0]["time"]["span"]["text"] = "Tuesday"
    bad["events"][0]["location"]["span"]["end"] = len(text) + 1
    bad["events"][0]["reported_by"] = "A7"
    bad["stances"][0]["holder"] = "A8"
    bad["stances"][0]["target"]["span"]["text"] = "x"
    bad["conditions"][0]["cue"]["text"] = "When"
    found = sorted((i.path, i.code) for i in validate_document(bad))
    assert found == sorted([
        ("$.events[0].time.span.text", E.SPAN_TEXT_MISMATCH.code),
        ("$.events[0].location.span.end", E.SPAN_OUT_OF_BOUNDS.code),
        ("$.events[0].reported_by", E.UNKNOWN_ACTOR.code),
        ("$.stances[0].holder", E.UNKNOWN_ACTOR.code),
        ("$.stances[0].target.span.text", E.SPAN_TEXT_MISMATCH.code),
        ("$.conditions[0].cue.text", E.SPAN_TEXT_MISMATCH.code),
    ])


def test_canonical_bytes_settle_float_screen_hits_against_the_reference() -> None:
    # the dump screens its indented bytes for floats json.dumps writes differently; a hit in a
    # string is a false alarm, a hit in a number must fall back to the reference encoder
    from annotate.documents import dumps_document_bytes

    false_alarm = {"text": "a 3e5 yield and 0.00001 and 7E-3", "actors": [{"confidence": 0.45, "mentions": [1, 2]}]}
    real = {"text": "plain", "events": [{"confidence": 1e-05}, {"confidence": 2e16}, {"confidence": 0.5}]}
    for doc in (false_alarm, real):
        assert dumps_document_bytes(doc) == (json.dumps(doc, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
