/**
 * The search page (pages/search.njk), bundled by the build into /assets/js/search.js. Pagefind's
 * search library (pagefind.js, https://pagefind.app/docs/api/) runs every search; this module
 * wires the page to it and adds what Pagefind leaves to the site: filters shown by name with
 * counts, a date range, sorting, and the whole state in the URL, so a search can be shared,
 * reloaded and stepped through with back and forward. What a state means is worked out in
 * state.ts; drawing is render.ts; this file holds the page's one state object and the events.
 *
 * What a search downloads is kept small (issue 4, "Search payload"): Pagefind fetches only the
 * index chunks for the words and the fragments of the results drawn, and the filter lists, the
 * heaviest part of the index, are fetched only once the reader opens "Filters" or the URL applies
 * some. Pagefind's Component UI would fetch them all before the first search, and weighs as much
 * again as the index a first search needs, so the page uses the library beneath it.
 *
 * The URL is input from anyone (issue 9, "Hostile contributors"): readState keeps only what the
 * page could have written itself, within bounds, and everything drawn is text, never HTML, except
 * Pagefind's excerpts.
 */
import { loadShardedIndex, type FilterCounts, type PagefindOptions, type SearchResponse, type SearchResult, type ShardedIndex } from "./pagefind.ts";
import { mergeAnswers, shardsToAsk, sumFilters, type ShardAnswer } from "./shards.ts";
import { placeholderItem, renderActive, renderFacets, renderRange, resultItem, screenOf, summaryOf, type FilterActions, type FilterView, type Screen } from "./render.ts";
import {
  allowedMonths,
  continuesTyping,
  emptyValues,
  FACETS,
  hasFilters,
  hasNamedFilters,
  isSort,
  MAX_QUERY,
  pagefindFilters,
  parseValue,
  readState,
  sortOf,
  urlOf,
  withFilter,
  withYears,
  wordsOf,
  type FacetKey,
  type FilterValues,
  type RangeEnd,
  type SearchState,
} from "./state.ts";

/** Results drawn at a time; each one drawn fetches its fragment. */
const PAGE = 10;
/** How long typing must pause before the words are searched for. */
const DEBOUNCE_MS = 250;
const DEFAULT_MESSAGE = "Type a word or a name, or choose a filter.";
/** How near the view a placeholder must come to be drawn. */
const DRAW_MARGIN = "100px 0px";

/** Everything the page knows and is doing, in one place, passed to every function below. */
interface Page extends FilterView {
  readonly screen: Screen;
  /** where Pagefind's bundle is, and the path prefix results link under (from the page's data attributes) */
  readonly bundlePath: string;
  readonly baseUrl: string;
  /** years with articles, oldest first, as the range's year menu lists them (from the archive) */
  readonly years: readonly string[];
  state: SearchState;
  counts: FilterCounts;
  /** every value's count in the whole index, shown before anything is searched for */
  totals: FilterCounts;
  readonly values: FilterValues;
  readonly expanded: Set<FacetKey>;
  /** Pagefind's library and the index's shards, once asked for */
  index: Promise<ShardedIndex> | null;
  /** the filter lists, once asked for, and whether they have arrived */
  filterList: Promise<void> | null;
  filterListLoaded: boolean;
  /** the latest search; an answer to an earlier one is dropped */
  searchId: number;
  typingTimer: number;
  /** the results not listed yet */
  pending: SearchResult[];
  /** placeholder → the Pagefind result it stands for */
  readonly placeholders: WeakMap<Element, SearchResult>;
  /** the placeholder whose result takes the focus once drawn: the first one "Show more" added */
  focusOnDraw: Element | null;
  /** called once a search's first result is drawn, and then only after it is painted */
  firstDrawn: (() => void) | null;
  /** draws placeholders as they scroll into view */
  readonly observer: IntersectionObserver;
  readonly actions: FilterActions;
}

// ---------------------------------------------------------------------------------------------
// Pagefind, loaded on first use, and its filter lists, loaded only when they are needed.

const PAGEFIND_OPTIONS = (baseUrl: string): PagefindOptions => ({
  baseUrl,
  highlightParam: "pagefind-highlight",
  excerptLength: 32,
  excerptEllipsis: "…",
  // Names and people/places count for more than body text; the headline keeps Pagefind's
  // default title boost (https://pagefind.app/docs/ranking/#configuring-metadata-weights).
  ranking: { metaWeights: { title: 5, people: 3, places: 3 } },
});

