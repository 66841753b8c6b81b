/**
 * The search index, with Pagefind's Node API: https://pagefind.app/docs/node-api/
 * Only `data-pagefind-body` regions are indexed (article pages), so navigation and lists never
 * appear in results.
 */
import { readFileSync } from "node:fs";
import * as pagefind from "pagefind";

/** Article pages: /YYYY/MM/DD/slug/index.html (src/content/articles.ts). */
export const ARTICLE_PAGES = "[0-9][0-9][0-9][0-9]/[0-9][0-9]/[0-9][0-9]/*/index.html";

export interface IndexStats {
  pages: number;
}

/** Indexes the built site in `siteDir` and writes the bundle to `siteDir/pagefind/`. */
export async function indexSite(siteDir: string): Promise<IndexStats> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: undefined });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  try {
    // Only article pages carry data-pagefind-body; reading just them spares Pagefind parsing
    // the other half of the site (lists, calendars, entity pages) for nothing.
    const added = await index.addDirectory({ path: siteDir, glob: ARTICLE_PAGES });
    if (added.errors.length) throw new Error(`Pagefind could not index ${siteDir}: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
    if (written.errors.length) throw new Error(`Pagefind could not write its bundle: ${written.errors.join("; ")}`);
    // page_count counts every HTML file read; the entry file counts the pages actually indexed.
    const entry = JSON.parse(readFileSync(`${siteDir}/pagefind/pagefind-entry.json`, "utf8")) as {
      languages: Record<string, { page_count: number }>;
    };
    return { pages: Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0) };
  } finally {
    await pagefind.close();
  }
}
