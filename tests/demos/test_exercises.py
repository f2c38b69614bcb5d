"""The answer checker (demos/exercises.py) on the lesson's five exercises, read from the lesson itself.

Each exercise's spec is what the build writes into the page: the lesson's ```exercise fences run
through the fence's validator, so these tables test the real answers and hints.
"""

from __future__ import annotations

import re
import textwrap
from typing import Any

import pytest

from demos.calls import CALLS
from demos.exercises import MAX_ANSWER, check_exercise, read_number, read_shape
from site_src.build_context import CONTEXT
from site_src.exercise_fence import parse_exercise
from tests.conftest import ROOT

LESSON = ROOT / "docs" / "lessons" / "01-math-foundations.md"
FENCE = re.compile(r"^( *)```exercise\n(.*?)^\1```$", re.MULTILINE | re.DOTALL)


def lesson_specs() -> dict[str, dict[str, Any]]:
    """Exercise id -> the checker's spec, for every exercise fence of lesson 01."""
    page, ids, count = CONTEXT.page, CONTEXT.ids, CONTEXT.demo_count
    CONTEXT.start_page("docs/lessons/01-math-foundations.md")
    try:
        specs = {}
        for match in FENCE.finditer(LESSON.read_text(encoding="utf-8")):
            exercise = parse_exercise(textwrap.dedent(match.group(2)))
            specs[exercise["id"]] = exercise["spec"]
        return specs
    finally:
        CONTEXT.page, CONTEXT.ids, CONTEXT.demo_count = page, ids, count


SPECS = lesson_specs()


def check(exercise: str, text: str | dict[str, str]) -> dict[str, Any]:
    answers = text if isinstance(text, dict) else {"answer": text}
    return check_exercise(SPECS[exercise], answers)


def test_the_lesson_has_five_exercises() -> None:
    """Assert the lesson's fences give the five exercises, in order, with their kinds."""
    assert [(i, s["kind"]) for i, s in SPECS.items()] == [
        ("dot-product", "number"),
        ("matrix-shape", "shape"),
        ("power-rule", "expression"),
        ("chain-rule", "expression"),
        ("partial-derivatives", "partials"),
    ]


def test_check_exercise_is_callable_from_the_page() -> None:
    """Assert the page may call the checker by name (demos/calls.py)."""
    assert CALLS["check_exercise"] is check_exercise


RIGHT = [
    *[
        ("dot-product", t)
        for t in ["-3", "−3", "-3.0", " -3 ", "- 3", "–3", "a · b = -3", "8 - 5 - 6", "-6/2"]
    ],
    *[
        ("matrix-shape", t)
        for t in [
            "4×5",
            "4x5",
            "4X5",
            "4 by 5",
            "(4, 5)",
            "4 × 5",
            "[4, 5]",
            "4*5",
            "4 rows by 5 columns",
            "ℝ^(4×5)",
            "4x5 matrix",
        ]
    ],
    *[
        ("power-rule", t)
        for t in [
            "15x^2-2",
            "15x^2 - 2",
            "15*x**2 - 2",
            "-2 + 15x^2",
            "15x²−2",
            "f'(x) = 15x^2 - 2",
            "5*3*x^2 - 2",
            "15 x x - 2",
        ]
    ],
    *[
        ("chain-rule", t)
        for t in [
            "-3x^2 sin(x^3)",
            "-3x^2*sin(x^3)",
            "-sin(x^3)*3x^2",
            "−3x²sin(x³)",
            "-(3x^2)sin(x*x*x)",
            "3x^2 * -sin(x^3)",
        ]
    ],
]


@pytest.mark.parametrize(("exercise", "text"), RIGHT)
def test_right_answers_in_the_forms_readers_type(exercise: str, text: str) -> None:
    """Assert each way of writing the right answer is accepted with a message starting "Correct"."""
    result = check(exercise, text)
    assert result["status"] == "right", result
    assert result["fields"]["answer"]["status"] == "right"
    assert result["message"].startswith("Correct"), result


@pytest.mark.parametrize(
    "answers",
    [
        {"x": "2xy", "y": "x^2 + 3y^2"},
        {"x": "2*x*y", "y": "3y^2 + x^2"},
        {"x": "y*2x", "y": "x**2 + 3*y**2"},
        {"x": "∂f/∂x = 2yx", "y": "x·x + 3y·y"},
    ],
)
def test_partial_derivatives_right_in_several_forms(answers: dict[str, str]) -> None:
    """Assert both partial derivatives are accepted in any equal form, each field marked right."""
    result = check("partial-derivatives", answers)
    assert result["status"] == "right"
    assert result["message"] == "Correct: ∂f/∂x = 2xy and ∂f/∂y = x^2 + 3y^2."
    assert result["fields"] == {
        "x": {"status": "right", "text": "Right."},
        "y": {"status": "right", "text": "Right."},
    }


