"""The page's Python compiled to bytecode at build time, by the Python the page runs.

The page's worker imports ``demos.browser`` and everything under it when Python starts; compiling
those sources there took 250–330 ms of the worker's start on the bench machine, about half of the
import. So the build compiles them with Pyodide itself (``bytecode.mjs``, in Node, which the build
already needs for the vendored npm files) into ``.pyc`` files beside the sources in the bundle
(``x.py`` and ``x.pyc``, the layout ``zipimport`` reads: the worker imports from the zip itself,
which saved the 35–45 ms that unpacking it into Pyodide's file system took). Pyodide's standard
library comes as sources only, so each module of it that Pyodide's own start or the worker's
imports (129 of them) was compiled in the page at every start: about 1.3 of the 1.9 s Pyodide took
to start in Node. The site serves Pyodide's standard library with those modules as bytecode
(``python_stdlib.zip`` replaced, ``site_src.bundle.build_stdlib``), 0.6 MB more to download. Compiling costs a
few seconds, so the result is kept in ``.cache/bytecode/`` under a key made of the sources, the
script and the Pyodide version: an unchanged tree costs nothing. Must not import MkDocs.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import NamedTuple

from site_src.vendor import NODE_MODULES, ROOT

SCRIPT = Path(__file__).with_name("bytecode.mjs")
PYODIDE = NODE_MODULES / "pyodide"
CACHE = ROOT / ".cache" / "bytecode"
# Where the worker puts the bundle and imports from (engine-core.js): the bytecode's tracebacks name
# files inside it.
BUNDLE_PATH = "/home/pyodide/course.zip"
KEEP = 8  # cached results kept; older ones are removed


class BytecodeError(RuntimeError):
    """The build could not compile the page's Python (no Node, no Pyodide, or a compile error)."""


def _pyodide_version() -> str:
    return str(json.loads((PYODIDE / "package.json").read_text(encoding="utf-8"))["version"])


class Compiled(NamedTuple):
    """What the build compiled: the bytecode of the page's packages, and the standard library."""

    bytecode: bytes  # a zip of one .pyc beside each source's path
    stdlib: bytes  # Pyodide's python_stdlib.zip, the modules its start imports as bytecode


def compile_for_pyodide(sources_zip: bytes, start_module: str = "") -> Compiled:
    """The ``.pyc`` files of the ``.py`` files in ``sources_zip``, compiled by the vendored
    Pyodide's Python, each at its source's path with a ``c`` added; and Pyodide's standard library
    with every module that Pyodide's start, and importing ``start_module`` (one of those sources,
    what the worker imports at start), import from it compiled the same way, in place of its
    source."""
    if not (PYODIDE / "pyodide.mjs").is_file():
        raise BytecodeError(f"{PYODIDE} is missing: run `make setup` (npm ci) first.")
    node = shutil.which("node")
    if node is None:
        raise BytecodeError("Node is not on PATH: the build compiles the page's Python with Pyodide in Node.")
    key = hashlib.sha256()
    for part in (
        _pyodide_version().encode(),
        SCRIPT.read_bytes(),
        BUNDLE_PATH.encode(),
        start_module.encode(),
        sources_zip,
    ):
        key.update(hashlib.sha256(part).digest())
    cached = CACHE / key.hexdigest()
    bytecode, stdlib = cached / "bytecode.zip", cached / "python_stdlib.zip"
    if not (bytecode.is_file() and stdlib.is_file()):
        CACHE.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=CACHE) as work:
            given, made = Path(work) / "sources.zip", Path(work) / "made"
            made.mkdir()
            given.write_bytes(sources_zip)
            proc = subprocess.run(  # noqa: S603 - our own script, no shell
                [
                    node,
                    str(SCRIPT),
                    str(PYODIDE),
                    BUNDLE_PATH,
                    str(given),
                    str(made / bytecode.name),
                    str(made / stdlib.name),
                    start_module,
                ],
                capture_output=True,
                text=True,
                check=False,
                timeout=300,
            )
            if proc.returncode != 0 or not (made / bytecode.name).is_file():
                raise BytecodeError(
                    f"compiling the page's Python with Pyodide failed:\n{proc.stderr[-3000:]}"
                )
            shutil.rmtree(cached, ignore_errors=True)
            made.replace(cached)
    for old in sorted(
        (p for p in CACHE.iterdir() if p.is_dir() and len(p.name) == 64), key=lambda p: p.stat().st_mtime
    )[:-KEEP]:
        shutil.rmtree(old, ignore_errors=True)
    return Compiled(bytecode.read_bytes(), stdlib.read_bytes())
