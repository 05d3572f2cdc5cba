#!/usr/bin/env bash
# Builds the fuzz targets of tests/fuzz with clang 14 (libFuzzer + ASan + UBSan) into build-fuzz/
# and runs each for SECONDS (default 60) on a copy of its seed corpus.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]      targets: dropbox plan c1z oauth http (default: all)
#
# FUZZ_PARALLEL=2 runs two targets at once; FUZZ_BUILD_DIR moves the build; FUZZ_JOBS sets the
# build's -j (default 2). Exits non-zero when a target crashed, leaked, hung or broke UB rules;
# the reproducer stays in build-fuzz/artifacts/<target>/ (replay it with
# build-fuzz/bin/fuzz_<target> <file>). Once fixed, copy it to tests/fuzz/crashes/<target>/ so
# the normal build's fuzz_replay_<target> test keeps it.
set -euo pipefail
cd "$(dirname "$0")/.."

ALL_TARGETS=(dropbox plan c1z oauth http)
SECONDS_EACH=60
if [[ $# -gt 0 && $1 =~ ^[0-9]+$ ]]; then
  SECONDS_EACH=$1
  shift
fi
TARGETS=("$@")
[ ${#TARGETS[@]} -eq 0 ] && TARGETS=("${ALL_TARGETS[@]}")
for t in "${TARGETS[@]}"; do
  [[ " ${ALL_TARGETS[*]} " == *" $t "* ]] || { echo "fuzz: unknown target '$t' (${ALL_TARGETS[*]})" >&2; exit 2; }
done

BUILD_DIR=${FUZZ_BUILD_DIR:-build-fuzz}
PARALLEL=${FUZZ_PARALLEL:-1}

bash scripts/setup.sh --fuzz

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
# Debug keeps Qt's own Q_ASSERTs (bounds of at(), operator[]) live, -O1 keeps it fast enough.
# No GUI; warnings are not errors here (clang warns about other things than gcc does, and the
# normal build already holds the code to -Werror).
cmake -S . -B "$BUILD_DIR" -G Ninja "${launcher[@]}" \
  -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-g -O1" \
  -DDBX_FUZZ=ON -DDBX_BUILD_GUI=OFF -DDBX_BUILD_TESTS=ON -DDBX_WERROR=OFF >/dev/null
cmake --build "$BUILD_DIR" -j "${FUZZ_JOBS:-2}" --target "${TARGETS[@]/#/fuzz_}"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_QPA_PLATFORM=offscreen

run_one() {
  local t=$1
  local work="$BUILD_DIR/corpus/$t" artifacts="$BUILD_DIR/artifacts/$t" log="$BUILD_DIR/logs/$t.log"
  mkdir -p "$work" "$artifacts" "$(dirname "$log")"
  cp -n tests/fuzz/corpus/"$t"/* "$work"/ 2>/dev/null || true
  [ -d tests/fuzz/crashes/"$t" ] && cp -n tests/fuzz/crashes/"$t"/* "$work"/ 2>/dev/null || true
  rm -f "$artifacts"/crash-* "$artifacts"/leak-* "$artifacts"/timeout-* "$artifacts"/oom-*
  local rc=0
  "$BUILD_DIR/bin/fuzz_$t" -max_total_time="$SECONDS_EACH" -timeout=30 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$artifacts/" "$work" >"$log" 2>&1 || rc=$?
  local done_line runs
  done_line=$(grep -E '^#[0-9]+[[:space:]]+(DONE|pulse|NEW|REDUCE|INITED)' "$log" | tail -1 || true)
  runs=$(grep -E '^stat::number_of_executed_units' "$log" | awk '{print $2}' || true)
  local found
  found=$(ls "$artifacts" 2>/dev/null | head -1 || true)
  if [ "$rc" -ne 0 ] || [ -n "$found" ]; then
    echo "fuzz_$t: FAILED (exit $rc) after ${runs:-?} runs; reproducer: $artifacts/${found:-?}; log: $log"
    grep -E 'ERROR: |runtime error|SUMMARY' "$log" | head -5 | sed 's/^/  /'
    return 1
  fi
  echo "fuzz_$t: ok, ${runs:-?} runs in ${SECONDS_EACH}s; ${done_line}"
}

status=0
pids=()
for t in "${TARGETS[@]}"; do
  if [ "$PARALLEL" -gt 1 ]; then
    while [ "$(jobs -rp | wc -l)" -ge "$PARALLEL" ]; do sleep 1; done
    run_one "$t" &
    pids+=($!)
  else
    run_one "$t" || status=1
  fi
done
for p in "${pids[@]}"; do wait "$p" || status=1; done
exit $status
