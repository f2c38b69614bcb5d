// Compiles the page's Python to bytecode with the Python the page runs (Pyodide's, in Node), so
// the page's worker imports the packages without compiling them first (site_src/bytecode.py).
// Usage: node bytecode.mjs PYODIDE_DIR EXTRACT_DIR SOURCES_ZIP BYTECODE_ZIP
// Reads a zip of .py files; writes a zip of their __pycache__/*.pyc files, the paths relative to
// the zip's root. Each .pyc is "unchecked-hash" (PEP 552): Python loads it without reading the
// source's time, which unzipping does not keep. Anything Pyodide prints goes to stderr.
import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import path from "node:path";

const [pyodideDir, extractDir, sourcesZip, bytecodeZip] = process.argv.slice(2);
const { loadPyodide } = await import(pathToFileURL(path.join(pyodideDir, "pyodide.mjs")).href);
const say = (line) => process.stderr.write(`${line}\n`);
const pyodide = await loadPyodide({ indexURL: pyodideDir + path.sep, stdout: say, stderr: say });
pyodide.globals.set("sources", pyodide.toPy(new Uint8Array(readFileSync(sourcesZip))));
pyodide.globals.set("extract_dir", extractDir);
const out = pyodide.runPython(`
import importlib.util, io, py_compile, zipfile
from pathlib import Path

archive = zipfile.ZipFile(io.BytesIO(bytes(sources)))
archive.extractall(extract_dir)
buffer = io.BytesIO()
with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as result:
    for name in sorted(n for n in archive.namelist() if n.endswith(".py")):
        source = f"{extract_dir}/{name}"
        cached = importlib.util.cache_from_source(source)
        py_compile.compile(
            source, cfile=cached, dfile=source, doraise=True,
            invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH,
        )
        info = zipfile.ZipInfo(Path(cached).relative_to(extract_dir).as_posix(), date_time=(2020, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        result.writestr(info, Path(cached).read_bytes())
buffer.getvalue()
`);
writeFileSync(bytecodeZip, out.toJs());
