"""What the Markdown fences need to know about the build in progress: page and sizes.

MkDocs does not tell a Markdown extension which page it is converting, so the hooks record it
here before each page; fences use it to name the file in errors and to number demo ids.
Must not import MkDocs.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class BuildContext:
    """The page being converted, how many demos it has so far, and the Python download size."""

    page: str = "<unknown page>"
    demo_count: int = 0
    load_bytes: int = 0
    ids: set[str] = field(default_factory=set)

    def start_page(self, page: str) -> None:
        """Reset the per-page counters before a page is converted."""
        self.page = page
        self.demo_count = 0
        self.ids = set()

    def next_id(self, name: str) -> str:
        """A page-unique element id for the next demo called ``name``."""
        self.demo_count += 1
        return f"demo-{name.replace('_', '-')}-{self.demo_count}"


CONTEXT = BuildContext()
