/**
 * Likely duplicates among the articles an import is about to write (issue 13): the same story
 * from several outlets' pages (wire copy run by several papers, the same page scraped twice, a
 * story updated later) would otherwise become several articles (`-2`, `-3`, …) with no word that
 * they are one story.
 *
 * Two stories are compared by their text's 5-word shingles (case, punctuation, figures' captions
 * and Markdown escapes ignored): the share of the shorter story's shingles found in the longer one
 * (containment, so a paper's trimmed copy of a wire story, or the first version of a story later
 * updated, still counts as the same). The headline is a weaker signal: it lowers the share
 * needed, never flags on its own. An article is compared with the batch's earlier articles and
 * the archive's articles published within a day of it, found by file name
 * (`articles/<year>/<date>-*.md`), so the archive is never read whole.
 *
 * Bounded work on hostile input: a story's first `MAX_WORDS` words are compared; candidates come
 * from a sketch (each story's `SKETCH` smallest shingle hashes) indexed by day, each hash's
 * postings capped, at most `MAX_CANDIDATES` candidates verified per story, each pair with at most
 * `PAIR_SAMPLE` shingles of the shorter story looked up; and a story found to duplicate another
 * is not indexed itself, so a thousand copies of one story cost a thousand comparisons, not a
 * million. No regular expression here can backtrack: words are runs of one character class.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { DateTime } from "luxon";
import { parse } from "yaml";
import { splitFrontMatter } from "../content/articles.ts";

/** Words in a shingle. */
export const SHINGLE = 5;
/** The share of the shorter story's shingles in the other above which two stories are one. */
export const SAME_TEXT = 0.5;
/** The lower share enough when the headlines share most of their words. */
export const SAME_TEXT_WITH_TITLE = 0.25;
/** The share of the shorter headline's words in the other's that makes it the same headline. */
export const SAME_TITLE = 0.6;
/** Words of a story compared; a page longer than any story is not compared beyond them. */
export const MAX_WORDS = 20_000;
/** Hashes in a story's sketch, the candidates' index. */
const SKETCH = 64;
/** Stories a sketch hash is indexed for, per day: a hash in more is boilerplate. */
const MAX_POSTINGS = 100;
/** Candidates verified per story, most shared sketch hashes first. */
const MAX_CANDIDATES = 200;
/** Shingles of the shorter story looked up per pair: exact below it, a consistent sample above. */
const PAIR_SAMPLE = 2_000;

/** A story as compared: its file, day, headline and the hashes of its shingles. */
export interface Story {
  /** the article's path in the archive */
  path: string;
  /** YYYY-MM-DD, from the file name */
  day: string;
  titleWords: Set<string>;
  /** the shingles' hashes, ascending, without repeats */
  hashes: Uint32Array;
}

export interface Duplicate {
  /** the article that looks like another */
  path: string;
  /** the archive's or the batch's article it looks like */
  of: string;
  /** the share of the shorter story's text found in the other, 0 to 1 */
  share: number;
  /** whether the article itself is the shorter of the two (else the other's text is in it) */
  shorter: boolean;
  /** whether the other article is already in the archive (else earlier in the batch) */
  inArchive: boolean;
  /** whether the headlines share most of their words */
  sameTitle: boolean;
}

/**
 * A text's words, lower case, apostrophes dropped, at most `max`.
 * @example words("The mayor's plan—approved!", 10) // ["the", "mayors", "plan", "approved"]
 */
