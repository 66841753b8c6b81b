/**
 * The build, in stages: validate the content, render with Eleventy, index with Pagefind. It
 * writes to a fresh folder beside the output and swaps it in only when every stage succeeded,
 * so a failed build never leaves half a site to deploy. It replaces only a folder it made
 * (src/output.ts), so a mistyped `--output` cannot delete anybody's files.
 */
import { rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Eleventy from "@11ty/eleventy";
import { register } from "tsx/esm/api";
import { readArchive } from "./archive.ts";
import { ContentError } from "./content/problems.ts";
import { preloadArchive } from "./eleventy/plugin.ts";
import { assertSafeOutput, makeStaging, markBuild, swapInto } from "./output.ts";
import { indexSite } from "./search/pagefind.ts";

/** The repository's own folder, where eleventy.config.ts lives. */
export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

export interface BuildOptions {
  /** the archive: articles/, _data/, _includes/, pages/, assets/ */
  root: string;
  /**
   * where the site goes; default `<root>/_site`. Refused when it is or holds the archive or
   * the repository, or is a folder of other files than a previous build's.
   */
  output?: string;
  /** overrides `pathPrefix` in _data/site.yaml, e.g. /archive/ */
  pathPrefix?: string;
  /** overrides `url` in _data/site.yaml: where the site is deployed */
  siteUrl?: string;
  /** the day the build takes as today, YYYY-MM-DD (roles held "now", empty feeds' dates); default the real one */
  today?: string;
  /** print Eleventy's per-file log */
  verbose?: boolean;
  /** the most articles in one search index shard (src/search/pagefind.ts); default 20,000 */
  searchShardSize?: number;
}

export interface StageTiming {
  stage: string;
  ms: number;
}

export interface BuildResult {
  output: string;
  articles: number;
  pagesWritten: number;
  pagesIndexed: number;
  timings: StageTiming[];
}

async function timed<T>(timings: StageTiming[], stage: string, fn: () => Promise<T> | T): Promise<T> {
  const start = performance.now();
  try {
    return await fn();
  } finally {
    timings.push({ stage, ms: performance.now() - start });
  }
}

let tsxRegistered = false;
/** Eleventy imports eleventy.config.ts with Node's own import(); tsx teaches Node TypeScript. */
function ensureTypeScriptImports(): void {
  if (tsxRegistered) return;
  register();
  tsxRegistered = true;
}

/** Builds the archive at `options.root`. Throws {@link ContentError} when the content has problems. */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const root = resolve(options.root);
  const output = resolve(options.output ?? join(root, "_site"));
  const timings: StageTiming[] = [];

  if (options.pathPrefix !== undefined && !/^\/([^/\s]+\/)*$/.test(options.pathPrefix)) {
    throw new Error(`the path prefix "${options.pathPrefix}" should start and end with /, e.g. /archive/`);
  }
  assertSafeOutput(output, [
    { path: root, name: "the archive's own folder" },
    { path: PACKAGE_ROOT, name: "Morgue's own folder, the repository" },
  ]);
  const { archive, problems } = await timed(timings, "validate", () => readArchive(root, { siteUrl: options.siteUrl, today: options.today }));
  if (!archive) throw new ContentError(problems);

  preloadArchive(root, archive);
  const staging = makeStaging(output);
  try {
    const pagesWritten = await timed(timings, "eleventy", () => renderSite(root, staging, options));
    const { pages: pagesIndexed } = await timed(timings, "pagefind", () => indexSite(staging, { shardSize: options.searchShardSize }));
    markBuild(staging);
    await timed(timings, "swap", () => swapInto(staging, output));
    return { output, articles: archive.articles.length, pagesWritten, pagesIndexed, timings };
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Renders the archive at `root` into `output` with Eleventy and Morgue's configuration; returns
 * the number of pages written. The archive is the preloaded one when there is one.
 */
export async function renderSite(root: string, output: string, options: Pick<BuildOptions, "pathPrefix" | "verbose"> = {}): Promise<number> {
  ensureTypeScriptImports();
  const eleventy = new Eleventy(root, output, {
    configPath: join(PACKAGE_ROOT, "eleventy.config.ts"),
    quietMode: !options.verbose,
    ...(options.pathPrefix ? { pathPrefix: options.pathPrefix } : {}),
  });
  const results = (await eleventy.write()) as unknown as [unknown[], unknown[]] | unknown[];
  return countWritten(results);
}

/** Eleventy 3's write() resolves to [passthroughCopies, templates]; count the templates written. */
function countWritten(results: unknown): number {
  if (!Array.isArray(results)) return 0;
  const templates = Array.isArray(results[1]) ? results[1] : results;
  return (templates as { outputPath?: string | false }[]).flat().filter((t) => t && t.outputPath).length;
}
