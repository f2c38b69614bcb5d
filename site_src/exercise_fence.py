"""The ``exercise`` Markdown fence: an answer field that checks what the reader types.

    ```exercise
    id: dot-product
    kind: number
    answer: -3
    hints:
      3: You left out the last product, 3·(−2) = −6.
    demo: {name: dot_product, values: {a: "2, -1, 3", b: "4, 5, -2"}}
    ```

Registered in ``mkdocs.yml`` as a pymdownx.superfences custom fence. The body is validated
here: every answer and hint pattern must read with the same code that checks readers' answers
(``demos/exercises.py``), and every mistake raises :class:`ExerciseFenceError` (the one
exception superfences lets through) naming the file, the exercise, the key, the allowed values
and a fix. The HTML is written by ``site_src/exercise_html.py``. Must not import MkDocs.
"""

from __future__ import annotations

import re
from typing import Any

import yaml
from pymdownx.superfences import SuperFencesException

from demos.base import Grid, InputError
from demos.exercises import KINDS, AnswerError, check_exercise, read_formula, read_number, read_shape
from demos.options import resolve
from demos.registry import DEMOS, names
from site_src.build_context import CONTEXT
from site_src.exercise_html import exercise_html

HELP = "See docs/authoring.md, 'Placing an exercise'."
COMMON_KEYS = ("id", "kind", "answer", "hints", "hint", "demo")
KEYS = {
    "number": (*COMMON_KEYS, "label", "tolerance"),
    "shape": (*COMMON_KEYS, "label"),
    "expression": (*COMMON_KEYS, "label", "variables"),
    "partials": (*COMMON_KEYS, "variables"),
}
ALL_VARIABLES = ("x", "y")
_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_PRINTED_ID = re.compile(
    r"^id:[ \t]*([^\n#]*?)[ \t]*(?:#.*)?$", re.MULTILINE
)  # to name a fence whose YAML is broken


class ExerciseFenceError(SuperFencesException):  # type: ignore[misc]  # pymdownx ships no types
    """An author's mistake in an exercise fence; the message says where and how to fix it."""


class _Fence:
    """One fence body being validated; ``fail`` builds the error that names it."""

    def __init__(self, exercise: str) -> None:
        self.exercise = exercise

    def fail(self, key: str | None, problem: str, fix: str) -> ExerciseFenceError:
        where = f"key '{key}': " if key else ""
        return ExerciseFenceError(
            f"{CONTEXT.page}: exercise fence '{self.exercise}': {where}{problem}. Fix: {fix} {HELP}"
        )


def _load(source: str) -> tuple[_Fence, dict[str, Any]]:
    printed = _PRINTED_ID.search(source)
    fence = _Fence(printed.group(1).strip("'\"") if printed and printed.group(1) else "?")
    try:
        data = yaml.safe_load(source) if source.strip() else None
    except yaml.YAMLError as error:
        raise fence.fail(
            None, f"the body is not valid YAML ({error})", "write one `key: value` per line."
        ) from None
    if not isinstance(data, dict):
        raise fence.fail(
            None, "the body is not a set of `key: value` lines", "start it with `id:` and `kind:`."
        )
    return fence, data


def _check_id(fence: _Fence, data: dict[str, Any]) -> str:
    ident = data.get("id")
    if not isinstance(ident, str) or not _ID.fullmatch(ident):
        raise fence.fail(
            "id",
            f"{ident!r} is not a page-unique name of lowercase letters, digits and dashes",
            "give the exercise a name like `id: chain-rule`.",
        )
    fence.exercise = ident
    if f"exercise-{ident}" in CONTEXT.ids:
        raise fence.fail(
            "id", "another exercise on this page has the same id", "give each exercise its own id."
        )
    CONTEXT.ids.add(f"exercise-{ident}")
    return ident


def _check_keys(fence: _Fence, data: dict[str, Any]) -> str:
    kind = data.get("kind")
    if kind not in KINDS:
        raise fence.fail("kind", f"{kind!r} is not a kind of exercise", f"use one of: {', '.join(KINDS)}.")
    for key in data:
        if key not in KEYS[kind]:
            raise fence.fail(
                str(key),
                f"unknown key for a {kind} exercise",
                f"remove it or use one of: {', '.join(KEYS[kind])}.",
            )
    if "answer" not in data:
        raise fence.fail("answer", "the exercise has no answer", "add `answer:` with the right answer.")
    known: str = kind  # one of KINDS, checked above
    return known


