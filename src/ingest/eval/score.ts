/**
 * Scores the importer on evaluation cases (issue 13): story sentences kept, chrome lines left,
 * and whether the title, date, byline, dateline and every caption and credit came out right.
 * The cases of one set are imported as one batch, as a folder import would be.
 */
import { parseBatch } from "../batch.ts";
import { normaliseText, type BodyItem, type ParsedText } from "../text.ts";
import type { EvalCase } from "./case.ts";

export interface CaseScore {
  name: string;
  style: string;
  sentences: number;
  sentencesKept: number;
  chrome: number;
  chromeLeft: number;
  title: boolean;
  date: boolean;
  byline: boolean;
  dateline: boolean;
  figures: number;
  figuresRight: number;
  /** subheadings the page prints between paragraphs, and those left in the body as text (not a figure) */
  subheadings: number;
  subheadingsRight: number;
  /** whether the page has a dek (standfirst), and whether the import kept its words */
  dek: boolean;
  dekKept: boolean;
  /** what went wrong, for people */
  notes: string[];
}

export interface SetScore {
  cases: CaseScore[];
  sentencesKept: number;
  chromeRemoved: number;
  title: number;
  date: number;
  byline: number;
  dateline: number;
  figures: number;
  /** subheadings left as text, of those printed (1 when no case has any) */
  subheadings: number;
  /** deks whose words the import kept, of the cases with one (1 when none has) */
  deks: number;
}

/** Every string a value holds, however deep: where a dek may have gone. */
const stringsOf = (v: unknown): string[] =>
  typeof v === "string" ? [v] : Array.isArray(v) ? v.flatMap(stringsOf) : v && typeof v === "object" ? Object.values(v).flatMap(stringsOf) : [];

// The importer normalises the text (no zero-width characters, plain spaces): so does the score.
const squash = (s: string) => normaliseText(s).replace(/\s+/g, " ").trim();

/**
 * A paragraph's sentences: split after a stop and a space before a capital or a quote.
 * @example sentencesOf("One. Two.") // ["One.", "Two."]
 */
export function sentencesOf(paragraph: string): string[] {
  return squash(paragraph)
    .split(/(?<=[.!?]["”’]?) (?=["“‘]?\p{Lu})/u)
    .filter(Boolean);
}

const paragraphs = (body: readonly BodyItem[]) => body.flatMap((b) => (b.kind === "paragraph" ? [squash(b.text)] : []));
const sameNames = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((n, i) => squash(n).toLowerCase() === squash(b[i]!).toLowerCase());

/** Scores one parsed case. */
export function scoreCase(c: EvalCase, parsed: ParsedText): CaseScore {
  const e = c.expected;
  const notes: string[] = [];
  const kept = paragraphs(parsed.body);
  const text = kept.join("\n");
  const sentences = e.story.flatMap(sentencesOf);
  const lost = sentences.filter((s) => !text.includes(s));
  for (const s of lost) notes.push(`sentence lost: ${s.slice(0, 80)}`);
  const bodyTexts = new Set([
    ...kept,
    ...parsed.body.flatMap((b) => (b.kind === "figure" ? [b.figure.title, b.figure.caption].filter((x): x is string => !!x).map(squash) : [])),
    squash(parsed.title ?? ""),
  ]);
  // A chrome line glued to a paragraph is left too, but not one that a story paragraph merely
  // starts or ends with ("Valley Post" and "Valley Post staff writer Ann Lee contributed …").
  const storyParagraphs = new Set(e.story.map(squash));
  const left = e.chrome.map(squash).filter((l) => l && [...bodyTexts].some((t) => t === l || (!storyParagraphs.has(t) && (t.startsWith(`${l} `) || t.endsWith(` ${l}`)))));
  for (const l of left) notes.push(`chrome left: ${l}`);
  const title = squash(parsed.title ?? "") === squash(e.title);
  if (!title) notes.push(`title: got ${JSON.stringify(parsed.title)}`);
  // The date is right when the published date is, and the updated one too when the page shows it.
  const date = (parsed.date ?? "").slice(0, 10) === e.date && (parsed.updated ?? "").slice(0, 10) === (e.updated ?? "");
  if (!date) notes.push(`date: got ${JSON.stringify(parsed.date)} updated ${JSON.stringify(parsed.updated)}, want ${e.date} updated ${e.updated}`);
  const byline = sameNames(parsed.byline, e.byline);
  if (!byline) notes.push(`byline: got ${JSON.stringify(parsed.byline)}`);
  const dateline = (parsed.dateline ?? "") === (e.dateline ?? "");
  if (!dateline) notes.push(`dateline: got ${JSON.stringify(parsed.dateline)}`);
  const got = parsed.body.flatMap((b) => (b.kind === "figure" ? [b.figure] : []));
  let figuresRight = 0;
  for (const f of e.figures) {
    // A caption's own full stop ("… on Tuesday. (THE CANADIAN PRESS/Ann Lee)") is its punctuation, not its words.
    const caption = (x: string | undefined) => squash(x ?? "").replace(/\.$/, "");
    // A credit's own label ("Image credit: Ann Lee", "Photo: Ann Lee") is the credit's wording, not
    // another credit: the importer keeps the name after "credit:", and the label after "Photo:" as
    // the page printed it; the groups' writers set either down as the credit.
    const credit = (x: string | undefined) => squash(x ?? "").replace(/^(?:(?:(?:image|photo|picture) )?credit|photo(?:graph)?|image|picture|pic)s?: /i, "");
    const hit = got.some((g) => caption(g.caption) === caption(f.caption) && credit(g.credit) === credit(f.credit));
    if (hit) figuresRight++;
    else notes.push(`figure: ${JSON.stringify(f)} not found`);
  }
  // A subheading is right when a body item that is not a figure holds it: the story's text, not a photo.
  const subheadings = e.subheadings ?? [];
  const textItems = parsed.body.filter((b) => b.kind !== "figure").flatMap(stringsOf).map(squash);
  const subheadingsRight = subheadings.filter((sub) => textItems.some((t) => t === squash(sub) || t.includes(squash(sub))));
  for (const sub of subheadings) if (!subheadingsRight.includes(sub)) notes.push(`subheading not kept as text: ${sub}`);
  const dekKept = !!e.dek && stringsOf(parsed).some((t) => squash(t).includes(squash(e.dek!)));
  if (e.dek && !dekKept) notes.push(`dek lost: ${e.dek}`);
  return {
    name: c.name,
    style: e.style,
    sentences: sentences.length,
    sentencesKept: sentences.length - lost.length,
    chrome: e.chrome.filter((l) => squash(l)).length,
    chromeLeft: left.length,
    title,
    date,
    byline,
    dateline,
    figures: e.figures.length,
    figuresRight,
    subheadings: subheadings.length,
    subheadingsRight: subheadingsRight.length,
    dek: !!e.dek,
    dekKept,
    notes,
  };
}

