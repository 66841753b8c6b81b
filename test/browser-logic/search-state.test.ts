/**
 * The search page's pure logic (src/browser/search/state.ts), without a browser: what a URL is
 * read as, hostile ones included, the URL a state is written as, the month buckets a date range
 * stands for, and the year facet added up from them. The page itself is driven in Chromium by
 * test/browser/search.test.ts and test/hostile/search-url.test.ts.
 */
import { describe, expect, it } from "vitest";
import {
  allowedMonths,
  clampToArchive,
  continuesTyping,
  emptyValues,
  isId,
  MAX_QUERY,
  MAX_VALUES,
  monthsBetween,
  NO_MONTH,
  pagefindFilters,
  readState,
  sortOf,
  urlOf,
  withFilter,
  withYears,
  type SearchState,
} from "../../src/browser/search/state.ts";

/** The archive's years, oldest first, as the range's year menu lists them. */
const YEARS = ["2016", "2017", "2018", "2019", "2020"];
const EMPTY: SearchState = { q: "", filters: {}, from: "", to: "", sort: "relevance" };
const read = (query: string) => readState(query, YEARS);

describe("reading the search page's URL", () => {
  it("reads the words, every facet's ids, the date range and the sort", () => {
    expect(read("?q=sanctuary&jurisdiction=colorado&person=michael-hancock&person=paul-lopez&year=2018&from=2017&to=2018-03&sort=newest")).toEqual({
      q: "sanctuary",
      filters: { person: ["michael-hancock", "paul-lopez"], jurisdiction: ["colorado"], year: ["2018"] },
      from: "2017",
      to: "2018-03",
      sort: "newest",
    });
  });

  it("reads an empty query string as the empty search, sorted by relevance", () => {
    expect(read("")).toEqual(EMPTY);
  });

  it("ignores parameters it does not know", () => {
    expect(read("?utm_source=x&page=2&filters=person")).toEqual(EMPTY);
  });

  it("takes sorts from its own list only, never from an object's inherited keys", () => {
    for (const sort of ["constructor", "__proto__", "toString", "hasOwnProperty", "NEWEST", ""]) {
      expect(read(`?sort=${sort}`).sort).toBe("relevance");
    }
  });

  it("keeps only facet values that are ids, so __proto__ and markup are dropped", () => {
    const state = read(`?person=__proto__&person=constructor&person=${encodeURIComponent("<script>alert(1)</script>")}&topic=a--b&topic=-a&source=a_b`);
    expect(state.filters).toEqual({ person: ["constructor"] });
  });

  it("case-folds and trims ids as the archive's references are, and drops repeats", () => {
    expect(read("?person=%20Michael-Hancock%20&person=michael-hancock").filters).toEqual({ person: ["michael-hancock"] });
  });

  it("drops an id longer than 100 characters", () => {
    expect(read(`?topic=${"a".repeat(101)}`).filters).toEqual({});
    expect(read(`?topic=${"a".repeat(100)}`).filters).toEqual({ topic: ["a".repeat(100)] });
  });

  it("applies at most ten values of one facet", () => {
    const ids = Array.from({ length: 50 }, (_, i) => `person-${i}`);
    expect(read(`?${ids.map((id) => `person=${id}`).join("&")}`).filters.person).toEqual(ids.slice(0, MAX_VALUES));
  });

  it("keeps only four-digit years in the year facet", () => {
    expect(read("?year=2018&year=18&year=twenty&year=2018-01").filters).toEqual({ year: ["2018"] });
  });

  it("cuts 10 KB of words to 200 characters", () => {
    const state = read(`?q=${"word ".repeat(2048)}`);
    expect(state.q.length).toBeLessThanOrEqual(MAX_QUERY);
    expect(state.q).toBe("word ".repeat(40).trim());
  });

  it("never cuts the words inside a character", () => {
    const q = read(`?q=${encodeURIComponent("😀".repeat(300))}`).q;
    expect(Array.from(q)).toHaveLength(MAX_QUERY);
    expect(q).toBe("😀".repeat(MAX_QUERY));
  });

  it("clamps from=0000&to=9999 to the archive's first and last years", () => {
    expect(read("?from=0000&to=9999")).toMatchObject({ from: "2016", to: "2020" });
  });

  it("moves an end beyond the other one to the archive's first or last month", () => {
    expect(read("?from=2030-05&to=1900-02")).toMatchObject({ from: "2020-12", to: "2016-01" });
  });

  it("drops range ends that are not a year or a year and month", () => {
    for (const end of ["2018-13", "2018-00", "2018-1", "18", "2018-01-24", "yesterday"]) {
      expect(read(`?from=${end}&to=${end}`)).toMatchObject({ from: "", to: "" });
    }
  });

  it("reads no range at all when the archive has no years", () => {
    expect(readState("?from=2018&to=2019", [])).toMatchObject({ from: "", to: "" });
  });
});

describe("writing the search page's URL", () => {
  it("writes only what differs from the empty search, under the page's path", () => {
    expect(urlOf(EMPTY, "/search/")).toBe("/search/");
    expect(urlOf({ ...EMPTY, sort: "oldest" }, "/archive/search/")).toBe("/archive/search/?sort=oldest");
  });

  it("writes facets in the page's order, each value as its own parameter", () => {
    const state: SearchState = { q: "denver mayor", filters: { year: ["2018"], person: ["a", "b"] }, from: "2017-03", to: "", sort: "newest" };
    expect(urlOf(state, "/search/")).toBe("/search/?q=denver+mayor&person=a&person=b&year=2018&from=2017-03&sort=newest");
  });

  it("reads back every state it writes", () => {
    const states: SearchState[] = [
      EMPTY,
      { q: "sanctuary cities & “quotes”", filters: {}, from: "", to: "", sort: "relevance" },
      { q: "", filters: { jurisdiction: ["colorado"], topic: ["immigration", "sanctuary-cities"] }, from: "2017", to: "2018-02", sort: "oldest" },
      { q: "reservoir", filters: { person: ["michael-hancock"], organization: ["cbs4-denver"], source: ["cbs4-denver"], year: ["2019", "2020"] }, from: "2016-01", to: "2020", sort: "newest" },
    ];
    for (const state of states) expect(read(urlOf(state, "/search/").split("?")[1] ?? "")).toEqual(state);
  });
});

