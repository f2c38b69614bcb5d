"""The demos' controls in the dark palette look like part of the dark page."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from tests.browser.conftest import PageLog
from tests.browser.demo_page import mean_luminance, open_demo

LESSON = "lessons/01-math-foundations.html"


@pytest.mark.parametrize(("scheme", "dark"), [("dark", True), ("light", False)])
def test_slider_track_follows_the_palette(
    page: Page, page_log: PageLog, site_url: str, scheme: str, dark: bool
) -> None:
    """Assert a slider at its minimum (its track all empty) is a dark bar in the dark palette, a light
    one in the light."""
    page.emulate_media(color_scheme=scheme)
    figure = open_demo(page, site_url + LESSON, "derivative")
    slider = figure.locator('input[type="range"][data-control="h"]')
    slider.focus()
    page.keyboard.press("Home")
    box = slider.bounding_box()
    assert box is not None
    # The middle band of the track, right of the thumb: the part a reader sees as "empty".
    track = page.screenshot(
        clip={
            "x": box["x"] + box["width"] * 0.3,
            "y": box["y"] + box["height"] / 2 - 2,
            "width": box["width"] * 0.6,
            "height": 4,
        }
    )
    luminance = mean_luminance(page, track)
    assert (luminance < 0.2) if dark else (luminance > 0.5), luminance
