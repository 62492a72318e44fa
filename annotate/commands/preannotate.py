"""`annotate preannotate INPUT... --out DIR [--workers N]`."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from annotate.commands._output import report_data_error
from annotate.errors import AnnotateError, DataError


@click.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", required=True, type=click.Path(file_okay=False, path_type=Path), help="Folder for the pre-annotated <id>.json documents.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64), help="Worker processes; output is identical for any N.")
def preannotate(inputs: tuple[Path, ...], out: Path, workers: int) -> None:
    """Pre-annotate actors, events, stances and conditions, offline.

    INPUT is a seed .txt file, a .jsonl of {"id", "text", "metadata"} records or of documents,
    a .json document, or a folder of them. Layers an input document already has are kept as
    they are; only empty layers are filled. Every input is checked before anything is written.
    """
    from annotate.preannotate import preannotate as run

    try:
        written = run(inputs, out, workers=workers)
    except DataError as exc:
        report_data_error(exc)
        click.echo(f"preannotate: nothing written; {len(exc.issues)} problem(s)", err=True)
        sys.exit(1)
    except (AnnotateError, OSError) as exc:
        click.echo(f"preannotate: {exc}", err=True)
        sys.exit(1)
    click.echo(f"preannotate: wrote {len(written)} document(s) to {out}")
