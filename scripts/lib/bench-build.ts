/**
 * `node --import tsx scripts/lib/bench-build.ts <root> <result.json>`
 * One build of the archive at <root>, alone in its process so that its peak memory is its own;
 * `npm run bench` starts it. Writes the build's timings and memory to <result.json>.
 */
import { writeFileSync } from "node:fs";
import { getHeapStatistics } from "node:v8";
import { buildSite, type StageTiming } from "../../src/build.ts";
import { sampleChildren, type ChildUsage } from "../../src/bench/measure.ts";
import { trackStages, type StageUsage } from "../../src/bench/stages.ts";

/** What the build process reports to `npm run bench`. */
export interface BenchBuildReport {
  ok: boolean;
  error?: string;
  /** from process start (before tsx and Eleventy load) to the build's end */
  wallMs: number;
  timings: StageTiming[];
  articles?: number;
  pagesWritten?: number;
  pagesIndexed?: number;
  output?: string;
  maxRssBytes: number;
  /** CPU time of this process, user and system */
  cpuMs: number;
  /** memory and CPU of child processes by name: Pagefind's binary is one */
  children: Record<string, ChildUsage>;
  heapLimitBytes: number;
  /** CPU and peak memory of the whole process tree (this process and Pagefind's indexers), by stage */
  stageUsage: Record<string, StageUsage>;
}

const [root, resultFile] = process.argv.slice(2);
if (!root || !resultFile) {
  console.error("usage: node --import tsx scripts/lib/bench-build.ts <root> <result.json>");
  process.exit(2);
}

const stopSampling = sampleChildren(process.pid);
const stages = trackStages();
const report: BenchBuildReport = { ok: false, wallMs: 0, timings: [], maxRssBytes: 0, cpuMs: 0, children: {}, heapLimitBytes: getHeapStatistics().heap_size_limit, stageUsage: {} };
try {
  const result = await buildSite({ root, progress: stages.progress });
  Object.assign(report, { ok: true, timings: result.timings, articles: result.articles, pagesWritten: result.pagesWritten, pagesIndexed: result.pagesIndexed, output: result.output });
} catch (error) {
  report.error = error instanceof Error ? error.message : String(error);
  process.exitCode = 1;
}
report.children = stopSampling();
report.stageUsage = stages.stop();
// performance.now() counts from the process's start, so module loading is included.
report.wallMs = performance.now();
// resourceUsage().maxRSS is in kilobytes.
report.maxRssBytes = process.resourceUsage().maxRSS * 1024;
const cpu = process.cpuUsage();
report.cpuMs = (cpu.user + cpu.system) / 1000;
writeFileSync(resultFile, JSON.stringify(report, null, 2));
