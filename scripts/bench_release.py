"""Benchmark `annotate release` on generated documents, beside a naive `Dataset.from_list`.

    .venv/bin/python scripts/bench_release.py [--documents 10000] [--small 2000]

Generates valid seed-sized documents with scripts/synth_documents.py (about 3,500 characters,
20 events, actors with mentions, stances, conditions), then in one run prints:
- the release time (validation + five parquet configs + card + git commit and tag);
- the baseline: `datasets.Dataset.from_list` of the same nested records (types inferred,
  nothing validated, nothing written);
- loading each config back with `load_dataset` (offline);
- peak RSS of a release at two sizes (each in its own process), to show memory stays flat.
Target: 10,000 documents released in <= 30 s.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_DATASETS_OFFLINE", "1")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from annotate.documents import dumps_document  # noqa: E402

sys.path.insert(0, str(ROOT / "scripts"))
from synth_documents import synth_documents  # noqa: E402

def write_corpus(folder: Path, n: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for doc in synth_documents(n):
        (folder / f"{doc['id']}.json").write_text(dumps_document(doc), encoding="utf-8")


def peak_rss_mb() -> float:
    """This process's peak resident set (VmHWM). Unlike ru_maxrss, VmHWM starts afresh at exec,
    so a child does not inherit the high-water mark of the process that started it."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(n: int, work: Path) -> None:
    """Release n documents in this fresh process and print its peak RSS."""
    from annotate.release import release  # imports datasets and pyarrow: part of the baseline

    docs = work / f"docs-{n}"
    base = peak_rss_mb()
    t0 = time.perf_counter()
    release(docs, "1.0.0", work / f"rss-release-{n}")
    print(json.dumps({"n": n, "seconds": time.perf_counter() - t0, "peak_rss_mb": peak_rss_mb(), "rss_before_mb": base}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--small", type=int, default=2_000)
    parser.add_argument("--child", type=int, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--work", type=Path, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        child(args.child, args.work)
        return

    from datasets import Dataset, load_dataset

    from annotate.documents import iter_input_documents
    from annotate.release import release
    from annotate.tables import CONFIGS

    with tempfile.TemporaryDirectory(prefix="bench-release-") as tmp:
        work = Path(tmp)
        n = args.documents
        docs = work / f"docs-{n}"
        t0 = time.perf_counter()
        write_corpus(docs, n)
        print(f"generated {n} documents in {time.perf_counter() - t0:.1f} s ({sum(p.stat().st_size for p in docs.iterdir()) / 1e6:.0f} MB of JSON)")

        t0 = time.perf_counter()
        result = release(docs, "1.0.0", work / "release")
        t_release = time.perf_counter() - t0
        rows = ", ".join(f"{c} {result.counts[c]}" for c in CONFIGS)
        print(f"annotate release ({n} documents; validate + 5 parquet configs + card + git tag): {t_release:.1f} s  [{rows}]")

        t0 = time.perf_counter()
        records = list(iter_input_documents([docs]))
        t_read = time.perf_counter() - t0
        t0 = time.perf_counter()
        naive = Dataset.from_list(records)
        t_naive = time.perf_counter() - t0
        print(f"baseline Dataset.from_list of the same nested records: {t_naive:.1f} s (+ {t_read:.1f} s reading the JSON; types inferred, no validation, no flat tables, nothing written; {naive.num_rows} rows)")
        del naive, records

        cache = work / "cache"
        t_all = 0.0
        for config in CONFIGS:
            t0 = time.perf_counter()
            ds = load_dataset(str(work / "release"), config, split="train", cache_dir=str(cache))
            dt = time.perf_counter() - t0
            t_all += dt
            assert ds.num_rows == result.counts[config], config
            print(f"load_dataset(release, {config!r}): {ds.num_rows} rows in {dt:.1f} s")
        print(f"load_dataset of all five configs: {t_all:.1f} s")
        target = "met" if t_release <= 30 else "MISSED"
        print(f"target: release of {n} documents <= 30 s: {target} ({t_release:.1f} s)")

        write_corpus(work / f"docs-{args.small}", args.small)
        for size in (args.small, n):
            proc = subprocess.run([sys.executable, __file__, "--child", str(size), "--work", str(work)], capture_output=True, text=True, check=False)
            if proc.returncode != 0:
                sys.exit(f"release of {size} documents failed in the child process:\n{proc.stderr[-3000:]}")
            info = json.loads(proc.stdout.strip().splitlines()[-1])
            print(f"peak RSS releasing {info['n']:>6} documents: {info['peak_rss_mb']:.0f} MB (the same process after importing, before the release: {info['rss_before_mb']:.0f} MB; {info['seconds']:.1f} s)")


if __name__ == "__main__":
    main()
