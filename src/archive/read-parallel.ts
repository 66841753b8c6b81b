/**
 * Reading a large archive on every core: the article files are parsed and validated in worker
 * threads (`read-worker.ts`), then {@link readArchive} checks them against the registries and
 * indexes them on the main thread, exactly as it does when it reads them itself. Validation is
 * most of what `npm run check` does and the first stage of a build, when nothing else runs.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { scanContent } from "../content/tree.ts";
import { readArchive, type ArticleRead } from "./read.ts";
import type { Archive, LoadOptions } from "./types.ts";
import type { Problem } from "../content/problems.ts";

/** Below this many articles, starting workers (each loads the schemas anew) costs more than it saves. */
export const PARALLEL_FROM = 2_000;
/** Files handed to a worker at a time: enough to keep messages few, small enough to balance the work. */
const BATCH = 250;
/** Workers at most: reading files and parsing YAML stops scaling before the cores run out. */
const MAX_WORKERS = 4;

/** Like {@link readArchive}, with the article files read in worker threads when the archive is large. */
export async function readArchiveInParallel(
  root: string,
  options: LoadOptions = {},
  { workers = Math.min(MAX_WORKERS, availableParallelism()), from = PARALLEL_FROM }: { workers?: number; from?: number } = {},
): Promise<{ archive?: Archive; problems: Problem[] }> {
  const content = scanContent(root);
  if (workers < 2 || content.articles.length < from) return readArchive(root, options, { content });
  const articles = await readArticlesInWorkers(root, content.articles, workers);
  return readArchive(root, options, { content, articles });
}

async function readArticlesInWorkers(root: string, files: readonly string[], count: number): Promise<Map<string, ArticleRead>> {
  const reads = new Map<string, ArticleRead>();
  let next = 0;
  const run = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(new URL("./read-worker.mjs", import.meta.url), { workerData: { root } });
      const feed = () => {
        if (next >= files.length) return void worker.postMessage(null);
        const batch = files.slice(next, (next += BATCH));
        worker.postMessage(batch);
      };
      worker.on("message", (batch: [string, ArticleRead][]) => {
        for (const [file, read] of batch) reads.set(file, read);
        feed();
      });
      worker.once("error", reject);
      worker.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`an article reader stopped with exit code ${code}`))));
      feed();
    });
  await Promise.all(Array.from({ length: count }, run));
  return reads;
}
