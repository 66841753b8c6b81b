/**
 * Keeps each Pagefind indexer process on one CPU (Linux only).
 *
 * The indexer npm installs on Linux (`@pagefind/linux-x64`) is a static binary linked with musl,
 * whose allocator gives freed memory back to the system at once, and it runs a handful of
 * threads. Each time a multi-threaded process unmaps memory, every other CPU its threads have
 * run on must flush its TLB, by an inter-processor interrupt, which in a virtual machine is a
 * trip through the hypervisor. `perf record` on the build's indexers (2 vCPUs, BENCHMARKS.md,
 * "Pagefind's time in the kernel") found 36% of their time there; 2,000 pages indexed by one
 * indexer pinned to one CPU spent a third of the system time and half the wall time writing.
 * The threads of a process kept to one CPU share one TLB, so no interrupt is needed. Pinning is
 * done with util-linux's `taskset` on the indexer's process and all its threads (the threads it
 * starts later inherit it); where there is no `/proc` or no `taskset` nothing is pinned and
 * the build runs as before.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

/** The CPUs this process may run on, from `/proc/self/status` ("Cpus_allowed_list: 0-1,4"); empty where unknown. */
export function allowedCpus(status = readText("/proc/self/status")): number[] {
  const list = /^Cpus_allowed_list:\s*(\S+)/m.exec(status ?? "")?.[1];
  if (!list) return [];
  const cpus: number[] = [];
  for (const part of list.split(",")) {
    const [from, to] = part.split("-").map(Number);
    if (!Number.isInteger(from)) return [];
    for (let cpu = from!; cpu <= (to ?? from!); cpu++) cpus.push(cpu);
  }
  return cpus;
}

/** The process ids of this process's children whose command is Pagefind's (`pagefind_extended`, `pagefind`). */
export function indexerChildren(): Set<number> {
  const found = new Set<number>();
  let entries: string[];
  try {
    entries = readdirSync("/proc");
  } catch {
    return found;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    // "pid (comm) state ppid …": the command may hold spaces and parentheses, so read after the last ")".
    const stat = readText(`/proc/${entry}/stat`);
    if (!stat) continue;
    const close = stat.lastIndexOf(")");
    const comm = stat.slice(stat.indexOf("(") + 1, close);
    const ppid = Number(stat.slice(close + 2).split(" ")[1]);
    if (ppid === process.pid && comm.startsWith("pagefind")) found.add(Number(entry));
  }
  return found;
}

/** Pins process `pid` and all its threads to `cpu`; false where that could not be done. */
export function pinProcess(pid: number, cpu: number): boolean {
  try {
    execFileSync("taskset", ["--all-tasks", "--cpu-list", "--pid", String(cpu), String(pid)], { stdio: "ignore", timeout: 5_000 });
    return true;
  } catch {
    return false;
  }
}

/**
 * Pins the indexer processes started since `before` (a set from {@link indexerChildren}), the
 * `n`th indexer to the `n`th allowed CPU, round the allowed CPUs: two indexers at once, one
 * filled while the other writes, on two CPUs, each on its own.
 */
export class IndexerPinning {
  readonly #cpus = process.platform === "linux" ? allowedCpus() : [];
  #next = 0;

  /** Whether pinning can apply here at all: Linux with more than one CPU to choose from. */
  get active(): boolean {
    return this.#cpus.length > 1;
  }

  /** The indexers running now, to compare with after one starts. */
  running(): Set<number> {
    return this.active ? indexerChildren() : new Set();
  }

  /** Pins each indexer that is running now and was not in `before`. */
  pinNew(before: Set<number>): void {
    if (!this.active) return;
    for (const pid of indexerChildren()) {
      if (before.has(pid)) continue;
      pinProcess(pid, this.#cpus[this.#next++ % this.#cpus.length]!);
    }
  }
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}
