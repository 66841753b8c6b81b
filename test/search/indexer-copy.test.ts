/**
 * The copy of an article page that the indexer is handed (src/search/pagefind.ts,
 * `searchableHtml`): the page's `<html>` tag and its `<main>`, with its search markup put back.
 * Pagefind must make from it, byte for byte, the index it makes from the whole page; each case
 * here indexes both with Pagefind's Node API and compares every file, so a copy that left out
 * something Pagefind reads (the language, a filter, the title, the first image, a heading's
 * anchor, a space between two words) fails.
 */
import * as pagefind from "pagefind";
import { afterAll, describe, expect, it } from "vitest";
import { loadArchive } from "../../src/archive.ts";
import { indexedHtml, searchMarkupByFile } from "../../src/search/markup.ts";
import { articlePageFiles, searchableHtml } from "../../src/search/pagefind.ts";
import { article, page, useBuiltArchive } from "../helpers/fixture.ts";

/** A 1×1 PNG. */
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");

const FILES = {
  "_data/people/ada-lovelace.yaml": "name: Ada Lovelace\nroles:\n  - title: Mayor\n    jurisdiction: springfield\n    start: 2017\n    end: 2019\n",
  "_data/people/rex-reporter.yaml": "name: Rex Reporter\n",
  "_data/jurisdictions/state.yaml": "name: State\nclassification: state\n",
  "_data/jurisdictions/springfield.yaml": "name: Springfield\nclassification: city\nparent: state\n",
  "_data/organizations/city-council.yaml": "name: City Council\n",
  "_data/topics/budget.yaml": "name: Budget\n",
  "media/2018/council.png": PNG,
  "articles/2018/2018-03-01-council-passes-budget.md": article(
    [
      "title: Council passes budget",
      "summary: The vote was 7 to 2.",
      "date: 2018-03-01",
      "updated: 2018-03-02",
      "authors: [rex-reporter]",
      "dateline: SPRINGFIELD",
      "people: [ada-lovelace]",
      "jurisdictions: [springfield]",
      "organizations: [city-council]",
      "topics: [budget]",
      "source:\n  name: \"The Springfield Shopper & Mail\"\n  url: https://shopper.example.com/budget\n  copyright: © 2018 The Shopper\n  credit: Wire reports contributed.",
      "events:\n  - date: 2018-02\n    label: The budget is proposed.",
    ].join("\n"),
    [
      "The council passed the budget on Thursday.",
      "",
      "## What it pays for",
      "",
      "Roads, *schools* and [the library](https://library.example.org/).",
      "",
      "```figure\nsrc: media/2018/council.png\nalt: The council in session\ncaption: The council votes.\ncredit: City photo\n```",
      "",
      "- a list item",
      "- another",
      "",
    ].join("\n"),
  ),
  "articles/2018/2018-04-02-a-short-one.md": article("title: A short one\ndate: 2018-04-02", "Two words.\n"),
};

const fixture = useBuiltArchive(FILES);
afterAll(() => pagefind.close());

/** Every file of the index Pagefind makes of `pages` (path in the site → HTML), by path. */
async function indexOf(pages: readonly (readonly [string, string])[]): Promise<Map<string, string>> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(errors.join("; "));
  for (const [sourcePath, content] of pages) {
    const added = await index.addHTMLFile({ sourcePath, content });
    expect(added.errors).toEqual([]);
  }
  const { files } = await index.getFiles();
  await index.deleteIndex();
  return new Map(files.map((file) => [file.path, Buffer.from(file.content).toString("base64")]));
}

/** Both indexes, the whole pages' and their copies'. */
async function bothIndexes(pages: readonly (readonly [string, string])[]) {
  return { whole: await indexOf(pages), copy: await indexOf(pages.map(([path, html]) => [path, searchableHtml(html)] as const)) };
}

describe("the indexer's copy of an article page", () => {
  it("makes, file for file, the index the whole page makes", async () => {
    const markupOf = searchMarkupByFile(loadArchive(fixture.root));
    const files = articlePageFiles(fixture.site);
    expect(files).toHaveLength(2);
    const pages = files.map((file) => [file, indexedHtml(page(fixture.site, `/${file.replace(/index\.html$/, "")}`), markupOf(file))] as const);
    const { whole, copy } = await bothIndexes(pages);
    expect(whole.size).toBeGreaterThan(5);
    expect([...copy.keys()].sort()).toEqual([...whole.keys()].sort());
    for (const [path, bytes] of whole) expect(copy.get(path), path).toBe(bytes);
  });

  it("holds the page's language and <main>, its words, title, image and search markup, and not its head, masthead or footer", () => {
    const markupOf = searchMarkupByFile(loadArchive(fixture.root));
    const file = "2018/03/01/council-passes-budget/index.html";
    const whole = indexedHtml(page(fixture.site, "/2018/03/01/council-passes-budget/"), markupOf(file));
    const copy = searchableHtml(whole);
    for (const gone of ["<head>", "<title>", "application/ld+json", "<header class=\"masthead"]) expect(copy).not.toContain(gone);
    for (const kept of ['<html lang="en">', 'data-pagefind-meta="title"', "The vote was 7 to 2.", "Rex Reporter", "What it pays for", 'src="/media/2018/council.png"', "a list item", 'data-pagefind-filter="person:ada-lovelace|Ada Lovelace"']) {
      expect(copy).toContain(kept);
    }
    expect(copy.length).toBeLessThan(whole.length);
  });

  it("makes the whole page's index of a <main> with ignored parts holding a filter, metadata, an image, an <h1> and anchors", async () => {
    const main = [
      '<main data-pagefind-body><nav data-pagefind-ignore><a href="/">Home</a></nav>',
      '<p data-pagefind-ignore><span data-pagefind-filter="tag:kept">a tag</span></p>',
      '<p data-pagefind-ignore>Dropped <span data-pagefind-meta="kind:kept">words</span></p>',
      '<div data-pagefind-ignore="all"><span data-pagefind-filter="tag:excluded">gone</span></div>',
      '<section data-pagefind-ignore><h1>An ignored heading</h1></section>',
      '<h2 id="kept-anchor">A heading</h2><p>Glued<span data-pagefind-ignore>noise</span>words, and text that says data-pagefind-ignore&gt; stays.</p>',
      '<aside data-pagefind-ignore><img src="/first.png" alt="first"></aside>',
      '<nav id="anchored">Nav words</nav><footer><h2 id="inside">Footer words</h2></footer>',
      '<section data-pagefind-ignore><section>Nested</section><p>and more</p></section><p>The end.</p></main>',
    ].join("\n");
    const html = `<!doctype html><html lang="en"><head><title>T</title></head><body>${main}</body></html>`;
    expect(searchableHtml(html)).toBe(`<html lang="en"><body>${main}</body></html>`);
    const { whole, copy: copied } = await bothIndexes([["a/index.html", html]]);
    expect([...copied.keys()].sort()).toEqual([...whole.keys()].sort());
    for (const [path, bytes] of whole) expect(copied.get(path), path).toBe(bytes);
  });
});
