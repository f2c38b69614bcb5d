"""Every built page carries the Content Security Policy and no script the policy would block."""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup

from site_src.csp import INLINE_URL, POLICY, is_executable

PAGES = ["index.html", "lessons/01-math-foundations.html", "authoring.html", "404.html"]


def html_pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def test_every_page_has_the_policy_first(built_site: Path) -> None:
    """Assert each page's first element after <meta charset> is the CSP meta tag, with the policy."""
    assert sorted(p.relative_to(built_site).as_posix() for p in html_pages(built_site)) == sorted(PAGES)
    for page in html_pages(built_site):
        head = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").head
        metas = head.find_all("meta")
        assert metas[0].get("charset") == "utf-8", page.name
        assert metas[1].get("http-equiv") == "Content-Security-Policy", page.name
        assert metas[1]["content"] == POLICY
    directives = dict(d.split(" ", 1) for d in POLICY.split("; "))
    assert directives["script-src"] == "'self' 'wasm-unsafe-eval'"  # no inline, no eval


def test_no_page_has_inline_script(built_site: Path) -> None:
    """Assert no page has an inline executable <script>, an on* handler or a javascript: URL."""
    for page in html_pages(built_site):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        inline = [
            s
            for s in soup.find_all("script")
            if not s.get("src") and is_executable(f'type="{s.get("type", "")}"')
        ]
        assert inline == [], page.name
        handlers = [
            (tag.name, a) for tag in soup.find_all(True) for a in tag.attrs if a.lower().startswith("on")
        ]
        assert handlers == [], page.name
        links = [
            tag for tag in soup.find_all(href=True) if tag["href"].strip().lower().startswith("javascript:")
        ]
        assert links == [], page.name


def test_moved_scripts_exist_and_are_referenced(built_site: Path) -> None:
    """Assert every script under assets/site/inline is referenced by a page and every reference exists."""
    written = {p.name for p in (built_site / INLINE_URL).glob("*.js")}
    referenced = set()
    for page in html_pages(built_site):
        for script in BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").find_all(
            "script", src=True
        ):
            if f"{INLINE_URL}/" in script["src"]:
                name = script["src"].rsplit("/", 1)[1]
                referenced.add(name)
                target = (
                    (page.parent / script["src"])
                    if not script["src"].startswith("/")
                    else built_site / script["src"][1:]
                )
                assert target.resolve().is_file(), (page.name, script["src"])
    assert referenced == written
    assert len(written) >= 3  # Material's scope helpers, palette restore and tabbed-hash fix
