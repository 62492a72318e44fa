"""`annotate validate PATH...`: schema and semantic checks with located, coded errors."""

from __future__ import annotations

import json
import os
import sys

import click

from annotate.commands._output import format_issue
from annotate.documents import DEFAULT_MAX_BYTES
from annotate.errors import Issue
from annotate.validate import iter_validation


def _escape_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_prop(s: str) -> str:
    return _escape_data(s).replace(":", "%3A").replace(",", "%2C")


def _github_line(i: Issue) -> str:
    # GitHub workflow command: shows as an annotation on the pull request's changed file.
    props = f"file={_escape_prop(i.file)},line={i.line or 1}"
    if i.column:
        props += f",col={i.column}"
    props += f",title={_escape_prop(f'{i.code} {i.name}')}"
    return f"::error {props}::{_escape_data(f'{i.path}: {i.message}. Fix: {i.fix}')}"


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--format", "output_format", type=click.Choice(["text", "json", "github"]), default="text", show_default=True, help="text for people, json for machines, github for pull-request annotations.")
@click.option("--workers", type=click.IntRange(min=0), default=0, help="Worker processes; 0 = one per CPU core.")
@click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True, help="Refuse a document (a file, or a .jsonl line) larger than this.")
def validate(paths: tuple[str, ...], output_format: str, workers: int, max_bytes: int) -> None:
    """Validate documents: files, folders and .jsonl files.

    Checks the JSON Schema and the semantic rules (references resolve, spans inside the text
    and matching it, mode belongs to type, ids unique, file name equals id, no duplicate ids
    or texts across the dataset). Exit 0 when valid, 1 when not, 2 on a usage error.
    Nothing is modified.
    """
    n_workers = workers or (os.cpu_count() or 1)
    files = documents = invalid_files = errors = 0
    collected: list[dict[str, object]] = []
    for result in iter_validation(paths, workers=n_workers, max_bytes=max_bytes):
        files += 1
        documents += result.documents
        if not result.issues:
            continue
        invalid_files += 1
        errors += len(result.issues)
        if output_format == "json":
            collected += [i.to_dict() for i in result.issues]
        else:
            render = format_issue if output_format == "text" else _github_line
            for i in result.issues:
                click.echo(render(i))
    if files == 0:
        click.echo(f"validate: no .json or .jsonl files found in {', '.join(paths)}", err=True)
        sys.exit(1)
    if output_format == "json":
        click.echo(json.dumps({"valid": errors == 0, "files": files, "documents": documents, "invalid_files": invalid_files, "errors": collected}, ensure_ascii=False, indent=2))
    else:
        tail = f"{errors} error{'s' if errors != 1 else ''} in {invalid_files} of {files} file{'s' if files != 1 else ''}" if errors else f"all {documents} document{'s' if documents != 1 else ''} in {files} file{'s' if files != 1 else ''} valid"
        click.echo(f"validate: {documents} document{'s' if documents != 1 else ''} checked; {tail}", err=output_format == "github")
    sys.exit(1 if errors or files == 0 else 0)
