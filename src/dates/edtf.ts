/**
 * EDTF (Extended Date/Time Format, ISO 8601-2) dates, for events and roles whose precision
 * varies: `2018-01-24`, `2017-04`, `2017`, `2004~` (circa), `2017-04?` (uncertain), `199X`.
 * Parsing is the `edtf` library's; this module turns its result into what the archive needs:
 * bounds for comparisons and honest words for people.
 */
import edtf from "edtf";
import { DateTime } from "luxon";

export type Precision = "day" | "month" | "year" | "decade" | "century";

export interface EdtfInfo {
  /** the EDTF text as written */
  edtf: string;
  /** first and last instant the date can mean, as YYYY-MM-DD */
  min: string;
  max: string;
  precision: Precision;
  approximate: boolean;
  uncertain: boolean;
}

const PRECISIONS: Record<number, Precision> = { 1: "year", 2: "month", 3: "day" };

/** Whether `s` parses as a single EDTF date (not an interval or set). */
export function isEdtf(s: string): boolean {
  return parseEdtf(s) !== undefined;
}

function ymd(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * @example parseEdtf("2017-04") // { min: "2017-04-01", max: "2017-04-30", precision: "month", ... }
 */
export function parseEdtf(s: string): EdtfInfo | undefined {
  // The same few thousand dates recur across an archive (role starts, event months), and the
  // edtf grammar is an Earley parser: parse each text once.
  if (cache.has(s)) return cache.get(s);
  const info = parseUncached(s);
  cache.set(s, info);
  return info;
}

const cache = new Map<string, EdtfInfo | undefined>();

function parseUncached(s: string): EdtfInfo | undefined {
  return plainDate(s) ?? fromLibrary(s);
}

const PLAIN = /^([1-9]\d{3})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/**
 * A plain calendar date, month or year of four digits (`2018-01-24`, `2017-04`, `2017`), most of
 * an archive's dates (its articles' events number in the hundreds of thousands at 100,000
 * articles, and the library's Earley parser took 2 s of every build for them): its bounds worked
 * out directly, as the library gives them (test/dates/edtf.test.ts compares the two). A day the
 * month does not have, and every other form, is left to the library.
 */
export function plainDate(s: string): EdtfInfo | undefined {
  const match = PLAIN.exec(s);
  if (!match) return undefined;
  const [, y, m, d] = match;
  const year = Number(y);
  const last = (month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (d && Number(d) > last(Number(m))) return undefined;
  const min = `${y}-${m ?? "01"}-${d ?? "01"}`;
  const max = d ? min : m ? `${y}-${m}-${String(last(Number(m))).padStart(2, "0")}` : `${y}-12-31`;
  return { edtf: s, min, max, precision: d ? "day" : m ? "month" : "year", approximate: false, uncertain: false };
}

/** What the edtf library makes of `s`. */
export function fromLibrary(s: string): EdtfInfo | undefined {
  // The edtf library takes no qualifier after unspecified digits ("199X~", circa the 1990s),
  // which EDTF level 2 allows: parse the digits and carry the qualifier ourselves.
  const qualified = /^(\d{2,3}X+)([~?%])$/.exec(s);
  if (qualified) {
    const inner = parseUncached(qualified[1]!);
    const q = qualified[2]!;
    return inner && { ...inner, edtf: s, approximate: q !== "?", uncertain: q !== "~" };
  }
  let d: any;
  try {
    d = edtf(s);
  } catch {
    return undefined;
  }
  if (!d || !["Date", "Year", "Decade", "Century"].includes(d.type)) return undefined;
  if (!Number.isFinite(d.min) || !Number.isFinite(d.max)) return undefined;
  let precision: Precision = PRECISIONS[d.precision as number] ?? "year";
  const unspecified = d.unspecified?.value ?? 0;
  if (d.type === "Decade" || (d.type === "Date" && /^\d{3}X$/.test(s.replace(/[~?%]/g, "")))) precision = "decade";
  else if (d.type === "Century" || /^\d{2}XX$/.test(s.replace(/[~?%]/g, ""))) precision = "century";
  else if (unspecified && precision !== "decade") return undefined; // e.g. 2017-XX: too vague to place
  return {
    edtf: s,
    min: ymd(d.min),
    max: ymd(d.max),
    precision,
    approximate: Boolean(d.approximate?.value) || /~|%/.test(s),
    uncertain: Boolean(d.uncertain?.value) || /\?|%/.test(s),
  };
}

/**
 * Words for an EDTF date that claim no more precision than it has.
 * @example describeEdtf("2017-04") // "April 2017"
 * @example describeEdtf("199X~") // "circa the 1990s"
 */
export function describeEdtf(s: string, locale = "en"): string {
  const info = parseEdtf(s);
  if (!info) return s;
  const start = DateTime.fromISO(info.min, { zone: "utc", locale });
  let words: string;
  switch (info.precision) {
    case "day":
      words = start.toLocaleString(DateTime.DATE_FULL);
      break;
    case "month":
      words = start.toFormat("LLLL yyyy");
      break;
    case "year":
      words = start.toFormat("yyyy");
      break;
    case "decade":
      words = `the ${start.toFormat("yyyy")}s`;
      break;
    case "century":
      words = `the ${Math.floor(start.year / 100) + 1}th century`;
      break;
  }
  if (info.approximate) words = `circa ${words}`;
  if (info.uncertain) words = `${words} (uncertain)`;
  return words;
}
