"""`annotate export plover DOC...`: PLOVER JSON records, one line per event."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click

from annotate.commands.release import report_data_error
from annotate.documents import expand_paths, write_text_atomic
from annotate.errors import DataError
from annotate.plover_export import export_plover
from annotate.validate import validate_file


def _valid_documents(paths: tuple[str, ...]) -> list[dict[str, Any]]:
    """Validate first (same rules as `annotate validate`), then load; refuse anything invalid."""
    from annotate.documents import read_documents

    problems = []
    docs: list[dict[str, Any]] = []
    for file in expand_paths(paths):
        result = validate_file(file)
        problems += result.issues
        if not result.issues:
            docs += [loaded.document for loaded in read_documents(file) if loaded.document is not None]
    if problems:
        raise DataError(problems)
    return docs


@click.group()
def export() -> None:
    """Export documents to other formats."""


@export.command()
@click.argument("documents", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--out", default=None, type=click.Path(dir_okay=False, path_type=str), help="Write the JSONL here (atomically) instead of standard output.")
def plover(documents: tuple[str, ...], out: str | None) -> None:
    """Write one PLOVER JSON record per event (newline-delimited JSON).

    DOCUMENTS are .json/.jsonl files or folders. Fields follow the PLOVER manual's "Data
    Fields" chapter (id, date, actor, recipient, event, mode, context, event_text, text_info,
    coder, coded_date, …) plus status and the annotated category; see docs/guidelines.md.
    """
    try:
        records: Iterator[dict[str, Any]] = export_plover(_valid_documents(documents))
        lines = [json.dumps(r, ensure_ascii=False) + "\n" for r in records]
    except DataError as exc:
        report_data_error(exc)
        return
    if out is None:
        sys.stdout.write("".join(lines))
    else:
        write_text_atomic(Path(out), "".join(lines))
        click.echo(f"export: wrote {len(lines)} PLOVER record(s) to {out}", err=True)
