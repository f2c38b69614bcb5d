"""The scale-vector demo's state: the vector v, the factor k, the fence options and the k slider's update.

Pure: no drawing, no text for the page. Must not import ``js``, ``pyodide``, ``site_src`` or the
demo's own ``picture`` (the picture reads the state, never the other way round).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from demos.base import InputError
from demos.options import Option, number, vector

K_MIN, K_MAX = -3.0, 3.0

OPTIONS = (
    Option("v", "list of 2 numbers", [1, 2], "The vector that is scaled.", vector(2, 2, limit=10)),
    Option("k", f"number from {K_MIN:g} to {K_MAX:g}", 3, "The starting factor.", number(K_MIN, K_MAX)),
)


@dataclass(frozen=True)
class State:
    """The vector being scaled and the factor."""

    v: tuple[float, float]
    k: float


def initial(options: Mapping[str, Any]) -> State:
    """The first state, from the fence's (already converted) options."""
    v = options["v"]
    return State(v=(float(v[0]), float(v[1])), k=float(options["k"]))


def update(state: State, control: str, value: str) -> State:
    """The state after the reader moved the k slider to ``value``; InputError when unusable."""
    if control != "k":
        raise InputError(control, f"This demo has no control named {control!r}.")
    try:
        k = float(value)
    except ValueError:
        raise InputError("k", "Enter a number for k.") from None
    if not (math.isfinite(k) and K_MIN <= k <= K_MAX):
        raise InputError("k", f"k must lie between {K_MIN:g} and {K_MAX:g}.")
    return replace(state, k=k)
