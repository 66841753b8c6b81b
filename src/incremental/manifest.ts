/**
 * The build's manifest (issue 12, item 3): what the previous build was made from, so that the
 * next one renders again only what changed. It lies beside the output folder, not in it
 * (`_site` → `_site.morgue-manifest.json`), so no host serves it and the site's files stay the
 * same whether a build was full or incremental; CI caches the two together.
 *
 * It is deleted before a build swaps its site in (or applies its changes in place,
 * src/incremental/apply.ts) and written after, so a manifest always describes the folder beside
 * it: a full build stopped between the two leaves no manifest, and the next build is a full one.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { ShardEntry } from "../browser/search/shards.ts";
import type { PlannedShard } from "../search/pagefind.ts";
import type { ArticleInputs } from "./fingerprints.ts";
import { walkFiles } from "../files.ts";

export const MANIFEST_VERSION = 3;

/** The site's size, kept so that an incremental build need not walk the whole site to know it (src/incremental/apply.ts). */
export interface SiteSize {
  bytes: number;
  files: number;
  /** every file of at least `threshold` bytes, largest first (at most 64 of them) */
  largest: [string, number][];
  threshold: number;
}

export interface BuildManifest {
  version: typeof MANIFEST_VERSION;
  /** {@link siteFingerprint}: the code, templates, site settings and options every page depends on */
  site: string;
  /** the search index's shards as planned, and as shards.json lists them */
  plan: PlannedShard[];
  search: ShardEntry[];
  /**
   * every article page and paged-list page, by key (src/incremental/fingerprints.ts): its
   * fingerprint, then the site paths of the files it made (`/people/ada/`, `/api/articles/2018.json`)
   */
  pages: Record<string, [string, ...string[]]>;
  /** what the article pages' fingerprints were worked out from: the next build takes an unchanged article's as it is */
  articles: ArticleInputs;
  /** the site's other files (single pages, static files, images), which each build makes again or keeps; not the search index */
  others: string[];
  size: SiteSize;
}

/** Where the manifest of the site in `output` lies: beside it. */
export const manifestPath = (output: string): string => `${resolve(output)}.morgue-manifest.json`;

/** The manifest beside `output`, or undefined when there is none or it is of another version. */
export function readManifest(output: string): BuildManifest | undefined {
  const file = manifestPath(output);
  if (!existsSync(file)) return undefined;
  try {
    const manifest = JSON.parse(readFileSync(file, "utf8")) as BuildManifest;
    return manifest.version === MANIFEST_VERSION ? manifest : undefined;
  } catch {
    return undefined;
  }
}

export function writeManifest(output: string, manifest: BuildManifest): void {
  writeFileSync(manifestPath(output), JSON.stringify(manifest));
}

export function removeManifest(output: string): void {
  rmSync(manifestPath(output), { force: true });
}

/**
 * A hash of everything every page depends on: Morgue's code (`codeFingerprint`), the archive's
 * templates (pages/, _includes/), its site settings as read (_data/site.yaml with the build's
 * overrides) and the options that change every page. When it differs from the previous build's,
 * the build is a full one.
 */
export function siteFingerprint(root: string, code: string, site: unknown, options: { pathPrefix?: string }): string {
  const h = createHash("sha256").update(code).update(JSON.stringify(site)).update(JSON.stringify({ pathPrefix: options.pathPrefix ?? null }));
  for (const dir of ["pages", "_includes"]) {
    if (!existsSync(join(root, dir))) continue;
    for (const file of walkFiles(join(root, dir))) h.update(`\0${file.slice(root.length)}\0`).update(readFileSync(file));
  }
  return h.digest("hex");
}

/** The file a site path is written to: `/people/ada/` → `people/ada/index.html`. */
export function fileOfUrl(url: string): string {
  const path = url.replace(/^\/+/, "");
  return path === "" || path.endsWith("/") ? `${path}index.html` : path;
}
