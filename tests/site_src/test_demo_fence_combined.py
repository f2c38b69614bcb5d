"""Fence options that depend on each other: their controls, and the error when they clash."""

from __future__ import annotations

import markdown
import pytest
from bs4 import BeautifulSoup

from site_src.demo_fence import DemoFenceError, validate
from site_src.demo_fence import format as fence_format


def convert(source: str) -> str:
    md = markdown.Markdown(
        extensions=["pymdownx.superfences"],
        extension_configs={
            "pymdownx.superfences": {
                "custom_fences": [
                    {"name": "demo", "class": "demo", "validator": validate, "format": fence_format}
                ]
            }
        },
    )
    return md.convert(source)


def test_slider_spans_the_authors_range() -> None:
    """Assert x_min/x_max of a derivative fence set the x slider's bounds in the static HTML."""
    html = convert("```demo\ndemo: derivative\nx_min: -1\nx_max: 5\nx: 1\n```\n")
    slider = BeautifulSoup(html, "html.parser").select_one('input[type="range"][data-control="x"]')
    assert (slider["min"], slider["max"], slider["value"]) == ("-1", "5", "1")


@pytest.mark.parametrize(
    ("options", "words"),
    [("x_min: 2\nx_max: 1", "x_min (2) must be less than x_max (1)"), ("x: 9", "x")],
)
def test_clashing_options_fail_the_build(options: str, words: str) -> None:
    """Assert options that are each valid but clash raise the fence error with a fix."""
    with pytest.raises(DemoFenceError) as caught:
        convert(f"```demo\ndemo: derivative\n{options}\n```\n")
    assert words in str(caught.value)
    assert "derivative" in str(caught.value) and "Fix:" in str(caught.value)
