/**
 * A page saved as Markdown by a clipper (MarkDownload, Obsidian's Web Clipper, Joplin's), read as
 * the page printed it: the clipper's YAML front matter gives the headline, the authors and the
 * dates as lines the header reader knows ("By Ann Lee and Bob Stone", "Published: 2020-01-29"),
 * its other fields (the clip's own date, tags, the address) are furniture, and the Markdown of the
 * text (the `# ` of the title, the `## ` of a subheading, a picture's `![](…)`, a lone link's
 * brackets, the excerpt's label and `> `) gives way to the words it marks.
 */
import { parse as parseYaml } from "yaml";

/** What a line of a Markdown clip is read as: other words, the headline, or furniture with the reason. */
export interface ClipLine {
  text?: string;
  headline?: true;
  /** a subheading, its `## ` taken off */
  heading?: true;
  furniture?: string;
}

/** Keys a clipper's front matter holds; two of them make a block of YAML at the top a clip's. */
const CLIPPER_KEYS = new Set(["title", "source", "url", "link", "author", "authors", "byline", "published", "date", "created", "clipped", "updated", "description", "excerpt", "tags", "site", "sitename"]);
const AUTHOR_KEYS = new Set(["author", "authors", "byline"]);
const PUBLISHED_KEYS = new Set(["published", "date"]);
const ADDRESS_KEYS = new Set(["source", "url", "link"]);

