#!/usr/bin/env bash
# README command 1: set up, build, and run a full sync of the built-in simulated Dropbox team
# (the embedded default), printing its summary. Extra arguments go to `sync`
# (e.g. --members 5000 --groups 300).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh >/dev/null
DB=${DB:-build/demo.sqlite}
build/bin/dropbox-connector-cli sync --demo --db "$DB" "$@"
build/bin/dropbox-connector-cli runs --db "$DB" | tail -n 3
