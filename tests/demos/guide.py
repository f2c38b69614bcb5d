"""CONTRIBUTING.md's code comes from the real source: find its includes, extract them, rewrite them.

An include is an HTML comment naming a file, or a file and a top-level name in it (a function, a
class, an assignment, or ``Class.method``), followed by a fenced code block:

    <!-- include demos/scale_vector/state.py:update -->
    ```python
    def update(...): ...
    ```

:func:`refresh` puts the current source into every such block; ``tests/demos/test_contributing.py``
fails while the guide differs from its refreshed self, and
``.venv/bin/python -m tests.demos.guide`` rewrites CONTRIBUTING.md after the code has changed.
"""

from __future__ import annotations

import ast
import re
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "CONTRIBUTING.md"
INCLUDE = re.compile(r"<!-- include (?P<ref>\S+) -->\n```(?P<lang>\w*)\n(?P<code>.*?)```\n", re.DOTALL)


def _node(tree: ast.Module, name: str) -> ast.stmt:
    """The top-level statement defining ``name`` (``Class.method`` looks inside the class)."""
    head, _, rest = name.partition(".")
    for node in tree.body:
        names = [node.name] if isinstance(node, ast.FunctionDef | ast.ClassDef) else []
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        if head in names:
            if not rest:
                return node
            if isinstance(node, ast.ClassDef):
                return _node(ast.Module(body=node.body, type_ignores=[]), rest)
    raise LookupError(name)


def extract(ref: str, root: Path = ROOT) -> str:
    """The source ``ref`` names (``path`` or ``path:name``), dedented, ending in one newline."""
    path, _, name = ref.partition(":")
    text = (root / path).read_text(encoding="utf-8")
    if not name:
        return text
    node = _node(ast.parse(text), name)
    decorators = getattr(node, "decorator_list", [])
    first = min([node.lineno, *(d.lineno for d in decorators)])
    lines = text.splitlines(keepends=True)[first - 1 : node.end_lineno]
    return textwrap.dedent("".join(lines))


def includes(guide: str) -> list[str]:
    """The references of every include in ``guide``, in order."""
    return [match["ref"] for match in INCLUDE.finditer(guide)]


def refresh(guide: str, root: Path = ROOT) -> str:
    """``guide`` with every included block replaced by the current source it names."""

    def current(match: re.Match[str]) -> str:
        return f"<!-- include {match['ref']} -->\n```{match['lang']}\n{extract(match['ref'], root)}```\n"

    return INCLUDE.sub(current, guide)


def main() -> int:
    """Rewrite CONTRIBUTING.md from the source; exit 1 with ``--check`` if it was out of date."""
    old = GUIDE.read_text(encoding="utf-8")
    new = refresh(old)
    if "--check" in sys.argv[1:]:
        return int(new != old)
    GUIDE.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
