import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readArchive } from "../../src/archive.ts";
import { parseEdtf } from "../../src/dates/edtf.ts";
import { createRandom } from "../../src/bench/random.ts";
import { generateArchive, writeArchive } from "../../src/bench/synthetic.ts";
import { slugify } from "../../src/content/slug.ts";

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

describe("the seeded random generator", () => {
  it("draws the same numbers from the same seed", () => {
    const draw = (seed: number) => {
      const rng = createRandom(seed);
      return Array.from({ length: 20 }, () => rng.int(0, 1000));
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });
});

describe("the synthetic archive", () => {
  const archive = generateArchive({ articles: 30, seed: 7 });

  it("is the same, byte for byte, from the same seed", () => {
    expect(generateArchive({ articles: 30, seed: 7 }).files).toEqual(archive.files);
  });

  it("differs with another seed", () => {
    expect(generateArchive({ articles: 30, seed: 8 }).files).not.toEqual(archive.files);
  });

  it("keeps the same registries whatever the number of articles, so runs of different sizes compare", () => {
    const registries = (files: Record<string, string | Uint8Array>) => Object.entries(files).filter(([path]) => path.startsWith("_data/"));
    expect(registries(generateArchive({ articles: 5, seed: 7 }).files)).toEqual(registries(archive.files));
  });

  it("validates with no problems and holds every article it counts", () => {
    const root = mkdtempSync(join(tmpdir(), "morgue-bench-test-"));
    roots.push(root);
    writeArchive(root, archive);
    const { archive: read, problems } = readArchive(root);
    expect(problems).toEqual([]);
    expect(read!.articles).toHaveLength(30);
    expect(Object.keys(read!.people)).toHaveLength(archive.corpus.people);
    expect(Object.keys(read!.jurisdictions)).toHaveLength(archive.corpus.jurisdictions);
    expect(Object.keys(read!.topics)).toHaveLength(archive.corpus.topics);
  });

  it("has articles of realistic length, figures, and events of mixed EDTF precision", () => {
    const articles = Object.entries(archive.files).filter((e): e is [string, string] => e[0].startsWith("articles/"));
    expect(articles).toHaveLength(30);
    const perArticle = archive.corpus.words / 30;
    expect(perArticle).toBeGreaterThan(400);
    expect(perArticle).toBeLessThan(1300);
    expect(archive.corpus.figures).toBeGreaterThan(0);
    // Some figures have archived images, in the media folder (validated above).
    expect(Object.keys(archive.files).filter((path) => path.startsWith("media/")).length).toBeGreaterThan(0);
    const dates = articles.flatMap(([, text]) => [...text.matchAll(/^ {2}- date: "?([^"\n]+)"?$/gm)].map((m) => m[1]!));
    const info = dates.map((d) => parseEdtf(d)!);
    expect(new Set(info.map((i) => i.precision)).size).toBeGreaterThanOrEqual(3);
    expect(info.some((i) => i.approximate)).toBe(true);
  });

  it("names article files as the importer does: the date and the importer's slug of the headline", () => {
    const articles = Object.entries(archive.files).filter(([path]) => path.startsWith("articles/")) as [string, string][];
    for (const [path, text] of articles) {
      const title = /^title: "?(.+?)"?$/m.exec(text)![1]!;
      const date = /^date: "?(\d{4}-\d{2}-\d{2})/m.exec(text)![1]!;
      expect(path).toMatch(new RegExp(`^articles/${date.slice(0, 4)}/${date}-${slugify(title)}(-\\d+)?\\.md$`));
    }
  });
});
