/**
 * What a benchmark measures besides time: the machine it ran on, the size of what the build
 * wrote, and what a browser downloads to search it.
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { cpus, totalmem, type as osType, release, arch } from "node:os";
import { walkFiles } from "../files.ts";
import { measureSearch, type SearchPayloadResult } from "./search-payload.ts";

/** The machine, as printed beside the figures. */
export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryBytes: number;
  node: string;
  os: string;
}

/** The machine a benchmark runs on, as figures are meaningless without it. */
export function machineInfo(): MachineInfo {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() || "unknown",
    cores: list.length,
    memoryBytes: totalmem(),
    node: process.version,
    os: `${osType()} ${release()} ${arch()}`,
  };
}

/** The size of a folder tree. */
export interface FolderSize {
  bytes: number;
  files: number;
}

/** Bytes and file count of everything under `dir` (0 and 0 when it does not exist). */
export function folderSize(dir: string): FolderSize {
  let bytes = 0;
  let files = 0;
  try {
    for (const file of walkFiles(dir)) {
      const stat = statSync(file);
      if (!stat.isFile()) continue;
      bytes += stat.size;
      files++;
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  return { bytes, files };
}

/**
 * What searching the built site costs a reader in Chromium: bytes and time to first results of
 * a first and a second search (src/bench/search-payload.ts). "Denver" is the city the synthetic
 * archive draws most often and "reservoir" a word of its Water topic, so both find articles.
 * Without Chromium it resolves to undefined and the report says "not measured".
 */
export async function measureSearchPayload(site: string): Promise<SearchPayloadResult | undefined> {
  if (!existsSync(process.env.CHROMIUM_PATH ?? "/usr/bin/chromium")) return undefined;
  return measureSearch(site, ["Denver", "reservoir"]);
}

/** What the child processes of one name used, at the last look before each ended: peak of any one, CPU of all. */
export interface ChildUsage {
  /** peak resident memory */
  peakRssBytes: number;
  /** CPU time, user and system */
  cpuMs: number;
}

// USER_HZ, the unit of /proc/<pid>/stat times: 100 on every Linux build in practice.
const TICK_MS = 10;

/** The direct children of `pid`, from each of its threads' `children` file (Linux). */
function childrenOf(pid: number): string[] {
  const out: string[] = [];
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    try {
      out.push(...readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").split(" ").filter(Boolean));
    } catch {
      // The thread ended between listing and reading.
    }
  }
  return out;
}

/**
 * Memory and CPU of each direct child process of `pid`, by polling `/proc` (Linux only).
 * Pagefind's Node API runs its indexer as a separate binary, whose memory and CPU the build's own
 * `resourceUsage()` does not include.
 * @returns a stop function that gives the usage per command name (empty where `/proc` has no
 *   `children` files)
 */
export function sampleChildren(pid: number, everyMs = 250): () => Record<string, ChildUsage> {
  const usage: Record<string, ChildUsage> = {};
  const byPid = new Map<string, ChildUsage & { name: string }>();
  // Only the children's own files are read: scanning all of /proc on a busy machine costs the
  // build measurable CPU.
  const sample = () => {
    let children: string[];
    try {
      children = childrenOf(pid);
    } catch {
      return;
    }
    for (const child of children) {
      try {
        const status = readFileSync(`/proc/${child}/status`, "utf8");
        const name = /^Name:[ \t]*(\S.*)$/m.exec(status)?.[1] ?? child;
        // VmHWM is the process's own high-water mark, so a late sample still sees the peak.
        const rss = Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) * 1024;
        // Fields after "pid (name) ": utime and stime are the 12th and 13th.
        const stat = readFileSync(`/proc/${child}/stat`, "utf8");
        const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        const cpuMs = (Number(fields[11]) + Number(fields[12])) * TICK_MS;
        // Per process, then summed by name: the build starts a Pagefind indexer per search shard.
        const seen = byPid.get(child);
        byPid.set(child, { name, peakRssBytes: Math.max(seen?.peakRssBytes ?? 0, rss), cpuMs: Math.max(seen?.cpuMs ?? 0, cpuMs) });
      } catch {
        // The process ended between listing and reading.
      }
    }
  };
  const timer = setInterval(sample, everyMs);
  timer.unref();
  return () => {
    sample();
    clearInterval(timer);
    for (const { name, peakRssBytes, cpuMs } of byPid.values()) {
      const seen = usage[name];
      usage[name] = { peakRssBytes: Math.max(seen?.peakRssBytes ?? 0, peakRssBytes), cpuMs: (seen?.cpuMs ?? 0) + cpuMs };
    }
    return usage;
  };
}

/** What a process and all its descendants used, from its start to its end. */
export interface TreeUsage {
  /** user + system CPU of the process and every descendant it (or they) waited for */
  cpuMs: number;
  /** the most resident memory the tree held at once: the larger of the sampled sum and any one process's own peak */
  peakRssBytes: number;
}

/** CPU time of this process's ended and waited-for children, from `/proc/self/stat` (cutime + cstime). */
function childrenCpuMs(): number {
  const stat = readFileSync("/proc/self/stat", "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[13]) + Number(fields[14])) * TICK_MS;
}

/** Every descendant of `pid`, children first. */
function descendantsOf(pid: number): string[] {
  const out: string[] = [];
  const queue = [String(pid)];
  while (queue.length) {
    const next = queue.shift()!;
    try {
      const children = childrenOf(Number(next));
      out.push(...children);
      queue.push(...children);
    } catch {
      // The process ended while we looked.
    }
  }
  return out;
}

/**
 * Starts measuring the process tree under `pid`, a child of this process just spawned, until
 * the stop function is called after it has ended (its `close` event). Linux only: elsewhere, or
 * when `/proc` says nothing, the figures are undefined.
 *
 * CPU: when a process ends and is waited for, the kernel adds its CPU and its waited-for
 * descendants' to its parent's `cutime`/`cstime`, so the difference in this process's across the
 * child's life is the whole tree's, exactly. Measure one tree at a time: another child ending
 * meanwhile would be counted too. A descendant its parent does not wait for is not in that
 * figure: Pagefind's binary, which the Node API leaves to end by itself as the build exits. So
 * each process's own CPU is also sampled, and the larger of the two sums is reported.
 * Memory is sampled every `everyMs`: the sum of the tree's resident memory, and each process's
 * own high-water mark (`VmHWM`), which catches peaks between samples.
 */
export function trackTree(pid: number, everyMs = 250): () => TreeUsage | undefined {
  let cpuAtStart: number;
  try {
    cpuAtStart = childrenCpuMs();
  } catch {
    return () => undefined;
  }
  let peak = 0;
  // Each process's own CPU when last seen, for those that end without being waited for.
  const ownCpu = new Map<string, number>();
  const sample = () => {
    let sum = 0;
    for (const p of [String(pid), ...descendantsOf(pid)]) {
      try {
        const stat = readFileSync(`/proc/${p}/stat`, "utf8");
        const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        ownCpu.set(p, (Number(fields[11]) + Number(fields[12])) * TICK_MS);
        const status = readFileSync(`/proc/${p}/status`, "utf8");
        const rss = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) * 1024;
        const hwm = Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) * 1024;
        sum += rss;
        peak = Math.max(peak, hwm);
      } catch {
        // The process ended between listing and reading.
      }
    }
    peak = Math.max(peak, sum);
  };
  sample();
  const timer = setInterval(sample, everyMs);
  timer.unref();
  return () => {
    clearInterval(timer);
    const sampled = [...ownCpu.values()].reduce((n, ms) => n + ms, 0);
    return { cpuMs: Math.max(childrenCpuMs() - cpuAtStart, sampled), peakRssBytes: peak };
  };
}

