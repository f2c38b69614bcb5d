"""The dot-product demo on the lesson page, driven the way a reader drives it: keys, mouse, typing.

Every expected number is worked out here from the vectors and the angle (a · b = |a||b| cos θ),
never by the project's own code. Each test opens the page once: a cold Python boot is slow.
"""

from __future__ import annotations

import math
import time

import pytest
from playwright.sync_api import Locator, Page, expect

from tests.browser.conftest import PageLog
from tests.browser.demo_page import canvas_pixels, open_demo, readout

LESSON = "lessons/01-math-foundations.html"
MINUS = "\u2212"
A, B = (1.0, 2.0, 3.0), (4.0, 5.0, 6.0)
CHANGE_WAIT_S = 10.0  # the canvas shows a new frame within a frame or two; this is only a ceiling


def length(v: tuple[float, ...]) -> float:
    return math.sqrt(sum(x * x for x in v))


def turned_b(turn: float) -> tuple[float, ...]:
    """The lesson's b turned to ``turn`` degrees from a, in the plane of a and b, keeping |b|."""
    ua = tuple(x / length(A) for x in A)
    along = sum(x * y for x, y in zip(B, ua, strict=True))
    rest = tuple(y - along * u for y, u in zip(B, ua, strict=True))
    w = tuple(x / length(rest) for x in rest)
    c, s = math.cos(math.radians(turn)), math.sin(math.radians(turn))
    return tuple(length(B) * (c * u + s * v) for u, v in zip(ua, w, strict=True))


def value_of(text: str) -> float:
    """The number in a readout or field entry: real minus read as "-", a trailing ° dropped."""
    return float(text.rsplit("≈", maxsplit=1)[-1].strip().rstrip("°").replace(MINUS, "-"))


def degrees_text(theta: float) -> str:
    """θ as a reader sees it for a whole-degree slider value: ``14°``."""
    return f"{round(theta)}°"


def new_frame(figure: Locator, before: bytes) -> bytes:
    """The stage's picture once it differs from ``before`` (the canvas commits a frame after the text)."""
    deadline = time.monotonic() + CHANGE_WAIT_S
    while True:
        now = canvas_pixels(figure)
        if now != before or time.monotonic() > deadline:
            return now


def settled(figure: Locator) -> bytes:
    """The stage's picture once two looks in a row agree (the last frame has been shown)."""
    deadline = time.monotonic() + CHANGE_WAIT_S
    previous = canvas_pixels(figure)
    while True:
        now = canvas_pixels(figure)
        if now == previous or time.monotonic() > deadline:
            return now
        previous = now


def check_turn(figure: Locator, turn: float, before: bytes) -> bytes:
    """Assert the slider, θ, cos θ, a · b, the Vector b field and the picture all show ``turn``."""
    slider = figure.get_by_label("Angle of b", exact=True)
    expect(slider).to_have_value(str(round(turn)))
    expect(slider).to_have_attribute("aria-valuetext", f"{round(turn)}°")
    theta = turn if turn <= 180 else 360 - turn
    expect(readout(figure, "theta")).to_have_text(degrees_text(theta))
    cos = math.cos(math.radians(theta))
    assert value_of(readout(figure, "cos").inner_text()) == pytest.approx(cos, abs=5e-4)
    assert value_of(readout(figure, "dot").inner_text()) == pytest.approx(
        length(A) * length(B) * cos, abs=5e-4
    )
    shown_b = [value_of(x) for x in figure.get_by_label("Vector b", exact=True).input_value().split(",")]
    for got, want in zip(shown_b, turned_b(turn), strict=True):
        assert got == pytest.approx(want, abs=5e-4)
    after = new_frame(figure, before)
    assert after != before, f"the picture did not change at {turn}°"
    return after


