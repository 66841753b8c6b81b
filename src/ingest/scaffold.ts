/**
 * `npm run new`: an article's file from a few answers. The front matter is filled in from what
 * was given and every other field is written as a comment with its description from the schema,
 * so a contributor sees what the format offers without leaving the file.
 */
import type { z } from "zod";
import { slugify } from "../content/slug.ts";
import { suggest } from "../content/suggest.ts";
import { fieldRows } from "../docs/fields.ts";
import { ArticleFrontMatter } from "../schema.ts";
import { normaliseDate } from "./dates.ts";
import type { EntityIndex, EntityKind } from "./entities.ts";
import { articlePath, articleText } from "./write.ts";

export interface ScaffoldInput {
  title: string;
  date: string;
  /** the outlet, by name, alias or organization id */
  source?: string;
  url?: string;
  dateline?: string;
  summary?: string;
  /** ids or names */
  authors?: string[];
  people?: string[];
  jurisdictions?: string[];
  organizations?: string[];
  topics?: string[];
}

export interface Scaffold {
  path?: string;
  text?: string;
  /** what must be fixed before the file can be written, each a sentence */
  problems: string[];
}

/** The placeholder body: a draft keeps it from ever being published. */
export const PLACEHOLDER =
  "Replace this paragraph with the article's text, verbatim: one paragraph per block, a blank line between paragraphs. Photo captions go in figure blocks (see CONTRIBUTING.md). Then delete draft: true above.\n";

/**
 * Each value as a registry id: an id as given, or the entry a name or alias names.
 * @example resolveRefs(index, "people", ["Michael Hancock"]).ids // ["michael-hancock"]
 */
export function resolveRefs(index: EntityIndex, kind: EntityKind, values: readonly string[]): { ids: string[]; problems: string[] } {
  const ids: string[] = [];
  const problems: string[] = [];
  const known = [...index.registries[kind].keys()];
  for (const value of values.map((v) => v.trim()).filter(Boolean)) {
    const id = index.resolve(kind, value);
    if (id) {
      if (!ids.includes(id)) ids.push(id);
      continue;
    }
    const hint = suggest(slugify(value), known);
    problems.push(
      `${kind}: "${value}" is not in _data/${kind}/` +
        (hint ? `; did you mean "${hint}"?` : `; add _data/${kind}/${slugify(value, 60)}.yaml first (see CONTRIBUTING.md)`),
    );
  }
  return { ids, problems };
}

/** Optional top-level fields not filled in, as comments: `# summary: the dek: ...`. */
function fieldComments(filled: ReadonlySet<string>): string[] {
  const rows = fieldRows(ArticleFrontMatter as unknown as z.ZodType).filter((r) => !r.field.includes(".") && !r.field.includes("[]"));
  const out = ["Fields you can add (every field: CONTRIBUTING.md):"];
  for (const r of rows) if (!filled.has(r.field) && r.field !== "draft") out.push(`  ${r.field}: ${r.description}`);
  return out;
}

/**
 * The article file a scaffold makes, or why it cannot be made.
 * @example scaffoldArticle({ title: "Snow plan", date: "2019-01-04" }, index).path // "articles/2019/2019-01-04-snow-plan.md"
 */
export function scaffoldArticle(input: ScaffoldInput, index: EntityIndex): Scaffold {
  const problems: string[] = [];
  const title = input.title.trim();
  if (!title) problems.push("a title is needed");
  const date = normaliseDate(input.date);
  if (!date) problems.push(`"${input.date}" is not a date: write YYYY-MM-DD`);

  const refs = (kind: EntityKind, values: string[] | undefined) => {
    const { ids, problems: p } = resolveRefs(index, kind, values ?? []);
    problems.push(...p);
    return ids;
  };
  const authors = refs("people", input.authors);
  const people = refs("people", input.people);
  const jurisdictions = refs("jurisdictions", input.jurisdictions);
  const organizations = refs("organizations", input.organizations);
  const topics = refs("topics", input.topics);

  let source: Record<string, unknown> | undefined;
  if (input.source?.trim()) {
    const name = input.source.trim();
    const id = index.resolve("organizations", name);
    source = { name: id ? index.registries.organizations.get(id)!.name : name, organization: id, url: input.url };
  } else if (input.url) {
    problems.push("a --url needs a --source: the outlet it was published by");
  }
  if (problems.length || !date) return { problems };

  const frontMatter: Record<string, unknown> = {
    title,
    date,
    summary: input.summary,
    authors,
    dateline: input.dateline,
    source,
    people,
    jurisdictions,
    organizations,
    topics,
    draft: true,
  };
  const checked = ArticleFrontMatter.safeParse(frontMatter);
  if (!checked.success) return { problems: checked.error.issues.map((i) => `${i.path.join(".") || "front matter"}: ${i.message}`) };
  const filled = new Set(Object.entries(frontMatter).filter(([, v]) => v !== undefined && !(Array.isArray(v) && !v.length)).map(([k]) => k));
  return {
    path: articlePath(date, slugify(title)),
    text: articleText(frontMatter, PLACEHOLDER, fieldComments(filled)),
    problems: [],
  };
}
