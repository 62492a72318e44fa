"""Benchmark the Label Studio round trip against the local server (started if needed).

Timed: push of N seed-sized documents (read from their files, as the CLI does) with predictions
into a new project; pull of N annotated tasks; push again unchanged into the annotated project
(0 tasks created). Each is printed
beside a naive loop that creates one task (with its prediction) per request, run on a sample
and extrapolated when --naive-sample < N (the output says so).

Untimed setup for pull: a second project holds the same documents as tasks (data, prediction)
each with one annotation (the pre-annotation accepted as is), imported in bulk; creating 10,000
annotations one REST call at a time would take the server longer than the whole benchmark.

Push and pull run in child processes so that their peak RSS is their own; --rss-n adds a
smaller run of both to show whether memory grows with N. Usage:
    .venv/bin/python scripts/bench_labelstudio.py [--n 10000] [--naive-sample 200] [--rss-n 2000]
"""

from __future__ import annotations

import argparse
import copy
import multiprocessing as mp
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from annotate.documents import load_document, write_document  # noqa: E402
from annotate.labelstudio import server, sync  # noqa: E402
from annotate.labelstudio.client import Client, Connection  # noqa: E402
from annotate.labelstudio.convert import document_to_prediction, document_to_task, task_data  # noqa: E402


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