def test_slider_by_keyboard_and_mouse(page: Page, page_log: PageLog, site_url: str) -> None:
    """Assert arrow keys step 1°, Home/End reach 0°/360°, PageUp/PageDown step 36°, a drag lands anywhere.

    After every move θ, cos θ, a · b and the Vector b field follow the angle and the picture changes.
    """
    figure = open_demo(page, site_url + LESSON, "dot_product")
    expect(readout(figure, "dot")).to_have_text("32")
    expect(readout(figure, "theta")).to_have_text("12.9°")
    expect(readout(figure, "norm_a")).to_contain_text(f"{length(A):.3f}")
    slider = figure.get_by_label("Angle of b", exact=True)
    expect(slider).to_have_value("13")
    picture = canvas_pixels(figure)
    slider.focus()
    # Chromium's range input: arrows move one step, Home/End go to the ends, PageUp/PageDown move
    # a tenth of the range (36° here).
    for key, turn in [
        ("ArrowRight", 14),
        ("ArrowLeft", 13),
        ("ArrowLeft", 12),
        ("Home", 0),
        ("PageUp", 36),
        ("ArrowUp", 37),
        ("End", 360),
        ("PageDown", 324),
        ("ArrowDown", 323),
    ]:
        page.keyboard.press(key)
        picture = check_turn(figure, turn, picture)

    box = slider.bounding_box()
    assert box is not None
    y = box["y"] + box["height"] / 2
    thumb = box["x"] + box["width"] * 323 / 360
    page.mouse.move(thumb, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.55, y, steps=8)
    page.mouse.move(box["x"] + box["width"] * 0.4, y, steps=8)
    page.mouse.up()
    expect(slider).not_to_have_value("323")
    dropped = int(slider.input_value())
    assert 100 <= dropped <= 190, dropped  # near where the pointer let go, 40% along
    check_turn(figure, dropped, picture)


BAD_INPUTS = [
    ("Vector a", "a", "1,2,x", "not a number"),
    ("Vector b", "b", "1e999", "too large"),
    ("Vector b", "b", "1, 2", "Vector b has 2 numbers but vector a has 3"),
    ("Vector a", "a", "1, 2, 3, 4", "Vector a has 4 numbers but vector b has 3"),
    ("Vector a", "a", "0, 0, 0", "zero vector"),
    ("Vector b", "b", "sin(", "not a number"),
    ("Vector a", "a", "#%&!" * 50, "too long"),
    ("Vector b", "b", "", "empty"),
    ("Vector a", "a", "1, 2, 3, 4, 5, 6, 7", "2 to 6 numbers"),
    ("Vector b", "b", "7", "2 to 6 numbers"),
]


def readout_texts(figure: Locator) -> list[str]:
    return figure.locator("[data-readout]").all_inner_texts()


def test_typing_vectors_and_bad_input(page: Page, page_log: PageLog, site_url: str) -> None:
    """Assert exercise 1 typed into the fields shows −3 with its sum; each bad value gets a message
    under its field while the numbers and picture stay; good values then work again."""
    figure = open_demo(page, site_url + LESSON, "dot_product")
    field_a, field_b = (
        figure.get_by_label("Vector a", exact=True),
        figure.get_by_label("Vector b", exact=True),
    )
    picture = canvas_pixels(figure)
    field_a.fill("2, −1, 3")
    field_a.press("Enter")
    field_b.fill("[4, 5, -2]")
    field_b.press("Enter")
    expect(readout(figure, "dot")).to_have_text(f"{MINUS}3")
    expect(readout(figure, "sum")).to_have_text(f"2×4 + ({MINUS}1)×5 + 3×({MINUS}2) = {MINUS}3")
    theta = math.degrees(math.acos(-3 / (length((2, -1, 3)) * length((4, 5, -2)))))
    expect(readout(figure, "theta")).to_have_text(f"{theta:.1f}°")
    expect(readout(figure, "direction")).to_contain_text("opposite")
    expect(figure.get_by_label("Angle of b", exact=True)).to_have_value(str(round(theta)))
    assert new_frame(figure, picture) != picture
    picture = settled(figure)

    good = readout_texts(figure)
    for label, control, value, message in BAD_INPUTS:
        field = figure.get_by_label(label, exact=True)
        field.fill(value)
        field.press("Enter")
        error = figure.locator(f'[data-error-for="{control}"]')
        expect(error).to_be_visible()
        expect(error).to_contain_text(message)
        expect(field).to_have_attribute("aria-invalid", "true")
        assert readout_texts(figure) == good, value
        assert canvas_pixels(figure) == picture, f"the picture changed after {value!r}"
        field.fill("2, −1, 3" if control == "a" else "4, 5, −2")  # the good value again
        field.press("Enter")
        expect(error).to_be_hidden()

    # Still alive: a new good pair is taken, and perpendicular vectors say so.
    field_b.fill("1, 2, 0")
    field_b.press("Enter")
    expect(readout(figure, "dot")).to_have_text("0")
    expect(readout(figure, "direction")).to_have_text("perpendicular (a · b = 0)")
    expect(readout(figure, "theta")).to_have_text("90°")
    assert new_frame(figure, picture) != picture
