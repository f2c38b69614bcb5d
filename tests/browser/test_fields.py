"""A field the reader is in is never rewritten under them, and a field in error says so to
assistive technology (aria-invalid), whatever kind of field it is.

Python's answers are held back in the page (the worker's messages wait until the test lets them
go), so each answer arrives exactly while the reader is typing somewhere else.
"""

from __future__ import annotations

from playwright.sync_api import Locator, Page, expect

from tests.browser.conftest import PageLog
from tests.browser.demo_page import open_demo, readout

LESSON = "lessons/01-math-foundations.html"

# While window.__held is an array, the demos' worker's messages wait in it; __release() delivers
# those held so far, in order (later ones are held again).
HOLD = """
window.__held = null;
window.__hold = () => { window.__held = window.__held || []; };
window.__release = () => {
  const held = window.__held;
  window.__held = [];
  for (const [worker, data] of held) {
    const event = new MessageEvent("message", { data });
    event.__released = true;
    worker.dispatchEvent(event);
  }
};
const PageWorker = window.Worker;
window.Worker = class extends PageWorker {
  constructor(...args) {
    super(...args);
    // Registered before the page's own handler, so it can keep the message from it.
    this.addEventListener("message", (event) => {
      if (window.__held && !event.__released) {
        event.stopImmediatePropagation();
        window.__held.push([this, event.data]);
      }
    });
  }
};
"""


def held_answers(page: Page, count: int = 1) -> None:
    """Wait until ``count`` answers from Python are being held back."""
    for _ in range(300):
        if page.evaluate("window.__held.length") >= count:
            return
        page.wait_for_timeout(50)
    raise AssertionError("no answer from Python came back")


def commit(field: Locator, text: str) -> None:
    field.fill(text)
    field.press("Enter")


def test_number_and_cell_fields_keep_what_the_reader_types(
    page: Page, page_log: PageLog, site_url: str
) -> None:
    """Assert an answer to an earlier input leaves a focused number field and a focused matrix cell
    as the reader typed them, even though it carries other values for both; the typed values are
    then taken as usual."""
    page.add_init_script(HOLD)
    figure = open_demo(page, site_url + LESSON, "matrix_product")
    rows = figure.get_by_label("Rows of A", exact=True)
    page.evaluate("__hold()")
    commit(rows, "3")  # its answer will say rows_a = 3
    held_answers(page)
    rows.fill("4")  # the reader goes on typing in the same field
    page.evaluate("__release()")
    expect(figure.locator('[data-grid="A"] tbody tr')).to_have_count(3)  # the answer was applied…
    expect(rows).to_have_value("4")  # …but not into the field the reader is in
    expect(rows).to_be_focused()
    page.keyboard.press("Tab")  # leaving the field sends it
    held_answers(page)
    expect(rows).to_have_value("4")
    page.evaluate("__release()")
    expect(figure.locator('[data-grid="A"] tbody tr')).to_have_count(4)

    commit(rows, "2")
    held_answers(page)
    page.evaluate("__release()")
    expect(figure.locator('[data-grid="A"] tbody tr')).to_have_count(2)
    cell = figure.get_by_label("A row 1, column 1")
    commit(cell, "10")
    held_answers(page)
    cell.fill("7")
    page.evaluate("__release()")
    expect(figure.get_by_label("C row 1, column 1")).to_have_text("64")  # 10·5 + 2·7
    expect(cell).to_have_value("7")
    cell.press("Enter")
    held_answers(page)
    page.evaluate("__release()")
    expect(figure.get_by_label("C row 1, column 1")).to_have_text("49")  # 7·5 + 2·7


def test_text_field_and_slider_keep_what_the_reader_gives(
    page: Page, page_log: PageLog, site_url: str
) -> None:
    """Assert an earlier answer leaves a focused vector field as typed, and a slider where the reader
    moved it; each is then applied."""
    page.add_init_script(HOLD)
    figure = open_demo(page, site_url + LESSON, "dot_product")
    field_a = figure.get_by_label("Vector a", exact=True)
    page.evaluate("__hold()")
    commit(field_a, "2, −1, 3")
    held_answers(page)
    field_a.fill("9, 9, 9")
    page.evaluate("__release()")
    expect(readout(figure, "dot")).to_have_text("21")  # 2·4 − 1·5 + 3·6
    expect(field_a).to_have_value("9, 9, 9")
    commit(field_a, "1, 2, 3")
    held_answers(page)
    page.evaluate("__release()")
    expect(readout(figure, "dot")).to_have_text("32")

    # b along the x axis: the angle between a = (1, 2, 3) and b is acos(1/√14) ≈ 74.5°.
    commit(figure.get_by_label("Vector b", exact=True), "1, 0, 0")
    held_answers(page)
    slider = figure.get_by_label("Angle of b", exact=True)
    slider.focus()
    page.keyboard.press("ArrowRight")  # 13 → 14, while the answer about b is still on its way
    page.evaluate("__release()")
    expect(readout(figure, "theta")).to_have_text("74.5°")  # the answer about b was applied…
    expect(slider).to_have_value("14")  # …and the slider stayed where the reader put it
    held_answers(page)
    page.evaluate("__release()")
    expect(readout(figure, "theta")).to_have_text("14°")
    expect(slider).to_have_value("14")


def test_aria_invalid_is_true_exactly_while_the_error_shows(
    page: Page, page_log: PageLog, site_url: str
) -> None:
    """Assert a text field, a number field and a matrix cell with a bad value get aria-invalid="true"
    beside the visible message (a cell also points to it), and lose the attribute once fixed."""
    figure = open_demo(page, site_url + LESSON, "matrix_product")
    cases = [
        (figure.get_by_label("Rows of A", exact=True), "rows_a", "9", "2"),
        (figure.get_by_label("A row 1, column 1"), "A", "x", "1"),
    ]
    for field, control, bad, good in cases:
        expect(field).not_to_have_attribute("aria-invalid", "true")
        assert field.get_attribute("aria-invalid") is None
        commit(field, bad)
        error = figure.locator(f'[data-error-for="{control}"]')
        expect(error).to_be_visible()
        expect(field).to_have_attribute("aria-invalid", "true")
        assert error.get_attribute("id") in (field.get_attribute("aria-describedby") or "").split()
        commit(field, good)
        expect(error).to_be_hidden()
        expect(field).not_to_have_attribute("aria-invalid", "true")
        assert field.get_attribute("aria-invalid") is None

    dot = open_demo(page, site_url + LESSON, "dot_product")
    field = dot.get_by_label("Vector a", exact=True)
    commit(field, "1, x")
    expect(dot.locator('[data-error-for="a"]')).to_be_visible()
    expect(field).to_have_attribute("aria-invalid", "true")
    commit(field, "1, 2, 3")
    expect(dot.locator('[data-error-for="a"]')).to_be_hidden()
    assert field.get_attribute("aria-invalid") is None