# A wrong answer and a piece of the hint it must get: the idea the reader missed.
WRONG = [
    ("dot-product", "3", "left out the last product"),
    ("dot-product", "-11", "left out the first product"),
    ("dot-product", "2", "left out the middle product"),
    ("dot-product", "7", "(−1)·5 is −5, not 5"),
    ("dot-product", "9", "3·(−2) is −6, not 6"),
    ("dot-product", "19", "Two sign slips"),
    ("dot-product", "11", "added matching entries instead of multiplying"),
    ("dot-product", "32", "then add the three products"),  # the lesson's own example: the general hint
    ("matrix-shape", "3x3", "inner sizes"),
    ("matrix-shape", "3 × 3", "outer sizes, 4 and 5, give the shape"),
    ("matrix-shape", "4x3", "That is the shape of A"),
    ("matrix-shape", "(3, 5)", "That is the shape of B"),
    ("matrix-shape", "5 by 4", "Rows come first"),
    ("matrix-shape", "20", "how many entries"),
    ("matrix-shape", "2x2", "the outer sizes give the shape"),
    ("power-rule", "15x^2", "dropped a term"),
    ("power-rule", "15x^2 - 2x", "not −2x"),
    ("power-rule", "15x^2 - 2 + 9", "its derivative is 0"),
    ("power-rule", "15x^2 + 7", "its derivative is 0"),
    ("power-rule", "15x^3 - 2", "Wrong power"),
    ("power-rule", "5x^2 - 2", "Bring the power down"),
    ("power-rule", "15x^2 + 2", "Keep the sign"),
    ("power-rule", "-15x^2 + 2", "sign"),
    ("power-rule", "15x^2 - 5", "off by a constant (−3)"),
    ("power-rule", "x^3", "power rule term by term"),
    ("chain-rule", "-sin(x^3)", "missed the inner derivative"),
    ("chain-rule", "-sin(x*x*x)", "missed the inner derivative"),
    ("chain-rule", "3x^2 sin(x^3)", "derivative of cos is −sin"),
    ("chain-rule", "-sin(3x^2)", "Keep the inside"),
    ("chain-rule", "-3x^2 cos(x^3)", "derivative of cos is −sin"),
    ("chain-rule", "-3x sin(x^3)", "3x², not 3x"),
    ("chain-rule", "sin(x^3) * 3x^2", "derivative of cos is −sin"),  # the generic sign check
    ("chain-rule", "cos(3x^2)", "inner derivative du/dx = 3x²"),
]


@pytest.mark.parametrize(("exercise", "text", "hint"), WRONG)
def test_wrong_answers_get_not_yet_and_the_hint_for_the_slip(exercise: str, text: str, hint: str) -> None:
    """Assert a wrong answer is "Not yet" with a hint naming the idea that was missed."""
    result = check(exercise, text)
    assert result["status"] == "wrong"
    assert result["message"].startswith("Not yet. "), result
    assert hint in result["message"], result["message"]
    assert [f["status"] for f in result["fields"].values()] == ["wrong"]


PARTIAL_SLIPS = [
    ({"x": "2xy + 3y^2", "y": "x^2 + 3y^2"}, "x", "You treated y as a variable"),
    ({"x": "2xy + x^2", "y": "x^2 + 3y^2"}, "x", "You treated y as a variable"),
    ({"x": "2x", "y": "x^2 + 3y^2"}, "x", "constant factor"),
    ({"x": "2xy", "y": "3y^2"}, "y", "holding x fixed"),
    ({"x": "2xy", "y": "2xy + 3y^2"}, "y", "You treated x as a variable"),
    ({"x": "2xy", "y": "x^2 + 3y"}, "y", "Wrong power"),
    ({"x": "2xy", "y": "x^2"}, "y", "dropped y³"),
    ({"x": "x^2 + 3y^2", "y": "2xy"}, "x", "That is ∂f/∂y"),
    ({"x": "2xy", "y": "5"}, "y", "Hold x fixed and differentiate by y"),
]


@pytest.mark.parametrize(("answers", "wrong", "hint"), PARTIAL_SLIPS)
def test_partial_derivative_slips(answers: dict[str, str], wrong: str, hint: str) -> None:
    """Assert the slipped field gets its hint, the other field is marked right or wrong on its own."""
    result = check("partial-derivatives", answers)
    assert result["status"] == "wrong"
    assert result["message"].startswith("Not yet.\n")
    assert result["fields"][wrong]["status"] == "wrong"
    assert hint in result["fields"][wrong]["text"] and hint in result["message"]
    assert f"∂f/∂{wrong}:" in result["message"]


