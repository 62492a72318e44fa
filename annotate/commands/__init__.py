"""CLI subcommands, one module per concern. Add a command by importing it here."""

from __future__ import annotations

import click

from annotate.commands.export import export
from annotate.commands.ingest import ingest
from annotate.commands.release import release
from annotate.commands.validate import validate

COMMANDS: list[click.Command] = [ingest, validate, release, export]
