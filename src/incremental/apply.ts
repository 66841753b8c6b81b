/**
 * An incremental build applied in place (issue 12, item 3). A full build writes a whole new site
 * beside the output and swaps it in; an incremental one writes only what it renders (the changed
 * pages, the site's single pages, the search shards indexed again, the images that changed) into
 * an overlay folder beside the output, and once everything is rendered and indexed, moves those
 * files into the output and deletes the files no page makes any more. Linking a 100,000-article
 * site's quarter of a million unchanged files into a new folder took longer than rendering what
 * changed (BENCHMARKS.md, "Incremental builds").
 *
 * Nothing is written through an existing file: every file is moved in by a rename, which replaces
 * the name, not the bytes, so a copy of the site made with hard links (`cp -al`, a deploy's
 * cache) keeps its files as they were. A build that fails before the apply leaves the output as
 * it was. The apply itself is kept by a journal: before the first file moves, the previous
 * manifest is deleted, the overlay renamed to `<output>.morgue-apply` and the list of deletions
 * written to `<output>.morgue-apply.json`; a build stopped midway (killed, the machine off) leaves
 * them, and the next build (or `npm start`'s) finishes the apply before it reads anything
 * ({@link finishInterruptedApply}), so the output never stays half old, half new.
 */
import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmdirSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { walkFiles } from "../files.ts";
import { MEDIA_DIR } from "../media/address.ts";
import { headersFile, topLevelOfPaths } from "../publish/headers.ts";
import { headerRules, redirectRules, type SiteStats } from "../publish/hosts.ts";
import { fileOfUrl, manifestPath, removeManifest, type BuildManifest, type SiteSize } from "./manifest.ts";

/** How many of the site's largest files the manifest keeps, to find the largest without walking the site. */
const LARGEST = 64;

/** The overlay's name once its apply has begun, and its journal's. */
export const applyFolder = (output: string): string => `${output}.morgue-apply`;
const journalPath = (output: string): string => `${output}.morgue-apply.json`;
const nextManifestPath = (output: string): string => `${manifestPath(output)}.next`;

interface Journal {
  version: 1;
  /** site paths to delete once the overlay's files are in */
  deletes: string[];
}

/** A site path as the manifest writes it: relative, with forward slashes. */
const sitePath = (root: string, file: string): string => relative(root, file).split(sep).join("/");

/**
 * A full build's site, walked once: its size, its largest files and the files that are neither an
 * article or list page (`pageFiles`) nor the search index: the single pages, static files and
 * images, which the next incremental build makes again or keeps.
 */
export function takeInventory(site: string, pageFiles: ReadonlySet<string>): { size: SiteSize; others: string[] } {
  const size: SiteSize = { bytes: 0, files: 0, threshold: 0, largest: [] };
  const others: string[] = [];
  for (const file of walkFiles(site)) {
    const path = sitePath(site, file);
    const bytes = statSync(file).size;
    size.bytes += bytes;
    size.files++;
    size.largest.push([path, bytes]);
    if (size.largest.length > 4 * LARGEST) trimLargest(size);
    if (isOther(path, pageFiles)) others.push(path);
  }
  trimLargest(size);
  return { size, others };
}

/** A file made by neither a page nor the search index, nor written after the rendering (`_headers`, the build's mark). */
const isOther = (path: string, pageFiles: ReadonlySet<string>): boolean =>
  !pageFiles.has(path) && !path.startsWith("pagefind/") && path !== "_headers" && path !== ".morgue-build";

/**
 * Keeps `size.largest` the site's files of at least `threshold` bytes, at most {@link LARGEST} of
 * them: when there are more, the threshold rises above the first one left out (ties go together).
 */
function trimLargest(size: SiteSize): void {
  size.largest.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (size.largest.length <= LARGEST) return;
  const cut = size.largest[LARGEST]![1];
  size.largest = size.largest.filter(([, bytes]) => bytes > cut);
  size.threshold = cut + 1;
}

