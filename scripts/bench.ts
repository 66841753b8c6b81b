/**
 * `npm run bench [-- --articles 1000 --seed 1 --people 400 --keep --out result.json]`,
 * or `npm run bench -- --search-site DIR [--out payload.json]`
 * Generates a synthetic archive in a temporary folder, builds it in a child process (so the peak
 * memory measured is the build's alone) and prints the figures as a table and as Markdown for
 * BENCHMARKS.md. Extra flags for finding where time goes:
 *   --heap MB     V8 heap limit of the build process (--max-old-space-size)
 *   --cpu-prof    write a V8 CPU profile of the build to the archive folder (implies --keep)
 *   --revision    what code is measured, when the folder is not a git checkout (a snapshot)
 *   --vs-hugo     also build the same articles as a minimal Hugo site, index it with the same
 *                 Pagefind, and print both builds' figures and their ratio (src/bench/hugo.ts)
 *   --search-site DIR
 *                 generate and build nothing: measure the search payload of the site already
 *                 built in DIR (a kept bench's `_site`), e.g. one built elsewhere or by hand
 * Environment variables reach the build, so `DEBUG=Eleventy:Benchmark*` works too.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { PACKAGE_ROOT } from "../src/build.ts";
import { buildHugoSite, hugoVersion, writeHugoSite } from "../src/bench/hugo.ts";
import { folderSize, machineInfo, measureSearchPayload, runMeasured, type TreeUsage } from "../src/bench/measure.ts";
import { formatOutputKinds, outputByKind } from "../src/bench/output-kinds.ts";
import { formatMarkdown, formatTable, formatVsHugo, searchLine, type BenchResult, type VsHugo } from "../src/bench/report.ts";
import { generateArchive, writeArchive } from "../src/bench/synthetic.ts";
import type { BenchBuildReport } from "./lib/bench-build.ts";
import { commandLine } from "./lib/cli.ts";

const { values } = commandLine(import.meta.url, {
  options: {
    articles: { type: "string", default: "1000" },
    seed: { type: "string", default: "1" },
    people: { type: "string", default: "400" },
    keep: { type: "boolean", default: false },
    out: { type: "string" },
    heap: { type: "string" },
    "cpu-prof": { type: "boolean", default: false },
    revision: { type: "string" },
    "vs-hugo": { type: "boolean", default: false },
    "search-site": { type: "string" },
  },
});

if (values["search-site"] !== undefined) {
  const dir = values["search-site"];
  if (!existsSync(join(dir, "search", "index.html")) || !existsSync(join(dir, "pagefind"))) {
    console.error(`--search-site takes a built site's folder (with search/index.html and pagefind/), and ${dir} is not one`);
    process.exit(2);
  }
  const load = loadavg()[0]!;
  const payload = await measureSearchPayload(dir);
  if (!payload) {
    console.error(`No Chromium at ${process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"}: nothing measured.`);
    process.exit(1);
  }
  const steps = [["first search (Chromium)", payload.first], ["second search", payload.second], ["opening Filters after it", payload.filters]] as const;
  console.log(`search payload of ${dir}, load average ${load.toFixed(2)} / ${loadavg()[0]!.toFixed(2)} on ${machineInfo().cores} cores:`);
  for (const [label, step] of steps) console.log(`  ${label}: ${searchLine(step)}`);
  if (values.out) writeFileSync(values.out, JSON.stringify(payload, null, 2));
  process.exit(0);
}

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

/** Runs the build in its own Node process; resolves with its report, how it ended and what its process tree used. */
async function buildInChild(root: string): Promise<{ report?: BenchBuildReport; wallMs: number; exit: string; tail: string[]; usage?: TreeUsage }> {
  const resultFile = join(root, "bench-build.json");
  const nodeFlags = ["--import", "tsx"];
  if (values.heap) nodeFlags.push(`--max-old-space-size=${positive("heap", values.heap)}`);
  if (values["cpu-prof"]) nodeFlags.push("--cpu-prof", `--cpu-prof-dir=${join(root, "cpu-prof")}`);
  // The build's output passes through, and its end explains a failure.
  const run = await runMeasured(process.execPath, [...nodeFlags, join(PACKAGE_ROOT, "scripts/lib/bench-build.ts"), root, resultFile], { cwd: PACKAGE_ROOT });
  let report: BenchBuildReport | undefined;
  try {
    report = JSON.parse(readFileSync(resultFile, "utf8")) as BenchBuildReport;
  } catch {
    // No report: the process died before writing it (out of memory, killed).
  }
  return { report, wallMs: run.wallMs, exit: run.exit, tail: run.tail, usage: run.usage };
}