/** How a measured command ended, and what its process tree used. */
export interface MeasuredRun {
  ok: boolean;
  /** "exit code 0", or the signal that ended it */
  exit: string;
  /** from spawn to exit */
  wallMs: number;
  /** undefined where `/proc` cannot tell (not Linux) */
  usage?: TreeUsage;
  /** the last 20 lines it printed, to explain a failure */
  tail: string[];
}

/**
 * Runs a command to its end, passing its output through to stderr, and measures its wall time
 * and its whole process tree's CPU and peak memory (`trackTree`).
 * @example await runMeasured("hugo", ["version"]) // { ok: true, exit: "exit code 0", wallMs: 31.2, usage: { cpuMs: 20, … }, tail: ["hugo v0.111.3…"] }
 */
export function runMeasured(command: string, args: string[], options: { cwd?: string } = {}): Promise<MeasuredRun> {
  const start = performance.now();
  const child = spawn(command, args, { cwd: options.cwd, stdio: ["ignore", "pipe", "pipe"] });
  const stop = child.pid === undefined ? () => undefined : trackTree(child.pid);
  const tail: string[] = [];
  const forward = (chunk: Buffer) => {
    process.stderr.write(chunk);
    tail.push(...chunk.toString("utf8").split("\n").filter(Boolean));
    tail.splice(0, Math.max(0, tail.length - 20));
  };
  child.stdout.on("data", forward);
  child.stderr.on("data", forward);
  return new Promise((resolve) => {
    child.on("error", (error) => {
      stop();
      resolve({ ok: false, exit: error.message, wallMs: performance.now() - start, tail });
    });
    child.on("close", (code, signal) => {
      const wallMs = performance.now() - start;
      resolve({ ok: code === 0, exit: signal ? `signal ${signal}` : `exit code ${code}`, wallMs, usage: stop(), tail });
    });
  });
}
