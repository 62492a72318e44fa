"""Write the example documents under tests/examples/ (run once after changing the schema).

valid/: documents that must pass. invalid/<CODE>-<what>/: one case per error code; each
folder holds the file(s) to validate and expected.txt with the exact codes and paths the
validator must report. Decoding cases are written as raw bytes.

    python tests/examples/build_examples.py
"""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path
from typing import Any, Callable

HERE = Path(__file__).resolve().parent

TEXT = (
    "Foreign ministers of Germany and Moldova met in Berlin on Tuesday. "
    "German Foreign Minister Anna Keller said Berlin will send humanitarian aid to Moldova "
    "if the Moldovan parliament approves the reform package. "
    "She welcomed the talks. 🇲🇩 Protesters gathered outside the ministry."
)


def span(s: str, nth: int = 0) -> dict[str, Any]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(s, start + 1)
    return {"start": start, "end": start + len(s), "text": s}


def base() -> dict[str, Any]:
    return {
        "schema_version": "1.0.0",
        "id": "example-berlin-aid",
        "text": TEXT,
        "metadata": {"title": "Berlin pledges aid to Moldova", "source": "Example Wire", "url": "https://example.org/berlin-aid", "published": "2025-03-13", "language": "en", "license": "CC-BY-4.0", "seed_file": None},
        "actors": [
            {"id": "A1", "name": "Anna Keller", "kind": "person", "country": "DEU", "role": "German Foreign Minister", "wikidata": None, "mentions": [span("German Foreign Minister Anna Keller"), span("She")]},
            {"id": "A2", "name": "Germany", "kind": "government", "country": "DEU", "role": None, "mentions": [span("Germany"), span("Berlin", 1)]},
            {"id": "A3", "name": "Moldova", "kind": "government", "country": "MDA", "role": None, "mentions": [span("Moldova"), span("Moldova", 1)]},
            {"id": "A4", "name": "Parliament of Moldova", "kind": "government", "country": "MDA", "mentions": [span("the Moldovan parliament")]},
            {"id": "A5", "name": "protesters", "kind": "group", "country": None, "mentions": [span("Protesters")]},
        ],
        "events": [
            {"id": "E1", "type": "CONSULT", "mode": None, "context": ["diplomatic"], "trigger": span("met"), "actors": ["A2"], "recipients": ["A3"], "status": "occurred", "time": {"span": span("on Tuesday"), "value": "2025-03-11"}, "location": {"span": span("in Berlin"), "name": "Berlin", "country": "DEU"}, "reported_by": None, "instance": None},
            {"id": "E2", "type": "AID", "mode": None, "context": ["human_security"], "trigger": span("send"), "actors": ["A2"], "recipients": ["A3"], "status": "hypothetical", "reported_by": "A1"},
            {"id": "E3", "type": "AGREE", "mode": None, "context": [], "trigger": span("approves"), "actors": ["A4"], "recipients": [], "status": "hypothetical", "reported_by": "A1"},
            {"id": "E4", "type": "PROTEST", "mode": "demo", "context": [], "trigger": span("gathered"), "actors": ["A5"], "recipients": [], "status": "occurred", "confidence": 0.7},
        ],
        "stances": [
            {"id": "S1", "holder": "A1", "target": {"event": "E1"}, "polarity": "support", "evidence": span("welcomed")},
        ],
        "conditions": [
            {"id": "C1", "kind": "if", "cue": span("if"), "antecedent": ["E3"], "consequent": ["E2"], "stated_by": "A1"},
        ],
        "provenance": {"origin": "manual", "annotators": ["example"], "preannotator": None, "created": "2025-03-13", "modified": None, "labelstudio": None},
    }


Mut = Callable[[dict[str, Any]], Any]


def setp(path: str, value: Any) -> Mut:
    def mutate(doc: dict[str, Any]) -> None:
        *parents, last = _parts(path)
        target: Any = doc
        for p in parents:
            target = target[p]
        target[last] = value
    return mutate


def delp(path: str) -> Mut:
    def mutate(doc: dict[str, Any]) -> None:
        *parents, last = _parts(path)
        target: Any = doc
        for p in parents:
            target = target[p]
        del target[last]
    return mutate


def _parts(path: str) -> list[str | int]:
    out: list[str | int] = []
    for chunk in path.replace("]", "").replace("[", ".").split("."):
        if chunk:
            out.append(int(chunk) if chunk.isdigit() else chunk)
    return out


