#!/usr/bin/env bash
# The module rules of docs/ARCHITECTURE.md, checked on every #include (CI runs it):
#  - each core module includes only the modules its row of the page's table names; no cycles;
#  - core never includes Qt Widgets or Qt Gui;
#  - app/ never speaks HTTP (no QNetworkAccessManager / QNetworkRequest / QNetworkReply);
#  - app/gui headers include no client: the GUI reaches core work through core/worker.
# Prints each broken rule with file:line and exits 1; prints one line and exits 0 when all hold.
set -euo pipefail
cd "$(dirname "$0")/.."

fail=0
report() { echo "layers: $*" >&2; fail=1; }

# The table is the one of docs/ARCHITECTURE.md ("The modules and what each may include"), read
# from the page itself so that the page and the check cannot say different things. A row
# `| \`core/<module>\` | <job> | <may include> |`: modules separated by commas, "Qt Core" and
# (remarks) ignored, "everything above" = every module of the rows before it and what those may
# include.
page=docs/ARCHITECTURE.md
declare -A allowed=()
above=""
while IFS='|' read -r _ cell _ deps _; do
  module=$(sed -E 's/^ *`core\/([a-z0-9]+)` *$/\1/' <<<"$cell")
  deps=$(sed -E 's/\([^)]*\)//g; s/Qt Core//; s/,/ /g' <<<"$deps")
  [[ $deps == *"everything above"* ]] && deps=$above
  allowed[$module]=$(xargs -n1 <<<"$deps" | sort -u | xargs)
  above="$above $module ${allowed[$module]}"
done < <(grep -E '^\| `core/[a-z0-9]+` \|' "$page")
for dir in core/*/; do
  module=$(basename "$dir")
  [ -n "${allowed[$module]+set}" ] || report "core/$module has no row in $page's table of modules"
done
for module in "${!allowed[@]}"; do
  for dep in ${allowed[$module]}; do
    [ -d "core/$dep" ] || [ -d "core/conductorone/proto/$dep" ] \
      || report "$page: core/$module may include '$dep', which is no module of core/"
  done
done

qtdir=$(find /usr/include -maxdepth 3 -type d -name QtWidgets -path '*qt6*' 2>/dev/null | head -1 || true)

for module in "${!allowed[@]}"; do
  [ -d "core/$module" ] || continue
  while IFS=: read -r file line text; do
    dep=$(sed -E 's/.*#include "([a-z0-9]+)\/.*/\1/' <<<"$text")
    [ "$dep" = "$module" ] && continue
    [[ " ${allowed[$module]} " == *" $dep "* ]] || report "$file:$line: core/$module may not include $dep/ ($text)"
  done < <(grep -rnE '^#include "[a-z0-9]+/' "core/$module" --include='*.h' --include='*.cpp' || true)
done

# Qt Widgets / Gui in core: an include whose name is a header of QtWidgets or QtGui.
while IFS=: read -r file line text; do
  name=$(sed -E 's/.*#include <([A-Za-z]+)>.*/\1/' <<<"$text")
  case "$name" in QtWidgets|QtGui) report "$file:$line: core includes $name"; continue ;; esac
  if [ -n "$qtdir" ] && { [ -e "$qtdir/$name" ] || [ -e "$(dirname "$qtdir")/QtGui/$name" ]; }; then
    report "$file:$line: core includes the widget/GUI header <$name>"
  fi
done < <(grep -rnE '^#include <Q[A-Za-z]+>' core --include='*.h' --include='*.cpp' || true)

while IFS=: read -r file line text; do
  report "$file:$line: app/ speaks HTTP ($text); go through core"
done < <(grep -rnE '^#include <(QNetworkAccessManager|QNetworkRequest|QNetworkReply)>' app || true)

while IFS=: read -r file line text; do
  report "$file:$line: a GUI header includes a client ($text); include core/worker or a value header"
done < <(grep -rnE '^#include "(dropbox/|auth/AuthorizationFlow|auth/TokenEndpoint|conductorone/(C1Service|BatonClient|AccessTokenSource|TokenSource)|sync/SyncEngine|provision/Provisioner)' app/gui --include='*.h' || true)

[ "$fail" -eq 0 ] && echo "layers: every #include follows docs/ARCHITECTURE.md"
exit "$fail"
