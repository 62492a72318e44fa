#!/usr/bin/env bash
# The main job, end to end on embedded defaults: install everything, then
#   ingest the seeds -> validate the dataset -> pre-annotate -> measure the pre-annotation
#   against the gold documents -> start a local Label Studio (SQLite, 127.0.0.1) -> push the
#   pre-annotated tasks -> pull the annotations back -> release the dataset as a versioned
#   Hugging Face dataset folder (release/, a git repo tagged vX.Y.Z) -> load every config back.
# Re-running is safe: ingest keeps existing documents, push is idempotent, and a release
# version that already exists is not cut twice.
# Environment: RELEASE_VERSION (default 0.1.0); KEEP_LABEL_STUDIO=1 leaves the server running
# for annotators; LABEL_STUDIO_URL + LABEL_STUDIO_API_KEY use another server instead.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
VERSION="${RELEASE_VERSION:-0.1.0}"
PROJECT="${LABEL_STUDIO_PROJECT:-political-news}"
A=.venv/bin/annotate
step() { printf '\n== %s\n' "$*"; }

step "install"
bash scripts/setup.sh

step "ingest seeds/ -> dataset/documents/ (existing documents are kept)"
$A ingest seeds --out dataset/documents

step "validate dataset/"
$A validate dataset/

step "pre-annotate seeds/ -> build/preannotated/"
rm -rf build/preannotated
$A preannotate seeds --out build/preannotated --workers 2
$A validate build/preannotated

step "pre-annotation against the gold documents (per-layer P/R/F1)"
$A eval dataset/documents build/preannotated

started_here=0
if [ -z "${LABEL_STUDIO_URL:-}" ]; then
  step "start the local Label Studio"
  $A labelstudio serve
  started_here=1
fi
stop_server() { if [ "$started_here" = 1 ] && [ "${KEEP_LABEL_STUDIO:-0}" != 1 ]; then $A labelstudio stop || true; fi; }
trap stop_server EXIT

step "push build/preannotated/ to Label Studio project '$PROJECT' (idempotent)"
$A labelstudio push build/preannotated --project "$PROJECT"

step "pull submitted annotations -> build/pulled/"
$A labelstudio pull --project "$PROJECT" --out build/pulled

step "release v$VERSION -> release/"
if git -C release rev-parse -q --verify "refs/tags/v$VERSION" >/dev/null 2>&1; then
  echo "release/ already has v$VERSION; not cutting it again (set RELEASE_VERSION to release a new version)"
else
  $A release --version "$VERSION" --out release
fi
(cd release && sha256sum --check --quiet SHA256SUMS)

step "load every config back with datasets.load_dataset (offline)"
HF_DATASETS_OFFLINE=1 HF_HUB_OFFLINE=1 .venv/bin/python - <<'PY'
import datasets
for config in ("documents", "events", "actors", "stances", "conditions"):
    ds = datasets.load_dataset("release", config, split="train")
    print(f"{config:11s} {ds.num_rows:6d} rows")
PY

if [ "${KEEP_LABEL_STUDIO:-0}" = 1 ] && [ "$started_here" = 1 ]; then
  echo; echo "Label Studio keeps running (see .labelstudio/server.json for its URL); stop it with: $A labelstudio stop"
fi
echo; echo "main job done"
