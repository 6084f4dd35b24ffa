#!/usr/bin/env bash
# Translations of the interface.
#
#   scripts/i18n.sh            update the .ts sources from the code, then compile them (update + release)
#   scripts/i18n.sh update     pyside6-lupdate: collect the strings of app/ (the interface, the command line, the
#                              reports and the core's messages) into resources/i18n/*.ts
#   scripts/i18n.sh release    pyside6-lrelease: compile resources/i18n/*.ts into the .qm files the application loads
#
# recognition_desk_uk.ts holds every string; recognition_desk_en.ts only the plural forms (-pluralonly), because
# the source strings are English. Translate with pyside6-linguist (or any .ts editor), then run `release`.
# The compiled .qm files are committed, so a checkout runs translated without this script;
# tests/shipping/test_translations.py fails when they are out of date or a string has no Ukrainian translation.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${PYSIDE6_BIN:-.venv/bin}
I18N=resources/i18n
SOURCES=(app/ui app/cli app/reports)
WRAPPED=build/i18n/wrapped_strings.py

update() {
  # Texts passed to one-argument helpers like _t("Exam") (translate with a fixed context) are invisible to lupdate:
  # i18n_wrappers.py writes them out as literal translate() calls for it to read too.
  # The same for the core's messages, msg("...") of app.messages, anywhere in app/, and for the texts the reports
  # and the core translate themselves: tr("Context", "text") and tr_noop("Context", "text") (app.translation).
  "$BIN/python" scripts/i18n_wrappers.py "$WRAPPED" app >/dev/null
  "$BIN/pyside6-lupdate" -silent -extensions py -locations relative -no-obsolete \
    -source-language en -target-language uk "${SOURCES[@]}" "$WRAPPED" -ts "$I18N/recognition_desk_uk.ts"
  "$BIN/pyside6-lupdate" -silent -extensions py -locations relative -no-obsolete -pluralonly \
    -source-language en -target-language en "${SOURCES[@]}" "$WRAPPED" -ts "$I18N/recognition_desk_en.ts"
}

release() {
  for ts in "$I18N"/recognition_desk_*.ts; do
    "$BIN/pyside6-lrelease" -silent -nounfinished -removeidentical "$ts" -qm "${ts%.ts}.qm"
  done
}

mkdir -p "$I18N"
case "${1:-all}" in
  update) update ;;
  release) release ;;
  all) update; release ;;
  *) echo "usage: $0 [update|release|all]" >&2; exit 2 ;;
esac
