"""The Content Security Policy in force: every page, over http and from file://, with the demos live,
each demo answering an input and a search done, and not one violation reported."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from playwright.sync_api import ConsoleMessage, Page, expect

from tests.browser.conftest import PageLog
from tests.browser.live_page import PAGES, open_live
from tests.browser.test_offline import OfflineContext, changed, file_url, offline, poke  # noqa: F401 - fixture

# Collects the page's own reports of blocked content (installed before any page script runs).
REPORTS = """
window.__cspReports = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspReports.push(`${event.effectiveDirective} blocked ${event.blockedURI || "inline"}`
    + ` (${event.sourceFile || "?"}:${event.lineNumber})`);
}, true);
"""
CSP_WORDS = ("Content Security Policy", "Content-Security-Policy")
# Proves the policy and the listener are live: an inline script, as an attacker would inject it.
INJECT_INLINE = """() => {
  const script = document.createElement("script");
  script.textContent = "window.__inlineRan = true";
  document.body.append(script);
  return window.__inlineRan === true;
}"""


class CspLog:
    """Console lines about the policy, from the page and its frames."""

    def __init__(self, page: Page) -> None:
        self.console: list[str] = []
        page.on("console", self._on_console)

    def _on_console(self, message: ConsoleMessage) -> None:
        if any(word in message.text for word in CSP_WORDS):
            self.console.append(message.text)


def search(page: Page) -> None:
    """Use Material's search as a reader does (a worker over http, our iframe shim on file://)."""
    page.locator(".md-search__input").click()
    page.keyboard.type("chain rule")
    expect(page.locator(".md-search-result__item").first).to_contain_text("Chain Rule", timeout=15_000)


def visit(page: Page, paths: list[str], url_of: Callable[[str], str]) -> dict[str, list[str]]:
    """Open each page with its demos live, poke every demo, search from the home page; return the
    violations each page reported."""
    reports = {}
    for path in paths:
        open_live(page, url_of(path))
        expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).to_have_count(1)
        for figure in page.locator(".nn-demo").all():
            readouts = figure.locator("[data-readout]")
            before = readouts.all_inner_texts()
            poke(page, figure)
            assert changed(page, readouts, before), (path, figure.get_attribute("data-demo"))
        if path == "index.html":
            search(page)
        reports[path] = page.evaluate("window.__cspReports")
    return reports


def prove_policy_is_live(page: Page, log: CspLog) -> None:
    """Assert an injected inline script is refused, and both the event and the console say so."""
    assert page.evaluate(INJECT_INLINE) is False
    for _ in range(50):  # the violation event is queued as a task: give it a moment
        reports = page.evaluate("window.__cspReports")
        if reports and log.console:
            break
        page.wait_for_timeout(100)
    assert len(reports) == 1 and "script-src-elem blocked inline" in reports[0], reports
    assert log.console, "the refusal should also be logged"


def test_no_violation_over_http(page: Page, page_log: PageLog, site_url: str) -> None:
    """Assert no page served over http reports a CSP violation, demos live and search used."""
    page.add_init_script(REPORTS)
    log = CspLog(page)
    reports = visit(page, [*PAGES, "404.html"], lambda path: site_url + path)
    assert reports == {path: [] for path in reports}
    assert log.console == []
    prove_policy_is_live(page, log)
    page_log.errors = [e for e in page_log.errors if not any(w in e for w in CSP_WORDS)]  # the proof's own


def test_no_violation_from_disk(offline: OfflineContext, built_site: Path) -> None:  # noqa: F811
    """Assert the same from file://: Python on the main thread needs no eval, search no inline script."""
    offline.context.add_init_script(REPORTS)
    page = offline.new_page()
    log = CspLog(page)
    reports = visit(page, PAGES, lambda path: file_url(built_site, path))
    assert reports == {path: [] for path in reports}
    assert log.console == []
    assert offline.errors == []
    assert offline.left_the_disk() == []
    prove_policy_is_live(page, log)
