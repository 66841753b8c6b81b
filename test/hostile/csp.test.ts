/**
 * Issue 9, part 8: the Content-Security-Policy is served everywhere. Every page carries it in a
 * <meta>, so a host that sends no headers at all (GitHub Pages, S3, any plain server) still
 * applies it; `_headers` carries the same policy plus what only a header can say.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { contentSecurityPolicy, CSP_DIRECTIVES, cspData, HEADER_ONLY_DIRECTIVES } from "../../src/publish/csp.ts";
import { article, page as builtPage, useBuiltArchive } from "../helpers/fixture.ts";
import { describeBrowser, launchBrowser, serveSite, watchForErrors, type StaticServer } from "../helpers/browser.ts";
import { dom, htmlFiles } from "../helpers/html.ts";

const WAIT = { timeout: 20_000 };
/** A 1×1 PNG. */
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");
const ARTICLE = "/2020/05/01/reservoir-opens/";

const fixture = useBuiltArchive({
  "_data/topics/water.yaml": "name: Water\n",
  "media/2020/reservoir.png": PNG,
  "articles/2020/2020-05-01-reservoir-opens.md": article(
    "title: Aurora opens a new reservoir\ndate: 2020-05-01\ntopics: [water]",
    "The reservoir holds a year of the city's water.\n\n```figure\ncaption: The reservoir\nsrc: media/2020/reservoir.png\n```\n",
  ),
  "articles/2020/2020-06-01-council-debates-rates.md": article(
    "title: Council debates water rates\ndate: 2020-06-01\ntopics: [water]",
    "The council argued about what the reservoir's water should cost.\n",
  ),
});

/** The policy of a built page's <meta>, as the browser reads it (entities decoded). */
const metaPolicy = (html: string) => dom(html).querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content");

describe("the policy in every page and in _headers", () => {
  it("puts the policy in a <meta> on every page, first after the charset, so it governs everything after it", () => {
    const pages = htmlFiles(fixture.site).filter((f) => !f.includes("/pagefind/"));
    expect(pages.length).toBeGreaterThan(10);
    for (const file of pages) {
      const html = readFileSync(file, "utf8");
      expect(metaPolicy(html), file).toBe(contentSecurityPolicy({ meta: true }));
      const head = dom(html).head.children;
      expect([head[0]?.outerHTML, head[1]?.getAttribute("http-equiv")], file).toEqual(['<meta charset="utf-8">', "Content-Security-Policy"]);
    }
    expect(metaPolicy(builtPage(fixture.site, "/404.html"))).toBe(contentSecurityPolicy({ meta: true }));
  });

  it("is made only of the code's own directives, with nothing that could end the attribute it is written into unescaped", () => {
    // base.njk and redirect.njk write `csp.meta | safe` into content="…": it comes from CSP_DIRECTIVES alone, no
    // archive or contributor text, and must never hold a quote, angle bracket or ampersand.
    // The editor's page (src/eleventy/plugin.ts) writes `csp.adminMeta | safe` the same way.
    for (const policy of [contentSecurityPolicy({ meta: true }), contentSecurityPolicy(), cspData().adminMeta, cspData().meta]) expect(policy).not.toMatch(/["<>&]/);
  });

  it("leaves out of the <meta> the directives only a header can carry, and keeps them in _headers", () => {
    const meta = contentSecurityPolicy({ meta: true });
    for (const name of HEADER_ONLY_DIRECTIVES) expect(meta).not.toMatch(new RegExp(`(^|; )${name}\\b`));
    const headers = readFileSync(join(fixture.site, "_headers"), "utf8");
    const header = /^ {2}Content-Security-Policy: (.+)$/m.exec(headers)?.[1];
    expect(header).toBe(contentSecurityPolicy());
    expect(header).toContain("frame-ancestors 'none'");
    // The header is the meta policy plus the header-only directives, nothing else.
    const withoutHeaderOnly = header!.split("; ").filter((d) => !HEADER_ONLY_DIRECTIVES.includes(d.split(" ")[0]!));
    expect(withoutHeaderOnly.join("; ")).toBe(meta);
  });

  it("allows images, styles, fonts and fetches only from the site itself, and no inline script", () => {
    // Not written out: an absent fetch directive falls back to default-src, which the browser
    // test below checks for images ("img-src data" refused).
    for (const name of ["img-src", "style-src", "font-src", "connect-src"]) expect(CSP_DIRECTIVES[name]).toBeUndefined();
    expect(CSP_DIRECTIVES["script-src"]).not.toContain("'unsafe-inline'");
    expect(CSP_DIRECTIVES["default-src"]).toEqual(["'self'"]);
  });
});

describeBrowser("the policy in a browser, served with no headers at all", () => {
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    // What a pull request, a compromised dependency or a careless edit could slip into a page
    // after the build: an inline script, an inline event handler and an image from elsewhere.
    const file = join(fixture.site, ARTICLE, "index.html");
    const html = readFileSync(file, "utf8").replace(
      "<body>",
      `<body><script>document.title='pwned'</script><img id="hostile" src="/nowhere.png" onerror="document.title='pwned by onerror'"><img id="data" src="data:image/png;base64,${PNG.toString("base64")}">`,
    );
    writeFileSync(file, html);
    server = await serveSite(fixture.site);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A fresh page that records every policy violation from its first script on. */
  async function open(path: string): Promise<{ page: Page; violations: () => Promise<string[]>; console: string[]; errors: string[]; headers: Record<string, string> }> {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { violations: string[] }).violations = seen;
      document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI}`));
    });
    const console: string[] = [];
    page.on("console", (m) => console.push(m.text()));
    const errors = watchForErrors(page);
    const response = await page.goto(`${server.url}${path.slice(1)}`);
    return {
      page,
      violations: () => page.evaluate(() => (window as unknown as { violations: string[] }).violations),
      console,
      errors,
      headers: response!.headers(),
    };
  }

  it("serves the site without any Content-Security-Policy header", async () => {
    const { headers, page } = await open("/");
    expect(Object.keys(headers).filter((h) => /content-security-policy/i.test(h))).toEqual([]);
    await page.context().close();
  });

  it("does not run an inline script or an inline event handler injected into a page, and reports both", async () => {
    const { page, violations, console } = await open(ARTICLE);
    await expect.poll(violations, WAIT).toEqual(expect.arrayContaining(["script-src-elem inline", "script-src-attr inline"]));
    expect(await page.title()).toBe("Aurora opens a new reservoir · Fixture Archive");
    // Chromium says so in the console too, as a reader's developer tools would show.
    expect(console).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Executing inline script violates the following Content Security Policy directive 'script-src 'self'/),
        expect.stringMatching(/^Executing inline event handler violates the following Content Security Policy directive/),
      ]),
    );
    await page.context().close();
  });

  it("shows the site's own images and refuses an image from anywhere else", async () => {
    const { page, violations } = await open(ARTICLE);
    const figure = page.locator(".article__body figure img");
    await expect.poll(() => figure.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), WAIT).toBe(1);
    await expect.poll(violations, WAIT).toContain("img-src data");
    expect(await page.locator("#data").evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(0);
    await page.context().close();
  });

  it("still searches: Pagefind's script, WebAssembly and worker run under the <meta> policy", async () => {
    const { page, violations, errors } = await open("/search/?q=reservoir");
    const titles = () => page.locator("[data-results] > li.result .result__title a").allTextContents();
    await expect.poll(titles, WAIT).toEqual(expect.arrayContaining(["Aurora opens a new reservoir", "Council debates water rates"]));
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
