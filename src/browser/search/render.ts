/**
 * Drawing the search page: the controls, the filters with their counts, and the results.
 * Everything drawn is text (textContent, never HTML) except Pagefind's excerpts, which Pagefind
 * escapes before it marks the words. What to draw comes in as arguments; what a click does goes
 * back out through the actions it is given, so nothing here holds state of its own.
 */
import type { FilterCounts, ResultData } from "./pagefind.ts";
import { FACETS, monthOf, nameOf, parseValue, type FacetKey, type FilterValues, type RangeEnd, type SearchState } from "./state.ts";

/** Values a facet lists before "Show all". */
const SHOWN = 8;

/** The search page's elements (pages/search.njk), found once. */
export interface Elements {
  form: HTMLFormElement;
  input: HTMLInputElement;
  sort: HTMLSelectElement;
  filters: HTMLDetailsElement;
  filterCount: HTMLElement;
  facets: HTMLElement;
  range: Record<RangeEnd, { year: HTMLSelectElement; month: HTMLSelectElement }>;
  rangeNote: HTMLElement;
  active: HTMLElement;
  activeList: HTMLElement;
  clearAll: HTMLButtonElement;
  summary: HTMLElement;
  results: HTMLElement;
  more: HTMLElement;
  moreButton: HTMLButtonElement;
}

/** The page's elements and the language they are written in. */
export interface Screen {
  elements: Elements;
  lang: string;
  /** January to December in the page's language */
  monthNames: string[];
  dateFormat: Intl.DateTimeFormat;
}

function find<T extends Element>(root: ParentNode, selector: string, type: { new (): T; prototype: T }): T {
  const found = root.querySelector(selector);
  if (!(found instanceof type)) throw new Error(`The search page has no ${selector}.`);
  return found;
}

/** The search page's screen, from its root element (#search). */
export function screenOf(root: HTMLElement): Screen {
  const lang = document.documentElement.lang || "en";
  const elements: Elements = {
    form: find(root, "[data-search-form]", HTMLFormElement),
    input: find(root, "#search-q", HTMLInputElement),
    sort: find(root, "#search-sort", HTMLSelectElement),
    filters: find(root, "[data-filters]", HTMLDetailsElement),
    filterCount: find(root, "[data-filter-count]", HTMLElement),
    facets: find(root, "[data-facets]", HTMLElement),
    range: {
      from: { year: find(root, "#range-from-year", HTMLSelectElement), month: find(root, "#range-from-month", HTMLSelectElement) },
      to: { year: find(root, "#range-to-year", HTMLSelectElement), month: find(root, "#range-to-month", HTMLSelectElement) },
    },
    rangeNote: find(root, "[data-range-note]", HTMLElement),
    active: find(root, "[data-active-filters]", HTMLElement),
    activeList: find(root, "[data-active-list]", HTMLElement),
    clearAll: find(root, "[data-clear-all]", HTMLButtonElement),
    summary: find(root, "[data-summary]", HTMLElement),
    results: find(root, "[data-results]", HTMLElement),
    more: find(root, "[data-more-results]", HTMLElement),
    moreButton: find(root, "[data-more-results] button", HTMLButtonElement),
  };
  const monthNames = Array.from({ length: 12 }, (_, i) =>
    new Intl.DateTimeFormat(lang, { month: "long", timeZone: "UTC" }).format(Date.UTC(2000, i, 1)),
  );
  const dateFormat = new Intl.DateTimeFormat(lang, { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });
  return { elements, lang, monthNames, dateFormat };
}

/** What the filter controls are drawn from. */
export interface FilterView {
  state: SearchState;
  /** the latest counts: how many results each value would leave */
  counts: FilterCounts;
  values: FilterValues;
  /** facets whose full list is open */
  expanded: ReadonlySet<FacetKey>;
}

/** What the filter controls do. */
export interface FilterActions {
  toggle(key: FacetKey, id: string, on: boolean): void;
  clearRange(): void;
  /** opens or closes a facet's full list */
  expand(key: FacetKey, open: boolean): void;
}

