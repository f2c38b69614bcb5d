"""Material's palette at load (site_src/material_fixes.py): no restyle of the whole page when the
palette does not change, and the palette switch working as before."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import PageLog

LESSON = "lessons/01-math-foundations.html"
# Records each time <body> is marked as switching palettes (Material then restyles every element).
WATCH = """
window.__switching = 0;
new MutationObserver((records) => {
  window.__switching += records.filter((r) => r.target.hasAttribute("data-md-color-switching")).length;
}).observe(document, {subtree: true, attributes: true, attributeFilter: ["data-md-color-switching"]});
"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_load_in_the_readers_palette_restyles_nothing_and_the_toggle_still_switches(
    page: Page, page_log: PageLog, site_url: str, scheme: str
) -> None:
    """Assert a page opened in the reader's stored palette is never marked as switching and keeps
    one colour-scheme meta with that palette's value; pressing the toggle switches the palette,
    the meta follows, and the switch is marked (so nothing fades between the two)."""
    page.emulate_media(color_scheme=scheme)
    page.goto(site_url + LESSON)  # the first visit stores the palette
    page.add_init_script(WATCH)
    page.reload()
    body = page.locator("body")
    start, other = ("default", "slate") if scheme == "light" else ("slate", "default")
    expect(body).to_have_attribute("data-md-color-scheme", start)
    meta = page.locator('meta[name="color-scheme"]')
    expect(meta).to_have_count(1)
    expect(meta).to_have_attribute("content", "light" if scheme == "light" else "dark")
    page.wait_for_timeout(300)
    assert page.evaluate("window.__switching") == 0
    page.locator("label.md-header__button[for^='__palette']:not([hidden])").click()
    expect(body).to_have_attribute("data-md-color-scheme", other)
    expect(meta).to_have_attribute("content", "dark" if scheme == "light" else "light")
    assert page.evaluate("window.__switching") >= 1
