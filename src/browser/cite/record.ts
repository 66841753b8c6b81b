/**
 * The citation's record from an article page's NewsArticle JSON-LD (src/publish/jsonld.ts):
 * pure, so it is tested without a browser (test/browser-logic/cite.test.ts).
 */
import type { CitationRecord, CiteName } from "../../publish/cite-format.ts";

/** The parts of the page's NewsArticle JSON-LD a citation reads. */
export interface NewsArticleLd {
  "@type"?: string;
  url?: string;
  identifier?: string;
  headline?: string;
  datePublished?: string;
  dateline?: string;
  isBasedOn?: string;
  author?: { name?: string; givenName?: string; familyName?: string }[];
  publisher?: { name?: string };
}

/** The citation's record from the JSON-LD, or undefined when a field it needs is missing. */
export function recordFromJsonLd(ld: NewsArticleLd, retrieved?: string): CitationRecord | undefined {
  if (ld["@type"] !== "NewsArticle" || !ld.url || !ld.identifier || !ld.headline || !ld.datePublished || !ld.publisher?.name) return undefined;
  const names: CiteName[] = (ld.author ?? []).map((a) => ({ family: a.familyName ?? a.name ?? "", given: a.givenName ?? "" }));
  return {
    id: ld.identifier,
    title: ld.headline,
    // A publication date is written in its own offset, so its first ten characters are its day.
    ymd: ld.datePublished.slice(0, 10),
    names,
    container: ld.publisher.name,
    url: ld.isBasedOn ?? ld.url,
    archiveUrl: ld.url,
    hasSourceUrl: Boolean(ld.isBasedOn),
    retrieved,
    dateline: ld.dateline,
  };
}
