// ESLint runs for one purpose here: no regular expression that sees contributor, imported or
// URL text may backtrack super-linearly (issue 9, "no input makes a command hang"). Only
// eslint-plugin-regexp's rules about run time and capture correctness are on; style is left to
// review. Rules: https://ota-meshi.github.io/eslint-plugin-regexp/rules/
import tsParser from "@typescript-eslint/parser";
import regexp from "eslint-plugin-regexp";

const REDOS_RULES = {
  // Exponential or polynomial backtracking when a match fails (the classic ReDoS).
  "regexp/no-super-linear-backtracking": "error",
  // Quadratic run time when an unanchored pattern is retried from every position.
  "regexp/no-super-linear-move": "error",
  // Two alternatives that can match the same text double the paths at each repetition.
  "regexp/no-dupe-disjunctions": ["error", { report: "interesting" }],
  // A quantifier beside another that can take the same characters (`\s*\s*`).
  "regexp/optimal-quantifier-concatenation": "error",
  // A group that captures less than it seems because a neighbour took the characters.
  "regexp/no-misleading-capturing-group": "error",
  "regexp/no-misleading-unicode-character": "error",
  "regexp/no-useless-quantifier": "error",
  "regexp/no-empty-alternative": "error",
};

export default [
  {
    files: ["src/**/*.ts"],
    languageOptions: { parser: tsParser, ecmaVersion: "latest", sourceType: "module" },
    plugins: { regexp },
    rules: REDOS_RULES,
  },
  {
    files: ["assets/js/**/*.js"],
    languageOptions: { ecmaVersion: "latest", sourceType: "module" },
    plugins: { regexp },
    rules: REDOS_RULES,
  },
];
