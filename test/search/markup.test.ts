/**
 * An article page's search markup (src/search/markup.ts): its filters, metadata and sort, which no
 * visitor sees, are left out of the page written to the site and put back in the copy the
 * indexer reads, so search finds and files the page as it did when the page carried them.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { loadArchive } from "../../src/archive.ts";
import { indexedHtml, searchMarkupByFile } from "../../src/search/markup.ts";
import { article, page, useBuiltArchive } from "../helpers/fixture.ts";
import { dom } from "../helpers/html.ts";

const FILES = {
  "_data/people/ada-lovelace.yaml": "name: Ada Lovelace\n",
  "_data/people/rex-reporter.yaml": "name: Rex Reporter\n",
  "_data/jurisdictions/state.yaml": "name: State\nclassification: state\n",
  "_data/jurisdictions/springfield.yaml": "name: Springfield\nclassification: city\nparent: state\n",
  "_data/topics/budget.yaml": "name: Budget\n",
  "articles/2018/2018-03-01-council-passes-budget.md": article(
    "title: Council passes budget\ndate: 2018-03-01\nauthors: [rex-reporter]\ndateline: SPRINGFIELD\npeople: [ada-lovelace]\njurisdictions: [springfield]\ntopics: [budget]\nsource:\n  name: \"The Springfield Shopper & Mail\"",
    "The council passed the budget on Thursday.\n",
  ),
};
const URL_PATH = "/2018/03/01/council-passes-budget/";
const FILE = "2018/03/01/council-passes-budget/index.html";

/** What the search index holds for each page, read from Pagefind's fragment files (gzipped, after a `pagefind_dcd` signature). */
function indexedPages(site: string): { url: string; filters: Record<string, string[]>; meta: Record<string, string> }[] {
  const dir = join(site, "pagefind", "fragment");
  return readdirSync(dir).map((file) => JSON.parse(gunzipSync(readFileSync(join(dir, file))).toString("utf8").replace(/^pagefind_dcd/, "")));
}

const fixture = useBuiltArchive(FILES);

describe("an article page's search markup", () => {
  it("is not in the article page as written: no hidden block of filters, metadata or sort", () => {
    const html = page(fixture.site, URL_PATH);
    expect(html).not.toContain("data-pagefind-filter");
    expect(html).not.toContain("data-pagefind-sort");
    expect(html).not.toMatch(/<div hidden>/);
    // The headline is the result's title, shown on the page as well: it stays.
    expect([...dom(html).querySelectorAll("[data-pagefind-meta]")].map((e) => e.getAttribute("data-pagefind-meta"))).toEqual(["title"]);
  });

  it("is in the indexer's copy of the page, with the page's people, places, date, dateline and source", () => {
    const markupOf = searchMarkupByFile(loadArchive(fixture.root));
    const doc = dom(indexedHtml(page(fixture.site, URL_PATH), markupOf(FILE)));
    const main = doc.querySelector("main[data-pagefind-body]")!;
    const values = (kind: string) => [...main.querySelectorAll(`[hidden] [data-pagefind-${kind}]`)].map((e) => e.getAttribute(`data-pagefind-${kind}`));
    expect(values("filter")).toEqual([
      "month:2018-03",
      "person:ada-lovelace|Ada Lovelace",
      "person:rex-reporter|Rex Reporter",
      "jurisdiction:springfield|Springfield",
      "jurisdiction:state|State",
      "topic:budget|Budget",
      "source:the-springfield-shopper-and-mail|The Springfield Shopper & Mail",
    ]);
    expect(values("meta")).toEqual(["date:2018-03-01", "dateline:SPRINGFIELD", "people:Ada Lovelace", "places:Springfield", "source:The Springfield Shopper & Mail"]);
    expect(values("sort")).toEqual(["date:2018-03-01"]);
  });

  it("files the page in the search index under those filters and shows that metadata in its result", () => {
    const [indexed, ...others] = indexedPages(fixture.site);
    expect(others).toEqual([]);
    expect(indexed!.url).toBe(URL_PATH);
    expect(indexed!.filters).toEqual({
      month: ["2018-03"],
      person: ["ada-lovelace|Ada Lovelace", "rex-reporter|Rex Reporter"],
      jurisdiction: ["springfield|Springfield", "state|State"],
      topic: ["budget|Budget"],
      source: ["the-springfield-shopper-and-mail|The Springfield Shopper & Mail"],
    });
    expect(indexed!.meta).toEqual({
      title: "Council passes budget",
      date: "2018-03-01",
      dateline: "SPRINGFIELD",
      people: "Ada Lovelace",
      places: "Springfield",
      source: "The Springfield Shopper & Mail",
    });
  });

  it("is asked only for the archive's article pages", () => {
    const markupOf = searchMarkupByFile(loadArchive(fixture.root));
    expect(() => markupOf("people/ada-lovelace/index.html")).toThrow(/no article page/);
  });
});
