"""The release's README.md dataset card and CHANGELOG entry, rendered from counts and features.

The card's YAML header is what the Hugging Face Hub and `datasets` read: `configs` maps each
config to its parquet files, `dataset_info` repeats the declared features. The prose body comes
from annotate/resources/release/card.md (string.Template). No dates, no environment: the same
inputs give the same bytes.
"""

from __future__ import annotations

from pathlib import Path
from string import Template
from typing import Any

from datasets import Features
from huggingface_hub import DatasetCardData

from annotate.tables import CONFIGS, DEFAULT_CONFIG, DESCRIPTIONS

_TEMPLATES = Path(__file__).resolve().parent / "resources" / "release"
ANNOTATION_LICENSE = "cc-by-sa-4.0"
# Source-text licenses the Hub knows by id (SPDX id lower-cased); anything else is "other".
_HUB_LICENSES = {"cc0-1.0", "cc-by-4.0", "cc-by-sa-4.0", "cc-by-nc-4.0", "cc-by-nc-sa-4.0", "cc-by-nd-4.0", "odc-by", "pddl", "mit", "apache-2.0"}


def size_category(n: int) -> str:
    """The Hub's size_categories bucket for n examples."""
    for limit, label in ((1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"), (1_000_000, "100K<n<1M"), (10_000_000, "1M<n<10M")):
        if n < limit:
            return label
    return "10M<n<100M"


def _hub_licenses(licenses: dict[str, int]) -> list[str]:
    out = [ANNOTATION_LICENSE]
    for name in sorted(licenses):
        hub = name.lower()
        if hub in _HUB_LICENSES:
            if hub not in out:
                out.append(hub)
        elif "other" not in out:
            out.append("other")
    return out


def _type_name(feature: Any) -> str:
    """A short human-readable type for the column tables."""
    from datasets import List, Value

    if isinstance(feature, Value):
        return feature.dtype
    if isinstance(feature, List):
        return f"list<{_type_name(feature.feature)}>"
    if isinstance(feature, dict):
        return "struct{" + ", ".join(f"{k}: {_type_name(v)}" for k, v in feature.items()) + "}"
    return type(feature).__name__


def _columns_md(features: Features) -> str:
    rows = "\n".join(f"| `{name}` | `{_type_name(f)}` |" for name, f in features.items())
    return "| column | type |\n|---|---|\n" + rows


def _counter_md(counter: dict[str, int]) -> str:
    if not counter:
        return "none"
    return ", ".join(f"{k}: {v}" for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])))


def render_card(
    *,
    version: str,
    counts: dict[str, int],
    nbytes: dict[str, int],
    download: dict[str, int],
    statuses: dict[str, int],
    types: dict[str, int],
    licenses: dict[str, int],
    languages: dict[str, int],
    origins: dict[str, int],
    data_files: dict[str, str],
    features: dict[str, Features],
    schema_version: str,
    repo_id: str | None = None,
) -> str:
    configs = [
        {
            "config_name": c,
            **({"default": True} if c == DEFAULT_CONFIG else {}),
            "data_files": [{"split": "train", "path": data_files[c].rsplit("/", 1)[0] + "/*.parquet"}],
        }
        for c in CONFIGS
    ]
    info = [
        {
            "config_name": c,
            "features": features[c]._to_yaml_list(),
            "splits": [{"name": "train", "num_bytes": nbytes[c], "num_examples": counts[c]}],
            "download_size": download[c],
            "dataset_size": nbytes[c],
        }
        for c in CONFIGS
    ]
    hub_licenses = _hub_licenses(licenses)
    extra: dict[str, Any] = {}
    if "other" in hub_licenses:
        extra = {"license_name": "source-specific", "license_link": "DATASHEET.md"}
    data = DatasetCardData(
        language=sorted({lang.split("-")[0].lower() for lang in languages if lang != "unknown"}) or ["en"],
        license=hub_licenses,
        annotations_creators=["expert-generated"] if set(origins) <= {"manual", "corrected", "adjudicated"} else ["expert-generated", "machine-generated"],
        language_creators=["found"],
        multilinguality="monolingual" if len(languages) <= 1 else "multilingual",
        size_categories=[size_category(counts["documents"])],
        source_datasets=["original"],
        task_categories=["token-classification", "text-classification"],
        task_ids=["named-entity-recognition"],
        pretty_name="Structured events in political news (PLOVER)",
        tags=["event-extraction", "plover", "political-science", "stance", "factuality", "news"],
        configs=configs,
        dataset_info=info,
        **extra,
    )
    repo = repo_id or "ORG/NAME"
    template = Template((_TEMPLATES / "card.md").read_text(encoding="utf-8"))
    body = template.substitute(
        version=version,
        tag=f"v{version}",
        repo=repo,
        schema_version=schema_version,
        n_documents=counts["documents"],
        n_events=counts["events"],
        n_actors=counts["actors"],
        n_stances=counts["stances"],
        n_conditions=counts["conditions"],
        counts_table="\n".join(f"| `{c}` | {counts[c]} | {DESCRIPTIONS[c]} |" for c in CONFIGS),
        columns="\n\n".join(f"### `{c}`\n\n{_columns_md(features[c])}" for c in CONFIGS),
        statuses=_counter_md(statuses),
        types=_counter_md(types),
        licenses=_counter_md(licenses),
        origins=_counter_md(origins),
        empty_note=_empty_note(counts),
    )
    return f"---\n{data.to_yaml()}\n---\n\n{body}"


def _empty_note(counts: dict[str, int]) -> str:
    empty = [c for c in CONFIGS if counts[c] == 0]
    if not empty:
        return "All configs have rows in this release."
    names = ", ".join(f"`{c}`" for c in empty)
    return (
        f"Empty in this release: {names}. Their parquet files still declare every column type, but "
        "`datasets` cannot materialise a split with zero rows (`load_dataset(..., split=\"train\")` "
        "raises \"corresponds to no data\"); read their types with `load_dataset(..., streaming=True)` "
        "or `load_dataset_builder(...).info.features`."
    )


def render_changelog_entry(*, version: str, counts: dict[str, int], changes: list[str], statuses: dict[str, int]) -> str:
    lines = [f"## v{version}", ""]
    lines += [f"- {c}" for c in changes]
    lines.append("- Rows per config: " + ", ".join(f"{c} {counts[c]}" for c in CONFIGS))
    lines.append("- Events by status: " + _counter_md(statuses))
    return "\n".join(lines) + "\n"