/**
 * Pagefind's library and the index's shard list, and the newest shard set up (its WebAssembly
 * and metadata fetched), once: most searches start there.
 */
function loadIndex(page: Page): Promise<ShardedIndex> {
  page.index ??= (async () => {
    const index = await loadShardedIndex(page.bundlePath, PAGEFIND_OPTIONS(page.baseUrl));
    const newest = index.manifest.shards[0];
    if (newest) await index.shard(newest);
    return index;
  })();
  return page.index;
}

/** Fetches every filter list (https://pagefind.app/docs/js-api-filtering/), once. */
function loadFilterList(page: Page): Promise<void> {
  page.filterList ??= (async () => {
    const index = await loadIndex(page);
    // Every shard's lists, added up: the totals are the whole archive's.
    const total = sumFilters(await Promise.all(index.manifest.shards.map(async (shard) => (await index.shard(shard)).filters())));
    for (const { key } of FACETS) {
      for (const value of Object.keys(total?.[key] ?? {})) page.values[key].set(parseValue(value).id, value);
    }
    page.totals = withYears(total ?? {});
    page.filterListLoaded = true;
  })();
  return page.filterList;
}

// ---------------------------------------------------------------------------------------------
// Running a search and keeping the URL in step.

/** Searches for `next`; `history` says how the URL follows: "push", "replace" or "none". */
function run(page: Page, next: SearchState, history: "push" | "replace" | "none"): void {
  page.state = next;
  if (history === "push") window.history.pushState({ search: true }, "", urlOf(page.state, location.pathname));
  if (history === "replace") window.history.replaceState({ search: true }, "", urlOf(page.state, location.pathname));
  renderControls(page);
  void search(page);
}

const change = (page: Page, patch: Partial<SearchState>) => run(page, { ...page.state, ...patch }, "push");

/**
 * Runs the search the state describes and draws it. With `countsOnly`, only the filter counts are
 * redrawn (the filters panel was opened and its lists have just arrived); that does not replace a
 * search still under way, and gives way to any search started after it.
 */
async function search(page: Page, { countsOnly = false } = {}): Promise<void> {
  const { screen } = page;
  const { elements } = screen;
  const id = countsOnly ? page.searchId : ++page.searchId;
  const current = page.state;
  if (!current.q && !hasFilters(current)) {
    page.counts = page.totals;
    if (page.filterListLoaded) renderFacets(screen, page, page.actions);
    if (countsOnly) return;
    elements.summary.textContent = DEFAULT_MESSAGE;
    renderResults(page, []);
    // The library starts loading anyway: the reader is about to search.
    loadIndex(page).catch(() => {});
    return;
  }
  if (!countsOnly) elements.results.setAttribute("aria-busy", "true");
  try {
    const index = await loadIndex(page);
    if (elements.filters.open || hasNamedFilters(current)) await loadFilterList(page);
    if (id !== page.searchId) return;
    // Pagefind counts a filter's values only once its lists are loaded: a search asked before
    // then answers with no counts, or (its shards asked on both sides of the lists' arrival)
    // with some shards' counts, so it leaves the counts to the counting search the lists' arrival
    // starts. Drawn over that one's, its own were short of a shard or more.
    const counting = countsOnly || page.filterListLoaded;
    // The shards the date range allows, newest first (oldest first for "oldest"): the first
    // one's results are drawn while the others are asked.
    const shards = shardsToAsk(index.manifest, current.sort, allowedMonths(current, page.years));
    const relevance = Boolean(current.q) && current.sort === "relevance";
    const options = { filters: pagefindFilters(current, page.years, page.values), sort: sortOf(current) };
    const answers: (ShardAnswer<SearchResult> | undefined)[] = shards.map(() => undefined);
    const show = (done: boolean) => {
      // By date, a shard's results follow those of the shards before it, so only shards with
      // every shard before them answered are drawn; by relevance, every shard answered.
      const waiting = answers.findIndex((a) => !a);
      const ready = (relevance ? answers : answers.slice(0, waiting < 0 ? answers.length : waiting)).filter((a) => a !== undefined);
      const merged = mergeAnswers(ready, relevance);
      if (counting) page.counts = withYears(merged.filters);
      if (page.filterListLoaded) {
        renderActive(screen, page, page.actions);
        renderFacets(screen, page, page.actions);
      }
      if (countsOnly) return;
      elements.summary.textContent = summaryOf(merged.results.length, current.q, screen.lang);
      renderResults(page, merged.results.map((r) => r.result));
      if (!done) elements.results.setAttribute("aria-busy", "true");
    };
    const ask = async (i: number) => {
      const shard = shards[i]!;
      const response: SearchResponse | null = await (await index.shard(shard)).search(current.q || null, options);
      if (id !== page.searchId) return;
      if (!response) throw new Error(`shard ${shard.id} gave no answer`);
      answers[i] = { shard, results: response.results, unfilteredResultCount: response.unfilteredResultCount, filters: response.filters ?? {} };
      show(answers.every(Boolean));
    };
    if (!shards.length) show(true);
    else {
      await ask(0);
      if (id !== page.searchId || shards.length === 1) return;
      // The other shards are asked once the first result is painted: their metadata and index
      // chunks would hold it up, in the network and in Pagefind's worker.
      if (!countsOnly && answers[0]?.results.length) await firstPainted(page);
      if (id !== page.searchId) return;
      await Promise.all(shards.slice(1).map((_, i) => ask(i + 1)));
    }
  } catch (error) {
    if (id !== page.searchId) return;
    console.warn("Search failed:", error);
    elements.summary.textContent = "Search could not load. Try again, or browse the archive.";
    renderResults(page, []);
  }
}

