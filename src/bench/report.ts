/**
 * A benchmark run's figures, and the two ways they are printed: a table to read in the
 * terminal, and Markdown to paste into BENCHMARKS.md.
 */
import type { FolderSize, MachineInfo } from "./measure.ts";
import type { SearchPayloadResult, SearchStep } from "./search-payload.ts";
import type { StageUsage } from "./stages.ts";
import type { CorpusStats } from "./synthetic.ts";

/** The stages timed, in order. `startup` is the build process loading its modules. */
export const STAGES = ["generate", "startup", "validate", "eleventy", "pagefind", "swap", "total"] as const;
export type Stage = (typeof STAGES)[number];

/** Everything one benchmark run measured. */
export interface BenchResult {
  /** YYYY-MM-DD */
  date: string;
  seed: number;
  /** the code measured: a commit, and whether it had uncommitted changes */
  revision: string;
  machine: MachineInfo;
  corpus: CorpusStats;
  ok: boolean;
  /** how the build failed, when it did: exit code or signal and the last lines it printed */
  failure?: string;
  /** milliseconds; stages the build did not reach are missing */
  stages: Partial<Record<Stage, number>>;
  /** CPU and peak memory of the build's whole process tree (the build and Pagefind's indexers), by stage of the build (src/bench/stages.ts) */
  stageUsage?: Partial<Record<string, StageUsage>>;
  /**
   * CPU time of the build process and of Pagefind's binary, steadier than wall time on a busy
   * machine; and of the build's whole process tree, as `trackTree` in measure.ts counts it
   */
  cpuMs: { build?: number; pagefind?: number; tree?: number };
  /** the 1-minute load average when the run started and ended */
  loadAverage: { start: number; end: number };
  pagesWritten?: number;
  pagesIndexed?: number;
  /** the build process's peak resident memory */
  peakRssBytes?: number;
  /** the peak of Pagefind's indexing binary, a separate process (sampled; Linux only) */
  pagefindPeakRssBytes?: number;
  /** the most memory the build's process tree (the build and Pagefind's binary) held at once (sampled; Linux only) */
  treePeakRssBytes?: number;
  /** V8's heap limit in the build process, to read an out-of-memory failure against */
  heapLimitBytes?: number;
  output?: FolderSize & { pagefind: FolderSize };
  /** a first and a second search in Chromium, once measure.ts's measureSearchPayload measures it */
  searchPayload?: SearchPayloadResult;
  /** with `--vs-hugo`: the same articles built by Hugo and indexed by Pagefind */
  vsHugo?: VsHugo;
}

/** Wall time, and the CPU and peak memory of a process tree. */
export interface ToolFigures {
  wallMs: number;
  cpuMs?: number;
  peakRssBytes?: number;
}

/** Morgue's full build beside Hugo and Pagefind on the same articles (`npm run bench -- --vs-hugo`). */
export interface VsHugo {
  /** `hugo version`'s first line */
  hugoVersion: string;
  ok: boolean;
  failure?: string;
  /** the build process from start to exit: startup, validation, Eleventy, Pagefind */
  morgue: ToolFigures;
  hugo: ToolFigures;
  pagefind?: ToolFigures;
  /** Hugo then Pagefind: times added, the larger peak */
  both: ToolFigures;
  /** Hugo's article pages, and the pages in Pagefind's index of them */
  articlePages: number;
  pagesIndexed?: number;
}

/** @example formatBytes(1_572_864) // "1.5 MiB" */
export function formatBytes(bytes: number | undefined): string {
  if (bytes === undefined) return "—";
  const units = ["B", "KiB", "MiB", "GiB"];
  let n = bytes;
  let u = 0;
  while (n >= 1024 && u < units.length - 1) {
    n /= 1024;
    u++;
  }
  return `${u ? n.toFixed(1) : n} ${units[u]}`;
}

/** @example formatSeconds(1234) // "1.23 s" */
export function formatSeconds(ms: number | undefined): string {
  if (ms === undefined) return "—";
  return ms >= 60_000 ? `${(ms / 1000).toFixed(0)} s (${(ms / 60_000).toFixed(1)} min)` : `${(ms / 1000).toFixed(2)} s`;
}

const count = (n: number | undefined) => (n === undefined ? "—" : n.toLocaleString("en"));

function machineLine(m: MachineInfo): string {
  return `${m.cpu}, ${m.cores} cores, ${formatBytes(m.memoryBytes)} RAM, Node ${m.node}, ${m.os}`;
}

