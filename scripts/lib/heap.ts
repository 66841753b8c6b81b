/**
 * The build's V8 heap, sized from the machine rather than by a flag people must know. V8's
 * default old-space limit (4 GiB on 64-bit machines with enough memory) is a fixed number, while
 * the archive's indexes grow with it: see "Memory as the archive grows" in BENCHMARKS.md.
 */
import { spawnSync } from "node:child_process";
import { totalmem } from "node:os";
import { getHeapStatistics } from "node:v8";

const MiB = 1024 * 1024;

/** Half the machine's memory, in MiB: a ceiling the build may grow to, not memory it takes. */
export const heapLimitMiB = (total = totalmem()): number => Math.floor(total / 2 / MiB);

/** Whether the user already chose a heap size, on Node's command line or in NODE_OPTIONS. */
const chosen = (): boolean => [...process.execArgv, process.env.NODE_OPTIONS ?? ""].some((arg) => arg.includes("--max-old-space-size"));

/**
 * Runs this script again in a Node with the larger heap, when V8's default is smaller and nobody
 * chose one, and exits with its exit code; otherwise returns, and the script goes on in this
 * process. Same arguments, same loaders (tsx), same standard streams.
 */
export function withLargerHeap(): void {
  const limit = heapLimitMiB();
  if (chosen() || getHeapStatistics().heap_size_limit >= limit * MiB) return;
  // A larger young generation as well: the build allocates many short-lived objects (hashes,
  // walks, rendered pages), and V8's default 16 MiB semi-spaces promote them to the old space,
  // which a 100,000-article archive's heap makes slow to collect: 64 MiB took 4 s off an
  // incremental build's 52 s of CPU there (BENCHMARKS.md, "Incremental builds").
  const young = process.execArgv.some((arg) => arg.includes("--max-semi-space-size")) ? [] : ["--max-semi-space-size=64"];
  const run = spawnSync(process.execPath, [...process.execArgv, `--max-old-space-size=${limit}`, ...young, ...process.argv.slice(1)], { stdio: "inherit" });
  process.exit(run.status ?? 1);
}
