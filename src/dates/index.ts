/**
 * The date indexes: years, months and days that have articles, with counts, neighbours that
 * skip empty periods, month calendars, on-this-day and the timeline of reported events. Built
 * in one pass over articles already sorted newest first.
 */
import { DateTime } from "luxon";
import type { Article } from "../content/articles.ts";
import { parseEdtf, type Precision } from "./edtf.ts";
import { formatDay, formatMonth } from "./publication.ts";

export interface DayIndex {
  ymd: string;
  url: string;
  label: string;
  articles: Article[];
  prev?: string;
  next?: string;
  prevLabel?: string;
  nextLabel?: string;
}

export interface CalendarCell {
  day?: number;
  ymd?: string;
  count: number;
  url?: string;
}

export interface MonthIndex {
  ym: string;
  year: string;
  month: string;
  url: string;
  label: string;
  count: number;
  /** days with articles, oldest first */
  days: DayIndex[];
  /** weeks of seven cells, Monday first; cells outside the month are empty */
  calendar: CalendarCell[][];
  prev?: string;
  next?: string;
  prevLabel?: string;
  nextLabel?: string;
}

export interface YearIndex {
  year: string;
  url: string;
  count: number;
  /** months with articles, oldest first */
  months: MonthIndex[];
  /** the year's articles, newest first (for the API's file per year) */
  articles: Article[];
  prev?: string;
  next?: string;
}

export interface OnThisDay {
  /** MM-DD */
  md: string;
  url: string;
  label: string;
  /** newest year first */
  articles: Article[];
}

export interface TimelineEntry {
  edtf: string;
  precision: Precision;
  /** earliest day the date can mean, for ordering */
  min: string;
  label: string;
  article: Article;
  people: string[];
  jurisdictions: string[];
}

/**
 * A year of the timeline: the events whose earliest day falls in it (`1990s` in 1990), at
 * `/timeline/YYYY/`. The timeline is paged by year, not by count, so an article that reports an
 * event changes its year's pages and no other (an incremental build renders only those again).
 */
export interface TimelineYear {
  /** as EDTF writes a year: `1990`, `-0044` */
  year: string;
  label: string;
  url: string;
  count: number;
  prev?: string;
  next?: string;
  prevLabel?: string;
  nextLabel?: string;
}

export interface DateIndexes {
  /** oldest first */
  years: YearIndex[];
  months: MonthIndex[];
  days: DayIndex[];
  onThisDay: OnThisDay[];
  timeline: TimelineEntry[];
  /** the years of the timeline that have events, oldest first: each its own page (`/timeline/YYYY/`) */
  timelineYears: TimelineYear[];
  /** the largest month count, for scaling the histogram */
  busiestMonth: number;
}

/** Links each item to its neighbours: the nearest earlier and later periods that have articles. */
function link<T extends { url: string; prev?: string; next?: string; prevLabel?: string; nextLabel?: string; label?: string }>(list: T[]) {
  list.forEach((item, i) => {
    item.prev = list[i - 1]?.url;
    item.next = list[i + 1]?.url;
    item.prevLabel = list[i - 1]?.label;
    item.nextLabel = list[i + 1]?.label;
  });
}

/** Weeks of a month, Monday first. @example monthCalendar("2018-01", new Map([["2018-01-24", 1]]))[3][2] // { day: 24, count: 1, ... } */
export function monthCalendar(ym: string, counts: Map<string, number>): CalendarCell[][] {
  const first = DateTime.fromISO(`${ym}-01`, { zone: "utc" });
  const cells: CalendarCell[] = Array.from({ length: first.weekday - 1 }, () => ({ count: 0 }));
  for (let d = 1; d <= first.daysInMonth!; d++) {
    const ymd = `${ym}-${String(d).padStart(2, "0")}`;
    const count = counts.get(ymd) ?? 0;
    cells.push({ day: d, ymd, count, url: count ? `/${ymd.replaceAll("-", "/")}/` : undefined });
  }
  while (cells.length % 7) cells.push({ count: 0 });
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
}

