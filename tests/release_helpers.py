"""Small valid documents for the release, tables and PLOVER export tests (built, not copied)."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

from annotate.documents import make_span, new_document, write_document

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "dataset" / "documents" / "000_5451a660fa5f5222.json"

# No test touches the network: datasets and the Hub client must stay offline.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_DATASETS_OFFLINE", "1")


def span(text: str, sub: str, nth: int = 0) -> dict[str, Any]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(sub, start + 1)
    return make_span(text, start, start + len(sub))


def small_document(doc_id: str, place: str = "Istanbul", *, stances: bool = True, conditions: bool = True) -> dict[str, Any]:
    """Russia and Ukraine meet in <place>; a small but complete document (all layers)."""
    text = f"Russia and Ukraine held talks in {place} on May 16. If Russia refuses a ceasefire, the EU will impose sanctions."
    doc = new_document(doc_id, text, {"published": "2025-05-18", "language": "en", "license": "CC-BY-4.0"})
    doc["actors"] = [
        {"id": "A1", "name": "Russia", "kind": "government", "country": "RUS", "mentions": [span(text, "Russia"), span(text, "Russia", 1)]},
        {"id": "A2", "name": "Ukraine", "kind": "government", "country": "UKR", "wikidata": "Q212", "mentions": [span(text, "Ukraine")]},
        {"id": "A3", "name": "European Union", "kind": "igo", "country": None, "mentions": [span(text, "the EU")]},
    ]
    doc["events"] = [
        {"id": "E1", "type": "CONSULT", "mode": "third-party", "context": ["diplomatic"], "trigger": span(text, "talks"), "actors": ["A1", "A2"], "recipients": [], "status": "occurred",
         "time": {"span": span(text, "May 16"), "value": "2025-05-16"}, "location": {"span": span(text, place), "name": place, "country": "TUR"}, "instance": "talks"},
        {"id": "E2", "type": "REJECT", "mode": "yield", "trigger": span(text, "refuses"), "actors": ["A1"], "recipients": [], "status": "hypothetical"},
        {"id": "E3", "type": "SANCTION", "trigger": span(text, "sanctions"), "actors": ["A3"], "recipients": ["A1"], "status": "hypothetical"},
    ]
    if stances:
        doc["stances"] = [{"id": "S1", "holder": "A3", "target": {"event": "E3"}, "polarity": "support", "evidence": span(text, "will impose")}]
    if conditions:
        doc["conditions"] = [{"id": "C1", "kind": "if", "cue": span(text, "If"), "antecedent": ["E2"], "consequent": ["E3"], "stated_by": None}]
    return doc


def write_docs(folder: Path, docs: list[dict[str, Any]]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for doc in docs:
        write_document(doc, folder)
    return folder


def copy_gold(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(GOLD, folder / GOLD.name)
    return folder


def load_json(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))
