"""When the page starts Python (assets/demos/policy.js): near a demo, once the page is idle, or when
the reader acts; and, for a reader saving data, only when they ask."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.browser.conftest import PageLog
from tests.browser.demo_page import LIVE_TIMEOUT_MS, readout

LESSON = "lessons/01-math-foundations.html"
DOT_SECTION = "#the-dot-product-this-is-the-big-one"  # the dot product's demo is in this section
START = "Start the live demo"
PYTHON_FILES = re.compile(r"/(pyodide\.asm\.wasm|python_stdlib\.zip|python\.zip|worker\.mjs)$")
QUIET_MS = 4_000  # long after the load event and an idle moment: nothing may have started by then

# Connections that save data, as Chromium would report them (navigator.connection).
SAVING = {
    "save-data": "{saveData: true, effectiveType: '4g'}",
    "2g": "{saveData: false, effectiveType: '2g'}",
}
CONNECTION = """Object.defineProperty(Navigator.prototype, 'connection', {
  get: () => Object.assign(%s, {addEventListener() {}, removeEventListener() {}}),
});"""
# Counts the demos' workers the page creates (not Material's search worker), and notes when the
# first one was created.
COUNT_WORKERS = """
window.__workers = 0;
const PageWorker = window.Worker;
window.Worker = class extends PageWorker {
  constructor(...args) {
    super(...args);
    if (!String(args[0]).includes("demos/worker.mjs")) return;
    window.__workers += 1;
    if (window.__workerAt === undefined) window.__workerAt = performance.now();
  }
};
"""


def python_requests(page_log: PageLog) -> list[str]:
    return [url for url in page_log.requests if PYTHON_FILES.search(url)]


def open_saving(page: Page, site_url: str, connection: str, path: str = LESSON + DOT_SECTION) -> None:
    page.add_init_script(CONNECTION % SAVING[connection])
    page.add_init_script(COUNT_WORKERS)
    page.goto(site_url + path)
    page.wait_for_timeout(QUIET_MS)


@pytest.mark.parametrize("connection", sorted(SAVING))
def test_saving_data_waits_for_the_start_button(
    page: Page, page_log: PageLog, site_url: str, connection: str
) -> None:
    """Assert that saving data, a page opened at a demo downloads no Python, each figure keeps its
    picture and offers "Start the live demo"; pressing it twice (mouse, then keyboard) starts one
    Python and every demo goes live."""
    open_saving(page, site_url, connection)
    assert python_requests(page_log) == []
    assert page.evaluate("window.__workers") == 0
    for figure in page.locator(".nn-demo").all():
        expect(figure).to_have_attribute("data-demo-state", "static")
        expect(figure.locator("svg.nn-demo__static")).to_be_visible()
        expect(figure.locator("[data-demo-status]")).to_contain_text("Data saving is on")
        expect(figure.get_by_role("button", name=START, exact=True)).to_be_visible()

    dot = page.locator('.nn-demo[data-demo="dot_product"]')
    button = dot.get_by_role("button", name=START, exact=True)
    button.click()
    button.focus()
    page.keyboard.press("Enter")  # a second press, while Python loads
    for figure in page.locator(".nn-demo").all():
        expect(figure).to_have_attribute("data-demo-state", "live", timeout=LIVE_TIMEOUT_MS)
        expect(figure.get_by_role("button", name=START)).to_have_count(0)
    assert page.evaluate("window.__workers") == 1
    assert len([url for url in python_requests(page_log) if url.endswith("/worker.mjs")]) == 1
    expect(dot.get_by_label("Angle of b", exact=True)).to_be_focused()  # the button's place, taken over


@pytest.mark.parametrize("connection", sorted(SAVING))
def test_saving_data_a_change_starts_python_and_is_kept(
    page: Page, page_log: PageLog, site_url: str, connection: str
) -> None:
    """Assert that saving data, moving a slider starts Python and, once live, the demo shows the
    slider's new value: the change made before Python was ready is not lost."""
    open_saving(page, site_url, connection)
    dot = page.locator('.nn-demo[data-demo="dot_product"]')
    slider = dot.get_by_label("Angle of b", exact=True)
    expect(slider).to_have_value("13")
    slider.focus()
    assert python_requests(page_log) == []  # focusing is not acting
    page.keyboard.press("ArrowRight")
    assert dot.get_attribute("data-demo-state") == "loading"
    expect(dot).to_have_attribute("data-demo-state", "live", timeout=LIVE_TIMEOUT_MS)
    expect(readout(dot, "theta")).to_have_text("14°")
    expect(slider).to_have_value("14")
    expect(slider).to_have_attribute("aria-valuetext", "14°")
    assert page.evaluate("window.__workers") == 1


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_start_button_on_a_phone_and_in_print(browser: Browser, site_url: str, scheme: str) -> None:
    """Assert the start button is a fingertip target (44 × 44 px at least) at 390 px in both
    palettes, its label visible, that it does not print, and that a tap starts Python."""
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True, color_scheme=scheme
    )
    page = context.new_page()
    page.add_init_script(CONNECTION % SAVING["save-data"])
    page.goto(site_url + LESSON + DOT_SECTION)
    button = page.locator('.nn-demo[data-demo="dot_product"]').get_by_role("button", name=START, exact=True)
    expect(button).to_be_visible()
    expect(button).to_have_text(START)
    box = button.bounding_box()
    assert box and box["width"] >= 44 and box["height"] >= 44, box
    page.emulate_media(media="print")
    expect(button).to_be_hidden()
    page.emulate_media(media="screen")
    figure = page.locator('.nn-demo[data-demo="dot_product"]')
    expect(figure).to_have_attribute("data-demo-state", "static")
    button.tap()
    expect(figure).not_to_have_attribute("data-demo-state", "static")  # loading, or live already
    context.close()


