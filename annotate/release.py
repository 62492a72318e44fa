"""Cut a versioned dataset release: validate, write parquet + card + datasheet, commit and tag.

The embedded default publishes into a local dataset git repository (`out`, created if absent):
each release is one commit on branch `main` tagged `vX.Y.Z`. Everything is built in a
temporary folder first and only moved/fetched into `out` at the very end, so a failure at any
step leaves `out` exactly as it was. With `repo_id` the same folder is uploaded to the
Hugging Face Hub (see annotate/hub.py) and tagged there too.

Determinism: documents are read in sorted file order, parquet is written by pyarrow with fixed
settings and no timestamps, the card and changelog carry no dates; the same documents and
version give byte-identical files.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
import pyarrow.parquet as pq
from packaging.version import Version

from annotate import __version__
from annotate import errors as E
from annotate.card import render_card, render_changelog_entry
from annotate.documents import expand_paths
from annotate.errors import DataError, issue
from annotate.schema import SCHEMA_DIR
from annotate.tables import CONFIGS, FEATURES, ROWS, arrow_schema, to_arrow

SEMVER = re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")
BRANCH = "main"
MANIFEST = "release.json"
CHECKSUMS = "SHA256SUMS"
# Documents per Arrow batch / parquet row group of the documents config: bounds memory.
BATCH_DOCUMENTS = 500
_GIT_IDENTITY = ["-c", "user.name=annotate release", "-c", "user.email=release@annotate.invalid", "-c", "commit.gpgsign=false", "-c", "tag.gpgsign=false"]


def _docs_dir() -> Path:
    """Guidelines and datasheet shipped in every release (packaged copy first, then the repo)."""
    packaged = Path(__file__).resolve().parent / "_release_docs"
    return packaged if (packaged / "guidelines.md").is_file() else Path(__file__).resolve().parents[1]


def _guidelines_path() -> Path:
    base = _docs_dir()
    return base / "guidelines.md" if base.name == "_release_docs" else base / "docs" / "guidelines.md"


def _datasheet_path() -> Path:
    return _docs_dir() / "DATASHEET.md"


@dataclass
class ReleaseResult:
    """What a release produced (or, for a dry run, would produce)."""

    version: str
    tag: str
    out: Path
    files: list[tuple[str, int]]  # (relative path, size in bytes), sorted
    counts: dict[str, int]
    dry_run: bool = False
    commit: str | None = None
    repo_id: str | None = None
    hub_url: str | None = None
    changes: list[str] = field(default_factory=list)


def parse_version(version: str) -> Version:
    """A strict X.Y.Z version; raise DataError (AN702) otherwise."""
    if not isinstance(version, str) or not SEMVER.match(version):
        raise DataError([issue(E.RELEASE_BAD_VERSION, "--version", "$", f"{version!r} is not X.Y.Z (e.g. 0.1.0)")])
    return Version(version)


# --- git -------------------------------------------------------------------------------------


def _git(repo: Path, *args: str, check: bool = True) -> str:
    try:
        proc = subprocess.run(["git", *_GIT_IDENTITY, "-C", str(repo), *args], capture_output=True, text=True, check=False)
    except OSError as exc:
        raise DataError([issue(E.GIT_FAILED, str(repo), "$", f"cannot run git: {exc}")]) from exc
    if check and proc.returncode != 0:
        raise DataError([issue(E.GIT_FAILED, str(repo), "$", f"git {' '.join(args)}: {proc.stderr.strip() or proc.stdout.strip()}")])
    return proc.stdout


def _is_repo(path: Path) -> bool:
    return (path / ".git").exists()


def released_versions(out: Path | str) -> list[Version]:
    """The versions tagged vX.Y.Z in the release repository at out (sorted, oldest first)."""
    out = Path(out)
    if not _is_repo(out):
        return []
    tags = _git(out, "tag", "--list", "v*").split()
    return sorted(Version(t[1:]) for t in tags if SEMVER.match(t[1:]))


def check_version(out: Path | str, version: str) -> Version:
    """Refuse a malformed version, one that exists, or one not greater than the latest."""
    wanted = parse_version(version)
    existing = released_versions(out)
    if wanted in existing:
        raise DataError([issue(E.RELEASE_VERSION_EXISTS, str(out), "$", f"v{version} is already tagged in {out}")])
    if existing and wanted <= existing[-1]:
        raise DataError([issue(E.RELEASE_VERSION_NOT_GREATER, str(out), "$", f"v{version} is not greater than the latest release v{existing[-1]}")])
    return wanted


def _check_repo_ready(out: Path) -> None:
    if not out.exists() or (out.is_dir() and not any(out.iterdir())):
        return
    if not out.is_dir() or not _is_repo(out):
        raise DataError([issue(E.RELEASE_REPO_NOT_READY, str(out), "$", f"{out} exists and is not a git repository")])
    branch = _git(out, "symbolic-ref", "--quiet", "--short", "HEAD", check=False).strip()
    if branch != BRANCH:
        raise DataError([issue(E.RELEASE_REPO_NOT_READY, str(out), "$", f"{out} is on {branch or 'a detached HEAD'}, not {BRANCH}")])
    if _git(out, "status", "--porcelain").strip():
        raise DataError([issue(E.RELEASE_REPO_NOT_READY, str(out), "$", f"{out} has uncommitted changes")])


# --- validation ------------------------------------------------------------------------------


def validate_for_release(documents_dir: Path | str, *, workers: int = 0) -> int:
    """Validate every document exactly as `annotate validate` does; raise DataError (AN701 first,
    then every issue) if anything is invalid. Returns the number of documents.

    workers: validation processes, 0 = one per CPU core (as `annotate validate`)."""
    from annotate.validate import iter_validation  # the one validator, shared with `annotate validate`

    documents = 0
    problems = []
    for result in iter_validation([documents_dir], workers=workers or (os.cpu_count() or 1)):
        documents += result.documents
        problems += result.issues
    if problems:
        files = len({p.file for p in problems})
        head = issue(E.RELEASE_INVALID_DATA, str(documents_dir), "$", f"{len(problems)} problem(s) in {files} file(s); nothing was released")
        raise DataError([head, *problems])
    if documents == 0:
        raise DataError([issue(E.RELEASE_NO_DOCUMENTS, str(documents_dir), "$", "no .json/.jsonl documents found")])
    return documents


# --- building the folder ---------------------------------------------------------------------


def read_validated(documents_dir: Path | str) -> Iterator[tuple[dict[str, Any], str]]:
    """(document, sha256 of its JSON bytes) for every document under documents_dir, in the
    same sorted order as validation. Only for documents validate_for_release has passed:
    the strict decoder already ran there (duplicate keys, depth, encoding), so a plain fast
    parse is enough here."""
    for path in expand_paths([documents_dir]):
        data = path.read_bytes()
        if path.suffix == ".jsonl":
            for line in data.splitlines():
                if line.strip():
                    yield orjson.loads(line), hashlib.sha256(line).hexdigest()
        else:
            yield orjson.loads(data), hashlib.sha256(data).hexdigest()


def data_path(config: str) -> str:
    return f"data/{config}/train-00000-of-00001.parquet"


def _batches(documents: Iterable[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for doc in documents:
        batch.append(doc)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


@dataclass
class _Digest:
    """Per-document content hashes and per-layer counts, for the manifest and the changelog."""

    documents: dict[str, str] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(CONFIGS, 0))
    nbytes: dict[str, int] = field(default_factory=lambda: dict.fromkeys(CONFIGS, 0))
    statuses: dict[str, int] = field(default_factory=dict)
    types: dict[str, int] = field(default_factory=dict)
    licenses: dict[str, int] = field(default_factory=dict)
    languages: dict[str, int] = field(default_factory=dict)
    origins: dict[str, int] = field(default_factory=dict)


def _tally(counter: dict[str, int], key: Any) -> None:
    k = str(key) if key is not None else "unknown"
    counter[k] = counter.get(k, 0) + 1


def write_tables(documents: Iterable[tuple[dict[str, Any], str]], folder: Path, *, batch_documents: int = BATCH_DOCUMENTS) -> _Digest:
    """Stream (document, content hash) pairs into one parquet file per config under
    folder/data/, batch by batch, so memory holds one batch at a time."""
    digest = _Digest()
    writers: dict[str, pq.ParquetWriter] = {}
    try:
        for config in CONFIGS:
            path = folder / data_path(config)
            path.parent.mkdir(parents=True, exist_ok=True)
            # Fixed settings, no timestamps: same input, same bytes.
            writers[config] = pq.ParquetWriter(path, arrow_schema(config), compression="zstd", compression_level=3, write_statistics=True, use_dictionary=True)
        for pairs in _batches(documents, batch_documents):
            batch = [doc for doc, _ in pairs]
            for doc, content_hash in pairs:
                digest.documents[doc["id"]] = content_hash
                meta = doc.get("metadata") or {}
                _tally(digest.licenses, meta.get("license"))
                _tally(digest.languages, meta.get("language"))
                _tally(digest.origins, (doc.get("provenance") or {}).get("origin"))
                for e in doc.get("events") or []:
                    _tally(digest.statuses, e.get("status"))
                    _tally(digest.types, e.get("type"))
            for config in CONFIGS:
                rows = [row for doc in batch for row in ROWS[config](doc)]
                if not rows:
                    continue
                table = to_arrow(config, rows)
                digest.counts[config] += table.num_rows
                digest.nbytes[config] += table.nbytes
                writers[config].write_table(table, row_group_size=max(len(rows), 1))
        # An empty layer still gets a file with the full schema (and no row group: `datasets`
        # fails on a zero-row row group), so it loads with its declared types.
    finally:
        for writer in writers.values():
            writer.close()
    return digest


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and ".git" not in p.relative_to(folder).parts)


def _previous_manifest(out: Path) -> dict[str, Any] | None:
    path = out / MANIFEST
    if not path.is_file():
        return None
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _changes(previous: dict[str, Any] | None, digest: _Digest) -> list[str]:
    if previous is None:
        return ["First release."]
    old: dict[str, str] = previous.get("documents", {})
    new = digest.documents
    added = sorted(set(new) - set(old))
    removed = sorted(set(old) - set(new))
    changed = sorted(d for d in set(new) & set(old) if new[d] != old[d])
    lines = [f"Compared with v{previous.get('version')}:"]
    for label, ids in (("added", added), ("removed", removed), ("re-annotated", changed)):
        shown = ", ".join(ids[:10]) + (f" and {len(ids) - 10} more" if len(ids) > 10 else "")
        lines.append(f"{len(ids)} document(s) {label}" + (f": {shown}" if ids else ""))
    old_counts = previous.get("counts", {})
    deltas = [f"{c} {digest.counts[c] - int(old_counts.get(c, 0)):+d}" for c in CONFIGS]
    lines.append("Row changes per config: " + ", ".join(deltas))
    if previous.get("schema_version") != _schema_version():
        lines.append(f"Schema version {previous.get('schema_version')} -> {_schema_version()}.")
    return lines


def _schema_version() -> str:
    from annotate.schema import schema_version

    return schema_version()


def build_release(
    documents_dir: Path | str,
    version: str,
    folder: Path,
    *,
    previous: dict[str, Any] | None = None,
    previous_changelog: str = "",
    repo_id: str | None = None,
    batch_documents: int = BATCH_DOCUMENTS,
) -> tuple[_Digest, list[str]]:
    """Write the complete release folder (data, card, datasheet, changelog, schema, checksums).

    Assumes the documents are valid (see validate_for_release)."""
    digest = write_tables(read_validated(documents_dir), folder, batch_documents=batch_documents)
    changes = _changes(previous, digest)
    download = {c: (folder / data_path(c)).stat().st_size for c in CONFIGS}

    (folder / "schema" / "plover").mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SCHEMA_DIR / "document.schema.json", folder / "schema" / "document.schema.json")
    for name in ("ontology.json", "README.md"):
        src = SCHEMA_DIR / "plover" / name
        if src.is_file():
            shutil.copyfile(src, folder / "schema" / "plover" / name)
    shutil.copyfile(_guidelines_path(), folder / "guidelines.md")
    shutil.copyfile(_datasheet_path(), folder / "DATASHEET.md")

    card = render_card(
        version=version,
        counts=digest.counts,
        nbytes=digest.nbytes,
        download=download,
        statuses=digest.statuses,
        types=digest.types,
        licenses=digest.licenses,
        languages=digest.languages,
        origins=digest.origins,
        data_files={c: data_path(c) for c in CONFIGS},
        features=FEATURES,
        schema_version=_schema_version(),
        repo_id=repo_id,
    )
    _write(folder / "README.md", card)
    entry = render_changelog_entry(version=version, counts=digest.counts, changes=changes, statuses=digest.statuses)
    _write(folder / "CHANGELOG.md", _prepend_changelog(previous_changelog, entry))
    manifest = {
        "version": version,
        "schema_version": _schema_version(),
        "toolkit_version": __version__,
        "counts": digest.counts,
        "documents": dict(sorted(digest.documents.items())),
    }
    _write(folder / MANIFEST, json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")
    sums = "".join(f"{_sha256(p)}  {p.relative_to(folder).as_posix()}\n" for p in _files(folder) if p.name != CHECKSUMS or p.parent != folder)
    _write(folder / CHECKSUMS, sums)
    return digest, changes


_CHANGELOG_HEAD = "# Changelog\n\nEvery release of this dataset, newest first. Each is a git tag `vX.Y.Z`.\n"


def _prepend_changelog(previous: str, entry: str) -> str:
    body = previous[len(_CHANGELOG_HEAD):] if previous.startswith(_CHANGELOG_HEAD) else previous
    return _CHANGELOG_HEAD + "\n" + entry + (("\n" + body.lstrip("\n")) if body.strip() else "")


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def verify_checksums(folder: Path | str) -> list[str]:
    """Files whose sha256 differs from SHA256SUMS (empty when the release is intact)."""
    folder = Path(folder)
    bad = []
    for line in (folder / CHECKSUMS).read_text(encoding="utf-8").splitlines():
        digest, _, name = line.partition("  ")
        path = folder / name
        if not path.is_file() or _sha256(path) != digest:
            bad.append(name)
    return bad


# --- publishing ------------------------------------------------------------------------------


def _commit_and_tag(repo: Path, version: str) -> str:
    _git(repo, "add", "--all", ".")
    _git(repo, "commit", "--quiet", "-m", f"Release v{version}")
    _git(repo, "tag", "-a", f"v{version}", "-m", f"Release v{version}")
    return _git(repo, "rev-parse", "HEAD").strip()


def _clear_worktree(repo: Path) -> None:
    for child in repo.iterdir():
        if child.name == ".git":
            continue
        if child.is_dir():
            shutil.rmtree(child)
        else:
            child.unlink()


def release(
    documents_dir: Path | str,
    version: str,
    out: Path | str,
    repo_id: str | None = None,
    dry_run: bool = False,
    *,
    token: str | None = None,
    progress: Callable[[str], None] | None = None,
    batch_documents: int = BATCH_DOCUMENTS,
    workers: int = 0,
) -> ReleaseResult:
    """Validate the documents and publish release `version` into the dataset repository `out`
    (and to the Hub repository `repo_id` with `token`). Raises DataError, never half-publishes.

    dry_run: build everything in a temporary folder and report the files, change nothing.
    """
    say = progress or (lambda _msg: None)
    out = Path(out)
    documents_dir = Path(documents_dir)
    check_version(out, version)
    if repo_id is not None and not dry_run and not token:
        raise DataError([issue(E.HUB_TOKEN_MISSING, "HF_TOKEN", "$", f"uploading to {repo_id} needs HF_TOKEN in the environment")])
    if not dry_run:
        _check_repo_ready(out)
    say(f"validating {documents_dir}")
    validate_for_release(documents_dir, workers=workers)

    parent = out.resolve().parent
    parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.release-", dir=parent))
    try:
        repo = staging / "repo"
        existing = _is_repo(out) and not dry_run
        if existing:
            _git(staging, "clone", "--quiet", "--branch", BRANCH, str(out.resolve()), str(repo))
            _clear_worktree(repo)
        else:
            repo.mkdir()
        previous = _previous_manifest(out)
        old_changelog = (out / "CHANGELOG.md").read_text(encoding="utf-8") if (out / "CHANGELOG.md").is_file() else ""
        say(f"writing release v{version}")
        digest, changes = build_release(documents_dir, version, repo, previous=previous, previous_changelog=old_changelog, repo_id=repo_id, batch_documents=batch_documents)
        files = [(p.relative_to(repo).as_posix(), p.stat().st_size) for p in _files(repo)]
        result = ReleaseResult(version=version, tag=f"v{version}", out=out, files=files, counts=digest.counts, dry_run=dry_run, repo_id=repo_id, changes=changes)
        if dry_run:
            return result

        if repo_id is not None:
            from annotate.hub import upload_release

            say(f"uploading to {repo_id}")
            result.hub_url = upload_release(repo, repo_id=repo_id, version=version, token=token or "")

        say(f"committing and tagging v{version} in {out}")
        if not existing:
            _git(repo, "init", "--quiet", "--initial-branch", BRANCH)
            result.commit = _commit_and_tag(repo, version)
            if out.exists():
                out.rmdir()  # empty (checked above)
            os.replace(repo, out)
        else:
            result.commit = _commit_and_tag(repo, version)
            before = _git(out, "rev-parse", "HEAD").strip()
            try:
                _git(out, "pull", "--quiet", "--ff-only", str(repo), BRANCH)
                _git(out, "fetch", "--quiet", str(repo), f"refs/tags/v{version}:refs/tags/v{version}")
            except DataError:
                # Put the repository back where it was; the release did not happen.
                _git(out, "reset", "--quiet", "--hard", before, check=False)
                _git(out, "tag", "-d", f"v{version}", check=False)
                raise
        return result
    finally:
        shutil.rmtree(staging, ignore_errors=True)
