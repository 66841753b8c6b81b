/**
 * The import evaluation's case format (issue 13): a raw scrape as a contributor would paste it,
 * and what a careful editor would make of it. A case is two files side by side:
 * `NAME.txt` (the raw text, verbatim) and `NAME.json` (the expectation below).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export interface ExpectedFigure {
  caption?: string;
  credit?: string;
}

export interface Expected {
  /** the outlet style that wrapped the story, for per-style scores */
  style: string;
  title: string;
  /** the publication date, YYYY-MM-DD */
  date: string;
  /** the last-updated date, YYYY-MM-DD, when the page shows one */
  updated?: string;
  /** the byline's names */
  byline: string[];
  dateline?: string;
  figures: ExpectedFigure[];
  /** the story's paragraphs as the article's body should hold them (the dateline taken off) */
  story: string[];
  /** every line of the raw text that is the site's chrome */
  chrome: string[];
  /** the standfirst printed under the headline, when the page has one: to be kept, not taken for the title */
  dek?: string;
  /** subheadings printed between the story's paragraphs: to stay in the body as text, not become figures */
  subheadings?: string[];
}

export interface EvalCase {
  name: string;
  raw: string;
  expected: Expected;
}

/**
 * Reads every case of a folder, sorted by name.
 * @example readCases("test/fixtures/import-eval").length > 0 // true
 */
export function readCases(dir: string): EvalCase[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json") && f !== "stories.json")
    .sort()
    .map((f) => {
      const name = f.slice(0, -".json".length);
      return { name, raw: readFileSync(join(dir, `${name}.txt`), "utf8"), expected: JSON.parse(readFileSync(join(dir, f), "utf8")) as Expected };
    });
}

/** Writes cases into a folder, two files each. */
export function writeCases(dir: string, cases: readonly EvalCase[]): void {
  mkdirSync(dir, { recursive: true });
  for (const c of cases) {
    writeFileSync(join(dir, `${c.name}.txt`), c.raw);
    writeFileSync(join(dir, `${c.name}.json`), `${JSON.stringify(c.expected, null, 2)}\n`);
  }
}
