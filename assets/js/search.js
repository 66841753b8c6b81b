// The search page. Pagefind's search library (pagefind.js, https://pagefind.app/docs/api/) runs
// every search; this module draws the results and adds what Pagefind leaves to the site: filters
// shown by name with counts, a date range, sorting, and the whole state in the URL, so a search
// can be shared, reloaded and stepped through with back and forward.
//
// The index it reads is designed in pages/article.njk:
//   filters person, jurisdiction, organization, topic, source: "id|Name"; month: "2018-01" (the
//   buckets date ranges and the year facet are made of); sort date: "2018-01-24";
//   meta title, date, dateline, source, people, places.
// URLs carry ids (?person=michael-hancock), the filter lists show names; within one facet values
// combine with AND, as Pagefind's counts ("results if this value were added") assume.
//
// What a search downloads is kept small (issue 4, "Search payload"): Pagefind fetches only the
// index chunks for the words and the fragments of the results drawn, and the filter lists, the
// heaviest part of the index, are fetched only once the reader opens "Filters" or the URL applies
// some. Pagefind's Component UI would fetch them all before the first search, and weighs as much
// again as the index a first search needs, so the page uses the library beneath it.
//
// The URL is input from anyone (issue 9, "Hostile contributors"): readState keeps only what the
// page could have written itself, within bounds, and everything drawn is text, never HTML, except
// Pagefind's excerpts.

const FACETS = [
  { key: "person", label: "Person" },
  { key: "jurisdiction", label: "Place" },
  { key: "organization", label: "Organization" },
  { key: "topic", label: "Topic" },
  { key: "source", label: "Source" },
  // Not a filter in the index: a year is its twelve month buckets, and its count their sum.
  { key: "year", label: "Year" },
];
// A Map, so ?sort=constructor or ?sort=__proto__ finds nothing rather than Object.prototype's.
const SORTS = new Map([
  ["relevance", {}],
  ["newest", { date: "desc" }],
  ["oldest", { date: "asc" }],
]);
/** Values a facet lists before "Show all". */
const SHOWN = 8;
/** Results drawn at a time; each one drawn fetches its fragment. */
const PAGE = 10;
/** How long typing must pause before the words are searched for. */
const DEBOUNCE_MS = 250;
/** A month bucket no article has: the filter for an empty range. */
const NO_MONTH = "0000-00";
const YEAR_MONTH = /^\d{4}(-(0[1-9]|1[0-2]))?$/;
const YEAR = /^\d{4}$/;
/**
 * The most characters of words searched for. Pagefind fetches an index chunk for each word, so
 * 10 KB of words would fetch much of the index and keep the page busy; 200 is some 30 words,
 * more than a headline or a quoted sentence. The search box has the same limit.
 */
const MAX_QUERY = 200;
/** The most values of one facet a URL applies; they combine with AND, so an article must have them all. */
const MAX_VALUES = 10;
/** The longest id a URL may name; the archive's ids are file names, the longest under 50. */
const MAX_ID = 100;
const DEFAULT_MESSAGE = "Type a word or a name, or choose a filter.";

const root = document.getElementById("search");
const lang = document.documentElement.lang || "en";

const elements = {
  form: root.querySelector("[data-search-form]"),
  input: root.querySelector("#search-q"),
  sort: root.querySelector("#search-sort"),
  filters: root.querySelector("[data-filters]"),
  filterCount: root.querySelector("[data-filter-count]"),
  facets: root.querySelector("[data-facets]"),
  range: {
    from: { year: root.querySelector("#range-from-year"), month: root.querySelector("#range-from-month") },
    to: { year: root.querySelector("#range-to-year"), month: root.querySelector("#range-to-month") },
  },
  rangeNote: root.querySelector("[data-range-note]"),
  active: root.querySelector("[data-active-filters]"),
  activeList: root.querySelector("[data-active-list]"),
  clearAll: root.querySelector("[data-clear-all]"),
  summary: root.querySelector("[data-summary]"),
  results: root.querySelector("[data-results]"),
  more: root.querySelector("[data-more-results]"),
};

/** Years with articles, oldest first, as the range's year menu lists them (from the archive). */
const years = [...elements.range.from.year.options].map((o) => o.value).filter(Boolean).sort();
elements.input.maxLength = MAX_QUERY;

// ---------------------------------------------------------------------------------------------
// Pagefind, loaded on first use, and its filter lists, loaded only when they are needed.

