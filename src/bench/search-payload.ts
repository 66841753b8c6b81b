/**
 * What searching a built site costs a reader, measured in Chromium: the bytes a first search and
 * a second, different search transfer before their first result is drawn and in all, and how long
 * each takes to draw its first result.
 *
 * - First search: the page opened at `/search/?q=<first>`, as the header's search box does;
 *   everything the page loads counts, Pagefind's library and WebAssembly included.
 * - Second search: `<second>` typed into the search box on the same page; only what that loads
 *   counts (index chunks and result fragments, as everything else is already there).
 * - Filters: the filters panel opened after the second search; what that loads counts (the
 *   filter lists, which the search page fetches only then, and the counts for the search shown).
 *
 * The meter is the browser's own (Resource Timing, https://w3c.github.io/resource-timing/), read
 * from the page and from Pagefind's web worker, which fetches the index: each response's
 * `transferSize` (body as sent, compressed, plus headers; 0 when the browser's cache answered)
 * and the moment its last byte arrived. The moment the first result is drawn is taken in the page
 * too, by a MutationObserver that sees the result's link inserted; "to the first result" counts
 * the responses that ended before it, so requests a sharded index makes after its first result
 * are not counted there, however fast they arrive, and "whole search" counts every response until
 * every shard has answered and the network has been quiet for a while.
 *
 * The site is served from 127.0.0.1 the way static hosts serve it: HTML, CSS, JavaScript, JSON
 * and SVG gzipped on the fly; Pagefind's index files and WebAssembly are gzip files already and
 * go as they are; with the Cache-Control the site's own `_headers` gives each path.
 */
import { readFileSync, statSync } from "node:fs";
import type { ServerResponse } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Page } from "playwright-core";
import { serveFolder } from "../serve.ts";

export interface SearchStep {
  query: string;
  /** what the step transferred in all: bodies as sent (compressed) plus headers */
  bytes: number;
  /** the part of `bytes` under /pagefind/: library, WebAssembly, index, filters, fragments */
  pagefindBytes: number;
  /** responses that came over the network (not from the browser's cache) */
  requests: number;
  /** first search: from the start of the page's navigation; others: from the action */
  firstResultMs: number;
  /** the part of `bytes` whose responses had ended when the first result was drawn */
  bytesToFirstResult: number;
  /** the requests among them */
  requestsToFirstResult: number;
}

export interface SearchPayloadResult {
  first: SearchStep;
  second: SearchStep;
  /** the filters panel opened after the second search; `query` is the second search's */
  filters?: SearchStep;
}

export interface SearchPayloadOptions {
  /** the path prefix the site was built with; default "/" */
  prefix?: string;
  /** default: $CHROMIUM_PATH or /usr/bin/chromium */
  chromiumPath?: string;
  /** how long to wait for each search's results; default 60 s */
  timeoutMs?: number;
}

/** File types a static host compresses; Pagefind's own files are already gzip. */
const COMPRESSIBLE: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

interface Served {
  url: string;
  /** waits until no request has been open for `quietMs` */
  settle(quietMs: number, timeoutMs: number): Promise<void>;
  close(): Promise<void>;
}

