/**
 * What searching a built site costs a reader, measured in Chromium: the bytes a first search and
 * a second, different search transfer, and how long each takes to show its first result.
 *
 * - First search: the page opened at `/search/?q=<first>`, as the header's search box does;
 *   everything the page loads counts, Pagefind's library and WebAssembly included.
 * - Second search: `<second>` typed into the search box on the same page; only what that loads
 *   counts (index chunks and result fragments, as everything else is already there).
 * - Filters: the filters panel opened after the second search; what that loads counts (the
 *   filter lists, which the search page fetches only then, and the counts for the search shown).
 *
 * The site is served from 127.0.0.1 the way static hosts serve it: HTML, CSS, JavaScript, JSON
 * and SVG gzipped on the fly; Pagefind's index files and WebAssembly are gzip files already and
 * go as they are. Bytes are counted as the server sends them (response bodies, compressed), so
 * requests from Pagefind's web worker count too, which the browser's own figures can miss.
 */
import { readFileSync, statSync } from "node:fs";
import type { ServerResponse } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { serveFolder } from "../serve.ts";

export interface SearchStep {
  query: string;
  /** response bodies transferred, compressed as served */
  bytes: number;
  /** the part of `bytes` under /pagefind/: library, WebAssembly, index, filters, fragments */
  pagefindBytes: number;
  requests: number;
  /** first search: from opening the page; second: from typing the words */
  firstResultMs: number;
  /** the part of `bytes` sent by the time the first result showed (a sharded index asks its other shards after) */
  bytesToFirstResult: number;
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

/** What the server has sent since the meter was last reset. */
interface Step {
  bytes: number;
  pagefindBytes: number;
  requests: number;
}

interface Served {
  url: string;
  /** starts counting a new step */
  reset(): void;
  /** the bytes the step has sent so far */
  sent(): number;
  /** waits until no request has been open for `quietMs`, then returns the step's totals */
  settle(quietMs: number, timeoutMs: number): Promise<Step>;
  close(): Promise<void>;
}

/** Serves `dir` under `prefix` on 127.0.0.1, gzipping text as a static host would, and meters it. */
async function serve(dir: string, prefix: string): Promise<Served> {
  const gzipped = new Map<string, Buffer>();
  let step: Step = { bytes: 0, pagefindBytes: 0, requests: 0 };
  const open = new Set<ServerResponse>();
  let lastActivity = performance.now();

  /** Counts the body bytes of a response into the step it started in. */
  const meter = (res: ServerResponse, pagefind: boolean) => {
    const counted = step;
    const add = (chunk: unknown) => {
      const n = typeof chunk === "string" ? Buffer.byteLength(chunk) : chunk instanceof Uint8Array ? chunk.length : 0;
      counted.bytes += n;
      if (pagefind) counted.pagefindBytes += n;
    };
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    res.write = ((chunk: unknown, ...rest: unknown[]) => (add(chunk), write(chunk, ...rest))) as typeof res.write;
    res.end = ((chunk?: unknown, ...rest: unknown[]) => (typeof chunk !== "function" && add(chunk), end(chunk, ...rest))) as typeof res.end;
    counted.requests++;
    open.add(res);
    res.on("close", () => {
      open.delete(res);
      lastActivity = performance.now();
    });
  };

  const server = await serveFolder(dir, {
    prefix,
    intercept: (req, res, below) => {
      lastActivity = performance.now();
      const path = decodeURIComponent(below.split("?")[0]!);
      meter(res, path.startsWith("pagefind/"));
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
    reset: () => {
      step = { bytes: 0, pagefindBytes: 0, requests: 0 };
    },
    sent: () => step.bytes,
    settle: async (quietMs, timeoutMs) => {
      const deadline = performance.now() + timeoutMs;
      while (open.size > 0 || performance.now() - lastActivity < quietMs) {
        if (performance.now() > deadline) throw new Error(`requests still open after ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return { ...step };
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

/**
 * Measures a first and a second search on the built site in `site`.
 * @param queries two different searches, each of which must find something
 * @example await measureSearch("_site", ["Hancock", "sanctuary"]) // { first: { bytes: 131072, ... }, second: { ... } }
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
    const [first, second] = queries;

    server.reset();
    let started = performance.now();
    await page.goto(`${server.url}search/?q=${encodeURIComponent(first)}`);
    await page.locator(resultFor(first)).first().waitFor({ timeout });
    const firstMs = performance.now() - started;
    const firstBytes = server.sent();
    const firstStep = await server.settle(QUIET_MS, timeout);

    const input = page.getByRole("searchbox", { name: "Search articles" });
    server.reset();
    started = performance.now();
    await input.fill(second);
    await page.locator(resultFor(second)).first().waitFor({ timeout });
    const secondMs = performance.now() - started;
    const secondBytes = server.sent();
    const secondStep = await server.settle(QUIET_MS, timeout);

    server.reset();
    started = performance.now();
    await page.locator("[data-filters] > summary").click();
    await page.locator("[data-facet] input").first().waitFor({ timeout });
    const filtersMs = performance.now() - started;
    const filtersBytes = server.sent();
    const filtersStep = await server.settle(QUIET_MS, timeout);

    return {
      first: { query: first, ...firstStep, firstResultMs: Math.round(firstMs), bytesToFirstResult: firstBytes },
      second: { query: second, ...secondStep, firstResultMs: Math.round(secondMs), bytesToFirstResult: secondBytes },
      filters: { query: second, ...filtersStep, firstResultMs: Math.round(filtersMs), bytesToFirstResult: filtersBytes },
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
