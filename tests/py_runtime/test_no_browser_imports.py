"""Guard: every py_runtime module imports in plain CPython without touching ``js`` or ``pyodide``.

The same package runs at build time in CPython, so a browser-only import anywhere in it breaks the
build (or hides behind a try/except and behaves differently in the two places). The check runs in a
fresh interpreter so nothing imported by pytest or other tests can mask it, and it walks the package,
so modules added later (py_runtime.draw.* included) are covered without editing this file.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_PROBE = r"""
import importlib, importlib.abc, json, pkgutil, sys

BROWSER = ("js", "pyodide", "pyodide_js")
attempts = []

class Recorder(importlib.abc.MetaPathFinder):
    # Records any attempt, even one wrapped in try/except ImportError, then lets it fail normally.
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in BROWSER:
            attempts.append(name)
        return None

sys.meta_path.insert(0, Recorder())
import py_runtime
failures, imported = {}, ["py_runtime"]
def record_error(name):
    failures[name] = repr(sys.exc_info()[1])
for info in pkgutil.walk_packages(py_runtime.__path__, "py_runtime.", onerror=record_error):
    try:
        importlib.import_module(info.name)
        imported.append(info.name)
    except Exception as error:
        failures[info.name] = repr(error)
loaded = sorted(m for m in sys.modules if m.split(".")[0] in BROWSER)
print(json.dumps({"imported": imported, "failures": failures, "attempts": attempts, "loaded": loaded}))
"""


def _probe() -> dict:
    result = subprocess.run(
        [sys.executable, "-c", _PROBE],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,  # the assert below shows stderr, which check=True would hide
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_every_module_imports_without_browser_modules() -> None:
    """Assert all py_runtime modules import in CPython and none imports or tries js/pyodide."""
    report = _probe()
    assert report["failures"] == {}, report["failures"]
    assert report["attempts"] == [], f"tried to import browser modules: {report['attempts']}"
    assert report["loaded"] == []
    # The walk really happened: the math core is among what was imported.
    for name in (
        "py_runtime.vectors",
        "py_runtime.matrices",
        "py_runtime.calculus",
        "py_runtime.expr.parser",
        "py_runtime.expr.simplify",
    ):
        assert name in report["imported"]