/** Serves `dir` under `prefix` on 127.0.0.1, gzipping text as a static host would, and watches for quiet. */
async function serve(dir: string, prefix: string): Promise<Served> {
  const gzipped = new Map<string, Buffer>();
  const open = new Set<ServerResponse>();
  let lastActivity = performance.now();
  const server = await serveFolder(dir, {
    prefix,
    siteCacheControl: true,
    intercept: (req, res, below) => {
      lastActivity = performance.now();
      open.add(res);
      res.on("close", () => {
        open.delete(res);
        lastActivity = performance.now();
      });
      const path = decodeURIComponent(below.split("?")[0]!);
      const file = normalize(join(dir, path.endsWith("/") || path === "" ? join(path, "index.html") : path));
      const type = COMPRESSIBLE[extname(file)];
      if (!type || !file.startsWith(dir + sep) || !/\bgzip\b/.test(String(req.headers["accept-encoding"])) || !isFile(file)) return false;
      let body = gzipped.get(file);
      if (!body) gzipped.set(file, (body = gzipSync(readFileSync(file))));
      res.writeHead(200, { "Content-Type": type, "Content-Encoding": "gzip", "Content-Length": body.length, Vary: "Accept-Encoding" });
      res.end(body);
      return true;
    },
  });
  return {
    url: server.url,
    settle: async (quietMs, timeoutMs) => {
      const deadline = performance.now() + timeoutMs;
      while (open.size > 0 || performance.now() - lastActivity < quietMs) {
        if (performance.now() > deadline) throw new Error(`requests still open after ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    close: () => server.close(),
  };
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** How long the network must be idle for a search to count as done: results load as they scroll in. */
const QUIET_MS = 750;

/** A result link for `query`: Pagefind adds the words searched for to each result's URL. */
const resultFor = (query: string) => `[data-results] a[href*="pagefind-highlight=${encodeURIComponent(query.split(/\s+/)[0]!)}" i]`;

/** A response as Resource Timing saw it, its times on the wall clock (ms since 1970) so the page's and the worker's compare. */
interface Timed {
  url: string;
  start: number;
  end: number;
  transferSize: number;
}

/** Every response a global (the page, or a worker) has timed so far; runs in the browser. */
function timedResponses(): Timed[] {
  const origin = performance.timeOrigin;
  return (performance.getEntriesByType("navigation") as PerformanceResourceTiming[])
    .concat(performance.getEntriesByType("resource") as PerformanceResourceTiming[])
    .map((e) => ({ url: e.name, start: origin + e.startTime, end: origin + e.responseEnd, transferSize: e.transferSize }));
}

/**
 * Runs in the page before its scripts: notes when an element matching `window.__probe.selector`
 * is first inserted, on the same clock as timedResponses.
 */
function installProbe(selector: string): void {
  const probe = { selector, at: 0 };
  (window as unknown as { __probe: typeof probe }).__probe = probe;
  performance.setResourceTimingBufferSize(100_000);
  new MutationObserver(() => {
    if (!probe.at && probe.selector && document.querySelector(probe.selector)) probe.at = performance.timeOrigin + performance.now();
  }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ["href"] });
}

/** What the page and its workers fetched from `since` on, split at `firstAt`. */
async function stepOf(page: Page, query: string, since: number, firstAt: number): Promise<SearchStep> {
  const all = (await Promise.all([page.evaluate(timedResponses), ...page.workers().map((w) => w.evaluate(timedResponses))])).flat();
  const step = all.filter((r) => r.start >= since && r.transferSize > 0);
  const before = step.filter((r) => r.end <= firstAt);
  const sum = (list: Timed[]) => list.reduce((n, r) => n + r.transferSize, 0);
  return {
    query,
    bytes: sum(step),
    pagefindBytes: sum(step.filter((r) => new URL(r.url).pathname.includes("/pagefind/"))),
    requests: step.length,
    firstResultMs: Math.round(firstAt - since),
    bytesToFirstResult: sum(before),
    requestsToFirstResult: before.length,
  };
}

/**
 * Measures a first and a second search, and opening the filters, on the built site in `site`.
 * @param queries two different searches, each of which must find something
 * @example await measureSearch("_site", ["Hancock", "sanctuary"]) // { first: { bytes: 131072, bytesToFirstResult: 120000, ... }, second: { ... } }
 */
export async function measureSearch(
  site: string,
  queries: readonly [string, string],
  options: SearchPayloadOptions = {},
): Promise<SearchPayloadResult> {
  const prefix = options.prefix ?? "/";
  const timeout = options.timeoutMs ?? 60_000;
  const server = await serve(resolve(site), prefix);
  const browser = await chromium.launch({
    executablePath: options.chromiumPath ?? process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  try {
    // A fresh context has an empty cache, as a first visit does.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    // Pagefind's worker times its own fetches; room for all of them, as soon as it starts.
    page.on("worker", (worker) => void worker.evaluate(() => performance.setResourceTimingBufferSize(100_000)).catch(() => {}));
    const [first, second] = queries;
    const now = () => page.evaluate(() => performance.timeOrigin + performance.now());
    /**
     * Waits for the result link the probe watches for, then for every shard's answer (the results
     * stop being busy) and for the network to be quiet; returns when the link was inserted.
     */
    const finished = async (selector: string) => {
      await page.locator(selector).first().waitFor({ timeout });
      await page.locator('[data-results][aria-busy="false"]').waitFor({ timeout });
      await server.settle(QUIET_MS, timeout);
      const at = await page.evaluate(() => (window as unknown as { __probe: { at: number } }).__probe.at);
      if (!at) throw new Error(`${selector} showed, but the page's probe did not see it inserted`);
      return at;
    };
    const watch = (selector: string) =>
      page.evaluate((s) => Object.assign((window as unknown as { __probe: { selector: string; at: number } }).__probe, { selector: s, at: 0 }), selector);

    await page.addInitScript(installProbe, resultFor(first));
    await page.goto(`${server.url}search/?q=${encodeURIComponent(first)}`);
    const firstAt = await finished(resultFor(first));
    const firstStep = await stepOf(page, first, await page.evaluate(() => performance.timeOrigin), firstAt);

    const input = page.getByRole("searchbox", { name: "Search articles" });
    await watch(resultFor(second));
    let since = await now();
    await input.fill(second);
    const secondAt = await finished(resultFor(second));
    const secondStep = await stepOf(page, second, since, secondAt);

    await watch("[data-facet] input");
    since = await now();
    await page.locator("[data-filters] > summary").click();
    const filtersAt = await finished("[data-facet] input");
    const filtersStep = await stepOf(page, second, since, filtersAt);

    return { first: firstStep, second: secondStep, filters: filtersStep };
  } finally {
    await browser.close();
    await server.close();
  }
}
