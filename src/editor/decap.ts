/**
 * The browser editor's configuration (Decap CMS, https://decapcms.org/docs/configuration-options/),
 * generated from the zod schemas of `src/schema.ts` on every build, so a field added to a schema
 * is a field in the editor. Written to `/admin/config.yml`; `src/browser/admin/` is the page's
 * own script (the YAML-only front matter format and the figure block).
 *
 * Articles are one collection per year (`articles/YYYY/`), newest first: Decap lists a folder
 * collection by listing its folder and reads every file of it to search or sort, so one
 * collection of a 100,000-article archive would be a 100,000-file folder listing (past what
 * GitHub's tree API returns) and as many reads. A year is what the archive's own folders already
 * bound, and its file names are then `{{date}}-{{slug}}` inside a folder the collection fixes.
 */
import { stringify } from "yaml";
import { ArticleFrontMatter, Figure, Jurisdiction, LIMITS, Organization, Person, Topic, edtfDate, publicationDate, ref, type Editor, type RegistryKind } from "../schema.ts";
import { sameSchema, unwrap as unwrapLayers, type SchemaNode } from "../schema-walk.ts";
import { MEDIA_DIR } from "../content/media.ts";

/** A Decap field (https://decapcms.org/docs/widgets/): plain data, written as YAML. */
export type DecapField = Record<string, unknown> & { name: string; label: string; widget: string };

/** The name of the article format `src/browser/admin/format.ts` registers: YAML front matter only. */
export const ARTICLE_FORMAT = "morgue-frontmatter";

/** Dates and ids are pipes, but a field's widget is the whole of them. */
const LEAVES = [ref, edtfDate, publicationDate];
const unwrap = (schema: unknown) => unwrapLayers(schema, (node) => LEAVES.some((leaf) => sameSchema(node, leaf)));

/** Which registry an id field names, by the field's name; `parent` is the registry's own kind. */
const REFERENCES: Record<string, RegistryKind> = {
  authors: "people",
  people: "people",
  by: "people",
  jurisdictions: "jurisdictions",
  jurisdiction: "jurisdictions",
  organizations: "organizations",
  organization: "organizations",
  topics: "topics",
};

/** A relation widget to a registry: its entries by name, written as their ids (file names). */
function relation(kind: RegistryKind, multiple: boolean): Record<string, unknown> {
  return {
    widget: "relation",
    collection: kind,
    value_field: "{{slug}}",
    search_fields: kind === "people" ? ["name", "other_names.*"] : ["name", "aliases.*"],
    display_fields: ["name"],
    multiple,
    options_length: 50,
  };
}

/** Words for a field's label: `held_through` → `Held through`. */
const label = (name: string) => (name.charAt(0).toUpperCase() + name.slice(1)).replace(/_/g, " ");

/** The maximum length zod checks on a string, if any. */
function maxLength(node: SchemaNode): number | undefined {
  const checks = (node.def.checks ?? []) as { _zod?: { def?: { check?: string; maximum?: number } } }[];
  return checks.map((c) => c._zod?.def).find((d) => d?.check === "max_length")?.maximum;
}

/** The widget and its options for one schema node; `self` is the registry a `parent` names. */
function widgetOf(name: string, node: SchemaNode, self: RegistryKind | undefined, required: boolean): Record<string, unknown> {
  const target = name === "parent" ? self : REFERENCES[name];
  if (sameSchema(node, ref)) return target ? relation(target, false) : { widget: "string" };
  if (sameSchema(node, publicationDate)) {
    // A day, written YYYY-MM-DD: the file name is made from it (a time with its zone is written by hand).
    return { widget: "datetime", format: "YYYY-MM-DD", date_format: "YYYY-MM-DD", time_format: false };
  }
  if (sameSchema(node, edtfDate)) return { widget: "string" };
  const def = node.def;
  switch (def.type) {
    case "boolean":
      return { widget: "boolean" };
    case "enum":
      return { widget: "select", options: Object.values(def.entries as Record<string, string>) };
    case "object":
      // Decap checks an optional group's required fields even when the group is left empty, so
      // they are optional here; `npm run check` still refuses a group given without them.
      return { widget: "object", collapsed: true, fields: fieldsOf(node, self, !required) };
    case "array": {
      const element = unwrap(def.element).node;
      if (sameSchema(element, ref)) return target ? relation(target, true) : { widget: "list" };
      if (element.def.type === "object") return { widget: "list", collapsed: true, fields: fieldsOf(element, self) };
      return { widget: "list" };
    }
    case "string":
      if (name === "src") return { widget: "image", choose_url: false };
      // Captions, summaries and labels run to sentences; names and titles are one line.
      return { widget: (maxLength(node) ?? 0) >= LIMITS.caption ? "text" : "string" };
    default:
      return { widget: "string" };
  }
}

