"""The lesson on a phone, 360 to 414 px wide, with touch: no sideways scrolling, fingertip-sized
controls, sliders that follow a finger. Screenshots of each demo at 390 px go to screenshots/."""

from __future__ import annotations

import pytest
from playwright.sync_api import Locator, Page, expect

from tests.browser.conftest import PageLog
from tests.browser.demo_page import readout
from tests.browser.live_page import LESSON, OUR_CONTROLS, open_live
from tests.conftest import ROOT

WIDTHS = (360, 390, 414)
HEIGHT = 844
MIN_TARGET_PX = 44  # WCAG 2.5.5 (AAA) and the platforms' own guidance for touch targets
SHOTS = ROOT / "screenshots"

SMALL_TARGETS = """([selector, least]) => [...document.querySelectorAll(selector)]
  .filter((el) => el.getClientRects().length > 0)
  .map((el) => {
    const box = el.getBoundingClientRect();
    const name = el.id || el.getAttribute("aria-label") || el.textContent.trim();
    return [name, Math.round(box.width), Math.round(box.height)];
  })
  .filter(([, w, h]) => w < least || h < least)"""


@pytest.fixture
def browser_context_args(browser_context_args: dict) -> dict:
    """A phone: narrow, touch, mobile viewport meta honoured, a sharp screen."""
    return {
        **browser_context_args,
        "viewport": {"width": 390, "height": HEIGHT},
        "is_mobile": True,
        "has_touch": True,
        "device_scale_factor": 2,
    }


def touch_drag(page: Page, slider: Locator, distance: float) -> None:
    """Put a finger on ``slider``'s thumb and slide it ``distance`` CSS pixels to the right.

    Touch events go through the Chrome DevTools Protocol, as a touchscreen sends them (no mouse).
    """
    slider.scroll_into_view_if_needed()
    box = slider.bounding_box()
    low, high = float(slider.get_attribute("min")), float(slider.get_attribute("max"))
    thumb = 10  # about half of Chromium's thumb: the track's usable length ends there
    x = box["x"] + thumb + (box["width"] - 2 * thumb) * (float(slider.input_value()) - low) / (high - low)
    y = box["y"] + box["height"] / 2
    cdp = page.context.new_cdp_session(page)
    try:
        cdp.send("Input.dispatchTouchEvent", {"type": "touchStart", "touchPoints": [{"x": x, "y": y}]})
        for step in range(1, 11):
            cdp.send(
                "Input.dispatchTouchEvent",
                {"type": "touchMove", "touchPoints": [{"x": x + distance * step / 10, "y": y}]},
            )
            page.wait_for_timeout(30)
        cdp.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})
    finally:
        cdp.detach()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_lesson_on_a_phone(page: Page, page_log: PageLog, site_url: str, scheme: str) -> None:
    """Assert at 360, 390 and 414 px the page never scrolls sideways and every control of ours is at
    least 44 × 44 px; a finger drags the sliders (value and readouts follow, the page stays put)."""
    page.emulate_media(color_scheme=scheme)
    open_live(page, site_url + LESSON)
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": HEIGHT})
        expect(page.locator("html")).to_have_js_property("clientWidth", width)
        sizes = page.evaluate("[document.documentElement.scrollWidth, document.body.scrollWidth, innerWidth]")
        assert max(sizes[:2]) <= sizes[2], (width, sizes)
        assert page.evaluate(SMALL_TARGETS, [OUR_CONTROLS, MIN_TARGET_PX]) == [], width
        if width == 390:
            SHOTS.mkdir(exist_ok=True)
            for figure in page.locator(".nn-demo").all():
                figure.screenshot(path=SHOTS / f"phone-390-{scheme}-{figure.get_attribute('data-demo')}.png")

    cases = [("dot_product", "Angle of b", "theta"), ("derivative", "x", "slope")]
    for name, label, shown in cases:
        figure = page.locator(f'.nn-demo[data-demo="{name}"]')
        slider = figure.get_by_label(label, exact=True)
        value, text = slider.input_value(), readout(figure, shown).inner_text()
        touch_drag(page, slider, 60)
        scroll = page.evaluate("[scrollX, scrollY]")
        expect(slider).not_to_have_value(value)
        assert float(slider.input_value()) > float(value), name  # moved the way the finger went
        expect(readout(figure, shown)).not_to_have_text(text)
        assert page.evaluate("[scrollX, scrollY]") == scroll and scroll[0] == 0, name


def test_matrix_size_fields_pair_up_on_a_phone(page: Page, page_log: PageLog, site_url: str) -> None:
    """Assert at 360, 390 and 414 px A's two size fields share a line, B's the next, each label above
    its field (one page load, resized as a phone turned or zoomed would be)."""
    page.goto(site_url + LESSON)
    figure = page.locator('.nn-demo[data-demo="matrix_product"]')
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": HEIGHT})
        expect(page.locator("html")).to_have_js_property("clientWidth", width)
        figure.scroll_into_view_if_needed()
        tops = {}
        for name in ("Rows of A", "Columns of A", "Rows of B", "Columns of B"):
            field, label = figure.get_by_label(name, exact=True), figure.get_by_text(name, exact=True)
            field_box, label_box = field.bounding_box(), label.bounding_box()
            assert field_box and label_box
            assert label_box["y"] + label_box["height"] <= field_box["y"] + 1, (
                f"{width} px, {name}: label not above its field"
            )
            tops[name] = field_box["y"]
        assert tops["Rows of A"] == pytest.approx(tops["Columns of A"], abs=2), width
        assert tops["Rows of B"] == pytest.approx(tops["Columns of B"], abs=2), width
        assert tops["Rows of B"] > tops["Rows of A"] + 20, width
