#!/usr/bin/env python3
"""Speed and memory of `annotate preannotate`, beside spaCy's blank English tokenizer (the floor).

    .venv/bin/python scripts/bench_preannotate.py [--articles 2000]

Articles of about 4 KB are composed (deterministically) from our own passages and the
gsr-dev sentences. Prints articles/s for 1 worker and for --workers 2 (through the library
entry point the CLI uses, writing documents to a temporary folder), spaCy blank("en") over the
same texts, and peak RSS of a child process pre-annotating N and 4N articles (flat memory:
documents are streamed, never held all at once). Needs `pip install -e '.[bench]'` for spaCy.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def compose(n: int, seed: int = 7) -> list[dict]:
    from annotate.documents import iter_input_documents

    pieces = [d["text"] for d in iter_input_documents([ROOT / "tests/data/passages/gold"])]
    gsr = [r["text"] for r in json.loads((ROOT / "tests/data/plover/gsr-dev.json").read_text()) if isinstance(r.get("text"), str)]
    rng = random.Random(seed)
    out = []
    for i in range(n):
        parts: list[str] = []
        while sum(len(p) + 2 for p in parts) < 4000:
            parts.append(rng.choice(pieces) if rng.random() < 0.4 else " ".join(rng.sample(gsr, 3)))
        out.append({"id": f"bench-{i:05d}", "text": "\n\n".join(parts), "metadata": {"published": "2024-05-16", "language": "en"}})
    return out


def write_jsonl(records: list[dict], path: Path) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


def run_preannotate(inp: Path, workers: int) -> tuple[float, float]:
    """(wall seconds, this process's CPU seconds) of one run."""
    from annotate.preannotate import preannotate

    with tempfile.TemporaryDirectory() as out:
        t, c = time.perf_counter(), time.process_time()
        preannotate([inp], out, workers=workers)
        return time.perf_counter() - t, time.process_time() - c


def peak_rss_child(inp: Path) -> int:
    """Peak RSS (KiB) of a fresh process that pre-annotates inp."""
    code = (
        "import sys, tempfile, resource; sys.path.insert(0, %r)\n"
        "from annotate.preannotate import preannotate\n"
        "with tempfile.TemporaryDirectory() as o: preannotate([%r], o)\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
    ) % (str(ROOT), str(inp))
    return int(subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout.strip())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--articles", type=int, default=2000)
    args = ap.parse_args()
    n = args.articles
    load_before = os.getloadavg()[0]  # the machine is shared: say how busy it was
    records = compose(n)
    kb = sum(len(r["text"].encode()) for r in records) / n / 1024
    with tempfile.TemporaryDirectory() as tmp:
        inp = Path(tmp) / "bench.jsonl"
        write_jsonl(records, inp)
        from annotate.preannotate.resources import lexicon

        lexicon()  # load resources once, as any long run does
        t1, c1 = run_preannotate(inp, 1)
        t2, _ = run_preannotate(inp, 2)
        # core pre-annotation alone (no file I/O, no input checks), with the cyclic GC paused
        # as preannotate() pauses it, so that full minus core is the overhead
        from annotate import gcpause
        from annotate.preannotate.pipeline import preannotate_text

        with gcpause.paused():
            t, c = time.perf_counter(), time.process_time()
            for r in records:
                preannotate_text(r["text"], "2024-05-16")
            tcore, ccore = time.perf_counter() - t, time.process_time() - c
        try:
            import spacy

            nlp = spacy.blank("en")
            t = time.perf_counter()
            for doc in nlp.pipe(r["text"] for r in records):
                pass
            tsp = time.perf_counter() - t
            spacy_line = f"{n / tsp:10.1f} articles/s  spaCy blank('en') tokenizer (floor), 1 process"
        except ImportError:
            spacy_line = "spaCy not installed (pip install -e '.[bench]'): no floor figure"
        load_after = os.getloadavg()[0]
        print(f"{n} articles, {kb:.1f} KB on average; 1-min load average {load_before:.2f} before, {load_after:.2f} after the timed runs on {os.cpu_count()} cores")
        # CPU ms per article beside the 1-process figures: less disturbed by other users' load
        print(f"{n / t1:10.1f} articles/s  annotate preannotate, --workers 1 (read, check, annotate, write); {c1 / n * 1e3:.2f} ms CPU per article")
        print(f"{n / t2:10.1f} articles/s  annotate preannotate, --workers 2")
        print(f"{n / tcore:10.1f} articles/s  pre-annotation core alone (preannotate_text), 1 process; {ccore / n * 1e3:.2f} ms CPU per article")
        print(spacy_line)
        small = Path(tmp) / "small.jsonl"
        big = Path(tmp) / "big.jsonl"
        write_jsonl(records[: max(1, n // 4)], small)
        write_jsonl(records * 2, big)  # ids repeat: write a renamed copy
        write_jsonl([{**r, "id": f"{r['id']}-{k}"} for k in range(2) for r in records], big)
        print(f"peak RSS {peak_rss_child(small) / 1024:8.1f} MiB for {max(1, n // 4)} articles")
        print(f"peak RSS {peak_rss_child(big) / 1024:8.1f} MiB for {2 * n} articles")


if __name__ == "__main__":
    main()
