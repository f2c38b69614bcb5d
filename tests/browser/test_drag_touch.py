"""Dragging with a finger on a phone: b's tip turns b and the derivative's point of tangency moves
x, and the page stays put, while a swipe that starts elsewhere on the same figure (or anywhere on a
picture not yet live) scrolls the page as usual. Touches go through the Chrome DevTools Protocol,
as a touchscreen sends them."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Browser, CDPSession, Locator, Page, expect

from tests.browser.conftest import PageLog
from tests.browser.demo_page import LIVE_TIMEOUT_MS, canvas_pixels, open_demo, readout
from tests.browser.test_dot_product import LESSON, check_turn
from tests.browser.test_drag import (
    D_LEFT,
    D_RIGHT,
    D_WIDTH,
    HEIGHT,
    START_TURN,
    TIP_RADIUS,
    WIDTH,
    at_turn,
    current_handles,
    to_page,
    turn_of,
)
from tests.browser.test_start_policy import CONNECTION, SAVING


@pytest.fixture
def browser_context_args(browser_context_args: dict[str, Any]) -> dict[str, Any]:
    """A phone: 390 px wide, touch, mobile viewport."""
    return {
        **browser_context_args,
        "viewport": {"width": 390, "height": 844},
        "is_mobile": True,
        "has_touch": True,
        "device_scale_factor": 2,
    }


def swipe(cdp: CDPSession, page: Page, start: tuple[float, float], end: tuple[float, float]) -> None:
    """A finger put down at ``start`` and slid to ``end`` in ten steps, then lifted."""
    cdp.send(
        "Input.dispatchTouchEvent", {"type": "touchStart", "touchPoints": [{"x": start[0], "y": start[1]}]}
    )
    for step in range(1, 11):
        x = start[0] + (end[0] - start[0]) * step / 10
        y = start[1] + (end[1] - start[1]) * step / 10
        cdp.send("Input.dispatchTouchEvent", {"type": "touchMove", "touchPoints": [{"x": x, "y": y}]})
        page.wait_for_timeout(30)
    cdp.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})


def centred(page: Page, figure: Locator) -> None:
    """Scroll so the figure's canvas sits mid-screen, with room to scroll either way."""
    figure.locator(".nn-demo__canvas").evaluate("(el) => el.scrollIntoView({block: 'center'})")
    page.wait_for_timeout(200)


def test_touch_drag_on_handle_does_not_scroll(page: Page, page_log: PageLog, site_url: str) -> None:
    """Assert a finger on b's tip turns b to the finger's angle without scrolling the page, and a
    swipe from an empty part of the figure scrolls it."""
    figure = open_demo(page, site_url + LESSON, "dot_product")
    centred(page, figure)
    cdp = page.context.new_cdp_session(page)
    picture = canvas_pixels(figure)
    scroll = page.evaluate("scrollY")
    end = at_turn(100.4, radius=TIP_RADIUS * 0.8)
    swipe(cdp, page, to_page(figure, at_turn(START_TURN)), to_page(figure, end))
    picture = check_turn(figure, turn_of(*end), picture)
    assert page.evaluate("scrollY") == scroll

    # An empty corner of the plot (far from b's tip, now up at 100°), swiped upwards.
    start = to_page(figure, (60.0, 300.0))
    swipe(cdp, page, start, (start[0], start[1] - 200))
    page.wait_for_timeout(300)
    assert page.evaluate("scrollY") > scroll + 50
    expect(figure.get_by_label("Angle of b", exact=True)).to_have_value(str(turn_of(*end)))
    page_log.assert_clean()


def test_touch_drag_moves_the_tangent_point(page: Page, page_log: PageLog, site_url: str) -> None:
    """Assert a finger on the derivative's point of tangency drags x along the curve without
    scrolling: x lands where the finger is lifted (to the slider's 0.01 step) and the tangent's
    slope readout is f′(x) = 2x at that x."""
    figure = open_demo(page, site_url + LESSON, "derivative")
    centred(page, figure)
    box = figure.locator(".nn-demo__canvas").bounding_box()
    assert box is not None
    scale = box["width"] / D_WIDTH
    handles = current_handles(figure)
    spots = {h["name"]: (box["x"] + h["x"] * scale, box["y"] + h["y"] * scale) for h in handles}
    scroll = page.evaluate("scrollY")
    end_x = box["x"] + (D_LEFT + (-0.83 + 3) / 6 * (D_RIGHT - D_LEFT)) * scale
    swipe(page.context.new_cdp_session(page), page, spots["x"], (end_x, spots["x"][1] + 60))
    slider = figure.get_by_label("x", exact=True)
    expect(slider).not_to_have_value("1")
    x = float(slider.input_value())
    assert x == pytest.approx(-0.83, abs=0.0101)  # a finger lands on whole pixels: half a step each way
    expect(readout(figure, "slope")).to_have_text(f"{2 * x:.2f}".replace("-", "\u2212"))
    assert page.evaluate("scrollY") == scroll
    page_log.assert_clean()


def test_the_static_picture_ignores_a_grab(browser: Browser, site_url: str) -> None:
    """Assert before Python is live (a phone saving data) a swipe from b's tip on the static picture
    scrolls the page and changes nothing; once started, the demo shows the initial angle and b's tip
    can be dragged at once: nothing was left half-held."""
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True, device_scale_factor=2
    )
    page = context.new_page()
    page.add_init_script(CONNECTION % SAVING["save-data"])
    page.goto(site_url + LESSON)
    figure = page.locator('.nn-demo[data-demo="dot_product"]')
    figure.locator(".nn-demo__static").evaluate("(el) => el.scrollIntoView({block: 'center'})")
    page.wait_for_timeout(200)
    expect(figure).to_have_attribute("data-demo-state", "static")
    box = figure.locator(".nn-demo__static").bounding_box()
    assert box is not None
    start = at_turn(START_TURN)
    tip = (box["x"] + start[0] * box["width"] / WIDTH, box["y"] + start[1] * box["height"] / HEIGHT)
    scroll = page.evaluate("scrollY")
    cdp = page.context.new_cdp_session(page)
    swipe(cdp, page, tip, (tip[0], tip[1] - 200))
    page.wait_for_timeout(300)
    assert page.evaluate("scrollY") > scroll + 50
    figure.get_by_role("button", name="Start the live demo", exact=True).click()
    expect(figure).to_have_attribute("data-demo-state", "live", timeout=LIVE_TIMEOUT_MS)
    expect(figure.get_by_label("Angle of b", exact=True)).to_have_value("13")
    centred(page, figure)
    print("HANDLES", figure.locator(".nn-demo__canvas").bounding_box(), page.evaluate("scrollY"))
    end = at_turn(100.4, radius=TIP_RADIUS * 0.8)
    print("FROM", to_page(figure, at_turn(START_TURN)))
    swipe(cdp, page, to_page(figure, at_turn(START_TURN)), to_page(figure, end))
    expect(figure.get_by_label("Angle of b", exact=True)).to_have_value(str(turn_of(*end)))
    context.close()
