import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCachePath } from "../../src/archive/read-cache.ts";
import { manifestPath } from "../../src/incremental/manifest.ts";
import { ContentError } from "../../src/content/problems.ts";
import { article, buildArchive, makeArchive, page, removeArchive, useBuiltArchive, writeFile } from "../helpers/fixture.ts";
import { dom, textOf } from "../helpers/html.ts";

const FILES = {
  "_data/people/ada-lovelace.yaml": "name: Ada Lovelace\nroles:\n  - title: Mayor of Springfield\n    jurisdiction: springfield\n    start: 2015-01-01\n    end: 2019-12-31\n",
  "_data/people/rex-reporter.yaml": "name: Rex Reporter\n",
  "_data/jurisdictions/state.yaml": "name: State\nclassification: state\n",
  "_data/jurisdictions/springfield.yaml": "name: Springfield\nclassification: city\nparent: state\n",
  "_data/topics/budget.yaml": "name: Budget\n",
  "articles/2018/2018-03-01-council-passes-budget.md": article(
    "title: Council passes budget\ndate: 2018-03-01\nsummary: The vote was close.\nauthors: [rex-reporter]\ndateline: SPRINGFIELD\npeople: [ada-lovelace]\njurisdictions: [springfield]\ntopics: [budget]\nsource:\n  name: The Springfield Shopper\n  url: https://shopper.example/budget\n  copyright: © 2018 The Shopper",
    "The council passed the budget on Thursday.\n\nMayor Ada Lovelace signed it.\n\n```figure\ncaption: The council chamber\ncredit: Shopper staff\n```\n",
  ),
  "articles/2019/2019-06-02-tricky-input.md": article(
    'title: "<script>alert(1)</script> Tricky"\ndate: 2019-06-02',
    "Template code {{ 7 * 7 }} and {% raw %} stay text. <script>alert('body')</script> <img src=x onerror=alert(2)>\n\n[a link](javascript:alert(3))\n",
  ),
  "articles/2020/2020-01-01-a-draft.md": article("title: A draft\ndate: 2020-01-01\ndraft: true"),
};

const fixture = useBuiltArchive(FILES);

describe("building a fixture archive", () => {
  it("writes the article page at /YYYY/MM/DD/slug/ with headline, dek, byline, dateline, date and source", () => {
    const html = page(fixture.site, "/2018/03/01/council-passes-budget/");
    const doc = dom(html);
    expect(doc.querySelector("h1")?.textContent).toBe("Council passes budget");
    expect(textOf(html, ".article__dek")).toBe("The vote was close.");
    expect(doc.querySelector(".article__byline a")?.getAttribute("href")).toBe("/people/rex-reporter/");
    expect(textOf(html, ".article__body")).toMatch(/^SPRINGFIELD — The council passed the budget on Thursday\./);
    expect(doc.querySelector(".article__meta time")?.textContent).toBe("March 1, 2018");
    expect(textOf(html, ".article__source")).toContain("© 2018 The Shopper");
  });

  it("links the article's people, places and topics, with the person's role at the time", () => {
    const html = page(fixture.site, "/2018/03/01/council-passes-budget/");
    const related = textOf(html, ".article__related");
    expect(related).toContain("Ada Lovelace, then Mayor of Springfield");
    const hrefs = [...dom(html).querySelectorAll(".article__related a")].map((a) => a.getAttribute("href"));
    expect(hrefs).toEqual(expect.arrayContaining(["/people/ada-lovelace/", "/jurisdictions/springfield/", "/topics/budget/"]));
  });

  it("shows a figure that was not archived with its caption and credit", () => {
    const html = page(fixture.site, "/2018/03/01/council-passes-budget/");
    const caption = textOf(html, "figure figcaption");
    expect(caption).toContain("The council chamber");
    expect(caption).toContain("Credit: Shopper staff");
    expect(textOf(html, "figure")).toContain("Image not archived");
  });

  it("lists the article on the pages of its person, place, the place's parent and its topic", () => {
    for (const url of ["/people/ada-lovelace/", "/jurisdictions/springfield/", "/jurisdictions/state/", "/topics/budget/"]) {
      expect(textOf(page(fixture.site, url)), url).toContain("Council passes budget");
    }
  });

  it("lists the newest articles on the home page", () => {
    const titles = [...dom(page(fixture.site, "/")).querySelectorAll(".article-list h3")].map((h) => h.textContent?.trim());
    expect(titles).toEqual(["<script>alert(1)</script> Tricky", "Council passes budget"]);
  });

  it("never runs template code or raw HTML from an article", () => {
    const html = page(fixture.site, "/2019/06/02/tricky-input/");
    const doc = dom(html);
    expect(doc.querySelectorAll("body script")).toHaveLength(0);
    expect(doc.querySelectorAll("[onerror]")).toHaveLength(0);
    expect([...doc.querySelectorAll("a")].filter((a) => /^javascript:/i.test(a.getAttribute("href") ?? ""))).toEqual([]);
    expect(textOf(html, ".article__body")).toContain("<img src=x onerror=alert(2)>");
    expect(textOf(html, ".article__body")).toContain("Template code {{ 7 * 7 }} and {% raw %} stay text.");
    expect(dom(html).querySelector("h1")?.textContent).toBe("<script>alert(1)</script> Tricky");
  });

  it("leaves drafts out", () => {
    expect(existsSync(join(fixture.site, "2020/01/01/a-draft"))).toBe(false);
    expect(page(fixture.site, "/")).not.toContain("A draft");
  });

  it("writes a Pagefind bundle that indexes every article and nothing else", () => {
    expect(existsSync(join(fixture.site, "pagefind/pagefind.js"))).toBe(true);
    expect(existsSync(join(fixture.site, "pagefind/pagefind-ui.js"))).toBe(true);
    const entry = JSON.parse(readFileSync(join(fixture.site, "pagefind/pagefind-entry.json"), "utf8"));
    expect(entry.languages.en.page_count).toBe(2);
  });

  it("marks only the article's main region for the search index", () => {
    const html = page(fixture.site, "/2018/03/01/council-passes-budget/");
    expect(dom(html).querySelector("[data-pagefind-body]")?.tagName).toBe("MAIN");
    expect(page(fixture.site, "/people/ada-lovelace/")).not.toContain("data-pagefind-body");
  });
});

describe("a build that fails", () => {
  it("reports every problem and leaves the previous fixture.site in place, with nothing half-built beside it", async () => {
    const broken = makeArchive(FILES);
    try {
      const built = (await buildArchive(broken)).output;
      writeFile(broken, "articles/2021/2021-01-01-broken.md", article("date: 2021-01-01\npeople: [nobody]"));
      const error = await buildArchive(broken).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ContentError);
      expect((error as ContentError).problems.map((p) => p.field)).toEqual(["title", "people[0]"]);
      expect(existsSync(join(built, "2018/03/01/council-passes-budget/index.html"))).toBe(true);
      // Beside it only the previous build's manifest and articles as read (src/incremental/manifest.ts,
      // src/archive/read-cache.ts), no staging folder.
      const kept = [manifestPath(built), readCachePath(built)];
      expect(readdirSync(dirname(built)).filter((n) => n.startsWith("_site.") && !kept.includes(join(dirname(built), n)))).toEqual([]);
      expect(existsSync(manifestPath(built))).toBe(true);
    } finally {
      removeArchive(broken);
    }
  });
});
