"""How every command prints located data problems: one format for people, the same everywhere."""

from __future__ import annotations

import click

from annotate.errors import DataError, Issue


def format_issue(i: Issue) -> str:
    """`file:line:col: $.path: CODE name: message` and the fix on the next line."""
    where = i.file + (f":{i.line}" if i.line else "") + (f":{i.column}" if i.column else "")
    return f"{where}: {i.path}: {i.code} {i.name}: {i.message}\n    fix: {i.fix}"


def report_data_error(exc: DataError, *, limit: int | None = None) -> None:
    """Print a DataError's issues on stderr (the caller decides the exit)."""
    shown = exc.issues if limit is None else exc.issues[:limit]
    for i in shown:
        click.echo(format_issue(i), err=True)
    if len(exc.issues) > len(shown):
        click.echo(f"... and {len(exc.issues) - len(shown)} more", err=True)