def _variables(fence: _Fence, kind: str, data: dict[str, Any]) -> list[str]:
    default = ["x", "y"] if kind == "partials" else ["x"]
    value = data.get("variables", default)
    if (
        not isinstance(value, list)
        or not value
        or len(set(value)) != len(value)
        or any(v not in ALL_VARIABLES for v in value)
    ):
        raise fence.fail(
            "variables",
            f"{value!r} is not a list of distinct variables",
            f"use a list drawn from {list(ALL_VARIABLES)}, e.g. [x, y].",
        )
    return value


def _read(fence: _Fence, key: str, kind: str, value: Any, variables: list[str]) -> Any:
    """One answer or hint pattern, read as readers' answers are; a fence error if it cannot be."""
    expected = {
        "number": "a number like -3",
        "shape": "a shape like 4x5 or [4, 5]",
        "expression": f"a formula in {', '.join(variables)} like 3x^2 - 1",
        "partials": f"a formula in {', '.join(variables)}",
    }[kind]
    # Only a shape may be a list ([4, 5]); anything else here would escape as a non-fence error,
    # which superfences swallows (the exercise would silently become a code block).
    if isinstance(value, bool) or not isinstance(value, (str, int, float, list)):
        raise fence.fail(key, f"{value!r} is not {expected}", f"write {expected}.")
    if isinstance(value, list) and kind != "shape":
        raise fence.fail(key, f"{value!r} is a list, not {expected}", f"write {expected}.")
    try:
        if kind == "number":
            return float(value) if isinstance(value, (int, float)) else read_number(str(value))
        if kind == "shape":
            text = "x".join(map(str, value)) if isinstance(value, list) else str(value)
            return list(read_shape(text))
        read_formula(str(value), variables)
        return str(value)
    except (AnswerError, ValueError) as error:
        raise fence.fail(key, f"{value!r} cannot be read ({error})", f"write {expected}.") from None


def _answer(fence: _Fence, kind: str, data: dict[str, Any], variables: list[str]) -> Any:
    value = data["answer"]
    if kind != "partials":
        return _read(fence, "answer", kind, value, variables)
    if not isinstance(value, dict) or sorted(map(str, value)) != sorted(variables):
        raise fence.fail(
            "answer",
            f"a partials answer needs one formula per variable {variables}",
            "write `answer: {x: 2xy, y: x^2 + 3y^2}`, one entry per variable.",
        )
    return {v: _read(fence, f"answer.{v}", kind, value[v], variables) for v in variables}


