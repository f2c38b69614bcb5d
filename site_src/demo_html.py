"""Static HTML of a demo: its figure (the build-time SVG), controls, readouts and status line.

Everything a reader needs is in this HTML before any script runs: the picture of the initial
state, every number as text, labelled controls. ``assets/demos/demo.js`` later finds these
elements by their ``data-*`` attributes. No inline script, no inline style.
Must not import MkDocs.
"""

from __future__ import annotations

import json
from html import escape
from typing import Any

from demos.base import Button, Choice, Control, Demo, Grid, Slider, Stepper, TextField, View
from demos.session import Session
from py_runtime.draw.svg import SvgPainter
from py_runtime.theme import check_role
from site_src.html_attrs import html_attrs as _attrs

STATUS_STATIC = "Static picture: the interactive version starts when Python has loaded."


def _error(uid: str, name: str) -> str:
    attrs = _attrs(class_="nn-demo__error", id=f"{uid}-{name}-error", data_error_for=name, hidden=True)
    return f"<p {attrs}></p>"


def _slider(uid: str, c: Slider, value: str) -> str:
    field = f"{uid}-{c.name}"
    attrs = _attrs(
        type="range",
        id=field,
        data_control=c.name,
        min=f"{c.min:g}",
        max=f"{c.max:g}",
        step=f"{c.step:g}",
        value=value,
        aria_valuetext=value + c.unit,
        data_unit=c.unit,
        aria_describedby=f"{field}-error",
    )
    shown = _attrs(class_="nn-demo__value", data_value_for=c.name, aria_hidden="true")
    return (
        f'<div class="nn-demo__control nn-demo__control--slider">'
        f'<label for="{field}">{escape(c.label)}</label>'
        f"<input {attrs}>"
        f"<span {shown}>{escape(value + c.unit)}</span>"
        f"{_error(uid, c.name)}</div>"
    )


def _text_field(uid: str, c: TextField, value: str) -> str:
    field = f"{uid}-{c.name}"
    presets = ""
    if c.presets:
        options = "".join(f"<option {_attrs(value=p)}></option>" for p in c.presets)
        presets = f'<datalist id="{field}-presets">{options}</datalist>'
    attrs = _attrs(
        type="text",
        id=field,
        data_control=c.name,
        value=value,
        size=c.width,
        placeholder=c.hint or None,
        list=f"{field}-presets" if c.presets else None,
        spellcheck="false",
        autocomplete="off",
        autocapitalize="off",
        aria_describedby=f"{field}-error",
    )
    return (
        f'<div class="nn-demo__control nn-demo__control--text">'
        f'<label for="{field}">{escape(c.label)}</label>'
        f"<input {attrs}>"
        f"{presets}{_error(uid, c.name)}</div>"
    )


def _stepper(uid: str, c: Stepper, value: str) -> str:
    field = f"{uid}-{c.name}"
    attrs = _attrs(
        type="number",
        id=field,
        data_control=c.name,
        min=c.min,
        max=c.max,
        step=1,
        value=value,
        inputmode="numeric",
        aria_describedby=f"{field}-error",
    )
    return (
        f'<div class="nn-demo__control nn-demo__control--stepper">'
        f'<label for="{field}">{escape(c.label)}</label>'
        f"<input {attrs}>"
        f"{_error(uid, c.name)}</div>"
    )


def _choice(uid: str, c: Choice, value: str) -> str:
    field = f"{uid}-{c.name}"
    options = "".join(
        f"<option {_attrs(value=v, selected=v == value)}>{escape(text)}</option>" for v, text in c.choices
    )
    return (
        f'<div class="nn-demo__control nn-demo__control--choice">'
        f'<label for="{field}">{escape(c.label)}</label>'
        f"<select {_attrs(id=field, data_control=c.name, aria_describedby=f'{field}-error')}>"
        f"{options}</select>"
        f"{_error(uid, c.name)}</div>"
    )


def _button(uid: str, c: Button, value: str) -> str:
    # Its text is its accessible name; Python may change it (View.values), e.g. "Train" to "Pause".
    attrs = _attrs(
        type="button",
        class_="md-button nn-demo__button",
        id=f"{uid}-{c.name}",
        data_control=c.name,
        aria_describedby=f"{uid}-{c.name}-error",
    )
    return f"<button {attrs}>{escape(value or c.label)}</button>"


def cell_label(grid: str, row: int, col: int) -> str:
    """The accessible name of a grid cell, e.g. ``A row 1, column 2`` (assets/demos/grid.js writes it too)."""
    return f"{grid} row {row}, column {col}"