describe("date ranges as month buckets", () => {
  it("lists every month from one to another, both included, across a new year", () => {
    expect(monthsBetween("2017-11", "2018-02")).toEqual(["2017-11", "2017-12", "2018-01", "2018-02"]);
  });

  it("lists one month for a range of one month, and none for a range that ends before it starts", () => {
    expect(monthsBetween("2018-05", "2018-05")).toEqual(["2018-05"]);
    expect(monthsBetween("2018-05", "2018-04")).toEqual([]);
  });

  it("allows any month when there is no range and no year", () => {
    expect(allowedMonths(EMPTY, YEARS)).toBeNull();
  });

  it("reads a year at the start of a range as January and at its end as December", () => {
    expect(allowedMonths({ ...EMPTY, from: "2018", to: "2018" }, YEARS)).toEqual(monthsBetween("2018-01", "2018-12"));
  });

  it("stops an open end at the archive's first or last year", () => {
    expect(allowedMonths({ ...EMPTY, from: "2020-11" }, YEARS)).toEqual(["2020-11", "2020-12"]);
    expect(allowedMonths({ ...EMPTY, to: "2016-02" }, YEARS)).toEqual(["2016-01", "2016-02"]);
  });

  it("narrows a range to the year filtered by, and two years allow no month", () => {
    expect(allowedMonths({ ...EMPTY, from: "2017-11", to: "2018-02", filters: { year: ["2018"] } }, YEARS)).toEqual(["2018-01", "2018-02"]);
    expect(allowedMonths({ ...EMPTY, filters: { year: ["2017", "2018"] } }, YEARS)).toEqual([]);
  });

  it("asks Pagefind for a month no article has when the range allows none", () => {
    expect(pagefindFilters({ ...EMPTY, from: "2019", to: "2018" }, YEARS, emptyValues())).toEqual({ month: { any: [NO_MONTH] } });
  });

  it("asks Pagefind for index values where it knows them, and for the bare id where it does not", () => {
    const values = emptyValues();
    values.person.set("michael-hancock", "michael-hancock|Michael B. Hancock");
    const filters = pagefindFilters({ ...EMPTY, filters: { person: ["michael-hancock", "nobody"], year: ["2018"] } }, YEARS, values);
    expect(filters).toEqual({ person: ["michael-hancock|Michael B. Hancock", "nobody"], month: { any: monthsBetween("2018-01", "2018-12") } });
  });

  it("clamps an end to the archive's years the way the year menus show it", () => {
    expect(clampToArchive("0000", "from", YEARS)).toBe("2016");
    expect(clampToArchive("0000", "to", YEARS)).toBe("2016-01");
    expect(clampToArchive("9999-04", "to", YEARS)).toBe("2020");
    expect(clampToArchive("2018-04", "to", YEARS)).toBe("2018-04");
  });
});

describe("the year facet", () => {
  it("adds each year's count up from its month buckets", () => {
    const counts = withYears({ month: { "2017-11": 2, "2017-12": 1, "2018-01": 4 }, person: { "a|A": 3 } });
    expect(counts).toEqual({ month: { "2017-11": 2, "2017-12": 1, "2018-01": 4 }, person: { "a|A": 3 }, year: { "2017": 3, "2018": 4 } });
  });

  it("leaves out the empty range's month bucket", () => {
    expect(withYears({ month: { [NO_MONTH]: 0, "2019-06": 1 } }).year).toEqual({ "2019": 1 });
  });

  it("is empty when the index has no months", () => {
    expect(withYears({}).year).toEqual({});
  });
});

describe("small rules of the page", () => {
  it("sorts a search without words newest first, as relevance means nothing without them", () => {
    expect(sortOf(EMPTY)).toEqual({ date: "desc" });
    expect(sortOf({ ...EMPTY, q: "denver" })).toEqual({});
    expect(sortOf({ ...EMPTY, sort: "oldest" })).toEqual({ date: "asc" });
  });

  it("adds a filter value at the end and drops a facet left with none", () => {
    expect(withFilter({ person: ["a"] }, "person", "b", true)).toEqual({ person: ["a", "b"] });
    expect(withFilter({ person: ["a"], topic: ["t"] }, "person", "a", false)).toEqual({ topic: ["t"] });
  });

  it("treats words that extend or trim the previous ones as the same typing", () => {
    expect(continuesTyping("sanct", "sanctuary")).toBe(true);
    expect(continuesTyping("sanctuary", "sanct")).toBe(true);
    expect(continuesTyping("sanctuary", "denver")).toBe(false);
    expect(continuesTyping("", "denver")).toBe(false);
  });

  it("accepts ids word by word and refuses anything else", () => {
    expect(isId("michael-hancock")).toBe(true);
    expect(isId("2018")).toBe(true);
    for (const value of ["__proto__", "Michael", "a b", "a--b", "", "é"]) expect(isId(value)).toBe(false);
  });
});
