/** Date filters: calendar days, months and EDTF dates in words. */
import { describeEdtf, parseEdtf } from "../dates/edtf.ts";
import { formatDay, formatMonth } from "../dates/publication.ts";

/** @example day("2018-01-24") // "January 24, 2018" */
export function day(ymd: string): string {
  // Called for every date in every list (170,000 times for 10,000 articles): format each once.
  // These memos hold one entry per distinct date, bounded by the calendar, not the archive.
  let words = days.get(ymd);
  if (words === undefined) days.set(ymd, (words = formatDay(ymd)));
  return words;
}

const days = new Map<string, string>();

/** @example month("2018-01") // "January 2018" */
export function month(ym: string): string {
  let words = months.get(ym);
  if (words === undefined) months.set(ym, (words = formatMonth(ym)));
  return words;
}

const months = new Map<string, string>();

/** @example edtf("2017-04") // "April 2017" */
export function edtf(value: string): string {
  // Every page that lists an article's events or a person's roles asks again for the same dates.
  let words = edtfWords.get(value);
  if (words === undefined) edtfWords.set(value, (words = describeEdtf(value)));
  return words;
}

const edtfWords = new Map<string, string>();

/** The first day an EDTF date can mean, for `<time datetime>`. @example edtfDatetime("2017-04") // "2017-04" */
export function edtfDatetime(value: string): string {
  const info = parseEdtf(value);
  if (!info) return value;
  if (info.precision === "day") return info.min;
  if (info.precision === "month") return info.min.slice(0, 7);
  return info.min.slice(0, 4);
}
