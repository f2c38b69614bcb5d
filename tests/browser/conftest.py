"""Browser fixtures: pytest-playwright on Debian's or Playwright's Chromium (tests/conftest.py picks it).

Every page a test opens records its console errors and its requests; a request to any host other
than the local server is aborted at once (there is no network here anyway) and fails the test.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import ConsoleMessage, Page, Request, Route

CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test in this folder as a browser test."""
    for item in items:
        if "/tests/browser/" in str(item.path):
            item.add_marker(pytest.mark.browser)


@dataclass
class PageLog:
    """What a page did: its requests, the ones to other hosts, console errors and page errors."""

    requests: list[str] = field(default_factory=list)
    foreign: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def assert_clean(self) -> None:
        """Fail when the page asked another host for anything or reported an error."""
        assert self.foreign == [], f"requests to other hosts: {self.foreign}"
        assert self.errors == [], f"console or page errors: {self.errors}"


def _is_local(url: str, base: str) -> bool:
    """True for the serving host itself and for in-page data: and blob: URLs."""
    parts = urlsplit(url)
    if parts.scheme in ("data", "blob", "about"):
        return True
    base_parts = urlsplit(base)
    if base_parts.scheme == "file":
        return parts.scheme == "file"
    return parts.scheme == base_parts.scheme and parts.netloc == base_parts.netloc


@pytest.fixture
def page_log(page: Page, site_url: str) -> Iterator[PageLog]:
    """Record the page's requests and errors, abort foreign requests, check both at the end."""
    log = PageLog()

    def on_route(route: Route) -> None:
        url = route.request.url
        if _is_local(url, site_url):
            route.continue_()
        else:
            log.foreign.append(url)
            route.abort()

    def on_request(request: Request) -> None:
        log.requests.append(request.url)

    def on_console(message: ConsoleMessage) -> None:
        if message.type == "error":
            log.errors.append(f"console: {message.text} ({message.location.get('url')})")

    page.context.route("**/*", on_route)
    page.on("request", on_request)
    page.on("console", on_console)
    page.on("pageerror", lambda exc: log.errors.append(f"page error: {exc}"))
    yield log
    log.assert_clean()
