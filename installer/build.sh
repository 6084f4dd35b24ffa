#!/usr/bin/env bash
# Build the frozen one-folder application with PyInstaller and check it with --selftest.
#
#   bash installer/build.sh            build dist/RecognitionDesk and run its self-test (headless)
#   bash installer/build.sh --nsis     also wrap it into an NSIS installer with makensis (apt-get install nsis)
#
# The result is dist/RecognitionDesk/ with RecognitionDesk (the desktop application) and recognition-desk-cli (the
# command line). On Windows the same spec gives RecognitionDesk.exe; see installer/README.md for the installer.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)

bash scripts/setup.sh build                  # the pinned dependencies plus PyInstaller (the `build` extra)
# Reproducible build: every package at the exact version and hash of the lock file (CONTRIBUTING.md says how to
# regenerate it); pip refuses a download whose hash differs.
.venv/bin/python -m pip install --quiet --require-hashes --no-deps -r requirements/lock-linux.txt
# CI also compiles the Windows installer and runs it under Wine (tests/shipping/test_frozen_spec.py); both tools are
# in Debian. Best effort: without them those two tests are skipped.
if [ "${CI:-}" = "true" ] && { ! command -v makensis >/dev/null || [ ! -x /usr/lib/wine/wine64 ]; } \
    && command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq --no-install-recommends nsis wine64 >/dev/null 2>&1 \
    || (apt-get update -qq && apt-get install -y -qq --no-install-recommends nsis wine64 >/dev/null 2>&1) || true
fi
bash scripts/i18n.sh release                 # compile the translations from their .ts sources

mkdir -p build
log=build/pyinstaller.log
if ! .venv/bin/pyinstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller installer/recognition_desk.spec > "$log" 2>&1; then
  tail -n 40 "$log" >&2
  echo "PyInstaller failed; the whole log is in $log" >&2
  exit 1
fi
built=$(date +%s)
echo "frozen build: dist/RecognitionDesk ($(du -sh dist/RecognitionDesk | cut -f1)) in $((built - started)) s"

# The self-test needs no display; it must not reach the network or the user's folders.
QT_QPA_PLATFORM=offscreen timeout 300 dist/RecognitionDesk/recognition-desk-cli --selftest
echo "frozen self-test passed in $(($(date +%s) - built)) s"

if [ "${1:-}" = "--nsis" ]; then
  version=$(.venv/bin/python -c "import app; print(app.__version__)")
  makensis -V2 -DVERSION="$version" -DSOURCE_DIR="$PWD/dist/RecognitionDesk" -DOUT_DIR="$PWD/dist" \
    installer/recognition-desk.nsi
fi
