"""push and pull between documents and a Label Studio project, idempotent and incremental.

push: one task per document id. A task remembers its document by `data.doc_id`, the text's
hash (`data.text_sha256`) and the whole document's hash (`data.doc_sha256`). One listing of the
project (ids, data and counters only) decides everything: unknown ids are imported in batches
(one request for the tasks, one for their predictions), unchanged documents cost nothing, a changed document (same text) gets its prediction
replaced, and a changed text is refused when the task holds annotations. Annotations are never
touched. The hash is written last, so a push interrupted at any point is finished by the next.

pull: one document per submitted annotation, validated before anything is written, written
atomically. File names: `<id>.json` when the task has one annotation; `<id>--<annotation id>.json`
(the document id carries the same suffix) when several annotators' versions exist. A file an
earlier pull wrote for the same task (its provenance names this project and task) that this
pull does not write again is removed: when a second annotator joins, `<id>.json` gives way to
the per-annotation files instead of lingering as a duplicate.
"""

from __future__ import annotations

import bisect
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotate import errors as E
from annotate import gcpause
from annotate.documents import Loaded, dumps_document, expand_paths, load_document, read_documents
from annotate.errors import DataError, Issue, issue
from annotate.labelstudio import config as C
from annotate.labelstudio.client import Client, LabelStudioError
from annotate.labelstudio.convert import DEFAULT_OFFSET_UNIT, document_hash, document_to_prediction, is_document_region_id, sha256, task_data, task_to_document
from annotate.validate import validate_document

# Called as progress(advance, total) after each step: `advance` more of `total` items are done.
Progress = Callable[[int, int], None]


@dataclass
class PushReport:
    project: int
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    text_updated: int = 0


@dataclass
class PullReport:
    project: int
    written: list[Path] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)
    tasks: int = 0
    skipped_foreign: int = 0


def ensure_project(client: Client, title: str) -> dict[str, Any]:
    """The project with this title, created (or its config brought up to date) from the schema."""
    wanted = C.project_settings(title)
    project = client.find_project(title)
    if project is None:
        return client.create_project(wanted)
    # The server strips surrounding whitespace from what it stores; compare like for like.
    if (project.get("label_config") or "").strip() != wanted["label_config"].strip() or (project.get("expert_instruction") or "").strip() != wanted["expert_instruction"].strip():
        project = client.update_project(project["id"], {k: v for k, v in wanted.items() if k != "title"})
    return project


# A re-readable source of documents: each call reads them afresh, in the same order. Push reads
# it up to three times (fingerprint everything; validate what must go to the server; convert
# and send it), so it never holds more than a batch of documents: memory stays flat as the
# corpus grows, and an unchanged re-push costs one read.
DocumentSource = Callable[[], Iterable[Loaded]]


def documents_in(paths: Iterable[Path | str]) -> DocumentSource:
    """The documents of these files and folders (.json, .jsonl), read lazily at each pass."""
    files = list(expand_paths(paths))

    def read() -> Iterator[Loaded]:
        for file in files:
            yield from read_documents(file)

    return read


def _in_memory(documents: Sequence[dict[str, Any]], sources: Sequence[str] | None) -> DocumentSource:
    names = list(sources) if sources is not None else [f"<document {i}>" for i in range(len(documents))]

    def read() -> Iterator[Loaded]:
        for doc, name in zip(documents, names):
            yield Loaded(name, Path(name), doc, [])

    return read


@dataclass(frozen=True)
class _Entry:
    """What push keeps of a document between its reads."""

    doc_id: str
    source: str
    text_sha256: str
    doc_sha256: str


