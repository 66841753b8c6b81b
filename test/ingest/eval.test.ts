import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCases } from "../../src/ingest/eval/case.ts";
import { formatScore, scoreSet } from "../../src/ingest/eval/score.ts";
import { HELD_OUT_FOURTH_STYLES, HELD_OUT_NEW_STYLES, HELD_OUT_STYLES, HELD_OUT_THIRD_STYLES, STYLES } from "../../src/ingest/eval/outlets.ts";
import { HELD_OUT_GROUPS } from "../../src/ingest/eval/groups.ts";
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

// The same stories in the held-out styles (written after the tuning on the styles above, and
// scored on the full set before the rules they prompted): cases for those rules.
const heldOut = readCases(join(PACKAGE_ROOT, "test/fixtures/import-eval-held-out"));
const heldOutScore = scoreSet(heldOut);

describe("importing real scrapes, scored on the committed held-out cases", () => {
  it("covers every held-out style", () => {
    expect(new Set(heldOut.map((c) => c.expected.style))).toEqual(new Set([...HELD_OUT_STYLES, ...HELD_OUT_NEW_STYLES].map((s) => s.name)));
  });

  it("keeps every sentence, removes the chrome, and finds the title, date and byline", () => {
    const report = formatScore(heldOutScore, true);
    expect(heldOutScore.sentencesKept, report).toBe(1);
    expect(heldOutScore.chromeRemoved, report).toBeGreaterThanOrEqual(0.98);
    expect(heldOutScore.title, report).toBeGreaterThanOrEqual(0.97);
    expect(heldOutScore.date, report).toBeGreaterThanOrEqual(0.97);
    expect(heldOutScore.byline, report).toBeGreaterThanOrEqual(0.97);
  });

  it("gets every caption right, a caption with no credit and no file name too", () => {
    // A credit-less caption is a fragment alone between two paragraphs; one with no photo word
    // is flagged as possibly a subheading, so its figure is for people to confirm.
    expect(heldOutScore.figures, formatScore(heldOutScore, true)).toBe(1);
  });
});

// The committed stories in the third held-out group's styles (written before the importer was
// read, scored untouched on the full set, then the rules they prompted): cases for those rules.
const third = readCases(join(PACKAGE_ROOT, "test/fixtures/import-eval-held-out-third"));
const thirdScore = scoreSet(third);

describe("importing real scrapes, scored on the committed cases of the third held-out group", () => {
  it("covers every style of the third group, each with every story", () => {
    expect(new Set(third.map((c) => c.expected.style))).toEqual(new Set(HELD_OUT_THIRD_STYLES.map((s) => s.name)));
    expect(third.length).toBe(HELD_OUT_THIRD_STYLES.length * 3);
  });

  it("keeps every sentence, removes the chrome, and finds the title, date, byline and captions", () => {
    const report = formatScore(thirdScore, true);
    expect(thirdScore.sentencesKept, report).toBe(1);
    expect(thirdScore.chromeRemoved, report).toBeGreaterThanOrEqual(0.98);
    expect(thirdScore.title, report).toBeGreaterThanOrEqual(0.97);
    expect(thirdScore.date, report).toBeGreaterThanOrEqual(0.97);
    expect(thirdScore.byline, report).toBeGreaterThanOrEqual(0.97);
    expect(thirdScore.figures, report).toBeGreaterThanOrEqual(0.95);
  });
});

// The committed stories in the fourth held-out group's styles (written before the importer was
// read, scored untouched on the full set, then the rules they prompted): cases for those rules.
const fourth = readCases(join(PACKAGE_ROOT, "test/fixtures/import-eval-held-out-fourth"));

describe("importing real scrapes, scored on the committed cases of the fourth held-out group", () => {
  it("covers every style of the fourth group, each with every story", () => {
    expect(new Set(fourth.map((c) => c.expected.style))).toEqual(new Set(HELD_OUT_FOURTH_STYLES.map((s) => s.name)));
    expect(fourth.length).toBe(HELD_OUT_FOURTH_STYLES.length * 3);
  });

  const fourthScore = scoreSet(fourth);

  it("keeps every sentence, removes the chrome, and finds the title, date, byline, dateline and captions", () => {
    const report = formatScore(fourthScore, true);
    expect(fourthScore.sentencesKept, report).toBe(1);
    expect(fourthScore.chromeRemoved, report).toBeGreaterThanOrEqual(0.98);
    expect(fourthScore.title, report).toBeGreaterThanOrEqual(0.97);
    expect(fourthScore.date, report).toBeGreaterThanOrEqual(0.97);
    expect(fourthScore.byline, report).toBeGreaterThanOrEqual(0.97);
    expect(fourthScore.dateline, report).toBeGreaterThanOrEqual(0.97);
    expect(fourthScore.figures, report).toBeGreaterThanOrEqual(0.95);
  });

  it("keeps every dek, and most subheadings as text rather than captions", () => {
    const report = formatScore(fourthScore, true);
    expect(fourthScore.deks, report).toBe(1);
    // Subheadings in sentence case, or below a captioned photo, stay paragraphs (flagged); in
    // title case between two paragraphs they are still taken for captions with no credit: 9 of the 11 here.
    expect(fourthScore.subheadings, report).toBeGreaterThanOrEqual(0.81);
  });
});

// The committed stories in the eighth, ninth, tenth, eleventh, twelfth, thirteenth, fourteenth, fifteenth, sixteenth,
// seventeenth, eighteenth, nineteenth, twentieth, twenty-first, twenty-second, twenty-third, twenty-fourth, twenty-fifth, twenty-sixth, twenty-seventh and twenty-eighth held-out groups' styles (each written before the importer was read, committed and scored untouched before any change to it).
// The fifteenth's committed print to PDF (Firefox's, which leaves one line of a paragraph at a page's foot) cuts a
// sentence in two across a page break: the untouched importer kept 161 of its 162 sentences, and now joins it whole.
describe.each(HELD_OUT_GROUPS.slice(HELD_OUT_GROUPS.findIndex((g) => g.name === "eighth")))("importing real scrapes, scored on the committed cases of the $name held-out group", ({ name: group, styles }) => {
  const cases = readCases(join(PACKAGE_ROOT, `test/fixtures/import-eval-held-out-${group}`));

  it(`covers every style of the ${group} group, each with every story`, () => {
    expect(new Set(cases.map((c) => c.expected.style))).toEqual(new Set(styles.map((s) => s.name)));
    expect(cases.length).toBe(styles.length * 3);
  });

  it("keeps every sentence of every story", () => {
    const score = scoreSet(cases);
    expect(score.sentencesKept, formatScore(score, true)).toBe(1);
  });
});

describe("importing real scrapes one page at a time (no batch to tell a site's recurring lines)", () => {
  const sets = ["import-eval", "import-eval-held-out", "import-eval-held-out-third", "import-eval-held-out-fourth", "import-eval-held-out-fifth", "import-eval-held-out-sixth", "import-eval-held-out-seventh", "import-eval-held-out-eighth"];
  const cases = sets.flatMap((set) => readCases(join(PACKAGE_ROOT, "test/fixtures", set)));
  const score = scoreSet(cases, { alone: true });

  it("keeps every sentence of every story", () => {
    expect(score.sentencesKept, formatScore(score, true)).toBe(1);
  });

  it("finds the title of at least 90% and the date of at least 95% of the committed cases", () => {
    expect(cases.length).toBeGreaterThan(100);
    expect(score.title, formatScore(score, true)).toBeGreaterThanOrEqual(0.9);
    expect(score.date, formatScore(score, true)).toBeGreaterThanOrEqual(0.95);
  });
});
