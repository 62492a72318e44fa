#!/usr/bin/env bash
# Install the pinned Label Studio into its own virtualenv (.labelstudio/venv by default).
# Label Studio pins many packages (Django, ...), so it never shares the project's .venv;
# the `annotate` package talks to it only over HTTP. Idempotent: a venv that already has
# the pinned version is left alone. Same logic as `annotate labelstudio serve` (which calls
# annotate.labelstudio.server.ensure_installed); this script exists for CI and for people who
# want the install step separate from starting the server.
set -euo pipefail
LS_VERSION="${LABEL_STUDIO_VERSION:-1.23.2}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${LABEL_STUDIO_VENV:-$ROOT/.labelstudio/venv}"
PY="${PYTHON:-python3}"
if [ -x "$VENV/bin/label-studio" ] && "$VENV/bin/python" -c "import importlib.metadata as m, sys; sys.exit(m.version('label-studio') != '$LS_VERSION')" 2>/dev/null; then
  echo "label-studio $LS_VERSION already installed in $VENV"
  exit 0
fi
mkdir -p "$(dirname "$VENV")"
chmod 700 "$(dirname "$VENV")"
"$PY" -m venv "$VENV"
"$VENV/bin/python" -m pip install --quiet --upgrade pip
"$VENV/bin/python" -m pip install --quiet "label-studio==$LS_VERSION"
echo "installed label-studio $LS_VERSION in $VENV"
