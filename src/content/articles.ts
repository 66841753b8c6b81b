/**
 * Reading one article file: `articles/YYYY/YYYY-MM-DD-slug.md`, YAML front matter between
 * `---` lines, then the Markdown body. Every problem is collected, none thrown.
 */
import { z } from "zod";
import { aliasPath, ArticleFrontMatter, Figure } from "../schema.ts";
import { parsePublicationDate, type PublicationDate } from "../dates/publication.ts";
import { mediaSrcProblem } from "./media.ts";
import { figureBlocks, markdownImages, plainText } from "./markdown.ts";
import type { Problem } from "./problems.ts";
import { forbiddenInText, forbiddenInValue } from "./text.ts";
import { parseYaml, validateYaml } from "./yaml-source.ts";

export interface Article extends ArticleFrontMatter {
  /** `YYYY-MM-DD-slug`, unique in the archive */
  id: string;
  slug: string;
  /** path relative to the archive's root */
  file: string;
  /** `/YYYY/MM/DD/slug/`, without the path prefix */
  url: string;
  published: PublicationDate;
  lastUpdated?: PublicationDate;
  /** the Markdown body; an archive's articles read it from the file each time it is asked for (src/archive/read.ts) */
  body: string;
  figures: Figure[];
  words: number;
  /**
   * the start of the text as plain text, up to `LEAD + 1` characters: what lists show as the
   * article's excerpt, so that a list never reads the article's file (src/filters/text.ts)
   */
  lead?: string;
  /** photographers named by figures, with the line of each figure */
  figureCredits: { by: string; line: number }[];
  /**
   * a SHA-256 of the file's text as validated, set (not enumerable) when the archive is read: an
   * incremental build knows an edited article by it without reading the file again (src/incremental/)
   */
  readonly textHash?: string;
}

/** An image an article shows: a figure's `src` or a Markdown image, to be found in the media folder. */
export interface ImageRef {
  src: string;
  line: number;
  /** `figure.src` or `image` */
  field: string;
}

/** What an article refers to in the registries: checked even when other fields are wrong. */
export interface References {
  file: string;
  authors: string[];
  people: string[];
  jurisdictions: string[];
  organizations: string[];
  topics: string[];
  events: { people: string[]; jurisdictions: string[] }[];
  source?: { organization?: string };
  figureCredits: { by: string; line: number }[];
  /** images whose address is well formed; whether each file exists is checked with the media folder */
  images: ImageRef[];
  /** the article's address, from its file name, when the name is well formed */
  url?: string;
  /** the well-formed aliases, normalized, each with its place in the list and its line: whether another article claims one is checked with the archive */
  aliases: { alias: string; index: number; line: number }[];
  lineOf: (path: readonly PropertyKey[]) => number;
}

const { authors, people, jurisdictions, organizations, topics } = ArticleFrontMatter.shape;
// Not strict: the other fields are checked, and reported, by the full schema.
const ReferenceFields = z.object({ authors, people, jurisdictions, organizations, topics }).partial();

