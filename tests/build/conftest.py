"""Mark every test in this folder as a build test."""

from __future__ import annotations

import pytest


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark the tests of this folder ``build``: they run ``mkdocs build``."""
    for item in items:
        if "/tests/build/" in str(item.path):
            item.add_marker(pytest.mark.build)
