#!/usr/bin/env bash
# Brings every resources/translations/*.ts up to date with the tr() strings of app/ and core/
# (new strings join as unfinished, vanished ones leave). The English file holds only the plural
# forms ("%n change(s)"), so it is updated with -pluralonly. Also run by
# `cmake --build build --target update_translations`. Then translate what is new (Qt Linguist,
# or the <translation> elements by hand) and commit the .ts files; scripts/check-translations.sh
# (in scripts/test.sh) fails when a string is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=$(command -v lupdate || true)
[ -n "$lupdate" ] || lupdate=/usr/lib/qt6/bin/lupdate
[ -x "$lupdate" ] || { echo "update-translations: lupdate not found (scripts/setup.sh installs qt6-l10n-tools)" >&2; exit 1; }
for ts in resources/translations/*.ts; do
  only=()
  case "$ts" in *_en.ts) only=(-pluralonly) ;; esac
  # lupdate warns of every Q_DECLARE_TR_FUNCTIONS class "lacking Q_OBJECT": noise here.
  "$lupdate" -silent "${only[@]}" -no-obsolete -locations none -recursive app core -ts "$ts" 2>/dev/null
  echo "updated $ts"
done
