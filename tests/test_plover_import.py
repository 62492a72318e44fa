"""Import of PLOVER gold records into documents usable as gold for `annotate eval`."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from annotate.cli import main
from annotate.plover_import import import_plover, record_to_document
from annotate.validate import validate_document

GSR = Path(__file__).parent / "data" / "plover" / "gsr-dev.json"

RECORD = {
    "id": "PLOVER-GSR01-DEMAND-0099",
    "date": "2001-04-02",
    "source": [{"actorText": "Ethnic Albanians", "code": "ALB"}],
    "target": [{"actorText": "U.N.", "code": "IGO"}],
    "event": "DEMAND",
    "mode": "",
    "context": "military, refugee",
    "text": "Ethnic Albanians in south Serbia are demanding a U.N. military presence to protect them.",
    "textInfo": {"markup": "(SRC: Ethnic Albanians (LOC:in south Serbia)) are (EVT: demanding) a (TAR: U.N.) military presence to (EVT: protect) them."},
    "coder": "Parus Analytics",
}


def test_record_maps_legacy_category_spans_and_roles() -> None:
    doc = record_to_document(RECORD)
    assert validate_document(doc) == []
    assert doc["id"] == "plover-gsr01-demand-0099"
    (ev,) = doc["events"]
    assert ev["type"] == "REQUEST"  # legacy DEMAND
    assert ev["trigger"]["text"] == "demanding"
    src, tar = doc["actors"]
    assert src["mentions"][0]["text"] == "Ethnic Albanians" and ev["actors"] == [src["id"]]
    assert tar["mentions"][0]["text"] == "U.N." and tar["kind"] == "igo" and ev["recipients"] == [tar["id"]]
    assert ev["context"] == ["military", "migration"]
    assert doc["metadata"]["published"] == "2001-04-02" and doc["metadata"]["license"] == "CC-BY-SA-4.0"
    assert doc["provenance"]["origin"] == "manual"


def test_whole_gsr_dev_imports_valid() -> None:
    docs = list(import_plover(GSR))
    assert len(docs) == 164
    assert len({d["id"] for d in docs}) == 164
    for d in docs:
        assert validate_document(d, d["id"]) == []
    types = {d["events"][0]["type"] for d in docs}
    assert not types & {"DEMAND", "DISAPPROVE", "INVESTIGATE", "FIGHT"}
    located = sum(1 for d in docs for a in d["actors"] if a["mentions"])
    assert located / sum(len(d["actors"]) for d in docs) > 0.95


def test_cli_import_then_eval_against_itself(tmp_path: Path) -> None:
    runner = CliRunner()
    r = runner.invoke(main, ["import", "plover", str(GSR), "--out", str(tmp_path / "gold")])
    assert r.exit_code == 0, r.output
    assert len(list((tmp_path / "gold").glob("*.json"))) == 164
    e = runner.invoke(main, ["eval", str(tmp_path / "gold"), str(tmp_path / "gold"), "--format", "json"])
    assert e.exit_code == 0
    assert json.loads(e.output)["layers"]["events_typed"]["f1"] == 1.0


def test_cli_bad_records_write_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps([RECORD, {**RECORD, "id": "X-1", "event": "NOTACATEGORY"}]), encoding="utf-8")
    r = CliRunner().invoke(main, ["import", "plover", str(bad), "--out", str(tmp_path / "out")])
    assert r.exit_code == 1 and "AN501" in r.output and "Traceback" not in r.output
    assert not (tmp_path / "out").exists()
    broken = tmp_path / "broken.json"
    broken.write_text("[{", encoding="utf-8")
    r2 = CliRunner().invoke(main, ["import", "plover", str(broken), "--out", str(tmp_path / "out")])
    assert r2.exit_code == 1 and "AN104" in r2.output
