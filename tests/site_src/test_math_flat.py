"""Flattening a formula's picture (site_src/math_flat.py): every glyph lands where MathJax put it."""

from __future__ import annotations

import re

import pytest

from site_src.math_flat import Place, flatten_container, parse_transform, place_path

SQUARE = "M0 0L10 0L10 10L0 10Z"


def absolute(d: str) -> list[tuple[float, float]]:
    """The points a path visits, from its first absolute M and its relative l/c commands (test reader)."""
    tokens = re.findall(r"[A-Za-z]|-?\d+(?:\.\d+)?", d)
    assert tokens[0] == "M"
    x, y = float(tokens[1]), float(tokens[2])
    points, command, nums = [(x, y)], "", []
    for token in [*tokens[3:], "z"]:
        if token.isalpha():
            for k in range(0, len(nums), 2):
                if command == "l" or (command == "c" and k % 6 == 4):
                    points.append((x + nums[k], y + nums[k + 1]))
            if command in ("l", "c") and nums:
                step = 2 if command == "l" else 6
                for k in range(0, len(nums), step):
                    x, y = x + nums[k + step - 2], y + nums[k + step - 1]
            command, nums = token, []
        else:
            nums.append(float(token))
    return points


def test_a_glyph_is_moved_and_scaled_as_its_transform_says() -> None:
    """Assert a square scaled (2, -1) and moved by (5, 3) visits the corners that transform gives."""
    d = place_path(SQUARE, Place(sx=2, sy=-1, tx=5, ty=3))
    assert absolute(d) == [(5, 3), (25, 3), (25, -7), (5, -7)]


def test_transforms_compose_outer_then_inner() -> None:
    """Assert ``scale(1,-1)`` around ``translate(100,50)`` puts the origin at (100, -50)."""
    outer = parse_transform("scale(1,-1)")
    inner = parse_transform("translate(100,50)")
    assert outer.then(inner).point(0, 0) == (100, -50)
    assert parse_transform("translate(3) scale(2)").point(1, 1) == (5, 2)


def test_a_rotation_fails_rather_than_draws_wrong() -> None:
    """Assert a transform the flattener cannot apply exactly raises instead of misplacing a glyph."""
    with pytest.raises(ValueError, match="rotated"):
        parse_transform("matrix(0 1 -1 0 0 0)")
    with pytest.raises(ValueError):
        parse_transform("rotate(90)")


def test_a_container_keeps_its_mathml_and_loses_its_groups() -> None:
    """Assert the MathML beside the picture is untouched and the groups and uses are gone."""
    container = (
        '<mjx-container class="MathJax" jax="SVG"><svg xmlns="http://www.w3.org/2000/svg" '
        'xmlns:xlink="http://www.w3.org/1999/xlink" width="1ex" height="1ex" viewBox="0 0 20 20" '
        'aria-hidden="true">'
        '<defs><path id="g1" d="M0 0L10 0L10 10Z"></path></defs>'
        '<g transform="scale(1,-1)"><g transform="translate(5,0)"><use xlink:href="#g1"></use></g>'
        '<rect width="10" height="2" x="0" y="4"></rect></g></svg>'
        "<mjx-assistive-mml><math><mi>x</mi></math></mjx-assistive-mml></mjx-container>"
    )
    flat = flatten_container(container)
    assert flat.endswith("<mjx-assistive-mml><math><mi>x</mi></math></mjx-assistive-mml></mjx-container>")
    assert "<use" not in flat and "<defs" not in flat and "translate" not in flat
    (d,) = re.findall(r' d="([^"]+)"', flat)
    assert absolute(d) == [(5, 0), (15, 0), (15, -10)]
    assert '<rect x="0" y="-6" width="10" height="2">' in flat
