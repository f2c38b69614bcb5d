"""The derivative demo in lesson 01, driven the way a reader drives it: keys, mouse, typing.

Every expected number is worked out here with plain arithmetic (f = x², f′ = 2x, the tangent
y = 2a·x − a², the secant (f(x+h) − f(x))/h), never by calling the project's code.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable

from playwright.sync_api import Locator, Page, expect

from tests.browser.conftest import PageLog
from tests.browser.demo_page import canvas_pixels, open_demo, readout

LESSON = "lessons/01-math-foundations.html"
WAIT_MS = 15_000  # one round trip through Python on a busy machine
MINUS = "\u2212"


def plain(text: str) -> str:
    """Text with the real minus sign turned into a hyphen and runs of spaces squeezed."""
    return " ".join(text.replace(MINUS, "-").split())


def tidy(value: float) -> str:
    """A number the way the readouts write it: at most 3 decimals, no trailing zeros."""
    text = f"{round(value, 3):.3f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "0") else text


def tangent_text(slope: float, intercept: float) -> str:
    """``y = 2x - 1``: the tangent's equation with tidy numbers, written by hand here."""
    parts = []
    m = tidy(abs(slope))
    if m != "0":
        parts.append(("-" if slope < 0 else "") + ("" if m == "1" else m) + "x")
    b = tidy(abs(intercept))
    if not parts:
        parts.append(("-" if intercept < 0 and b != "0" else "") + b)
    elif b != "0":
        parts.append(("- " if intercept < 0 else "+ ") + b)
    return "y = " + " ".join(parts)


def expect_text(cell: Locator, text: str) -> None:
    """Wait until ``cell`` shows ``text`` (either minus sign accepted)."""
    expect(cell).to_have_text(_pattern(text), timeout=WAIT_MS)


def _loose(text: str) -> str:
    """A regex for ``text`` that accepts either minus sign and any run of spaces."""
    return r"\s+".join(
        "".join("[-\u2212]" if c == "-" else re.escape(c) for c in word) for word in plain(text).split()
    )


def _pattern(text: str) -> re.Pattern[str]:
    return re.compile(r"^\s*" + _loose(text) + r"\s*$")


def expect_square_at(figure: Locator, x: float) -> None:
    """Wait for the readouts of f = x² at ``x``: f(x) = x², f′(x) = 2x, tangent y = 2x·X − x²."""
    expect_text(readout(figure, "fx"), tidy(x * x))
    expect_text(readout(figure, "slope"), tidy(2 * x))
    expect_text(readout(figure, "tangent"), tangent_text(2 * x, -x * x))
    trend = "rising (f′(x) > 0)" if x > 0 else "falling (f′(x) < 0)" if x < 0 else "flat (f′(x) = 0)"
    expect_text(readout(figure, "trend"), trend)


def slider_value(slider: Locator) -> float:
    return float(slider.input_value())


def formula_field(figure: Locator) -> Locator:
    return figure.get_by_label("f(x)", exact=True)


def type_formula(figure: Locator, text: str) -> None:
    """Replace the formula and press Enter, as a reader does."""
    field = formula_field(figure)
    field.fill(text)
    field.press("Enter")


def test_x_slider_by_keyboard_and_mouse(page: Page, page_log: PageLog, site_url: str) -> None:
    """Assert arrow keys, Home/End, PageUp/PageDown and a mouse drag move the point and every readout."""
    figure = open_demo(page, site_url + LESSON, "derivative")
    expect_square_at(figure, 1)
    expect_text(readout(figure, "formula"), "2x")
    before = canvas_pixels(figure)
    slider = figure.get_by_label("x", exact=True)
    slider.focus()

    page.keyboard.press("ArrowRight")
    expect(slider).to_have_value("1.01")
    expect_square_at(figure, 1.01)
    page.keyboard.press("ArrowLeft")
    page.keyboard.press("ArrowLeft")
    expect(slider).to_have_value("0.99")
    expect_square_at(figure, 0.99)

    page.keyboard.press("Home")
    expect(slider).to_have_value("-3")
    expect_square_at(figure, -3)
    expect(slider).to_have_attribute("aria-valuetext", "-3")
    assert canvas_pixels(figure) != before

    page.keyboard.press("End")
    expect_square_at(figure, 3)
    page.keyboard.press("PageDown")  # a big step: a tenth of the range, 6/10
    expect(slider).to_have_value("2.4")
    expect_square_at(figure, 2.4)
    page.keyboard.press("PageUp")
    expect(slider).to_have_value("3")
    expect_square_at(figure, 3)

    page.keyboard.press("Home")
    expect_square_at(figure, -3)
    expect(figure.locator("canvas")).to_have_attribute(
        "aria-label",
        _pattern_prefix("Graph of f(x) = x^2 with the tangent at x = -3, slope -6."),
        timeout=WAIT_MS,
    )
    at_left = canvas_pixels(figure)

    box = slider.bounding_box()
    assert box is not None
    # The thumb sits at the left end (x = −3); drag it three quarters of the way along.
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + 8, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.45, y, steps=4)
    page.mouse.move(box["x"] + box["width"] * 0.75, y, steps=4)
    page.mouse.up()
    dragged = slider_value(slider)
    assert 0.5 < dragged < 2.5, dragged
    expect_square_at(figure, dragged)
    assert canvas_pixels(figure) != at_left


def _pattern_prefix(text: str) -> re.Pattern[str]:
    return re.compile("^" + _loose(text))


