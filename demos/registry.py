"""Every demo an author can place with the ``demo`` fence, by name.

Each demo is a package ``demos/<name>/`` whose ``__init__.py`` exposes its :class:`~demos.base.Demo`;
adding a demo means one import and one entry here. Must not import ``js``, ``pyodide`` or ``site_src``.
"""

from __future__ import annotations

from typing import Any

from demos.base import Demo
from demos.derivative import Derivative
from demos.dot_product import DotProduct
from demos.matrix_product import MatrixProduct
from demos.neuron import Neuron
from demos.perceptron import Perceptron
from demos.scale_vector import ScaleVector

DEMOS: dict[str, Demo[Any]] = {
    demo.name: demo
    for demo in (
        ScaleVector(),
        MatrixProduct(),
        Derivative(),
        DotProduct(),
        Neuron(),
        Perceptron(),
    )
}


def names() -> list[str]:
    """The demo names, sorted, for error messages and the authoring page."""
    return sorted(DEMOS)
