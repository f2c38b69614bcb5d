"""The built site opened straight from disk (file://) with no network: pages, math, search, live demos."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, BrowserContext, Locator, Page, Route, expect

from tests.browser.conftest import PageLog
from tests.browser.demo_page import LIVE_TIMEOUT_MS, readout
from tests.browser.mathjax import math_counts

PAGES = ["index.html", "lessons/01-math-foundations.html", "authoring.html"]
NETWORK = re.compile(r"^(https?|wss?|ftp)://")


class OfflineContext:
    """A browser context with the network cut: every http(s) request is aborted and counted."""

    def __init__(self, context: BrowserContext) -> None:
        self.context = context
        self.network: list[str] = []
        self.requests: list[str] = []
        self.errors: list[str] = []
        context.route(NETWORK, self._abort)
        context.on("request", lambda request: self.requests.append(request.url))

    def _abort(self, route: Route) -> None:
        self.network.append(route.request.url)
        route.abort()

    def new_page(self) -> Page:
        page = self.context.new_page()
        page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        return page

    def left_the_disk(self) -> list[str]:
        """Every request whose scheme is not file:, data: or blob:."""
        return [u for u in self.requests if urlsplit(u).scheme not in ("file", "data", "blob")] + self.network


@pytest.fixture
def offline(browser: Browser) -> Iterator[OfflineContext]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    yield OfflineContext(context)
    context.close()


def file_url(site: Path, path: str) -> str:
    return (site / path).resolve().as_uri()


def poke(page: Page, figure: Locator) -> None:
    """Do what a reader does first: press the demo's first button, move its slider, or point at C."""
    button = figure.locator("button[data-control]").first
    slider = figure.locator('input[type="range"]').first
    if button.count():
        button.click()  # the perceptron's Step: its slider (the rate) changes no readout by itself
    elif slider.count():
        slider.focus()
        page.keyboard.press("End")
    else:
        figure.get_by_label("C row 1, column 2").hover()


def changed(page: Page, readouts: Locator, before: list[str], timeout_ms: int = 5_000) -> bool:
    """Wait until the readouts' text differs from ``before``; False if it never does."""
    for _ in range(timeout_ms // 100):
        if readouts.all_inner_texts() != before:
            return True
        page.wait_for_timeout(100)
    return False


def check_every_page(page: Page, url_of: Callable[[str], str]) -> None:
    """Each page renders with typeset math; every demo goes live and answers a first input."""
    for path in PAGES:
        page.goto(url_of(path))
        expect(page.get_by_role("heading", level=1)).to_be_visible()
        counts = math_counts(page)
        assert counts["typeset"] == counts["spans"], (path, counts)
        assert counts["undrawn"] == 0, (path, counts)
        for figure in page.locator(".nn-demo").all():
            expect(figure).to_have_attribute("data-demo-state", "live", timeout=LIVE_TIMEOUT_MS)
            readouts = figure.locator("[data-readout]")
            before = readouts.all_inner_texts()
            poke(page, figure)
            assert changed(page, readouts, before), (path, figure.get_attribute("data-demo"))


def test_every_page_works_from_disk(offline: OfflineContext, built_site: Path) -> None:
    """Assert pages, math and live demos work from file:// and no request leaves the disk."""
    check_every_page(offline.new_page(), lambda path: file_url(built_site, path))
    assert offline.left_the_disk() == []
    assert offline.errors == []


def test_every_page_works_over_http(page: Page, page_log: PageLog, site_url: str) -> None:
    """Assert the same over a plain local server, with every other host blocked (page_log)."""
    check_every_page(page, lambda path: site_url + path)


def test_search_finds_the_chain_rule_from_disk(offline: OfflineContext, built_site: Path) -> None:
    """Assert the search box finds "chain rule" with the site opened from disk and no network."""
    page = offline.new_page()
    page.goto(file_url(built_site, "index.html"))
    page.locator(".md-search__input").click()
    page.keyboard.type("chain rule")
    expect(page.locator(".md-search-result__item").first).to_contain_text("Chain Rule", timeout=15_000)
    assert offline.left_the_disk() == []


def test_python_blocked_from_disk_keeps_static_figures(offline: OfflineContext, built_site: Path) -> None:
    """Assert that if the embedded wasm cannot load, each demo says so and keeps its picture."""
    offline.context.route(re.compile(r"files-wasm\.js$"), lambda route: route.abort())
    page = offline.new_page()
    page.goto(file_url(built_site, "lessons/01-math-foundations.html"))
    for figure in page.locator(".nn-demo").all():
        expect(figure).to_have_attribute("data-demo-state", "failed", timeout=LIVE_TIMEOUT_MS)
        expect(figure.locator("[data-demo-status]")).to_contain_text("could not start")
        expect(figure.locator("svg.nn-demo__static")).to_be_visible()
    product = page.locator('.nn-demo[data-demo="matrix_product"]')
    expect(readout(product, "expansion")).to_have_text("C₁₁ = 1·5 + 2·7 = 19")