function corpusLine(c: CorpusStats): string {
  return (
    `${count(c.articles)} articles (${count(c.words)} words, ${count(c.figures)} figures, ${count(c.events)} events, ${c.firstYear}-${c.lastYear}), ` +
    `${count(c.people)} people, ${count(c.jurisdictions)} jurisdictions, ${count(c.organizations)} organizations, ${count(c.topics)} topics; ` +
    `${count(c.files)} content files, ${formatBytes(c.bytes)}`
  );
}

/** @example searchLine(step) // '"Denver": to the first result 141.1 KiB in 12 requests, 2.49 s; whole search 507.0 KiB (493.9 KiB from /pagefind/) in 35 requests' */
export function searchLine(step: SearchStep | undefined): string {
  if (!step) return "not measured";
  return (
    `"${step.query}": to the first result ${formatBytes(step.bytesToFirstResult)} in ${step.requestsToFirstResult} requests, ${formatSeconds(step.firstResultMs)}; ` +
    `whole search ${formatBytes(step.bytes)} (${formatBytes(step.pagefindBytes)} from /pagefind/) in ${step.requests} requests`
  );
}

/** The rows both formats print, as label and value. */
function rows(r: BenchResult): [string, string][] {
  const out: [string, string][] = [
    ["result", r.ok ? "built" : `FAILED: ${r.failure ?? "unknown"}`],
    ["date", r.date],
    ["revision", r.revision],
    ["seed", String(r.seed)],
    ["machine", machineLine(r.machine)],
    ["corpus", corpusLine(r.corpus)],
  ];
  for (const stage of STAGES) out.push([`time: ${stage}`, formatSeconds(r.stages[stage])]);
  for (const [stage, u] of Object.entries(r.stageUsage ?? {})) {
    if (u) out.push([`${stage}: CPU, peak memory (process tree)`, `${formatSeconds(u.cpuMs)}, ${formatBytes(u.peakTreeRssBytes)}`]);
  }
  out.push(
    ["CPU time (build process)", formatSeconds(r.cpuMs.build)],
    ["CPU time (pagefind binary)", formatSeconds(r.cpuMs.pagefind)],
    ["CPU time (build process tree)", formatSeconds(r.cpuMs.tree)],
    ["load average (1 min), start / end", `${r.loadAverage.start.toFixed(2)} / ${r.loadAverage.end.toFixed(2)} on ${r.machine.cores} cores`],
    ["pages written", count(r.pagesWritten)],
    ["pages indexed", count(r.pagesIndexed)],
    ["peak RSS (build)", formatBytes(r.peakRssBytes)],
    ["peak RSS (pagefind binary)", formatBytes(r.pagefindPeakRssBytes)],
    ["peak RSS (build process tree, at once)", formatBytes(r.treePeakRssBytes)],
    ["V8 heap limit", formatBytes(r.heapLimitBytes)],
    ["output", r.output ? `${formatBytes(r.output.bytes)} in ${count(r.output.files)} files` : "—"],
    ["output: pagefind/", r.output ? `${formatBytes(r.output.pagefind.bytes)} in ${count(r.output.pagefind.files)} files` : "—"],
    ["search payload: first search (Chromium)", searchLine(r.searchPayload?.first)],
    ["search payload: second search", searchLine(r.searchPayload?.second)],
  );
  return out;
}

/** A two-column table for the terminal. */
export function formatTable(r: BenchResult): string {
  const list = rows(r);
  const width = Math.max(...list.map(([k]) => k.length));
  return list.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join("\n");
}

/** The header of the one-line-per-run summary table in BENCHMARKS.md. */
export const MARKDOWN_HEADER = [
  "| date | articles | generate | validate | eleventy | pagefind | swap | total | pages written | pages indexed | CPU (build / pagefind) | peak RSS (build / pagefind) | output (files) | pagefind/ (files) |",
  "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
].join("\n");

/** One row of the summary table in BENCHMARKS.md. */
export function formatMarkdownRow(r: BenchResult): string {
  const s = (stage: Stage) => formatSeconds(r.stages[stage]);
  const size = (f: FolderSize | undefined) => (f ? `${formatBytes(f.bytes)} (${count(f.files)})` : "—");
  const total = r.ok ? s("total") : `${s("total")} **failed**`;
  return `| ${r.date} | ${count(r.corpus.articles)} | ${s("generate")} | ${s("validate")} | ${s("eleventy")} | ${s("pagefind")} | ${s("swap")} | ${total} | ${count(r.pagesWritten)} | ${count(r.pagesIndexed)} | ${formatSeconds(r.cpuMs.build)} / ${formatSeconds(r.cpuMs.pagefind)} | ${formatBytes(r.peakRssBytes)} / ${formatBytes(r.pagefindPeakRssBytes)} | ${size(r.output)} | ${size(r.output?.pagefind)} |`;
}

