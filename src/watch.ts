/**
 * `npm start`: the archive built, served at http://localhost:8080 and kept current as it is
 * edited, at any size. Two paths, because a whole build of a large archive takes minutes:
 *
 * - **An edited article** is read again on its own (`ArchiveReading.reread`), checked, and its page
 *   rendered into the served site in an Eleventy run of that page alone; the browser reloads.
 *   About a second at 10,000 articles, where a whole build takes one and a half minutes. Then its
 *   search shard is indexed again from the served pages, as the build indexes it, and moved in
 *   (`refreshSearch`): search finds the edit in about the time that shard takes to index.
 * - **Everything else**, and everything an edit changes beyond the article's own page and shard
 *   (the lists it is in, the feeds): a build (`npm run build`, incremental from the served site and
 *   its manifest, so it renders and indexes only what changed) in a child process, at low
 *   priority so the edits above stay fast, started a moment after the last change and started
 *   again if another change comes first. It renders beside the served site and moves its files
 *   in only when done (src/incremental/apply.ts; the first build, a full one, swaps the whole
 *   site in, src/output.ts), then the browser reloads; a build stopped while it moves files in is
 *   finished by the next one. An added or deleted article, a registry,
 *   site setting, image or template change takes this path alone.
 *
 * The archive is read at start, and again after a registry, setting or media change, with the
 * last build's read cache (src/archive/read-cache.ts): only articles changed since are parsed.
 *
 * Problems are printed with file, line and field, as `npm run check` prints them, and the site
 * stays as it was. The code (src/) is not watched: restart `npm start` after changing it.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { setPriority, tmpdir } from "node:os";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { createRequire } from "node:module";
import chokidar from "chokidar";
import { ArchiveReading } from "./archive/read.ts";
import { ReadCache, readCachePath } from "./archive/read-cache.ts";
import type { Archive, Article } from "./archive.ts";
import type { ShardManifest } from "./browser/search/shards.ts";
import { PACKAGE_ROOT, articlesByShard, renderSite, searchShards } from "./build.ts";
import { ContentError } from "./content/problems.ts";
import { preloadArchive } from "./eleventy/plugin.ts";
import { BUILD_MARKER } from "./output.ts";
import { fileOfUrl } from "./incremental/manifest.ts";
import { codeFingerprint } from "./parts.ts";
import { searchMarkupByFile } from "./search/markup.ts";
import { articleMonth, REINDEX_PREFIX, reindexShard, shardsByMonth } from "./search/pagefind.ts";

export interface WatchOptions {
  /** the archive */
  root: string;
  /** the port to serve on; the next free one if taken */
  port: number;
  /** where the site is built and served from; default `<root>/_site` */
  output?: string;
  /** one line of news: a page re-rendered, a build started or done, problems found */
  log?: (line: string) => void;
  /** how long after the last change the whole build starts, in ms; default 1,000 */
  settleMs?: number;
  /** the most articles in one search shard, as `npm run build -- --search-shard-size` */
  searchShardSize?: number;
}

export interface ArchiveWatch {
  /** the served site's address */
  url: string;
  /** settles after each change has been dealt with on the fast path (for tests) */
  idle(): Promise<void>;
  /** settles when the whole build in the background is done (for tests) */
  built(): Promise<void>;
  close(): Promise<void>;
}

/** The folders whose changes matter, under the archive's root. */
const WATCHED = ["articles", "_data", "media", "_includes", "pages", "assets"];

