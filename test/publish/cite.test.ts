import { describe, expect, it } from "vitest";
import { cite } from "../../src/publish/cite.ts";
import { waybackUrl } from "../../src/publish/provenance.ts";
import { sitemapChunks } from "../../src/publish/sitemap.ts";
import { readArticle } from "../../src/content/articles.ts";

const { article } = readArticle(
  "articles/2018/2018-01-24-after-sanctuary-cities-threat.md",
  "---\ntitle: After Sanctuary Cities Threat, Denver Mayor Rejects White House Invite\ndate: 2018-01-24\nsource:\n  name: CBS4 Denver\n---\nText.\n",
);
const input = {
  article: article!,
  authors: [{ name: "Rick Sallinger" }, { name: "Stan Bush" }],
  archiveUrl: "https://archive.example/2018/01/24/after-sanctuary-cities-threat/",
  archiveName: "Morgue",
};

describe("citations", () => {
  it("formats APA 7 for a news article", () => {
    expect(cite(input).apa).toBe(
      "Sallinger, R., & Bush, S. (2018, January 24). After Sanctuary Cities Threat, Denver Mayor Rejects White House Invite. CBS4 Denver. https://archive.example/2018/01/24/after-sanctuary-cities-threat/",
    );
  });

  it("formats a Chicago bibliography entry", () => {
    expect(cite(input).chicago).toBe(
      "Sallinger, Rick, and Stan Bush. “After Sanctuary Cities Threat, Denver Mayor Rejects White House Invite.” CBS4 Denver, January 24, 2018. https://archive.example/2018/01/24/after-sanctuary-cities-threat/.",
    );
  });

  it("writes a BibTeX entry and CSL-JSON", () => {
    const c = cite(input);
    expect(c.bibtex).toMatch(/^@article\{sallinger2018after,\n  author = \{Sallinger, Rick and Bush, Stan\},/);
    expect(c.bibtex).toContain("  month = jan,");
    expect(c.csl).toMatchObject({ type: "article-newspaper", "container-title": "CBS4 Denver", issued: { "date-parts": [[2018, 1, 24]] } });
  });

  it("escapes BibTeX's special characters", () => {
    const { article: a } = readArticle("articles/2020/2020-01-01-x.md", '---\ntitle: "50% & more_{x}"\ndate: 2020-01-01\n---\nT.\n');
    expect(cite({ ...input, article: a! }).bibtex).toContain("title = {{50\\% \\& more\\_\\{x\\}}}");
  });
});

describe("provenance", () => {
  it("links the Internet Archive's capture nearest the retrieval date", () => {
    expect(waybackUrl({ source: { name: "S", url: "https://a.example/x", retrieved: "2018-01-25" }, published: { ymd: "2018-01-24" } })).toBe(
      "https://web.archive.org/web/20180125/https://a.example/x",
    );
    expect(waybackUrl({ source: { name: "S" }, published: { ymd: "2018-01-24" } })).toBeUndefined();
  });
});

describe("sitemaps", () => {
  it("split into files of at most 50,000 URLs", () => {
    const entries = Array.from({ length: 120_001 }, (_, i) => ({ url: `/p/${i}/` }));
    expect(sitemapChunks(entries).map((c) => c.length)).toEqual([50_000, 50_000, 20_001]);
  });
});
