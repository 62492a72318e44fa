#!/usr/bin/env bash
# Install everything and run the full test suite (unit, acceptance through the CLI, property
# tests, integration tests against a real Label Studio on 127.0.0.1, the headless browser test).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
bash scripts/setup.sh --test
.venv/bin/python scripts/build_schema.py --check
exec .venv/bin/python -m pytest "$@"
