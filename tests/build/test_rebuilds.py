"""``make serve`` rebuilds in one process for as long as an author edits: memory must stay flat.

The lesson's ```python exec="on" blocks run in markdown-exec sessions, which markdown-exec keeps for
the life of the process. ``serve_rebuilds.py`` rebuilds the real site in a fresh process the way
``mkdocs serve`` does (``on_startup`` once, the first build on that config, each rebuild on a newly
loaded one) and, for comparison, on one config object throughout; it reports what the lesson's code
left alive after each build.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

REBUILDS = 5
# The lesson makes np.zeros((32, 28, 28, 3)): 602,112 bytes of floats per build if its session is kept.
TENSOR_BYTES = 32 * 28 * 28 * 3 * 8


@pytest.mark.parametrize("mode", ["config-per-rebuild", "one-config"])
def test_rebuilds_free_the_python_sessions_of_earlier_builds(tmp_path: Path, mode: str) -> None:
    """Assert N rebuilds leave no more of the lesson's objects and memory alive than two do."""
    proc = subprocess.run(
        [sys.executable, "-m", "tests.build.serve_rebuilds", str(tmp_path / "site"), str(REBUILDS), mode],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        timeout=600,
        check=False,  # the assert shows mkdocs's output, which check=True would hide
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    seen = json.loads(proc.stdout.strip().splitlines()[-1])
    assert all(seen["output_shown"])  # every rebuild still runs the blocks and shows their output
    kept, functions = seen["kept"], seen["functions"]
    assert kept[-1] <= kept[1], f"bytes allocated by the lesson's blocks, alive after each build: {kept}"
    assert functions[-1] <= functions[1], (
        f"functions of the lesson's blocks alive after each build: {functions}"
    )
    assert seen["held"] and max(seen["held"]) >= TENSOR_BYTES  # the measure does see the lesson's tensor
