/**
 * `_headers` (src/publish/headers.ts): Netlify and Cloudflare Pages apply every rule that matches
 * and join a header two rules set, so each path of the site must match the site's policy once,
 * and /admin/ the editor's alone.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { ADMIN_CSP_DIRECTIVES, contentSecurityPolicy } from "../../src/publish/csp.ts";
import { headersFile } from "../../src/publish/headers.ts";
import { article, SITE_YAML, useBuiltArchive } from "../helpers/fixture.ts";
import { headersFor, parseHeaders } from "../helpers/headers.ts";

const fixture = useBuiltArchive(
  {
    "_data/people/ada.yaml": "name: Ada\n",
    "articles/2020/2020-05-01-reservoir-opens.md": article("title: Aurora opens a new reservoir\ndate: 2020-05-01\npeople: [ada]"),
  },
  {},
  { site: `${SITE_YAML}editor:\n  repo: example/archive\n` },
);

describe("_headers", () => {
  it("gives every file of the built site one Content-Security-Policy: the editor's under /admin/, the site's everywhere else", () => {
    const rules = parseHeaders(readFileSync(join(fixture.site, "_headers"), "utf8"));
    // Not the build's own marker, .morgue-build (src/output.ts), nor _headers, which the hosts read and do not serve.
    const files = readdirSync(fixture.site, { recursive: true, encoding: "utf8" }).filter((f) => !f.startsWith(".") && f !== "_headers" && statSync(join(fixture.site, f)).isFile());
    const site = contentSecurityPolicy();
    const admin = contentSecurityPolicy({ directives: ADMIN_CSP_DIRECTIVES });
    expect(files.some((f) => f.startsWith(`admin${sep}`))).toBe(true);
    for (const file of files) {
      const url = `/${file.split(sep).join("/")}`.replace(/index\.html$/, "");
      const headers = headersFor(rules, url);
      expect(headers["content-security-policy"], url).toEqual([url.startsWith("/admin/") ? admin : site]);
      expect(headers["x-frame-options"], url).toEqual(["DENY"]);
    }
    expect(headersFor(rules, "/admin/")["x-robots-tag"]).toEqual(["noindex"]);
    expect(headersFor(rules, "/admin/")["cross-origin-opener-policy"]).toEqual(["same-origin-allow-popups"]);
  });

  it("has no rule that matches everything when the site has the editor, and one rule for the whole site when it has not", () => {
    expect(headersFile([{ name: "index.html", folder: false }, { name: "admin", folder: true }])).not.toMatch(/^\/\*$/m);
    const rules = parseHeaders(headersFile([{ name: "index.html", folder: false }, { name: "2018", folder: true }, { name: "pagefind", folder: true }]));
    for (const url of ["/", "/2018/01/24/a/", "/pagefind/pagefind.js", "/admin/"]) {
      expect(headersFor(rules, url)["content-security-policy"], url).toEqual([contentSecurityPolicy()]);
    }
  });

  it("keeps the editor out of the sitemap and says noindex on its page", () => {
    expect(readFileSync(join(fixture.site, "sitemap.xml"), "utf8")).not.toContain("/admin/");
    expect(readFileSync(join(fixture.site, "admin/index.html"), "utf8")).toContain('<meta name="robots" content="noindex, nofollow">');
  });
});
