#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz with clang-14 (ASan + UBSan +
# fuzzer instrumentation) and runs each for SECONDS seconds from its seed
# corpus. Exits non-zero on the first finding (the crash input is kept in
# build/fuzz/findings/).
#   tools/fuzz.sh [SECONDS_PER_TARGET] [TARGET_FILTER]
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-10}
filter=${2:-}
build=build/fuzz
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_COMPILER=clang-14 -DCMAKE_CXX_COMPILER=clang++-14 \
  -DDIPGRAPH_FUZZ=ON -DDIPGRAPH_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" -j "$(nproc)" >/dev/null
mkdir -p "$build/findings"
for exe in "$build"/tests/fuzz/*_fuzz; do
  name=$(basename "$exe" _fuzz)
  if [ -n "$filter" ] && [[ "$name" != *"$filter"* ]]; then continue; fi
  work="$build/corpus/$name"
  mkdir -p "$work"
  seeds=tests/fuzz/seeds/$name
  [ -d "$seeds" ] || seeds=""
  echo "fuzz: $name for ${secs}s" >&2
  ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 \
  LSAN_OPTIONS=suppressions=$PWD/tools/lsan.supp \
  UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1:suppressions=$PWD/tools/ubsan.supp \
    "$exe" -max_total_time="$secs" -max_len=65536 -rss_limit_mb=2048 -timeout=10 \
      -artifact_prefix="$build/findings/$name-" -print_final_stats=1 "$work" $seeds 2>&1 |
    grep -E "stat::number_of_executed_units|ERROR|SUMMARY|Done" >&2
done
echo "fuzz: no findings"