def _survey(source: DocumentSource) -> list[_Entry]:
    """Fingerprint every document (first read). Whatever cannot be fingerprinted (a file that
    does not decode, a document without a string id and text) and repeated ids are problems
    now: DataError before any write. Full validation waits until push knows which documents
    it will send (an unchanged document is already on the server as it is)."""
    problems: list[Issue] = []
    entries: list[_Entry] = []
    seen: dict[str, str] = {}
    for loaded in source():
        problems += loaded.issues
        doc = loaded.document
        if doc is None or loaded.issues:
            continue
        doc_id = doc.get("id") if isinstance(doc, dict) else None
        if not isinstance(doc_id, str) or not isinstance(doc.get("text"), str):
            problems += validate_document(doc, loaded.source) or [issue(E.MISSING_FIELD, loaded.source, "$", "a document needs a string id and text")]
            continue
        if doc_id in seen:
            problems.append(issue(E.DUPLICATE_DOCUMENT, loaded.source, "$.id", f"document id {doc_id!r} is also in {seen[doc_id]}"))
            continue
        seen[doc_id] = loaded.source
        entries.append(_Entry(doc_id, loaded.source, sha256(doc["text"]), document_hash(doc)))
    if problems:
        raise DataError(problems)
    return entries


def _check_unchanged(doc: dict[str, Any], entry: _Entry, source: str, *, again: bool = False) -> None:
    """AN610 unless this read gives the document fingerprinted by the first read (and, with
    again, unless it is not a second copy of one already read): what was validated is sent."""
    if again or document_hash(doc) != entry.doc_sha256:
        raise DataError([issue(E.LS_DOCUMENT_CHANGED, source, "$", f"document {doc['id']!r} changed while it was being pushed")])


def _validate_selected(source: DocumentSource, wanted: dict[str, tuple[str, _Entry]]) -> None:
    """Validate every document push will send (second read); DataError before any write."""
    problems: list[Issue] = []
    for loaded in source():
        doc = loaded.document
        if isinstance(doc, dict) and doc.get("id") in wanted:
            _check_unchanged(doc, wanted[doc["id"]][1], loaded.source)
            problems += validate_document(doc, loaded.source)
    if problems:
        raise DataError(problems)


def _index(client: Client, pid: int, project: str) -> dict[str, dict[str, Any]]:
    existing: dict[str, list[dict[str, Any]]] = {}
    for task in client.task_index(pid):
        doc_id = (task.get("data") or {}).get("doc_id")
        if isinstance(doc_id, str):
            existing.setdefault(doc_id, []).append(task)
    dupes = sorted(d for d, ts in existing.items() if len(ts) > 1)
    if dupes:
        raise LabelStudioError(E.LS_DUPLICATE_TASK, f"project {project!r} has several tasks for document(s) {', '.join(dupes[:5])}{' …' if len(dupes) > 5 else ''}")
    return {d: ts[0] for d, ts in existing.items()}


_NEW, _CHANGED = "new", "changed"


def _selected(source: DocumentSource, wanted: dict[str, tuple[str, _Entry]], batch_size: int, offset_unit: str) -> Iterator[tuple[str, list[tuple[dict[str, Any], dict[str, Any], dict[str, Any]]]]]:
    """Last read: the documents to send, re-read and converted, in batches of one kind each
    ((kind, [(document, task data, prediction)])). A document that changed since the first
    read stops the push: what was validated is what is sent."""
    pending: dict[str, list[tuple[dict[str, Any], dict[str, Any], dict[str, Any]]]] = {_NEW: [], _CHANGED: []}
    sent: set[str] = set()
    for loaded in source():
        doc = loaded.document
        if not isinstance(doc, dict) or doc.get("id") not in wanted:
            continue
        kind, entry = wanted[doc["id"]]
        _check_unchanged(doc, entry, loaded.source, again=doc["id"] in sent)
        sent.add(doc["id"])
        pending[kind].append((doc, task_data(doc, offset_unit), document_to_prediction(doc, offset_unit)))
        if len(pending[kind]) == batch_size:
            yield kind, pending[kind]
            pending[kind] = []
    for kind in (_NEW, _CHANGED):
        if pending[kind]:
            yield kind, pending[kind]


def push(client: Client, documents: Sequence[dict[str, Any]] | DocumentSource, project: str, *, sources: Sequence[str] | None = None, batch_size: int = 500, progress: Progress | None = None, offset_unit: str = DEFAULT_OFFSET_UNIT) -> PushReport:
    """Create or update one task per document in the project; see the module docstring.

    documents: the documents themselves (sources names them in messages), or a DocumentSource
    such as documents_in(paths), which push reads up to three times and never holds in memory at once."""
    source = documents if callable(documents) else _in_memory(documents, sources)
    with gcpause.paused():
        return _push(client, source, project, batch_size=batch_size, progress=progress, offset_unit=offset_unit)


