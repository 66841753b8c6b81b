/**
 * The site's Content-Security-Policy, written once: the build puts it in every page's
 * `<meta http-equiv="Content-Security-Policy">`, so any host serves it, and in `_headers` for
 * the hosts that read that file (Netlify, Cloudflare Pages). Only the site's own files load:
 * no inline script, no images from elsewhere, and `'wasm-unsafe-eval'` so Pagefind's
 * WebAssembly search can start.
 * https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Content-Security-Policy
 */

export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  // Styles, images, fonts and fetches (style-src, img-src, font-src, connect-src) have no
  // directive of their own: a fetch directive that is absent falls back to default-src
  // (https://w3c.github.io/webappsec-csp/#directive-fallback-list), so `'self'` governs them as
  // if each were written out, and every page is 70 bytes shorter. Only what differs from
  // default-src, or does not fall back to it, is written.
  "default-src": ["'self'"],
  "script-src": ["'self'", "'wasm-unsafe-eval'"],
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
 * The editor's policy, for `/admin/` alone (Decap CMS, src/editor/). Decap is a prebuilt React
 * bundle, and it needs more than the site; the first two relaxations were each found necessary
 * in Chromium (without 'unsafe-eval' the editor does not start; without 'unsafe-inline' for
 * styles it starts unstyled, with a violation per component), and test/browser/editor.test.ts
 * drives the editor under exactly this policy with no violation:
 * - `'unsafe-eval'` in script-src: Decap validates its configuration with ajv, which compiles
 *   each JSON schema into a function with `new Function`; without it the editor does not start.
 * - `'unsafe-inline'` in style-src: Decap styles its components with emotion, which writes
 *   `<style>` elements at run time; there is no nonce to give a static page.
 * - `blob:` in img-src: the preview of an image being uploaded, which Decap shows from a blob
 *   URL before it is committed (its icons are inline SVG and need nothing).
 * - GitHub's API in connect-src and its avatars in img-src: the GitHub backend reads and
 *   writes the repository (https://docs.github.com/en/rest) and shows who is logged in. The
 *   login itself is a popup window at the OAuth proxy, which no directive governs.
 * Still no inline script, no script from elsewhere, no plugins, no framing of the editor.
 */
export const ADMIN_CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  "default-src": ["'self'"],
  "script-src": ["'self'", "'unsafe-eval'"],
  "style-src": ["'self'", "'unsafe-inline'"],
  "img-src": ["'self'", "blob:", "https://avatars.githubusercontent.com"],
  "font-src": ["'self'"],
  "connect-src": ["'self'", "https://api.github.com"],
  "object-src": ["'none'"],
  "base-uri": ["'self'"],
  "form-action": ["'self'"],
  "frame-ancestors": ["'none'"],
};

/**
 * The policy as a header's value, or, with `meta`, as a `<meta>` element's content; the site's
 * unless other `directives` are given (the editor's, {@link ADMIN_CSP_DIRECTIVES}).
 * @example contentSecurityPolicy({ meta: true }).includes("frame-ancestors") // false
 */
export function contentSecurityPolicy(options: { meta?: boolean; directives?: Readonly<Record<string, readonly string[]>> } = {}): string {
  return Object.entries(options.directives ?? CSP_DIRECTIVES)
    .filter(([name]) => !(options.meta && HEADER_ONLY_DIRECTIVES.includes(name)))
    .map(([name, values]) => [name, ...values].join(" "))
    .join("; ");
}

/** The policies for templates, as global data: `{{ csp.meta }}` in a page's head, `{{ csp.adminMeta }}` in the editor's. */
export const cspData = () => ({
  meta: contentSecurityPolicy({ meta: true }),
  header: contentSecurityPolicy(),
  adminMeta: contentSecurityPolicy({ meta: true, directives: ADMIN_CSP_DIRECTIVES }),
  adminHeader: contentSecurityPolicy({ directives: ADMIN_CSP_DIRECTIVES }),
});