def test_opened_at_a_demo_it_goes_live_without_scrolling(
    page: Page, page_log: PageLog, site_url: str
) -> None:
    """Assert a page opened at a demo's section starts Python before the page has even loaded
    (not at idle time) and the demo goes live with the reader not scrolling."""
    page.add_init_script(COUNT_WORKERS)
    page.goto(site_url + LESSON + DOT_SECTION)
    dot = page.locator('.nn-demo[data-demo="dot_product"]')
    expect(dot).to_have_attribute("data-demo-state", "live", timeout=LIVE_TIMEOUT_MS)
    started, loaded = page.evaluate(
        "[window.__workerAt, performance.getEntriesByType('navigation')[0].loadEventStart]"
    )
    assert started < loaded, (started, loaded)
    assert page.evaluate("window.__workers") == 1


def test_opened_at_the_top_it_goes_live_once_idle(page: Page, page_log: PageLog, site_url: str) -> None:
    """Assert a page opened at its top, with no demo near the screen, starts Python only after the
    load event, and every demo further down is live without the reader scrolling there."""
    page.add_init_script(COUNT_WORKERS)
    page.goto(site_url + LESSON)
    first = page.locator(".nn-demo").first
    assert first.evaluate("(el) => el.getBoundingClientRect().top > 2 * innerHeight")  # far from the screen
    for figure in page.locator(".nn-demo").all():
        expect(figure).to_have_attribute("data-demo-state", "live", timeout=LIVE_TIMEOUT_MS)
    started, loaded = page.evaluate(
        "[window.__workerAt, performance.getEntriesByType('navigation')[0].loadEventEnd]"
    )
    assert started >= loaded, (started, loaded)
    assert page.evaluate("scrollY") == 0
    assert page.evaluate("window.__workers") == 1


def test_one_python_whatever_starts_it(page: Page, page_log: PageLog, site_url: str) -> None:
    """Assert every trigger firing (a demo near the screen, scrolling to the others, idle, a page
    script's call, the reader's input) still gives the page one Python."""
    page.add_init_script(COUNT_WORKERS)
    page.goto(site_url + LESSON + DOT_SECTION)
    answer = page.evaluate(
        """() => NNDemos.call('check_exercise',
             JSON.parse(document.querySelector('[data-exercise="dot-product"]').dataset.exerciseSpec),
             {answer: '-3'})"""
    )
    assert answer["status"] == "right"
    for figure in page.locator(".nn-demo").all():
        figure.scroll_into_view_if_needed()
        expect(figure).to_have_attribute("data-demo-state", "live", timeout=LIVE_TIMEOUT_MS)
        figure.locator("input").first.focus()
        page.keyboard.press("ArrowRight")
    assert page.evaluate("window.__workers") == 1
    assert len([url for url in python_requests(page_log) if url.endswith("/worker.mjs")]) == 1


def test_saving_data_checking_an_exercise_starts_python(page: Page, page_log: PageLog, site_url: str) -> None:
    """Assert that saving data, pressing Check on an exercise checked in Python starts Python (the
    exercise waits for it) and gives the verdict; nothing was downloaded before."""
    open_saving(page, site_url, "save-data", LESSON)
    assert python_requests(page_log) == []
    block = page.locator('[data-exercise="power-rule"]')
    block.locator("[data-answer-field]").fill("15x^2 - 2")
    block.get_by_role("button", name="Check").click()
    expect(block.locator("[data-exercise-feedback]")).to_have_text(
        "Correct: 15x^2 − 2.", timeout=LIVE_TIMEOUT_MS
    )
    assert page.evaluate("window.__workers") == 1


# (connection as navigator.connection reports it, or None without one; trigger; starts Python?)
DECISIONS = [
    (None, "near", True),
    (None, "idle", True),
    ({"saveData": False, "effectiveType": "4g"}, "near", True),
    ({"saveData": False, "effectiveType": "3g"}, "idle", True),
    ({"saveData": True, "effectiveType": "4g"}, "near", False),
    ({"saveData": True, "effectiveType": "4g"}, "idle", False),
    ({"saveData": False, "effectiveType": "2g"}, "near", False),
    ({"saveData": False, "effectiveType": "slow-2g"}, "idle", False),
    ({"saveData": True, "effectiveType": "2g"}, "action", True),
    ({"saveData": True, "effectiveType": "4g"}, "call", True),
    ({"saveData": False, "effectiveType": "slow-2g"}, "action", True),
]


def test_the_decision_table(page: Page, page_log: PageLog, site_url: str) -> None:
    """Assert the policy's pure decision: saving data (Save-Data, 2G, slow 2G) leaves only the
    reader's action and a page script's call to start Python; otherwise every trigger does."""
    page.goto(site_url + LESSON)
    got = page.evaluate(
        "(cases) => cases.map(([c, t]) => NNParts.policy.decide(c === null ? undefined : c, t))",
        [[c, t] for c, t, _ in DECISIONS],
    )
    assert got == [want for _, _, want in DECISIONS]
