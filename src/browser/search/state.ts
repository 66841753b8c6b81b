/**
 * The search page's state and everything worked out from it, with no DOM: reading a URL into a
 * state, writing a state back as a URL, the month buckets a date range stands for, the filters
 * Pagefind is asked for, and the year facet added up from the month buckets. Unit-tested in
 * test/browser-logic/search-state.test.ts; the page itself is src/browser/search/main.ts.
 *
 * The index it reads is designed in src/search/markup.ts (and the headline's title in pages/article.njk):
 *   filters person, jurisdiction, organization, topic, source: "id|Name"; month: "2018-01" (the
 *   buckets date ranges and the year facet are made of); sort date: "2018-01-24";
 *   meta title, date, dateline, source, people, places.
 * URLs carry ids (?person=michael-hancock), the filter lists show names; within one facet values
 * combine with AND, as Pagefind's counts ("results if this value were added") assume.
 *
 * The URL is input from anyone (issue 9, "Hostile contributors"): readState keeps only what the
 * page could have written itself, within bounds.
 */
import type { FilterCounts, FilterQuery, SortQuery } from "./pagefind.ts";

export type FacetKey = "person" | "jurisdiction" | "organization" | "topic" | "source" | "year";

export const FACETS: readonly { key: FacetKey; label: string }[] = [
  { key: "person", label: "Person" },
  { key: "jurisdiction", label: "Place" },
  { key: "organization", label: "Organization" },
  { key: "topic", label: "Topic" },
  { key: "source", label: "Source" },
  // Not a filter in the index: a year is its twelve month buckets, and its count their sum.
  { key: "year", label: "Year" },
];

export type SortName = "relevance" | "newest" | "oldest";
// A Map, so ?sort=constructor or ?sort=__proto__ finds nothing rather than Object.prototype's.
const SORTS = new Map<string, SortQuery>([
  ["relevance", {}],
  ["newest", { date: "desc" }],
  ["oldest", { date: "asc" }],
]);

/** @example isSort("newest") // true; isSort("constructor") // false */
export const isSort = (value: string): value is SortName => SORTS.has(value);

/** A month bucket no article has: the filter for an empty range. */
export const NO_MONTH = "0000-00";
const YEAR_MONTH = /^\d{4}(-(0[1-9]|1[0-2]))?$/;
const YEAR = /^\d{4}$/;
/**
 * The most characters of words searched for. Pagefind fetches an index chunk for each word, so
 * 10 KB of words would fetch much of the index and keep the page busy; 200 is some 30 words,
 * more than a headline or a quoted sentence. The search box has the same limit.
 */
export const MAX_QUERY = 200;
/** The most values of one facet a URL applies; they combine with AND, so an article must have them all. */
export const MAX_VALUES = 10;
/** The longest id a URL may name; the archive's ids are file names, the longest under 50. */
export const MAX_ID = 100;

/** Facet → the ids applied, in the order they were added; a facet with none is absent. */
export type Filters = Partial<Record<FacetKey, string[]>>;

/** Everything a search is: what the URL says and the controls show. */
export interface SearchState {
  /** the words, at most MAX_QUERY characters */
  q: string;
  filters: Filters;
  /** "", "2017" or "2017-03", within the archive's years */
  from: string;
  to: string;
  sort: SortName;
}

export type RangeEnd = "from" | "to";

/** The index's filter values: facet → id → the value in the index ("id|Name"). */
export type FilterValues = Record<FacetKey, Map<string, string>>;

/** An empty table of filter values, one map per facet, filled in when the filter lists load. */
export const emptyValues = (): FilterValues => Object.fromEntries(FACETS.map(({ key }) => [key, new Map()])) as FilterValues;

/**
 * @returns the state a URL's query string describes: only what the page itself would write.
 * Parameters it does not know, values that are not ids, years or sorts, and any beyond the
 * limits above are dropped; a date range is clamped to the archive's `years` (oldest first).
 * @example readState("?q=sanctuary&sort=newest", ["2017", "2018"]) // { q: "sanctuary", filters: {}, from: "", to: "", sort: "newest" }
 */
