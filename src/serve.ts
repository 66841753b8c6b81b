/**
 * A built site served over HTTP on 127.0.0.1 under its path prefix, for the browser tests and
 * the bench's search measurements (Pagefind does not work from file://). Anything outside the
 * prefix is a 404, as on a real subpath. Uses sirv, a dev dependency: nothing in the build
 * imports this.
 */
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import sirv from "sirv";

export interface ServeOptions {
  /** the path prefix the site was built with, e.g. `/archive/`; default `/` */
  prefix?: string;
  /** headers on every response (a Content-Security-Policy, say) */
  headers?: Record<string, string>;
  /**
   * Sees each request under the prefix first, with its path below the prefix (`search/`);
   * returns true when it has answered it, else the file is served as usual.
   */
  intercept?: (req: IncomingMessage, res: ServerResponse, path: string) => boolean;
  /**
   * Sends the Cache-Control the site's own `_headers` file gives each path (as Netlify and
   * Cloudflare Pages do), so the browser's cache works as it does for readers; otherwise every
   * response is `no-store`, and each test starts from nothing.
   */
  siteCacheControl?: boolean;
}

export interface StaticServer {
  /** the site's root URL, with the path prefix and a trailing slash */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves the folder `dir` on a free port of 127.0.0.1.
 * @example const server = await serveFolder("_site", { prefix: "/archive/" }); server.url // "http://127.0.0.1:41234/archive/"
 */
export async function serveFolder(dir: string, options: ServeOptions = {}): Promise<StaticServer> {
  const prefix = options.prefix ?? "/";
  const files = sirv(dir, { dev: true, etag: false });
  const notFound = (res: ServerResponse) => {
    res.statusCode = 404;
    res.end("Not found");
  };
  const cache = options.siteCacheControl ? cacheControlRules(dir) : [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    for (const [k, v] of Object.entries(options.headers ?? {})) res.setHeader(k, v);
    if (!req.url?.startsWith(prefix)) return notFound(res);
    const path = req.url.slice(prefix.length);
    // sirv keeps a header already set, in place of its own no-store.
    const cacheControl = cache.findLast((rule) => rule.path.test(`/${path.split("?")[0]}`))?.value;
    if (cacheControl) res.setHeader("Cache-Control", cacheControl);
    if (options.intercept?.(req, res, path)) return;
    req.url = `/${path}`;
    files(req, res, () => notFound(res));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * The Cache-Control rules of a built site's `_headers` file (https://docs.netlify.com/routing/headers/):
 * a path pattern (`*` matches anything) on its own line, its headers indented below it. Where
 * several patterns match, the last one listed wins here.
 * @example cacheControlRules("_site") // [{ path: /^\/pagefind\/.*$/, value: "public, max-age=300" }, …]
 */
export function cacheControlRules(dir: string): { path: RegExp; value: string }[] {
  let text: string;
  try {
    text = readFileSync(`${dir}/_headers`, "utf8");
  } catch {
    return [];
  }
  const rules: { path: RegExp; value: string }[] = [];
  let path: RegExp | null = null;
  for (const line of text.split("\n")) {
    if (/^\//.test(line)) path = new RegExp(`^${line.trim().split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`);
    const [name, ...value] = line.split(":");
    if (path && /^\s/.test(line) && name?.trim().toLowerCase() === "cache-control") rules.push({ path, value: value.join(":").trim() });
  }
  return rules;
}
