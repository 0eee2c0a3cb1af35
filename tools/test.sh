#!/usr/bin/env bash
# The full test suite, from a fresh Debian 12 machine or an existing checkout
# (what .ci/run runs):
#   1. installs missing packages (tools/deps.sh);
#   2. builds with warnings as errors and runs every test (presets "ci");
#   3. builds the libraries, the binary and the tests again under
#      AddressSanitizer + UBSan and runs them (presets "asan"), together with
#      the fuzz targets of tests/fuzz replayed over their seeds and a fixed
#      set of mutants (ctest label fuzz:replay).
#   tools/test.sh              all of the above
#   tools/test.sh --quick      steps 1-2 only (local use)
#   tools/test.sh --fuzz SECS  all of the above, then a libFuzzer campaign of
#                              SECS seconds per target (tools/fuzz.sh, clang-14)
# Environment: TEST_JOBS (build jobs, default nproc).
set -euo pipefail
cd "$(dirname "$0")/.."
quick=0
fuzz_secs=0
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=1 ;;
    --fuzz) fuzz_secs=${2:?--fuzz needs SECONDS}; shift ;;
    *) echo "usage: tools/test.sh [--quick] [--fuzz SECONDS_PER_TARGET]" >&2; exit 2 ;;
  esac
  shift
done
jobs=${TEST_JOBS:-$(nproc)}
start=$SECONDS
# Each step's heading shows the elapsed wall time and the CPU time (user +
# system) that the steps before it used.
stamp() {
  local f cpu
  f=$(mktemp)
  times >"$f"  # not in a subshell: that would count only its own children
  cpu=$(tail -1 "$f" | awk '{ for (i = 1; i <= 2; i++) { split($i, t, "m"); s += t[1] * 60 + t[2] } printf "%.0f", s }')
  rm -f "$f"
  echo "== $1 (at $((SECONDS - start)) s, CPU $cpu s)"
}

stamp "packages"
bash tools/deps.sh
stamp "build (ci: RelWithDebInfo, -Werror)"
cmake --preset ci >/dev/null
cmake --build --preset ci -j "$jobs"
stamp "test (ci)"
ctest --preset ci
if [ "$quick" -eq 0 ]; then
  stamp "build (asan: ASan + UBSan, with the fuzz replays)"
  cmake --preset asan >/dev/null
  cmake --build --preset asan -j "$jobs"
  stamp "test (asan)"
  ctest --preset asan
fi
if [ "$fuzz_secs" -gt 0 ]; then
  stamp "fuzz (libFuzzer, ${fuzz_secs} s per target)"
  FUZZ_JOBS=$jobs bash tools/fuzz.sh "$fuzz_secs"
fi
stamp "all tests passed"
