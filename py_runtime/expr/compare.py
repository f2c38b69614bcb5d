"""Decide whether two formulas are the same function, by comparing values at many points.

The exercises use this to accept any correct way of writing an answer (``2x``, ``x*2``, ``x + x``).
Points come from a seeded generator, so a given pair always gets the same verdict. Standard library
only; must not import ``js`` or ``pyodide``.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence

from py_runtime.expr.evaluate import compile_expr
from py_runtime.expr.nodes import Node
from py_runtime.expr.parser import parse

SAMPLES = 60
"""Default number of points compared."""


def equivalent(  # noqa: PLR0913 - the sampling settings are keyword options with defaults
    a: Node | str,
    b: Node | str,
    variables: Sequence[str] = ("x",),
    *,
    samples: int = SAMPLES,
    seed: int = 1234,
    span: float = 4.0,
    rel_tol: float = 1e-6,
    abs_tol: float = 1e-9,
) -> bool:
    """True when ``a`` and ``b`` agree at ``samples`` random points with coordinates in ±span.

    Either may be given as formula text (then only ``variables`` may appear in it, else ExprError).

    A point where both have no value (NaN) counts as agreement; a point where only one does is a
    difference. Variables not listed are held at 0.
    """
    f = compile_expr(parse(a, variables) if isinstance(a, str) else a)
    g = compile_expr(parse(b, variables) if isinstance(b, str) else b)
    rng = random.Random(seed)  # noqa: S311 - reproducible sample points, not a secret
    for _ in range(samples):
        point = {name: rng.uniform(-span, span) for name in variables}
        x, y = point.get("x", 0.0), point.get("y", 0.0)
        fa, gb = f(x, y), g(x, y)
        if math.isnan(fa) and math.isnan(gb):
            continue
        if not math.isclose(fa, gb, rel_tol=rel_tol, abs_tol=abs_tol):
            return False
    return True
