/**
 * The site's Content-Security-Policy, written once: the build puts it in every page's
 * `<meta http-equiv="Content-Security-Policy">`, so any host serves it, and in `_headers` for
 * the hosts that read that file (Netlify, Cloudflare Pages). Only the site's own files load:
 * no inline script, no images from elsewhere, and `'wasm-unsafe-eval'` so Pagefind's
 * WebAssembly search can start.
 * https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Content-Security-Policy
 */

export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  "default-src": ["'self'"],
  "script-src": ["'self'", "'wasm-unsafe-eval'"],
  "style-src": ["'self'"],
  "img-src": ["'self'"],
  "font-src": ["'self'"],
  "connect-src": ["'self'"],
  // Pagefind starts its search worker from a blob: URL.
  "worker-src": ["'self'", "blob:"],
  "object-src": ["'none'"],
  "base-uri": ["'self'"],
  "form-action": ["'self'"],
  "frame-ancestors": ["'none'"],
  "upgrade-insecure-requests": [],
};

/**
 * Directives a `<meta>` policy cannot carry (browsers ignore them there), so they are sent only
 * as a header. https://w3c.github.io/webappsec-csp/#meta-element
 */
export const HEADER_ONLY_DIRECTIVES: readonly string[] = ["frame-ancestors", "report-uri", "report-to", "sandbox"];

/**
 * The policy as a header's value, or, with `meta`, as a `<meta>` element's content.
 * @example contentSecurityPolicy({ meta: true }).includes("frame-ancestors") // false
 */
export function contentSecurityPolicy(options: { meta?: boolean } = {}): string {
  return Object.entries(CSP_DIRECTIVES)
    .filter(([name]) => !(options.meta && HEADER_ONLY_DIRECTIVES.includes(name)))
    .map(([name, values]) => [name, ...values].join(" "))
    .join("; ");
}

/** The policy for templates, as global data: `{{ csp.meta }}` in a page's head, `{{ csp.header }}` in `_headers`. */
export const cspData = () => ({ meta: contentSecurityPolicy({ meta: true }), header: contentSecurityPolicy() });
