"""Pressing the matrix demo's picture: a cell of C, a row of A or a column of B selects a cell of C,
with a mouse and with a finger on a phone, and a swipe that starts on the picture still scrolls.

Where to press is read from the build-time picture of the same state (the static SVG stays in the
page, hidden, once the canvas is live): the number a reader sees is where the test presses."""

from __future__ import annotations

from playwright.sync_api import Browser, Locator, Page, expect

from tests.browser.conftest import PageLog
from tests.browser.demo_page import canvas_pixels, open_demo, readout
from tests.browser.test_drag_touch import centred, swipe
from tests.browser.test_matrix_product import LESSON, LESSON_A, LESSON_B, cell, expansion


def number_at(figure: Locator, text: str) -> tuple[float, float]:
    """Page coordinates of the one number ``text`` in the picture."""
    spots = figure.evaluate(
        """(f, text) => {
            const svg = f.querySelector(".nn-demo__static");
            return [...svg.querySelectorAll("text")].filter((t) => t.textContent === text)
              .map((t) => [t.x.baseVal[0].value, t.y.baseVal[0].value, svg.viewBox.baseVal.width,
                           svg.viewBox.baseVal.height]);
        }""",
        text,
    )
    assert len(spots) == 1, f"{text!r} is drawn {len(spots)} times"
    x, y, width, height = spots[0]
    box = figure.locator(".nn-demo__canvas").bounding_box()
    assert box is not None
    return box["x"] + x * box["width"] / width, box["y"] + y * box["height"] / height


def test_mouse_presses_on_the_picture(page: Page, page_log: PageLog, site_url: str) -> None:
    """Assert clicking C₂₁'s 43 shows C₂₁; clicking B's 6 (column 2) moves to C₂₂; clicking A's 1
    (row 1) moves to C₁₂; each with the C grid's cell lit and the picture redrawn; the hand cursor
    shows over a cell and not over the empty corner."""
    figure = open_demo(page, site_url + LESSON, "matrix_product")
    canvas = figure.locator(".nn-demo__canvas")
    centred(page, figure)
    page.mouse.move(*number_at(figure, "43"))
    expect(canvas).to_have_css("cursor", "pointer")
    box = canvas.bounding_box()
    assert box is not None
    page.mouse.move(box["x"] + 3, box["y"] + 3)
    expect(canvas).not_to_have_css("cursor", "pointer")
    for text, (i, j) in [("43", (2, 1)), ("6", (2, 2)), ("1", (1, 2))]:
        before = canvas_pixels(figure)
        page.mouse.click(*number_at(figure, text))
        expect(readout(figure, "expansion")).to_have_text(expansion(LESSON_A, LESSON_B, i, j))
        expect(
            figure.locator("td.is-highlighted [data-cell]").filter(
                has_text=str(sum(LESSON_A[i - 1][k] * LESSON_B[k][j - 1] for k in range(2)))
            )
        ).to_have_count(1)
        assert canvas_pixels(figure) != before
    expect(cell(figure, "C", 1, 2)).to_have_attribute("tabindex", "0")  # the keyboard follows along
    page_log.assert_clean()


def test_finger_taps_select_and_swipes_scroll(browser: Browser, site_url: str) -> None:
    """Assert on a 375 px touch phone a tap on 43 shows C₂₁ without scrolling, and a swipe that
    starts on 50 scrolls the page and selects nothing."""
    context = browser.new_context(
        viewport={"width": 375, "height": 812}, is_mobile=True, has_touch=True, device_scale_factor=2
    )
    page = context.new_page()
    figure = open_demo(page, site_url + LESSON, "matrix_product")
    centred(page, figure)
    scroll = page.evaluate("scrollY")
    page.touchscreen.tap(*number_at(figure, "43"))
    expect(readout(figure, "expansion")).to_have_text(expansion(LESSON_A, LESSON_B, 2, 1))
    assert page.evaluate("scrollY") == scroll
    start = number_at(figure, "50")
    swipe(page.context.new_cdp_session(page), page, start, (start[0], start[1] - 200))
    page.wait_for_timeout(300)
    assert page.evaluate("scrollY") > scroll + 50
    expect(readout(figure, "expansion")).to_have_text(expansion(LESSON_A, LESSON_B, 2, 1))
    overflow = page.evaluate("() => document.scrollingElement.scrollWidth - window.innerWidth")
    assert overflow <= 0
    context.close()


def test_a_press_stops_the_walk(page: Page, site_url: str) -> None:
    """Assert a click on the picture during Step through C shows that cell and the walk stops there."""
    figure = open_demo(page, site_url + LESSON, "matrix_product")
    centred(page, figure)
    figure.get_by_role("button", name="Step through C", exact=True).click()
    expect(figure.get_by_role("button", name="Pause", exact=True)).to_be_visible()
    page.mouse.click(*number_at(figure, "50"))
    expect(figure.get_by_role("button", name="Step through C", exact=True)).to_be_visible()
    expect(readout(figure, "expansion")).to_have_text(expansion(LESSON_A, LESSON_B, 2, 2))
    page.wait_for_timeout(1500)  # longer than a cell of the walk
    expect(readout(figure, "expansion")).to_have_text(expansion(LESSON_A, LESSON_B, 2, 2))