def _peak_rss_mb() -> float:
    """This process's own peak RSS (VmHWM of its memory map). Not ru_maxrss: Linux carries that
    across fork and exec, so a spawned child would report its parent's peak (the parent holds
    the generated documents)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM in /proc/self/status")


def _child(job: str, state: server.ServerState, n: int, title: str, folder: str, queue: Any) -> None:
    """One timed push (of the documents in folder) or pull (into folder) in a fresh process;
    reports (seconds, report fields, peak RSS MB)."""
    with Client(Connection(state.url, state.token, "bench")) as client:
        if job == "push":
            # As `annotate labelstudio push DIR` does: documents read from their files (up to three
            # times: fingerprint, validate what is sent, send it), never all in memory at once.
            t0 = time.perf_counter()
            rep: Any = sync.push(client, sync.documents_in([folder]), title)
            dt = time.perf_counter() - t0
            fields = {"created": rep.created, "unchanged": rep.unchanged, "updated": rep.updated, "project": rep.project}
        else:
            t0 = time.perf_counter()
            rep = sync.pull(client, title, folder)
            dt = time.perf_counter() - t0
            fields = {"written": len(rep.written), "project": rep.project}
    queue.put((dt, fields, _peak_rss_mb()))


def run_child(job: str, state: server.ServerState, n: int, title: str, folder: str) -> tuple[float, dict, float]:
    ctx = mp.get_context("spawn")  # a fresh process: its peak RSS is its own work only, not the parent's heap
    queue = ctx.Queue()
    proc = ctx.Process(target=_child, args=(job, state, n, title, folder, queue))
    proc.start()
    result = queue.get()
    proc.join()
    return result


def setup_annotated(client: Client, title: str, n: int, batch: int = 500) -> int:
    """A project of n tasks as push leaves them, each with one annotation (untimed setup)."""
    proj = sync.ensure_project(client, title)
    docs = make_docs(n)
    for i in range(0, n, batch):
        chunk = docs[i:i + batch]
        preds = [document_to_prediction(d) for d in chunk]
        tasks = [{"data": task_data(d), "annotations": [{"result": p["result"], "ground_truth": False, "lead_time": 30.0}]} for d, p in zip(chunk, preds)]
        ids = client.import_tasks(proj["id"], tasks)
        client.import_predictions(proj["id"], [{**p, "task": tid} for p, tid in zip(preds, ids)])
    return int(proj["id"])


def measure(state: server.ServerState, client: Client, n: int) -> dict[str, Any]:
    tag = uuid.uuid4().hex[:8]
    push_title, ann_title = f"bench-{tag}", f"bench-{tag}-annotated"
    r: dict[str, Any] = {}
    files = tempfile.TemporaryDirectory()
    for doc in make_docs(n):  # untimed: the documents as files, like dataset/documents/
        write_document(doc, files.name)
    r["push"], rep, r["push_rss"] = run_child("push", state, n, push_title, files.name)
    assert rep["created"] == n, rep
    t0 = time.perf_counter()
    ann_pid = setup_annotated(client, ann_title, n)
    r["setup"] = time.perf_counter() - t0
    with tempfile.TemporaryDirectory() as tmp:
        r["pull"], rep, r["pull_rss"] = run_child("pull", state, n, ann_title, str(Path(tmp) / "out"))
        assert rep["written"] == n, rep
    r["repush"], rep, r["repush_rss"] = run_child("push", state, n, ann_title, files.name)
    files.cleanup()
    assert rep["created"] == 0 and rep["unchanged"] == n, rep
    r["projects"] = [rep["project"], ann_pid]
    client.request("DELETE", f"/api/projects/{ann_pid}")
    # Label Studio keeps a copy of every GET export under <data>/export (~70 KB per task here).
    for leftover in (Path(state.data_dir) / "export").glob(f"project-{ann_pid}-at-*"):
        leftover.unlink(missing_ok=True)
    proj = client.find_project(push_title)
    if proj:
        client.request("DELETE", f"/api/projects/{proj['id']}")
    return r


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=10000)
    ap.add_argument("--naive-sample", type=int, default=200)
    ap.add_argument("--rss-n", type=int, default=2000, help="a second, smaller size for the peak-RSS comparison (0: skip)")
    args = ap.parse_args()
    home = ROOT / ".labelstudio" / "bench-server"
    state = server.start(home, data_dir=home / "data", venv=ROOT / ".labelstudio" / "venv", timeout=600)
    with Client(Connection(state.url, state.token, "bench")) as client:
        small = measure(state, client, args.rss_n) if args.rss_n else None
        big = measure(state, client, args.n)

        # Baseline: one task (with its prediction) per request, no listing, no batching.
        docs = make_docs(min(args.naive_sample, args.n))
        title = f"bench-naive-{uuid.uuid4().hex[:8]}"
        naive_proj = sync.ensure_project(client, title)
        t0 = time.perf_counter()
        for d in docs:
            client.import_tasks(naive_proj["id"], [document_to_task(d)])
        per_doc = (time.perf_counter() - t0) / len(docs)
        # Naive pull / re-push: one request per task (its annotations; its predictions).
        tasks = list(client.task_index(naive_proj["id"]))
        t0 = time.perf_counter()
        for t in tasks:
            client.request("GET", f"/api/tasks/{t['id']}")
        per_get = (time.perf_counter() - t0) / len(tasks)
        client.request("DELETE", f"/api/projects/{naive_proj['id']}")
    note = "" if len(docs) == args.n else f"  (naive: measured on {len(docs)} docs, extrapolated x{args.n / len(docs):.0f})"
    d0 = make_docs(1)[0]
    print(f"documents: {args.n} seed-sized ({len(d0['text'])} chars, {len(d0['events'])} events, {len(d0['actors'])} actors each), Label Studio {server.LABEL_STUDIO_VERSION} on 127.0.0.1, SQLite, {mp.cpu_count()} cores{note}")
    print(f"push (batched import)          : {big['push']:7.1f} s   target <= 60 s   naive one-task-per-request: {per_doc * args.n:7.1f} s")
    print(f"pull ({args.n} annotated tasks)  : {big['pull']:7.1f} s   target <= 60 s   naive one-GET-per-task:     {per_get * args.n:7.1f} s   [annotated-project setup, untimed: {big['setup']:.0f} s]")
    print(f"re-push unchanged              : {big['repush']:7.1f} s   target <= 10 s   naive one-GET-per-task:     {per_get * args.n:7.1f} s   tasks created: 0")
    if small:
        print(f"peak RSS of our process, push  : {small['push_rss']:7.0f} MB at n={args.rss_n}, {big['push_rss']:7.0f} MB at n={args.n} (documents read from files, never all held)")
        print(f"peak RSS of our process, pull  : {small['pull_rss']:7.0f} MB at n={args.rss_n}, {big['pull_rss']:7.0f} MB at n={args.n}")
        print(f"times at n={args.rss_n}            : push {small['push']:.1f} s, pull {small['pull']:.1f} s, re-push {small['repush']:.1f} s")


if __name__ == "__main__":
    main()
