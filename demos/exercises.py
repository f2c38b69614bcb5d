"""Check a reader's answer to an exercise: a number, a matrix shape, a formula, or partial derivatives.

The page sends the exercise's spec (written by ``site_src/exercise_fence.py`` from the author's
fence) and the typed answers through ``NNDemos.call("check_exercise", spec, answers)``; this
module reads the typed text the ways readers write it, compares it with the answer (formulas by
value at many points, so any equal form is right) and picks a hint for a wrong one. Nothing
here raises: every problem comes back as a message. The build uses the same readers to validate
fences. Must not import ``js``, ``pyodide`` or anything from ``site_src``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Literal, TypedDict, get_args

from py_runtime.expr import (
    MAX_LENGTH,
    BinOp,
    ExprError,
    Neg,
    Node,
    compile_expr,
    equivalent,
    evaluate,
    parse,
    to_text,
)
from py_runtime.numfmt import MINUS, tidy_number

Kind = Literal["number", "shape", "expression", "partials"]
KINDS: tuple[Kind, ...] = get_args(Kind)
Status = Literal["right", "wrong", "unread"]
"""How one answer field was judged: right, wrong, or not readable as the kind of answer asked for."""
Verdict = Literal["right", "wrong", "unread", "failed"]
"""How the whole answer was judged: right when every field is right; otherwise unread when some field
could not be read, else wrong; failed when the exercise itself could not be checked (a broken spec)."""


class FieldResult(TypedDict):
    """One field's judgement as the page gets it: the status it acts on, and the words for a reader."""

    status: Status
    text: str  # "Right.", the hint for a wrong answer, or what stopped it being read


class Reply(TypedDict):
    """What :func:`check_exercise` returns to the page (as JSON): decide by ``status``, show ``message``."""

    status: Verdict
    message: str  # starts "Correct" or "Not yet" when the answer could be read
    fields: dict[str, FieldResult]


