/**
 * The code reads top-down: schema → content (reading) → archive (indexes) → publish and the
 * Eleventy glue → scripts. No import cycle, and no domain module reaches up into the web layer.
 */
import { join } from "node:path";
import madge from "madge";
import { beforeAll, describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../../src/build.ts";

/** The domain: what the archive is, independent of how it is published. */
const DOMAIN = ["schema.ts", "archive.ts", "archive/", "content/", "dates/", "people/", "jurisdictions/", "media/", "aliases/", "paging.ts"];
/** The layers above it, which the domain may never import. */
const ABOVE = ["publish/", "map/", "eleventy/", "filters/", "search/", "build.ts", "output.ts", "parts.ts", "incremental/", "ingest/", "bench/", "browser/", "docs/", "editor/"];

const inLayer = (file: string, layer: string[]) => layer.some((prefix) => (prefix.endsWith("/") ? file.startsWith(prefix) : file === prefix));

let graph: Record<string, string[]>;
let cycles: string[][];
beforeAll(async () => {
  const result = await madge(join(PACKAGE_ROOT, "src"), {
    fileExtensions: ["ts"],
    tsConfig: join(PACKAGE_ROOT, "tsconfig.json"),
    detectiveOptions: { ts: { skipTypeImports: false } },
  });
  graph = result.obj();
  cycles = result.circular();
});

describe("the source's layers", () => {
  it("has no import cycle, type imports included", () => {
    expect(Object.keys(graph).length).toBeGreaterThan(50);
    expect(cycles).toEqual([]);
  });

  it("never imports the web layer from the domain", () => {
    const upward = Object.entries(graph).flatMap(([file, deps]) =>
      inLayer(file, DOMAIN) ? deps.filter((dep) => inLayer(dep, ABOVE)).map((dep) => `${file} → ${dep}`) : [],
    );
    expect(upward).toEqual([]);
  });
});
