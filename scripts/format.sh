#!/usr/bin/env bash
# The house format (.clang-format, Debian's clang-format 14) for every C++ file git tracks.
#
#   scripts/format.sh           rewrite the files in place
#   scripts/format.sh --check   change nothing; list each file that differs and exit 1 (CI)
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh --format
mapfile -t files < <(git ls-files '*.cpp' '*.h')
if [ "${1:-}" = "--check" ]; then
  # One clang-format per file, on every core; each prints its file's name when it differs.
  mapfile -t bad < <(printf '%s\0' "${files[@]}" |
    xargs -0 -n 8 -P "$(nproc)" sh -c 'for f; do clang-format --dry-run --Werror "$f" >/dev/null 2>&1 || echo "$f"; done' sh |
    sort)
  if [ ${#bad[@]} -gt 0 ]; then
    printf 'format: %d file(s) differ from .clang-format; run scripts/format.sh:\n' "${#bad[@]}" >&2
    printf '  %s\n' "${bad[@]}" >&2
    exit 1
  fi
  echo "format: ${#files[@]} files match .clang-format"
  exit 0
fi
clang-format -i "${files[@]}"
