"""The site under measurement: built into a temporary folder, served by a plain static server.

``build`` runs ``mkdocs build --strict`` and times it; ``Server`` serves a folder on 127.0.0.1
like ``tests/conftest.py`` does, and also writes down every file it sent, so a page's downloads
can be counted from the server's side (the worker's fetches included). ``add_floor`` copies the
bare Pyodide page of ``bench/floor/`` into the served folder.
"""

from __future__ import annotations

import functools
import gzip
import http.server
import os
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

ROOT = Path(__file__).resolve().parent.parent
FLOOR_SOURCE = Path(__file__).resolve().parent / "floor"
FLOOR_URL = "__bench__/floor.html"
# The Pyodide runtime as the page downloads it; everything else counts as "other".
PYODIDE_NAMES = ("pyodide.", "python_stdlib.zip")


def build(dest: Path) -> float:
    """``mkdocs build --strict`` of the project into ``dest``; returns the wall time in seconds."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONDONTWRITEBYTECODE": "1"}
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(dest)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,  # a failure exits below with mkdocs's own output
    )
    elapsed = time.perf_counter() - started
    if proc.returncode != 0:
        sys.exit(f"mkdocs build failed:\n{proc.stdout}{proc.stderr}")
    return elapsed


def add_floor(site: Path) -> None:
    """Put the floor page (bench/floor/*) into ``site`` at ``__bench__/``."""
    target = site / Path(FLOOR_URL).parent
    target.mkdir(exist_ok=True)
    for source in FLOOR_SOURCE.iterdir():
        shutil.copy2(source, target / source.name)


@dataclass(frozen=True)
class Download:
    """One file the server sent: its path in the site, its size and its size gzip-compressed."""

    path: str
    size: int
    gzip_size: int

    @property
    def is_pyodide(self) -> bool:
        return Path(self.path).name.startswith(PYODIDE_NAMES)


class Server:
    """Serves ``site`` on 127.0.0.1 (a free port) and records the files each page load fetched."""

    def __init__(self, site: Path) -> None:
        self.site = site
        self.sent: list[str] = []
        self._lock = threading.Lock()
        self._gzip: dict[str, int] = {}
        handler = functools.partial(_Handler, directory=str(site), record=self._record)
        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/"

    def __enter__(self) -> Server:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _record(self, path: str) -> None:
        with self._lock:
            self.sent.append(path)

    def take(self) -> list[Download]:
        """The files sent since the last call, each once, with their plain and gzip sizes."""
        with self._lock:
            paths, self.sent = list(dict.fromkeys(self.sent)), []
        return [self._download(p) for p in paths]

    def _download(self, path: str) -> Download:
        file = self.site / path
        if file.is_dir():
            file = file / "index.html"
        data = file.read_bytes()
        if path not in self._gzip:
            # What a server with gzip on would send: level 6, the usual default (nginx, Apache).
            self._gzip[path] = len(gzip.compress(data, compresslevel=6, mtime=0))
        return Download(path, len(data), self._gzip[path])


class _Handler(http.server.SimpleHTTPRequestHandler):
    """A plain static file server that reports each file it sent in full."""

    def __init__(self, *args: Any, record: Callable[[str], None], **kwargs: Any) -> None:
        self._record_sent = record
        super().__init__(*args, **kwargs)

    def do_GET(self) -> None:
        super().do_GET()
        if getattr(self, "_status", 0) == 200:
            self._record_sent(unquote(urlsplit(self.path).path).lstrip("/"))

    def send_response(self, code: int, message: str | None = None) -> None:
        self._status = code
        super().send_response(code, message)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib name
        pass
