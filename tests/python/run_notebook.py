"""Executes a notebook headlessly for ctest, the way a user would with
`jupyter nbconvert --to notebook --execute`, and fails if any cell raises.
The executed copy goes to a temporary directory (the notebook in the
repository is not rewritten); the notebook builds its database in a
temporary directory too (DIPGRAPH_DB).

Exits 77 (ctest's SKIP_RETURN_CODE for this test) when nbconvert or a
Python kernel is not installed (Debian: jupyter-nbconvert,
python3-ipykernel), and only then.

Usage: python3 run_notebook.py NOTEBOOK.ipynb
"""

import importlib.util
import os
import pathlib
import subprocess
import sys
import tempfile

SKIP = 77


def main(argv):
    notebook = pathlib.Path(argv[1]).resolve()
    missing = [m for m in ("nbconvert", "nbformat", "ipykernel")
               if importlib.util.find_spec(m) is None]
    if missing:
        print(f"not installed: {', '.join(missing)} (Debian: jupyter-nbconvert, "
              "python3-ipykernel): skipped")
        return SKIP
    with tempfile.TemporaryDirectory(prefix="dipgraph_notebook_") as tmp:
        env = dict(os.environ)
        env["DIPGRAPH_DB"] = str(pathlib.Path(tmp) / "dipgraph.db")
        env.pop("MPLBACKEND", None)  # the kernel's inline backend draws
        env["PYDEVD_DISABLE_FILE_VALIDATION"] = "1"
        # This interpreter runs the kernel too, so the packages it sees
        # (and PYTHONPATH's dipgraph) are the notebook's.
        cmd = [sys.executable, "-m", "nbconvert", "--to", "notebook", "--execute",
               "--ExecutePreprocessor.timeout=240",
               "--ExecutePreprocessor.kernel_name=python3",
               "--output-dir", tmp, "--output", "executed", str(notebook)]
        proc = subprocess.run(cmd, env=env, cwd=notebook.parent, check=False)
        if proc.returncode != 0:
            print(f"nbconvert failed with exit code {proc.returncode}")
            return 1
        executed = pathlib.Path(tmp) / "executed.ipynb"
        import nbformat  # pylint: disable=import-outside-toplevel

        nb = nbformat.read(executed, as_version=4)
        errors = [o for c in nb.cells if c.cell_type == "code"
                  for o in c.get("outputs", []) if o.get("output_type") == "error"]
        if errors:
            print(f"{len(errors)} cell(s) raised: {errors[0].get('ename')}: "
                  f"{errors[0].get('evalue')}")
            return 1
        ran = sum(1 for c in nb.cells if c.cell_type == "code" and c.get("execution_count"))
        images = sum(1 for c in nb.cells if c.cell_type == "code"
                     for o in c.get("outputs", []) if "image/png" in o.get("data", {}))
        print(f"notebook ran: {ran} code cells, {images} figures, no errors")
        if images < 2:
            print("expected the balance plot and the ego network as figures")
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
