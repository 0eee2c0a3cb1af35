"""Runs one pytest file for ctest; exits 77 (ctest's SKIP_RETURN_CODE for
these tests) when pytest is not installed, so the suite skips instead of
failing on a machine without python3-pytest.

Usage: python3 run_pytest.py TEST_FILE [PYTEST_ARGS...]
"""

import importlib.util
import shutil
import sys
import tempfile

SKIP = 77


def main(argv):
    if importlib.util.find_spec("pytest") is None:
        print("pytest is not installed (Debian: python3-pytest): skipped")
        return SKIP
    import pytest  # pylint: disable=import-outside-toplevel

    # A private temporary directory: ctest runs several files at once.
    basetemp = tempfile.mkdtemp(prefix="dipgraph_pytest_")
    try:
        code = pytest.main(["-q", "-p", "no:cacheprovider", f"--basetemp={basetemp}",
                            *argv[1:]])
    finally:
        shutil.rmtree(basetemp, ignore_errors=True)
    # 5: no test was collected, which is a broken suite, not a pass.
    return 1 if code == 5 else int(code)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
