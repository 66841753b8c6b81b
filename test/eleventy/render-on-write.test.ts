/**
 * Rendering pages as they are written patches Eleventy's private internals: these tests fail if
 * the installed Eleventy is not the pinned one, or no longer has the methods the patch wraps.
 * That the output is unchanged is test/build/output-manifest.test.ts's job.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../../src/build.ts";
import { makeFolderOf, renderPagesAsWritten } from "../../src/eleventy/render-on-write.ts";
import { SEARCH_FILES } from "../browser/search-fixture.ts";
import { buildArchive, makeArchive, removeArchive } from "../helpers/fixture.ts";

const require = createRequire(join(PACKAGE_ROOT, "package.json"));
const pkg = JSON.parse(readFileSync(join(PACKAGE_ROOT, "package.json"), "utf8")) as { dependencies: Record<string, string> };
const src = dirname(require.resolve("@11ty/eleventy"));
const source = (file: string) => readFileSync(join(src, file), "utf8");

describe("the Eleventy rendering as written patches", () => {
  it("is pinned, and the installed version", () => {
    expect(pkg.dependencies["@11ty/eleventy"]).toMatch(/^\d+\.\d+\.\d+$/);
    expect((JSON.parse(readFileSync(join(src, "../package.json"), "utf8")) as { version: string }).version).toBe(pkg.dependencies["@11ty/eleventy"]);
  });

  it("still renders all content up front in populateContentDataInMap, and pages through renderPageEntry and _write", () => {
    expect(source("TemplateMap.js")).toMatch(/await this\.populateContentDataInMap\(orderedMap\);/);
    expect(source("TemplateMap.js")).toMatch(/pageEntry\.templateContent =\s+await pageEntry\.template\.renderPageEntryWithoutLayout\(pageEntry\);/);
    const template = source("Template.js");
    expect(template).toMatch(/content = await page\.template\.renderPageEntry\(page\);/);
    expect(template).toMatch(/ret\.push\(this\._write\(page, content\)\);/);
    expect(template).toMatch(/content = pageEntry\.templateContent;/);
    expect(template).toMatch(/delete this\._cacheRenderedPromise;\s+delete this\._cacheRenderedTransformsAndLayoutsPromise;/);
  });

  it("still makes each page's folder through FileSystemManager's createDirectoryForFileSync", () => {
    expect(source("Template.js")).toMatch(/this\.fsManager\.createDirectoryForFileSync\(outputPath\);/);
    expect(source("Util/FileSystemManager.js")).toMatch(/createDirectoryForFileSync\(filePath\) \{/);
  });
});

describe("a page's folder", () => {
  const dir = mkdtempSync(join(tmpdir(), "morgue-folder-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("is made with its parents, again without complaint, and a file in its way is reported", () => {
    const page = join(dir, "2018", "03", "20", "a-story", "index.html");
    makeFolderOf(page);
    expect(statSync(join(dir, "2018", "03", "20", "a-story")).isDirectory()).toBe(true);
    makeFolderOf(page);
    makeFolderOf(join(dir, "2018", "03", "20", "another", "index.html"));
    expect(existsSync(join(dir, "2018", "03", "20", "another"))).toBe(true);
    writeFileSync(join(dir, "a-file"), "");
    expect(() => makeFolderOf(join(dir, "a-file", "page", "index.html"))).toThrow(/ENOTDIR/);
  });
});

describe("a build with pages rendered as written", () => {
  let root = "";
  afterAll(() => removeArchive(root));

  it("renders an article page only when it is written, and keeps no article's HTML after", async () => {
    await renderPagesAsWritten();
    const { default: Template } = (await import(pathToFileURL(join(src, "Template.js")).href)) as { default: { prototype: Record<string, (...args: never[]) => Promise<unknown>> } };
    const events: string[] = [];
    const kept: unknown[] = [];
    const render = Template.prototype.renderPageEntryWithoutLayout!;
    const write = Template.prototype._write!;
    Template.prototype.renderPageEntryWithoutLayout = function (this: unknown, ...args: never[]) {
      events.push("render");
      return render.apply(this, args);
    };
    Template.prototype._write = async function (this: unknown, ...args: never[]) {
      const result = (await write.apply(this, args)) as { outputPath: string; content?: unknown };
      events.push("write");
      if (result.outputPath.includes("/2018/")) kept.push(result.content);
      return result;
    };
    try {
      root = makeArchive(SEARCH_FILES);
      await buildArchive(root, { today: "2026-01-15" });
    } finally {
      Template.prototype.renderPageEntryWithoutLayout = render;
      Template.prototype._write = write;
    }
    const firstWrite = events.indexOf("write");
    expect(firstWrite).toBeGreaterThan(0);
    expect(events.slice(firstWrite)).toContain("render");
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.every((content) => content === undefined)).toBe(true);
  }, 240_000);
});
