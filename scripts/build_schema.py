"""Regenerate the PLOVER vocabularies inside schema/document.schema.json from schema/plover/ontology.json.

The ontology is the single source of event types, modes and contexts; the schema's
`$defs/EventType`, `Mode`, `Context` and `ModeByType` are derived from it.

    python scripts/build_schema.py          # rewrite the schema in place
    python scripts/build_schema.py --check  # exit 1 if the schema is out of date
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from annotate.schema import SCHEMA_PATH, render_schema  # noqa: E402


def main(argv: list[str]) -> int:
    rendered = render_schema()
    current = SCHEMA_PATH.read_text(encoding="utf-8")
    if "--check" in argv:
        if current != rendered:
            print(f"{SCHEMA_PATH}: out of date with schema/plover/ontology.json; run python scripts/build_schema.py")
            return 1
        return 0
    SCHEMA_PATH.write_text(rendered, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
