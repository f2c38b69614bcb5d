// Compiles the page's Python to bytecode with the Python the page runs (Pyodide's, in Node), so
// the page's worker imports the packages without compiling them first (site_src/bytecode.py).
// Usage: node bytecode.mjs PYODIDE_DIR BUNDLE_PATH SOURCES_ZIP BYTECODE_ZIP [START_MODULE]
// Reads a zip of .py files; writes a zip of their .pyc files, each beside its source (x.py ->
// x.pyc), as zipimport finds them: the worker imports straight from the bundle, put at
// BUNDLE_PATH, which is also the path the bytecode's tracebacks name. Each .pyc is
// "unchecked-hash" (PEP 552): Python loads it without checking it against the source.
// Pyodide's standard library is a zip of sources only, so each standard module the page imports
// that Pyodide has not imported itself is compiled in the page, every time (fractions and numbers
// took the worker about 35 ms). So, given START_MODULE (what the worker imports at start), this
// imports it and adds the bytecode of each standard module compiled on the way, at the top of the
// zip: the bundle comes first on sys.path, so the worker loads those from it.
// Anything Pyodide prints goes to stderr.
import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import path from "node:path";

const [pyodideDir, bundlePath, sourcesZip, bytecodeZip, startModule = ""] = process.argv.slice(2);
const { loadPyodide } = await import(pathToFileURL(path.join(pyodideDir, "pyodide.mjs")).href);
const say = (line) => process.stderr.write(`${line}\n`);
const pyodide = await loadPyodide({ indexURL: pyodideDir + path.sep, stdout: say, stderr: say });
pyodide.globals.set("sources", pyodide.toPy(new Uint8Array(readFileSync(sourcesZip))));
pyodide.globals.set("bundle_path", bundlePath);
pyodide.globals.set("start_module", startModule);
const out = pyodide.runPython(`
import importlib, io, py_compile, sys, zipfile, zipimport
from pathlib import Path

work = "/tmp/sources"
archive = zipfile.ZipFile(io.BytesIO(bytes(sources)))
archive.extractall(work)


def standard_modules_compiled_by(module):
    """The standard library's sources (paths inside its zip) compiled while importing module."""
    compiled = []
    compile_source = zipimport._compile_source

    def noting(path, source):
        compiled.append(path)
        return compile_source(path, source)

    sys.path.insert(0, work)
    zipimport._compile_source = noting
    try:
        importlib.import_module(module)
    finally:
        zipimport._compile_source = compile_source
        sys.path.remove(work)
    stdlib = next(p for p in sys.path if p.endswith(".zip")) + "/"
    names = sorted({p.removeprefix(stdlib) for p in compiled if p.startswith(stdlib)})
    # A module inside a package Pyodide had already imported is looked up in that package's own
    # folder, never in the bundle: keep only those whose packages come along too.
    return [n for n in names if all(f"{'/'.join(n.split('/')[:i])}/__init__.py" in names for i in range(1, n.count("/") + 1))], stdlib


buffer = io.BytesIO()
with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as result:
    def add(name, source, shown):
        py_compile.compile(
            source, cfile=f"{source}c", dfile=shown, doraise=True,
            invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH,
        )
        info = zipfile.ZipInfo(f"{name}c", date_time=(2020, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        result.writestr(info, Path(f"{source}c").read_bytes())

    for name in sorted(n for n in archive.namelist() if n.endswith(".py")):
        add(name, f"{work}/{name}", f"{bundle_path}/{name}")
    if start_module:
        names, stdlib = standard_modules_compiled_by(start_module)
        standard = zipfile.ZipFile(stdlib.rstrip("/"))
        for name in names:
            copy = Path("/tmp/standard", name)
            copy.parent.mkdir(parents=True, exist_ok=True)
            copy.write_bytes(standard.read(name))
            add(name, str(copy), stdlib + name)
buffer.getvalue()
`);
writeFileSync(bytecodeZip, out.toJs());
