"""The ``demo`` fence: the static HTML it writes, and the errors an author gets for a bad fence.

Golden files (pymdown-extensions style): each ``golden/<case>.md`` is converted with the site's real
Markdown settings (``mkdocs.yml``) and compared with ``golden/<case>.html``. They were generated once
with ``pytest tests/site_src --update-golden`` and then read line by line. What was checked by hand:

- ``scale_vector_defaults.html`` (k = 3, v = [1, 2]): one ``<figure class="nn-demo"
  id="demo-scale-vector-1" data-demo="scale_vector" data-demo-state="static">`` whose
  ``data-options`` is ``{"v":[1.0,2.0],"k":3.0}`` and ``data-load-bytes`` the fixed 12345678; a
  figcaption "Scalar Multiplication — Stretch a Vector"; an ``<svg role="img">`` whose
  ``aria-labelledby`` points at its ``<title>`` with that same text. The view reaches ±6 units
  (max |v_i| · 3) with equal aspect on a 360×300 box: the plot area is 312×252 px, so 21 px per unit,
  origin at pixel (180, 150); vertical grid lines every 2 units at x = 54 … 306, horizontal ones every
  5 units at y = 255, 150, 45, tick labels -6 … 6 and -5, 0, 5. v = [1, 2] ends at (201, 108) and
  k·v = [3, 6] at (243, 24), where the two arrow heads are; "k·v" sits at (249, 16), 6 px right and
  8 px above that tip. A hidden ``<canvas role="img">`` whose ``aria-label`` reads "Vector v = [1, 2]
  and its multiple k·v = [3, 6] drawn from the origin, with k = 3."; a ``<label
  for="demo-scale-vector-1-k">Factor k</label>`` on a range input from -3 to 3, step 0.1, value 3,
  ``aria-valuetext="3"``, described by its (hidden, empty) error line; the readout
  ``3 · [1, 2] = [3, 6]``; the static status line. No ``<script>``, no ``style=`` attribute.
- ``scale_vector_k_negative.html`` (k = -1.5): same frame (the reach depends on v only); slider value
  and aria-valuetext ``-1.5``; readout and canvas label ``−1.5 · [1, 2] = [−1.5, −3]`` with true minus
  signs; the k·v head at (148.5, 213) = (180 - 1.5·21, 150 + 3·21), down-left of the origin.
- ``scale_vector_v.html`` (v = [2, -1], k = 3): reach again 6 (2 · 3), same grid; v ends at
  (222, 171), k·v = [6, −3] at (306, 213); readout ``3 · [2, −1] = [6, −3]``; the canvas label names
  both vectors.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from demos.registry import DEMOS, names
from site_src.demo_fence import DemoFenceError
from tests.build.test_exec import build_pages

GOLDEN = Path(__file__).parent / "golden"
CASES = sorted(path.stem for path in GOLDEN.glob("*.md"))
PAGE = "lessons/bad.md"

Convert = Callable[[str, str], str]


def fence(body: str) -> str:
    """A Markdown page holding one demo fence with ``body``."""
    return f"Some text.\n\n```demo\n{body}\n```\n"


def test_there_are_golden_cases() -> None:
    """Assert the golden folder holds the three scale_vector cases, each with its expected HTML."""
    assert CASES == ["scale_vector_defaults", "scale_vector_k_negative", "scale_vector_v"]


@pytest.mark.parametrize("case", CASES)
def test_fence_html_matches_golden(case: str, convert: Convert, update_golden: bool) -> None:
    """Assert the fence's HTML is exactly the hand-checked golden file."""
    html = convert(f"golden/{case}.md", (GOLDEN / f"{case}.md").read_text(encoding="utf-8")) + "\n"
    expected = GOLDEN / f"{case}.html"
    if update_golden:
        expected.write_text(html, encoding="utf-8")
    assert html == expected.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("body", "readout", "slider"),
    [
        ("demo: scale_vector", "3 · [1, 2] = [3, 6]", "3"),
        ("demo: scale_vector\nk: 2", "2 · [1, 2] = [2, 4]", "2"),
        ("demo: scale_vector\nk: -1.5", "\u22121.5 · [1, 2] = [\u22121.5, \u22123]", "-1.5"),
        ("demo: scale_vector\nv: [2, -1]\nk: 0.5", "0.5 · [2, \u22121] = [1, \u22120.5]", "0.5"),
    ],
)
def test_static_figure_shows_the_starting_state(
    body: str, readout: str, slider: str, convert: Convert
) -> None:
    """Assert the static figure's readout, slider and its spoken value follow the fence options."""
    soup = BeautifulSoup(convert("lessons/page.md", fence(body)), "html.parser")
    figure = soup.select_one("figure.nn-demo")
    assert figure["data-demo-state"] == "static"
    assert figure.select_one('[data-readout="product"]').get_text() == readout
    k = figure.select_one('input[type="range"]')
    assert (k["value"], k["aria-valuetext"]) == (slider, slider)
    assert figure.select_one(f'label[for="{k["id"]}"]').get_text() == "Factor k"
    svg = figure.select_one("svg")
    assert svg["role"] == "img" and svg.select_one("title").get_text() == DEMOS["scale_vector"].title
    assert figure.select_one("canvas")["aria-label"]


