/**
 * Reading the archive: every article and registry entry read, validated and cross-checked, with
 * every problem collected. Only an archive without problems is indexed (`indexes.ts`).
 */
import { readArticle, splitFrontMatter, type Article, type References } from "../content/articles.ts";
import { imageProblem, readMediaFolder } from "../content/media.ts";
import { ContentError, type Problem } from "../content/problems.ts";
import { readRegistries, readSite, type RegistryEntry } from "../content/registries.ts";
import { suggest } from "../content/suggest.ts";
import { readContentText, scanContent } from "../content/tree.ts";
import { ancestorsOf } from "../jurisdictions/tree.ts";
import { ENTRY_NOUN, LIMITS, type RegistryKind } from "../schema.ts";
import { claimProblems, type AliasClaim } from "./aliases.ts";
import { indexArchive } from "./indexes.ts";
import type { Archive, LoadOptions } from "./types.ts";

const byNewest = (a: Article, b: Article) => b.published.ms - a.published.ms || a.id.localeCompare(b.id);

/**
 * Reads, validates and indexes the archive at `root`. Returns every problem found; the archive
 * only when there are none.
 */
export function readArchive(root: string, options: LoadOptions = {}): { archive?: Archive; problems: Problem[] } {
  const problems: Problem[] = [];
  const { site, problems: siteProblems } = readSite(root, { url: options.siteUrl });
  problems.push(...siteProblems);

  const content = scanContent(root);
  problems.push(...content.problems);
  const { registries, problems: registryProblems } = readRegistries(root, content.registries);
  problems.push(...registryProblems);
  const { people, jurisdictions, organizations, topics } = registries;

  const ids = {
    people: [...people.keys()],
    jurisdictions: [...jurisdictions.keys()],
    organizations: [...organizations.keys()],
    topics: [...topics.keys()],
  } satisfies Record<RegistryKind, string[]>;

  /** Checks one reference, reporting it with a suggestion when unknown. */
  const checkRef: CheckRef = (kind, id: string | undefined, file: string, line: number, field: string) => {
    if (id === undefined) return;
    const registry = registries[kind] as Map<string, RegistryEntry<{ name: string }>>;
    if (registry.has(id)) return;
    const hint = suggest(id, ids[kind]);
    problems.push({
      file,
      line,
      field,
      message: `unknown ${ENTRY_NOUN[kind]} "${id}"${
        hint ? `; did you mean "${hint}"?` : `; add _data/${kind}/${id}.yaml or use a known id`
      }`,
    });
  };

  // Registry cross-references.
  for (const p of people.values()) {
    p.data.roles.forEach((role, i) => {
      checkRef("jurisdictions", role.jurisdiction, p.file, p.lineOf(["roles", i, "jurisdiction"]), `roles[${i}].jurisdiction`);
      checkRef("organizations", role.organization, p.file, p.lineOf(["roles", i, "organization"]), `roles[${i}].organization`);
    });
  }
  for (const j of jurisdictions.values()) checkRef("jurisdictions", j.data.parent, j.file, j.lineOf(["parent"]), "parent");
  for (const o of organizations.values()) {
    checkRef("organizations", o.data.parent, o.file, o.lineOf(["parent"]), "parent");
    checkRef("jurisdictions", o.data.jurisdiction, o.file, o.lineOf(["jurisdiction"]), "jurisdiction");
  }
  const tree = [...jurisdictions.values()].map((j) => ({ id: j.id, parent: j.data.parent }));
  const { ancestors, cycles } = ancestorsOf(tree);
  for (const cycle of cycles) {
    const j = jurisdictions.get(cycle[0]!)!;
    problems.push({ file: j.file, line: j.lineOf(["parent"]), field: "parent", message: `parents form a loop: ${[...cycle, cycle[0]].join(" > ")}` });
  }

  // The media folder, then articles, whose images must be in it.
  const media = readMediaFolder(root);
  problems.push(...media.problems);
  const all: Article[] = [];
  const byUrl = new Map<string, Article>();
  // Every file's address and aliases, for the aliases' check: an article with other problems is checked too.
  const addresses: { file: string; url: string }[] = [];
  const claims: AliasClaim[] = [];
  for (const file of content.articles) {
    const { text, problems: textProblems } = readContentText(root, file, LIMITS.articleBytes);
    if (text === undefined) {
      problems.push(...textProblems);
      continue;
    }
    const { article, references, problems: p } = readArticle(file, text);
    problems.push(...p);
    // Not the references themselves: their lineOf holds the file's whole YAML document.
    if (references?.url) addresses.push({ file, url: references.url });
    if (references?.aliases.length) claims.push({ file, url: references.url, aliases: references.aliases });
    if (references) checkReferences(references, checkRef);
    for (const image of references?.images ?? []) {
      const message = imageProblem(image.src, media.files);
      if (message) problems.push({ file, line: image.line, field: image.field, message });
    }
    if (!article) continue;
    readBodyWhenAsked(article, root);
    const key = article.url.toLowerCase();
    const twin = byUrl.get(key);
    if (twin) {
      problems.push({ file, line: 1, field: "-", message: `duplicate slug: ${twin.file} has the same date and slug (slugs ignore case)` });
      continue;
    }
    byUrl.set(key, article);
    all.push(article);
  }
  // Once every article's address is known: an alias may claim one in a later file.
  problems.push(...claimProblems(addresses, claims));

  if (problems.length || !site) return { problems };
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const articles = all.filter((a) => options.includeDrafts || !a.draft).sort(byNewest);
  return { archive: indexArchive(site, articles, { people, jurisdictions, organizations, topics }, ancestors, today), problems };
}