export function words(text: string, max = MAX_WORDS): string[] {
  const out: string[] = [];
  // No more of the text than `max` words of any sensible length could fill.
  for (const m of text.slice(0, max * 64).normalize("NFKC").toLowerCase().replace(/['’\\]/g, "").matchAll(/[\p{L}\p{N}]+/gu)) {
    out.push(m[0]);
    if (out.length >= max) break;
  }
  return out;
}

/** FNV-1a over a string's UTF-16 units, 32 bits. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * The hashes of a text's 5-word shingles, ascending, each once (a text of fewer words is one
 * shingle).
 * @example shingleHashes("one two three four five six").length // 2
 */
export function shingleHashes(text: string): Uint32Array {
  const w = words(text);
  if (!w.length) return new Uint32Array(0);
  const set = new Set<number>();
  for (let i = 0; i + SHINGLE <= Math.max(w.length, SHINGLE); i++) set.add(hash(w.slice(i, i + SHINGLE).join(" ")));
  return Uint32Array.from(set).sort();
}

/**
 * The Markdown body's text without its ```figure blocks (captions differ from outlet to outlet).
 * @example storyText("One.\n\n```figure\ncaption: A\n```\n\nTwo.\n") // "One.\n\nTwo.\n"
 */
export function storyText(body: string): string {
  const kept: string[] = [];
  let fence: string | undefined;
  for (const line of body.split("\n")) {
    const trimmed = line.trim();
    if (fence) {
      if (trimmed === fence) fence = undefined;
    } else if (trimmed === "```figure" || trimmed === "~~~figure") fence = trimmed.slice(0, 3);
    else kept.push(line);
  }
  return kept.join("\n").replace(/\n{3,}/g, "\n\n");
}

/**
 * A story to compare, from an article's path, headline and Markdown body.
 * @example story("articles/2019/2019-01-29-x.md", "X", "Words.").day // "2019-01-29"
 */
export function story(path: string, title: string, body: string): Story {
  return { path, day: dayOf(path), titleWords: new Set(words(title, 100)), hashes: shingleHashes(storyText(body)) };
}

/** The day in an article's file name (`articles/<year>/<yyyy-mm-dd>-<slug>.md`). */
function dayOf(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1, path.lastIndexOf("/") + 11);
}

/**
 * The share of the shorter story's shingles found in the longer one: exact when the shorter has
 * at most `PAIR_SAMPLE`, else over its `PAIR_SAMPLE` smallest hashes (a consistent sample, so
 * the share is an estimate of the whole one's).
 * @example containment(story("a/2019-01-01-a.md", "", "a b c d e f"), story("a/2019-01-01-b.md", "", "a b c d e f g")).share // 1
 */
export function containment(a: Story, b: Story): { share: number; aShorter: boolean } {
  const aShorter = a.hashes.length <= b.hashes.length;
  const [small, large] = aShorter ? [a.hashes, b.hashes] : [b.hashes, a.hashes];
  const n = Math.min(small.length, PAIR_SAMPLE);
  if (!n) return { share: 0, aShorter };
  // Both ascending: one walk, no further than the sample's largest hash.
  let shared = 0;
  for (let i = 0, j = 0; i < n && j < large.length; ) {
    if (small[i]! === large[j]!) {
      shared++;
      i++;
      j++;
    } else if (small[i]! < large[j]!) i++;
    else j++;
  }
  return { share: shared / n, aShorter };
}

/**
 * Whether two headlines share most of their words: the share of the shorter's in the other.
 * @example sameTitle(new Set(["reservoir", "levels", "fall"]), new Set(["reservoir", "levels", "fall", "again"])) // true
 */
export function sameTitle(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size < 2) return false;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared / small.size >= SAME_TITLE;
}

/** Whether the text share, with the headlines' help, says one story. */
export function isSameStory(share: number, titles: boolean): boolean {
  return share >= SAME_TEXT || (titles && share >= SAME_TEXT_WITH_TITLE);
}

/**
 * The day before and after a YYYY-MM-DD day, and the day itself.
 * @example window("2020-03-01") // ["2020-02-29", "2020-03-01", "2020-03-02"]
 */
export function window(day: string): string[] {
  const d = DateTime.fromISO(day, { zone: "utc" });
  if (!d.isValid) return [day];
  return [d.minus({ days: 1 }).toISODate()!, day, d.plus({ days: 1 }).toISODate()!];
}

/** Stories of one day, their sketch hashes indexed. */
class Day {
  readonly stories: Story[] = [];
  private readonly index = new Map<number, Story[]>();

  add(s: Story): void {
    this.stories.push(s);
    for (const h of s.hashes.subarray(0, SKETCH)) {
      const postings = this.index.get(h);
      if (!postings) this.index.set(h, [s]);
      else if (postings.length < MAX_POSTINGS) postings.push(s);
    }
  }