const PRECISION_ORDER: Record<Precision, number> = { century: 0, decade: 1, year: 2, month: 3, day: 4 };

/** The year of the timeline an event is in: that of the earliest day its date can mean. @example timelineYear({ min: "1990-01-01" }) // "1990" */
function timelineYear(entry: Pick<TimelineEntry, "min">): string {
  const year = /^(-?\d+)-\d\d-\d\d$/.exec(entry.min)?.[1];
  if (!year) throw new Error(`a timeline date's earliest day is not a day: ${entry.min}`);
  return year;
}

/** Builds every date index from articles sorted newest first. */
export function indexDates(articles: readonly Article[]): DateIndexes {
  const days = new Map<string, DayIndex>();
  const onThisDay = new Map<string, OnThisDay>();
  const timeline: TimelineEntry[] = [];
  for (const article of articles) {
    const { ymd } = article.published;
    let day = days.get(ymd);
    if (!day) days.set(ymd, (day = { ymd, url: `/${ymd.replaceAll("-", "/")}/`, label: formatDay(ymd), articles: [] }));
    day.articles.push(article);
    const md = ymd.slice(5);
    let otd = onThisDay.get(md);
    if (!otd) {
      const label = DateTime.fromISO(`2000-${md}`, { zone: "utc" }).toFormat("MMMM d");
      onThisDay.set(md, (otd = { md, url: `/on-this-day/${md}/`, label, articles: [] }));
    }
    otd.articles.push(article);
    for (const e of article.events) {
      const info = parseEdtf(e.date)!;
      timeline.push({ edtf: e.date, precision: info.precision, min: info.min, label: e.label, article, people: e.people, jurisdictions: e.jurisdictions });
    }
  }
  const dayList = [...days.values()].sort((a, b) => a.ymd.localeCompare(b.ymd));
  link(dayList);

  const months = new Map<string, MonthIndex>();
  for (const day of dayList) {
    const ym = day.ymd.slice(0, 7);
    let month = months.get(ym);
    if (!month) {
      const [year, mm] = ym.split("-") as [string, string];
      months.set(ym, (month = { ym, year, month: mm, url: `/${year}/${mm}/`, label: formatMonth(ym), count: 0, days: [], calendar: [] }));
    }
    month.days.push(day);
    month.count += day.articles.length;
  }
  const monthList = [...months.values()];
  for (const m of monthList) m.calendar = monthCalendar(m.ym, new Map(m.days.map((d) => [d.ymd, d.articles.length])));
  link(monthList);

  const years = new Map<string, YearIndex>();
  for (const m of monthList) {
    let year = years.get(m.year);
    if (!year) years.set(m.year, (year = { year: m.year, url: `/${m.year}/`, count: 0, months: [], articles: [] }));
    year.months.push(m);
    year.count += m.count;
  }
  // The articles come newest first: each year's list keeps that order.
  for (const article of articles) years.get(article.published.year)!.articles.push(article);
  const yearList = [...years.values()];
  yearList.forEach((y, i) => {
    y.prev = yearList[i - 1]?.url;
    y.next = yearList[i + 1]?.url;
  });

  // Coarser dates first within the same start, so "2017" comes before "April 2017".
  timeline.sort(
    (a, b) => a.min.localeCompare(b.min) || PRECISION_ORDER[a.precision] - PRECISION_ORDER[b.precision] || a.article.published.ms - b.article.published.ms,
  );
  const timelineYears: TimelineYear[] = [];
  for (const entry of timeline) {
    const year = timelineYear(entry);
    const last = timelineYears[timelineYears.length - 1];
    if (last?.year === year) last.count++;
    else timelineYears.push({ year, label: year, url: `/timeline/${year}/`, count: 1 });
  }
  link(timelineYears);
  return {
    years: yearList,
    months: monthList,
    days: dayList,
    onThisDay: [...onThisDay.values()].sort((a, b) => a.md.localeCompare(b.md)),
    timeline,
    timelineYears,
    busiestMonth: Math.max(0, ...monthList.map((m) => m.count)),
  };
}