/**
 * An article's Markdown body is read from its file each time it is asked for (its page, the
 * site's feed and its first excerpt ask), not held: at 100,000 articles the bodies would be most
 * of the archive's memory, and a build renders them one at a time. The file was validated moments
 * before; if it changed or went away since, the build stops and names it.
 */
function readBodyWhenAsked(article: Article, root: string): void {
  const { file } = article;
  Object.defineProperty(article, "body", {
    enumerable: true,
    configurable: true,
    get(): string {
      // A page asks more than once as it renders (its description, then its text): one read.
      if (lastBody?.article === article) return lastBody.body;
      const { text, problems } = readContentText(root, file, LIMITS.articleBytes);
      const split = text === undefined ? undefined : splitFrontMatter(text);
      if (!split) throw new ContentError([{ file, line: problems[0]?.line ?? 1, field: "body", message: `the article changed or went away while the archive was being built${problems[0] ? `: ${problems[0].message}` : ""}` }]);
      lastBody = { article, body: split.body };
      setImmediate(() => {
        lastBody = undefined;
      });
      return split.body;
    },
  });
}

/** The body last read, until the event loop turns: one article's, never the archive's. */
let lastBody: { article: Article; body: string } | undefined;

type CheckRef = (kind: RegistryKind, id: string | undefined, file: string, line: number, field: string) => void;

/** Every registry reference of one article. */
function checkReferences(r: References, checkRef: CheckRef): void {
  const { file, lineOf: line } = r;
  const refList = (kind: RegistryKind, field: "authors" | "people" | "jurisdictions" | "organizations" | "topics") =>
    r[field].forEach((id, i) => checkRef(kind, id, file, line([field, i]), `${field}[${i}]`));
  refList("people", "authors");
  refList("people", "people");
  refList("jurisdictions", "jurisdictions");
  refList("organizations", "organizations");
  refList("topics", "topics");
  checkRef("organizations", r.source?.organization, file, line(["source", "organization"]), "source.organization");
  r.events.forEach((e, i) => {
    e.people.forEach((id, k) => checkRef("people", id, file, line(["events", i, "people", k]), `events[${i}].people[${k}]`));
    e.jurisdictions.forEach((id, k) =>
      checkRef("jurisdictions", id, file, line(["events", i, "jurisdictions", k]), `events[${i}].jurisdictions[${k}]`),
    );
  });
  for (const credit of r.figureCredits) checkRef("people", credit.by, file, credit.line, "figure.by");
}

/** Like {@link readArchive}, but throws a {@link ContentError} listing every problem. */
export function loadArchive(root: string, options: LoadOptions = {}): Archive {
  const { archive, problems } = readArchive(root, options);
  if (!archive) throw new ContentError(problems);
  return archive;
}

