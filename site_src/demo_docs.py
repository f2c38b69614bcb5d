"""The authoring page's reference: every demo and its options, generated from the registry.

``docs/authoring.md`` holds the marker ``<!-- demo-options -->``; the hooks replace it with
these tables so the documentation cannot drift from the code. Must not import MkDocs.
"""

from __future__ import annotations

from demos.registry import DEMOS

MARKER = "<!-- demo-options -->"


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def options_markdown() -> str:
    """One section per demo: its title and an options table (option, type, default, meaning)."""
    parts = []
    for name in sorted(DEMOS):
        demo = DEMOS[name]
        rows = "\n".join(
            f"| `{o.name}` | {_cell(o.kind)} | `{o.default!r}` | {_cell(o.help)} |" for o in demo.options
        )
        parts.append(
            f"### `{name}`\n\n{demo.title}.\n\n| option | type | default | description |\n"
            f"| --- | --- | --- | --- |\n{rows}\n"
        )
    return "\n".join(parts)
