"""``make serve`` rebuilds in one process: each build must import the project's code afresh."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config

from site_src.reload_hook import forget_project_modules

ROOT = Path(__file__).resolve().parents[2]


def test_forget_drops_only_project_modules() -> None:
    """Assert the project's packages are dropped and other modules are kept."""
    modules = {
        "demos": 1,
        "demos.registry": 2,
        "py_runtime.draw": 3,
        "site_src.hooks": 4,
        "json": 5,
        "demosaic": 6,
    }
    dropped = forget_project_modules(modules)
    assert sorted(dropped) == ["demos", "demos.registry", "py_runtime.draw", "site_src.hooks"]
    assert modules == {"json": 5, "demosaic": 6}


def test_two_builds_in_one_process_each_import_the_code_afresh(tmp_path: Path) -> None:
    """Assert that after a build the demo code is no longer cached, and a second build still works."""
    os.environ["NO_MKDOCS_2_WARNING"] = "1"
    saved = {
        name: module
        for name, module in sys.modules.items()
        if name.split(".")[0] in ("demos", "py_runtime", "site_src")
    }
    try:
        for run in range(2):
            config = load_config(str(ROOT / "mkdocs.yml"), site_dir=str(tmp_path / f"site{run}"))
            build(config)
            assert "demos.registry" not in sys.modules
            assert (tmp_path / f"site{run}" / "lessons" / "01-math-foundations.html").is_file()
    finally:
        sys.modules.update(saved)  # keep this test process's other tests on the objects they imported
