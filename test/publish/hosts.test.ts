import { describe, expect, it } from "vitest";
import type { BuildProgress } from "../../src/build.ts";
import { headersFile } from "../../src/publish/headers.ts";
import { HOSTS, headerRules, hostWarnings, redirectRules, type SiteStats } from "../../src/publish/hosts.ts";
import { article, buildArchive, makeArchive, removeArchive } from "../helpers/fixture.ts";

const stats = (bytes: number, files: number, largest = 1): SiteStats => ({ bytes, files, largestFile: { path: "pagefind/big.pf_meta", bytes: largest } });

describe("host limits", () => {
  it("a site within the host's limits gets no warning", () => {
    expect(hostWarnings(stats(900e6, 150_000), HOSTS["github-pages"])).toEqual([]);
    expect(hostWarnings(stats(5e9, 19_000, 1024), HOSTS["cloudflare-pages"])).toEqual([]);
  });

  it("a site over GitHub Pages' 1 GB gets one line naming both sizes and the documentation", () => {
    const [line, ...rest] = hostWarnings(stats(1.2e9, 10), HOSTS["github-pages"]);
    expect(rest).toEqual([]);
    expect(line).toBe("the site is 1.2 GB, more than GitHub Pages allows, 1 GB (https://docs.github.com/en/pages/getting-started-with-github-pages/github-pages-limits)");
  });

  it("a site over Cloudflare Pages' file count and file size gets a line for each", () => {
    const lines = hostWarnings(stats(1e6, 32_715, 30 * 1024 ** 2), HOSTS["cloudflare-pages"]);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^the site has 32,715 files, more than Cloudflare Pages \(Free plan\) allows, 20,000 \(/);
    expect(lines[1]).toMatch(/^pagefind\/big\.pf_meta is 30 MiB, more than Cloudflare Pages \(Free plan\) allows a file, 25 MiB \(/);
  });

  it("more _redirects rules than Cloudflare Pages reads get a line saying the redirect pages answer for the rest", () => {
    expect(hostWarnings({ ...stats(1e6, 10), redirects: 2_000 }, HOSTS["cloudflare-pages"])).toEqual([]);
    expect(hostWarnings({ ...stats(1e6, 10), redirects: 2_345 }, HOSTS["cloudflare-pages-paid"])).toEqual([
      "_redirects has 2,345 rules, more than Cloudflare Pages (paid plans) reads, 2,000: the old addresses past them are sent on by their redirect pages alone, a <meta> refresh rather than a 301 (https://developers.cloudflare.com/pages/configuration/redirects/)",
    ]);
    // GitHub Pages reads no _redirects: the redirect pages are all it has, whatever their number.
    expect(hostWarnings({ ...stats(1e6, 10), redirects: 50_000 }, HOSTS["github-pages"])).toEqual([]);
    expect(redirectRules("# a comment\n\n/old/ /new/ 301\n  # another\n/old.html /new/ 301\n")).toBe(2);
  });

  it("a site with the editor and a folder a year for over 80 years passes Cloudflare's 100 header rules, and is told so", () => {
    const years = Array.from({ length: 120 }, (_, i) => ({ name: String(1900 + i), folder: true }));
    const withEditor = headerRules(headersFile([...years, { name: "index.html", folder: false }, { name: "admin", folder: true }]));
    expect(withEditor).toBeGreaterThan(100);
    expect(hostWarnings({ ...stats(1e6, 10), headers: withEditor }, HOSTS["cloudflare-pages"])).toEqual([
      `_headers has ${withEditor} rules, more than Cloudflare Pages (Free plan) reads, 100: the pages past them get no security headers but their own <meta> policy (https://developers.cloudflare.com/pages/configuration/headers/)`,
    ]);
    // Without the editor one rule covers the site, whatever its years.
    expect(headerRules(headersFile([...years, { name: "index.html", folder: false }]))).toBeLessThanOrEqual(3);
  });

  it("a build warns, and reports its stages and pages, when its output passes the host's limits", async () => {
    const root = makeArchive({ "articles/2018/2018-03-01-one.md": article("title: One\ndate: 2018-03-01") });
    const events: BuildProgress[] = [];
    try {
      const result = await buildArchive(root, { hostLimits: { name: "Tiny Host", files: 3, source: "https://tiny.example/limits" }, progress: (e) => events.push(e) });
      expect(result.warnings).toEqual([`the site has ${result.size.files.toLocaleString("en-US")} files, more than Tiny Host allows, 3 (https://tiny.example/limits)`]);
      const ends = events.filter((e) => e.type === "end").map((e) => e.stage);
      // A full build works out its pages' fingerprints while it renders: no stage of planning of its own.
      expect(ends).toEqual(["validate", "eleventy", "pagefind", "swap"]);
      const pages = events.filter((e) => e.type === "pages");
      expect(pages.at(-1)).toEqual({ type: "pages", stage: "eleventy", done: result.pagesWritten, total: result.pagesWritten });
    } finally {
      removeArchive(root);
    }
  });
});
