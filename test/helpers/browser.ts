/**
 * Browser tests: the system Chromium driven by playwright-core, against a built site served
 * over HTTP on 127.0.0.1 (Pagefind does not work from file://).
 *
 * Without a browser, outside CI, browser suites are skipped with a loud message; in CI
 * (CI=true) a missing browser fails them.
 */
import { existsSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, it } from "vitest";
import { serveFolder, type ServeOptions, type StaticServer } from "../../src/serve.ts";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const hasBrowser = existsSync(CHROMIUM_PATH);

/** `describe` for browser suites: runs with a browser, fails without one in CI, else skips loudly. */
export function describeBrowser(name: string, fn: () => void): void {
  if (hasBrowser) {
    describe(name, fn);
    return;
  }
  if (process.env.CI) {
    describe(name, () => {
      it("needs Chromium", () => {
        throw new Error(`No Chromium at ${CHROMIUM_PATH}: CI must install it (apt-get install -y chromium) or set CHROMIUM_PATH.`);
      });
    });
    return;
  }
  console.warn(
    `\n!!! BROWSER TESTS SKIPPED: no Chromium at ${CHROMIUM_PATH}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH. !!!\n`,
  );
  describe.skip(name, fn);
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}

export type { StaticServer };

/**
 * Serves `dir` on 127.0.0.1 under `prefix` (e.g. `/archive/`), with optional response headers
 * (a Content-Security-Policy, say), or the site's own caching (`siteCacheControl`). Anything outside the prefix is a 404, as on a real subpath.
 */
export function serveSite(dir: string, options: ServeOptions = {}): Promise<StaticServer> {
  return serveFolder(dir, options);
}

/** Collects console errors and failed requests, which a page should never have. */
export function watchForErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => errors.push(`page error: ${e.message}`));
  page.on("requestfailed", (r) => {
    // A request cut short because the page navigated (a reload, a link) did not fail.
    if (r.failure()?.errorText === "net::ERR_ABORTED") return;
    errors.push(`request failed: ${r.url()} ${r.failure()?.errorText}`);
  });
  page.on("response", (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return errors;
}

/**
 * Within a browser suite: serves `site()` (a folder, resolved when the suite starts) and
 * launches Chromium before its tests, and closes both after. Use the returned object's fields
 * inside tests.
 */
export function useSiteInBrowser(site: () => string, options: { prefix?: string; headers?: Record<string, string> } = {}) {
  const handle = {} as { browser: Browser; server: StaticServer };
  beforeAll(async () => {
    handle.server = await serveSite(site(), options);
    handle.browser = await launchBrowser();
  });
  afterAll(async () => {
    await handle.browser?.close();
    await handle.server?.close();
  });
  return handle;
}
