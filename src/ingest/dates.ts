/**
 * Dates written out in news text: "Friday, January 4, 2019", "Jan. 24, 2018 / 5:35 PM MST",
 * "Updated on: 4 January 2019", "2019-01-04". Only a line that is a date and nothing else is
 * read, so a sentence that mentions a date is never taken for the article's date.
 */
import { isPublicationDate } from "../dates/publication.ts";

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

const MONTH = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?`;
const WEEKDAY = String.raw`(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?`;
// Each run of spaces has one place to go: `\s*:?\s*` could split a run two ways, and so
// could `\s*` before an optional part followed by `\s+` (polynomial time on long runs).
const LABEL = String.raw`(?:(?:Published|Updated|Posted|First published|Last updated|Originally published)(?: on| at)?\s*(?::\s*)?)?`;
const TIME = String.raw`(?:\s*(?:(?:[/,|·•-]|at)\s*)?\d{1,2}(?::\d{2})?(?:\s*[AaPp]\.?\s?[Mm]\.?)?(?:\s+[A-Z]{2,4})?)?`;

const MONTH_FIRST = new RegExp(String.raw`^${LABEL}${WEEKDAY}${MONTH}\s+(\d{1,2}),?\s+(\d{4})${TIME}\.?$`, "i");
const DAY_FIRST = new RegExp(String.raw`^${LABEL}${WEEKDAY}(\d{1,2})\s+${MONTH},?\s+(\d{4})${TIME}\.?$`, "i");
const ISO = new RegExp(String.raw`^${LABEL}(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?$`, "i");

function ymd(year: string, month: number, day: string): string | undefined {
  const out = `${year}-${String(month).padStart(2, "0")}-${day.padStart(2, "0")}`;
  return isPublicationDate(out) ? out : undefined;
}

/**
 * The calendar day a line that is only a date names, as YYYY-MM-DD.
 * @example dateOfLine("Friday, January 4, 2019") // "2019-01-04"
 */
export function dateOfLine(line: string): string | undefined {
  const text = line.trim();
  let m = MONTH_FIRST.exec(text);
  if (m) return ymd(m[3]!, MONTHS[m[1]!.slice(0, 3).toLowerCase()]!, m[2]!);
  m = DAY_FIRST.exec(text);
  if (m) return ymd(m[3]!, MONTHS[m[2]!.slice(0, 3).toLowerCase()]!, m[1]!);
  m = ISO.exec(text);
  if (m) return ymd(m[1]!, Number(m[2]), m[3]!);
  return undefined;
}

/**
 * A date as given in a CSV column or a page's metadata, as a publication date the schema
 * accepts: an ISO date-time keeps its zone, anything else becomes YYYY-MM-DD.
 * @example normaliseDate("January 4, 2019") // "2019-01-04"
 */
export function normaliseDate(value: string): string | undefined {
  const text = value.trim();
  if (!text) return undefined;
  if (isPublicationDate(text)) return text;
  // Seconds-less or zone-less date-times from exports: keep the calendar day as written.
  const day = /^(\d{4}-\d{2}-\d{2})[T ]/.exec(text);
  if (day && isPublicationDate(day[1]!)) return day[1];
  return dateOfLine(text);
}
