/**
 * The built site, file for file: two builds of the same archive are byte-identical, and a
 * fixture archive's build matches the manifest committed beside the tests, so a refactoring that
 * changes any page by accident fails here. When output changes on purpose, rewrite the manifest:
 * `UPDATE_SITE_MANIFEST=1 npx vitest run test/build/output-manifest.test.ts`, and review its diff.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SEARCH_FILES } from "../browser/search-fixture.ts";
import { buildArchive, fileHashes as manifest, makeArchive, removeArchive } from "../helpers/fixture.ts";

const MANIFEST = join(import.meta.dirname, "../fixtures/site-manifest.json");
/** The search tests' archive, with one article moved from two old addresses: redirect pages and _redirects are rendered once, in the run of the other pages. */
const MOVED = "articles/2018/2018-01-24-denver-mayor-turns-down-white-house-invite.md";
const FILES = {
  ...SEARCH_FILES,
  [MOVED]: SEARCH_FILES[MOVED]!.replace("date: 2018-01-24\n", "date: 2018-01-24\naliases: [/2018/01/23/mayor-declines-invite/, /news/invite.html]\n"),
};
/** A fixed day, so that "today" (roles held now, empty feeds' dates) does not change the output. */
const TODAY = "2026-01-15";

let roots: string[] = [];
let first: Record<string, string>;
let second: Record<string, string>;
let inParts: { files: Record<string, string>; output: string; articles: number; pagesIndexed: number };
beforeAll(async () => {
  expect(FILES[MOVED]).toContain("aliases:");
  roots = [makeArchive(FILES), makeArchive(FILES), makeArchive(FILES)];
  first = manifest((await buildArchive(roots[0]!, { today: TODAY })).output);
  second = manifest((await buildArchive(roots[1]!, { today: TODAY })).output);
  // Search shards of two articles and runs of 7 list pages: the article pages are rendered a
  // shard at a time, each in an Eleventy run of its own, the paged lists a slice at a time, and
  // the site's single pages in one more (src/build.ts).
  const parts = await buildArchive(roots[2]!, { today: TODAY, searchShardSize: 2, listRunSize: 7 });
  inParts = { files: manifest(parts.output), output: parts.output, articles: parts.articles, pagesIndexed: parts.pagesIndexed };
}, 240_000);
afterAll(() => roots.forEach(removeArchive));

describe("the built site, file for file", () => {
  it("is byte-identical across two builds of the same archive, search index included", () => {
    expect(Object.keys(first).length).toBeGreaterThan(50);
    expect(second).toEqual(first);
  });

  it("is the same, page for page, when its article pages are rendered in parts, one search shard at a time, and its lists in slices", () => {
    const notSearch = (files: Record<string, string>) => Object.fromEntries(Object.entries(files).filter(([path]) => !path.startsWith("pagefind/")));
    expect(notSearch(inParts.files)).toEqual(notSearch(first));
    expect(Object.keys(first)).toEqual(expect.arrayContaining(["_redirects", "2018/01/23/mayor-declines-invite/index.html", "news/invite.html"]));
    // Every article in exactly one shard's index.
    const shards = (JSON.parse(readFileSync(join(inParts.output, "pagefind/shards.json"), "utf8")) as { shards: { pages: number; path: string }[] }).shards;
    expect(shards.length).toBeGreaterThan(1);
    expect(shards.reduce((n, s) => n + s.pages, 0)).toBe(inParts.articles);
    expect(inParts.pagesIndexed).toBe(inParts.articles);
  });

  it("matches the committed manifest of the fixture archive's build", () => {
    if (process.env.UPDATE_SITE_MANIFEST) writeFileSync(MANIFEST, `${JSON.stringify(first, null, 1)}\n`);
    expect(existsSync(MANIFEST)).toBe(true);
    const committed = JSON.parse(readFileSync(MANIFEST, "utf8")) as Record<string, string>;
    const changed = [...new Set([...Object.keys(committed), ...Object.keys(first)])].filter((f) => committed[f] !== first[f]).sort();
    expect(changed).toEqual([]);
  });
});