/** What {@link hostWarnings} and the build's summary read: the size, the largest file, the redirect and header rules. */
export function statsOf(size: SiteSize, site: string): SiteStats {
  const [path, bytes] = size.largest[0] ?? ["", 0];
  const stats: SiteStats = { bytes: size.bytes, files: size.files, largestFile: { path, bytes } };
  const redirects = join(site, "_redirects");
  if (existsSync(redirects)) stats.redirects = redirectRules(readFileSync(redirects, "utf8"));
  const headers = join(site, "_headers");
  if (existsSync(headers)) stats.headers = headerRules(readFileSync(headers, "utf8"));
  return stats;
}

/**
 * Copies into `overlay` the archive's images (`<root>/media/`) that the site in `output` lacks or
 * holds other bytes for; returns the site paths of those it holds already, the same. An
 * incremental build copies images this way instead of with Eleventy's passthrough copy, which
 * copies every one (19,500 files at 100,000 articles). A copy takes its image's modification
 * time, and so does a site's file found to hold the same bytes: the next build takes an image
 * whose size and time are its copy's as the same without reading either, as rsync does (an
 * archive's images can be gigabytes).
 */
export function syncMedia(root: string, output: string, overlay: string): { kept: Set<string>; copied: number } {
  const kept = new Set<string>();
  let copied = 0;
  const source = join(root, MEDIA_DIR);
  if (!existsSync(source)) return { kept, copied };
  for (const file of walkFiles(source)) {
    const path = `${MEDIA_DIR}/${sitePath(source, file)}`;
    const image = statSync(file);
    const copy = statSync(join(output, path), { throwIfNoEntry: false });
    if (copy && copy.size === image.size && Math.trunc(copy.mtimeMs) === Math.trunc(image.mtimeMs)) {
      kept.add(path);
      continue;
    }
    if (copy && sameFile(file, join(output, path))) {
      utimesSync(join(output, path), copy.atime, image.mtime);
      kept.add(path);
      continue;
    }
    mkdirSync(dirname(join(overlay, path)), { recursive: true });
    copyFileSync(file, join(overlay, path));
    utimesSync(join(overlay, path), image.atime, image.mtime);
    copied++;
  }
  return { kept, copied };
}

/** What an incremental build keeps of the previous site, to work out what its overlay replaces and what goes. */
export interface Kept {
  /** the keys of the pages kept (src/incremental/reuse.ts) */
  pages: ReadonlySet<string>;
  /** the folders under /pagefind/ of the search shards kept, by name; or "all" when the whole index is (one shard, not indexed again) */
  shards: ReadonlySet<string> | "all";
  /** whether the files the shards share (/pagefind/pagefind.js …) are kept: no shard was indexed again */
  sharedSearchFiles: boolean;
  /** the images the overlay does not replace ({@link syncMedia}) */
  media: ReadonlySet<string>;
}

/** The files the shards of a sharded index share, at /pagefind/ (src/search/pagefind.ts). */
export const SHARED_SEARCH_FILE = /^(pagefind(-worker|-highlight)?\.js|wasm\..+\.pagefind)$/;

export interface ApplyPlan {
  /** the overlay's files, as site paths */
  overlay: Set<string>;
  /** the previous site's files that no page makes any more */
  deletes: string[];
  /** the site after the apply: its size and the files besides pages and search */
  size: SiteSize;
  others: string[];
  /** the overlay's files whose bytes differ from the previous site's (new or changed) */
  written?: string[];
}

/**
 * Works out what moving `overlay` into `output` does: which files of the previous site go (the
 * files of its pages not kept and not made again, of its search shards not kept, of its other
 * files not made again), and the site's size after, from the previous manifest's and the sizes
 * of the files that change. `pages`: the new manifest's pages. Reads only; `compare` also lists
 * the overlay's files that differ from the previous site's, for `--changes`.
 */