/** Builds the archive at `options.root`, serves it, and keeps it current; see the module's comment. */
export async function watchArchive(options: WatchOptions): Promise<ArchiveWatch> {
  const root = resolve(options.root);
  const output = resolve(options.output ?? join(root, "_site"));
  const log = options.log ?? ((line: string) => console.log(line));
  const settleMs = options.settleMs ?? 1_000;

  // The articles as the last build read them, when it was made by this code: a start, or a new
  // reading after a registry changed, parses only the article files changed since.
  // (The code is not watched, so its fingerprint is taken once.)
  const code = codeFingerprint(PACKAGE_ROOT);
  // A shard being indexed again when an earlier `npm start` was stopped (refreshSearch, below).
  removeBeside(output, `${basename(output)}${REINDEX_PREFIX}`);
  const readArchiveAgain = () => new ArchiveReading(root, { cache: ReadCache.open(readCachePath(output), code) });
  let reading = readArchiveAgain();
  let archive = report(reading.result(), log);

  const server = await serve(output, archive, options.port);
  const url = `http://localhost:${server.port}${archive?.site.pathPrefix ?? "/"}`;

  // The whole build, in a child process: one at a time, restarted by each change.
  let child: ChildProcess | undefined;
  let settle: NodeJS.Timeout | undefined;
  let builtWaiters: (() => void)[] = [];
  const stopBuild = async () => {
    clearTimeout(settle);
    const running = child;
    if (!running) return;
    child = undefined;
    const exited = new Promise<void>((done) => running.once("exit", () => done()));
    // The build and the Pagefind processes it started are one process group.
    try {
      process.kill(-running.pid!, "SIGKILL");
    } catch {
      // already gone
    }
    await exited;
    removeStaging(output);
  };
  const startBuild = (delay = settleMs) => {
    clearTimeout(settle);
    settle = setTimeout(() => {
      log("Building the whole site in the background…");
      const started = performance.now();
      const shardSize = options.searchShardSize === undefined ? [] : ["--search-shard-size", String(options.searchShardSize)];
      const build = spawn(process.execPath, ["--import", "tsx", join(PACKAGE_ROOT, "scripts/build.ts"), "--root", root, "--output", output, ...shardSize], {
        // Where tsx is installed; the archive and the output are given as absolute paths.
        cwd: PACKAGE_ROOT,
        detached: true,
        stdio: ["ignore", "ignore", "pipe"],
      });
      child = build;
      if (build.pid) setPriority(build.pid, 10);
      let errors = "";
      build.stderr!.on("data", (chunk: Buffer) => (errors += chunk.toString()));
      build.once("exit", (code) => {
        if (child !== build) return;
        child = undefined;
        if (code === 0) {
          log(`Built the whole site in ${((performance.now() - started) / 1000).toFixed(1)} s: lists, feeds and search are current.`);
          server.reload();
        } else {
          log(errors.trim() || `The build stopped (exit code ${code}).`);
          removeStaging(output);
        }
        for (const done of builtWaiters.splice(0)) done();
      });
    }, delay);
  };

  /**
   * The search shards of the articles in `pages`, just re-rendered, indexed again from the served
   * site's pages (src/search/pagefind.ts, `reindexShard`) and moved in: an edit is found by search
   * in the time its shard takes, not the whole build's. Only while the served index is laid out
   * as the archive's plan lays it out (an edit of an article's text or fields moves no article to
   * another shard; anything else is the build's to do).
   */
  const refreshSearch = async (next: Archive, pages: Article[]) => {
    const listing = join(output, "pagefind", "shards.json");
    if (!existsSync(listing)) return;
    const started = performance.now();
    const plan = searchShards(next, options.searchShardSize);
    const listed = (JSON.parse(readFileSync(listing, "utf8")) as ShardManifest).shards;
    const asListed = plan.length === listed.length && plan.every((shard) => listed.some((e) => e.from === shard.from && e.to === shard.to && e.pages === shard.articles));
    if (!asListed) return;
    const shardOf = shardsByMonth(plan);
    const shards = [...new Set(pages.map((a) => shardOf.get(articleMonth(a.url))!))];
    const byShard = articlesByShard(next, plan, shards);
    const markupOf = searchMarkupByFile(next);
    let indexed = 0;
    for (const shard of shards) {
      const files = byShard.get(shard)!.map((a) => fileOfUrl(a.url));
      if (!files.every((file) => existsSync(join(output, file)))) continue;
      indexed += await reindexShard(output, plan, shard, files, markupOf);
    }
    if (indexed) log(`Search finds ${pages.map((a) => a.url).join(", ")} as edited: ${shards.length === 1 ? "its shard" : `${shards.length} shards`} (${indexed} pages) indexed again in ${Math.round(performance.now() - started)} ms`);
  };

  // Changes, dealt with one batch at a time.
  const pending = new Set<string>();
  let queue = Promise.resolve();
  let gather: NodeJS.Timeout | undefined;
  const onChange = (file: string) => {
    pending.add(file);
    clearTimeout(gather);
    // Editors write a file in several steps: take the changes of a few milliseconds together.
    gather = setTimeout(() => {
      gather = undefined;
      const files = [...pending];
      pending.clear();
      queue = queue.then(() => update(files)).catch((error: unknown) => log(error instanceof Error ? error.message : String(error)));
    }, 30);
  };

  const update = async (changed: string[]) => {
    const known = new Set(reading.files);
    // An editor's or a tool's temporary file, gone again (`sed -i`, swap files): nothing changed.
    const files = changed.filter((f) => known.has(f) || existsSync(join(root, f)));
    if (!files.length) return;
    await stopBuild();
    const articles = files.filter((f) => f.startsWith("articles/") && f.endsWith(".md"));
    const edited = articles.filter((f) => known.has(f) && isFile(join(root, f)));
    if (edited.length === files.length) {
      const started = performance.now();
      // Every file read again (no short circuit), then indexed anew only if one of them needs it.
      const reindex = edited.map((file) => reading.reread(file)).includes(true);
      const next = reindex || !archive ? report(reading.result(), log) : archive;
      if (!next) return; // problems printed; the site stays as it was, and no build starts
      archive = next;
      const pages = next.articles.filter((a) => edited.includes(a.file));
      // A draft has no page; a site not yet built whole is left to the build.
      if (pages.length && existsSync(join(output, BUILD_MARKER))) {
        preloadArchive(root, next);
        await renderSite(root, output, { pass: { articles: pages } });
        server.reload();
        log(`${pages.map((a) => a.url).join(", ")} re-rendered in ${Math.round(performance.now() - started)} ms`);
        // Search is the whole build's too: a shard that cannot be indexed here waits for it.
        await refreshSearch(next, pages).catch((error: unknown) => log(`Search will follow with the whole build: ${error instanceof Error ? error.message : String(error)}`));
      }
    } else {
      // An article added or deleted, or a registry, setting, image or template changed.
      log(`${files.length === 1 ? files[0] : `${files.length} files`} changed: reading the archive again…`);
      reading = readArchiveAgain();
      const next = report(reading.result(), log);
      if (!next) return;
      archive = next;
    }
    startBuild();
  };

  // chokidar, not Node's recursive fs.watch: that one lost every change to a file after the
  // first when the file was replaced by a rename (as `sed -i` and many editors save).
  const watcher = chokidar.watch(WATCHED.map((dir) => join(root, dir)), { ignoreInitial: true, atomic: true, ignored: (path: string) => basename(path).startsWith(".") });
  watcher.on("all", (_event: string, path: string) => onChange(relative(root, path).split(sep).join("/")));
  await new Promise<void>((ready) => watcher.once("ready", () => ready()));

  // The first build: in the background like every other, at once, the server answering meanwhile.
  if (archive) startBuild(0);
  // One page rendered where nobody looks, so that the first edit does not pay for loading and
  // compiling Eleventy and the templates (about a second and a half of the first edit's three).
  if (archive?.articles.length) {
    const scratch = mkdtempSync(join(tmpdir(), "morgue-warm-"));
    preloadArchive(root, archive);
    queue = renderSite(root, scratch, { pass: { articles: archive.articles.slice(0, 1) } })
      .then(() => undefined, () => undefined)
      .finally(() => rmSync(scratch, { recursive: true, force: true }));
  }
  else log("Fix the problems above; the site is built as soon as the archive has none.");

  return {
    url,
    idle: async () => {
      while (gather) await new Promise((r) => setTimeout(r, 10));
      await queue;
    },
    built: () => new Promise<void>((done) => builtWaiters.push(done)),
    close: async () => {
      await watcher.close();
      clearTimeout(gather);
      await queue;
      await stopBuild();
      builtWaiters = [];
      await server.close();
    },
  };
}

