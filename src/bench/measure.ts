/**
 * What a benchmark measures besides time: the machine it ran on, the size of what the build
 * wrote, and what a browser downloads to search it.
 */
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

/** What a child process used, at the last look before it ended. */
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
        const seen = usage[name];
        usage[name] = { peakRssBytes: Math.max(seen?.peakRssBytes ?? 0, rss), cpuMs: Math.max(seen?.cpuMs ?? 0, cpuMs) };
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
    return usage;
  };
}
