#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz with clang-14 (ASan + UBSan +
# fuzzer instrumentation) and runs each for SECONDS seconds from its seed
# corpus (tests/fuzz/seeds/<target>/) plus the inputs earlier runs found
# (build/fuzz/corpus/<target>/). Exits non-zero on the first finding; the
# crashing input is kept in build/fuzz/findings/ (reproduce it with
# `build/fuzz/tests/fuzz/<target>_fuzz FILE`).
#   tools/fuzz.sh [SECONDS_PER_TARGET] [TARGET_FILTER]
# Environment: FUZZ_JOBS (build jobs, default nproc), FUZZ_MAX_LEN (default
# 65536).
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-10}
filter=${2:-}
build=build/fuzz
jobs=${FUZZ_JOBS:-$(nproc)}
max_len=${FUZZ_MAX_LEN:-65536}
bash tools/deps.sh
bash tools/deps.sh tools/packages-fuzz.txt
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_COMPILER=clang-14 -DCMAKE_CXX_COMPILER=clang++-14 \
  -DDIPGRAPH_FUZZ=ON -DDIPGRAPH_BUILD_TESTS=OFF >/dev/null
targets=()
for src in tests/fuzz/*_fuzz.cc; do
  name=$(basename "$src" .cc)
  if [ -n "$filter" ] && [[ "$name" != *"$filter"* ]]; then continue; fi
  targets+=("$name")
done
[ ${#targets[@]} -gt 0 ] || { echo "fuzz: no target matches '$filter'" >&2; exit 2; }
cmake --build "$build" -j "$jobs" --target "${targets[@]}" >/dev/null
mkdir -p "$build/findings"
for target in "${targets[@]}"; do
  name=${target%_fuzz}
  exe="$build/tests/fuzz/$target"
  work="$build/corpus/$name"
  mkdir -p "$work"
  seeds=tests/fuzz/seeds/$name
  [ -d "$seeds" ] || seeds=""
  log="$build/findings/$name.log"
  status=0
  ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 \
  LSAN_OPTIONS=suppressions=$PWD/tools/lsan.supp \
  UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1:suppressions=$PWD/tools/ubsan.supp \
    "$exe" -max_total_time="$secs" -max_len="$max_len" -rss_limit_mb=2048 -timeout=20 \
      -artifact_prefix="$build/findings/$name-" -print_final_stats=1 "$work" $seeds \
      >"$log" 2>&1 || status=$?
  execs=$(grep -o "stat::number_of_executed_units: *[0-9]*" "$log" | grep -o "[0-9]*$" || echo "?")
  echo "fuzz: $name: $execs runs in ${secs}s (corpus $(ls "$work" | wc -l) inputs)" >&2
  if [ "$status" -ne 0 ]; then
    grep -E "ERROR|SUMMARY|Test unit written|==[0-9]+==" "$log" | head -20 >&2
    echo "fuzz: $name found a problem (log: $log)" >&2
    exit 1
  fi
done
echo "fuzz: no findings" >&2
