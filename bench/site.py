"""The site under measurement: built into a temporary folder, served as a static host serves it.

``build`` runs ``mkdocs build --strict`` and times it; ``Server`` serves a folder on 127.0.0.1
with gzip on for the types static hosts (GitHub Pages, Netlify) compress: HTML, JS, CSS, JSON,
SVG and wasm (a reader's browser never sees the raw 338 KB lesson; measuring it raw makes the
page look slower than it is). It also writes down every file it sent, so a page's downloads can
be counted from the server's side (the worker's fetches included). ``add_floor`` copies the bare
Pyodide page of ``bench/floor/`` into the served folder.

    .venv/bin/python -m bench.site DIR [--port 8000]   # serve a built site the same way, by hand
"""

from __future__ import annotations

import argparse
import contextlib
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
# What a static host compresses (by file name ending); zip archives and images are sent as they are.
GZIP_SUFFIXES = (".html", ".js", ".mjs", ".css", ".json", ".svg", ".wasm", ".map", ".txt", ".xml")


def gzipped(data: bytes) -> bytes:
    """``data`` as a server with gzip on sends it: level 6, the usual default (nginx, Apache)."""
    return gzip.compress(data, compresslevel=6, mtime=0)


def build(dest: Path, config: Path | None = None) -> float:
    """``mkdocs build --strict`` of the project (or of ``config``) into ``dest``; returns the wall time
    in seconds."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONDONTWRITEBYTECODE": "1"}
    started = time.perf_counter()
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "--strict",
            "-q",
            "-d",
            str(dest),
            *(["-f", str(config)] if config else []),
        ],
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

    def __init__(self, site: Path, port: int = 0) -> None:
        self.site = site
        self.sent: list[str] = []
        self._lock = threading.Lock()
        self._gzip: dict[str, int] = {}
        self._compressed = _Compressed()
        handler = functools.partial(
            _Handler, directory=str(site), record=self._record, compressed=self._compressed
        )
        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/"

    def __enter__(self) -> Server:
        # Compressed before the first request, as a static host's files are: compressing the 9 MB
        # of wasm during the first load that asks for it made that load (the first floor, in
        # `make bench`) 300-900 ms slower than the others.
        self._compressed.warm(self.site)
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
            self._gzip[path] = len(gzipped(data))
        return Download(path, len(data), self._gzip[path])


class _Compressed:
    """Each compressible file's gzip bytes, made once per server (keyed by path and mtime)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._cache: dict[tuple[str, float], bytes] = {}

    def warm(self, folder: Path) -> None:
        """Compress every compressible file under ``folder`` now."""
        for file in sorted(folder.rglob("*")):
            if file.suffix in GZIP_SUFFIXES and file.is_file():
                self.get(file)

    def get(self, file: Path) -> bytes:
        key = (str(file), file.stat().st_mtime)
        with self._lock:
            if key not in self._cache:
                self._cache[key] = gzipped(file.read_bytes())
            return self._cache[key]


class _Handler(http.server.SimpleHTTPRequestHandler):
    """A static file server with gzip for the compressible types that reports each file it sent in full."""

    def __init__(
        self, *args: Any, record: Callable[[str], None], compressed: _Compressed, **kwargs: Any
    ) -> None:
        self._record_sent = record
        self._compressed = compressed
        super().__init__(*args, **kwargs)

    def do_GET(self) -> None:
        if not self._send_gzip():
            super().do_GET()
        if getattr(self, "_status", 0) == 200:
            self._record_sent(unquote(urlsplit(self.path).path).lstrip("/"))

    def _send_gzip(self) -> bool:
        """Send the file gzip-compressed when the client accepts it and a static host would; else False."""
        file = Path(self.translate_path(self.path))
        if file.is_dir() and urlsplit(self.path).path.endswith("/"):
            file = file / "index.html"
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepts and file.suffix in GZIP_SUFFIXES and file.is_file()):
            return False
        body = self._compressed.get(file)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(file)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        self.wfile.write(body)
        return True

    def send_response(self, code: int, message: str | None = None) -> None:
        self._status = code
        super().send_response(code, message)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib name
        pass


def main() -> None:
    parser = argparse.ArgumentParser(description="Serve a built site with gzip, as a static host does.")
    parser.add_argument("site", type=Path)
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args()
    with Server(args.site, args.port) as server:
        print(f"serving {args.site} at {server.url} (gzip on); Ctrl-C stops", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            threading.Event().wait()


if __name__ == "__main__":
    main()
