/**
 * Hostile contributors, part 5 (issue 9): no input makes a command hang. Each case is a file a
 * pull request could add, fed to what `npm run import` and `npm run check` run. Every one must
 * finish, and either succeed or say what is wrong as `path:line: field: message`, never with a
 * stack trace.
 *
 * The timeout is generous: only catastrophic backtracking or quadratic scanning exceeds it on a
 * shared machine. The measured times are in BENCHMARKS.md ("Hostile input"), not asserted here;
 * `MORGUE_HOSTILE_TIMES=1` prints them.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readArchive } from "../../src/archive.ts";
import { formatProblem, type Problem } from "../../src/content/problems.ts";
import { article, makeArchive, removeArchive } from "../helpers/fixture.ts";
import { importInto, registryArchive } from "../helpers/ingest.ts";

const TIMEOUT = 60_000;
// A stack frame as Node prints it: "    at readArticle (file:///…/articles.ts:12:3)".
const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;

const times: Record<string, number> = {};
const cleanup: (() => void)[] = [];
afterAll(() => {
  cleanup.forEach((f) => f());
  if (process.env.MORGUE_HOSTILE_TIMES) console.info(JSON.stringify(times, null, 2));
});

function timed<T>(name: string, run: () => T): T {
  const start = performance.now();
  const out = run();
  times[name] = Math.round(performance.now() - start);
  return out;
}

/** `npm run import` of one text file into an archive with the fixture registry. */
function importText(name: string, text: string) {
  const root = registryArchive();
  const inputs = mkdtempSync(join(tmpdir(), "morgue-hostile-"));
  cleanup.push(() => removeArchive(root), () => rmSync(inputs, { recursive: true, force: true }));
  const file = join(inputs, "story.txt");
  writeFileSync(file, text);
  const run = timed(name, () => importInto(root, { inputs: [file], date: "2020-01-15", source: "Example News" }));
  expect(`${run.out}\n${run.err}`).not.toMatch(STACK_FRAME);
  return run;
}

/** `npm run check` of an archive holding `files`. */
function check(name: string, files: Record<string, string>): Problem[] {
  const root = makeArchive(files);
  cleanup.push(() => removeArchive(root));
  const { problems } = timed(name, () => readArchive(root, { includeDrafts: true }));
  for (const p of problems) expect(formatProblem(p)).not.toMatch(STACK_FRAME);
  return problems;
}

const story = (hostileLine: string) =>
  `Council Approves Snow Plan\n\nBy Ann Lee\n\nDENVER - The council approved a snow plan on Tuesday.\n\n${hostileLine}\n\nPlows start at 4 a.m.\n`;

const ARTICLE = "articles/2020/2020-01-15-snow-plan.md";
const FRONT = "title: Snow plan\ndate: 2020-01-15";
const messages = (problems: Problem[], file = ARTICLE) => problems.filter((p) => p.file === file).map((p) => p.message);

