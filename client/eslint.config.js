// ESLint's flat config for the web client (`npm run lint`, called by tests/run-all.sh).
// JavaScript's and typescript-eslint's recommended rules; formatting is Prettier's job (.prettierrc.json), so
// eslint-config-prettier turns off the rules that would disagree with it.
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import prettier from "eslint-config-prettier";
import globals from "globals";
import tseslint from "typescript-eslint";

export default defineConfig(
  { ignores: ["dist/", "node_modules/"] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Build scripts and configuration run in Node.
    files: ["scripts/**", "*.config.ts", "*.config.js"],
    languageOptions: { globals: { ...globals.node } },
  },
  prettier,
);
