/**
 * An article whose date or slug was corrected keeps its old addresses working: each alias in its
 * front matter becomes a page at the old path that sends the visitor on, and a line of
 * `_redirects` for Netlify and Cloudflare Pages; neither is a page of the archive's own lists.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { HtmlValidate } from "html-validate";
import { describe, expect, it } from "vitest";
import { aliasProblem } from "../../src/aliases/address.ts";
import { walkFiles } from "../../src/files.ts";
import { siteStats } from "../../src/publish/hosts.ts";
import { article, page, useBuiltArchive } from "../helpers/fixture.ts";
import { dom } from "../helpers/html.ts";

const OLD = "/2018/01/23/mayor-declines-invite/";
const FILE_ALIAS = "/news/2018/invite.html";
const NEW = "/2018/01/24/mayor-turns-down-invite/";

const fixture = useBuiltArchive({
  "articles/2018/2018-01-24-mayor-turns-down-invite.md": article(
    `title: Mayor turns down "invite" & more\ndate: 2018-01-24\naliases:\n  - ${OLD.slice(0, -1)}\n  - ${FILE_ALIAS}`,
    "The mayor said no.\n",
  ),
  "articles/2018/2018-02-01-council-meets.md": article("title: Council meets\ndate: 2018-02-01"),
});

describe("an article's old addresses", () => {
  it("each have a page at the old path that sends the visitor to the article's address, with no script", () => {
    for (const path of [OLD, FILE_ALIAS]) {
      const doc = dom(page(fixture.site, path));
      expect(doc.querySelector('meta[http-equiv="refresh"]')?.getAttribute("content"), path).toBe(`0; url=${NEW}`);
      expect(doc.querySelector('link[rel="canonical"]')?.getAttribute("href")).toBe(`https://archive.example.org${NEW}`);
      expect(doc.querySelector('meta[name="robots"]')?.getAttribute("content")).toBe("noindex");
      const link = doc.querySelector("body a");
      expect(link?.getAttribute("href")).toBe(NEW);
      expect(link?.textContent).toBe('Mayor turns down "invite" & more');
      expect(doc.querySelectorAll("script")).toHaveLength(0);
      expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')).not.toBeNull();
      expect(doc.querySelector("[data-pagefind-body]")).toBeNull();
    }
  });

  it("each have a page that passes the HTML validator", async () => {
    // As for every page (test/build/real-archive.test.ts): a headline is as long as it ran.
    const validator = new HtmlValidate({ extends: ["html-validate:recommended"], rules: { "long-title": "off" } });
    for (const path of [OLD, FILE_ALIAS]) {
      const report = await validator.validateString(page(fixture.site, path));
      expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`)), path).toEqual([]);
    }
  });

  it("each have a permanent redirect in _redirects, for Netlify and Cloudflare Pages", () => {
    const rules = readFileSync(join(fixture.site, "_redirects"), "utf8")
      .split("\n")
      .filter((line) => line && !line.startsWith("#"));
    expect(rules).toEqual([`${OLD} ${NEW} 301`, `${FILE_ALIAS} ${NEW} 301`].sort());
    // Counted for the host's limit (src/publish/hosts.ts).
    expect(siteStats(fixture.site).redirects).toBe(2);
  });

  it("are in no sitemap, feed, API document or search index", () => {
    const text = (file: string) => readFileSync(file, "utf8");
    const files = walkFiles(fixture.site).filter((f) => /\.(xml|json)$/.test(f) || f.includes("/pagefind/fragment/"));
    expect(files.some((f) => f.endsWith("sitemap.xml"))).toBe(true);
    expect(files.some((f) => f.endsWith("feed.json"))).toBe(true);
    expect(files.some((f) => f.includes("/api/"))).toBe(true);
    for (const file of files) {
      const content = file.endsWith(".pf_fragment") ? gunzipSync(readFileSync(file)).toString("utf8") : text(file);
      expect(content, file).not.toContain("mayor-declines-invite");
      expect(content, file).not.toContain("invite.html");
    }
    const fragments = files.filter((f) => f.endsWith(".pf_fragment"));
    expect(fragments).toHaveLength(2);
  });

  it("cannot be any top-level file or folder the build writes but a year's, nor a year, month or day page", () => {
    const names = readdirSync(fixture.site).filter((name) => !/^\d{4}$/.test(name) && name !== "news");
    expect(names).toEqual(expect.arrayContaining(["search", "pagefind", "assets", "people", "_headers", "_redirects", "404.html"]));
    for (const name of names) {
      const asAlias = `/${name}${name.includes(".") ? "" : "/"}`;
      expect(aliasProblem(asAlias), asAlias).toBeDefined();
    }
    for (const path of ["/2018/", "/2018/01/", "/2018/01/24/", "/2018/01/24/page/2/"]) {
      expect(existsSync(join(fixture.site, path)) || path.includes("page"), path).toBe(true);
      expect(aliasProblem(path), path).toBeDefined();
    }
  });
});
