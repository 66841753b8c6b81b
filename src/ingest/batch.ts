/**
 * An import batch: the documents of one import, read together, so that what one file shows
 * informs the others (issue 13). A line that recurs in many files of a batch is the site's
 * chrome, as boilerplate detectors find it; a numeric date with a day above 12 proves the
 * batch's day and month order.
 */
import { chromeReason } from "./chrome.ts";
import { orderOf, separatorOf, type DateOrder, type OrderBySeparator } from "./dates.ts";
import { affixesOf, lineKey, looksLikeHeadline, templateWords, parseText, readsAsSentence, speaksToReader, TEMPLATE_LINES, toBlocks, type BatchContext, type Block, type ParsedText } from "./text.ts";

export interface RawDocument {
  origin: string;
  raw: string;
}

/** Files a line must recur in to be taken for chrome: three, and half the batch, or half the files of one site in it. */
export const recurrenceThreshold = (files: number) => Math.max(3, Math.ceil(files / 2));

/** A line held by more sites than this is a word every site prints ("Share", "Menu"), and tells no site. */
const COMMON_TO_SITES = 2;

/**
 * The files of a batch grouped by the site they were copied from, as an index per file (the
 * group's first file): an import that mixes outlets holds each outlet's menus, prompts and
 * footer in its own files only, too few for half the batch. A file joins a site of the files
 * before it when at least three, and a third, of the lines it holds that recur in the batch are
 * held by that site's files: one outlet's pages share their template, and two outlets' share
 * only the commonest words ("Share", "Advertisement"). A line held by more than
 * {@link COMMON_TO_SITES} sites counts for none. Each file is compared with the sites before it,
 * in one pass, not with every file.
 * @example sitesOf([a, b, c, d], counts) // [0, 0, 2, 2] when a and b share one site's lines, c and d another's
 */
export function sitesOf(files: readonly ReadonlySet<string>[], counts: ReadonlyMap<string, number>): number[] {
  const parent = files.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  /** for each recurring line, a file of each site holding it; undefined once too many sites do */
  const holders = new Map<string, number[] | undefined>();
  files.forEach((keys, f) => {
    const tally = new Map<number, number>();
    let held = 0;
    for (const k of keys) {
      if (counts.get(k)! < 2) continue;
      held++;
      const sites = holders.get(k);
      if (sites) for (const site of new Set(sites.map(find))) tally.set(site, (tally.get(site) ?? 0) + 1);
    }
    for (const [site, n] of tally) if (n >= Math.max(3, held / 3)) parent[find(site)] = find(f);
    for (const k of keys) {
      if (counts.get(k)! < 2) continue;
      const sites = holders.has(k) ? holders.get(k) : [];
      if (!sites || sites.some((g) => find(g) === find(f))) continue;
      holders.set(k, sites.length < COMMON_TO_SITES ? [...sites, f] : undefined);
    }
  });
  return files.map((_, i) => find(i));
}

/**
 * The lines that recur in enough files to be chrome, with how many files hold each: in half the
 * batch, or in half the files of one of its sites (`sitesOf`), and at least three; and for each,
 * the number of files that made it recur.
 */
function recurringLines(files: readonly ReadonlySet<string>[], counts: ReadonlyMap<string, number>, sites: readonly number[]): [Map<string, number>, Map<string, number>] {
  const threshold = recurrenceThreshold(files.length);
  const size = new Map<number, number>();
  for (const s of sites) size.set(s, (size.get(s) ?? 0) + 1);
  const bySite = new Map<string, number>();
  const recurring = new Map<string, number>();
  const needed = new Map<string, number>();
  files.forEach((keys, f) => {
    const site = sites[f]!;
    for (const k of keys) {
      const n = counts.get(k)!;
      if (n < 3 || recurring.has(k)) continue;
      if (n >= threshold) {
        recurring.set(k, n);
        needed.set(k, threshold);
        continue;
      }
      const key = `${site}\u0000${k}`;
      const inSite = (bySite.get(key) ?? 0) + 1;
      bySite.set(key, inSite);
      if (inSite < recurrenceThreshold(size.get(site)!)) continue;
      recurring.set(k, n);
      needed.set(k, recurrenceThreshold(size.get(site)!));
    }
  });
  return [recurring, needed];
}

