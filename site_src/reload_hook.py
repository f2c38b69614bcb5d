"""MkDocs hook: make ``make serve`` pick up edits to the project's Python on the next rebuild.

``mkdocs serve`` rebuilds in the same process, and Python keeps every imported module, so an
edited demo would still be drawn (as its build-time SVG) by the old code. After each build,
this forgets the project's own modules; the next build imports them afresh from disk.
Listed in ``mkdocs.yml`` after ``site_src/hooks.py``.
"""

from __future__ import annotations

import sys
from collections.abc import MutableMapping
from typing import TypeVar

PROJECT_PACKAGES = ("py_runtime", "demos", "site_src")

_T = TypeVar("_T")


def forget_project_modules(modules: MutableMapping[str, _T]) -> list[str]:
    """Drop the project's modules from ``modules``; returns their names."""
    names = [name for name in modules if name.split(".")[0] in PROJECT_PACKAGES]
    for name in names:
        del modules[name]
    return names


def on_post_build(**kwargs: object) -> None:
    """After a successful build."""
    forget_project_modules(sys.modules)


def on_build_error(**kwargs: object) -> None:
    """After a failed build: the author's fix must be seen by the next one too."""
    forget_project_modules(sys.modules)
