"""What the Markdown fences need to know about the build in progress: page and sizes.

MkDocs does not tell a Markdown extension which page it is converting, so the hooks record it
here before each page; fences use it to name the file in errors and to number demo ids.
Must not import MkDocs.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class BuildContext:
    """The page being converted, its demos and exercises so far, and the Python download size."""

    page: str = "<unknown page>"
    demo_count: int = 0
    load_bytes: int = 0
    ids: set[str] = field(default_factory=set)
    demos_placed: set[str] = field(default_factory=set)
    demos_wanted: dict[str, str] = field(default_factory=dict)  # exercise id -> the demo it fills

    def start_page(self, page: str) -> None:
        """Reset the per-page counters before a page is converted."""
        self.page = page
        self.demo_count = 0
        self.ids = set()
        self.demos_placed = set()
        self.demos_wanted = {}

    def next_id(self, name: str) -> str:
        """A page-unique element id for the next demo called ``name`` (placed on this page)."""
        self.demo_count += 1
        self.demos_placed.add(name)
        return f"demo-{name.replace('_', '-')}-{self.demo_count}"

    def missing_demos(self) -> list[str]:
        """One sentence per exercise whose "Try it in the demo" names a demo this page does not have."""
        return [
            f"{self.page}: exercise fence '{exercise}': its demo '{demo}' is not on this page, so its "
            f'"Try it in the demo" button would fill nothing. Fix: place the demo on the page with a '
            f"```demo fence (demo: {demo}), or leave `demo:` out of the exercise."
            for exercise, demo in self.demos_wanted.items()
            if demo not in self.demos_placed
        ]


CONTEXT = BuildContext()