def check_page_structure(html: str) -> BeautifulSoup:
    """Assert what every page with demos must satisfy; return the parsed page."""
    soup = BeautifulSoup(html, "html.parser")
    assert soup.select("script") == [], "a demo must not add inline script"
    styled = [el.name for el in soup.find_all(style=True)]
    assert styled == [], f"inline style attributes on: {styled}"
    handlers = [(el.name, a) for el in soup.find_all(True) for a in el.attrs if a.startswith("on")]
    assert handlers == [], f"inline event handlers: {handlers}"
    ids = [el["id"] for el in soup.find_all(id=True)]
    assert len(ids) == len(set(ids)), f"duplicate ids: {sorted(i for i in ids if ids.count(i) > 1)}"
    for el in soup.find_all(attrs={"aria-labelledby": True}) + soup.find_all(
        attrs={"aria-describedby": True}
    ):
        for ref in (el.get("aria-labelledby", "") + " " + el.get("aria-describedby", "")).split():
            assert ref in ids, f"<{el.name}> refers to missing id {ref!r}"
    for field in soup.select("input, select, textarea"):
        labelled = field.get("aria-label") or (
            field.get("id") and soup.select_one(f'label[for="{field["id"]}"]')
        )
        assert labelled, f"input without a label: {field}"
    return soup


def test_two_demos_on_a_page_get_different_ids(convert: Convert) -> None:
    """Assert two scale_vector figures on one page have their own ids, labels and controls."""
    page = fence("demo: scale_vector") + "\nMore text.\n\n" + fence("demo: scale_vector\nk: -1")
    soup = check_page_structure(convert("lessons/two.md", page))
    figures = soup.select("figure.nn-demo")
    assert len(figures) == 2
    assert figures[0]["id"] != figures[1]["id"]
    sliders = [f.select_one('input[type="range"]') for f in figures]
    assert sliders[0]["id"] != sliders[1]["id"]
    assert [s["value"] for s in sliders] == ["3", "-1"]


@pytest.mark.parametrize("name", names())
def test_every_demo_builds_clean_static_html(name: str, convert: Convert) -> None:
    """Assert each registered demo, twice on a page, has no script or style and labelled inputs."""
    page = fence(f"demo: {name}") + "\n" + fence(f"demo: {name}")
    soup = check_page_structure(convert("lessons/all.md", page))
    figures = soup.select("figure.nn-demo")
    assert [f["data-demo"] for f in figures] == [name, name]
    assert all(f["data-demo-state"] == "static" and f.select_one("svg[role=img] title") for f in figures)


