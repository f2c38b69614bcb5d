"""Run the lessons' ```python exec="on" blocks at build time and show what they print.

An MkDocs hook (listed under ``hooks`` in ``mkdocs.yml``). markdown-exec runs the code; this
module decides how a block looks and which blocks share state:

- the code is highlighted by the page's own highlighter, so it looks (and is numbered) exactly
  like a plain ```python block, copy button included;
- what the block prints follows in a text block titled "Output"; a block that prints nothing
  gets no output box at all;
- every block of a page runs in one session, fresh for each page and each build; when a build ends
  (or fails) its sessions are freed, so ``mkdocs serve`` holds no Python state of earlier builds
  (markdown-exec itself keeps every session's globals for the life of the process);
- when a block raises, markdown-exec's warning (code and traceback) is prefixed with the page,
  so ``mkdocs build --strict`` fails and says where.

The fence is registered in ``on_config`` rather than in ``mkdocs.yml``: MkDocs imports a hook
file as a module of its own, and registering here keeps the fence and the page it reads in one
module. Keeps one build's state in ``_BUILD``; must not import ``site_src.hooks`` or the demos.
"""

from __future__ import annotations

import logging
import re
import sys
from dataclasses import dataclass, field
from time import perf_counter
from typing import Any

import markdown_exec
from markdown import Markdown
from markdown_exec._internal.formatters import python as exec_state
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page
from pymdownx.superfences import SuperFencesException

# markdown-exec options that would change how a block looks or which blocks share state,
# both of which this module owns; an author who sets one gets an error instead of silence.
OWNED_OPTIONS = frozenset({"source", "result", "html", "tabs", "session", "updatetoc", "idprefix"})
OUTPUT_TITLE = "Output"

_log = logging.getLogger("mkdocs.plugins.exec_blocks")


@dataclass
class _Build:
    """The build in progress: the page, the blocks run so far, the code blocks markdown-exec named."""

    page: str = "<unknown page>"
    failures: int = 0
    blocks: int = 0
    pages: set[str] = field(default_factory=set)
    code_blocks: set[str] = field(default_factory=set)
    seconds: float = 0.0

    @property
    def session(self) -> str:
        """The markdown-exec session of the current page (freed when the build ends)."""
        return self.page


def _free_sessions(build: _Build) -> None:
    """Drop what markdown-exec keeps for ``build``'s sessions, so the lesson's objects can be freed.

    markdown-exec 1.12.6 (pinned) keeps, per session, its globals and a block counter, and per code
    block its source lines and an empty module in ``sys.modules`` named after the block; it never
    lets go of any of them. tests/build/test_rebuilds.py fails if a new version keeps them elsewhere.
    """
    for session in build.pages:
        exec_state._sessions_globals.pop(session, None)
        exec_state._sessions_counter.pop(session, None)
    for block in build.code_blocks:
        exec_state._code_blocks.pop(block, None)
        sys.modules.pop(re.sub(r"[^a-zA-Z\d]+", "_", block), None)  # markdown-exec's module name
    build.pages.clear()
    build.code_blocks.clear()


_BUILD = _Build()


class _PageLogger(logging.LoggerAdapter[logging.Logger]):
    """markdown-exec's logger, plus the page its messages leave out and a count of failed blocks."""

    def process(self, msg: Any, kwargs: Any) -> tuple[str, Any]:
        return f"markdown_exec: Doc file '{_BUILD.page}': {msg}", kwargs

    def log(self, level: int, msg: Any, *args: Any, **kwargs: Any) -> None:
        # markdown-exec reports a failed block only by this warning; the formatter reads the count.
        if level >= logging.WARNING:
            _BUILD.failures += 1
        super().log(level, msg, *args, **kwargs)


def _page_logger(name: str) -> _PageLogger:
    return _PageLogger(logging.getLogger(f"mkdocs.plugins.{name}"), {})


def validator(
    language: str, inputs: dict[str, str], options: dict[str, Any], attrs: dict[str, Any], md: Markdown
) -> bool:
    """Accept a fence with ``exec="on"``; leave any other ```python fence to plain highlighting."""
    owned = sorted(OWNED_OPTIONS & inputs.keys())
    if not markdown_exec.validator(language, inputs, options, attrs, md):
        return False
    if owned:
        raise SuperFencesException(
            f"{_BUILD.page}: python exec block: option {', '.join(owned)} is not supported here. Fix: remove "
            "it; every block shows its code then what it prints, and the blocks of a page share one session."
        )
    return True


def _highlight(md: Markdown, code: str, language: str, options: dict[str, str], **kwargs: Any) -> str:
    # The page's own highlighter, not a nested Markdown: line anchors keep counting, ids stay unique.
    fences = md.preprocessors["fenced_code_block"]
    return str(fences.highlight(src=code, language=language, options=dict(options), md=md, **kwargs))


def formatter(
    src: str, language: str, class_name: str, options: dict[str, Any], md: Markdown, **kwargs: Any
) -> str:
    """The block's highlighted code, then what it printed (if anything) in an "Output" block."""
    shown = _highlight(md, src, language, options["extra"], **kwargs)
    failures = _BUILD.failures
    started = perf_counter()
    before = set(exec_state._code_blocks)
    # html=True makes markdown-exec hand back the printed text untouched; we highlight it ourselves.
    printed = markdown_exec.formatter(
        src, language, class_name, {**options, "session": _BUILD.session, "html": True}, md
    )
    _BUILD.seconds += perf_counter() - started
    _BUILD.blocks += 1
    _BUILD.pages.add(_BUILD.session)
    _BUILD.code_blocks |= exec_state._code_blocks.keys() - before
    if _BUILD.failures > failures:
        # Already HTML: markdown-exec rendered the traceback (the build fails on its warning).
        return f'{shown}<div class="exec-output exec-output--error">{printed}</div>'
    if not printed:
        return shown
    output = _highlight(md, str(printed), "text", {"title": OUTPUT_TITLE}, classes=[], id_value="", attrs={})
    return f'{shown}<div class="exec-output">{output}</div>'


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Register the python fence and put the page into markdown-exec's messages."""
    superfences = config.mdx_configs.setdefault("pymdownx.superfences", {})
    superfences.setdefault("custom_fences", []).append(
        {"name": "python", "class": "python", "validator": validator, "format": formatter}
    )
    markdown_exec.patch_loggers(_page_logger)
    return config


def on_pre_build(config: MkDocsConfig) -> None:
    """Start a new build with fresh sessions (an interrupted build may not have freed its own)."""
    global _BUILD  # noqa: PLW0603 - one build's state, replaced whole so nothing carries over
    _free_sessions(_BUILD)
    _BUILD = _Build()


def on_page_markdown(markdown: str, page: Page, **kwargs: Any) -> str:
    """Remember the page about to be converted: it names the session and the errors."""
    _BUILD.page = page.file.src_uri
    return markdown


def on_post_build(config: MkDocsConfig) -> None:
    """Print what running the blocks cost this build, then free its sessions."""
    _log.info(
        "exec_blocks: running %d Python block(s) on %d page(s) took %.2f seconds",
        _BUILD.blocks,
        len(_BUILD.pages),
        _BUILD.seconds,
    )
    _free_sessions(_BUILD)


def on_build_error(error: Exception) -> None:
    """A failed build frees its sessions too: an author fixing a block may rebuild many times."""
    _free_sessions(_BUILD)
