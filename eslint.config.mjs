// ESLint for the front-end code we write: the site's scripts, the benchmark's page scripts and
// workers, and the test pages. Vendored packages and the built site are not ours to lint.
import js from "@eslint/js";
import globals from "globals";

export default [
  { ignores: ["node_modules/**", "site/**", "dist/**", ".venv/**", "bench/results/**"] },
  js.configs.recommended,
  {
    // Classic page scripts: the site's assets, bench/probe.js and the floor pages' scripts.
    files: ["site_src/assets/**/*.js", "bench/**/*.js", "tests/**/*.js"],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "script",
      globals: { ...globals.browser },
    },
  },
  {
    // Module workers: the demos' Python worker and the benchmark's bare-Pyodide floor worker.
    files: ["site_src/assets/**/*.mjs", "bench/floor/*.mjs"],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "module",
      globals: { ...globals.worker },
    },
  },
  {
    // A test page's module script (imports Pyodide's ES module), run in the page itself.
    files: ["tests/py_runtime/draw/browser/check_page.js"],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "module",
      globals: { ...globals.browser },
    },
  },
  {
    // Build-time scripts run by Node (MathJax typesetting at build time).
    files: ["eslint.config.mjs", "site_src/*.mjs"],
    languageOptions: { sourceType: "module", globals: { ...globals.node } },
  },
];
