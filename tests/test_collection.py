"""Assert that the default ``pytest`` run (``make test``, CI) reaches every test file under ``tests/``.

pytest skips some folder names by default (``build`` among them), which once left the build layer
unrun without anyone noticing; this test fails as soon as any test file is left out again.
"""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT


def test_default_collection_reaches_every_test_file() -> None:
    """Assert every ``tests/**/test_*.py`` file has at least one test in the default collection."""
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    collected = {line.split("::", 1)[0] for line in proc.stdout.splitlines() if "::" in line}
    on_disk = {path.relative_to(ROOT).as_posix() for path in (ROOT / "tests").rglob("test_*.py")}
    assert on_disk, "no test files found"
    assert on_disk - collected == set(), "test files the default run never collects"
