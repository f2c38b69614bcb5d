"""Which files of the npm packages are published with the site, and where.

Every front-end library is served from the built site itself (a page never requests another
host), so this module maps files under ``node_modules/`` to URLs under ``assets/vendor/``.
(MathJax is not among them: it typesets the formulas at build time, ``site_src/math_svg.py``.)
Only the files a page can load are listed: copying whole packages would also publish their
README and CONTRIBUTING Markdown as pages.

Must not import MkDocs: ``hooks.py`` turns these pairs into MkDocs files.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NODE_MODULES = ROOT / "node_modules"
VENDOR_URL = "assets/vendor"

# (package folder, path inside it, URL folder under assets/vendor). A path that is a folder is
# published with everything under it.
VENDORED: tuple[tuple[str, str, str], ...] = (
    # Pyodide: the runtime and the standard library, no package wheels.
    ("pyodide", "pyodide.mjs", "pyodide"),
    ("pyodide", "pyodide.js", "pyodide"),
    ("pyodide", "pyodide.asm.mjs", "pyodide"),
    ("pyodide", "pyodide.asm.wasm", "pyodide"),
    ("pyodide", "python_stdlib.zip", "pyodide"),
    ("pyodide", "pyodide-lock.json", "pyodide"),
)

SKIP_SUFFIXES = (".md", ".map", ".d.ts", ".d.mts", ".cjs")


class MissingPackageError(RuntimeError):
    """An npm package the site needs is not installed."""


def vendored_files(
    node_modules: Path = NODE_MODULES,
    entries: tuple[tuple[str, str, str], ...] = VENDORED,
) -> Iterator[tuple[Path, str]]:
    """Yield ``(file on disk, URL inside the site)`` for every vendored file of ``entries``."""
    for package, inner, target in entries:
        source = node_modules / package / inner
        if not source.exists():
            raise MissingPackageError(
                f"{source} is missing: the front-end packages are not installed. "
                "Run `make setup` (or `npm ci`) in the project folder."
            )
        if source.is_file():
            url = target if target.endswith(source.suffix) else f"{target}/{source.name}"
            yield source, f"{VENDOR_URL}/{url}"
            continue
        for path in sorted(source.rglob("*")):
            if path.is_file() and not path.name.endswith(SKIP_SUFFIXES):
                rel = path.relative_to(source.parent).as_posix()
                yield path, f"{VENDOR_URL}/{target}/{rel}"
