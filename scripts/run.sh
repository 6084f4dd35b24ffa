#!/usr/bin/env bash
# Set up the application (first run only) and start it. Extra arguments go to main.py, e.g. `scripts/run.sh demo`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/python main.py "$@"