let pagefindLoad = null;
/** Pagefind's library, set up for this site; fetches its WebAssembly and metadata once. */
function loadPagefind() {
  pagefindLoad ??= (async () => {
    const pagefind = await import(`${root.dataset.bundlePath}pagefind.js`);
    await pagefind.options({
      baseUrl: root.dataset.baseUrl,
      highlightParam: "pagefind-highlight",
      excerptLength: 32,
      excerptEllipsis: "…",
      // Names and people/places count for more than body text; the headline keeps Pagefind's
      // default title boost (https://pagefind.app/docs/ranking/#configuring-metadata-weights).
      ranking: { metaWeights: { title: 5, people: 3, places: 3 } },
    });
    await pagefind.init();
    return pagefind;
  })();
  return pagefindLoad;
}

/** The index's filter values: facet → id → the value in the index ("id|Name"). */
const values = Object.fromEntries(FACETS.map(({ key }) => [key, new Map()]));
/** Every value's count in the whole index, shown before anything is searched for. */
let totals = {};
let filterListLoad = null;
let filterListLoaded = false;

/** Fetches every filter list (https://pagefind.app/docs/js-api-filtering/), once. */
function loadFilterList() {
  filterListLoad ??= (async () => {
    const pagefind = await loadPagefind();
    const total = await pagefind.filters();
    for (const { key } of FACETS) {
      for (const value of Object.keys(total?.[key] ?? {})) values[key].set(parseValue(value).id, value);
    }
    totals = withYears(total ?? {});
    filterListLoaded = true;
  })();
  return filterListLoad;
}

/** @example parseValue("michael-hancock|Michael B. Hancock") // { id: "michael-hancock", name: "Michael B. Hancock" } */
function parseValue(value) {
  const bar = value.indexOf("|");
  return bar < 0 ? { id: value, name: value } : { id: value.slice(0, bar), name: value.slice(bar + 1) };
}

const nameOf = (key, id) => (values[key].has(id) ? parseValue(values[key].get(id)).name : id);

// ---------------------------------------------------------------------------------------------
// State: { q, filters: { person: [ids], ... }, from, to, sort }, read from and written to the URL.

/**
 * @returns the state a URL's query string describes: only what the page itself would write.
 * Parameters it does not know, values that are not ids, years or sorts, and any beyond the
 * limits above are dropped; a date range is clamped to the archive's years.
 */
function readState(query) {
  const params = new URLSearchParams(query);
  const filters = {};
  for (const { key } of FACETS) {
    const valid = key === "year" ? (id) => YEAR.test(id) : isId;
    const ids = [...new Set(params.getAll(key).map((id) => id.trim().toLowerCase()).filter(valid))].slice(0, MAX_VALUES);
    if (ids.length) filters[key] = ids;
  }
  const ym = (end) => {
    const value = params.get(end) ?? "";
    return YEAR_MONTH.test(value) ? clampToArchive(value, end) : "";
  };
  const sort = params.get("sort") ?? "";
  return { q: wordsOf(params.get("q") ?? ""), filters, from: ym("from"), to: ym("to"), sort: SORTS.has(sort) ? sort : "relevance" };
}

/**
 * An id as the archive writes them: lowercase ASCII words joined by hyphens (src/schema.ts's
 * ID_PATTERN; URLs are case-folded before, as references are), checked word by word so no
 * pattern can backtrack.
 * @example isId("michael-hancock") // true
 * @example isId("__proto__") // false
 */
function isId(value) {
  return value.length <= MAX_ID && value.split("-").every((word) => /^[a-z0-9]+$/.test(word));
}

/** Words to search for: trimmed, and cut to MAX_QUERY characters (never inside a character). */
function wordsOf(text) {
  const trimmed = text.trim();
  return trimmed.length <= MAX_QUERY ? trimmed : Array.from(trimmed).slice(0, MAX_QUERY).join("").trim();
}

/**
 * A range's end moved inside the archive's years, so the year menus can show it. An end before
 * the first year or after the last one becomes that year, which leaves the same articles; an end
 * beyond the other one becomes the archive's first or last month. With no articles there is no
 * range.
 * @example clampToArchive("0000", "from") // "2016", when the archive's years are 2016 to 2020
 * @example clampToArchive("2030-05", "from") // "2020-12"
 */
