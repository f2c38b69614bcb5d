"""A strict Content Security Policy for every page, and the inline scripts it would block moved out.

Each HTML page gets ``<meta http-equiv="Content-Security-Policy">`` right after its
``<meta charset>``. The policy allows scripts only from the site itself (plus WebAssembly
compilation, which Pyodide needs): no inline script, no ``eval``. Material's templates write a
few small inline scripts (the ``__md_get`` helpers, the palette restore, the tabbed-hash fix);
:func:`externalize` replaces each with a ``<script src>`` to a file named by its content hash, at
the same place in the page, so it still runs at the same moment. Data blocks such as
``<script type="application/json" id="__config">`` are never executed and stay as they are.

Styles stay ``'unsafe-inline'``: MathJax's formulas (typeset at build time) carry ``style``
attributes, and Material sets them at run time.
Must not import MkDocs: ``hooks.py`` calls these functions and writes the files.
"""

from __future__ import annotations

import hashlib
import re

INLINE_URL = "assets/site/inline"

POLICY = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self' 'wasm-unsafe-eval'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "connect-src 'self' data: blob:",
        "worker-src 'self' blob:",
        "child-src 'self' blob:",
        "frame-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'none'",
    )
)

META = f'<meta http-equiv="Content-Security-Policy" content="{POLICY}">'

# Script types a browser executes; anything else (JSON, templates) is data.
EXECUTABLE_TYPES = {"", "text/javascript", "application/javascript", "module", "text/ecmascript"}

_SCRIPT = re.compile(r"<script\b(?P<attrs>[^>]*)>(?P<body>.*?)</script\s*>", re.IGNORECASE | re.DOTALL)
_TYPE = re.compile(r"""\btype\s*=\s*["']?([^"'\s>]*)""", re.IGNORECASE)
_SRC = re.compile(r"\bsrc\s*=", re.IGNORECASE)
_CHARSET = re.compile(r"<meta\s+charset=[^>]*>", re.IGNORECASE)


class CspError(RuntimeError):
    """A page cannot be given the policy (e.g. it has no ``<meta charset>`` to put it after)."""


def is_executable(attrs: str) -> bool:
    """True when a ``<script>`` with these attributes would run as JavaScript."""
    match = _TYPE.search(attrs)
    return (match.group(1).lower() if match else "") in EXECUTABLE_TYPES


def inline_scripts(html: str) -> list[str]:
    """The bodies of the executable scripts written into ``html`` (not loaded by ``src``)."""
    return [
        m.group("body")
        for m in _SCRIPT.finditer(html)
        if not _SRC.search(m.group("attrs")) and is_executable(m.group("attrs")) and m.group("body").strip()
    ]


def script_name(body: str) -> str:
    """The file name an inline script gets: its content hash, so identical scripts share a file."""
    return hashlib.sha256(body.encode()).hexdigest()[:16] + ".js"


def externalize(html: str, prefix: str) -> tuple[str, dict[str, str]]:
    """Move every inline executable script of ``html`` into a file under :data:`INLINE_URL`.

    ``prefix`` is the page's way to the site root (``""``, ``"../"``, ``"/"``). Returns the new
    HTML and ``{file name: script}`` for the caller to write.
    """
    files: dict[str, str] = {}

    def replace(match: re.Match[str]) -> str:
        attrs, body = match.group("attrs"), match.group("body")
        if _SRC.search(attrs) or not is_executable(attrs) or not body.strip():
            return match.group(0)
        name = script_name(body)
        files[name] = body
        return f'<script{attrs} src="{prefix}{INLINE_URL}/{name}"></script>'

    return _SCRIPT.sub(replace, html), files


def add_policy(html: str) -> str:
    """Insert the policy's ``<meta>`` right after ``<meta charset>`` (before anything it governs)."""
    match = _CHARSET.search(html)
    if match is None:
        raise CspError("the page has no <meta charset> to put the Content-Security-Policy after")
    return html[: match.end()] + META + html[match.end() :]


def lock_down(html: str, prefix: str) -> tuple[str, dict[str, str]]:
    """:func:`externalize` the inline scripts, then :func:`add_policy`."""
    html, files = externalize(html, prefix)
    return add_policy(html), files
