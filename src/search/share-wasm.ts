/**
 * One WebAssembly file for every search shard (issue 11, item 3). Each shard is a Pagefind bundle
 * of its own, and Pagefind writes its WebAssembly (some 58 KiB, the same bytes in every bundle)
 * into each; the search page's `createInstance` per shard then fetches `<shard>/wasm.<lang>.pagefind`
 * for every shard it asks, although a worker instantiates the module only once and throws the
 * other copies away. After the shards are written, shareWasm moves one copy to the index folder
 * and points every shard at it, so a search over the whole archive fetches it once (later shards
 * find it in the browser's cache: `_headers` gives /pagefind/* a cache lifetime, GitHub Pages
 * gives everything one).
 *
 * How Pagefind names the file (pagefind.js 1.6, `PagefindInstance.init` and `loadWasm`): it reads
 * the bundle's `pagefind-entry.json`, takes `languages.<lang>.wasm` (or "unknown" when absent) and
 * fetches `${basePath}wasm.${wasm}.pagefind`. Pagefind has no option for another folder, so the
 * name written here climbs out of the shard's folder: for a shard in /pagefind/2019-07/,
 * `"wasm": "en/../../wasm.en"` makes `/pagefind/2019-07/wasm.en/../../wasm.en.pagefind`, which
 * the URL parser (https://url.spec.whatwg.org/#double-dot-path-segment) resolves to
 * `/pagefind/wasm.en.pagefind`. The name is resolved by the browser, not by any server, so it
 * works under any path prefix; test/browser/search-shards.test.ts counts the requests.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

/** pagefind-entry.json, the parts read and rewritten here. */
interface PagefindEntry {
  languages: Record<string, { wasm?: string | null } & Record<string, unknown>>;
  [key: string]: unknown;
}

/** The WebAssembly files a bundle folder holds: `wasm.<name>.pagefind`. */
const WASM_FILE = /^wasm\.(.+)\.pagefind$/;

export interface SharedWasm {
  /** the files now in `outDir`, e.g. ["wasm.en.pagefind"] */
  shared: string[];
  /** the other copies, removed from the shards' folders */
  removed: number;
}

/**
 * Points every shard bundle in `shardDirs` (folders under `outDir`) at one copy of each
 * WebAssembly file in `outDir`, and removes the shards' own copies, which nothing fetches any
 * more (including `wasm.unknown.pagefind` where every language names its file). Throws if two
 * shards hold different bytes under the same name: they would not be one library.
 * @example shareWasm("_site/pagefind", ["_site/pagefind/2019-07", "_site/pagefind/2024-01"]) // { shared: ["wasm.en.pagefind"], removed: 3 }
 */
export function shareWasm(outDir: string, shardDirs: readonly string[]): SharedWasm {
  const used = new Map<string, { from: string; hash: string }>();
  for (const dir of shardDirs) {
    const up = relative(dir, outDir).split(sep).join("/");
    if (!up || !/^\.\.(\/\.\.)*$/.test(up)) throw new Error(`the search shard ${dir} should be a folder inside ${outDir}`);
    const entryFile = join(dir, "pagefind-entry.json");
    const entry = JSON.parse(readFileSync(entryFile, "utf8")) as PagefindEntry;
    for (const language of Object.values(entry.languages)) {
      const name = language.wasm || "unknown";
      if (name.includes("/")) throw new Error(`${entryFile} already points its WebAssembly elsewhere ("${name}"); was shareWasm run twice?`);
      const file = `wasm.${name}.pagefind`;
      const hash = createHash("sha256").update(readFileSync(join(dir, file))).digest("hex");
      const seen = used.get(file);
      if (seen && seen.hash !== hash) throw new Error(`${join(dir, file)} differs from ${join(seen.from, file)}: the shards were written by different versions of Pagefind`);
      if (!seen) used.set(file, { from: dir, hash });
      // "<name>/" is a folder that need not exist: the ".." after it cancel it out, then climb
      // from the shard's folder to outDir.
      language.wasm = `${name}/../${up}/wasm.${name}`;
    }
    writeFileSync(entryFile, JSON.stringify(entry));
  }
  for (const [file, { from }] of used) renameSync(join(from, file), join(outDir, file));
  let removed = 0;
  for (const dir of shardDirs) {
    for (const file of readdirSync(dir)) {
      if (!WASM_FILE.test(file)) continue;
      rmSync(join(dir, file));
      removed++;
    }
  }
  return { shared: [...used.keys()].sort(), removed };
}
