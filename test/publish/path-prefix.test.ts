import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { LinkChecker } from "linkinator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveSite, type StaticServer } from "../helpers/browser.ts";
import { article, buildArchive, makeArchive, removeArchive } from "../helpers/fixture.ts";
import { dom, htmlFiles } from "../helpers/html.ts";

const FILES = {
  "_data/people/ada-lovelace.yaml": "name: Ada Lovelace\n",
  "_data/jurisdictions/springfield.yaml": "name: Springfield\nclassification: city\n",
  "articles/2019/2019-05-05-prefixed.md": article(
    "title: Prefixed\ndate: 2019-05-05\naliases: [/2019/05/04/prefixd/]\npeople: [ada-lovelace]\njurisdictions: [springfield]\nevents:\n  - date: 2019-05\n    label: Something happened.",
    "See [the people page](/people/) and [her page](/people/ada-lovelace/).\n\n```figure\ncaption: A photo\nby: ada-lovelace\n```\n",
  ),
};

describe("a site built under a path prefix", () => {
  let root: string;
  let site: string;
  let server: StaticServer;
  beforeAll(async () => {
    root = makeArchive(FILES);
    site = (await buildArchive(root, { pathPrefix: "/archive/" })).output;
    server = await serveSite(site, { prefix: "/archive/" });
  });
  afterAll(async () => {
    await server.close();
    removeArchive(root);
  });

  it("has no link, script or stylesheet that escapes the prefix", () => {
    const escapes: string[] = [];
    for (const file of htmlFiles(site)) {
      if (file.includes("/pagefind/")) continue;
      const doc = dom(readFileSync(file, "utf8"));
      for (const el of doc.querySelectorAll("[href], [src], [action], [data-bundle-path]")) {
        for (const attr of ["href", "src", "action", "data-bundle-path"]) {
          const value = el.getAttribute(attr);
          if (value?.startsWith("/") && !value.startsWith("/archive/")) escapes.push(`${relative(site, file)}: ${attr}="${value}"`);
        }
      }
    }
    expect(escapes).toEqual([]);
  });

  it("puts the prefix in feeds, sitemap and canonical URLs", () => {
    expect(readFileSync(`${site}/sitemap.xml`, "utf8")).toContain("<loc>https://archive.example.org/archive/people/ada-lovelace/</loc>");
    expect(readFileSync(`${site}/feed.xml`, "utf8")).toContain('href="https://archive.example.org/archive/2019/05/05/prefixed/"');
  });

  it("puts the prefix in an old address's redirect page and its _redirects line", () => {
    const doc = dom(readFileSync(`${site}/2019/05/04/prefixd/index.html`, "utf8"));
    expect(doc.querySelector('meta[http-equiv="refresh"]')?.getAttribute("content")).toBe("0; url=/archive/2019/05/05/prefixed/");
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute("href")).toBe("https://archive.example.org/archive/2019/05/05/prefixed/");
    expect(readFileSync(`${site}/_redirects`, "utf8")).toContain("\n/archive/2019/05/04/prefixd/ /archive/2019/05/05/prefixed/ 301\n");
  });

  it("passes the link check when served under the prefix", async () => {
    const result = await new LinkChecker().check({ path: server.url, recurse: true, linksToSkip: [`^(?!${server.url})`] });
    const broken = result.links.filter((l) => l.state === "BROKEN").map((l) => `${l.status} ${l.url} (on ${l.parent})`);
    expect(broken).toEqual([]);
    expect(result.links.filter((l) => l.state === "OK").length).toBeGreaterThan(20);
  });
});

describe("a site built with --site-url", () => {
  it("takes the deployed address from the build's options over site.yaml's", async () => {
    const root = makeArchive(FILES);
    try {
      const site = (await buildArchive(root, { pathPrefix: "/archive/", siteUrl: "https://deploy.example.net" })).output;
      const feed = readFileSync(`${site}/feed.xml`, "utf8");
      expect(feed).toContain("https://deploy.example.net/archive/2019/05/05/prefixed/");
      expect(feed).not.toContain("archive.example.org");
    } finally {
      removeArchive(root);
    }
  });
});