export function planApply(output: string, overlay: string, previous: BuildManifest, pages: BuildManifest["pages"], kept: Kept, compare: boolean): ApplyPlan {
  const files = new Set(walkFiles(overlay).map((file) => sitePath(overlay, file)));
  const deletes = new Set<string>();
  const gone = (path: string) => {
    if (!files.has(path)) deletes.add(path);
  };
  for (const [key, entry] of Object.entries(previous.pages)) {
    if (kept.pages.has(key)) continue;
    for (const url of entry.slice(1)) gone(fileOfUrl(url));
  }
  for (const path of previous.others) if (!kept.media.has(path)) gone(path);
  if (kept.shards !== "all") {
    const index = join(output, "pagefind");
    const entries = existsSync(index) ? readdirSync(index, { withFileTypes: true }) : [];
    for (const entry of entries) {
      if (entry.isDirectory() ? kept.shards.has(entry.name) : kept.sharedSearchFiles && SHARED_SEARCH_FILE.test(entry.name)) continue;
      const full = join(index, entry.name);
      for (const file of entry.isDirectory() ? walkFiles(full) : [full]) gone(sitePath(output, file));
    }
  }

  // Every page's files (for `_headers`, below), and those this build rendered.
  const pagePaths: string[] = [];
  const pageFiles = new Set<string>();
  for (const [key, entry] of Object.entries(pages)) {
    for (const url of entry.slice(1)) {
      const file = fileOfUrl(url);
      pagePaths.push(file);
      if (!kept.pages.has(key)) pageFiles.add(file);
    }
  }
  const others = new Set(previous.others.filter((path) => kept.media.has(path) && !deletes.has(path)));
  for (const path of files) if (isOther(path, pageFiles)) others.add(path);

  // `_headers` follows the site's top level: worked out from the new site's paths, and in the
  // overlay when it changes.
  const paths = [...others, ...pagePaths];
  if (existsSync(join(output, "pagefind")) || [...files].some((path) => path.startsWith("pagefind/"))) paths.push("pagefind/");
  const top = topLevelOfPaths(paths);
  // What the site's top level holds that no build made (a file put there by hand): deleted, as
  // a full build, which replaces the whole folder, would not have it. Deeper down, the files of
  // the previous build's manifest are all an incremental build knows of (README, "Incremental builds").
  const known = new Set([...top.map((entry) => entry.name), "_headers", ".morgue-build"]);
  for (const entry of readdirSync(output, { withFileTypes: true })) {
    if (known.has(entry.name)) continue;
    const full = join(output, entry.name);
    for (const file of entry.isDirectory() ? walkFiles(full) : [full]) if (!files.has(sitePath(output, file))) deletes.add(sitePath(output, file));
  }
  const headers = headersFile(top);
  if (!existsSync(join(output, "_headers")) || readFileSync(join(output, "_headers"), "utf8") !== headers) {
    writeFileSync(join(overlay, "_headers"), headers);
    files.add("_headers");
  }
  deletes.delete("_headers");

  // The size after: the previous one, less what goes and what is replaced, plus what comes.
  const size: SiteSize = { ...previous.size, largest: [...previous.size.largest] };
  const changed = new Set<string>();
  const before = (path: string) => statSync(join(output, path), { throwIfNoEntry: false })?.size;
  for (const path of deletes) {
    const bytes = before(path);
    if (bytes === undefined) continue;
    size.bytes -= bytes;
    size.files--;
    changed.add(path);
  }
  const written: string[] = [];
  const added: [string, number][] = [];
  for (const path of files) {
    const bytes = statSync(join(overlay, path)).size;
    const old = before(path);
    size.bytes += bytes - (old ?? 0);
    if (old === undefined) size.files++;
    changed.add(path);
    added.push([path, bytes]);
    if (compare && !(old === bytes && sameFile(join(overlay, path), join(output, path)))) written.push(path);
  }
  // The largest files: those of the previous list left as they were, and every file that comes.
  // The list held every file of at least its threshold, so any file it did not hold is smaller
  // than those left. When none is left (every one of them changed), the site's unchanged files are walked.
  let unchanged = size.largest.filter(([path]) => !changed.has(path));
  if (!unchanged.length && previous.size.files > previous.size.largest.length) {
    unchanged = walkFiles(output).map((file) => sitePath(output, file)).filter((path) => !changed.has(path)).map((path) => [path, before(path)!] as [string, number]);
    size.threshold = 0;
  }
  size.largest = [...unchanged, ...added.filter(([, bytes]) => bytes >= size.threshold)];
  trimLargest(size);
  return { overlay: files, deletes: [...deletes].sort(), size, others: [...others].sort(), ...(compare ? { written: written.sort() } : {}) };
}

/**
 * Moves the overlay's files into `output`, deletes `deletes`, and leaves `manifest` beside the
 * site: behind a journal, so a build stopped midway is finished by the next one.
 */
