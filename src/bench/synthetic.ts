/**
 * A synthetic archive for benchmarks: N articles with the registries they reference, every file
 * valid, all of it decided by one seeded generator so that two runs with the same seed write the
 * same bytes. The registries are generated before the articles, so the people, places and
 * organizations are the same whatever the article count: runs of different sizes compare.
 *
 * The shape follows the real archive: articles of 400-1200 words with figures, events of mixed
 * EDTF precision, publication dates over five decades; people whose roles have start and end
 * dates; countries > states > cities; a few dozen topics whose articles share vocabulary.
 *
 * The jobs are split: `registries.ts` draws the people, places, organizations and topics,
 * `plan.ts` what each article reports, `article.ts` and `prose.ts` its text, and this file
 * writes the files with the importer's writer (`src/ingest/write.ts`), so synthetic and
 * imported articles are laid out alike.
 */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { PACKAGE_ROOT } from "../build.ts";
import { articlePath, articleText, markdownBody, yamlText } from "../ingest/write.ts";
import { composeArticle } from "./article.ts";
import { castOf, planArticle } from "./plan.ts";
import { createRandom } from "./random.ts";
import { makeRegistries } from "./registries.ts";

/** What to generate. */
export interface SyntheticOptions {
  /** how many (published) articles */
  articles: number;
  /** the same seed writes the same archive; default 1 */
  seed?: number;
  /** the size of the people registry; default 400 */
  people?: number;
  /** publication years, both included; default 1975 to 2024 */
  firstYear?: number;
  lastYear?: number;
}

/** What a generated archive holds, for the benchmark report. */
export interface CorpusStats {
  articles: number;
  people: number;
  jurisdictions: number;
  organizations: number;
  topics: number;
  figures: number;
  events: number;
  /** words of body text, all articles */
  words: number;
  firstYear: number;
  lastYear: number;
  /** content files written (articles, registries, site.yaml, images), and their bytes */
  files: number;
  bytes: number;
}

/** A generated archive, in memory. */
export interface SyntheticArchive {
  /** path relative to the archive's root → text (bytes for images in the media folder) */
  files: Record<string, string | Uint8Array>;
  corpus: CorpusStats;
}

/** The folders of the repository every archive needs beside its content, as in the test fixtures. */
export const TEMPLATE_FOLDERS = ["_includes", "pages", "assets"] as const;

/** `_data/site.yaml` of the synthetic archive. */
export const SYNTHETIC_SITE = {
  title: "Synthetic Morgue",
  tagline: "A generated archive for benchmarks",
  description: "Generated articles, people and places: a benchmark corpus, not news.",
  url: "https://bench.example.org",
  language: "en",
  pathPrefix: "/",
  timezone: "America/Denver",
};


/** Generates the archive's files in memory. Same options, same files. */
/** The first bytes of a JPEG, enough for validation: the benchmark never shows its images. */
const JPEG_STUB = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0xff, 0xd9]);

export function generateArchive(options: SyntheticOptions): SyntheticArchive {
  const seed = options.seed ?? 1;
  const firstYear = options.firstYear ?? 1975;
  const lastYear = options.lastYear ?? 2024;
  const rng = createRandom(seed);
  const registries = makeRegistries(rng, options.people ?? 400);
  const files: Record<string, string | Uint8Array> = { "_data/site.yaml": yamlText(SYNTHETIC_SITE) };
  for (const [path, entry] of Object.entries(registries.entries)) files[path] = yamlText(entry);

  const cast = castOf(registries);
  const taken = new Set<string>();
  let figures = 0;
  let events = 0;
  let words = 0;
  for (let i = 0; i < options.articles; i++) {
    const plan = planArticle(rng, cast, firstYear, lastYear);
    const article = composeArticle(rng, plan, cast, taken, figures);
    files[articlePath(article.date, article.slug)] = articleText(article.frontMatter, markdownBody(article.body));
    for (const part of article.body) if (part.kind === "figure" && part.figure.src) files[part.figure.src] = JPEG_STUB;
    figures += article.figures;
    events += article.events;
    words += article.words;
  }

  const texts = Object.values(files);
  return {
    files,
    corpus: {
      articles: options.articles,
      people: registries.people.length,
      jurisdictions: registries.places.length,
      organizations: registries.orgs.length,
      topics: registries.topics.length,
      figures,
      events,
      words,
      firstYear,
      lastYear,
      files: texts.length,
      bytes: texts.reduce((n, t) => n + (typeof t === "string" ? Buffer.byteLength(t) : t.byteLength), 0),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Writing

/** Writes a generated archive into `root` with the repository's templates, like the test fixtures. */
export function writeArchive(root: string, archive: SyntheticArchive): void {
  for (const dir of TEMPLATE_FOLDERS) cpSync(join(PACKAGE_ROOT, dir), join(root, dir), { recursive: true });
  const made = new Set<string>();
  for (const [path, text] of Object.entries(archive.files)) {
    const dir = dirname(join(root, path));
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeFileSync(join(root, path), text);
  }
}

/** Generates an archive into a new temporary folder and returns the folder and what it holds. */
export function makeSyntheticArchive(options: SyntheticOptions): { root: string; corpus: CorpusStats } {
  const archive = generateArchive(options);
  const root = mkdtempSync(join(tmpdir(), "morgue-bench-"));
  writeArchive(root, archive);
  return { root, corpus: archive.corpus };
}
