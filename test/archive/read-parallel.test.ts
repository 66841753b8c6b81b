/**
 * The article files parsed by helper threads as well as the build's own (src/archive/read-parallel.ts):
 * a large archive's validation on every core gives the archive, and the problems, one thread gives.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readArchive } from "../../src/archive/read.ts";
import { readArticleFile, type ArticleRead } from "../../src/archive/read.ts";
import { helpersFor, PARALLEL_FROM, readInParallel } from "../../src/archive/read-parallel.ts";
import { formatProblem } from "../../src/content/problems.ts";
import { article, makeArchive, removeArchive } from "../helpers/fixture.ts";

const TODAY = "2026-01-15";

/** 300 articles about a few people and places, with figures and events, some with problems when `broken`. */
function files(broken: boolean): Record<string, string> {
  const out: Record<string, string> = {
    "_data/people/ada-lovelace.yaml": "name: Ada Lovelace\n",
    "_data/people/grace-brown.yaml": "name: Grace Brown\n",
    "_data/jurisdictions/springfield.yaml": "name: Springfield\nclassification: city\n",
    "_data/topics/weather.yaml": "name: Weather\n",
  };
  for (let i = 0; i < 300; i++) {
    const day = new Date(Date.UTC(2001, 0, 1 + i)).toISOString().slice(0, 10);
    const person = i % 2 ? "ada-lovelace" : "grace-brown";
    // Every 37th file names someone unknown, every 53rd has a date its name contradicts, every 71st is not YAML.
    const people = broken && i % 37 === 5 ? "[ada-lovelase]" : `[${person}]`;
    const date = broken && i % 53 === 7 ? "1999-01-01" : day;
    const front = broken && i % 71 === 3 ? "title: [unclosed" : `title: "Story ${i}: the \\"${person}\\" file"\ndate: ${date}\npeople: ${people}\njurisdictions: [springfield]\ntopics: [weather]\nevents:\n  - date: "1950-0${1 + (i % 9)}"\n    label: Event ${i}.`;
    out[`articles/2001/${day}-story-${i}.md`] = article(front, `Paragraph one of story ${i}, about ${person}.\n\n\`\`\`figure\ncaption: A picture ${i}.\nby: ${person}\n\`\`\`\n\nParagraph two.\n`);
  }
  return out;
}

describe("article files parsed on several threads", () => {
  const roots = { valid: "", broken: "" };
  beforeAll(() => {
    roots.valid = makeArchive(files(false));
    roots.broken = makeArchive(files(true));
  });
  afterAll(() => {
    removeArchive(roots.valid);
    removeArchive(roots.broken);
  });

  it("gives the archive one thread gives: every article, its fields, its text's hash, its body, every index", () => {
    const one = readArchive(roots.valid, { today: TODAY, helpers: 0 });
    const three = readArchive(roots.valid, { today: TODAY, helpers: 2 });
    expect(one.problems).toEqual([]);
    expect(three.problems).toEqual([]);
    const a = one.archive!;
    const b = three.archive!;
    expect(b.articles).toHaveLength(300);
    expect(b.articles.map((x) => x.id)).toEqual(a.articles.map((x) => x.id));
    b.articles.forEach((x, i) => {
      const y = a.articles[i]!;
      // The same fields in the same order (what the pages and the API write out), the same values, the same hash.
      expect(Object.keys(x)).toEqual(Object.keys(y));
      expect({ ...x }).toEqual({ ...y });
      expect(x.textHash).toBe(y.textHash);
      expect(x.body).toContain(`Paragraph one of story ${x.title.match(/\d+/)![0]},`);
    });
    const { articles: _a, ...restA } = a;
    const { articles: _b, ...restB } = b;
    expect(restB).toEqual(restA);
  });

  it("names every problem one thread names, in the same order", () => {
    const one = readArchive(roots.broken, { today: TODAY, helpers: 0 }).problems.map(formatProblem);
    const three = readArchive(roots.broken, { today: TODAY, helpers: 2 }).problems.map(formatProblem);
    // 8 unknown people, 6 contradicting dates, 5 files not YAML: 19 files of 300, and the same lines in the same order.
    expect(one.filter((p) => p.includes('unknown person "ada-lovelase"'))).toHaveLength(8);
    expect(one.filter((p) => p.includes("disagrees with the file name"))).toHaveLength(6);
    expect(one.filter((p) => p.includes("YAML:"))).toHaveLength(5);
    expect(three).toEqual(one);
  });

  it("has the helpers read what this thread does not, each file once, in the archive's order", () => {
    const list = readArchive(roots.broken, { today: TODAY, helpers: 0 }).problems.length > 0 ? Object.keys(files(true)).filter((f) => f.startsWith("articles/")).sort() : [];
    const pause = new Int32Array(new SharedArrayBuffer(4));
    let here = 0;
    // This thread reads slowly (10 ms a file), so the helpers, once started, read most files.
    const reads = readInParallel(roots.broken, list.map((file) => ({ file })), 2, ({ file }) => {
      here++;
      Atomics.wait(pause, 0, 0, 10);
      return readArticleFile(roots.broken, file);
    });
    expect(reads).toHaveLength(300);
    const elsewhere = reads.filter((r) => r.detached);
    expect(elsewhere.length).toBe(300 - here);
    expect(elsewhere.length).toBeGreaterThan(30);
    reads.forEach((read, i) => {
      const direct: ArticleRead = readArticleFile(roots.broken, list[i]!);
      expect(read.url).toBe(direct.url);
      expect(read.problems).toEqual(direct.problems);
      expect(read.checks).toEqual(direct.checks);
      if (!read.detached) return;
      // A helper's article comes without its body (the archive reads it from the file) and with its hash.
      const { body: _, ...fields } = direct.article ?? ({} as NonNullable<ArticleRead["article"]>);
      expect(read.article ? { ...read.article } : undefined).toEqual(direct.article ? fields : undefined);
      expect(read.article?.textHash).toBe(direct.article?.textHash);
    });
  });

  it("starts helpers only for enough files, and never on one core", () => {
    expect(helpersFor(PARALLEL_FROM - 1, 8)).toBe(0);
    expect(helpersFor(10_000, 1)).toBe(0);
    expect(helpersFor(10_000, 2)).toBe(1);
    expect(helpersFor(100_000, 16)).toBe(3);
  });
});