/** A Markdown section for one run: the summary row with its header, then every figure. */
export function formatMarkdown(r: BenchResult): string {
  const detail = rows(r).map(([k, v]) => `| ${k} | ${v.replace(/\|/g, "\\|")} |`);
  return [
    `### ${count(r.corpus.articles)} articles, ${r.date}`,
    "",
    MARKDOWN_HEADER,
    formatMarkdownRow(r),
    "",
    "| figure | value |",
    "| --- | --- |",
    ...detail,
  ].join("\n");
}

/** @example ratio(10, 4) // "2.5×" */
function ratio(a: number | undefined, b: number | undefined): string {
  return a === undefined || !b ? "—" : `${(a / b).toFixed(1)}×`;
}

/**
 * Morgue beside Hugo + Pagefind: a table for the terminal, then a Markdown row for BENCHMARKS.md.
 * Ratios are Morgue's figure over Hugo + Pagefind's.
 */
export function formatVsHugo(r: BenchResult, v: VsHugo): string {
  const fig = (f: ToolFigures | undefined) => (f ? [formatSeconds(f.wallMs), formatSeconds(f.cpuMs), formatBytes(f.peakRssBytes)] : ["—", "—", "—"]);
  const lines: [string, string[]][] = [
    ["Morgue (full build: validate, Eleventy, Pagefind)", fig(v.morgue)],
    ["Hugo", fig(v.hugo)],
    ["Pagefind on Hugo's site", fig(v.pagefind)],
    ["Hugo + Pagefind", fig(v.both)],
    ["ratio, Morgue / (Hugo + Pagefind)", [ratio(v.morgue.wallMs, v.both.wallMs), ratio(v.morgue.cpuMs, v.both.cpuMs), ratio(v.morgue.peakRssBytes, v.both.peakRssBytes)]],
  ];
  const width = Math.max(...lines.map(([k]) => k.length));
  const table = [`${"".padEnd(width)}  ${"wall".padStart(16)}  ${"CPU".padStart(16)}  ${"peak memory".padStart(12)}`, ...lines.map(([k, [w, c, m]]) => `${k.padEnd(width)}  ${w!.padStart(16)}  ${c!.padStart(16)}  ${m!.padStart(12)}`)];
  const status = v.ok ? "" : ` **Hugo + Pagefind failed: ${v.failure ?? "unknown"}**`;
  return [
    `Morgue against Hugo + Pagefind, ${count(r.corpus.articles)} articles (${v.hugoVersion}):${status}`,
    "",
    ...table,
    "",
    `Pages: Morgue wrote ${count(r.pagesWritten)} and indexed ${count(r.pagesIndexed)}; Hugo wrote ${count(v.articlePages)} article pages (besides people, places and list pages) and Pagefind indexed ${count(v.pagesIndexed)}.`,
    "",
    "Markdown for BENCHMARKS.md:",
    "",
    VS_HUGO_HEADER,
    formatVsHugoRow(r, v),
  ].join("\n");
}

/** The header of BENCHMARKS.md's table of Morgue against Hugo + Pagefind. */
export const VS_HUGO_HEADER = [
  "| date | articles | Morgue wall / CPU / peak | Hugo wall / CPU / peak | Pagefind wall / CPU / peak | Hugo + Pagefind wall / CPU / peak | ratio wall / CPU / peak | load (start / end) |",
  "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
].join("\n");

/** One row of that table. */
export function formatVsHugoRow(r: BenchResult, v: VsHugo): string {
  const fig = (f: ToolFigures | undefined) => (f ? `${formatSeconds(f.wallMs)} / ${formatSeconds(f.cpuMs)} / ${formatBytes(f.peakRssBytes)}` : "—");
  const ratios = `${ratio(v.morgue.wallMs, v.both.wallMs)} / ${ratio(v.morgue.cpuMs, v.both.cpuMs)} / ${ratio(v.morgue.peakRssBytes, v.both.peakRssBytes)}`;
  return `| ${r.date} | ${count(r.corpus.articles)} | ${fig(v.morgue)} | ${fig(v.hugo)} | ${fig(v.pagefind)} | ${fig(v.both)} | ${ratios} | ${r.loadAverage.start.toFixed(2)} / ${r.loadAverage.end.toFixed(2)} |`;
}