def _grid_cell(c: Grid, row: int, col: int, text: str, focus: tuple[int, int] | None) -> str:
    label = cell_label(c.name, row, col)
    if c.editable:
        attrs = _attrs(
            type="text",
            inputmode="decimal",
            data_cell=f"{row}:{col}",
            aria_label=label,
            value=text,
            size=4,
            spellcheck="false",
            autocomplete="off",
        )
        return f"<td><input {attrs}></td>"
    tabindex = 0 if focus == (row, col) or (focus is None and (row, col) == (1, 1)) else -1
    attrs = _attrs(type="button", data_cell=f"{row}:{col}", aria_label=f"{label}: {text}", tabindex=tabindex)
    return f"<td><button {attrs}>{escape(text)}</button></td>"


def _grid(uid: str, c: Grid, view: View) -> str:
    spec = view.extra.get("grids", {}).get(c.name, {"rows": 0, "cols": 0, "cells": []})
    # The picked cell of C is the one the demo lights in its read-only grid ("row:col").
    lit = view.extra.get("highlight", {}).get(c.name, [])
    focus_cell = None
    if lit and not c.editable:
        row, col = lit[0].split(":")
        focus_cell = (int(row), int(col))
    rows = "".join(
        "<tr>"
        + "".join(_grid_cell(c, r + 1, k + 1, spec["cells"][r][k], focus_cell) for k in range(spec["cols"]))
        + "</tr>"
        for r in range(spec["rows"])
    )
    label_id = f"{uid}-{c.name}-label"
    attrs = _attrs(
        class_="nn-demo__grid", data_grid=c.name, data_editable=c.editable, aria_labelledby=label_id
    )
    return (
        f'<div class="nn-demo__control nn-demo__control--grid">'
        f'<span class="nn-demo__grid-label" id="{label_id}">{escape(c.label)}</span>'
        f"<table {attrs}><tbody>{rows}</tbody></table>"
        f"{_error(uid, c.name)}</div>"
    )


def control_html(uid: str, control: Control, view: View) -> str:
    """One labelled control with its error line."""
    value = view.values.get(control.name, "")
    if isinstance(control, Slider):
        return _slider(uid, control, value)
    if isinstance(control, TextField):
        return _text_field(uid, control, value)
    if isinstance(control, Grid):
        return _grid(uid, control, view)
    if isinstance(control, Choice):
        return _choice(uid, control, value)
    if isinstance(control, Button):
        return _button(uid, control, value)
    return _stepper(uid, control, value)


def _swatches(roles: tuple[str, ...]) -> str:
    """Marks in the picture's colours of what a readout's label names (demos.css colours them)."""
    return "".join(
        f"<span {_attrs(class_='nn-demo__swatch', data_role=check_role(role), aria_hidden='true')}></span>"
        for role in roles
    )


def readouts_html(view: View) -> str:
    """The readouts as a description list, each value addressable by ``data-readout``."""
    rows = "".join(
        f'<div class="nn-demo__readout"><dt>{_swatches(r.swatches)}{escape(r.label)}</dt>'
        f"<dd {_attrs(data_readout=r.name, aria_live='polite' if r.live else None)}>"
        f"{escape(r.text)}</dd></div>"
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
    canvas_attrs = _attrs(
        class_="nn-demo__canvas",
        width=demo.width,
        height=demo.height,
        role="img",
        aria_label=view.description,
        hidden=True,
    )
    canvas = f"<canvas {canvas_attrs}></canvas>"
    all_controls = demo.controls_for(options)
    controls = "".join(control_html(uid, c, view) for c in all_controls if not isinstance(c, (Grid, Button)))
    buttons = "".join(control_html(uid, c, view) for c in all_controls if isinstance(c, Button))
    if buttons:
        errors = "".join(_error(uid, c.name) for c in all_controls if isinstance(c, Button))
        controls = f'<div class="nn-demo__buttons">{buttons}</div>{errors}' + controls
    grids = "".join(control_html(uid, c, view) for c in all_controls if isinstance(c, Grid))
    if grids:
        controls += f'<div class="nn-demo__grids">{grids}</div>'
    figure_attrs = _attrs(
        class_="nn-demo",
        id=uid,
        data_demo=demo.name,
        data_demo_state="static",
        data_options=json.dumps(options, separators=(",", ":")),
        data_load_bytes=load_bytes,
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
