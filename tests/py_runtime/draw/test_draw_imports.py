"""Tests that the drawing layer stays browser-free, so it runs at build time in plain CPython."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
MODULES = [
    "py_runtime.theme",
    "py_runtime.draw",
    "py_runtime.draw.base",
    "py_runtime.draw.svg",
    "py_runtime.draw.canvas",
    "py_runtime.draw.recording",
    "py_runtime.draw.plot",
    "py_runtime.draw.ticks",
    "py_runtime.draw.sampling",
]


def test_importing_never_loads_js_or_pyodide() -> None:
    """Assert importing every drawing module in a fresh interpreter pulls in neither js nor pyodide."""
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in MODULES)
        + (
            "bad = sorted(m for m in sys.modules if m == 'js' or m.split('.')[0] == 'pyodide')\n"
            "print(','.join(bad))\n"
        )
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def test_only_standard_library_imports() -> None:
    """Assert the drawing sources import nothing outside the standard library and py_runtime."""
    sources = [ROOT / "py_runtime" / "theme.py", *sorted((ROOT / "py_runtime" / "draw").glob("*.py"))]
    allowed = set(sys.stdlib_module_names) | {"py_runtime", "__future__"}
    for source in sources:
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            else:
                continue
            for name in names:
                assert name.split(".")[0] in allowed, f"{source.name} imports {name}"
