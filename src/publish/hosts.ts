/**
 * Static hosts and the documented limits a built site must fit: the whole site's bytes, its
 * number of files and the largest single file. Only limits confirmed in the host's own
 * documentation are listed; a host without a figure here may still have one.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { walkFiles } from "../files.ts";
import { HOST_KEYS, type HostKey } from "../schema.ts";

/** What a host accepts; a limit left out is one not documented or not known to apply. */
export interface HostLimits {
  /** the host's name, as printed */
  name: string;
  /** the most bytes a published site may hold */
  bytes?: number;
  /** the most files a site (one deployment) may hold */
  files?: number;
  /** the largest single file */
  fileBytes?: number;
  /** the most `_redirects` rules without a placeholder or splat the host reads, and where that is documented */
  redirects?: { rules: number; source: string };
  /** the most `_headers` rules the host reads, and where that is documented */
  headers?: { rules: number; source: string };
  /** where the figures come from */
  source: string;
}

const MiB = 1024 ** 2;
// GitHub's limit is measured here on the site's files as they are, in decimal gigabytes: the
// strictest reading of what GitHub documents, so a site this passes passes every other reading.
// What GitHub documents and what its tools check differ (BENCHMARKS.md, "Output size per
// article"): the Pages limits page says "Published GitHub Pages sites may be no larger than
// 1 GB", naming neither the unit nor whether compressed. The deploy workflow's tools send the
// site as a tar (actions/upload-pages-artifact, action.yml) inside an Actions artifact that
// upload-artifact compresses (zlib level 6 by default); actions/deploy-pages then compares that
// compressed artifact's size with 1 GiB (1,073,741,824 bytes) and only warns ("Deployment might
// fail", src/internal/deployment.js), and refuses a deployment only past 10 GB. The compressed
// artifact is a fraction of the files' size, so the files' size is what is checked.
const GB = 1e9;

// "A project is limited to 2,000 static redirects and 100 dynamic redirects"; past them, each
// rule is skipped (workers-sdk, parseRedirects: "Maximum number of static rules supported is
// 2000. Skipping line."). Every rule Morgue writes is static: one old address, one new.
const CLOUDFLARE_REDIRECTS = { rules: 2_000, source: "https://developers.cloudflare.com/pages/configuration/redirects/" };
// "A project is limited to 100 header rules."
const CLOUDFLARE_HEADERS = { rules: 100, source: "https://developers.cloudflare.com/pages/configuration/headers/" };

/**
 * The hosts `host:` in `_data/site.yaml` may name. Keys are the values the schema accepts.
 */
export const HOSTS = {
  // "Published GitHub Pages sites may be no larger than 1 GB." Measured on the files; see GB above.
  "github-pages": {
    name: "GitHub Pages",
    bytes: 1 * GB,
    source: "https://docs.github.com/en/pages/getting-started-with-github-pages/github-pages-limits",
  },
  // Free plan: 20,000 files per site, 25 MiB per file. Paid plans allow 100,000 files since
  // 2026-01-23 (https://developers.cloudflare.com/changelog/post/2026-01-23-pages-file-limit-increase/).
  "cloudflare-pages": {
    name: "Cloudflare Pages (Free plan)",
    files: 20_000,
    fileBytes: 25 * MiB,
    redirects: CLOUDFLARE_REDIRECTS,
    headers: CLOUDFLARE_HEADERS,
    source: "https://developers.cloudflare.com/pages/platform/limits/",
  },
  "cloudflare-pages-paid": {
    name: "Cloudflare Pages (paid plans)",
    files: 100_000,
    fileBytes: 25 * MiB,
    redirects: CLOUDFLARE_REDIRECTS,
    headers: CLOUDFLARE_HEADERS,
    source: "https://developers.cloudflare.com/pages/platform/limits/",
  },
} as const satisfies Record<HostKey, HostLimits>;

export { HOST_KEYS, type HostKey };

