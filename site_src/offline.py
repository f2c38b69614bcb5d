"""Files that let the built site start Python when it is opened from disk (``file://``).

Browsers refuse ``fetch``, module scripts and module workers on ``file://``, but still run
classic ``<script>`` tags. So the build writes (1) a classic-script copy of Pyodide's
``pyodide.asm.mjs`` and (2) the wasm, the standard library, our Python bundle and the lock
file as base64 inside classic scripts. ``assets/demos/engine-file.js`` loads them only when
``location.protocol`` is ``file:``; over http none of this is downloaded.
Must not import MkDocs.
"""

from __future__ import annotations

import base64
from pathlib import Path

OFFLINE_URL = "assets/demos/offline"
# The rewrite depends on the exact text of this Pyodide release; a new release that changes it
# fails the build here rather than in a reader's browser.
_META_URL = "import.meta.url"
_EXPORT = "export default _createPyodideModule;"


class OfflineRewriteError(RuntimeError):
    """``pyodide.asm.mjs`` no longer has the shape the classic-script rewrite expects."""


def classic_asm(module_source: str) -> str:
    """``pyodide.asm.mjs`` as a classic script that sets ``self._createPyodideModule``."""
    uses = module_source.count(_META_URL)
    if uses != 3 or module_source.count(_EXPORT) != 1:
        raise OfflineRewriteError(
            f"pyodide.asm.mjs has {uses} uses of import.meta.url (expected 3) or lost its default export: "
            "update site_src/offline.py for this Pyodide version."
        )
    body = module_source.replace(_META_URL, "__nnAsmURL").replace(
        _EXPORT, "self._createPyodideModule = _createPyodideModule;"
    )
    # The module's own URL, which it uses to find pyodide.asm.wasm beside it.
    prelude = (
        'var __nnAsmURL = new URL("../../vendor/pyodide/pyodide.asm.mjs", document.currentScript.src).href;\n'
    )
    return prelude + body


def embedded(name: str, data: bytes) -> str:
    """A classic script that files ``data`` under ``name`` for engine-file.js's fetch wrapper."""
    encoded = base64.b64encode(data).decode("ascii")
    return f'(self.__nnFiles = self.__nnFiles || {{}})["{name}"] = "{encoded}";\n'


def offline_files(pyodide_dir: Path, bundle: bytes, stdlib: bytes) -> dict[str, str]:
    """URL inside the site → content, for every file the ``file://`` engine loads (``stdlib``: the
    standard library as the site serves it, ``site_src.bundle.build_stdlib``)."""

    def read(name: str) -> bytes:
        return (pyodide_dir / name).read_bytes()

    return {
        f"{OFFLINE_URL}/pyodide-asm.js": classic_asm(
            (pyodide_dir / "pyodide.asm.mjs").read_text(encoding="utf-8")
        ),
        f"{OFFLINE_URL}/files-wasm.js": embedded("pyodide.asm.wasm", read("pyodide.asm.wasm")),
        f"{OFFLINE_URL}/files-stdlib.js": embedded("python_stdlib.zip", stdlib),
        f"{OFFLINE_URL}/files-lock.js": embedded("pyodide-lock.json", read("pyodide-lock.json")),
        f"{OFFLINE_URL}/files-bundle.js": embedded("python.zip", bundle),
    }