def _push(client: Client, source: DocumentSource, project: str, *, batch_size: int, progress: Progress | None, offset_unit: str) -> PushReport:
    found = client.find_project(project)
    # The listing is server work and reading is ours: run them side by side. Nothing is
    # written before the documents to send are validated, so a bad one leaves the server as it was.
    with ThreadPoolExecutor(max_workers=1) as pool:
        listing = pool.submit(_index, client, int(found["id"]), project) if found else None
        try:
            entries = _survey(source)
        finally:
            existing = listing.result() if listing else {}
    report = PushReport(project=int(found["id"]) if found else 0)

    wanted: dict[str, tuple[str, _Entry]] = {}
    tasks: dict[str, dict[str, Any]] = {}
    refused: list[Issue] = []
    for entry in entries:
        task = existing.get(entry.doc_id)
        if task is None:
            wanted[entry.doc_id] = (_NEW, entry)
            continue
        data = task.get("data") or {}
        server_text = data.get(C.TEXT)
        if data.get("text_sha256") != entry.text_sha256 or not isinstance(server_text, str) or sha256(server_text) != entry.text_sha256:
            if int(task.get("total_annotations") or 0) + int(task.get("cancelled_annotations") or 0) > 0:
                refused.append(issue(E.LS_TEXT_CHANGED, entry.source, "$.text", f"the text of {entry.doc_id!r} changed but task {task['id']} in project {project!r} already has annotations"))
                continue
            wanted[entry.doc_id] = (_CHANGED, entry)
            report.text_updated += 1
        elif data.get("doc_sha256") != entry.doc_sha256 or data.get("offset_unit") != offset_unit or int(task.get("total_predictions") or 0) == 0:
            wanted[entry.doc_id] = (_CHANGED, entry)
        else:
            report.unchanged += 1
            continue
        tasks[entry.doc_id] = task
    if refused:
        raise DataError(refused)  # before any change: a push is all or nothing per decision
    if wanted:
        _validate_selected(source, wanted)
    proj = ensure_project(client, project)  # the first write
    pid = report.project = int(proj["id"])
    if progress:
        progress(report.unchanged, len(entries))
    if not wanted:
        return report

    # New tasks: the task (data with its hashes) first, then its prediction, each batch in one
    # request. A task left without a prediction by a crash has total_predictions == 0, which the
    # next push repairs like any changed document. Reading and converting the next batch (our
    # CPU) overlaps the server's import of the current one (its CPU): a second core does real work.
    batches = _selected(source, wanted, batch_size, offset_unit)
    with ThreadPoolExecutor(max_workers=1) as pool:
        upcoming = pool.submit(next, batches, None)
        while (current := upcoming.result()) is not None:
            upcoming = pool.submit(next, batches, None)
            kind, batch = current
            if kind == _NEW:
                ids = client.import_tasks(pid, [{"data": data} for _, data, _ in batch])
                if len(ids) != len(batch):
                    raise LabelStudioError(E.LS_API, f"import of {len(batch)} tasks returned {len(ids)} ids")
                client.import_predictions(pid, [{**pred, "task": tid} for (_, _, pred), tid in zip(batch, ids)])
                report.created += len(batch)
            else:
                _update(client, pid, [(tasks[doc["id"]], data, pred) for doc, data, pred in batch])
                report.updated += len(batch)
            if progress:
                progress(len(batch), len(entries))
    return report


def _update(client: Client, pid: int, batch: list[tuple[dict[str, Any], dict[str, Any], dict[str, Any]]]) -> None:
    """Replace the predictions of these tasks: the new prediction first, the old ones deleted
    next, the task's hashes written last, so a crash at any point leaves a hash mismatch that
    the next push repairs. Annotations are never touched."""
    olds = {task["id"]: client.task_predictions(task["id"]) for task, _, _ in batch}
    client.import_predictions(pid, [{**pred, "task": task["id"]} for task, _, pred in batch])
    for task, data, _ in batch:
        for pred in olds[task["id"]]:
            client.delete_prediction(pred["id"])
        client.update_task(task["id"], data)


