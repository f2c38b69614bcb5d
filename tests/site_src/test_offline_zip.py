"""The downloadable zip of the site: the note on top, every file of the site under one folder."""

from __future__ import annotations

import zipfile
from pathlib import Path

from site_src.offline_zip import FOLDER, NOTE_NAME, make_zip


def test_zip_holds_the_site_and_the_note(tmp_path: Path) -> None:
    """Assert the zip has the note saying to open index.html, and each site file under the folder."""
    site = tmp_path / "site"
    (site / "lessons").mkdir(parents=True)
    (site / "index.html").write_text("<h1>home</h1>")
    (site / "lessons" / "01.html").write_text("<h1>lesson</h1>")
    target = make_zip(site, tmp_path / "out" / "site.zip")
    with zipfile.ZipFile(target) as archive:
        names = sorted(archive.namelist())
        note = archive.read(NOTE_NAME).decode()
    assert names == sorted([NOTE_NAME, f"{FOLDER}/index.html", f"{FOLDER}/lessons/01.html"])
    assert f"{FOLDER}/index.html" in note
