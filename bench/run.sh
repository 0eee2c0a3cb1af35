#!/usr/bin/env bash
# Builds the benchmarks in Release (preset "release") and runs every one,
# printing their JSON result lines on stdout (progress on stderr).
#   bench/run.sh [SHARED_DIR] [NAME_FILTER]
# SHARED_DIR defaults to ../shared next to the checkout (the corpora live
# there and are never copied into the repository).
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${1:-$(cd .. && pwd)/shared}
filter=${2:-}
bash tools/deps.sh
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)" >&2
for exe in build/release/bench/*_bench; do
  [ -x "$exe" ] || continue
  name=$(basename "$exe")
  if [ -n "$filter" ] && [[ "$name" != *"$filter"* ]]; then continue; fi
  echo "bench: running $name" >&2
  "$exe" "$shared"
done
