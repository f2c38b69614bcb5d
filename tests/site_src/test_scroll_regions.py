"""Boxes that scroll sideways made keyboard-reachable at build time (site_src/scroll_regions.py)."""

from __future__ import annotations

from bs4 import BeautifulSoup

from site_src.scroll_regions import WIDE_CHARS, WIDE_EX, reachable_scrolling, table_name


def formula(width_ex: float, display: bool = True) -> str:
    tag = "div" if display else "span"
    shown = ' display="true"' if display else ""
    return (
        f'<{tag} class="arithmatex"><mjx-container class="MathJax" jax="SVG"{shown}>'
        f'<svg width="{width_ex}ex" height="2ex"></svg></mjx-container></{tag}>'
    )


def test_only_wide_display_formulas_become_named_tab_stops() -> None:
    """Assert a display formula wider than a phone's column is a named tab stop, a narrow one and an
    inline one are not (no needless stops for the keyboard)."""
    page = formula(WIDE_EX + 10) + formula(WIDE_EX - 10) + formula(WIDE_EX + 10, display=False)
    soup = BeautifulSoup(reachable_scrolling(page), "html.parser")
    wide, narrow, inline = soup.select(".arithmatex")
    assert (wide.get("tabindex"), wide.get("role"), wide.get("aria-label")) == ("0", "group", "Formula")
    assert narrow.get("tabindex") is None and inline.get("tabindex") is None


def test_a_table_is_wrapped_in_a_tab_stop_named_after_its_headings() -> None:
    """Assert each plain table sits in one focusable box named from its column headings; a demo's
    own grid (a table with a class) is left alone."""
    page = (
        "<table><thead><tr><th>option</th><th><code>type</code></th></tr></thead>"
        "<tbody><tr><td>a &amp; b</td><td>x</td></tr></tbody></table>"
        '<table class="nn-demo__grid"><tr><td>1</td></tr></table>'
    )
    soup = BeautifulSoup(reachable_scrolling(page), "html.parser")
    (box,) = soup.select("div.nn-scroll")
    assert box["tabindex"] == "0" and box["aria-label"] == "Table: option, type"
    assert box.select_one("table").get("class") is None
    assert soup.select_one("table.nn-demo__grid").parent.name == "[document]"


def test_a_table_without_headings_is_still_named() -> None:
    """Assert a table with no heading cells gets the plain name "Table"."""
    assert table_name("<tr><td>1</td></tr>") == "Table"


def code_block(*lines: str) -> str:
    body = "\n".join(f'<span class="n">{line}</span>' for line in lines)
    return f'<div class="highlight"><pre><span></span><code>{body}\n</code></pre></div>'


def test_only_code_blocks_with_a_long_line_become_tab_stops() -> None:
    """Assert a code block with a line longer than a phone's column holds is a tab stop marked for
    Material to keep, counting characters as shown (&amp; is one); a short block is not."""
    long_line = "&amp;" * (WIDE_CHARS + 1)
    short_line = "&amp;" * WIDE_CHARS
    soup = BeautifulSoup(
        reachable_scrolling(code_block("x = 1", long_line) + code_block(short_line)), "html.parser"
    )
    wide, short = soup.select("pre > code")
    assert wide.get("tabindex") == "0" and wide.has_attr("data-nn-reachable")
    assert short.get("tabindex") is None and not short.has_attr("data-nn-reachable")
    assert wide.get_text() == "x = 1\n" + "&" * (WIDE_CHARS + 1) + "\n"
