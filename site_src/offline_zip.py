"""``make offline``: the built site as one zip to download, with a note on how to open it.

Run as ``python -m site_src.offline_zip [SITE_DIR] [ZIP_PATH]`` after ``mkdocs build``.
Must not import MkDocs.
"""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

FOLDER = "nn-from-scratch"
NOTE_NAME = "OPEN-ME.txt"
NOTE = """Neural Networks from Scratch: the course site, for reading offline.

Open nn-from-scratch/index.html in your browser (double-click it). Everything works without a
network and without a server: the lessons, the math, the search and the live Python demos.
Python starts in your browser the first time a page with a demo opens; this takes a few seconds.

If a demo says that it could not start, the rest of the page still works and the figure shows
the demo's starting state.
"""


def make_zip(site: Path, target: Path) -> Path:
    """Write ``target``: the site under ``nn-from-scratch/`` and the note at the top."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(NOTE_NAME, NOTE)
        for path in sorted(site.rglob("*")):
            if path.is_file():
                archive.write(path, f"{FOLDER}/{path.relative_to(site).as_posix()}")
    return target


if __name__ == "__main__":
    site_dir = Path(sys.argv[1] if len(sys.argv) > 1 else "site")
    zip_path = Path(sys.argv[2] if len(sys.argv) > 2 else "dist/nn-from-scratch-offline.zip")
    made = make_zip(site_dir, zip_path)
    print(f"Wrote {made} ({made.stat().st_size / 1e6:.1f} MB): unzip it and open {FOLDER}/index.html")
