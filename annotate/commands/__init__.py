"""CLI subcommands, one module per concern. Add a command by importing it here."""

from __future__ import annotations

import click

from annotate.commands.evaluate import evaluate
from annotate.commands.export import export
from annotate.commands.ingest import ingest
from annotate.commands.plover import import_group
from annotate.commands.preannotate import preannotate
from annotate.commands.release import release
from annotate.commands.validate import validate

COMMANDS: list[click.Command] = [ingest, validate, release, export, preannotate, evaluate, import_group]
