#!/usr/bin/env bash
# The module rules of docs/ARCHITECTURE.md, checked on every #include (CI runs it):
#  - each core module includes only the modules below it (the table below); no cycles;
#  - core never includes Qt Widgets or Qt Gui;
#  - app/ never speaks HTTP (no QNetworkAccessManager / QNetworkRequest / QNetworkReply);
#  - app/gui headers include no client: the GUI reaches core work through core/worker.
# Prints each broken rule with file:line and exits 1; prints one line and exits 0 when all hold.
set -euo pipefail
cd "$(dirname "$0")/.."

declare -A allowed=(
  [base]=""
  [model]="base"
  [sim]="base model"
  [dropbox]="base model"
  [auth]="base model dropbox store"
  [store]="base model"
  [sync]="base model dropbox store"
  [provision]="base model dropbox store sync"
  [insight]="base model store"
  [conductorone]="base model store c1"
  [c1sim]="base model store conductorone sim c1"
  [worker]="base model sim dropbox auth store sync provision insight conductorone c1sim c1"
)
qtdir=$(find /usr/include -maxdepth 3 -type d -name QtWidgets -path '*qt6*' 2>/dev/null | head -1 || true)
fail=0
report() { echo "layers: $*" >&2; fail=1; }

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