def _user_names(client: Client) -> dict[int, str]:
    try:
        users = client.request("GET", "/api/users") or []
    except LabelStudioError:
        return {}
    return {int(u["id"]): str(u.get("email") or u.get("username") or u["id"]) for u in users if "id" in u}


def _origin(annotation: dict[str, Any], task: dict[str, Any]) -> str:
    """corrected when the annotation started from a prediction, manual when drawn from scratch."""
    if annotation.get("parent_prediction"):
        return "corrected"
    ours = {item.get("id") for item in annotation.get("result") or []}
    predicted = {item.get("id") for pred in task.get("predictions") or [] if isinstance(pred, dict) for item in pred.get("result") or []}
    if predicted:
        return "corrected" if predicted & ours else "manual"
    # Exports list predictions by id only. Our predictions name their regions by the document's
    # own ids (E1, A1_m0, ...); regions drawn in the UI get Label Studio's random ids.
    return "corrected" if any(is_document_region_id(str(rid)) for rid in ours) else "manual"


def annotation_to_document(task: dict[str, Any], annotation: dict[str, Any], *, project: int, users: dict[int, str], doc_id: str) -> dict[str, Any]:
    data = task["data"]
    source = f"task {task['id']} annotation {annotation['id']}"
    doc = task_to_document(data, annotation.get("result") or [], source=source)
    doc["id"] = doc_id
    kept = dict(doc.get("provenance") or {})
    who = annotation.get("completed_by")
    who_id = who.get("id") if isinstance(who, dict) else who
    name = (who.get("email") if isinstance(who, dict) else None) or users.get(int(who_id)) if who_id is not None else None
    origin = _origin(annotation, task)
    prov: dict[str, Any] = {"origin": origin, "annotators": [str(name)] if name else []}
    if origin == "corrected" and kept.get("preannotator"):
        prov["preannotator"] = kept["preannotator"]
    if annotation.get("created_at"):
        prov["created"] = annotation["created_at"]
    if annotation.get("updated_at"):
        prov["modified"] = annotation["updated_at"]
    prov["labelstudio"] = {"project": project, "task": int(task["id"]), "annotation": int(annotation["id"])}
    doc["provenance"] = prov
    return doc


def _stage(document: dict[str, Any], staging: Path) -> Path:
    """Write <staging>/<id>.json. A plain write: the staging folder is ours alone and its files
    reach out_dir by an atomic rename only once the whole pull succeeded."""
    path = staging / f"{document['id']}.json"
    with path.open("xb") as fh:
        fh.write(dumps_document(document).encode("utf-8"))
    return path


def _export_pages(client: Client, pid: int, ids: list[int], page_size: int) -> Iterator[list[dict[str, Any]]]:
    """The annotated tasks, one export request per page, two in flight: the server serialises the
    next page while we decode and convert this one."""
    pages = [ids[i:i + page_size] for i in range(0, len(ids), page_size)]
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = [pool.submit(client.export_tasks, pid, page) for page in pages[:2]]
        for i in range(len(pages)):
            tasks = futures[i].result()
            futures[i] = None  # type: ignore[call-overload]  # let the page go
            if i + 2 < len(pages):
                futures.append(pool.submit(client.export_tasks, pid, pages[i + 2]))
            yield tasks


