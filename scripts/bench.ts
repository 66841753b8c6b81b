/**
 * `npm run bench [-- --articles 1000 --seed 1 --people 400 --keep --out result.json]`
 * Generates a synthetic archive in a temporary folder, builds it in a child process (so the peak
 * memory measured is the build's alone) and prints the figures as a table and as Markdown for
 * BENCHMARKS.md. Extra flags for finding where time goes:
 *   --heap MB     V8 heap limit of the build process (--max-old-space-size)
 *   --cpu-prof    write a V8 CPU profile of the build to the archive folder (implies --keep)
 *   --revision    what code is measured, when the folder is not a git checkout (a snapshot)
 * Environment variables reach the build, so `DEBUG=Eleventy:Benchmark*` works too.
 */
import { execFileSync, spawn } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { PACKAGE_ROOT } from "../src/build.ts";
import { folderSize, machineInfo, measureSearchPayload } from "../src/bench/measure.ts";
import { formatMarkdown, formatTable, type BenchResult } from "../src/bench/report.ts";
import { makeSyntheticArchive } from "../src/bench/synthetic.ts";
import type { BenchBuildReport } from "./lib/bench-build.ts";

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "1000" },
    seed: { type: "string", default: "1" },
    people: { type: "string", default: "400" },
    keep: { type: "boolean", default: false },
    out: { type: "string" },
    heap: { type: "string" },
    "cpu-prof": { type: "boolean", default: false },
    revision: { type: "string" },
  },
});

const positive = (flag: string, text: string | undefined): number => {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) {
    console.error(`--${flag} takes a whole number above 0, not "${text}"`);
    process.exit(2);
  }
  return n;
};
const articles = positive("articles", values.articles);
const seed = positive("seed", values.seed);
const people = positive("people", values.people);
const keep = values.keep || values["cpu-prof"];

/** The commit measured, and whether the templates and code had uncommitted changes. */
function revision(): string {
  // No optional locks: other people may be committing in this checkout while the bench runs.
  const git = (...args: string[]) =>
    execFileSync("git", args, { cwd: PACKAGE_ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], env: { ...process.env, GIT_OPTIONAL_LOCKS: "0" } }).trim();
  try {
    const head = git("rev-parse", "--short", "HEAD");
    return git("status", "--porcelain", "--untracked-files=no") ? `${head} with uncommitted changes` : head;
  } catch {
    return "unknown (not a git checkout; pass --revision)";
  }
}

/** Runs the build in its own Node process; resolves with its report and how it ended. */
function buildInChild(root: string): Promise<{ report?: BenchBuildReport; wallMs: number; exit: string; tail: string[] }> {
  const resultFile = join(root, "bench-build.json");
  const nodeFlags = ["--import", "tsx"];
  if (values.heap) nodeFlags.push(`--max-old-space-size=${positive("heap", values.heap)}`);
  if (values["cpu-prof"]) nodeFlags.push("--cpu-prof", `--cpu-prof-dir=${join(root, "cpu-prof")}`);
  const start = performance.now();
  const child = spawn(process.execPath, [...nodeFlags, join(PACKAGE_ROOT, "scripts/lib/bench-build.ts"), root, resultFile], {
    cwd: PACKAGE_ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  // Pass the build's output through, and keep its end to explain a failure.
  const tail: string[] = [];
  const forward = (chunk: Buffer) => {
    process.stderr.write(chunk);
    tail.push(...chunk.toString("utf8").split("\n").filter(Boolean));
    tail.splice(0, Math.max(0, tail.length - 20));
  };
  child.stdout.on("data", forward);
  child.stderr.on("data", forward);
  return new Promise((resolve) => {
    child.on("close", (code, signal) => {
      const wallMs = performance.now() - start;
      let report: BenchBuildReport | undefined;
      try {
        report = JSON.parse(readFileSync(resultFile, "utf8")) as BenchBuildReport;
      } catch {
        // No report: the process died before writing it (out of memory, killed).
      }
      resolve({ report, wallMs, exit: signal ? `signal ${signal}` : `exit code ${code}`, tail });
    });
  });
}

// The load before and after says how much other work shared the machine with the run.
const loadAtStart = loadavg()[0]!;
const started = performance.now();
console.error(`Generating ${articles.toLocaleString("en")} articles (seed ${seed})…`);
const { root, corpus } = makeSyntheticArchive({ articles, seed, people });
const generateMs = performance.now() - started;
console.error(`Generated in ${(generateMs / 1000).toFixed(1)} s into ${root}; building in a child process…`);

const child = await buildInChild(root);
const report = child.report;
const stageMs = (stage: string) => report?.timings.find((t) => t.stage === stage)?.ms;
const ranStages = report?.timings.reduce((n, t) => n + t.ms, 0) ?? 0;
const site = report?.output;
const pagefind = Object.entries(report?.children ?? {}).find(([name]) => name.startsWith("pagefind"))?.[1];

const result: BenchResult = {
  date: new Date().toISOString().slice(0, 10),
  seed,
  revision: values.revision ?? revision(),
  machine: machineInfo(),
  corpus,
  ok: Boolean(report?.ok),
  failure: report?.ok ? undefined : [report?.error ?? `the build process ended with ${child.exit}`, ...child.tail.slice(-5)].join(" / "),
  stages: {
    generate: generateMs,
    startup: report ? report.wallMs - ranStages : undefined,
    validate: stageMs("validate"),
    eleventy: stageMs("eleventy"),
    pagefind: stageMs("pagefind"),
    swap: stageMs("swap"),
    total: generateMs + child.wallMs,
  },
  pagesWritten: report?.pagesWritten,
  pagesIndexed: report?.pagesIndexed,
  cpuMs: { build: report?.cpuMs, pagefind: pagefind?.cpuMs },
  loadAverage: { start: loadAtStart, end: loadavg()[0]! },
  peakRssBytes: report?.maxRssBytes,
  pagefindPeakRssBytes: pagefind?.peakRssBytes,
  heapLimitBytes: report?.heapLimitBytes,
  output: site ? { ...folderSize(site), pagefind: folderSize(join(site, "pagefind")) } : undefined,
  searchPayload: site ? await measureSearchPayload(site) : undefined,
};

console.log(`\n${formatTable(result)}\n\nMarkdown for BENCHMARKS.md:\n\n${formatMarkdown(result)}\n`);
if (values.out) writeFileSync(values.out, JSON.stringify(result, null, 2));
if (keep) console.error(`Kept the archive and its build in ${root}`);
else rmSync(root, { recursive: true, force: true });
if (!result.ok) process.exitCode = 1;
