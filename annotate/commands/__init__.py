"""CLI subcommands, one module per concern.

Commands are imported only when invoked (see annotate.cli.LazyGroup), so `annotate validate`
does not pay for importing `datasets` or the pre-annotator. Add a command with one line:
its name and "module:attribute".
"""

from __future__ import annotations

COMMANDS: dict[str, str] = {
    "ingest": "annotate.commands.ingest:ingest",
    "validate": "annotate.commands.validate:validate",
    "preannotate": "annotate.commands.preannotate:preannotate",
    "eval": "annotate.commands.evaluate:evaluate",
    "import": "annotate.commands.plover:import_group",
    "labelstudio": "annotate.commands.labelstudio:labelstudio",
    "release": "annotate.commands.release:release",
    "export": "annotate.commands.export:export",
}
