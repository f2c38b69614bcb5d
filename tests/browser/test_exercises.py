"""The lesson's "Before You Go — Try These" exercises, answered the way a reader answers them.

Each test opens the lesson once (Python boots in 5–10 s here). Expected verdicts and hints are
the lesson's own (its ```exercise fences); the demo values are worked out by hand: 2·4 − 1·5 −
3·2 = −3, (4×3)(3×5) = (4×5), d/dx(5x³ − 2x + 9) = 15x² − 2, d/dx cos(x³) = −3x² sin(x³).
"""

from __future__ import annotations

import re
from pathlib import Path

from playwright.sync_api import Locator, Page, expect

from tests.browser.conftest import PageLog
from tests.browser.demo_page import LIVE_TIMEOUT_MS, readout
from tests.browser.test_offline import OfflineContext, file_url, offline  # noqa: F401 - the fixture

# Storage that throws, as it does when a reader has disabled it (and in some browsers on file://).
NO_STORAGE = """Object.defineProperty(window, "localStorage", {
    get() { throw new DOMException("The operation is insecure.", "SecurityError"); },
});"""

LESSON = "lessons/01-math-foundations.html"
WAIT_MS = 15_000  # one round trip through Python on a busy machine
LOADING = "Checking… (Python is still loading)"


def exercise(page: Page, ident: str) -> Locator:
    return page.locator(f'[data-exercise="{ident}"]')


def answer(block: Locator, answers: str | dict[str, str]) -> Locator:
    """Type ``answers`` into the exercise's field(s), press Check, return its feedback line.

    Pressing Check empties the feedback at once, so a later expect never sees the old message.
    """
    fields = {"answer": answers} if isinstance(answers, str) else answers
    for field, text in fields.items():
        block.locator(f'[data-answer-field="{field}"]').fill(text)
    block.get_by_role("button", name="Check").click()
    return block.locator("[data-exercise-feedback]")


def expect_feedback(block: Locator, answers: str | dict[str, str], *pieces: str) -> None:
    feedback = answer(block, answers)
    for piece in pieces:
        expect(feedback).to_contain_text(piece, timeout=WAIT_MS)


# (exercise, what the reader types, what the feedback must say)
TABLE = [
    ("dot-product", "-3", ["Correct: −3."]),
    ("dot-product", "−3.0", ["Correct"]),
    ("dot-product", "3", ["Not yet.", "left out the last product"]),
    ("dot-product", "-11", ["Not yet.", "left out the first product"]),
    ("dot-product", "7", ["Not yet.", "(−1)·5 is −5, not 5"]),
    ("dot-product", "", ["Type an answer first."]),
    ("dot-product", "minus three", ["That is not a number"]),
    ("dot-product", "9" * 10_000, ["characters long; an answer here is at most 1,000"]),
    ("matrix-shape", "4 by 5", ["Correct: 4×5."]),
    ("matrix-shape", "(4, 5)", ["Correct"]),
    ("matrix-shape", "4x5", ["Correct"]),
    ("matrix-shape", "3×3", ["Not yet.", "outer sizes, 4 and 5, give the shape"]),
    ("matrix-shape", "4x3", ["Not yet.", "That is the shape of A"]),
    ("matrix-shape", "3 x 5", ["Not yet.", "That is the shape of B"]),
    ("power-rule", "15x^2-2", ["Correct: 15x^2 − 2."]),
    ("power-rule", "15*x**2 - 2", ["Correct"]),
    ("power-rule", "-2 + 15x^2", ["Correct"]),
    ("power-rule", "15x^2", ["Not yet.", "dropped a term: the derivative of −2x is −2"]),
    ("power-rule", "15x^3 - 2", ["Not yet.", "Wrong power"]),
    ("power-rule", "15x^2 $ 2", ["Could not read that formula: unexpected character '$' at character 7"]),
    ("chain-rule", "-3x^2 sin(x^3)", ["Correct: −3x^2 sin(x^3)."]),
    ("chain-rule", "-sin(x^3)*3*x**2", ["Correct"]),
    ("chain-rule", "-sin(x^3)", ["Not yet.", "missed the inner derivative"]),
    ("chain-rule", "3x^2 sin(x^3)", ["Not yet.", "the derivative of cos is −sin"]),
    (
        "partial-derivatives",
        {"x": "2xy", "y": "x^2 + 3y^2"},
        ["Correct: ∂f/∂x = 2xy and ∂f/∂y = x^2 + 3y^2."],
    ),
    ("partial-derivatives", {"x": "2*y*x", "y": "3y**2 + x*x"}, ["Correct"]),
    (
        "partial-derivatives",
        {"x": "2xy + 3y^2", "y": "x^2 + 3y^2"},
        ["Not yet.", "∂f/∂x: You treated y as a variable", "∂f/∂y: right."],
    ),
    ("partial-derivatives", {"x": "2xy", "y": "3y^2"}, ["Not yet.", "∂f/∂x: right.", "holding x fixed"]),
    ("partial-derivatives", {"x": "", "y": ""}, ["Type an answer first."]),
]


