/**
 * Archives for import tests: the small registry in test/fixtures/ingest/_data, and a way to run
 * the importer on them. Import needs no templates, so unlike fixture.ts this does not load the
 * build (and Eleventy with it), which keeps these tests quick to start.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { walkFiles } from "../../src/files.ts";
import { EntityIndex, loadRegistries } from "../../src/ingest/entities.ts";
import { runImport, type RunOptions } from "../../src/ingest/run.ts";

export const PACKAGE_ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const INGEST_FIXTURES = join(PACKAGE_ROOT, "test/fixtures/ingest");

/** The text of a file under test/fixtures/ingest/. */
export function fixture(path: string): string {
  return readFileSync(join(INGEST_FIXTURES, path), "utf8");
}

/** Every file under a folder, by path relative to it. */
function filesUnder(dir: string): Record<string, string> {
  return Object.fromEntries(walkFiles(dir).map((path) => [relative(dir, path), readFileSync(path, "utf8")]));
}

/** A temporary archive with the fixture registry (and `files`), no articles. */
export function registryArchive(files: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), "morgue-ingest-"));
  const registry = Object.fromEntries(Object.entries(filesUnder(join(INGEST_FIXTURES, "_data"))).map(([p, t]) => [`_data/${p}`, t]));
  const all = { "_data/site.yaml": "title: Fixture Archive\nurl: https://archive.example.org\n", ...registry, ...files };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

export function removeArchive(root: string): void {
  rmSync(root, { recursive: true, force: true });
}

/** The fixture registry's index. */
export function fixtureIndex(): EntityIndex {
  return new EntityIndex(loadRegistries(INGEST_FIXTURES).registries);
}

/** Runs an import, collecting what it prints. */
export function importInto(root: string, options: Omit<RunOptions, "root">) {
  const out: string[] = [];
  const err: string[] = [];
  const result = runImport({ root, ...options }, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { ...result, out: out.join("\n"), err: err.join("\n") };
}
