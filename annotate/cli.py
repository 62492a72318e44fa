"""The `annotate` command line. Each subcommand mirrors one library function; the library
never prints or exits, this module does. Exit codes: 0 ok, 1 invalid data or failed
operation, 2 usage error."""

from __future__ import annotations

import importlib

import click

from annotate import __version__
from annotate.commands import COMMANDS


class LazyGroup(click.Group):
    """A group whose subcommands are imported on first use, keeping start-up fast."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module, attr = target.split(":")
        command = getattr(importlib.import_module(module), attr)
        return command if command.name == cmd_name else _renamed(command, cmd_name)


def _renamed(command: click.Command, name: str) -> click.Command:
    command.name = name
    return command


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="annotate")
def main() -> None:
    """Structured annotation of political news."""
