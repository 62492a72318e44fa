"""`annotate release --version X.Y.Z`: a versioned dataset release (local git tag, optionally the Hub)."""

from __future__ import annotations

import click

from annotate.commands._output import report_data_error as _report
from annotate.errors import DataError
from annotate.hub import token_from_env
from annotate.release import release as release_fn


def report_data_error(exc: DataError) -> None:
    """Every issue to stderr, then exit 1 (never a traceback)."""
    _report(exc)
    raise SystemExit(1)


@click.command()
@click.option("--version", "version", required=True, help="Semantic version X.Y.Z of this release; must be greater than every earlier one.")
@click.option("--documents", "documents_dir", default="dataset/documents", show_default=True, type=click.Path(path_type=str), help="Folder of validated <id>.json documents.")
@click.option("--out", default="release", show_default=True, type=click.Path(path_type=str), help="The local dataset git repository (created if absent); each release is a commit tagged vX.Y.Z.")
@click.option("--repo-id", default=None, help="Also upload to this Hugging Face dataset repository (ORG/NAME); the token is read from HF_TOKEN.")
@click.option("--dry-run", is_flag=True, help="Build everything in a temporary folder and list the files; write and upload nothing.")
def release(version: str, documents_dir: str, out: str, repo_id: str | None, dry_run: bool) -> None:
    """Validate the documents and publish a versioned Hugging Face dataset release.

    Writes parquet files for the configs documents (default), events, actors, stances and
    conditions, the dataset card, DATASHEET.md, CHANGELOG.md, a copy of the schema and
    SHA256SUMS, commits them to the repository at --out and tags the commit vX.Y.Z. Exit 1
    and nothing changed when a document is invalid or the version exists or is not greater
    than the last.
    """
    try:
        result = release_fn(documents_dir, version, out, repo_id=repo_id, dry_run=dry_run, token=token_from_env(), progress=lambda m: click.echo(m, err=True))
    except DataError as exc:
        report_data_error(exc)
        return
    counts = ", ".join(f"{k} {v}" for k, v in result.counts.items())
    if result.dry_run:
        target = f"{result.out} and {result.repo_id}" if result.repo_id else str(result.out)
        click.echo(f"dry run: v{result.version} would publish {len(result.files)} files to {target} (rows: {counts})")
        if result.repo_id and not token_from_env():
            click.echo("note: HF_TOKEN is not set; the real upload would be refused", err=True)
        for name, size in result.files:
            click.echo(f"{size:>12}  {name}")
        return
    click.echo(f"released {result.tag} in {result.out} (commit {(result.commit or '')[:12]}; rows: {counts})")
    if result.hub_url:
        click.echo(f"uploaded to {result.hub_url}")
