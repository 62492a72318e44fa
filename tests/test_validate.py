"""`annotate validate`: each error code with its example, output formats, exit codes, bad input."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotate import errors as E
from annotate.cli import main
from annotate.validate import validate_document, validate_paths

EXAMPLES = Path(__file__).resolve().parent / "examples"
INVALID_CASES = sorted(p for p in (EXAMPLES / "invalid").iterdir() if p.is_dir())
# Codes whose negative cases are built in a test rather than shipped as example files.
CODES_TESTED_ELSEWHERE = {"AN101": "test_missing_path_is_a_located_error", "AN106": "test_file_over_the_size_limit_is_refused_without_reading_it",
                          "AN110": "test_ingest.py", "AN111": "test_ingest.py", "AN403": "test_ingest.py"}


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def expected_of(case: Path) -> list[tuple[str, str]]:
    return [tuple(line.split(" ", 1)) for line in (case / "expected.txt").read_text(encoding="utf-8").splitlines()]  # type: ignore[misc]


def case_inputs(case: Path) -> list[str]:
    return sorted(str(p) for p in case.rglob("*") if p.is_file() and p.name != "expected.txt")


def test_valid_examples_pass() -> None:
    code, out, _ = run("validate", str(EXAMPLES / "valid"))
    assert code == 0, out
    assert "2 documents checked" in out


@pytest.mark.parametrize("case", INVALID_CASES, ids=[c.name for c in INVALID_CASES])
def test_each_invalid_example_reports_exactly_its_code_and_path(case: Path) -> None:
    code, out, _ = run("validate", "--format", "json", *case_inputs(case))
    assert code == 1
    report = json.loads(out)
    got = sorted((e["code"], e["path"]) for e in report["errors"])
    assert got == sorted(expected_of(case))
    for err in report["errors"]:
        assert err["file"] and err["message"] and err["fix"] and err["name"] == E.BY_CODE[err["code"]].name


def test_every_data_error_code_has_a_negative_example() -> None:
    covered = {expected_of(c)[0][0] for c in INVALID_CASES} | set(CODES_TESTED_ELSEWHERE)
    mine = {e.code for e in E.CATALOG if e.code[2] in "1234"}
    assert mine <= covered, f"codes without a negative example: {sorted(mine - covered)}"


def test_codes_are_unique_and_stable_in_form() -> None:
    codes = [e.code for e in E.CATALOG]
    names = [e.name for e in E.CATALOG]
    assert len(codes) == len(set(codes)) and len(names) == len(set(names))
    assert all(c.startswith("AN") and len(c) == 5 and c[2:].isdigit() for c in codes)


def test_text_output_names_file_path_code_and_fix() -> None:
    case = EXAMPLES / "invalid" / "AN304-span-out-of-bounds"
    code, out, _ = run("validate", str(case))
    assert code == 1
    line = out.splitlines()[0]
    assert line.startswith(str(case / "example-berlin-aid.json") + ":185:16: $.events[3].trigger.end: AN304 span-out-of-bounds:")
    assert "fix:" in out and "1 error in 1 of 1 file" in out


def test_github_output_is_a_workflow_error_annotation() -> None:
    case = EXAMPLES / "invalid" / "AN104-json-syntax"
    code, out, _ = run("validate", "--format", "github", str(case))
    assert code == 1
    first = out.splitlines()[0]
    assert first.startswith("::error file=") and "line=1" in first and "title=AN104 json-syntax::" in first


def test_keeps_going_past_a_bad_file_and_counts() -> None:
    inputs = [*case_inputs(EXAMPLES / "invalid" / "AN104-json-syntax"), str(EXAMPLES / "valid"), *case_inputs(EXAMPLES / "invalid" / "AN302-unknown-actor")]
    code, out, _ = run("validate", "--format", "json", *inputs)
    report = json.loads(out)
    assert code == 1 and report["files"] == 4 and report["documents"] == 3
    # the AN302 case is a copy of a valid example, so the cross-file checks fire too
    assert {e["code"] for e in report["errors"]} == {"AN104", "AN302", "AN401", "AN402"}


def test_jsonl_records_are_located_by_line(tmp_path: Path) -> None:
    good = json.loads((EXAMPLES / "valid" / "example-berlin-aid.json").read_text(encoding="utf-8"))
    bad = {**good, "id": "second", "text": good["text"] + " More.", "events": [{**good["events"][0], "status": "maybe"}, *good["events"][1:]]}
    path = tmp_path / "batch.jsonl"
    path.write_text(json.dumps(good) + "\n\n" + json.dumps(bad) + "\n{broken\n", encoding="utf-8")
    code, out, _ = run("validate", "--format", "json", str(path))
    report = json.loads(out)
    assert code == 1 and report["documents"] == 2
    got = sorted((e["code"], e["path"], e["line"]) for e in report["errors"])
    assert got == [("AN104", "$", 4), ("AN204", "$.events[0].status", 3)]


def test_annotators_versions_of_one_task_share_their_text_but_copies_do_not(tmp_path: Path) -> None:
    good = json.loads((EXAMPLES / "valid" / "example-berlin-aid.json").read_text(encoding="utf-8"))

    def version(doc_id: str, task: int, annotation: int) -> dict:
        prov = {"origin": "corrected", "annotators": [f"a{annotation}@example.org"], "labelstudio": {"project": 3, "task": task, "annotation": annotation}}
        return {**good, "id": doc_id, "provenance": prov}

    folder = tmp_path / "pulled"
    folder.mkdir()
    for doc in (version("berlin--11", 7, 11), version("berlin--12", 7, 12)):
        (folder / f"{doc['id']}.json").write_text(json.dumps(doc, indent=2), encoding="utf-8")
    code, out, _ = run("validate", "--format", "json", str(folder))
    assert code == 0, out
    # The same text under another task, or with no task at all, is still a duplicate.
    other = version("berlin--13", 8, 13)
    (folder / "berlin--13.json").write_text(json.dumps(other, indent=2), encoding="utf-8")
    plain = {**good, "id": "zz-copy"}
    (folder / "zz-copy.json").write_text(json.dumps(plain, indent=2), encoding="utf-8")
    code, out, _ = run("validate", "--format", "json", str(folder))
    flagged = sorted(Path(e["file"]).name for e in json.loads(out)["errors"] if e["code"] == "AN402")
    assert code == 1 and flagged == ["berlin--13.json", "zz-copy.json"]


def test_missing_path_is_a_located_error(tmp_path: Path) -> None:
    code, out, _ = run("validate", "--format", "json", str(tmp_path / "nope.json"))
    assert code == 1 and json.loads(out)["errors"][0]["code"] == "AN101"


def test_file_over_the_size_limit_is_refused_without_reading_it(tmp_path: Path) -> None:
    # 50 MB of junk: refused by size from stat(), so memory stays small and nothing crashes.
    big = tmp_path / "big.json"
    with big.open("wb") as fh:
        fh.write(b'{"text": "')
        chunk = b"x" * (1 << 20)
        for _ in range(50):
            fh.write(chunk)
        fh.write(b'"}')
    out_file = tmp_path / "report.json"
    # The child reports VmHWM, the peak RSS of its own address space since exec (ru_maxrss
    # would include the moment after fork, when the child still shares this big test process).
    probe = (
        "import atexit, re, sys\n"
        "atexit.register(lambda: open(sys.argv[1], 'w').write(re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read()).group(1)))\n"
        "from annotate.cli import main\n"
        "main(sys.argv[2:])\n"
    )
    hwm = tmp_path / "hwm"
    with out_file.open("wb") as fh:
        code = subprocess.run([sys.executable, "-c", probe, str(hwm), "validate", "--workers", "1", "--format", "json", str(big)], stdout=fh).returncode
    peak = int(hwm.read_text())  # KiB
    assert code == 1
    assert json.loads(out_file.read_text())["errors"][0]["code"] == "AN106"
    assert peak < 50 * 1024, f"peak RSS {peak} KiB: the 50 MB file was read"


def test_unsafe_ids_are_rejected(tmp_path: Path) -> None:
    good = json.loads((EXAMPLES / "valid" / "example-berlin-aid.json").read_text(encoding="utf-8"))
    for bad_id in ("../../etc/passwd", "a/b", "Upper", "", ".hidden"):
        problems = validate_document({**good, "id": bad_id})
        assert [p.code for p in problems] == ["AN205"], bad_id
        assert problems[0].path == "$.id"


def test_wrong_types_anywhere_never_raise() -> None:
    # Semantic rules must survive garbage that the schema already reports.
    good = json.loads((EXAMPLES / "valid" / "example-berlin-aid.json").read_text(encoding="utf-8"))
    junk_values = [None, 1, "x", [], {}, [None], {"start": "0"}, True]
    for key in ("actors", "events", "stances", "conditions", "text", "metadata", "provenance"):
        for junk in junk_values:
            problems = validate_document({**good, key: junk})
            assert problems or junk in ([], {}), (key, junk)
    for i in range(len(good["events"])):
        for field in ("trigger", "actors", "time", "location", "mode", "type"):
            for junk in junk_values:
                event = {**good["events"][i], field: junk}
                validate_document({**good, "events": [*good["events"][:i], event, *good["events"][i + 1:]]})


def test_validate_modifies_nothing(tmp_path: Path) -> None:
    target = tmp_path / "data"
    for case in INVALID_CASES[:8] + [EXAMPLES / "valid"]:
        dest = target / case.name
        dest.mkdir(parents=True)
        for f in case.rglob("*"):
            if f.is_file():
                (dest / f.name).write_bytes(f.read_bytes())

    def snapshot() -> dict[str, str]:
        return {str(p): hashlib.sha256(p.read_bytes()).hexdigest() + str(p.stat().st_mtime_ns) for p in sorted(target.rglob("*")) if p.is_file()}

    before = snapshot()
    run("validate", str(target))
    assert snapshot() == before


def test_workers_give_the_same_report_as_one_process() -> None:
    inputs = [str(c) for c in INVALID_CASES] + [str(EXAMPLES / "valid")]
    one = validate_paths(inputs, workers=1)
    two = validate_paths(inputs, workers=2)
    assert [i.to_dict() for i in one.issues] == [i.to_dict() for i in two.issues]
    assert one.documents == two.documents


def test_usage_errors_exit_2() -> None:
    assert run("validate")[0] == 2
    assert run("validate", "--format", "xml", "x.json")[0] == 2


def test_no_documents_found_is_an_error(tmp_path: Path) -> None:
    code, _, err = run("validate", str(tmp_path))
    assert code == 1 and "no .json or .jsonl files" in err


def test_cli_entry_point_runs_as_a_program() -> None:
    # The console script as installed, not just the click object.
    proc = subprocess.run([sys.executable, "-m", "annotate", "validate", str(EXAMPLES / "valid")], capture_output=True, text=True, env={**os.environ})
    assert proc.returncode == 0, proc.stderr


@pytest.mark.parametrize("case", [c for c in INVALID_CASES if c.name.startswith(("AN2", "AN3"))], ids=lambda c: c.name)
def test_errors_point_at_the_line_of_their_json_path(case: Path) -> None:
    # Pull-request annotations land on the offending line, not on line 1.
    code, out, _ = run("validate", "--format", "json", *case_inputs(case))
    for err in json.loads(out)["errors"]:
        lines = Path(err["file"]).read_text(encoding="utf-8").splitlines()
        assert err["line"] is not None and err["column"] is not None
        last = err["path"].rsplit(".", 1)[-1].split("[")[0]
        if err["code"] == "AN202":
            continue  # a missing field points at the object that lacks it
        # an array item sits a line or two below its key
        window = "\n".join(lines[max(0, err["line"] - 3): err["line"]]) if err["path"].endswith("]") else lines[err["line"] - 1]
        assert f'"{last}"' in window, (err, window)


def test_negative_span_is_reported_once() -> None:
    good = json.loads((EXAMPLES / "valid" / "example-berlin-aid.json").read_text(encoding="utf-8"))
    good["events"][0]["trigger"] = {"start": -3, "end": 2, "text": "Fo"}
    problems = validate_document(good)
    assert [(p.code, p.path) for p in problems] == [("AN206", "$.events[0].trigger.start")]
