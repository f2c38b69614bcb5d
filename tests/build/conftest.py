"""Mark every test in this folder as a build test; build the pages that must build, once."""

from __future__ import annotations

import pytest

from tests.build import test_exec, test_exercise_pages, test_math
from tests.conftest import Build


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark the tests of this folder ``build``: they run ``mkdocs build``."""
    for item in items:
        if "/tests/build/" in str(item.path):
            item.add_marker(pytest.mark.build)


@pytest.fixture(scope="session")
def good_pages(tmp_path_factory: pytest.TempPathFactory) -> Build:
    """One site of every module's GOOD_PAGES (each test reads its own page): a build is a few seconds."""
    pages = {**test_exec.GOOD_PAGES, **test_math.GOOD_PAGES, **test_exercise_pages.GOOD_PAGES}
    return test_exec.build_pages(tmp_path_factory.mktemp("good-pages"), pages)
