"""The built site: a strict build passes, the lesson is complete, every asset is served locally."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup

from tests.conftest import SOURCE_LESSON, Build

LESSON_HTML = "lessons/01-math-foundations.html"
# Elements and attributes through which a page loads something (rather than links to it).
ASSET_ATTRIBUTES = {
    "script": "src",
    "img": "src",
    "source": "src",
    "iframe": "src",
    "audio": "src",
    "video": "src",
    "embed": "src",
    "object": "data",
}
LOADING_RELS = {
    "stylesheet",
    "icon",
    "preload",
    "modulepreload",
    "prefetch",
    "preconnect",
    "manifest",
    "apple-touch-icon",
    "dns-prefetch",
}
CSS_URL = re.compile(r"""(?:url\(\s*['"]?|@import\s+['"])([^'")\s]+)""")


def source_headings() -> list[str]:
    """Headings of the author's lesson text: the lines that end in the permalink mark ``#``."""
    lines = SOURCE_LESSON.read_text(encoding="utf-8").splitlines()
    return [line[:-2].strip() for line in lines if line.endswith(" #")]


def is_foreign(url: str) -> bool:
    """True when a URL names a host (or a protocol-relative host) instead of a local path."""
    parts = urlsplit(url.strip())
    return bool(parts.netloc) or parts.scheme in ("http", "https")


def loaded_urls(html: str) -> list[str]:
    """Every URL that the page itself loads: scripts, styles, icons, images, fonts, frames."""
    soup = BeautifulSoup(html, "html.parser")
    urls = [
        tag[attr] for name, attr in ASSET_ATTRIBUTES.items() for tag in soup.find_all(name) if tag.get(attr)
    ]
    for link in soup.find_all("link", href=True):
        if LOADING_RELS & set(link.get("rel") or []):
            urls.append(link["href"])
    for style in soup.find_all(style=True):
        urls += CSS_URL.findall(style["style"])
    for style in soup.find_all("style"):
        urls += CSS_URL.findall(style.get_text())
    return urls


def test_strict_build_passes(site_build: Build) -> None:
    """Assert ``mkdocs build --strict`` exits 0 without a warning."""
    assert site_build.returncode == 0, site_build.output
    assert "WARNING" not in site_build.output


@pytest.mark.parametrize("heading", source_headings())
def test_lesson_contains_every_source_heading(built_site: Path, heading: str) -> None:
    """Assert each heading of the author's text is a heading of the built lesson page."""
    soup = BeautifulSoup((built_site / LESSON_HTML).read_text(encoding="utf-8"), "html.parser")
    headings = {h.get_text().replace("¶", "").strip() for h in soup.select("article h2, article h3")}
    assert heading in headings


def test_source_has_the_headings_we_expect() -> None:
    """Assert the heading scan finds the lesson's sixteen sections (guards the test above)."""
    assert len(source_headings()) == 16


def test_no_page_loads_from_another_host(built_site: Path) -> None:
    """Assert no script, style, font, icon or image of any page points to another host."""
    offenders = []
    for page in built_site.rglob("*.html"):
        offenders += [
            (page.name, url) for url in loaded_urls(page.read_text(encoding="utf-8")) if is_foreign(url)
        ]
    assert offenders == []


def test_no_stylesheet_loads_from_another_host(built_site: Path) -> None:
    """Assert no ``url()`` or ``@import`` in the site's CSS points to another host."""
    offenders = []
    for sheet in built_site.rglob("*.css"):
        offenders += [
            (sheet.name, url) for url in CSS_URL.findall(sheet.read_text(encoding="utf-8")) if is_foreign(url)
        ]
    assert offenders == []


def test_foreign_url_detector_catches_a_cdn_script() -> None:
    """Assert the scan above does flag the kind of tag it exists to catch."""
    html = (
        '<script src="https://cdn.example/x.js"></script><link rel="stylesheet" href="//fonts.example/c.css">'
        '<a href="https://example.org">a plain link is fine</a><img src="assets/ok.png">'
    )
    assert [u for u in loaded_urls(html) if is_foreign(u)] == [
        "https://cdn.example/x.js",
        "//fonts.example/c.css",
    ]


def test_no_package_markdown_is_published(built_site: Path) -> None:
    """Assert vendored npm packages did not add their README or CONTRIBUTING pages to the site."""
    pages = sorted(p.relative_to(built_site).as_posix() for p in built_site.rglob("*.html"))
    assert pages == ["404.html", "authoring.html", "index.html", LESSON_HTML]
