"""The demo host: static figure first, then Python in a worker takes over the same box."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.browser.conftest import PageLog
from tests.browser.demo_page import LIVE_TIMEOUT_MS, canvas_pixels, open_demo, readout

AUTHORING = "authoring.html"
LESSON = "lessons/01-math-foundations.html"


def test_static_figure_is_there_without_javascript(browser: Browser, site_url: str) -> None:
    """Assert that with JavaScript off the demo shows its SVG, controls and readouts as built."""
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + AUTHORING)
    figure = page.locator('.nn-demo[data-demo="scale_vector"]')
    expect(figure).to_have_attribute("data-demo-state", "static")
    expect(figure.locator("svg.nn-demo__static")).to_be_visible()
    expect(figure.locator("svg.nn-demo__static line, svg.nn-demo__static path").first).to_be_attached()
    expect(readout(figure, "product")).to_have_text("2 · [1, 2] = [2, 4]")
    expect(figure.get_by_label("Factor k")).to_have_value("2")
    context.close()


def test_demo_goes_live_in_the_same_box(page: Page, page_log: PageLog, site_url: str) -> None:
    """Assert the live canvas takes exactly the static figure's place, and the slider drives it.

    Both boxes are read in one page load, with the figure in view: Python is held back (its worker
    script is not served yet) until the static figure has been measured. Blocks of the page far from
    the view keep a placeholder height until they are first seen (content-visibility in site.css),
    so positions are only comparable within one load and one scroll position.
    """
    held = []
    page.route("**/demos/worker.mjs", lambda route: held.append(route))  # noqa: PLW0108 - Playwright needs a Python function, not a builtin method
    page.goto(site_url + AUTHORING)
    figure = page.locator('.nn-demo[data-demo="scale_vector"]')
    figure.scroll_into_view_if_needed()
    expect(figure).to_have_attribute("data-demo-state", "loading")
    page.evaluate("() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))")
    static_box = figure.locator(".nn-demo__stage").bounding_box()
    figure_box = figure.bounding_box()
    assert held, "the worker was never requested"
    for route in held:
        route.continue_()
    expect(figure).to_have_attribute("data-demo-state", "live", timeout=LIVE_TIMEOUT_MS)
    canvas = figure.locator("canvas")
    expect(canvas).to_be_visible()
    assert canvas.bounding_box() == figure.locator("svg.nn-demo__static").bounding_box()
    assert figure.locator(".nn-demo__stage").bounding_box() == static_box
    assert figure.bounding_box() == figure_box
    before = canvas_pixels(figure)
    slider = figure.get_by_label("Factor k")
    slider.focus()
    page.keyboard.press("End")
    expect(readout(figure, "product")).to_have_text("3 · [1, 2] = [3, 6]")
    expect(slider).to_have_attribute("aria-valuetext", "3")
    page.keyboard.press("Home")
    expect(readout(figure, "product")).to_have_text("−3 · [1, 2] = [−3, −6]")
    assert canvas_pixels(figure) != before


def test_loading_state_shows_progress(page: Page, page_log: PageLog, site_url: str) -> None:
    """Assert the figure says it is loading, with bytes loaded of the total, before it goes live."""
    seen: list[str] = []
    page.expose_function("recordStatus", lambda text: seen.append(text))  # noqa: PLW0108 - Playwright needs a Python function, not a builtin method
    page.add_init_script(
        """new MutationObserver(() => {
             const s = document.querySelector('[data-demo-status]');
             if (s) window.recordStatus(s.closest('.nn-demo').dataset.demoState + '|' + s.textContent);
           }).observe(document, {subtree: true, childList: true, characterData: true, attributes: true});"""
    )
    open_demo(page, site_url + AUTHORING, "scale_vector")
    assert any(s.startswith("loading|Loading Python…") and " MB of " in s for s in seen), seen[:5]


@pytest.mark.parametrize("missing", ["worker.mjs", "pyodide.asm.mjs"])
def test_a_missing_script_says_python_could_not_start(page: Page, site_url: str, missing: str) -> None:
    """Assert that when the worker or Pyodide's script is missing (404), every demo says so at once,
    not "Loading Python…" until the two-minute watchdog."""
    page.route(f"**/{missing}", lambda route: route.fulfill(status=404, body="not found"))
    page.goto(site_url + LESSON)
    for figure in page.locator(".nn-demo").all():
        expect(figure).to_have_attribute("data-demo-state", "failed", timeout=20_000)
        expect(figure.locator("[data-demo-status]")).to_contain_text("could not start")
        expect(figure.locator("svg.nn-demo__static")).to_be_visible()


def test_failure_leaves_the_static_figure(page: Page, site_url: str) -> None:
    """Assert that when the wasm cannot load, the demo says so and the static picture stays."""
    page.route("**/pyodide.asm.wasm", lambda route: route.abort())
    page.goto(site_url + AUTHORING)
    figure = page.locator('.nn-demo[data-demo="scale_vector"]')
    expect(figure).to_have_attribute("data-demo-state", "failed", timeout=60_000)
    expect(figure.locator("[data-demo-status]")).to_contain_text("could not start")
    expect(figure.locator("svg.nn-demo__static")).to_be_visible()
    expect(readout(figure, "product")).to_have_text("2 · [1, 2] = [2, 4]")