function clampToArchive(ym, end) {
  const [first, last] = [years[0], years.at(-1)];
  if (!first) return "";
  const year = ym.slice(0, 4);
  if (year < first) return end === "from" ? first : `${first}-01`;
  if (year > last) return end === "to" ? last : `${last}-12`;
  return ym;
}

/** The page's URL for a state, under whatever path prefix the site is served from. */
function urlOf(state) {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  for (const { key } of FACETS) for (const id of state.filters[key] ?? []) params.append(key, id);
  if (state.from) params.set("from", state.from);
  if (state.to) params.set("to", state.to);
  if (state.sort !== "relevance") params.set("sort", state.sort);
  const query = params.toString();
  return `${location.pathname}${query ? `?${query}` : ""}`;
}

const hasFilters = (state) => Object.keys(state.filters).length > 0 || Boolean(state.from || state.to);
/** Person, place, organization, topic and source filters need the lists to turn ids into values. */
const hasNamedFilters = (state) => Object.keys(state.filters).some((key) => key !== "year");

/** Relevance means nothing without words, so a filters-only search lists newest first. */
const sortOf = (state) => SORTS.get(state.sort === "relevance" && !state.q ? "newest" : state.sort);

/** "2017" or "2017-03" as the first or last month it covers. */
const monthOf = (ym, end) => (ym.length === 7 ? ym : `${ym}-${end === "from" ? "01" : "12"}`);

/**
 * The month buckets from one month to another, both included.
 * @example monthsBetween("2017-11", "2018-02") // ["2017-11", "2017-12", "2018-01", "2018-02"]
 */
