"""The Python bundle the page downloads: exactly the packages' sources, byte-for-byte reproducible."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from demos.registry import DEMOS
from site_src.bundle import BUNDLE_URL, START_MODULE, build_bundle, build_stdlib
from site_src.bytecode import BUNDLE_PATH
from tests.conftest import ROOT

STDLIB = ROOT / "node_modules" / "pyodide" / "python_stdlib.zip"


def names_in(bundle: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(bundle)) as archive:
        return archive.namelist()


def sources_on_disk(root: Path, packages: tuple[str, ...] = ("py_runtime", "demos")) -> set[str]:
    """Every .py file under the packages, found with os.walk, caches left out."""
    found = set()
    for package in packages:
        for folder, dirs, files in os.walk(root / package):
            dirs[:] = [d for d in dirs if d != "__pycache__"]
            found |= {(Path(folder) / f).relative_to(root).as_posix() for f in files if f.endswith(".py")}
    return found


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def bytecode_of(source: str) -> str:
    """Where the bundle keeps the bytecode of ``source`` for the page's Python: beside it, where
    zipimport looks."""
    return f"{source}c"


def sources_in(bundle: bytes) -> list[str]:
    return [name for name in names_in(bundle) if name.endswith(".py")]


def test_bundle_holds_every_source_of_both_packages() -> None:
    """Assert the bundle holds each .py of py_runtime and demos and, beside each, its bytecode for
    the page's Python, and nothing else."""
    names = names_in(build_bundle())
    assert len(names) == len(set(names))
    assert set(sources_in(build_bundle())) == sources_on_disk(ROOT)
    assert set(names) == sources_on_disk(ROOT) | {bytecode_of(name) for name in sources_on_disk(ROOT)}
    assert {"py_runtime/__init__.py", "demos/__init__.py", "demos/registry.py", "demos/browser.py"} <= set(
        names
    )
    # Each demo is a package: Pyodide imports it from the zip's folders, so all three files must travel.
    for demo in DEMOS:
        assert {f"demos/{demo}/{part}.py" for part in ("__init__", "state", "picture")} <= set(names), demo


def test_bundle_leaves_out_caches_tests_and_other_files(tmp_path: Path) -> None:
    """Assert compiled caches, non-Python files and folders outside the two packages stay out."""
    for name in ("py_runtime/__init__.py", "py_runtime/sub/core.py", "demos/__init__.py", "demos/one.py"):
        write(tmp_path / name, "X = 1\n")
    write(tmp_path / "py_runtime/__pycache__/core.cpython-311.pyc", "not python")
    write(tmp_path / "py_runtime/__pycache__/stray.py", "X = 2\n")
    write(tmp_path / "demos/notes.md", "# notes\n")
    write(tmp_path / "demos/data.json", "{}\n")
    write(tmp_path / "tests/test_one.py", "def test(): pass\n")
    write(tmp_path / "site_src/hooks.py", "X = 3\n")
    sources = ["demos/__init__.py", "demos/one.py", "py_runtime/__init__.py", "py_runtime/sub/core.py"]
    assert sorted(names_in(build_bundle(tmp_path))) == sorted(sources + [bytecode_of(n) for n in sources])


def test_bundle_bytes_do_not_depend_on_file_times(tmp_path: Path) -> None:
    """Assert a copy of the sources with other modification times gives the very same bytes."""
    for package in ("py_runtime", "demos"):
        shutil.copytree(ROOT / package, tmp_path / package, ignore=shutil.ignore_patterns("__pycache__"))
    for index, path in enumerate(sorted(tmp_path.rglob("*.py"))):
        os.utime(path, (1_000_000_000 + index * 7919, 1_000_000_000 + index * 7919))
    first = build_bundle()
    assert build_bundle(tmp_path) == first
    assert build_bundle() == first


def test_bundle_imports_alone_in_a_fresh_python(tmp_path: Path) -> None:
    """Assert demos.registry imports from the unpacked bundle with no site-packages and no project."""
    with zipfile.ZipFile(io.BytesIO(build_bundle())) as archive:
        archive.extractall(
            tmp_path / "unpacked", members=[n for n in archive.namelist() if n.endswith(".py")]
        )
    probe = (
        "import sys\n"
        f"sys.path.insert(0, {str(tmp_path / 'unpacked')!r})\n"
        "import demos.registry, demos.browser\n"
        f"assert demos.registry.__file__.startswith({str(tmp_path)!r}), demos.registry.__file__\n"
        "for name in demos.registry.names():\n"
        "    for part in ('', '.state', '.picture'):\n"
        "        module = sys.modules['demos.' + name + part]\n"
        f"        assert module.__file__.startswith({str(tmp_path)!r}), name + part\n"
        "assert not {'yaml', 'numpy', 'site_src', 'js', 'pyodide'} & set(sys.modules), sorted(sys.modules)\n"
        "print(' '.join(demos.registry.names()))\n"
    )
    # -I: no PYTHONPATH, no user site, not the working folder; -S: no site-packages either.
    proc = subprocess.run(
        [sys.executable, "-I", "-S", "-c", probe], cwd=tmp_path, capture_output=True, text=True, check=False
    )  # not check=True: the assertion below shows the probe's own message
    assert proc.returncode == 0, proc.stderr
    assert "scale_vector" in proc.stdout.split()


