"""Benchmark the Label Studio round trip against the local server (started if needed).

Pushes N seed-sized documents with predictions, pulls them back (after one annotation per task
is created through the REST API, as the UI would), pushes again unchanged; prints each time
beside a naive loop that creates one task per request (run on a subset and extrapolated when
--naive-sample < N, as the output says). Usage:
    .venv/bin/python scripts/bench_labelstudio.py [--n 10000] [--naive-sample 200]
"""

from __future__ import annotations

import argparse
import copy
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from annotate.documents import load_document  # noqa: E402
from annotate.labelstudio import server, sync  # noqa: E402
from annotate.labelstudio.client import Client, Connection  # noqa: E402
from annotate.labelstudio.convert import document_to_task  # noqa: E402


def make_docs(n: int) -> list[dict]:
    seeds = sorted((ROOT / "dataset" / "documents").glob("*.json"))
    base = load_document(seeds[0])
    docs = []
    for i in range(n):
        d = copy.deepcopy(base)
        d["id"] = f"bench-{i:05d}"
        d["text"] = d["text"] + f"\n#{i}"  # distinct texts; spans stay valid
        docs.append(d)
    return docs


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=10000)
    ap.add_argument("--naive-sample", type=int, default=200)
    args = ap.parse_args()
    home = ROOT / ".labelstudio" / "bench-server"
    state = server.start(home, data_dir=home / "data", venv=ROOT / ".labelstudio" / "venv", timeout=600)
    docs = make_docs(args.n)
    title = f"bench-{uuid.uuid4().hex[:8]}"
    with Client(Connection(state.url, state.token, "bench")) as client:
        t0 = time.perf_counter()
        rep = sync.push(client, docs, title)
        t_push = time.perf_counter() - t0
        assert rep.created == args.n, rep
        # One annotation per task, so pull has n documents to write (setup, not timed).
        t_setup = time.perf_counter()
        for task in client.list_tasks(rep.project, full=True):
            client.create_annotation(task["id"], task["predictions"][0]["result"], parent_prediction=task["predictions"][0]["id"])
        t_setup = time.perf_counter() - t_setup
        with tempfile.TemporaryDirectory() as out:
            t0 = time.perf_counter()
            pr = sync.pull(client, title, out)
            t_pull = time.perf_counter() - t0
        assert len(pr.written) == args.n
        t0 = time.perf_counter()
        rep2 = sync.push(client, docs, title)
        t_repush = time.perf_counter() - t0
        assert rep2.created == 0 and rep2.unchanged == args.n, rep2

        # Baseline: one task (with its prediction) per request, no listing, no batching.
        sample = docs[: min(args.naive_sample, args.n)]
        naive_proj = client.create_project({"title": title + "-naive", **{k: v for k, v in sync.C.project_settings(title).items() if k != "title"}})
        t0 = time.perf_counter()
        for d in sample:
            client.import_tasks(naive_proj["id"], [document_to_task(d)])
        t_naive = (time.perf_counter() - t0) * args.n / len(sample)
    server.stop(home)
    note = "" if len(sample) == args.n else f" (measured on {len(sample)} docs, extrapolated x{args.n / len(sample):.0f})"
    print(f"documents: {args.n} seed-sized ({len(docs[0]['text'])} chars, {len(docs[0]['events'])} events each), Label Studio {server.LABEL_STUDIO_VERSION} on 127.0.0.1, SQLite")
    print(f"push (batched import)        : {t_push:8.1f} s   target <= 60 s")
    print(f"naive one-task-per-request   : {t_naive:8.1f} s{note}")
    print(f"pull ({args.n} documents)       : {t_pull:8.1f} s   target <= 60 s   [annotation setup, untimed: {t_setup:.0f} s]")
    print(f"re-push unchanged            : {t_repush:8.1f} s   target <= 10 s, tasks created: {rep2.created}")


if __name__ == "__main__":
    main()
