"""MkDocs hooks: put the site's own front-end files and the vendored libraries into the build.

Listed in ``mkdocs.yml`` under ``hooks``. Keeps no state between builds (the MathJax process that
typesets the formulas lives for one build); every step is a small function in a module of its
own, called from here.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from site_src.build_context import CONTEXT
from site_src.bundle import BUNDLE_URL, STDLIB_NAME, build_bundle, build_stdlib
from site_src.csp import INLINE_URL, lock_down
from site_src.demo_docs import MARKER, options_markdown
from site_src.material_fixes import (
    add_color_scheme_meta,
    keep_code_tab_stops,
    name_search_dialog,
    quiet_palette,
)
from site_src.math_svg import CSS_URL, MathError, TexToSvg, typeset_page
from site_src.offline import offline_files
from site_src.palette import PALETTE_URL, palette_css
from site_src.scroll_regions import reachable_scrolling
from site_src.vendor import NODE_MODULES, VENDOR_URL, vendored_files

# What the page downloads before Python runs, for the loading indicator's "x of y MB".
PYTHON_DOWNLOADS = ("pyodide/pyodide.asm.wasm", "pyodide/python_stdlib.zip")

ASSETS = Path(__file__).resolve().parent / "assets"
SITE_ASSETS_URL = "assets"
# The page engine's client and start policy, from <head> of pages that use Python, before the
# stylesheets (which would hold them back): Python can then start while the page is parsed. The
# rest of the engine is listed in mkdocs.yml (extra_javascript).
HEAD_SCRIPTS = (f"{SITE_ASSETS_URL}/demos/client.js", f"{SITE_ASSETS_URL}/demos/policy.js")
# An element of a demo (site_src/demo_html.py) or of an exercise checked in Python (exercise_html.py).
_USES_PYTHON = re.compile(r'<[a-z]+\s[^>]*(?:class="nn-demo[\s"]|data-needs-python)')

_tex: TexToSvg | None = None


def tex_to_svg() -> TexToSvg:
    """This build's MathJax (``site_src/math_svg.py``); its Node process starts on first use."""
    global _tex  # noqa: PLW0603 - one per build, closed in on_post_build / on_build_error
    if _tex is None:
        _tex = TexToSvg()
    return _tex


def _close_tex() -> None:
    global _tex  # noqa: PLW0603 - the build's one MathJax process, set back to None once closed
    if _tex is not None:
        _tex.close()
        _tex = None


def _add(files: Files, config: MkDocsConfig, source: Path, url: str) -> None:
    """Publish ``source`` at ``url`` unless a docs file already claims that URL."""
    if files.get_file_from_path(url) is None:
        files.append(File.generated(config, url, abs_src_path=str(source)))


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Add ``site_src/assets/**`` and the vendored npm files to the site."""
    for source in sorted(ASSETS.rglob("*")):
        if source.is_file():
            _add(files, config, source, f"{SITE_ASSETS_URL}/{source.relative_to(ASSETS).as_posix()}")
    load_bytes = 0
    stdlib = build_stdlib()
    for source, url in vendored_files():
        if source.name == STDLIB_NAME:
            files.append(File.generated(config, url, content=stdlib))
        else:
            _add(files, config, source, url)
        if url.removeprefix(VENDOR_URL + "/") in PYTHON_DOWNLOADS:
            load_bytes += len(stdlib) if source.name == STDLIB_NAME else source.stat().st_size
    bundle = build_bundle()
    files.append(File.generated(config, BUNDLE_URL, content=bundle))
    files.append(File.generated(config, PALETTE_URL, content=palette_css()))
    files.append(File.generated(config, CSS_URL, content=tex_to_svg().css()))
    for url, content in offline_files(NODE_MODULES / "pyodide", bundle, stdlib).items():
        files.append(File.generated(config, url, content=content))
    CONTEXT.load_bytes = load_bytes + len(bundle)
    return files


def on_page_markdown(markdown: str, page: Page, **kwargs: object) -> str:
    """Tell the demo fence which page it is in, for its error messages and element ids."""
    CONTEXT.start_page(f"docs/{page.file.src_uri}")
    if MARKER in markdown:
        markdown = markdown.replace(MARKER, options_markdown())
    return markdown


def on_page_content(html: str, page: Page, **kwargs: object) -> str:
    """Fail the build when an exercise on the page fills a demo the page does not have."""
    missing = CONTEXT.missing_demos()
    if missing:
        raise PluginError(" ".join(missing))
    return html


def _finish(html: str, prefix: str, config: MkDocsConfig) -> str:
    """Fix Material's markup, move inline scripts to files and add the CSP (``site_src/csp.py``)."""
    html, scripts = lock_down(add_color_scheme_meta(name_search_dialog(html)), prefix)
    folder = Path(config.site_dir) / INLINE_URL
    for name, body in scripts.items():
        folder.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(body, encoding="utf-8")
    return html


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    """Add the engine's head scripts to pages that use Python, typeset the formulas, make the boxes
    that scroll sideways reachable from the keyboard, then lock the page down.

    The scripts and the inline scripts' files are reached relative to the page.
    """
    prefix = get_relative_url(".", page.url) + "/"
    if _USES_PYTHON.search(output):
        scripts = "".join(f'<script src="{prefix}{url}"></script>\n' for url in HEAD_SCRIPTS)
        output = output.replace('<link rel="stylesheet"', scripts + '<link rel="stylesheet"', 1)
    try:
        output = typeset_page(output, f"docs/{page.file.src_uri}", tex_to_svg())
    except MathError as error:  # the author's mistake: its message, without our traceback
        raise PluginError(str(error)) from None
    return _finish(reachable_scrolling(output), prefix, config)


def _patch_bundle(site: Path) -> None:
    """Let Material's palette reuse the page's colour-scheme meta, and its code blocks keep the tab
    stops of the build (``material_fixes.py``)."""
    (bundle,) = (site / "assets" / "javascripts").glob("bundle.*.min.js")
    text = bundle.read_text(encoding="utf-8")
    bundle.write_text(keep_code_tab_stops(quiet_palette(text)), encoding="utf-8")


def on_post_build(config: MkDocsConfig, **kwargs: object) -> None:
    """Stop this build's MathJax process; patch Material's bundle (its palette, its code blocks)."""
    _close_tex()
    _patch_bundle(Path(config.site_dir))


def on_build_error(**kwargs: object) -> None:
    """Stop this build's MathJax process after a failed build too."""
    _close_tex()


def on_post_template(output_content: str, template_name: str, config: MkDocsConfig) -> str:
    """Lock down 404.html too; like Material's own links in it, ours start at the site's root path."""
    if not template_name.endswith(".html"):
        return output_content
    root = urlsplit(config.site_url or "/").path
    return _finish(output_content, root if root.endswith("/") else root + "/", config)
