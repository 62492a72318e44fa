#!/usr/bin/env bash
# Install the pinned Label Studio (and the pinned extras its speed tuning uses) into its own
# virtualenv (.labelstudio/venv by default). Label Studio pins many packages (Django, ...), so it
# never shares the project's .venv; the `annotate` package talks to it only over HTTP.
# Idempotent, and the same code as `annotate labelstudio serve` (server.ensure_installed), run
# with the project's Python: this script exists for CI and for people who want the install step
# separate from starting the server. Needs the project's .venv (scripts/setup.sh makes it first).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${LABEL_STUDIO_VENV:-$ROOT/.labelstudio/venv}"
PROJECT_PY="${PROJECT_PYTHON:-$ROOT/.venv/bin/python}"
"$PROJECT_PY" - "$VENV" <<'PY'
import sys
from pathlib import Path

from annotate.labelstudio.server import LABEL_STUDIO_VERSION, SERVER_EXTRAS, ensure_installed

binary = ensure_installed(Path(sys.argv[1]))
extras = ", ".join(f"{name} {version}" for name, version in SERVER_EXTRAS.items())
print(f"label-studio {LABEL_STUDIO_VERSION} (with {extras}) ready: {binary}")
PY
