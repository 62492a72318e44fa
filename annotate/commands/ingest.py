"""`annotate ingest SEED... --out DIR`."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from annotate.commands._output import report_data_error
from annotate.errors import DataError
from annotate.ingest import ingest as ingest_seeds


@click.command()
@click.argument("seeds", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", required=True, type=click.Path(file_okay=False, path_type=Path), help="Folder for <id>.json documents.")
@click.option("--overwrite", is_flag=True, help="Replace existing documents of the same id (their annotations are lost).")
def ingest(seeds: tuple[Path, ...], out: Path, overwrite: bool) -> None:
    """Turn raw articles into documents without annotations.

    SEED is a seed .txt file (first line 'date YYYY-MM-DD', then the article verbatim), a .jsonl
    file of {"id", "text", "metadata"} records, or a folder of them. Existing documents are
    kept as they are (they may hold annotations) unless --overwrite is given.
    """
    try:
        written = ingest_seeds(seeds, out, overwrite=overwrite)
    except DataError as exc:
        report_data_error(exc)
        click.echo(f"ingest: nothing written; {len(exc.issues)} problem(s)", err=True)
        sys.exit(1)
    click.echo(f"ingest: wrote {len(written)} document(s) to {out}")
