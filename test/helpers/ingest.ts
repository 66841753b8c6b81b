/**
 * Archives for import tests: the small registry in test/fixtures/ingest/_data, and a way to run
 * the importer on them; and a page's lines read as the importer reads them, with what the tests ask
 * of the result. Import needs no templates, so unlike fixture.ts this does not load the build (and
 * Eleventy with it), which keeps these tests quick to start.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { walkFiles } from "../../src/files.ts";
import { EntityIndex, loadRegistries } from "../../src/ingest/entities.ts";
import { readCases } from "../../src/ingest/eval/case.ts";
import { formatScore, scoreSet } from "../../src/ingest/eval/score.ts";
import { runImport, type RunOptions } from "../../src/ingest/run.ts";
import { parseText, toBlocks, type FigureDraft, type ParsedText } from "../../src/ingest/text.ts";

export const PACKAGE_ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const INGEST_FIXTURES = join(PACKAGE_ROOT, "test/fixtures/ingest");

/** The text of a file under test/fixtures/ingest/. */
export function fixture(path: string): string {
  return readFileSync(join(INGEST_FIXTURES, path), "utf8");
}

/** Every file under a folder, by path relative to it. */
function filesUnder(dir: string): Record<string, string> {
  return Object.fromEntries(walkFiles(dir).map((path) => [relative(dir, path), readFileSync(path, "utf8")]));
}

/** A temporary archive with the fixture registry (and `files`), no articles. */
export function registryArchive(files: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), "morgue-ingest-"));
  const registry = Object.fromEntries(Object.entries(filesUnder(join(INGEST_FIXTURES, "_data"))).map(([p, t]) => [`_data/${p}`, t]));
  const all = { "_data/site.yaml": "title: Fixture Archive\nurl: https://archive.example.org\n", ...registry, ...files };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

export function removeArchive(root: string): void {
  rmSync(root, { recursive: true, force: true });
}

/** For a test file: makes temporary archives with the fixture registry (and `files`), each removed after its test. */
export function temporaryArchives(): (files?: Record<string, string>) => string {
  let roots: string[] = [];
  afterEach(() => {
    roots.forEach(removeArchive);
    roots = [];
  });
  return (files = {}) => {
    const root = registryArchive(files);
    roots.push(root);
    return root;
  };
}

/** The fixture registry's index. */
export function fixtureIndex(): EntityIndex {
  return new EntityIndex(loadRegistries(INGEST_FIXTURES).registries);
}

// The story text below is part of what each test that imports it reads: a change here changes
// all of them. Only text that several files held byte for byte is here; a test's own story stays in it.

/** A story's opening sentence, the sixth to eighteenth groups' tests' `STORY`. */
export const WATERING_VOTE = "The board voted 5-2 on Tuesday to ask residents to cut outdoor watering to two days a week, starting in March.";

/** A sentence the seventh to thirteenth groups' tests set after `WATERING_VOTE`, their `MORE`. */
export const SNOWPACK = "Snowpack in the mountains that feed the reservoirs stands at 71% of normal, according to the state climate office.";

/** A sentence the fourteenth to seventeenth groups' tests set after `WATERING_VOTE`, their `LATER`. */
export const WATER_SAVED = "Officials said the cut would save about a fifth of the valley's water through the summer months.";

/** The headline over `WATERING_VOTE` in the eleventh, twelfth, fourteenth to sixteenth and eighteenth groups' tests. */
export const WATERING_HEADLINE = "Council cuts watering days to two a week";

/** The boil-water story's three paragraphs as lines, blank between, the twenty-sixth civic and twenty-seventh records tests' `STORY`. */
export const BOIL_WATER_STORY = [
  "Residents east of the river no longer need to boil their tap water, the county's health officer said on Wednesday, after two days of tests found no bacteria in the system.",
  "",
  "The advisory was issued on Monday when a main broke under Harbor Road and pressure in the pipes dropped below the state's minimum.",
  "",
  "Crews finished the repair on Tuesday night, and the road is expected to reopen to traffic by the weekend.",
];

/** A page imported alone, one line an argument (`""` for a blank line). */
export function page(...lines: string[]): ParsedText {
  return parseText(toBlocks(lines.join("\n")));
}

/** The text of each paragraph the page's body kept, in order. */
export function paragraphs(parsed: ParsedText): string[] {
  return parsed.body.flatMap((b) => (b.kind === "paragraph" ? [b.text] : []));
}

/** The figures the page's body holds, in order. */
export function figures(parsed: ParsedText): FigureDraft[] {
  return parsed.body.flatMap((b) => (b.kind === "figure" ? [b.figure] : []));
}

/** The text of each line taken out of the page, in order. */
export function removedTexts(parsed: ParsedText): string[] {
  return parsed.removed.map((r) => r.text);
}

/** Runs an import, collecting what it prints. */
export function importInto(root: string, options: Omit<RunOptions, "root">) {
  const out: string[] = [];
  const err: string[] = [];
  const result = runImport({ root, ...options }, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { ...result, out: out.join("\n"), err: err.join("\n") };
}

/**
 * The tests of one held-out group's committed cases (test/fixtures/import-eval-held-out-<group>/):
 * they cover every style of the group with every story, and import right as a batch and each page
 * alone. `aloneChrome`: what each page alone still leaves, which only the batch tells.
 */
export function committedGroupTests(group: { name: string; folder: string; commit: string; styles: readonly { name: string }[]; untouched: string; aloneChrome: string }): void {
  describe(`the ${group.name} held-out group's committed cases (written blind, scored untouched at ${group.commit})`, () => {
    const cases = readCases(join(PACKAGE_ROOT, "test/fixtures", group.folder));

    it(`cover every style of the ${group.name} group, each with every story`, () => {
      expect(new Set(cases.map((c) => c.expected.style))).toEqual(new Set(group.styles.map((s) => s.name)));
      expect(cases.length).toBe(group.styles.length * 3);
    });

    // Untouched, the full set scored as `group.untouched` says, in a batch.
    it(`keep every sentence and get the chrome, title, date, byline, dateline, captions and deks right, imported as a batch (untouched: ${group.untouched})`, () => {
      const score = scoreSet(cases);
      const report = formatScore(score, true);
      expect(score.sentencesKept, report).toBe(1);
      expect(score.chromeRemoved, report).toBe(1);
      expect(score.title, report).toBe(1);
      expect(score.date, report).toBe(1);
      expect(score.byline, report).toBe(1);
      expect(score.dateline, report).toBe(1);
      expect(score.figures, report).toBe(1);
      expect(score.deks, report).toBe(1);
    });

    it(`keep every sentence and get the title, date, byline and captions right, each page imported alone (alone, ${group.aloneChrome} stay)`, () => {
      const score = scoreSet(cases, { alone: true });
      const report = formatScore(score, true);
      expect(score.sentencesKept, report).toBe(1);
      expect(score.chromeRemoved, report).toBeGreaterThanOrEqual(0.95);
      expect(score.title, report).toBe(1);
      expect(score.date, report).toBe(1);
      expect(score.byline, report).toBe(1);
      expect(score.dateline, report).toBe(1);
      expect(score.figures, report).toBe(1);
    });
  });
}
