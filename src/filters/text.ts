/** Text filters. */
import { plainText } from "../content/markdown.ts";
import type { Article } from "../content/articles.ts";
import { slugify as slugOf } from "../content/slug.ts";
import type { Role } from "../schema.ts";

/**
 * The start of each article's text, kept for the next list that shows it: as long as any
 * excerpt asked for, never the whole text, which would be a second copy of every body held
 * for the whole build. On globalThis: Eleventy imports the filters through Node's own loader,
 * which under a test runner is a second instance of this module beside `npm start`'s, and both
 * must forget an article edited in place (`forgetExcerpt`).
 */
const plainStarts = ((globalThis as Record<symbol, unknown>)[Symbol.for("morgue.plainStarts")] ??= new WeakMap<object, string>()) as WeakMap<object, string>;
const KEPT = 1000;

/**
 * The dek, or the start of the body cut at a word boundary.
 * @example excerpt({ body: "One two three.", ... }, 8) // "One two…"
 */
export function excerpt(article: Pick<Article, "summary" | "body">, length = 240): string {
  if (article.summary) return article.summary;
  // An article appears in a dozen lists (its people, places, topics, days): strip its
  // Markdown once, not once per list.
  let text = length < KEPT ? plainStarts.get(article) : undefined;
  if (text === undefined) {
    text = plainText(article.body);
    // A copy, not a slice: V8 keeps a slice's whole parent string alive.
    plainStarts.set(article, text.length > KEPT ? (JSON.parse(JSON.stringify(text.slice(0, KEPT + 1))) as string) : text);
  }
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 0 ? cut.lastIndexOf(" ") : length).replace(/[,;:.]$/, "")}…`;
}

/** Forgets the start of `article`'s text, kept for excerpts: its body has changed (src/watch.ts). */
export function forgetExcerpt(article: object): void {
  plainStarts.delete(article);
}

/** @example roleTitles([{ title: "Mayor of Denver" }]) // "Mayor of Denver" */
export function roleTitles(roles: readonly Pick<Role, "title">[]): string {
  return [...new Set(roles.map((r) => r.title))].join("; ");
}

/** @example plural(1, "article") // "1 article" */
export function plural(count: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${count.toLocaleString("en")} ${count === 1 ? noun : pluralNoun}`;
}

/**
 * The archive's slug for a text. Named like Eleventy's own `slugify` filter, which this one
 * replaces, so templates make the same slugs as the importer and `npm run new`.
 * @example slugify("The Springfield Shopper") // "the-springfield-shopper"
 */
export function slugify(text: unknown): string {
  return slugOf(String(text ?? ""));
}
