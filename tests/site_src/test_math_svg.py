"""Formulas typeset at build time (site_src/math_svg.py): SVG for the eye, MathML for screen readers."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator

import pytest
from bs4 import BeautifulSoup

from site_src.math_svg import MathError, TexToSvg, typeset_page

pytestmark = pytest.mark.skipif(shutil.which("node") is None, reason="Node.js is needed (make setup)")

PAGE = (
    '<html><body><p>Let <span class="arithmatex">\\(x &lt; y\\)</span> and '
    '<span class="arithmatex">\\(x^2\\)</span>.</p>'
    '<div class="arithmatex">\\[\\frac{1}{1+e^{-x}}\\]</div></body></html>'
)


@pytest.fixture(scope="module")
def tex() -> Iterator[TexToSvg]:
    renderer = TexToSvg()
    yield renderer
    renderer.close()


def test_each_formula_becomes_svg_and_mathml(tex: TexToSvg) -> None:
    """Assert every formula holds one picture hidden from screen readers and one MathML they read."""
    soup = BeautifulSoup(typeset_page(PAGE, "docs/page.md", tex), "html.parser")
    spans = soup.select(".arithmatex")
    assert len(spans) == 3
    for span in spans:
        (container,) = span.select(":scope > mjx-container")
        assert container.select("svg[aria-hidden=true]")
        assert len(container.select("mjx-assistive-mml > math")) == 1
        assert "\\(" not in span.get_text() and "\\[" not in span.get_text()
    assert spans[2].select_one("mjx-container")["display"] == "true"
    assert spans[0].select_one("mjx-container").get("display") is None


def test_escaped_tex_is_read_as_tex(tex: TexToSvg) -> None:
    """Assert ``x &lt; y`` in the HTML is typeset as x < y (a less-than sign, not the text "&lt;")."""
    soup = BeautifulSoup(typeset_page(PAGE, "docs/page.md", tex), "html.parser")
    math = soup.select_one(".arithmatex math")
    assert [mo.get_text() for mo in math.select("mo")] == ["<"]
    assert [mi.get_text() for mi in math.select("mi")] == ["x", "y"]


def test_each_picture_is_a_few_elements_drawn_in_the_text_colour(tex: TexToSvg) -> None:
    """Assert a formula's picture is one path of glyphs (plus a bar for a fraction), with no group or
    ``<use>`` per glyph and no glyph sheet, painted in currentColor so it follows the palette."""
    soup = BeautifulSoup(typeset_page(PAGE, "docs/page.md", tex), "html.parser")
    for span in soup.select(".arithmatex"):
        svg = span.select_one("mjx-container > svg")
        assert not svg.select("use, defs, [data-mml-node]")
        assert svg.select_one("g")["fill"] == "currentColor"
        assert len(svg.select("path")) == 1
    assert len(soup.select(".arithmatex")[2].select("svg rect")) == 1  # the fraction's bar
    assert not soup.select("svg.nn-math-glyphs")


def test_the_same_page_is_written_the_same_way(tex: TexToSvg) -> None:
    """Assert two builds (two MathJax processes) write identical pages."""
    other = TexToSvg()
    try:
        assert typeset_page(PAGE, "docs/page.md", other) == typeset_page(PAGE, "docs/page.md", tex)
    finally:
        other.close()


def test_a_page_without_math_is_unchanged(tex: TexToSvg) -> None:
    """Assert a page with no formula gets no glyph sheet."""
    html = "<html><body><p>No math, only $5 and \\(not marked\\).</p></body></html>"
    assert typeset_page(html, "docs/page.md", tex) == html


@pytest.mark.parametrize(
    ("formula", "cause"),
    [
        ("\\(\\frac{1}{2\\)", "Missing close brace"),
        ("\\[\\sigmoid(x)\\]", "Undefined control sequence \\sigmoid"),
    ],
)
def test_bad_tex_names_the_file_the_formula_and_the_cause(tex: TexToSvg, formula: str, cause: str) -> None:
    """Assert a formula MathJax cannot read fails with the page, the formula as written and MathJax's
    reason."""
    tag = "div" if formula.startswith("\\[") else "span"
    html = f'<p><{tag} class="arithmatex">{formula}</{tag}></p>'
    with pytest.raises(MathError) as caught:
        typeset_page(html, "docs/lessons/02.md", tex)
    message = str(caught.value)
    assert message.startswith("docs/lessons/02.md: ")
    assert formula in message
    assert cause in message
    assert "Fix the TeX" in message
    # The process survives the error: the next formula is typeset.
    assert "mjx-container" in typeset_page(PAGE, "docs/page.md", tex)


def test_stylesheet_styles_the_containers(tex: TexToSvg) -> None:
    """Assert MathJax's stylesheet styles its containers and hides the MathML from view."""
    css = tex.css()
    assert re.search(r"mjx-container\[jax=\"SVG\"\]", css)
    assert "mjx-assistive-mml" in css
