"""Shared fixtures of the Python tests: the dipgraph binary, the source
tree, and a database built from examples/ with the CLI.

ctest passes DIPGRAPH_BIN (the built binary), DIPGRAPH_SOURCE_DIR and
PYTHONPATH (the build tree's cli/python, where the `dipgraph` package is
assembled); run by hand:

    DIPGRAPH_BIN=build/dev/cli/dipgraph PYTHONPATH=build/dev/cli/python \\
        python3 -m pytest tests/python
"""

import json
import os
import pathlib
import subprocess

import pytest

SOURCE_DIR = pathlib.Path(os.environ.get(
    "DIPGRAPH_SOURCE_DIR", pathlib.Path(__file__).resolve().parents[2]))
EXAMPLES = sorted((SOURCE_DIR / "examples" / "articles").glob("*.jsonl"))


def _binary():
    path = os.environ.get("DIPGRAPH_BIN")
    if not path or not os.access(path, os.X_OK):
        pytest.skip("DIPGRAPH_BIN is not set to the built dipgraph binary")
    return path


@pytest.fixture(scope="session")
def dipgraph_bin():
    """The path of the dipgraph binary under test."""
    return _binary()


def run_cli(binary, *args, input_text=None, check=True):
    """Runs `dipgraph args...` and returns the CompletedProcess (text mode).
    With check, a non-zero exit fails the test with the command's stderr."""
    proc = subprocess.run([binary, *map(str, args)], input=input_text,
                          capture_output=True, text=True, check=False)
    if check and proc.returncode != 0:
        pytest.fail(f"dipgraph {' '.join(map(str, args))} exited "
                    f"{proc.returncode}: {proc.stderr}")
    return proc


def json_lines(text):
    """The objects of a JSONL text."""
    return [json.loads(line) for line in text.splitlines() if line.strip()]


@pytest.fixture(scope="session")
def examples_db(dipgraph_bin, tmp_path_factory):
    """A database of every examples/articles/*.jsonl article, ingested with
    `dipgraph ingest` (extraction included)."""
    db = tmp_path_factory.mktemp("examples") / "dipgraph.db"
    run_cli(dipgraph_bin, "ingest", "--db", db, "-q", *EXAMPLES)
    return db


@pytest.fixture(scope="session")
def examples_stats(dipgraph_bin, examples_db):
    """`dipgraph stats --json` of examples_db."""
    return json.loads(run_cli(dipgraph_bin, "stats", "--db", examples_db,
                              "--json").stdout)
