"""`cmake --install` puts an importable `dipgraph` package into the Python
site-packages directory: staged here with DESTDIR into a temporary
directory, then imported from there by a fresh interpreter that does not
see the build tree.
"""

import os
import pathlib
import subprocess
import sys

import pytest


def test_install_stages_an_importable_package(tmp_path):
    build = os.environ.get("DIPGRAPH_BUILD_DIR")
    site = os.environ.get("DIPGRAPH_PYTHON_INSTALL_DIR")
    cmake = os.environ.get("CMAKE_COMMAND", "cmake")
    if not build or not site:
        pytest.skip("the Python module is not part of this build")
    env = dict(os.environ, DESTDIR=str(tmp_path))
    subprocess.run([cmake, "--install", build], env=env, check=True, capture_output=True)
    staged = tmp_path / pathlib.Path(site).relative_to("/")
    assert (staged / "dipgraph" / "__init__.py").is_file()
    assert list((staged / "dipgraph").glob("_dipgraph*.so"))

    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONPATH"] = str(staged)
    probe = ("import dipgraph, sys; print(dipgraph.__file__); "
             "print(len(dipgraph.extract('The United States imposed new sanctions on Iran.', "
             "lang='en')))")
    out = subprocess.run([sys.executable, "-c", probe], env=env, check=True,
                         capture_output=True, text=True, cwd=tmp_path).stdout.split()
    assert out[0].startswith(str(staged))
    assert int(out[1]) >= 1
