/** Text filters. */
import { plainText } from "../content/markdown.ts";
import { LEAD, type Article } from "../content/articles.ts";
import { slugify as slugOf } from "../content/slug.ts";
import type { Role } from "../schema.ts";

/**
 * The dek, or the start of the text cut at a word boundary: from the start kept when the article
 * was read (`lead`, src/content/articles.ts), so the lists that show excerpts read no article's
 * file; the body only for an excerpt longer than that.
 * @example excerpt({ body: "One two three.", ... }, 8) // "One two…"
 */
export function excerpt(article: Pick<Article, "summary" | "body" | "lead">, length = 240): string {
  if (article.summary) return article.summary;
  const lead = article.lead;
  const text = lead !== undefined && (length <= LEAD || lead.length <= LEAD) ? lead : plainText(article.body);
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 0 ? cut.lastIndexOf(" ") : length).replace(/[,;:.]$/, "")}…`;
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
