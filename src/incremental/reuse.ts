/**
 * What an incremental build keeps of the previous one (issue 12, item 3): the pages whose
 * fingerprint is unchanged, and the search shards none of whose articles changed. They stay
 * where they are in the output; the build writes the rest beside it and moves it in
 * (src/incremental/apply.ts).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { ShardEntry } from "../browser/search/shards.ts";
import { walkFiles } from "../files.ts";
import type { PlannedShard } from "../search/pagefind.ts";
import { sameFile } from "./apply.ts";
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
}

/**
 * Which pages of `previous` (the manifest of the site in `previousSite`) are kept, their
 * fingerprint the same now and their files all there, and which search shards are, none of
 * whose articles is rendered again; returns those and what is left to render. `shardOfArticle`:
 * the planned shard each current article page (by key) falls in.
 */
export function reusePrevious(previousSite: string, previous: BuildManifest, fingerprints: Map<string, string>, plan: readonly PlannedShard[], shardOfArticle: Map<string, PlannedShard>): Reuse {
  const render = new Set<string>();
  const kept = new Map<string, string[]>();
  for (const [key, fingerprint] of fingerprints) {
    const before = previous.pages[key];
    if (!before || before[0] !== fingerprint) {
      render.add(key);
      continue;
    }
    // A page whose files went missing is rendered again, not kept half.
    if (!before.slice(1).every((url) => existsSync(join(previousSite, fileOfUrl(url))))) {
      render.add(key);
      continue;
    }
    kept.set(key, before.slice(1));
  }

  const touched = new Set<PlannedShard>();
  for (const key of render) {
    const shard = shardOfArticle.get(key);
    if (shard) touched.add(shard);
  }
  const asBefore = shardsAsBefore(previousSite, previous, plan);
  const reindex: PlannedShard[] = [];
  const keptShards: ShardEntry[] = [];
  for (const shard of plan) {
    const entry = asBefore.get(shard);
    if (!entry || touched.has(shard)) reindex.push(shard);
    else keptShards.push(entry);
  }
  return { render, kept, reindex, keptShards };
}

/**
 * The shards of `plan` that the previous build planned the same (the same months and count of
 * articles, sharded or not alike) and whose index is in `previousSite`, with their entries in its
 * shards.json: kept unless one of their articles changed.
 */
export function shardsAsBefore(previousSite: string, previous: BuildManifest, plan: readonly PlannedShard[]): Map<PlannedShard, ShardEntry> {
  const single = (shards: readonly PlannedShard[]) => shards.length <= 1;
  const planned = new Map(previous.plan.map((shard) => [shard.from, JSON.stringify(shard)]));
  const entries = new Map(previous.search.map((entry) => [entry.id, entry]));
  const same = new Map<PlannedShard, ShardEntry>();
  for (const shard of plan) {
    const entry = entries.get(shard.from);
    const dir = single(plan) ? "pagefind" : `pagefind/${shard.from}`;
    if (single(plan) === single(previous.plan) && planned.get(shard.from) === JSON.stringify(shard) && entry !== undefined && existsSync(join(previousSite, dir, "pagefind-entry.json"))) same.set(shard, entry);
  }
  return same;
}

/**
 * The site's files that differ between the previous site and a new one built beside it: written
 * (new or changed bytes) and deleted, as paths relative to the site's root. For a pull request's
 * preview, which holds only what the pull request changes (an incremental build lists them as it
 * applies its changes, src/incremental/apply.ts).
 */
export function siteChanges(previousSite: string, site: string): { written: string[]; deleted: string[] } {
  const rel = (root: string) => (file: string) => file.slice(root.length + 1).split("\\").join("/");
  const now = walkFiles(site).map(rel(site));
  const before = existsSync(previousSite) ? walkFiles(previousSite).map(rel(previousSite)) : [];
  const present = new Set(now);
  const written = now.filter((file) => !sameFile(join(previousSite, file), join(site, file)));
  const deleted = before.filter((file) => !present.has(file));
  return { written, deleted };
}
