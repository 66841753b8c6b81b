/**
 * Dates written out in news text: "Friday, January 4, 2019", "Posted 5:32 PM, January 29, 2020",
 * "Updated 3:04 p.m. ET Jan. 29, 2020", "Wed 29 Jan 2020 17.32 GMT", "2019-01-04", "29/01/2020".
 * chrono-node reads the dates; it is only asked about a line that is a date and nothing else
 * (labels, weekday, time and zone aside), so a sentence that mentions a date is never taken for
 * the article's date.
 */
import * as chrono from "chrono-node";
import { isPublicationDate } from "../dates/publication.ts";

/** The order of a numeric date's day and month: 29/01/2020 is dmy, 1/29/2020 is mdy. */
export type DateOrder = "dmy" | "mdy";

export interface LineDate {
  /** YYYY-MM-DD, the calendar day as printed */
  date: string;
  /** "Updated", "Last modified" before it make it the updated date */
  role: "published" | "updated";
}

export interface DateLine {
  dates: LineDate[];
  /** what followed " by " on a "Posted on January 29, 2020 by Ann Lee" line */
  byline?: string;
}

/** The words a date line may hold besides its dates. */
const LABEL_WORDS = new Set(
  [
    "posted", "published", "updated", "last", "modified", "first", "originally", "on", "at", "and", "date", "time",
    "et", "pt", "mt", "ct", "gmt", "bst", "utc", "est", "edt", "mst", "mdt", "pst", "pdt", "cst", "cdt", "cet", "cest", "aest",
    "am", "pm", "a", "p", "m", "hours", "hour", "minutes", "minute", "ago", "mins", "hrs",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
  ],
);

const NUMERIC = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/;

export class AmbiguousDate extends Error {}

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

/**
 * The order a numeric date proves on its own (a day above 12), if any.
 * @example orderOf("29/01/2020") // "dmy"
 */
export function orderOf(line: string): DateOrder | undefined {
  const m = NUMERIC.exec(line);
  if (!m) return undefined;
  if (Number(m[1]) > 12 && Number(m[2]) <= 12) return "dmy";
  if (Number(m[2]) > 12 && Number(m[1]) <= 12) return "mdy";
  return undefined;
}

/**
 * The dates of a line that is only dates, with their roles; undefined for any other line.
 * Throws AmbiguousDate for a numeric date whose order nothing proves.
 * @example datesOfLine("Published Jan. 29, 2020 at 5:32 pm MST")?.dates[0] // { date: "2020-01-29", role: "published" }
 */
export function datesOfLine(line: string, order?: DateOrder): DateLine | undefined {
  let text = line.trim();
  if (!text || text.length > 200 || !/\d{4}/.test(text)) return undefined;
  const numeric = NUMERIC.exec(text);
  if (numeric) {
    const a = Number(numeric[1]);
    const b = Number(numeric[2]);
    const use = orderOf(text) ?? order;
    if (!use) throw new AmbiguousDate(text);
    const [d, m] = use === "dmy" ? [a, b] : [b, a];
    text = text.replace(numeric[0], iso(Number(numeric[3]), m, d));
  }
  const results = chrono.strict.parse(text);
  const dates: LineDate[] = [];
  let rest = "";
  let from = 0;
  for (const r of results) {
    const before = text.slice(from, r.index);
    rest += ` ${before}`;
    from = r.index + r.text.length;
    const s = r.start;
    // Only a full calendar date with its year printed; a time alone, or "2 hours ago", is furniture.
    if (!/\d{4}/.test(r.text) || !s.isCertain("day") || !s.isCertain("month")) continue;
    const date = iso(s.get("year")!, s.get("month")!, s.get("day")!);
    if (!isPublicationDate(date)) return undefined;
    const label = text.slice(0, r.index).toLowerCase();
    const lastUpdated = Math.max(label.lastIndexOf("updated"), label.lastIndexOf("modified"));
    const lastPublished = Math.max(label.lastIndexOf("published"), label.lastIndexOf("posted"));
    dates.push({ date, role: lastUpdated > lastPublished ? "updated" : "published" });
  }
  rest += ` ${text.slice(from)}`;
  if (!dates.length) return undefined;
  let byline: string | undefined;
  const by = rest.toLowerCase().lastIndexOf(" by ");
  if (by >= 0) {
    byline = rest.slice(by + 4).trim();
    rest = rest.slice(0, by);
  }
  const tokens = rest.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (!tokens.every((t) => LABEL_WORDS.has(t) || /^\d{1,2}$/.test(t))) return undefined;
  return { dates, ...(byline ? { byline } : {}) };
}

/**
 * The calendar day a line that is only a date names, as YYYY-MM-DD: its published date, else
 * its updated one.
 * @example dateOfLine("Friday, January 4, 2019") // "2019-01-04"
 */
export function dateOfLine(line: string, order?: DateOrder): string | undefined {
  let found: DateLine | undefined;
  try {
    found = datesOfLine(line, order);
  } catch {
    return undefined;
  }
  if (!found || found.byline) return undefined;
  return (found.dates.find((d) => d.role === "published") ?? found.dates[0])!.date;
}

/**
 * A date as given in a CSV column or a page's metadata, as a publication date the schema
 * accepts: an ISO date-time keeps its zone, anything else becomes YYYY-MM-DD.
 * @example normaliseDate("January 4, 2019") // "2019-01-04"
 */
export function normaliseDate(value: string, order?: DateOrder): string | undefined {
  const text = value.trim();
  if (!text) return undefined;
  if (isPublicationDate(text)) return text;
  // Seconds-less or zone-less date-times from exports: keep the calendar day as written.
  const day = /^(\d{4}-\d{2}-\d{2})[T ]/.exec(text);
  if (day && isPublicationDate(day[1]!)) return day[1];
  return dateOfLine(text, order);
}