function monthsBetween(start, end) {
  const months = [];
  let [y, m] = start.split("-").map(Number);
  const [endYear, endMonth] = end.split("-").map(Number);
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
 * @example allowedMonths({ from: "2017-11", to: "2018-01", filters: {} }) // ["2017-11", "2017-12", "2018-01"]
 */
function allowedMonths(state) {
  let allowed = null;
  const narrow = (months) => {
    allowed = allowed ? allowed.filter((m) => months.includes(m)) : months;
  };
  if (state.from || state.to) {
    const start = state.from ? monthOf(state.from, "from") : `${years[0] ?? "0000"}-01`;
    const end = state.to ? monthOf(state.to, "to") : `${years.at(-1) ?? "0000"}-12`;
    narrow(monthsBetween(start, end));
  }
  // Values of one facet combine with AND, so two years allow no month at all.
  for (const year of state.filters.year ?? []) narrow(monthsBetween(`${year}-01`, `${year}-12`));
  return allowed;
}

function pagefindFilters(state) {
  const filters = {};
  for (const [key, ids] of Object.entries(state.filters)) {
    // An id the index does not know stays as it is: it matches nothing, which is the truth.
    if (key !== "year") filters[key] = ids.map((id) => values[key].get(id) ?? id);
  }
  const months = allowedMonths(state);
  if (months) filters.month = { any: months.length ? months : [NO_MONTH] };
  return filters;
}

// ---------------------------------------------------------------------------------------------
// Running a search and keeping the URL in step.

let state = readState(location.search);
/** The latest counts: how many results each value would leave. */
let counts = {};
let searchId = 0;

/** Searches for `next`; `history` says how the URL follows: "push", "replace" or "none". */
function run(next, history) {
  state = next;
  if (history === "push") window.history.pushState({ search: true }, "", urlOf(state));
  if (history === "replace") window.history.replaceState({ search: true }, "", urlOf(state));
  renderControls();
  search();
}

const change = (patch) => run({ ...state, ...patch }, "push");

/**
 * Runs the search the state describes and draws it. With `countsOnly`, only the filter counts are
 * redrawn (the filters panel was opened and its lists have just arrived); that does not replace a
 * search still under way, and gives way to any search started after it.
 */
async function search({ countsOnly = false } = {}) {
  const id = countsOnly ? searchId : ++searchId;
  const current = state;
  if (!current.q && !hasFilters(current)) {
    counts = totals;
    if (filterListLoaded) renderFacets();
    if (countsOnly) return;
    elements.summary.textContent = DEFAULT_MESSAGE;
    renderResults([]);
    // The library starts loading anyway: the reader is about to search.
    loadPagefind().catch(() => {});
    return;
  }
  if (!countsOnly) elements.results.setAttribute("aria-busy", "true");
  try {
    const pagefind = await loadPagefind();
    if (elements.filters.open || hasNamedFilters(current)) await loadFilterList();
    if (id !== searchId) return;
    const response = await pagefind.search(current.q || null, { filters: pagefindFilters(current), sort: sortOf(current) });
    if (id !== searchId || !response) return;
    counts = withYears(response.filters ?? {});
    if (filterListLoaded) {
      renderActive();
      renderFacets();
    }
    if (countsOnly) return;
    elements.summary.textContent = summaryOf(response.results.length, current.q);
    renderResults(response.results);
  } catch (error) {
    if (id !== searchId) return;
    console.warn("Search failed:", error);
    elements.summary.textContent = "Search could not load. Try again, or browse the archive.";
    renderResults([]);
  }
}

/** Pagefind's counts with a year facet added up from the month buckets. */
function withYears(filters) {
  const year = {};
  for (const [month, count] of Object.entries(filters.month ?? {})) {
    const y = month.slice(0, 4);
    if (y !== NO_MONTH.slice(0, 4)) year[y] = (year[y] ?? 0) + count;
  }
  return { ...filters, year };
}

/** @example summaryOf(3, "sanctuary") // "3 results for sanctuary" */
function summaryOf(n, q) {
  const count = n === 0 ? "No results" : n === 1 ? "1 result" : `${n.toLocaleString(lang)} results`;
  return q ? `${count} for ${q}` : count;
}

// Words typed are searched for once typing pauses. Typing that extends or trims the previous
// words replaces the history entry, so back goes to the previous search, not to the previous
// keystroke.
let typingTimer = 0;
function searchTyped() {
  clearTimeout(typingTimer);
  const q = wordsOf(elements.input.value);
  if (q === state.q) return;
  const typing = window.history.state?.typing && state.q && q && (q.startsWith(state.q) || state.q.startsWith(q));
  state = { ...state, q };
  window.history[typing ? "replaceState" : "pushState"]({ search: true, typing: true }, "", urlOf(state));
  renderControls();
  search();
}
elements.input.addEventListener("input", () => {
  clearTimeout(typingTimer);
  typingTimer = setTimeout(searchTyped, DEBOUNCE_MS);
});
// Focus says a search is coming: start fetching the library before the first word is typed.
elements.input.addEventListener("focus", () => loadPagefind().catch(() => {}), { once: true });
elements.form.addEventListener("submit", (event) => {
  event.preventDefault();
  searchTyped();
});

window.addEventListener("popstate", () => {
  clearTimeout(typingTimer);
  run(readState(location.search), "none");
});

// ---------------------------------------------------------------------------------------------
// Controls: sort, date range, facets, the filters applied.

elements.sort.addEventListener("change", () => change({ sort: SORTS.has(elements.sort.value) ? elements.sort.value : "relevance" }));

const monthNames = Array.from({ length: 12 }, (_, i) =>
  new Intl.DateTimeFormat(lang, { month: "long", timeZone: "UTC" }).format(Date.UTC(2000, i, 1)),
);
for (const end of ["from", "to"]) {
  const { year, month } = elements.range[end];
  monthNames.forEach((name, i) => month.append(new Option(name, String(i + 1).padStart(2, "0"))));
  const update = () => change({ [end]: year.value ? `${year.value}${month.value ? `-${month.value}` : ""}` : "" });
  year.addEventListener("change", update);
  month.addEventListener("change", update);
}

function renderRange() {
  for (const end of ["from", "to"]) {
    const { year, month } = elements.range[end];
    const value = state[end];
    const y = value.slice(0, 4);
    // readState clamped the range to the archive's years, which are the menu's options.
    year.value = y;
    month.value = value.slice(5, 7);
    month.disabled = !y;
  }
  const backwards = state.from && state.to && monthOf(state.from, "from") > monthOf(state.to, "to");
  elements.rangeNote.hidden = !backwards;
}

const rangeLabel = () => {
  const words = (ym) => (ym.length === 7 ? `${monthNames[Number(ym.slice(5)) - 1]} ${ym.slice(0, 4)}` : ym);
  if (state.from && state.to) return state.from === state.to ? words(state.from) : `${words(state.from)} to ${words(state.to)}`;
  return state.from ? `from ${words(state.from)}` : `until ${words(state.to)}`;
};

function renderActive() {
  const chips = [];
  for (const { key, label } of FACETS) {
    for (const id of state.filters[key] ?? []) {
      chips.push({ text: `${label}: ${nameOf(key, id)}`, remove: () => toggle(key, id, false) });
    }
  }
  if (state.from || state.to) chips.push({ text: `Published ${rangeLabel()}`, remove: () => change({ from: "", to: "" }) });
  elements.activeList.replaceChildren(
    ...chips.map(({ text, remove }) => {
      const button = element("button", { type: "button", class: "active-filters__remove", "aria-label": `Remove ${text}` }, [
        element("span", {}, text),
        element("span", { "aria-hidden": "true", class: "active-filters__x" }, "×"),
      ]);
      button.addEventListener("click", remove);
      return element("li", {}, [button]);
    }),
  );
  elements.active.hidden = chips.length === 0;
  elements.filterCount.textContent = chips.length ? `(${chips.length} applied)` : "";
}

function toggle(key, id, on) {
  const ids = (state.filters[key] ?? []).filter((x) => x !== id);
  if (on) ids.push(id);
  const filters = { ...state.filters, [key]: ids };
  if (!ids.length) delete filters[key];
  change({ filters });
}

elements.clearAll.addEventListener("click", () => change({ filters: {}, from: "", to: "" }));

/** Facets whose full list is open. */
const expanded = new Set();

function renderFacets() {
  // Re-rendering replaces the checkboxes; the one in focus gets focus back.
  const focused = document.activeElement?.closest?.("[data-facet]") ? document.activeElement : null;
  const focusKey = focused ? `${focused.name}\u0000${focused.value}\u0000${focused.dataset.more ?? ""}` : null;

  const fieldsets = [];
  for (const { key, label } of FACETS) {
    const selected = state.filters[key] ?? [];
    const entries = Object.entries(counts[key] ?? {})
      .map(([value, count]) => ({ ...parseValue(value), count }))
      .filter((e) => e.count > 0 || selected.includes(e.id));
    for (const id of selected) if (!entries.some((e) => e.id === id)) entries.push({ id, name: nameOf(key, id), count: 0 });
    if (!entries.length) continue;
    const order = key === "year" ? (a, b) => b.id.localeCompare(a.id) : (a, b) => b.count - a.count || a.name.localeCompare(b.name, lang);
    entries.sort((a, b) => Number(selected.includes(b.id)) - Number(selected.includes(a.id)) || order(a, b));
    const open = expanded.has(key);
    const shown = open ? entries : entries.slice(0, Math.max(SHOWN, selected.length));
    const listId = `facet-${key}`;
    const items = shown.map((e) => {
      const box = element("input", { type: "checkbox", name: key, value: e.id });
      box.checked = selected.includes(e.id);
      box.addEventListener("change", () => toggle(key, e.id, box.checked));
      return element("li", {}, [
        element("label", { class: "facet__option" }, [
          box,
          element("span", { class: "facet__name" }, e.name),
          element("span", { class: "facet__count" }, [
            element("span", { class: "visually-hidden" }, ", "),
            e.count.toLocaleString(lang),
            element("span", { class: "visually-hidden" }, e.count === 1 ? " article" : " articles"),
          ]),
        ]),
      ]);
    });
    const children = [element("legend", {}, label), element("ul", { class: "facet__values", id: listId }, items)];
    if (entries.length > shown.length || open) {
      const more = element(
        "button",
        { type: "button", class: "facet__more", "aria-expanded": String(open), "aria-controls": listId, name: key, value: "more", "data-more": "1" },
        open ? `Show fewer` : `Show all ${entries.length}`,
      );
      more.addEventListener("click", () => {
        if (open) expanded.delete(key);
        else expanded.add(key);
        renderFacets();
      });
      children.push(more);
    }
    fieldsets.push(element("fieldset", { class: "facet", "data-facet": key }, children));
  }
  elements.facets.replaceChildren(...fieldsets);
  elements.facets.setAttribute("aria-busy", "false");
  if (focusKey) {
    const again = [...elements.facets.querySelectorAll("input, button")].find(
      (el) => `${el.name}\u0000${el.value}\u0000${el.dataset.more ?? ""}` === focusKey,
    );
    again?.focus();
  }
}

function renderControls() {
  elements.sort.value = state.sort;
  if (wordsOf(elements.input.value) !== state.q) elements.input.value = state.q;
  renderRange();
  // Names and counts come from the filter lists, so filters wait for them rather than show bare ids.
  if (!filterListLoaded) {
    elements.active.hidden = true;
    return;
  }
  renderActive();
  renderFacets();
}

// ---------------------------------------------------------------------------------------------
// Results: headline, date, dateline, source, the excerpt with the words marked, people and places.

const dateFormat = new Intl.DateTimeFormat(lang, { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });

function formatDate(ymd) {
  const [y, m, d] = ymd.split("-").map(Number);
  return y && m && d ? dateFormat.format(Date.UTC(y, m - 1, d)) : ymd;
}

/** One result, drawn from the data Pagefind keeps for its page (https://pagefind.app/docs/api/#loading-a-result). */
function resultItem(result) {
  const meta = result.meta ?? {};
  const facts = [];
  if (meta.date) facts.push(element("time", { datetime: meta.date }, formatDate(meta.date)));
  if (meta.dateline) facts.push(element("span", { class: "result__dateline" }, meta.dateline));
  if (meta.source) facts.push(element("span", { class: "result__source" }, meta.source));
  const named = [];
  if (meta.people) named.push(element("span", {}, [element("span", { class: "result__label" }, "People: "), meta.people]));
  if (meta.places) named.push(element("span", {}, [element("span", { class: "result__label" }, "Places: "), meta.places]));
  const excerpt = element("p", { class: "result__excerpt" });
  // Pagefind escapes the text before adding <mark>, so its excerpt is safe as HTML.
  excerpt.innerHTML = result.excerpt ?? "";
  return element("li", { class: "result" }, [
    element("h3", { class: "result__title" }, [element("a", { href: result.url }, meta.title ?? result.url)]),
    element("p", { class: "result__meta" }, interleave(facts, " · ")),
    excerpt,
    named.length ? element("p", { class: "result__names" }, interleave(named, " · ")) : "",
  ]);
}

/** The results not listed yet, and what draws those listed as they scroll into view. */
let pending = [];
/** placeholder → the Pagefind result it stands for */
const placeholders = new WeakMap();
const observer = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      observer.unobserve(entry.target);
      draw(entry.target);
    }
  },
  { rootMargin: "100px 0px" },
);