// Words typed are searched for once typing pauses. Typing that extends or trims the previous
// words replaces the history entry, so back goes to the previous search, not to the previous
// keystroke.
function searchTyped(page: Page): void {
  clearTimeout(page.typingTimer);
  const q = wordsOf(page.screen.elements.input.value);
  if (q === page.state.q) return;
  const typing = Boolean((window.history.state as { typing?: boolean } | null)?.typing) && continuesTyping(page.state.q, q);
  page.state = { ...page.state, q };
  window.history[typing ? "replaceState" : "pushState"]({ search: true, typing: true }, "", urlOf(page.state, location.pathname));
  renderControls(page);
  void search(page);
}

function renderControls(page: Page): void {
  const { screen, state } = page;
  const { elements } = screen;
  elements.sort.value = state.sort;
  if (wordsOf(elements.input.value) !== state.q) elements.input.value = state.q;
  renderRange(screen, state);
  // Names and counts come from the filter lists, so filters wait for them rather than show bare ids.
  if (!page.filterListLoaded) {
    elements.active.hidden = true;
    return;
  }
  renderActive(screen, page, page.actions);
  renderFacets(screen, page, page.actions);
}

// ---------------------------------------------------------------------------------------------
// Results: placeholders a page at a time, each drawn once it comes into view.

/** Lists results as placeholders, a page at a time; each is filled in when it comes into view. */
function renderResults(page: Page, results: SearchResult[]): void {
  page.observer.disconnect();
  page.pending = results;
  page.screen.elements.results.replaceChildren();
  showMore(page);
}

function showMore(page: Page): void {
  const { elements } = page.screen;
  const shown = page.pending.slice(0, PAGE);
  page.pending = page.pending.slice(PAGE);
  for (const result of shown) {
    const placeholder = placeholderItem();
    page.placeholders.set(placeholder, result);
    elements.results.append(placeholder);
    page.observer.observe(placeholder);
  }
  elements.results.setAttribute("aria-busy", "false");
  elements.more.hidden = page.pending.length === 0;
}

/** Replaces a placeholder with its result once Pagefind has fetched the result's fragment. */
async function draw(page: Page, placeholder: Element): Promise<void> {
  const id = page.searchId;
  try {
    const result = page.placeholders.get(placeholder);
    if (!result) return;
    const data = await result.data();
    if (id !== page.searchId || !placeholder.isConnected) return;
    const item = resultItem(page.screen, data);
    placeholder.replaceWith(item);
    const drawn = page.firstDrawn;
    page.firstDrawn = null;
    // A frame, then a task: the result is on screen before anything else is fetched.
    if (drawn) requestAnimationFrame(() => setTimeout(drawn));
    if (placeholder === page.focusOnDraw) item.querySelector("a")?.focus();
  } catch (error) {
    console.warn("A result could not load:", error);
    page.firstDrawn?.();
    page.firstDrawn = null;
  }
}

/** Most that the other shards wait for a first result to be painted, whatever happens to it. */
const FIRST_PAINT_LIMIT_MS = 5000;

