"""Fixtures for the build-time code: Markdown converted with the site's real extension settings.

``--update-golden`` rewrites the expected HTML files in ``golden/`` from the current code instead
of comparing with them. Read every rewritten file before committing it: a golden file is only worth
what the person who checked it saw. The option is registered when pytest is pointed at this folder
(``pytest tests/site_src --update-golden``); from the project root it is unknown and ignored.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import markdown
import pytest
from mkdocs.utils.yaml import yaml_load

from site_src.build_context import CONTEXT
from tests.conftest import ROOT

# MkDocs always adds these before the ones mkdocs.yml lists (mkdocs.config.config_options).
MKDOCS_BUILTIN_EXTENSIONS = ("toc", "tables", "fenced_code")

# A fixed download size, so data-load-bytes does not change whenever Pyodide or the bundle does.
LOAD_BYTES = 12_345_678


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite tests/site_src/golden/*.html from the current code",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    """True when the run was asked to rewrite the golden files."""
    return bool(request.config.getoption("--update-golden", default=False))


def real_markdown() -> markdown.Markdown:
    """A Markdown converter with exactly the extensions and settings of ``mkdocs.yml``."""
    config = yaml_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    names: list[str] = list(MKDOCS_BUILTIN_EXTENSIONS)
    settings: dict[str, Any] = {}
    for entry in config["markdown_extensions"]:
        name, options = next(iter(entry.items())) if isinstance(entry, dict) else (entry, None)
        if name not in names:
            names.append(name)
        if options:
            settings[name] = options
    return markdown.Markdown(extensions=names, extension_configs=settings)


@pytest.fixture
def convert(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str, str], str]]:
    """``convert(page, text)``: the HTML of ``text`` as the build makes it for ``docs/<page>``.

    Sets the build context the way the hooks do before a page, and puts it back afterwards.
    """
    for name in ("page", "demo_count", "ids", "load_bytes"):
        monkeypatch.setattr(CONTEXT, name, getattr(CONTEXT, name))
    CONTEXT.load_bytes = LOAD_BYTES

    def run(page: str, text: str) -> str:
        CONTEXT.start_page(f"docs/{page}")
        return real_markdown().convert(text)

    yield run
