"""`annotate validate` (being written)."""

from __future__ import annotations

import click


@click.command()
@click.argument("paths", nargs=-1, required=True)
def validate(paths: tuple[str, ...]) -> None:
    """Validate documents (placeholder while the validator lands)."""
    raise click.ClickException("not implemented yet")