def test_typed_formulas_and_the_secant(page: Page, page_log: PageLog, site_url: str) -> None:
    """Assert exercises 3 and 4 show their derivative formulas, and h moves the secant's slope."""
    figure = open_demo(page, site_url + LESSON, "derivative")

    def f3(x: float) -> float:
        return 5 * x**3 - 2 * x + 9

    type_formula(figure, "5x^3 - 2x + 9")
    expect_text(readout(figure, "formula"), "15x^2 - 2")
    expect_text(readout(figure, "fx"), tidy(f3(1)))  # 12
    expect_text(readout(figure, "slope"), tidy(15 - 2))
    expect_text(readout(figure, "tangent"), tangent_text(13, 12 - 13))
    expect_text(readout(figure, "secant"), f"({tidy(f3(2))} - {tidy(f3(1))}) / 1 = {tidy(f3(2) - f3(1))}")

    type_formula(figure, "cos(x^3)")
    cell = readout(figure, "formula")
    expect(cell).not_to_have_text(_pattern("15x^2 - 2"), timeout=WAIT_MS)
    shown = plain(cell.inner_text()).replace("·", " ").replace("*", " ")
    assert " ".join(shown.split()) in {
        "-3x^2 sin(x^3)",
        "-3 x^2 sin(x^3)",
        "-sin(x^3) 3x^2",
        "-3sin(x^3) x^2",
    }, shown
    expect_text(readout(figure, "slope"), tidy(-3 * math.sin(1)))
    expect_text(readout(figure, "fx"), tidy(math.cos(1)))

    def secant(f: Callable[[float], float], x: float, h: float) -> float:
        return (f(x + h) - f(x)) / h

    def cube_cos(x: float) -> float:
        return math.cos(x**3)

    h_slider = figure.get_by_label("h", exact=True)
    h_slider.focus()
    page.keyboard.press("Home")
    expect(h_slider).to_have_value("0.01")
    expect_secant(figure, cube_cos, 1, 0.01, secant(cube_cos, 1, 0.01))
    page.keyboard.press("ArrowRight")
    expect_secant(figure, cube_cos, 1, 0.02, secant(cube_cos, 1, 0.02))
    page.keyboard.press("End")
    expect_secant(figure, cube_cos, 1, 2, secant(cube_cos, 1, 2))
    # As h shrinks the secant's slope closes in on the tangent's, −3 sin 1 ≈ −2.524.
    assert abs(secant(cube_cos, 1, 0.01) + 3 * math.sin(1)) < abs(secant(cube_cos, 1, 2) + 3 * math.sin(1))


def expect_secant(figure: Locator, f: Callable[[float], float], x: float, h: float, slope: float) -> None:
    """Wait for the secant readout ``(f(x+h) − f(x)) / h = slope`` with the test's own numbers."""
    expect_text(
        readout(figure, "secant"), f"({tidy(f(x + h))} - {_factor(f(x))}) / {tidy(h)} = {tidy(slope)}"
    )


def _factor(value: float) -> str:
    text = tidy(value)
    return f"({text})" if text.startswith("-") else text


BAD = ["sin(", "x^^2", "#%&" * 66 + "!!", "", "1e999"]


def test_bad_formulas_keep_the_last_good_picture(page: Page, page_log: PageLog, site_url: str) -> None:
    """Assert each bad formula shows a message by the field, the readouts stay, and the demo still works."""
    figure = open_demo(page, site_url + LESSON, "derivative")
    type_formula(figure, "x^3")
    expect_text(readout(figure, "formula"), "3x^2")
    names = ["fx", "slope", "tangent", "trend", "formula", "secant"]
    good = {name: readout(figure, name).inner_text() for name in names}
    picture = canvas_pixels(figure)
    error = figure.locator('[data-error-for="f"]')
    field = formula_field(figure)
    for typed in BAD:
        type_formula(figure, typed)
        expect(error).to_be_visible(timeout=WAIT_MS)
        expect(error).to_contain_text("empty" if not typed else "character", timeout=WAIT_MS)
        expect(field).to_have_attribute("aria-invalid", "true")
        assert {name: readout(figure, name).inner_text() for name in names} == good, typed
        type_formula(figure, "x^3")
        expect(error).to_be_hidden(timeout=WAIT_MS)
    assert canvas_pixels(figure) == picture

    slider = figure.get_by_label("x", exact=True)
    slider.focus()
    page.keyboard.press("End")
    expect_text(readout(figure, "fx"), "27")
    expect_text(readout(figure, "slope"), "27")
    expect_text(readout(figure, "tangent"), tangent_text(27, 27 - 81))
    assert field.get_attribute("aria-invalid") is None


def test_a_cube_root_reads_as_a_power(page: Page, page_log: PageLog, site_url: str) -> None:
    """Assert typing x^(1/3) shows f′(x) as x^(−2/3)/3 (real minus sign), and the numbers at x = 1:
    f(1) = 1, f′(1) = 1/3, the tangent y = x/3 + 2/3 and the secant to 2, 2^(1/3) − 1."""
    figure = open_demo(page, site_url + LESSON, "derivative")

    def cube_root(x: float) -> float:
        return x ** (1 / 3)

    type_formula(figure, "x^(1/3)")
    expect(readout(figure, "formula")).to_have_text(f"x^({MINUS}2/3)/3", timeout=WAIT_MS)
    expect_text(readout(figure, "fx"), "1")
    expect_text(readout(figure, "slope"), tidy(1 / 3))
    expect_text(readout(figure, "tangent"), tangent_text(1 / 3, 1 - 1 / 3))
    expect_secant(figure, cube_root, 1, 1, cube_root(2) - 1)
