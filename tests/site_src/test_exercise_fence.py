"""The ``exercise`` fence: the HTML it writes, where it lands in a list item, and the errors for a bad fence.

Golden files as for the demo fence: ``golden/exercise/<case>.md`` converted with the site's real
Markdown settings must give ``golden/exercise/<case>.html`` (regenerate with ``pytest tests/site_src
--update-golden``, then read them). What was checked by hand:

- ``number_with_demo.html``: the exercise sits inside the ``<li>``, after the item's text and before
  the ``<details class="note">`` whose summary is "Solution". One ``<div class="nn-exercise"
  id="exercise-dot" data-exercise="dot" data-exercise-state="static" data-needs-python>``; its
  ``data-exercise-spec`` is the JSON ``{"kind":"number","variables":["x"],"answer":-3.0,"hints":
  [{"field":"answer","when":"3","hint":"You left out the last product."}],"hint":"Multiply matching
  entries, then add."}``; ``data-exercise-demo-values`` is ``{"name":"dot_product","values":[["a","2,
  -1, 3"],["b","4, 5, -2"]]}``; ``data-progress-key`` is ``nn-course:golden/exercise/number_with_demo:
  exercises``. One text input ``exercise-dot-answer`` labelled "a · b =" (maxlength 2000, described
  by the help line "One number, like 12 or −0.5."); a submit button "Check"; a
  hidden "Try it in the demo" button; a hidden "Solved" badge; an empty feedback paragraph with
  ``aria-live="polite"``.
- ``partials.html``: two inputs ``exercise-partials-x`` and ``-y`` labelled "∂f/∂x" and "∂f/∂y", the
  help line "Formulas in x and y: …", no demo button; the spec's answer is ``{"x":"2xy","y":"x^2 +
  3y^2"}`` and its one hint has ``"field":"y"``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from site_src.exercise_fence import ExerciseFenceError
from tests.build.test_exec import build_pages
from tests.conftest import ROOT
from tests.site_src.test_demo_fence import check_page_structure

GOLDEN = Path(__file__).parent / "golden" / "exercise"
CASES = sorted(path.stem for path in GOLDEN.glob("*.md"))
PAGE = "lessons/bad.md"

Convert = Callable[[str, str], str]


def fence(body: str) -> str:
    """A Markdown page holding one exercise fence with ``body``."""
    return f"Some text.\n\n```exercise\n{body}\n```\n"


def test_there_are_golden_cases() -> None:
    """Assert the golden folder holds the two exercise cases."""
    assert CASES == ["number_with_demo", "partials"]


@pytest.mark.parametrize("case", CASES)
def test_fence_html_matches_golden(case: str, convert: Convert, update_golden: bool) -> None:
    """Assert the fence's HTML is exactly the hand-checked golden file."""
    html = convert(f"golden/exercise/{case}.md", (GOLDEN / f"{case}.md").read_text(encoding="utf-8")) + "\n"
    expected = GOLDEN / f"{case}.html"
    if update_golden:
        expected.write_text(html, encoding="utf-8")
    assert html == expected.read_text(encoding="utf-8")


def test_exercise_in_a_list_item_stays_in_it(convert: Convert) -> None:
    """Assert a fence indented under a list item renders inside that <li>, after its text, before the
    solution."""
    soup = BeautifulSoup(
        convert(
            "golden/exercise/number_with_demo.md",
            (GOLDEN / "number_with_demo.md").read_text(encoding="utf-8"),
        ),
        "html.parser",
    )
    item = soup.select_one("ol > li")
    assert [child.name for child in item.find_all(recursive=False)] == ["p", "div", "details"]
    assert item.p.get_text() == "Compute the dot product by hand."
    assert item.details.summary.get_text() == "Solution"


def test_the_lesson_section_keeps_the_authors_text(convert: Convert) -> None:
    """Assert each of the lesson's five list items keeps its text and holds its exercise and its solution."""
    lesson = (ROOT / "docs" / "lessons" / "01-math-foundations.md").read_text(encoding="utf-8")
    section = lesson[lesson.index("## Before You Go") : lesson.index("**Next up")]
    soup = check_page_structure(convert("lessons/01-math-foundations.md", section))
    items = soup.select("ol > li")
    assert [li.select_one("[data-exercise]")["data-exercise"] for li in items] == [
        "dot-product",
        "matrix-shape",
        "power-rule",
        "chain-rule",
        "partial-derivatives",
    ]
    assert [li.p.get_text().split()[0] for li in items] == ["Compute", "What’s", "Find", "Apply", "For"]
    assert all(li.details.summary.get_text() == "Solution" for li in items)
    labels = [label.get_text() for label in items[4].select("label")]
    assert labels == ["∂f/∂x", "∂f/∂y"]
    demos = [
        json.loads(li.select_one("[data-exercise]").get("data-exercise-demo-values", "null")) for li in items
    ]
    assert [d and d["name"] for d in demos] == [
        "dot_product",
        "matrix_product",
        "derivative",
        "derivative",
        None,
    ]


