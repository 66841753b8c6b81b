/**
 * "Cite this article" from the article's own data: APA 7, Chicago (notes and bibliography),
 * BibTeX and CSL-JSON, formatted by src/publish/cite-format.ts. Written by hand rather than with
 * citeproc: these are four fixed shapes of one record type, and running a CSL engine on each of
 * 10,000 pages would cost more than the rest of the page. Pages carry APA and Chicago as text;
 * the browser builds BibTeX and CSL-JSON with the same formatter from the page's JSON-LD.
 */
import type { Article } from "../content/articles.ts";
import { nameParts } from "../people/names.ts";
import { formatCitation, type Citation } from "./cite-format.ts";

export type { Citation };

export interface CiteInput {
  article: Article;
  authors: { name: string; sort_name?: string }[];
  /** the article's address in this archive, absolute */
  archiveUrl: string;
  /** the archive's name */
  archiveName: string;
}

/** @example cite({ article, authors: [{ name: "Rick Sallinger" }], archiveUrl: "https://…", archiveName: "Morgue" }).apa */
export function cite({ article, authors, archiveUrl, archiveName }: CiteInput): Citation {
  return formatCitation({
    id: article.id,
    title: article.title,
    ymd: article.published.ymd,
    names: authors.map(nameParts),
    container: article.source?.name ?? archiveName,
    url: article.source?.url ?? archiveUrl,
    archiveUrl,
    hasSourceUrl: Boolean(article.source?.url),
    retrieved: article.source?.retrieved?.slice(0, 10),
    dateline: article.dateline,
  });
}