def pull(client: Client, project: str, out_dir: Path | str, *, progress: Progress | None = None, page_size: int = 250) -> PullReport:
    """Write one validated document per submitted annotation into out_dir (all or nothing).

    Pages of tasks stream through a staging folder next to out_dir, so memory stays flat; the
    files are moved into out_dir only when every annotation converted and validated.
    """
    out = Path(out_dir)
    proj = client.find_project(project)
    if proj is None:
        raise LabelStudioError(E.LS_NO_PROJECT, f"no project titled {project!r} on {client.connection.url}")
    pid = int(proj["id"])
    report = PullReport(project=pid)
    annotated: list[int] = []
    for task in client.task_index(pid):
        data = task.get("data") or {}
        if not isinstance(data.get("doc_id"), str) or not isinstance(data.get(C.TEXT), str):
            report.skipped_foreign += 1
        elif int(task.get("total_annotations") or 0) > 0:
            annotated.append(int(task["id"]))
    users = _user_names(client)
    problems: list[Issue] = []
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.pull-", dir=out.parent))
    staged: list[Path] = []
    pulled_tasks: dict[str, int] = {}
    try:
        with gcpause.paused():
            for tasks in _export_pages(client, pid, sorted(annotated), page_size):
                for task in tasks:
                    data = task.get("data") or {}
                    anns = [a for a in task.get("annotations") or [] if not a.get("was_cancelled")]
                    if not anns or not isinstance(data.get("doc_id"), str) or not isinstance(data.get(C.TEXT), str):
                        continue
                    report.tasks += 1
                    pulled_tasks[data["doc_id"]] = int(task["id"])
                    src = f"task {task['id']}"
                    if data.get("text_sha256") != sha256(data[C.TEXT]):
                        problems.append(issue(E.LS_TEXT_CHANGED, src, "$.data.text", f"the text of task {task['id']} ({data['doc_id']!r}) was edited in Label Studio; it no longer matches the pushed document"))
                        continue
                    path = out / f"{data['doc_id']}.json"
                    if path.is_file():
                        try:
                            on_disk = load_document(path)
                        except DataError:
                            on_disk = None
                        if isinstance(on_disk, dict) and on_disk.get("text") != data[C.TEXT]:
                            problems.append(issue(E.LS_TEXT_CHANGED, str(path), "$.text", f"task {task['id']} has a different text from the existing document {path.name}; refusing to merge"))
                    single = len(anns) == 1
                    for ann in sorted(anns, key=lambda a: a["id"]):
                        doc_id = data["doc_id"] if single else f"{data['doc_id']}--{ann['id']}"
                        try:
                            doc = annotation_to_document(task, ann, project=pid, users=users, doc_id=doc_id)
                        except DataError as exc:
                            problems += exc.issues
                            continue
                        found = validate_document(doc, f"{src} annotation {ann['id']}")
                        problems += found
                        if not found and not problems:
                            staged.append(_stage(doc, staging))
        if problems:
            raise DataError(problems)
        out.mkdir(parents=True, exist_ok=True)
        for path in staged:
            target = out / path.name
            os.replace(path, target)
            report.written.append(target)
            if progress:
                progress(1, len(staged))
        # Stale files go only after every new one is in place: a crash in between leaves an
        # extra file that the next pull removes, never a task without its document.
        report.removed = _remove_superseded(out, pid, pulled_tasks, {p.name for p in report.written})
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return report


def _remove_superseded(out: Path, project: int, tasks: dict[str, int], written: set[str]) -> list[Path]:
    """Delete the files of out that an earlier pull wrote for one of these tasks (doc id -> task
    id) and that this pull did not write. Only `<id>.json` and `<id>--*.json` are candidates,
    and a candidate goes only if its provenance names this project and that task: files from
    anywhere else are never touched."""
    names = sorted(entry.name for entry in os.scandir(out) if entry.name.endswith(".json") and entry.name not in written)
    present = set(names)
    removed: list[Path] = []
    for doc_id, task_id in tasks.items():
        candidates = [f"{doc_id}.json"] if f"{doc_id}.json" in present else []
        prefix = f"{doc_id}--"
        i = bisect.bisect_left(names, prefix)
        while i < len(names) and names[i].startswith(prefix):
            candidates.append(names[i])
            i += 1
        for name in candidates:
            try:
                origin = (load_document(out / name).get("provenance") or {}).get("labelstudio") or {}
            except (DataError, AttributeError):
                continue  # not a document we wrote
            if origin.get("project") == project and origin.get("task") == task_id:
                (out / name).unlink(missing_ok=True)
                removed.append(out / name)
    return removed
