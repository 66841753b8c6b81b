/**
 * Writing an article in the contributors' format: YAML front matter between `---` lines, then
 * the Markdown body, paragraphs separated by blank lines and figures as ```figure blocks. The
 * layout follows the hand-converted seed article, so imported and hand-written files read alike.
 */
import { Document, isSeq, stringify, type Scalar } from "yaml";
import type { Figure } from "../schema.ts";

/**
 * Where an article of that date and slug lives.
 * @example articlePath("2018-01-24T17:00:00-07:00", "x") // "articles/2018/2018-01-24-x.md"
 */
export function articlePath(date: string, slug: string): string {
  const ymd = date.slice(0, 10);
  return `articles/${ymd.slice(0, 4)}/${ymd}-${slug}.md`;
}

/**
 * A paragraph of text as Markdown that renders to the same text: characters that would start a
 * list, a heading, a quote, emphasis, code or a link are escaped, nothing else is touched.
 * @example escapeMarkdown("# 1 * 2") // "\\# 1 \\* 2"
 */
export function escapeMarkdown(text: string): string {
  let out = text.replace(/([\\`*])/g, "\\$1");
  // Underscores only emphasise at a word's edge: snake_case stays as it is.
  out = out.replace(/(^|[^\p{L}\p{N}])_|_(?=$|[^\p{L}\p{N}])/gu, (m) => m.replace("_", "\\_"));
  // Brackets only matter when they could make a link: [text](url) or [text]: url.
  if (/\]\s*[(:[]/.test(out)) out = out.replace(/([[\]])/g, "\\$1");
  // An entity such as &copy; would be decoded.
  out = out.replace(/&(?=#?[a-z0-9]+;)/gi, "&amp;");
  // Block syntax at the start of the paragraph.
  out = out.replace(/^(\s*)([#>+-]|=+$|\d+[.)](?=\s|$)|~~~)/, (_m, space: string, mark: string) =>
    /^\d/.test(mark) ? `${space}${mark.replace(/([.)])$/, "\\$1")}` : `${space}\\${mark}`,
  );
  return out;
}

/**
 * A figure as a fenced block of YAML, keys in the schema's order.
 * @example figureBlock({ credit: "CBS", caption: "Mayor" }) // "```figure\ncaption: Mayor\ncredit: CBS\n```"
 */
export function figureBlock(figure: Figure): string {
  const ordered: Record<string, string> = {};
  for (const key of ["src", "alt", "title", "caption", "credit", "by"] as const) if (figure[key]) ordered[key] = figure[key]!;
  return `\`\`\`figure\n${stringify(ordered, { lineWidth: 0 })}\`\`\``;
}

export type BodyPart = { kind: "paragraph"; text: string } | { kind: "figure"; figure: Figure };

/**
 * The Markdown body: paragraphs and figures separated by blank lines, ending in a newline.
 * @example markdownBody([{ kind: "paragraph", text: "One." }, { kind: "paragraph", text: "Two." }]) // "One.\n\nTwo.\n"
 */
export function markdownBody(parts: readonly BodyPart[]): string {
  return `${parts.map((p) => (p.kind === "paragraph" ? escapeMarkdown(p.text) : figureBlock(p.figure))).join("\n\n")}\n`;
}

/** Lists that fit on a line are written in flow style, `[a, b]`, as in the seed. */
const FLOW_WIDTH = 80;

/**
 * YAML for front matter or a registry entry: keys in the order given, empty lists and
 * undefined values left out, short lists on one line, long text never folded.
 * @example yamlText({ title: "A", people: ["b", "c"] }) // "title: A\npeople: [b, c]\n"
 */
export function yamlText(data: Record<string, unknown>, comments: readonly string[] = []): string {
  const clean = prune(data) as Record<string, unknown>;
  const doc = new Document(clean);
  for (const pair of (doc.contents as { items: { key: Scalar; value: unknown }[] }).items) {
    if (isSeq(pair.value) && pair.value.items.every((i) => typeof (i as Scalar).value === "string")) {
      const flow = `${String(pair.key.value)}: [${pair.value.items.map((i) => String((i as Scalar).value)).join(", ")}]`;
      pair.value.flow = flow.length <= FLOW_WIDTH && !/[,[\]{}#:]/.test(pair.value.items.map((i) => String((i as Scalar).value)).join(""));
    }
  }
  if (comments.length) doc.commentBefore = comments.map((c) => ` ${c}`).join("\n");
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

function prune(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(prune);
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (v === undefined || (Array.isArray(v) && !v.length)) continue;
      const pruned = prune(v);
      if (pruned && typeof pruned === "object" && !Array.isArray(pruned) && !Object.keys(pruned).length) continue;
      out[k] = pruned;
    }
    return out;
  }
  return value;
}

/**
 * An article file's text.
 * @example articleText({ title: "A", date: "2020-01-01" }, "Words.\n") // "---\ntitle: A\ndate: 2020-01-01\n---\nWords.\n"
 */
export function articleText(frontMatter: Record<string, unknown>, body: string, comments: readonly string[] = []): string {
  return `---\n${yamlText(frontMatter, comments)}---\n${body}`;
}

export interface StubInput {
  kind: "people" | "jurisdictions" | "organizations";
  name: string;
  title?: string;
  organization?: string;
}

/**
 * A registry stub for a name the registries do not know, for the contributor to complete. A
 * person's or an organization's stub validates as written; a jurisdiction's needs its
 * classification, which only a person can tell, so `npm run check` asks for it.
 * @example stubText({ kind: "people", name: "Ann Lee", title: "Mayor" }, "articles/2020/x.md").includes("title: Mayor") // true
 */
export function stubText(stub: StubInput, seenIn: string): string {
  const header = [`Stub written by npm run import for ${seenIn}.`];
  if (stub.kind === "people") {
    header.push("Check the name against the public record, then add a summary, other_names, a wikidata id,", "and each role's jurisdiction or organization with its start and end where known.");
    const role = stub.title ? [{ title: stub.title, organization: stub.organization }] : [];
    return yamlText({ name: stub.name, roles: role }, header);
  }
  if (stub.kind === "organizations") {
    header.push("Check the name, then add aliases, a parent or jurisdiction, a wikidata id and its url.");
    return yamlText({ name: stub.name, classification: stub.title }, header);
  }
  header.push(
    "Set classification (one of: city, county, state, country, ...; see CONTRIBUTING.md) and the parent it lies",
    "within, then add aliases, an ocd_id and a wikidata id.",
  );
  return `${yamlText({ name: stub.name }, header)}classification:\n`;
}
