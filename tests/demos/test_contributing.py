"""CONTRIBUTING.md, the guide to adding a demo, cannot drift from the code it describes.

Its code blocks are included from the real files (``tests/demos/guide.py``); every file, function
and class a step names must exist (``<name>`` stands for the guide's example, ``scale_vector``);
its fence example must build.
"""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path

import pytest

from demos.registry import DEMOS
from site_src.demo_fence import options_for, parse_source
from tests.demos.guide import GUIDE, INCLUDE, ROOT, includes, refresh

EXAMPLE = "scale_vector"
PATH_SUFFIXES = (".py", ".md", ".toml", ".js", ".css")
SOURCES = ("demos", "py_runtime", "site_src", "tests")


def guide() -> str:
    return GUIDE.read_text(encoding="utf-8")


def steps() -> dict[str, str]:
    """The guide's sections (heading and body) by heading, the introduction as ``intro``."""
    parts = re.split(r"^## (.+)$", guide(), flags=re.MULTILINE)
    # A heading belongs to its step: "The state: `demos/<name>/state.py`" names that file.
    return {
        "intro": parts[0],
        **{h: f"{h}\n{body}" for h, body in zip(parts[1::2], parts[2::2], strict=True)},
    }


def prose(section: str) -> str:
    """The text of a section without its fenced code blocks."""
    return re.sub(r"^```.*?^```$", "", section, flags=re.MULTILINE | re.DOTALL)


def named(section: str) -> list[str]:
    """The inline code spans of a section's prose."""
    return re.findall(r"`([^`\n]+)`", prose(section))


def paths(section: str) -> list[str]:
    """The files and folders a section names, ``<name>`` replaced by the example."""
    found = [t for t in named(section) if " " not in t and ("/" in t or t.endswith(PATH_SUFFIXES))]
    return [t.replace("<name>", EXAMPLE) for t in found]


def python_files(section: str) -> list[Path]:
    """The Python files a section names or includes code from."""
    refs = [ref.partition(":")[0] for ref in includes(section)]
    return [ROOT / p for p in (*paths(section), *refs) if p.endswith(".py") and (ROOT / p).is_file()]


@cache
def definitions(path: Path) -> set[str]:
    """Every name ``path`` defines: functions and classes at any depth (also as ``Class.method``), and
    top-level assignments."""
    names: set[str] = set()
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.ClassDef):
            names.add(node.name)
        if isinstance(node, ast.ClassDef):
            names |= {f"{node.name}.{n.name}" for n in node.body if isinstance(n, ast.FunctionDef)}
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names |= {t.id for t in node.targets if isinstance(t, ast.Name)}
    return names


def defined_anywhere(name: str) -> bool:
    return any(name in definitions(p) for folder in SOURCES for p in (ROOT / folder).rglob("*.py"))


STEPS = steps()


def test_the_guide_has_its_steps_in_order() -> None:
    """Assert the guide goes from an empty package to a placed, tested, documented demo."""
    headings = [h for h in STEPS if h != "intro"]
    assert [h.split(".")[0] for h in headings] == [str(n) for n in range(1, len(headings) + 1)]
    words = " ".join(headings).lower()
    for step in ("package", "state", "picture", "demo", "register", "test", "lesson", "document"):
        assert step in words, f"no step about {step!r}: {headings}"


def test_included_code_is_the_real_source() -> None:
    """Assert every code block marked as included is, byte for byte, the current source it names."""
    text = guide()
    assert len(includes(text)) >= 10
    assert all(match["code"].strip() for match in INCLUDE.finditer(text)), "an included block is empty"
    assert refresh(text) == text, "CONTRIBUTING.md has drifted: run .venv/bin/python -m tests.demos.guide"


def missing_files(section: str) -> list[str]:
    """The files and folders ``section`` names that do not exist (a bare name: next to one it names)."""
    named_paths = paths(section)
    folders = {ROOT / p for p in named_paths if (ROOT / p).is_dir()}
    folders |= {(ROOT / p).parent for p in named_paths if "/" in p}
    return [
        path
        for path in named_paths
        if not ((ROOT / path).exists() if "/" in path else any((f / path).exists() for f in folders))
    ]


def undefined_functions(section: str) -> list[str]:
    """The ``function()`` names of ``section`` that none of the Python files it names defines."""
    functions = [m[1] for t in named(section) if (m := re.fullmatch(r"([A-Za-z_][\w.]*)\(\)", t))]
    files = python_files(section)
    return [name for name in functions if not any(name in definitions(f) for f in files)]


@pytest.mark.parametrize("step", list(STEPS))
def test_every_file_a_step_names_exists(step: str) -> None:
    """Assert each file or folder the step names is in the repository."""
    assert missing_files(STEPS[step]) == []


@pytest.mark.parametrize("step", list(STEPS))
def test_every_function_a_step_names_is_defined_in_its_files(step: str) -> None:
    """Assert each ``function()`` the step names is defined in one of the files that step names."""
    assert undefined_functions(STEPS[step]) == []


@pytest.mark.parametrize("step", list(STEPS))
def test_every_class_or_constant_a_step_names_exists(step: str) -> None:
    """Assert each class (``Painter``) or constant (``OPTIONS``) the step names is defined in the code."""
    for token in named(STEPS[step]):
        if re.fullmatch(r"[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*|[A-Z][A-Z_]+", token):
            assert defined_anywhere(token), f"step {step!r} names {token}, which nothing defines"


def test_the_fence_example_builds() -> None:
    """Assert the guide's ``demo`` fence names a registered demo and options the build accepts."""
    fences = re.findall(r"^```demo\n(.*?)^```$", guide(), flags=re.MULTILINE | re.DOTALL)
    assert fences
    for body in fences:
        name, raw = parse_source(body)
        assert name in DEMOS
        DEMOS[name].initial(options_for(name, raw))


def test_the_checks_can_fail() -> None:
    """Assert a stale block, a renamed function and a misspelt file are each caught: the checks bite."""
    text = guide()
    stale = text.replace('k=float(options["k"])', "k=0.0", 1)
    assert stale != text and refresh(stale) != stale
    step = STEPS["2. The state: `demos/<name>/state.py`"]
    assert set(undefined_functions(step.replace("`initial()`", "`start()`"))) == {"start"}
    assert missing_files(step.replace("`demos/options.py`", "`demos/option.py`")) == ["demos/option.py"]
