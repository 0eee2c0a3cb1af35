#!/usr/bin/env bash
# The full test suite, from a fresh Debian 12 machine or an existing checkout:
# installs missing packages, builds with warnings as errors and runs every
# test (ctest preset "ci"), then builds and runs the suite again under
# AddressSanitizer + UBSan (preset "asan").
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
echo "== all tests passed"
