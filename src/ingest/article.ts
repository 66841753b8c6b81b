/**
 * From one input document (raw text, an extracted page, a row of an export) to an article in
 * the contributors' format: parse the text, recognise the registries' entries, assemble the
 * front matter, check it against the schema, and report everything that was moved or removed.
 */
import { slugify } from "../content/slug.ts";
import { isPublicationDate, parsePublicationDate } from "../dates/publication.ts";
import { ArticleFrontMatter, ENTRY_NOUN, type Figure } from "../schema.ts";
import type { RemovedLine } from "./chrome.ts";
import type { BatchContext } from "./text.ts";
import { normaliseDate, type DateOrder } from "./dates.ts";
import type { EntityIndex, Suggestion } from "./entities.ts";
import { copyrightHolder, parseText, type Block, type MovedLine, type ParsedText } from "./text.ts";
import { articlePath, articleText, markdownBody, type BodyPart } from "./write.ts";

/** One article's worth of input, with what its container knew apart from the text. */
export interface InputDocument {
  /** where it came from, for reports: a path, "export.csv row 3", "standard input" */
  origin: string;
  blocks: Block[];
  title?: string;
  byline?: string;
  date?: string;
  url?: string;
  source?: string;
}

export interface ImportOptions {
  /** the publication date, YYYY-MM-DD; wins over any the input gives */
  date?: string;
  /** the outlet, by name or organization id */
  source?: string;
  url?: string;
  title?: string;
  /** a contribution or licence credit for source.credit, e.g. Wikinews contributors, CC BY 2.5 */
  credit?: string;
  copyright?: string;
  /** reference stubs for unknown names, which the caller writes */
  createStubs?: boolean;
  /** how to read numeric dates: 29/01/2020 is dmy, 1/29/2020 is mdy */
  dateOrder?: DateOrder;
  /** the archive's IANA time zone (`timezone` in _data/site.yaml), for times printed without one */
  timezone?: string;
}

export interface Imported {
  origin: string;
  /** where the article goes, relative to the archive's root; missing when it could not be made */
  path?: string;
  text?: string;
  frontMatter?: Record<string, unknown>;
  /** why the article could not be made */
  errors: string[];
  warnings: string[];
  removed: RemovedLine[];
  /** lines kept in the body that may be chrome, for review */
  flagged: RemovedLine[];
  moved: MovedLine[];
  /** names the registries do not know */
  suggestions: Suggestion[];
}