const ratio = (n: number, d: number) => (d ? n / d : 1);

/**
 * Imports the cases as one batch per outlet style, as a contributor imports a folder of one site's
 * pages, and scores each and the whole. `alone`: each case imported by itself, as a contributor
 * imports one page (no other file of the batch to tell the site's recurring lines or its date order).
 * `mixed`: all cases as one batch, as a contributor imports a folder of clippings from many sites.
 * @example scoreSet(readCases("test/fixtures/import-eval")).title // 1
 */
export function scoreSet(cases: readonly EvalCase[], options: { alone?: boolean; mixed?: boolean } = {}): SetScore {
  const byStyle = new Map<string, EvalCase[]>();
  for (const c of cases) {
    const key = options.alone ? c.name : options.mixed ? "" : c.expected.style;
    byStyle.set(key, [...(byStyle.get(key) ?? []), c]);
  }
  const parsed = new Map<EvalCase, ParsedText>();
  for (const group of byStyle.values()) parseBatch(group.map((c) => ({ origin: c.name, raw: c.raw }))).forEach((p, i) => parsed.set(group[i]!, p));
  const scores = cases.map((c) => scoreCase(c, parsed.get(c)!));
  const sum = (f: (s: CaseScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  const share = (f: (s: CaseScore) => boolean) => ratio(scores.filter(f).length, scores.length);
  return {
    cases: scores,
    sentencesKept: ratio(sum((s) => s.sentencesKept), sum((s) => s.sentences)),
    chromeRemoved: 1 - ratio(sum((s) => s.chromeLeft), sum((s) => s.chrome)),
    title: share((s) => s.title),
    date: share((s) => s.date),
    byline: share((s) => s.byline),
    dateline: share((s) => s.dateline),
    figures: ratio(sum((s) => s.figuresRight), sum((s) => s.figures)),
    subheadings: ratio(sum((s) => s.subheadingsRight), sum((s) => s.subheadings)),
    deks: ratio(scores.filter((s) => s.dekKept).length, scores.filter((s) => s.dek).length),
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const mark = (b: boolean) => (b ? "ok" : "WRONG");

/** The score as a report: one line per case, its notes, then the totals. */
export function formatScore(score: SetScore, verbose = false): string {
  const lines = score.cases.map(
    (s) =>
      `${s.name}: sentences ${s.sentencesKept}/${s.sentences}, chrome left ${s.chromeLeft}/${s.chrome}, title ${mark(s.title)}, date ${mark(s.date)}, ` +
      `byline ${mark(s.byline)}, dateline ${mark(s.dateline)}, figures ${s.figuresRight}/${s.figures}` +
      (verbose ? s.notes.map((n) => `\n    ${n}`).join("") : ""),
  );
  lines.push(
    "",
    `${score.cases.length} cases: sentences kept ${pct(score.sentencesKept)}, chrome removed ${pct(score.chromeRemoved)}, title ${pct(score.title)}, ` +
      `date ${pct(score.date)}, byline ${pct(score.byline)}, dateline ${pct(score.dateline)}, captions and credits ${pct(score.figures)}` +
      // Only the sets whose pages print subheadings or deks say how those fared.
      (score.cases.some((s) => s.subheadings) ? `, subheadings kept as text ${pct(score.subheadings)}` : "") +
      (score.cases.some((s) => s.dek) ? `, deks kept ${pct(score.deks)}` : ""),
  );
  return lines.join("\n");
}
