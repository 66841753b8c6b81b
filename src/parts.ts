/**
 * A build in parts (issue 12, item 1): `--shard i/n` renders and indexes one part of the
 * archive's article pages into a folder of its own, and `--assemble DIR...` joins the parts and
 * renders the rest of the site once (src/build.ts). This module is what the two sides agree on:
 * which part an article belongs to, what a part's folder says about itself, and whether a set of
 * parts makes one site.
 *
 * An article's part is its year modulo n (part i holds the years y with y mod n = i − 1). An
 * article's year never changes, so adding articles moves no other article to another part, and
 * a year is a run of consecutive months, so each part's search shards are periods of their own
 * (the search page merges shards that do not overlap, src/browser/search/shards.ts). The price:
 * parts beyond the number of years the archive covers are empty, and a part is as large as its
 * years (README, "GitHub Pages").
 */
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { ShardEntry } from "./browser/search/shards.ts";
import { walkFiles } from "./files.ts";

/** One part of `parts`, counted from 1. */
export interface Shard {
  part: number;
  parts: number;
}

/**
 * `--shard i/n`, read and checked.
 * @example parseShard("2/3") // { part: 2, parts: 3 }
 */
export function parseShard(text: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!match) throw new Error(`--shard should be a part and a count of parts, i/n, such as 2/3, not "${text}"`);
  const [part, parts] = [Number(match[1]), Number(match[2])];
  if (parts < 1) throw new Error(`--shard ${text}: the count of parts should be at least 1`);
  if (part < 1 || part > parts) throw new Error(`--shard ${text}: the part should be from 1 to ${parts}, counted from 1`);
  return { part, parts };
}

/**
 * Which part, counted from 0, the articles of a month ("YYYY-MM") belong to, in a build of `parts` parts.
 * @example partOfMonth(3)("2019-07") // 0: 2019 mod 3
 */
export function partOfMonth(parts: number): (month: string) => number {
  return (month) => Number(month.slice(0, 4)) % parts;
}

/** The file a part's folder holds about itself. */
export const PART_MANIFEST = "morgue-part.json";

/** What a part's folder says about itself: enough for the assembly to refuse parts that do not make one site. */
export interface PartManifest {
  version: 1;
  part: number;
  parts: number;
  /** {@link archiveFingerprint} of the archive the part was built from */
  archive: string;
  /** {@link codeFingerprint} of the Morgue that built it */
  code: string;
  /** the build's options that change pages, as given (null when not given), and the day it took as today */
  options: { pathPrefix: string | null; siteUrl: string | null; searchShardSize: number | null; today: string };
  /** the URLs of the article pages it holds */
  articles: string[];
  /** its search shards, as shards.json lists them */
  search: ShardEntry[];
}

export function writePartManifest(dir: string, manifest: PartManifest): void {
  writeFileSync(join(dir, PART_MANIFEST), JSON.stringify(manifest));
}

/** Reads a part's manifest; throws, naming the folder, when it is not a part. */
export function readPartManifest(dir: string): PartManifest {
  const file = join(dir, PART_MANIFEST);
  if (!existsSync(file)) throw new Error(`${dir} is not a part of a sharded build (it has no ${PART_MANIFEST}); build one with npm run build -- --shard i/n`);
  const manifest = JSON.parse(readFileSync(file, "utf8")) as PartManifest;
  if (manifest.version !== 1) throw new Error(`${file}: a part manifest of version ${String(manifest.version)}, which this Morgue does not read; build the parts again`);
  return manifest;
}

/**
 * What is wrong with a set of parts as one site, one line each; empty when they are `n` parts
 * 1 to n, each once, built by the same code from the same archive with the same options.
 */
