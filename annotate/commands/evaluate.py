"""`annotate eval GOLD PRED [--format table|json]`."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from annotate.commands._output import report_data_error
from annotate.errors import DataError


@click.command(name="eval")
@click.argument("gold", type=click.Path(exists=True, path_type=Path))
@click.argument("pred", type=click.Path(exists=True, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def evaluate(gold: Path, pred: Path, fmt: str) -> None:
    """Per-layer precision, recall and F1 of PRED against GOLD.

    GOLD and PRED are document files or folders; documents are paired by id. On two
    annotators' versions of the same documents this is their inter-annotator agreement.
    """
    from annotate.evaluate import evaluate_paths, format_table

    try:
        result = evaluate_paths([gold], [pred])
    except DataError as exc:
        report_data_error(exc)
        sys.exit(1)
    if result["documents"] == 0:
        click.echo("eval: no document id is in both GOLD and PRED", err=True)
        sys.exit(1)
    click.echo(json.dumps(result, indent=2) if fmt == "json" else format_table(result))
