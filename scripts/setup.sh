#!/usr/bin/env bash
# Install everything the project needs, from nothing but this repository and the package
# registries: the project's virtualenv (.venv) with the package and its test tools, Label
# Studio in its own virtualenv (.labelstudio/venv), and, with --test, Debian's Chromium for
# the browser test. Idempotent and quiet when everything is already there.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PY="${PYTHON:-python3}"
WITH_TEST=0
[ "${1:-}" = "--test" ] && WITH_TEST=1

if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
  .venv/bin/python -m pip install --quiet --upgrade pip
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".[test]"

bash scripts/install_labelstudio.sh

if [ "$WITH_TEST" = 1 ] && [ ! -x /usr/bin/chromium ]; then
  # Debian's Chromium for the Playwright browser test (never a downloaded browser build).
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  elif command -v sudo >/dev/null; then
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "setup: /usr/bin/chromium is missing and cannot be installed without root; the browser test will be skipped" >&2
  fi
fi