/** The archive, or undefined after printing every problem the reading found. */
function report({ archive, problems }: { archive?: Archive; problems: ContentError["problems"] }, log: (line: string) => void): Archive | undefined {
  if (archive) return archive;
  log(new ContentError(problems).message);
  return undefined;
}

function isFile(path: string): boolean {
  return lstatSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
}

/** What a build stopped midway leaves beside the output: its staging folder (src/output.ts). */
function removeStaging(output: string): void {
  removeBeside(output, `${basename(output)}.tmp-`);
}

/** The folders beside `output` whose names start with `prefix`. */
function removeBeside(output: string, prefix: string): void {
  if (!existsSync(dirname(output))) return;
  for (const name of readdirSync(dirname(output))) {
    if (name.startsWith(prefix)) rmSync(join(dirname(output), name), { recursive: true, force: true });
  }
}

interface DevServer {
  port: number;
  reload(): void;
  close(): Promise<void>;
}

/**
 * Eleventy's development server (https://www.11ty.dev/docs/dev-server/) on the output folder,
 * reloading the browser when told; it serves the folder by its path, so a build swapped into
 * place is served at once.
 */
async function serve(output: string, archive: Archive | undefined, port: number): Promise<DevServer> {
  const require = createRequire(import.meta.url);
  const EleventyDevServer = require("@11ty/eleventy-dev-server") as {
    getServer(name: string, dir: string, options: Record<string, unknown>): {
      serve(port: number): Promise<void>;
      ready(): Promise<void>;
      getPort?: () => Promise<number>;
      reload(event?: Record<string, unknown>): void;
      close(): Promise<void>;
      server?: { address(): { port: number } | string | null };
    };
  };
  const server = EleventyDevServer.getServer("morgue", relative(process.cwd(), output) || ".", {
    pathPrefix: archive?.site.pathPrefix ?? "/",
    liveReload: true,
    domDiff: false,
    watch: [],
    logger: { info: () => undefined, log: () => undefined, error: console.error },
  });
  await server.serve(port);
  await server.ready();
  const address = server.server?.address();
  return {
    port: typeof address === "object" && address ? address.port : port,
    reload: () => server.reload({}),
    close: () => server.close(),
  };
}
