/**
 * An import batch: the raw texts of one import, parsed together, so that what one file shows
 * can inform the others (issue 13): a line that recurs across the batch is the site's chrome.
 */
import { parseText, toBlocks, type ParsedText } from "./text.ts";

export interface RawDocument {
  origin: string;
  raw: string;
}

/**
 * Parses each raw text of a batch.
 * @example parseBatch([{ origin: "a.txt", raw: "Title\n\nJanuary 4, 2019\n\nWords." }])[0].date // "2019-01-04"
 */
export function parseBatch(docs: readonly RawDocument[]): ParsedText[] {
  return docs.map((d) => parseText(toBlocks(d.raw)));
}