export function partProblems(parts: readonly { dir: string; manifest: PartManifest }[]): string[] {
  const problems: string[] = [];
  const first = parts[0];
  if (!first) return ["no parts to assemble: give the folders of the --shard builds"];
  const { parts: n } = first.manifest;
  for (const { dir, manifest } of parts.slice(1)) {
    if (manifest.parts !== n) problems.push(`${dir} is part ${manifest.part} of ${manifest.parts}, ${first.dir} part ${first.manifest.part} of ${n}: the parts of one build share their count`);
    if (manifest.archive !== first.manifest.archive) problems.push(`${dir} was built from another archive (or another version of it) than ${first.dir}: build every part from the same commit`);
    if (manifest.code !== first.manifest.code) problems.push(`${dir} was built by another version of Morgue than ${first.dir}: build every part with the same code`);
    for (const key of ["pathPrefix", "siteUrl", "searchShardSize", "today"] as const) {
      if (manifest.options[key] !== first.manifest.options[key]) problems.push(`${dir} was built with ${key} ${String(manifest.options[key])}, ${first.dir} with ${String(first.manifest.options[key])}: build every part with the same options`);
    }
  }
  const seen = new Map<number, string>();
  for (const { dir, manifest } of parts) {
    const twice = seen.get(manifest.part);
    if (twice) problems.push(`part ${manifest.part} of ${n} is given twice: ${twice} and ${dir}`);
    seen.set(manifest.part, dir);
  }
  const missing = Array.from({ length: n }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (missing.length) problems.push(`missing ${missing.length === 1 ? "part" : "parts"} ${missing.join(", ")} of ${n}`);
  return problems;
}

/** The folders of an archive whose files make its pages. */
const ARCHIVE_INPUTS = ["articles", "_data", "media", "pages", "_includes", "assets"];

/**
 * A SHA-256 of every file the archive's pages are made from (articles, registries, images,
 * templates, styles), by path and content: two checkouts of one commit agree, whatever their
 * files' times.
 */
export function archiveFingerprint(root: string): string {
  return fingerprint(root, ARCHIVE_INPUTS.filter((dir) => existsSync(join(root, dir))).flatMap((dir) => walkFiles(join(root, dir))));
}

/**
 * A SHA-256 of Morgue's code, its dependency lock and the installed Eleventy and Pagefind: parts
 * built by different code could render the same article differently.
 */
export function codeFingerprint(packageRoot: string): string {
  const require = createRequire(join(packageRoot, "package.json"));
  const files = [join(packageRoot, "eleventy.config.ts"), join(packageRoot, "package.json"), ...walkFiles(join(packageRoot, "src"))];
  if (existsSync(join(packageRoot, "package-lock.json"))) files.push(join(packageRoot, "package-lock.json"));
  const installed = ["@11ty/eleventy", "pagefind"].map((name) => {
    for (const dir of require.resolve.paths(name) ?? []) {
      const file = join(dir, name, "package.json");
      if (existsSync(file)) return `${name}@${(JSON.parse(readFileSync(file, "utf8")) as { version: string }).version}`;
    }
    return `${name}@none`;
  });
  return fingerprint(packageRoot, files, installed.join("\n"));
}

function fingerprint(base: string, files: string[], extra = ""): string {
  const hash = createHash("sha256").update(extra);
  for (const file of files.sort()) hash.update(`\0${file.slice(base.length)}\0`).update(readFileSync(file));
  return hash.digest("hex");
}

/**
 * Puts every file of a part's folder (but its manifest and build marker) at the same path in
 * `site`, as a hard link where the file system allows (a part's files are not copied twice over),
 * else a copy. Search shards' `pagefind-entry.json` are always copied: the assembly rewrites
 * them (src/search/share-wasm.ts), which through a link would change the part too. Throws if a
 * file is there already: two parts, or a part and the rest of the site, never write one path.
 * Returns the number of files.
 */
export function linkPart(part: string, site: string): number {
  let files = 0;
  const walk = (from: string, to: string, top: boolean) => {
    let made = existsSync(to);
    for (const entry of readdirSync(from, { withFileTypes: true })) {
      if (top && (entry.name === PART_MANIFEST || entry.name === ".morgue-build")) continue;
      const source = join(from, entry.name);
      const target = join(to, entry.name);
      if (!made) {
        mkdirSync(to, { recursive: true });
        made = true;
      }
      if (entry.isDirectory()) {
        walk(source, target, false);
        continue;
      }
      if (existsSync(target)) throw new Error(`${source} would overwrite ${target}: a page of the site is in two parts, or the part holds more than article pages and search shards`);
      if (entry.name === "pagefind-entry.json") copyFileSync(source, target);
      else {
        try {
          linkSync(source, target);
        } catch {
          copyFileSync(source, target);
        }
      }
      files++;
    }
  };
  walk(part, site, true);
  return files;
}