def _text(fence: _Fence, key: str, value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise fence.fail(key, f"{value!r} is not a sentence", "write the hint as plain text.")
    return value.strip()


def _hints(fence: _Fence, kind: str, data: dict[str, Any], spec: dict[str, Any]) -> list[dict[str, str]]:
    table = data.get("hints", {})
    fields = spec["variables"] if kind == "partials" else ["answer"]
    if kind != "partials":
        table = {"answer": table}
    if not isinstance(table, dict) or (kind == "partials" and not set(map(str, table)) <= set(fields)):
        raise fence.fail(
            "hints",
            "the hints are not a table of answer: hint lines",
            "write `hints:` then lines `wrong answer: hint`"
            + (f", under each variable of {fields}." if kind == "partials" else "."),
        )
    hints = []
    for field, rows in table.items():
        if not isinstance(rows, dict):
            raise fence.fail(
                "hints", f"{rows!r} is not a table of answer: hint lines", "write lines `wrong answer: hint`."
            )
        for when, text in rows.items():
            key = f"hints.{field}" if kind == "partials" else "hints"
            pattern = _read(fence, key, kind, when, spec["variables"])
            entry = {"field": str(field), "when": str(when), "hint": _text(fence, f"{key}.{when}", text)}
            judged = check_exercise(spec, {str(field): entry["when"]})["fields"].get(str(field))
            if judged is not None and judged["status"] == "right":
                raise fence.fail(
                    key,
                    f"the pattern {when!r} is a right answer ({pattern!r})",
                    "remove it: a hint is for a wrong answer.",
                )
            hints.append(entry)
    return hints


def _fallback_hint(fence: _Fence, kind: str, data: dict[str, Any], variables: list[str]) -> Any:
    value = data.get("hint")
    if value is None:
        return None
    if kind == "partials" and isinstance(value, dict):
        if not set(map(str, value)) <= set(variables):
            raise fence.fail(
                "hint",
                f"the hint names variables outside {variables}",
                "give one hint per variable, or one sentence.",
            )
        return {str(k): _text(fence, f"hint.{k}", v) for k, v in value.items()}
    return _text(fence, "hint", value)


def _demo(fence: _Fence, data: dict[str, Any]) -> dict[str, Any] | None:
    """The demo the "Try it in the demo" button fills, with its values tried on the demo itself."""
    value = data.get("demo")
    if value is None:
        return None
    if (
        not isinstance(value, dict)
        or set(value) != {"name", "values"}
        or not isinstance(value["values"], dict)
    ):
        raise fence.fail(
            "demo", "it needs a name and values", 'write `demo: {name: derivative, values: {f: "x^2"}}`.'
        )
    name = value["name"]
    if not isinstance(name, str) or name not in DEMOS:
        raise fence.fail("demo", f"there is no demo called {name!r}", f"use one of: {', '.join(names())}.")
    demo = DEMOS[name]
    controls = [c.name for c in demo.controls if not isinstance(c, Grid)]
    state = demo.initial(resolve(demo.options, {}))
    pairs = []
    waiting: tuple[object, object, InputError] | None = None
    for control, raw in value["values"].items():
        grid = str(control).partition(":")[0]
        editable = any(isinstance(c, Grid) and c.editable and c.name == grid for c in demo.controls)
        if control not in controls and not (editable and re.fullmatch(r"[A-Z]:\d+:\d+", str(control))):
            raise fence.fail(
                "demo",
                f"demo '{name}' has no control {control!r}",
                f"use its controls: {', '.join(controls)}"
                + (" or grid cells like A:1:2." if editable else "."),
            )
        text = (
            raw
            if isinstance(raw, str)
            else f"{raw:g}"
            if isinstance(raw, (int, float)) and not isinstance(raw, bool)
            else None
        )
        try:
            if text is None:
                raise ValueError("not a value a reader could type")
            state = demo.update(state, str(control), text)
            waiting = None
        except InputError as error:
            if error.remember is None:
                raise _refused(fence, name, control, raw, error) from None
            # As in the page: a value that needs the next one (x with a new length, then w) is kept.
            state, waiting = error.remember, (control, raw, error)
        except ValueError as error:
            raise _refused(fence, name, control, raw, error) from None
        pairs.append([str(control), text])
    if waiting is not None:
        raise _refused(fence, name, *waiting)
    return {"name": name, "values": pairs}


def _refused(fence: _Fence, name: str, control: object, raw: object, error: ValueError) -> ExerciseFenceError:
    return fence.fail(
        "demo",
        f"{control}: {raw!r} is refused by demo '{name}' ({error})",
        "give a value the demo accepts.",
    )


def parse_exercise(source: str) -> dict[str, Any]:
    """The validated exercise: ``id``, ``label``, ``demo`` and the ``spec`` the checker takes."""
    fence, data = _load(source)
    ident = _check_id(fence, data)
    kind = _check_keys(fence, data)
    variables = _variables(fence, kind, data)
    spec: dict[str, Any] = {"kind": kind, "variables": variables}
    spec["answer"] = _answer(fence, kind, data, variables)
    if "tolerance" in data:
        tolerance = data["tolerance"]
        if isinstance(tolerance, bool) or not isinstance(tolerance, (int, float)) or not 0 <= tolerance < 1e6:
            raise fence.fail(
                "tolerance", f"{tolerance!r} is not a number of 0 or more", "write e.g. `tolerance: 0.01`."
            )
        spec["tolerance"] = float(tolerance)
    spec["hints"] = _hints(fence, kind, data, spec)
    if (hint := _fallback_hint(fence, kind, data, variables)) is not None:
        spec["hint"] = hint
    label = data.get("label", "Your answer")
    if not isinstance(label, str) or not label.strip():
        raise fence.fail("label", f"{label!r} is not a label", "write a short label like `label: f′(x) =`.")
    return {"id": ident, "label": label.strip(), "spec": spec, "demo": _demo(fence, data)}


def validate(
    language: str, inputs: dict[str, str], options: dict[str, Any], attrs: dict[str, Any], md: Any
) -> bool:
    """Accept the fence; its body is checked in :func:`format` where the page is known."""
    return True


def format(  # noqa: A001 - superfences calls it by the name mkdocs.yml gives (it shadows the builtin)
    source: str, language: str, class_name: str, options: dict[str, Any], md: Any, **kwargs: Any
) -> str:
    """The exercise's HTML, or an :class:`ExerciseFenceError` that fails the build."""
    exercise = parse_exercise(source)
    if exercise["demo"] is not None:
        CONTEXT.demos_wanted[exercise["id"]] = exercise["demo"]["name"]
    return exercise_html(exercise, progress_key(CONTEXT.page))


def progress_key(page: str) -> str:
    """The localStorage key of a page's solved exercises.

    For example ``nn-course:lessons/01-math-foundations:exercises``.
    """
    path = page.removeprefix("docs/").removesuffix(".md")
    return f"nn-course:{path}:exercises"