# (folder name, mutation, expected [(code, path)])
DOC_CASES: list[tuple[str, Mut, list[tuple[str, str]]]] = [
    ("AN201-wrong-type", setp("events.0.actors", "A2"), [("AN201", "$.events[0].actors")]),
    ("AN202-missing-field", delp("events.1.status"), [("AN202", "$.events[1].status")]),
    ("AN203-unknown-field", setp("actors.0.nmae", "Keller"), [("AN203", "$.actors[0].nmae")]),
    ("AN204-value-not-allowed", setp("events.0.status", "happened"), [("AN204", "$.events[0].status")]),
    ("AN205-bad-format", setp("actors.1.country", "DE"), [("AN205", "$.actors[1].country")]),
    ("AN206-out-of-range", setp("events.3.confidence", 1.5), [("AN206", "$.events[3].confidence")]),
    ("AN207-schema-violation", setp("stances.0.target", {"event": "E1", "actor": "A2"}), [("AN207", "$.stances[0].target")]),
    ("AN207-schema-violation-repeated-context", setp("events.0.context", ["diplomatic", "diplomatic"]), [("AN207", "$.events[0].context")]),
    ("AN208-unsupported-schema-version", setp("schema_version", "2.0.0"), [("AN208", "$.schema_version")]),
    ("AN301-duplicate-id", lambda d: d["stances"].append({**d["stances"][0], "polarity": "neutral"}), [("AN301", "$.stances[1].id")]),
    ("AN302-unknown-actor", setp("events.0.recipients", ["A9"]), [("AN302", "$.events[0].recipients[0]")]),
    ("AN303-unknown-event", setp("conditions.0.consequent", ["E7"]), [("AN303", "$.conditions[0].consequent[0]")]),
    ("AN304-span-out-of-bounds", setp("events.3.trigger", {"start": len(TEXT) - 2, "end": len(TEXT) + 5, "text": "y."}), [("AN304", "$.events[3].trigger.end")]),
    ("AN305-span-empty", setp("events.0.trigger", {"start": 70, "end": 70, "text": "x"}), [("AN305", "$.events[0].trigger.end")]),
    ("AN306-span-text-mismatch", setp("actors.0.mentions.1.text", "Her"), [("AN306", "$.actors[0].mentions[1].text")]),
    ("AN307-mode-not-of-type", setp("events.0.mode", "demo"), [("AN307", "$.events[0].mode")]),
    ("AN308-condition-overlap", setp("conditions.0.consequent", ["E3"]), [("AN308", "$.conditions[0].consequent[0]")]),
    ("AN309-id-not-filename", setp("id", "another-id"), [("AN309", "$.id")]),
]


def write_json(path: Path, doc: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def write_expected(folder: Path, expected: list[tuple[str, str]]) -> None:
    # Not .json, so that validating the folder checks only the case's documents.
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "expected.txt").write_text("".join(f"{c} {p}\n" for c, p in expected), encoding="utf-8")


def main() -> None:
    for sub in ("valid", "invalid"):
        shutil.rmtree(HERE / sub, ignore_errors=True)
    good = base()
    write_json(HERE / "valid" / f"{good['id']}.json", good)
    minimal = {"schema_version": "1.0.0", "id": "example-minimal", "text": "Nothing happened.", "metadata": {}, "actors": [], "events": [], "stances": [], "conditions": [], "provenance": {"origin": "preannotated"}}
    write_json(HERE / "valid" / "example-minimal.json", minimal)

    for name, mutate, expected in DOC_CASES:
        doc = copy.deepcopy(good)
        mutate(doc)
        folder = HERE / "invalid" / name
        file_id = good["id"] if name.startswith("AN309") else doc["id"]
        write_json(folder / f"{file_id}.json", doc)
        write_expected(folder, expected)

    raw_cases: dict[str, tuple[bytes, list[tuple[str, str]]]] = {
        "AN102-not-utf8": (json.dumps(good, ensure_ascii=False).replace("Keller", "K\udce9ller").encode("utf-8", "surrogateescape"), [("AN102", "$")]),
        "AN103-byte-order-mark": (b"\xef\xbb\xbf" + json.dumps(good).encode(), [("AN103", "$")]),
        "AN104-json-syntax": (json.dumps(good).encode()[:500], [("AN104", "$")]),
        "AN105-duplicate-key": (json.dumps(good).replace('"status": "occurred"', '"status": "occurred", "status": "planned"', 1).encode(), [("AN105", "$.events[0].status")]),
        "AN107-too-deep": (json.dumps({**good, "metadata": {"title": "x"}}).replace('"title": "x"', '"title": ' + "[" * 5000 + "]" * 5000).encode(), [("AN107", "$")]),
        "AN108-not-an-object": (json.dumps([good]).encode(), [("AN108", "$")]),
    }
    for name, (data, expected) in raw_cases.items():
        folder = HERE / "invalid" / name
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{good['id']}.json").write_bytes(data)
        write_expected(folder, expected)

    # Dataset-level cases: two files.
    folder = HERE / "invalid" / "AN401-duplicate-document-id"
    other = copy.deepcopy(good)
    other["text"] = TEXT.replace("outside the ministry.", "outside the chancery.")  # after every span
    write_json(folder / "a" / f"{good['id']}.json", good)
    write_json(folder / "b" / f"{good['id']}.json", other)
    write_expected(folder, [("AN401", "$.id")])
    folder = HERE / "invalid" / "AN402-duplicate-text"
    copy_doc = copy.deepcopy(good)
    copy_doc["id"] = "example-berlin-aid-copy"
    write_json(folder / f"{good['id']}.json", good)
    write_json(folder / f"{copy_doc['id']}.json", copy_doc)
    write_expected(folder, [("AN402", "$.text")])
    # Files that are not documents.
    folder = HERE / "invalid" / "AN109-unsupported-file"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "notes.txt").write_text("not a document\n", encoding="utf-8")
    write_expected(folder, [("AN109", "$")])


if __name__ == "__main__":
    main()
