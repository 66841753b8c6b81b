import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCases } from "../../src/ingest/eval/case.ts";
import { formatScore, scoreSet } from "../../src/ingest/eval/score.ts";
import { STYLES } from "../../src/ingest/eval/outlets.ts";
import { PACKAGE_ROOT } from "../helpers/ingest.ts";

// The committed evaluation set: stories written for the project in 13 outlets' chrome (issue 13).
const cases = readCases(join(PACKAGE_ROOT, "test/fixtures/import-eval"));
const score = scoreSet(cases);

describe("importing real scrapes, scored on the committed evaluation set", () => {
  it("covers at least 12 outlet styles", () => {
    expect(new Set(cases.map((c) => c.expected.style)).size).toBeGreaterThanOrEqual(12);
    expect(STYLES.length).toBeGreaterThanOrEqual(12);
  });

  it("keeps every sentence of every story", () => {
    expect(score.sentencesKept, formatScore(score, true)).toBe(1);
  });

  it("removes at least 98% of the chrome lines", () => {
    expect(score.chromeRemoved, formatScore(score, true)).toBeGreaterThanOrEqual(0.98);
  });

  it("finds the title and the date of at least 97% of the cases with no flags", () => {
    expect(score.title, formatScore(score, true)).toBeGreaterThanOrEqual(0.97);
    expect(score.date, formatScore(score, true)).toBeGreaterThanOrEqual(0.97);
  });

  it("gets at least 95% of the captions and credits right", () => {
    expect(score.figures, formatScore(score, true)).toBeGreaterThanOrEqual(0.95);
  });
});
