"""Benchmark `annotate validate` against a plain jsonschema loop, in the same run.

    python scripts/bench_validate.py [--count 10000]

Generates COUNT realistic documents (scripts/synth_documents.py) into a temp folder, then
times (1) `annotate validate DIR` as a user runs it, schema + semantic rules + cross-file
checks, and (2) a plain loop of json.load + jsonschema.Draft202012Validator.iter_errors over
the same files. Prints documents/s for both, the ratio, and the peak RSS of the validate
process at COUNT/5 and COUNT documents to show memory stays flat.
Targets (issue 2): COUNT=10,000 in <= 10 s, >= 5x the plain loop.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import jsonschema

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from annotate.documents import write_document  # noqa: E402
from annotate.schema import load_schema  # noqa: E402
from synth_documents import synth_documents  # noqa: E402


def run_validate(folder: Path) -> tuple[float, float, int]:
    """Seconds, peak RSS (MiB) of the validate process, exit code."""
    cmd = [sys.executable, "-m", "annotate", "validate", str(folder)]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - t0
    out = proc.stdout.read().decode() if proc.stdout else ""
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        print(out[-2000:], file=sys.stderr)
    return elapsed, usage.ru_maxrss / 1024, code


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        small, full = Path(tmp) / "small", Path(tmp) / "full"
        t0 = time.perf_counter()
        for i, doc in enumerate(synth_documents(args.count)):
            write_document(doc, full)
            if i < args.count // 5:
                write_document(doc, small)
        size = sum(p.stat().st_size for p in full.iterdir())
        print(f"generated {args.count} documents ({size / 1e6:.1f} MB) in {time.perf_counter() - t0:.1f} s")

        small_s, small_rss, _ = run_validate(small)
        full_s, full_rss, code = run_validate(full)
        assert code == 0, "generated documents must be valid"

        validator = jsonschema.Draft202012Validator(load_schema())
        t0 = time.perf_counter()
        n_errors = 0
        for path in sorted(full.iterdir()):
            with path.open(encoding="utf-8") as fh:
                n_errors += sum(1 for _ in validator.iter_errors(json.load(fh)))
        plain_s = time.perf_counter() - t0
        assert n_errors == 0

    cores = os.cpu_count()
    print(f"annotate validate     : {args.count} docs in {full_s:6.2f} s = {args.count / full_s:8.0f} docs/s  (schema + semantic rules + cross-file checks, {cores} cores)")
    print(f"plain jsonschema loop : {args.count} docs in {plain_s:6.2f} s = {args.count / plain_s:8.0f} docs/s  (Draft202012Validator.iter_errors, schema only, 1 core)")
    print(f"speed-up              : {plain_s / full_s:.1f}x   (target >= 5x; target time <= 10 s for 10,000)")
    print(f"peak RSS of validate  : {small_rss:.0f} MiB at {args.count // 5} docs, {full_rss:.0f} MiB at {args.count} docs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