def test_answers_are_checked_with_hints_and_the_solution_opens(
    page: Page, page_log: PageLog, site_url: str
) -> None:
    """Assert right answers in readers' forms are "Correct", slips get their hint, bad input a message;
    a check made while Python loads waits and says so; the solution opens on request."""
    page.goto(site_url + LESSON)
    first = exercise(page, "dot-product")
    expect(first).to_have_attribute("data-exercise-state", "ready")
    first.locator("[data-answer-field]").fill("-3")
    state, said = page.evaluate(
        """() => {
            const state = NNDemos.state();
            document.querySelector('[data-exercise="dot-product"] button[type=submit]').click();
            return [state, document.querySelector('#exercise-dot-product-feedback').textContent];
        }"""
    )
    assert (state, said) == ("loading", LOADING)
    expect(first.locator("[data-exercise-feedback]")).to_have_text("Correct: −3.", timeout=LIVE_TIMEOUT_MS)

    for ident, typed, pieces in TABLE:
        expect_feedback(exercise(page, ident), typed, *pieces)
    field = exercise(page, "power-rule").locator("[data-answer-field]")
    field.fill("5*3*x^2 - 2")
    field.press("Enter")  # Enter in the field checks too
    expect(exercise(page, "power-rule").locator("[data-exercise-feedback]")).to_have_text(
        "Correct: 15x^2 − 2."
    )

    field = first.locator("[data-answer-field]")
    assert len(field.input_value()) <= 2000  # the 10,000 pasted characters were cut at maxlength…
    expect(field).to_have_attribute("aria-invalid", "")  # …and the field is marked as unreadable
    partials = exercise(page, "partial-derivatives")
    expect(partials.locator('[data-answer-field="x"]')).to_have_attribute("aria-invalid", "")

    solution = page.locator("li").filter(has=first).locator("details")
    expect(solution).not_to_have_attribute("open", "")
    solution.locator("summary").click()
    expect(solution).to_have_attribute("open", "")
    expect(solution.get_by_text("Multiply matching entries, then add:")).to_be_visible()
    expect(solution.locator("mjx-container").first).to_be_visible()


def in_view(page: Page, figure: Locator) -> bool:
    """True when the figure's top is on screen, below Material's header."""
    top = figure.evaluate("el => el.getBoundingClientRect().top")
    return 0 <= top < page.viewport_size["height"] / 2


