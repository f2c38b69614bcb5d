"""Python functions that page scripts other than demos may call (``NNDemos.call``, defined in mount.js).

Only the names in :data:`CALLS` are reachable from the page. Each takes and returns plain
JSON-ready values. Must not import ``js`` or ``pyodide``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from demos.exercises import check_exercise

CALLS: dict[str, Callable[..., Any]] = {
    "check_exercise": check_exercise,  # the exercises' Check button (assets/exercises/exercises.js)
}
