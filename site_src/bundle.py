"""The Python that the page runs: ``py_runtime`` and ``demos`` packed into one zip at build time.

Every ``.py`` under the two packages goes in, sub-packages too (each demo is one,
``demos/<name>/``); the page unpacks the zip into a folder on ``sys.path``, so a package needs
no more than its files. The zip is deterministic (sorted names, fixed timestamps) so an
unchanged tree gives identical bytes and the browser's cache stays valid. Must not import MkDocs.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("py_runtime", "demos")
BUNDLE_URL = "assets/demos/python.zip"
_EPOCH = (2020, 1, 1, 0, 0, 0)


def python_sources(root: Path = ROOT) -> list[Path]:
    """Every ``.py`` file of the packages the page needs, in a stable order."""
    return sorted(
        p for package in PACKAGES for p in (root / package).rglob("*.py") if "__pycache__" not in p.parts
    )


def build_bundle(root: Path = ROOT) -> bytes:
    """The zip of the page's Python packages, with paths relative to ``root``."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path in python_sources(root):
            info = zipfile.ZipInfo(path.relative_to(root).as_posix(), date_time=_EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, path.read_bytes())
    return buffer.getvalue()
