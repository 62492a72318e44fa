"""The thin Hugging Face Hub layer of a release: upload a built release folder and tag it.

The token comes from the caller (the CLI reads HF_TOKEN from the environment); it is never
printed, logged or put in an error message. Nothing here is exercised against an imitation
server in tests: it is a few direct huggingface_hub calls.
"""

from __future__ import annotations

import os
from pathlib import Path

from annotate import errors as E
from annotate.errors import DataError, issue

TOKEN_ENV = "HF_TOKEN"


def token_from_env() -> str | None:
    """The Hub token from HF_TOKEN, or None when unset or empty."""
    value = os.environ.get(TOKEN_ENV, "").strip()
    return value or None


def _scrub(message: str, token: str) -> str:
    return message.replace(token, "***") if token else message


def upload_release(folder: Path | str, *, repo_id: str, version: str, token: str) -> str:
    """Upload folder to the dataset repository repo_id as one commit and tag it v<version>.

    Refuses (AN703) when the Hub repository already has that tag. Returns the tag's URL."""
    if not token:
        raise DataError([issue(E.HUB_TOKEN_MISSING, TOKEN_ENV, "$", f"uploading to {repo_id} needs {TOKEN_ENV} in the environment")])
    from huggingface_hub import HfApi
    from huggingface_hub.errors import HfHubHTTPError

    api = HfApi(token=token)
    tag = f"v{version}"
    try:
        api.create_repo(repo_id, repo_type="dataset", exist_ok=True)
        refs = api.list_repo_refs(repo_id, repo_type="dataset")
        if any(t.name == tag for t in refs.tags):
            raise DataError([issue(E.RELEASE_VERSION_EXISTS, repo_id, "$", f"{tag} is already tagged on the Hub repository {repo_id}")])
        commit = api.upload_folder(folder_path=str(folder), repo_id=repo_id, repo_type="dataset", commit_message=f"Release {tag}", ignore_patterns=[".git/*", ".git"], delete_patterns=["data/**", "schema/**"])
        api.create_tag(repo_id, tag=tag, revision=commit.oid, repo_type="dataset", tag_message=f"Release {tag}")
    except DataError:
        raise
    except (HfHubHTTPError, OSError, ValueError) as exc:
        raise DataError([issue(E.HUB_FAILED, repo_id, "$", _scrub(str(exc).splitlines()[0] if str(exc) else type(exc).__name__, token))]) from None
    return f"https://huggingface.co/datasets/{repo_id}/tree/{tag}"