/**
 * A recurring line that may be the site's name: two to four capitalised words ("The Valley
 * Dispatch", "Local News") or a call sign ("KPBX"), with no date in it.
 * @example isSiteName("The Valley Dispatch") // true
 */
export function isSiteName(text: string): boolean {
  return /^(?:\p{Lu}[\p{L}’'.-]*(?: (?:&|\p{Lu}[\p{L}’'.-]*)){1,3}|\p{Lu}[\p{Lu}\d]{2,5})$/u.test(text) && !/\d{4}/.test(text);
}

/**
 * What a batch's documents tell about each: recurring lines and the numeric date order.
 * @example batchContext([a, b, c].map(toBlocks)).recurring.has("menu") // true when all three have "Menu"
 */
export function batchContext(docs: readonly (readonly Block[])[], dateOrder?: DateOrder, timezone?: string): BatchContext {
  const { shared, proved } = readBatch(docs);
  return { ...shared, ...dateOrderOf(proved.flat(), dateOrder), ...(timezone ? { timezone } : {}) };
}

/**
 * What a batch's documents tell about each, one context per document: the recurring lines are
 * the batch's, and the numeric date order is the one its site's files prove (`sitesOf`), else the
 * one the batch proves. A folder of clippings from a British paper ("29/01/2020") and an American
 * site ("01/29/2020") reads each site's dates in its own order.
 * @example batchContexts([uk, uk2, us, us2].map(toBlocks))[0].dateOrder // "dmy"
 */
export function batchContexts(docs: readonly (readonly Block[])[], dateOrder?: DateOrder, timezone?: string): BatchContext[] {
  const { shared, proved, sites } = readBatch(docs);
  const batch = dateOrderOf(proved.flat(), dateOrder);
  const bySite = new Map<number, Proof[]>();
  sites.forEach((site, f) => bySite.set(site, [...(bySite.get(site) ?? []), ...proved[f]!]));
  const contexts = new Map<number, BatchContext>();
  return sites.map((site) => {
    let context = contexts.get(site);
    if (!context) {
      const own = bySite.get(site)!;
      context = { ...shared, ...(dateOrder || batch.dateOrder || !own.length ? batch : siteOrder(own, batch)), ...(timezone ? { timezone } : {}) };
      contexts.set(site, context);
    }
    return context;
  });
}

/**
 * The date order of a site's files where the batch proves both: for each separator, the order the
 * site's own dates with it prove, else the one the batch's dates with it prove, else the one the
 * site's dates prove whatever their separator (a channel's export prints "09.01.2019" day first
 * and its messages "1/15/2019" month first).
 */
function siteOrder(own: readonly Proof[], batch: Pick<BatchContext, "orderBySeparator">): Pick<BatchContext, "orderBySeparator"> {
  const site = dateOrderOf(own).dateOrder;
  const out: OrderBySeparator = {};
  for (const separator of ["/", ".", "-"] as const) {
    const order = dateOrderOf(own.filter((p) => p.separator === separator)).dateOrder ?? batch.orderBySeparator?.[separator] ?? site;
    if (order) out[separator] = order;
  }
  return { orderBySeparator: out };
}

/** A numeric date that proves its order (a day above 12), and the separator it is printed with. */
type Proof = { order: DateOrder; separator: "/" | "." | "-" };

/** The date order the proofs give: one order, else each separator's where it proves one. */
function dateOrderOf(proofs: readonly Proof[], dateOrder?: DateOrder): Pick<BatchContext, "dateOrder" | "orderBySeparator"> {
  if (dateOrder) return { dateOrder };
  const orders = new Set(proofs.map((p) => p.order));
  if (orders.size === 1) return { dateOrder: [...orders][0] };
  if (!orders.size) return {};
  const bySeparator = new Map<"/" | "." | "-", Set<DateOrder>>();
  for (const p of proofs) bySeparator.set(p.separator, (bySeparator.get(p.separator) ?? new Set()).add(p.order));
  const out: OrderBySeparator = {};
  for (const [separator, found] of bySeparator) if (found.size === 1) out[separator] = [...found][0];
  return { orderBySeparator: out };
}

