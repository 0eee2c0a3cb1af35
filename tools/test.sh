#!/usr/bin/env bash
# The full test suite, from a fresh Debian 12 machine or an existing checkout:
# installs missing packages, builds with warnings as errors and runs every
# test (ctest preset "ci"), then builds and runs the suite again under
# AddressSanitizer + UBSan (preset "asan"), then a short libFuzzer smoke run
# of every target (tools/fuzz.sh).
#   tools/test.sh          everything (what .ci/run does)
#   tools/test.sh --quick  the ci build and tests only
set -euo pipefail
cd "$(dirname "$0")/.."
quick=0
[ "${1:-}" = "--quick" ] && quick=1
bash tools/deps.sh
jobs=$(nproc)
echo "== build (ci: RelWithDebInfo, -Werror)"
cmake --preset ci >/dev/null
cmake --build --preset ci -j "$jobs"
echo "== test (ci)"
ctest --preset ci
if [ "$quick" -eq 0 ]; then
  echo "== build (asan: ASan + UBSan)"
  cmake --preset asan >/dev/null
  cmake --build --preset asan -j "$jobs"
  echo "== test (asan)"
  ctest --preset asan
fi
# --- fuzz smoke (issue 10; owner: hardening) --------------------------------
# Every libFuzzer target of tests/fuzz from its seeds, 60 s in total; needs
# clang-14 and libFuzzer (libclang-rt-14-dev), skipped with a message if not.
if [ "$quick" -eq 0 ]; then
  fuzz_lib=$(clang++-14 -print-file-name=libclang_rt.fuzzer-x86_64.a 2>/dev/null || true)
  if command -v clang++-14 >/dev/null && [ -f "$fuzz_lib" ]; then
    targets=$(ls tests/fuzz/*_fuzz.cc | wc -l)
    per=$((60 / (targets > 0 ? targets : 1)))
    echo "== fuzz ($targets targets, ${per}s each)"
    bash tools/fuzz.sh "$per"
  else
    echo "== fuzz: skipped (clang-14 or libFuzzer missing: apt-get install clang-14 libclang-rt-14-dev)"
  fi
fi
# --- end fuzz smoke -----------------------------------------------------------
echo "== all tests passed"