def test_two_exercises_on_a_page_have_their_own_ids(convert: Convert) -> None:
    """Assert two exercises get separate ids, fields and feedback lines, and clean HTML."""
    page = fence("id: one\nkind: number\nanswer: 1") + "\n" + fence("id: two\nkind: shape\nanswer: [2, 3]")
    soup = check_page_structure(convert("lessons/two.md", page))
    assert [b["id"] for b in soup.select(".nn-exercise")] == ["exercise-one", "exercise-two"]
    assert json.loads(soup.select(".nn-exercise")[1]["data-exercise-spec"])["answer"] == [2, 3]


def test_demo_link_may_change_the_number_of_inputs(convert: Convert) -> None:
    """Assert a neuron link giving x and then w of a new length builds, with its values in that order."""
    values = "{x: '1, 2', w: '0.5, -0.25', b: 0.5, activation: relu}"
    soup = check_page_structure(
        convert(
            "lessons/neuron.md",
            fence(f"id: relu\nkind: number\nanswer: 0.5\ndemo: {{name: neuron, values: {values}}}")
            + "\n```demo\ndemo: neuron\n```\n",
        )
    )
    link = json.loads(soup.select_one(".nn-exercise")["data-exercise-demo-values"])
    assert link == {
        "name": "neuron",
        "values": [["x", "1, 2"], ["w", "0.5, -0.25"], ["b", "0.5"], ["activation", "relu"]],
    }


