"""PLOVER export: one record per event with the manual's data fields, mapped to PLOVER practice."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from release_helpers import GOLD, load_json, small_document, write_docs

from annotate.cli import main
from annotate.plover_export import event_record, export_plover, plover_category
from annotate.schema import event_types

REQUIRED = ("id", "date", "actor", "event")


def test_one_record_per_event_with_the_required_fields_and_unique_ids() -> None:
    doc = load_json(GOLD)
    records = list(export_plover([doc]))
    assert len(records) == len(doc["events"])
    assert len({r["id"] for r in records}) == len(records)
    for r in records:
        for name in REQUIRED:
            assert name in r
        assert r["coder"] and r["coded_date"]


def test_text_offsets_point_at_the_event_text_and_entities_carry_codes_and_wikidata() -> None:
    doc = load_json(GOLD)
    actors = {a["id"]: a for a in doc["actors"]}
    for r in export_plover([doc]):
        info = r["text_info"]
        assert doc["text"][info["start"] : info["end"]] == r["event_text"][0]
        for entity in r["actor"] + r["recipient"]:
            actor = actors[entity["actor_id"]]
            assert entity["code"] == (actor.get("country") or ("IGO" if actor["kind"] == "igo" else None))
            assert entity.get("identifier_id") == actor.get("wikidata")
            assert entity["entity_text"] in [m["text"] for m in actor["mentions"]]


def test_wanted_or_planned_cooperation_is_agree_as_plover_codes_it_and_keeps_the_annotation() -> None:
    assert plover_category("CONSULT", "desired") == "AGREE"
    assert plover_category("CONSULT", "occurred") == "CONSULT"
    assert plover_category("RETREAT", "planned") == "CONCEDE"
    assert plover_category("SANCTION", "hypothetical") == "SANCTION"
    assert plover_category("OTHER", "occurred") is None
    doc = load_json(GOLD)
    first = event_record(doc, doc["events"][0])  # "wants to meet": CONSULT, desired
    assert first["event"] == ["AGREE"] and first["annotated_event"] == "CONSULT" and first["status"] == "desired"
    assert first["actor"][0]["identifier_text"] == "Donald Trump" and first["recipient"][0]["identifier_text"] == "Vladimir Putin"


def test_every_exported_category_is_a_plover_category_and_other_has_no_event() -> None:
    plover = set(event_types()) - {"OTHER"}
    for r in export_plover([load_json(GOLD)]):
        if r["annotated_event"] == "OTHER":
            assert r["event"] == [] and r["has_event"] is False
        else:
            assert r["event"][0] in plover and r["has_event"] is True and r["quad_code"] in (1, 2, 3, 4)


def test_date_is_the_events_own_date_else_the_publication_date() -> None:
    doc = small_document("d1")
    records = list(export_plover([doc]))
    assert records[0]["date"] == "2025-05-16" and records[0]["date_source"] == "event"
    assert records[1]["date"] == "2025-05-18" and records[1]["date_source"] == "published"
    assert records[0]["event_loc"] == {"extracted_place": "Istanbul", "resolved_place": "Istanbul", "country_code": "TUR"}
    assert records[0]["mode"] == ["third-party"] and records[0]["link"] == "talks"


def test_cli_writes_jsonl_and_refuses_invalid_documents(tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "events.jsonl"
    ok = runner.invoke(main, ["export", "plover", str(GOLD), "--out", str(out)])
    assert ok.exit_code == 0, ok.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(load_json(GOLD)["events"]) and json.loads(lines[0])["id"].endswith("-E1")
    bad = small_document("bad-doc")
    bad["events"][0]["actors"] = ["A9"]
    write_docs(tmp_path / "bad", [bad])
    refused = runner.invoke(main, ["export", "plover", str(tmp_path / "bad"), "--out", str(tmp_path / "x.jsonl")])
    assert refused.exit_code == 1 and "AN302" in refused.output and "Traceback" not in refused.output
    assert not (tmp_path / "x.jsonl").exists()