def test_try_it_loads_the_demo_and_progress_is_kept(page: Page, page_log: PageLog, site_url: str) -> None:
    """Assert "Try it in the demo" puts the exercise into the demo (jumping there at once under reduced
    motion, focus inside it) and shows the answer; solved exercises survive a reload; Reset clears them."""
    page.emulate_media(reduced_motion="reduce")
    page.goto(site_url + LESSON)
    page.evaluate("() => localStorage.clear()")
    page.reload()
    for figure in page.locator(".nn-demo").all():
        expect(figure).to_have_attribute("data-demo-state", "live", timeout=LIVE_TIMEOUT_MS)
    summary = page.locator("[data-progress-summary]")
    expect(summary).to_have_text("0 of 5 solved")
    expect(page.get_by_role("button", name="Reset progress")).to_be_hidden()

    cases = [
        ("dot-product", "dot_product", "dot", "−3"),
        ("matrix-shape", "matrix_product", "shape", "(4×3)(3×5) = (4×5)"),
        ("power-rule", "derivative", "formula", "15x^2 − 2"),
        ("chain-rule", "derivative", "formula", "−3x^2 sin(x^3)"),
    ]
    for ident, demo, name, shown in cases:
        block = exercise(page, ident)
        block.scroll_into_view_if_needed()
        block.get_by_role("button", name="Try it in the demo").click()
        figure = page.locator(f'.nn-demo[data-demo="{demo}"]').first
        assert in_view(page, figure), ident  # no smooth scroll under reduced motion: already there
        assert figure.evaluate("el => el.contains(document.activeElement)"), ident
        expect(readout(figure, name)).to_have_text(shown, timeout=WAIT_MS)
    product = page.locator('.nn-demo[data-demo="matrix_product"]')
    assert [
        product.get_by_label(label).input_value()
        for label in ("Rows of A", "Columns of A", "Rows of B", "Columns of B")
    ] == ["4", "3", "3", "5"]
    expect(page.locator('.nn-demo[data-demo="derivative"] [data-control="f"]')).to_have_value("cos(x^3)")
    expect(
        exercise(page, "partial-derivatives").get_by_role("button", name="Try it in the demo")
    ).to_have_count(0)

    expect_feedback(exercise(page, "matrix-shape"), "4x5", "Correct")
    expect_feedback(exercise(page, "chain-rule"), "-3x^2 sin(x^3)", "Correct")
    expect(summary).to_have_text("2 of 5 solved")
    badges = page.locator("[data-exercise-badge]")
    assert [badge.is_visible() for badge in badges.all()] == [False, True, False, True, False]

    page.reload()
    expect(summary).to_have_text("2 of 5 solved")
    assert [badge.is_visible() for badge in badges.all()] == [False, True, False, True, False]
    assert page.evaluate(
        "() => JSON.parse(localStorage.getItem('nn-course:lessons/01-math-foundations:exercises'))"
    ) == ["matrix-shape", "chain-rule"]
    page.get_by_role("button", name="Reset progress").click()
    expect(summary).to_have_text("0 of 5 solved")
    assert not any(badge.is_visible() for badge in badges.all())
    page.reload()
    expect(summary).to_have_text("0 of 5 solved")


def test_an_exercise_is_checked_from_disk(offline: OfflineContext, built_site: Path) -> None:  # noqa: F811
    """Assert that from file://, with no network, an exercise is checked in Python and a solve is counted."""
    page = offline.new_page()
    page.goto(file_url(built_site, LESSON))
    block = exercise(page, "power-rule")
    feedback = answer(block, "15x^2 - 2")
    expect(feedback).to_have_text("Correct: 15x^2 − 2.", timeout=LIVE_TIMEOUT_MS)
    expect_feedback(block, "15x^2", "Not yet.", "dropped a term")
    expect(page.locator("[data-progress-summary]")).to_have_text(re.compile(r"^1 of 5 solved"))
    assert offline.left_the_disk() == []
    assert offline.errors == []


def test_without_python_or_storage_the_exercises_say_so(offline: OfflineContext, built_site: Path) -> None:  # noqa: F811
    """Assert that when Python cannot start, Check says so plainly (after waiting for it), and that
    storage which throws leaves the page working, with the summary saying progress is not kept."""
    offline.context.route(re.compile(r"files-wasm\.js$"), lambda route: route.abort())
    offline.context.add_init_script(NO_STORAGE)
    page = offline.new_page()
    page.goto(file_url(built_site, LESSON))
    feedback = answer(exercise(page, "dot-product"), "-3")
    expect(feedback).to_have_text(
        re.compile(r"^Python could not start in this browser"), timeout=LIVE_TIMEOUT_MS
    )
    expect(feedback).to_contain_text("Compare yours with the solution below.")
    expect(page.locator("[data-progress-summary]")).to_have_text(
        "0 of 5 solved (this browser does not let the page keep it)"
    )
    expect(exercise(page, "dot-product").get_by_role("button", name="Try it in the demo")).to_be_hidden()
