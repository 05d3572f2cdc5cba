#!/usr/bin/env bash
# Installs the dependencies (scripts/setup.sh) and builds everything into build/.
# BUILD_DIR and CMAKE_BUILD_TYPE may be set to override the defaults.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
BUILD_DIR=${BUILD_DIR:-build}
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="${CMAKE_BUILD_TYPE:-RelWithDebInfo}" >/dev/null
cmake --build "$BUILD_DIR" -j "$(nproc)"
