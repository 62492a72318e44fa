"""Flattening documents to release rows, and the declared features of every config."""

from __future__ import annotations

import pyarrow as pa
import pytest
from datasets import List, Value
from release_helpers import GOLD, load_json, small_document

from annotate.tables import CONFIGS, FEATURES, ROWS, arrow_schema, document_row, to_arrow
from annotate.validate import validate_document


def test_every_config_has_declared_features_with_list_columns_as_lists() -> None:
    assert set(FEATURES) == set(CONFIGS)
    assert isinstance(FEATURES["events"]["context"], List)
    assert FEATURES["events"]["trigger_start"] == Value("int64")
    assert isinstance(FEATURES["documents"]["events"], List)
    # the features are embedded in the Arrow schema that datasets reads back
    for config in CONFIGS:
        assert b"huggingface" in (arrow_schema(config).metadata or {})


@pytest.mark.parametrize("config", CONFIGS)
def test_an_empty_layer_still_has_every_typed_column(config: str) -> None:
    table = to_arrow(config, [])
    assert table.num_rows == 0
    assert table.schema.names == list(FEATURES[config])
    assert table.schema.equals(arrow_schema(config), check_metadata=False)


def test_row_counts_match_the_document_layers() -> None:
    doc = load_json(GOLD)
    assert len(list(ROWS["documents"](doc))) == 1
    assert len(list(ROWS["events"](doc))) == len(doc["events"])
    assert len(list(ROWS["actors"](doc))) == len(doc["actors"])
    assert len(list(ROWS["stances"](doc))) == len(doc["stances"])
    assert len(list(ROWS["conditions"](doc))) == len(doc["conditions"])


def test_flat_spans_are_the_document_text_at_their_offsets() -> None:
    doc = load_json(GOLD)
    text = doc["text"]
    for row in ROWS["events"](doc):
        assert text[row["trigger_start"] : row["trigger_end"]] == row["trigger_text"]
        if row["time_start"] is not None:
            assert text[row["time_start"] : row["time_end"]] == row["time_text"]
    for row in ROWS["stances"](doc):
        assert text[row["evidence_start"] : row["evidence_end"]] == row["evidence_text"]
    for row in ROWS["conditions"](doc):
        assert text[row["cue_start"] : row["cue_end"]] == row["cue_text"]


def test_missing_lists_become_empty_lists_never_null() -> None:
    doc = small_document("d1", stances=False, conditions=False)
    del doc["events"][1]["mode"]
    doc["events"][2].pop("context", None)
    row = document_row(doc)
    assert row["stances"] == [] and row["conditions"] == []
    events = list(ROWS["events"](doc))
    assert events[2]["context"] == []
    table = to_arrow("events", events)
    assert table.column("context").null_count == 0
    assert table.column("context").to_pylist()[2] == []
    docs = to_arrow("documents", [row])
    assert docs.column("stances").to_pylist() == [[]]


def test_names_are_resolved_beside_ids_and_target_kind_is_explicit() -> None:
    doc = small_document("d1")
    ev = list(ROWS["events"](doc))[2]
    assert ev["actors"] == ["A3"] and ev["actor_names"] == ["European Union"]
    assert ev["recipient_names"] == ["Russia"]
    st = next(iter(ROWS["stances"](doc)))
    assert st["target_kind"] == "event" and st["target_event"] == "E3" and st["target_start"] is None


def test_document_rows_round_trip_through_arrow_unchanged() -> None:
    doc = load_json(GOLD)
    row = document_row(doc)
    back = to_arrow("documents", [row]).to_pylist()[0]
    assert back["text"] == doc["text"]
    assert [e["id"] for e in back["events"]] == [e["id"] for e in doc["events"]]
    assert back["actors"][0]["mentions"] == doc["actors"][0]["mentions"]
    assert back["conditions"][0]["antecedent"] == doc["conditions"][0]["antecedent"]


def test_a_labelstudio_project_name_or_number_is_stored_as_string() -> None:
    doc = small_document("d1")
    doc["provenance"]["labelstudio"] = {"project": 7, "task": 3, "annotation": None}
    table = to_arrow("documents", [document_row(doc)])
    assert table.column("provenance").to_pylist()[0]["labelstudio"] == {"project": "7", "task": 3, "annotation": None}
    assert pa.types.is_string(table.schema.field("provenance").type.field("labelstudio").type.field("project").type)


def test_the_gold_document_is_valid_manual_and_complete() -> None:
    doc = load_json(GOLD)
    assert validate_document(doc, str(GOLD), expected_id=GOLD.stem) == []
    assert doc["provenance"]["origin"] == "manual"
    assert all(e.get("confidence") is None for e in doc["events"])
    # the planned Trump-Putin meeting is one real-world happening mentioned many times
    meeting = [e for e in doc["events"] if e.get("instance") == "trump-putin-meeting"]
    assert len(meeting) >= 6
    assert {c["kind"] for c in doc["conditions"]} == {"if"} and len(doc["conditions"]) == 4