export function readState(query: string, years: readonly string[]): SearchState {
  const params = new URLSearchParams(query);
  const filters: Filters = {};
  for (const { key } of FACETS) {
    const valid = key === "year" ? (id: string) => YEAR.test(id) : isId;
    const ids = [...new Set(params.getAll(key).map((id) => id.trim().toLowerCase()).filter(valid))].slice(0, MAX_VALUES);
    if (ids.length) filters[key] = ids;
  }
  const ym = (end: RangeEnd) => {
    const value = params.get(end) ?? "";
    return YEAR_MONTH.test(value) ? clampToArchive(value, end, years) : "";
  };
  const sort = params.get("sort") ?? "";
  return { q: wordsOf(params.get("q") ?? ""), filters, from: ym("from"), to: ym("to"), sort: isSort(sort) ? sort : "relevance" };
}

/**
 * An id as the archive writes them: lowercase ASCII words joined by hyphens (src/schema.ts's
 * ID_PATTERN; URLs are case-folded before, as references are), checked word by word so no
 * pattern can backtrack.
 * @example isId("michael-hancock") // true
 * @example isId("__proto__") // false
 */
export function isId(value: string): boolean {
  return value.length <= MAX_ID && value.split("-").every((word) => /^[a-z0-9]+$/.test(word));
}

/** Words to search for: trimmed, and cut to MAX_QUERY characters (never inside a character). */
export function wordsOf(text: string): string {
  const trimmed = text.trim();
  return trimmed.length <= MAX_QUERY ? trimmed : Array.from(trimmed).slice(0, MAX_QUERY).join("").trim();
}

/**
 * A range's end moved inside the archive's years, so the year menus can show it. An end before
 * the first year or after the last one becomes that year, which leaves the same articles; an end
 * beyond the other one becomes the archive's first or last month. With no articles there is no
 * range.
 * @example clampToArchive("0000", "from", ["2016", "2020"]) // "2016"
 * @example clampToArchive("2030-05", "from", ["2016", "2020"]) // "2020-12"
 */
export function clampToArchive(ym: string, end: RangeEnd, years: readonly string[]): string {
  const first = years[0];
  const last = years[years.length - 1];
  if (first === undefined || last === undefined) return "";
  const year = ym.slice(0, 4);
  if (year < first) return end === "from" ? first : `${first}-01`;
  if (year > last) return end === "to" ? last : `${last}-12`;
  return ym;
}

/**
 * The page's URL for a state, under `pathname`, the path the site serves the page at (with
 * whatever path prefix it has).
 * @example urlOf({ q: "denver", filters: { year: ["2018"] }, from: "", to: "", sort: "newest" }, "/search/") // "/search/?q=denver&year=2018&sort=newest"
 */
export function urlOf(state: SearchState, pathname: string): string {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  for (const { key } of FACETS) for (const id of state.filters[key] ?? []) params.append(key, id);
  if (state.from) params.set("from", state.from);
  if (state.to) params.set("to", state.to);
  if (state.sort !== "relevance") params.set("sort", state.sort);
  const query = params.toString();
  return `${pathname}${query ? `?${query}` : ""}`;
}

export const hasFilters = (state: SearchState): boolean => Object.keys(state.filters).length > 0 || Boolean(state.from || state.to);
/** Person, place, organization, topic and source filters need the lists to turn ids into values. */
export const hasNamedFilters = (state: SearchState): boolean => Object.keys(state.filters).some((key) => key !== "year");

/** Relevance means nothing without words, so a filters-only search lists newest first. */
export const sortOf = (state: SearchState): SortQuery | undefined => SORTS.get(state.sort === "relevance" && !state.q ? "newest" : state.sort);

/**
 * The filters with `id` added to or taken from one facet's; a facet left with none is dropped.
 * @example withFilter({ person: ["a"] }, "person", "a", false) // {}
 */
export function withFilter(filters: Filters, key: FacetKey, id: string, on: boolean): Filters {
  const ids = (filters[key] ?? []).filter((x) => x !== id);
  if (on) ids.push(id);
  const next = { ...filters, [key]: ids };
  if (!ids.length) delete next[key];
  return next;
}

