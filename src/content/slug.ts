/**
 * Slugs: the one way Morgue turns a headline or a name into the lowercase words joined by hyphens
 * that article file names and registry ids are made of. The importer, `npm run new`, the
 * registries' problem messages and the templates (the `slugify` filter) all call it.
 */
import anyAscii from "any-ascii";

/**
 * A slug from a headline or a name: ASCII, lower case, words joined by hyphens, cut at a word
 * boundary to at most `max` characters; `fallback` when nothing of the text is left.
 * @example slugify("Gdańsk mayor’s “last” speech!") // "gdansk-mayors-last-speech"
 */
export function slugify(text: string, max = 80, fallback = "article"): string {
  const words = anyAscii(text)
    .toLowerCase()
    // "Mayor's" is one word: the apostrophe joins, it does not split.
    .replace(/(\w)['’](\w)/g, "$1$2")
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter(Boolean);
  let slug = "";
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > max) break;
    slug = next;
  }
  // A single word longer than the limit is cut rather than lost.
  if (!slug && words.length) slug = words[0]!.slice(0, max);
  return slug || fallback;
}
