"""The perceptron demo on the authoring page, driven through its buttons' and slider's accessible names.

The weights, bias and mistakes the page shows are compared with the rule run independently in
``tests/demos/perceptron/rule.py`` on the same points. The page's messages to its worker are
logged (an init script) to check the animation: one tick at a time, frame times or "step".
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, Locator, Page, expect

from py_runtime.perceptron import PRESETS
from tests.browser.conftest import PageLog
from tests.browser.demo_page import open_demo, readout
from tests.demos.perceptron.rule import run, wrong

PAGE = "authoring.html"
MINUS = "\u2212"
BLOBS, XOR = 0, 1  # the authoring page's perceptrons, in order
TRAIN_S = 60_000  # ms: blobs converges in 21 epochs of a quarter second; a busy machine gets slack

# Logs each input the page sends to the worker and each answer, so a test can see the ticks.
WIRETAP = """
window.__wire = [];
const PageWorker = window.Worker;
window.Worker = class extends PageWorker {
  constructor(...args) {
    super(...args);
    this.addEventListener("message", ({ data }) => {
      if (data && data.type === "result" && data.seq >= 0) window.__wire.push(["answer", data.id]);
    });
  }
  postMessage(message, transfer) {
    if (message && message.type === "input") {
      window.__wire.push(["input", message.id, message.control, message.value]);
    }
    return super.postMessage(message, transfer);
  }
};
"""


def number(text: str) -> float:
    return float(text.replace(MINUS, "-"))


def check_after(figure: Locator, name: str, steps: int, rate: float = 0.1) -> None:
    """Assert Weights, Bias, Epoch, Step in epoch and Misclassified after ``steps`` steps of the rule."""
    points = PRESETS[name]
    n = len(points)
    w, b, _ = run(points, (0, 0), 0, rate, steps)
    expect(readout(figure, "step")).to_have_text(f"{(steps - 1) % n + 1} of {n}" if steps else f"0 of {n}")
    expect(readout(figure, "epoch")).to_have_text(str((steps - 1) // n + 1 if steps else 1))
    w1, w2 = (number(t) for t in readout(figure, "weights").inner_text().strip("[]").split(", "))
    assert (w1, w2) == pytest.approx(w, abs=5e-4)
    assert number(readout(figure, "bias").inner_text()) == pytest.approx(b, abs=5e-4)
    expect(readout(figure, "misclassified")).to_have_text(f"{wrong(points, w, b)} of {n}")


def ticks(page: Page, figure: Locator) -> list[str]:
    return [
        e[3]
        for e in page.evaluate("window.__wire")
        if e[0] == "input" and e[1] == figure.get_attribute("id") and e[2] == "tick"
    ]


def one_in_flight(page: Page, figure: Locator) -> bool:
    """Whether every input to ``figure`` waited for the answer to the one before."""
    outstanding = 0
    ident = figure.get_attribute("id")
    for entry in page.evaluate("window.__wire"):
        if entry[1] != ident:
            continue
        outstanding += 1 if entry[0] == "input" else -1
        if outstanding > 1:
            return False
        outstanding = max(outstanding, 0)
    return True


def test_step_epoch_reset_by_mouse_and_keyboard(page: Page, site_url: str, page_log: PageLog) -> None:
    """Assert Step (clicked, Enter, Space), Epoch and Reset follow the rule; every press counts."""
    figure = open_demo(page, site_url + PAGE, "perceptron", BLOBS)
    check_after(figure, "blobs", 0)
    step = figure.get_by_role("button", name="Step", exact=True)
    for _ in range(3):
        step.click()
    check_after(figure, "blobs", 3)
    step.focus()
    page.keyboard.press("Enter")
    page.keyboard.press("Space")
    check_after(figure, "blobs", 5)
    last = readout(figure, "last")
    x1, x2, label = PRESETS["blobs"][4]
    expect(last).to_contain_text(f"point 5 ({x1:g}, {x2:g}), label {label}".replace("-", MINUS))
    figure.get_by_role("button", name="Epoch", exact=True).click()
    check_after(figure, "blobs", 30)
    figure.get_by_role("button", name="Epoch", exact=True).click()
    check_after(figure, "blobs", 60)
    figure.get_by_role("button", name="Reset", exact=True).click()
    check_after(figure, "blobs", 0)
    expect(readout(figure, "status")).to_have_text("Ready")


def test_rate_slider_changes_the_steps(page: Page, site_url: str, page_log: PageLog) -> None:
    """Assert the "Learning rate" slider, moved by keys, is the rate the next steps use."""
    figure = open_demo(page, site_url + PAGE, "perceptron", BLOBS)
    rate = figure.get_by_label("Learning rate", exact=True)
    rate.focus()
    for _ in range(5):
        page.keyboard.press("ArrowRight")
    expect(rate).to_have_attribute("aria-valuetext", "0.15")
    figure.get_by_role("button", name="Epoch", exact=True).click()
    check_after(figure, "blobs", 30, rate=0.15)


def test_train_animates_pauses_and_converges(page: Page, site_url: str, page_log: PageLog) -> None:
    """Assert Train reads Pause while it runs, ticks one at a time, pauses, stops converged."""
    page.add_init_script(WIRETAP)
    figure = open_demo(page, site_url + PAGE, "perceptron", BLOBS)
    figure.get_by_role("button", name="Train", exact=True).click()
    pause = figure.get_by_role("button", name="Pause", exact=True)
    expect(pause).to_be_visible()
    expect(readout(figure, "status")).to_have_text("Training…")
    expect(readout(figure, "epoch")).not_to_have_text("1", timeout=10_000)
    pause.click()
    expect(figure.get_by_role("button", name="Train", exact=True)).to_be_visible()
    expect(readout(figure, "status")).to_have_text("Ready")
    sent = ticks(page, figure)
    assert sent[0] == "0" and len(sent) > 3
    assert all(re.fullmatch(r"\d+(\.\d+)?", value) for value in sent)
    assert one_in_flight(page, figure)

    figure.get_by_role("button", name="Train", exact=True).click()
    _, _, mistakes = run(PRESETS["blobs"], (0, 0), 0, 0.1, 30 * 100)
    epochs = mistakes.index(0) + 1
    status = readout(figure, "status")
    expect(status).to_have_text(re.compile(f"^Converged after {epochs} epochs"), timeout=TRAIN_S)
    expect(figure.get_by_role("button", name="Train", exact=True)).to_be_visible()
    check_after(figure, "blobs", 30 * epochs)
    expect(readout(figure, "misclassified")).to_have_text("0 of 30")
    count = len(ticks(page, figure))
    page.wait_for_timeout(300)
    assert len(ticks(page, figure)) == count  # stopped: no more ticks
    assert one_in_flight(page, figure)


def test_reduced_motion_shows_each_epochs_end(browser: Browser, site_url: str) -> None:
    """Assert with reduced motion Train sends "step" ticks and shows only epoch ends, to the same result."""
    context = browser.new_context(reduced_motion="reduce")
    page = context.new_page()
    page.add_init_script(WIRETAP)
    figure = open_demo(page, site_url + PAGE, "perceptron", BLOBS)
    figure.get_by_role("button", name="Train", exact=True).click()
    expect(readout(figure, "epoch")).not_to_have_text("1", timeout=10_000)
    for _ in range(5):  # each picture is an epoch's end: never a point in the middle of one
        shown = figure.evaluate(
            "f => ['epoch', 'step', 'status'].map(n => f.querySelector(`[data-readout=${n}]`).textContent)"
        )
        assert shown[1] == "30 of 30", shown
        page.wait_for_timeout(150)
    _, _, mistakes = run(PRESETS["blobs"], (0, 0), 0, 0.1, 30 * 100)
    epochs = mistakes.index(0) + 1
    expect(readout(figure, "status")).to_have_text(
        re.compile(f"^Converged after {epochs} epochs"), timeout=TRAIN_S
    )
    check_after(figure, "blobs", 30 * epochs)
    assert set(ticks(page, figure)) == {"step"}
    assert one_in_flight(page, figure)
    context.close()


def test_xor_says_no_line_separates_it(page: Page, site_url: str, page_log: PageLog) -> None:
    """Assert 100 presses of Epoch (Enter on the button) say "no straight line separates these points"."""
    figure = open_demo(page, site_url + PAGE, "perceptron", XOR)
    epoch = figure.get_by_role("button", name="Epoch", exact=True)
    epoch.focus()
    for _ in range(100):
        page.keyboard.press("Enter")
    check_after(figure, "xor", 400)
    expect(readout(figure, "status")).to_have_text(
        "Stopped after 100 epochs: no straight line separates these points, so every epoch makes a mistake."
    )
    _, _, mistakes = run(PRESETS["xor"], (0, 0), 0, 0.1, 400)
    assert mistakes[-1] > 0


def test_phone_tap_steps(browser: Browser, site_url: str) -> None:
    """Assert tapping Step on a touch phone visits a point, and the figure fits 390 px."""
    context = browser.new_context(has_touch=True, is_mobile=True, viewport={"width": 390, "height": 844})
    page = context.new_page()
    figure = open_demo(page, site_url + PAGE, "perceptron", BLOBS)
    step = figure.get_by_role("button", name="Step", exact=True)
    step.scroll_into_view_if_needed()
    step.tap()
    check_after(figure, "blobs", 1)
    overflow = page.evaluate("() => document.scrollingElement.scrollWidth - window.innerWidth")
    assert overflow <= 0
    context.close()