export function applyInPlace(output: string, overlay: string, deletes: readonly string[], manifest: BuildManifest): void {
  beginApply(output, overlay, deletes, manifest);
  rollForward(output);
}

/** {@link applyInPlace} up to the first file moved: the previous manifest gone, the overlay and the journal in place. */
export function beginApply(output: string, overlay: string, deletes: readonly string[], manifest: BuildManifest): void {
  // From here until the manifest is written again, the site is not the one a manifest describes.
  removeManifest(output);
  const folder = applyFolder(output);
  rmSync(folder, { recursive: true, force: true });
  renameSync(overlay, folder);
  writeFileSync(nextManifestPath(output), JSON.stringify(manifest));
  writeDurably(journalPath(output), JSON.stringify({ version: 1, deletes: [...deletes] } satisfies Journal));
}

/**
 * Finishes the apply a build stopped in (see the module's comment); does nothing when there is
 * none. Without its overlay the apply cannot be finished: the journal is dropped and, with no
 * manifest beside it, the next build is a full one, which replaces the whole site.
 */
export function finishInterruptedApply(output: string): void {
  const journal = journalPath(output);
  if (!existsSync(journal)) {
    // Stopped after the overlay was renamed and before the journal was written: nothing has moved.
    rmSync(applyFolder(output), { recursive: true, force: true });
    rmSync(nextManifestPath(output), { force: true });
    return;
  }
  if (!existsSync(applyFolder(output))) {
    rmSync(nextManifestPath(output), { force: true });
    rmSync(journal, { force: true });
    return;
  }
  rollForward(output);
}

/** Moves in what is left of the overlay, deletes what the journal lists, and puts the manifest in place; each step may be done twice. */
function rollForward(output: string): void {
  const folder = applyFolder(output);
  const journal = JSON.parse(readFileSync(journalPath(output), "utf8")) as Journal;
  const made = new Set<string>();
  for (const file of walkFiles(folder)) {
    const path = sitePath(folder, file);
    const target = join(output, path);
    const dir = dirname(target);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    renameSync(file, target);
  }
  const emptied = new Set<string>();
  for (const path of journal.deletes) {
    rmSync(join(output, path), { force: true });
    emptied.add(dirname(join(output, path)));
  }
  // Folders the deletions emptied go too, as they would be missing from a full build.
  for (const dir of [...emptied].sort((a, b) => b.length - a.length)) removeEmptyFolders(dir, output);
  if (existsSync(nextManifestPath(output))) renameSync(nextManifestPath(output), manifestPath(output));
  rmSync(journalPath(output), { force: true });
  rmSync(folder, { recursive: true, force: true });
}

/** Removes `dir` and the folders above it, up to `root`, while they are empty. */
function removeEmptyFolders(dir: string, root: string): void {
  for (let current = dir; current.length > root.length && current.startsWith(root + sep); current = dirname(current)) {
    try {
      if (readdirSync(current).length) return;
      rmdirSync(current);
    } catch {
      return;
    }
  }
}

/** Writes `text` to `file` by a rename, after it reached the disk. */
function writeDurably(file: string, text: string): void {
  const fd = openSync(`${file}.tmp`, "w");
  try {
    writeFileSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(`${file}.tmp`, file);
}

/** Two buffers for {@link sameFile}, allocated once: a build compares thousands of small files. */
const buffers = [Buffer.alloc(65536), Buffer.alloc(65536)] as const;

/** Whether two files hold the same bytes (false when either does not exist). */
export function sameFile(a: string, b: string): boolean {
  const sa = statSync(a, { throwIfNoEntry: false });
  const sb = statSync(b, { throwIfNoEntry: false });
  if (!sa || !sb || sa.size !== sb.size) return false;
  if (sa.ino === sb.ino && sa.dev === sb.dev) return true;
  const fa = openSync(a, "r");
  try {
    const fb = openSync(b, "r");
    try {
      const [ba, bb] = buffers;
      for (;;) {
        const na = readSync(fa, ba, 0, ba.length, null);
        const nb = readSync(fb, bb, 0, bb.length, null);
        if (na !== nb || !ba.subarray(0, na).equals(bb.subarray(0, nb))) return false;
        if (na === 0) return true;
      }
    } finally {
      closeSync(fb);
    }
  } finally {
    closeSync(fa);
  }
}
