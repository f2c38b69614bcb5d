// ESLint for the front-end code we write (site_src/assets, bench/probe.js). Vendored packages and
// the built site are not ours to lint.
import js from "@eslint/js";
import globals from "globals";

export default [
  { ignores: ["node_modules/**", "site/**", "dist/**", ".venv/**"] },
  js.configs.recommended,
  {
    files: ["site_src/assets/**/*.js", "bench/**/*.js", "tests/**/*.js"],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "script",
      globals: { ...globals.browser },
    },
  },
  {
    files: ["site_src/assets/**/*.mjs"],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "module",
      globals: { ...globals.worker },
    },
  },
  {
    // Build-time scripts run by Node (MathJax typesetting at build time).
    files: ["eslint.config.mjs", "site_src/*.mjs"],
    languageOptions: { sourceType: "module", globals: { ...globals.node } },
  },
];
