"""Python blocks run at build time: the output shown is computed, and a failing block fails the build.

The real lesson is checked in the site built once per run; the other cases build a throwaway
project in ``tmp_path`` that inherits the real ``mkdocs.yml``, so they test the real settings.
"""

from __future__ import annotations

import math
import re
from pathlib import Path

import yaml
from bs4 import BeautifulSoup
from mkdocs.utils.yaml import yaml_load

from tests.conftest import ROOT, Build, build_site

LESSON_HTML = "lessons/01-math-foundations.html"
NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:e-?\d+)?")


def outputs(html: str) -> list[str]:
    """The text of every "Output" block of a page, without its title."""
    soup = BeautifulSoup(html, "html.parser")
    return [box.select_one("pre").get_text() for box in soup.select("div.exec-output")]


def build_pages(project: Path, pages: dict[str, str]) -> Build:
    """Build ``pages`` (file name -> Markdown) as a site that inherits the real configuration."""
    docs = project / "docs"
    docs.mkdir(exist_ok=True)
    for name, text in pages.items():
        (docs / name).write_text(text, encoding="utf-8")
    real = yaml_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    config = {
        "INHERIT": str(ROOT / "mkdocs.yml"),
        "docs_dir": "docs",
        "nav": list(pages),
        # Paths in an inheriting config are relative to it: point hooks at the real files.
        "hooks": [str(ROOT / hook) for hook in real["hooks"]],
        "watch": [],
    }
    (project / "mkdocs.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    return build_site(project / "site", project / "mkdocs.yml")


def page_html(build: Build, name: str) -> str:
    """The built HTML of page ``name`` (a ``.md`` file name)."""
    assert build.returncode == 0, build.output
    return (build.site / name.replace(".md", ".html")).read_text(encoding="utf-8")


def test_lesson_shows_the_neuron_output(built_site: Path) -> None:
    """Assert the lesson's neuron block shows the value it computes, and nothing else shows output."""
    shown = outputs((built_site / LESSON_HTML).read_text(encoding="utf-8"))
    # The first two blocks print nothing, so they get no output box at all.
    assert len(shown) == 1
    expected = 1 / (1 + math.exp(-(0.3 * 0.5 - 0.5 * 1.2 + 0.9 * (-0.8) + 0.1)))
    assert math.isclose(float(NUMBER.fullmatch(shown[0].strip()).group()), expected, rel_tol=1e-12)


def test_lesson_code_is_still_highlighted(built_site: Path) -> None:
    """Assert each of the lesson's three Python blocks is a highlighted code block, as before."""
    soup = BeautifulSoup((built_site / LESSON_HTML).read_text(encoding="utf-8"), "html.parser")
    blocks = soup.select("article div.language-python.highlight pre code")
    assert len(blocks) == 3
    assert all(block.select("span.kn, span.n") for block in blocks)


def test_changing_a_snippet_changes_its_output(tmp_path: Path) -> None:
    """Assert the output shown follows the code: 6*7 shows 42, then 6*8 shows 48."""
    block = '# Page\n\n```python exec="on"\nprint(6*{})\n```\n'
    first = build_pages(tmp_path, {"index.md": block.format(7)})
    assert [text.strip() for text in outputs(page_html(first, "index.md"))] == ["42"]
    second = build_pages(tmp_path, {"index.md": block.format(8)})
    assert [text.strip() for text in outputs(page_html(second, "index.md"))] == ["48"]


# Pages that must build: tests/build/conftest.py builds them with the other modules' in one site.
GOOD_PAGES = {
    "shared-session.md": (
        '# Page\n\n```python exec="on"\nn = 20\n```\n\nText.\n\n```python exec="on"\nprint(n + 1)\n```\n'
    ),
    "fragment.md": '# Page\n\n```python\nprint("fragment ran")\nundefined_name()\n```\n',
}


def test_blocks_of_a_page_share_one_session(good_pages: Build) -> None:
    """Assert a block sees the names that earlier blocks of its page defined."""
    assert [text.strip() for text in outputs(page_html(good_pages, "shared-session.md"))] == ["21"]


def test_pages_do_not_share_a_session(tmp_path: Path) -> None:
    """Assert a block cannot see a name defined on another page: each page starts fresh."""
    build = build_pages(
        tmp_path,
        {
            "index.md": '# One\n\n```python exec="on"\nonly_here = 1\n```\n',
            "other.md": '# Two\n\n```python exec="on"\nprint(only_here)\n```\n',
        },
    )
    assert build.returncode != 0
    assert "Doc file 'other.md'" in build.output
    assert "NameError: name 'only_here' is not defined" in build.output


def test_a_raising_snippet_fails_the_build(tmp_path: Path) -> None:
    """Assert an exception fails the strict build, naming the page, the block's code and the traceback."""
    page = '# Page\n\n```python exec="on"\nsetup = 1\nraise ValueError("snippet broke on purpose")\n```\n'
    build = build_pages(tmp_path, {"broken.md": page})
    assert build.returncode != 0
    assert "Doc file 'broken.md'" in build.output
    assert "Traceback" in build.output
    assert 'raise ValueError("snippet broke on purpose")' in build.output
    assert "ValueError: snippet broke on purpose" in build.output


def test_a_fragment_is_shown_but_not_run(good_pages: Build) -> None:
    """Assert a plain ```python block is highlighted but never run: no output, and its error is harmless."""
    html = page_html(good_pages, "fragment.md")
    soup = BeautifulSoup(html, "html.parser")
    code = soup.select_one("article div.language-python.highlight pre code")
    assert code is not None and "undefined_name()" in code.get_text()
    assert outputs(html) == []


def test_presentation_options_are_refused(tmp_path: Path) -> None:
    """Assert an option that the site decides itself (here ``session``) fails the build with the fix."""
    page = '# Page\n\n```python exec="on" session="mine"\nx = 1\n```\n'
    build = build_pages(tmp_path, {"index.md": page})
    assert build.returncode != 0
    assert "index.md: python exec block: option session is not supported here" in build.output
