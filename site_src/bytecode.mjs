// Compiles Python to bytecode with the Python the page runs (Pyodide's, in Node), so the page's
// worker imports without compiling first (site_src/bytecode.py).
// Usage: node bytecode.mjs PYODIDE_DIR BUNDLE_PATH SOURCES_ZIP BYTECODE_ZIP STDLIB_ZIP [START_MODULE]
// Reads a zip of .py files; writes to BYTECODE_ZIP a zip of their .pyc files, each beside its
// source (x.py -> x.pyc), as zipimport finds them: the worker imports straight from the bundle,
// put at BUNDLE_PATH, which is also the path the bytecode's tracebacks name.
// Pyodide's standard library is a zip of sources only, so every standard module Python imports is
// compiled in the page at each start: about 1.3 of the 1.9 s Pyodide takes to start in Node. So
// STDLIB_ZIP is Pyodide's standard library with each module imported while Pyodide starts, and
// while importing START_MODULE (what the worker imports at start), as bytecode instead of source.
// Every .pyc is "unchecked-hash" (PEP 552): Python loads it without checking it against a source.
// Anything Pyodide prints goes to stderr.
import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import path from "node:path";

const [pyodideDir, bundlePath, sourcesZip, bytecodeZip, stdlibZip, startModule = ""] = process.argv.slice(2);
const { loadPyodide } = await import(pathToFileURL(path.join(pyodideDir, "pyodide.mjs")).href);
const say = (line) => process.stderr.write(`${line}\n`);
const pyodide = await loadPyodide({ indexURL: pyodideDir + path.sep, stdout: say, stderr: say });
pyodide.globals.set("sources", pyodide.toPy(new Uint8Array(readFileSync(sourcesZip))));
pyodide.globals.set("bundle_path", bundlePath);
pyodide.globals.set("start_module", startModule);
const out = pyodide.runPython(`
import importlib, importlib.util, io, sys, zipfile
from pathlib import Path

work = "/tmp/sources"
archive = zipfile.ZipFile(io.BytesIO(bytes(sources)))
archive.extractall(work)
stdlib = next(p for p in sys.path if p.endswith(".zip"))  # /lib/python3XX.zip
EPOCH = (2020, 1, 1, 0, 0, 0)


def standard_modules_imported():
    """The paths inside the standard library's zip of every module Python has imported from it."""
    origins = (getattr(getattr(m, "__spec__", None), "origin", None) or "" for m in list(sys.modules.values()))
    return {o.removeprefix(stdlib + "/") for o in origins if o.startswith(stdlib + "/")}


def import_start_module():
    sys.path.insert(0, work)
    try:
        importlib.import_module(start_module)
    finally:
        sys.path.remove(work)


def pyc(source, shown):
    return importlib._bootstrap_external._code_to_hash_pyc(
        compile(source, shown, "exec", dont_inherit=True), importlib.util.source_hash(source), checked=False
    )


def entry(name):
    info = zipfile.ZipInfo(name, date_time=EPOCH)
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


ours = io.BytesIO()
with zipfile.ZipFile(ours, "w", compression=zipfile.ZIP_DEFLATED) as result:
    for name in sorted(n for n in archive.namelist() if n.endswith(".py")):
        result.writestr(entry(f"{name}c"), bytes(pyc(archive.read(name), f"{bundle_path}/{name}")))

if start_module:
    import_start_module()
compiled = standard_modules_imported()
standard = zipfile.ZipFile(io.BytesIO(Path(stdlib).read_bytes()))
theirs = io.BytesIO()
with zipfile.ZipFile(theirs, "w", compression=zipfile.ZIP_DEFLATED) as result:
    for info in standard.infolist():
        data = standard.read(info)
        if info.filename in compiled:
            result.writestr(entry(f"{info.filename}c"), bytes(pyc(data, f"{stdlib}/{info.filename}")))
        else:
            result.writestr(entry(info.filename), data)
[ours.getvalue(), theirs.getvalue()]
`);
const [bytecode, stdlib] = out.toJs();
writeFileSync(bytecodeZip, bytecode);
writeFileSync(stdlibZip, stdlib);
