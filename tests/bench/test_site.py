"""The bench's static server: gzip as a static host sends it, compressed before the first request."""

from __future__ import annotations

import gzip
import urllib.request
from pathlib import Path

import pytest

from bench import site as bench_site
from bench.site import Server


def fetch(url: str, gzip_ok: bool = True) -> tuple[str | None, bytes]:
    headers = {"Accept-Encoding": "gzip"} if gzip_ok else {}
    request = urllib.request.Request(url, headers=headers)  # noqa: S310 - our own local server
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 - our own local server
        return response.headers.get("Content-Encoding"), response.read()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "vendor").mkdir()
    (tmp_path / "vendor" / "runtime.wasm").write_bytes(bytes(range(256)) * 400)
    (tmp_path / "index.html").write_text("<p>hello</p>" * 100, encoding="utf-8")
    (tmp_path / "python.zip").write_bytes(b"PK" + bytes(500))
    return tmp_path


def test_compressible_files_are_sent_gzipped_and_others_as_they_are(folder: Path) -> None:
    """Assert wasm and HTML arrive gzip-encoded and decode to the file, and a zip arrives as it is."""
    with Server(folder) as server:
        encoding, body = fetch(server.url + "vendor/runtime.wasm")
        assert encoding == "gzip"
        assert gzip.decompress(body) == (folder / "vendor" / "runtime.wasm").read_bytes()
        encoding, body = fetch(server.url)
        assert encoding == "gzip"
        assert gzip.decompress(body) == (folder / "index.html").read_bytes()
        assert fetch(server.url + "python.zip") == (None, (folder / "python.zip").read_bytes())
        assert fetch(server.url + "index.html", gzip_ok=False) == (None, (folder / "index.html").read_bytes())


def test_files_are_compressed_before_the_first_request(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Assert the first load that asks for a file does not wait for it to be compressed (as on a
    static host): once the server is up, nothing is compressed any more on request."""
    with Server(folder) as server:

        def no_compressing(data: bytes) -> bytes:
            raise AssertionError("compressed on request")

        monkeypatch.setattr(bench_site, "gzipped", no_compressing)
        encoding, body = fetch(server.url + "vendor/runtime.wasm")
    assert encoding == "gzip"
    assert gzip.decompress(body) == (folder / "vendor" / "runtime.wasm").read_bytes()