@pytest.mark.build
def test_site_publishes_this_bundle(built_site: Path) -> None:
    """Assert the built site serves the same bundle at the URL the page fetches."""
    assert (built_site / BUNDLE_URL).read_bytes() == build_bundle()


# Run in the vendored Pyodide (Node): put the bundle where the page's worker does and import from
# it as the worker does; count the sources Python compiles while importing what the worker imports,
# check every module came from the bundle's bytecode, and list what the worker's start imports.
IMPORT_PROBE = """
import { readFileSync } from "node:fs";
const [pyodideDir, bundle, bundlePath, stdlib] = process.argv.slice(2);
const { loadPyodide } = await import(pyodideDir + "/pyodide.mjs");
const pyodide = await loadPyodide({ indexURL: pyodideDir + "/", stdLibURL: stdlib });
pyodide.FS.writeFile(bundlePath, new Uint8Array(readFileSync(bundle)));
pyodide.globals.set("bundle_path", bundlePath);
console.log(pyodide.runPython(`
import json, sys, zipimport
def standard_sources():
    stdlib = next(p for p in sys.path if p.endswith(".zip"))
    specs = (getattr(m, "__spec__", None) for m in list(sys.modules.values()))
    origins = (getattr(s, "origin", None) or "" for s in specs)
    return sorted(o for o in origins if o.startswith(stdlib + "/") and o.endswith(".py"))
at_boot = standard_sources()
compiled = []
to_code = zipimport._compile_source
def counting(path, source):
    compiled.append(path)
    return to_code(path, source)
zipimport._compile_source = counting
before = set(sys.modules)
sys.path.insert(0, bundle_path)
import demos.browser
at_start = sorted(set(sys.modules) - before)
import demos.registry
for name in demos.registry.names():
    __import__("demos." + name)
ours = sorted(n for n, m in sys.modules.items() if n.split(".")[0] in ("demos", "py_runtime"))
json.dumps({"compiled": compiled, "modules": ours, "at_start": at_start, "at_boot": at_boot,
            "files": sorted({sys.modules[n].__file__ for n in ours}),
            "code_files": sorted({sys.modules[n].__spec__.loader.get_code(n).co_filename for n in ours})})
`));
"""


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """What the vendored Pyodide compiled and imported, importing the bundle as the worker does."""
    folder = tmp_path_factory.mktemp("import")
    bundle = folder / "python.zip"
    bundle.write_bytes(build_bundle())
    stdlib = folder / "python_stdlib.zip"
    stdlib.write_bytes(build_stdlib())
    probe = folder / "probe.mjs"
    probe.write_text(IMPORT_PROBE, encoding="utf-8")
    proc = subprocess.run(
        ["node", str(probe), str(ROOT / "node_modules" / "pyodide"), str(bundle), BUNDLE_PATH, str(stdlib)],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]  # Node prints the whole minified line first
    found: dict[str, list[str]] = json.loads(proc.stdout.strip().splitlines()[-1])
    return found


def test_the_pages_python_imports_the_bundle_without_compiling(imported: dict[str, list[str]]) -> None:
    """Assert the vendored Pyodide, with the standard library the site serves and the bundle where
    the page's worker puts it, starts and imports every
    demo from the zip without compiling a single source, of ours or of the standard library's (the
    bytecode is the page's Python's own), each module is the bundle's, and its code names its file
    in the bundle (for tracebacks)."""
    assert imported["at_boot"] == []  # Pyodide's own start loaded bytecode only
    assert imported["compiled"] == []
    assert {f"demos.{name}" for name in DEMOS} <= set(imported["modules"])
    assert all(path.startswith(BUNDLE_PATH + "/") for path in imported["files"]), imported["files"]
    assert all(path.endswith(".pyc") for path in imported["files"]), imported["files"]
    sources = {path.removesuffix("c") for path in imported["files"]}
    assert set(imported["code_files"]) == sources


def test_the_workers_start_imports_no_build_time_module(imported: dict[str, list[str]]) -> None:
    """Assert starting the page's Python does not import what only the build uses: the SVG
    backend and the standard modules it needs (``html``'s table of entities alone took the worker
    about 40 ms)."""
    assert "demos.browser" in imported["at_start"]
    assert not {"py_runtime.draw.svg", "html", "html.entities", "hashlib"} & set(imported["at_start"])


def test_the_worker_imports_the_bundle_as_it_was_built_for() -> None:
    """Assert engine-core.js writes the bundle at the path the build compiled the bytecode for,
    and starts with the module whose standard imports the build compiled."""
    engine = (ROOT / "site_src" / "assets" / "demos" / "engine-core.js").read_text(encoding="utf-8")
    assert f'const BUNDLE_PATH = "{BUNDLE_PATH}";' in engine
    assert f'pyodide.pyimport("{START_MODULE}")' in engine


def test_the_sites_standard_library_is_pyodides_with_bytecode_in_place_of_some_sources() -> None:
    """Assert the site's python_stdlib.zip holds every module of Pyodide's, each either as its
    source or as bytecode of it, and the modules the worker's start needs are bytecode."""
    stock = set(names_in(STDLIB.read_bytes()))
    served = set(names_in(build_stdlib()))
    compiled = {name.removesuffix("c") for name in served if name.endswith(".pyc")}
    assert compiled <= stock
    assert served == (stock - compiled) | {f"{name}c" for name in compiled}
    assert {"fractions.py", "numbers.py", "asyncio/__init__.py", "json/__init__.py"} <= compiled