def test_one_partial_right_one_empty() -> None:
    """Assert a half-answered pair says which is right and asks for the other, without a verdict."""
    result = check("partial-derivatives", {"x": "2xy", "y": ""})
    assert result["message"] == "∂f/∂x: right.\n∂f/∂y: Type an answer first."
    assert result["status"] == "unread"
    assert {f: r["status"] for f, r in result["fields"].items()} == {"x": "right", "y": "unread"}


# Bad input: answered with a message (no exception, no verdict), the field marked unreadable.
LONG = "9" * 10_000
BAD = [
    ("dot-product", "", "Type an answer first."),
    ("dot-product", "   ", "Type an answer first."),
    ("dot-product", "abc", "That is not a number"),
    ("dot-product", "8, -5, -6", "That is 3 numbers; the answer is a single number"),
    ("dot-product", "1e999", "too large"),
    ("dot-product", LONG, "10,000 characters long"),
    ("matrix-shape", "", "Type an answer first."),
    ("matrix-shape", "banana", "That is not a shape"),
    ("matrix-shape", "4x3x5", "That is not a shape"),
    ("matrix-shape", "7", "7 is one number; a shape is two sizes"),
    ("matrix-shape", "9" * 30, "a shape is two sizes"),
    ("matrix-shape", LONG, "10,000 characters long"),
    ("power-rule", "", "Type an answer first."),
    ("power-rule", "15x^2 $ 2", "Could not read that formula: unexpected character '$' at character 7"),
    ("power-rule", "(15x^2", "Could not read that formula: the '(' at character 1 is never closed"),
    ("power-rule", "15y^2", "Could not read that formula: unknown name 'y'"),
    ("power-rule", "import os", "Could not read that formula"),
    ("power-rule", "x" * 1001, "1,001 characters long"),
    ("chain-rule", LONG, "10,000 characters long"),
    ("chain-rule", "((((((((((" * 20 + "x" + "))))))))))" * 20, "Could not read that formula"),
]


@pytest.mark.parametrize(("exercise", "text", "message"), BAD)
def test_bad_input_gets_a_message_not_an_exception(exercise: str, text: str, message: str) -> None:
    """Assert empty, junk and huge input is answered with a plain message and marked unread."""
    result = check(exercise, text)
    assert result["status"] == "unread"
    assert message in result["message"], result["message"]
    assert not result["message"].startswith(("Correct", "Not yet")), result["message"]
    assert result["fields"] == {"answer": {"status": "unread", "text": result["message"]}}


@pytest.mark.parametrize("answers", [{}, {"answer": None}, {"answer": 3}, {"answer": ["-3"]}, "not a dict"])
def test_odd_payloads_from_the_page_never_raise(answers: object) -> None:
    """Assert answers that are missing or not text still come back as a message."""
    result = check_exercise(SPECS["dot-product"], answers)
    assert set(result) == {"status", "message", "fields"}
    assert result["status"] in ("wrong", "unread")


def test_a_broken_spec_says_so_instead_of_raising() -> None:
    """Assert an unknown kind (a spec the build would refuse) gives an apology, not an exception."""
    result = check_exercise({"kind": "essay", "answer": 1}, {"answer": "1"})
    assert result["status"] == "failed" and "could not be checked" in result["message"]


def test_the_limit_is_the_parsers() -> None:
    """Assert answers are capped at the parser's 1,000 characters, and a 1,000-character sum is read."""
    assert MAX_ANSWER == 1000
    result = check("power-rule", "15x^2 - 2" + " " * (1000 - 9))
    assert result["status"] == "right"


@pytest.mark.parametrize(
    ("text", "value"), [("-3", -3.0), ("−0.5", -0.5), ("+7", 7.0), ("1e3", 1000.0), ("-0", 0.0)]
)
def test_read_number(text: str, value: float) -> None:
    """Assert plain numbers read as floats, with any minus sign and -0 as 0."""
    assert read_number(text) == value


@pytest.mark.parametrize(
    "text", ["4 x 5", "4 ⨯ 5", "(4,5)", "{4, 5}", "4 by 5", "4 rows × 5 cols", "R^(4x5)"]
)
def test_read_shape(text: str) -> None:
    """Assert the usual ways of writing a shape all read as 4 rows, 5 columns."""
    assert read_shape(text) == (4, 5)
