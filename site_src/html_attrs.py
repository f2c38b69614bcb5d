"""HTML attribute text from Python keyword arguments, shared by the demo and exercise fences.

Must not import MkDocs.
"""

from __future__ import annotations

from html import escape
from typing import Any


def html_attrs(**pairs: Any) -> str:
    """Attributes from keyword pairs: ``data_x`` → ``data-x``, ``class_`` → ``class``;
    True is a bare attribute; None and False are left out; values are escaped."""
    out = []
    for key, value in pairs.items():
        if value is None or value is False:
            continue
        name = key.rstrip("_").replace("_", "-")
        out.append(name if value is True else f'{name}="{escape(str(value), quote=True)}"')
    return " ".join(out)
