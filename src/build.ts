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
import type { EleventyConfig } from "./eleventy/types.ts";
import { renderPagesAsWritten } from "./eleventy/render-on-write.ts";
import { assertSafeOutput, makeStaging, markBuild, swapInto } from "./output.ts";
import { HOSTS, hostWarnings, siteStats, type HostLimits, type SiteStats } from "./publish/hosts.ts";
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
  /** told when a stage starts and ends, and as Eleventy writes pages; the CLI draws it (scripts/lib/progress.ts) */
  progress?: (event: BuildProgress) => void;
  /** the limits to check the output against; default those of `host` in _data/site.yaml (src/publish/hosts.ts) */
  hostLimits?: HostLimits;
  /** the most articles in one search index shard (src/search/pagefind.ts); default 5,000 */
  searchShardSize?: number;
}

export type BuildStage = "validate" | "eleventy" | "pagefind" | "swap";

/** What a long build reports as it goes. `done` and `total` count pages, in the eleventy stage. */
export type BuildProgress =
  | { type: "start"; stage: BuildStage }
  | { type: "pages"; stage: "eleventy"; done: number; total: number }
  | { type: "end"; stage: BuildStage; ms: number; articles?: number; pages?: number };

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
  /** bytes, files and largest file of the output */
  size: SiteStats;
  /** one line per limit of the host named in _data/site.yaml that the output passes */
  warnings: string[];
}

async function timed<T>(timings: StageTiming[], stage: BuildStage, fn: () => Promise<T> | T, progress?: BuildOptions["progress"], count?: (result: T) => { articles?: number; pages?: number }): Promise<T> {
  const start = performance.now();
  progress?.({ type: "start", stage });
  const result = await fn();
  const ms = performance.now() - start;
  timings.push({ stage, ms });
  progress?.({ type: "end", stage, ms, ...count?.(result) });
  return result;
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
  const { progress } = options;
  const { archive, problems } = await timed(timings, "validate", () => readArchive(root, { siteUrl: options.siteUrl, today: options.today }), progress, (r) => ({ articles: r.archive?.articles.length }));
  if (!archive) throw new ContentError(problems);

  preloadArchive(root, archive);
  const staging = makeStaging(output);
  try {
    const pagesWritten = await timed(timings, "eleventy", () => renderSite(root, staging, options), progress, (pages) => ({ pages }));
    const { pages: pagesIndexed } = await timed(timings, "pagefind", () => indexSite(staging, { shardSize: options.searchShardSize }), progress, (r) => ({ pages: r.pages }));
    markBuild(staging);
    const size = siteStats(staging);
    const host = options.hostLimits ?? (archive.site.host ? HOSTS[archive.site.host] : undefined);
    const warnings = host ? hostWarnings(size, host) : [];
    await timed(timings, "swap", () => swapInto(staging, output), progress);
    return { output, articles: archive.articles.length, pagesWritten, pagesIndexed, timings, size, warnings };
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Renders the archive at `root` into `output` with Eleventy and Morgue's configuration; returns
 * the number of pages written. The archive is the preloaded one when there is one.
 */
export async function renderSite(root: string, output: string, options: Pick<BuildOptions, "pathPrefix" | "verbose" | "progress"> = {}): Promise<number> {
  ensureTypeScriptImports();
  await renderPagesAsWritten();
  const eleventy = new Eleventy(root, output, {
    configPath: join(PACKAGE_ROOT, "eleventy.config.ts"),
    quietMode: !options.verbose,
    ...(options.pathPrefix ? { pathPrefix: options.pathPrefix } : {}),
    ...(options.progress ? { config: countPages(options.progress) } : {}),
  });
  const results = (await eleventy.write()) as unknown as [unknown[], unknown[]] | unknown[];
  return countWritten(results);
}

/**
 * Reports pages rendered of the total. Eleventy has no per-page event, so a transform (run once
 * per page written, https://www.11ty.dev/docs/transforms/) counts them; the total is the
 * content map's URLs, which Eleventy emits before rendering
 * (https://www.11ty.dev/docs/events/#eleventy.contentmap). At most ~10 reports a second.
 */
function countPages(progress: NonNullable<BuildOptions["progress"]>) {
  return (config: EleventyConfig) => {
    let total = 0;
    let done = 0;
    let last = 0;
    config.on("eleventy.contentMap", ({ inputPathToUrl }: { inputPathToUrl: Record<string, unknown[]> }) => {
      total = Object.values(inputPathToUrl).reduce((n, urls) => n + urls.filter(Boolean).length, 0);
      progress({ type: "pages", stage: "eleventy", done, total });
    });
    config.addTransform("morgue-progress", (content: unknown) => {
      done++;
      const now = performance.now();
      if (now - last > 100 || done === total) {
        last = now;
        progress({ type: "pages", stage: "eleventy", done, total: Math.max(total, done) });
      }
      return content;
    });
  };
}

/** Eleventy 3's write() resolves to [passthroughCopies, templates]; count the templates written. */
function countWritten(results: unknown): number {
  if (!Array.isArray(results)) return 0;
  const templates = Array.isArray(results[1]) ? results[1] : results;
  return (templates as { outputPath?: string | false }[]).flat().filter((t) => t && t.outputPath).length;
}
