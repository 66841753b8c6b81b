/**
 * The body's "Figure" button: a fenced block of YAML with the info string `figure`, the way an
 * article holds a figure (src/content/markdown.ts), edited as a form of the schema's figure
 * fields (https://decapcms.org/docs/custom-widgets/#registereditorcomponent). Read with the same
 * YAML-only reader as the front matter.
 */
import { parseDocument, stringify } from "yaml";
import { withoutEmpty } from "./format.ts";

/** A fenced figure block alone in its paragraph; its YAML is the first group. */
export const FIGURE_BLOCK = /^```figure[ \t]*\r?\n([\s\S]*?)\r?\n?```$/;

/** The block's fields; an unreadable block opens as an empty form rather than breaking the page. */
export function figureFromBlock(match: RegExpMatchArray): Record<string, unknown> {
  const doc = parseDocument(match[1] ?? "", { schema: "core" });
  const data = doc.errors.length ? undefined : (doc.toJS({ maxAliasCount: 100 }) as unknown);
  return data && typeof data === "object" && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}

/**
 * The block for the form's fields, in `order`, empty ones left out.
 * @example figureToBlock({ caption: "Denver" }, ["caption"]) // "```figure\ncaption: Denver\n```"
 */
export function figureToBlock(data: Record<string, unknown>, order: readonly string[]): string {
  const clean = (withoutEmpty(data) ?? {}) as Record<string, unknown>;
  const ordered = Object.fromEntries(order.filter((k) => k in clean).map((k) => [k, clean[k]]));
  return `\`\`\`figure\n${Object.keys(ordered).length ? stringify(ordered, { lineWidth: 0 }) : ""}\`\`\``;
}
