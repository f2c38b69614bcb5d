"""The Python that the page runs: ``py_runtime`` and ``demos`` packed into one zip at build time.

Every ``.py`` under the two packages goes in, sub-packages too (each demo is one,
``demos/<name>/``); the page puts the zip itself on ``sys.path`` (``zipimport``), so a package
needs no more than its files. Beside each source goes its bytecode, compiled by the page's own Python
(``site_src.bytecode``), so the page's worker imports without compiling. The zip is deterministic
(sorted names, fixed timestamps) so an unchanged tree gives identical bytes and the browser's cache
stays valid. Must not import MkDocs.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from site_src.bytecode import Compiled, compile_for_pyodide

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("py_runtime", "demos")
BUNDLE_URL = "assets/demos/python.zip"
STDLIB_NAME = "python_stdlib.zip"  # Pyodide's, replaced in the site by build_stdlib()
_EPOCH = (2020, 1, 1, 0, 0, 0)
# What the page's worker imports when Python starts (engine-core.js): the standard modules it needs
# are bytecode in the site's standard library (site_src.bytecode).
START_MODULE = "demos.browser"


def python_sources(root: Path = ROOT) -> list[Path]:
    """Every ``.py`` file of the packages the page needs, in a stable order."""
    return sorted(
        p for package in PACKAGES for p in (root / package).rglob("*.py") if "__pycache__" not in p.parts
    )


def _zip(entries: list[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in sorted(entries):
            info = zipfile.ZipInfo(name, date_time=_EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    return buffer.getvalue()


def _compiled(root: Path) -> tuple[list[tuple[str, bytes]], Compiled]:
    sources = [(path.relative_to(root).as_posix(), path.read_bytes()) for path in python_sources(root)]
    start = START_MODULE if (root / f"{START_MODULE.replace('.', '/')}.py").is_file() else ""
    return sources, compile_for_pyodide(_zip(sources), start)


def build_bundle(root: Path = ROOT) -> bytes:
    """The zip of the page's Python packages and their bytecode, with paths relative to ``root``."""
    sources, compiled = _compiled(root)
    with zipfile.ZipFile(io.BytesIO(compiled.bytecode)) as archive:
        bytecode = [(name, archive.read(name)) for name in archive.namelist()]
    return _zip(sources + bytecode)


def build_stdlib(root: Path = ROOT) -> bytes:
    """Pyodide's ``python_stdlib.zip`` as the site serves it: the modules that Pyodide's start and
    the worker's import of ``START_MODULE`` need are bytecode, the rest are sources."""
    return _compiled(root)[1].stdlib
