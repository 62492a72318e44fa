"""annotate eval: per-layer P/R/F1, status accuracy, agreement between two versions."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotate.cli import main
from annotate.documents import new_document, write_document
from annotate.errors import DataError
from annotate.evaluate import evaluate

TEXT = "Rubio met Lavrov in Riyadh. If Moscow agrees, Washington will lift sanctions, Rubio said. NATO welcomed the talks."


def sp(s: str, occurrence: int = 0) -> dict:
    i = -1
    for _ in range(occurrence + 1):
        i = TEXT.index(s, i + 1)
    return {"start": i, "end": i + len(s), "text": s}


def gold_doc() -> dict:
    d = new_document("d1", TEXT, {"published": "2025-02-18"})
    d["actors"] = [
        {"id": "A1", "name": "Marco Rubio", "kind": "person", "mentions": [sp("Rubio"), sp("Rubio", 1)]},
        {"id": "A2", "name": "Sergei Lavrov", "kind": "person", "mentions": [sp("Lavrov")]},
        {"id": "A3", "name": "Russia", "kind": "government", "mentions": [sp("Moscow")]},
        {"id": "A4", "name": "United States", "kind": "government", "mentions": [sp("Washington")]},
        {"id": "A5", "name": "NATO", "kind": "igo", "mentions": [sp("NATO")]},
    ]
    d["events"] = [
        {"id": "E1", "type": "CONSULT", "mode": "visit", "trigger": sp("met"), "actors": ["A1"], "recipients": ["A2"], "status": "occurred", "instance": "riyadh-talks", "time": {"value": "2025-02-18"}},
        {"id": "E2", "type": "AGREE", "trigger": sp("agrees"), "actors": ["A3"], "recipients": [], "status": "hypothetical"},
        {"id": "E3", "type": "CONCEDE", "trigger": sp("lift"), "actors": ["A4"], "recipients": ["A3"], "status": "hypothetical", "reported_by": "A1"},
        {"id": "E4", "type": "CONSULT", "trigger": sp("talks"), "actors": [], "recipients": [], "status": "occurred", "instance": "riyadh-talks"},
    ]
    d["conditions"] = [{"id": "C1", "kind": "if", "cue": sp("If"), "antecedent": ["E2"], "consequent": ["E3"], "stated_by": "A1"}]
    d["stances"] = [{"id": "S1", "holder": "A5", "target": {"event": "E4"}, "polarity": "support", "evidence": sp("welcomed")}]
    return d


def test_identical_documents_agree_fully() -> None:
    res = evaluate([gold_doc()], [gold_doc()])
    for layer, c in res["layers"].items():
        assert c["f1"] == 1.0, layer
    assert res["status"]["accuracy"] == 1.0


def test_partial_prediction_counts_each_layer() -> None:
    pred = copy.deepcopy(gold_doc())
    # renumbered ids must not matter; a wrong type, a wrong status, a missing stance
    pred["events"][0]["type"] = "MEET" if False else "SUPPORT"
    pred["events"][1]["status"] = "occurred"
    pred["stances"] = []
    pred["actors"].append({"id": "A6", "name": "Riyadh", "kind": "other", "mentions": [sp("Riyadh")]})
    res = evaluate([gold_doc()], [pred])
    L = res["layers"]
    assert L["events"]["f1"] == 1.0
    assert (L["events_typed"]["tp"], L["events_typed"]["fp"], L["events_typed"]["fn"]) == (3, 1, 1)
    assert res["status"] == {"correct": 3, "total": 4, "accuracy": 0.75}
    assert L["actor_mentions"]["fp"] == 1 and L["actor_mentions"]["recall"] == 1.0
    assert L["stances"]["fn"] == 1 and L["stances"]["recall"] == 0.0
    assert L["conditions"]["f1"] == 1.0


def test_condition_needs_both_ends() -> None:
    pred = gold_doc()
    pred["conditions"][0]["consequent"] = ["E4"]
    assert evaluate([gold_doc()], [pred])["layers"]["conditions"]["tp"] == 0


def test_ids_do_not_matter_only_spans() -> None:
    pred = gold_doc()
    ren = {"A1": "A9", "A2": "A8", "A3": "A7", "A4": "A6", "A5": "A5"}
    for a in pred["actors"]:
        a["id"] = ren[a["id"]]
    for e in pred["events"]:
        e["actors"] = [ren[x] for x in e["actors"]]
        e["recipients"] = [ren[x] for x in e["recipients"]]
    pred["stances"][0]["holder"] = "A5"
    pred["conditions"][0]["stated_by"] = "A9"
    res = evaluate([gold_doc()], [pred])
    assert res["layers"]["event_arguments"]["f1"] == 1.0 and res["layers"]["stances"]["f1"] == 1.0


def test_documents_matched_by_id_and_text_must_agree() -> None:
    other = new_document("d2", "Something else entirely.", {})
    res = evaluate([gold_doc()], [gold_doc(), other])
    assert res["documents"] == 1 and res["pred_only"] == ["d2"]
    changed = gold_doc()
    changed["text"] = TEXT + " More."
    with pytest.raises(DataError) as exc:
        evaluate([gold_doc()], [changed])
    assert exc.value.issues[0].code == "AN502"


def test_cli_table_and_json(tmp_path: Path) -> None:
    write_document(gold_doc(), tmp_path / "gold")
    pred = gold_doc()
    pred["events"] = pred["events"][:2]
    pred["conditions"] = []
    pred["stances"] = []
    write_document(pred, tmp_path / "pred")
    runner = CliRunner()
    r = runner.invoke(main, ["eval", str(tmp_path / "gold"), str(tmp_path / "pred"), "--format", "json"])
    assert r.exit_code == 0, r.output
    res = json.loads(r.output)
    assert res["layers"]["events"]["recall"] == 0.5 and res["layers"]["events"]["precision"] == 1.0
    t = runner.invoke(main, ["eval", str(tmp_path / "gold" / "d1.json"), str(tmp_path / "pred" / "d1.json")])
    assert t.exit_code == 0 and "events_typed" in t.output and "status accuracy" in t.output


def test_cli_invalid_document_is_refused(tmp_path: Path) -> None:
    write_document(gold_doc(), tmp_path / "gold")
    bad = gold_doc()
    bad["events"][0]["actors"] = ["A99"]
    write_document(bad, tmp_path / "pred")
    r = CliRunner().invoke(main, ["eval", str(tmp_path / "gold"), str(tmp_path / "pred")])
    assert r.exit_code == 1 and "AN302" in r.output and "Traceback" not in r.output


def test_attribute_accuracies_on_matched_events() -> None:
    pred = copy.deepcopy(gold_doc())
    for a in pred["actors"]:
        a["id"] = "X" + a["id"]  # renumbered actors align through mentions
    for e in pred["events"]:
        e["actors"] = ["X" + x for x in e["actors"]]
        e["recipients"] = ["X" + x for x in e["recipients"]]
    pred["stances"][0]["holder"] = "XA5"
    pred["conditions"][0]["stated_by"] = "XA1"
    pred["events"][2]["reported_by"] = "XA4"  # wrong speaker
    pred["events"][0]["time"] = {"value": "2025-02"}  # wrong precision
    pred["events"][1]["mode"] = None
    pred["events"][3]["mode"] = "phone"  # set where gold has none
    res = evaluate([gold_doc()], [pred])
    att = res["attributes"]
    assert att["reported_by"] == {"correct": 0, "total": 1, "accuracy": 0.0}
    assert att["time_value"] == {"correct": 0, "total": 1, "accuracy": 0.0}
    assert att["mode"] == {"correct": 1, "total": 2, "accuracy": 0.5}
    assert evaluate([gold_doc()], [gold_doc()])["attributes"]["reported_by"]["accuracy"] == 1.0


def test_instance_links_score_pairs_of_aligned_events() -> None:
    pred = copy.deepcopy(gold_doc())
    pred["events"][3]["instance"] = "other"  # the link met-talks is lost
    pred["events"][1]["instance"] = pred["events"][2]["instance"] = "x"  # a spurious link
    L = evaluate([gold_doc()], [pred])["layers"]["event_instances"]
    assert (L["tp"], L["fp"], L["fn"]) == (0, 1, 1)
    pred["events"][3]["instance"] = "riyadh-talks"
    L = evaluate([gold_doc()], [pred])["layers"]["event_instances"]
    assert (L["tp"], L["fp"], L["fn"]) == (1, 1, 0)
