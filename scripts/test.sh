#!/usr/bin/env bash
# README command 2: set up, build (warnings are errors) and run every test with ctest, offscreen.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
cd "${BUILD_DIR:-build}"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j 2 "$@"
