"""Every demo is laid out the same way: ``demos/<name>/`` with ``state.py``, ``picture.py``, ``__init__.py``.

So a reader who has read one demo knows where everything is in the next. The imports inside a demo
point one way (``__init__`` → ``picture`` → ``state``), and each demo's tests mirror its files.
"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

from demos.base import Demo
from demos.registry import DEMOS
from tests.conftest import ROOT

FRAMEWORK = {"__init__", "base", "browser", "calls", "exercises", "fields", "options", "registry", "session"}


def imported(path: Path) -> set[str]:
    """The modules ``path`` imports, by full dotted name (``from a import b`` counts as ``a`` and ``a.b``)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names |= {node.module} | {f"{node.module}.{alias.name}" for alias in node.names}
    return names


def test_top_level_holds_only_the_framework_and_one_package_per_demo() -> None:
    """Assert demos/ holds the shared modules and, besides them, exactly one package per registered demo."""
    folder = ROOT / "demos"
    assert {p.stem for p in folder.glob("*.py")} == FRAMEWORK
    packages = {p.parent.name for p in folder.glob("*/__init__.py")}
    assert packages == set(DEMOS)


@pytest.mark.parametrize("name", sorted(DEMOS))
def test_each_demo_has_state_picture_and_its_demo_class(name: str) -> None:
    """Assert demos/<name>/ has state.py (State, OPTIONS, initial, update), picture.py (render), the Demo."""
    state = importlib.import_module(f"demos.{name}.state")
    picture = importlib.import_module(f"demos.{name}.picture")
    package = importlib.import_module(f"demos.{name}")
    for attr in ("State", "OPTIONS", "initial", "update"):
        assert hasattr(state, attr), f"demos/{name}/state.py has no {attr}"
    assert callable(picture.render)
    demo = DEMOS[name]
    assert isinstance(demo, Demo) and type(demo).__module__ == f"demos.{name}"
    assert type(demo) in vars(package).values()
    assert demo.options is state.OPTIONS


@pytest.mark.parametrize("name", sorted(DEMOS))
def test_imports_inside_a_demo_point_one_way(name: str) -> None:
    """Assert state.py imports nothing else of its demo but helper modules, and picture.py not the Demo."""
    folder = ROOT / "demos" / name
    own = {f"demos.{name}.{p.stem}" for p in folder.glob("*.py") if p.stem != "__init__"}
    state_imports = imported(folder / "state.py")
    assert not state_imports & {f"demos.{name}", f"demos.{name}.picture"}
    assert not imported(folder / "picture.py") & {f"demos.{name}"}
    for helper in own - {f"demos.{name}.state", f"demos.{name}.picture"}:
        helper_imports = imported(folder / f"{helper.rsplit('.', 1)[1]}.py")
        assert not helper_imports & {f"demos.{name}", f"demos.{name}.picture", f"demos.{name}.state"}, helper
    for path in folder.glob("*.py"):
        others = {n for n in imported(path) if n.startswith("demos.") and n.split(".")[1] not in FRAMEWORK}
        assert all(n.split(".")[1] == name for n in others), f"{path} imports another demo: {others}"


@pytest.mark.parametrize("name", sorted(DEMOS))
def test_each_demo_has_tests_mirroring_its_files(name: str) -> None:
    """Assert tests/demos/<name>/ has a test module for each of state.py, picture.py and __init__.py."""
    folder = ROOT / "tests" / "demos" / name
    assert {p.name for p in folder.glob("test_*.py")} >= {"test_state.py", "test_picture.py", "test_demo.py"}
