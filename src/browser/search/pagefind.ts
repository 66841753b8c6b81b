/**
 * The parts of Pagefind's search library (`pagefind.js`, https://pagefind.app/docs/api/) that
 * the search page uses, typed. Pagefind ships no declarations for its browser library, and the
 * module is loaded at run time from the site's own `/pagefind/` folder, so these types are the
 * page's side of the contract; they follow Pagefind 1.6.
 */
import type { ShardEntry, ShardManifest } from "./shards.ts";

/** https://pagefind.app/docs/search-config/ and https://pagefind.app/docs/ranking/ */
export interface PagefindOptions {
  /** the folder `pagefind.js` was loaded from; Pagefind works it out from its own URL by default */
  bundlePath?: string;
  /** the path prefix result URLs are given */
  baseUrl?: string;
  /** the query parameter result URLs carry the words in, for pagefind-highlight.js */
  highlightParam?: string;
  /** words in an excerpt */
  excerptLength?: number;
  excerptEllipsis?: string;
  ranking?: {
    termFrequency?: number;
    termSimilarity?: number;
    termSaturation?: number;
    pageLength?: number;
    /** a weight for each metadata field: https://pagefind.app/docs/ranking/#configuring-metadata-weights */
    metaWeights?: Record<string, number>;
  };
}

/**
 * A filter query (https://pagefind.app/docs/js-api-filtering/): a value or values a page must
 * all have, or `{ any: [...] }` for one of them (`all`, `none` and `not` also exist).
 */
export type FilterValue = string | string[] | { any?: FilterValue[] | string[]; all?: FilterValue[] | string[]; none?: string[]; not?: FilterValue };
export type FilterQuery = Record<string, FilterValue>;

/** A filter's values and their counts: filter → value → pages. */
export type FilterCounts = Record<string, Record<string, number>>;

/** https://pagefind.app/docs/sorts/: one sort key, and its direction. */
export type SortQuery = Record<string, "asc" | "desc">;

export interface SearchOptions {
  filters?: FilterQuery;
  sort?: SortQuery;
}

/** A search's answer (https://pagefind.app/docs/api/#searching). */
export interface SearchResponse {
  results: SearchResult[];
  unfilteredResultCount: number;
  /** how many results each filter value would leave if it were added to this search */
  filters: FilterCounts;
  /** each value's count without this search's filters */
  totalFilters: FilterCounts;
}

/** One result, whose data is fetched only when asked for. */
export interface SearchResult {
  id: string;
  score: number;
  words: number[];
  /** fetches the result's fragment: https://pagefind.app/docs/api/#loading-a-result */
  data(): Promise<ResultData>;
}

/** What Pagefind keeps for a page. */
export interface ResultData {
  url: string;
  content: string;
  word_count: number;
  filters: Record<string, string[]>;
  meta: Partial<Record<string, string>>;
  /** HTML: the text escaped, with the words searched for in <mark> */
  excerpt: string;
  anchors?: unknown[];
  sub_results?: { title: string; url: string; excerpt: string }[];
}

/** One index's searches: what pagefind.js's functions do, or an instance from `createInstance`. */
export interface PagefindIndex {
  options(options: PagefindOptions): Promise<void>;
  init(): Promise<void>;
  /** `null` words search by filters alone; resolves to null when a later search replaced it */
  search(term: string | null, options?: SearchOptions): Promise<SearchResponse | null>;
  /** as search(), once `timeoutMs` have passed with no other call; earlier calls resolve to null */
  debouncedSearch(term: string | null, options?: SearchOptions, timeoutMs?: number): Promise<SearchResponse | null>;
  /** every filter value and its count in the whole index */
  filters(): Promise<FilterCounts>;
  preload(term: string, options?: SearchOptions): Promise<void>;
}

/** The module `pagefind.js` exports: its default index's functions, and more indexes in the same module and worker. */
export interface Pagefind extends PagefindIndex {
  /** a separate index at `basePath` (Pagefind 1.5+), sharing this module's web worker */
  createInstance(options: { basePath: string }): PagefindIndex;
}

/**
 * Imports Pagefind's library from the site's bundle folder. The URL is only known at run time
 * (it carries the site's path prefix), so it is a variable: a bundler leaves such an import alone.
 */
export async function importPagefind(bundlePath: string): Promise<Pagefind> {
  const url = `${bundlePath}pagefind.js`;
  return (await import(url)) as Pagefind;
}

/** The site's search index: its shards (src/browser/search/shards.ts), each a Pagefind index set up on first use. */
export interface ShardedIndex {
  manifest: ShardManifest;
  /** the shard's index, fetched (its WebAssembly and metadata) and set up the first time it is asked for */
  shard(entry: ShardEntry): Promise<PagefindIndex>;
}

/** Reads `bundlePath`'s shards.json and imports the library, together; each shard's index is made when first asked for. */
export async function loadShardedIndex(bundlePath: string, options: PagefindOptions): Promise<ShardedIndex> {
  const [manifest, pagefind] = await Promise.all([
    fetch(`${bundlePath}shards.json`).then(async (response) => {
      if (!response.ok) throw new Error(`${bundlePath}shards.json: HTTP ${response.status}`);
      return (await response.json()) as ShardManifest;
    }),
    importPagefind(bundlePath),
  ]);
  const made = new Map<string, Promise<PagefindIndex>>();
  const shard = (entry: ShardEntry) => {
    let index = made.get(entry.id);
    if (!index) {
      index = (async () => {
        // An unsharded index is the module's own; a shard is an instance of the same module,
        // so the library and its worker load once, whatever the number of shards.
        const instance = entry.path ? pagefind.createInstance({ basePath: `${bundlePath}${entry.path}` }) : pagefind;
        await instance.options(options);
        await instance.init();
        return instance;
      })();
      made.set(entry.id, index);
    }
    return index;
  };
  return { manifest, shard };
}
