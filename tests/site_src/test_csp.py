"""The CSP step of the build: which scripts move out, where they go, where the policy lands."""

from __future__ import annotations

import pytest

from site_src.csp import (
    INLINE_URL,
    META,
    CspError,
    add_policy,
    externalize,
    inline_scripts,
    lock_down,
    script_name,
)

PAGE = (
    '<html><head><meta charset="utf-8"><title>t</title>'
    "<script>var a = 1</script>"
    '<script src="x.js"></script>'
    '<script id="__config" type="application/json">{"base": "."}</script>'
    '<script type="text/javascript">\nvar b = "</p>"\n</script>'
    "</head><body><script></script></body></html>"
)


def test_inline_executable_scripts_are_found() -> None:
    """Assert only scripts that run and have no src count as inline (JSON data and empty ones do not)."""
    assert inline_scripts(PAGE) == ["var a = 1", '\nvar b = "</p>"\n']


def test_externalize_replaces_each_in_place() -> None:
    """Assert each inline script becomes a src to its content-hash file at the same spot; data stays."""
    html, files = externalize(PAGE, "../")
    a, b = script_name("var a = 1"), script_name('\nvar b = "</p>"\n')
    assert files == {a: "var a = 1", b: '\nvar b = "</p>"\n'}
    assert f'<title>t</title><script src="../{INLINE_URL}/{a}"></script><script src="x.js"></script>' in html
    assert f'<script type="text/javascript" src="../{INLINE_URL}/{b}"></script>' in html
    assert '<script id="__config" type="application/json">{"base": "."}</script>' in html
    assert inline_scripts(html) == []


def test_same_script_same_file() -> None:
    """Assert identical scripts share one file name and different ones do not."""
    assert script_name("x()") == script_name("x()") != script_name("y()")
    assert script_name("x()").endswith(".js")


def test_policy_goes_right_after_charset() -> None:
    """Assert the CSP meta follows <meta charset>, before any script it governs."""
    html, _ = lock_down(PAGE, "")
    assert html.startswith(f'<html><head><meta charset="utf-8">{META}<title>')
    assert "script-src 'self' 'wasm-unsafe-eval';" in META


def test_page_without_charset_fails() -> None:
    """Assert a page with nowhere safe to put the policy stops the build with a clear error."""
    with pytest.raises(CspError, match="meta charset"):
        add_policy("<html><head><title>t</title></head></html>")