  /** Adds to `counts` each story sharing a sketch hash with `s`, with how many it shares. */
  candidates(s: Story, counts: Map<Story, number>): void {
    for (const h of s.hashes.subarray(0, SKETCH)) for (const other of this.index.get(h) ?? []) counts.set(other, (counts.get(other) ?? 0) + 1);
  }
}

/**
 * The stories of an archive's day, read from its files `articles/<year>/<day>-*.md` (and not
 * the rest of the archive). A file that is not an article with a body is left out: `npm run
 * check` names what is wrong with it.
 */
export function archiveDay(root: string, day: string, listing: Map<string, string[]> = new Map()): Story[] {
  const year = day.slice(0, 4);
  let names = listing.get(year);
  if (!names) {
    const dir = join(root, "articles", year);
    names = statSync(dir, { throwIfNoEntry: false })?.isDirectory()
      ? readdirSync(dir, { withFileTypes: true })
          .filter((e) => e.isFile() && e.name.endsWith(".md"))
          .map((e) => e.name)
          .sort()
      : [];
    listing.set(year, names);
  }
  const out: Story[] = [];
  for (const name of names) {
    if (!name.startsWith(`${day}-`)) continue;
    const path = `articles/${year}/${name}`;
    const split = splitFrontMatter(readFileSync(join(root, path), "utf8"));
    if (!split) continue;
    let title = "";
    try {
      const front: unknown = parse(split.yaml);
      if (front && typeof front === "object" && typeof (front as { title?: unknown }).title === "string") title = (front as { title: string }).title;
    } catch {
      // Unreadable front matter: compared by its text alone.
    }
    out.push(story(path, title, split.body));
  }
  return out;
}

/**
 * Finds the likely duplicates of an import: each story, in the batch's order, compared with the
 * archive's stories within a day of it (`archive(day)`, each day asked once) and the batch's
 * earlier stories that were not themselves duplicates. Returns, for each story found to be one,
 * the story it looks most like. A story is never compared with the archive's file at its own
 * path (the one `--force` overwrites).
 * @example findDuplicates([story("articles/2019/2019-01-29-a.md", "A", text), story("articles/2019/2019-01-29-a-2.md", "A", text)], () => [])[0].of // "articles/2019/2019-01-29-a.md"
 */
export function findDuplicates(batch: readonly Story[], archive: (day: string) => readonly Story[]): Duplicate[] {
  const days = new Map<string, Day>();
  const archived = new Set<Story>();
  const dayOfStories = (day: string): Day => {
    let d = days.get(day);
    if (!d) {
      d = new Day();
      for (const s of archive(day)) {
        archived.add(s);
        d.add(s);
      }
      days.set(day, d);
    }
    return d;
  };
  const found: Duplicate[] = [];
  for (const s of batch) {
    if (!s.hashes.length) continue;
    const counts = new Map<Story, number>();
    for (const day of window(s.day)) dayOfStories(day).candidates(s, counts);
    const ranked = [...counts].filter(([other]) => other.path !== s.path).sort((x, y) => y[1] - x[1]).slice(0, MAX_CANDIDATES);
    let best: Duplicate | undefined;
    for (const [other] of ranked) {
      const { share, aShorter } = containment(s, other);
      const titles = sameTitle(s.titleWords, other.titleWords);
      if (!isSameStory(share, titles)) continue;
      if (!best || share > best.share) best = { path: s.path, of: other.path, share, shorter: aShorter, inArchive: archived.has(other), sameTitle: titles };
    }
    if (best) found.push(best);
    else dayOfStories(s.day).add(s);
  }
  return found;
}

/**
 * How a duplicate is said, with both files and the figure.
 * @example describeDuplicate({ path: "a-2.md", of: "a.md", share: 0.92, shorter: true, inArchive: true, sameTitle: true }) // "a-2.md looks like the same story as a.md (92% of its text in the other)"
 */
export function describeDuplicate(d: Duplicate): string {
  const pct = `${Math.floor(d.share * 100)}%`;
  const figure = d.shorter ? `${pct} of its text in the other` : `${pct} of the other's text in it`;
  return `${d.path} looks like the same story as ${d.of} (${figure}${d.sameTitle && d.share < SAME_TEXT ? ", and the same headline" : ""})`;
}