const FRONT_MATTER = "a Markdown clipper's front matter";
/** A picture's Markdown alone on a line: `![alt](address)` or `![alt](address "title")`. */
const IMAGE = /^!\[([^\]]{0,500})\]\(\s{0,4}(\S{1,2000}?)(?:\s{1,4}"[^"]{0,300}")?\s{0,4}\)$/;
/** A link alone on a line: `[Subscribe to The Record](https://…)`. */
const LINK_LINE = /^\[([^\]]{1,300})\]\(\S{1,2000}\)$/;
/** The title's heading, level one: three words or more ("# local-news" is a chat's channel). */
const TITLE_HEADING = /^# (\S{1,100}(?: \S{1,100}){2,60})$/;
/** A subheading's heading, level two to six: "## What happens next". */
const SUBHEADING = /^#{2,6} (\S.{0,300})$/;
/** MarkDownload's label over the page's excerpt, in its quote. */
const EXCERPT_LABEL = /^> ?(?:#{1,6} ?)?(?:\*\*)?Excerpt(?:\*\*)?:?$/;

/** An inline link: `[the mayor](https://…)`, `[the mayor](/news/… "title")`. */
const INLINE_LINK = /\[([^\[\]\n]{1,300})\]\((?:https?:\/\/|\/)[^\s()]{0,2000}(?: "[^"\n]{0,300}")?\)/g;
/** Strong or emphasised words: `**a**`, `__a__`, `*a*`, `_a_` (not a lone `*` or a snake_case word). */
const EMPHASIS = /(\*\*|__)(?=\S)([^*_\n]{1,300}?)(?<=\S)\1|(?<![\p{L}\d*_])([*_])(?=\S)([^*_\n]{1,300}?)(?<=\S)\3(?![\p{L}\d*_])/gu;
/** A character the clipper escaped so that Markdown keeps it as printed: `1\.`, `\*`, `\[`. */
const ESCAPED = /\\([\\`*_{}[\]()#+\-.!|])/g;

/**
 * A line of the clip's text as the page printed it: its links' words, its emphasis unmarked, its
 * escaped characters as they were.
 * @example plain("The **council** voted, [the mayor](https://x.example/m) said\\.") // "The council voted, the mayor said."
 */
export function plain(line: string): string {
  if (line.length > 20_000) return line;
  return line.replace(INLINE_LINK, "$1").replace(EMPHASIS, (_m, _a, strong?: string, _b?: string, em?: string) => strong ?? em ?? "").replace(ESCAPED, "$1");
}

/** The names an author field holds: a string ("Ann Lee and Bob Stone") or a list, each maybe a wiki link (`"[[Ann Lee]]"`). */
function authorsOf(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list
    .filter((v): v is string => typeof v === "string")
    .map((v) => v.replace(/^\[\[([^\]|]{1,200})(?:\|[^\]]{0,200})?\]\]$/, "$1").replace(/^by:?\s+/i, "").trim())
    .filter(Boolean);
}

/** The front matter's fields, when `lines` open with a clipper's YAML between `---` lines: its end's index and its fields. */
function frontMatter(lines: readonly string[]): { end: number; fields: Record<string, unknown> } | undefined {
  if (lines[0]?.trim() !== "---") return undefined;
  const end = lines.slice(1, 80).findIndex((l) => l.trim() === "---") + 1;
  if (end < 2) return undefined;
  let data: unknown;
  try {
    // The failsafe schema keeps every value a string: "2020-01-29" stays as printed.
    data = parseYaml(lines.slice(1, end).join("\n"), { schema: "failsafe", maxAliasCount: 10 });
  } catch {
    return undefined;
  }
  if (!data || typeof data !== "object" || Array.isArray(data)) return undefined;
  const fields = Object.fromEntries(Object.entries(data).map(([k, v]) => [k.toLowerCase(), v as unknown]));
  return Object.keys(fields).filter((k) => CLIPPER_KEYS.has(k)).length >= 2 ? { end, fields } : undefined;
}

/**
 * How each line of a Markdown clip reads, by its index (0-based); undefined when the text is no
 * clip (no clipper's front matter, no picture's Markdown and no title heading in its first 80 lines).
 * @example markdownClip(["---", "title: Council cuts rates", "author: Ann Lee", "---", "", "Words."])?.get(1) // { text: "Council cuts rates", headline: true }
 */
export function markdownClip(lines: readonly string[]): Map<number, ClipLine> | undefined {
  const front = frontMatter(lines);
  const start = front ? front.end + 1 : 0;
  const top = lines.slice(start, start + 80).map((l) => l.trim());
  if (!front && !top.some((l) => IMAGE.test(l) || TITLE_HEADING.test(l))) return undefined;
  const out = new Map<number, ClipLine>();
  if (front) {
    out.set(0, { furniture: FRONT_MATTER });
    out.set(front.end, { furniture: FRONT_MATTER });
    let key = "";
    for (let i = 1; i < front.end; i++) {
      const named = /^([A-Za-z][\w-]{0,40}):/.exec(lines[i]!);
      if (!named) {
        // A list's item or a value's next line: read with its key's first line.
        out.set(i, { furniture: `${FRONT_MATTER} (${key || "a value"})` });
        continue;
      }
      key = named[1]!.toLowerCase();
      const value = front.fields[key];
      const text = typeof value === "string" ? value.trim() : "";
      const names = AUTHOR_KEYS.has(key) ? authorsOf(value) : [];
      if (key === "title" && text) out.set(i, { text, headline: true });
      else if (names.length) out.set(i, { text: `By ${names.join(" and ")}` });
      else if (PUBLISHED_KEYS.has(key) && text) out.set(i, { text: `Published: ${text}` });
      // The page's description: its dek, unless it is the story's first words cut short.
      else if ((key === "description" || key === "excerpt") && text && !/(?:…|\.\.\.)$/.test(text)) out.set(i, { text });
      // The page's address, alone, for the import to take as the article's source.
      else if (ADDRESS_KEYS.has(key) && /^https?:\/\/\S+$/.test(text)) out.set(i, { text, furniture: `${FRONT_MATTER}: the page's address` });
      else out.set(i, { furniture: `${FRONT_MATTER} (${key}${key === "created" || key === "clipped" ? ": the clip's date, not the story's" : ""})` });
    }
  }
  let titled = false;
  let excerpt = false;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (excerpt && line.startsWith(">")) {
      out.set(i, { text: plain(line.replace(/^>\s?/, "")) });
      continue;
    }
    excerpt = false;
    const image = IMAGE.exec(line);
    const title = !titled && i < start + 80 ? TITLE_HEADING.exec(line) : null;
    const link = LINK_LINE.exec(line);
    if (title) {
      titled = true;
      out.set(i, { text: plain(title[1]!.trim()), headline: true });
    } else if (EXCERPT_LABEL.test(line)) {
      excerpt = true;
      out.set(i, { furniture: "a Markdown clipper's label over the page's excerpt" });
    } else if (image) {
      // The picture's text, when it is not the caption printed below it: a caption of its own.
      const alt = image[1]!.trim();
      const below = lines.slice(i + 1, i + 4).map((l) => l.trim()).find(Boolean) ?? "";
      out.set(i, alt.split(/\s+/).length >= 3 && !below.startsWith(alt.slice(0, 30)) ? { text: alt } : { furniture: "a picture's Markdown (the picture itself is not imported)" });
    } else if (link) out.set(i, { text: link[1]!.trim() });
    else if (SUBHEADING.test(line)) out.set(i, { text: plain(SUBHEADING.exec(line)![1]!.replace(/\s#+$/, "").trim()), heading: true });
    else {
      const text = plain(line);
      if (text !== line) out.set(i, { text });
    }
  }
  return out;
}
