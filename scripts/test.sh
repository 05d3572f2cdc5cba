#!/usr/bin/env bash
# README command 2: set up, build (warnings are errors) and run every test with ctest, offscreen.
#
#   scripts/test.sh [CTEST ARGS...]              normal build in build/ (BUILD_DIR)
#   scripts/test.sh --sanitize [CTEST ARGS...]   AddressSanitizer + UBSan build in build-asan/
#                                                (BUILD_DIR), the whole suite under it;
#                                                DBX_SANITIZE_GUI=OFF leaves the desktop
#                                                application and its tests out (CI, for time)
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" != "--sanitize" ]; then
  bash scripts/build.sh
  # Every tr() string of app/ and core/ is in the translation files (resources/translations).
  bash scripts/check-translations.sh
  cd "${BUILD_DIR:-build}"
  QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j 2 "$@"
  exit
fi
shift

bash scripts/setup.sh
BUILD_DIR=${BUILD_DIR:-build-asan}
# DBX_ASAN (cmake/CommonConfig.cmake): -fsanitize=address,undefined -fno-sanitize-recover=undefined,
# so undefined behaviour aborts the test instead of printing a line nobody reads. The bench programs
# run no test and the normal build compiles them already: left out here (CI time).
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="${CMAKE_BUILD_TYPE:-RelWithDebInfo}" -DDBX_ASAN=ON \
  -DDBX_BUILD_BENCH=OFF -DDBX_BUILD_GUI="${DBX_SANITIZE_GUI:-ON}" >/dev/null
cmake --build "$BUILD_DIR" -j "$(nproc)"

root=$(pwd)
# detect_leaks: LeakSanitizer runs at every test's exit; tests/sanitizers/lsan.supp says which
# reports belong to system libraries and why. new_delete_type_mismatch and alloc_dealloc_mismatch
# stay on: they are real bugs when they are ours.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:check_initialization_order=1:detect_stack_use_after_return=0}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1:suppressions=$root/tests/sanitizers/ubsan.supp}
cd "$BUILD_DIR"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j 2 "$@"