/** Reads a batch's documents once: what all share, each document's date proofs and site. */
function readBatch(docs: readonly (readonly Block[])[]): { shared: BatchContext; proved: Proof[][]; sites: number[] } {
  const counts = new Map<string, number>();
  const affixCounts = new Map<string, number>();
  const common = new Map<string, string[]>();
  const printed = new Map<string, string>();
  const proved: Proof[][] = [];
  /** each file's lines that read as sentences */
  const sentences: Set<string>[] = [];
  /** each file's lines, and the starts and ends of its first lines */
  const lineKeys: Set<string>[] = [];
  const affixKeys: Set<string>[] = [];
  /** how many files open with each line */
  const openers = new Map<string, number>();
  for (const blocks of docs) {
    const first = blocks.find((b) => b.kind === "lines")?.lines[0];
    if (first) openers.set(lineKey(first.text), (openers.get(lineKey(first.text)) ?? 0) + 1);
    const keys = new Set<string>();
    const affixes = new Set<string>();
    const own = new Set<string>();
    sentences.push(own);
    const proofs: Proof[] = [];
    proved.push(proofs);
    let seen = 0;
    for (const block of blocks) {
      if (block.kind !== "lines") continue;
      for (const l of block.lines) {
        keys.add(lineKey(l.text));
        if (seen++ < TEMPLATE_LINES) {
          const words = templateWords(l.text);
          for (const a of affixesOf(words)) {
            affixes.add(a);
            // The words all lines with this start (or end) share, counted from that end.
            const ordered = a.startsWith("<") ? words : [...words].reverse();
            const known = common.get(a);
            if (!known) common.set(a, ordered);
            else {
              let n = 0;
              while (n < known.length && n < ordered.length - 2 && known[n] === ordered[n]) n++;
              known.length = n;
            }
          }
        }
        if (readsAsSentence(l.text)) own.add(lineKey(l.text));
        if (!printed.has(lineKey(l.text))) printed.set(lineKey(l.text), l.text.replace(/\s+/g, " ").trim());
        const order = l.text.length <= 80 ? orderOf(l.text) : undefined;
        if (order) proofs.push({ order, separator: separatorOf(l.text)! });
      }
    }
    for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
    for (const a of affixes) affixCounts.set(a, (affixCounts.get(a) ?? 0) + 1);
    lineKeys.push(keys);
    affixKeys.push(affixes);
  }
  const sites = sitesOf(lineKeys, counts);
  const [recurring, needed] = recurringLines(lineKeys, counts, sites);
  // Whether the files holding a line are copies of one story, each alike the first (`sameStory`):
  // a line all of one story's copies print, not one that pages of several stories print (a list of other headlines).
  const byStory = (holding: number[]) => holding.length <= SAME_STORY_MAX && holding.every((f, i) => i === 0 || sameStory(sentences[holding[0]!]!, sentences[f]!));
  // A headline that recurs because its story does: copies of one story from several outlets (a
  // folder of one event's coverage) share it, and it is no site's line.
  // A site's name ("The Valley Dispatch") stays the site's, whatever its pages hold.
  const headlines = [...recurring.keys()].filter((k) => looksLikeHeadline(printed.get(k)!) && !isSiteName(printed.get(k)!) && !chromeReason(printed.get(k)!));
  const holdingHeadline = holdersOf(lineKeys, headlines);
  for (const k of headlines) {
    if (byStory(holdingHeadline.get(k)!)) {
      recurring.delete(k);
      needed.delete(k);
    }
  }
  // Nor are a headline's first or last words ("… Water Board Says") a site's template when the
  // files that share them are copies of one story.
  const affixes = [...recurringLines(affixKeys, affixCounts, sites)[0].keys()];
  const holdingAffix = holdersOf(affixKeys, affixes);
  const templates = new Map(affixes.filter((a) => !byStory(holdingAffix.get(a)!)).map((a) => [a, common.get(a)!.length]));
  // A one-word masthead ("Newsweek") opens every file that holds it.
  const masthead = (k: string) => openers.get(k) === counts.get(k) && /^\p{Lu}[\p{L}\p{N}’'.-]{3,30}$/u.test(printed.get(k)!) && !chromeReason(printed.get(k)!);
  const siteNames = [...recurring.keys()].filter((k) => isSiteName(printed.get(k)!) || masthead(k)).map((k) => printed.get(k)!);
  return { shared: { recurring, templates, siteNames, sharedStory: sharedStory(sentences, needed, (k) => !!speaksToReader(printed.get(k)!)) }, proved, sites };
}

/**
 * The files holding each of the `wanted` keys, in the batch's order: one pass over the files'
 * keys, not one per key, so that a batch of many recurring lines is not read once for each.
 * @example holdersOf([new Set(["a", "b"]), new Set(["b"])], ["b"]).get("b") // [0, 1]
 */
function holdersOf(files: readonly ReadonlySet<string>[], wanted: readonly string[]): Map<string, number[]> {
  const holders = new Map<string, number[]>(wanted.map((k) => [k, []]));
  files.forEach((keys, f) => {
    for (const k of keys) holders.get(k)?.push(f);
  });
  return holders;
}

/** The most files a recurring headline is compared across for one story (`sameStory`): more are a site's. */
const SAME_STORY_MAX = 100;

/** Whether two files' sentences are one story's: at least three shared, and half the shorter's. */
function sameStory(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  let common = 0;
  for (const k of a) if (b.has(k)) common++;
  return common >= Math.max(3, (Math.min(a.size, b.size) - 1) / 2);
}

/**
 * The recurring sentences that recur because a story does: versions of one article in a batch
 * share its sentences, and a sentence of that story is no site's boilerplate, whatever it says.
 * Two files hold one story when they share, besides the sentence, at least three other sentences
 * and half the sentences of the shorter; the sentence is the site's only when as many of the files
 * holding it as made it recur (`needed`) hold other stories. Only the sentences `asked` decides on are
 * looked at, and a sentence held by more than a hundred files (a site's, or many copies of one)
 * is not counted as shared, so a large import is not compared file by file.
 */
function sharedStory(sentences: readonly Set<string>[], needed: ReadonlyMap<string, number>, asked: (key: string) => boolean): Set<string> {
  const holders = new Map<string, number[]>();
  sentences.forEach((keys, f) => {
    for (const k of keys) {
      const files = holders.get(k);
      if (files) files.push(f);
      else holders.set(k, [f]);
    }
  });
  const shared = new Set<string>();
  for (const [key, files] of holders) {
    if (!needed.has(key) || !asked(key)) continue;
    const holding = new Set(files);
    const alike = (f: number) => {
      const common = new Map<number, number>();
      for (const k of sentences[f]!) {
        const others = holders.get(k)!;
        if (k === key || others.length > 100) continue;
        for (const g of others) if (g !== f && holding.has(g)) common.set(g, (common.get(g) ?? 0) + 1);
      }
      return [...common].some(([g, n]) => n >= Math.max(3, (Math.min(sentences[f]!.size, sentences[g]!.size) - 1) / 2));
    };
    if (files.filter((f) => !alike(f)).length < needed.get(key)!) shared.add(key);
  }
  return shared;
}

/**
 * Parses each raw text of a batch; a time printed without a zone is read in `timezone`, the
 * archive's, when given.
 * @example parseBatch([{ origin: "a.txt", raw: "Title\n\nJanuary 4, 2019\n\nWords." }])[0].date // "2019-01-04"
 */
export function parseBatch(docs: readonly RawDocument[], dateOrder?: DateOrder, timezone?: string): ParsedText[] {
  const blocks = docs.map((d) => toBlocks(d.raw));
  const contexts = batchContexts(blocks, dateOrder, timezone);
  return blocks.map((b, i) => parseText(b, {}, contexts[i]));
}
