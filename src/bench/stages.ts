/**
 * CPU time and peak memory of the build's whole process tree, stage by stage (issue 11: "records
 * wall, CPU and peak tree memory per stage"). The build process and Pagefind's indexers run at
 * the same time, so each stage's figures are the tree's: the build process, the indexer processes
 * alive during it and those that ended in it. Linux only (`/proc`); elsewhere the figures are
 * missing.
 */
import { readdirSync, readFileSync } from "node:fs";
import type { BuildProgress } from "../build.ts";

/** What one stage of the build cost the process tree. */
export interface StageUsage {
  /** user + system CPU of every process of the tree during the stage */
  cpuMs: number;
  /** the most resident memory the tree held at once during the stage (sampled) */
  peakTreeRssBytes: number;
}

const TICK_MS = 10;
const PAGE = 1024;

/** utime + stime (and with `children`, cutime + cstime: ended children it waited for) of a process, in ms. */
function cpuOf(pid: number | "self", children = false): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const own = Number(f[11]) + Number(f[12]);
  return (children ? own + Number(f[13]) + Number(f[14]) : own) * TICK_MS;
}

/** Resident memory now (VmRSS), in bytes. */
function rssOf(pid: number | "self"): number {
  return Number(/^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) * PAGE;
}

/** Every descendant of this process. */
function descendants(pid: number | "self" = "self"): number[] {
  const out: number[] = [];
  const visit = (p: number | "self") => {
    let tasks: string[];
    try {
      tasks = readdirSync(`/proc/${p}/task`);
    } catch {
      return;
    }
    for (const task of tasks) {
      let kids: string[] = [];
      try {
        kids = readFileSync(`/proc/${p}/task/${task}/children`, "utf8").split(" ").filter(Boolean);
      } catch {
        // the thread ended
      }
      for (const kid of kids) {
        out.push(Number(kid));
        visit(Number(kid));
      }
    }
  };
  visit(pid);
  return out;
}

/**
 * Follows a build's stages through its progress events and samples the tree every `everyMs`.
 * @returns `progress`, to pass to buildSite, and `stop`, which gives each stage's usage
 */
export function trackStages(everyMs = 200): { progress: (event: BuildProgress) => void; stop: () => Record<string, StageUsage> } {
  const usage: Record<string, StageUsage> = {};
  /** live children's CPU at their last sample: a child that ends moves to cutime, counted there */
  const live = new Map<number, number>();
  let current: { stage: string; cpuStart: number; peak: number } | undefined;

  const treeCpu = (): number => {
    let sum = cpuOf("self", true);
    for (const pid of descendants()) {
      try {
        sum += cpuOf(pid, true);
      } catch {
        // ended between the listing and the read: its CPU is now in its parent's cutime
      }
    }
    return sum;
  };
  const sample = () => {
    if (!current) return;
    try {
      let rss = rssOf("self");
      for (const pid of descendants()) {
        try {
          rss += rssOf(pid);
          live.set(pid, cpuOf(pid));
        } catch {
          live.delete(pid);
        }
      }
      current.peak = Math.max(current.peak, rss);
    } catch {
      // no /proc
    }
  };
  const timer = setInterval(sample, everyMs);
  timer.unref();

  const end = () => {
    if (!current) return;
    sample();
    try {
      usage[current.stage] = { cpuMs: treeCpu() - current.cpuStart, peakTreeRssBytes: current.peak };
    } catch {
      // no /proc
    }
    current = undefined;
  };
  return {
    progress: (event) => {
      if (event.type === "start") {
        end();
        try {
          current = { stage: event.stage, cpuStart: treeCpu(), peak: 0 };
        } catch {
          current = undefined;
        }
        sample();
      } else if (event.type === "end") {
        end();
      }
    },
    stop: () => {
      end();
      clearInterval(timer);
      return usage;
    },
  };
}
