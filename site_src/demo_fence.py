"""The ``demo`` Markdown fence: an author places a demo with a fenced block of YAML options.

    ```demo
    demo: scale_vector
    k: 2
    ```

Registered in ``mkdocs.yml`` as a pymdownx.superfences custom fence. Every mistake (unknown
demo, unknown option, wrong type, bad value, broken YAML) raises :class:`DemoFenceError`,
the one exception superfences lets through, so the build fails with the file, the demo, the
option, the allowed values and the fix. Must not import MkDocs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import yaml
from pymdownx.superfences import SuperFencesException

from demos.options import Option, OptionError, UnknownOptionError, resolve
from demos.registry import DEMOS, names
from site_src.build_context import CONTEXT
from site_src.demo_html import demo_html

AUTHORING_HELP = "See docs/authoring.md for every demo and option."


class DemoFenceError(SuperFencesException):  # type: ignore[misc]  # pymdownx ships no types
    """An author's mistake in a demo fence; the message says where and how to fix it."""


def _fail(demo: str, problem: str, fix: str) -> DemoFenceError:
    problem = problem.rstrip(".")  # a demo's own sentence may end with one already
    return DemoFenceError(f"{CONTEXT.page}: demo fence '{demo}': {problem}. Fix: {fix} {AUTHORING_HELP}")


def _option_list(options: Sequence[Option]) -> str:
    return "; ".join(f"{o.name} ({o.kind}, default {o.default!r})" for o in options) or "none"


def parse_source(source: str) -> tuple[str, dict[str, Any]]:
    """The demo name and the raw options of a fence body."""
    try:
        data = yaml.safe_load(source) if source.strip() else None
    except yaml.YAMLError as error:
        # Name the demo if its own line is readable, and keep PyYAML's first line: its line
        # numbers count from the fence, not from the page.
        named = re.search(r"^demo:\s*([\w-]+)\s*$", source, re.MULTILINE)
        problem = str(error).strip().splitlines()[0]
        raise _fail(
            named.group(1) if named else "?",
            f"the options are not valid YAML ({problem})",
            "write one `option: value` per line, with lists like [1, 2].",
        ) from None
    if not isinstance(data, dict) or "demo" not in data:
        raise _fail(
            "?",
            "the fence does not name its demo",
            f"start it with `demo: <name>`; demos: {', '.join(names())}.",
        )
    name = data.pop("demo")
    if (
        not isinstance(name, str) or name not in DEMOS
    ):  # a list or dict is unhashable: TypeError would be swallowed
        raise _fail(str(name), "there is no demo of that name", f"use one of: {', '.join(names())}.")
    return name, data


def options_for(name: str, raw: dict[str, Any]) -> dict[str, Any]:
    """Convert the raw options of demo ``name``, turning errors into fence errors."""
    demo = DEMOS[name]
    try:
        return resolve(demo.options, raw)
    except UnknownOptionError as error:
        raise _fail(
            name,
            f"unknown option '{error.option}'",
            f"remove it or use one of the allowed options: {_option_list(demo.options)}.",
        ) from None
    except OptionError as error:
        raise _fail(name, f"option '{error.option}': {error.message}", _fix(error)) from None


def _fix(error: OptionError) -> str:
    """What to do about ``error``: its own fix, or the values its option allows."""
    if error.fix:
        return error.fix
    if error.allowed:
        return f"give '{error.option}' a {error.allowed}."
    return "change the options so that they fit together."


def validate(
    language: str, inputs: dict[str, str], options: dict[str, Any], attrs: dict[str, Any], md: Any
) -> bool:
    """Accept the fence; its body is checked in :func:`format` where the page is known."""
    return True


def format(  # noqa: A001 - superfences calls it by the name mkdocs.yml gives (it shadows the builtin)
    source: str, language: str, class_name: str, options: dict[str, Any], md: Any, **kwargs: Any
) -> str:
    """The demo's static HTML, or a :class:`DemoFenceError` that fails the build."""
    name, raw = parse_source(source)
    values = options_for(name, raw)
    try:
        return demo_html(DEMOS[name], values, CONTEXT.next_id(name), CONTEXT.load_bytes)
    except OptionError as error:  # options that are each fine but do not fit together
        raise _fail(name, f"option '{error.option}': {error.message}", _fix(error)) from None
