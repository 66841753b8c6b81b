/** Pagefind's indexers kept each to one CPU (src/search/affinity.ts): which CPUs there are to keep them on. */
import { describe, expect, it } from "vitest";
import { allowedCpus } from "../../src/search/affinity.ts";

describe("the CPUs the build may pin an indexer to", () => {
  it("reads the kernel's list of CPUs this process may run on, ranges and single CPUs alike", () => {
    expect(allowedCpus("Name:\tnode\nCpus_allowed:\t3\nCpus_allowed_list:\t0-1\n")).toEqual([0, 1]);
    expect(allowedCpus("Cpus_allowed_list:\t0,2-4,7\n")).toEqual([0, 2, 3, 4, 7]);
  });

  it("knows of none where the kernel says nothing it can read, so nothing is pinned", () => {
    expect(allowedCpus("Name:\tnode\n")).toEqual([]);
    expect(allowedCpus("Cpus_allowed_list:\tgarbage\n")).toEqual([]);
  });
});
