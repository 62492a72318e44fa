"""The `annotate` command line. Each subcommand mirrors one library function; the library
never prints or exits, this module does. Exit codes: 0 ok, 1 invalid data or failed
operation, 2 usage error."""

from __future__ import annotations

import click

from annotate import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="annotate")
def main() -> None:
    """Structured annotation of political news."""


def _register() -> None:
    # Each concern keeps its commands in its own module under annotate/commands/.
    from annotate.commands import COMMANDS

    for command in COMMANDS:
        main.add_command(command)


_register()
