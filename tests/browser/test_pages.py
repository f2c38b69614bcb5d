"""The published pages as a reader's browser shows them: math typeset, code readable, all local."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.browser.conftest import PageLog
from tests.browser.mathjax import math_counts

PAGES = ["index.html", "lessons/01-math-foundations.html"]
RAW_TEX = ["\\(", "\\)", "\\[", "\\]", "$$", "\\frac", "\\begin", "\\mathbf"]


@pytest.mark.parametrize("path", PAGES)
def test_every_formula_is_typeset(browser: Browser, site_url: str, path: str) -> None:
    """Assert each math span holds one MathJax output, every glyph of it is drawn, and no raw TeX is left.

    The formulas are typeset at build time: this holds with the page's scripts turned off.
    """
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + path)
    counts = math_counts(page)
    assert counts["typeset"] == counts["spans"], counts
    assert counts["outputs"] == counts["spans"], counts
    assert counts["undrawn"] == 0, counts
    text = page.locator("article").inner_text()
    leftovers = [token for token in RAW_TEX if token in text]
    assert leftovers == [], f"raw TeX visible in {path}: {leftovers}"
    context.close()


def test_pages_run_no_typesetting(page: Page, page_log: PageLog, site_url: str) -> None:
    """Assert the lesson loads no MathJax code: its formulas arrive typeset."""
    page.goto(site_url + "lessons/01-math-foundations.html")
    page.wait_for_load_state("load")
    assert [url for url in page_log.requests if "mathjax" in url.lower()] == []
    assert page.evaluate("() => typeof window.MathJax") == "undefined"


def test_lesson_has_its_math_and_code(page: Page, page_log: PageLog, site_url: str) -> None:
    """Assert the lesson shows dozens of formulas and its Python blocks with copy buttons."""
    page.goto(site_url + "lessons/01-math-foundations.html")
    assert math_counts(page)["spans"] >= 80
    python_blocks = page.locator(".language-python.highlight")
    expect(python_blocks).to_have_count(3)
    # Every code block (the three Python blocks, the tensor list, the printed output) can be copied
    # once the reader gets to it (Material mounts a block's copy button when it is first seen).
    blocks = page.locator("article pre")
    assert blocks.count() >= 5
    for index in range(blocks.count()):
        blocks.nth(index).scroll_into_view_if_needed()
        expect(blocks.nth(index).get_by_role("button", name="Copy to clipboard")).to_have_count(1)
    # Indentation restored: the neuron's body is indented under its def (as the reader sees it there).
    python_blocks.nth(2).scroll_into_view_if_needed()
    expect(python_blocks.nth(2)).to_contain_text("\n    z = np.dot(w, x) + b", use_inner_text=True)


def test_palette_toggle_switches_to_dark(page: Page, page_log: PageLog, site_url: str) -> None:
    """Assert the palette follows the system setting and the toggle switches it."""
    page.emulate_media(color_scheme="light")
    page.goto(site_url + "lessons/01-math-foundations.html")
    body = page.locator("body")
    expect(body).to_have_attribute("data-md-color-scheme", "default")
    page.get_by_title("Switch to dark mode").click()
    expect(body).to_have_attribute("data-md-color-scheme", "slate")
    page.emulate_media(color_scheme="dark")
    page.evaluate("() => localStorage.clear()")
    page.reload()
    expect(body).to_have_attribute("data-md-color-scheme", "slate")


def test_home_links_lesson_01(page: Page, page_log: PageLog, site_url: str) -> None:
    """Assert the course home lists Lesson 01 as a working link and later lessons as upcoming."""
    page.goto(site_url)
    page.get_by_role("link", name="Lesson 01 — Math Foundations").first.click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Lesson 01 — Math Foundations")
    page.go_back()
    article = page.locator("article")
    for later in ("Lesson 02", "Lesson 03", "Lesson 06"):
        expect(article).to_contain_text(later)


def _sideways_overflow_once_settled(page: Page, tries: int = 30) -> int:
    """How far the page scrolls sideways, read until it stops changing: a resize is laid out over a
    few frames (Material's sidebars, content-visibility placeholders), and a loaded machine can show
    the first of those frames wider than the last."""
    last = None
    for _ in range(tries):
        overflow = int(page.evaluate("() => document.scrollingElement.scrollWidth - window.innerWidth"))
        if overflow == last:
            return overflow
        last = overflow
        page.wait_for_timeout(100)
    return int(last or 0)


def test_display_formulas_are_visible_at_every_width(page: Page, page_log: PageLog, site_url: str) -> None:
    """Assert at 360, 390 and 1280 px every display formula is drawn at a readable size and the page
    never scrolls sideways (one page load, the window resized to each width)."""
    page.set_viewport_size({"width": 360, "height": 800})
    page.goto(site_url + "lessons/01-math-foundations.html")
    for width in (360, 390, 1280):
        page.set_viewport_size({"width": width, "height": 800})
        expect(page.locator("html")).to_have_js_property("clientWidth", width)
        sizes = page.evaluate(
            """() => [...document.querySelectorAll('div.arithmatex > mjx-container > svg')].map(s => {
                const r = s.getBoundingClientRect(); return [r.width, r.height]; })"""
        )
        assert len(sizes) >= 20, width
        too_small = [size for size in sizes if size[0] < 20 or size[1] < 10]
        assert too_small == [], f"display formulas drawn too small to read at {width} px: {too_small}"
        assert _sideways_overflow_once_settled(page) <= 0, width


def test_a_link_to_a_later_section_lands_on_it(page: Page, page_log: PageLog, site_url: str) -> None:
    """Assert a link to a section far down the lesson shows its heading at the top, and it stays there.

    The lesson's later blocks are laid out only near the screen (content-visibility): the estimate of
    their height must not leave the reader somewhere else, now or once Python has drawn the demos.
    """
    page.set_viewport_size({"width": 1280, "height": 800})
    target = "the-chain-rule-the-most-important-thing-here"
    page.goto(site_url + f"lessons/01-math-foundations.html#{target}")
    heading = page.locator(f"#{target}")
    tops = []
    for _ in range(2):
        tops.append(heading.evaluate("(h) => h.getBoundingClientRect().top"))
        page.locator('.nn-demo:not([data-demo-state="live"])').first.wait_for(
            state="detached", timeout=120_000
        )
    header = page.evaluate("() => document.querySelector('.md-header').getBoundingClientRect().bottom")
    assert all(header <= top <= header + 40 for top in tops), (header, tops)