const titleCase = (s: string) => s.toLowerCase().replace(/(^|[\s.'’-])(\p{L})/gu, (_, b: string, c: string) => b + c.toUpperCase());

/**
 * The host a URL names, as the outlet's name when nothing else names it.
 * @example hostOf("https://www.example.com/news/1") // "example.com"
 */
export function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/^www\./, "") || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Builds the article a document makes.
 * @example buildArticle({ origin: "x.txt", blocks: toBlocks("Title\n\nWords.") }, index, { date: "2020-01-01" }).path // "articles/2020/2020-01-01-title.md"
 */
export function buildArticle(doc: InputDocument, index: EntityIndex, options: ImportOptions = {}, batch?: BatchContext): Imported {
  const parsed = parseText(doc.blocks, { title: options.title ?? doc.title, byline: doc.byline }, batch ?? { recurring: new Map(), dateOrder: options.dateOrder, timezone: options.timezone });
  const result: Imported = { origin: doc.origin, errors: [], warnings: [], removed: parsed.removed, flagged: parsed.flagged, moved: parsed.moved, suggestions: [] };
  result.warnings.push(...unplaced(doc.blocks, parsed));

  const title = parsed.title;
  if (!title) result.errors.push(`no headline found: pass --title "the headline"${considered(parsed)}`);
  const date = pickDate(options, doc, parsed, result);
  const paragraphs = parsed.body.filter((b) => b.kind === "paragraph");
  if (!paragraphs.length) result.errors.push("no text found for the article's body");
  if (!title || !date || !paragraphs.length) return result;

  const suggest = (s: Suggestion) => {
    if (!result.suggestions.some((x) => x.kind === s.kind && x.id === s.id)) result.suggestions.push(s);
  };
  /** An unknown name's stub id, when stubs are being made and no entry has that id already. */
  const stubRef = (s: Suggestion): string | undefined => {
    suggest(s);
    if (!options.createStubs) return undefined;
    if (index.registries[s.kind].has(s.id)) {
      result.warnings.push(`_data/${s.kind}/${s.id}.yaml exists but is not "${s.name}": if it is the same, add the name to it; no stub written`);
      return undefined;
    }
    return s.id;
  };

  // Source: the flag, the container's, or the outlet the dateline credits.
  // Provenance is never dropped: a URL with no other name for its outlet is named by its host.
  // The address given, else the one the text prints as the article's own.
  const url = options.url ?? doc.url ?? parsed.url;
  const sourceName =
    options.source ?? doc.source ?? parsed.outlets[0] ?? (parsed.copyright ? copyrightHolder(parsed.copyright) : undefined) ?? (url ? hostOf(url) : undefined);
  let sourceOrg = sourceName ? index.resolve("organizations", sourceName) : undefined;
  if (sourceName && !sourceOrg && (options.source || doc.source)) {
    sourceOrg = stubRef({ kind: "organizations", id: slugify(sourceName, 60), name: sourceName, title: "news outlet" });
  }
  const copyright = options.copyright ?? parsed.copyright;
  const credit = options.credit ?? parsed.credit;
  if (!sourceName && (copyright || credit || url)) result.warnings.push("the source has no name, so its copyright, credit and url are left out: pass --source");
  const source = sourceName
    ? {
        name: sourceOrg && index.registries.organizations.get(sourceOrg) ? index.registries.organizations.get(sourceOrg)!.name : sourceName,
        organization: sourceOrg,
        url,
        copyright,
        credit,
      }
    : undefined;

  // Byline.
  const authors: string[] = [];
  for (const name of parsed.byline) {
    if (index.lookup("organizations", name)) continue;
    if (!/^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u.test(name)) {
      result.warnings.push(`"${name}" in the byline does not read as a person's name; left out`);
      continue;
    }
    const id = index.lookup("people", name) ?? stubRef({ kind: "people", id: slugify(name, 60), name, title: "Reporter", organization: sourceOrg, sentence: `byline: ${parsed.byline.join(", ")}` });
    if (id && !authors.includes(id)) authors.push(id);
  }

  // Body, with each photographer looked up.
  const body: BodyPart[] = parsed.body.map((item) => {
    if (item.kind === "paragraph") return { kind: "paragraph", text: item.text };
    const { photographer, ...rest } = item.figure;
    const figure: Figure = { ...rest };
    if (photographer) {
      const by = index.lookup("people", photographer) ?? stubRef({ kind: "people", id: slugify(photographer, 60), name: photographer, title: "Photographer", sentence: `credit: ${rest.credit ?? ""}` });
      if (by) figure.by = by;
    }
    return { kind: "figure", figure };
  });

  // Who and what the article names: headline, paragraphs, and the figures' titles and captions.
  const texts = [title, ...parsed.body.flatMap((b) => (b.kind === "paragraph" ? [b.text] : [b.figure.title ?? "", b.figure.caption ?? ""]))];
  const found = index.recognise([...texts, credit ?? ""]);
  const jurisdictions = [...found.jurisdictions];
  if (parsed.dateline) {
    const place = parsed.dateline.split(",")[0]!.trim();
    const id = index.lookup("jurisdictions", place) ?? stubRef({ kind: "jurisdictions", id: slugify(place, 60), name: titleCase(place) });
    if (id) jurisdictions.splice(0, 0, ...(jurisdictions.includes(id) ? [] : [id]));
  }
  const organizations = [...found.organizations];
  for (const outlet of parsed.outlets) {
    const id = index.lookup("organizations", outlet);
    if (id && !organizations.includes(id)) organizations.push(id);
  }
  const people = found.people.filter((id) => !authors.includes(id));
  for (const s of index.unknownPeople(texts)) {
    const id = stubRef(s);
    if (id && !people.includes(id) && !authors.includes(id)) people.push(id);
  }

  const frontMatter: Record<string, unknown> = {
    title,
    date,
    ...(parsed.updated && isLater(parsed.updated, date) ? { updated: parsed.updated } : {}),
    authors,
    dateline: parsed.dateline,
    source,
    people,
    jurisdictions,
    organizations: organizations.filter((id) => id !== sourceOrg),
    topics: found.topics,
  };
  const checked = ArticleFrontMatter.safeParse(frontMatter);
  if (!checked.success) {
    for (const issue of checked.error.issues) result.errors.push(`${issue.path.join(".") || "front matter"}: ${issue.message}`);
    return result;
  }
  const comments = options.createStubs ? [] : unknownComments(result.suggestions);
  result.path = articlePath(date, slugify(title));
  result.frontMatter = frontMatter;
  result.text = articleText(frontMatter, markdownBody(body), comments);
  return result;
}

/** Whether an updated date is later than the published one: a later day, or a later time the same day. */
function isLater(updated: string, date: string): boolean {
  const u = parsePublicationDate(updated);
  const d = parsePublicationDate(date);
  if (u.ymd !== d.ymd) return u.ymd > d.ymd;
  return u.hasTime && d.hasTime && u.ms > d.ms;
}

function pickDate(options: ImportOptions, doc: InputDocument, parsed: ParsedText, result: Imported): string | undefined {
  const given = options.date ?? doc.date;
  if (given !== undefined) {
    const date = normaliseDate(given, options.dateOrder, options.timezone);
    if (!date || !isPublicationDate(date)) {
      result.errors.push(`"${given}" is not a date: write YYYY-MM-DD`);
      return undefined;
    }
    if (parsed.date && parsed.date.slice(0, 10) !== date.slice(0, 10)) result.warnings.push(`the text is dated ${parsed.date} but the article is dated ${date}`);
    return date;
  }
  if (parsed.date) return parsed.date;
  if (parsed.ambiguousDate) {
    result.errors.push(
      `line ${parsed.ambiguousDate.line}: "${parsed.ambiguousDate.text}" could be day/month or month/day, and no date of this import proves which: ` +
        "pass --date-order dmy (29/01/2020) or --date-order mdy (1/29/2020), or --date YYYY-MM-DD",
    );
    return undefined;
  }
  result.errors.push(`no date found in the text: pass --date YYYY-MM-DD${considered(parsed)}`);
  return undefined;
}

/** The header lines the importer looked at, for a message that says what it could not find. */
function considered(parsed: ParsedText): string {
  const lines = parsed.headerLines.slice(0, 8);
  if (!lines.length) return " (the text has no lines above its first paragraph)";
  return `; the lines considered for it were:\n${lines.map((l) => `      line ${l.line}: ${l.text}`).join("\n")}`;
}

/** Front matter comments naming what the registries lack, so the file itself says what to add. */
function unknownComments(suggestions: readonly Suggestion[]): string[] {
  if (!suggestions.length) return [];
  return [
    "Not in the registries yet: add them to _data/ (see CONTRIBUTING.md) and list their ids below,",
    "or import again with --create-stubs.",
    ...suggestions.map((s) => `  ${ENTRY_NOUN[s.kind]}: ${s.name}${s.title ? ` (${s.title})` : ""} -> _data/${s.kind}/${s.id}.yaml`),
  ];
}

/**
 * Lines of the input that are neither in the body nor reported as moved or removed. There
 * should never be any: this is the check that no sentence of the story was dropped.
 */
function unplaced(blocks: readonly Block[], parsed: ParsedText): string[] {
  const elsewhere = new Set([...parsed.removed.map((r) => r.line), ...parsed.moved.filter((m) => m.to !== "dateline").map((m) => m.line)]);
  const datelineLine = parsed.moved.find((m) => m.to === "dateline")?.line;
  const paragraphs = parsed.body.flatMap((b) => (b.kind === "paragraph" ? [b.text] : []));
  // A figure's caption holds its lines too, when a block of wrapped lines was joined into one ("… at sunset," over "Cedar Hollow").
  const captions = parsed.body.flatMap((b) => (b.kind === "figure" ? [b.figure.caption ?? "", b.figure.credit ?? ""] : []));
  // And the title, when a headline wrapped on two lines was joined into one. Compared without
  // parentheses and a hyphen at a line's end: a printed column's caption wraps its credit's
  // parentheses ("… (Elena" over "Nakamura/The Valley Times)"), and a word broken at the line's
  // end is joined whole ("facili-" over "ties").
  const bare = (text: string) => text.replace(/[()]/g, "");
  const body = bare([...paragraphs, ...captions, parsed.title ?? ""].join("\n"));
  const out: string[] = [];
  for (const block of blocks) {
    if (block.kind !== "lines") continue;
    for (const l of block.lines) {
      if (elsewhere.has(l.line) || body.includes(bare(l.text)) || body.includes(bare(l.text).replace(/-$/, ""))) continue;
      // The dateline's line is in the body without its dateline: its paragraph is the story's first, after a dek at times.
      if (l.line === datelineLine && paragraphs.some((p) => [...l.text].some((_, k) => k > 0 && p.startsWith(l.text.slice(k))))) continue;
      out.push(`line ${l.line} was not placed in the article (please report this): ${l.text}`);
    }
  }
  return out;
}
