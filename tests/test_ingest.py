"""`annotate ingest`: seed text files and .jsonl records become documents, verbatim and safely."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotate.cli import main
from annotate.ingest import derive_id, ingest_file, parse_seed
from annotate.validate import validate_document, validate_paths

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str) -> tuple[int, str, str]:
    r = CliRunner().invoke(main, list(args))
    return r.exit_code, r.stdout, r.stderr


def test_seed_header_becomes_published_and_the_rest_is_kept_verbatim(tmp_path: Path) -> None:
    body = "Talks  resumed\r\nin Doha 🇶🇦 today.\n\n"
    seed = tmp_path / "Some Seed.txt"
    seed.write_text("date 2024-02-29\n" + body, encoding="utf-8", newline="")
    [doc] = ingest_file(seed)
    assert doc["text"] == body
    assert doc["metadata"]["published"] == "2024-02-29"
    assert doc["metadata"]["seed_file"] == "Some Seed.txt"
    assert doc["id"] == "some-seed"
    assert validate_document(doc) == []


def test_header_on_the_same_line_as_the_text() -> None:
    assert parse_seed(" date 2025-05-18 Leaders met.\n", "x.txt") == ("2025-05-18", "Leaders met.\n")


def test_the_project_seed_ingests_to_a_valid_document(tmp_path: Path) -> None:
    [seed] = sorted((ROOT / "seeds").glob("*.txt"))
    code, out, err = run("ingest", str(seed), "--out", str(tmp_path))
    assert code == 0, err
    [written] = list(tmp_path.glob("*.json"))
    doc = json.loads(written.read_text(encoding="utf-8"))
    raw = seed.read_text(encoding="utf-8")
    assert raw.endswith(doc["text"]) and len(doc["text"]) > 1000
    assert validate_paths([tmp_path]).valid


@pytest.mark.parametrize("name,expected", [
    ("000_5451A660", "000_5451a660"),
    ("../../etc/passwd", "etc-passwd"),
    ("a/b\\c", "a-b-c"),
    ("...", None),
    ("Ünïcödé name", "n-c-d-name"),
])
def test_derived_ids_are_safe_and_deterministic(name: str, expected: str | None) -> None:
    got = derive_id(name)
    assert got == derive_id(name)
    assert "/" not in got and ".." not in got and not got.startswith(".")
    if expected is not None:
        assert got == expected
    else:
        assert got.startswith("doc-")


def test_jsonl_records(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    records = [
        {"id": "a-1", "text": "The minister resigned.", "metadata": {"published": "2024-01-02", "source": "Wire"}},
        {"text": "Troops withdrew from the border."},
    ]
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    docs = list(ingest_file(path))
    assert [d["id"] for d in docs][0] == "a-1"
    assert docs[1]["id"].startswith("batch-") and docs[1]["id"] == list(ingest_file(path))[1]["id"]
    assert docs[0]["metadata"]["source"] == "Wire"
    assert all(validate_document(d) == [] for d in docs)


def test_bad_records_are_refused_with_located_errors_and_nothing_written(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text(
        json.dumps({"id": "ok", "text": "Fine."}) + "\n"
        + json.dumps({"id": "../../etc/passwd", "text": "Bad id."}) + "\n"
        + json.dumps({"id": "x", "text": "T", "metadata": {"autor": "me"}}) + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    code, _, err = run("ingest", str(path), "--out", str(out))
    assert code == 1
    assert "batch.jsonl:2: $.id: AN205" in err
    assert "batch.jsonl:3: $.metadata.autor: AN203" in err
    assert not out.exists() or not list(out.iterdir())


def test_missing_header_and_empty_seed(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("No header here.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("date 2025-13-40\nText\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text("date 2025-01-01\n\n", encoding="utf-8")
    code, _, err = run("ingest", str(tmp_path), "--out", str(tmp_path / "out"))
    assert code == 1
    assert "a.txt: $: AN110" in err and "b.txt: $: AN110" in err and "c.txt: $.text: AN111" in err
    assert not (tmp_path / "out").exists()


def test_not_utf8_seed(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"date 2025-01-01\nCaf\xe9\n")
    code, _, err = run("ingest", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out"))
    assert code == 1 and "AN102" in err


def test_existing_documents_are_kept_and_a_changed_text_is_refused(tmp_path: Path) -> None:
    seed = tmp_path / "s.txt"
    seed.write_text("date 2025-01-01\nOriginal text.\n", encoding="utf-8")
    out = tmp_path / "docs"
    assert run("ingest", str(seed), "--out", str(out))[0] == 0
    annotated = json.loads((out / "s.json").read_text(encoding="utf-8"))
    annotated["provenance"]["annotators"] = ["alice"]
    (out / "s.json").write_text(json.dumps(annotated), encoding="utf-8")
    assert run("ingest", str(seed), "--out", str(out))[0] == 0
    assert json.loads((out / "s.json").read_text(encoding="utf-8"))["provenance"]["annotators"] == ["alice"]
    seed.write_text("date 2025-01-01\nEdited text.\n", encoding="utf-8")
    code, _, err = run("ingest", str(seed), "--out", str(out))
    assert code == 1 and "AN403" in err
