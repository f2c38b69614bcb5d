"""The lessons' formulas arrive typeset in the built pages, and a broken formula fails the build."""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup

from tests.build.test_exec import build_pages, page_html
from tests.conftest import Build

LESSON_HTML = "lessons/01-math-foundations.html"
# Pages that must build: tests/build/conftest.py builds them with the other modules' in one site.
GOOD_PAGES = {"good-formula.md": "# Page\n\nThe sigmoid is $\\sigma(x)$.\n"}


def test_lesson_formulas_are_typeset_in_the_html(built_site: Path) -> None:
    """Assert every formula of the lesson is SVG plus MathML in the HTML itself, and no page loads MathJax."""
    soup = BeautifulSoup((built_site / LESSON_HTML).read_text(encoding="utf-8"), "html.parser")
    spans = soup.select(".arithmatex")
    assert len(spans) >= 80
    assert [span for span in spans if not span.select("mjx-container > svg") or not span.select("math")] == []
    for page in built_site.rglob("*.html"):
        scripts = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").select("script[src]")
        assert [s["src"] for s in scripts if "mathjax" in s["src"].lower()] == [], page


def test_a_broken_formula_fails_the_build(tmp_path: Path) -> None:
    """Assert a formula with a missing brace stops the build, naming the file, the formula and the cause."""
    page = "# Page\n\nThe sigmoid is $\\sigma(x) = \\frac{1}{1 + e^{-x}$.\n"
    build = build_pages(tmp_path, {"broken.md": page})
    assert build.returncode != 0
    assert "docs/broken.md" in build.output
    assert "\\(\\sigma(x) = \\frac{1}{1 + e^{-x}\\)" in build.output
    assert "Missing close brace" in build.output
    assert "Traceback" not in build.output


def test_a_good_formula_in_a_new_page_is_typeset(good_pages: Build) -> None:
    """Assert an author's new page gets its formula typeset with no extra setting."""
    soup = BeautifulSoup(page_html(good_pages, "good-formula.md"), "html.parser")
    assert soup.select(".arithmatex mjx-container svg")
