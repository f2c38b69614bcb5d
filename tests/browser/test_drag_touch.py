"""Dragging b's tip with a finger on a phone: b turns and the page stays put, while a swipe that
starts elsewhere on the same figure scrolls the page as usual. Touches go through the Chrome
DevTools Protocol, as a touchscreen sends them."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import CDPSession, Locator, Page, expect

from tests.browser.conftest import PageLog
from tests.browser.demo_page import canvas_pixels, open_demo
from tests.browser.test_dot_product import LESSON, check_turn
from tests.browser.test_drag import START_TURN, TIP_RADIUS, at_turn, to_page, turn_of


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
