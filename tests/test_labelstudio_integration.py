"""Against a real Label Studio on a free loopback port, started by this module and stopped after.

The server's virtualenv (.labelstudio/venv) is installed on first use; its data directory
(.labelstudio/test-server/data) is reused between runs to skip the migrations, and every test
works in a project of its own, so reuse cannot leak state between tests.
"""

from __future__ import annotations

import copy
import json
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from annotate.documents import load_document
from annotate.labelstudio import config as C
from annotate.labelstudio import server
from annotate.labelstudio.client import Client, Connection
from annotate.labelstudio.convert import sha256

pytestmark = pytest.mark.labelstudio

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "dataset" / "documents").glob("*.json"))
HOME = ROOT / ".labelstudio" / "test-server"
ANNOTATE = str(Path(sys.executable).parent / "annotate")  # the installed console script


@pytest.fixture(scope="session")
def ls() -> Iterator[server.ServerState]:
    if not SEEDS:
        pytest.fail("no seed documents under dataset/documents")
    state = server.start(HOME, port=server.free_port(), data_dir=HOME / "data", venv=ROOT / ".labelstudio" / "venv", timeout=600)
    yield state
    server.stop(HOME)


@pytest.fixture()
def client(ls: server.ServerState) -> Iterator[Client]:
    with Client(Connection(ls.url, ls.token, "test")) as c:
        yield c