/** The date range's menus, set to the state's range, and the note for a range that ends before it starts. */
export function renderRange({ elements }: Screen, state: SearchState): void {
  for (const end of ["from", "to"] as const) {
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

/** @example rangeLabel({ from: "2017-03", to: "2018" }, monthNames) // "March 2017 to 2018" */
export function rangeLabel(state: Pick<SearchState, "from" | "to">, monthNames: readonly string[]): string {
  const words = (ym: string) => (ym.length === 7 ? `${monthNames[Number(ym.slice(5)) - 1]} ${ym.slice(0, 4)}` : ym);
  if (state.from && state.to) return state.from === state.to ? words(state.from) : `${words(state.from)} to ${words(state.to)}`;
  return state.from ? `from ${words(state.from)}` : `until ${words(state.to)}`;
}

/** The filters applied, each a button that removes it, and their number beside "Filters". */
export function renderActive(screen: Screen, { state, values }: FilterView, actions: FilterActions): void {
  const { elements } = screen;
  const chips: { text: string; remove: () => void }[] = [];
  for (const { key, label } of FACETS) {
    for (const id of state.filters[key] ?? []) {
      chips.push({ text: `${label}: ${nameOf(values, key, id)}`, remove: () => actions.toggle(key, id, false) });
    }
  }
  if (state.from || state.to) chips.push({ text: `Published ${rangeLabel(state, screen.monthNames)}`, remove: () => actions.clearRange() });
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

/** A facet control's identity across redraws: its name, value and whether it is "Show all". */
const focusKeyOf = (el: Element): string | null =>
  el instanceof HTMLInputElement || el instanceof HTMLButtonElement ? `${el.name}\u0000${el.value}\u0000${el.dataset.more ?? ""}` : null;

/** Every facet with values to show: checkboxes with names and counts, the selected first. */
export function renderFacets(screen: Screen, { state, counts, values, expanded }: FilterView, actions: FilterActions): void {
  const { elements, lang } = screen;
  // Re-rendering replaces the checkboxes; the one in focus gets focus back.
  const focused = document.activeElement?.closest("[data-facet]") ? document.activeElement : null;
  const focusKey = focused ? focusKeyOf(focused) : null;

  const fieldsets: HTMLElement[] = [];
  for (const { key, label } of FACETS) {
    const selected = state.filters[key] ?? [];
    const entries = Object.entries(counts[key] ?? {})
      .map(([value, count]) => ({ ...parseValue(value), count }))
      .filter((e) => e.count > 0 || selected.includes(e.id));
    for (const id of selected) if (!entries.some((e) => e.id === id)) entries.push({ id, name: nameOf(values, key, id), count: 0 });
    if (!entries.length) continue;
    type Entry = (typeof entries)[number];
    const order =
      key === "year" ? (a: Entry, b: Entry) => b.id.localeCompare(a.id) : (a: Entry, b: Entry) => b.count - a.count || a.name.localeCompare(b.name, lang);
    entries.sort((a, b) => Number(selected.includes(b.id)) - Number(selected.includes(a.id)) || order(a, b));
    const open = expanded.has(key);
    const shown = open ? entries : entries.slice(0, Math.max(SHOWN, selected.length));
    const listId = `facet-${key}`;
    const items = shown.map((e) => {
      const box = element("input", { type: "checkbox", name: key, value: e.id });
      box.checked = selected.includes(e.id);
      box.addEventListener("change", () => actions.toggle(key, e.id, box.checked));
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
    const children: HTMLElement[] = [element("legend", {}, label), element("ul", { class: "facet__values", id: listId }, items)];
    if (entries.length > shown.length || open) {
      const more = element(
        "button",
        { type: "button", class: "facet__more", "aria-expanded": String(open), "aria-controls": listId, name: key, value: "more", "data-more": "1" },
        open ? `Show fewer` : `Show all ${entries.length}`,
      );
      more.addEventListener("click", () => actions.expand(key, !open));
      children.push(more);
    }
    fieldsets.push(element("fieldset", { class: "facet", "data-facet": key }, children));
  }
  elements.facets.replaceChildren(...fieldsets);
  elements.facets.setAttribute("aria-busy", "false");
  if (focusKey) {
    const again = [...elements.facets.querySelectorAll("input, button")].find((el) => focusKeyOf(el) === focusKey);
    if (again instanceof HTMLElement) again.focus();
  }
}

/** @example summaryOf(3, "sanctuary", "en") // "3 results for sanctuary" */
export function summaryOf(n: number, q: string, lang: string): string {
  const count = n === 0 ? "No results" : n === 1 ? "1 result" : `${n.toLocaleString(lang)} results`;
  return q ? `${count} for ${q}` : count;
}

function formatDate({ dateFormat }: Screen, ymd: string): string {
  const [y, m, d] = ymd.split("-").map(Number);
  return y && m && d ? dateFormat.format(Date.UTC(y, m - 1, d)) : ymd;
}

/**
 * One result: headline, date, dateline, source, the excerpt with the words marked, people and
 * places, drawn from the data Pagefind keeps for its page (https://pagefind.app/docs/api/#loading-a-result).
 */
export function resultItem(screen: Screen, result: ResultData): HTMLElement {
  const meta = result.meta ?? {};
  const facts: HTMLElement[] = [];
  if (meta.date) facts.push(element("time", { datetime: meta.date }, formatDate(screen, meta.date)));
  if (meta.dateline) facts.push(element("span", { class: "result__dateline" }, meta.dateline));
  if (meta.source) facts.push(element("span", { class: "result__source" }, meta.source));
  const named: HTMLElement[] = [];
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

/** A result not drawn yet: a placeholder that keeps its place in the list until it comes into view. */
export const placeholderItem = (): HTMLElement => element("li", { class: "result result--loading", "aria-hidden": "true" });

type Child = Node | string;

/** An element with attributes and children (strings become text, never HTML). */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  children: Child | Child[] = [],
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.append(...[children].flat().filter((c) => c !== ""));
  return el;
}

const interleave = (nodes: Node[], separator: string): Child[] => nodes.flatMap((node, i) => (i ? [separator, node] : [node]));
