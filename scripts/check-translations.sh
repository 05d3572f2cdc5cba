#!/usr/bin/env bash
# Fails when a tr() string of app/ or core/ is missing from a translation file
# (resources/translations/*.ts): lupdate reads the sources into a copy of each file, and any
# string it has to add is listed. Fix: `bash scripts/update-translations.sh` (or the build target
# update_translations), then
# translate what is new (Qt Linguist, or the <translation> elements by hand) and commit the .ts.
# Strings present but not yet translated are counted, not failed: they show in English.
# resources/translations/dropbox-connector_en.ts holds only the English plural forms.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=$(command -v lupdate || true)
[ -n "$lupdate" ] || lupdate=/usr/lib/qt6/bin/lupdate
[ -x "$lupdate" ] || { echo "check-translations: lupdate not found (scripts/setup.sh installs qt6-l10n-tools)" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
for ts in resources/translations/*.ts; do
  copy="$tmp/$(basename "$ts")"
  cp "$ts" "$copy"
  # English is the source language: its file holds only the plural forms ("%n change(s)").
  only=()
  case "$ts" in *_en.ts) only=(-pluralonly) ;; esac
  "$lupdate" -silent "${only[@]}" -no-obsolete -locations none -recursive app core -ts "$copy" >/dev/null 2>&1
  # Every (context, source) pair, one per line, before and after.
  pairs() { sed -n -e 's/^ *<name>\(.*\)<\/name>$/C \1/p' -e 's/^ *<source>\(.*\)<\/source>$/S \1/p' "$1" |
            awk '/^C /{c=substr($0,3); next} {print c " | " substr($0,3)}' | sort -u; }
  missing=$(comm -13 <(pairs "$ts") <(pairs "$copy"))
  if [ -n "$missing" ]; then
    echo "check-translations: $(printf '%s\n' "$missing" | wc -l) tr() string(s) missing from $ts:" >&2
    printf '  %s\n' "$missing" | head -50 >&2
    status=1
  fi
  unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
  total=$(grep -c '<source>' "$ts" || true)
  echo "check-translations: $ts: $((total - unfinished)) of $total strings translated"
done
[ "$status" -eq 0 ] || echo "check-translations: run 'cmake --build build --target update_translations' and translate the new strings" >&2
exit "$status"
