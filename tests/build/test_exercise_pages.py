"""An exercise whose "Try it in the demo" names a demo must find that demo on its own page."""

from __future__ import annotations

from pathlib import Path

from tests.build.test_exec import build_pages, page_html

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


def test_an_exercise_without_its_demo_fails_the_build(tmp_path: Path) -> None:
    """Assert the build stops, naming the file, the exercise, the demo and the fix."""
    build = build_pages(tmp_path, {"lonely.md": f"# Page\n\nWhat is the slope of x² at 3?\n\n{EXERCISE}"})
    assert build.returncode != 0
    assert "docs/lonely.md: exercise fence 'slope': its demo 'derivative' is not on this page" in build.output
    assert "place the demo on the page with a ```demo fence (demo: derivative)" in build.output


def test_an_exercise_finds_its_demo_above_or_below(tmp_path: Path) -> None:
    """Assert the demo may come before or after the exercise on the page."""
    build = build_pages(
        tmp_path, {"before.md": f"# Page\n\n{DEMO}\n{EXERCISE}", "after.md": f"# Page\n\n{EXERCISE}\n{DEMO}"}
    )
    assert "data-exercise" in page_html(build, "before.md")
    assert "data-exercise" in page_html(build, "after.md")
