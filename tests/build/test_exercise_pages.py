"""An exercise whose "Try it in the demo" names a demo must find that demo on its own page."""

from __future__ import annotations

from pathlib import Path

from tests.build.test_exec import build_pages, page_html
from tests.conftest import Build

EXERCISE = """```exercise
id: slope
kind: number
answer: 6
demo: {name: derivative, values: {f: "x^2", x: "3"}}
```
"""
DEMO = """```demo
demo: derivative
```
"""
# Pages that must build: tests/build/conftest.py builds them with the other modules' in one site.
GOOD_PAGES = {"before.md": f"# Page\n\n{DEMO}\n{EXERCISE}", "after.md": f"# Page\n\n{EXERCISE}\n{DEMO}"}


def test_an_exercise_without_its_demo_fails_the_build(tmp_path: Path) -> None:
    """Assert the build stops, naming the file, the exercise, the demo and the fix."""
    build = build_pages(tmp_path, {"lonely.md": f"# Page\n\nWhat is the slope of x² at 3?\n\n{EXERCISE}"})
    assert build.returncode != 0
    assert "docs/lonely.md: exercise fence 'slope': its demo 'derivative' is not on this page" in build.output
    assert "place the demo on the page with a ```demo fence (demo: derivative)" in build.output


def test_an_exercise_finds_its_demo_above_or_below(good_pages: Build) -> None:
    """Assert the demo may come before or after the exercise on the page."""
    assert "data-exercise" in page_html(good_pages, "before.md")
    assert "data-exercise" in page_html(good_pages, "after.md")