ANSWER = "answer"  # the field name of a one-field exercise; partials name fields by variable
MAX_ANSWER = MAX_LENGTH  # characters; the formula parser's own limit
DEFAULT_TOLERANCE = 1e-9
_DASHES = str.maketrans({MINUS: "-", "\u2013": "-", "\u2012": "-", "\ufe63": "-", "\uff0d": "-"})
_NUMBER = re.compile(r"[+-]?\s*(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
_SIZE = r"(\d{1,6})"
_SHAPE = re.compile(
    rf"(?:(?:r|ℝ)\s*\^?\s*)?[(\[{{]?\s*{_SIZE}\s*(?:rows?)?\s*(?:x|×|⨯|✕|\*|·|by|,)\s*{_SIZE}\s*(?:columns?|cols?)?\s*[)\]}}]?"
    r"(?:\s*matrix)?",
    re.IGNORECASE,
)


class AnswerError(ValueError):
    """Typed text that cannot be read as the kind of answer asked for; the message says why."""


def _clean(text: str) -> str:
    """The typed text without the part before an ``=`` (``f'(x) = 2x``), dashes made minus signs.

    The left side is blanked, not cut, so positions in parser messages still match the text.
    """
    text = text.translate(_DASHES)
    if "=" in text:
        cut = text.rindex("=") + 1
        text = " " * cut + text[cut:]
    return text


def _guard(text: str) -> str:
    """``text`` if there is something readable to check; AnswerError for empty or huge input."""
    if len(text) > MAX_ANSWER:
        raise AnswerError(
            f"That answer is {len(text):,} characters long; an answer here is at most {MAX_ANSWER:,}."
        )
    cleaned = _clean(text)
    if not cleaned.strip():
        raise AnswerError("Type an answer first.")
    return cleaned


def pretty(text: str) -> str:
    """Display form of a number or formula: true minus signs (``15x^2 − 2``)."""
    return text.replace("-", MINUS)


def read_number(text: str) -> float:
    """The number typed (``-3``, ``−3``, ``-3.0``, ``8 - 5 - 6``); AnswerError when it is not one."""
    body = _guard(text).strip()
    if _NUMBER.fullmatch(body):
        value = float(body.replace(" ", ""))
    else:
        pieces = [p for p in re.split(r"[,;]", body.strip("[]() ")) if p.strip()]
        if len(pieces) > 1 and all(_NUMBER.fullmatch(p.strip()) for p in pieces):
            raise AnswerError(
                f"That is {len(pieces)} numbers; the answer is a single number. "
                "If they are products, add them up."
            )
        try:
            value = evaluate(parse(body, ()))  # arithmetic such as 8 - 5 - 6 or 6/2
        except ExprError:
            raise AnswerError("That is not a number: type a single number, like 12 or −0.5.") from None
    if not math.isfinite(value):
        raise AnswerError("That number is too large to check.")
    return value + 0.0


def read_shape(text: str) -> tuple[int, int]:
    """Rows and columns typed as ``4×5``, ``4x5``, ``4 by 5``, ``(4, 5)``; AnswerError otherwise."""
    body = _guard(text).strip()
    match = _SHAPE.fullmatch(body)
    if match:
        return int(match.group(1)), int(match.group(2))
    if re.fullmatch(r"\d+(?:\.0*)?", body):
        raise AnswerError(f"{body} is one number; a shape is two sizes, rows × columns, like 2×3.")
    raise AnswerError("That is not a shape: type rows × columns, like 2×3 (2x3, 2 by 3 and (2, 3) work too).")


def read_formula(text: str, variables: Sequence[str]) -> Node:
    """The formula typed, in the given variables; AnswerError with the parser's words and position."""
    try:
        return parse(_guard(text), tuple(variables))
    except ExprError as error:
        where = (
            f" at character {error.position + 1}"
            if error.position is not None and " at character " not in error.message
            else ""
        )
        raise AnswerError(f"Could not read that formula: {error.message}{where}.") from None


def shape_text(shape: Sequence[int]) -> str:
    return f"{shape[0]}×{shape[1]}"


def _differs_by_constant(a: Node, b: Node, variables: Sequence[str]) -> float | None:
    """The constant c with a = b + c at many points (c not 0), else None."""
    gap = compile_expr(BinOp("-", a, b))
    points = [(0.37 + 1.3 * i, -0.81 + 0.7 * i) for i in range(8)]
    values = [gap(*p) if "y" in variables else gap(p[0]) for p in points]
    if any(math.isnan(v) for v in values) or abs(values[0]) < 1e-9:
        return None
    return values[0] if all(math.isclose(v, values[0], rel_tol=1e-9, abs_tol=1e-9) for v in values) else None


# ---- one field: read, compare, pick a hint ---------------------------------------------


def _hint(spec: Mapping[str, Any], field: str, same: Callable[[str], bool]) -> str | None:
    """The author's hint for the first pattern the reader's answer matches."""
    for entry in spec.get("hints", ()):
        if entry.get("field", ANSWER) == field and same(entry["when"]):
            hint: str = entry["hint"]
            return hint
    return None


def _fallback(spec: Mapping[str, Any], field: str) -> str:
    hint = spec.get("hint")
    if isinstance(hint, Mapping):
        hint = hint.get(field)
    return str(hint or "Look at the worked steps again, or reveal the solution.")


def _check_number(spec: Mapping[str, Any], field: str, text: str) -> tuple[bool, str]:
    value, answer = read_number(text), float(spec["answer"])
    tolerance = float(spec.get("tolerance", DEFAULT_TOLERANCE))

    def close(a: float, b: float) -> bool:
        return abs(a - b) <= tolerance

    if close(value, answer):
        return True, f"{pretty(tidy_number(answer, unicode_minus=False))}."
    hint = _hint(spec, field, lambda when: close(value, float(when)))
    if hint is None and answer != 0 and close(value, -answer):
        hint = "The size is right but the sign is flipped: check the sign of each step."
    return False, hint or _fallback(spec, field)


def _check_shape(spec: Mapping[str, Any], field: str, text: str) -> tuple[bool, str]:
    answer = tuple(spec["answer"])
    body = _clean(text).strip()
    if len(body) <= 12 and re.fullmatch(r"\d+", body) and int(body) == answer[0] * answer[1]:
        return False, (
            f"{body} is how many entries the product has; give its shape, rows × columns, like 2×3."
        )
    shape = read_shape(text)
    if shape == answer:
        return True, f"{shape_text(answer)}."
    hint = _hint(spec, field, lambda when: shape == read_shape(str(when)))
    if hint is None and shape == answer[::-1]:
        hint = "The sizes are swapped: a shape is rows first, then columns."
    return False, hint or _fallback(spec, field)


def _check_formula(spec: Mapping[str, Any], field: str, text: str) -> tuple[bool, str]:
    variables = tuple(spec.get("variables") or ("x",))
    answers = spec["answer"] if isinstance(spec["answer"], Mapping) else {ANSWER: spec["answer"]}
    node, answer = read_formula(text, variables), parse(answers[field], variables)

    def same(other: object) -> bool:
        return equivalent(node, parse(str(other), variables), variables)

    if equivalent(node, answer, variables):
        return True, f"{pretty(to_text(answer))}."
    hint = _hint(spec, field, same)
    others = [(name, a) for name, a in answers.items() if name != field]
    if hint is None:
        fixed = " and ".join(v for v in variables if v != field)
        hint = next(
            (
                f"That is ∂f/∂{name}. For ∂f/∂{field}, differentiate by {field} and hold {fixed} fixed."
                for name, other in others
                if same(other)
            ),
            None,
        )
    if hint is None and equivalent(Neg(node), answer, variables):
        hint = "Check the sign: your answer is the right one times −1."
    if hint is None and (gap := _differs_by_constant(node, answer, variables)) is not None:
        off = pretty(tidy_number(gap, unicode_minus=False))
        hint = f"Your answer is off by a constant ({off}): look again at the constant terms."
    return False, hint or _fallback(spec, field)


_CHECKS = {
    "number": _check_number,
    "shape": _check_shape,
    "expression": _check_formula,
    "partials": _check_formula,
}


def field_names(spec: Mapping[str, Any]) -> list[str]:
    """The answer fields of an exercise: one ``answer``, or one per variable for partials."""
    return list(spec["variables"]) if spec["kind"] == "partials" else [ANSWER]


def field_label(spec: Mapping[str, Any], field: str) -> str:
    return f"∂f/∂{field}" if spec["kind"] == "partials" else "Your answer"


# ---- the page's entry ----------------------------------------------------------------------


def _verdict(spec: Mapping[str, Any], results: dict[str, tuple[Status, str]]) -> Reply:
    """Join per-field results (status, text) into the page's reply."""
    statuses = [status for status, _ in results.values()]
    correct = all(s == "right" for s in statuses)
    verdict: Verdict = "right" if correct else "unread" if "unread" in statuses else "wrong"
    fields: dict[str, FieldResult] = {
        f: {"status": s, "text": "Right." if s == "right" else text} for f, (s, text) in results.items()
    }
    if len(results) == 1:
        ((status, text),) = results.values()
        message = {"right": f"Correct: {text}", "wrong": f"Not yet. {text}", "unread": text}[status]
    else:
        parts = "\n".join(
            f"{field_label(spec, f)}: {'right' if s == 'right' else text.rstrip('.')}."
            for f, (s, text) in results.items()
        )  # one line per field (pre-line in the page)
        answer = " and ".join(
            f"{field_label(spec, f)} = {text.rstrip('.')}" for f, (_, text) in results.items()
        )
        message = f"Correct: {answer}." if correct else ("Not yet.\n" if "wrong" in statuses else "") + parts
        if set(statuses) == {"unread"} and len({text for _, text in results.values()}) == 1:
            message = next(iter(results.values()))[1]  # the same problem everywhere: say it once
    return {"status": verdict, "message": message, "fields": fields}


def check_exercise(spec: Mapping[str, Any], answers: object) -> Reply:
    """The page's reply (:class:`Reply`) for the reader's ``answers`` (field -> text; anything is survived).

    The page decides by ``status`` (and each field's); ``message`` starts with "Correct" or "Not
    yet" when the answer could be read, otherwise it says what to fix ("Type an answer first.").
    Never raises.
    """
    try:
        check = _CHECKS[spec["kind"]]
        results: dict[str, tuple[Status, str]] = {}
        for field in field_names(spec):
            text = answers.get(field, "") if isinstance(answers, Mapping) else ""
            try:
                right, said = check(spec, field, text if isinstance(text, str) else str(text))
                results[field] = ("right" if right else "wrong", said)
            except AnswerError as error:
                results[field] = ("unread", str(error))
        return _verdict(spec, results)
    except Exception as error:  # noqa: BLE001 - a broken spec must not break the page: say so instead
        return {
            "status": "failed",
            "message": f"Sorry, this exercise could not be checked ({type(error).__name__}).",
            "fields": {},
        }
