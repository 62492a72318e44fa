"""The contribution checks other repositories use: the PR workflow and the pre-commit hook."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "tests" / "examples"


def test_pull_request_workflow_is_safe_and_validates_the_dataset() -> None:
    wf = yaml.safe_load((ROOT / ".github/workflows/validate-data.yml").read_text(encoding="utf-8"))
    triggers = wf[True] if True in wf else wf["on"]  # YAML 1.1 reads the key `on` as True
    assert "pull_request" in triggers and "pull_request_target" not in triggers
    assert wf["permissions"] == {"contents": "read"}
    steps = wf["jobs"]["validate"]["steps"]
    runs = " ".join(s.get("run", "") for s in steps)
    assert "annotate validate --format github dataset/" in runs
    checkout = next(s for s in steps if s.get("uses", "").startswith("actions/checkout"))
    assert checkout["with"]["persist-credentials"] is False


def test_pre_commit_hook_runs_the_validator_on_matching_files(tmp_path: Path) -> None:
    [hook] = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["language"] == "python"
    pattern = re.compile(hook["files"])
    assert pattern.search("dataset/documents/abc.json") and not pattern.search("package.json")
    entry = shlex.split(hook["entry"])
    assert entry[0] == "annotate"
    # pre-commit appends the staged file names to the entry; run it the same way.
    cmd = [sys.executable, "-m", "annotate", *entry[1:]]
    good = subprocess.run([*cmd, str(EXAMPLES / "valid" / "example-berlin-aid.json")], capture_output=True, text=True)
    bad = subprocess.run([*cmd, str(EXAMPLES / "invalid" / "AN306-span-text-mismatch" / "example-berlin-aid.json")], capture_output=True, text=True)
    assert good.returncode == 0, good.stdout + good.stderr
    assert bad.returncode == 1 and "AN306" in bad.stdout


def test_the_project_dataset_is_valid() -> None:
    proc = subprocess.run([sys.executable, "-m", "annotate", "validate", str(ROOT / "dataset")], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_readme_starts_with_the_two_commands_and_ci_runs_the_test_one() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    first_section = readme.split("\n## ", 2)[1]
    commands = re.findall(r"^(bash \S+.*)$", first_section, flags=re.M)
    assert commands == ["bash scripts/main.sh", "bash scripts/test.sh"]
    assert "scripts/test.sh" in (ROOT / ".ci/run").read_text(encoding="utf-8")
