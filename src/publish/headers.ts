/**
 * `_headers`, the response headers of Netlify and Cloudflare Pages
 * (https://docs.netlify.com/routing/headers/, https://developers.cloudflare.com/pages/configuration/headers/),
 * written by the build once the site is complete, from the folder's own top-level entries.
 *
 * Both hosts apply every rule whose path matches, and join the values of a header that two
 * rules set: a `/*` rule for the site would also reach `/admin/`, and the editor would be held
 * to both policies at once (the stricter site's, under which Decap cannot start). So a site with
 * the editor has its headers given path by path, one rule for each top-level file and folder but
 * the editor's, and `/admin/*` a rule of its own (src/publish/csp.ts says why its policy
 * differs); a site without it, one `/*` rule. Cloudflare reads at most 100 rules (`hostWarnings`
 * warns when a site with the editor has more: a top-level folder a year, over 80 years or so).
 */
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ADMIN_CSP_DIRECTIVES, contentSecurityPolicy } from "./csp.ts";

/** The editor's folder in the site. */
export const ADMIN_DIR = "admin";

/** Every page's headers but the policy. */
const COMMON: readonly [string, string][] = [
  ["X-Content-Type-Options", "nosniff"],
  ["X-Frame-Options", "DENY"],
  ["Referrer-Policy", "strict-origin-when-cross-origin"],
  ["Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()"],
  ["Cross-Origin-Opener-Policy", "same-origin"],
];

/** Caching, by path; these rules set no header another rule sets. */
const CACHE: readonly [string, string][] = [
  ["/pagefind/*", "public, max-age=300"],
  ["/assets/*", "public, max-age=3600"],
];

export interface TopLevelEntry {
  name: string;
  folder: boolean;
}

/**
 * The text of `_headers` for a site whose top level holds `entries`.
 * @example headersFile([{ name: "index.html", folder: false }, { name: "people", folder: true }])
 */
export function headersFile(entries: readonly TopLevelEntry[]): string {
  const site = [["Content-Security-Policy", contentSecurityPolicy()] as [string, string], ...COMMON];
  const editor = entries.some((e) => e.name === ADMIN_DIR && e.folder);
  const paths = editor ? ["/", ...entries.filter((e) => e.name !== ADMIN_DIR && e.name !== "_headers").map((e) => (e.folder ? `/${e.name}/*` : `/${e.name}`))] : ["/*"];
  const rule = (path: string, headers: readonly (readonly [string, string])[]) => [path, ...headers.map(([k, v]) => `  ${k}: ${v}`)].join("\n");
  const rules = paths.map((path) => rule(path, site));
  if (editor) {
    // The editor: its own policy, kept out of search engines (it is a login screen).
    // The login is a popup at the OAuth proxy that hands the token back to its opener: the site's
    // `same-origin` opener policy would cut that link, `same-origin-allow-popups` keeps it.
    const admin = COMMON.map(([k, v]) => [k, k === "Cross-Origin-Opener-Policy" ? "same-origin-allow-popups" : v] as const);
    rules.push(rule(`/${ADMIN_DIR}/*`, [["Content-Security-Policy", contentSecurityPolicy({ directives: ADMIN_CSP_DIRECTIVES })], ...admin, ["X-Robots-Tag", "noindex"]]));
  }
  rules.push(...CACHE.map(([path, value]) => rule(path, [["Cache-Control", value]])));
  return [
    "# Response headers for Netlify and Cloudflare Pages, written by the build (src/publish/headers.ts).",
    ...(editor
      ? [
          "# No rule matches everything: both hosts join the headers of every matching rule, and /admin/",
          "# (the editor) must have its own Content-Security-Policy alone.",
        ]
      : []),
    "# Pages carry the site's policy in a <meta> too, so hosts that ignore this file still apply it.",
    ...rules.map((r) => `${r}\n`),
  ].join("\n");
}

/** Writes `_headers` into the built site at `dir`, from its top-level entries. */
export function writeHeaders(dir: string): void {
  const entries = readdirSync(dir, { withFileTypes: true }).map((e) => ({ name: e.name, folder: e.isDirectory() }));
  writeFileSync(join(dir, "_headers"), headersFile(topLevel(entries)));
}

/**
 * The top-level entries of a site that holds the files `paths` (site paths, `people/ada/index.html`):
 * what an incremental build, which does not write the whole site, gives {@link headersFile}.
 * @example topLevelOfPaths(["index.html", "people/ada/index.html"]) // [{ name: "index.html", folder: false }, { name: "people", folder: true }]
 */
export function topLevelOfPaths(paths: Iterable<string>): TopLevelEntry[] {
  const entries = new Map<string, boolean>();
  for (const path of paths) {
    const slash = path.indexOf("/");
    if (slash < 0) entries.set(path, entries.get(path) ?? false);
    else entries.set(path.slice(0, slash), true);
  }
  return topLevel([...entries].map(([name, folder]) => ({ name, folder })));
}

/** Entries in the order `_headers` lists them, without hidden ones (the build's mark). */
const topLevel = (entries: TopLevelEntry[]): TopLevelEntry[] =>
  entries.filter((e) => !e.name.startsWith(".")).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