/** The same articles built by Hugo and indexed by Pagefind, beside Morgue's build; undefined, with a message, without `hugo`. */
async function againstHugo(files: Record<string, string | Uint8Array>, morgue: { wallMs: number; usage?: TreeUsage }): Promise<VsHugo | undefined> {
  const version = hugoVersion();
  if (!version) {
    console.error("Skipping --vs-hugo: there is no `hugo` on the PATH (on Debian: apt-get install -y hugo).");
    return undefined;
  }
  const root = mkdtempSync(join(tmpdir(), "morgue-bench-hugo-"));
  const { articles } = writeHugoSite(root, files);
  console.error(`Building the same ${articles.toLocaleString("en")} articles with ${version}, then Pagefind, in ${root}…`);
  const run = await buildHugoSite(root);
  if (keep) console.error(`Kept the Hugo site in ${root}`);
  else rmSync(root, { recursive: true, force: true });
  return {
    hugoVersion: version,
    ok: run.ok,
    failure: run.ok ? undefined : [run.pagefind?.exit ?? run.hugo.exit, ...(run.pagefind ?? run.hugo).tail.slice(-5)].join(" / "),
    morgue: { wallMs: morgue.wallMs, cpuMs: morgue.usage?.cpuMs, peakRssBytes: morgue.usage?.peakRssBytes },
    hugo: { wallMs: run.hugo.wallMs, cpuMs: run.hugo.usage?.cpuMs, peakRssBytes: run.hugo.usage?.peakRssBytes },
    pagefind: run.pagefind ? { wallMs: run.pagefind.wallMs, cpuMs: run.pagefind.usage?.cpuMs, peakRssBytes: run.pagefind.usage?.peakRssBytes } : undefined,
    both: { wallMs: run.wallMs, cpuMs: run.usage?.cpuMs, peakRssBytes: run.usage?.peakRssBytes },
    articlePages: run.articlePages,
    pagesIndexed: run.pagesIndexed,
  };
}

// The load before and after says how much other work shared the machine with the run.
const loadAtStart = loadavg()[0]!;
const started = performance.now();
console.error(`Generating ${articles.toLocaleString("en")} articles (seed ${seed})…`);
const archive = generateArchive({ articles, seed, people });
const root = mkdtempSync(join(tmpdir(), "morgue-bench-"));
writeArchive(root, archive);
const { corpus } = archive;
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
  stageUsage: report?.stageUsage,
  pagesWritten: report?.pagesWritten,
  pagesIndexed: report?.pagesIndexed,
  cpuMs: { build: report?.cpuMs, pagefind: pagefind?.cpuMs, tree: child.usage?.cpuMs },
  loadAverage: { start: loadAtStart, end: loadavg()[0]! },
  peakRssBytes: report?.maxRssBytes,
  pagefindPeakRssBytes: pagefind?.peakRssBytes,
  treePeakRssBytes: child.usage?.peakRssBytes,
  heapLimitBytes: report?.heapLimitBytes,
  output: site ? { ...folderSize(site), pagefind: folderSize(join(site, "pagefind")) } : undefined,
};
// Hugo runs before the search payload is measured, so no other process of ours runs beside it.
if (values["vs-hugo"] && report?.ok) {
  result.vsHugo = await againstHugo(archive.files, { wallMs: child.wallMs, usage: child.usage });
  result.loadAverage.end = loadavg()[0]!;
}
result.searchPayload = site ? await measureSearchPayload(site) : undefined;

console.log(`\n${formatTable(result)}\n\nMarkdown for BENCHMARKS.md:\n\n${formatMarkdown(result)}\n`);
if (result.vsHugo) console.log(`${formatVsHugo(result, result.vsHugo)}\n`);
// Where the output's bytes go (BENCHMARKS.md, "Output size per article").
const byKind = site && result.ok ? outputByKind(site) : undefined;
if (byKind) console.log(`Output by kind of file, ${articles.toLocaleString("en")} articles:\n\n${formatOutputKinds(byKind, articles)}\n`);
if (values.out) writeFileSync(values.out, JSON.stringify({ ...result, outputByKind: byKind }, null, 2));
if (keep) console.error(`Kept the archive and its build in ${root}`);
else rmSync(root, { recursive: true, force: true });
if (!result.ok) process.exitCode = 1;
