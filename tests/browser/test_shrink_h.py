"""The derivative's "Shrink h to 0" button in lesson 01, pressed as a reader presses it.

Expected numbers are worked out here for the lesson's f = x² at x = 1: f′(1) = 2, and the
difference quotient at the slider's smallest h, ((1 + 0.01)² − 1) / 0.01 = 2.01.
"""

from __future__ import annotations

from playwright.sync_api import Browser, Page, expect

from tests.browser.conftest import PageLog
from tests.browser.demo_page import open_demo, readout

LESSON = "lessons/01-math-foundations.html"
H_MIN = 0.01  # the h slider's min, as the page shows it
RUN_MS = 20_000  # two seconds of animation, with slack for a busy machine


def secant_slope(text: str) -> float:
    return float(text.rsplit("=", 1)[1].replace("\u2212", "-"))


def test_shrink_h_runs_to_the_slider_minimum(page: Page, page_log: PageLog, site_url: str) -> None:
    """Assert the button reads Pause while h shrinks, then its name again with h at the slider's min
    and the secant slope at the difference quotient for h = 0.01, within 0.011 of f′(1) = 2."""
    figure = open_demo(page, site_url + LESSON, "derivative")
    slider = figure.get_by_label("h", exact=True)
    figure.get_by_role("button", name="Shrink h to 0", exact=True).click()
    expect(figure.get_by_role("button", name="Pause", exact=True)).to_be_visible()
    expect(figure.get_by_role("button", name="Shrink h to 0", exact=True)).to_be_visible(timeout=RUN_MS)
    assert float(slider.input_value()) == H_MIN == float(slider.get_attribute("min") or "nan")
    quotient = ((1 + H_MIN) ** 2 - 1) / H_MIN
    assert abs(quotient - 2) < 0.011
    assert abs(secant_slope(readout(figure, "secant").inner_text()) - quotient) < 5e-4


def test_pause_and_a_slider_stop_it(page: Page, page_log: PageLog, site_url: str) -> None:
    """Assert Pause leaves h part of the way down, and moving the x slider stops a run too."""
    figure = open_demo(page, site_url + LESSON, "derivative")
    slider = figure.get_by_label("h", exact=True)
    figure.get_by_role("button", name="Shrink h to 0", exact=True).click()
    expect(slider).not_to_have_value("1")
    figure.get_by_role("button", name="Pause", exact=True).click()
    expect(figure.get_by_role("button", name="Shrink h to 0", exact=True)).to_be_visible()
    paused = slider.input_value()
    page.wait_for_timeout(500)
    assert slider.input_value() == paused and H_MIN < float(paused) < 1
    figure.get_by_role("button", name="Shrink h to 0", exact=True).click()
    expect(figure.get_by_role("button", name="Pause", exact=True)).to_be_visible()
    figure.get_by_label("x", exact=True).focus()
    page.keyboard.press("ArrowRight")
    expect(figure.get_by_role("button", name="Shrink h to 0", exact=True)).to_be_visible()
    stopped = slider.input_value()
    page.wait_for_timeout(500)
    assert slider.input_value() == stopped and float(stopped) > H_MIN


def test_reduced_motion_moves_in_a_few_steps(browser: Browser, site_url: str) -> None:
    """Assert with reduced motion h takes only a few distinct values on its way to the minimum."""
    context = browser.new_context(reduced_motion="reduce")
    page = context.new_page()
    figure = open_demo(page, site_url + LESSON, "derivative")
    slider = figure.get_by_label("h", exact=True)
    figure.get_by_role("button", name="Shrink h to 0", exact=True).click()
    seen = {slider.input_value()}
    done = figure.get_by_role("button", name="Shrink h to 0", exact=True)
    for _ in range(400):
        seen.add(slider.input_value())
        if done.count() and slider.input_value() == f"{H_MIN:g}":
            break
        page.wait_for_timeout(25)
    expect(done).to_be_visible(timeout=RUN_MS)
    seen.add(slider.input_value())
    assert float(slider.input_value()) == H_MIN
    assert 4 <= len(seen) <= 7, seen  # the start and 4 to 6 steps
    context.close()