/**
 * The editor's fields for an object schema, in the schema's order, each with its description
 * as the hint, required when the schema requires it.
 * @example fieldsOf(Topic).map((f) => f.name) // ["name", "summary", "aliases"]
 */
export function fieldsOf(schema: unknown, self?: RegistryKind, inOptionalGroup = false): DecapField[] {
  const shape = unwrap(schema).node.def.shape as Record<string, unknown>;
  return Object.entries(shape).map(([name, field]) => {
    const { node, required, defaultValue, description } = unwrap(field);
    const widget = widgetOf(name, node, self, required);
    return {
      name,
      label: label(name),
      widget: "string",
      ...widget,
      required: required && !inOptionalGroup,
      ...(typeof defaultValue === "boolean" ? { default: defaultValue } : {}),
      ...(description ? { hint: description } : {}),
    } as DecapField;
  });
}

/** A figure block's fields, for the body's "Figure" button (src/browser/admin/figure.ts). */
export const figureFields = (): DecapField[] => fieldsOf(Figure);

/** The fields of an article of `year`: every front matter field, then the body. */
export function articleFields(year: string): DecapField[] {
  return [
    ...fieldsOf(ArticleFrontMatter).map((field) =>
      field.name === "date" ? { ...field, pattern: [`^${year}-\\d{2}-\\d{2}$`, `an article in ${year}'s folder is dated in ${year}`] } : field,
    ),
    {
      name: "body",
      label: "Text",
      widget: "markdown",
      hint: "the article's text, verbatim; Figure adds an image or a caption where it ran",
      editor_components: ["figure"],
      modes: ["rich_text", "raw"],
      // The preview shows a contributor's Markdown: cleaned of scripts and handlers (DOMPurify).
      sanitize_preview: true,
    },
  ];
}

const REGISTRY_SCHEMAS: Record<RegistryKind, { schema: unknown; singular: string; label: string }> = {
  people: { schema: Person, singular: "Person", label: "People" },
  jurisdictions: { schema: Jurisdiction, singular: "Place", label: "Places" },
  organizations: { schema: Organization, singular: "Organization", label: "Organizations" },
  topics: { schema: Topic, singular: "Topic", label: "Topics" },
};

export interface EditorInput {
  editor: Editor;
  /** the archive's years, YYYY, in any order; the current year is always added */
  years: Iterable<string>;
  /** today, YYYY-MM-DD, as the build sees it */
  today: string;
  /** `site.url`, for Decap's links to the live site */
  siteUrl: string;
}

/**
 * Decap's configuration for the archive: the GitHub backend with the editorial workflow and open
 * authoring (a contributor without write access works in a fork; saving opens a pull request),
 * a collection per year of articles, one per registry.
 */
export function decapConfig(input: EditorInput): Record<string, unknown> {
  const years = [...new Set([...input.years, input.today.slice(0, 4)])].sort().reverse();
  const { repo, branch, base_url, auth_endpoint } = input.editor;
  return {
    backend: {
      name: "github",
      repo,
      branch,
      open_authoring: true,
      ...(base_url ? { base_url } : {}),
      ...(auth_endpoint ? { auth_endpoint } : {}),
    },
    publish_mode: "editorial_workflow",
    site_url: input.siteUrl,
    media_folder: MEDIA_DIR,
    public_folder: MEDIA_DIR,
    // File names and ids are lowercase ASCII words joined by hyphens (src/schema.ts, ID_PATTERN).
    slug: { encoding: "ascii", clean_accents: true, sanitize_replacement: "-" },
    collections: [
      ...years.map((year) => ({
        name: `articles-${year}`,
        label: `Articles, ${year}`,
        label_singular: "Article",
        folder: `articles/${year}`,
        extension: "md",
        format: ARTICLE_FORMAT,
        create: true,
        // The file is named from the article's date, never the day it was edited:
        // articles/YYYY/YYYY-MM-DD-slug.md (src/content/articles.ts).
        slug: "{{fields.date | date('YYYY-MM-DD')}}-{{slug}}",
        identifier_field: "title",
        summary: "{{date}} · {{title}}",
        sortable_fields: ["date", "title"],
        fields: articleFields(year),
      })),
      ...Object.entries(REGISTRY_SCHEMAS).map(([kind, { schema, singular, label: plural }]) => ({
        name: kind,
        label: plural,
        label_singular: singular,
        folder: `_data/${kind}`,
        extension: "yaml",
        format: "yml",
        create: true,
        identifier_field: "name",
        // The file name is the id the articles refer to.
        slug: "{{slug}}",
        fields: fieldsOf(schema, kind as RegistryKind),
      })),
    ],
  };
}

/** The configuration as `/admin/config.yml`. */
export function decapConfigYaml(input: EditorInput): string {
  return `# Decap CMS's configuration, generated by the build from src/schema.ts (src/editor/decap.ts).\n${stringify(decapConfig(input), { lineWidth: 0 })}`;
}
