/**
 * Publication dates. An article's date is the calendar day it was published where it was
 * published: `2018-01-24`, or `2018-01-24T17:30:00-07:00`, which is still the 24th even though
 * it is the 25th in UTC. No conversion to the reader's or the build machine's zone ever happens,
 * so no date is off by one.
 */
import { DateTime } from "luxon";

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

export interface PublicationDate {
  /** as written */
  raw: string;
  /** the local calendar day, YYYY-MM-DD */
  ymd: string;
  year: string;
  month: string;
  day: string;
  /** a full ISO date-time (midnight UTC for a date without a time), for feeds and sorting */
  iso: string;
  /** milliseconds since the epoch, for sorting */
  ms: number;
  hasTime: boolean;
}

function toDateTime(raw: string): DateTime | undefined {
  if (DATE_ONLY.test(raw)) {
    const d = DateTime.fromISO(raw, { zone: "utc" });
    return d.isValid ? d : undefined;
  }
  if (WITH_ZONE.test(raw)) {
    const d = DateTime.fromISO(raw, { setZone: true });
    return d.isValid ? d : undefined;
  }
  return undefined;
}

/** @example isPublicationDate("2018-02-30") // false */
export function isPublicationDate(raw: string): boolean {
  return toDateTime(raw) !== undefined;
}

/** @example parsePublicationDate("2018-01-24T20:00:00-07:00").ymd // "2018-01-24" */
export function parsePublicationDate(raw: string): PublicationDate {
  const d = toDateTime(raw);
  if (!d) throw new Error(`not a publication date: ${raw}`);
  const ymd = d.toISODate()!;
  return {
    raw,
    ymd,
    year: ymd.slice(0, 4),
    month: ymd.slice(5, 7),
    day: ymd.slice(8, 10),
    iso: d.toISO({ suppressMilliseconds: true })!,
    ms: d.toMillis(),
    hasTime: !DATE_ONLY.test(raw),
  };
}

/**
 * A calendar day for people, in English unless another locale is given (pages are English).
 * @example formatDay("2018-01-24") // "January 24, 2018"
 */
export function formatDay(ymd: string, locale = "en"): string {
  return DateTime.fromISO(ymd, { zone: "utc", locale }).toLocaleString(DateTime.DATE_FULL);
}

/** @example formatMonth("2018-01") // "January 2018" */
export function formatMonth(ym: string, locale = "en"): string {
  return DateTime.fromISO(`${ym}-01`, { zone: "utc", locale }).toFormat("LLLL yyyy");
}
