/**
 * Eleventy glue that needs more than a line: the archive as global data, the article body
 * filter (which needs Eleventy's own `url` filter for the path prefix), and search indexing
 * after rebuilds in watch mode.
 */
import { loadArchive, type Archive } from "../archive.ts";
import { renderArticleBody } from "../content/markdown.ts";
import { indexSite } from "../search/pagefind.ts";
import type { EleventyConfig } from "./types.ts";

/** Reads the archive once per build; Eleventy calls it again on every rebuild in watch mode. */
export function archiveData(root: string): () => Archive {
  return () => loadArchive(root);
}

/** `{{ article | articleBody(archive) | safe }}` */
export function articleBodyFilter(eleventyConfig: EleventyConfig) {
  const url = eleventyConfig.getFilter("url") as (path: string) => string;
  return (article: Archive["articles"][number], archive: Archive) =>
    renderArticleBody(article, { url: (path) => url(path), personName: (id) => archive.people[id]?.name });
}

/** In `--serve`/`--watch` runs, re-index after each rebuild so search stays current. */
export function reindexOnRebuild(eleventyConfig: EleventyConfig): void {
  eleventyConfig.on("eleventy.after", async ({ dir, runMode }) => {
    if (runMode !== "build") await indexSite(dir.output);
  });
}
