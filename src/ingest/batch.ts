/**
 * An import batch: the documents of one import, read together, so that what one file shows
 * informs the others (issue 13). A line that recurs in many files of a batch is the site's
 * chrome, as boilerplate detectors find it; a numeric date with a day above 12 proves the
 * batch's day and month order.
 */
import { orderOf, separatorOf, type DateOrder, type OrderBySeparator } from "./dates.ts";
import { affixesOf, lineKey, templateWords, parseText, readsAsSentence, speaksToReader, TEMPLATE_LINES, toBlocks, type BatchContext, type Block, type ParsedText } from "./text.ts";

export interface RawDocument {
  origin: string;
  raw: string;
}

/** Files a line must recur in to be taken for chrome: three, and half the batch. */
export const recurrenceThreshold = (files: number) => Math.max(3, Math.ceil(files / 2));

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
  const counts = new Map<string, number>();
  const affixCounts = new Map<string, number>();
  const common = new Map<string, string[]>();
  const printed = new Map<string, string>();
  const proved = new Set<DateOrder>();
  const provedBySeparator = new Map<"/" | "." | "-", Set<DateOrder>>();
  /** each file's lines that read as sentences */
  const sentences: Set<string>[] = [];
  for (const blocks of docs) {
    const keys = new Set<string>();
    const affixes = new Set<string>();
    const own = new Set<string>();
    sentences.push(own);
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
        if (order) {
          proved.add(order);
          const separator = separatorOf(l.text)!;
          provedBySeparator.set(separator, (provedBySeparator.get(separator) ?? new Set()).add(order));
        }
      }
    }
    for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
    for (const a of affixes) affixCounts.set(a, (affixCounts.get(a) ?? 0) + 1);
  }
  const threshold = recurrenceThreshold(docs.length);
  const recurring = new Map([...counts].filter(([, n]) => n >= threshold));
  const templates = new Map([...affixCounts].filter(([, n]) => n >= threshold).map(([a]) => [a, common.get(a)!.length]));
  const siteNames = [...recurring.keys()].map((k) => printed.get(k)!).filter(isSiteName);
  return { recurring, templates, siteNames, sharedStory: sharedStory(sentences, recurring, threshold, (k) => !!speaksToReader(printed.get(k)!)), dateOrder: dateOrder ?? (proved.size === 1 ? [...proved][0] : undefined), ...(!dateOrder && proved.size > 1 ? { orderBySeparator: bySeparator(provedBySeparator) } : {}), ...(timezone ? { timezone } : {}) };
}

/** The orders proved by each separator's dates, where a separator's prove one order. */
function bySeparator(proved: ReadonlyMap<"/" | "." | "-", ReadonlySet<DateOrder>>): OrderBySeparator {
  const out: OrderBySeparator = {};
  for (const [separator, orders] of proved) if (orders.size === 1) out[separator] = [...orders][0];
  return out;
}

/**
 * The recurring sentences that recur because a story does: versions of one article in a batch
 * share its sentences, and a sentence of that story is no site's boilerplate, whatever it says.
 * Two files hold one story when they share, besides the sentence, at least three other sentences
 * and half the sentences of the shorter; the sentence is the site's only when the threshold's
 * number of the files holding it hold other stories. Only the sentences `asked` decides on are
 * looked at, and a sentence held by more than a hundred files (a site's, or many copies of one)
 * is not counted as shared, so a large import is not compared file by file.
 */
function sharedStory(sentences: readonly Set<string>[], recurring: ReadonlyMap<string, number>, threshold: number, asked: (key: string) => boolean): Set<string> {
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
    if (!recurring.has(key) || !asked(key)) continue;
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
    if (files.filter((f) => !alike(f)).length < threshold) shared.add(key);
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
  const batch = batchContext(blocks, dateOrder, timezone);
  return blocks.map((b) => parseText(b, {}, batch));
}
