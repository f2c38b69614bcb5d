"""The vendored npm files: a clear error when they are not installed, and no Markdown published."""

from __future__ import annotations

from pathlib import Path

import pytest

from site_src.vendor import NODE_MODULES, VENDOR_URL, VENDORED, MissingPackageError, vendored_files


def test_missing_node_modules_says_how_to_fix_it(tmp_path: Path) -> None:
    """Assert an empty node_modules fails with the missing path and the command that installs it."""
    with pytest.raises(MissingPackageError) as caught:
        list(vendored_files(tmp_path / "node_modules"))
    message = str(caught.value)
    assert str(tmp_path / "node_modules") in message
    assert "npm ci" in message or "make setup" in message


# A package published as a whole folder, beside the real single files.
ENTRIES = (*VENDORED, ("somelib", "dist", "somelib"))


def fake_node_modules(root: Path) -> Path:
    """A node_modules with every path of ENTRIES, each folder also holding docs and source maps."""
    for package, inner, _ in ENTRIES:
        path = root / package / inner
        if "." in path.name:  # a file such as pyodide.mjs
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text("// code\n")
            continue
        (path / "deep").mkdir(parents=True, exist_ok=True)
        for name in ("part.js", "deep/more.js", "README.md", "deep/CHANGELOG.md", "part.js.map"):
            (path / name).write_text("x\n")
    return root


def test_folders_are_published_without_their_markdown(tmp_path: Path) -> None:
    """Assert a vendored folder's code is published and its Markdown and source maps are not."""
    urls = [url for _, url in vendored_files(fake_node_modules(tmp_path), ENTRIES)]
    assert f"{VENDOR_URL}/somelib/dist/part.js" in urls
    assert f"{VENDOR_URL}/somelib/dist/deep/more.js" in urls
    assert [u for u in urls if u.endswith((".md", ".map"))] == []


@pytest.mark.skipif(not NODE_MODULES.is_dir(), reason="npm packages not installed (make setup)")
def test_real_packages_publish_no_markdown() -> None:
    """Assert the installed npm packages give no .md file and the files Pyodide needs."""
    pairs = list(vendored_files())
    assert [str(source) for source, _ in pairs if source.suffix == ".md"] == []
    urls = {url for _, url in pairs}
    for name in (
        "pyodide.mjs",
        "pyodide.asm.mjs",
        "pyodide.asm.wasm",
        "python_stdlib.zip",
        "pyodide-lock.json",
    ):
        assert f"{VENDOR_URL}/pyodide/{name}" in urls
    assert all(source.is_file() for source, _ in pairs)
