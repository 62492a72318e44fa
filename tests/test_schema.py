"""The schema is a valid 2020-12 schema and its PLOVER vocabularies match the ontology."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema

from annotate.schema import SCHEMA_PATH, event_types, load_ontology, load_schema, modes_by_type, render_schema, schema_version

ROOT = Path(__file__).resolve().parents[1]


def test_schema_is_valid_against_the_2020_12_metaschema() -> None:
    jsonschema.Draft202012Validator.check_schema(load_schema())
    assert load_schema()["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_vocabularies_are_generated_from_the_ontology() -> None:
    # Editing ontology.json without regenerating the schema must fail CI.
    assert SCHEMA_PATH.read_text(encoding="utf-8") == render_schema()
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_schema.py"), "--check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


def test_schema_enums_cover_every_plover_category_mode_and_context() -> None:
    defs = load_schema()["$defs"]
    onto = load_ontology()
    assert set(defs["EventType"]["enum"]) == set(onto["categories"]) | {"OTHER"}
    assert set(defs["Context"]["enum"]) == set(onto["contexts"])
    for name, cat in onto["categories"].items():
        assert modes_by_type()[name] == cat["modes"]
    assert len(event_types()) == 17


def test_mode_of_another_type_fails_even_with_the_plain_schema() -> None:
    # Tools that use only the JSON Schema (no semantic rules) still reject a foreign mode.
    doc = json.loads((ROOT / "tests/examples/valid/example-berlin-aid.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(load_schema())
    assert validator.is_valid(doc)
    doc["events"][0]["mode"] = "demo"  # PROTEST's mode on a CONSULT event
    assert not validator.is_valid(doc)


def test_schema_version_is_semver() -> None:
    major, minor, patch = schema_version().split(".")
    assert major.isdigit() and minor.isdigit() and patch.isdigit()