describe("the importer on hostile scraped text", () => {
  it("keeps a megabyte menu line ending in a word no menu has, without hanging", { timeout: TIMEOUT }, () => {
    const line = `${"Home | ".repeat(50_000)}Zebra`;
    const run = importText("import: 'Home | ' x 50,000 then an unknown word (1 MB line)", story(line));
    expect(run.exitCode).toBe(0);
    expect(run.articles[0]!.removed.map((r) => r.text)).not.toContain(line);
  });

  it("keeps a 35-word menu line ending in a word it does not list", { timeout: TIMEOUT }, () => {
    const words = ["Home", "News", "Local", "Sports", "Weather", "Video", "Politics"];
    const line = `${Array.from({ length: 35 }, (_, i) => words[i % words.length]).join(" ")} Zebra`;
    const run = importText("import: 35 menu words then an unlisted one", story(line));
    expect(run.exitCode).toBe(0);
    expect(run.articles[0]!.removed.map((r) => r.text)).not.toContain(line);
    // The same line without the stray word is a menu, and is removed.
    const menu = importText("import: 35 menu words", story(line.replace(/ Zebra$/, "")));
    expect(menu.articles[0]!.removed.map((r) => r.reason)).toContain("navigation");
  });

  it("reads captions and credits with long runs of spaces inside them", { timeout: TIMEOUT }, () => {
    const gap = " ".repeat(200_000);
    const lines = [
      `Mayor Michael Hancock${gap}(credit:${gap}CBS)`,
      `Volunteers set up cots${gap}(Photo by${gap}Bryan Cox${gap}/ICE via Getty Images)`,
      `A caption that never closes${gap}(credit: CBS${gap}`,
      `DENVER${gap}(CBS4)${gap}x`,
      `Published:${gap}January${gap}4,${gap}2019${gap}x`,
    ];
    const run = importText("import: captions and credits with runs of 200,000 spaces", story(lines.join("\n\n")));
    // It finishes; the article is written, and the check names the credit over its length limit.
    expect(run.out).toContain("figure.credit: is longer than the limit of 2,000 characters");
    const figures = run.articles[0]!.frontMatter ? run.articles[0]!.text!.match(/^```figure$/gm) : null;
    expect(figures?.length).toBe(2);
    expect(run.articles[0]!.text).toContain("credit: CBS");
  });

  it("finishes on a copyright line with long runs of spaces, refusing it by the length limit", { timeout: TIMEOUT }, () => {
    const gap = " ".repeat(200_000);
    const run = importText("import: a copyright line with runs of 200,000 spaces", story(`(© 2018 CBS.${gap}AP${gap}contributed to this report.)${gap}x`));
    expect(run.exitCode).toBe(1);
    expect(`${run.out}${run.err}`).toContain("source.copyright: is longer than the limit of 5,000 characters");
  });
});

describe("the check on hostile article and registry files", () => {
  it("finishes on 100,000 unclosed figure fences", { timeout: TIMEOUT }, () => {
    const problems = check("check: 100,000 unclosed ```figure fences", { [ARTICLE]: article(FRONT, "Words.\n\n" + "```figure\n".repeat(100_000)) });
    // Unclosed, the first fence runs to the end of the body: one figure, which is not YAML.
    expect(messages(problems).length).toBeGreaterThan(0);
    expect(messages(problems).every((m) => m.startsWith("YAML: "))).toBe(true);
  });

  it("refuses a YAML alias bomb in front matter", { timeout: TIMEOUT }, () => {
    const problems = check("check: alias bomb in front matter", { [ARTICLE]: article(`${FRONT}\n${aliasBomb()}`) });
    expect(messages(problems)).toEqual([expect.stringMatching(/^YAML: aliases \(\*name\) expand to too many values/)]);
  });

  it("refuses a YAML alias bomb in a person's file", { timeout: TIMEOUT }, () => {
    const file = "_data/people/x.yaml";
    const problems = check("check: alias bomb in _data/people/x.yaml", { [file]: `name: X\n${aliasBomb()}\n` });
    expect(messages(problems, file)).toEqual([expect.stringMatching(/^YAML: aliases \(\*name\) expand to too many values/)]);
  });

  it("refuses YAML nested 10,000 deep in flow style and 1,800 deep in block style", { timeout: TIMEOUT }, () => {
    const flow = `summary: ${"[".repeat(10_000)}${"]".repeat(10_000)}`;
    // Block style indents each level one more space: 1,800 levels is 1.6 MB, under the size limit.
    const block = Array.from({ length: 1_800 }, (_, i) => `${" ".repeat(i)}- `).join("\n") + "x";
    const problems = check("check: YAML nested 10,000 deep", {
      [ARTICLE]: article(`${FRONT}\n${flow}`),
      "articles/2020/2020-01-16-block.md": article(`title: Block\ndate: 2020-01-16\nsummary:\n${block}`),
    });
    expect(messages(problems)).toEqual(["YAML: nested more than 64 levels deep; archive data needs a few"]);
    expect(messages(problems, "articles/2020/2020-01-16-block.md")).toEqual(["YAML: nested more than 64 levels deep; archive data needs a few"]);
  });

  it("finishes on a 20 MB article, and either reads it or names it in a problem", { timeout: TIMEOUT }, () => {
    const paragraph = `${"The council met again and talked about snow. ".repeat(20)}\n\n`;
    const body = paragraph.repeat(Math.ceil(20_000_000 / paragraph.length));
    const problems = check("check: a 20 MB article", { [ARTICLE]: article(FRONT, body) });
    // Another part of issue 9 may cap an article's size: a refusal must name the file.
    for (const p of problems) expect(p.file).toBe(ARTICLE);
  });

  it("names a few of 100,000 unknown keys in front matter and counts the rest", { timeout: TIMEOUT }, () => {
    const keys = Array.from({ length: 100_000 }, (_, i) => `k${i}: v`).join("\n");
    const problems = messages(check("check: 100,000-key YAML map in front matter", { [ARTICLE]: article(`${FRONT}\n${keys}`) }));
    expect(problems).toHaveLength(21);
    expect(problems.at(-1)).toMatch(/^and 99980 more unknown fields; known fields are title, date/);
  });

  it("refuses a megabyte id without comparing it to every known id", { timeout: TIMEOUT }, () => {
    const long = "a".repeat(1_000_000);
    const file = `_data/topics/${"b".repeat(150)}.yaml`;
    const problems = check("check: a 1 MB id and a 150-character registry file name", {
      [ARTICLE]: article(`${FRONT}\npeople: [${long}]`),
      [file]: "name: B\n",
    });
    expect(messages(problems)).toEqual(["an id is at most 100 characters"]);
    expect(messages(problems, file)).toEqual(["the file name is the id, and an id is at most 100 characters (this one is 150)"]);
  });
});

/** "Billion laughs": nine anchors, each aliasing the one before nine times (9^9 values). */
function aliasBomb(): string {
  const names = "abcdefghi";
  return [
    `${names[0]}: &${names[0]} [lol, lol, lol, lol, lol, lol, lol, lol, lol]`,
    ...[...names.slice(1)].map((n, i) => `${n}: &${n} [${Array(9).fill(`*${names[i]}`).join(", ")}]`),
  ].join("\n");
}