# Each bad fence and what its message must hold besides the page and "Fix:": the exercise in quotes,
# the key as quoted there (None where the problem is the whole body), and the allowed values.
NUM = "id: dot\nkind: number\nanswer: -3"
EXPR = "id: power\nkind: expression\nanswer: 15x^2 - 2"
FAILURES = [
    pytest.param(
        "id: dot\nkind: number\nanswer: [1", "dot", None, ("key: value",), id="broken-yaml-names-the-exercise"
    ),
    pytest.param("just words", "?", None, ("`id:`", "`kind:`"), id="not-a-mapping"),
    pytest.param(
        "kind: number\nanswer: 1", "?", "'id'", ("lowercase letters, digits and dashes",), id="missing-id"
    ),
    pytest.param(
        "id: Dot Product\nkind: number\nanswer: 1", "Dot Product", "'id'", ("id: chain-rule",), id="bad-id"
    ),
    pytest.param(
        "id: dot\nkind: essay\nanswer: 1",
        "dot",
        "'kind'",
        ("number, shape, expression, partials",),
        id="unknown-kind",
    ),
    pytest.param(
        NUM + "\nanswers: 3",
        "dot",
        "'answers'",
        ("id, kind, answer, hints, hint, demo, label, tolerance",),
        id="unknown-key",
    ),
    pytest.param(EXPR + "\ntolerance: 0.1", "power", "'tolerance'", ("variables",), id="key-of-another-kind"),
    pytest.param("id: dot\nkind: number", "dot", "'answer'", ("`answer:`",), id="missing-answer"),
    pytest.param(
        "id: dot\nkind: number\nanswer: minus three",
        "dot",
        "'answer'",
        ("a number like -3", "not a number"),
        id="number-unreadable",
    ),
    pytest.param(
        "id: s\nkind: shape\nanswer: 4x", "s", "'answer'", ("a shape like 4x5",), id="shape-unreadable"
    ),
    pytest.param(
        "id: dot\nkind: number\nanswer: [1, 2]",
        "dot",
        "'answer'",
        ("is a list", "a number like -3"),
        id="number-list",
    ),
    pytest.param(
        "id: power\nkind: expression\nanswer: 15x^^2",
        "power",
        "'answer'",
        ("unexpected '^'",),
        id="formula-unreadable",
    ),
    pytest.param(
        "id: power\nkind: expression\nanswer: 2y",
        "power",
        "'answer'",
        ("unknown name 'y'", "a formula in x"),
        id="formula-variable-not-listed",
    ),
    pytest.param(
        "id: p\nkind: partials\nanswer: {x: 2xy}",
        "p",
        "'answer'",
        ("{x: 2xy, y: x^2 + 3y^2}",),
        id="partials-missing-one",
    ),
    pytest.param(
        "id: p\nkind: partials\nvariables: [x, z]\nanswer: {x: 1, z: 2}",
        "p",
        "'variables'",
        ("['x', 'y']",),
        id="unknown-variable",
    ),
    pytest.param(
        NUM + "\nhints:\n  three: Nope.",
        "dot",
        "'hints'",
        ("a number like -3",),
        id="hint-pattern-unreadable",
    ),
    pytest.param(
        EXPR + "\nhints:\n  -2 + 15x^2: Nope.",
        "power",
        "'hints'",
        ("is a right answer", "remove it"),
        id="hint-pattern-is-right",
    ),
    pytest.param(NUM + "\nhints:\n  3: ''", "dot", "'hints.3'", ("plain text",), id="hint-text-empty"),
    pytest.param(
        NUM + "\nhints: [3, 4]", "dot", "'hints'", ("`wrong answer: hint`",), id="hints-not-a-table"
    ),
    pytest.param(NUM + "\nhint: [a]", "dot", "'hint'", ("plain text",), id="fallback-hint-not-text"),
    pytest.param(
        NUM + "\ndemo: dot_product", "dot", "'demo'", ("name: derivative",), id="demo-not-a-mapping"
    ),
    pytest.param(
        NUM + "\ndemo: {name: nope, values: {}}",
        "dot",
        "'demo'",
        ("derivative, dot_product, matrix_product",),
        id="demo-unknown",
    ),
    pytest.param(
        NUM + "\ndemo: {name: dot_product, values: {c: 1}}",
        "dot",
        "'demo'",
        ("angle, a, b",),
        id="demo-unknown-control",
    ),
    pytest.param(
        EXPR + "\ndemo: {name: derivative, values: {f: 'cos(x^3'}}",
        "power",
        "'demo'",
        ("never closed",),
        id="demo-value-refused",
    ),
    pytest.param(
        NUM + "\ndemo: {name: neuron, values: {x: '1, 2'}}",
        "dot",
        "'demo'",
        ("vector w 2 numbers too",),
        id="demo-value-waits-in-vain",
    ),
    pytest.param(
        NUM + "\ndemo: {name: neuron, values: {activation: softmax}}",
        "dot",
        "'demo'",
        ("Choose one of: sigmoid, step, tanh, relu",),
        id="demo-choice-refused",
    ),
    pytest.param(NUM + "\ntolerance: -1", "dot", "'tolerance'", ("0 or more",), id="tolerance-negative"),
    pytest.param(NUM + "\nlabel: ''", "dot", "'label'", ("label: f′(x) =",), id="label-empty"),
]


@pytest.mark.parametrize(("body", "exercise", "key", "allowed"), FAILURES)
def test_bad_fence_fails_with_a_helpful_message(
    body: str, exercise: str, key: str | None, allowed: tuple[str, ...], convert: Convert
) -> None:
    """Assert a bad fence raises ExerciseFenceError naming page, exercise, key, allowed values and a fix."""
    with pytest.raises(ExerciseFenceError) as caught:
        convert(PAGE, fence(body))
    message = str(caught.value)
    assert f"docs/{PAGE}" in message and "Fix:" in message, message
    assert f"exercise fence '{exercise}'" in message, message
    if key is not None:
        assert f"key {key}" in message, message
    for text in allowed:
        assert text in message, message


def test_duplicate_id_on_a_page_fails(convert: Convert) -> None:
    """Assert two exercises with one id on a page fail, and the same id on another page does not."""
    with pytest.raises(ExerciseFenceError, match="another exercise on this page has the same id"):
        convert(PAGE, fence(NUM) + "\n" + fence(NUM))
    convert("lessons/a.md", fence(NUM))
    convert("lessons/b.md", fence(NUM))


@pytest.mark.build
def test_bad_exercise_fails_the_real_build(tmp_path: Path) -> None:
    """Assert `mkdocs build` stops on a bad exercise and its output names file, exercise, key and kinds."""
    build = build_pages(
        tmp_path, {"bad-exercise.md": "# A lesson\n\n" + fence("id: dot\nkind: essay\nanswer: 1")}
    )
    assert build.returncode != 0
    for text in (
        "docs/bad-exercise.md",
        "exercise fence 'dot'",
        "'kind'",
        "number, shape, expression, partials",
        "Fix:",
    ):
        assert text in build.output, f"{text!r} missing from the build output:\n{build.output}"
