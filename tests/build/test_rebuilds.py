"""``make serve`` rebuilds in one process for as long as an author edits: memory must stay flat.

The lesson's ```python exec="on" blocks run in markdown-exec sessions, which markdown-exec keeps for
the life of the process. The test rebuilds the real site the way ``mkdocs serve`` does (one config
object, ``on_startup`` once, then repeated builds) and counts what the lesson's code left alive.
"""

from __future__ import annotations

import gc
import os
import sys
import tracemalloc
import types
from collections.abc import Iterator
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

from tests.conftest import ROOT

REBUILDS = 6
LESSON_HTML = "lessons/01-math-foundations.html"
# The lesson makes np.zeros((32, 28, 28, 3)): 602,112 bytes of floats per build if its session is kept.
TENSOR_BYTES = 32 * 28 * 28 * 3 * 8


def lesson_bytes() -> int:
    """Bytes still held by allocations made on a lesson's code-block lines ("<code block: …>" files)."""
    gc.collect()
    snapshot = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, "<code block: *")])
    return sum(stat.size for stat in snapshot.statistics("filename"))


def lesson_functions() -> int:
    """Live functions defined by a lesson's code block (markdown-exec names their module after the block)."""
    gc.collect()
    return sum(
        1
        for obj in gc.get_objects()
        if isinstance(obj, types.FunctionType) and str(obj.__module__).startswith("_code_block")
    )


@pytest.fixture
def project_modules() -> Iterator[None]:
    """Keep this test process's other tests on the project modules they imported (builds forget them)."""
    saved = {
        name: mod
        for name, mod in sys.modules.items()
        if name.split(".")[0] in ("demos", "py_runtime", "site_src")
    }
    yield
    sys.modules.update(saved)


def test_rebuilds_free_the_python_sessions_of_earlier_builds(
    tmp_path: Path, project_modules: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Assert N rebuilds leave no more of the lesson's objects and memory alive than two do."""
    os.environ["NO_MKDOCS_2_WARNING"] = "1"
    config = load_config(str(ROOT / "mkdocs.yml"), site_dir=str(tmp_path / "site"))
    config.plugins.on_startup(command="serve", dirty=False)
    held: list[int] = []  # the lesson's bytes while a build still holds its sessions
    hook = next(module for name, module in config["hooks"].items() if name.endswith("exec_blocks.py"))
    free = getattr(hook, "_free_sessions", None)  # absent before the fix: the asserts below still say why
    if free is not None:
        monkeypatch.setattr(hook, "_free_sessions", lambda build: (held.append(lesson_bytes()), free(build)))
    functions: list[int] = []
    kept: list[int] = []
    tracemalloc.start()
    try:
        for _ in range(REBUILDS):
            build(config)
            functions.append(lesson_functions())
            kept.append(lesson_bytes())
            html = (tmp_path / "site" / LESSON_HTML).read_text(encoding="utf-8")
            assert 'class="exec-output"' in html  # every rebuild still runs the blocks and shows the output
    finally:
        tracemalloc.stop()
        config.plugins.on_shutdown()
    assert kept[-1] <= kept[1], f"bytes allocated by the lesson's blocks, alive after each build: {kept}"
    assert functions[-1] <= functions[1], (
        f"functions of the lesson's blocks, alive after each build: {functions}"
    )
    assert held and max(held) >= TENSOR_BYTES  # the measure does see the tensor while its build runs
