// The search page. Pagefind's Component UI searches and lists results
// (https://pagefind.app/docs/components/); this module adds what Pagefind leaves to the site:
// filters shown by name with counts, a date range, sorting, and the whole state in the URL, so a
// search can be shared, reloaded and stepped through with back and forward.
//
// The index it reads is designed in pages/article.njk:
//   filters person, jurisdiction, organization, topic, source: "id|Name"; year: "2018";
//   month: "2018-01" (only for date ranges); sort date: "2018-01-24";
//   meta title, date, dateline, source, people, places.
// URLs carry ids (?person=michael-hancock), the filter lists show names; within one facet values
// combine with AND, as Pagefind's counts ("results if this value were added") assume.

const { getInstanceManager, configureInstance } = window.PagefindComponents;

const FACETS = [
  { key: "person", label: "Person" },
  { key: "jurisdiction", label: "Place" },
  { key: "organization", label: "Organization" },
  { key: "topic", label: "Topic" },
  { key: "source", label: "Source" },
  { key: "year", label: "Year" },
];
const SORTS = { relevance: {}, newest: { date: "desc" }, oldest: { date: "asc" } };
/** Values a facet lists before "Show all". */
const SHOWN = 8;
/** A month bucket no article has: the filter for an empty range. */
const NO_MONTH = "0000-00";
const YEAR_MONTH = /^\d{4}(-(0[1-9]|1[0-2]))?$/;

const root = document.getElementById("search");
const instance = getInstanceManager().getInstance("default");
const lang = document.documentElement.lang || "en";

// Names and people/places count for more than body text; the headline keeps Pagefind's default
// title boost (https://pagefind.app/docs/ranking/#configuring-metadata-weights).
configureInstance("default", { ranking: { metaWeights: { title: 5, people: 3, places: 3 } } });
instance.setTranslations({ search_label: "Search articles" });

const elements = {
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
  results: root.querySelector("pagefind-results"),
};

// ---------------------------------------------------------------------------------------------
// State: { q, filters: { person: [ids], ... }, from, to, sort }, read from and written to the URL.

