/**
 * The field tables of CONTRIBUTING.md, generated from the zod schemas in `src/schema.ts`, so the
 * docs say what validation checks and cannot drift from it. `npm run docs` writes them between
 * marker comments; a test fails when the file is out of date.
 */
import type { z } from "zod";
import { ArticleFrontMatter, Figure, Jurisdiction, LIMITS, Organization, Person, Topic, edtfDate, publicationDate, ref, Site } from "../schema.ts";
import { sameSchema, unwrap as unwrapLayers, type SchemaNode } from "../schema-walk.ts";

export interface FieldRow {
  /** dotted path, `source.name`, `events[].date` */
  field: string;
  required: boolean;
  /** the default value when it is left out, as YAML would show it */
  defaultValue?: string;
  kind: string;
  description: string;
}

/** Dates and ids are pipes, but a field's kind is the whole of them. */
const LEAVES = [ref, edtfDate, publicationDate];
const unwrap = (schema: unknown) => unwrapLayers(schema, (node) => LEAVES.some((leaf) => sameSchema(node, leaf)));

/** What kind of value a field holds, for people. */
function kindOf(node: SchemaNode): string {
  if (sameSchema(node, ref)) return "id";
  if (sameSchema(node, edtfDate)) return "EDTF date";
  if (sameSchema(node, publicationDate)) return "date";
  const def = node.def;
  switch (def.type) {
    case "string":
      if (def.format === "url") return "URL";
      return "text";
    case "number":
      return "number";
    case "boolean":
      return "true or false";
    case "enum":
      return `one of: ${Object.values(def.entries as Record<string, string>).join(", ")}`;
    case "object":
      return "fields below";
    case "array": {
      const element = unwrap(def.element).node;
      const inner = kindOf(element);
      if (inner === "fields below") return "list, each with the fields below";
      if (inner === "id") return "list of ids";
      return `list of ${inner === "text" ? "texts" : inner}`;
    }
    case "tuple":
      return `[${(def.items as unknown[]).map((item) => kindOf(unwrap(item).node)).join(", ")}]`;
    case "union":
      // An object among the alternatives is named by its keys: `[number, number] or { lat, lon }`.
      return (def.options as unknown[])
        .map((option) => unwrap(option).node)
        .map((node) => (node.def.type === "object" ? `{ ${Object.keys(node.def.shape as object).join(", ")} }` : kindOf(node)))
        .join(" or ");
    default:
      return String(def.type);
  }
}

const yamlDefault = (v: unknown) => (Array.isArray(v) && !v.length ? "[]" : typeof v === "string" ? v : JSON.stringify(v));

/**
 * Every field of an object schema, nested objects and lists of objects flattened with dotted paths.
 * @example fieldRows(Topic).map((r) => r.field) // ["name", "summary", "aliases"]
 */
export function fieldRows(schema: z.ZodType, prefix = ""): FieldRow[] {
  const object = unwrap(schema).node;
  const shape = object.def.shape as Record<string, unknown> | undefined;
  if (!shape) return [];
  const rows: FieldRow[] = [];
  for (const [key, value] of Object.entries(shape)) {
    const { node, required, defaultValue, description } = unwrap(value);
    const field = `${prefix}${key}`;
    rows.push({
      field,
      required,
      defaultValue: defaultValue === undefined ? undefined : yamlDefault(defaultValue),
      kind: kindOf(node),
      description: description ?? "",
    });
    if (node.def.type === "object") rows.push(...fieldRows(node as unknown as z.ZodType, `${field}.`));
    if (node.def.type === "array") {
      const element = unwrap(node.def.element).node;
      if (element.def.type === "object") rows.push(...fieldRows(element as unknown as z.ZodType, `${field}[].`));
    }
  }
  return rows;
}

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

/**
 * A Markdown table of a schema's fields.
 * @example fieldTable(Topic).split("\n")[0] // "| field | required | value | what it is |"
 */
export function fieldTable(schema: z.ZodType): string {
  const lines = ["| field | required | value | what it is |", "| --- | --- | --- | --- |"];
  for (const r of fieldRows(schema)) {
    const required = r.required ? "yes" : r.defaultValue !== undefined ? `no (default \`${r.defaultValue}\`)` : "no";
    lines.push(`| \`${r.field}\` | ${required} | ${cell(r.kind)} | ${cell(r.description)} |`);
  }
  return lines.join("\n");
}

/** The generated tables, one per file kind, in the order CONTRIBUTING.md presents them. */
export const TABLES = [
  { id: "article", heading: "Article front matter (`articles/YYYY/YYYY-MM-DD-slug.md`)", schema: ArticleFrontMatter },
  { id: "figure", heading: "Figures (a ```figure block in the body)", schema: Figure },
  { id: "person", heading: "People (`_data/people/<id>.yaml`)", schema: Person },
  { id: "jurisdiction", heading: "Jurisdictions (`_data/jurisdictions/<id>.yaml`)", schema: Jurisdiction },
  { id: "organization", heading: "Organizations (`_data/organizations/<id>.yaml`)", schema: Organization },
  { id: "topic", heading: "Topics (`_data/topics/<id>.yaml`)", schema: Topic },
  { id: "site", heading: "Site settings (`_data/site.yaml`)", schema: Site },
] as const;

export const START = "<!-- fields:start (generated by npm run docs from src/schema.ts; do not edit by hand) -->";
export const END = "<!-- fields:end -->";

/**
 * The whole generated section: a heading and a table per file kind.
 * @example fieldsSection().startsWith("#### Article front matter") // true
 */
export function fieldsSection(): string {
  const tables = TABLES.map((t) => `#### ${t.heading}\n\n${fieldTable(t.schema as unknown as z.ZodType)}`);
  return [...tables, `#### Limits\n\n${limitsTable()}`].join("\n\n");
}

/** What each limit in {@link LIMITS} covers, for people. */
const LIMIT_ROWS: Record<keyof typeof LIMITS, string> = {
  articleBytes: "an article file, front matter and body together",
  registryBytes: "a file in `_data/` (a person, place, organization or topic, or `site.yaml`)",
  title: "an article's `title`",
  name: "a `name`, `sort_name`, `other_names` or `aliases` entry, and `source.name`",
  caption: "a figure's `caption`, `credit`, `title` and `alt`",
  text: "every other text field: `summary`, an event's `label`, a correction's `text`, a role's `title`",
};

/**
 * The size limits, from {@link LIMITS}.
 * @example limitsTable().includes("2 MB") // true
 */
export function limitsTable(): string {
  const amount = (key: keyof typeof LIMITS, n: number) =>
    key.endsWith("Bytes") ? (n >= 1024 * 1024 ? `${n / 1024 / 1024} MB` : `${n / 1024} KB`) : `${n.toLocaleString("en")} characters`;
  const lines = ["| what | at most |", "| --- | --- |"];
  for (const [key, what] of Object.entries(LIMIT_ROWS) as [keyof typeof LIMITS, string][]) lines.push(`| ${what} | ${amount(key, LIMITS[key])} |`);
  return lines.join("\n");
}

/**
 * The document with its generated section brought up to date.
 * @example updateDocument(`a\n${START}\nold\n${END}\nb`).includes("| `title` |") // true
 */
export function updateDocument(text: string): string {
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`the markers ${START} and ${END} are missing`);
  return `${text.slice(0, start + START.length)}\n\n${fieldsSection()}\n\n${text.slice(end)}`;
}