/**
 * Whether words typed continue the previous ones (extend or trim them), rather than start anew.
 * @example continuesTyping("sanct", "sanctuary") // true
 */
export const continuesTyping = (previous: string, next: string): boolean =>
  Boolean(previous && next && (next.startsWith(previous) || previous.startsWith(next)));

/** @example parseValue("michael-hancock|Michael B. Hancock") // { id: "michael-hancock", name: "Michael B. Hancock" } */
export function parseValue(value: string): { id: string; name: string } {
  const bar = value.indexOf("|");
  return bar < 0 ? { id: value, name: value } : { id: value.slice(0, bar), name: value.slice(bar + 1) };
}

/** A filter value's name, or its id while the lists are not loaded or when the index lacks it. */
export const nameOf = (values: FilterValues, key: FacetKey, id: string): string => {
  const value = values[key].get(id);
  return value === undefined ? id : parseValue(value).name;
};

/** "2017" or "2017-03" as the first or last month it covers. */
export const monthOf = (ym: string, end: RangeEnd): string => (ym.length === 7 ? ym : `${ym}-${end === "from" ? "01" : "12"}`);

/**
 * The month buckets from one month to another, both included.
 * @example monthsBetween("2017-11", "2018-02") // ["2017-11", "2017-12", "2018-01", "2018-02"]
 */
export function monthsBetween(start: string, end: string): string[] {
  const months: string[] = [];
  let [y = 0, m = 0] = start.split("-").map(Number);
  const [endYear = 0, endMonth = 0] = end.split("-").map(Number);
  while (y < endYear || (y === endYear && m <= endMonth)) {
    months.push(`${y}-${String(m).padStart(2, "0")}`);
    if (++m > 12) [y, m] = [y + 1, 1];
  }
  return months;
}

/**
 * The months a state's date range and year filters allow, or null when they allow any. Pagefind
 * filters only match exact values, so a range is the month buckets inside it; an open end stops
 * at the archive's first or last year.
 * @example allowedMonths({ from: "2017-11", to: "2018-01", filters: {} }, years) // ["2017-11", "2017-12", "2018-01"]
 */
export function allowedMonths(state: Pick<SearchState, "from" | "to" | "filters">, years: readonly string[]): string[] | null {
  let allowed: string[] | null = null;
  const narrow = (months: string[]) => {
    allowed = allowed ? allowed.filter((m) => months.includes(m)) : months;
  };
  if (state.from || state.to) {
    const start = state.from ? monthOf(state.from, "from") : `${years[0] ?? "0000"}-01`;
    const end = state.to ? monthOf(state.to, "to") : `${years[years.length - 1] ?? "0000"}-12`;
    narrow(monthsBetween(start, end));
  }
  // Values of one facet combine with AND, so two years allow no month at all.
  for (const year of state.filters.year ?? []) narrow(monthsBetween(`${year}-01`, `${year}-12`));
  return allowed;
}

/** The filters Pagefind is asked for: index values for ids, month buckets for dates. */
export function pagefindFilters(state: SearchState, years: readonly string[], values: FilterValues): FilterQuery {
  const filters: FilterQuery = {};
  for (const [key, ids] of Object.entries(state.filters) as [FacetKey, string[]][]) {
    // An id the index does not know stays as it is: it matches nothing, which is the truth.
    if (key !== "year") filters[key] = ids.map((id) => values[key].get(id) ?? id);
  }
  const months = allowedMonths(state, years);
  if (months) filters.month = { any: months.length ? months : [NO_MONTH] };
  return filters;
}

/**
 * Pagefind's counts with a year facet added up from the month buckets.
 * @example withYears({ month: { "2017-11": 2, "2017-12": 1 } }).year // { "2017": 3 }
 */
export function withYears(filters: FilterCounts): FilterCounts {
  const year: Record<string, number> = {};
  for (const [month, count] of Object.entries(filters.month ?? {})) {
    const y = month.slice(0, 4);
    if (y !== NO_MONTH.slice(0, 4)) year[y] = (year[y] ?? 0) + count;
  }
  return { ...filters, year };
}
