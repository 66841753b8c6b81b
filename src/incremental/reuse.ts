/**
 * What an incremental build keeps of the previous one (issue 12, item 3): the pages whose
 * fingerprint is unchanged, and the search shards none of whose articles changed, hard-linked
 * from the previous site into the new build's staging folder. Only files that will not be
 * written again are linked, so no write of this build can reach through a link into the
 * previous site, which stays whole until the new one is swapped in (src/output.ts).
 */
import { closeSync, existsSync, linkSync, mkdirSync, openSync, readdirSync, readSync, statSync, copyFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { ShardEntry } from "../browser/search/shards.ts";
import { walkFiles } from "../files.ts";
import type { PlannedShard } from "../search/pagefind.ts";
import { fileOfUrl, type BuildManifest } from "./manifest.ts";

export interface Reuse {
  /** the keys of the pages to render: new, changed, or whose previous files are missing */
  render: Set<string>;
  /** the keys of the pages kept, with their site paths */
  kept: Map<string, string[]>;
  /** the shards to index again: a changed, added or deleted article's, or planned differently */
  reindex: PlannedShard[];
  /** the shards kept, as shards.json lists them */
  keptShards: ShardEntry[];
  /** the site's files (relative paths) linked from the previous build */
  linked: Set<string>;
}

/** The files of the search index the shards of a sharded index share, at /pagefind/ (src/search/pagefind.ts). */
const SHARED_SEARCH_FILE = /^(pagefind(-worker|-highlight)?\.js|wasm\..+\.pagefind)$/;

/**
 * Links into `staging` the files of every page of `previous` whose fingerprint is the same now,
 * and of every search shard none of whose articles is rendered again; returns what is kept and
 * what is left to render. `shardOfArticle`: the planned shard each current article page (by
 * key) falls in.
 */
export function reusePrevious(previousSite: string, staging: string, previous: BuildManifest, fingerprints: Map<string, string>, plan: readonly PlannedShard[], shardOfArticle: Map<string, PlannedShard>): Reuse {
  const render = new Set<string>();
  const kept = new Map<string, string[]>();
  const linked = new Set<string>();
  const linker = new Linker(previousSite, staging);
  for (const [key, fingerprint] of fingerprints) {
    const before = previous.pages[key];
    if (!before || before[0] !== fingerprint) {
      render.add(key);
      continue;
    }
    const files = before.slice(1).map(fileOfUrl);
    // A page whose files went missing is rendered again, not kept half.
    if (!files.every((file) => linker.exists(file))) {
      render.add(key);
      continue;
    }
    for (const file of files) {
      linker.link(file);
      linked.add(file);
    }
    kept.set(key, before.slice(1));
  }

  const touched = new Set<PlannedShard>();
  for (const key of render) {
    const shard = shardOfArticle.get(key);
    if (shard) touched.add(shard);
  }
  const single = (shards: readonly PlannedShard[]) => shards.length <= 1;
  const planned = new Map(previous.plan.map((shard) => [shard.from, JSON.stringify(shard)]));
  const entries = new Map(previous.search.map((entry) => [entry.id, entry]));
  const reindex: PlannedShard[] = [];
  const keptShards: ShardEntry[] = [];
  for (const shard of plan) {
    const entry = entries.get(shard.from);
    const same = single(plan) === single(previous.plan) && planned.get(shard.from) === JSON.stringify(shard) && entry !== undefined;
    if (!same || touched.has(shard)) {
      reindex.push(shard);
      continue;
    }
    keptShards.push(entry);
    const dir = single(plan) ? "pagefind" : `pagefind/${shard.from}`;
    for (const file of linker.filesUnder(dir)) {
      // A single index's folder is /pagefind/ itself, and shards.json is written anew.
      if (file === "pagefind/shards.json") continue;
      linker.link(file);
      linked.add(file);
    }
  }
  // The files a sharded index's shards share: written again only when a shard is (src/search/pagefind.ts).
  if (!single(plan) && !single(previous.plan) && keptShards.length && !reindex.length) {
    for (const name of linker.names("pagefind")) {
      if (!SHARED_SEARCH_FILE.test(name)) continue;
      linker.link(`pagefind/${name}`);
      linked.add(`pagefind/${name}`);
    }
  }
  return { render, kept, reindex, keptShards, linked };
}

/** Hard links from the previous site into the staging folder, each folder made once. */
class Linker {
  readonly #from: string;
  readonly #to: string;
  readonly #made = new Set<string>();

  constructor(from: string, to: string) {
    this.#from = from;
    this.#to = to;
  }

  exists(file: string): boolean {
    return existsSync(join(this.#from, file));
  }

  /** The files under a folder of the previous site, as site paths relative to its root. */
  filesUnder(dir: string): string[] {
    const full = join(this.#from, dir);
    if (!existsSync(full)) return [];
    return walkFiles(full).map((file) => file.slice(this.#from.length + 1).split("\\").join("/"));
  }

  /** The names of a folder's files (not its folders) in the previous site. */
  names(dir: string): string[] {
    const full = join(this.#from, dir);
    if (!existsSync(full)) return [];
    return readdirSync(full, { withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => entry.name);
  }

  link(file: string): void {
    const target = join(this.#to, file);
    const dir = dirname(target);
    if (!this.#made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      this.#made.add(dir);
    }
    try {
      linkSync(join(this.#from, file), target);
    } catch (error) {
      // A file system without hard links (or across devices): a copy, as the assembly of parts does.
      if ((error as NodeJS.ErrnoException).code !== "EXDEV" && (error as NodeJS.ErrnoException).code !== "EPERM") throw error;
      copyFileSync(join(this.#from, file), target);
    }
  }
}

/**
 * The site's files that differ between the previous site and the new one: written (new or
 * changed bytes) and deleted, as paths relative to the site's root. Files linked from the
 * previous build are the same by construction and are not read. For a pull request's preview,
 * which holds only what the pull request changes.
 */
export function siteChanges(previousSite: string, site: string, linked: ReadonlySet<string>): { written: string[]; deleted: string[] } {
  const rel = (root: string) => (file: string) => file.slice(root.length + 1).split("\\").join("/");
  const now = walkFiles(site).map(rel(site));
  const before = existsSync(previousSite) ? walkFiles(previousSite).map(rel(previousSite)) : [];
  const present = new Set(now);
  const written = now.filter((file) => !linked.has(file) && !sameFile(join(previousSite, file), join(site, file)));
  const deleted = before.filter((file) => !present.has(file));
  return { written, deleted };
}

/** Whether two files hold the same bytes (false when the first does not exist). */
function sameFile(a: string, b: string): boolean {
  const sa = statSync(a, { throwIfNoEntry: false });
  const sb = statSync(b);
  if (!sa || sa.size !== sb.size) return false;
  if (sa.ino === sb.ino && sa.dev === sb.dev) return true;
  const fa = openSync(a, "r");
  const fb = openSync(b, "r");
  try {
    const ba = Buffer.alloc(65536);
    const bb = Buffer.alloc(65536);
    for (;;) {
      const na = readSync(fa, ba, 0, ba.length, null);
      const nb = readSync(fb, bb, 0, bb.length, null);
      if (na !== nb || !ba.subarray(0, na).equals(bb.subarray(0, nb))) return false;
      if (na === 0) return true;
    }
  } finally {
    closeSync(fa);
    closeSync(fb);
  }
}