# Each bad fence, with what its message must hold besides the page and "Fix:": the demo in quotes,
# the option as it is quoted there (None where there is none) and the allowed values. scale_vector
# takes k from -3 to 3 and v as a list of 2 numbers (demos/scale_vector/state.py); the demo list is
# the registry.
ALL_DEMOS = tuple(names())
FAILURES = [
    pytest.param("demo: no_such_demo", "no_such_demo", None, ALL_DEMOS, id="unknown-demo"),
    pytest.param("k: 2", None, "`demo: <name>`", ALL_DEMOS, id="missing-demo"),
    pytest.param("demo: [scale_vector]", "['scale_vector']", None, ALL_DEMOS, id="demo-not-a-name"),
    pytest.param(
        "demo: scale_vector\nk: [2",
        "scale_vector",
        None,
        ("option: value",),
        id="broken-yaml",
    ),
    pytest.param(
        "demo: scale_vector\nspeed: 2",
        "scale_vector",
        "'speed'",
        ("v (list of 2 numbers", "k (number from -3 to 3"),
        id="unknown-option",
    ),
    pytest.param(
        'demo: scale_vector\nk: "abc"', "scale_vector", "'k'", ("number from -3 to 3",), id="wrong-type"
    ),
    pytest.param(
        "demo: scale_vector\nk: 99", "scale_vector", "'k'", ("number from -3 to 3",), id="out-of-range"
    ),
    pytest.param(
        "demo: scale_vector\nv: [1, 2, 3]", "scale_vector", "'v'", ("list of 2 numbers",), id="vector-length"
    ),
    pytest.param(
        "demo: neuron\nactivation: softmax",
        "neuron",
        "'activation'",
        ("one of sigmoid, step, tanh, relu",),
        id="neuron-activation",
    ),
    pytest.param(
        "demo: neuron\nx: [1, 2]",
        "neuron",
        "'w'",
        ("x has 2 numbers but w has 3", "one weight per input"),
        id="neuron-lengths-clash",
    ),
    pytest.param("demo: neuron\nb: 6", "neuron", "'b'", ("number from -5 to 5",), id="neuron-bias"),
    pytest.param(
        "demo: perceptron\npoints: nand",
        "perceptron",
        "'points'",
        ("and, or, xor, blobs", "[x1, x2, label]"),
        id="perceptron-preset",
    ),
    pytest.param(
        "demo: perceptron\npoints: [[0, 0, 0], [1, 1, 2]]",
        "perceptron",
        "'points'",
        ("point 2 must be [x1, x2, label] with label 1 or 0",),
        id="perceptron-label",
    ),
    pytest.param(
        "demo: perceptron\nrate: 5", "perceptron", "'rate'", ("number from 0.01 to 1",), id="perceptron-rate"
    ),
]


@pytest.mark.parametrize(("body", "demo", "option", "allowed"), FAILURES)
def test_bad_fence_fails_with_a_helpful_message(
    body: str, demo: str | None, option: str | None, allowed: tuple[str, ...], convert: Convert
) -> None:
    """Assert a bad fence raises DemoFenceError naming page, demo, option, allowed values and a fix."""
    with pytest.raises(DemoFenceError) as caught:
        convert(PAGE, fence(body))
    message = str(caught.value)
    assert f"docs/{PAGE}" in message
    assert "Fix:" in message
    if demo is not None:
        assert f"'{demo}'" in message
    if option is not None:
        assert option in message
    for text in allowed:
        assert text in message


def test_wrong_length_message_does_not_offer_the_rejected_list_as_example(convert: Convert) -> None:
    """Assert the wrong-length message does not hold up [1, 2, 3] as an example of a 2-vector."""
    with pytest.raises(DemoFenceError) as caught:
        convert(PAGE, fence("demo: scale_vector\nv: [1, 2, 3]"))
    message = str(caught.value)
    assert "like [1, 2, 3]" not in message and "2 to 2" not in message


@pytest.mark.build
def test_bad_demo_option_fails_the_real_build(tmp_path: Path) -> None:
    """Assert `mkdocs build` stops on a bad option and its output names file, demo, option and range."""
    page = "# A lesson\n\n" + fence("demo: scale_vector\nk: 99")
    build = build_pages(tmp_path, {"bad-demo.md": page})
    assert build.returncode != 0
    for text in ("docs/bad-demo.md", "scale_vector", "'k'", "number from -3 to 3", "Fix:"):
        assert text in build.output, f"{text!r} missing from the build output:\n{build.output}"
