/**
 * A built site served over HTTP on 127.0.0.1 under its path prefix, for the browser tests and
 * the bench's search measurements (Pagefind does not work from file://). Anything outside the
 * prefix is a 404, as on a real subpath. Uses sirv, a dev dependency: nothing in the build
 * imports this.
 */
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
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    for (const [k, v] of Object.entries(options.headers ?? {})) res.setHeader(k, v);
    if (!req.url?.startsWith(prefix)) return notFound(res);
    const path = req.url.slice(prefix.length);
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
