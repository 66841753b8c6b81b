/**
 * The static half of "no input makes a command hang" (issue 9): eslint-plugin-regexp's
 * backtracking rules (eslint.config.js) pass over every regular expression in src/ and the
 * search page. Run through ESLint's Node API so that `npm test` reports it in its one summary.
 */
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../helpers/ingest.ts";

describe("regular expressions", () => {
  // ESLint's pass over src/ (the importer's thousands of patterns) took 112 s of a 120 s limit on
  // a shared machine at a load of 15: the limit guards against a hang, not a speed.
  it("none in src/ or the search page can backtrack super-linearly", { timeout: 300_000 }, async () => {
    const eslint = new ESLint({ cwd: PACKAGE_ROOT });
    const results = await eslint.lintFiles(["src/**/*.ts", "assets/js/**/*.js"]);
    const problems = results.flatMap((r) =>
      r.messages.map((m) => `${r.filePath.slice(PACKAGE_ROOT.length)}:${m.line}: ${m.ruleId ?? "-"}: ${m.message.slice(0, 200)}`),
    );
    expect(problems).toEqual([]);
  });
});