export const ARTICLE_FILE = /^articles\/(\d{4})\/(\d{4})-(\d{2})-(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/;

const OPENING = /^---[ \t]*\r?\n/;
// Sticky: tried only where a line starts, never scanning ahead on its own.
const CLOSING = /---[ \t]*(?:\r?\n|$)/y;

/**
 * Splits front matter from body. The front matter's YAML starts on line 2. The closing `---` is
 * looked for line by line: one multiline pattern for the whole file was also retried from
 * every later `---` line when the first did not close.
 */
export function splitFrontMatter(text: string): { yaml: string; body: string; bodyLine: number } | undefined {
  const src = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const open = OPENING.exec(src);
  if (!open) return undefined;
  for (let start = open[0].length; start <= src.length; ) {
    CLOSING.lastIndex = start;
    const close = CLOSING.exec(src);
    if (close) {
      const yaml = src.slice(open[0].length, start);
      return { yaml, body: src.slice(start + close[0].length), bodyLine: yaml.split("\n").length + 2 };
    }
    const next = src.indexOf("\n", start);
    if (next < 0) return undefined;
    start = next + 1;
  }
  return undefined;
}

/** Reads an article's text. `file` is relative to the archive's root, with forward slashes. */
export function readArticle(file: string, text: string): { article?: Article; references?: References; problems: Problem[] } {
  const problems: Problem[] = [];
  const name = ARTICLE_FILE.exec(file);
  if (!name) {
    problems.push({
      file,
      line: 1,
      field: "-",
      message: "an article's path is articles/YYYY/YYYY-MM-DD-slug.md, the slug lowercase words joined by hyphens",
    });
  } else if (name[1] !== name[2]) {
    problems.push({ file, line: 1, field: "-", message: `the file is in the folder ${name[1]} but dated ${name[2]}` });
  }
  const split = splitFrontMatter(text);
  if (!split) {
    problems.push({ file, line: 1, field: "-", message: "an article starts with front matter between two --- lines" });
    return { problems };
  }
  const parsed = parseYaml(split.yaml, file, 2);
  if (parsed.problems.length) return { problems: [...problems, ...parsed.problems] };
  const { data, problems: schemaProblems } = validateYaml(ArticleFrontMatter, parsed, file);
  problems.push(...schemaProblems);
  problems.push(...forbiddenInValue(parsed.value, file, parsed.lineOf));
  problems.push(...forbiddenInText(split.body, file, split.bodyLine, "body"));

  const figures: Figure[] = [];
  const figureCredits: { by: string; line: number }[] = [];
  const images: ImageRef[] = [];
  for (const block of figureBlocks(split.body)) {
    const line = split.bodyLine + block.line - 1;
    const fig = parseYaml(block.content, file, line + 1);
    if (fig.problems.length) {
      problems.push(...fig.problems.map((p) => ({ ...p, field: "figure" })));
      continue;
    }
    problems.push(...forbiddenInValue(fig.value, file, fig.lineOf, ["figure"]));
    const checked = validateYaml(Figure, fig, file, ["figure"]);
    // A problem with the figure as a whole points at its opening fence.
    problems.push(...checked.problems.map((p) => (p.field === "figure" ? { ...p, line } : p)));
    if (checked.data) {
      figures.push(checked.data);
      if (checked.data.by) figureCredits.push({ by: checked.data.by, line: fig.lineOf(["by"]) });
      if (checked.data.src) images.push({ src: checked.data.src, line: fig.lineOf(["src"]), field: "figure.src" });
    }
  }
  for (const image of markdownImages(split.body)) {
    const line = split.bodyLine + image.line - 1;
    const problem = mediaSrcProblem(image.src.trim());
    if (problem) problems.push({ file, line, field: "image", message: problem });
    else images.push({ src: image.src.trim(), line, field: "image" });
  }

  const refs = ReferenceFields.safeParse(parsed.value ?? {});
  const written = (parsed.value as { aliases?: unknown } | undefined)?.aliases;
  const aliases: References["aliases"] = [];
  if (Array.isArray(written)) {
    written.forEach((value, index) => {
      const alias = aliasPath.safeParse(value);
      if (alias.success) aliases.push({ alias: alias.data, index, line: parsed.lineOf(["aliases", index]) });
    });
  }
  const references: References = {
    file,
    authors: [],
    people: [],
    jurisdictions: [],
    organizations: [],
    topics: [],
    ...(refs.success ? refs.data : {}),
    events: data?.events ?? [],
    source: data?.source,
    figureCredits,
    images,
    url: name ? `/${name[2]}/${name[3]}/${name[4]}/${name[5]}/` : undefined,
    aliases,
    lineOf: parsed.lineOf,
  };
  if (!data || !name) return { references, problems };
  const published = parsePublicationDate(data.date);
  if (published.ymd !== `${name[2]}-${name[3]}-${name[4]}`) {
    problems.push({
      file,
      line: parsed.lineOf(["date"]),
      field: "date",
      message: `the date ${published.ymd} disagrees with the file name, which says ${name[2]}-${name[3]}-${name[4]}`,
    });
  }
  if (data.updated && isBefore(parsePublicationDate(data.updated), published)) {
    problems.push({ file, line: parsed.lineOf(["updated"]), field: "updated", message: `${data.updated} is before the article's date, ${data.date}` });
  }
  data.corrections.forEach((c, i) => {
    if (isBefore(parsePublicationDate(c.date), published)) {
      problems.push({
        file,
        line: parsed.lineOf(["corrections", i, "date"]),
        field: `corrections[${i}].date`,
        message: `the correction is dated ${c.date}, before the article it corrects (${data.date})`,
      });
    }
  });
  const slug = name[5]!;
  const text_ = plainText(split.body);
  const article: Article = {
    ...data,
    id: `${published.ymd}-${slug}`,
    slug,
    file,
    url: `/${published.year}/${published.month}/${published.day}/${slug}/`,
    published,
    lastUpdated: data.updated ? parsePublicationDate(data.updated) : undefined,
    body: split.body,
    figures,
    words: text_ ? text_.split(" ").length : 0,
    lead: text_.slice(0, LEAD + 1),
    figureCredits,
  };
  if (!split.body.trim()) problems.push({ file, line: split.bodyLine, field: "body", message: "the article has no text" });
  return { article, references, problems };
}

/** The longest excerpt an article's `lead` gives without its body: the lists' and the feeds' 240. */
export const LEAD = 240;

/** Whether `a` is certainly before `b`: by the instant when both have a time, else by the day. */
function isBefore(a: PublicationDate, b: PublicationDate): boolean {
  return a.hasTime && b.hasTime ? a.ms < b.ms : a.ymd < b.ymd;
}
