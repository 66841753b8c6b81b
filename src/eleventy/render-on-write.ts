/**
 * Pages no collection holds are rendered when they are written, and their HTML let go once it
 * is on disk.
 *
 * Eleventy 3 renders every page before it writes any (`TemplateMap#populateContentDataInMap`),
 * so that a collection can hand templates other pages' `templateContent`, and keeps each page's
 * HTML until the build ends: on the page (`templateContent`), in the render caches of the page's
 * template, and in the results `write()` resolves to. At 10,000 articles that is every one of
 * 22,000 pages, about 310 MiB of HTML held at once, and it grows with the archive. Morgue's
 * paginated templates are kept out of collections (`eleventyExcludeFromCollections: true`), so
 * nothing can ask for their content before they are written.
 *
 * These are Eleventy's private internals (`@11ty/eleventy` exports neither class): Eleventy is
 * pinned, and test/eleventy/render-on-write.test.ts fails if the methods relied on change.
 */
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";

interface PageEntry {
  data: { eleventyExcludeFromCollections?: unknown };
  template: TemplateInternals;
  _templateContent?: unknown;
  templateContent?: unknown;
}

interface TemplateInternals {
  _cacheRenderedPromise?: unknown;
  _cacheRenderedTransformsAndLayoutsPromise?: unknown;
  isRenderable(): boolean;
  renderPageEntryWithoutLayout(page: PageEntry): Promise<unknown>;
  renderPageEntry(page: PageEntry): Promise<unknown>;
  _write(page: PageEntry, content: unknown): Promise<{ content?: unknown }>;
}

interface MapEntry {
  _pages?: PageEntry[];
}

interface TemplateMapInternals {
  populateContentDataInMap(orderedMap: MapEntry[]): Promise<void>;
}

interface FileSystemManagerInternals {
  createDirectoryForFileSync(filePath: string): void;
}

/**
 * A page's folder made with one call to the file system where Eleventy makes two: its
 * `existsSync` (through a cache that remembers the folder as missing once made, and keeps every
 * path it was asked) and then `mkdirSync`. Nearly every page has a folder of its own, which is
 * new in a full build; at 10,000 articles the `existsSync` calls were 1.8 s of the build's
 * thread. A folder whose parent is missing too is made with its parents, as Eleventy does.
 */
export function makeFolderOf(filePath: string): void {
  const folder = dirname(filePath);
  try {
    mkdirSync(folder);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") return;
    if (code !== "ENOENT") throw error;
    mkdirSync(folder, { recursive: true });
  }
}

/** A page no collection lists: nothing reads its content before it is written. */
const uncollected = (page: PageEntry) => page.data.eleventyExcludeFromCollections === true;

/** Eleventy's own module files, the instances Eleventy itself runs (its package exports only its entry). */
async function eleventyModule<T>(file: string): Promise<T> {
  const entry = createRequire(import.meta.url).resolve("@11ty/eleventy");
  return (await import(pathToFileURL(join(dirname(entry), file)).href)) as T;
}

let patched = false;

/** Patches Eleventy's Template and TemplateMap; safe to call more than once. */
export async function renderPagesAsWritten(): Promise<void> {
  if (patched) return;
  const { default: Template } = await eleventyModule<{ default: { prototype: TemplateInternals } }>("Template.js");
  const { default: TemplateMap } = await eleventyModule<{ default: { prototype: TemplateMapInternals } }>("TemplateMap.js");
  const { FileSystemManager } = await eleventyModule<{ FileSystemManager: { prototype: FileSystemManagerInternals } }>("Util/FileSystemManager.js");
  patched = true;

  FileSystemManager.prototype.createDirectoryForFileSync = makeFolderOf;

  // Before any page is written: render only templates some page of which is in a collection.
  const populate = TemplateMap.prototype.populateContentDataInMap;
  TemplateMap.prototype.populateContentDataInMap = function (this: TemplateMapInternals, orderedMap: MapEntry[]) {
    return populate.call(this, orderedMap.filter((entry) => !entry._pages?.length || !entry._pages.every(uncollected)));
  };

  // When a page is written: render it first if that was put off.
  const renderPageEntry = Template.prototype.renderPageEntry;
  Template.prototype.renderPageEntry = async function (this: TemplateInternals, page: PageEntry) {
    if (page._templateContent === undefined && uncollected(page) && page.template.isRenderable()) {
      page.templateContent = await page.template.renderPageEntryWithoutLayout(page);
    }
    return renderPageEntry.call(this, page);
  };

  // Once it is on disk: let its HTML go. Eleventy's results keep the page's paths and URL.
  const write = Template.prototype._write;
  Template.prototype._write = async function (this: TemplateInternals, page: PageEntry, content: unknown) {
    const result = await write.call(this, page, content);
    if (uncollected(page)) {
      page.templateContent = undefined;
      delete page.template._cacheRenderedPromise;
      delete page.template._cacheRenderedTransformsAndLayoutsPromise;
      delete result.content;
    }
    return result;
  };
}
