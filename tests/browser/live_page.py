"""Helpers for tests that need a whole page ready: every demo live and every formula typeset."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from tests.browser.demo_page import LIVE_TIMEOUT_MS

PAGES = ["index.html", "lessons/01-math-foundations.html", "authoring.html"]
LESSON = "lessons/01-math-foundations.html"

# What a reader operates in our own markup: the demos' controls and the exercises' forms.
OUR_CONTROLS = (
    ".nn-demo input, .nn-demo button, .nn-demo select, .nn-demo textarea, "
    ".nn-exercise input, .nn-exercise button, .nn-exercises-progress button"
)


def open_live(page: Page, url: str) -> None:
    """Open ``url`` and wait until each demo on it is live (the math is typeset at build time)."""
    page.goto(url)
    for figure in page.locator(".nn-demo").all():
        expect(figure).to_have_attribute("data-demo-state", "live", timeout=LIVE_TIMEOUT_MS)
