"""MkDocs hooks: put the site's own front-end files and the vendored libraries into the build.

Listed in ``mkdocs.yml`` under ``hooks``. Keeps no state between builds; every step is a small
function in a module of its own, called from here.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

from site_src.vendor import vendored_files

ASSETS = Path(__file__).resolve().parent / "assets"
SITE_ASSETS_URL = "assets"


def _add(files: Files, config: MkDocsConfig, source: Path, url: str) -> None:
    """Publish ``source`` at ``url`` unless a docs file already claims that URL."""
    if files.get_file_from_path(url) is None:
        files.append(File.generated(config, url, abs_src_path=str(source)))


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Add ``site_src/assets/**`` and the vendored npm files to the site."""
    for source in sorted(ASSETS.rglob("*")):
        if source.is_file():
            _add(files, config, source, f"{SITE_ASSETS_URL}/{source.relative_to(ASSETS).as_posix()}")
    for source, url in vendored_files():
        _add(files, config, source, url)
    return files
