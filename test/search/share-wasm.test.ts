/**
 * One WebAssembly file for every search shard (src/search/share-wasm.ts), on folders laid out as
 * Pagefind writes them. That the browser then fetches it once is tested in Chromium in
 * test/browser/search-shards.test.ts.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { shareWasm } from "../../src/search/share-wasm.ts";

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** An index folder with a shard bundle per name, each with Pagefind's entry and its two WebAssembly files. */
function shards(names: string[], wasm: (name: string) => string = () => "the same bytes"): { out: string; dirs: string[] } {
  const out = mkdtempSync(join(tmpdir(), "morgue-share-wasm-"));
  folders.push(out);
  const dirs = names.map((name) => {
    const dir = join(out, name);
    mkdirSync(dir);
    writeFileSync(join(dir, "pagefind-entry.json"), JSON.stringify({ version: "1.6.0", languages: { en: { hash: `en_${name}`, wasm: "en", page_count: 2 } } }));
    writeFileSync(join(dir, "wasm.en.pagefind"), wasm(name));
    writeFileSync(join(dir, "wasm.unknown.pagefind"), "the fallback");
    return dir;
  });
  return { out, dirs };
}

describe("sharing the shards' WebAssembly", () => {
  it("keeps one copy in the index folder and names it from every shard's entry, relative to the shard", () => {
    const { out, dirs } = shards(["2016-05", "2018-01"]);
    expect(shareWasm(out, dirs)).toEqual({ shared: ["wasm.en.pagefind"], removed: 3 });
    expect(readFileSync(join(out, "wasm.en.pagefind"), "utf8")).toBe("the same bytes");
    for (const dir of dirs) {
      expect(readdirSync(dir).filter((f) => f.startsWith("wasm."))).toEqual([]);
      const entry = JSON.parse(readFileSync(join(dir, "pagefind-entry.json"), "utf8")) as { languages: { en: { wasm: string; hash: string } } };
      expect(entry.languages.en.wasm).toBe("en/../../wasm.en");
      // Pagefind fetches `${basePath}wasm.${wasm}.pagefind`; the URL parser resolves the dots.
      expect(new URL(`/pagefind/2016-05/wasm.${entry.languages.en.wasm}.pagefind`, "http://example.org").pathname).toBe("/pagefind/wasm.en.pagefind");
      expect(entry.languages.en.hash).toMatch(/^en_/);
    }
    expect(existsSync(join(out, "wasm.unknown.pagefind"))).toBe(false);
  });

  it("refuses shards whose WebAssembly differs, as they would not be one library", () => {
    const { out, dirs } = shards(["2016-05", "2018-01"], (name) => `built for ${name}`);
    expect(() => shareWasm(out, dirs)).toThrow(/2018-01\/wasm\.en\.pagefind differs from .*2016-05\/wasm\.en\.pagefind/);
  });

  it("refuses to run twice on the same shards", () => {
    const { out, dirs } = shards(["2016-05"]);
    shareWasm(out, dirs);
    expect(() => shareWasm(out, dirs)).toThrow(/already points its WebAssembly elsewhere/);
  });

  it("refuses a shard outside the index folder", () => {
    const { out } = shards([]);
    expect(() => shareWasm(join(out, "a"), [out])).toThrow(/should be a folder inside/);
  });
});