/**
 * Resolves once the search's first result has been painted, or straight away if the first
 * placeholder is out of view (it is drawn only when scrolled to), or after FIRST_PAINT_LIMIT_MS
 * (a tab in the background paints nothing), so every shard is asked in the end.
 */
function firstPainted(page: Page): Promise<void> {
  return new Promise<void>((resolve) => {
    page.firstDrawn = resolve;
    setTimeout(resolve, FIRST_PAINT_LIMIT_MS);
    const first = page.screen.elements.results.firstElementChild;
    if (!first) return resolve();
    const seen = new IntersectionObserver(
      ([entry]) => {
        seen.disconnect();
        if (!entry?.isIntersecting) resolve();
      },
      { rootMargin: DRAW_MARGIN },
    );
    seen.observe(first);
  });
}

// ---------------------------------------------------------------------------------------------
// Start: show the controls and run the search the URL describes. The filters panel starts closed;
// opening it fetches the filter lists and their counts for the search shown. A URL that applies
// filters opens it, as those filters need their lists anyway and the reader should see them.

function start(root: HTMLElement): void {
  const screen = screenOf(root);
  const { elements } = screen;
  const years = [...elements.range.from.year.options].map((o) => o.value).filter(Boolean).sort();
  elements.input.maxLength = MAX_QUERY;

  const page: Page = {
    screen,
    bundlePath: root.dataset.bundlePath ?? "",
    baseUrl: root.dataset.baseUrl ?? "",
    years,
    state: readState(location.search, years),
    counts: {},
    totals: {},
    values: emptyValues(),
    expanded: new Set(),
    index: null,
    filterList: null,
    filterListLoaded: false,
    searchId: 0,
    typingTimer: 0,
    pending: [],
    placeholders: new WeakMap(),
    focusOnDraw: null,
    firstDrawn: null,
    observer: new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          page.observer.unobserve(entry.target);
          void draw(page, entry.target);
        }
      },
      { rootMargin: DRAW_MARGIN },
    ),
    actions: {
      toggle: (key, id, on) => change(page, { filters: withFilter(page.state.filters, key, id, on) }),
      clearRange: () => change(page, { from: "", to: "" }),
      expand: (key, open) => {
        if (open) page.expanded.add(key);
        else page.expanded.delete(key);
        renderFacets(screen, page, page.actions);
      },
    },
  };

  // The words.
  elements.input.addEventListener("input", () => {
    clearTimeout(page.typingTimer);
    page.typingTimer = window.setTimeout(() => searchTyped(page), DEBOUNCE_MS);
  });
  // Focus says a search is coming: start fetching the library before the first word is typed.
  elements.input.addEventListener("focus", () => loadIndex(page).catch(() => {}), { once: true });
  elements.form.addEventListener("submit", (event) => {
    event.preventDefault();
    searchTyped(page);
  });
  window.addEventListener("popstate", () => {
    clearTimeout(page.typingTimer);
    run(page, readState(location.search, page.years), "none");
  });

  // Sort, date range, the filters applied.
  elements.sort.addEventListener("change", () => change(page, { sort: isSort(elements.sort.value) ? elements.sort.value : "relevance" }));
  for (const end of ["from", "to"] as const satisfies readonly RangeEnd[]) {
    const { year, month } = elements.range[end];
    screen.monthNames.forEach((name, i) => month.append(new Option(name, String(i + 1).padStart(2, "0"))));
    const update = () => change(page, { [end]: year.value ? `${year.value}${month.value ? `-${month.value}` : ""}` : "" });
    year.addEventListener("change", update);
    month.addEventListener("change", update);
  }
  elements.clearAll.addEventListener("click", () => change(page, { filters: {}, from: "", to: "" }));

  elements.moreButton.addEventListener("click", () => {
    // Keyboard readers continue from the first new result, as the button may go away.
    const first = elements.results.children.length;
    showMore(page);
    page.focusOnDraw = elements.results.children[first] ?? null;
  });

  elements.filters.addEventListener("toggle", () => {
    if (elements.filters.open && !page.filterListLoaded) {
      loadFilterList(page)
        .then(() => search(page, { countsOnly: true }))
        .catch((error: unknown) => console.warn("Filters could not load:", error));
    }
  });

  root.hidden = false;
  if (hasFilters(page.state)) elements.filters.open = true;
  // Replacing gives the entry a state object, so the typing rule above knows where it stands.
  run(page, page.state, "replace");
}

const root = document.getElementById("search");
if (!root) throw new Error("The search page has no #search.");
start(root);
