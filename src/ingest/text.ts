/**
 * Raw news text, as copied or scraped from a news site (the seed's `test/fixtures/seed-raw.txt`
 * is the model): a headline, a byline, a dateline leading the first paragraph, paragraphs one to
 * a line, photo captions with their credits, a copyright line, and the site's chrome around it.
 *
 * Parsing accounts for every line: each one ends up in the body, in the front matter (title,
 * byline, date, dateline, copyright, credit), in a figure, or in the list of removed lines with
 * the reason. Nothing is dropped silently, and no line of the story is dropped at all.
 */
import { readFileSync } from "node:fs";
import wordListPath from "word-list";
import { ONE_AGENCY, ONE_WIRE } from "./agencies.ts";
import { markdownClip } from "./markdown-clip.ts";
import { escapeRegExp } from "./pattern.ts";
import { CHAT_MESSAGE, chromeReason, COMMENT_BOX, EMOJI_LEAD, type RemovedLine } from "./chrome.ts";
import { AmbiguousDate, datesOfLine, orderFor, stampOf, updatedTimeOfLine, type DateLine, type DateOrder, type LineDate, type OrderBySeparator } from "./dates.ts";

export interface SourceLine {
  text: string;
  /** 1-based line of the input */
  line: number;
  /**
   * What the line is, by where it stands: a record's field it was read from (a clip report's
   * "Headline: …"), or a printed page's header or footer (`pagePrinting`).
   */
  field?: "headline" | "page";
  /** why a page's furniture line (`field: "page"`) is not the story's: a print's header, a screenshot's bars */
  furniture?: string;
  /** read by OCR from a phone's screenshot: broken at the screen's edge wherever the next word did not fit */
  screen?: true;
  /** one of the summary's points under its label ("Highlights" over "Officials say …"): a line of its own, and no headline */
  point?: true;
  /** a subheading's words, from a Markdown heading (`## What happens next`) its marks taken off: never a caption */
  heading?: true;
  /** a printed column's lines joined into one (`unwrap`): a paragraph set at a column's width, which a column break may cut mid-sentence */
  column?: true;
}

/** What a caption and credit say, before the photographer is looked up in the registry. */
export interface FigureDraft {
  title?: string;
  caption?: string;
  credit?: string;
  alt?: string;
  /** the photographer's name as printed in the credit, e.g. Bryan Cox */
  photographer?: string;
}

/** Lines that stood together (no blank line between), or a figure a richer input already found. */
export type Block = { kind: "lines"; lines: SourceLine[] } | { kind: "figure"; figure: FigureDraft; line: number };

export type BodyItem = { kind: "paragraph"; text: string; line: number } | { kind: "figure"; figure: FigureDraft; line: number };

/** Where a line that is not in the body went. */
export type Destination = "title" | "byline" | "date" | "dateline" | "copyright" | "credit" | "figure" | "image file name";

export interface MovedLine {
  line: number;
  text: string;
  to: Destination;
}

export interface ParsedText {
  title?: string;
  /** the byline's names as printed */
  byline: string[];
  /** the dateline's place, e.g. DENVER */
  dateline?: string;
  /** the outlets a dateline credits, e.g. ["CBS4", "AP"] from "DENVER (CBS4/AP)-" */
  outlets: string[];
  /**
   * a date written on a line of its own, the published one when the page shows two: YYYY-MM-DD,
   * or with the time printed beside it an ISO date-time in the printed or the archive's zone
   */
  date?: string;
  /** the page's last-updated date, in the same form, when it shows one apart from the published date */
  updated?: string;
  /** a numeric date line whose day and month order nothing proved */
  ambiguousDate?: SourceLine;
  /** the lines of the header region the headline, byline and date were looked for in */
  headerLines: SourceLine[];
  /** lines kept in the body that may be chrome, for people to review */
  flagged: RemovedLine[];
  copyright?: string;
  credit?: string;
  /** the article's own address, printed alone on a line (a share's, a print's footer): its provenance */
  url?: string;
  body: BodyItem[];
  moved: MovedLine[];
  removed: RemovedLine[];
}

/** What the other files of the same import batch tell about one file. */
export interface BatchContext {
  /** lines (squashed, lower case) that recur across the batch's files, with how many files hold them */
  recurring: Map<string, number>;
  /** the numeric date order: from --date-order, else proved by a date of the batch */
  dateOrder?: DateOrder;
  /** when the batch's dates prove both orders: the order each separator's dates prove, if one */
  orderBySeparator?: OrderBySeparator;
  /** the archive's IANA time zone (_data/site.yaml), for a time printed without a zone */
  timezone?: string;
  /**
   * the site's names as the batch prints them on lines of their own, capitalised as printed:
   * recurring lines of two to four capitalised words or a call sign ("The Valley Dispatch", "KPBX")
   */
  siteNames?: string[];
  /** recurring sentences that the files holding them share with other sentences of one story: not removed for speaking to the reader, only flagged */
  sharedStory?: Set<string>;
  /**
   * the starts and ends of lines (`lineAffixes`) that recur across the batch's files around words
   * that differ: lines printed from one template with the page's own words in it (a browser's
   * print header "1/30/20, 9:14 AM <headline> | The Ledger", "Share this story: <headline>"); each
   * with how many words every line of the batch holding it has in common at that end
   */
  templates?: Map<string, number>;
}


/**
 * The batch's site names by their first word (the letters and digits they start with), each with
 * its place in the list: a line is looked up by its own words, not tried against every name, so
 * a batch of many sites does not compare each recurring sentence with each site's name. Built
 * once per batch (its `siteNames`), not per line.
 */
interface SiteNameIndex {
  byFirstWord: Map<string, { name: string; at: number }[]>;
  /** names that start with neither a letter nor a digit, matched by a pattern each */
  others: { pattern: RegExp; at: number }[];
}
const siteNameIndexes = new WeakMap<readonly string[], SiteNameIndex>();
const WORD_RUN = /[\p{L}\p{N}]+/gu;
const FIRST_WORD = /^[\p{L}\p{N}]+/u;
const WORD_CHAR = /^[\p{L}\p{N}]/u;

/**
 * The first of `names` that `text` holds as a whole name (not inside a longer word), as a
 * pattern `(?:^|[^\p{L}\p{N}])NAME(?![\p{L}\p{N}])` would find it, trying names in order.
 * @example siteNameIn("Support for KPBX comes from listeners like you.", ["Local News", "KPBX"]) // "KPBX"
 */
export function siteNameIn(text: string, names: readonly string[]): string | undefined {
  let index = siteNameIndexes.get(names);
  if (!index) {
    index = { byFirstWord: new Map(), others: [] };
    for (const [at, name] of names.entries()) {
      const first = FIRST_WORD.exec(name)?.[0];
      if (!first) {
        index.others.push({ pattern: new RegExp(String.raw`(?:^|[^\p{L}\p{N}])${escapeRegExp(name)}(?![\p{L}\p{N}])`, "u"), at });
        continue;
      }
      const named = index.byFirstWord.get(first);
      if (named) named.push({ name, at });
      else index.byFirstWord.set(first, [{ name, at }]);
    }
    siteNameIndexes.set(names, index);
  }
  // A name that starts with a letter or digit, held whole, starts where one of the line's words
  // does (after the line's start or a character that is neither) and is that word up to its end.
  let found = Infinity;
  for (const m of text.matchAll(WORD_RUN)) {
    for (const { name, at } of index.byFirstWord.get(m[0]) ?? []) {
      if (at < found && text.startsWith(name, m.index) && !WORD_CHAR.test(text.slice(m.index + name.length))) found = at;
    }
  }
  for (const { pattern, at } of index.others) if (at < found && pattern.test(text)) found = at;
  return names[found];
}

/** A line as batch recurrence compares it. */
export const lineKey = (text: string) => text.replace(/\s+/g, " ").trim().toLowerCase();

/** Lines of each file's start compared for templates (`lineAffixes`): the header region and some. */
export const TEMPLATE_LINES = 40;

/**
 * A line's first and last three words, digits as zeros, when it has words between them: what a
 * line printed from a template shares with the same template's lines in other files.
 * @example lineAffixes("1/30/20, 9:14 AM Council Cuts Days | The Ledger") // ["<0/00/00, 0:00 am", ">| the ledger"]
 */
export function lineAffixes(text: string): string[] {
  return affixesOf(templateWords(text));
}

/** `lineAffixes` of a line's `templateWords`. */
export function affixesOf(words: readonly string[]): string[] {
  if (words.length < 5) return [];
  return [`<${words.slice(0, 3).join(" ")}`, `>${words.slice(-3).join(" ")}`];
}

/** A line's words as templates compare them: lower case, digits as zeros. */
export const templateWords = (text: string): string[] => lineKey(text).replace(/\d/g, "0").split(" ");

/**
 * The words of a templated line that are the page's own: the line without the words every line
 * of the batch printed from the same template has at its start or end.
 * @example templateCore("1/30/20, 9:14 AM Council Cuts Days | The Ledger", batch) // "Council Cuts Days"
 */
export function templateCore(text: string, batch?: BatchContext): string | undefined {
  if (!isTemplated(text, batch)) return undefined;
  const printed = text.replace(/\s+/g, " ").trim().split(" ");
  const [start, end] = lineAffixes(text).map((a) => batch!.templates!.get(a) ?? 0);
  const core = printed.slice(start, printed.length - end!).join(" ");
  return core === text ? undefined : core;
}

/** Whether `text` is printed from a template of the batch (`BatchContext.templates`) and is not itself a recurring line. */
export function isTemplated(text: string, batch?: BatchContext): boolean {
  if (!batch?.templates?.size || batch.recurring.has(lineKey(text))) return false;
  return lineAffixes(text).some((a) => batch.templates!.has(a));
}

export interface TextHints {
  /** the headline, when the input has it apart from the text (a CSV column, a page's title) */
  title?: string;
  /** the byline, when the input has it apart from the text */
  byline?: string;
}

/**
 * Normalises raw text: no byte-order mark, Unix newlines, non-breaking spaces as plain spaces
 * (the seed's scrape is full of them) and no zero-width characters.
 * @example normaliseText("A\u00a0B\r\n") // "A B\n"
 */
export function normaliseText(raw: string): string {
  // A form feed is a PDF's page break: a paragraph break.
  // It stays on a line of its own, which reads as blank, for `pagePrinting` to find the pages by.
  return raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").replace(/\f/g, "\n\f\n").replace(/\u00a0/g, " ").replace(/[\u200b-\u200d\u2060]/g, "");
}

/** A field of a news database's record: its code, then a tab (or the code alone, over its text: `LP`, `TD`). */
const DATABASE_FIELD = /^(?:HD|BY|WC|PD|ET|SN|SC|SE|PG|LA|CY|LP|TD|CO|IN|NS|RE|IPD|IPC|PUB|AN|ED|CLM|CR|ART)(?:\t|\s*$)/;
/** The fields of a record that are the page's headline, byline and date, read without their codes. */
const DATABASE_HEADER_FIELD = /^(HD|BY|PD)\t+([^\t].*)$/;

/**
 * A labelled field of a record's header, as media-monitoring clip reports, library exports and
 * CMS dumps print it: "Headline: …", "Author: Ann Lee; Bob Stone", "Date: 29/01/2020".
 */
const LABELLED_FIELD = /^(Headline|Title|Authors?|Byline|Writers?|Date|Published|Outlet|Source|Publication|Page|Section|Circulation|Reach|AVE|Sentiment|Mentions|Word count|Words|Length|Language|Media type|Edition|Country|Region|URL|Link):[ \t]+(\S.*)$/;
/**
 * A field line of a newsroom's own CMS export of its morgue (Atex, Saxotech, any system's):
 * a short label, in capitals or not, a colon and its value: "SLUG: BUDGET-0129", "HEADLINE: …",
 * "Pub Date: 2020-01-29", "WORD COUNT: 612". Read as a record only in a run of such lines at
 * the top of the text (`exportFields`).
 */
const EXPORT_FIELD = /^(\p{Lu}[\p{L}]{0,15}(?:[ _-]\p{L}{1,15}){0,2}):[ \t]+(\S.{0,400})$/u;
/** The export's headline, byline and publication date fields, by their labels. */
const EXPORT_HEADLINE = /^(?:headline|head|hed|hl|title|headline ?1|main ?headline)$/i;
const EXPORT_BYLINE = /^(?:byline|by|author|authors|writers?|reporters?)$/i;
const EXPORT_DATE = /^(?:date|pub ?date|publication ?date|published|pub(?:lished)? ?on|run ?date|print ?date|issue ?date|edition ?date)$/i;
/** The label that opens an export's text, alone on its line: "Body:", "TEXT:". */
const EXPORT_BODY = /^(?:body|text|story|body ?text|full ?text|copy)\s*:$/i;
const EXPORT_REASON = "a newsroom's CMS export: a field of the record, not the story";

/**
 * The fields of a CMS export's record, by line index (0-based): a run of four or more field
 * lines from the top of the text (blank lines between them allowed), one of them the headline's,
 * ended by the first line that is not one (an export's "Body:" label ends it too). Its headline,
 * byline and date are read from their values; every other field is the record's, not the
 * story's, unless its value reads as a sentence (kept, for the chrome rules to judge).
 */
function exportFields(lines: readonly string[]): Map<number, { kind: "headline" | "byline" | "date" | "other"; value: string }> {
  const found = new Map<number, { kind: "headline" | "byline" | "date" | "other"; value: string }>();
  for (let i = 0; i < lines.length && i < 60; i++) {
    const text = lines[i]!.trim();
    if (!text) continue;
    if (EXPORT_BODY.test(text)) {
      found.set(i, { kind: "other", value: text });
      break;
    }
    const m = EXPORT_FIELD.exec(text);
    if (!m) break;
    const label = m[1]!, value = m[2]!.trim();
    const kind = EXPORT_HEADLINE.test(label) ? "headline" : EXPORT_BYLINE.test(label) ? "byline" : EXPORT_DATE.test(label) ? "date" : "other";
    found.set(i, { kind, value });
  }
  const values = [...found.values()];
  if (values.length < 4 || values.filter((f) => f.kind === "headline").length !== 1) return new Map();
  return found;
}
/** The sender before a chat message's text: "Priya (Book Club): ". */
const CHAT_SENDER = /^[^:]{1,60}: /;

/**
 * The lines of a chat app's export with the story forwarded in it: the longest message is the
 * story, read without the date and sender before it and with the chat's markup read as plain
 * text (a line in *bold* or _italics_, an emoji before a line: "✍️" a byline's, "📅" a date's);
 * the other messages keep their dates, by which they are removed as chrome (chrome.ts).
 * Undefined when the text is not such an export (two messages or more in its first 60 lines).
 */
function chatStory(lines: readonly string[]): string[] | undefined {
  if (lines.slice(0, 60).filter((l) => CHAT_MESSAGE.test(l)).length < 2) return undefined;
  let best = { start: -1, end: -1, length: 0 };
  for (let i = 0; i < lines.length; ) {
    if (!CHAT_MESSAGE.test(lines[i]!)) {
      i++;
      continue;
    }
    let end = i + 1;
    let length = lines[i]!.length;
    for (; end < lines.length && !CHAT_MESSAGE.test(lines[end]!); end++) length += lines[end]!.length + 1;
    if (length > best.length) best = { start: i, end, length };
    i = end;
  }
  return lines.map((line, i) => {
    if (i < best.start || i >= best.end) return line;
    let text = i === best.start ? line.replace(CHAT_MESSAGE, "").replace(CHAT_SENDER, "") : line;
    text = text.trim().replace(/^✍(?:\uFE0F)?\s*/u, "By ").replace(/^\p{Extended_Pictographic}(?:\uFE0F)?\s*/u, "");
    // An emoji after it too: "*Valley Gazette News Alert* 🔔". Cut by string search, not a pattern starting with spaces.
    const tail = /\p{Extended_Pictographic}\uFE0F?$/u.exec(text);
    if (tail) text = text.slice(0, tail.index).trimEnd();
    const marked = /^([*_~])(\S(?:.*\S)?)\1$/.exec(text);
    return marked ? marked[2]! : text;
  });
}

/** An author's field that names nobody. */
const NOBODY = /^(?:Not credited|Uncredited|Unknown|None|N\/A|-)$/i;

/**
 * Groups the lines of a text into blocks at blank lines, each line trimmed and numbered.
 * @example toBlocks("a\nb\n\nc").length // 2
 */
export function toBlocks(raw: string): Block[] {
  const blocks: Block[] = [];
  let current: SourceLine[] = [];
  // A camera before a line marks a photo's caption, as social posts print it ("📸 Water levels …").
  // A label glued to what it labels, where the page sets them in elements of their own and the
  // copy drops the space between: "ByAnn Lee", "Updated19:04, 29 Jan 2020" (Reach plc's pages).
  const printed = normaliseText(raw)
    .split("\n")
    .map((l) => l.replace(/^(\s*)[📸📷](?:\uFE0F)?\s*/u, "$1"))
    .map((l) => (l.length <= 80 ? l.replace(/^(\s*By)(?=\p{Lu}\p{Ll}{1,30}(?: \p{Lu}[\p{L}'’-]{1,30}){1,3}$)/u, "$1 ").replace(/^(\s*(?:Updated|Published|Posted|Modified))(?=\d{1,2}[:.]\d{2}\b)/, "$1 ") : l));
  const lines = chatStory(printed) ?? printed;
  // A news database's record (Factiva's form): its headline, byline and date are fields, each
  // after a code and a tab; read as the lines a page prints. Its other fields are chrome (chrome.ts).
  const record = lines.slice(0, 80).filter((l) => DATABASE_FIELD.test(l)).length >= 4;
  // A record of labelled fields (a clip report: "Headline:", "Outlet:", "Date:", "Author:"), four
  // or more of them in the first 80 lines, one a headline's: the headline's and the author's
  // fields are read without their labels, the headline's marked as such; the date's keeps its
  // label (a date line's), the others are chrome (chrome.ts).
  const labelled = lines.slice(0, 80).map((l) => LABELLED_FIELD.exec(l));
  const fields = labelled.filter(Boolean).length >= 4 && labelled.some((m) => m && /^(?:Headline|Title)$/.test(m[1]!)) ? labelled : [];
  // A newsroom's CMS export (Atex's "SLUG:" … "PUBDATE:", Saxotech's "Pub Date:"): its fields
  // not read above are read here, its other fields the record's furniture.
  const exported = exportFields(lines);
  // A page saved as Markdown by a clipper: its front matter's fields and its Markdown read as the
  // page's lines (src/ingest/markdown-clip.ts), each line of its own block.
  const clip = markdownClip(lines);
  lines.forEach((text, i) => {
    const clipped = clip?.get(i);
    // A line of text whose Markdown is gone (a link's words, emphasis unmarked) stays in its paragraph.
    if (clipped?.text && !clipped.headline && !clipped.furniture && !clipped.heading && text.trim()) {
      current.push({ text: clipped.text, line: i + 1 });
      return;
    }
    if (clipped) {
      if (current.length) blocks.push({ kind: "lines", lines: current });
      current = [];
      const value = clipped.headline ? (pageTitleHeadline(clipped.text!) ?? clipped.text!) : (clipped.text ?? text.trim());
      const line: SourceLine = { text: value, line: i + 1, ...(clipped.headline ? { field: "headline" as const } : {}), ...(clipped.furniture ? { field: "page" as const, furniture: clipped.furniture } : {}), ...(clipped.heading ? { heading: true as const } : {}) };
      blocks.push({ kind: "lines", lines: [line] });
      return;
    }
    const field = record ? DATABASE_HEADER_FIELD.exec(text) : null;
    const named = fields[i];
    const cms = !field && !named ? exported.get(i) : undefined;
    if (cms) {
      const line: SourceLine =
        cms.kind === "headline" ? { text: cms.value, line: i + 1, field: "headline" }
        : cms.kind === "byline" && !NOBODY.test(cms.value) ? { text: `By ${cms.value.replace(/^by:?\s+/i, "")}`, line: i + 1 }
        : cms.kind === "date" ? { text: `Date: ${cms.value}`, line: i + 1 }
        : readsAsSentence(cms.value) && words(cms.value) > 12 ? { text: text.trim(), line: i + 1 }
        : { text: text.trim(), line: i + 1, field: "page", furniture: EXPORT_REASON };
      current.push(line);
      return;
    }
    const headline = !!named && /^(?:Headline|Title)$/.test(named[1]!);
    // The byline's field holds names alone at times ("Ann LEE"): a byline, as its code says.
    const value = field
      ? field[1] === "BY" && !/^by\b/i.test(field[2]!.trim()) ? `By ${field[2]!.trim()}` : field[2]!
      : headline ? named![2]!
      : named && /^(?:Authors?|Byline|Writers?)$/.test(named[1]!) && !NOBODY.test(named[2]!.trim()) ? `By ${named[2]!.trim().replace(/^by\s+/i, "")}`
      : text;
    const trimmed = value.trim();
    if (trimmed) current.push({ text: trimmed, line: i + 1, ...(headline ? { field: "headline" as const } : {}) });
    else if (current.length) {
      blocks.push({ kind: "lines", lines: current });
      current = [];
    }
  });
  if (current.length) blocks.push({ kind: "lines", lines: current });
  const shots = pagePrinting(lines) ? undefined : screenshots(lines);
  if (shots) for (const b of blocks) if (b.kind === "lines") for (const l of b.lines) l.screen = true;
  return joinPages(blocks, pagePrinting(lines) ?? shots);
}

/** A page's furniture, by line index (0-based) with the reason it is not the story's, and each page's line indices. */
interface Printing {
  furniture: Map<number, string>;
  pages: number[][];
}
const PRINTED_PAGE = "a printed page's header or footer, on every page";

/**
 * A phone's address bar as OCR reads a screenshot of it: the site's host (and path) alone among
 * the bar's icons read as a letter or two ("AA valleytimes.example C", "△ example.com/news/...  1 :").
 */
function isAddressBar(text: string): boolean {
  const tokens = text.trim().split(/\s+/);
  const long = tokens.filter((t) => [...t].length > 2);
  return tokens.length <= 6 && long.length === 1 && /^(?:[a-z0-9-]{1,63}\.){1,4}[a-z]{2,24}(?:\/\S{0,80})?$/i.test(long[0]!) && !/^\d/.test(long[0]!);
}
/** A phone's status bar as OCR reads it: the clock, then its icons read as a few characters ("9:31 .ıl 5G 73%"). */
const STATUS_BAR = /^\d{1,2}:\d{2}(?: +[^\s:]{1,4}){0,6}$/u;
/** A status bar's clock, never a time of day printed in the story ("9:31 p.m."). */
const isStatusBar = (text: string) => STATUS_BAR.test(text.trim()) && !/\b[ap]\.?m\.?(?=\s|$)|\b(?:AM|PM)\b/i.test(text);
/** A browser's toolbar as OCR reads its icons: a few signs of a character or two ("< > ⬆ ㅁ ©"). */
const isToolbar = (text: string) => /^\S{1,2}(?: +\S{1,2}){2,7}$/u.test(text.trim()) && !/\p{L}{2}/u.test(text);
const SCREEN_BARS = "a screenshot's status bar, address bar or toolbar, on every screenshot";
const SHOWN_AGAIN = "shown again at the top of the next screenshot, where two screenshots overlap";

/**
 * Text read by OCR from a phone's screenshots of a page, one after another: each screenshot's
 * status bar, address bar and toolbar (and the site's banner held at the top of each) are the
 * phone's furniture, and the line or two shown again where two screenshots overlap are repeats.
 * The screenshots are read as a print's pages, so that a paragraph the cut broke is made whole
 * (`joinPages`). Found only when the text shows a browser's address bar and three bars in all;
 * undefined otherwise.
 */
function screenshots(lines: readonly string[]): Printing | undefined {
  const address = lines.map(isAddressBar);
  const status = lines.map(isStatusBar);
  const addresses = address.filter(Boolean).length;
  if (!addresses || addresses + status.filter(Boolean).length < 3) return undefined;
  const furniture = new Map<number, string>();
  const blank = (i: number) => !lines[i]!.trim();
  // Each bar, with the blank lines and toolbars next to it: the runs that cut the screenshots.
  const runs: [number, number][] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!address[i] && !status[i]) continue;
    let start = i;
    let end = i;
    const part = (k: number) => blank(k) || address[k] || status[k] || isToolbar(lines[k]!);
    while (start > 0 && part(start - 1)) start--;
    while (end + 1 < lines.length && part(end + 1)) end++;
    runs.push([start, end]);
    i = end;
  }
  // The site's banner, held at the top of every screenshot: a line next to two runs or more.
  const beside = new Map<string, [number, number][]>();
  const nextTo = (i: number, step: number) => {
    for (let k = i + step; k >= 0 && k < lines.length; k += step) if (!blank(k)) return k;
    return undefined;
  };
  // (Each run counted once: the line shown again is the same above a run and below it.)
  runs.forEach(([start, end], r) => {
    for (const k of [nextTo(start, -1), nextTo(end, 1)]) {
      if (k === undefined || address[k] || status[k]) continue;
      const key = lineKey(lines[k]!);
      beside.set(key, [...(beside.get(key) ?? []), [r, k]]);
    }
  });
  for (const [start, end] of runs) for (let k = start; k <= end; k++) if (!blank(k)) furniture.set(k, SCREEN_BARS);
  for (const found of beside.values()) if (new Set(found.map(([r]) => r)).size >= 2) for (const [, k] of found) furniture.set(k, SCREEN_BARS);
  // The screenshots: the lines between the runs.
  const pages: number[][] = [[]];
  const cut = new Set(runs.flatMap(([start]) => [start]));
  lines.forEach((l, i) => {
    if (cut.has(i) && pages.at(-1)!.some((k) => !furniture.has(k))) pages.push([]);
    if (l.trim()) pages.at(-1)!.push(i);
  });
  // The line or two shown again at the top of the next screenshot.
  for (let p = 0; p + 1 < pages.length; p++) {
    const before = pages[p]!.filter((i) => !furniture.has(i));
    const after = pages[p + 1]!.filter((i) => !furniture.has(i));
    for (const k of [2, 1]) {
      if (before.length < k || after.length < k) continue;
      const same = before.slice(-k).every((i, j) => lineKey(lines[i]!) === lineKey(lines[after[j]!]!));
      if (!same) continue;
      for (const i of after.slice(0, k)) furniture.set(i, SHOWN_AGAIN);
      break;
    }
  }
  return { furniture, pages: pages.filter((p) => p.length) };
}

/**
 * A print of a page, as a PDF's text holds it (pages parted by form feeds): the lines each page
 * prints at its top and its foot (a browser's date and title, the address and "2/3"; "1 of 3"
 * and the date), found as the top or foot line whose form (its digits aside) recurs on two pages
 * or more. Each page's line indices (0-based) are given with them; undefined for text of one page.
 */
function pagePrinting(lines: readonly string[]): Printing | undefined {
  if (!lines.includes("\f")) return undefined;
  const pages: number[][] = [[]];
  lines.forEach((l, i) => {
    if (l === "\f") pages.push([]);
    else if (l.trim()) pages.at(-1)!.push(i);
  });
  const printedPages = pages.filter((p) => p.length);
  if (printedPages.length < 2) return undefined;
  const form = (i: number) => lineKey(lines[i]!).replace(/\d+/g, "0");
  const furniture = new Map<number, string>();
  // The first, second and third line from the top, and from the foot: a browser prints the date
  // over the title, or the title over the address, on lines of their own.
  for (let depth = 0; depth < 3; depth++) {
    // [the line at this depth, the line outside it] from the top, then from the foot.
    for (const end of [(p: number[]) => [p[depth], p[depth - 1]], (p: number[]) => [p.at(-1 - depth), p.at(-depth)]] as const) {
      const counts = new Map<string, number>();
      for (const p of printedPages) {
        const [i] = end(p);
        if (i !== undefined) counts.set(form(i), (counts.get(form(i)) ?? 0) + 1);
      }
      for (const p of printedPages) {
        const [i, outside] = end(p);
        // Only next to the page's furniture already found: never a line inside the page.
        if (i !== undefined && counts.get(form(i))! >= 2 && (depth === 0 || (outside !== undefined && furniture.has(outside)))) furniture.set(i, PRINTED_PAGE);
      }
    }
  }
  return { furniture, pages: printedPages };
}

/**
 * The blocks of a printed page's text with its pages' headers and footers marked, and a
 * paragraph that a page break cut in two made whole again: the part after the break joins the
 * part before when that ends mid-sentence (no stop) and the part after starts in lower case or
 * both read as prose. The header's and footer's lines stay where they were, as blocks of their own.
 */
function joinPages(blocks: Block[], printing: Printing | undefined): Block[] {
  if (!printing) return blocks;
  const { furniture, pages } = printing;
  for (const b of blocks) {
    if (b.kind !== "lines") continue;
    for (const l of b.lines) {
      const why = furniture.get(l.line - 1);
      if (why) Object.assign(l, { field: "page", furniture: why });
    }
  }
  // The header's and footer's lines as blocks of their own, so that no line of the page is joined to them.
  blocks = blocks.flatMap((b): Block[] => {
    if (b.kind !== "lines" || !b.lines.some((l) => l.field === "page") || b.lines.every((l) => l.field === "page")) return [b];
    const runs: SourceLine[][] = [];
    for (const l of b.lines) {
      const run = runs.at(-1);
      if (run && (run[0]!.field === "page") === (l.field === "page")) run.push(l);
      else runs.push([l]);
    }
    return runs.map((lines) => ({ kind: "lines", lines }));
  });
  const find = (i: number) => blocks.findIndex((b) => b.kind === "lines" && b.lines.some((l) => l.line === i + 1));
  const texts = new Map(blocks.flatMap((b) => (b.kind === "lines" ? b.lines.map((l) => [l.line, l.text] as const) : [])));
  const lineText = (i: number) => texts.get(i + 1) ?? "";
  for (let p = 0; p + 1 < pages.length; p++) {
    const before = pages[p]!.filter((i) => !furniture.has(i)).at(-1);
    // The next page's first line of text: not its furniture, nor a line of known chrome ("ADVERTISEMENT" at a screenshot's top).
    const after = pages[p + 1]!.find((i) => !furniture.has(i) && !chromeReason(lineText(i)));
    if (before === undefined || after === undefined) continue;
    const a = find(before);
    const b = find(after);
    const blockA = blocks[a];
    const blockB = blocks[b];
    if (a < 0 || b <= a || blockA?.kind !== "lines" || blockB?.kind !== "lines") continue;
    const last = blockA.lines.find((l) => l.line === before + 1)!;
    const first = blockB.lines.find((l) => l.line === after + 1)!;
    const prose = (ls: readonly SourceLine[]) => {
      const ws = ls.flatMap((l) => l.text.split(/\s+/));
      return ws.length >= 5 && mostlyLowerCase(ws);
    };
    // A line going on in lower case, a number or a bracket ("(EU).") goes on with the line before;
    // so does a screenshot's line the screen broke, the next word not fitting beside it (`brokenBefore`).
    // Not a photo's caption with no stop ("File photo of …" over "… protest, London") over a line in capitals: the next paragraph.
    const caption = blockA.lines.slice(0, blockA.lines.indexOf(last) + 1).map((l) => l.text).join(" ");
    const captionAbove = PHOTO_CUE.test(caption) && mayBeBareCaption(caption);
    const broken = last.screen && !captionAbove && brokenBefore(last.text, first.text, Math.max(...blockA.lines.map((l) => l.text.length))) && !isByline(last.text) && !creditLine(last.text) && !isDateLine(last.text);
    // A line ending in a bracket or a quotation mark with no stop before it ("National Hurricane
    // Center (NHC)") ends no sentence when the next page goes on in lower case ("reported …").
    const stopped = TERMINAL.test(last.text) && !(/[)"”’']$/.test(last.text) && !/[.!?…:;]["”’')\]]*$/.test(last.text) && /^\p{Ll}/u.test(first.text));
    if (stopped || !(broken || /^[\p{Ll}\p{N}([]/u.test(first.text) || (!last.screen && prose(blockA.lines) && prose(blockB.lines.slice(blockB.lines.indexOf(first)))))) continue;
    const cutA = blockA.lines.indexOf(last) + 1;
    const cutB = blockB.lines.indexOf(first);
    const joined: Block = { kind: "lines", lines: [...blockA.lines.slice(0, cutA), ...blockB.lines.slice(cutB)] };
    const footer = blockA.lines.slice(cutA);
    const header = blockB.lines.slice(0, cutB);
    const between = blocks.slice(a + 1, b);
    blocks.splice(a, b - a + 1, joined, ...(footer.length ? [{ kind: "lines" as const, lines: footer }] : []), ...between, ...(header.length ? [{ kind: "lines" as const, lines: header }] : []));
  }
  return blocks;
}

/** An email's header fields, as a mail client prints a message or a forwarded one. */
const EMAIL_FIELD = /^(From|Date|Sent|Subject|To|Cc|Reply-To):(.*)$/;

/**
 * The blocks with each line kept, rewritten or removed as `decide` says: a line to keep (the same
 * or a rewritten one), or the reason it is removed, which is listed. A block left empty goes.
 */
function sortLines(blocks: readonly Block[], decide: (l: SourceLine) => SourceLine | string): { blocks: Block[]; removed: RemovedLine[] } {
  const removed: RemovedLine[] = [];
  const out: Block[] = [];
  for (const block of blocks) {
    if (block.kind !== "lines") {
      out.push(block);
      continue;
    }
    const kept: SourceLine[] = [];
    for (const l of block.lines) {
      const decided = decide(l);
      if (typeof decided === "string") removed.push({ line: l.line, text: l.text, reason: decided });
      else kept.push(decided);
    }
    if (kept.length) out.push({ kind: "lines", lines: kept });
  }
  return { blocks: out, removed };
}

/**
 * A story sent by email, pasted from the mail client: what the client printed above the last
 * message's header (the forwarder's name, address, date and note, "to me", a forwarding marker)
 * and that header itself, From: to To:, are no part of the story; the header's Date: is the
 * story's, and is kept as a line of its own for the header to read. Found only when a From:, a
 * Date: and a Subject: stand within six lines of each other in the text's first 60 lines.
 */
function withoutEnvelope(blocks: readonly Block[]): { blocks: Block[]; removed: RemovedLine[]; subject?: string } {
  const all = blocks.flatMap((b) => (b.kind === "lines" ? b.lines : []));
  const lines = all.slice(0, 60);
  let end = -1;
  let date: SourceLine | undefined;
  let subject: string | undefined;
  // Gmail's print view: "Gmail" and the reader, the subject, "2 messages", then each message's
  // sender with its date after a tab ("Ann Lee <ann@x.example>\tWed, Jan 29, 2020 at 5:32 PM")
  // and its "To:" and "Cc:" lines.
  const count = lines.findIndex((l, k) => k < 12 && /^\d{1,3} messages?$/.test(l.text));
  if (count > 0) {
    for (let k = count + 1; k < lines.length; k++) {
      const sender = GMAIL_SENDER.exec(lines[k]!.text);
      if (!sender) continue;
      let last = k;
      while (last + 1 < lines.length && /^(?:To|Cc|Bcc):\s*\S/.test(lines[last + 1]!.text) && lines[last + 1]!.line - lines[last]!.line <= 2) last++;
      end = lines[last]!.line;
      date = { line: lines[k]!.line, text: `Date: ${sender[2]!}` };
      subject = subjectHeadline(lines[count - 1]!.text, sender[1]!);
      break;
    }
  }
  for (let k = 0; k < lines.length; k++) {
    if (!/^Subject:/.test(lines[k]!.text)) continue;
    const near = lines.slice(Math.max(0, k - 6), k + 7);
    const from = near.find((l) => /^From:\s*\S/.test(l.text));
    const dated = near.find((l) => /^(?:Date|Sent):\s*\S/.test(l.text));
    if (!from || !dated) continue;
    // The header's last field: its To: or Cc: below the subject, or the subject itself.
    let last = k;
    while (last + 1 < lines.length && EMAIL_FIELD.test(lines[last + 1]!.text) && lines[last + 1]!.line - lines[last]!.line <= 2) last++;
    end = lines[last]!.line;
    date = dated;
    subject = subjectHeadline(lines[k]!.text.slice("Subject:".length), from.text.slice("From:".length));
  }
  if (end < 0 || !date) return { blocks: [...blocks], removed: [] };
  const dropped = new Map<SourceLine, string>();
  // A story pasted into the mail under the sender's note: the story's own header (a line, then
  // a byline or a date within three) a few lines below the mail's header. The note above it is
  // the sender's; the mail's date is when it was sent, not the story's, when the story has one.
  const below = all.filter((l) => l.line > end);
  const header = below.slice(0, 8).findIndex((l, k) => k > 0 && !readsAsSentence(l.text) && anchoredBelow(below, k));
  let storyDated = false;
  if (header > 0) {
    for (const l of below.slice(0, header)) if (words(l.text) <= 40) dropped.set(l, "the sender's note above the story the mail pastes");
    storyDated = below.slice(header + 1, header + 6).some((n) => isDateLine(n.text));
  }
  // The sender's signature below the story, after the "--" that marks it: a name, a role, a number.
  const rule = below.findLastIndex((l) => /^-- ?$/.test(l.text));
  if (rule >= 0 && below.length - rule <= 8 && below.slice(rule + 1).every((l) => (words(l.text) <= 12 && !readsAsSentence(l.text)) || chromeReason(l.text))) for (const l of below.slice(rule)) dropped.set(l, "the sender's signature");
  const dateLine = date;
  const sorted = sortLines(blocks, (l) =>
    l.line > end
      ? (dropped.get(l) ?? l)
      : l.line === dateLine.line && !storyDated
        ? { line: l.line, text: EMAIL_FIELD.exec(dateLine.text)![2]!.trim() }
        : l.line === dateLine.line
          ? "the email's date: when it was sent, not the story's"
          : "the email's header, and what the mail client printed above it",
  );
  return { ...sorted, ...(subject ? { subject } : {}) };
}

/**
 * Whether a byline or a date stands within the three lines after `lines[k]` (before `to`): the
 * line at `k` then opens a story's own header, as a pasted story's headline does.
 */
function anchoredBelow(lines: readonly SourceLine[], k: number, to = lines.length, batch?: BatchContext): boolean {
  return lines.slice(k + 1, Math.min(to, k + 4)).some((n) => isByline(n.text) || isDateLine(n.text, batch));
}

/** A message's sender in Gmail's print view, the date after a tab: "Ann Lee <ann@x.example>\tWed, Jan 29, 2020 at 5:32 PM". */
const GMAIL_SENDER = /^([^<>\t]{1,80} <[^<>\s]{1,100}@[^<>\s]{1,100}>)\t+(\S.{5,60})$/;

/** A mailing list's digest, by its first line: Google Groups' "Digest for x@googlegroups.com - 3 updates in 2 topics", Groups.io's "[group] Digest Number 1234". */
const DIGEST_HEAD = /^(?:Digest for \S{1,100}@googlegroups\.com - \d{1,4} updates? in \d{1,4} topics?|\[[\w.-]{1,60}\] Digest Number \d{1,7})$/;
/** A message's sender and time in Google Groups' digest: "Kate Price <kprice@gmail.com>: Jan 30 09:14AM -0800" (a year only on older messages). */
const DIGEST_SENDER = /^[^<>\t]{1,80} <[^<>\s]{1,100}@[^<>\s]{1,100}>: (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}(?:,? \d{4})? \d{1,2}:\d{2}[AP]M [-+]\d{4}$/;
/** A message's date in Groups.io's digest, under its "From:": "Date: Thu, 30 Jan 2020 09:14:22 PST". */
const DIGEST_DATE = /^Date: ((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{1,2}:\d{2}(?::\d{2})? [A-Z]{2,5})$/;
/** Where a message's own text ends in a digest: the "--" over the poster's signature, "Back to top", Groups.io's "View/Reply Online (#1234)". */
const DIGEST_MESSAGE_END = /^(?:-- ?|Back to top|View\/Reply Online \(#\d{1,7}\).*)$/;

/**
 * A mailing list's digest with a story pasted into a member's message (Google Groups', Groups.io's,
 * as the mail prints it): the digest's head (its name, the group, the topics with their counts or
 * their "From:" lines), the other messages (others' notes, replies quoting the poster, the other
 * topics) and the footer are no part of the story, nor is the story's message's header (the
 * sender and the time, Groups.io's topic, "From:" and "Date:"), the poster's note above the
 * story's own header (a line, then a byline or a date within three), or the signature and the
 * links below it. The story's message is the longest. The message's date is when it was posted,
 * not the story's: kept, as a date line, only when the story prints no date of its own. Found
 * only by the digest's first line, or by two messages' headers or more.
 */
function withoutDigest(blocks: readonly Block[]): { blocks: Block[]; removed: RemovedLine[] } {
  const lines = blocks.flatMap((b) => (b.kind === "lines" ? b.lines : []));
  // Each message's first line: Google Groups' sender, or Groups.io's topic over "From:" over "Date:".
  const starts: number[] = [];
  lines.forEach((l, k) => {
    if (DIGEST_SENDER.test(l.text)) starts.push(k);
    else if (/^From:\s*\S/.test(l.text) && DIGEST_DATE.test(lines[k + 1]?.text ?? "")) starts.push(k > 0 && /^\d{1,3}\. \S/.test(lines[k - 1]!.text) ? k - 1 : k);
  });
  const head = lines.slice(0, 5).some((l) => DIGEST_HEAD.test(l.text));
  if (!starts.length || (!head && starts.length < 2)) return { blocks: [...blocks], removed: [] };
  const messages = starts.map((at, n) => {
    const end = starts[n + 1] ?? lines.length;
    // The header's lines: the sender's, or the topic's, "From:" and "Date:".
    let body = at + 1;
    while (body < end && body <= at + 2 && /^(?:From|Date):\s*\S/.test(lines[body]!.text)) body++;
    return { at, body, end, length: lines.slice(body, end).reduce((sum, l) => sum + l.text.length, 0) };
  });
  const story = messages.reduce((best, m) => (m.length > best.length ? m : best));
  const drop = new Map<SourceLine, string>();
  for (const l of lines.slice(0, messages[0]!.at)) drop.set(l, "the digest's head: its name, the group and its topics");
  for (const m of messages) if (m !== story) for (const l of lines.slice(m.at, m.end)) drop.set(l, "another message of the digest, not the story's");
  for (const l of lines.slice(story.at, story.body)) drop.set(l, "the message's header in the digest: its sender and when it was posted");
  const own = lines.slice(story.body, story.end);
  // Not a note that points below it ("Good coverage of what we discussed:") or holds the link.
  const header = own.slice(0, 8).findIndex((l, k) => !readsAsSentence(l.text) && !/:$/.test(l.text) && !ENDS_WITH_LINK.test(l.text) && anchoredBelow(own, k));
  if (header > 0) for (const l of own.slice(0, header)) if (words(l.text) <= 40) drop.set(l, "the poster's note above the story the message pastes");
  // Below the story: the signature and the digest's links, to the next message. A sentence there is kept.
  const end = own.findIndex((l, k) => k > Math.max(header, 0) && DIGEST_MESSAGE_END.test(l.text));
  if (end > 0) for (const l of own.slice(end)) if ((words(l.text) <= 12 && !readsAsSentence(l.text)) || chromeReason(l.text)) drop.set(l, "the poster's signature and the digest's links below the story");
  // The story's own date, if it prints one; else the message's is the date there is.
  const storyDated = header >= 0 && own.slice(header + 1, header + 6).some((l) => isDateLine(l.text));
  const posted = lines.slice(story.at, story.body).find((l) => DIGEST_DATE.test(l.text));
  return sortLines(blocks, (l) => (l === posted && !storyDated ? { ...l, text: DIGEST_DATE.exec(l.text)![1]! } : (drop.get(l) ?? l)));
}

/**
 * A message's header as a chat app's desktop client copies a channel or a group: the sender and
 * the time in brackets on a line of their own, the message below ("Valley News Now, [29.01.2020
 * 17:32]", "Valley News Now, [1/29/2020 5:32 PM]"). Its date, time and sender are read by
 * `messageTime`.
 */
const MESSAGE_HEADER = /^([\p{L}\d '’&.-]{2,40}), \[(\d{1,2})[/.](\d{1,2})[/.](\d{2,4}),? (\d{1,2}):(\d{2})(?::\d{2})?(?: ?([AP]M))?\]$/u;

/** Minutes apart within which a sender's next message is a part of the same post. */
const SAME_POST_MINUTES = 10;

/** A message header's sender, and its time in minutes from its day's start; undefined for another line. */
function messageTime(text: string): { sender: string; day: string; minutes: number } | undefined {
  const m = MESSAGE_HEADER.exec(text);
  if (!m) return undefined;
  const hour = (Number(m[5]) % 12) + (m[7] === "PM" ? 12 : m[7] === "AM" ? 0 : Number(m[5]) >= 12 ? 12 : 0);
  return { sender: m[1]!, day: `${m[2]}/${m[3]}/${m[4]}`, minutes: hour * 60 + Number(m[6]) };
}

/**
 * A channel's or a group's messages as a chat app's desktop client copies them, a header over
 * each (`MESSAGE_HEADER`), the story posted among the channel's other posts: the story is the
 * longest message and the sender's messages within minutes of it before and after (a long post
 * is sent in parts, its photo as one); the other messages are no part of it, nor are the later
 * parts' headers. The story's first header is kept, as its date line, and its lines are read
 * without the chat's markup (an emoji before a line, "✍️" a byline's). Found only when three
 * headers or more stand in the text's first 80 lines.
 */
function withoutOtherMessages(blocks: readonly Block[]): { blocks: Block[]; removed: RemovedLine[] } {
  const lines = blocks.flatMap((b) => (b.kind === "lines" ? b.lines : []));
  if (lines.slice(0, 80).filter((l) => MESSAGE_HEADER.test(l.text)).length < 3) return { blocks: [...blocks], removed: [] };
  // Each message: its header's index in `lines`, its sender and time, and its text's length.
  const messages: { at: number; end: number; time: NonNullable<ReturnType<typeof messageTime>>; length: number }[] = [];
  lines.forEach((l, i) => {
    const time = messageTime(l.text);
    if (time) messages.push({ at: i, end: lines.length, time, length: 0 });
    else if (messages.length) messages.at(-1)!.length += l.text.length;
  });
  messages.forEach((m, k) => (m.end = messages[k + 1]?.at ?? lines.length));
  let first = 0;
  messages.forEach((m, k) => {
    if (m.length > messages[first]!.length) first = k;
  });
  const near = (a: (typeof messages)[number], b: (typeof messages)[number]) =>
    a.time.sender === b.time.sender && a.time.day === b.time.day && Math.abs(a.time.minutes - b.time.minutes) <= SAME_POST_MINUTES;
  let last = first;
  while (first > 0 && near(messages[first - 1]!, messages[first]!)) first--;
  while (last + 1 < messages.length && near(messages[last]!, messages[last + 1]!)) last++;
  const story = new Map<SourceLine, string | undefined>();
  for (let k = first; k <= last; k++) {
    const m = messages[k]!;
    for (let i = m.at; i < m.end; i++) {
      const l = lines[i]!;
      if (i === m.at) story.set(l, k === first ? l.text : undefined);
      else story.set(l, l.text.replace(/^✍(?:\uFE0F)?\s*/u, "By ").replace(/^\p{Extended_Pictographic}(?:\uFE0F)?\s*/u, ""));
    }
  }
  const firstLine = lines[messages[0]!.at]!;
  return sortLines(blocks, (l) => {
    // What stands above the first message (the chat's name, a pinned note) is left to the rules of any page.
    if (l.line < firstLine.line) return l;
    if (!story.has(l)) return "another message of the chat, not the story's";
    const text = story.get(l);
    if (text === undefined) return "the header of a later part of the story's message";
    return text === l.text ? l : { ...l, text };
  });
}

/** A social platform's handle alone on a line, as a thread prints it under each post's author: "@ValleyTimes", or a fediverse server's "@annlee@mastodon.social". */
const HANDLE = /^@[A-Za-z0-9_]{1,30}(?:@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,4})?$/;
/** A reply's note of whom it answers: "Replying to @ValleyTimes", "Replying to @ann_lee and @bob". */
const REPLYING_TO = /^Replying to @[A-Za-z0-9_]{1,30}(?:(?:,| and| &) @[A-Za-z0-9_]{1,30}){0,4}(?: and \d{1,4} others?)?$/;

/**
 * A thread on a social platform, each post under its author's name, handle, a dot and its date
 * ("The Valley Times" / "@ValleyTimes" / "·" / "Jan 15, 2019"): those lines are no part of the
 * story. The first post's name and date are kept, for the header to read as the byline and the
 * date (the name read as a byline when it is a person's); every handle goes. Found only when three lines or more are a handle alone.
 */
function withoutPostHeaders(blocks: readonly Block[]): { blocks: Block[]; removed: RemovedLine[] } {
  const lines = blocks.flatMap((b) => (b.kind === "lines" ? b.lines : []));
  const handles = lines.flatMap((l, i) => (HANDLE.test(l.text) ? [i] : []));
  if (handles.length < 3) return { blocks: [...blocks], removed: [] };
  const drop = new Map<SourceLine, string>();
  // The first post's author: a person's name over the handle is the byline ("Ann Lee 🗞️",
  // "Ann Lee | Valley Times"); the paper's own account ("The Valley Times") names nobody.
  const first = lines[handles[0]! - 1];
  const author = first ? first.text.replace(/\s?\p{Extended_Pictographic}\uFE0F?$/u, "") : "";
  let byline = first && !isOutletName(author) && bylineNames(author).length && isNameLine(bylineNames(author)[0]!) ? { ...first, text: `By ${author}` } : undefined;
  // Each post: its handle, and its own lines after its header, to the next post's author.
  const posts = handles.map((h, n) => ({ handle: lines[h]!.text, body: h + 1, end: handles[n + 1] !== undefined ? handles[n + 1]! - 1 : lines.length }));
  handles.forEach((h, n) => {
    drop.set(lines[h]!, "a post's handle, as the platform prints it under the author's name");
    if (n === 0) return;
    const name = lines[h - 1];
    if (name && !drop.has(name) && words(name.text) <= 8 && !TERMINAL.test(name.text) && !readsAsSentence(name.text)) drop.set(name, "a post's author, as the platform prints it over each post of a thread");
    for (let k = h + 1; k < lines.length && k <= h + 3; k++) {
      const text = lines[k]!.text;
      if (!/^[·•]$/.test(text) && !REPLYING_TO.test(text) && !isDateLine(text)) break;
      drop.set(lines[k]!, "a post's date, as the platform prints it over each post of a thread");
      posts[n]!.body = k + 1;
    }
  });
  const poster = posts[0]!.handle;
  // A story quoted by a reader, a paragraph a post: a later post of the poster's opens with the
  // story's own header (a line, then a byline or a date within three). The posts before it are
  // the poster's note, the link and its card; the poster is no byline.
  const quoted = posts.findIndex((p, n) => n > 0 && p.handle === poster && anchoredBelow(lines, p.body, p.end));
  const range = (p: (typeof posts)[number], from = p.body) => lines.slice(from, p.end);
  if (quoted > 0) {
    byline = undefined;
    for (const p of posts.slice(0, quoted)) for (const l of range(p, handles[posts.indexOf(p)]! - 1)) if (!drop.has(l)) drop.set(l, "the poster's note and the link's card, above the story the thread quotes");
  }
  // Others' replies in the thread are theirs, not the story's.
  for (const p of posts) if (p.handle !== poster) for (const l of range(p)) if (!drop.has(l)) drop.set(l, "a reply in the thread, not the story's");
  // A post's counter ("2/7"), its picture's badge ("ALT") and its bare counts, between the posts.
  for (const l of lines.slice(handles[0]!)) if (!drop.has(l) && /^(?:\d{1,3}\/\d{1,3}|ALT|GIF|\d{1,3}(?:[.,]\d)?[KkMm]?)$/.test(l.text)) drop.set(l, "a post's counter, badge or count, as the thread prints it");
  return sortLines(blocks, (l) => drop.get(l) ?? (l === first && byline ? byline : l));
}

/**
 * A chat message's poster and time on a line of their own, as Slack copies them ("Ann Lee [5:32
 * PM]", "Ann Lee  5:32 PM"), Google Chat ("Ann Lee, 5:32 PM") or Microsoft Teams ("[1/29/2020 5:32
 * PM] Ann Lee").
 */
const CHAT_POSTER = /^(?:\p{Lu}[\p{L}'’.-]{0,30}(?: \p{Lu}[\p{L}'’.-]{0,30}){0,3}(?: \[| {1,3}|, )\d{1,2}:\d{2}(?: ?[AaPp][Mm])?\]?|\[\d{1,2}\/\d{1,2}\/\d{2,4},? \d{1,2}:\d{2}(?: ?[AaPp][Mm])?\] \p{Lu}[\p{L}'’.-]{0,30}(?: \p{Lu}[\p{L}'’.-]{0,30}){0,3})$/u;
/** The poster's name in a chat message's header (`CHAT_POSTER`). */
const posterName = (text: string) => text.replace(/^\[[^\]]{1,30}\] /, "").replace(/(?: \[| {1,3}|, )\d{1,2}:\d{2}.*$/, "");
/** A message's time alone on a line, below its poster's name: "5:32 PM". */
const CHAT_TIME = /^\d{1,2}:\d{2} ?[AaPp][Mm]$/;
/** A chat's day divider: "Thursday, February 14th, 2019", "Friday, March 29th", "Today", "Yesterday". */
const CHAT_DAY = /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, [A-Z][a-z]{2,8} \d{1,2}(?:st|nd|rd|th)?(?:, \d{4})?|Today|Yesterday)$/;
const CHAT_POSTER_REASON = "a chat message's poster and time";
const CHAT_DAY_REASON = "a chat's day divider: the day the story was shared, not its date";
/** A thread's summary under a message: "3 replies", "Last reply 2 days ago", "View thread". */
const CHAT_THREAD = /^(?:\d{1,4} repl(?:y|ies)|Last reply (?:\d{1,3} (?:minutes?|hours?|days?|months?) ago|today|yesterday)|View thread)$/i;

/**
 * A story shared in a chat's channel and copied out of it (Slack's form): each message's poster
 * and time, the channel's day dividers (the day it was shared, not the story's) and the threads'
 * summaries are the chat's, not the story's; a message's "(edited)" mark goes with them. Found
 * only when two lines or more are a poster and a time.
 */
function withoutChatPosters(blocks: readonly Block[]): { blocks: Block[]; removed: RemovedLine[] } {
  const lines = blocks.flatMap((b) => (b.kind === "lines" ? b.lines : []));
  // Or the poster's name over the time, on lines of their own ("Ann Lee" / "5:32 PM").
  const posters = new Set(lines.filter((l) => CHAT_POSTER.test(l.text)));
  lines.forEach((l, k) => {
    const name = lines[k - 1];
    if (CHAT_TIME.test(l.text) && name && name.line === l.line - 1 && CHAT_POSTER.test(`${name.text} ${l.text}`)) posters.add(name).add(l);
  });
  if (posters.size < 2) {
    // One message (Google Chat's story posted alone): its day divider is the chat's, when the
    // poster's line follows it, not the story's date.
    const divider = lines.filter((l, k) => CHAT_DAY.test(l.text) && posters.has(lines[k + 1]!));
    if (!divider.length) return { blocks: [...blocks], removed: [] };
    return sortLines(blocks, (l) => (posters.has(l) ? CHAT_POSTER_REASON : divider.includes(l) ? CHAT_DAY_REASON : l));
  }
  const { others, story } = chatMessages(lines, posters);
  const notes = new Map<SourceLine, string>();
  // The poster's note over the story in its own message: "Pasting the full story since the link
  // needs a login: https://…", "In case anyone can't get past the paywall 👇" (the link alone
  // below it is kept, as the story's address).
  const [note, next] = story;
  const texts = lines.map((l) => l.text);
  // A sentence too, when the link follows it or it points below ("Full article below for anyone who can't open it.").
  const pointsBelow = words(note?.text ?? "") <= 25 && /\b(?:below|attached|pasting|pasted)\b/i.test(note?.text ?? "");
  if (note && next && (!readsAsSentence(note.text) || pointsBelow || /^https?:\/\/\S+$/.test(next.text)) && (ENDS_WITH_LINK.test(note.text) || /^https?:\/\/\S+$/.test(next.text) || /(?::|\p{Extended_Pictographic}\uFE0F?)$/u.test(note.text) || /^\p{Ll}/u.test(note.text) || pointsBelow)) notes.set(note, "the poster's note over the story, in the story's message");
  // The link's preview under it: the headline over the site's bare address ("Headline" / "valleytimes.example").
  lines.forEach((l, k) => {
    if (k === 0 || !/^[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,3}$/.test(l.text) || !story.includes(l)) return;
    notes.set(l, "the link's preview: the site's address");
    const above = lines[k - 1]!;
    if (texts.filter((t) => t === above.text).length > 1) notes.set(above, "the link's preview: the headline again, over the site's address");
  });
  // The link's preview below the story: the site, the headline and the story's first words cut
  // short ("… was…"); the first words are the story's own, printed whole above.
  lines.forEach((l, k) => {
    if (!l.text.endsWith("…") || l.text.length < 30) return;
    const cut = l.text.slice(0, -1).trimEnd();
    if (!texts.some((t) => t !== l.text && t.includes(cut))) return;
    notes.set(l, "the link's preview: the story's first words, cut short");
    for (const above of lines.slice(Math.max(0, k - 2), k)) if (words(above.text) <= 20 && !TERMINAL.test(above.text) && !posters.has(above)) notes.set(above, "the link's preview: the site's name or the headline, over the story's first words");
  });
  return sortLines(blocks, (l) => {
    if (posters.has(l)) return CHAT_POSTER_REASON;
    if (others.has(l)) return "another message of the chat, not the story's";
    const noted = notes.get(l);
    if (noted) return noted;
    if (CHAT_DAY.test(l.text)) return CHAT_DAY_REASON;
    if (CHAT_THREAD.test(l.text)) return "a chat thread's summary";
    const text = l.text.replace(/ \(edited\)$/, "");
    return text === l.text ? l : { ...l, text };
  });
}

/** A line that is a link, or ends with one: a chat's note of where the story is ("FYI, this ran today https://…"). */
const ENDS_WITH_LINK = /(?:^|\s)https?:\/\/\S{1,400}$/;

/**
 * A chat's messages (`withoutChatPosters`): the lines of those that are not the story's, and the
 * story's message's own lines. The story is
 * the longest message, with the same poster's messages next to it that read as prose (a long
 * story pasted in parts); the others (a note and the link's preview before it, colleagues'
 * replies after it) are the chat's. Each message runs from its poster's line to the next's.
 */
function chatMessages(lines: readonly SourceLine[], posters: ReadonlySet<SourceLine>): { others: Set<SourceLine>; story: SourceLine[] } {
  const starts = lines.flatMap((l, k) => (posters.has(l) && !(CHAT_TIME.test(l.text) && k > 0 && posters.has(lines[k - 1]!)) ? [k] : []));
  const messages = starts.map((at, n) => {
    const own = lines.slice(at, starts[n + 1] ?? lines.length).filter((l) => !posters.has(l) && !CHAT_DAY.test(l.text) && !CHAT_THREAD.test(l.text));
    const length = own.reduce((sum, l) => sum + l.text.length, 0);
    const prose = own.filter((l) => readsAsSentence(l.text)).reduce((sum, l) => sum + l.text.length, 0);
    return { sender: posterName(lines[at]!.text), own, length, prose: prose * 2 >= length && !own.some((l) => ENDS_WITH_LINK.test(l.text)) };
  });
  if (messages.length < 2) return { others: new Set(), story: [] };
  let first = 0;
  messages.forEach((m, k) => {
    if (m.length > messages[first]!.length) first = k;
  });
  let last = first;
  const part = (k: number) => messages[k]!.sender === messages[first]!.sender && messages[k]!.prose;
  while (first > 0 && part(first - 1)) first--;
  while (last + 1 < messages.length && part(last + 1)) last++;
  return { others: new Set(messages.flatMap((m, k) => (k < first || k > last ? m.own : []))), story: messages.slice(first, last + 1).flatMap((m) => m.own) };
}

/** A memo's field: "TO:", "FROM:", "RE:", "Prepared for:", "Prepared by:", "Date:", "Subject:" with its value after. */
const MEMO_FIELD = /^(?:TO|FROM|CC|DATE|RE|SUBJECT|Prepared (?:for|by)|To|From|Cc|Date|Re|Subject)\s*:\s*\S/;
/** A memo's own title: "MEMORANDUM", "BRIEFING NOTE", "Memo". */
const MEMO_TITLE = /^(?:MEMORANDUM|MEMO|BRIEFING NOTE|BRIEFING MEMO|Memorandum|Memo|Briefing note)$/;
/** The line after which a memo's attachment starts: "ATTACHMENT", "Attachment A: Article text", "The full text of the article is attached below." */
const ATTACHMENT_MARK = /^(?:ATTACHMENTS?|Attachments?(?: [A-Z\d]{1,2})?(?:: .{1,60})?|Article text|Full text(?: of the (?:article|story))?:?)$/;

/**
 * A story attached to a memo or a briefing note saved as text: the memo's title, its fields (to,
 * from, date, subject), its text and the attachment's mark are no part of the story; the memo's
 * date is when it was written, not the story's. Found only by two of its fields in the text's
 * first 15 lines with its title or its subject, and none of a clip report's record's fields
 * ("Headline:", "Outlet:"), with the story's own header below (a line, then a byline
 * or a date within three), after an attachment's mark when there is one.
 */
function withoutMemo(blocks: readonly Block[]): { blocks: Block[]; removed: RemovedLine[] } {
  const lines = blocks.flatMap((b) => (b.kind === "lines" ? b.lines : []));
  const top = lines.slice(0, 15);
  const fields = top.filter((l) => MEMO_FIELD.test(l.text)).length;
  // A clip report's record names the story in its own fields ("Headline:", "Outlet:", "Author:"): read as such, not as a memo.
  const record = top.some((l) => /^(?:Headline|Outlet|Publication|Title|Byline|Author)\s*:/.test(l.text));
  if (record || fields < 2 || !(top.some((l) => MEMO_TITLE.test(l.text)) || top.some((l) => /^(?:RE|Re|SUBJECT|Subject)\s*:/.test(l.text)))) return { blocks: [...blocks], removed: [] };
  const lastField = lines.findLastIndex((l, k) => k < 15 && MEMO_FIELD.test(l.text));
  const mark = lines.findIndex((l, k) => k > lastField && k < 60 && ATTACHMENT_MARK.test(l.text));
  let start = mark >= 0 ? mark + 1 : -1;
  if (start < 0) start = lines.findIndex((l, k) => k > lastField && k < 60 && !readsAsSentence(l.text) && anchoredBelow(lines, k));
  if (start <= 0) return { blocks: [...blocks], removed: [] };
  const memo = new Set(lines.slice(0, start));
  return sortLines(blocks, (l) => (memo.has(l) ? "the memo the story is attached to: its title, fields and text" : l));
}

/** A GovDelivery bulletin's footer, naming the agency it was sent for: "This email was sent to … using GovDelivery Communications Cloud on behalf of: Lakeport County Sheriff's Office · 255 N. Forbes St. · …". */
const BULLETIN_SENDER = /^This (?:email|e-mail|message) was sent to \S{1,100} using [Gg]ov[Dd]elivery(?: Communications Cloud)?,? on behalf of:? ([^·]{2,100}?) ·/;
/** The agency's name in the bulletin's subscribe box, on its web copy: "Subscribe to updates from …". */
const BULLETIN_AGENCY = /^Subscribe to updates from (\p{Lu}.{1,100})$/u;
/** GovDelivery's send stamp under the bulletin's subject: "01/31/2019 08:48 AM CST". */
const SEND_STAMP = /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2} [AP]M [A-Z]{2,4}$/;
/** What a release's contact box is, as reported. */
const CONTACT_REASON = "the release's contact: whom to call, not who wrote it";
/** A release's contact label over the officer's name, role, phone and address: "Media Contact:", "Media Contact". */
const CONTACT_LABEL = /^(?:(?:Media|Press|News)? ?[Cc]ontacts?:|(?:Media|Press) [Cc]ontacts?)$/;
/** A street address under an organisation's name in a page's footer: "2508 Howard Ave.", "400 School Rd.", "1002 W. 1st St.". */
const STREET_LINE = /^\d{1,6} (?:[NSEW]\.? )?[\p{L}\d.'’ -]{2,40} (?:St|Ave|Rd|Blvd|Dr|Ln|Way|Pl|Ct|Pkwy|Hwy|Street|Avenue|Road|Boulevard|Drive|Lane|Place|Court|Parkway|Highway)\.?(?: [NSEW]{1,2})?$/u;
/** A school's name in a district site's list of its schools: "Lakeport Elementary School", "Holmes Junior High", "North Fork Primary". */
const SCHOOL_NAME = /^\p{Lu}[\p{L}.'’ -]{1,60} (?:School|Elementary|Primary|Academy|Middle|High|Junior High|Intermediate|Preschool|Center|Centre|Campus)$/u;
/** A game's box on a team's site, below the story: "Next Game:" over the opponent, the day, "Watch" and "Live Stats". */
const NEXT_GAME = /^(?:Next|Upcoming) (?:Game|Match|Event|Meet):?$/;
/** A transcript's label for the speaker, alone on a line over what they say: "Ann Lee:", "ANN LEE:". */
const SPEAKER_LABEL = /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,3}:$/u;
/** A podcast's credit for the episode's reporter, in its notes: "This episode was reported by Ann Lee and produced by Bob Stone.", "Reported by Ann Lee." over a transcript. */
const EPISODE_CREDIT = /^(?:This (?:episode|story|report) was reported|Reported) by (\p{Lu}.{2,120}?)(?: and (?:produced|edited|mixed) by [^.!?]{2,120})?\.$/u;
/** A release's contact on one line, the officer's name and role: "Contact: Ann Lee, Communications Director". */
const CONTACT_LINE = /^(?:Media |Press |News )?[Cc]ontacts?: (\p{Lu}[^,]{2,60}), \p{Lu}[^.!?]{2,80}$/u;

/**
 * The frame a government agency's bulletin, a school district's site, a team's site or a
 * podcast's episode page prints around the story, which reads as a header's lines and is not:
 * the agency's name (the bulletin's banner) wherever it stands alone, the bulletin's subject
 * ("News Release: <headline>") when the headline follows and its send stamp when the release's
 * own date does, a release's stacked contact ("Media Contact:" over the officer's name, role,
 * phone and address); the organisation's name printed over its street address at the foot,
 * wherever it stands alone (the district's name over the headline), a picker or a list of the
 * district's schools ("Select a School..." or "Schools" over their names), the next game's box;
 * a transcript's speaker labels ("Ann Lee:"). A podcast's credit for its reporter is read as
 * the byline ("This episode was reported by Ann Lee and produced by …" as "Reported by Ann Lee").
 */
function withoutSiteFrames(blocks: readonly Block[], batch?: BatchContext): { blocks: Block[]; removed: RemovedLine[] } {
  const lines = blocks.flatMap((b) => (b.kind === "lines" ? b.lines : []));
  const drop = new Map<SourceLine, string>();
  const agency = lines.map((l) => BULLETIN_SENDER.exec(l.text)?.[1] ?? BULLETIN_AGENCY.exec(l.text)?.[1]).find(Boolean)?.trim();
  if (agency) {
    for (const [k, l] of lines.entries()) {
      if (l.text === agency) drop.set(l, "the bulletin's banner: the agency's name");
      const subject = /^[\p{L} ]{2,30}: (\S.{2,300})$/u.exec(l.text)?.[1];
      if (subject && k < 20 && lines.slice(k + 1).some((n) => n.text === subject)) drop.set(l, "the bulletin's subject: the headline again");
      if (CONTACT_LINE.test(l.text) && isNameLine(CONTACT_LINE.exec(l.text)![1]!)) drop.set(l, "the release's contact: whom to call, not who wrote it");
      if (SEND_STAMP.test(l.text) && lines.slice(k + 1, k + 15).some((n) => !SEND_STAMP.test(n.text) && isDateLine(n.text, batch))) drop.set(l, "the bulletin's send stamp: when it was mailed, not the release's date");
    }
  }
  for (const block of blocks) {
    if (block.kind !== "lines") continue;
    const [first, ...rest] = block.lines;
    const short = rest.every((l) => words(l.text) <= 8 && !readsAsSentence(l.text));
    if (!first || !rest.length || rest.length > 8 || !short) continue;
    let reason: string | undefined;
    if (chromeReason(first.text) === "a school site's picker" || (first.text === "Schools" && rest.every((l) => SCHOOL_NAME.test(l.text)))) reason = "the site's list of the district's schools";
    else if (NEXT_GAME.test(first.text)) reason = "the next game's box: the opponent, the day and the links";
    else if (CONTACT_LABEL.test(first.text) && rest.length <= 6 && rest.some((l) => isNameLine(l.text))) reason = CONTACT_REASON;
    if (reason) for (const l of block.lines) drop.set(l, reason);
  }
  // The institution the contact works for, named on a line of its own over the release too
  // ("Cedar Falls State University" under the headline): the release's issuer, not its writer.
  const contactBox = new Set(lines.filter((l) => drop.get(l) === CONTACT_REASON && !CONTACT_LABEL.test(l.text) && !isNameLine(l.text) && INSTITUTION_WORD.test(l.text)).map((l) => l.text));
  for (const l of lines) if (contactBox.has(l.text) && !drop.has(l)) drop.set(l, "the release's issuer, named again in its contact box");
  guestBook(blocks, drop, batch);
  // The organisation's name over its street address at the page's foot, and wherever else it stands alone.
  const owner = lines.findLast((l, k) => k > lines.length / 2 && words(l.text) <= 8 && !/[.!?:]$/.test(l.text) && STREET_LINE.test(lines[k + 1]?.text ?? ""))?.text;
  if (owner) for (const l of lines) if (l.text === owner) drop.set(l, "the site's name, printed over its address at the foot");
  // The same name before the headline and a spaced dash, as an alert's mailed subject prints it
  // ("Valley Police Department - Road closed for bridge repairs"): the headline is the rest.
  const senderFirst = new Map<SourceLine, string>();
  if (owner) {
    for (const l of lines.slice(0, Math.ceil(lines.length / 2))) {
      const dash = [" - ", " – ", " — "].find((d) => l.text.startsWith(owner + d));
      const rest = dash ? l.text.slice(owner.length + dash.length).trim() : "";
      if (words(rest) >= 3 && !hasSentenceBreak(rest)) senderFirst.set(l, rest);
    }
  }
  const transcript = lines.some((l) => chromeReason(l.text) === "the host's introduction" || /^(?:Episode )?[Tt]ranscript$/.test(l.text));
  // The label in capitals as the paper's transcript prints it ("ANN LEE:"), read as the name it is.
  const asName = (label: string) => (label === label.toUpperCase() ? label.toLowerCase().replace(/(^|[\s'’-])\p{Ll}/gu, (c) => c.toUpperCase()) : label);
  if (transcript) for (const l of lines) if (SPEAKER_LABEL.test(l.text) && isNameLine(asName(l.text.slice(0, -1)))) drop.set(l, "a speaker's label in the transcript");
  const sorted = sortLines(blocks, (l) => {
    const credit = EPISODE_CREDIT.exec(l.text);
    if (credit && (transcript || !l.text.startsWith("Reported"))) return { ...l, text: `Reported by ${credit[1]}` };
    const headline = senderFirst.get(l);
    if (headline !== undefined && !drop.has(l)) return { ...l, text: headline };
    return drop.get(l) ?? l;
  });
  for (const l of senderFirst.keys()) if (!drop.has(l)) sorted.removed.push({ line: l.line, text: l.text.slice(0, l.text.length - senderFirst.get(l)!.length).trim(), reason: "the sender's name before the headline, as its alert's subject prints it" });
  return sorted;
}

/** A guest book's label, or its prompt, as an obituary's page prints it below the story: "Sign the Guest Book", "Memories & Condolences", "Not sure what to say?". */
const GUEST_BOOK = /^(?:Sign (?:the |our )?(?:Online )?Guest ?book|(?:View|Read|Visit) (?:the |all )?(?:Online )?Guest ?book(?: entries)?|(?:Online )?Guest ?book(?: entries)?|Memories (?:&|and) Condolences|Condolences (?:&|and) Memories|(?:Offer|Send|Share|Leave|Post|Add) (?:a |your )?(?:Condolences?|Memory|Memories|Tribute)|Condolences|Tributes|Not sure what to say\?|Browse sample messages|(?:View|See|Show|Load) (?:all |more )?(?:\d{1,4} )?(?:entries|messages|condolences|memories))[.:!]?$/i;
/** The funeral home's label over its box: "Funeral services provided by:", "Arrangements entrusted to". */
const FUNERAL_HOME = /^(?:Funeral (?:services|arrangements|home)(?: (?:provided|entrusted|handled|under the direction))?(?: (?:by|to|of))?|Arrangements (?:by|entrusted to|under the direction of|are with|made by)|Services (?:provided )?by)[:.]?$/i;

/**
 * An obituary's guest book below the story (Legacy.com's, a funeral home's page): its label
 * ("Sign the Guest Book", "Memories & Condolences") and prompts, and, below the label, each
 * entry: a short block of a reader's few words with the signer's name and the day, the name and
 * the day on lines of their own. A block that is not so shaped is left for the other rules
 * (a story sentence stays). The funeral home's box ("Funeral services provided by:" over the
 * home's name and address) is the page's too.
 */
function guestBook(blocks: readonly Block[], drop: Map<SourceLine, string>, batch?: BatchContext): void {
  let story = false;
  let open = false;
  for (const block of blocks) {
    if (block.kind !== "lines") continue;
    const lines = block.lines;
    if (!open) {
      const label = lines.findIndex((l) => GUEST_BOOK.test(l.text));
      if (story && label >= 0) {
        open = true;
        for (const l of lines) if (GUEST_BOOK.test(l.text)) drop.set(l, "the guest book's label or prompt, below the story");
      }
      if (lines.some((l) => readsAsSentence(l.text) && words(l.text) >= 8)) story = true;
      if (!open) continue;
      if (label >= 0) continue;
    }
    if (lines.every((l) => GUEST_BOOK.test(l.text))) {
      for (const l of lines) drop.set(l, "the guest book's label or prompt, below the story");
      continue;
    }
    const dated = lines.findIndex((l) => isDateLine(l.text, batch) && words(l.text) <= 6);
    const signer = lines.findIndex((l, k) => k !== dated && isNameLine(l.text) && words(l.text) <= 5 && !TERMINAL.test(l.text));
    const rest = lines.filter((_, k) => k !== dated && k !== signer);
    if (lines.length >= 2 && lines.length <= 6 && dated >= 0 && signer >= 0 && Math.abs(dated - signer) === 1 && rest.reduce((n, l) => n + words(l.text), 0) <= 60) {
      for (const l of lines) drop.set(l, "a guest book's entry: a reader's words, the signer's name and the day");
    }
  }
  for (const block of blocks) {
    if (block.kind !== "lines") continue;
    const [first, ...rest] = block.lines;
    if (first && FUNERAL_HOME.test(first.text) && rest.length >= 1 && rest.length <= 5 && rest.every((l) => words(l.text) <= 10 && !readsAsSentence(l.text))) {
      for (const l of block.lines) drop.set(l, "the funeral home's box: who holds the services, not the story's");
    }
  }
}

/**
 * A field's label in a digital collection's record of an item (CONTENTdm, Omeka S and the like,
 * Dublin Core's names and the fields libraries add): "Title", "Creator", "Date", "Subject",
 * "Rights", "Date Digitized", "Transcript", Omeka S's "Item sets" and "Cite this item".
 */
const COLLECTION_LABEL = /^(?:Title|Alternative Title|Creators?|Authors?|Contributors?|Date|Date Original|Date Created|Date Issued|Publisher|Subjects?|Description|Abstract|Type|Format|Source|Rights|Rights Statement|Identifier|Language|Collection|Digital Collection|Relation|Coverage|Spatial Coverage|Date Digitized|Digitization Specifications|Transcript|Transcription|Full Text|Text|OCR Text|Notes?|Item sets|Cite this item|Genre|Extent|Physical Description|Repository|Publication|Newspaper|Page|Location|Place|Time Period|Object Type|File Name|Reference URL)$/;
/** A record's field as a collection's table copies it, the label and its value parted by a tab: "Creator\tLee, Ann; Stone, Bob". */
const COLLECTION_FIELD = /^([A-Z][A-Za-z ]{1,30})\t+(\S.*)$/;
/** The fields whose value is the item's author, its date, or the text itself. */
const CREATOR_LABEL = /^(?:Creators?|Authors?)$/;
const DATE_LABEL = /^(?:Date|Date Original|Date Created|Date Issued)$/;
const TEXT_LABEL = /^(?:Transcript|Transcription|Full Text|Text|OCR Text)$/;
/** A name as a catalogue inverts it, with a life's years after it at times: "Lee, Ann", "Lee, Ann M.", "Lee, Ann, 1950-". */
const INVERTED_NAME = /^(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}), (\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2})(?:, \d{4}-(?:\d{4})?)?$/u;

/**
 * A record's creator field as a byline: its names, parted by semicolons or one to a line, each
 * the right way round ("Lee, Ann; Stone, Bob" is "By Ann Lee and Bob Stone"). Undefined when a
 * name is no person's (the paper itself, "Lakeport Record (Lakeport, Calif.)").
 */
export function creatorByline(values: readonly string[]): string | undefined {
  const names = values.flatMap((v) => v.split(";")).map((v) => v.trim()).filter(Boolean).map((v) => {
    const m = INVERTED_NAME.exec(v);
    return m ? `${m[2]} ${m[1]}` : v;
  });
  if (!names.length || !names.every((n) => isNameLine(n) && bylineNames(n).join(" ") === n && !isOutletName(n))) return undefined;
  return `By ${names.length < 3 ? names.join(" and ") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`}`;
}

/**
 * A clipping's record in a library's or a historical society's digital collection: the item's
 * fields, each label and its value parted by a tab as CONTENTdm's table copies ("Title\t…",
 * "Creator\tLee, Ann"), or each label on its own line over its values as Omeka S prints them
 * ("Creator" over "Lee, Ann" over "Stone, Bob"), then the text under "Transcript" or "Text". The
 * title's field is read as the headline and the creator's as the byline, its names the right
 * way round; the date's value is the date line (not "Date Digitized": years later, the scan's);
 * the other fields (the subject, the rights, the source, the collection, the citation) and the
 * labels are no part of the story, nor is the collection's name where the breadcrumbs print it
 * again. A long description (sixty words or more) is kept: it may hold the text itself. Found
 * only by four fields or more in the text's first 120 lines, one the title's.
 */
function withoutCollectionRecord(blocks: readonly Block[]): { blocks: Block[]; removed: RemovedLine[] } {
  const lines = blocks.flatMap((b) => (b.kind === "lines" ? b.lines : []));
  const labelled = (t: string) => {
    const m = COLLECTION_FIELD.exec(t);
    return m && COLLECTION_LABEL.test(m[1]!) ? { label: m[1]!, value: m[2]!.trim() } : undefined;
  };
  const tabbed = lines.slice(0, 120).map((l) => labelled(l.text)).filter((f) => !!f);
  // Omeka S: a block whose first line is a label alone, its values below it.
  const stacked = blocks.filter((b): b is Extract<Block, { kind: "lines" }> => b.kind === "lines" && b.lines.length >= 2 && COLLECTION_LABEL.test(b.lines[0]!.text) && b.lines[0]!.line <= (lines[119]?.line ?? Infinity));
  const byTab = tabbed.length >= 4 && tabbed.some((f) => f.label === "Title");
  const byStack = !byTab && stacked.length >= 4 && stacked.some((b) => b.lines[0]!.text === "Title");
  if (!byTab && !byStack) return { blocks: [...blocks], removed: [] };
  const FIELD = "a field of the collection's record of the item, not the story's";
  const decided = new Map<SourceLine, SourceLine | string>();
  const collections = new Set<string>();
  const field = (l: SourceLine, label: string, values: readonly SourceLine[], value: (v: SourceLine) => string) => {
    if (label === "Title") {
      values.forEach((v, k) => decided.set(v, k === 0 ? { ...v, text: value(v), field: "headline" } : FIELD));
    } else if (CREATOR_LABEL.test(label)) {
      const byline = creatorByline(values.map(value));
      values.forEach((v, k) => decided.set(v, byline && k === 0 ? { ...v, text: byline } : byline ? "the creator's field: its other names, read with the first" : FIELD));
    } else if (DATE_LABEL.test(label) && values.length === 1) {
      decided.set(values[0]!, { ...values[0]!, text: value(values[0]!) });
    } else if (TEXT_LABEL.test(label)) {
      // The text's first paragraph glued to its label: "Transcript\tThe water …".
      for (const v of values) decided.set(v, { ...v, text: value(v) });
    } else if (/^(?:Description|Abstract)$/.test(label) && values.some((v) => words(value(v)) >= 60)) {
      for (const v of values) decided.set(v, { ...v, text: value(v) });
    } else {
      if (/^(?:Collection|Digital Collection|Item sets)$/.test(label)) for (const v of values) collections.add(lineKey(value(v)));
      for (const v of values) decided.set(v, FIELD);
    }
    if (l !== values[0]) decided.set(l, "a field's label in the collection's record of the item");
  };
  if (byTab) {
    for (const l of lines) {
      const f = labelled(l.text);
      if (f) field(l, f.label, [l], () => f.value);
    }
  } else {
    for (const b of stacked) field(b.lines[0]!, b.lines[0]!.text, b.lines.slice(1), (v) => v.text);
  }
  return sortLines(blocks, (l) => {
    const d = decided.get(l);
    if (d) return d;
    // A label alone: the record's heading ("Description") or the text's ("Transcript", "Text").
    if (COLLECTION_LABEL.test(l.text)) return "a field's label in the collection's record of the item";
    if (collections.has(lineKey(l.text))) return "the collection's name, as the record's own field gives it";
    return l;
  });
}

/** A bullet's mark before a note, as a document's plain-text export or its writer sets it: "* ", "- ", "● ", "○ ". */
const NOTE_BULLET = /^[-*•●○◦■▪] \S/u;
/** A rule across a document, as its plain-text export prints a horizontal line: "________________". */
const DOCUMENT_RULE = /^(?:_{8,}|={8,}|-{8,}|\*{8,})$/;
/** Where the pasted story came from, as its writer noted it: "Source: https://…", "Link: https://…", "From The Valley Times (https://…)". */
const SOURCE_NOTE = /^(?:(?:Source|Link|URL|Via|Original|Article)\s?:\s?https?:\/\/\S{1,400}|From \p{Lu}[^()]{1,80} \(https?:\/\/[^\s()]{1,400}\))$/u;
/** A note's writer by initials, before or after a dash: "KF – Saturday 24 August", "Notes 2/3/20 — KP". */
const INITIALED = /^\p{Lu}{2,3} [–—-] \S|\S [–—-] \p{Lu}{2,3}$/u;
/** A month's or a weekday's name, whole or cut short. */
const MONTH_WORD = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]{0,6}\b/;
/** A comment of a shared document at its foot, after its letter: "[a]Check the spelling of the name". */
const DOCUMENT_COMMENT = /^\[([a-z]{1,2})\](\S.{0,1000})$/;

/**
 * A story pasted into a document under someone's notes (a shared document downloaded as plain
 * text): the notes above it (the document's heading, a list of notes, the writer's dated line,
 * where the story came from, a rule) are no part of the story, nor the notes in a list below its
 * last paragraph, nor the document's comments at its foot and their letters in the text ("…
 * surface.[a]"). Found only by a list of two notes or more, a rule or a note of the story's
 * source in the text's first 40 lines, with the story's header below them: a line, then a byline
 * or a date within the next three.
 */
function withoutNotes(blocks: readonly Block[], batch?: BatchContext): { blocks: Block[]; removed: RemovedLine[] } {
  const lines = blocks.flatMap((b) => (b.kind === "lines" ? b.lines : []));
  const top = lines.slice(0, 40);
  const isNote = (t: string) => NOTE_BULLET.test(t) || DOCUMENT_RULE.test(t) || SOURCE_NOTE.test(t);
  let end = -1;
  for (let k = 0; k < top.length; k++) {
    const t = top[k]!.text;
    if (DOCUMENT_RULE.test(t) || SOURCE_NOTE.test(t) || (NOTE_BULLET.test(t) && (NOTE_BULLET.test(top[k - 1]?.text ?? "") || NOTE_BULLET.test(top[k + 1]?.text ?? "")))) end = k;
    // The story's first paragraph: the notes are above it, if anywhere.
    else if (words(t) >= 25 || (words(t) >= 12 && readsAsSentence(t))) break;
  }
  if (end < 0) return { blocks: [...blocks], removed: [] };
  // The writer's dated line after the notes ("Pulled 3 Feb 2020 – KP"), before the story's headline.
  // Its year may go unsaid beside the writer's initials ("KF – Saturday 24 August").
  const dated = (t: string) => words(t) <= 8 && (isDateLine(t, batch) || (INITIALED.test(t) && MONTH_WORD.test(t)));
  while (end + 1 < lines.length && dated(lines[end + 1]!.text)) end++;
  const anchor = (l: SourceLine | undefined) => !!l && (isByline(l.text) || isDateLine(l.text, batch));
  const headline = lines[end + 1];
  if (!headline || isNote(headline.text) || anchor(headline) || !anchoredBelow(lines, end + 1, lines.length, batch)) return { blocks: [...blocks], removed: [] };
  const drop = new Map<SourceLine, string>();
  for (const l of lines.slice(0, end + 1)) drop.set(l, "a note above the pasted story, by the writer of the document it was pasted in");
  // Below the story: the comments at the foot, then a list of notes under its label ("Follow-up:").
  const letters = new Set<string>();
  let k = lines.length - 1;
  for (; k > end && DOCUMENT_COMMENT.test(lines[k]!.text); k--) {
    letters.add(DOCUMENT_COMMENT.exec(lines[k]!.text)![1]!);
    drop.set(lines[k]!, "a comment of the document the story was pasted in, printed at its foot");
  }
  const bullets = k;
  while (k > end && NOTE_BULLET.test(lines[k]!.text) && words(lines[k]!.text) <= 20) k--;
  if (k < bullets && k > end && /^[\p{L} '’-]{2,30}:$/u.test(lines[k]!.text)) {
    for (let j = k; j <= bullets; j++) drop.set(lines[j]!, "a note below the pasted story, by the writer of the document it was pasted in");
  }
  const anchors = letters.size ? new RegExp(`\\[(?:${[...letters].join("|")})\\](?=\\s|$|\\[)`, "g") : undefined;
  return sortLines(blocks, (l) => {
    const why = drop.get(l);
    if (why) return why;
    // The comments' letters in the story's text: "… surface.[a]" is "… surface.".
    const text = anchors && l.text.length <= 20_000 ? l.text.replace(anchors, "") : l.text;
    return text === l.text ? l : { ...l, text };
  });
}

/**
 * What an email's subject says the story's headline is: the subject without the forwarding
 * marks before it and the sender's name before a colon ("Fwd: The Valley Brief: Reservoir
 * levels fall" from "The Valley Brief <hello@…>" is "Reservoir levels fall").
 * @example subjectHeadline("Fwd: The Valley Brief: Reservoir levels fall", "The Valley Brief <hello@brief.example>") // "Reservoir levels fall"
 */
export function subjectHeadline(subject: string, from: string): string | undefined {
  let text = subject.trim();
  for (let mark = /^(?:Fwd?|FW|Re|RE|AW|TR)\s*:\s*/.exec(text); mark; mark = /^(?:Fwd?|FW|Re|RE|AW|TR)\s*:\s*/.exec(text)) text = text.slice(mark[0].length);
  // The display name before the address: "The Valley Brief <hello@…>" (cut by string search, not a pattern).
  const angle = from.indexOf("<");
  const sender = (angle < 0 ? from : from.slice(0, angle)).replace(/["“”]/g, "").trim();
  if (sender && text.toLowerCase().startsWith(`${sender.toLowerCase()}:`)) text = text.slice(sender.length + 1).trim();
  return text || undefined;
}

/**
 * Takes the site's chrome out of the blocks, returning what was removed.
 * @example removeChrome(toBlocks("Watch CBS News\n\nStory.")).removed[0].reason // "video prompt"
 */
export function removeChrome(blocks: readonly Block[], batch?: BatchContext): { blocks: Block[]; removed: RemovedLine[]; flagged: RemovedLine[]; besideMenu: Set<SourceLine> } {
  const removed: RemovedLine[] = [];
  // Lines printed in one block with a line of known chrome ("Daily Valley Nation" over "Home |
  // News | Counties", a feed's name under "Read Later"): the site's bar, its masthead or its
  // tagline, weighed as no headline. A headline stands in a block of its own or with its byline.
  const besideMenu = new Set<SourceLine>();
  const flagged: RemovedLine[] = [];
  const out: Block[] = [];
  // The label of a related link ("Read More", "RELATED STORIES") just removed: the headline on
  // the line after it is the link's.
  let label: string | undefined;
  // Whether a line that reads as a sentence has been kept: the story (or a dek) has started, so
  // a list's label no longer stands over the page's own headline.
  let below = false;
  // Whether a comment thread's sorting label has been read below the story: what follows is
  // readers' comments (their names, words, ages and buttons), to the page's end.
  let thread: string | false = false;
  const labelsRead = readLabels(blocks, batch);
  // "2 Comments" below the story over a commenter's name and the time they posted ("NorthSider77"
  // / "Jan 24, 2019 at 10:39 am"), as a news site's comment section opens: the thread's label.
  // The count alone may stand by the byline, so the first comment's name and time must follow.
  const flat = blocks.flatMap((b) => (b.kind === "lines" ? b.lines : []));
  const commentCount = (l: SourceLine) => {
    if (!COMMENT_COUNT.test(l.text) && !COMMENT_BOX.test(l.text)) return false;
    const k = flat.indexOf(l);
    const name = flat[k + 1];
    const time = flat[k + 2];
    return !!name && !!time && words(name.text) <= 4 && !readsAsSentence(name.text) && !isDateLine(name.text, batch) && isDateLine(time.text, batch);
  };
  const labels = (line: string) => {
    // With an emoji before it, as a newsletter prints its sections' labels: "🗞️ IN OTHER NEWS".
    const text = line.replace(EMOJI_LEAD, "");
    return RELATED_LABEL.test(text) || PUBLICATION_LABEL.test(text) || TOPICS_LABEL.test(text) || (below && (LIST_LABEL.test(text) || LIST_LABEL_FROM.test(text) || SPONSOR_LABEL.test(text) || CALENDAR_LABEL.test(text)));
  };
  for (const block of blocks) {
    if (block.kind !== "lines") {
      out.push(block);
      continue;
    }
    // A line right above a gallery's "Hide Caption" button: the picture's caption.
    const captions = new Set<SourceLine>();
    let lastKept: SourceLine | undefined;
    const kept = block.lines.filter((l, k) => {
      // The line under "Image copyright" or "Image source" is the picture's credit, read with its
      // label later ("BBC" recurs on a site's pages as the credit of its own pictures).
      const keep = (k > 0 && IMAGE_LABEL.test(block.lines[k - 1]!.text) && !chromeReason(l.text)) || keepLine(l);
      if (keep) lastKept = l;
      else if (lastKept && /^hide caption$/i.test(l.text) && !creditLine(lastKept.text) && words(lastKept.text) <= 40 && !hasSentenceBreak(lastKept.text)) captions.add(lastKept);
      return keep;
    });
    function keepLine(l: SourceLine): boolean {
      if (l.field === "page") {
        removed.push({ line: l.line, text: l.text, reason: l.furniture ?? PRINTED_PAGE });
        return false;
      }
      if (thread) {
        removed.push({ line: l.line, text: l.text, reason: `a reader's comment or its buttons, in the thread below "${thread}"` });
        return false;
      }
      const after = label;
      label = undefined;
      if (below && (COMMENT_THREAD.test(l.text) || commentCount(l))) {
        removed.push({ line: l.line, text: l.text, reason: "a comment thread's label" });
        thread = l.text;
        return false;
      }
      const labelReason = labelsRead.get(l);
      if (labelReason) {
        removed.push({ line: l.line, text: l.text, reason: labelReason });
        return false;
      }
      // A credit of slashed names below a photo's caption ("Ann Lee / AP / Scanpix / LETA") reads as a menu's items, but is the photo's.
      const reason = lastKept && captionAbove(lastKept.text) && creditLine(l.text) ? undefined : chromeReason(l.text);
      if (reason) {
        removed.push({ line: l.line, text: l.text, reason });
        // A label in two languages ("Darllen mwy / Read more") labels as its English half does.
        const slash = l.text.lastIndexOf(" / ");
        if (labels(l.text)) label = l.text;
        else if (slash >= 0 && labels(l.text.slice(slash + 3))) label = l.text.slice(slash + 3);
        // An item's age between a list's links below the story ("3h ago"): the list goes on.
        else if (below && after) label = after;
        return false;
      }
      // A list's label below the story's start ("Most Read Local Stories", "Related News"), not known as chrome by
      // itself: the headlines under it are the list's.
      const unmarked = l.text.replace(EMOJI_LEAD, "");
      if (below && (LIST_LABEL.test(unmarked) || RELATED_LABEL.test(unmarked) || CALENDAR_LABEL.test(unmarked)) && !/^More information/i.test(l.text) && words(l.text) <= 8) {
        removed.push({ line: l.line, text: l.text, reason: "a list's label below the story" });
        label = l.text;
        return false;
      }
      // A link's date or age between a list's links below the story ("Dec 16, 2018", "11h"): the list's, and it goes on.
      if (below && after && !PUBLICATION_LABEL.test(after) && !TOPICS_LABEL.test(after) && (isDateLine(l.text, batch) || AGE_FIELD.test(l.text))) {
        removed.push({ line: l.line, text: l.text, reason: `a related link's date, in the list after "${after}"` });
        label = after;
        return false;
      }
      // A carousel's buttons and its page between a list's links below the story ("RELATED ARTICLES" over
      // "Previous", "1", "Next" and the headlines): the list's, and it goes on.
      if (below && after && !PUBLICATION_LABEL.test(after) && !TOPICS_LABEL.test(after) && CAROUSEL_BUTTON.test(l.text)) {
        removed.push({ line: l.line, text: l.text, reason: `a carousel's button, in the list after "${after}"` });
        label = after;
        return false;
      }
      const labelled = after && (PUBLICATION_LABEL.test(after) ? isPublicationName(l.text) && "the publication" : TOPICS_LABEL.test(after) ? isTopicList(l.text) && "the topics" : sectionItem(after, l.text) || (isLinkHeadline(l.text) && "a related link's headline"));
      if (labelled) {
        removed.push({ line: l.line, text: l.text, reason: `${labelled}, on the line after "${after}"` });
        // A list under the label below the story's start: more links, or more topics one to a
        // line, go on it ("Related Articles" over two headlines, "Archived In" over "Spain" and "Madrid").
        if (below) label = after;
        return false;
      }
      if (readsAsSentence(l.text)) below = true;
      const files = batch?.recurring.get(lineKey(l.text));
      // A byline, a date, a copyright line, a picture's label ("Image caption", read with the
      // picture below) or a photo's credit ("Associated Press", "Valley Water Board" below a
      // caption that says it is a photo) recurs in a batch of one outlet without being chrome.
      // A subheading ending with a colon over a sentence of the story ("Dive Brief:"), though every page of the outlet prints it.
      const next = flat[flat.indexOf(l) + 1];
      if (files && SUBHEAD_LABEL.test(l.text) && !!next && (readsAsSentence(next.text) || /[.!?][\]"”’)]{0,3}$/.test(next.text)) && words(next.text) >= 8) {
        flagged.push({ line: l.line, text: l.text, reason: `possibly chrome: recurs in ${files} files of this import, kept as a subheading: it ends with a colon over a sentence of the story` });
        return true;
      }
      if (!files || isByline(l.text) || isDateLine(l.text, batch) || isCopyright(l.text) || isFileName(l.text) || IMAGE_LABEL.test(l.text) || (!!lastKept && (!!creditLine(l.text) || (PHOTO_CUE.test(lastKept.text) && !TERMINAL.test(lastKept.text))))) return true;
      // "Interested in sharing a story idea? Submit it here.": a recurring line that sends the
      // reader somewhere ("… here") is the page's, however much it reads as a sentence.
      if (CALL_TO_ACTION.test(l.text)) {
        removed.push({ line: l.line, text: l.text, reason: `recurs in ${files} files of this import, and asks the reader to click` });
        return false;
      }
      const site = readsAsSentence(l.text) && batch?.siteNames && siteNameIn(l.text, batch.siteNames);
      if (site) {
        // "Support for KPBX comes from listeners like you.": a recurring sentence that names the
        // site (its masthead recurs as a line of its own) is the site speaking, not the story.
        removed.push({ line: l.line, text: l.text, reason: `recurs in ${files} files of this import, and names the site (${site})` });
        return false;
      }
      // "Welcome back! You've successfully signed in.", "Keep up with … with our lunchtime news
      // wrap.": a recurring sentence with no quotation that speaks to the reader or as the site
      // ("you", "our", "we") is the page's; a story's own recurring sentence reports, in the third person.
      const voice = speaksToReader(l.text);
      // Versions of one story in the batch: its sentences recur because the story does.
      if (voice && batch?.sharedStory?.has(lineKey(l.text))) {
        flagged.push({ line: l.line, text: l.text, reason: `possibly chrome: recurs in ${files} files of this import, kept because those files share the story around it` });
        return true;
      }
      if (voice) {
        removed.push({ line: l.line, text: l.text, reason: `recurs in ${files} files of this import, and speaks to the reader or as the site ("${voice}")` });
        return false;
      }
      if (readsAsSentence(l.text)) {
        flagged.push({ line: l.line, text: l.text, reason: `possibly chrome: recurs in ${files} files of this import, kept because it reads as a sentence` });
        return true;
      }
      removed.push({ line: l.line, text: l.text, reason: `recurs in ${files} files of this import` });
      // A recurring label ("More on this story", "Most Read") labels the link below it as a known one does.
      if (labels(l.text)) label = l.text;
      return false;
    }
    // A picture's credit printed twice with its buttons between ("Ann Lee/AP" / "hide caption" /
    // "toggle caption" / "Ann Lee/AP"), as a public broadcaster's page prints it: once is the credit.
    for (let k = kept.length - 1; k > 0; k--) {
      if (kept[k]!.text !== kept[k - 1]!.text || !creditLine(kept[k]!.text)) continue;
      removed.push({ line: kept[k]!.line, text: kept[k]!.text, reason: "the picture's credit again" });
      kept.splice(k, 1);
    }
    // The lines around a gallery's caption stay blocks of their own; the caption is a figure.
    let from = 0;
    for (const [k, l] of kept.entries()) {
      if (!captions.has(l)) continue;
      if (k > from) out.push({ kind: "lines", lines: kept.slice(from, k) });
      out.push({ kind: "figure", figure: { caption: l.text }, line: l.line });
      from = k + 1;
    }
    if (from < kept.length) out.push({ kind: "lines", lines: kept.slice(from) });
    // A paywall's label over the headline, as a kicker is printed, makes no menu of its block.
    const taints = (l: SourceLine) => {
      const reason = kept.includes(l) ? undefined : chromeReason(l.text);
      return !!reason && reason !== "paywall label";
    };
    if (kept.length < block.lines.length && block.lines.some(taints)) for (const l of kept) besideMenu.add(l);
  }
  return { blocks: out, removed, flagged, besideMenu };
}

/**
 * Labels printed on a line of their own over what they label, read with it: a date's label over
 * its date ("Published" over "29 January 2020", "Updated" over the next), which is then read with
 * the label so its role is kept; a byline's label over the names ("Author of the article:" over
 * "Ann Lee", in the next block or the same), which then read as "By Ann Lee". Returns the label
 * lines, to be removed, with the reason.
 */
function readLabels(blocks: readonly Block[], batch?: BatchContext): Map<SourceLine, string> {
  const lines = blocks.flatMap((b) => (b.kind === "lines" ? b.lines : []));
  const blockOf = new Map(blocks.flatMap((b, i) => (b.kind === "lines" ? b.lines.map((l) => [l, i] as const) : [])));
  const labels = new Map<SourceLine, string>();
  // A web clipper's stamp at the top of the note: when the page was clipped, not when the story ran.
  // OneNote's "Friday, January 31, 2020" over "10:33 AM", where the note says "Clipped from: …";
  // Evernote's "Created:" and "Updated:" fields, where its table holds "URL:", "Tags:" or "Source:" too.
  const top = lines.slice(0, 12);
  const clipped = lines.some((l) => /^Clipped from: (?:https?:\/\/|www\.)\S+$/.test(l.text));
  for (const [k, l] of top.slice(0, 6).entries()) {
    const next = top[k + 1];
    if (clipped && next && CLIP_DAY.test(l.text) && /^\d{1,2}:\d{2}(?::\d{2})? ?[AP]M$/.test(next.text)) {
      labels.set(l, CLIPPER_STAMP);
      labels.set(next, CLIPPER_STAMP);
    }
  }
  if (top.some((l) => /^(?:URL|Tags|Source|Source URL|Notebook):\t/.test(l.text))) for (const l of top) if (/^(?:Created|Updated|Modified):\t\S/.test(l.text)) labels.set(l, CLIPPER_STAMP);
  // A page clipped to a Notion database, as Notion copies it: each property's name on its own line
  // over its value ("Created" over "March 11, 2024 12:38 PM", "URL" or "Link" over the page's
  // address). The page was created when it was clipped; the story's own date is below.
  if (top.some((l, k) => CLIP_ADDRESS_PROPERTY.test(l.text) && /^https?:\/\/\S+$/.test(top[k + 1]?.text ?? ""))) {
    for (const [k, l] of top.entries()) {
      const next = top[k + 1];
      if (next && CLIP_TIME_PROPERTY.test(l.text) && isDateLine(next.text, batch)) {
        labels.set(l, CLIPPER_STAMP);
        labels.set(next, CLIPPER_STAMP);
      }
    }
  }
  // A research release's fields below it, each label in capitals on its own line over its value
  // ("JOURNAL" over "Nature Communications", "DOI", "METHOD OF RESEARCH", "ARTICLE TITLE" over the
  // paper's title): the paper's record, not the story. Two labels at least, so a section's
  // "JOURNAL" alone stands.
  const releaseFields = lines.filter((l) => RELEASE_FIELD.test(l.text));
  if (releaseFields.length >= 2) {
    for (const l of releaseFields) {
      labels.set(l, RELEASE_FIELD_REASON);
      const next = lines[lines.indexOf(l) + 1];
      if (next && !RELEASE_FIELD.test(next.text) && next.text.length <= 300 && blockOf.get(next) === blockOf.get(l)) labels.set(next, RELEASE_FIELD_REASON);
    }
  }
  archiveCaptureTime(lines, labels, batch);
  sponsorUnderLabel(lines, labels);
  // The authors named in a box over their titles: their disclosure statements below are the box's too.
  const authors: string[] = [];
  lines.forEach((l, k) => {
    const next = lines[k + 1];
    if (!next || next.text.length > 200 || labels.has(l)) return;
    const label = l.text.replace(/:$/, "");
    // An academics' site's box: "Authors" over each name over the author's title and institution
    // ("Ann Lee" / "Associate Professor of Hydrology, University of Leeds"), above the story or
    // below it. The names are the byline; the titles are the box's.
    if (AUTHORS_BOX.test(l.text) && isNameLine(next.text) && lines[k + 2] && isAffiliation(lines[k + 2]!.text)) {
      const names: SourceLine[] = [];
      for (let j = k + 1; j + 1 < lines.length && names.length < 6 && isNameLine(lines[j]!.text) && isAffiliation(lines[j + 1]!.text); j += 2) {
        names.push(lines[j]!);
        labels.set(lines[j + 1]!, "an author's title and institution, under the name in the authors' box");
      }
      authors.push(...names.map((n) => n.text));
      labels.set(l, "the authors' box's label, over the names and their titles");
      for (const n of names.slice(1)) labels.set(n, `an author's name, read into the byline at line ${names[0]!.line}`);
      names[0]!.text = `${names.length > 1 ? "Authors" : "Author"}: ${names.map((n) => n.text).join(" and ")}`;
      return;
    }
    // "Disclosure statement" over each author's: "Ann Lee receives funding from …", "Bob Stone does not work for …".
    if (DISCLOSURE_LABEL.test(l.text) && authors.length) {
      labels.set(l, "the authors' disclosure statement's label");
      for (const n of lines.slice(k + 1, k + 1 + authors.length)) {
        if (!authors.some((a) => n.text.startsWith(`${a} `))) break;
        labels.set(n, "an author's disclosure statement, under its label");
      }
      return;
    }
    if (DATE_LABEL_LINE.test(l.text) && isDateLine(`${label} ${next.text}`, batch)) {
      labels.set(l, "a date's label, read with the date on the line below it");
      next.text = `${label} ${next.text}`;
    } else if (BYLINE_LABEL_LINE.test(l.text) && isLabelledName(next.text)) {
      labels.set(l, "a byline's label, over the names on the lines below it");
      // The names one to a line below it, up to four, in the first one's block.
      next.text = `By ${next.text}`;
      for (const n of lines.slice(k + 2, k + 5)) {
        if (blockOf.get(n) !== blockOf.get(next) || !isNameLine(n.text) || isNamesLine(n.text)) break;
        n.text = `By ${n.text}`;
      }
    }
  });
  return labels;
}

// --- What a line is ---------------------------------------------------------------------

/** What a web clipper's stamp is, as reported. */
const CLIPPER_STAMP = "the web clipper's stamp: when the page was clipped, not when the story ran";
/** A Notion database's property naming the clipped page's address, on its own line over it. */
const CLIP_ADDRESS_PROPERTY = /^(?:URL|Link|Source|Source URL|Page URL)$/;
/** A Notion database's property of when the page was made or edited, on its own line over its value. */
const CLIP_TIME_PROPERTY = /^(?:Created|Created time|Created at|Date created|Date added|Clipped|Last edited time|Edited|Updated)$/;
/** A research release's field label, as EurekAlert! prints it below the release. */
const RELEASE_FIELD = /^(?:JOURNAL|DOI|METHOD OF RESEARCH|SUBJECT OF RESEARCH|ARTICLE TITLE|ARTICLE PUBLICATION DATE|COI STATEMENT|FUNDER)$/;
const RELEASE_FIELD_REASON = "a research release's field (the journal, DOI, method, paper's title and date): the paper's record, not the story";
/** A day's long date with its weekday, as OneNote stamps a note: "Friday, January 31, 2020". */
const CLIP_DAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}$/;

/**
 * "Sponsored by" alone over the sponsor's name, as Village Media's sites print the box between a
 * story's paragraphs: the label and the name are the box's. The name is a short line of
 * capitalised words with no stop ("Pinewood Chevrolet Buick GMC", "Cedar Ridge Realty Ltd., Brokerage").
 */
function sponsorUnderLabel(lines: readonly SourceLine[], labels: Map<SourceLine, string>): void {
  lines.forEach((l, k) => {
    const next = lines[k + 1];
    // The label alone, its sponsor's name on the next line ("Sponsored by", "Presented by:").
    if (!SPONSOR_LABEL.test(l.text) || !/ by:?$/i.test(l.text) || labels.has(l)) return;
    labels.set(l, "a sponsor's label");
    if (next && words(next.text) <= 8 && /^\p{Lu}/u.test(next.text) && !/[!?:;]$/.test(next.text) && !readsAsSentence(next.text)) labels.set(next, "a sponsor's name, under its label");
  });
}

/** archive.today's bar over a saved page: its name ("archive.ph", "archive.today") and "webpage capture". */
const ARCHIVE_BAR = /^(?:archive\.(?:today|ph|is|li|vn|md|fo)|webpage capture)$/i;

/** What an archive's capture time is, as reported. */
const ARCHIVE_STAMP = "the archive's capture time: when the page was saved, not when the story ran";

/**
 * archive.today's bar prints when it saved the page ("04 Mar 2021 06:21:27 UTC") a few lines below
 * "Saved from" and the page's address, above the page's own header: the story's date is the page's
 * own, below the bar, even when the bar's time comes first.
 */
function archiveCaptureTime(lines: readonly SourceLine[], labels: Map<SourceLine, string>, batch?: BatchContext): void {
  const top = lines.slice(0, 12);
  if (!top.some((l) => ARCHIVE_BAR.test(l.text))) return;
  const saved = top.findIndex((l) => /^Saved from$/i.test(l.text));
  if (saved < 0) return;
  const stamp = top.slice(saved + 1, saved + 5).find((l) => isDateLine(l.text, batch));
  if (stamp) labels.set(stamp, ARCHIVE_STAMP);
}

/** A section's path, its parts parted by slashes: "UAE / Government", "World / Middle East". */
const BREADCRUMB = /^\p{Lu}[\p{L}&'’.-]*(?: \p{Lu}[\p{L}&'’.-]*)?(?: \/ \p{Lu}[\p{L}&'’.-]*(?: \p{Lu}[\p{L}&'’.-]*)?){1,3}$/u;

/** The label over a story's summary points, under the headline: "Highlights", "Key points", "Story highlights". */
const SUMMARY_LABEL = /^(?:Highlights|HIGHLIGHTS|Key points|KEY POINTS|Story highlights|STORY HIGHLIGHTS|Key takeaways|In brief|At a glance|What you need to know)[.:]?$/;

/** The label over an authors' box: "Authors", "Author". */
const AUTHORS_BOX = /^Authors?:?$/;
/** The label over the authors' disclosure statements. */
const DISCLOSURE_LABEL = /^Disclosure statements?:?$/i;

/**
 * An author's title and institution, under the name: "Associate Professor of Hydrology, University
 * of Leeds", "PhD Candidate, Monash University", "Research Fellow".
 */
function isAffiliation(text: string): boolean {
  return (
    text.length <= 160 &&
    !/[.!?]$/.test(text) &&
    /\b(?:Professor|Lecturer|Reader|Researcher|Research|Fellow|Director|Candidate|Student|Scientist|Chair|Dean|Instructor|Postdoctoral|Head|Curator|Economist|Historian|Adjunct|Emeritus|Visiting)\b/.test(text) &&
    /^\p{Lu}/u.test(text)
  );
}

/** A US or Canadian station's call sign, with its band, channel or "News": "KMKC", "WXSB-TV", "KMRO 7 News", "CBC". */
const CALL_SIGN = /^[KWC][A-Z]{2,3}(?:-(?:TV|FM|AM|DT|CD|LD))?(?: \d{1,2})?(?: News)?$/;

/** A newsletter's label over its lead story: "TOP STORY", "Today's top story". */
const LEAD_LABEL = /^(?:\p{Extended_Pictographic}\uFE0F? ?)?(?:TOP STORY|Top story|LEAD STORY|Lead story|FEATURED STORY|Featured story|THE BIG STORY|The big story|Today['’]s top story|TODAY['’]S TOP STORY)[.:]?$/u;

/** A comment section's count: "2 Comments", "1 comment", "14 Responses". */
const COMMENT_COUNT = /^(?:\d{1,5} (?:[Cc]omments?|COMMENTS?|[Rr]esponses?|RESPONSES?)|(?:Comments?|COMMENTS?|Responses|RESPONSES) \(\d{1,5}\))$/;

/** A comment thread's sorting label, as a social post, a forum or a comment service prints it over the comments: "Most relevant", "All comments", "sorted by: best". */
const COMMENT_THREAD = /^(?:Most relevant|All comments|Top comments|Newest first|Oldest first|Comments Section|Sort by:|sorted by: (?:best|top|new|controversial|old|q&a)|(?:\d{1,5}|No) comments?:|Comments \d{1,5})$/i;

/**
 * A newsletter's sponsor's section below the story, with or without an emoji: "📣 FROM OUR
 * SPONSOR: VALLEY CREDIT UNION", "Together with Mesa Home Services", "A message from our sponsor".
 */
const SPONSOR_LABEL = /^(?:(?:A )?(?:message|word) from our sponsors?|From our sponsors?|Today['’]s sponsor|Sponsored by|Presented by|Together with|Brought to you by)(?:[:,]? \p{Lu}[\p{L}\d'’&., -]{1,50})?:?$/iu;
/** A newsletter's or school's list of coming events below the story: "🗓️ ON THE CALENDAR", "Upcoming Events". */
const CALENDAR_LABEL = /^(?:On the calendar|(?:Upcoming|Coming) events|Events this week(?:end)?|This week(?:end)?['’]s events|Coming up)[.:]?$/i;
/** An event in such a list: "Saturday: Farmers market at the depot, 8 a.m.-noon.", "Feb 3 No School - Teacher Work Day". */
const EVENT_ITEM = /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Today|Tonight|Tomorrow|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2})(?:,? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2})?(?::| [-–—])? [^!?]{2,120}$/;

/**
 * What a line under a sponsor's or a calendar's label is: the sponsor's message, spoken to the
 * reader ("Open a checking account with no monthly fees …"), or an event of the list.
 * @example sectionItem("🗓️ ON THE CALENDAR", "Tuesday: School board meeting, 6 p.m., district office.") // "an event in the list"
 */
function sectionItem(label: string, line: string): string | false {
  const text = label.replace(EMOJI_LEAD, "");
  if (SPONSOR_LABEL.test(text)) return !!speaksToReader(line) && words(line) <= 60 && "the sponsor's message";
  if (CALENDAR_LABEL.test(text)) return EVENT_ITEM.test(line) && "an event in the list";
  return false;
}

/** A carousel's buttons and its page number, each on a line of its own: "Previous", "Next", "2 of 5". */
const CAROUSEL_BUTTON = /^(?:Previous|Prev|Next|[‹›«»<>←→]|\d{1,2}(?: (?:of|\/) \d{1,2})?)$/i;

/** A related link's label on a line of its own: "Read More", "RELATED STORIES", "See also:". */
/**
 * A subheading that labels the paragraphs under it, ending with a colon: "Dive Brief:", "Why it
 * matters:", "What happens next:". A trade site prints the same ones on every story, so one
 * recurring in a batch is still the story's when a sentence follows it.
 */
const SUBHEAD_LABEL = /^\p{Lu}[\p{L}'’&-]*(?: [\p{L}'’&-]+){0,3}:$/u;

const RELATED_LABEL = /^(?:Related(?: (?:stories|story|articles|article|content|coverage|links|news|headlines))?|Keep reading|Sponsored(?: Content| Stories| Links)?|More for you|More from this (?:magazine|author|publisher|source)|More videos(?: \.\.\.|…)?|(?:Just|Must) watch(?:ed)?|Read (?:more|next|also)(?: here)?|Also read|See also|More (?:on|about) this(?: (?:story|topic|subject))?|Recommended(?: (?:stories|reading))?|You (?:may|might) also like|More like this|More on this (?:news )?release|Explore more|(?:Also )?[Ww]orth reading|Further reading|Also interesting|Next up(?: in [\w&' ]{2,30})?|Must read(?: stories)?|(?:Previous|Next) (?:article|post))[.:]?$/i;

/**
 * Labels a site prints over lists of its other stories, in its top bar as well as below a story
 * ("Trending", "Most Read", "Latest News", "More information"): they label the headline below
 * them only below the story's start, where no headline of the page's own can be.
 */
const LIST_LABEL = /^(?:Trending(?: now| stories| news)?|Top stories|Recent (?:posts|articles|stories)|Recommended for you|Popular|Most (?:read|popular|viewed|shared)(?: (?:local|national|world|business|sports|politics|metro))?(?: (?:news|stories|articles|videos|opinion))?|Latest(?: news| stories| headlines)?|More (?:(?:local|top|latest) )?(?:news|stories|headlines)|Related posts|(?:In )?[Oo]ther news|More information|Editors?['’]? picks)[.:]?$/i;

/**
 * The same naming where the list is from: "Latest from New Zealand", "More in Business", "Most
 * read in Sport", "RELATED STORIES FROM THE VALLEY BEE", "More articles by Ann Lee", "Trending Stories at
 * valley7.example".
 */
const LIST_LABEL_FROM = /^(?:(?:Latest|More|Most read|Top stories|Popular) (?:from|From|in|In|on|On)|(?:Latest|Top|Popular) (?:Stories|stories|News|news|Articles|articles) (?:from|From)|More (?:articles|stories|posts) by|(?:Related|More) (?:stories|articles|news|coverage|Stories|Articles|News|Coverage) (?:from|From)|(?:RELATED|MORE) (?:STORIES|ARTICLES|NEWS|COVERAGE) FROM) (?:the |The )?\p{Lu}[\p{L}'’&. -]{1,40}$|^Trending (?:Stories |stories |Now |now )?(?:at|on) [\w-]{1,40}(?:\.[\w-]{1,40}){1,3}$/u;

/** A label over a list of topics on the next line: "Categories:" over "Appeals, Government, Regional". */
const TOPICS_LABEL = /^(?:Categories|Category|Tags|Topics|Keywords|In this (?:news|story|article)|Related Topics?|Filed under|Archived in|(?:Read )?[Mm]ore about|Follow the topics in this (?:article|story)|This (?:article|story) (?:is )?tagged (?:under|with)|Este artículo está etiquetado en):?$/i;

/** A label over the names on the lines below it: "Author of the article:", "By", "Written by". */
const BYLINE_LABEL_LINE = /^(?:Authors? of (?:the|this) (?:article|story):?|(?:Authors?|Reporters?|Writers?):|(?:Written by|Story by|By):?)$/i;

/** A date's label on a line of its own, over the date: "Published" over "29 January 2020". */
const DATE_LABEL_LINE = /^(?:Published|Posted|Updated|Last updated|First published|Modified|Last modified|Date)(?: on)?:?$/i;

/** A list of topics: items of one to four words parted by commas, no stop at the end, capitalised or in lower case as CNA prints them ("climate change"). */
const isTopicList = (text: string) => text.length <= 300 && text.split(/,\s*/).every((x) => /^[\p{Lu}\p{Ll}][\p{L}&'’-]*(?: [\p{L}&'’-]+){0,3}$/u.test(x));

/** A blog platform's label over the publication a post is in: "Published in" over "Valley Voices". */
const PUBLICATION_LABEL = /^(?:Published|Posted) in$/i;

/**
 * What a byline's label may stand over: a name line, or an outlet of one to five capitalised
 * words ("The Canadian Press"), no stop at the end.
 */
const isLabelledName = (text: string) => isNameLine(text) || (/^\p{Lu}[\p{L}&'’.-]*(?: \p{Lu}[\p{L}&'’.-]*){0,4}$/u.test(text) && !/[.!?]$/.test(text));

/** A publication's name: one to six words, capitalised, no stop at the end. */
const isPublicationName = (text: string) => /^\p{Lu}/u.test(text) && words(text) <= 6 && !/[.!?:;,]$/.test(text);

/** A headline as a link prints it: a capital, 3 to 20 words, no stop at the end. */
// A list's number before it, as a "Most popular" box numbers them: "1. Council cuts watering days".
// Not a sentence that ends inside its quotation marks ('The father said "I love my children."'): the story's.
const isLinkHeadline = (text: string) => /^(?:\d{1,2}[.)] |[*•] )?["“‘']?\p{Lu}/u.test(text) && words(text) >= 3 && words(text) <= 20 && !/[.!:;,]$/.test(text) && !/[.!?]["”’']$/.test(text);

/** The reader addressed, or the site speaking: "you", "your", "we", "our" (not "US"). */
const READER_ADDRESS = /\b(?:[Yy]ou(?:rs?|['’](?:ve|re|ll|d))?|[Ww]e|[Oo]urs?|us)\b/;

/**
 * The word by which a sentence with no quotation speaks to the reader or as the site, if any.
 * @example speaksToReader("Welcome back! You've successfully signed in.") // "You've"
 */
export function speaksToReader(text: string): string | undefined {
  return readsAsSentence(text) && !/["“”]/.test(text) ? READER_ADDRESS.exec(text)?.[0] : undefined;
}

/**
 * A line that ends by sending the reader to a link: "Submit it here.", "Click here to sign up".
 * "here" or "below" only: "… where the money will go now." is a sentence a wire story may
 * repeat across an import.
 */
const CALL_TO_ACTION = /\b(?:click|tap|submit|sign up|subscribe|learn more|find out more|go|visit|apply|register|download|donate|share|send|email|e-mail|text)\b(?: (?:it|them|us|yours?|your \w+|more|now|today))? (?:here|below)(?: to [^.!?]{1,60})?[.!]?$/i;

/** Abbreviations whose full stop ends no sentence: "Mr. Lee", "U.S. President". */
const ABBREVIATION = /^(?:(?:\p{L}\.)+|(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gov|Sen|Rep|Gen|Lt|Col|Sgt|Capt|Prof|Rev|Mt|Ft|No|Inc|Co|Corp|Ltd|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.)$/u;

/**
 * Whether a text holds the end of one sentence and the start of another: a stop, a space and a
 * capital, the stop not an abbreviation's.
 * @example hasSentenceBreak("Photo of U.S. President Trump") // false
 */
export function hasSentenceBreak(text: string): boolean {
  const ws = text.split(/\s+/);
  return ws.some((w, i) => i + 1 < ws.length && /[.!?]["”’)]?$/.test(w) && /^["“‘'(]?\p{Lu}/u.test(ws[i + 1]!) && !ABBREVIATION.test(w));
}

const TERMINAL = /[.!?:;…"”’')\]]$/;
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/**
 * "By Rick Sallinger & Stan Bush", "By JANE DOE, Associated Press", "by: Ann Lee", "Written by
 * Ann Lee", "Author: Ann Lee (KWXY)", "Reporters: Ann Lee, Bob Stone".
 */
const BYLINE = /^(?:(?:(?:Written|Posted|Reported|Compiled|Story|Words|Text|Analysis|Opinion|Commentary|Perspective) )?By:?|Por|(?:Author|Reporter|Writer)s?:|(?:Text|Words|Story):)\s+(\S.{0,150})$/i;
const BYLINE_LABEL = /^(?:(?:(?:Written|Posted|Reported|Compiled|Story|Words|Text|Analysis|Opinion|Commentary|Perspective) )?By:?|Por|(?:Author|Reporter|Writer)s?:|(?:Text|Words|Story):)\s+/i;

/** Words that make a byline's piece an outlet, a role or a beat rather than a person. */
const NOT_A_PERSON = new Set(
  [
    "news press post ledger times herald tribune journal daily staff writer reporter correspondent associated reuters editor gazette chronicle review report media radio tv television service wire contributor contributing senior special desk bureau",
    // More roles, and nameplate words that are seldom surnames: "Ann Lee Courier Staff Writer".
    "columnist photographer photojournalist producer anchor meteorologist journalist intern freelance freelancer multimedia investigative digital political managing executive assistant associate deputy chief",
    "courier observer examiner register inquirer enquirer dispatch sentinel independent guardian telegraph bulletin courant monitor telegram statesman record recorder mirror globe citizen advocate beacon agencies",
    // Beats in a title: "Ann Lee Local Democracy Reporter", "Ann Lee Crime and Courts Reporter".
    "local democracy community affairs crime courts health education environment business politics sports science climate transport data video breaking weekend",
    // Desks in a title: "Ann Lee Live News Reporter", "General Assignment Reporter", "Foreign Correspondent".
    "live general assignment national international foreign trending entertainment weather",
    // An institution's offices, which sign its own news: "Police Department", "University Communications".
    "department office communications relations division public works utilities",
    // An opinion page's writers: "Opinion contributor", "Guest columnist".
    "opinion guest commentary",
    // A trade's and a farm paper's beats: "Senior Film Reporter", "Ag Policy Editor", "Crops Editor".
    "film music tech technology arts culture awards features policy ag agriculture agricultural farm crops livestock markets",
  ]
    .join(" ")
    .split(" "),
);
/** A word that names an institution, never a person: "University of Lakeport", "North Fork Institute of Technology". */
const INSTITUTION_WORD = /(?:^|\s)(?:University|Institute|College|Laboratory|Hospital|Foundation|Academy)(?:\s|$)/;
/** A beat in lower case and the role, before a capitalised name: "political reporter ", "chief court correspondent ". */
const BEAT_BEFORE_NAME = /^(?:\p{Ll}+ ){0,3}(?:reporter|correspondent|editor|writer|columnist|producer|journalist) (?=\p{Lu})/u;
/**
 * A service member's rank before the name, as a unit's public affairs office signs its stories
 * and photos ("Story by Staff Sgt. Ann Lee", "Senior Airman Bob Stone"): the rank is the writer's
 * title, not the name, as "Dr." is. Abbreviated ranks with their stop, or an enlisted rank's
 * words, before two more capitalised words at least; not a word that opens a company's name
 * as well ("Major League Baseball", "General Mills").
 */
const RANK_BEFORE_NAME = /^(?:(?:(?:Staff|Master|Tech\.|Gunnery|First|1st|Sgt\.|Command|Lance|Chief|Senior|Brig\.|Maj\.|Lt\.|Vice|Rear) )?(?:Sgt\.|Spc\.|Pfc\.|Pvt\.|Cpl\.|Capt\.|Lt\.|Maj\.|Col\.|Gen\.|Cmdr\.|Adm\.|Ens\.|CWO\d?|WO\d?|SSgt|TSgt|MSgt|SrA|A1C|MC\dC?)(?: (?:Maj\.|1st Class|2nd Class|3rd Class))?|(?:Senior |Staff )?Airman(?: 1st Class| First Class)?|Petty Officer (?:1st|2nd|3rd|First|Second|Third) Class|(?:Chief|Senior Chief|Master Chief) Petty Officer|Mass Communication Specialist (?:1st|2nd|3rd|Seaman)(?: Class)?) (?=\p{Lu}[\p{L}'’.-]+ \p{Lu})/u;
/** The words that make a line a role: "Chief Reporter", "Local Democracy Reporter", "Senior Correspondent". */
const ROLE_WORD = /^(?:reporter|correspondent|editor|editor-in-chief|writer|columnist|producer|journalist|photographer|photojournalist|anchor|meteorologist|contributor|intern)s?$/i;

/**
 * A line that is a role and nothing else, as papers print it below the byline's name: every word
 * a role's, a beat's or an outlet's (NOT_A_PERSON), one of them a role ("Chief Reporter"), at
 * most six words. Never a headline.
 * @example isRoleLine("Local Democracy Reporter") // true
 */
/** A guest writer's place under the name: "Your Turn", "Guest opinion", "Special to The Lakeport Record". */
const GUEST_ROLE = /^(?:Your Turn|Guest (?:[Oo]pinion|[Vv]iew|[Cc]olumn|[Cc]ommentary)|Special to (?:the |The )?\p{Lu}[\p{L}&'’.-]*(?: \p{Lu}[\p{L}&'’.-]*){0,4})$/u;

export function isRoleLine(text: string): boolean {
  // "Political Reporter·Kōwhai Herald·": the role, then the outlet, between middle dots or bars.
  if (/[·•|]/.test(text)) {
    const fields = text.length <= 120 ? text.split(/[·•|]/).map((f) => f.trim()).filter(Boolean) : [];
    return fields.length >= 1 && isRoleLine(fields[0]!) && fields.slice(1).every(isPublicationName);
  }
  // A guest's place under the name on an opinion page: "Your Turn" (Gannett's guest column), "Special to The Lakeport Record".
  if (GUEST_ROLE.test(text)) return true;
  const ws = text.split(/\s+/);
  // The outlet's initials before the role: "DTN Crops Editor", "ESPN Staff Writer".
  if (ws.length >= 2 && /^\p{Lu}{2,5}$/u.test(ws[0]!)) ws.shift();
  return ws.length <= 6 && /^\p{Lu}/u.test(text) && ws.some((w) => ROLE_WORD.test(w)) && ws.every((w) => NOT_A_PERSON.has(w.toLowerCase().replace(/[,.]$/, "")) || ROLE_WORD.test(w) || /^(?:and|of|for|&|at)$/i.test(w));
}

/** Lower-case words inside a name: "Ana de la Cruz", "Jan van der Berg". */
const NAME_PARTICLES = new Set("de la le du da di del van von der den ter bin al el".split(" "));

/**
 * A byline's piece without the role or outlet printed after the name, as community papers do:
 * "Ann Lee Staff Reporter" → "Ann Lee", "Ann Lee for The Courier" → "Ann Lee". The name is the
 * capitalised words before the first role word or lower-case word; a piece that is all role
 * ("Staff Writer", "Springfield Ledger") has no name of two words or more in front and is dropped.
 */
function nameBeforeRole(piece: string): string | undefined {
  // "Star Online Report", "Web Desk": a newsroom's desk, no person, however capitalised; nor
  // "Cedar Falls State University", the institution that issued a release.
  if (/\s(?:Report|Reports|Desk)$/.test(piece) || INSTITUTION_WORD.test(piece)) return undefined;
  // The reporter's beat before the name, as Australian broadcasters print it: "political
  // reporter Ann Lee", "state political reporter Ann Lee".
  const beat = BEAT_BEFORE_NAME.exec(piece);
  if (beat) piece = piece.slice(beat[0].length);
  const ws = piece.split(/\s+/);
  // "VPA", "VPA Home Affairs Correspondent": an agency's initials, alone or before a desk or a
  // beat in mixed case, are the agency's ("ANN LEE" in capitals is a name).
  if (/^\p{Lu}{2,6}$/u.test(ws[0] ?? "") && (ws.length === 1 || /\p{Ll}/u.test(ws[1]!))) return undefined;
  // "Ann Lee The Canadian Press", "Ann Lee USA TODAY": a capitalised "The", or a word in capitals
  // after a name in mixed case, starts the outlet.
  const mixed = /\p{Ll}/u.test(ws[0] ?? "");
  const end = ws.findIndex(
    (w, k) => NOT_A_PERSON.has(w.toLowerCase()) || (k > 0 && isNameplateWord(w)) || (/^\p{Ll}/u.test(w) && !NAME_PARTICLES.has(w)) || (k > 0 && (w === "The" || (mixed && k >= 2 && /^\p{Lu}{2,}$/u.test(w)))),
  );
  // "RFE/RL's Kazakh Service": an outlet's possessive or a slash is no person's name.
  if (ws.slice(0, end < 0 ? ws.length : end).some((w) => /['’]s$|\//.test(w))) return undefined;
  if (end < 0) return piece;
  // A lower-case word after a two-word name starts its role ("for The Courier"); a role word
  // at the start makes the whole piece a role or an outlet.
  return end >= 2 && /^\p{Lu}/u.test(ws[end - 1]!) ? ws.slice(0, end).join(" ") : undefined;
}

/** A line that reads as a sentence of prose: several words, a capital at the start, a stop at the end. */
export function readsAsSentence(text: string): boolean {
  return words(text) >= 5 && /^["“‘'(]?\p{Lu}/u.test(text) && /[.!?]["”’)]?$/.test(text) && /\p{Ll}/u.test(text);
}

/** A wire service's name after a reporter's, with no comma between: " Associated Press", " AP", " Reuters". */
const WIRE_AFTER_NAME = new RegExp(` (?:[Tt]he )?(?:${ONE_WIRE})$`);

/**
 * The names in a byline.
 * @example bylineNames("Rick Sallinger & Stan Bush") // ["Rick Sallinger", "Stan Bush"]
 */

/** "From Ann Lee": a German page's "Von Ann Lee" through a browser's translation, a byline's label. */
const TRANSLATED_FROM = /^From (?=\p{Lu}[\p{L}'’.-]+ \p{Lu})/u;

export function bylineNames(byline: string): string[] {
  byline = byline.replace(BYLINE_BULLET, "");
  if (TRANSLATED_FROM.test(byline) && byline.length <= 120) byline = `By ${byline.slice(5)}`;
  byline = withoutAgencies(byline);
  // "By Ann Lee@annlee": the reporter's handle glued to the name, as Vox's pages copy it (an
  // address, "ann@ledger.example", has a dot after its "@" word and is left to the filter below).
  if (byline.length <= 400 && byline.includes("@")) byline = byline.replace(/(?<=\p{L})@[A-Za-z0-9_]{1,30}(?=$|[\s,;])/gu, "");
  // "UNB, Dhaka": a wire agency's initials and the place, no person; "Mesa Morning Staff" with
  // no label, as a newsletter prints its author beside the date.
  if (namesNoPerson(byline) || (!BYLINE_LABEL.test(byline) && namesNoPerson(`By ${byline}`))) return [];
  // "Valley Gazette / by Ann Lee / 3h": the byline's field of a feed's line.
  if (!BYLINE_LABEL.test(byline)) byline = bylineField(byline) ?? byline;
  // "By Ann Lee | alee@post.example and Bob Stone | bstone@post.example | The Post": each
  // reporter's address after a bar is no field of the byline's.
  if (byline.includes("@") && byline.length <= 400) byline = byline.replace(/ \| [\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}(?= |$)/g, "");
  // "By Ann Lee, Hindustan Times, Lucknow": after the paper's name, the place it was filed from.
  byline = placeAfterOutlet(byline).names;
  // "Por Ann Lee y Bob Stone": a Spanish byline's "y" parts the names (only after "Por": "Ortega y
  // Gasset" is one name).
  if (/^Por /.test(byline)) byline = byline.replace(/ y (?=\p{Lu})/gu, " and ");
  // Only the first field before a bar holds names: the outlet, the place or the photographer
  // follow it ("By Ann Lee and Bob Stone | Valley Current", "Ann Lee | Pune"), unless the line
  // is two people's names and nothing else ("Ann Lee | Bob Stone").
  const bar = BARRED_NAMES.test(byline) ? -1 : byline.indexOf("|");
  return (bar > 0 ? byline.slice(0, bar) : byline)
    .replace(BYLINE_LABEL, "")
    // The pieces are trimmed below: spaces around the separator in the pattern would be
    // retried from every space of a long run (quadratic).
    // A bullet or a spaced dash parts them too: "Story by Ann Lee • Photos by Bob Stone",
    // "By Ann Lee – Staff Reporter, Valley Business Journal".
    // A spaced slash parts the names from the outlet: "Ann Lee / Valley Ledger".
    .split(/&|\b(?:and|AND)\b|[,;|•·]| [–—-] | \/ /)
    // "Ann LEE, with Bob STONE in Phoenix": a wire's second reporter, with the city they wrote from.
    // "Ann Lee alee@courier.example": a local site prints the reporter's address after the name.
    // "Staff Sgt. Ann Lee": a service member's rank before the name (`RANK_BEFORE_NAME`).
    .map((s) => withoutParenthesis(s.trim().replace(/^with\s+(?=\p{Lu})/u, "").replace(RANK_BEFORE_NAME, "").replace(/ [\w.+-]+@[\w-]+(?:\.[\w-]+)+$/, "")).replace(/\.$/, ""))
    // "GRACE MENSAH Associated Press": a wire's name printed after the reporter's with no comma;
    // "ANN LEE FOR MAILONLINE", "Ann Lee for DailyMail.com": the outlet the reporter wrote for.
    .map((n) => {
      const wroteFor = / (?:for|FOR) (?:(?:the|THE) )?\p{Lu}[\p{L}\p{N}.&'’-]*(?: \p{Lu}[\p{L}\p{N}.&'’-]*){0,3}$/u.exec(n);
      if (wroteFor && words(n.slice(0, wroteFor.index)) >= 2) n = n.slice(0, wroteFor.index);
      const wire = WIRE_AFTER_NAME.exec(n);
      return wire && words(n.slice(0, wire.index)) >= 2 ? n.slice(0, wire.index) : n;
    })
    // "Springfield Ledger", "Staff Writer", "ann@ledger.example": not the names of people; nor
    // "Desert Sun Courier", three or four words ending in a nameplate's (two, "Emily Post", may be
    // a person; "Ann Lee The Canadian Press" is a name and its outlet).
    .filter((n) => n && !n.includes("@") && !/\d/.test(n) && !/^the\s/i.test(n) && !CALL_SIGN.test(n) && !(words(n) >= 3 && words(n) <= 4 && !/ The /.test(n) && isOutletName(n)))
    .map(nameBeforeRole)
    .filter((n): n is string => !!n)
    // "by Ann Lee, ProPublica, and Bob Stone, The Valley Times": beside full names, a word alone
    // after one is the newsroom the reporter wrote for, no person.
    .filter((n, k, all) => words(n) > 1 || k === 0 || !all.some((o) => words(o) > 1) || !/^\p{Lu}[\p{L}&'’.-]+$/u.test(n) || !(words(all[k - 1]!) > 1));
}

/** The byline's pieces after a comma, and the place after the paper's name, if it prints one: "By Ann Lee, Hindustan Times, Lucknow" → "Lucknow". */
function placeAfterOutlet(byline: string): { names: string; place?: string } {
  if (byline.length > 200) return { names: byline };
  const pieces = byline.split(", ");
  const last = pieces.at(-1)!;
  const at = pieces.findIndex((p, k) => k > 0 && k < pieces.length - 1 && isOutletName(p));
  if (at > 0 && at === pieces.length - 2 && /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}$/u.test(last)) return { names: pieces.slice(0, at + 1).join(", "), place: last };
  // "By Ann Lee, Mumbai": one word after the names, no person's name (a name is two words or
  // more). The place it was filed from, or where the reporter is based: not the dateline.
  if (pieces.length >= 2 && /^\p{Lu}\p{Ll}+$/u.test(last) && !NOT_A_PERSON.has(last.toLowerCase()) && !ROLE_WORD.test(last) && !isNameplateWord(last)) return { names: pieces.slice(0, -1).join(", ") };
  return { names: byline };
}

/**
 * The place a byline prints in the place's own slot, after a reporter's name and the paper: "By
 * Ann Lee, Hindustan Times, Lucknow". The story's dateline, when the story prints none of its own.
 * Not "Ann Lee in Beijing" or "By Ann Lee, Lagos": those say where the reporter is, which papers
 * print over stories datelined elsewhere or not at all, so it is left out rather than guessed.
 * @example bylinePlace("By Ann Lee, Hindustan Times, Lucknow") // "Lucknow"
 */
export function bylinePlace(byline: string): string | undefined {
  // A desk's or an agency's line ("Our Correspondent, Chattogram") names no reporter to place.
  return bylineNames(byline).length ? placeAfterOutlet(byline).place : undefined;
}

/** A piece of a byline without the outlet in parentheses after it: "Ann Lee (KWXY)" → "Ann Lee". */
function withoutParenthesis(piece: string): string {
  const open = piece.lastIndexOf("(");
  return open > 0 && piece.endsWith(")") ? piece.slice(0, open).trim() : piece;
}

/**
 * A line of two or more people's names and nothing else, parted by commas, "and" or "&":
 * "Ann Lee and Bob Stone", "Ann Lee, Bob Stone". Each name is two to four capitalised words,
 * with a surname's particles between them ("Jacques du Plessis", "Pieter van der Merwe"), none
 * of them a role or an outlet's, so "Smith and Wesson" or "Trump, Biden Debate" is not one; a
 * shared role or paper may follow the last after a comma ("Ann Lee and Bob Stone, Staff writers").
 * @example isNamesLine("Ann Lee and Bob Stone") // true
 */
/** An institution's office that signs its news, after the names: "University Communications", "Media Relations", "Police Department". */
const OFFICE = /^(?:\p{Lu}[\p{L}&'’.-]*\s){0,3}(?:Communications|Department|Office|Relations|Division)$/u;

export function isNamesLine(text: string): boolean {
  // Split bare and trimmed after: spaces in the pattern would be retried from every space of a run.
  if (text.length > 200) return false;
  if (BARRED_NAMES.test(text)) return true;
  // "Ann Lee, Staff Writer and Bob Stone, News Editor": each name with its own role after a
  // comma, as a school paper's theme prints a shared byline.
  const paired = text.split(/ (?:and|&) /);
  if (paired.length >= 2 && paired.every((piece) => {
    const comma = piece.indexOf(", ");
    const name = comma > 0 ? piece.slice(0, comma) : "";
    return /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}$/u.test(name) && isRoleLine(piece.slice(comma + 2)) && bylineNames(name).join(" ") === name;
  })) return true;
  text = withoutOutlet(text);
  // "Ann Lee and Bob Stone, Staff writers", "Ann Lee and Bob Stone, Mesa Register-Star": the
  // names with their shared role or their paper after a comma.
  const role = text.lastIndexOf(", ");
  // Or a network's initials: "Ann Lee and Bob Stone, ESPN".
  if (role > 0 && (isRoleLine(text.slice(role + 2)) || isOutletName(text.slice(role + 2)) || OFFICE.test(text.slice(role + 2)) || /^\p{Lu}{2,5}$/u.test(text.slice(role + 2)))) text = text.slice(0, role);
  const pieces = text.split(/,|&|\b(?:and|AND)\b/).map((x) => x.trim());
  return (
    pieces.length >= 2 &&
    pieces.every((x) => /^\p{Lu}[\p{L}'’.-]*(?: (?:(?:de|la|le|du|da|di|del|van|von|der|den|ter|bin|al|el) ){0,2}\p{Lu}[\p{L}'’.-]*){1,3}$/u.test(x)) &&
    bylineNames(text).join("|") === pieces.join("|")
  );
}

/**
 * Two people's names parted by a bar and nothing else, as some South Asian dailies print a
 * shared byline: "Ann Lee | Bob Stone". A name and the place it was filed from are parted the
 * same way ("Ann Lee | Pune"), so the second part must be two or three capitalised words that
 * do not read as a place's name ("New Delhi", "Cedar Falls", "Fort Collins"), or a nameplate.
 * @example BARRED_NAMES.test("Ann Lee | Bob Stone") // true
 * @example BARRED_NAMES.test("Ann Lee | New Delhi") // false
 */
/** A place's name's first word ("New Delhi", "Fort Collins") and last ("Cedar Falls", "Tampa Bay"), or a newsroom's word: two capitalised words that are no person's name. */
const PLACE_FIRST = String.raw`(?:New|San|Santa|Los|Las|La|El|Fort|Port|Saint|St\.|Mount|Mt\.|North|South|East|West|Upper|Lower|Greater|Lake|Cape)\s`;
const PLACE_LAST = String.raw`\s(?:City|Town|Beach|Springs|Falls|Heights|Park|Valley|County|Island|Islands|Bay|Harbour|Harbor|Hills|Creek|Village|Junction|Point|Lake|River|Province|State|District|Region|News|Press|Post|Times|Desk|Report|Staff|Online|Digital)`;
/** Two or three capitalised words that read as a person's name, not a place's: "Ann Lee", "Ann B. Lee". */
const PERSON_NAME = String.raw`(?!${PLACE_FIRST})\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}\.)? \p{Lu}[\p{Ll}'’-]+(?<!${PLACE_LAST})`;

const BARRED_NAMES = new RegExp(String.raw`^\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}\.)? \p{Lu}[\p{Ll}'’-]+ \| ${PERSON_NAME}$`, "u");

/**
 * The names of a byline without the outlet after a middle dot, a bullet or a bar, as public
 * broadcasters print it: "Ann Lee, Bob Stone · LPB News" is "Ann Lee, Bob Stone", and so is
 * "Ann Lee, Bob Stone · for LPB News". The outlet is
 * one to four capitalised words ending in a nameplate's word ("News", "Press", "Times") or
 * starting with initials ("LPB", "VNN"); anything else after the mark is left as it is.
 * @example withoutOutlet("Ann Lee · LPB News") // "Ann Lee"
 */
export function withoutOutlet(text: string): string {
  const mark = /\s[·•|]\s(?:for\s)?/.exec(text);
  if (!mark) return text;
  const outlet = text.slice(mark.index + mark[0].length).trim();
  const words = outlet.split(" ");
  if (words.length > 4 || !words.every((w) => /^\p{Lu}[\p{L}&'’.-]*$/u.test(w) || w === "&")) return text;
  return NAMEPLATE.test(words.at(-1)!) || /^\p{Lu}{2,6}$/u.test(words[0]!) ? text.slice(0, mark.index).trim() : text;
}

/** "with AP, Reuters", "(with AFP, AP, Reuters)": the agencies a reporter's story draws on, after the name. */
const WITH_AGENCIES = new RegExp(`,? \\(?with (?:${ONE_WIRE})(?:(?:,| and| &) (?:${ONE_WIRE})){0,6}\\)?$| and (?:agencies|wire services)$`);

/**
 * The byline without the agencies its story draws on, as Deutsche Welle prints them after the
 * reporter's name: "Ann Lee with AP, Reuters" is "Ann Lee", and so is "Ann Lee (with AFP, AP, Reuters)".
 * @example withoutAgencies("Ann Lee with AP, Reuters") // "Ann Lee"
 */
export function withoutAgencies(text: string): string {
  if (text.length > 200) return text;
  const m = WITH_AGENCIES.exec(text);
  return m && m.index > 0 ? text.slice(0, m.index) : text;
}

/**
 * A line that is a person's name, with at most a role after it, and nothing else: "Ann Lee",
 * "ANN B. LEE", "Ann Lee Local Democracy Reporter", "Ann Lee, Reporter". The name is at most
 * four words.
 */
function isNameLine(text: string): boolean {
  text = withoutAgencies(text);
  if (EDITION_LINE.test(text)) return false;
  if (isNamesLine(text)) return true;
  text = withoutOutlet(text);
  if (!/^\p{Lu}[\p{L}'’.-]*(?:,?\s(?:(?:de|la|le|du|da|di|del|van|von|der|den|ter|bin|al|el)\s){0,2}\p{Lu}[\p{L}'’.-]*){1,7}$/u.test(text)) return false;
  const names = bylineNames(text);
  return names.length === 1 && words(names[0]!) <= 4;
}

/** An e-paper's edition, a city's or a region's name with "City" or "Line": "Nagpur City Line", "Vidarbha Line", "Bengaluru City". No person's name. */
const EDITION_LINE = /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)? (?:City|City Line|Line)$/u;

function isDateLine(text: string, batch?: BatchContext): boolean {
  try {
    return !!datesOfLine(text, orderFor(text, batch?.dateOrder, batch?.orderBySeparator)) || !!updatedTimeOfLine(text);
  } catch {
    return true;
  }
}

/**
 * A byline that names no person: a wire agency or a newsroom's staff ("By The Canadian Press",
 * "By KVLY Staff", "By Valley Post staff"). It is the byline line, with no names in it.
 */
const STAFF_BYLINE = new RegExp(String.raw`^By:? (?:(?:[Tt]he |THE )?(?:${ONE_WIRE})|(?:[Tt]he )?(?:[\p{Lu}\p{N}][\p{L}\p{N}&'’.-]*(?: [\p{Lu}\p{N}][\p{L}\p{N}&'’.-]*){0,4} )?(?:[Ss]taff(?: [Rr]eports?)?|STAFF(?: REPORTS?)?|[Aa]gencies|AGENCIES|[Tt]eam|[Rr]eporters|[Nn]ews [Ss]taff|[Nn]ewsroom|[Ww]eb [Ss]taff|[Dd]igital [Ss]taff|[Nn]ews [Dd]esk|(?:[Ww]ire|[Nn]ews) [Ss]ervices?))$`, "u");

/**
 * A reporter's name, the paper's short name and "Staff", as The Boston Globe prints its own
 * reporters: "By Ann Lee Globe Staff". A person, not the newsroom ("By Valley Post Staff",
 * "By Tampa Bay Times Staff": a place's name before the paper's word).
 */
const NAME_PAPER_STAFF = new RegExp(String.raw`^By:? ${PERSON_NAME} (\p{Lu}\p{Ll}+) [Ss]taff$`, "u");
const isNamePaperStaff = (text: string) => {
  const paper = NAME_PAPER_STAFF.exec(text)?.[1];
  return !!paper && isNameplateWord(paper);
};

/** A wire agency's initials and the place it files from, as South Asian papers print the byline: "UNB, Dhaka", "PTI, New Delhi". */
const AGENCY_PLACE = /^(?:By:? )?\p{Lu}{2,6}(?:\/\p{Lu}{2,6})?, \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?$/u;

/**
 * A newsroom's desk or an unnamed correspondent as the byline, with no "By": "Star Online
 * Report", "News Desk", "Staff Correspondent", "Our Correspondent, Sylhet". No person.
 */
const DESK_BYLINE = /^(?:(?:(?:The )?\p{Lu}[\p{L}&'’.-]*(?: \p{Lu}[\p{L}&'’.-]*){0,4} )?(?:Online|Staff|Web|News|Digital|City|Metro|Content) (?:Report|Desk)|(?:Staff|Our|Special|A)(?: Staff)? (?:Correspondent|Reporter)s?(?:, \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)?)$/u;

/** An agency's reporter, unnamed: "By VPA Reporter", "By PTI Correspondent". */
const AGENCY_REPORTER = /^By:? (?:\p{Lu}{2,6} (?:Staff )?(?:Reporter|Correspondent)s?|\p{Lu}{2,20}(?:\.COM)? (?:STAFF )?(?:REPORTER|CORRESPONDENT)S?)$/u;

/**
 * A byline that names no person: a wire, a newsroom's staff or desk, an agency's reporter ("By The
 * Canadian Press", "Posted By: Web Staff", "UNB, Dhaka", "From staff reports", "By VPA Reporter").
 */
/** A channel's own name for its newsroom's text, in capitals with its number: "Text by: FRANCE 24", "By FRANCE 24". */
const CHANNEL_BYLINE = /^(?:Text |Words |Video )?[Bb]y:? \p{Lu}{2,12}(?: \p{Lu}{2,12})? \d{1,3}$/u;

/** One word after "By", an outlet's name ("By Euronews", "By Euronews with AP"): no person's. */
const ONE_WORD_BYLINE = /^By:? \p{Lu}[\p{L}\d]{1,30}$/u;
/** A wire or a newsroom's staff in a city, as The Guardian credits agency copy: "Reuters in Chicago", "Guardian staff in Sydney". */
const WIRE_IN_PLACE = new RegExp(String.raw`^(?:By )?(?:${ONE_WIRE}|(?:\p{Lu}[\p{L}]{1,20} )?[Ss]taff(?: and agencies)?) in \p{Lu}[\p{L}'’.-]{1,30}(?: \p{Lu}[\p{L}'’.-]{1,30}){0,2}$`, "u");

/** A paper's news service standing for its staff, as Indian papers credit a story: "Tribune News Service", "Express News Service". */
const NEWS_SERVICE = /^(?:By:? )?(?:The )?\p{Lu}[\p{L}&'’.-]*(?: \p{Lu}[\p{L}&'’.-]*){0,2} News Service$/u;

/** Reports of the agencies, with no person: "Agency Report", as Nigerian papers credit wire copy. */
const AGENCY_REPORT = /^(?:By:? )?(?:News )?Agency Reports?$/i;

/**
 * The paper itself in the author's field: "Author: Daily Graphic", "Author: The Valley Times". A
 * nameplate's word among three capitalised words at most, which no person's name holds ("By Ann
 * Lee Associated Press" is a person's, with the wire after the name).
 */
function paperAsAuthor(text: string): boolean {
  const m = /^Authors?: ((?:The )?\p{Lu}[\p{L}&'’.-]*(?: \p{Lu}[\p{L}&'’.-]*){0,2})$/u.exec(text);
  return !!m && m[1]!.split(" ").some(isNameplateWord);
}

/**
 * A site's staff with no "By", as Village Media's sites credit their newsroom: "BayToday Staff",
 * "KVLY Staff", "Valley Times Staff". The site's name is a word with a capital inside it, a
 * call sign or a nameplate's word, which "Hospital Staff" or "Medical Staff" are not; "Ann Lee
 * Globe Staff" is a reporter's (`NAME_PAPER_STAFF`).
 */
function outletStaff(text: string): boolean {
  const m = /^((?:The )?\p{Lu}[\p{L}\p{N}&'’.-]*(?: \p{Lu}[\p{L}\p{N}&'’.-]*){0,3}) [Ss]taff$/u.exec(text);
  return !!m && !/^By\b/i.test(text) && !isNamePaperStaff(`By ${text}`) && m[1]!.split(" ").some((w) => /^\p{Lu}\p{Ll}+\p{Lu}|^\p{Lu}{3,}$/u.test(w) || isNameplateWord(w));
}

const namesNoPerson = (text: string) => {
  // "Posted By: Web Staff", "Author: Associated Press": read as "By …".
  const by = text.replace(/^Posted /, "").replace(/^(?:Authors?|Written by|Story by|Text by|Words by):? /, "By ");
  if (AGENCY_REPORT.test(text) || paperAsAuthor(text) || outletStaff(text)) return true;
  return NEWS_SERVICE.test(text) || CHANNEL_BYLINE.test(text) || WIRE_IN_PLACE.test(text) || ONE_WORD_BYLINE.test(withoutAgencies(by)) || (STAFF_BYLINE.test(withoutAgencies(by)) && !isNamePaperStaff(by)) || AGENCY_PLACE.test(text) || DESK_BYLINE.test(text.replace(/^By:? /, "")) || STAFF_REPORTS.test(text) || AGENCY_REPORTER.test(by);
};

/** A story credited to the newsroom with no "By": "From staff reports", "Staff and wire reports", "From news services"; or to another unit or office as a courtesy: "Courtesy Story". */
const STAFF_REPORTS = /^(?:(?:From|By) )?(?:(?:staff|wire)(?: and (?:staff|wire))? reports?|news services|wire services)$|^Courtesy (?:Story|Article|Report)$/i;

/** What a feed or a card prints beside the byline: the item's age ("3h", "2d", "5 hours ago") or a reading time. */
const AGE_FIELD = /^(?:\d{1,3} ?(?:[smhdw]|mins?|hrs?|hours?|days?|weeks?)(?: ago)?|\d{1,3} min(?:ute)?s?(?: to)? read)$/i;

/**
 * The byline's field of a line of fields parted by spaced slashes, bars, bullets or middle dots,
 * the others the outlet's name or the item's age, as a feed reader prints it: "Valley Gazette /
 * by Ann Lee / 3h" → "by Ann Lee".
 */
function bylineField(text: string): string | undefined {
  if (text.length > 200) return undefined;
  const fields = text.split(/\s[/|•·]\s/).map((f) => f.trim());
  const at = fields.findIndex((f) => BYLINE.test(f));
  if (fields.length < 2 || at < 0) return undefined;
  return fields.every((f, k) => k === at || AGE_FIELD.test(f) || isPublicationName(f)) ? fields[at] : undefined;
}

/**
 * Names with the places they report from, as business papers print the byline: "Ann Lee in
 * Denver", "Ann Lee in Denver and Bob Stone in Phoenix", "Ann Lee and Bob Stone in Denver".
 * The shape of a short headline too ("Protests Erupt in Paris"): weighed, not taken on sight.
 * @example isPlacedNamesLine("Ann Lee in Denver and Bob Stone in Phoenix") // true
 */
export function isPlacedNamesLine(text: string): boolean {
  if (text.length > 200 || !/ in \p{Lu}/u.test(text)) return false;
  const pieces = text.split(/,|&|\band\b/).map((x) => x.trim());
  const placed = /^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3})(?: in \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2})?$/u;
  return / in \p{Lu}/u.test(pieces.at(-1)!) && pieces.every((x) => placed.test(x) && personName(placed.exec(x)![1]!));
}

/** Names, a comma and their role at the outlet, with no "By": "Ann Lee and Bob Stone, Valley Times Staff Writers". */
const NAMES_AND_ROLE = /^([^,]{3,120}), ((?:\p{Lu}[\p{L}'’&.-]* ){0,4}(?:Staff |Senior |Special |Contributing )?(?:Writer|Reporter|Correspondent|Columnist)s?)$/u;

/** A reporter's role after the name and a comma, in lower case, as a broadcaster prints it: "political correspondent", "science and technology correspondent". */
const ROLE_AFTER_NAME = /^(?:(?:[\p{Ll}&-]+|\p{Lu}{2,4}) ){0,5}(?:reporter|correspondent|editor|writer|producer|presenter|journalist|columnist)$/u;

/**
 * Names, each with its role after a comma, and no "By": "Ann Lee, political correspondent and
 * Bob Stone, science and technology correspondent".
 */
function namesWithRoles(text: string): boolean {
  if (text.length > 200 || !text.includes(", ")) return false;
  const entries = text.split(/ and (?=\p{Lu})/u);
  return entries.every((entry) => {
    const comma = entry.indexOf(", ");
    return comma > 0 && isNameLine(entry.slice(0, comma)) && words(entry.slice(0, comma)) <= 4 && ROLE_AFTER_NAME.test(entry.slice(comma + 2));
  });
}

/** A social handle glued to the name before it: "Ann Lee@annlee" (`isByline`). */
const GLUED_HANDLE = /(?<=\p{Ll})@[A-Za-z0-9_]{1,30}(?=$| and | & |, )/gu;

/** A square bullet before the byline, as The Hitavada prints it: "■ By Ann Lee", "■ Staff Reporter". */
const BYLINE_BULLET = /^[■▪] (?=\p{Lu})/u;

/**
 * A freelancer's byline with no "By": the names, a comma or a bar, and "Special to" the outlet:
 * "Ann Lee | Special to MaxPreps", "Ann Lee, Special to The Lakeport Record".
 */
const SPECIAL_TO = /^(\p{Lu}.{2,100}?)(?:,| [|·•—–-]) Special to (?:the |The )?\p{Lu}[\p{L}\d&'’.-]*(?: \p{Lu}[\p{L}\d&'’.-]*){0,4}$/u;

function isByline(text: string): boolean {
  text = text.replace(BYLINE_BULLET, "");
  const special = SPECIAL_TO.exec(text);
  if (special && (isNameLine(special[1]!) || isNamesLine(special[1]!))) return true;
  if (namesNoPerson(text)) return true;
  // "From Ann Lee and Bob Stone" (`TRANSLATED_FROM`).
  if (TRANSLATED_FROM.test(text) && text.length <= 120 && (isNameLine(text.slice(5)) || isNamesLine(text.slice(5)))) return true;
  if (namesWithRoles(text)) return true;
  // "Ann Lee@annlee", "Ann Lee@annlee and Bob Stone@bobstone": each name with the reporter's
  // handle glued on and no "By", as a tech site's header copies it. No sentence ends in a handle.
  const unhandled = text.length <= 200 ? text.replace(GLUED_HANDLE, "") : text;
  if (unhandled !== text && (isNameLine(unhandled) || isNamesLine(unhandled))) return true;
  const role = NAMES_AND_ROLE.exec(text);
  if (role) {
    const names = bylineNames(role[1]!);
    if (names.length && names.every(isNameLine) && names.join(" and ") === role[1]!.replace(/,? (?:and|&) |, /g, " and ")) return true;
  }
  const field = BYLINE.test(text) ? undefined : bylineField(text);
  if (field) return isByline(field);
  const m = BYLINE.exec(text);
  // A byline may end in an initial ("By Ann B.") but not in a full stop after a word.
  if (!m || (/[.!?]$/.test(text) && !/\b[A-Z]\.$/.test(text))) return false;
  // A name is a few capitalised words; "By the time..." is a sentence, not a byline.
  return bylineNames(m[1]!).some((n) => /^\p{Lu}/u.test(n)) && words(m[1]!) <= 24;
}

/** A raw image file name left by a scrape: "SANCTUARY CITIES 6PKG.transfer_frame_392", "IMG_1234.JPG". */
const FILE_NAME = [
  /^[A-Z0-9][A-Z0-9 &'_-]*\.[A-Za-z0-9_]+$/,
  /^[\w-]+\.(?:jpe?g|png|gif|webp|tiff?|heic|avif)$/i,
  /\.transfer_frame_\d+$/,
];
const isFileName = (text: string) => FILE_NAME.some((p) => p.test(text)) && !/\s[a-z]+\s/.test(text);

/**
 * What the parentheses ending a caption line hold when they are a credit: "credit: CBS",
 * "Photo by Bryan Cox/ICE via Getty Images", "AP Photo/David Zalubowski".
 */
const CREDIT_PAREN = /^(?:(?:photo |image |video )?credits?(?: should read)?\s*(?::|\.{2,3}|…)\s*([^\s()][^()]*)|((?:(?:[a-z]{3,13} \/ )?(?:File |Handout |Staff |Submitted |Contributed )?(?:Photo(?:graph(?:er)?)?|Foto(?:graf[ií]a)?|Picture|Pic|Image|Illustration|Graphic|Video)s?(?: by|:| courtesy| ?[/|])|(?:[A-Z][\w&.'’-]{1,30} ){1,4}(?:photo(?:graph)?|picture|image|sketch|drawing)s? by |(?:Sketch|Drawing)(?:es|s)? by |Screen ?(?:grab|shot) (?:from|via|of|courtesy) |Screen ?(?:grab|shot|capture):|Submitted by |Provided by |(?:Photo|Image|Picture)s? via |(?:Photo|Picture|Image)s? (?:supplied|provided)$|(?:Photo|Picture|Image)s? from [A-Z]|(?:[A-Z][\w&.'’-]{1,30} ){1,3}file (?:photo|picture)$|Courtesy|Supplied(?=$|:)|Provided$|AP Photo\/|[A-Z][\w.-]{0,20}(?:photo|foto)\/|[A-Z][\w&.-]{1,20} photo \/ |Reuters\/|Getty Images)[^()]*|(?:[A-Z][\w&.\u00C0-\u024F-]{1,30} )?[A-Z][\w&.\u00C0-\u024F-]{1,30} (?:Staff )?Photo))$/i;
/**
 * A wire service's or an outlet's name, "photo" and the photographer after a slash, as Catholic
 * News Service and other wires sign a caption: "CNS photo/Ann Lee", "OSV News photo/Ann Lee".
 */
const WIRE_PHOTO_CREDIT = /^(?:\p{Lu}[\p{L}&.'’-]{0,20} ){1,3}[Pp]hoto ?\/ ?\p{Lu}[^()/]{1,80}$/u;

/**
 * A credit that is a person's name, a slash or a bar, and the outlet: "Ann Lee/The Courier",
 * "ANN LEE / Valley Times", "Ann Lee | Special to the Post". The name is two to four
 * capitalised words, so "(Denver/Boulder)" or "(1/2)" is not taken for one.
 */
const NAME_SLASH_OUTLET = /^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}) ?[/|] ?(?:[Tt]he |[Ff]or |[Ss]pecial to |[Cc]ourtesy (?:of )?)?\p{Lu}[\p{L}\p{N}&'’.-]*(?: [\p{L}\p{N}&'’.-]+){0,5}$/u;

/**
 * The credit a caption line ends with, and the caption before it: "Mayor Michael Hancock
 * (credit: CBS)", "(credit: CBS)", "A handout photo (Photo by Bryan Cox/ICE via Getty Images)".
 * The parentheses are found with string search, not a pattern: `^(.*?)\s*\(` tried every split
 * of a long run of spaces (quadratic), and a credit holds no parentheses, so they are the last.
 * @example splitCaption("Mayor Michael Hancock (credit: CBS)") // { caption: "Mayor Michael Hancock", credit: "CBS" }
 */
export function splitCaption(text: string): { caption?: string; credit: string } | undefined {
  // "[1/3]Crews at the reservoir …": a gallery's counter glued before the caption.
  text = text.replace(/^\[\d{1,2}\/\d{1,2}\] ?/, "");
  // "Enlarge / Crews at the reservoir. (credit: Ann Lee)": the photo viewer's button glued before
  // the caption, as Ars Technica's page copies it; only before a caption that has its credit.
  if (/^(?:Enlarge|Expand|Zoom) \/ (?=\S)/.test(text)) {
    const viewed = splitCaption(text.slice(text.indexOf("/") + 2));
    if (viewed?.caption) return viewed;
  }
  // "(Ann Lee | The Salt Lake Tribune) Crews at the reservoir.": the credit in parentheses before the caption.
  const before = text.length <= 400 ? /^\(([^()]{3,80})\) (\p{Lu}[^()]{2,})$/u.exec(text) : null;
  if (before && oneCaption(before[2]!)) {
    // A name with its outlet, or a labelled credit: "(AP) A fire broke out …" is a story's dateline, not a credit.
    const credit = nameBarOutlet(before[1]!) ?? (/^(?:\p{Lu}{2,6} )?(?:Photo|Image|Picture|Courtesy|Credit)/iu.test(before[1]!) ? creditLine(before[1]!) : undefined);
    if (credit) return { caption: before[2]!, credit };
  }
  // "… on Tuesday.CreditAnn Lee for The Times": the credit's label glued to the caption's stop.
  const glued = GLUED_CREDIT.exec(text);
  if (glued && !hasSentenceBreak(glued[1]!) && words(glued[1]!) <= 40) return { caption: glued[1]!, credit: glued[2]! };
  // "… on Tuesday [Ann Lee/Reuters]", "… [File: Ann Lee/AFP]": square brackets, as Al Jazeera sets the credit.
  if (text.endsWith("]")) {
    const open = text.lastIndexOf(" [");
    const credit = open > 0 ? text.slice(open + 2, -1).trim() : "";
    const caption = text.slice(0, open).trim();
    const bare = credit.replace(/^File: /, "");
    // Or the outlet's name alone in them ("[Al Jazeera]"): brackets end no sentence of a story.
    const outlet = /^\p{Lu}[\p{L}&'’.-]*(?: \p{Lu}[\p{L}&'’.-]*){0,4}$/u.test(bare) && !/[.!?]$/.test(caption);
    if (bare && (CREDIT_PAREN.test(bare) || AGENCY_CREDIT.test(bare) || nameSlashOutlet(bare, true) || outlet) && oneCaption(caption)) return { caption, credit };
    return splitBarCredit(text);
  }
  // "… appears - Copyright AP Photo/Ann Lee": the credit run on after a dash and the word, as Euronews sets it.
  const copyrighted = text.length <= 600 ? DASH_COPYRIGHT_CREDIT.exec(text) : null;
  if (copyrighted && oneCaption(copyrighted[1]!)) return { caption: copyrighted[1]!, credit: copyrighted[2]! };
  if (!text.endsWith(")")) return runOnImageLabel(text) ?? splitBarCredit(text) ?? runOnCredit(text) ?? runOnNameCredit(text) ?? stopPhotoCredit(text);
  const open = text.lastIndexOf("(");
  if (open < 0) return undefined;
  const inside = text.slice(open + 1, -1);
  const m = CREDIT_PAREN.exec(inside);
  // "(Ann Lee, Valley Post)": a name and a nameplate after a comma, in the caption's parentheses too.
  // "… on Tuesday. (Ann Lee / Chalkbeat)": after the caption's stop, a name and any outlet.
  const credit = m ? (m[1] ?? m[2] ?? "").trim() : AGENCY_CREDIT.test(inside.trim()) || WIRE_PHOTO_CREDIT.test(inside) ? inside.trim() : (nameSlashOutlet(inside, true)?.credit ?? (/[.!?]\s*$/.test(text.slice(0, open)) ? (nameBarOutlet(inside) ?? outletSlashName(inside)) : undefined));
  const caption = text.slice(0, open).trim();
  // "(Source: KXYZ)" after a caption with no stop, as a station's CMS sets its photos' credits.
  if (!credit && SOURCE_CREDIT.test(inside) && caption && !/[.!?]$/.test(caption) && oneCaption(caption)) return { caption, credit: inside };
  // Else "(Valley Water Board)" after a caption that says it is a photo, one sentence's words: the owner's name, bare.
  // Or "(Lakeport Public Works)" after the caption's stop: an office or an institution that owns the picture, as a city's site credits one.
  const owner = caption && oneCaption(caption) && (ownerBelowPhoto(caption, inside) || (TERMINAL.test(caption) && PHOTO_OWNER.test(inside))) ? { caption, credit: inside } : undefined;
  // Or a credit with no label after a caption with no stop ("… early Sunday (Greg Nash)", "… (WCDR)",
  // "… (Ann Lee/Virginia Mercury)", "… (Valley Water Board)"): a sentence of the story ends with its
  // stop, so the words before the parentheses are no sentence, and what they hold names who took the picture.
  const named = caption && !TERMINAL.test(caption) && words(caption) >= 3 && /^\p{Lu}/u.test(caption) && oneCaption(caption) && bareParenCredit(inside.trim()) ? { caption, credit: inside.trim() } : undefined;
  if (!credit) return gluedCredit(text, caption, inside) ?? splitStopCredit(text) ?? owner ?? named;
  return { caption: caption || undefined, credit };
}

/**
 * What a caption's parentheses hold when they name who took or owns the picture, with no label:
 * a person's name, a name and any outlet after a slash or a bar, a station's call sign, or an
 * office's or a board's name.
 * @example bareParenCredit("WCDR") // true
 */
function bareParenCredit(inside: string): boolean {
  // A series' or a page's label in title case ("(Part Two)", "(Video Update)") is none.
  if (inside.split(" ").some((w) => NOT_A_TITLED_PLACE.has(w))) return false;
  // Nor is a place's name ("(Colorado Springs/El Paso County)"): the name must read as a person's,
  // and the outlet after the slash as a paper's or a station's.
  const slash = inside.search(/ ?[/|] ?/);
  return (PHOTOGRAPHER.test(inside) && personName(inside)) || (slash > 0 && !!nameBarOutlet(inside) && PHOTOGRAPHER.test(inside.slice(0, slash)) && readsAsNameplate(inside.slice(slash).replace(/^ ?[/|] ?/, ""))) || CALL_SIGN.test(inside) || PHOTO_OWNER.test(inside);
}
/** A person's first name and last, no place's word among them: "Greg Nash", not "Colorado Springs". */
const PHOTOGRAPHER = new RegExp(String.raw`^${PERSON_NAME}$`, "u");

/**
 * A credit's label run on after the caption with only a space, as a UK paper's page copies:
 * "Water levels at the reservoir Credit: Ann Lee/PA". Read when no other mark parts them.
 */
function runOnCredit(text: string): { caption: string; credit: string } | undefined {
  const labelAt = text.lastIndexOf(" Credit: ");
  if (labelAt <= 0) return undefined;
  const caption = text.slice(0, labelAt).trim();
  const credit = text.slice(labelAt + 9).trim();
  return credit && words(credit) <= 10 && !/[.!?]$/.test(credit) && oneCaption(caption) ? { caption, credit } : undefined;
}

/**
 * A credit's label and the credit after the caption's stop with no mark of its own, as a radio
 * group's station page sets it: "… on Tuesday. Photo credit Getty Images", "… Photo credit Ann
 * Lee/KXYZ". The label is kept with the credit, as the page prints it; the credit is a few
 * capitalised words with no stop, and what is before the label one caption.
 * @example stopPhotoCredit("The dam on Tuesday. Photo credit Getty Images") // { caption: "The dam on Tuesday.", credit: "Photo credit Getty Images" }
 */
function stopPhotoCredit(text: string): { caption: string; credit: string } | undefined {
  const m = text.length <= 400 ? STOP_PHOTO_CREDIT.exec(text) : null;
  if (!m) return undefined;
  const caption = text.slice(0, m.index + 1).trim();
  const credit = m[1]!;
  return words(credit) <= 10 && oneCaption(caption) ? { caption, credit } : undefined;
}
/** "Photo credit Getty Images", "Image credit: Ann Lee/KXYZ" after a stop, to the line's end. */
const STOP_PHOTO_CREDIT = /[.!?] ((?:Photo|Image|Picture|Video) [Cc]redit:? \p{Lu}[\p{L}\p{N}&'’. /-]{1,80}?)$/u;

/**
 * A credit in a caption's parentheses with the outlet first and the photographer after the
 * slash, as a TV group's site prints it: "(Spectrum News 1/Ann Lee)", "(KXYZ/Ann Lee)". The
 * outlet is one to five capitalised words or numbers, the rest a person's name.
 * @example outletSlashName("Spectrum News 1/Ann Lee") // "Spectrum News 1/Ann Lee"
 */
function outletSlashName(text: string): string | undefined {
  const m = /^((?:The )?\p{Lu}[\p{L}\p{N}&.-]*(?: [\p{Lu}\p{N}][\p{L}\p{N}&.-]*){0,4}) ?\/ ?(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,2})$/u.exec(text.trim());
  return m && personName(m[2]!) && !personName(m[1]!) ? text.trim() : undefined;
}

/**
 * An image's label run on after a caption, kept with the credit as the page prints it below a
 * caption of its own: "… into Karaj Image: Ann Lee/dpa/picture alliance" (Deutsche Welle), "…
 * Image Credit: Ann Lee/Gulf News", "… PHOTO: ANN LEE/BLOOMBERG NEWS" (The Wall Street Journal).
 */
function runOnImageLabel(text: string): { caption: string; credit: string } | undefined {
  const image = text.length <= 400 ? RUN_ON_IMAGE_LABEL.exec(text) : null;
  if (!image) return undefined;
  const caption = text.slice(0, image.index).trim();
  const credit = text.slice(image.index + 1).trim();
  // "… on Tuesday – PHOTO: ANN LEE": a dash or a bar parts them (splitBarCredit).
  if (/[–—|-]$/.test(caption)) return undefined;
  return creditLine(credit) && words(credit) <= 12 && !/[.!?]$/.test(caption) && oneCaption(caption) ? { caption, credit } : undefined;
}

/**
 * A photographer's credit run on after a caption with no mark between, as Vox's pages copy it:
 * "Water levels at the reservoir Ann Lee/Getty Images", "… Ann Lee/AFP via Getty Images", "… Ann
 * Lee/Vox"; or an agency's name alone ("… police Getty Images"). The name is the two capitalised
 * words before the slash; what is before them reads as one caption with no stop.
 */
function runOnNameCredit(text: string): { caption: string; credit: string } | undefined {
  if (text.length > 400 || /[.!?:;,]$/.test(text)) return undefined;
  const m = RUN_ON_NAME_CREDIT.exec(text) ?? RUN_ON_AGENCY.exec(text);
  if (!m) return undefined;
  const caption = text.slice(0, m.index).trim();
  const credit = m[0].trim();
  const name = credit.includes("/") ? credit.slice(0, credit.indexOf("/")) : undefined;
  if (words(caption) < 4 || !oneCaption(caption) || (name && !personName(name))) return undefined;
  return { caption, credit };
}
/** "Ann Lee/Getty Images", "Ann Lee/AFP via Getty Images", "Ann Lee/Vox" at a caption's end. */
const RUN_ON_NAME_CREDIT = / \p{Lu}[\p{Ll}'’.-]+ \p{Lu}[\p{L}'’.-]+\/\p{Lu}[\p{L}&.-]*(?: \p{Lu}[\p{L}&.-]*){0,2}(?: via \p{Lu}[\p{L}]*(?: \p{Lu}[\p{L}]*)?)?$/u;
/** An agency's name alone at a caption's end: "… police Getty Images". */
const RUN_ON_AGENCY = / (?:Getty Images|AFP via Getty Images|AP Photo|Shutterstock)$/;

/** An image's credit label run on after a caption: " Image: Ann Lee/DW", " Image Credit: AFP" (the credit's words to the end, no stop). */
const RUN_ON_IMAGE_LABEL = / (?=(?:Image|Image [Cc]redit|Photo|PHOTO|Picture): [^.!?:]{2,80}$)/;

/** A photo's source named in a caption's parentheses: "Source: KXYZ", "Source: Idaho State Police". */
const SOURCE_CREDIT = /^Source: \p{Lu}[^.!?()]{0,60}$/u;

/**
 * A credit glued to the caption's stop, as a page's caption and credit run together when copied:
 * "Water levels on Tuesday.(KVLY)", "… on Tuesday.(Source: Idaho State Police)". The glued
 * parenthesis after a stop is the credit whatever it says (a capital, one to eight words, no
 * stop in it), when what is before it reads as one caption: 40 words at most, no sentence inside.
 */
function gluedCredit(text: string, caption: string, inside: string): { caption: string; credit: string } | undefined {
  if (!/[.!?]$/.test(caption) || text[caption.length] !== "(") return undefined;
  const credit = inside.trim();
  if (!/^\p{Lu}/u.test(credit) || words(credit) > 8 || /[.!?]$/.test(credit) || !oneCaption(caption)) return undefined;
  return { caption: caption.replace(/\.$/, ""), credit };
}

/** A caption, a dash and its credit after the word "Copyright" (no "©", no year: the picture's owner, not the site's notice). */
const DASH_COPYRIGHT_CREDIT = /^(\S.*?) [-–—] Copyright (\p{Lu}[^©]{0,80}?)$/u;
/** A credit below its caption after the word alone: "Copyright Ann Lee/AFP". */
const COPYRIGHT_CREDIT = /^Copyright (\p{Lu}[\p{L}\d .'’&-]{0,40}\/[\p{L}\d .'’&-]{1,40})$/u;

/**
 * A photo's caption with its credit after the stop, not a bar ("File photo of <headline>. Ann
 * Lee/Globe Staff", "… (Associated Press)"): the lead photo's, though it repeat the headline.
 */
const leadCaption = (text: string) => !text.includes(" | ") && /[.!?]\s?\(?\p{Lu}/u.test(text) && !!splitCaption(text)?.caption;

/** A line over a credit that is a photo's caption: it says it is a photo, or it is one sentence with its stop (no headline has one). */
const captionAbove = (text: string) => PHOTO_CUE.test(text) || (/[.!?]$/.test(text) && oneCaption(text) && words(text) >= 3);

/**
 * A person's name and an outlet parted by a bar or a slash, whatever the outlet is called, as a
 * credit in parentheses prints it: "Ann Lee | The Salt Lake Tribune", "Ann Lee / Chalkbeat".
 */
function nameBarOutlet(text: string): string | undefined {
  const m = /^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}) ?[|/] ?((?:The )?\p{Lu}[\p{L}&.-]*(?: \p{Lu}[\p{L}&.-]*){0,3})$/u.exec(text.trim());
  return m && personName(m[1]!) ? text.trim() : undefined;
}

/** Text that reads as one caption: 40 words at most, and no sentence ending inside it. */
const oneCaption = (caption: string) => words(caption) <= 40 && !hasSentenceBreak(caption);

/** A news or photo agency named alone as a credit: "EFE", "Reuters", "Europa Press", "PA Media". */
const AGENCY_CREDIT = new RegExp(`^(?:(?:${ONE_AGENCY})(?: (?:VIA|via) | ?/ ?)(?:GETTY IMAGES|Getty Images)|${ONE_AGENCY}|PA(?: Wire)?|AFP-JIJI)$`);

/**
 * A credit printed on a line of its own, below or without its caption: "Credit: Ann Lee",
 * "Photo by Ann Lee", "(Photo: KWXY)". A few words, a capital, no stop at the end, so that
 * "Courtesy calls were made." is a sentence and not a credit.
 * @example creditLine("Credit: Ann Lee") // "Ann Lee"
 */
export function creditLine(text: string): string | undefined {
  // "— Courtesy photo": a credit set below its caption after a dash, as print sets it.
  const undashed = /^[—–] \S/.test(text) ? text.slice(2) : text;
  // "— APP": a news agency's initials after the dash, as South Asian papers credit a photo.
  if (undashed !== text && /^\p{Lu}{2,5}$/u.test(undashed)) return undashed;
  const whole = undashed.startsWith("(") && undashed.endsWith(")") ? undashed.slice(1, -1).trim() : undashed;
  // "AFP/File", "Ann LEE / AFP/File": an agency's file photo, read as the agency's credit.
  const filed = whole.endsWith("/File") ? whole.slice(0, -5) : undefined;
  const inner = filed ?? whole;
  const copyrighted = COPYRIGHT_CREDIT.exec(inner);
  if (copyrighted) return copyrighted[1]!;
  // An agency's name alone, though it start in lower case ("iStock/Getty Images").
  if (AGENCY_CREDIT.test(inner)) return whole;
  // "Image: Kestrel.", "Retrieved from Lakeport County.", "Permission granted by Ann Lee": a wiki's
  // thumbnail naming the picture's uploader, a trade site's credit for a picture an agency or a
  // person gave it. Their label says what they are, so the stop after them is no sentence's.
  if (LABELLED_CREDIT.test(inner)) return whole;
  if (!/^\p{Lu}/u.test(inner) || /[.!?,;:]$/.test(inner) || words(inner) > 12) return undefined;
  // "Ann Lee via Getty Images": a photographer's picture through an agency, as HuffPost credits one.
  const via = CREDIT_VIA.exec(inner);
  if (via && personName(via[1]!)) return whole;
  // "Ann Lee, CC BY-ND": a person's picture under a Creative Commons licence, as an academics' site credits one.
  const licence = LICENCE_AFTER.exec(inner);
  if (licence && licence.index > 0 && /^, /.test(licence[0])) {
    const owner = inner.slice(0, licence.index);
    if (words(owner) >= 2 && bylineNames(owner).join(" ") === owner && personName(owner)) return whole;
  }
  // "Sun-Times file", "Tribune file": the paper's own file photo, as a caption's credit names it.
  if (/^\p{Lu}[\p{L}&'’.-]*(?: \p{Lu}[\p{L}&'’.-]*){0,2} file$/u.test(inner)) return whole;
  // "Tribune photo: Ann Lee", "Express photo: Ann Lee": the paper's photographer, as Indian papers credit one.
  const paperPhoto = PAPER_PHOTO_CREDIT.exec(inner);
  if (paperPhoto && personName(paperPhoto[1]!)) return whole;
  const m = CREDIT_PAREN.exec(inner);
  const credit = !m && (AGENCY_CREDIT.test(inner) || SOURCE_CREDIT.test(inner)) ? inner : (m ? (m[1] ?? m[2])?.trim() : nameSlashOutlet(inner, true)?.credit ?? nameParenOutlet(inner) ?? agencyChain(inner)) || undefined;
  return credit && filed ? whole : credit;
}

/** A credit whose label says it is one, a stop after it allowed: "Image: Kestrel.", "Retrieved from the county.", "Permission granted by Ann Lee". */
const LABELLED_CREDIT = /^(?:(?:Image|Photo|Picture): |Retrieved from (?:the )?|Permission granted by )\p{Lu}[\p{L}\d'’.&-]*(?: [\p{L}\d'’&.-]+){0,6}\.?$/u;

/**
 * A photographer's name and the agencies the picture passed through, parted by slashes, as
 * Meduza credits a wire's photo: "Ann Lee / Reuters / Scanpix / LETA". One of them a known
 * agency, every other a word or two capitalised.
 */
function agencyChain(text: string): string | undefined {
  const parts = text.length <= 160 ? text.split(/ ?\/ ?/) : [];
  // "Getty/Kyodo": agencies alone, each after the other.
  if (parts.length >= 2 && parts.every((p) => AGENCY_CREDIT.test(p))) return text;
  if (parts.length < 3 || !personName(parts[0]!)) return undefined;
  const rest = parts.slice(1);
  return rest.some((p) => AGENCY_CREDIT.test(p)) && rest.every((p) => /^\p{Lu}[\p{L}.&-]*(?: \p{Lu}[\p{L}.&-]*)?$/u.test(p)) ? text : undefined;
}

/**
 * A caption whose credit follows a bar or a dash: "Tenants rally | Photo by Ann Lee",
 * "The bridge — Credit: KWXY"; or the caption's full stop, as Australian papers print it:
 * "Water levels on Tuesday. Picture: Ann Lee". Only a credit with its label counts, so a
 * sentence's aside ("— courtesy of the family") stays a sentence, and after a stop the caption
 * must be one sentence, so a paragraph is never taken for a caption.
 */
function splitBarCredit(text: string): { caption?: string; credit: string } | undefined {
  // "… on Tuesday © Ann Lee/Bloomberg": the copyright mark parts the caption from its credit.
  const mark = text.lastIndexOf(" © ");
  if (mark > 0) {
    const credit = text.slice(mark + 3).trim();
    const caption = text.slice(0, mark).trim();
    if (/^\p{Lu}/u.test(credit) && words(credit) <= 10 && !/[.!?]$/.test(credit) && oneCaption(caption)) return { caption, credit };
  }
  // "… on Tuesday. | ANN LEE / OUEST-FRANCE": a credit in capitals with its slash, after a bar.
  const bar = text.lastIndexOf(" | ");
  const capitals = bar > 0 ? text.slice(bar + 3).trim() : "";
  // Or a name and any outlet after the caption's stop and a bar: "… on Tuesday. | Ann Lee / Chalkbeat".
  if (bar > 0 && (/^\p{Lu}[\p{Lu}'’. -]{2,60} ?\/ ?\p{Lu}[\p{Lu}&'’. -]{1,40}$/u.test(capitals) || (/[.!?]$/.test(text.slice(0, bar)) && nameBarOutlet(capitals))) && oneCaption(text.slice(0, bar))) return { caption: text.slice(0, bar).trim(), credit: capitals };
  // Or the outlet's name alone in capitals after the caption's full stop and a bar, as Ouest-France
  // prints its own photos ("… on Tuesday. | OUEST-FRANCE"): a page's title ("Headline | CNN") has no full stop before its bar.
  if (bar > 0 && /[^.]\.$/.test(text.slice(0, bar)) && /^\p{Lu}[\p{Lu}\p{N}&'’.-]*(?: [\p{Lu}\p{N}&'’.-]+){0,3}$/u.test(capitals) && capitals.length >= 2 && oneCaption(text.slice(0, bar))) return { caption: text.slice(0, bar).trim(), credit: capitals };
  // Or a labelled credit after the caption's stop and a bar, as Buenos Aires Times prints it: "… on Tuesday. | Photo: NA / Ann Lee".
  if (bar > 0 && /[.!?]$/.test(text.slice(0, bar)) && creditLine(capitals) && oneCaption(text.slice(0, bar))) return { caption: text.slice(0, bar).trim(), credit: capitals };
  const at = Math.max(text.lastIndexOf(" | "), text.lastIndexOf(" — "), text.lastIndexOf(" – "), text.lastIndexOf(" / "));
  if (at < 0) return splitStopCredit(text);
  // "… on Tuesday. PHOTO | FILE | NMG", "… on Tuesday. Photo / Ann Lee": the bars are the
  // credit's own, after the caption's stop.
  const stop = splitStopCredit(text);
  if (stop?.caption && stop.caption.length < at && CREDIT_PAREN.test(stop.credit)) return stop;
  const tail = text.slice(at + 3).trim();
  // After a bar, a photographer's name and the outlet, whatever its name: "… | Ann Lee/Vox".
  const named = text.slice(at, at + 3) === " | " && /^\p{Lu}[\p{L}'’.-]+ \p{Lu}[\p{L}'’.-]+\/\p{Lu}[\p{L}&.-]*(?: \p{Lu}[\p{L}&.-]*){0,2}$/u.test(tail) && personName(tail.slice(0, tail.indexOf("/")));
  const credit = creditLine(tail) ?? (named ? tail : undefined);
  const caption = text.slice(0, at).trim();
  return credit && caption ? { caption, credit } : splitStopCredit(text);
}

/** A site's address as a picture's source: "Kremlin.ru", "gov.uk", "Wikimedia.org" (no path, no "www."). */
const SITE_CREDIT = /^(?!www\.)[\p{L}\d-]{2,40}(?:\.[\p{L}\d-]{2,40})*\.(?:com|org|net|gov|edu|ru|ua|uk|de|fr|eu|info|int|io|news|tv)$/u;

function splitStopCredit(text: string): { caption?: string; credit: string } | undefined {
  const at = text.lastIndexOf(". ");
  if (at < 0) return gluedNameCredit(text) ?? capitalsCredit(text);
  const tail = text.slice(at + 2).trim();
  // "… given. Image: Ann Lee.": a labelled credit with its stop run on after a sentence is the
  // text of a wiki's gallery as a story quotes it; the thumbnail sets its credit on a line of its own.
  if (LABELLED_CREDIT.test(tail) && /[.]$/.test(tail)) return undefined;
  // Or a photographer's name and any outlet after a slash ("… meeting. Ann Lee / Meduza"), or the
  // site the picture came from ("… on Thursday. Kremlin.ru"): no paragraph of a story ends on either.
  const credit = creditLine(tail) ?? photographerAfterStop(tail) ?? capitalsAfterStop(tail) ?? sourceAfterStop(tail, text.slice(0, at)) ?? nameBarOutlet(tail) ?? (SITE_CREDIT.test(tail) ? tail : undefined);
  const caption = text.slice(0, at).trim();
  if (!credit || !caption || !oneCaption(caption)) return gluedNameCredit(text) ?? capitalsCredit(text);
  return { caption, credit };
}

/**
 * A photographer's name and outlet glued to the caption's stop, as The Boston Globe's captions
 * copy: "… on Tuesday.Ann Lee/Globe Staff". The credit is a person's name, a slash and an
 * outlet; the stop stays with the caption only when it ends an abbreviation ("… in the U.S.").
 */
function gluedNameCredit(text: string): { caption: string; credit: string } | undefined {
  if (text.length > 400) return undefined;
  const at = text.search(/\.\p{Lu}[^.!?]*$/u);
  if (at <= 0) return undefined;
  const found = nameSlashOutlet(text.slice(at + 1), true);
  const stopped = text.slice(0, at + 1);
  const caption = ABBREVIATION.test(stopped.split(" ").at(-1)!) ? stopped : stopped.slice(0, -1);
  return found && oneCaption(caption) ? { caption, credit: found.credit } : undefined;
}

/**
 * A credit in capitals run on after a caption in sentence case with no mark between them, as a
 * news app copies a picture's caption and credit: "Crews at the reservoir ANN LEE/THE VALLEY
 * TRIBUNE", "Crews at the reservoir GETTY IMAGES". The credit is a name and an outlet parted by
 * a slash, or an agency's name; the caption is one sentence's words.
 * @example capitalsCredit("Crews at the reservoir GETTY IMAGES") // { caption: "Crews at the reservoir", credit: "GETTY IMAGES" }
 */
function capitalsCredit(text: string): { caption: string; credit: string } | undefined {
  if (text.length > 300) return undefined;
  const ws = text.split(" ");
  // The credit's words: the run of words in capitals at the end of the line.
  let k = ws.length;
  while (k > 0 && /^[\p{Lu}\p{N}&'’./-]+$/u.test(ws[k - 1]!) && /\p{Lu}/u.test(ws[k - 1]!)) k--;
  const caption = ws.slice(0, k).join(" ");
  const credit = ws.slice(k).join(" ");
  if (k < 3 || !/\p{Ll}/u.test(caption) || !credit || !oneCaption(caption)) return undefined;
  const named = /^\p{Lu}[\p{Lu}'’.-]+(?: \p{Lu}[\p{Lu}'’.-]+){1,3} ?\/ ?\p{Lu}[\p{Lu}&'’. -]{1,40}$/u.test(credit);
  return named || (AGENCY_CREDIT.test(credit) && credit.length > 3) ? { caption, credit } : undefined;
}

/**
 * A credit in capitals after a caption's stop, as a print edition sets it (Postmedia's papers on
 * PressReader): the photographer's name alone ("ANN LEE"), or a wire's or a paper's file photo
 * ("THE ASSOCIATED PRESS FILES", "POSTMEDIA NEWS FILES"). The name reads as a person's, two to
 * four words, no digit.
 * @example capitalsAfterStop("THE ASSOCIATED PRESS FILES") // "THE ASSOCIATED PRESS FILES"
 */
function capitalsAfterStop(text: string): string | undefined {
  if (text.length > 60 || !/^\p{Lu}[\p{Lu}&'’.-]*(?: \p{Lu}[\p{Lu}&'’.-]*){1,5}$/u.test(text)) return undefined;
  if (/ FILES?$/.test(text)) return text;
  const name = text.toLowerCase().replace(/(?<![\p{L}'’])\p{L}/gu, (c) => c.toUpperCase());
  return words(text) <= 4 && !text.includes("&") && personName(name) && isNameLine(name) ? text : undefined;
}

/** Words a sentence opens with, which open no source's name. */
const SENTENCE_OPENER = new Set("He She It They We I You The A An In On At But And Or So This That These Those There Then When While His Her Its Their Our As If After Before Since Yet For With From By To Of Also Officials Police".split(" "));

/** A source named after a caption's stop with no label, in title case: "Cuartoscuro", "Government of Mexico". */
const UNLABELLED_SOURCE = /^\p{Lu}[\p{L}'’-]+(?: (?:of|de|del|la|y|\p{Lu}[\p{L}'’-]+)){0,3}$/u;

/**
 * A picture's source with no label after the caption's stop, as Mexico News Daily prints it: "…
 * at the event. Milenio", "… in Oaxaca. Government of Mexico". The caption is one sentence of
 * four words or more, its stop no abbreviation's ("… the U.S. Army" is one name); the source a
 * few words in title case with no stop, no digit and no date's or furniture's words, which no
 * paragraph of a story ends on.
 * @example sourceAfterStop("Cuartoscuro", "Rescuers at the site") // "Cuartoscuro"
 */
function sourceAfterStop(text: string, caption: string): string | undefined {
  if (!UNLABELLED_SOURCE.test(text) || words(caption) < 4 || ABBREVIATION.test(`${caption.split(" ").at(-1)!}.`)) return undefined;
  // A sentence's first word after the stop ("… arms race. He" over the rest of a column) is no source's.
  if (SENTENCE_OPENER.has(text.split(" ")[0]!)) return undefined;
  if (text.split(" ").some((w) => MONTH_WORD.test(w) || /^(?:Rights|Reserved|Inc|Ltd|Read|More|Share|Subscribe|Related|Advertisement|Photos?|Video|Continue|Comments?)$/.test(w)) || chromeReason(text)) return undefined;
  return text;
}

/**
 * A photographer's name and their agency, paper or address with no label, after a caption's
 * stop, as McClatchy's papers print it: "Ann Lee AP", "Ann Lee The Valley Bee", "Ann Lee
 * alee@bee.example" (the credit is the name: the address is a way to reach them).
 * @example photographerAfterStop("Ann Lee The Valley Bee") // "Ann Lee The Valley Bee"
 */
function photographerAfterStop(text: string): string | undefined {
  if (text.length > 120) return undefined;
  const email = /^(\S.*?) [\w.+-]+@[\w-]+(?:\.[\w-]+)+$/.exec(text);
  if (email) return words(email[1]!) <= 4 && personName(email[1]!) ? email[1] : undefined;
  const ws = text.split(" ");
  for (let k = 1; k <= 4 && k < ws.length - 1; k++) {
    const name = ws.slice(0, -k).join(" ");
    const source = ws.slice(-k).join(" ");
    if (words(name) <= 3 && (AGENCY_CREDIT.test(source) || /^The \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}$/u.test(source)) && personName(name)) return text;
  }
  return undefined;
}

/** Words that make the side of a credit after a comma an outlet's nameplate, not a role. */
const NAMEPLATE = /^(?:news|press|post|mail|ledger|times|herald|tribune|journal|daily|gazette|chronicle|review|media|radio|television|courier|observer|examiner|register|inquirer|enquirer|dispatch|sentinel|independent|guardian|telegraph|bulletin|courant|monitor|telegram|statesman|magazine|record|recorder|mercury|mirror|globe|standard|citizen|advocate|beacon|images|photos?|pictures|agency)$/i;
/** A nameplate's word, or a compound of two starting with one: "Ledger", "Register-Star", "Times-Call". */
const isNameplateWord = (w: string) => NAMEPLATE.test(w) || NAMEPLATE.test(w.split("-")[0]!);

/**
 * A credit that is an outlet, a slash and a person's name, as agencies print it: "THE CANADIAN
 * PRESS/Ann Lee", "USA TODAY/Ann Lee". The outlet is in capitals or has a nameplate's word.
 */
const OUTLET_SLASH_NAME = /^((?:[Tt]he |THE )?\p{Lu}[\p{L}&.'’-]*(?: \p{Lu}[\p{L}&.'’-]*){0,3}) ?\/ ?(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3})$/u;

/** The same with a colon, as Australian broadcasters print it: "ABC News: Ann Lee", "AAP: Ann Lee". */
const OUTLET_COLON_NAME = /^((?:[Tt]he |THE )?\p{Lu}[\p{L}&.'’-]*(?: \p{Lu}[\p{L}&.'’-]*){0,3}): (\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3})$/u;

/**
 * A credit that is a person's name and the outlet after a comma or "for", on a line of its own
 * below a caption: "Ann Lee, USA TODAY", "Ann Lee for The Valley Review". The outlet has a word
 * in capitals or a nameplate's word, so "Ann Lee, Reporter" or "Elena Marsh, The Mayor" is not one.
 */
const NAME_COMMA_OUTLET = /^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3})(?:,| for) ((?:[Tt]he )?\p{Lu}[\p{L}\p{N}&'’.-]*(?: [\p{L}\p{N}&'’.-]+){0,5})$/u;

/**
 * A credit that is a person's name and the outlet in parentheses: "ÁLVARO GÓMEZ (LA CRÓNICA)",
 * "Ann Lee (The Courier)". The outlet reads as a nameplate, so "Ann Lee (R-Texas)" is none.
 */
function nameParenOutlet(text: string): string | undefined {
  const m = /^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}) \(((?:[Tt]he |THE )?\p{Lu}[\p{L}\p{N}&'’.-]*(?: [\p{L}\p{N}&'’.-]+){0,4})\)$/u.exec(text);
  return m && readsAsNameplate(m[2]!) && personName(m[1]!) ? text : undefined;
}

/** An outlet's name: a word in capitals ("USA TODAY", "KXYZ") or a nameplate's word ("The Valley Review"). */
// A site's name as its address prints it counts too: "DailyMail.com", "Patch.com".
const readsAsNameplate = (outlet: string) => outlet.split(/\s+/).some((w) => /^\p{Lu}{2,}\d*$/u.test(w) || isNameplateWord(w) || /^\p{Lu}[\p{L}\d-]{1,30}\.(?:com|net|org|co\.uk|com\.au)$/u.test(w));
const personName = (name: string) => bylineNames(name).join(" ") === name;

/**
 * A "Name/Outlet" credit (or "OUTLET/Name", or below a caption "Name, Outlet"), and the name,
 * when the name reads as a person's.
 */
/** A photographer's name and the agency the picture came through: "Ann Lee via Getty Images". */
const CREDIT_VIA = /^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}) via (?:Getty Images|AP Images|Reuters|Shutterstock|Alamy|Redux)$/u;

/** A paper's photo credit with its name before the label: "Tribune photo: Ann Lee", "DH Photo: Ann Lee". */
const PAPER_PHOTO_CREDIT = /^(?:The )?\p{Lu}[\p{L}&.'’-]*(?: \p{Lu}[\p{L}&.'’-]*){0,2} (?:photo|Photo|PHOTO|pic|Pic): (\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3})$/u;

/** A Creative Commons licence after a credit: ", CC BY-SA", ", CC BY-ND 4.0". */
const LICENCE_AFTER = /,? CC (?:BY(?:-(?:SA|ND|NC|NC-SA|NC-ND))?|0)(?: \d\.\d)?$/;

/** A local site's name in one word, its parts capitalised, ending in a news site's word: "BarrieToday", "SooToday", "ElliotLakeToday". */
const CAMEL_OUTLET = /^(?:\p{Lu}\p{Ll}+){1,3}(?:Today|News|Now|Times|Post|Daily|Online|Media|Wire|Herald|Journal)$/u;

function nameSlashOutlet(credit: string, ownLine = false): { credit: string; name: string } | undefined {
  // The licence after the owner, as an academics' site credits a picture from a commons: "Ann
  // Lee/Wikimedia Commons, CC BY-SA". Read without it; the credit keeps it.
  const licence = LICENCE_AFTER.exec(credit);
  if (licence && licence.index > 0) {
    const found = nameSlashOutlet(credit.slice(0, licence.index), ownLine);
    return found && { credit: credit.trim(), name: found.name };
  }
  const agency = OUTLET_SLASH_NAME.exec(credit.trim()) ?? OUTLET_COLON_NAME.exec(credit.trim());
  if (agency && (readsAsNameplate(agency[1]!) || AGENCY_CREDIT.test(agency[1]!)) && personName(agency[2]!)) return { credit: credit.trim(), name: agency[2]! };
  const comma = ownLine ? NAME_COMMA_OUTLET.exec(credit.trim()) : null;
  // The outlet is a nameplate: every word capitalised ("USA TODAY", "The Valley Review"), so
  // "On Monday, US singer and lyricist Robert Hunter" is not a credit.
  if (comma && comma[2]!.split(/\s+/).every((w) => /^\p{Lu}/u.test(w)) && readsAsNameplate(comma[2]!) && personName(comma[1]!)) return { credit: credit.trim(), name: comma[1]! };
  const m = NAME_SLASH_OUTLET.exec(credit.trim());
  if (!m) return undefined;
  const name = m[1]!;
  // "Staff Photo/The Courier" or "Associated Press/Reuters" names no person.
  if (bylineNames(name).join(" ") !== name) return undefined;
  // The other side reads as an outlet ("The Courier", "Valley Times", "KXRM", "Getty Images"),
  // so that a place pair such as "(Colorado Springs/El Paso County)" is not taken for a credit.
  const outlet = credit.slice(credit.search(/[/|]/) + 1).trim();
  const outletWords = outlet.split(/\s+/);
  const readsAsOutlet =
    /^(?:the|for|special|courtesy)$/i.test(outletWords[0]!) ||
    outletWords.some((w) => NOT_A_PERSON.has(w.toLowerCase()) || /^(?:images|photos?|pictures|agency|staff|Shutterstock|Wikimedia|Alamy|iStock|iStockphoto|Unsplash|Pexels|Flickr|Dreamstime|123rf|Getty|Redux|Polaris|Magnum)$/i.test(w) || /^\p{Lu}\p{Ll}+media$/u.test(w) || /^\p{Lu}{2,}(?:-\p{Lu}{2})?\d*$/u.test(w) || /^\p{Lu}\p{Ll}{2,}\d{2,3}$/u.test(w)) ||
    // A station's name and channel: "Telemundo Valle 33", "Fox 31".
    (outletWords.length >= 2 && /^\d{1,3}$/.test(outletWords.at(-1)!));
  if (!readsAsOutlet && !outletWords.every((w) => CAMEL_OUTLET.test(w))) return undefined;
  return { credit: credit.trim(), name };
}

/**
 * The photographer a credit names, if it names a person.
 * @example photographerOf("Photo by Bryan Cox/U.S. Immigration and Customs Enforcement via Getty Images") // "Bryan Cox"
 */
export function photographerOf(credit: string): string | undefined {
  const by = /^(?:(?:File |Handout )?(?:Photo|Image)s? by|Photographer:?|Photograph:)\s/i.exec(credit);
  const ap = /^(?:AP|Reuters|AFP) Photo\//i.exec(credit);
  // The name runs to the first "/", ",", or " via "/" for " (AP's to the first ","); cut by
  // string search, because a lazy `(.+?)` before `\s*\/` retried every space of a long run.
  const rest = by ? credit.slice(by[0].length) : ap ? credit.slice(ap[0].length) : undefined;
  const ends = by ? [rest?.indexOf("/"), rest?.indexOf(","), rest?.search(/\s(?:via|for|on)\s/i)] : [rest?.indexOf(",")];
  const end = Math.min(...ends.map((i) => (i === undefined || i < 0 ? Infinity : i)));
  const name = rest?.slice(0, end).trim() ?? nameSlashOutlet(credit)?.name;
  return name && /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u.test(name) ? name : undefined;
}

/**
 * A copyright notice: "(© Copyright 2018 CBS Broadcasting Inc. All Rights Reserved. ...)",
 * "Copyright 2019 The Associated Press.", "© CBS Broadcasting Inc. All rights reserved." A mark
 * and a year, or a mark and "all rights reserved": "Copyright law..." is a sentence.
 */
const COPYRIGHT = [
  /^\(?\s*(?:©|\(c\)|&copy;|Copyright)\s*(?:Copyright\s*|©\s*|\(c\)\s*)?(?:\d{4}|\(\d{4}\))/i,
  /^\(?\s*(?:©|\(c\)|&copy;)\s*.{0,120}\ball rights reserved\b/i,
  // The holder before the year: "Copyright The Financial Times Limited 2024. All rights reserved."
  /^Copyright (?:© ?)?\p{Lu}[\p{L}&.,'’ -]{1,80}? \d{4}\.(?: All rights reserved\.?)?$/u,
];
const isCopyright = (text: string) => COPYRIGHT.some((p) => p.test(text));
/** A contribution credit: "The Associated Press contributed to this report." */
const CREDIT_SENTENCE = /^\(?((?:[^.()]|\.(?=\S))+? contributed to this (?:report|story|article)(?: from [^.()]+)?\.?)\)?$/i;

/**
 * Splits a copyright line into the copyright proper and a contribution credit that follows it.
 * @example splitCopyright("(© 2018 CBS. AP contributed to this report.)") // { copyright: "© 2018 CBS.", credit: "AP contributed to this report." }
 */
export function splitCopyright(text: string): { copyright: string; credit?: string } {
  let inner = text.trim();
  // A line wrapped whole in parentheses: drop the pair, keep what is inside.
  if (inner.startsWith("(") && inner.endsWith(")") && !/^\((?:c|©)\)/i.test(inner)) inner = inner.slice(1, -1).trim();
  inner = inner.replace(/^(?:\(c\)|&copy;)\s*/i, "© ");
  // Sentences end at a stop followed by a space, so "Inc." inside a name does not end one early
  // unless a capital follows; the credit is the sentence that says who contributed.
  const starts = [0, ...[...inner.matchAll(/[.!?]\s+(?=\S)/g)].map((m) => m.index + m[0].length)];
  const at = starts.find((start, i) => i > 0 && CREDIT_SENTENCE.test(inner.slice(start)));
  if (at === undefined) return { copyright: inner };
  return { copyright: inner.slice(0, at).trim(), credit: inner.slice(at).trim() };
}

/**
 * A dateline leading a first paragraph: "DENVER (CBS4/AP)- ", "BOULDER, Colo. (AP) — ",
 * "WASHINGTON — ", and a press-release wire's "OMAHA, Jan. 5, 2019 /PRNewswire/ -- ". The place is
 * in capitals, which is what tells it from a sentence.
 */
const DATELINE = /^(\p{Lu}[\p{Lu}.'’-]+(?: \p{Lu}[\p{Lu}.'’-]*){0,3}(?:, \p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,2})?)(?:, \p{Lu}\p{Ll}{2,8}\.? \d{1,2}, \d{4})?\s*(?:\/([^/]{1,40})\/\s*|\(([^()]{1,40})\)\s*)?[-–—]+\s*(?=\S)/u;

/**
 * A wire's dateline with the day and the agency: "New Delhi, Jan 29 (PTI)", as Indian wires
 * print it with no dash, "New Delhi [India], January 29 (ANI): ", as ANI does, or "LONDON, Jan
 * 29 (Reuters) - ", as Reuters does.
 * The month and the agency's parentheses tell it from a sentence.
 */
const WIRE_DATELINE = /^(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}|\p{Lu}{2,}(?: \p{Lu}{2,}){0,2})(?: \[\p{Lu}[\p{L} ]{1,30}\])?, (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2} \((\p{Lu}[\p{L}]{1,10})\)(?:\s*[-–—:]+)?\s*(?=\S)/u;

/**
 * A network's dateline, the place in mixed case and the network's initials: "Washington (CNN)The
 * president …" (the parenthesis glued to the story), "London CNN — The …", "CNN — The …" (no
 * place: the dateline is empty, the network is still named; only a known network's initials,
 * for "OMAHA — " is a place in capitals).
 */
const NETWORK_DATELINE = /^(?:(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}) (?:\((\p{Lu}{2,5})\)(?: ?[–—-]{1,2})? ?|(\p{Lu}{2,5}) — )|\((\p{Lu}{2,5})\) ?|(CNN|CNBC|MSNBC|NBC|CBS|ABC|BBC|NPR|PBS|AP|AFP|UPI) — )(?=["“‘'\p{Lu}\p{N}])/u;

/** A place and the day with no year, on a line of its own below the byline: "Chandigarh, October 16", "NEW DELHI, Jan 29". */
const PLACE_DAY = /^(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}|\p{Lu}{3,}(?: \p{Lu}{2,}){0,2}), (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2}$/u;

/**
 * A place and the day before a colon, as Indian papers open the lead: "NAGPUR, Oct 2: ", "New
 * Delhi, Jan 29: "; or the place and the paper's news service: "Bengaluru, DHNS: " (Deccan Herald's).
 */
const DAY_COLON_DATELINE = /^(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}|\p{Lu}{3,}(?: \p{Lu}{2,}){0,2}), (?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2}|(\p{Lu}{3,6})): (?=["“‘'\p{Lu}\p{N}])/u;

/** A place in capitals and a colon, as Indian papers print it: "MUMBAI: ", "NEW DELHI: ". */
const COLON_DATELINE = /^(\p{Lu}{3,}(?: \p{Lu}{2,}){0,2}): (?=["“‘'\p{Lu}\p{N}])/u;

/** Labels in capitals that lead a paragraph as a place would: "UPDATE: ", "BREAKING: ". */
const NOT_A_PLACE = new Set("UPDATE UPDATED BREAKING EXCLUSIVE WATCH LISTEN NOTE CORRECTION CLARIFICATION ANALYSIS OPINION PHOTOS VIDEO LIVE READ RELATED ALERT WARNING FACT CHECK EDITOR".split(" "));

/**
 * The dateline at the start of a paragraph, and the paragraph without it.
 * @example splitDateline("DENVER (CBS4/AP)- The city said.") // { dateline: "DENVER", outlets: ["CBS4", "AP"], rest: "The city said." }
 */
/** A dateline in title case before a colon: "Dubai: ", "Abu Dhabi: ", "New Delhi: ". */
const TITLE_COLON_DATELINE = /^(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}): (?=["“‘'\p{Lu}\p{N}])/u;
/** Words before a colon that label what follows rather than name a place. */
const NOT_A_TITLED_PLACE = new Set("Note Notes Editor Editors Answer Question Summary Background Context Why What Who How When Where Result Results Verdict Pictured Source Sources Police Officials Officer Witness Warning Caution Disclaimer Transcript Reporter Host Interviewer Q A Quote Tip Tips Fact Facts Timeline Bottom Line Key Takeaway Takeaways Lesson Lessons Step Steps Part Chapter Episode Reader Readers Comment Comments Reply Mr Mrs Ms Dr Sir Dear Hi Hello Subject Re Fwd Translation Update Updated Correction Clarification Read Watch Listen Related Also Sponsored Advertisement Exclusive Opinion Analysis Review Live Breaking Video Photos Photo Image Audio Podcast Poll Quiz Explainer Recap Preview".split(" "));
/** A paragraph cut off mid-sentence: after a comma, a little word or a capitalised one ("… in Koszalin, North"), not a dek's last word. */
const UNFINISHED = /(?:,|\b(?:of|in|the|a|an|and|or|to|at|for|from|with|by|on|as)|\b\p{Lu}[\p{L}'’-]*)$/u;
/** A place and a bullet: "St. George • ", "Salt Lake City • ". */
const BULLET_DATELINE = /^(\p{Lu}[\p{L}.'’-]{0,30}(?: \p{Lu}[\p{L}.'’-]{0,30}){0,3}) • (?=["“‘'\p{Lu}\p{N}])/u;
/** A place in title case and a full stop, as German papers set it: "Hamburg. ", "Bad Segeberg. ". */
const DOT_DATELINE = /^(\p{Lu}\p{Ll}{2,}(?:[- ]\p{Lu}\p{Ll}+){0,2})\. (?=["“‘'\p{Lu}])/u;
/** Words before a full stop that open a story's sentence or abbreviate a title, a month or a US state. */
const NOT_A_DOTTED_PLACE = new Set(
  "Happy Good Morning Afternoon Evening Hey Greetings Cheers Monday Tuesday Wednesday Thursday Friday Saturday Sunday Yes Now Then Well Again Still Today Tonight Yesterday Tomorrow Silence Finally Overall Meanwhile Instead Indeed Sure Okay Right Wrong Nothing Everything Everyone Nobody Enough Exactly Absolutely Welcome Thanks Sorry Hello Bang Boom Done Gone Over Later Once Twice Never Always Maybe Perhaps Fire Help Stop Hmm Wow Oops Congratulations Mrs Sen Rep Gov Gen Col Sgt Capt Cmdr Adm Prof Rev Hon Supt Det Insp Cpl Pvt Maj Ste Mme Mlle Messrs Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun Ala Ariz Ark Calif Colo Conn Del Fla Ill Ind Kan Kans Mass Mich Minn Miss Mont Neb Nebr Nev Okla Ore Oreg Penn Tenn Tex Wash Wis Wisc Wyo Inc Corp Ltd Bros Ave Blvd Hwy Fig Vol Approx Dept Univ Assn".split(" "),
);
/** A first person's pronoun: an interview's answer or a reader's note, not a report. */
const FIRST_PERSON = /\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|me|my|mine|we|We|our|Our|us)\b/;

export function splitDateline(text: string, dotted = true): { dateline: string; outlets: string[]; rest: string } | undefined {
  const network = NETWORK_DATELINE.exec(text);
  if (network) return { dateline: network[1] ?? "", outlets: [network[2] ?? network[3] ?? network[4] ?? network[5]!], rest: text.slice(network[0].length) };
  const wire = WIRE_DATELINE.exec(text);
  if (wire) return { dateline: wire[1]!, outlets: [wire[2]!], rest: text.slice(wire[0].length) };
  const day = text.length <= 4000 ? DAY_COLON_DATELINE.exec(text) : null;
  if (day && !NOT_A_TITLED_PLACE.has(day[1]!) && !NOT_A_PLACE.has(day[1]!) && readsAsSentence(text.slice(day[0].length)) && !text.includes("|")) return { dateline: day[1]!, outlets: day[2] ? [day[2]] : [], rest: text.slice(day[0].length) };
  const colon = COLON_DATELINE.exec(text);
  // The rest reads as the story's sentence, so a label over a list ("INSIDE: Obituaries A4 | Sports B1") is not one.
  if (colon && !colon[1]!.split(" ").some((w) => NOT_A_PLACE.has(w)) && readsAsSentence(text.slice(colon[0].length)) && !text.includes("|")) return { dateline: colon[1]!, outlets: [], rest: text.slice(colon[0].length) };
  // "Dubai: An apartment building …", as a Gulf paper sets its dateline in title case. A story's
  // sentence of eight words or more after it, no question, nobody speaking in the first person (an
  // interview's "Lee: I think …"), and no label's word ("Note: …", "Update: …").
  const titled = text.length <= 2000 ? TITLE_COLON_DATELINE.exec(text) : null;
  if (titled) {
    const rest = text.slice(titled[0].length);
    const head = rest.split(/\s+/).slice(0, 8).join(" ");
    if (!titled[1]!.split(" ").some((w) => NOT_A_PLACE.has(w.toUpperCase()) || NOT_A_TITLED_PLACE.has(w)) && words(rest) >= 8 && readsAsSentence(rest) && !/\?["”’]?$/.test(rest) && !FIRST_PERSON.test(head) && !text.includes("|")) return { dateline: titled[1]!, outlets: [], rest };
  }
  // "Hamburg. The city's …", as German papers set the place (their "Ortsmarke"), in translation
  // too: a story's sentence of eight words or more after it, and no word that opens a sentence
  // or abbreviates a title, a month or a state ("Sen. Warren …", "Calif. officials …").
  // "St. George • Water levels …", as The Salt Lake Tribune sets it.
  const bullet = BULLET_DATELINE.exec(text);
  if (bullet && words(text.slice(bullet[0].length)) >= 8 && readsAsSentence(text.slice(bullet[0].length))) return { dateline: bullet[1]!, outlets: [], rest: text.slice(bullet[0].length) };
  const dot = dotted && text.length <= 2000 ? DOT_DATELINE.exec(text) : null;
  if (dot) {
    const rest = text.slice(dot[0].length);
    if (!dot[1]!.split(/[- ]/).some((w) => NOT_A_DOTTED_PLACE.has(w) || NOT_A_TITLED_PLACE.has(w) || NOT_A_PLACE.has(w.toUpperCase())) && words(rest) >= 8 && readsAsSentence(rest) && !FIRST_PERSON.test(rest.split(/\s+/).slice(0, 8).join(" "))) return { dateline: dot[1]!, outlets: [], rest };
  }
  const m = DATELINE.exec(text);
  if (!m) return undefined;
  const place = m[1]!;
  const rest = text.slice(m[0].length);
  if (!/^["“‘'\p{L}\p{N}]/u.test(rest)) return undefined;
  // A label's few words in lower case after the dash are no story's start: "NEWSLETTER DRAFT — sources".
  if (/^\p{Ll}/u.test(rest) && words(rest) < 4 && !/[.!?]["”’]?$/.test(rest)) return undefined;
  const outlets = (m[2] ?? m[3] ?? "").split(/[/,]/).map((s) => s.trim()).filter(Boolean);
  return { dateline: place, outlets, rest };
}

// --- Parsing ----------------------------------------------------------------------------

const same = (a: string, b: string) => a.replace(/\s+/g, " ").trim().toLowerCase() === b.replace(/\s+/g, " ").trim().toLowerCase();

/** A label in capitals before a headline, or an emoji: "BREAKING: ", "JUST IN – ", "📻 ". */
const KICKER = /^(?:(?:BREAKING(?: NEWS)?|JUST IN|DEVELOPING|UPDATE[D]?|EXCLUSIVE|WATCH|LISTEN|LIVE|ALERT|NEWS ALERT)\s?[:|–—-]\s?|\p{Extended_Pictographic}\uFE0F?\s?)/u;

/**
 * The headline without what a post or an alert prints before it: a label in capitals and a
 * colon or a dash ("BREAKING: "), an emoji ("📻 "); and without the hour a transcript's
 * broadcast aired after it ("… Aired 5-6p ET").
 * @example withoutKicker("BREAKING: Council cuts watering days") // "Council cuts watering days"
 */
export function withoutKicker(title: string): string {
  let text = title;
  for (let kicker = KICKER.exec(text); kicker && kicker[0].length < text.length; kicker = KICKER.exec(text)) text = text.slice(kicker[0].length).trimStart();
  // "… 🧵", "… A thread 🧵👇", "… (thread)": a social post's thread marker after the headline.
  for (let k = 0; k < 4 && /(?:🧵|👇|⬇️)$/u.test(text); k++) text = text.replace(/ ?(?:🧵|👇|⬇️)$/u, "");
  // Old Reddit's subreddit after a self-post's title: "… (self.Denver)", and the post's flair
  // before it when it is one of the common ones ("… Local News (self.Denver)").
  text = text.replace(/(?: (?:Local News|Breaking News|News|Politics|Crime|Community|Discussion|Question|Weather|Traffic|Article|Paywall|Opinion))? \(self\.\w{2,30}\)$/, "");
  text = text.replace(/ (?:A thread|THREAD|\(thread\))[:.]?$/i, "");
  const aired = AIR_TIME.exec(text);
  return aired && aired.index > 0 ? text.slice(0, aired.index).trimEnd().replace(/[.;]$/, "") : text;
}

/**
 * The hour a broadcast aired, as a network's transcript page prints it after the headline:
 * "Bus overturns in Russia. Aired 5-6p ET", "… Aired 9:30-10a ET", "… Aired 1 p.m. ET".
 */
const AIR_TIME = /\sAired \d{1,2}(?::\d\d)?\s?(?:[ap]\.?(?:m\.?)?)?(?:\s?[-–]\s?\d{1,2}(?::\d\d)?\s?(?:[ap]\.?(?:m\.?)?)?)?(?:\s?(?:ET|CT|MT|PT|[ECMP][SD]T|GMT|BST))?$/;

/**
 * A line that is an outlet's name, as a social post or a station's page prints it over the date:
 * two to five capitalised words (or a frequency, "FM 98.2") ending in a nameplate's word, and
 * the outlet's name on an alert it sends ("Valley Gazette News Alert 🔔").
 * @example isOutletName("Valley FM 98.2 News") // true
 */
function isOutletName(text: string): boolean {
  const ws = text.replace(/\s?\p{Extended_Pictographic}\uFE0F?$/u, "").split(" ");
  // "Valley Gazette News Alert", "Valley Post Briefing": the outlet's name on what it sends.
  if (ws.length >= 3 && /^(?:Alerts?|Updates?|Bulletin|Briefing|Newsletter)$/.test(ws.at(-1)!)) ws.pop();
  // "The Globe and Mail": "and" or "of" between the capitalised words.
  return ws.length >= 2 && ws.length <= 5 && ws.every((w, k) => /^(?:\p{Lu}[\p{L}&'’.-]*|\d{2,3}(?:\.\d)?|&)$/u.test(w) || (k > 0 && k < ws.length - 1 && /^(?:and|of)$/.test(w))) && isNameplateWord(ws.at(-1)!);
}

/** A headline: a line of moderate length that does not read as a sentence of prose. */
export function looksLikeHeadline(text: string): boolean {
  // A line holding a web address (an archive's or a feed's) is none; nor a sentence in quotation
  // marks (a curator's note, a pull quote: "“This could affect a lot of people.”"); nor a place
  // and its country alone ("Colorado, United States", a page's location chip).
  // A line starting in lower case is a note or a fragment, not a headline ("saw this in the Times this morning").
  // Nor a section's kicker ending in a spaced dash ("POLICY —", "BIZ & IT —").
  return words(text) <= 30 && text.length <= 250 && !/^\p{Ll}/u.test(text) && !/[.,;:]$/.test(text) && !/ [—–-]$/.test(text) && !/[.!?]["”’]$/.test(text) && !PLACE_LINE.test(text) && !COUNTRY_LINE.test(text) && !/\bhttps?:\/\/|\bwww\./i.test(text);
}

/** Countries a place line ends in, in title case or in capitals ("USA" and "UK" are both). */
const COUNTRY_NAMES = ["United States", "USA", "United Kingdom", "UK", "Canada", "Australia", "India", "Ireland", "New Zealand", "South Africa", "Pakistan", "Nigeria", "Kenya", "Singapore", "Philippines", "Hong Kong", "China", "Japan", "Germany", "France", "Spain", "Italy", "Mexico", "Brazil"];
const COUNTRIES = [...new Set([...COUNTRY_NAMES, ...COUNTRY_NAMES.map((c) => c.toUpperCase())])].join("|");
/**
 * A place and its country alone on a line: "Colorado, United States", "Pune, India"; or a town,
 * its state and its country, in capitals as a media library prints where a story was filed:
 * "FORT CARSON, CO, UNITED STATES".
 */
const COUNTRY_LINE = new RegExp(`^\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,2}(?:, \\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,2})?, (?:${COUNTRIES})$`, "u");

/** A town and its US state's postal code alone on a line ("Cedar Hollow, CO"): a local site's place, never a headline. */
const PLACE_LINE = /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}, (?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY])$/u;

/**
 * Lines read at most for the header before the story starts: room for an archive's toolbar of
 * twenty lines above a page's own header (the Wayback Machine's address, captures and calendar).
 */
const HEADER_MAX = 32;

/**
 * A block of a PDF's text: lines wrapped at a width, long words hyphenated across the break. A
 * block holding a line that recurs across the batch is the site's furniture (a menu above a
 * promotion), not a wrapped paragraph: a paragraph's lines are the story's own; so is a block
 * holding a line of known chrome.
 */
function unwrap(block: Block, batch?: BatchContext, vocabulary?: ReadonlyMap<string, number>): Block {
  if (block.kind !== "lines" || block.lines.length < 2) return block;
  const lines = block.lines;
  // A headline wrapped on a narrow page: a line with no stop over the rest of it, a few words
  // in lower case or a year ("Nevada becomes first state in U.S. with" over "majority-female legislature").
  const [top, rest] = lines;
  if (lines.length === 2 && top!.field !== "page" && !/^https?:/.test(rest!.text) && !batch?.recurring.has(lineKey(top!.text)) && !chromeReason(top!.text) && /^\p{Lu}/u.test(top!.text) && words(top!.text) >= 4 && /\p{L}$/u.test(top!.text) && (/^\p{Ll}/u.test(rest!.text) && !chromeReason(rest!.text) || /^\d{4}$/.test(rest!.text)) && words(rest!.text) <= 6 && !TERMINAL.test(rest!.text) && looksLikeHeadline(`${top!.text} ${rest!.text}`)) {
    return { kind: "lines", lines: [{ text: joinWrapped(top!.text, rest!.text, vocabulary), line: top!.line }] };
  }
  // No other block holding a line of known chrome (a menu over a promotion, on a page imported alone), or a
  // printed page's header or footer, is joined.
  if (lines.some((l) => l.field === "page" || batch?.recurring.has(lineKey(l.text)) || chromeReason(l.text))) return block;
  // A caption's credit cut at a narrow column's edge: "Dakota, a deer. Image: Nicholas" over
  // "Moreau.", "Cotton Candy, a dragon. Image:" over "Nicholas Moreau.": one line, read as the
  // caption and credit printed on one line are.
  if (lines.length === 2 && CREDIT_CUT.test(top!.text) && NAME_REST.test(rest!.text)) {
    return { kind: "lines", lines: [{ text: `${top!.text} ${rest!.text}`, line: top!.line }] };
  }
  if (lines.every((l) => l.screen)) return unwrapScreen(lines, vocabulary);
  const width = Math.max(...lines.map((l) => l.text.length));
  // A printed column's lines are narrower than a PDF page's: joined when they read as prose, and
  // when no line short of the column's width ends a sentence (that ends its paragraph: left to readLines).
  const column = isColumn(lines) && !lines.slice(0, -1).some((l) => TERMINAL.test(l.text) && l.text.length < width * 0.85);
  if ((width < 40 || width > 110) && !column) return block;
  // A credit after a caption's stop may be a wrapped line's first half ("… in Tyler. Image: Paul"
  // above "Budd."): it does not keep the block from being joined.
  const special = (t: string) => isFileName(t) || (!!splitCaption(t) && !splitStopCredit(t)) || !!creditLine(t) || !!labelledCaption(t) || isByline(t) || isCopyright(t) || isDateLine(t) || IMAGE_SOURCE.test(t) || IMAGE_CAPTION.test(t);
  // In a column, a line going on in lower case from an unfinished one above is the paragraph's,
  // whatever it looks like alone ("by U.S. and foreign law enforcement to pros-" is no byline).
  const goesOn = (k: number) => column && k > 0 && /^\p{Ll}/u.test(lines[k]!.text) && !TERMINAL.test(lines[k - 1]!.text);
  if (lines.some((l, k) => special(l.text) && !goesOn(k)) || (lines.length === 2 && (ownerBelowPhoto(lines[0]!.text, lines[1]!.text) || (photoOfCaption(lines[0]!.text) && bareNameCredit(lines[1]!.text, []))))) return block;
  if (lines.slice(0, -1).some((l) => l.text.length < width * 0.75) && !column) return block;
  let text = lines[0]!.text;
  for (const l of lines.slice(1)) text = joinWrapped(text, l.text, vocabulary);
  return { kind: "lines", lines: [{ text, line: lines[0]!.line, ...(column ? { column: true as const } : {}) }] };
}

/** Whether a screen `width` characters wide broke `line` before `next`: the next word would not have fitted beside it. */
const brokenBefore = (line: string, next: string, width: number) => line.length + 1 + next.split(" ")[0]!.length > width;

/** The widest line a phone's screen shows, in characters, read by OCR. */
const SCREEN_MAX = 60;

/**
 * A block of a screenshot's text, joined where the screen broke a line: a line goes on in the
 * next when the next line's first word would not have fitted beside it, as wide as the block's
 * widest line ("The city's three reservoirs held less" over "water at …"). A line that would have
 * taken the next word ends where it is: a paragraph's last line, a caption's over its credit
 * ("… on Tuesday" over "Elena Fontaine / Daily Courier"). A byline or a date line is never joined.
 */
function unwrapScreen(lines: readonly SourceLine[], vocabulary?: ReadonlyMap<string, number>): Block {
  const width = Math.max(...lines.map((l) => l.text.length));
  if (width > SCREEN_MAX) return { kind: "lines", lines: [...lines] };
  // A byline, a credit and a date line stand alone: the line under a date goes on from it only
  // when it starts in lower case ("In an advisory issued at 11:00 a.m." over "local time today").
  const own = (t: string) => isByline(t) || !!creditLine(t);
  const out: SourceLine[] = [];
  lines.forEach((l, k) => {
    const last = out.at(-1);
    const before = lines[k - 1];
    const dated = before && isDateLine(before.text) && !/^\p{Ll}/u.test(l.text);
    // (A line going on in lower case goes on from a credit's look-alike: "National Hurricane Center (NHC)" over "reported …".)
    const lower = /^[\p{Ll}(]/u.test(l.text);
    // A credit's look-alike the screen broke before a line going on in lower case is the paragraph's too.
    const next = lines[k + 1];
    const goesOn = !!next && brokenBefore(l.text, next.text, width) && /^[\p{Ll}(]/u.test(next.text);
    const wrapped = before && last && brokenBefore(before.text, l.text, width) && (lower || !own(before.text)) && (goesOn || !own(l.text)) && !dated && !(isDateLine(l.text) && !lower);
    if (wrapped) out[out.length - 1] = { ...last, text: joinWrapped(last.text, l.text, vocabulary) };
    else out.push(l);
  });
  return { kind: "lines", lines: out };
}

/** A site's name after a page's title: capitalised words, or cut short with "…". */
const TITLE_SITE = /^(?:[Tt]he )?\p{Lu}[\p{L}\d&'’.]*(?: \p{Lu}[\p{L}\d&'’.]*){0,4}…?$/u;

/**
 * A page's title: words with no sentence's stop, then the site's name after a spaced dash or bar
 * ("Sixteen states sue U.S. President Trump … - Cedar County Courier"). Found by string search.
 */
function isPageTitle(text: string): boolean {
  return pageTitleHeadline(text) !== undefined;
}

/** The headline of a page's title, without the site's name after it: "Council cuts … | Cedar County Courier" → "Council cuts …". */
function pageTitleHeadline(text: string): string | undefined {
  if (text.length > 300) return undefined;
  const at = Math.max(text.lastIndexOf(" - "), text.lastIndexOf(" | "), text.lastIndexOf(" – "), text.lastIndexOf(" — "));
  if (at < 10) return undefined;
  const title = text.slice(0, at);
  return !/[.!?:;,]$/.test(title) && !hasSentenceBreak(title) && TITLE_SITE.test(text.slice(at + 3)) ? title : undefined;
}

/** Whether the story's first paragraph starts at this line. */
function startsStory(l: SourceLine, batch?: BatchContext): boolean {
  const t = l.text;
  if (isByline(t) || isDateLine(t, batch) || isFileName(t) || splitCaption(t) || batch?.recurring.has(lineKey(t))) return false;
  // A page's title, the site's name after a dash or a bar, as a share sheet or a browser's tab
  // prints it ("Sixteen states sue … for border wall - Cedar County Courier"): however long, no prose.
  if (isPageTitle(t)) return false;
  // "File photo of … ." says what a photo shows: a caption, not the story's first sentence.
  if (photoOfCaption(t)) return false;
  // Not a place and a full stop ("Poland. Following …"), which may as well end a sentence broken above.
  if (splitDateline(t, false)) return true;
  return words(t) >= 14 || (words(t) >= 8 && /[.!?]["”’)]?$/.test(t));
}

/**
 * Whether a line reads as a piece of a sentence cut off at the end of a line: five words or more,
 * half of them in lower case, ending in a comma or a word no sentence ends with (a wrapped line
 * of the story: "will inspect the wooden span before it"), not a menu, a label or a teaser.
 */
function readsAsProse(text: string): boolean {
  const ws = text.split(/\s+/);
  return ws.length >= 5 && mostlyLowerCase(ws) && endsMidSentence(text);
}

/** Whether half of the words or more start in lower case, as prose's do. */
const mostlyLowerCase = (ws: readonly string[]) => ws.filter((w) => /^\p{Ll}/u.test(w)).length >= ws.length * 0.5;

/** Whether a line stops where no sentence does: after a comma, a hyphen or a word such as "the", "of" or "on". */
function endsMidSentence(text: string): boolean {
  return /(?:[,;-]|\s(?:and|or|but|the|a|an|to|of|in|on|at|for|with|by|from|before|after|it|that|which|who|is|was|were|are|has|had|have))$/.test(text);
}

/**
 * A dek (standfirst) as printed under a headline: six to 40 words, most in lower case, not a name.
 * @example isDek("Officials say the decision will shape the region for years to come") // true
 */
export function isDek(text: string): boolean {
  const ws = text.split(/\s+/);
  const capitalised = ws.filter((x) => /^["“‘']?\p{Lu}/u.test(x)).length;
  return ws.length >= 6 && ws.length <= 40 && capitalised / ws.length < 0.5 && !isNameLine(text) && !isByline(text);
}

/** The share of a line's words that start with a capital (after an opening quote). */
const capitals = (text: string) => text.split(/\s+/).filter((x) => /^["“‘']?\p{Lu}/u.test(x)).length / Math.max(1, words(text));

/** A reporter's role or desk below the name: a role line, or words ending in a newsroom's title ("Western Canada reporter", "OTTAWA BUREAU CHIEF"). */
/** A name and its role after it with no comma, the role in lower case: "Ann Lee Environment reporter" (The Guardian's byline). */
const nameWithRole = (text: string) => {
  const name = words(text) <= 8 ? bylineNames(text)[0] : undefined;
  return !!name && text.startsWith(name) && text.length > name.length && isNameLine(name) && isDeskRole(text.slice(name.length).trim());
};
const isDeskRole = (text: string) => isRoleLine(text) || (words(text) <= 6 && /\b(?:REPORTER|CORRESPONDENT|CHIEF|WRITER|EDITOR|COLUMNIST|PRODUCER|PHOTOGRAPHER)S?$/i.test(text));

/** A city on a line of its own, in capitals or not: "HALIFAX", "Ottawa", "New Delhi". */
const CITY_LINE = /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,2}$/u;

/** A place and its US state after a comma, as a local site's location picker prints the market: "Tampa Bay, Florida", "Cedar Valley, Iowa". */
const PLACE_STATE = /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,2}, (?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming)$/u;

/** A place's last word that is no one's surname: "Tampa Bay", "Cedar Valley", "Orange County", "Palm Springs". */
const REGION_LAST = /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+)? (?:Bay|Valley|County|City|Town|Beach|Springs|Falls|Heights|Islands?|Harbou?r|Village|Junction|Province|District|Region|Coast|Metro|Area)$/u;

/**
 * A region's name on its own line in the header, as a local TV site prints the market it serves
 * under the byline ("Ann Lee" / "Tampa Bay", "Spectrum News 9 Staff" / "Cedar Valley"): two or
 * three words that end in a place's word, or that the page names as a place with its state
 * after a comma ("Tampa Bay, Florida" under "Change Location"). A place, not a second reporter.
 * @example regionLine("Tampa Bay", []) // true
 */
function regionLine(text: string, region: readonly SourceLine[]): boolean {
  if (PLACE_STATE.test(text) || COUNTRY_LINE.test(text)) return true;
  if (!CITY_LINE.test(text) || words(text) > 3) return false;
  if (REGION_LAST.test(text) || new RegExp(`^${PLACE_FIRST}`, "u").test(text)) return true;
  return region.some((r) => r.text.startsWith(`${text}, `) && CITY_LINE.test(r.text.slice(text.length + 2)));
}

/** How much a header line looks like the headline, given its neighbours. */
function headlineScore(region: readonly SourceLine[], i: number, anchors: ReadonlySet<SourceLine>, batch?: BatchContext, datelined = false): number {
  const t = region[i]!.text;
  const w = words(t);
  let score = w >= 3 && w <= 25 ? 2 : w === 2 ? 0 : -3;
  if (/[.!?]$/.test(t)) score -= 1;
  if (w >= 3 && capitals(t) >= 0.6) score += 1;
  // "Ann Lee, Reporter" is capitalised and sits by the date, as a headline does: a name with a
  // role after it is a byline ("Council Cuts Watering Days" reads as a name too, but has no role).
  if (isNameLine(t) && bylineNames(t)[0] !== t) score -= 4;
  // "Ann Lee Environment reporter", "Reuters in Chicago", "Guardian staff and agencies": a byline
  // with no "By" (The Guardian's), its role in lower case or naming no one.
  else if (w <= 8 && !/[.!?]$/.test(t) && (namesNoPerson(t) || namesNoPerson(`By ${t}`) || nameWithRole(t))) score -= 4;
  // "By RFE/RL's Ukrainian Service": a byline's label over a desk that names no one.
  if (/^By \p{Lu}/u.test(t) && w <= 8 && !/[.!?:]/.test(t) && !bylineNames(t).length) score -= 6;
  // "ANN LEE" over "OTTAWA BUREAU CHIEF": a name over its role is the byline; the line below the
  // role ("HALIFAX") is its city or the next name.
  if (words(t) <= 3 && isNameLine(t) && region[i + 1] && isDeskRole(region[i + 1]!.text)) score -= 6;
  if (i > 0 && isDeskRole(region[i - 1]!.text) && words(t) <= 3) score -= 6;
  // "Riverside Radio News", "Valley FM 98.2 News" over a post's date: the page's or the station's name.
  if (isOutletName(t)) score -= 4;
  // "Nagpur City Line" over the issue's day: the e-paper's edition.
  if (EDITION_LINE.test(t)) score -= 6;
  // "Tampa Bay" over the date, the market a local site serves under its byline: a place, not the headline.
  if (regionLine(t, region)) score -= 6;
  // "Ann Lee" over "Tribune News Service": the reporter over the paper's news service, the byline.
  if (words(t) <= 4 && isNameLine(t) && region[i + 1] && NEWS_SERVICE.test(region[i + 1]!.text)) score -= 4;
  // "Chief Reporter" below "By Ann Lee": the byline's role, however near the date it sits.
  if (isRoleLine(t)) score -= 6;
  // "Ann Lee in Denver" over the date, below a line that may be the headline: the byline with its
  // city ("Council Cuts Watering Days in Cedar Hollow" over its dek is a headline of that shape).
  if (isPlacedNamesLine(t) && region[i + 1] && anchors.has(region[i + 1]!) && region.slice(0, i).some((l) => !anchors.has(l) && looksLikeHeadline(l.text) && words(l.text) >= 3 && !isPlacedNamesLine(l.text))) score -= 4;
  // "Edinburgh, Fife & East", "Politics, Courts & Crime": a list of places or topics (three or
  // more capitalised items, the last after "&" or "and"), as a section's label prints them.
  if (/^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}(?:, \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2})+,? (?:&|and) \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}$/u.test(t)) score -= 3;
  if (region[i + 1] && anchors.has(region[i + 1]!)) score += 3;
  if (region[i - 1] && anchors.has(region[i - 1]!)) score += 1;
  // The section and the fly-title over the headline, as The Economist prints them ("Britain | Running dry").
  const rubric = /^([^|]{2,40}) \| ([^|]{2,40})$/.exec(t);
  if (rubric && words(rubric[1]!) <= 4 && words(rubric[2]!) <= 4 && region[i + 1] && words(region[i + 1]!.text) >= 6 && !/[.!?|]/.test(region[i + 1]!.text)) score -= 4;
  // A section's name with its ampersand over the headline ("Business & Economy", "Arts & Culture").
  if (w <= 4 && / & /.test(t) && t.split(" ").every((x) => x === "&" || /^\p{Lu}/u.test(x)) && region[i + 1] && !/[.!?]$/.test(region[i + 1]!.text) && words(region[i + 1]!.text) >= 4) score -= 3;
  // A name between two dates ("Updated 10 January 2019" / "Ann Lee" / "January 9, 2019 09:34",
  // as Arab News prints them): the byline, not the headline.
  if (i > 0 && w <= 8 && anchors.has(region[i - 1]!) && region[i + 1] && anchors.has(region[i + 1]!) && (isNameLine(t) || isNamesLine(t))) score -= 5;
  // Between the date and the byline, under a headline's line over that date ("Headline" / date /
  // "File photo of …" / "By Ann Lee"): the lead photo's caption, or a dek, not the headline.
  const over = region[i - 2];
  if (i >= 2 && anchors.has(region[i - 1]!) && region[i + 1] && anchors.has(region[i + 1]!) && over && !anchors.has(over) && words(over.text) >= 5 && looksLikeHeadline(over.text) && !/[.!?]$/.test(over.text)) score -= 3;
  // Below a line of names, with a line above those ("Headline" / "Ann Lee" / "USA TODAY" / date):
  // the byline's outlet or role, not the headline, however near the date it sits. Unless its
  // dek follows it ("Ann Lee" / "Headline" / "Dek" / date, as newsletters print the author first),
  // or a labelled byline does (then the line above is no byline: "Industries & Topics" / "Headline" / "By Ann Lee").
  const below = region[i + 1];
  // Nor when a name over its role follows it ("Real Estate" / headline / "ANN LEE" / "REPORTER": the line above is a menu's).
  const bylineBelow = !!below && words(below.text) <= 3 && isNameLine(below.text) && !!region[i + 2] && isDeskRole(region[i + 2]!.text);
  if (i >= 2 && isNameLine(region[i - 1]!.text) && !BREADCRUMB.test(region[i - 1]!.text) && !PLACE_STATE.test(region[i - 1]!.text) && !anchors.has(region[i - 1]!) && !(below && !anchors.has(below) && isDek(below.text)) && !(below && isByline(below.text)) && !bylineBelow) score -= 4;
  // A headline over its dek over the byline or date: the dek (a longer line in sentence case)
  // sits by the byline, but the line above it is the headline. Not a line with clearly fewer
  // capitals than the line below it (a fifth of its words): a headline names more than its dek ("You have 3 free articles
  // remaining" over "Nancy Pelosi again elected Speaker as 116th U.S. Congress sworn in").
  // Two deks may come between, as summary points ("Decision follows months of consultation" /
  // "Lawmakers call for more details" / "Ann Lee").
  // Only for a line as long as a headline: a section's label over the headline over its dek
  // ("US politics & policy" / "Block of flats collapses in Aleppo" / "Analysts warn …") is not one.
  // A title further down, right below a date and over the story, and no byline or name above: a
  // blog's post, its author signing below it.
  const end = region.length - 1;
  const titleBelow = end > i + 2 && anchors.has(region[end - 1]!) && !anchors.has(region[end]!) && words(region[end]!.text) >= 4 && looksLikeHeadline(region[end]!.text) && !leadPhotoCaption(region[end]!.text) && !region.some((l, k) => isByline(l.text) || (k !== i && k < end - 1 && isNameLine(l.text) && words(l.text) <= 3));
  const second = w >= 6 && region[i + 2] && !anchors.has(region[i + 2]!) && isDek(region[i + 2]!.text) ? 1 : 0;
  // The lead photo's caption with its credit may come between the dek and the byline (The Guardian's).
  const byline = region.slice(i + 2 + second, i + 4 + second).find((l) => !splitCaption(l.text)?.caption);
  // Right below it, as a dek is printed (a line of share buttons between at most): not a ticker's
  // last item over the headline, with the newscasts' menu removed between them.
  // Nor a section's name in title case with its "and" over a headline with no stop ("Crime and
  // Public Safety" over "New studies may bring slug-made glues closer to use in medicine").
  const section = /\s(?:and|&)\s/.test(t) && t.split(/\s+/).every((x) => /^(?:\p{Lu}|and$|&$|of$)/u.test(x)) && !!below && !/[.!?]$/.test(below.text);
  // A short line in sentence case below a long headline counts too, as a station prints its video's
  // title between the headline and the byline ("Officials speak after Wednesday's decision").
  const shortDek = !!below && w >= 7 && words(below.text) >= 3 && words(below.text) < 6 && capitals(below.text) < 0.5 && !/[.!?:]$/.test(below.text);
  if (w >= 4 && !titleBelow && !section && below && byline && (below.line - region[i]!.line <= 3 || (below.line - region[i]!.line <= 5 && looksLikeHeadline(t) && !/[·•|]/.test(t))) && !anchors.has(below) && (isDek(below.text) || shortDek) && (anchors.has(byline) || isNameLine(byline.text) || isPlacedNamesLine(byline.text) || namesNoPerson(`By ${byline.text}`)) && (shortDek || capitals(t) > capitals(below.text) - 0.2)) score += 3;
  if (batch?.recurring.has(lineKey(t))) score -= 10;
  // A summary's point under its label ("Highlights"): the headline is above the label.
  if (region[i]!.point) score -= 10;
  // A section's path over the headline: "UAE / Government", "Gulf / Saudi".
  if (BREADCRUMB.test(t)) score -= 4;
  // A series' name in title case with its colon ("Dried Up: The Fight Over the West's Water") over
  // a headline in sentence case with no stop right above the byline or date: the series', not the story's.
  const next = region[i + 1];
  if (/\S: \p{Lu}/u.test(t) && capitals(t) >= 0.6 && next && !anchors.has(next) && region[i + 2] && (anchors.has(region[i + 2]!) || (isDek(region[i + 2]!.text) && !!region[i + 3] && anchors.has(region[i + 3]!))) && looksLikeHeadline(next.text) && !/[.!?]$/.test(next.text) && words(next.text) >= 4 && words(next.text) <= 16 && capitals(next.text) < 0.6) score -= 4;
  // The newsletter's name over its issue's line ("The Mesa Notebook" over "Issue #30 · January 14, 2019"): a masthead, not the headline.
  if (region[i + 1] && anchors.has(region[i + 1]!) && /\bIssue (?:No\.? ?|#)\d{1,5}\b/i.test(region[i + 1]!.text)) score -= 4;
  // A page's title with the site's name after it ("… | Cedar County Courier"), as a share sheet
  // prints it above the story's own headline: the headline without the name is the one.
  if (isPageTitle(t)) score -= 2;
  // A newsletter's label over its lead story's headline ("TOP STORY"): the line below is the headline, the label none.
  if (LEAD_LABEL.test(t)) score -= 6;
  else if (i > 0 && LEAD_LABEL.test(region[i - 1]!.text)) score += 4;
  // A site's name over its tagline: the masthead ("Valley City Watch" over "Independent reporting
  // on city hall … since 2009."), when menus follow them or a title stands further down. Not a
  // headline over its dek, which the byline or the date follows with the story below.
  if (w <= 5 && below && readsAsSentence(below.text) && region[i + 2] && ((!anchors.has(region[i + 2]!) && !isNameLine(region[i + 2]!.text)) || titleBelow)) score -= 2;
  // A release's headline between its date and a first paragraph that opens with a dateline
  // ("For Immediate Release: …" / headline / "SALEM, Ore. – …"): the agency's name above is not it.
  // Its subtitle may come between (a line with no stop).
  const last = i === region.length - 1 || (i === region.length - 2 && !/[.!?:;]$/.test(region[i + 1]!.text) && words(region[i + 1]!.text) <= 40);
  // Not a line in sentence case below a headline in title case over the date ("Fire Closes Old Mill
  // Bridge" / "VOA News" / date / "Smoke rises from the bridge early Sunday"): the lead photo's caption.
  const titledAbove = capitals(t) < 0.6 && region.slice(Math.max(0, i - 5), i - 1).some((l) => !anchors.has(l) && words(l.text) >= 5 && capitals(l.text) >= 0.6 && !TERMINAL.test(l.text) && looksLikeHeadline(l.text) && !isOutletName(l.text) && !isNameLine(l.text) && !batch?.recurring.has(lineKey(l.text)) && region.slice(region.indexOf(l) + 1, region.indexOf(l) + 3).some((n) => anchors.has(n)));
  if (datelined && last && i > 0 && anchors.has(region[i - 1]!) && w >= 4) score += titledAbove ? 0 : 2;
  // A blog's post: the day's date over the post's title, right over its first paragraph (the
  // author signs below: "Posted by Ann Lee at 5:32 PM"), under the blog's name and tagline.
  else if (i === region.length - 1 && i > 0 && anchors.has(region[i - 1]!) && w >= 4 && !/[.!?]$/.test(t) && !region.slice(0, i - 1).some((l) => anchors.has(l)) && !titledAbove) score += 1;
  return score - i * 0.1;
}

/** A person's name alone, two to four words, not the byline's: a photographer's credit where it stands by a caption. */
function bareNameCredit(text: string, byline: readonly string[]): boolean {
  const ws = words(text);
  return ws >= 2 && ws <= 4 && isNameLine(text) && bylineNames(text).join(" ") === text && !byline.some((n) => same(n, text));
}

/**
 * A person's bare name over one short sentence in a block of its own, the story in the next
 * block: the photographer's credit over the lead photo's caption. Not the byline's name, and
 * not a quote or a sentence that reports what someone said, which the story's lead would be.
 */
function photographerOverCaption(name: SourceLine, next: Block | undefined, byline: readonly string[]): boolean {
  if (next?.kind !== "lines" || next.lines.length !== 1) return false;
  const caption = next.lines[0]!;
  return (
    caption.line === name.line + 1 &&
    // Or the name and agency, as a sports network prints them: "Ann Lee/Getty Images".
    (bareNameCredit(name.text, byline) || (!!creditLine(name.text) && !!nameSlashOutlet(name.text, true))) &&
    words(caption.text) >= 3 && words(caption.text) <= 30 && /^\p{Lu}/u.test(caption.text) && /\.$/.test(caption.text) &&
    !hasSentenceBreak(caption.text) && !/["“”]/.test(caption.text) && !SAYS_WHO.test(caption.text)
  );
}

/** A photographer's name and agency on the line right over a photo's caption: "Ann Lee/Getty Images" over "File photo of …". */
function creditOverCaption(credit: SourceLine, caption: SourceLine | undefined): boolean {
  return !!caption && caption.line === credit.line + 1 && !!creditLine(credit.text) && !!nameSlashOutlet(credit.text, true) && photoOfCaption(caption.text);
}

/** The lead photo's caption below the date, which is no blog post's title: "File photo of …. SUPPLIED". */
const leadPhotoCaption = (text: string) => PHOTO_OF.test(text) || !!splitCaption(text)?.caption;

/**
 * The holder a copyright line names: "© Copyright 2018 CBS Broadcasting Inc. All..." → CBS Broadcasting Inc.
 * @example copyrightHolder("© 2019 The Valley Brief") // "The Valley Brief"
 */
export function copyrightHolder(copyright: string): string | undefined {
  const before = /^Copyright (?:© ?)?(\p{Lu}[\p{L}&.,'’ -]{1,80}?) \d{4}\./u.exec(copyright);
  if (before) return before[1];
  const m = /(?:©|Copyright)\s*(?:Copyright\s*|©\s*)?\(?\d{4}\)?\s+(?:Copyright\s+)?(\S.*?)(?:(?:\.|,|\s[-–—])\s+All rights reserved.*|\.\s.*|\.?)$/i.exec(copyright);
  return m?.[1]?.trim() || undefined;
}

/** The site's address glued after a paragraph's last sentence and a dash, as Rappler signs its stories: "… on Feb. 12. – Rappler.com". */
const SIGN_OFF = /(?<=[.!?"”’)]) [–—-] \p{Lu}[\p{L}\p{N}-]{1,40}\.(?:com|net|org|news|ph|in|sg|my|co\.uk|com\.au|co\.nz)$/u;

/** The lines without a site's sign-off after their last sentence (`SIGN_OFF`), each sign-off listed as removed. */
function withoutSignOffs(blocks: readonly Block[]): { blocks: Block[]; removed: RemovedLine[] } {
  const removed: RemovedLine[] = [];
  const out = blocks.map((b): Block => {
    if (b.kind !== "lines") return b;
    return {
      ...b,
      lines: b.lines.map((l) => {
        const m = l.text.length <= 5000 ? SIGN_OFF.exec(l.text) : null;
        if (!m || !readsAsSentence(l.text.slice(0, m.index))) return l;
        removed.push({ line: l.line, text: m[0].trim(), reason: "the site's sign-off after the story's last sentence" });
        return { ...l, text: l.text.slice(0, m.index) };
      }),
    };
  });
  return { blocks: out, removed };
}

/**
 * Parses blocks of raw text into the parts of an article.
 * @example parseText(toBlocks("Headline\n\nBy Ann Lee\n\nDENVER - Words.")).dateline // "DENVER"
 */
export function parseText(input: readonly Block[], hints: TextHints = {}, batch?: BatchContext): ParsedText {
  const envelope = withoutEnvelope(input);
  const digest = withoutDigest(envelope.blocks);
  const chat = withoutOtherMessages(digest.blocks);
  const posters = withoutChatPosters(chat.blocks);
  const posts = withoutPostHeaders(posters.blocks);
  const memo = envelope.removed.length ? { blocks: posts.blocks, removed: [] } : withoutMemo(posts.blocks);
  const record = withoutCollectionRecord(memo.blocks);
  const notes = withoutNotes(record.blocks, batch);
  // A bulletin's, a school district's, a team's or a podcast's frame around the story (`withoutSiteFrames`).
  const frames = withoutSiteFrames(notes.blocks, batch);
  const thread = { blocks: frames.blocks, removed: [...notes.removed, ...frames.removed] };
  // The text's own words, by which a hyphen at a line's end is kept or dropped.
  const vocabulary = vocabularyOf(thread.blocks.flatMap((b) => (b.kind === "lines" ? b.lines.map((l) => l.text) : [])));
  // The summary's points under their label, one to a line: no wrapped paragraph to join.
  thread.blocks.forEach((b, i) => {
    const above = thread.blocks[i - 1];
    if (b.kind === "lines" && above?.kind === "lines" && above.lines.length === 1 && SUMMARY_LABEL.test(above.lines[0]!.text)) for (const l of b.lines) l.point = true;
  });
  const signed = withoutSignOffs(thread.blocks.map((b) => (b.kind === "lines" && b.lines.some((l) => l.point) ? b : unwrap(b, batch, vocabulary))));
  const { blocks, removed, flagged, besideMenu } = removeChrome(signed.blocks, batch);
  removed.unshift(...envelope.removed, ...digest.removed, ...chat.removed, ...posters.removed, ...posts.removed, ...memo.removed, ...record.removed, ...thread.removed, ...signed.removed);
  const out: ParsedText = { title: hints.title?.trim() || undefined, byline: [], outlets: [], body: [], moved: [], removed, flagged, headerLines: [] };
  if (hints.byline) out.byline.push(...bylineNames(hints.byline));
  const move = (l: SourceLine, to: Destination) => out.moved.push({ line: l.line, text: l.text, to });

  // The header region: the lines above the story's first paragraph. The headline, byline and
  // date are found by weighing all of it, not by taking the first line that fits.
  const region: SourceLine[] = [];
  let b = 0;
  let started = false;
  // A publication's description over the page's headline (`descriptionOverHeader`).
  const described = new Set<SourceLine>();
  for (; b < blocks.length && region.length < HEADER_MAX; b++) {
    const block = blocks[b]!;
    if (block.kind !== "lines") break;
    // The `n` lines after line `k` of this block, on through the next blocks.
    const following = (k: number, n: number) => [...block.lines.slice(k + 1), ...blocks.slice(b + 1).flatMap((x) => (x.kind === "lines" ? x.lines : []))].slice(0, n);
    // A long headline reads like a sentence; the byline or date right below it says it is not.
    const after = (k: number) => following(k, 2);
    const anchor = (n: SourceLine) => isByline(n.text) || isDateLine(n.text, batch);
    // A press release prints its date above the headline: a long unpunctuated line right after
    // the date, and a story starting below it (a dateline or prose), is the headline.
    // A subtitle may stand between them, a line with no stop ("The change takes effect immediately").
    const headlineOverStory = (k: number) => {
      const below = after(k);
      const story = below[0] && !/[.!?:;]$/.test(below[0].text) && words(below[0].text) <= 40 && !startsStory(below[0], batch) && below[1] ? below[1] : below[0];
      // Right below the date ("For Immediate Release: …" under the agency's name and menus, as
      // releases print it), not only when the date is all the header holds.
      const above = k > 0 ? block.lines[k - 1] : region.at(-1);
      return !/[.!?:;,"”’)]$/.test(block.lines[k]!.text) && !!above && anchor(above) && !!story && startsStory(story, batch);
    };
    // A long headline or a dek in sentences over the byline or date: the byline's name and its
    // role may come between ("Dek." / "Ann Lee" / "Senior Correspondent" / date).
    // Between them, the byline's names and role, or the lead photo's caption with its credit
    // ("… Photograph: Ann Lee/AP" / "Ann Lee in Brisbane" / date, as The Guardian prints them).
    const anchorIn = (ahead: readonly SourceLine[]) => {
      const j = ahead.findIndex(anchor);
      return j >= 0 && (j < 2 || ahead.slice(0, j).every((n) => isNameLine(n.text) || isRoleLine(n.text) || isPlacedNamesLine(n.text) || namesNoPerson(n.text) || !!splitCaption(n.text)?.caption));
    };
    const anchorAhead = (k: number) => anchorIn(following(k, 4));
    // A site's tagline above the header ("Local news for people who actually live here."): a
    // short sentence near the top with the page's date line still to come, and no line between
    // that reads as the story's start (a headline, with its byline or date right below, does not);
    // or, under the site's name, with a title right below it over the story (a blog's post, signed below).
    const taglineOverHeader = (k: number) => {
      if (region.length + k >= 6 || words(block.lines[k]!.text) > 20) return false;
      const ahead = following(k, 10);
      // Under the site's name, in its block ("Valley City Watch" over it), with a title over the story next.
      const name = k > 0 ? block.lines[k - 1]! : undefined;
      const masthead = !!name && words(name.text) <= 5 && !/[.!?:;,]$/.test(name.text) && /^\p{Lu}/u.test(name.text) && !anchor(name);
      for (const [j, n] of ahead.entries()) {
        if (isDateLine(n.text, batch)) return true;
        if (masthead && j === 0 && words(n.text) >= 4 && looksLikeHeadline(n.text) && !/[.!?]$/.test(n.text) && ahead[1] && startsStory(ahead[1], batch)) return true;
        if (startsStory(n, batch) && !(ahead[j + 1] && anchor(ahead[j + 1]!))) return false;
      }
      return false;
    };
    // A dek right below a line that reads as the headline, with the byline or date after it, below
    // a site's long menu: still the header, however far down the menu has pushed it. Below a date,
    // only a line that reads as a headline itself ("Dec 7, 2019" over a thread's first long post is no header).
    const dekBelowHeadline = (k: number) => {
      const above = k > 0 ? block.lines[k - 1] : region.at(-1);
      return region.length + k < HEADER_MAX - 4 && !!above && words(above.text) >= 3 && (!anchor(above) || looksLikeHeadline(block.lines[k]!.text)) && looksLikeHeadline(above.text) && !/[.!?]$/.test(above.text) && (anchorAhead(k) || pointsAhead(k));
    };
    // Or the summary's points, a short sentence each, then the byline's name and role over the
    // date ("Here's what we know so far." / "Ann Lee" / "Politics Reporter" / date), as Business Insider prints them.
    const pointsAhead = (k: number) => {
      const point = (t: string) => words(t) <= 14 && (isDek(t) || (words(t) <= 8 && /[.!?]$/.test(t) && /^\p{Lu}/u.test(t)));
      if (!point(block.lines[k]!.text)) return false;
      const ahead = following(k, 7);
      const j = ahead.findIndex(anchor);
      return j >= 0 && ahead.slice(0, j).every((n) => isNameLine(n.text) || isRoleLine(n.text) || (words(n.text) <= 3 && namesNoPerson(`By ${n.text}`)) || point(n.text));
    };
    // A newsletter's greeting or note above its lead story's label ("Happy Wednesday. …" over "TOP
    // STORY" over the headline): the story starts below the label.
    const leadAhead = (k: number) => region.length + k < HEADER_MAX - 8 && [block.lines[k]!, ...following(k, 5)].some((n) => LEAD_LABEL.test(n.text));
    // A long headline right over its dek, the byline or date below that, under a long menu: the
    // header too ("Tunisian Prime Minister signs decree to ban face veils in public institutions,
    // government offices" / dek / "Ann Lee with AP, Reuters" / date).
    const headlineOverDek = (k: number) => {
      const [dek, ...ahead] = following(k, 5);
      const t = block.lines[k]!.text;
      return region.length + k < HEADER_MAX - 5 && !!dek && !/[.!?:;,]$/.test(t) && looksLikeHeadline(t) && isDek(dek.text) && anchorIn(ahead);
    };
    // A publication's description right below a document's upload date, over the page's headline
    // and byline ("Published on Jan 30, 2020" / "The Lakeport community's weekly newspaper. News,
    // sports …" / "Page 3" / headline / "By Ann Lee", as Issuu's document page prints them): the
    // header goes on below it.
    const descriptionOverHeader = (k: number) => {
      const above = k > 0 ? block.lines[k - 1] : region.at(-1);
      if (!above || !isDateLine(above.text, batch) || words(block.lines[k]!.text) > 40) return false;
      const ahead = following(k, 3);
      const over = [0, 1].some((j) => !!ahead[j] && !!ahead[j + 1] && words(ahead[j]!.text) >= 3 && looksLikeHeadline(ahead[j]!.text) && !/[.!?]$/.test(ahead[j]!.text) && isByline(ahead[j + 1]!.text) && ahead.slice(0, j).every((n) => words(n.text) <= 3));
      if (over) described.add(block.lines[k]!);
      return over;
    };
    // A long headline right over the byline, below a menu of short items however long (a sports
    // network's ten sections, read alone with no batch to find them): the header, not the story.
    const headlineBelowMenu = (k: number) => {
      const t = block.lines[k]!.text;
      const below = following(k, 1)[0];
      return region.length + k < HEADER_MAX - 4 && !!below && isByline(below.text) && looksLikeHeadline(t) && !/[.!?:;,"”’)]$/.test(t) && [...region, ...block.lines.slice(0, k)].every((n) => words(n.text) <= 3);
    };
    // A printed column's first paragraph, its lines wrapped at the column's width ("On Wednesday in
    // the US state of" / "Alabama, Governor Kay Ivey signed the" / …): the story starts with it,
    // though no one line of it reads as a sentence by itself.
    // Below the byline or the date only, the header read: a menu set in lines of one width is no story.
    const columnStarts = (k: number) => {
      const lines = block.lines;
      if (k !== 0 || lines.length < 3 || !region.some(anchor) || lines.some(anchor)) return false;
      const width = Math.max(...lines.map((x) => x.text.length));
      if (width < 20 || width > 90 || lines.slice(0, -1).some((x) => x.text.length < width * 0.7 || !!chromeReason(x.text))) return false;
      const text = lines.map((x) => x.text).join(" ");
      const ws = text.split(/\s+/);
      return ws.length >= 14 && ws.filter((w) => /^\p{Ll}/u.test(w)).length >= ws.length * 0.3 && /[,.;]/.test(text) && startsStory({ ...lines[0]!, text }, batch);
    };
    const at = block.lines.findIndex(
      (l, k) => (startsStory(l, batch) || columnStarts(k)) && !descriptionOverHeader(k) && !(region.length + k < 8 && (anchorAhead(k) || headlineOverStory(k))) && !headlineBelowMenu(k) && !dekBelowHeadline(k) && !headlineOverDek(k) && !taglineOverHeader(k) && !leadAhead(k),
    );
    if (at >= 0) {
      region.push(...block.lines.splice(0, at));
      started = true;
      if (!block.lines.length) b++;
      break;
    }
    region.push(...block.lines.splice(0));
  }
  if (!started && region.length) {
    // No line reads as the story's start (a short text): the header runs to its last byline or
    // date line among the first few, else it is the first line; the rest is the story.
    const anchorsAt = region.slice(0, 6).map((l, i) => (isByline(l.text) || isDateLine(l.text, batch) ? i : -1));
    const keep = Math.max(1, Math.max(...anchorsAt) + 1);
    const rest = region.splice(keep);
    if (rest.length) blocks.splice(b, 0, { kind: "lines", lines: rest });
  }
  out.headerLines = [...region];

  const anchors = new Set<SourceLine>();
  const bylineLines = new Set<SourceLine>();
  const candidates: number[] = [];
  let updatedTime: ReturnType<typeof updatedTimeOfLine>;
  region.forEach((l, i) => {
    const time = updatedTimeOfLine(l.text);
    if (time) {
      updatedTime ??= time;
      move(l, "date");
      anchors.add(l);
      return;
    }
    let found: DateLine | undefined;
    try {
      found = datesOfLine(l.text, orderFor(l.text, batch?.dateOrder, batch?.orderBySeparator));
    } catch (error) {
      if (!(error instanceof AmbiguousDate)) throw error;
      out.ambiguousDate ??= l;
      anchors.add(l);
      // The byline on the same line ("By Ann Lee • last updated: 26/01/2019 - 12:51") is read
      // whatever the date's order: either order gives the same names.
      const named = datesOfLine(l.text, "dmy")?.byline;
      if (named && !out.byline.length) out.byline.push(...bylineNames(named));
      return;
    }
    if (found) {
      // "First published on …" below a date with no label (The Guardian's): that one was the update's.
      const firstPublished = /^(?:First|Originally) published\b/i.test(l.text) && found.dates.length === 1 && !!out.date && !out.updated;
      for (const d of found.dates) {
        if (d.role === "published" && firstPublished) {
          out.updated = out.date;
          out.date = stampOf(d, batch?.timezone);
        } else if (d.role === "published") out.date ??= stampOf(d, batch?.timezone);
        else out.updated ??= stampOf(d, batch?.timezone);
      }
      if (found.byline && !out.byline.length) out.byline.push(...bylineNames(found.byline));
      move(l, "date");
      anchors.add(l);
    } else if (isByline(l.text) && (!out.byline.length || (i > 0 && bylineLines.has(region[i - 1]!)))) {
      // A byline line right below another adds its names: "By Ann Lee" over "By Bob Stone".
      out.byline.push(...bylineNames(l.text));
      move(l, "byline");
      anchors.add(l);
      bylineLines.add(l);
    } else if (out.title && same(l.text, out.title)) {
      move(l, "title");
      anchors.add(l);
    } else if (PLACE_DAY.test(l.text) && !out.dateline && i > 0 && bylineLines.has(region[i - 1]!)) {
      // "Chandigarh, October 16" on its own line below the byline, as The Tribune prints its dateline (the year is the issue's).
      out.dateline = PLACE_DAY.exec(l.text)![1]!;
      move(l, "dateline");
      anchors.add(l);
    } else if (REPORTING_FROM.test(l.text) && !out.dateline) {
      // "Reporting from Paris": the place the story was filed from, as a national paper prints it under the byline.
      out.dateline = REPORTING_FROM.exec(l.text)![1]!;
      move(l, "dateline");
    } else candidates.push(i);
  });
  // "Updated at 3:42 PM": on the published day.
  if (updatedTime && out.date && !out.updated) out.updated = stampOf({ date: out.date.slice(0, 10), role: "updated", ...updatedTime }, batch?.timezone);
  // A page with only an updated date: it is the date there is, unless the foot of the page
  // says when the story was first published ({@link publishedBelow}).
  const onlyUpdated = !out.date && !!out.updated;
  if (onlyUpdated) {
    out.date = out.updated;
    out.updated = undefined;
  }

  // The name the page's copyright line gives its holder ("© 2019 The Valley Brief"): the site's or
  // the newsletter's, printed over the story too, and neither its headline nor its byline.
  const owners = new Set(input.flatMap((b) => (b.kind === "lines" ? b.lines : [])).filter((l) => l.text.length <= 200 && /(?:©|Copyright)/.test(l.text)).map((l) => lineKey(copyrightHolder(l.text)?.split(",")[0] ?? "")).filter(Boolean));

  // A name alone between a headline-like line and the date (UK papers print the byline so); or
  // the names one to a line in capitals ("ÁLVARO GÓMEZ" over "INÉS MARTÍN", but not "Ann Lee"
  // over "USA TODAY", a name and the outlet); or the name over its role ("Ann Lee" over "Senior
  // Correspondent") over the date.
  // Each name over its station's call sign, right above the date, as a station group's CMS prints
  // its reporters ("Ann Lee" / "KMKC" / "Bob Stone" / "KMKC" / "Updated: …").
  if (!out.byline.length) {
    for (const i of candidates) {
      let k = i;
      const names: SourceLine[] = [];
      while (region[k] && region[k + 1] && candidates.includes(k) && isNameLine(region[k]!.text) && bylineNames(region[k]!.text).join(" ") === region[k]!.text && CALL_SIGN.test(region[k + 1]!.text)) {
        names.push(region[k]!, region[k + 1]!);
        k += 2;
      }
      if (!names.length || !region[k] || !anchors.has(region[k]!)) continue;
      for (const l of names) {
        if (!CALL_SIGN.test(l.text)) out.byline.push(l.text);
        move(l, "byline");
        anchors.add(l);
        candidates.splice(candidates.indexOf(region.indexOf(l)), 1);
      }
      break;
    }
  }
  if (!out.byline.length) {
    const inCapitals = (t: string) => t === t.toLocaleUpperCase("en");
    for (const i of candidates) {
      const first = region[i]!.text;
      if (!isNameLine(first) || regionLine(first, region) || owners.has(lineKey(first)) || !candidates.includes(i - 1) || isNameLine(region[i - 1]!.text)) continue;
      let j = i;
      // Names one to a line only in capitals, two or three words each: in mixed case a short
      // headline in title case reads as a name too ("Council Cuts Watering Days" over "Ann Lee").
      const capitalName = (t: string) => inCapitals(t) && isNameLine(t) && !isNamesLine(t) && words(t) <= 3;
      while (capitalName(first) && candidates.includes(j + 1) && capitalName(region[j + 1]!.text)) j++;
      let next = j + 1;
      if (region[next] && candidates.includes(next) && isRoleLine(region[next]!.text)) next++;
      // More names each over its own role ("Ann Lee" / "Staff Writer" / "Bob Stone" / "News
      // Editor"), as a school paper's theme prints two writers over the date.
      const more: number[] = [];
      while (next > j + 1 && region[next + 1] && candidates.includes(next) && candidates.includes(next + 1) && isNameLine(region[next]!.text) && !isNamesLine(region[next]!.text) && words(region[next]!.text) <= 4 && isRoleLine(region[next + 1]!.text)) {
        more.push(next);
        next += 2;
      }
      // Not the outlet below the names ("Ann Lee and Bob Stone" over "USA TODAY"): the names are the byline.
      if (!(region[next] && anchors.has(region[next]!) && !isByline(region[next]!.text))) continue;
      for (const k of [...Array.from({ length: j - i + 1 }, (_, d) => i + d), ...more]) {
        const l = region[k]!;
        out.byline.push(...bylineNames(l.text));
        move(l, "byline");
        anchors.add(l);
        candidates.splice(candidates.indexOf(k), 1);
      }
      break;
    }
  }

  // A photo's credit over its caption, left to be read with the caption below.
  const overCaption = new Set<SourceLine>();
  // The names printed again beside the byline ("Ann Lee" over the date, "By Ann Lee" below it,
  // as a reader view prints them), and the photographer's credit ("Photos by Bob Stone" under
  // "Words by Ann Lee"): neither is the headline.
  for (let k = candidates.length - 1; k >= 0; k--) {
    const l = region[candidates[k]!]!;
    const names = isNameLine(l.text) ? bylineNames(l.text) : [];
    if (names.length && names.every((n) => out.byline.some((b) => same(b, n)))) move(l, "byline");
    // Not a credit below a photo's caption ("File photo of …" / "Ann Lee / Moskva News Agency"): the photo's.
    else if (creditLine(l.text) && !isNameLine(l.text) && !(candidates[k]! > 0 && captionAbove(region[candidates[k]! - 1]!.text))) {
      // Nor one right over a photo's caption ("Ann Lee/Getty Images" / "File photo of …", as a
      // sports network sets them): the photo's, read with its caption below; no headline either.
      if (creditOverCaption(l, region[candidates[k]! + 1]) || (candidates[k]! === region.length - 1 && photographerOverCaption(l, blocks[b], out.byline))) {
        overCaption.add(l);
        continue;
      }
      out.credit ??= l.text;
      move(l, "credit");
    } else continue;
    anchors.add(l);
    candidates.splice(k, 1);
  }

  let titleAt = region.findIndex((l) => out.title && same(l.text, out.title));
  if (!out.title) {
    // Nor a photo's credit below its caption ("Credit: AAP"), left to be read with the caption.
    // Nor one over its caption (`overCaption`).
    const fits = candidates.filter((i) => looksLikeHeadline(region[i]!.text) && !isFileName(region[i]!.text) && !splitCaption(region[i]!.text) && !(i > 0 && captionAbove(region[i - 1]!.text) && creditLine(region[i]!.text)) && !overCaption.has(region[i]!));
    const firstBlock = blocks[b];
    const datelined = firstBlock?.kind === "lines" && !!firstBlock.lines[0] && !!splitDateline(firstBlock.lines[0].text);
    // A line printed in one block with known chrome, or from a template the batch's other files
    // print too around other words, is the site's furniture, however much it looks like a headline.
    // An email's preheader, the line its inbox shows after the subject: printed right above "View
    // this email in your browser" or "Read Online", a blank line between at most.
    const preheader = new Set(removed.filter((r) => /^(?:View (?:this email|it|this newsletter|online) (?:in|on) (?:your|a) (?:web )?browser\.?|View online|Read [Oo]nline)$/i.test(r.text)).flatMap((r) => [r.line - 1, r.line - 2]));
    const furniture = (l: SourceLine) => besideMenu.has(l) || isTemplated(l.text, batch) || preheader.has(l.line) || owners.has(lineKey(l.text));
    // A story sent by email: the line its subject names is the headline, whatever else is near the date.
    // A record's "Headline:" field is the headline, by its label.
    const named = (l: SourceLine) => (l.field === "headline" || (envelope.subject && same(l.text, envelope.subject)) ? 8 : 0);
    const scored = fits.map((i) => ({ i, score: headlineScore(region, i, anchors, batch, datelined) - (furniture(region[i]!) ? 4 : 0) + named(region[i]!) })).sort((x, y) => y.score - x.score || x.i - y.i);
    if (scored.length && scored[0]!.score > -5) {
      titleAt = scored[0]!.i;
      // A headline only printed inside the site's template: its own words.
      const core = templateCore(region[titleAt]!.text, batch);
      // A page's title as a clipper or a browser's tab took it, the site's name after a bar
      // ("Council cuts … | The Lakeport Record"), where the page prints no headline of its own: the part before the bar.
      const chosen = region[titleAt]!.text;
      const tabTitle = chosen.includes(" | ") ? pageTitleHeadline(chosen) : undefined;
      out.title = withoutKicker(core && words(core) >= 3 && looksLikeHeadline(core) ? core : (tabTitle ?? chosen));
      move(region[titleAt]!, "title");
    }
  }

  // The rest of the header: a name on its own beside the title or the date is the byline; a
  // sentence is kept for review; any other line is the page's furniture, listed as removed.
  // The line of the byline found last: names may go on below it, one a line ("Ann Lee" / "Bob
  // Stone", "By Ann Lee" / "and" / "Bob Stone").
  let headerPlace: string | undefined;
  const lastByline = out.moved.findLast((m) => m.to === "byline");
  // Where it is in the header: the next line kept (the share buttons between removed) may go on with the names.
  let bylineAt = lastByline ? region.findIndex((r) => r.line === lastByline.line) : -1;
  // In the byline's case: "USA TODAY" below "Ann Lee and Bob Stone" is the paper.
  let mixedCase = /\p{Ll}/u.test(lastByline?.text ?? "");
  // The whole line a name of two words or more, in the byline's case: not "VBS News, Glasgow" below "By Ann Lee".
  const nameAlone = (text: string) => words(text) >= 2 && bylineNames(text).join("|") === text && !isRoleLine(text) && /\p{Ll}/u.test(text) === mixedCase && !regionLine(text, region);
  // Credits on the line below the lead photo's caption, read with it.
  const creditsRead = new Set<number>();
  // A name alone, the header's last line, right over a lead that opens with its dateline
  // ("Ann Lee" / "Bengaluru, DHNS: The city's …", as Deccan Herald prints it below a dek).
  const leadBlock = blocks[b];
  const lead = leadBlock?.kind === "lines" ? leadBlock.lines[0] : undefined;
  const nameOverDateline = (i: number) => i === region.length - 1 && words(region[i]!.text) <= 4 && !!lead && !!splitDateline(lead.text);
  for (const i of candidates) {
    if (i === titleAt || creditsRead.has(i)) continue;
    const l = region[i]!;
    const near = (k: number) => k === titleAt || (region[k] !== undefined && anchors.has(region[k]!));
    // Each name over its role, and the city below them, as a national paper prints the byline
    // ("ANN LEE" / "WESTERN CANADA REPORTER" / "BOB STONE" / "FOREIGN CORRESPONDENT" / "HALIFAX").
    const roleAbove = i >= 1 && isDeskRole(region[i - 1]!.text);
    const roleBelow = region[i + 1] !== undefined && isDeskRole(region[i + 1]!.text);
    // The names go on right below the byline ("Bob Stone", "and"), or below its role over a role of their own.
    const goesOn = (i === bylineAt + 1 && (/^(?:and|&)$/i.test(l.text) || nameAlone(l.text))) || (i === bylineAt + 2 && roleAbove && roleBelow && nameAlone(l.text));
    if (bylineAt >= 0 && goesOn) {
      out.byline.push(...bylineNames(l.text));
      move(l, "byline");
      bylineAt = i;
      continue;
    }
    // The city below the last name's role, in capitals or not ("USA TODAY" right below a name is its paper).
    if (bylineAt >= 0 && !headerPlace && i === bylineAt + 2 && roleAbove && !roleBelow && CITY_LINE.test(l.text) && !isDeskRole(l.text) && !chromeReason(l.text) && !isOutletName(l.text)) {
      headerPlace = l.text;
      move(l, "dateline");
      continue;
    }
    // Above the title only when it names two or more ("Ann Lee and Bob Stone"): one name alone
    // there may as well be a section's ("Local News").
    // Below the title, a name by the title or the date, or over its role ("Ann Lee" over "Reporter").
    // Above it too, a name over its role ("Ann Lee" / "Contributor" / "Follow" / the headline, as a news app prints it).
    const overRole = roleBelow && !isDeskRole(l.text);
    if (!out.byline.length && !regionLine(l.text, region) && (((isNameLine(l.text) || isPlacedNamesLine(l.text) || nameWithRole(l.text)) && ((i > titleAt && (near(i - 1) || near(i + 1) || nameOverDateline(i))) || overRole)) || (i === titleAt - 1 && isNamesLine(l.text) && bylineNames(l.text).length > 1))) {
      // A first reporter's name on the line above, over the second's by the date ("Ann Lee" / "Bob Stone" / date), as Business Insider prints two.
      const above = i - 1 > titleAt ? region[i - 1]! : undefined;
      const first = above && !anchors.has(above) && words(above.text) >= 2 && words(above.text) <= 4 && bylineNames(above.text).join("|") === above.text && !isRoleLine(above.text) && isNameLine(above.text) ? out.removed.findIndex((r) => r.line === above.line) : -1;
      if (first >= 0) {
        out.removed.splice(first, 1);
        out.byline.push(...bylineNames(above!.text));
        move(above!, "byline");
      }
      out.byline.push(...bylineNames(l.text));
      move(l, "byline");
      bylineAt = i;
      mixedCase = /\p{Ll}/u.test(l.text);
    } else if (i < titleAt && batch?.recurring.has(lineKey(l.text))) {
      // Above the headline and on the batch's other pages too: a paywall meter or a pitch, not
      // a sentence of this story, however much it reads as one.
      removed.push({ line: l.line, text: l.text, reason: `above the headline, and recurs in ${batch.recurring.get(lineKey(l.text))} files of this import` });
      out.flagged = out.flagged.filter((f) => f.line !== l.line);
    } else if (i < titleAt && /^\p{Ll}[\p{Ll}'’ ]/u.test(l.text) && words(l.text) >= 3) {
      // Above the headline, words in lower case: a poster's note over the story they share ("this
      // is a big deal for anyone on the east side!!"), not a sentence of the story, which would open
      // with a capital; one word in lower case ("iPhone") is a name's.
      removed.push({ line: l.line, text: l.text, reason: "a note in lower case above the headline: the poster's, not the story's" });
      out.flagged = out.flagged.filter((f) => f.line !== l.line);
    } else if (out.title && isTemplated(l.text, batch) && lineKey(l.text).includes(lineKey(out.title)) && !leadCaption(l.text) && !splitCaption(l.text)?.credit && !photoOfCaption(l.text)) {
      // The headline again inside words the batch's other pages print around their own headlines
      // ("You are reading <headline> on …", a print header): the site's, not a sentence of the story.
      removed.push({ line: l.line, text: l.text, reason: "the headline inside a line the other files of this import print around their own headlines" });
      out.flagged = out.flagged.filter((f) => f.line !== l.line);
    } else if (out.title && same(pageTitleHeadline(l.text) ?? "", out.title)) {
      // The page's title, the headline with the site's name after it, as a clipper or a share sheet copies it.
      removed.push({ line: l.line, text: l.text, reason: "the page's title: the headline again, with the site's name" });
      out.flagged = out.flagged.filter((f) => f.line !== l.line);
    } else if (i < titleAt && described.has(l)) {
      // Or a newsletter's note to its readers in the same place ("It's been a busy week at city hall.").
      removed.push({ line: l.line, text: l.text, reason: "right below a date and above the headline with its byline: the publication's description or the sender's note, not the story's" });
      out.flagged = out.flagged.filter((f) => f.line !== l.line);
    } else if (l.point && i > titleAt) {
      // A summary's point under its label ("Highlights"): the story's own words, kept.
      out.body.push({ kind: "paragraph", text: l.text, line: l.line });
    } else if (i > titleAt && (splitCaption(l.text)?.caption || (anchors.has(region[i - 1]!) && (!region[i + 1] || anchors.has(region[i + 1]!)) && PHOTO_CUE.test(l.text) && mayBeBareCaption(l.text)) || photoOfCaption(l.text) || (!!region[i + 1] && candidates.includes(i + 1) && !anchors.has(region[i + 1]!) && captionAbove(l.text) && !!creditLine(region[i + 1]!.text)))) {
      // The lead photo's caption in the header, with its credit ("… (Pic: RollingNews.ie)"), or
      // one naming a photo right below the date, over the byline or the story, as a broadcaster sets it.
      const figure = figureOf(l.text);
      // Its credit on the line below ("File photo of …" / "Ann Lee / Reuters / Scanpix / LETA").
      const below = region[i + 1];
      // Or the photographer's bare name alone below a photo's caption, as a farm paper prints it ("File photo of …" / "Ann Lee").
      const credit = !figure.credit && below && candidates.includes(i + 1) && !anchors.has(below) ? creditLine(below.text) ?? (below.line === l.line + 1 && photoOfCaption(l.text) && bareNameCredit(below.text, out.byline) ? below.text : undefined) : undefined;
      if (credit) {
        figure.credit = credit;
        const photographer = photographerOf(credit);
        if (photographer) figure.photographer = photographer;
        move(below!, "figure");
        creditsRead.add(i + 1);
      }
      // Or its photographer's bare name on the line above, set aside as a header line, as a
      // school paper's theme prints it over the caption ("Ann Lee" / "File photo of …").
      const above = region[i - 1];
      // Or a name and agency there ("Ann Lee/Getty Images"), as a sports network prints it.
      const aboveAt = above && !figure.credit && (bareNameCredit(above.text, out.byline) || creditOverCaption(above, l)) ? removed.findIndex((r) => r.line === above.line && r.text === above.text) : -1;
      if (aboveAt >= 0) {
        removed.splice(aboveAt, 1);
        figure.credit = creditLine(above!.text) ?? above!.text;
        figure.photographer = photographerOf(figure.credit) ?? above!.text;
        move(above!, "figure");
      }
      out.body.push({ kind: "figure", figure, line: l.line });
      move(l, "figure");
    } else if (i === region.length - 1 && i > titleAt && photographerOverCaption(l, blocks[b], out.byline)) {
      // The lead photo's photographer over its caption, the header's last line, as a school
      // paper's theme sets them ("Ann Lee" / "Crews at the bridge on Sunday."), the story below.
      const caption = (blocks[b] as Extract<Block, { kind: "lines" }>).lines[0]!;
      const credit = creditLine(l.text) ?? l.text;
      out.body.push({ kind: "figure", figure: { caption: caption.text, credit, photographer: photographerOf(credit) ?? l.text }, line: caption.line });
      move(l, "figure");
      move(caption, "figure");
      blocks.splice(b, 1);
    } else if (i > titleAt && !region[i + 1] && SUBHEAD_LABEL.test(l.text)) {
      // The header's last line, ending with a colon, right over the story: the story's first subheading ("Dive Brief:").
      out.body.push({ kind: "paragraph", text: l.text, line: l.line });
      out.flagged.push({ line: l.line, text: l.text, reason: "possibly chrome: the header's last line, kept as a subheading: it ends with a colon over the story" });
    } else if (i > titleAt && bylineBio(l.text, out.byline)) {
      // The author's card under the byline, as a sports network opens it: "Ann covers Cedar sports for ESPN."
      removed.push({ line: l.line, text: l.text, reason: "the author's card in the header: the byline's reporter and their beat" });
    } else if (/[.!?]["”’)]?$/.test(l.text) || words(l.text) >= 8 || readsAsProse(l.text)) {
      out.body.push({ kind: "paragraph", text: l.text, line: l.line });
      out.flagged.push({ line: l.line, text: l.text, reason: `possibly chrome: a line ${i < titleAt ? "above the headline" : "of the header"}, kept because it may be part of the story` });
    } else {
      removed.push({ line: l.line, text: l.text, reason: i < titleAt ? "above the headline: not the headline, byline or date" : "in the header: not the headline, byline or date" });
    }
  }
  const storyStart = out.body.length;

  const alone = new WeakSet<BodyItem>();
  for (; b < blocks.length; b++) {
    const block = blocks[b]!;
    if (block.kind === "figure") {
      out.body.push(block);
      continue;
    }
    readLines(block.lines, out, move, vocabulary);
    const last = out.body.at(-1);
    // A Markdown heading's words stand alone as a subheading does, and are never a bare caption.
    if (block.lines.length === 1 && last?.kind === "paragraph" && last.line === block.lines[0]!.line && !block.lines[0]!.heading) alone.add(last);
  }
  if (!out.byline.length) transcriptByline(out, storyStart);
  if (!out.byline.length) signedBelow(out, storyStart);
  if (!out.byline.length) nameOverRoleInLead(out, storyStart, removed, move);
  aboutTheAuthor(out, storyStart, removed);
  authorBox(out, storyStart, removed);
  pullQuotes(out, storyStart, removed);
  belowTheStory(out, storyStart, removed, flagged);
  if (!out.byline.length) namesOverLead(out, storyStart, move);
  bareCaptions(out, storyStart, alone, move);
  possibleCaptions(out, storyStart, alone);
  yearlessDate(out, input, batch);
  if (!out.date || onlyUpdated) publishedBelow(out, batch, storyStart);
  if (!out.date) headerBelowLines(out, batch, storyStart, move, removed, flagged);
  firstRan(out, storyStart, batch, removed);
  ownAddress(out);

  // The place the byline prints in its own slot ("By Ann Lee, Hindustan Times, Lucknow", a city in
  // capitals below the names and their roles), unless the story prints its own dateline.
  out.dateline ??= headerPlace ?? out.moved.filter((m) => m.to === "byline").map((m) => bylinePlace(m.text)).find(Boolean);
  const at = dekOverLead(out.body, storyStart) ? storyStart + 1 : storyStart;
  const first = out.body[at];
  if (first && first.kind === "paragraph") {
    // Not "Poland. Following …" after a paragraph left unfinished ("… in Koszalin, North"): a sentence broken across them.
    const before = out.body[at - 1];
    const dl = splitDateline(first.text, !(before?.kind === "paragraph" && words(before.text) >= 8 && UNFINISHED.test(before.text)));
    if (dl) {
      // "CNN — The …": the network named with no place.
      if (dl.dateline) out.dateline = dl.dateline;
      out.outlets = dl.outlets;
      first.text = dl.rest;
      out.moved.push({ line: first.line, text: `${dl.dateline}${dl.outlets.length ? ` (${dl.outlets.join("/")})` : ""}`.trim(), to: "dateline" });
    }
  }
  return out;
}

/**
 * Whether the story's first paragraph is a dek over the lead, the header having ended above it: a
 * line in sentence case with no stop, and the next paragraph opening with a dateline ("A closer
 * look at …" over "Bengaluru, DHNS: An Australian …").
 */
function dekOverLead(body: readonly BodyItem[], storyStart: number): boolean {
  const [dek, lead] = [body[storyStart], body[storyStart + 1]];
  // With its stop too ("Supporters call it overdue; opponents say it moves too fast."), when the
  // lead's dateline is a mark no sentence carries ("Bengaluru, DHNS: ", "DENVER — "): a dateline
  // opens a story's first paragraph, not its second.
  return dek?.kind === "paragraph" && lead?.kind === "paragraph" && isDek(dek.text) && !splitDateline(dek.text) && (TERMINAL.test(dek.text) ? !!splitDateline(lead.text, false) && words(dek.text) <= 30 : !!splitDateline(lead.text));
}

/**
 * The names over the lead, the header having ended at a dek above them: "Supporters call it
 * overdue …" / "Naveen Menon and Rohit Chandavarkar" / "Bengaluru, DHNS: The city's …". A line of
 * names alone between the dek and a lead that opens with its dateline is the byline, not a
 * caption's words.
 */
function namesOverLead(out: ParsedText, storyStart: number, move: (l: SourceLine, to: Destination) => void): void {
  const [dek, names, lead] = [out.body[storyStart], out.body[storyStart + 1], out.body[storyStart + 2]];
  if (dek?.kind !== "paragraph" || names?.kind !== "paragraph" || lead?.kind !== "paragraph" || !isDek(dek.text)) return;
  if (!(isNamesLine(names.text) || (isNameLine(names.text) && words(names.text) <= 4)) || !splitDateline(lead.text, false)) return;
  out.byline.push(...bylineNames(names.text));
  out.body.splice(storyStart + 1, 1);
  move({ text: names.text, line: names.line }, "byline");
}

const BELOW_HEADER_DATE = "a date line below the header: the page's stamp, not the story's";

/**
 * A page whose header shows no date ("3h" beside the byline, as a feed reader prints it) and a
 * date labelled as the published one below the story ("Published: Wed, 29 Jan 2020 17:32:00
 * +0000", the item's details): that is the date. Only a labelled one: a related link's date
 * below a story is no label's. And a page whose header shows only when it was updated, and whose
 * foot says when the story first ran: that is the date, and the header's is the update.
 */
/** How far below the story's first lines a header of its own is looked for: a byline and a date on lines of their own. */
const LOW_HEADER_ITEMS = 24;

/**
 * A byline and a date on lines of their own, next to each other, below lines taken for the
 * story's start, in a page that gave no date above them: an aggregator's page prints the
 * outlets' takes on the story (a sentence each, under "Left", "Center", "Right") and the
 * source's name before the story's own byline and date. They are the page's byline and date;
 * the lines above them are no story's, but a sentence among them is kept and flagged, never
 * dropped, and a short line with no stop (a label, the outlet's name) is removed.
 */
function headerBelowLines(out: ParsedText, batch: BatchContext | undefined, storyStart: number, move: (l: SourceLine, to: Destination) => void, removed: RemovedLine[], flagged: RemovedLine[]): void {
  const text = (k: number) => {
    const item = out.body[k];
    return item?.kind === "paragraph" ? item.text : undefined;
  };
  const end = Math.min(out.body.length - 1, storyStart + LOW_HEADER_ITEMS);
  for (let k = storyStart + 1; k < end; k++) {
    const here = text(k);
    if (here === undefined || !isByline(here) || isDateLine(here, batch)) continue;
    const line = out.body[k]!.line;
    // The date on the next line, or between the byline and the next line of the body, taken off
    // already as a stamp below the header (none was found above it).
    const inBody = text(k + 1) !== undefined && isDateLine(text(k + 1)!, batch);
    const stamp = inBody ? undefined : removed.find((r) => r.reason === BELOW_HEADER_DATE && r.line > line && r.line < out.body[k + 1]!.line && isDateLine(r.text, batch));
    const dateText = inBody ? text(k + 1)! : stamp?.text;
    if (dateText === undefined) continue;
    const found = datesIn(dateText, batch);
    const published = found?.dates.find((d) => d.role === "published");
    // Prose follows them: the story.
    const lead = text(inBody ? k + 2 : k + 1);
    if (!published || lead === undefined || !readsAsSentence(lead)) continue;
    out.date = stampOf(published, batch?.timezone);
    const updated = found!.dates.find((d) => d.role !== "published");
    if (updated) out.updated ??= stampOf(updated, batch?.timezone);
    if (!out.byline.length) out.byline.push(...bylineNames(here));
    const taken = out.body.splice(k, inBody ? 2 : 1) as Extract<BodyItem, { kind: "paragraph" }>[];
    move({ line, text: here }, "byline");
    if (stamp) removed.splice(removed.indexOf(stamp), 1);
    move({ line: inBody ? taken[1]!.line : stamp!.line, text: dateText }, "date");
    for (let j = k - 1; j >= storyStart; j--) {
      const item = out.body[j]!;
      if (item.kind !== "paragraph") continue;
      if (readsAsSentence(item.text) || TERMINAL.test(item.text)) {
        flagged.push({ line: item.line, text: item.text, reason: "possibly chrome: above the byline and date printed below the page's first lines, kept because it may be the story's" });
      } else {
        out.body.splice(j, 1);
        removed.push({ line: item.line, text: item.text, reason: "above the byline and date printed below the page's first lines: a label or a name, no sentence" });
      }
    }
    return;
  }
}

/** The dates of a line in the batch's order, or none where its numeric date's order is unproved. */
function datesIn(text: string, batch: BatchContext | undefined): DateLine | undefined {
  try {
    return datesOfLine(text, orderFor(text, batch?.dateOrder, batch?.orderBySeparator));
  } catch {
    return undefined;
  }
}

function publishedBelow(out: ParsedText, batch: BatchContext | undefined, storyStart: number): void {
  const read = (text: string) => datesIn(text, batch);
  // "This story was originally published January 16, 2019 9:41 AM.", as McClatchy's papers end
  // a story they updated: one date, the published one.
  const note = (text: string) => {
    const m = ORIGINALLY_PUBLISHED.exec(text);
    const found = m ? read(`Published ${m[1]!}`) : undefined;
    return found?.dates.length === 1 ? found.dates.find((d) => d.role === "published") : undefined;
  };
  // The header's date was the update's: the published one replaces it, and it is the update.
  const take = (date: LineDate, updated?: LineDate) => {
    if (out.date) out.updated = out.date;
    out.date = stampOf(date, batch?.timezone);
    if (updated) out.updated = stampOf(updated, batch?.timezone);
  };
  for (let k = out.body.length - 1; k >= storyStart; k--) {
    const item = out.body[k]!;
    const text = item.kind === "paragraph" ? item.text : "";
    const date = note(text);
    if (!date) continue;
    take(date);
    out.body.splice(k, 1);
    out.moved.push({ line: item.line, text, to: "date" });
    return;
  }
  for (const [k, r] of out.removed.entries()) {
    // The note, in a batch, is the same words around each file's date: removed as recurring, and read here.
    let date = note(r.text);
    let updated: LineDate | undefined;
    let byline: string | undefined;
    // A blog theme's entry meta below the post: the author's name over the date ("Ann Lee" / "January 29, 2020").
    // Below the story, more of whose words stand above the date than below it (readers' comments
    // may follow): a name over a date above the story is a label's ("Lean Left" over "15 July 2019").
    const prose = (above: boolean) => out.body.reduce((n, b) => n + (b.kind === "paragraph" && b.line < r.line === above && readsAsSentence(b.text) ? words(b.text) : 0), 0);
    const belowStory = prose(true) > prose(false);
    const signs = (line: number, text: string) => belowStory && (line === r.line - 1 || line === r.line - 2) && words(text) <= 4 && isNameLine(text) && bylineNames(text).join(" ") === text;
    const signer = r.reason === BELOW_HEADER_DATE && !out.byline.length ? out.body.findIndex((b, i) => i >= storyStart && b.kind === "paragraph" && signs(b.line, b.text)) : -1;
    // Or taken off below the story already, as a line that is no sentence.
    const signerRemoved = r.reason === BELOW_HEADER_DATE && !out.byline.length && signer < 0 ? out.removed.findIndex((x) => signs(x.line, x.text)) : -1;
    if (!date && r.reason === BELOW_HEADER_DATE && (signer >= 0 || signerRemoved >= 0 || /^(?:Published|Posted|First published|Originally published)\b|^Date:? \d/i.test(r.text))) {
      const found = read(r.text);
      date = found?.dates.find((d) => d.role === "published");
      updated = found?.dates.find((d) => d.role === "updated");
      // "Posted by Ann Lee at 1/29/2020 05:32:00 PM": a blog's post signed below, with no byline above.
      byline = found?.byline;
    }
    if (!date) continue;
    take(date, updated);
    if (signer >= 0 || signerRemoved >= 0) {
      const name = signer >= 0 ? (out.body.splice(signer, 1)[0] as Extract<BodyItem, { kind: "paragraph" }>) : out.removed.splice(signerRemoved, 1)[0]!;
      out.byline.push(name.text);
      out.moved.push({ line: name.line, text: name.text, to: "byline" });
    }
    if (byline && !out.byline.length) out.byline.push(...bylineNames(byline));
    // Found again by identity: taking the signer out of the same list may have moved it.
    out.removed.splice(out.removed.indexOf(r), 1);
    out.moved.push({ line: r.line, text: r.text, to: "date" });
    return;
  }
}

/** A date without its year, as a page copied the year it ran prints it: "Jan. 29, 5:32 p.m. EST". */
const YEARLESS_DATE = /^((?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2}),( \d{1,2}(?::\d{2})? [ap]\.m\.(?: [A-Z]{2,4})?)$/;
/** The note on a story's update above it, with its day: "Update, Jan. 30, 2020: This story has been updated …". */
const UPDATE_NOTE = /^Update(?:d)?,? ((?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2}, (\d{4})):/;

/**
 * A header's date with no year ("Jan. 29, 5 a.m. EST", ProPublica's page copied the year it ran):
 * its year is the update note's ("Update, Jan. 30, 2020: …", the year before if the note's month
 * comes earlier), else the page's copyright's ("© Copyright 2020 Pro Publica Inc."). And the
 * note's day is the update's, when the header gives none.
 */
function yearlessDate(out: ParsedText, input: readonly Block[], batch?: BatchContext): void {
  const read = (text: string) => datesIn(text, batch)?.dates[0];
  const note = out.body.find((b): b is Extract<BodyItem, { kind: "paragraph" }> => b.kind === "paragraph" && UPDATE_NOTE.test(b.text));
  const noted = note ? UPDATE_NOTE.exec(note.text)! : undefined;
  const update = noted ? read(noted[1]!) : undefined;
  if (!out.date) {
    const at = out.removed.findIndex((r) => YEARLESS_DATE.test(r.text));
    if (at < 0) return;
    const r = out.removed[at]!;
    const m = YEARLESS_DATE.exec(r.text)!;
    const copyright = input.flatMap((b) => (b.kind === "lines" ? b.lines : [])).map((l) => (l.text.length <= 300 ? /(?:©|Copyright)\s*(?:Copyright\s*|©\s*)?((?:19|20)\d{2})\b/.exec(l.text)?.[1] : undefined)).find(Boolean);
    let year = noted ? Number(noted[2]) : copyright ? Number(copyright) : undefined;
    if (!year) return;
    const found = read(`${m[1]}, ${year},${m[2]}`);
    if (!found) return;
    // Published in December, updated in January: the year before the note's.
    if (update && found.date > update.date) {
      year -= 1;
      const earlier = read(`${m[1]}, ${year},${m[2]}`);
      if (!earlier) return;
      out.date = stampOf(earlier, batch?.timezone);
    } else out.date = stampOf(found, batch?.timezone);
    out.removed.splice(at, 1);
    out.moved.push({ line: r.line, text: r.text, to: "date" });
  }
  if (update && out.date && !out.updated && update.date > out.date.slice(0, 10)) out.updated = update.date;
}

/** The place a story was filed from, on a line of its own below the byline: "Reporting from Paris", "Reporting from Kyiv, Ukraine". */
const REPORTING_FROM = /^Reporting from (\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3})(?:,(?: \p{Lu}[\p{L}.'’-]*){1,3})?(?: and \p{Lu}[\p{L}.'’ -]{1,40})?$/u;

/**
 * A reposting page's note of where and when the story first ran, above or below it: "Reprinted
 * with permission from The Lakeport Record. Originally published Jan. 22, 2019.", "The following
 * article appeared in The Lakeport Record on January 29, 2020." The date is the story's own.
 */
const FIRST_RAN = /^(?:(?:Reprinted|Republished|Reposted|Shared) with (?:the )?permission (?:from|of) [^.!?]{2,60}\. )?(?:(?:Originally|First) (?:published|appeared|ran)(?: (?:in|by) [^.!?]{2,60})?|(?:The following|This) (?:article|story|column|report) (?:first |originally )?(?:appeared|ran|was published) in [^.!?]{2,60}) (?:on )?(\p{Lu}\p{Ll}{2,8}\.? \d{1,2},? \d{4}|\d{1,2} \p{Lu}\p{Ll}{2,8} \d{4})\.?$/u;

/** A reposting page's credit of the story, with its names, paper and day: "Article by Ann Lee and Bob Stone, The Lakeport Record, January 29, 2020". */
const ARTICLE_BY = /^(?:Article|Story|Column|Report) by (\p{Lu}[^,]{2,80}), ((?:The )?\p{Lu}[^,]{1,60}), (\p{Lu}\p{Ll}{2,8}\.? \d{1,2},? \d{4})$/u;

/**
 * A story reposted by a city's or an organisation's site ("In the News"): the page's own day is the
 * repost's, and a note by the story says when it first ran (`FIRST_RAN`, `ARTICLE_BY`); that day
 * is the story's date, and the note's names its byline when it has them.
 */
function firstRan(out: ParsedText, storyStart: number, batch: BatchContext | undefined, removed: RemovedLine[]): void {
  for (let k = Math.max(0, storyStart - 2); k < Math.min(out.body.length, storyStart + 3); k++) {
    const item = out.body[k]!;
    if (item.kind !== "paragraph") continue;
    const ran = FIRST_RAN.exec(item.text);
    const by = ran ? undefined : ARTICLE_BY.exec(item.text);
    const day = ran?.[1] ?? by?.[3];
    const date = day ? datesIn(`Published ${day}`, batch)?.dates.find((d) => d.role === "published") : undefined;
    if (!date) continue;
    // The page's own day, moved to the date before, was the repost's.
    const posted = out.moved.findIndex((m) => m.to === "date");
    if (posted >= 0) {
      const [m] = out.moved.splice(posted, 1);
      removed.push({ line: m!.line, text: m!.text, reason: "the day the page reposted the story, not the story's" });
    }
    out.date = stampOf(date, batch?.timezone);
    out.updated = undefined;
    if (by && !out.byline.length) out.byline.push(...bylineNames(by[1]!));
    out.body.splice(k, 1);
    out.moved.push({ line: item.line, text: item.text, to: "date" });
    return;
  }
}

/** A story's note of when it first ran, at its foot: "This story was originally published January 16, 2019 9:41 AM." */
const ORIGINALLY_PUBLISHED = /^This (?:story|article) was (?:originally |first )?published (?:on )?([^.]{6,60}?(?:[ap]\.m)?)\.?$/i;

/** A reporter's name and their role, as the author's line below a story starts: "Ann Lee is a health reporter for The Age". */
const AUTHOR_BIO = /^(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}) (?:is|was) (?:a|an|the|one of) (?:[^.!?]|\.(?! \p{Lu})){0,80}?\b(?:[Rr]eporter|[Cc]orrespondent|[Ee]ditor|[Ww]riter|[Cc]olumnist|[Pp]roducer|[Jj]ournalist|[Pp]hotographer|[Ii]ntern|[Ff]ellow|[Cc]ontributor)s?\b/u;

/**
 * A reporter's name and their beat, as a paper's author line has it: "Ann Lee covers City Hall for
 * The Inquirer.", or the first name alone under the name, as a state newsroom's prints it ("Ann
 * reports on health care for The Dispatch.").
 */
const AUTHOR_BEAT = /^(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}) (?:covers|writes about|reports on) [^.!?]{2,80} (?:for (?:the |The )?\p{Lu}[^.!?]{1,60}|from \p{Lu}[\p{L}'’. -]{1,40})\./u;

/**
 * A sentence that says who told it ("Ann is a former reporter at The Courier, the clerk said."):
 * the story's, never the author's line, whoever it names.
 */
const SAYS_WHO = /\b(?:said|says|told|according to)\b/;

/** The first name alone and the role at the outlet, as a tech site's author card prints it: "Ann is a senior reporter at Ars Technica." */
const FIRST_NAME_ROLE = /^(\p{Lu}[\p{L}'’-]+) is (?:a|an|the) (?:[\p{Ll}&-]+ ){0,4}(?:reporter|correspondent|editor|writer|columnist|producer|journalist)s? (?:at|for|with) (?:the |The )?\p{Lu}[\p{L}&'’ -]{1,60}\.$/u;

/**
 * The author card's line naming a reporter of the byline, by the whole name or by the first name
 * alone when one reporter of the byline has it: "Ann Lee is a health reporter for The Age.", "Ann
 * covers Cedar sports for ESPN.", "Ann writes about farm policy from Iowa.", "Ann is a policy
 * reporter at Ars Technica.".
 */
function bylineBio(text: string, byline: readonly string[]): boolean {
  if (words(text) > 80 || SAYS_WHO.test(text)) return false;
  const beat = AUTHOR_BEAT.exec(text);
  const bio = AUTHOR_BIO.exec(text) ?? beat ?? FIRST_NAME_ROLE.exec(text);
  if (!bio) return false;
  const firstNamed = (n: string) => words(bio[1]!) === 1 && words(n) >= 2 && same(n.split(" ")[0]!, bio[1]!);
  return byline.some((n) => same(n, bio[1]!)) || byline.filter(firstNamed).length === 1;
}

/** What a guest writer's line at the foot says they are or do: "is a retired engineer", "teaches history at …" (not "reported from Chicago", a story's own note). */
/** What a writer's bio says of their place on the paper: "on the staff of", "a reporter for". */
const STAFF_WORD = /\b(?:staff|newspaper|reporter|writer|editor|journalism|newsroom)\b/i;
const TAGLINE_VERB = /^(?:is|was|teaches|taught|lives|works|worked|serves|served|writes|owns|chairs|directs|leads|heads|retired|studies|practices|represents)\b/;

/** A label before the author's name in the box below a story: "Contact Ann Lee", "Written by Ann Lee". */
const AUTHOR_BOX = /^(?:Contact|E-?mail|Follow|Message|Written by|More (?:from|by)|(?:Stories|Articles|Posts) by) (\p{Lu}[^.!?]{1,60}?)(?: about this (?:story|article))?$/u;

/**
 * The author's box below the story: a line that is a label and the byline's own name ("Contact
 * Ann Lee", "Written by Ann Lee") names the author again and is no part of the story.
 */
/** An author's box's heading below the story: "About the Author", "About the Writer". */
// "About the Author(s)", as Farm Progress prints it.
const ABOUT_AUTHOR = /^About the (?:Author|Writer|Reporter|Contributor)(?:s|\(s\))?:?$/i;

/**
 * The box headed "About the Author" below the story, as Village Media's sites print it: the
 * heading, the author's name and a bio that opens with it ("Ann Lee covers civic affairs for
 * BayToday under the Local Journalism Initiative, …"). The name is the byline's or the line's
 * under the heading; a paragraph that does not open with it stays the story's.
 */
function aboutTheAuthor(out: ParsedText, storyStart: number, removed: RemovedLine[]): void {
  const k = out.body.findIndex((item, i) => i > storyStart && item.kind === "paragraph" && ABOUT_AUTHOR.test(item.text));
  if (k < 0) return;
  const heading = out.body[k] as Extract<BodyItem, { kind: "paragraph" }>;
  const names = [...out.byline];
  let end = k + 1;
  // Several writers each with a name, a role ("Staff Writer") and a bio, as a school paper's box
  // lists them; a bio may open with the first name of a name just listed ("Ann is a junior …").
  let listed: string | undefined;
  for (; end < out.body.length && end < k + 13; end++) {
    const item = out.body[end]!;
    if (item.kind !== "paragraph") break;
    const opensWith = (n: string) => item.text.startsWith(`${n} `);
    if (isNameLine(item.text) && !readsAsSentence(item.text) && (end === k + 1 || listed !== undefined)) {
      names.push(item.text);
      listed = item.text;
    } else if ((listed !== undefined || end === k + 1) && isRoleLine(item.text)) continue;
    else if (!(names.some((n) => words(n) >= 2 && (opensWith(n) || (opensWith(n.split(" ")[0]!) && TAGLINE_VERB.test(item.text.slice(n.split(" ")[0]!.length + 1))))) && words(item.text) <= 80)) break;
  }
  if (end === k + 1) return;
  for (const item of out.body.splice(k, end - k)) {
    const text = item.kind === "paragraph" ? item.text : "";
    removed.push({ line: item.line, text, reason: item === heading ? "the author's box: its heading" : "the author's box: the author's name and bio, under its heading" });
  }
}

function authorBox(out: ParsedText, storyStart: number, removed: RemovedLine[]): void {
  if (!out.byline.length) return;
  for (let k = out.body.length - 1; k > storyStart; k--) {
    const item = out.body[k]!;
    if (item.kind !== "paragraph") continue;
    // The byline's name alone below the story, as an author's card prints it, and the role under it.
    if (out.byline.some((n) => same(n, item.text)) || isRoleLine(item.text)) {
      out.body.splice(k, 1);
      removed.push({ line: item.line, text: item.text, reason: isRoleLine(item.text) ? "the author's box: a role alone below the story" : "the author's box: the byline's name again" });
      continue;
    }
    // "Ann Lee is a health reporter for The Age.": the author's line below the story, a few
    // sentences at most, naming a reporter of the byline and their role.
    // The first name alone is the writer's only in the beat's or the role's words below the story,
    // and only when one reporter of the byline has it (`bylineBio`).
    if (bylineBio(item.text, out.byline)) {
      out.body.splice(k, 1);
      removed.push({ line: item.line, text: item.text, reason: "the author's box: the byline's reporter and their role" });
      continue;
    }
    // "Ann Lee is a retired civil engineer who lives in Ashford.", "Ann Lee teaches history at …":
    // a guest writer's line at the foot of an opinion piece, one sentence or two that open with
    // the byline's whole name, which a story's own sentences never call its writer.
    // Or with the first name alone, saying the writer is on the paper's staff, as a school
    // paper's box has it ("Ann is a junior and this is her second year on the staff of …").
    const firstName = (n: string) => n.split(" ")[0]!;
    const tagline =
      out.byline.find((n) => words(n) >= 2 && item.text.startsWith(`${n} `) && TAGLINE_VERB.test(item.text.slice(n.length + 1))) ??
      out.byline.find((n) => words(n) >= 2 && item.text.startsWith(`${firstName(n)} `) && TAGLINE_VERB.test(item.text.slice(firstName(n).length + 1)) && STAFF_WORD.test(item.text));
    if (tagline && k >= out.body.length - 3 && words(item.text) <= 45 && !SAYS_WHO.test(item.text)) {
      out.body.splice(k, 1);
      removed.push({ line: item.line, text: item.text, reason: "the author's line below the story: the byline's name and who they are" });
      continue;
    }
    const m = AUTHOR_BOX.exec(item.text);
    // The name, or the first name as a card's prompt has it ("Email Ann about this story").
    if (!m || !out.byline.some((n) => same(n, m[1]!) || (/ about this (?:story|article)$/.test(m[0]) && same(n.split(" ")[0]!, m[1]!)))) continue;
    out.body.splice(k, 1);
    removed.push({ line: item.line, text: m[0], reason: "the author's box: a label and the byline's name" });
  }
}

/** A broadcast transcript's reporter, named before the words they speak: "ANN LEE, VNN CORRESPONDENT (voice-over): ". */
const CORRESPONDENT = /^(\p{Lu}[\p{Lu}'’.-]+(?: \p{Lu}[\p{Lu}'’.-]+){1,3}), (?:\p{Lu}{2,6} )?(?:\p{Lu}+ )?(?:CORRESPONDENT|REPORTER)(?: \([\p{L} -]{2,20}\))?: /u;

/**
 * A broadcast's transcript prints no byline: its reporter is the correspondent who speaks the
 * story, named in capitals before their words in one of its first paragraphs (the anchor's
 * introduction comes first). The line is left as printed; the name is the byline.
 */
function transcriptByline(out: ParsedText, storyStart: number): void {
  for (const item of out.body.slice(storyStart, storyStart + 6)) {
    const m = item.kind === "paragraph" ? CORRESPONDENT.exec(item.text) : null;
    if (m) {
      out.byline.push(m[1]!);
      return;
    }
  }
}

/**
 * A byline below the dek when the dek was read as the story's first paragraph: the name over
 * its role, each a line of its own, among the story's first paragraphs ("Campaigners say …" /
 * "Ann Lee" / "Reporter" / the story). The role says the name is the author's, not a subheading's.
 */
function nameOverRoleInLead(out: ParsedText, storyStart: number, removed: RemovedLine[], move: (l: SourceLine, to: Destination) => void): void {
  for (let k = storyStart; k < Math.min(out.body.length - 1, storyStart + 3); k++) {
    const name = out.body[k]!;
    const role = out.body[k + 1]!;
    if (name.kind !== "paragraph" || role.kind !== "paragraph" || role.line > name.line + 2) continue;
    if (!isNameLine(name.text) || bylineNames(name.text).join(" ") !== name.text || !isRoleLine(role.text)) continue;
    out.body.splice(k, 2);
    out.byline.push(name.text);
    move({ line: name.line, text: name.text }, "byline");
    removed.push({ line: role.line, text: role.text, reason: "the byline's role, on the line below the name" });
    return;
  }
}

/** A signature after a dash (or an email's "-- "), a name and at most its outlet after a comma: "— Ann Lee, Riverside Radio News", "— Ann Lee". */
const SIGNATURE = /^(?:[—–]|--) ?(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3})(?:, ((?:[Tt]he )?\p{Lu}[\p{L}\p{N}&'’.-]*(?: (?:\p{Lu}[\p{L}\p{N}&'’.-]*|\d{2,3}(?:\.\d)?)){0,5}))?$/u;

/** A blog post's signature below it, with the time it was posted: "Posted by Ann Lee at 5:32 PM", "… at 1/29/2020 05:32:00 PM". */
const POSTED_BY = /^Posted by (\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}) at (?:\d{1,2}\/\d{1,2}\/\d{4} )?\d{1,2}:\d{2}(?::\d{2})? ?[AP]M$/u;

/** A web address alone on a line, or before a print's page count ("https://… 2/3"), or after its label ("Source: https://…", as a memo's attachment ends). */
const ADDRESS_LINE = /^(?:(?:Source|Link|URL|Original(?: article)?):\s?)?(https?:\/\/[^\s/]{1,100}\/\S{1,300})(?: \d{1,3}\/\d{1,3})?$/;

/**
 * The article's own address, printed alone on a line (a share's, a print's footer): an address
 * whose path names the headline, three of its words or more and most of the path's words. It is
 * the article's provenance (`source.url`); the line leaves the body, listed with its reason.
 */
function ownAddress(out: ParsedText): void {
  if (!out.title) return;
  const titleWords = new Set(out.title.toLowerCase().match(/\p{L}+/gu) ?? []);
  const names = (address: string) => {
    let path: string;
    try {
      path = new URL(address).pathname;
    } catch {
      return false;
    }
    const slug = (path.toLowerCase().match(/\p{L}{2,}/gu) ?? []).filter((w) => !["news", "local", "article", "articles", "story", "html", "www", "top"].includes(w));
    const shared = slug.filter((w) => titleWords.has(w)).length;
    return shared >= 3 && shared >= slug.length / 2;
  };
  // The address a line holds, when it names the headline.
  const own = (text: string) => {
    const address = text.length <= 420 ? ADDRESS_LINE.exec(text)?.[1] : undefined;
    return address && names(address) ? address : undefined;
  };
  const body = out.body.findIndex((b) => b.kind === "paragraph" && own(b.text));
  if (body >= 0) {
    const item = out.body[body] as Extract<BodyItem, { kind: "paragraph" }>;
    out.url = own(item.text);
    out.body.splice(body, 1);
    out.removed.push({ line: item.line, text: item.text, reason: "the article's own address: its source's url" });
    return;
  }
  for (const r of out.removed) {
    const address = own(r.text);
    if (address) {
      out.url = address;
      return;
    }
  }
}

/** A wire's credit line below the story: "Reporting by Ann Lee and Bob Stone; Editing by Cy Young". The reporters are the byline. */
/** The author's field in the page's box below the story: "Author Ann Lee (with AP, Reuters)", "Authors Ann Lee, Bob Stone". */
const AUTHOR_FIELD = /^Authors?:? (\p{Lu}[\p{L}'’.-]*(?: [\p{L}'’.()-]+){1,12}(?:,? [\p{L}'’.()-]+){0,12})$/u;
const REPORTING_BY = /^(?:Reporting|Reported|Written|Words) by ([^;]+?)\.?(?:; .*)?$/;

/**
 * A post or a column signed below its last paragraph, with no byline above it: "— Ann Lee,
 * Riverside Radio News", a byline's own form ("Author: Ann Lee", as a channel signs its post), or
 * credited as a wire credits its reporters: "Reporting by Ann Lee and
 * Bob Stone; Editing by Cy Young" (that line is left in the story, as the wire's copy prints it).
 * Read as a credit on a line of its own when found, the line is the
 * byline when it comes right after a paragraph that ends as a sentence does and no paragraph
 * of the story follows it (a photo's credit after a dash comes after its caption, and a
 * caption that ends with a stop is followed by more of the story).
 */
function signedBelow(out: ParsedText, storyStart: number): void {
  // The page's box of fields below the story, as Deutsche Welle's older layout prints it: "Date
  // 29.01.2020", "Author Ann Lee (with AP, Reuters)", "Keywords …". The field names the author
  // whatever stands between it and the story's last sentence.
  for (let k = out.body.length - 1; k > storyStart; k--) {
    const item = out.body[k]!;
    const field = item.kind === "paragraph" ? AUTHOR_FIELD.exec(item.text) : null;
    if (!field) continue;
    const signed = withoutAgencies(field[1]!);
    const names = bylineNames(signed);
    if (!names.length || names.join(" and ") !== signed.replace(/,? (?:and|&) |, /g, " and ")) break;
    out.body.splice(k, 1);
    out.byline.push(...names);
    out.moved.push({ line: item.line, text: field[0], to: "byline" });
    return;
  }
  for (let k = out.body.length - 1; k > storyStart; k--) {
    const item = out.body[k]!;
    const line = item.kind === "paragraph" ? item.text : "";
    const reporting = REPORTING_BY.exec(line);
    if (reporting) {
      // The line stays where it is, the wire's credits as the copy printed them; its reporters are the byline.
      const names = bylineNames(reporting[1]!);
      if (names.length && names.join(" and ") === reporting[1]!.replace(/,? (?:and|&) |, /g, " and ")) out.byline.push(...names);
      return;
    }
    // The page's copyright line below the signature ("Copyright Herald Corporation. All Rights Reserved.") is no sentence of the story.
    if (item.kind === "paragraph" && words(item.text) <= 30 && (isCopyright(item.text) || /©|\bcopyright\b|all rights reserved/i.test(item.text))) continue;
    if (item.kind === "paragraph" && readsAsSentence(item.text)) return;
    const moved = item.kind === "figure" && !item.figure.caption ? out.moved.find((m) => m.line === item.line && m.to === "figure") : undefined;
    const text = moved?.text ?? (item.kind === "paragraph" ? item.text : "");
    const m = SIGNATURE.exec(text);
    const before = out.body[k - 1];
    // Or the byline's own form, as a channel signs its post at the foot: "Author: Ann Lee", "By Ann
    // Lee"; or a blog's: "Posted by Ann Lee at 5:32 PM".
    // "By Ann Lee (annlee@heraldcorp.com)": the reporter's address after the name, as a Korean daily signs its story.
    const signed = m ? undefined : (POSTED_BY.exec(text)?.[1] ?? BYLINE.exec(text)?.[1]?.replace(/ \([\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}\)$/, ""));
    if ((!m && !signed) || before?.kind !== "paragraph" || !TERMINAL.test(before.text)) continue;
    const names = signed ? bylineNames(signed) : [];
    if (signed ? !names.length || names.join(" and ") !== signed.replace(/,? (?:and|&) |, /g, " and ") : bylineNames(m![1]!).join(" ") !== m![1] || (m![2] && !readsAsNameplate(m![2]))) return;
    out.body.splice(k, 1);
    out.byline.push(...(signed ? names : [m![1]!]));
    if (moved) moved.to = "byline";
    else out.moved.push({ line: item.line, text, to: "byline" });
    return;
  }
}

/** Below the story, a line of this many words or fewer with no stop is weighed as the page's; a longer one is the story's. */
const TAIL_WORDS = 12;

/**
 * The page's furniture below the story's last sentence, which an outlet nobody has seen before
 * prints in its own words and which a page imported alone has no other file to show recurring:
 * the related headlines, the topics' tags, the reactions' buttons ("Like", "Celebrate"), the
 * prompts. Read from the end up to the story's last paragraph that ends as a sentence does (a
 * stop, a question mark, a closing quotation mark or bracket) or is longer than {@link TAIL_WORDS}
 * words: the short lines with no stop below it are no sentence of the story. One in capitals
 * (most of its words), of four words or fewer, parted by bars or dots ("Privacy ∙ Terms"), or
 * speaking to the reader ("Sign up for our daily headlines") is removed; another ("Be the first
 * to comment", a related headline in sentence case) may be the story's last line that lost its
 * stop, and is kept and flagged. Kept whatever their form: copyright lines, a label's field
 * ("Contributing: Ann Lee, The Associated Press"), bylines, dates, credits, a contact's line
 * naming somebody other than the author ("Contact Bob Stone", {@link authorBox}), and everything under
 * a last paragraph that ends with a colon, which introduces them ("Where to get help:" over
 * "Crisis line 988").
 */
function belowTheStory(out: ParsedText, storyStart: number, removed: RemovedLine[], flagged: RemovedLine[]): void {
  let end = out.body.length - 1;
  // A sentence that speaks to the reader ("Interested in sharing a story idea? Submit it here.")
  // below the story's last may be the site's pitch or the story's own appeal ("If you have
  // information, call 555-0100."): kept either way, and flagged, and the story's last sentence is
  // looked for above it.
  const pitches: Extract<BodyItem, { kind: "paragraph" }>[] = [];
  while (end >= storyStart) {
    const item = out.body[end]!;
    if (item.kind === "paragraph" && (TERMINAL.test(item.text) || words(item.text) > TAIL_WORDS)) {
      if (words(item.text) > 30 || /["“”]/.test(item.text) || !READER_ADDRESS.test(item.text) || end === storyStart) break;
      pitches.push(item);
    }
    end--;
  }
  for (const item of pitches) flagged.push({ line: item.line, text: item.text, reason: "possibly chrome: below the story, it speaks to the reader; kept because it may be the story's own appeal" });
  const last = out.body[end];
  if (end < storyStart || (last?.kind === "paragraph" && last.text.endsWith(":"))) return;
  for (let k = out.body.length - 1; k > end; k--) {
    const item = out.body[k]!;
    const text = item.kind === "paragraph" && !pitches.includes(item) ? item.text : "";
    if (!text || isCopyright(text) || /©|\bcopyright\b|all rights reserved/i.test(text) || /^[\p{L}'’ ]{2,30}:/u.test(text)) continue;
    if (isByline(text) || isDateLine(text) || creditLine(text) || splitCaption(text) || AUTHOR_BOX.test(text) || REPORTING_BY.test(text)) continue;
    const ws = text.split(/\s+/);
    const capitals = ws.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length;
    const reader = !/["“”]/.test(text) && READER_ADDRESS.exec(text)?.[0];
    if (ws.length <= 4 || capitals >= ws.length * 0.6 || /[|·•∙]/.test(text) || reader) {
      out.body.splice(k, 1);
      removed.push({ line: item.line, text, reason: `below the story's last sentence, a line that is no sentence${reader ? ` and speaks to the reader ("${reader}")` : ""}: a link, a tag, a button or a prompt` });
    } else flagged.push({ line: item.line, text, reason: "possibly chrome: below the story's last sentence with no stop of its own, kept because it may be the story's last line" });
  }
}

/**
 * Pull quotes: a paragraph of one line that repeats, word for word, a sentence printed inside
 * another paragraph of the story, as magazines set a quote in large type between paragraphs.
 * Only the repetition goes; the story's own sentence stays where it is. Eight words or more, so
 * a short line that happens to recur ("He declined to comment.") is not taken for one.
 */
function pullQuotes(out: ParsedText, storyStart: number, removed: RemovedLine[]): void {
  const paragraphs = out.body.slice(storyStart).filter((b): b is Extract<BodyItem, { kind: "paragraph" }> => b.kind === "paragraph");
  // A long document's paragraphs are not compared pairwise.
  if (paragraphs.length > 500) return;
  const pulled = new Set<BodyItem>();
  for (let k = out.body.length - 1; k > storyStart; k--) {
    const item = out.body[k]!;
    // Set in quotation marks of its own, or not: “Crews worked through the night.”
    const text = item.kind === "paragraph" ? item.text : "";
    const quote = /^[“"](.+)[”"]$/.exec(text)?.[1] ?? text;
    if (words(quote) < 8 || words(quote) > 120 || !readsAsSentence(quote)) continue;
    // Inside a longer paragraph; or, set in quotation marks of its own, the whole of one. Not a
    // copy already taken as a pull quote: of a paragraph printed twice, one stays.
    const source = paragraphs.find((p) => p !== item && !pulled.has(p) && (p.text.length > quote.length || (quote !== text && p.text.length === quote.length)) && p.text.includes(quote));
    if (!source) continue;
    pulled.add(item);
    out.body.splice(k, 1);
    removed.push({ line: item.line, text, reason: `a pull quote: repeats a sentence of the paragraph at line ${source.line}` });
  }
}

/** A caption and its credit with the credit's label glued to the caption's stop: "Crews on Tuesday.CreditAnn Lee for The Times". */
const GLUED_CREDIT = /^(\p{Lu}[^]{2,300}?)[.!?]Credit(?:\.{0,3}|:) ?(\p{Lu}[^.!?]{1,80})$/u;

/** A picture's label on a line of its own: "Image copyright", "Image source", "Image caption". */
const IMAGE_LABEL = /^Image (copyright|source|caption)$/i;

/** A caption that says what its photo shows, first: "File photo of …", "Image shows …". */
const PHOTO_OF = /^(?:(?:File|Handout|Undated|Archive|Submitted) )?(?:photo|image|picture)s? (?:of|shows?)\s/i;
/** Such a caption with its stop, one caption's words: "File photo of the reservoir." */
const photoOfCaption = (text: string) => PHOTO_OF.test(text) && /\.$/.test(text) && mayBeBareCaption(text.slice(0, -1));
/** A caption's photo words: "File photo of …", "Pictured: …", "… (left) and …". */
const PHOTO_CUE = /^(?:(?:File|Handout|Undated|Archive|Submitted) )?(?:photo|image|picture)s?\b|\bpictured\b|\((?:left|right|center|centre)\)/i;

/**
 * Whether a line may be a caption printed with nothing but its wording: a fragment of 3 to 30
 * words with a capital at the start, one part (no sentence inside), and no stop at the end.
 */
function mayBeBareCaption(text: string): boolean {
  const w = words(text);
  // A line in capitals alone is a subheading ("WHAT IT COSTS"), as print sets them: captions are not set so.
  // Nor a wire's credit line ("Reporting by Ann Lee; Editing by Bob Stone").
  return w >= 3 && w <= 30 && /^["“‘']?\p{Lu}/u.test(text) && !/[.!?:;"”’)\]]$/.test(text) && !hasSentenceBreak(text) && text !== text.toLocaleUpperCase("en") && !REPORTING_BY.test(text);
}

/**
 * A person's role and name with a stop and nothing else, as a portrait's caption: "Library
 * director Sam Okoye.", "Board chair Elena Marsh." No verb, so no sentence of the story.
 * @example namedCaption("Library director Sam Okoye.") // true
 */
function namedCaption(text: string): boolean {
  const m = NAMED_CAPTION.exec(text);
  return !!m && personName(m[2]!) && !m[1]!.split(" ").some((w) => NOT_A_ROLE_WORD.has(w));
}
/**
 * A person's role and name alone, with or without a stop, that the paragraph above names in the
 * same words: the portrait beside that paragraph ("Library director Sam Okoye" below "Library
 * director Sam Okoye said …"). A subheading or a line of the story would say something of them.
 * @example portraitOf("Library director Sam Okoye", "Library director Sam Okoye said the district had cut hours.") // true
 */
function portraitOf(text: string, above: string): boolean {
  const bare = text.replace(/\.$/, "");
  return namedCaption(`${bare}.`) && above.toLowerCase().includes(bare.toLowerCase());
}
/** A capitalised word, one to three in lower case (the role's), and a person's name: "Library director Sam Okoye.". */
const NAMED_CAPTION = new RegExp(String.raw`^\p{Lu}\p{Ll}+((?: \p{Ll}+){1,3}) (${PERSON_NAME})\.$`, "u");
/** Words that make the line before a name a sentence or a credit, not a role: "Thanks to Ann Lee.", "Written by Ann Lee.". */
const NOT_A_ROLE_WORD = new Set("to by for with from and or of the a an at in on said says is was are were told asked thanks contact call email follow".split(" "));

/**
 * Captions with no credit and no image file name: a line alone between two paragraphs of the
 * story that is not a sentence (mayBeBareCaption). It becomes a figure, so its words stay in
 * the article; one without a photo word or a headline's capitals may be a subheading or a line
 * of the story, and is flagged for review.
 */
function bareCaptions(out: ParsedText, storyStart: number, alone: WeakSet<BodyItem>, move: (l: SourceLine, to: Destination) => void): void {
  const prose = (item: BodyItem | undefined) => item?.kind === "paragraph" && /[.!?]["”’)]?$/.test(item.text) && words(item.text) >= 5;
  for (let k = storyStart + 1; k < out.body.length; k++) {
    const item = out.body[k]!;
    const before = out.body[k - 1];
    // "Library director Sam Okoye" below "Library director Sam Okoye said …": a portrait's caption,
    // whatever follows it (a subheading, a box, the story's end), as the name is the paragraph's.
    if (item.kind === "paragraph" && alone.has(item) && prose(before) && portraitOf(item.text, (before as { text: string }).text)) {
      out.body[k] = { kind: "figure", figure: { caption: item.text }, line: item.line };
      move({ text: item.text, line: item.line }, "figure");
      continue;
    }
    // "File photo of … ." with its stop: a caption's words, however it ends.
    const photoOf = item.kind === "paragraph" && photoOfCaption(item.text);
    if (item.kind !== "paragraph" || !alone.has(item) || !(mayBeBareCaption(item.text) || photoOf || namedCaption(item.text))) continue;
    if (!(prose(before) || before?.kind === "figure") || !prose(out.body[k + 1])) continue;
    const ws = item.text.split(/\s+/);
    // Right below a photo that has its caption, and with no photo word: not a second caption for
    // it but the heading of the paragraphs below ("The Cost of Waiting"); it stays text.
    if (before?.kind === "figure" && before.figure.caption && !PHOTO_CUE.test(item.text)) {
      out.flagged.push({ line: item.line, text: item.text, reason: "possibly a subheading: a line alone below a captioned photo and above a paragraph, kept as a paragraph" });
      continue;
    }
    const titleCase = ws.filter((x) => /^["“‘']?\p{Lu}/u.test(x)).length / ws.length >= 0.6;
    // "What happens next", "Questions remain": a few words with no capital but the first (no
    // name, no place, nothing a photo shows by name) head the paragraph below; they stay text.
    if (ws.length <= 6 && !PHOTO_CUE.test(item.text) && ws.slice(1).every((x) => !/\p{Lu}/u.test(x))) {
      out.flagged.push({ line: item.line, text: item.text, reason: "possibly a subheading: a few words alone between paragraphs, kept as a paragraph" });
      continue;
    }
    if (!PHOTO_CUE.test(item.text) && !titleCase) {
      out.flagged.push({ line: item.line, text: item.text, reason: "possibly a subheading or a line of the story: taken for a caption with no credit, as it stands alone between paragraphs with no stop at the end" });
    }
    out.body[k] = { kind: "figure", figure: { caption: item.text }, line: item.line };
    move({ text: item.text, line: item.line }, "figure");
  }
}

/**
 * Lines alone that may be a photo's caption with nothing else to prove it: one sentence of twenty
 * words at most, no one's words quoted or reported, no past or future tense, that ends on a day
 * ("… reservoir on Tuesday.", "… bridge early Sunday.") or names a day's event ("… speaks during
 * Wednesday's meeting."). A caption reads so, but so may a line of the story ("Early voting
 * begins on Monday."): the line stays in the body, flagged for people to review.
 */
function possibleCaptions(out: ParsedText, storyStart: number, alone: WeakSet<BodyItem>): void {
  for (const item of out.body.slice(storyStart + 1)) {
    if (item.kind !== "paragraph" || !alone.has(item) || words(item.text) > 20 || hasSentenceBreak(item.text) || !PICTURE_DAY.test(item.text) || NOT_A_PICTURE.test(item.text) || pastTense(item.text)) continue;
    out.flagged.push({ line: item.line, text: item.text, reason: "possibly a caption: one sentence alone, of what a day's photo shows (no one's words, no past or future tense), kept as a paragraph" });
  }
}
/** A sentence ending on a day, or naming a day's event: "… on Tuesday.", "… early Sunday.", "… during Wednesday's meeting.". */
const PICTURE_DAY = /^\p{Lu}.*(?:\b(?:on|early|late) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s \p{Ll}[^.!?]*)\.$/u;
/** What a sentence of the story says and a caption does not: someone's words, a past or a future tense. */
const NOT_A_PICTURE = /["“”]|\b(?:said|says|told|according|will|would|was|were|had|has|have|is|are|did|could)\b/;
/** A verb in the past: "closed", "voted" (a word of four letters or more ending in "ed"). */
const pastTense = (text: string) => text.split(/[\s,;]+/).some((w) => w.length >= 4 && /^\p{Ll}+ed$/u.test(w));

/**
 * "Image source, PA Media", "Photo credit: Ann Lee": a credit's label with a comma or a colon; or
 * "Image copyright PA Media", as the BBC printed it with neither.
 */
const IMAGE_SOURCE = /^(?:(?:Image|Photo|Picture) (?:source|credit)[,:]|Image copyright,?) +(\S.{0,120})$/i;
/**
 * "Image caption, Water levels on Tuesday", "Media caption, …": a caption's label with a comma or
 * a colon, or none; or print's own word for a caption, "CUTLINE: …", as a newsroom's export prints it.
 */
const IMAGE_CAPTION = /^(?:(?:Image|Photo|Picture|Media|Video) caption[,:]?|Cutlines?:) +(\S.{0,400})$/i;

/**
 * A caption a label announces: "Image: Water levels at the reservoir on Tuesday", "[Photo: …]",
 * as a scrape prints an image's alt text. What follows the label is a description (four words
 * or more, some in lower case), not a credit such as "Photo: Ann Lee" or "Image: Getty Images".
 * @example labelledCaption("Image: Water levels at the reservoir") // "Water levels at the reservoir"
 */
export function labelledCaption(text: string): string | undefined {
  // Cut by string search: a lazy group between runs of spaces retried every split of them.
  const label = /^\[?(?:Image|Photo|Picture|Caption|Alt(?: text)?) ?:/i.exec(text);
  let rest = label ? (text.endsWith("]") ? text.slice(label[0].length, -1) : text.slice(label[0].length)).trim() : undefined;
  // The button that opens the picture, copied after its caption: "IMAGE: Smoke rises … Sunday. view more".
  if (rest && rest.length <= 600) rest = rest.replace(/(?<=[.!?"”’)]) (?:view|see|read) more$/, "");
  if (!rest || /[[\]]/.test(rest) || words(rest) < 4 || /[/|]|\bvia\b|^courtesy\b/i.test(rest)) return undefined;
  return rest.split(/\s+/).some((w) => /^\p{Ll}/u.test(w) && !NAME_PARTICLES.has(w)) ? rest : undefined;
}

/** Prefixes printed with a hyphen before a word: "anti-abortion", "self-driving". */
const HYPHEN_PREFIX = new Set(["anti", "non", "self", "well", "half"]);

let english: Set<string> | undefined;
/** Whether a word (in lower case) is an English one: word-list's 274,000, read the first time a hyphen needs them. */
function isEnglishWord(word: string): boolean {
  english ??= new Set(readFileSync(wordListPath, "utf8").split("\n"));
  return english.has(word);
}

/**
 * How often each word (lower case, a hyphenated compound as one) stands in a text: what a
 * hyphen at a line's end is read by in `joinWrapped`.
 */
export function vocabularyOf(texts: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) for (const w of text.toLowerCase().match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

/**
 * A paragraph's text with the next line of it added: a word hyphenated across the break ("reside-"
 * over "nts") joined whole, as a printed column breaks it. A compound keeps its hyphen: "per-" over
 * "day", "lava-" over "seawater", "Glawischnig-" over "Piesczek", "5-" over "year-old". Which it is
 * is read from the text's own words when `vocabulary` is given (the compound or the whole word
 * printed elsewhere in it), else from a prefix's hyphen ("anti-"), else from English's words:
 * a break inside one ("emis-" over "sion") is joined whole, any other keeps its hyphen.
 * @example joinWrapped("ask reside-", "nts to cut") // "ask residents to cut"
 */
export function joinWrapped(text: string, line: string, vocabulary?: ReadonlyMap<string, number>): string {
  // A name's parts ("Glawischnig-" over "Piesczek"), a number's compound ("5-" over "year-old").
  if ((/(?:^|[^\p{L}])\p{Lu}\p{L}*-$/u.test(text) && /^\p{Lu}/u.test(line)) || (/\p{N}-$/u.test(text) && /^\p{Ll}/u.test(line))) return text + line;
  if (!/\p{Ll}-$/u.test(text) || !/^\p{Ll}/u.test(line)) return `${text} ${line}`;
  // The word before the hyphen, found by walking back: a pattern ending at "$" would be tried from every letter.
  let start = text.length - 1;
  while (start > 0 && /\p{L}/u.test(text[start - 1]!)) start--;
  const left = text.slice(start, -1).toLowerCase();
  const right = /^\p{L}+/u.exec(line)![0].toLowerCase();
  if (!vocabulary) return text.slice(0, -1) + line;
  const count = (w: string) => vocabulary.get(w) ?? 0;
  // A break inside a word no list holds ("crypt-" over "ocurrency"): its second half is no word
  // either, in English or elsewhere in the text, as a compound's is.
  const inside = right.length >= 4 && !isEnglishWord(right) && count(right) <= 1;
  const compound = count(`${left}-${right}`) > 0 || (count(left + right) === 0 && (HYPHEN_PREFIX.has(left) || (!isEnglishWord(left + right) && !inside)));
  return compound ? text + line : text.slice(0, -1) + line;
}

/** A line that ends in words left out: "[...]", "[…]", "...", "…". */
const ELLIPSIS_END = /(?:\[(?:\.\.\.|…)\]|\.\.\.|…)$/;

/** Whether a paragraph's text has a double quotation mark opened and not closed. */
function quoteOpen(text: string): boolean {
  let straight = 0;
  let curly = 0;
  for (const c of text) {
    if (c === '"') straight++;
    else if (c === "“") curly++;
    else if (c === "”") curly--;
  }
  return straight % 2 === 1 || curly > 0;
}

/** A caption's stop and a credit's label, with none or part of the name after it: "… a deer. Image: Nicholas". */
const CREDIT_CUT = /\. (?:Image|Photo|Picture|Photo credit|Credit): ?(?:\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?)?$/u;
/** The rest of a credit's name on the next line: "Moreau.", "Nicholas Moreau", no more than three words. */
const NAME_REST = /^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}\.?$/u;

/**
 * Whether a block's lines are a printed column's: three or more lines, all but the last nearly
 * as long as the longest (at most 90 characters, a column's width, not a web page's paragraph
 * to a line), most of their words in lower case. A line of such a block that stops mid-sentence
 * goes on in the next line, whatever case that starts in ("held less water at the end of" over
 * "January than at").
 */
function isColumn(lines: readonly SourceLine[]): boolean {
  if (lines.length < 3) return false;
  const width = Math.max(...lines.map((l) => l.text.length));
  if (width < 20 || width > 90) return false;
  if (lines.slice(0, -1).filter((l) => l.text.length >= width * 0.7).length < (lines.length - 1) * 0.8) return false;
  // Prose, though in a newspaper's column (30 characters or more) a sentence full of names and
  // titles ("Democratic chairman of the House" / "Oversight and Reform Committee, was") has fewer
  // words in lower case than most; a menu's items one to a line are shorter.
  const ws = lines.flatMap((l) => l.text.split(/\s+/));
  return ws.filter((w) => /^\p{Ll}/u.test(w)).length >= ws.length * (width >= 30 ? 0.4 : 0.5);
}

/**
 * A copyright mark and an owner with no year below a caption with no stop, as France 24 credits a
 * photo ("© AFP"): the picture's owner, not the site's notice, which has its year.
 */
const MARKED_CREDIT = /^© (\p{Lu}[\p{L}&'’.-]*(?: [\p{L}&'’.\/-]+){0,5})$/u;

/**
 * A photo's caption ("File photo of …", no stop) over its owner's name bare on the next line:
 * a few capitalised words ("Valley Water Board", "NBC Valley"), no date.
 */
/** An office or an institution that owns a picture: "Lakeport Public Works", "City of Lakeport Parks Department", "Lakeport Historical Society". */
const PHOTO_OWNER = /^(?:City|Town|County|Village) of \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}$|^\p{Lu}[\p{L}'’.-]*(?: (?:\p{Lu}[\p{L}'’.-]*|of|and|&)){0,4} (?:Works|Department|Office|Services|Communications|Authority|District|Commission|Board|Library|Museum|Society|Archives?|Foundation|Utilities)$/u;

function ownerBelowPhoto(caption: string, line: string): boolean {
  return PHOTO_CUE.test(caption) && !TERMINAL.test(caption) && /^\p{Lu}[\p{L}\d&'’.-]*(?: (?:\p{Lu}[\p{L}\d&'’.-]*|\d{1,3}|of|and|the|for)){0,5}$/u.test(line) && !isDateLine(line);
}

/** The lines of one block of the story: paragraphs, figures, copyright and credit lines. */
function readLines(lines: readonly SourceLine[], out: ParsedText, move: (l: SourceLine, to: Destination) => void, vocabulary?: ReadonlyMap<string, number>): void {
  // The paragraph the previous line of this block made, which a hard-wrapped line continues.
  let open: { text: string } | undefined;
  const column = isColumn(lines);
  // A paragraph broken across blocks (a column or a page ends mid-sentence, "Every gallon" over
  // a blank line and "saved this spring"): the last paragraph goes on when it stopped mid-word
  // or mid-sentence and this block starts in lower case.
  const last = out.body.at(-1);
  const first = lines[0];
  // In a printed column, a paragraph of a dozen words or more with no stop at all goes on too,
  // whatever its last word ("… in Koszalin, North" over a blank line and "Poland. Following …").
  const cut = (text: string) => endsMidSentence(text) || ((column || !!first?.column) && !TERMINAL.test(text));
  if (last?.kind === "paragraph" && first && words(last.text) >= 6 && (/[\p{Ll},-]$/u.test(last.text) && /^\p{Ll}/u.test(first.text) || (cut(last.text) && words(last.text) >= 12 && !PHOTO_CUE.test(last.text) && /^[\p{L}\p{N}]/u.test(first.text) && !creditLine(first.text)))) open = last;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const next = lines[i + 1];
    // A hard-wrapped paragraph: a line that stops mid-sentence, and the next goes on in lower
    // case (in a printed column, in any case).
    const previous = i > 0 ? lines[i - 1]!.text : open?.text;
    // In a printed column a line that ends in a closing quote or a colon with no stop before it
    // ('… offered "furry"' over 'versions of …', '… Oceanography:' over 'Research and …') goes on too.
    // So does one ending in an ellipsis inside a quotation still open ('… low-nutrient conditions [...]'
    // over 'Ecosystem responses …'): words left out of a quote, not its end.
    const ended = previous !== undefined && TERMINAL.test(previous) && !(column && /["”’:]$/.test(previous) && !/[.!?…]["”’]?$/.test(previous)) && !(column && open && ELLIPSIS_END.test(previous) && quoteOpen(open.text) && !/^["“‘']/.test(l.text));
    const continues = open && previous !== undefined && !ended && (/^\p{Ll}/u.test(l.text) || ((column || endsMidSentence(previous) || (i === 0 && !!l.column)) && !isByline(l.text) && !creditLine(l.text)));
    if (open && continues) {
      open.text = joinWrapped(open.text, l.text, vocabulary);
      continue;
    }
    open = undefined;
    // A picture's labels on lines of their own over what they label, as the BBC printed them:
    // "Image copyright" / "AFP" / "Image caption" / the caption.
    const imageLabel = IMAGE_LABEL.exec(l.text)?.[1]?.toLowerCase();
    if (imageLabel && next && !IMAGE_LABEL.test(next.text)) {
      const caption = imageLabel === "caption" ? next : lines[i + 2] && /^Image caption$/i.test(lines[i + 2]!.text) ? lines[i + 3] : undefined;
      const credit = imageLabel === "caption" ? undefined : next;
      if (caption && !IMAGE_LABEL.test(caption.text) && words(caption.text) <= 40) {
        out.body.push({ kind: "figure", figure: { caption: caption.text, ...(credit ? { credit: credit.text, ...photographerField(credit.text) } : {}) }, line: l.line });
        for (const m of [l, next, ...(credit ? [lines[i + 2]!, caption] : [])]) move(m, "figure");
        i += credit ? 3 : 1;
        continue;
      }
    }
    if (isCopyright(l.text)) {
      const { copyright, credit } = splitCopyright(l.text);
      out.copyright ??= copyright;
      if (credit) out.credit ??= credit;
      move(l, "copyright");
      continue;
    }
    const creditSentence = CREDIT_SENTENCE.exec(l.text);
    if (creditSentence) {
      // "Valley Post staff writer Ann Lee contributed to this report.": the source's credit, and
      // the story's own last line as printed, so it stays in the body too (an article without a
      // source name leaves the credit out, and the line would be lost).
      out.credit ??= creditSentence[1]!;
      out.body.push({ kind: "paragraph", text: l.text, line: l.line });
      continue;
    }
    if (isFileName(l.text)) {
      move(l, "image file name");
      // The caption that follows an image's file name belongs to that image, credited or not.
      if (next && !isFileName(next.text) && words(next.text) <= 40) {
        out.body.push({ kind: "figure", figure: figureOf(next.text), line: next.line });
        move(next, "figure");
        i++;
      }
      continue;
    }
    // "Image source, PA Media" over "Image caption, Water levels on Tuesday": a broadcaster's
    // labels for screen readers, with a comma. The credit over its caption, or either alone.
    // The caption's own credit after it is read too ("Photo caption: … (Ann Lee/The Lakeport Record)", a collection's transcript).
    const source = IMAGE_SOURCE.exec(l.text);
    const captionOf = (t: string | undefined) => (t === undefined ? undefined : IMAGE_CAPTION.exec(t)?.[1]);
    if (source || captionOf(l.text)) {
      // Or the caption over its credit, as a CMS export prints them: "Photo caption: …" over "Photo credit: Ann Lee".
      const below = source ? captionOf(next?.text) : next && !splitCaption(captionOf(l.text)!) ? IMAGE_SOURCE.exec(next.text)?.[1] : undefined;
      const figure: FigureDraft = source ? { ...(below ? { caption: below } : {}), credit: source[1]!, ...photographerField(source[1]!) }
        : below ? { caption: captionOf(l.text)!, credit: below, ...photographerField(below) }
        : figureOf(captionOf(l.text)!);
      out.body.push({ kind: "figure", figure, line: l.line });
      move(l, "figure");
      if (below) {
        move(next!, "figure");
        i++;
      }
      continue;
    }
    // A date line among the story's paragraphs ("Originally Published: January 29, 2020 at
    // 5:32 p.m.", a related link's "Published 12 January 2020"): the page's stamp, no sentence of the story.
    if (isDateLine(l.text)) {
      out.removed.push({ line: l.line, text: l.text, reason: BELOW_HEADER_DATE });
      continue;
    }
    const labelled = labelledCaption(l.text);
    if (labelled) {
      // The alt text, then the caption that repeats it (with its credit, if any).
      const again = next && (same(next.text, labelled) || same(splitCaption(next.text)?.caption ?? "", labelled)) ? next : undefined;
      // "Photo: Water levels on Tuesday. (Supplied)": the label over a caption with its credit.
      // "Caption: Water levels on Tuesday" over "Credit: Ann Lee", as a clip report prints them: the credit below.
      const credit = !again && next ? creditLine(next.text) : undefined;
      const figure = again ? { ...figureOf(again.text), alt: labelled } : credit ? { ...figureOf(labelled), credit, ...photographerField(credit) } : figureOf(labelled);
      out.body.push({ kind: "figure", figure, line: l.line });
      move(l, "figure");
      if (again || credit) {
        move(next!, "figure");
        i++;
      }
      continue;
    }
    const caption = splitCaption(l.text);
    if (caption) {
      out.body.push({ kind: "figure", figure: figureOf(l.text), line: l.line });
      move(l, "figure");
      continue;
    }
    // A credit on a line of its own over its caption, as print runs them ("ANN LEE/THE COURIER"
    // over "Water levels at the reservoir on Tuesday"), the two alone as a block.
    const over = creditLine(l.text);
    // Or a photographer's name and agency over one short sentence, as a sports network runs them
    // ("Ann Lee/Getty Images" over "Smoke rises from the bridge on Sunday."): no quote, no report.
    const oneSentence = (t: string) => /\.$/.test(t) && !hasSentenceBreak(t) && !/["“”]/.test(t) && !SAYS_WHO.test(t);
    if (over && next && i === 0 && lines.length === 2 && (!TERMINAL.test(next.text) || (!!nameSlashOutlet(over, true) && oneSentence(next.text))) && !creditLine(next.text) && words(next.text) <= 30) {
      out.body.push({ kind: "figure", figure: { caption: next.text, credit: over, ...photographerField(over) }, line: l.line });
      move(l, "figure");
      move(next, "figure");
      i++;
      continue;
    }
    // A photo's caption over its photographer's bare name, the two alone as a block, as a farm
    // paper prints them ("File photo of …" / "Ann Lee"): not the byline's name, nor a sentence's end.
    if (next && i === 0 && lines.length === 2 && photoOfCaption(l.text) && bareNameCredit(next.text, out.byline)) {
      out.body.push({ kind: "figure", figure: { caption: l.text, credit: next.text, photographer: next.text }, line: l.line });
      move(l, "figure");
      move(next, "figure");
      i++;
      continue;
    }
    // A credit on a line of its own. The line above it is its caption when the two stand alone
    // as a block: in text with a paragraph to a line and no blank lines, the line above a
    // credit may be the story's, and stays in the body.
    const credit = creditLine(l.text);
    if (credit) {
      out.body.push({ kind: "figure", figure: { credit, ...photographerField(credit) }, line: l.line });
      move(l, "figure");
      continue;
    }
    // Or an owner's name bare below a caption that says it is a photo ("File photo of …" over
    // "Valley Water Board", "NBC Valley"): a few capitalised words, no stop, the two alone as a block.
    const owner = next && i === 0 && lines.length === 2 && ownerBelowPhoto(l.text, next.text) ? next.text : undefined;
    const below = next ? (creditLine(next.text) ?? owner ?? (TERMINAL.test(l.text) ? undefined : MARKED_CREDIT.exec(next.text)?.[1])) : undefined;
    if (below && i === 0 && lines.length === 2 && words(l.text) <= 40) {
      out.body.push({ kind: "figure", figure: { caption: l.text, credit: below, ...photographerField(below) }, line: l.line });
      move(l, "figure");
      move(next!, "figure");
      i++;
      continue;
    }
    // A short unpunctuated line right above a credited caption is the image's own title.
    if (next && splitCaption(next.text) && !TERMINAL.test(l.text) && words(l.text) <= 25) {
      out.body.push({ kind: "figure", figure: { title: l.text, ...figureOf(next.text) }, line: l.line });
      move(l, "figure");
      move(next, "figure");
      i++;
      continue;
    }
    const paragraph = { kind: "paragraph" as const, text: l.text, line: l.line };
    out.body.push(paragraph);
    open = paragraph;
  }
}

function photographerField(credit: string): { photographer?: string } {
  const photographer = photographerOf(credit);
  return photographer ? { photographer } : {};
}

function figureOf(text: string): FigureDraft {
  const split = splitCaption(text);
  if (!split) return { caption: text };
  const photographer = photographerOf(split.credit);
  return { ...(split.caption ? { caption: split.caption } : {}), credit: split.credit, ...(photographer ? { photographer } : {}) };
}