/** What was measured of a built site. */
export interface SiteStats {
  bytes: number;
  files: number;
  largestFile: { path: string; bytes: number };
  /** the rules in `_redirects`, one per article's old address (pages/redirects.njk) */
  redirects?: number;
  /** the rules in `_headers` (src/publish/headers.ts) */
  headers?: number;
}

const gb = (bytes: number) => `${(bytes / GB).toLocaleString("en-US", { maximumFractionDigits: 2 })} GB`;
const mib = (bytes: number) => `${(bytes / MiB).toLocaleString("en-US", { maximumFractionDigits: 1 })} MiB`;
const count = (n: number) => n.toLocaleString("en-US");

/**
 * One line per limit of `host` that `stats` passes; none when the site fits.
 * @example hostWarnings({ bytes: 2e9, files: 9, largestFile: { path: "a", bytes: 1 } }, HOSTS["github-pages"])
 * // ["the site is 2 GB, more than GitHub Pages allows, 1 GB (https://docs.github.com/...)"]
 */
export function hostWarnings(stats: SiteStats, host: HostLimits): string[] {
  const over: string[] = [];
  const cite = `(${host.source})`;
  if (host.bytes !== undefined && stats.bytes > host.bytes) {
    over.push(`the site is ${gb(stats.bytes)}, more than ${host.name} allows, ${gb(host.bytes)} ${cite}`);
  }
  if (host.files !== undefined && stats.files > host.files) {
    over.push(`the site has ${count(stats.files)} files, more than ${host.name} allows, ${count(host.files)} ${cite}`);
  }
  if (host.fileBytes !== undefined && stats.largestFile.bytes > host.fileBytes) {
    over.push(`${stats.largestFile.path} is ${mib(stats.largestFile.bytes)}, more than ${host.name} allows a file, ${mib(host.fileBytes)} ${cite}`);
  }
  if (host.redirects && (stats.redirects ?? 0) > host.redirects.rules) {
    over.push(
      `_redirects has ${count(stats.redirects!)} rules, more than ${host.name} reads, ${count(host.redirects.rules)}: ` +
        `the old addresses past them are sent on by their redirect pages alone, a <meta> refresh rather than a 301 (${host.redirects.source})`,
    );
  }
  if (host.headers && (stats.headers ?? 0) > host.headers.rules) {
    over.push(
      `_headers has ${count(stats.headers!)} rules, more than ${host.name} reads, ${count(host.headers.rules)}: ` +
        `the pages past them get no security headers but their own <meta> policy (${host.headers.source})`,
    );
  }
  return over;
}

/** Bytes, file count and largest file of the built site at `dir`, paths relative to it, and its `_redirects` rules. */
export function siteStats(dir: string): SiteStats {
  const stats: SiteStats = { bytes: 0, files: 0, largestFile: { path: "", bytes: 0 } };
  for (const file of walkFiles(dir)) {
    const { size } = statSync(file);
    stats.bytes += size;
    stats.files++;
    if (size > stats.largestFile.bytes) stats.largestFile = { path: relative(dir, file), bytes: size };
  }
  const redirects = join(dir, "_redirects");
  if (existsSync(redirects)) stats.redirects = redirectRules(readFileSync(redirects, "utf8"));
  const headers = join(dir, "_headers");
  if (existsSync(headers)) stats.headers = headerRules(readFileSync(headers, "utf8"));
  return stats;
}

/**
 * The rules in a `_headers` file: its lines that name a path (the headers below them are indented).
 * @example headerRules("/*\n  X-Frame-Options: DENY\n") // 1
 */
export function headerRules(text: string): number {
  return text.split("\n").filter((line) => /^[/h]/.test(line)).length;
}

/**
 * The rules in a `_redirects` file: its lines that are neither blank nor comments.
 * @example redirectRules("# moved\n/old/ /new/ 301\n") // 1
 */
export function redirectRules(text: string): number {
  return text.split("\n").filter((line) => line.trim() && !line.trimStart().startsWith("#")).length;
}
