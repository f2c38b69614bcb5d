"""Static HTML of an exercise: labelled answer fields, a Check button, a feedback line.

The answer and hints go into ``data-exercise-spec`` as JSON for the checker (a curious reader
may see them; the solution is on the page anyway). ``assets/exercises/exercises.js`` finds the
block by ``data-exercise`` and wires it; the "Try it in the demo" button and the "Solved" badge
stay hidden until it does. No inline script, no inline style. Must not import MkDocs.
"""

from __future__ import annotations

import json
from html import escape
from typing import Any

from demos.exercises import field_label, field_names
from site_src.html_attrs import html_attrs as _attrs

MAX_LENGTH = 2000  # characters a field takes; the checker answers anything over 1,000 with a message
HELP = {
    "number": "One number, like 12 or −0.5.",
    "shape": "Rows × columns, like 2×3 (2x3, 2 by 3 and (2, 3) work too).",
    "expression": "A formula in {vars}: powers with ^ (x^2), products as 3x or 3*x, functions like sin(x).",
    "partials": "Formulas in {vars}: powers with ^ (x^2), products as 2xy or 2*x*y.",
}
PLACEHOLDER = {
    "number": "e.g. 12",
    "shape": "e.g. 2×3",
    "expression": "e.g. 3x^2 + 1",
    "partials": "e.g. 2x + y",
}


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _field(uid: str, spec: dict[str, Any], field: str, label: str) -> str:
    fid = f"{uid}-{field}"
    attrs = _attrs(
        type="text",
        id=fid,
        name=field,
        data_answer_field=field,
        maxlength=MAX_LENGTH,
        placeholder=PLACEHOLDER[spec["kind"]],
        autocomplete="off",
        autocapitalize="off",
        spellcheck="false",
        aria_describedby=f"{uid}-help",
    )
    return f'<div class="nn-exercise__field"><label for="{fid}">{escape(label)}</label><input {attrs}></div>'


def exercise_html(exercise: dict[str, Any], progress_key: str) -> str:
    """The whole exercise block for a validated ``exercise`` (see ``exercise_fence.parse_exercise``)."""
    spec, ident = exercise["spec"], exercise["id"]
    uid = f"exercise-{ident}"
    labels = {
        f: (field_label(spec, f) if spec["kind"] == "partials" else exercise["label"])
        for f in field_names(spec)
    }
    fields = "".join(_field(uid, spec, f, label) for f, label in labels.items())
    demo = exercise["demo"]
    button = _attrs(type="button", class_="md-button nn-exercise__demo", data_exercise_demo=True, hidden=True)
    demo_button = f"<button {button}>Try it in the demo</button>" if demo else ""
    feedback = _attrs(
        class_="nn-exercise__feedback", id=f"{uid}-feedback", data_exercise_feedback=True, aria_live="polite"
    )
    block = _attrs(
        class_="nn-exercise",
        id=uid,
        data_exercise=ident,
        data_exercise_state="static",
        data_exercise_spec=_json(spec),
        data_exercise_demo_values=_json(demo) if demo else None,
        data_progress_key=progress_key,
        data_needs_python=True,
    )
    help_text = HELP[spec["kind"]].format(vars=" and ".join(spec["variables"]))
    return (
        f"<div {block}>"
        f'<form class="nn-exercise__form" data-exercise-form novalidate>'
        f'<div class="nn-exercise__fields">{fields}</div>'
        f'<p class="nn-exercise__help" id="{uid}-help">{escape(help_text)}</p>'
        '<div class="nn-exercise__actions">'
        '<button type="submit" class="md-button md-button--primary nn-exercise__check">Check</button>'
        f"{demo_button}"
        f"<span {_attrs(class_='nn-exercise__badge', data_exercise_badge=True, hidden=True)}>Solved</span>"
        "</div>"
        f"<p {feedback}></p>"
        "</form></div>"
    )
