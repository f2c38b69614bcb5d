"""Static HTML of a demo: its figure (the build-time SVG), controls, readouts and status line.

Everything a reader needs is in this HTML before any script runs: the picture of the initial
state, every number as text, labelled controls. ``assets/demos/host.js`` later finds these
elements by their ``data-*`` attributes. No inline script, no inline style.
Must not import MkDocs.
"""

from __future__ import annotations

import json
from html import escape
from typing import Any

from demos.base import Control, Demo, Slider, Stepper, TextField, View
from demos.session import Session
from py_runtime.draw import SvgPainter

STATUS_STATIC = "Static picture: the interactive version starts when Python has loaded."


def _attrs(**pairs: Any) -> str:
    """HTML attributes from keyword pairs; ``data_x`` becomes ``data-x``; None is left out."""
    out = []
    for key, value in pairs.items():
        if value is None or value is False:
            continue
        name = key.rstrip("_").replace("_", "-")
        out.append(name if value is True else f'{name}="{escape(str(value), quote=True)}"')
    return " ".join(out)


def _error(uid: str, name: str) -> str:
    return f'<p {_attrs(class_="nn-demo__error", id=f"{uid}-{name}-error", data_error_for=name, hidden=True)}></p>'


def _slider(uid: str, c: Slider, value: str) -> str:
    field = f"{uid}-{c.name}"
    return (
        f'<div class="nn-demo__control nn-demo__control--slider">'
        f'<label for="{field}">{escape(c.label)}</label>'
        f'<input {_attrs(type="range", id=field, data_control=c.name, min=f"{c.min:g}", max=f"{c.max:g}", step=f"{c.step:g}", value=value, aria_valuetext=value + c.unit, data_unit=c.unit, aria_describedby=f"{field}-error")}>'
        f'<span {_attrs(class_="nn-demo__value", data_value_for=c.name, aria_hidden="true")}>{escape(value + c.unit)}</span>'
        f"{_error(uid, c.name)}</div>"
    )


def _text_field(uid: str, c: TextField, value: str) -> str:
    field = f"{uid}-{c.name}"
    presets = ""
    if c.presets:
        options = "".join(f"<option {_attrs(value=p)}></option>" for p in c.presets)
        presets = f'<datalist id="{field}-presets">{options}</datalist>'
    return (
        f'<div class="nn-demo__control nn-demo__control--text">'
        f'<label for="{field}">{escape(c.label)}</label>'
        f'<input {_attrs(type="text", id=field, data_control=c.name, value=value, size=c.width, placeholder=c.hint or None, list=f"{field}-presets" if c.presets else None, spellcheck="false", autocomplete="off", autocapitalize="off", aria_describedby=f"{field}-error")}>'
        f"{presets}{_error(uid, c.name)}</div>"
    )


def _stepper(uid: str, c: Stepper, value: str) -> str:
    field = f"{uid}-{c.name}"
    return (
        f'<div class="nn-demo__control nn-demo__control--stepper">'
        f'<label for="{field}">{escape(c.label)}</label>'
        f'<input {_attrs(type="number", id=field, data_control=c.name, min=c.min, max=c.max, step=1, value=value, inputmode="numeric", aria_describedby=f"{field}-error")}>'
        f"{_error(uid, c.name)}</div>"
    )


def control_html(uid: str, control: Control, value: str) -> str:
    """One labelled control with its error line."""
    if isinstance(control, Slider):
        return _slider(uid, control, value)
    if isinstance(control, TextField):
        return _text_field(uid, control, value)
    return _stepper(uid, control, value)


def readouts_html(view: View) -> str:
    """The readouts as a description list, each value addressable by ``data-readout``."""
    rows = "".join(
        f'<div class="nn-demo__readout"><dt>{escape(r.label)}</dt><dd data-readout="{escape(r.name)}">{escape(r.text)}</dd></div>'
        for r in view.readouts
    )
    return f'<dl class="nn-demo__readouts">{rows}</dl>'


def demo_html(demo: Demo[Any], options: dict[str, Any], uid: str, load_bytes: int) -> str:
    """The whole figure for ``demo`` in the state its ``options`` describe."""
    painter = SvgPainter(demo.width, demo.height, title=demo.title, uid=f"{uid}-svg")
    session = Session(demo, options, painter)
    session.draw()
    view = demo.view(session.state)
    svg = painter.to_svg().replace("<svg ", '<svg class="nn-demo__static" ', 1)
    canvas = f'<canvas {_attrs(class_="nn-demo__canvas", width=demo.width, height=demo.height, role="img", aria_label=view.description, hidden=True)}></canvas>'
    controls = "".join(control_html(uid, c, view.values.get(c.name, "")) for c in demo.controls)
    figure_attrs = _attrs(
        class_="nn-demo", id=uid, data_demo=demo.name, data_demo_state="static",
        data_options=json.dumps(options, separators=(",", ":")), data_load_bytes=load_bytes,
        aria_labelledby=f"{uid}-title",
    )
    return (
        f"<figure {figure_attrs}>"
        f'<figcaption class="nn-demo__title" id="{uid}-title">{escape(demo.title)}</figcaption>'
        f'<div class="nn-demo__stage">{svg}{canvas}</div>'
        f'<div class="nn-demo__controls">{controls}</div>'
        f"{readouts_html(view)}"
        f'<p class="nn-demo__status" data-demo-status role="status">{escape(STATUS_STATIC)}</p>'
        f'<p class="nn-demo__announce nn-visually-hidden" data-demo-announce aria-live="polite"></p>'
        "</figure>"
    )
