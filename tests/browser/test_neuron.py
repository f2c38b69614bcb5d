"""The neuron demo on the authoring page, driven the way a reader drives it: typing, keys, mouse, touch.

Every expected number is worked out here (z = Σ wᵢxᵢ + b and the activation with plain ``math``).
"""

from __future__ import annotations

import math
import re

from playwright.sync_api import Browser, Locator, Page, expect

from tests.browser.conftest import PageLog
from tests.browser.demo_page import open_demo, readout

PAGE = "authoring.html"
MINUS = "\u2212"
ACTIVATIONS = {
    "sigmoid": lambda z: 1 / (1 + math.exp(-z)),
    "step": lambda z: 1.0 if z > 0 else 0.0,
    "tanh": math.tanh,
    "relu": lambda z: max(0.0, z),
}


def six(value: float) -> str:
    """A value as the Output readout writes it: 6 significant digits, a real minus sign."""
    return "0" if value == 0 else f"{value:.6g}".replace("-", MINUS)


def factor(v: float) -> str:
    text = f"{abs(v):g}"
    return f"({MINUS}{text})" if v < 0 else text


def by_components(x: list[float], w: list[float], b: float) -> str:
    """The z readout for x, w, b, written out here: ``0.3×0.5 + (−0.5)×1.2 + 0.1 = −0.45``."""
    z = round(math.fsum([*(wi * xi for wi, xi in zip(w, x, strict=True)), b]), 3)
    terms = " + ".join(f"{factor(wi)}×{factor(xi)}" for wi, xi in zip(w, x, strict=True))
    bias = f"{MINUS} {abs(b):g}" if b < 0 else f"+ {b:g}"
    return f"{terms} {bias} = {f'{z:g}'.replace('-', MINUS)}"


def check(figure: Locator, x: list[float], w: list[float], b: float, activation: str) -> None:
    z = math.fsum([*(wi * xi for wi, xi in zip(w, x, strict=True)), b])
    expect(readout(figure, "z")).to_have_text(by_components(x, w, b))
    expect(readout(figure, "output")).to_have_text(six(ACTIVATIONS[activation](z)))


def test_lesson_01_neuron_then_new_inputs_by_keyboard(page: Page, site_url: str, page_log: PageLog) -> None:
    """Assert the defaults read 0.255403; x of a new length waits for w; arrows move b; the choice picks f."""
    figure = open_demo(page, site_url + PAGE, "neuron")
    check(figure, [0.5, 1.2, -0.8], [0.3, -0.5, 0.9], 0.1, "sigmoid")
    expect(readout(figure, "output")).to_have_text("0.255403")

    inputs = figure.get_by_label("Inputs x", exact=True)
    inputs.fill("1, 2")
    inputs.press("Enter")
    error = figure.locator('[data-error-for="x"]')
    expect(error).to_contain_text("Now give vector w 2 numbers too")
    expect(inputs).to_have_attribute("aria-invalid", "true")
    weights = figure.get_by_label("Weights w", exact=True)
    weights.fill("0.5, -0.25")
    weights.press("Enter")
    check(figure, [1, 2], [0.5, -0.25], 0.1, "sigmoid")
    expect(error).to_be_hidden()

    bias = figure.get_by_label("Bias b", exact=True)
    bias.focus()
    for _ in range(3):
        page.keyboard.press("ArrowRight")
    expect(bias).to_have_attribute("aria-valuetext", "0.4")
    check(figure, [1, 2], [0.5, -0.25], 0.4, "sigmoid")

    choice = figure.get_by_label("Activation", exact=True)
    for name in ("tanh", "step", "relu"):
        choice.select_option(name)
        check(figure, [1, 2], [0.5, -0.25], 0.4, name)
    expect(figure.locator("canvas")).to_have_attribute(
        "aria-label", re.compile("ReLU max\\(0, z\\) activation")
    )


def test_bad_value_keeps_the_last_good_picture(page: Page, site_url: str, page_log: PageLog) -> None:
    """Assert a word typed for a weight gets its message by the field and the readouts stay."""
    figure = open_demo(page, site_url + PAGE, "neuron")
    weights = figure.get_by_label("Weights w", exact=True)
    weights.fill("0.3, heavy, 0.9")
    weights.press("Enter")
    expect(figure.locator('[data-error-for="w"]')).to_contain_text("“heavy” is not a number")
    check(figure, [0.5, 1.2, -0.8], [0.3, -0.5, 0.9], 0.1, "sigmoid")


def test_exercise_link_loads_its_neuron(page: Page, site_url: str, page_log: PageLog) -> None:
    """Assert "Try it in the demo" loads the exercise's neuron: ReLU(0.5·1 − 0.25·2 + 0.5) = 0.5."""
    figure = open_demo(page, site_url + PAGE, "neuron")
    button = page.locator("#exercise-relu-neuron").get_by_role("button", name="Try it in the demo")
    expect(button).to_be_visible()
    button.click()
    check(figure, [1, 2], [0.5, -0.25], 0.5, "relu")
    expect(figure.get_by_label("Activation", exact=True)).to_have_value("relu")
    expect(figure.get_by_label("Inputs x", exact=True)).to_have_value("1, 2")


def test_phone_touch_picks_an_activation(browser: Browser, site_url: str) -> None:
    """Assert on a touch phone the choice works and the figure fits the 390 px screen."""
    context = browser.new_context(has_touch=True, is_mobile=True, viewport={"width": 390, "height": 844})
    page = context.new_page()
    figure = open_demo(page, site_url + PAGE, "neuron")
    choice = figure.get_by_label("Activation", exact=True)
    choice.scroll_into_view_if_needed()
    choice.tap()
    choice.select_option("step")
    check(figure, [0.5, 1.2, -0.8], [0.3, -0.5, 0.9], 0.1, "step")
    overflow = page.evaluate("() => document.scrollingElement.scrollWidth - window.innerWidth")
    assert overflow <= 0
    context.close()
