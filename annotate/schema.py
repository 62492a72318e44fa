"""The document JSON Schema and the PLOVER ontology it is derived from.

schema/ at the repository root is the single source; a built wheel carries a copy under
annotate/_schema (see pyproject.toml), so both editable and normal installs find it.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any


def _schema_dir() -> Path:
    packaged = Path(__file__).resolve().parent / "_schema"
    if (packaged / "document.schema.json").is_file():
        return packaged
    return Path(__file__).resolve().parents[1] / "schema"


SCHEMA_DIR: Path = _schema_dir()
SCHEMA_PATH: Path = SCHEMA_DIR / "document.schema.json"
ONTOLOGY_PATH: Path = SCHEMA_DIR / "plover" / "ontology.json"

EVENT_TYPE_OTHER = "OTHER"


@lru_cache(maxsize=1)
def load_schema() -> dict[str, Any]:
    """The document schema as a dict (cached; do not mutate)."""
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def load_ontology() -> dict[str, Any]:
    """PLOVER categories, modes, contexts and the legacy category map."""
    return json.loads(ONTOLOGY_PATH.read_text(encoding="utf-8"))


def schema_version() -> str:
    """The version documents written by this package carry."""
    return str(load_schema()["x-schema-version"])


def event_types() -> list[str]:
    return [*load_ontology()["categories"], EVENT_TYPE_OTHER]


def modes_by_type() -> dict[str, list[str]]:
    cats = load_ontology()["categories"]
    return {**{name: list(c["modes"]) for name, c in cats.items()}, EVENT_TYPE_OTHER: []}


def contexts() -> list[str]:
    return list(load_ontology()["contexts"])


def legacy_category_map() -> dict[str, str]:
    return dict(load_ontology()["gsr_legacy_category_map"])


def render_schema() -> str:
    """The schema text with its PLOVER `$defs` regenerated from the ontology."""
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    by_type = modes_by_type()
    all_modes = sorted({m for modes in by_type.values() for m in modes})
    defs = schema["$defs"]
    defs["EventType"] = {
        "description": "PLOVER event category, or OTHER for a political event outside the 16 categories.",
        "enum": event_types(),
    }
    defs["Mode"] = {"description": "A PLOVER mode, or null; it must belong to the event's type.", "enum": [*all_modes, None]}
    defs["Context"] = {"description": "PLOVER context.", "enum": contexts()}
    defs["ModeByType"] = {
        "description": "Generated from schema/plover/ontology.json: the modes allowed for each event type.",
        "allOf": [
            {
                "if": {"properties": {"type": {"const": name}}, "required": ["type"]},
                "then": {"properties": {"mode": {"enum": [*modes, None]}}},
            }
            for name, modes in by_type.items()
        ],
    }
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
