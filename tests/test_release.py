"""`annotate release`: validated, deterministic, atomic, versioned, loadable offline."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner
from datasets import load_dataset, load_dataset_builder
from release_helpers import GOLD, copy_gold, load_json, small_document, write_docs

from annotate import card as card_module
from annotate import release as release_module
from annotate.cli import main
from annotate.errors import DataError
from annotate.release import data_path, release, verify_checksums
from annotate.tables import CONFIGS, FEATURES


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, check=True).stdout.strip()


def _codes(exc: pytest.ExceptionInfo[DataError]) -> list[str]:
    return [i.code for i in exc.value.issues]


def _load(folder: Path, config: str, cache: Path):
    return load_dataset(str(folder), config, split="train", cache_dir=str(cache))


@pytest.fixture
def gold_dir(tmp_path: Path) -> Path:
    return copy_gold(tmp_path / "documents")


def test_release_of_the_gold_document_is_tagged_and_every_config_loads_with_matching_counts(tmp_path: Path, gold_dir: Path) -> None:
    out = tmp_path / "release"
    result = release(gold_dir, "0.1.0", out)
    assert _git(out, "tag", "--list") == "v0.1.0"
    assert _git(out, "rev-parse", "v0.1.0^{commit}") == result.commit
    assert _git(out, "status", "--porcelain") == ""
    doc = load_json(GOLD)
    expected = {"documents": 1, "events": len(doc["events"]), "actors": len(doc["actors"]), "stances": len(doc["stances"]), "conditions": len(doc["conditions"])}
    assert result.counts == expected
    for config in CONFIGS:
        ds = _load(out, config, tmp_path / "cache")
        assert ds.num_rows == expected[config], config
        assert ds.features == FEATURES[config], config
    events = _load(out, "events", tmp_path / "cache")
    assert events[0]["document_id"] == doc["id"] and events[0]["trigger_text"] == doc["events"][0]["trigger"]["text"]


def test_the_release_folder_has_card_datasheet_changelog_schema_and_valid_checksums(tmp_path: Path, gold_dir: Path) -> None:
    out = tmp_path / "release"
    release(gold_dir, "0.1.0", out)
    card = (out / "README.md").read_text(encoding="utf-8")
    header = card.split("---")[1]
    for key in ("configs:", "dataset_info:", "license:", "language:", "size_categories:", "task_categories:", "pretty_name:", "annotations_creators:"):
        assert key in header, key
    for config in CONFIGS:
        assert f"config_name: {config}" in header
    assert "guidelines.md" in card and "DATASHEET.md" in card
    assert (out / "guidelines.md").read_text(encoding="utf-8").strip() != ""
    assert (out / "DATASHEET.md").is_file() and (out / "schema" / "document.schema.json").is_file()
    changelog = (out / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "## v0.1.0" in changelog and "events 43" in changelog
    assert verify_checksums(out) == []
    (out / "guidelines.md").write_text("tampered\n", encoding="utf-8")
    assert verify_checksums(out) == ["guidelines.md"]


def test_same_inputs_give_byte_identical_parquet_and_card(tmp_path: Path, gold_dir: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    release(gold_dir, "0.1.0", a)
    release(gold_dir, "0.1.0", b)
    for name in [data_path(c) for c in CONFIGS] + ["README.md", "CHANGELOG.md", "SHA256SUMS", "release.json"]:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name
    # and no wall-clock time hides in the parquet metadata
    meta = pq.read_metadata(a / data_path("events")).metadata or {}
    assert set(meta) == {b"huggingface", b"ARROW:schema"}


def test_a_repeated_or_lower_or_malformed_version_is_refused_and_nothing_changes(tmp_path: Path, gold_dir: Path) -> None:
    out = tmp_path / "release"
    release(gold_dir, "0.2.0", out)
    head = _git(out, "rev-parse", "HEAD")
    with pytest.raises(DataError) as exists:
        release(gold_dir, "0.2.0", out)
    assert _codes(exists) == ["AN703"]
    with pytest.raises(DataError) as lower:
        release(gold_dir, "0.1.9", out)
    assert _codes(lower) == ["AN704"]
    for bad in ("v0.3.0", "0.3", "0.3.0-rc1", "01.2.3"):
        with pytest.raises(DataError) as malformed:
            release(gold_dir, bad, out)
        assert _codes(malformed) == ["AN702"]
    assert _git(out, "rev-parse", "HEAD") == head and _git(out, "tag", "--list") == "v0.2.0"


def test_invalid_documents_are_refused_with_the_validators_errors_and_nothing_is_written(tmp_path: Path) -> None:
    docs = tmp_path / "documents"
    bad = small_document("bad-doc")
    bad["events"][0]["trigger"]["text"] = "tlaks"  # span text no longer matches the article
    write_docs(docs, [small_document("good-doc", "Geneva"), bad])
    out = tmp_path / "release"
    with pytest.raises(DataError) as exc:
        release(docs, "0.1.0", out)
    codes = _codes(exc)
    assert codes[0] == "AN701" and "AN306" in codes
    assert not out.exists()
    assert not list(tmp_path.glob(".release.release-*"))  # no staging left behind


def test_a_second_release_adds_a_commit_a_tag_and_a_changelog_entry_and_the_first_stays_loadable(tmp_path: Path) -> None:
    docs = write_docs(tmp_path / "documents", [small_document("doc-a", "Istanbul")])
    out = tmp_path / "release"
    release(docs, "0.1.0", out)
    write_docs(docs, [small_document("doc-b", "Geneva")])
    second = release(docs, "0.2.0", out)
    assert _git(out, "tag", "--list").split() == ["v0.1.0", "v0.2.0"]
    changelog = (out / "CHANGELOG.md").read_text(encoding="utf-8")
    assert changelog.index("## v0.2.0") < changelog.index("## v0.1.0")
    assert "1 document(s) added: doc-b" in changelog and "events +3" in changelog
    assert second.counts["documents"] == 2
    assert _load(out, "documents", tmp_path / "c2").num_rows == 2
    # the documented way to read an older release from the local repository: check out its tag
    old = tmp_path / "old"
    subprocess.run(["git", "clone", "--quiet", "--branch", "v0.1.0", str(out), str(old)], check=True, capture_output=True)
    assert _load(old, "documents", tmp_path / "c1").num_rows == 1


def test_a_failure_while_building_leaves_the_repository_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    docs = write_docs(tmp_path / "documents", [small_document("doc-a")])
    out = tmp_path / "release"
    release(docs, "0.1.0", out)
    before = (_git(out, "rev-parse", "HEAD"), sorted(p.name for p in out.rglob("*") if ".git" not in p.parts))
    write_docs(docs, [small_document("doc-b", "Geneva")])

    def broken(**_: object) -> str:
        raise OSError("disk full")

    monkeypatch.setattr(release_module, "render_card", broken)
    with pytest.raises(OSError):
        release(docs, "0.2.0", out)
    assert (_git(out, "rev-parse", "HEAD"), sorted(p.name for p in out.rglob("*") if ".git" not in p.parts)) == before
    assert _git(out, "tag", "--list") == "v0.1.0" and _git(out, "status", "--porcelain") == ""
    assert not list(tmp_path.glob(".release.release-*"))
    monkeypatch.setattr(release_module, "render_card", card_module.render_card)
    release(docs, "0.2.0", out)  # and the same release then succeeds


def test_a_dirty_release_repository_is_refused(tmp_path: Path) -> None:
    docs = write_docs(tmp_path / "documents", [small_document("doc-a")])
    out = tmp_path / "release"
    release(docs, "0.1.0", out)
    (out / "notes.txt").write_text("uncommitted\n", encoding="utf-8")
    with pytest.raises(DataError) as exc:
        release(docs, "0.2.0", out)
    assert _codes(exc) == ["AN706"]


def test_an_empty_layer_keeps_its_declared_types(tmp_path: Path) -> None:
    docs = write_docs(tmp_path / "documents", [small_document("doc-a", stances=False)])
    out = tmp_path / "release"
    result = release(docs, "0.1.0", out)
    assert result.counts["stances"] == 0
    assert "Empty in this release: `stances`" in (out / "README.md").read_text(encoding="utf-8")
    schema = pq.read_schema(out / data_path("stances"))
    assert schema.names == list(FEATURES["stances"])
    builder = load_dataset_builder(str(out), "stances", cache_dir=str(tmp_path / "cache"))
    assert builder.info.features == FEATURES["stances"]
    streamed = load_dataset(str(out), "stances", split="train", streaming=True)
    assert streamed.features == FEATURES["stances"] and list(streamed) == []


def test_dry_run_lists_the_files_and_writes_nothing(tmp_path: Path, gold_dir: Path) -> None:
    out = tmp_path / "release"
    result = release(gold_dir, "0.1.0", out, repo_id="org/name", dry_run=True)
    names = [n for n, _ in result.files]
    assert "README.md" in names and data_path("events") in names and "SHA256SUMS" in names
    assert not out.exists() and result.commit is None and result.hub_url is None


def test_cli_release_dry_run_and_real_run(tmp_path: Path, gold_dir: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "release"
    dry = runner.invoke(main, ["release", "--version", "0.1.0", "--documents", str(gold_dir), "--out", str(out), "--repo-id", "org/name", "--dry-run"], env={"HF_TOKEN": ""})
    assert dry.exit_code == 0, dry.output
    assert "data/events/train-00000-of-00001.parquet" in dry.output and not out.exists()
    real = runner.invoke(main, ["release", "--version", "0.1.0", "--documents", str(gold_dir), "--out", str(out)])
    assert real.exit_code == 0, real.output
    assert "released v0.1.0" in real.output
    again = runner.invoke(main, ["release", "--version", "0.1.0", "--documents", str(gold_dir), "--out", str(out)])
    assert again.exit_code == 1 and "AN703" in again.output and "Traceback" not in again.output


def test_cli_upload_without_a_token_is_refused_before_anything_is_written(tmp_path: Path, gold_dir: Path) -> None:
    out = tmp_path / "release"
    result = CliRunner().invoke(main, ["release", "--version", "0.1.0", "--documents", str(gold_dir), "--out", str(out), "--repo-id", "org/name"], env={"HF_TOKEN": ""})
    assert result.exit_code == 1
    assert "AN707" in result.output and "HF_TOKEN" in result.output
    assert not out.exists()


def test_cli_refuses_invalid_documents_with_located_errors(tmp_path: Path) -> None:
    docs = tmp_path / "documents"
    bad = small_document("bad-doc")
    bad["conditions"][0]["antecedent"] = ["E9"]
    write_docs(docs, [bad])
    result = CliRunner().invoke(main, ["release", "--version", "0.1.0", "--documents", str(docs), "--out", str(tmp_path / "r")])
    assert result.exit_code == 1
    assert "AN701" in result.output and "AN303" in result.output and "$.conditions[0].antecedent[0]" in result.output
    assert not (tmp_path / "r").exists()
