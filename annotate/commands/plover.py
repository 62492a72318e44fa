"""`annotate import plover FILE --out DIR`."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from annotate.commands._output import report_data_error
from annotate.errors import DataError


@click.group(name="import")
def import_group() -> None:
    """Import annotated data from other formats into documents."""


@import_group.command(name="plover")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--out", required=True, type=click.Path(file_okay=False, path_type=Path), help="Folder for <id>.json documents.")
def plover(file: Path, out: Path) -> None:
    """PLOVER gold-standard records (JSON array or .jsonl) into documents, usable as gold for `annotate eval`."""
    from annotate.documents import write_document
    from annotate.plover_import import import_plover
    from annotate.validate import validate_document

    try:
        docs = list(import_plover(file))
        for d in docs:
            problems = validate_document(d, str(file))
            if problems:
                raise DataError(problems)
    except DataError as exc:
        report_data_error(exc)
        click.echo(f"import plover: nothing written; {len(exc.issues)} problem(s)", err=True)
        sys.exit(1)
    for d in docs:
        write_document(d, out)
    click.echo(f"import plover: wrote {len(docs)} document(s) to {out}")