def cli(ls: server.ServerState | None, *args: str, url: str | None = None, token: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ANNOTATE_LABELSTUDIO_HOME": str(HOME / "no-local-state")}
    env["LABEL_STUDIO_URL"] = url or (ls.url if ls else "")
    env["LABEL_STUDIO_API_KEY"] = token or (ls.token if ls else "")
    return subprocess.run([ANNOTATE, "labelstudio", *args], env=env, capture_output=True, text=True, cwd=ROOT, timeout=600)


def emoji_document() -> dict[str, Any]:
    text = "Zelensky 🇺🇦 met  Erdoğan 😀 in Ankara.\r\nIf talks fail, Kyiv will respond."
    def sp(s: str) -> dict[str, Any]:
        i = text.index(s)
        return {"start": i, "end": i + len(s), "text": s}
    return {
        "schema_version": "1.0.0", "id": "emoji-1", "text": text, "metadata": {"language": "en"},
        "actors": [{"id": "A1", "name": "Volodymyr Zelensky", "kind": "person", "country": "UKR", "mentions": [sp("Zelensky")], "confidence": 0.9},
                   {"id": "A2", "name": "Recep Tayyip Erdoğan", "kind": "person", "country": "TUR", "mentions": [sp("Erdoğan")], "confidence": 0.8}],
        "events": [{"id": "E1", "type": "CONSULT", "trigger": sp("met"), "actors": ["A1"], "recipients": ["A2"], "status": "occurred",
                    "location": {"span": sp("Ankara"), "name": "Ankara", "country": "TUR"}, "confidence": 0.7},
                   {"id": "E2", "type": "CONSULT", "trigger": sp("talks"), "actors": [], "recipients": [], "status": "hypothetical", "confidence": 0.5},
                   {"id": "E3", "type": "OTHER", "trigger": sp("respond"), "actors": [], "recipients": [], "status": "hypothetical", "confidence": 0.5}],
        "stances": [],
        "conditions": [{"id": "C1", "kind": "if", "cue": sp("If"), "antecedent": ["E2"], "consequent": ["E3"], "confidence": 0.6}],
        "provenance": {"origin": "preannotated", "annotators": [], "preannotator": {"name": "rules", "version": "0.1"}},
    }


def write_docs(folder: Path, docs: list[dict[str, Any]]) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for d in docs:
        p = folder / f"{d['id']}.json"
        p.write_text(json.dumps(d, ensure_ascii=False, indent=2), encoding="utf-8")
        paths.append(str(p))
    return paths


def project_tasks(client: Client, title: str, full: bool = True) -> list[dict[str, Any]]:
    proj = client.find_project(title)
    assert proj is not None
    return list(client.list_tasks(proj["id"], full=full))


def annotate_as_ui(client: Client, task: dict[str, Any], edit: Any = None) -> dict[str, Any]:
    """What the UI posts when an annotator accepts the pre-annotation (optionally edited) and submits."""
    pred = task["predictions"][0]
    result = copy.deepcopy(pred["result"])
    if edit:
        edit(result)
    return client.create_annotation(task["id"], result, parent_prediction=pred["id"], lead_time=12.5)


def seeds() -> list[dict[str, Any]]:
    return [load_document(p) for p in SEEDS]


def without_provenance(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k != "provenance"}


def test_push_annotate_pull_round_trip(ls: server.ServerState, client: Client, tmp_path: Path) -> None:
    title = f"roundtrip-{uuid.uuid4().hex[:8]}"
    docs = [*seeds(), emoji_document()]
    res = cli(ls, "push", *write_docs(tmp_path / "in", docs), "--project", title)
    assert res.returncode == 0, res.stderr
    assert f"{len(docs)} created" in res.stdout
    tasks = {t["data"]["doc_id"]: t for t in project_tasks(client, title)}
    assert set(tasks) == {d["id"] for d in docs}
    proj = client.find_project(title)
    assert proj and proj["label_config"].strip() == C.label_config().strip()

    # The emoji document is accepted as is; the seed gets one event's status corrected.
    annotate_as_ui(client, tasks["emoji-1"])
    seed = docs[0]
    target_event = seed["events"][0]
    new_status = "negated" if target_event["status"] != "negated" else "occurred"

    def correct(result: list[dict[str, Any]]) -> None:
        for item in result:
            if item.get("id") == target_event["id"] and item.get("from_name") == C.STATUS:
                item["value"]["choices"] = [new_status]
    annotate_as_ui(client, tasks[seed["id"]], correct)

    out = tmp_path / "out"
    res = cli(ls, "pull", "--project", title, "--out", str(out))
    assert res.returncode == 0, res.stderr
    pulled = load_document(out / "emoji-1.json")
    assert without_provenance(pulled) == without_provenance(emoji_document())
    prov = pulled["provenance"]
    assert prov["origin"] == "corrected" and prov["annotators"] == [ls.username]
    assert prov["labelstudio"]["task"] == tasks["emoji-1"]["id"] and prov["labelstudio"]["project"] == proj["id"]
    assert prov["preannotator"] == {"name": "rules", "version": "0.1"}
    pulled_seed = load_document(out / f"{seed['id']}.json")
    expected = copy.deepcopy(seed)
    expected["events"][0]["status"] = new_status
    assert without_provenance(pulled_seed) == without_provenance(expected)
    # Pulling twice gives the same files.
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    assert cli(ls, "pull", "--project", title, "--out", str(out)).returncode == 0
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert [p.name for p in out.iterdir() if p.name.startswith(".")] == []
    # The server keeps no copy of what was pulled (its export folder would grow with each pull).
    assert sorted((Path(ls.data_dir) / "export").glob(f"project-{proj['id']}-at-*")) == []


def test_a_second_annotator_replaces_the_single_file_by_one_file_per_annotation(ls: server.ServerState, client: Client, tmp_path: Path) -> None:
    title = f"versions-{uuid.uuid4().hex[:8]}"
    doc = emoji_document()
    assert cli(ls, "push", *write_docs(tmp_path / "in", [doc]), "--project", title).returncode == 0
    [task] = project_tasks(client, title)
    first = annotate_as_ui(client, task)
    out = tmp_path / "out"
    # A document of the same id from elsewhere (no Label Studio provenance) must survive.
    write_docs(out, [{**doc, "id": "emoji-1--draft", "text": doc["text"] + " (draft)"}])
    assert cli(ls, "pull", "--project", title, "--out", str(out)).returncode == 0
    assert sorted(p.name for p in out.iterdir()) == ["emoji-1--draft.json", "emoji-1.json"]

    def negate_first_event(result: list[dict[str, Any]]) -> None:
        for item in result:
            if item.get("id") == "E1" and item.get("from_name") == C.STATUS:
                item["value"]["choices"] = ["negated"]
    second = annotate_as_ui(client, task, negate_first_event)
    res = cli(ls, "pull", "--project", title, "--out", str(out))
    assert res.returncode == 0, res.stderr
    assert "1 superseded" in res.stdout
    assert sorted(p.name for p in out.iterdir()) == sorted(["emoji-1--draft.json", f"emoji-1--{first['id']}.json", f"emoji-1--{second['id']}.json"])
    versions = [load_document(out / f"emoji-1--{a['id']}.json") for a in (first, second)]
    assert [v["provenance"]["labelstudio"]["annotation"] for v in versions] == [first["id"], second["id"]]
    assert [v["events"][0]["status"] for v in versions] == ["occurred", "negated"]
    # Versions of one task share their text by design: the folder validates.
    check = subprocess.run([ANNOTATE, "validate", str(out)], capture_output=True, text=True, timeout=120)
    assert check.returncode == 0, check.stdout


def test_repush_is_idempotent_and_updates_changed_predictions_only(ls: server.ServerState, client: Client, tmp_path: Path) -> None:
    title = f"idem-{uuid.uuid4().hex[:8]}"
    docs = [*seeds(), emoji_document()]
    paths = write_docs(tmp_path / "in", docs)
    assert cli(ls, "push", *paths, "--project", title).returncode == 0
    tasks = {t["data"]["doc_id"]: t for t in project_tasks(client, title)}
    ann = annotate_as_ui(client, tasks["emoji-1"])

    res = cli(ls, "push", *paths, "--project", title)
    assert res.returncode == 0, res.stderr
    assert "0 created, 0 updated" in res.stdout
    assert len(project_tasks(client, title)) == len(docs)

    # Same text, new machine layers: the prediction is replaced, the annotation is untouched.
    changed = emoji_document()
    changed["events"][0]["status"] = "planned"
    changed["events"][0]["confidence"] = 0.42
    write_docs(tmp_path / "in", [changed])
    res = cli(ls, "push", *paths, "--project", title)
    assert res.returncode == 0, res.stderr
    assert "0 created, 1 updated" in res.stdout
    after = {t["data"]["doc_id"]: t for t in project_tasks(client, title)}
    preds = after["emoji-1"]["predictions"]
    assert len(preds) == 1
    status = [i for i in preds[0]["result"] if i.get("id") == "E1" and i.get("from_name") == C.STATUS][0]
    assert status["value"]["choices"] == ["planned"]
    anns = after["emoji-1"]["annotations"]
    assert [(a["id"], a["result"]) for a in anns] == [(ann["id"], ann["result"])]
    assert len(after) == len(docs)

    # A changed text on an annotated task is refused, and nothing changes.
    edited = emoji_document()
    edited["text"] = edited["text"] + " Updated."  # spans stay valid
    write_docs(tmp_path / "in", [edited])
    res = cli(ls, "push", *paths, "--project", title)
    assert res.returncode == 1
    assert "AN604" in res.stderr and "emoji-1" in res.stderr and "Traceback" not in res.stderr
    final = {t["data"]["doc_id"]: t for t in project_tasks(client, title)}
    assert final["emoji-1"]["data"]["text_sha256"] == sha256(emoji_document()["text"])


def test_server_killed_mid_push_then_next_push_completes_exactly_once(ls: server.ServerState, client: Client, tmp_path: Path) -> None:
    title = f"crash-{uuid.uuid4().hex[:8]}"
    base = emoji_document()
    docs = []
    for i in range(1200):
        d = copy.deepcopy(base)
        d["id"] = f"crash-{i:04d}"
        d["text"] = d["text"] + f" #{i}"
        docs.append(d)
    paths = write_docs(tmp_path / "in", docs)
    # One task annotated before the crash must survive it.
    assert cli(ls, "push", paths[0], "--project", title).returncode == 0
    first = project_tasks(client, title)[0]
    ann = annotate_as_ui(client, first)

    env = {**os.environ, "LABEL_STUDIO_URL": ls.url, "LABEL_STUDIO_API_KEY": ls.token}
    proc = subprocess.Popen([ANNOTATE, "labelstudio", "push", str(tmp_path / "in"), "--project", title, "--batch-size", "50"],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    proj = client.find_project(title)
    assert proj
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if client.get_project(proj["id"]).get("task_number", 0) > 100:
            break
        time.sleep(0.2)
    os.killpg(ls.pid, signal.SIGKILL)  # the server dies in the middle of the push
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 1
    assert "AN601" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) <= 3

    restarted = server.start(HOME, port=ls.port, data_dir=HOME / "data", venv=ROOT / ".labelstudio" / "venv", timeout=600)
    ls.pid = restarted.pid
    res = cli(ls, "push", str(tmp_path / "in"), "--project", title)
    assert res.returncode == 0, res.stderr
    tasks = project_tasks(client, title, full=False)
    ids = [t["data"]["doc_id"] for t in tasks]
    assert sorted(ids) == sorted(d["id"] for d in docs)  # exactly one task per document
    full = {t["id"]: t for t in project_tasks(client, title)}
    assert [a["result"] for a in full[first["id"]]["annotations"]] == [ann["result"]]
    assert all(len(t["predictions"]) == 1 for t in full.values())


def test_wrong_token_is_one_line_exit_1_without_the_token(ls: server.ServerState, tmp_path: Path) -> None:
    secret = "wrong-" + uuid.uuid4().hex
    paths = write_docs(tmp_path, [emoji_document()])
    for args in (("push", *paths, "--project", "x"), ("pull", "--project", "x", "--out", str(tmp_path / "o"))):
        res = cli(ls, *args, token=secret)
        assert res.returncode == 1
        assert "AN602" in res.stderr
        assert len(res.stderr.strip().splitlines()) == 1
        assert secret not in res.stderr + res.stdout
    assert not (tmp_path / "o").exists()


def test_unreachable_server_is_one_line_exit_1(tmp_path: Path) -> None:
    secret = "tok-" + uuid.uuid4().hex
    url = f"http://127.0.0.1:{server.free_port()}"
    res = cli(None, "pull", "--project", "x", "--out", str(tmp_path / "o"), url=url, token=secret)
    assert res.returncode == 1
    assert "AN601" in res.stderr and url in res.stderr
    assert len(res.stderr.strip().splitlines()) == 1
    assert secret not in res.stderr + res.stdout


def test_pull_refuses_a_task_whose_text_no_longer_matches(ls: server.ServerState, client: Client, tmp_path: Path) -> None:
    title = f"textcheck-{uuid.uuid4().hex[:8]}"
    assert cli(ls, "push", *write_docs(tmp_path / "in", [emoji_document()]), "--project", title).returncode == 0
    task = project_tasks(client, title)[0]
    annotate_as_ui(client, task)
    out = tmp_path / "out"
    # A document with the same id but another text already sits in the output folder.
    other = emoji_document()
    other["text"] = other["text"].replace("Kyiv", "Kiev")
    other["conditions"], other["events"] = [], []
    write_docs(out, [other])
    before = (out / "emoji-1.json").read_bytes()
    res = cli(ls, "pull", "--project", title, "--out", str(out))
    assert res.returncode == 1 and "AN604" in res.stderr
    assert (out / "emoji-1.json").read_bytes() == before


class _Tracked(dict):
    """A document that counts how many of its kind are alive at once."""

    alive = 0
    peak = 0

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _Tracked.alive += 1
        _Tracked.peak = max(_Tracked.peak, _Tracked.alive)

    def __del__(self) -> None:
        _Tracked.alive -= 1


def test_push_from_a_source_holds_a_few_batches_not_the_corpus(ls: server.ServerState, client: Client) -> None:
    from annotate.documents import Loaded
    from annotate.labelstudio import sync

    base = emoji_document()
    n, batch = 600, 50

    def source() -> Iterator[Loaded]:
        for i in range(n):
            doc = _Tracked(copy.deepcopy(base))
            doc["id"] = f"flat-{i:04d}"
            doc["text"] = base["text"] + f" #{i}"
            yield Loaded(doc["id"], Path(doc["id"]), doc, [])

    _Tracked.alive = _Tracked.peak = 0
    seen: list[tuple[int, int]] = []
    report = sync.push(client, source, f"flat-{uuid.uuid4().hex[:8]}", batch_size=batch, progress=lambda step, total: seen.append((step, total)))
    assert report.created == n
    assert _Tracked.peak <= 3 * batch + 2, f"{_Tracked.peak} documents alive at once"
    assert sum(step for step, _ in seen) == n and {total for _, total in seen} == {n}


def test_a_document_changed_between_the_two_reads_stops_the_push(ls: server.ServerState, client: Client) -> None:
    from annotate.documents import Loaded
    from annotate.errors import DataError
    from annotate.labelstudio import sync

    reads = []

    def source() -> Iterator[Loaded]:
        reads.append(1)
        doc = emoji_document()
        if len(reads) > 1:
            doc["events"][0]["status"] = "negated"  # edited on disk between validation and sending
        yield Loaded("emoji-1.json", Path("emoji-1.json"), doc, [])

    title = f"race-{uuid.uuid4().hex[:8]}"
    with pytest.raises(DataError) as caught:
        sync.push(client, source, title)
    assert [i.code for i in caught.value.issues] == ["AN610"]
    proj = client.find_project(title)
    assert proj is None or list(client.task_index(proj["id"])) == []


def test_an_invalid_document_stops_the_push_before_anything_is_written(ls: server.ServerState, client: Client, tmp_path: Path) -> None:
    good = emoji_document()
    bad = {**emoji_document(), "id": "emoji-2"}
    bad["events"] = [{**bad["events"][0], "trigger": {**bad["events"][0]["trigger"], "text": "mat"}}, *bad["events"][1:]]
    title = f"invalid-{uuid.uuid4().hex[:8]}"
    res = cli(ls, "push", *write_docs(tmp_path / "in", [good, bad]), "--project", title)
    assert res.returncode == 1
    assert "emoji-2.json" in res.stderr and "AN306" in res.stderr and "$.events[0].trigger" in res.stderr
    assert client.find_project(title) is None  # not even the project was created
