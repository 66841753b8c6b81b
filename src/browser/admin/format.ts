/**
 * The editor's article format: YAML front matter between `---` lines, and nothing else.
 *
 * Decap's own front matter reader is gray-matter, which takes the language from the opening
 * line: a file that opens `---js` has its front matter run as JavaScript (gray-matter's
 * `javascript` engine is `eval`), in the editor's page, with the contributor's GitHub token
 * beside it. This reader accepts only a line that is exactly `---` and reads what follows with
 * the `yaml` library's YAML 1.2 core schema, which has no tag that makes code or objects; any
 * other opening is an error the editor shows. Registered with `CMS.registerCustomFormat`
 * (https://decapcms.org/docs/custom-formatters/) in `main.ts`.
 */
import { parseDocument, stringify } from "yaml";

const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /^---[ \t]*$/m;

/** Thrown for a file the editor will not read; Decap shows the message. */
export class FrontMatterError extends Error {}

/**
 * An article file's fields and body, as Decap holds them (`body` beside the front matter's keys).
 * @example fromFile("---\ntitle: A\n---\nText\n") // { title: "A", body: "Text\n" }
 */
export function fromFile(text: string): Record<string, unknown> {
  const src = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const open = OPENING.exec(src);
  if (!open) {
    const first = src.split("\n", 1)[0] ?? "";
    throw new FrontMatterError(
      /^---\S/.test(first)
        ? `front matter in another language ("${first.slice(0, 20)}") is refused: an article's front matter is YAML, opened by a line of three hyphens alone`
        : "an article starts with YAML front matter between two --- lines",
    );
  }
  const rest = src.slice(open[0].length);
  const close = CLOSING.exec(rest);
  if (!close) throw new FrontMatterError("the front matter has no closing --- line");
  const doc = parseDocument(rest.slice(0, close.index), { schema: "core", prettyErrors: false });
  if (doc.errors.length) throw new FrontMatterError(`YAML: ${doc.errors[0]!.message.split("\n")[0]}`);
  const data = doc.toJS({ maxAliasCount: 100 }) as unknown;
  if (data !== null && (typeof data !== "object" || Array.isArray(data))) throw new FrontMatterError("the front matter is not a set of fields");
  const body = rest.slice(close.index + close[0].length).replace(/^\r?\n/, "");
  return { ...(data as Record<string, unknown> | null), ...(body.trim() ? { body } : {}) };
}

/** Empty text, empty lists and empty groups are left out: the schema's defaults stand for them. */
export function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(withoutEmpty).filter((v) => v !== undefined);
    return items.length ? items : undefined;
  }
  if (value && typeof value === "object") {
    const entries = Object.entries(value).map(([k, v]) => [k, withoutEmpty(v)] as const).filter(([, v]) => v !== undefined);
    return entries.length ? Object.fromEntries(entries) : undefined;
  }
  if (value === null || value === undefined || (typeof value === "string" && !value.trim())) return undefined;
  return value;
}

/**
 * The file for an article's fields, keys in the editor's order (`sortedKeys`), then the body.
 * @example toFile({ title: "A", body: "Text\n" }) // "---\ntitle: A\n---\nText\n"
 */
export function toFile(data: Record<string, unknown>, sortedKeys: readonly string[] = []): string {
  const { body = "", ...fields } = data;
  const clean = (withoutEmpty(fields) ?? {}) as Record<string, unknown>;
  const order = (k: string) => (sortedKeys.includes(k) ? sortedKeys.indexOf(k) : sortedKeys.length);
  const ordered = Object.fromEntries(Object.entries(clean).sort(([a], [b]) => order(a) - order(b)));
  const text = String(body);
  return `---\n${stringify(ordered, { lineWidth: 0 })}---\n${text.endsWith("\n") || !text ? text : `${text}\n`}`;
}