/** Replaces a placeholder with its result once Pagefind has fetched the result's fragment. */
async function draw(placeholder) {
  const id = searchId;
  try {
    const data = await placeholders.get(placeholder).data();
    if (id !== searchId || !placeholder.isConnected) return;
    const item = resultItem(data);
    placeholder.replaceWith(item);
    if (placeholder === focusOnDraw) item.querySelector("a")?.focus();
  } catch (error) {
    console.warn("A result could not load:", error);
  }
}

/** Lists results as placeholders, a page at a time; each is filled in when it comes into view. */
function renderResults(results) {
  observer.disconnect();
  pending = results;
  elements.results.replaceChildren();
  showMore();
}

function showMore() {
  const page = pending.slice(0, PAGE);
  pending = pending.slice(PAGE);
  for (const result of page) {
    const placeholder = element("li", { class: "result result--loading", "aria-hidden": "true" });
    placeholders.set(placeholder, result);
    elements.results.append(placeholder);
    observer.observe(placeholder);
  }
  elements.results.setAttribute("aria-busy", "false");
  elements.more.hidden = pending.length === 0;
}

/** The placeholder whose result takes the focus once drawn: the first one "Show more" added. */
let focusOnDraw = null;
elements.more.querySelector("button").addEventListener("click", () => {
  // Keyboard readers continue from the first new result, as the button may go away.
  const first = elements.results.children.length;
  showMore();
  focusOnDraw = elements.results.children[first] ?? null;
});

// ---------------------------------------------------------------------------------------------
// Small DOM helpers.

/** An element with attributes and children (strings become text, never HTML). */
function element(tag, attributes = {}, children = []) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.append(...[children].flat().filter((c) => c !== ""));
  return el;
}

const interleave = (nodes, separator) => nodes.flatMap((node, i) => (i ? [separator, node] : [node]));

// ---------------------------------------------------------------------------------------------
// Start: show the controls and run the search the URL describes. The filters panel starts closed;
// opening it fetches the filter lists and their counts for the search shown. A URL that applies
// filters opens it, as those filters need their lists anyway and the reader should see them.

elements.filters.addEventListener("toggle", () => {
  if (elements.filters.open && !filterListLoaded) {
    loadFilterList()
      .then(() => search({ countsOnly: true }))
      .catch((error) => console.warn("Filters could not load:", error));
  }
});

root.hidden = false;
if (hasFilters(state)) elements.filters.open = true;
// Replacing gives the entry a state object, so the typing rule above knows where it stands.
run(state, "replace");