/** @returns the state a URL's query string describes; anything malformed is dropped. */
function readState(query) {
  const params = new URLSearchParams(query);
  const filters = {};
  for (const { key } of FACETS) {
    const ids = [...new Set(params.getAll(key).map((id) => id.trim()).filter(Boolean))];
    if (ids.length) filters[key] = ids;
  }
  const ym = (name) => (YEAR_MONTH.test(params.get(name) ?? "") ? params.get(name) : "");
  const sort = params.get("sort") ?? "";
  return { q: (params.get("q") ?? "").trim(), filters, from: ym("from"), to: ym("to"), sort: sort in SORTS ? sort : "relevance" };
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

/** Relevance means nothing without words, so a filters-only search lists newest first. */
const sortOf = (state) => SORTS[state.sort === "relevance" && !state.q ? "newest" : state.sort];

// ---------------------------------------------------------------------------------------------
// The index's filter values, learned from Pagefind's own filter list once it has loaded.

const index = {
  /** facet → id → the filter value in the index */
  values: Object.fromEntries(FACETS.map(({ key }) => [key, new Map()])),
  /** years with articles, oldest first */
  years: [],
};

/** @example parseValue("person", "michael-hancock|Michael B. Hancock") // { id: "michael-hancock", name: "Michael B. Hancock" } */
function parseValue(key, value) {
  const bar = value.indexOf("|");
  if (key === "year" || bar < 0) return { id: value, name: value };
  return { id: value.slice(0, bar), name: value.slice(bar + 1) };
}

function learn(total) {
  for (const { key } of FACETS) {
    for (const value of Object.keys(total?.[key] ?? {})) index.values[key].set(parseValue(key, value).id, value);
  }
  index.years = Object.keys(total?.year ?? {}).sort();
}

const nameOf = (key, id) => (index.values[key].has(id) ? parseValue(key, index.values[key].get(id)).name : id);

/** "2017" or "2017-03" as the first or last month it covers. */
const monthOf = (ym, end) => (ym.length === 7 ? ym : `${ym}-${end === "from" ? "01" : "12"}`);

/**
 * A date range as Pagefind filters, which only match exact values: the years wholly inside the
 * range as year buckets, the months of the years at its edges as month buckets, either matching.
 * @example rangeFilter("2017-11", "2019", ["2017", "2018", "2019"])
 *   // [{ year: { any: ["2018", "2019"] } }, { month: { any: ["2017-11", "2017-12"] } }]
 */
function rangeFilter(from, to, years) {
  if (!from && !to) return null;
  if (!years.length) return [{ month: NO_MONTH }];
  const start = from ? monthOf(from, "from") : `${years[0]}-01`;
  const end = to ? monthOf(to, "to") : `${years.at(-1)}-12`;
  const [startYear, startMonth] = start.split("-").map(Number);
  const [endYear, endMonth] = end.split("-").map(Number);
  const whole = [];
  const months = [];
  for (const year of years.map(Number)) {
    if (year < startYear || year > endYear) continue;
    const first = year === startYear ? startMonth : 1;
    const last = year === endYear ? endMonth : 12;
    if (first === 1 && last === 12) whole.push(String(year));
    else for (let m = first; m <= last; m++) months.push(`${year}-${String(m).padStart(2, "0")}`);
  }
  const any = [];
  if (whole.length) any.push({ year: { any: whole } });
  if (months.length) any.push({ month: { any: months } });
  return any.length ? any : [{ month: NO_MONTH }];
}

function pagefindFilters(state) {
  const filters = {};
  // An id the index does not know stays as it is: it matches nothing, which is the truth.
  for (const [key, ids] of Object.entries(state.filters)) filters[key] = ids.map((id) => index.values[key].get(id) ?? id);
  const range = rangeFilter(state.from, state.to, index.years);
  if (range) filters.any = range;
  return filters;
}

// ---------------------------------------------------------------------------------------------
// Running a search and keeping the URL in step.

let state = readState(location.search);
let loaded = false;

/** Searches for `state`; `history` says how the URL follows: "push", "replace" or "none". */
function run(next, history) {
  state = next;
  if (history === "push") window.history.pushState({ search: true }, "", urlOf(state));
  if (history === "replace") window.history.replaceState({ search: true }, "", urlOf(state));
  renderControls();
  if (!loaded) return;
  // Faceted mode lets Pagefind list everything a filter matches when no words are typed.
  instance.faceted = hasFilters(state);
  instance.searchSort = sortOf(state);
  instance.triggerSearchWithFilters(state.q, pagefindFilters(state));
}

const change = (patch) => run({ ...state, ...patch }, "push");

// Words typed into Pagefind's input reach us as its "search" event. Typing that extends or trims
// the previous words replaces the history entry, so back goes to the previous search, not to
// the previous keystroke.
instance.on("search", (term) => {
  const q = (term ?? "").trim();
  if (q === state.q) return;
  const typing = window.history.state?.typing && state.q && q && (q.startsWith(state.q) || state.q.startsWith(q));
  state = { ...state, q };
  instance.searchSort = sortOf(state);
  window.history[typing ? "replaceState" : "pushState"]({ search: true, typing: true }, "", urlOf(state));
  renderControls();
});

window.addEventListener("popstate", () => {
  run(readState(location.search), "none");
  // Pagefind's input leaves its text alone while it has focus, as it would be the reader's own
  // typing; after back or forward it is not, so the words shown must follow the URL.
  const box = root.querySelector("pagefind-input input");
  if (box && box.value.trim() !== state.q) box.value = state.q;
});

// ---------------------------------------------------------------------------------------------
// Controls: sort, date range, facets, the filters applied.

elements.sort.addEventListener("change", () => change({ sort: elements.sort.value }));

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
    // A year in the URL that no article has (from=1990) still shows as chosen.
    if (y && ![...year.options].some((o) => o.value === y)) year.append(new Option(y, y));
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
/** The latest counts: how many results each value would leave. */
let counts = {};

function renderFacets() {
  // Re-rendering replaces the checkboxes; the one in focus gets focus back.
  const focused = document.activeElement?.closest?.("[data-facet]") ? document.activeElement : null;
  const focusKey = focused ? `${focused.name}\u0000${focused.value}\u0000${focused.dataset.more ?? ""}` : null;

  const fieldsets = [];
  for (const { key, label } of FACETS) {
    const selected = state.filters[key] ?? [];
    const entries = Object.entries(counts[key] ?? {})
      .map(([value, count]) => ({ ...parseValue(key, value), count }))
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
  renderRange();
  // Names and counts come from the index, so filters wait for it rather than show bare ids.
  if (!loaded) return;
  renderActive();
  renderFacets();
}

instance.on("filters", ({ available }) => {
  counts = available ?? {};
  if (loaded) renderFacets();
});

// ---------------------------------------------------------------------------------------------
// Results: headline, date, dateline, source, the excerpt with the words marked, people and places.

const dateFormat = new Intl.DateTimeFormat(lang, { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });

function formatDate(ymd) {
  const [y, m, d] = ymd.split("-").map(Number);
  return y && m && d ? dateFormat.format(Date.UTC(y, m - 1, d)) : ymd;
}

elements.results.resultTemplate = (result) => {
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
};

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
// Start: show the controls, open the filters beside the results on wide screens, load Pagefind
// and its filter list, then run the search the URL describes.

root.hidden = false;
const wide = window.matchMedia("(min-width: 52rem)");
const fitFilters = () => {
  if (wide.matches) elements.filters.open = true;
};
fitFilters();
wide.addEventListener("change", fitFilters);
// Beside the results the filters are always shown; only on narrow screens do they fold away.
elements.filters.addEventListener("toggle", fitFilters);
renderControls();

await instance.triggerLoad();
learn(instance.totalFilters);
counts = instance.availableFilters ?? {};
loaded = true;
// Replacing gives the entry a state object, so the typing rule above knows where it stands.
run(state, "replace");
