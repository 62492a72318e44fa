"""`annotate labelstudio serve|stop|config|push|pull`: the Label Studio round trip.

The server URL and token come from LABEL_STUDIO_URL / LABEL_STUDIO_API_KEY, or from the local
server `serve` started (its state lives in .labelstudio/server.json, mode 0600). The token is
never read from argv and never printed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from annotate.errors import AnnotateError, DataError


def _fail(exc: AnnotateError) -> None:
    if isinstance(exc, DataError):
        for i in exc.issues[:50]:
            click.echo(f"{i.file}: {i.path}: {i.code} {i.name}: {i.message}\n    fix: {i.fix}", err=True)
        if len(exc.issues) > 50:
            click.echo(f"... and {len(exc.issues) - 50} more", err=True)
        click.echo(f"error: {len(exc.issues)} problem(s); nothing was changed", err=True)
    else:
        click.echo(f"error: {exc}", err=True)
    raise SystemExit(1)


@contextmanager
def _progress(label: str) -> Iterator[Callable[[int, int], None]]:
    """A progress callback (advance, total) drawing a bar on stderr; the bar appears at the
    first call, once the library knows the total (push counts documents as it validates)."""
    bars: list[Any] = []

    def advance(step: int, total: int) -> None:
        if not bars:
            bars.append(click.progressbar(length=total, label=label, file=click.get_text_stream("stderr"), show_pos=True))
            bars[0].__enter__()
        bars[0].update(step)

    try:
        yield advance
    finally:
        if bars:
            bars[0].__exit__(None, None, None)


@click.group("labelstudio")
def labelstudio() -> None:
    """Label Studio round trip: serve a local server, print the labeling config, push, pull."""


@labelstudio.command()
@click.option("--port", type=click.IntRange(1, 65535), default=None, help="Port on 127.0.0.1 (default: a free one).")
@click.option("--home", type=click.Path(path_type=Path), default=None, help="State folder (default: .labelstudio/ under the project).")
@click.option("--timeout", type=float, default=300.0, show_default=True, help="Seconds to wait for /health.")
def serve(port: int | None, home: Path | None, timeout: float) -> None:
    """Install (first time) and start the local Label Studio in the background; wait until it answers.

    Its own virtualenv, SQLite data and admin user live under .labelstudio/; the API token is
    stored there (mode 0600) for push and pull, never printed.
    """
    from annotate.labelstudio import server

    try:
        click.echo("starting Label Studio (first start installs it and migrates its database) ...", err=True)
        state = server.start(home, port=port, timeout=timeout)
    except AnnotateError as exc:
        _fail(exc)
    where = (home or server.default_home()) / server.STATE_FILE
    click.echo(f"Label Studio {server.LABEL_STUDIO_VERSION} is running at {state.url} (pid {state.pid})")
    click.echo(f"login: {state.username}; password and API token are in {where} (mode 0600)")


@labelstudio.command()
@click.option("--home", type=click.Path(path_type=Path), default=None, help="State folder (default: .labelstudio/ under the project).")
def stop(home: Path | None) -> None:
    """Stop the local Label Studio started by `serve`."""
    from annotate.labelstudio import server

    click.echo("stopped" if server.stop(home) else "no local Label Studio was running")


@labelstudio.command("config")
@click.option("--instructions", is_flag=True, help="Print the annotation guidelines (HTML) instead of the labeling config.")
def config_(instructions: bool) -> None:
    """Print the labeling config generated from the schema."""
    from annotate.labelstudio import config

    click.echo(config.instructions() if instructions else config.label_config(), nl=False)


def _client() -> Any:
    from annotate.labelstudio.client import Client, resolve_connection

    client = Client(resolve_connection())
    client.check()  # one clear error for a bad URL or token before any work
    return client


@labelstudio.command()
@click.argument("documents", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--project", required=True, help="Project title; created from the schema if missing.")
@click.option("--batch-size", type=click.IntRange(1, 5000), default=500, show_default=True, help="Tasks per import request.")
@click.option("--offset-unit", type=click.Choice(["codepoint", "utf16"]), default="codepoint", show_default=True, help="How the server's front end counts Text offsets (Label Studio 1.23: code points).")
def push(documents: tuple[str, ...], project: str, batch_size: int, offset_unit: str) -> None:
    """Push documents as tasks with their machine layers as predictions (idempotent)."""
    from annotate.labelstudio import sync

    try:
        source = sync.documents_in(documents)
        with _client() as client, _progress("push") as bar:
            report = sync.push(client, source, project, batch_size=batch_size, progress=bar, offset_unit=offset_unit)
    except AnnotateError as exc:
        _fail(exc)
    click.echo(f"project {project!r} (id {report.project}): {report.created} created, {report.updated} updated, {report.unchanged} unchanged")


@labelstudio.command()
@click.option("--project", required=True, help="Project title.")
@click.option("--out", "out_dir", required=True, type=click.Path(path_type=Path, file_okay=False), help="Folder for the pulled documents.")
def pull(project: str, out_dir: Path) -> None:
    """Pull every submitted annotation as a validated document into OUT.

    One annotation: OUT/<id>.json. Several annotators: OUT/<id>--<annotation id>.json each;
    files an earlier pull wrote for the same task and this one does not are removed.
    """
    from annotate.labelstudio import sync

    try:
        with _client() as client:
            report = sync.pull(client, project, out_dir)
    except AnnotateError as exc:
        _fail(exc)
    removed = f"; {len(report.removed)} superseded file(s) removed" if report.removed else ""
    click.echo(f"project {project!r} (id {report.project}): {len(report.written)} document(s) from {report.tasks} annotated task(s) written to {out_dir}{removed}")
