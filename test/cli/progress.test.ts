import { describe, expect, it } from "vitest";
import { lineProgress, partLine, stageLine } from "../../scripts/lib/progress.ts";

describe("build progress in a CI log", () => {
  it("prints exactly one line per stage, as it ends, with what it did and how long it took", () => {
    const out: string[] = [];
    const report = lineProgress((text) => out.push(text));
    report({ type: "start", stage: "validate" });
    report({ type: "end", stage: "validate", ms: 2140, articles: 1000 });
    report({ type: "start", stage: "eleventy" });
    report({ type: "pages", stage: "eleventy", done: 10, total: 4142 });
    report({ type: "end", stage: "eleventy", ms: 54_840, pages: 4142 });
    report({ type: "end", stage: "pagefind", ms: 4510, pages: 1000 });
    report({ type: "end", stage: "swap", ms: 3 });
    expect(out.join("")).toBe(
      "validate: 1,000 articles in 2.1 s\neleventy: 4,142 pages written in 54.8 s\npagefind: 1,000 pages indexed in 4.5 s\nswap: done in 0.0 s\n",
    );
  });

  it("names the stage even when it counted nothing, and counts one in the singular", () => {
    expect(stageLine({ type: "end", stage: "swap", ms: 500 })).toBe("swap: done in 0.5 s");
    expect(stageLine({ type: "end", stage: "pagefind", ms: 500, pages: 1 })).toBe("pagefind: 1 page indexed in 0.5 s");
  });

  it("says which part of a build in parts is being built, and what the assembly joins", () => {
    expect(partLine({ type: "part", part: 2, parts: 3, articles: 2, of: 6, years: ["2017", "2020"] })).toBe("part 2 of 3: 2 of 6 articles, from 2017 and 2020");
    expect(partLine({ type: "part", part: 3, parts: 40, articles: 0, of: 6, years: [] })).toBe("part 3 of 40: 0 of 6 articles, no year of the archive's");
    expect(partLine({ type: "part", part: 0, parts: 3, articles: 6, of: 6, years: ["2016"] })).toBe("assembling 3 parts: 6 articles");
    expect(stageLine({ type: "end", stage: "assemble", ms: 1200, files: 112 })).toBe("assemble: 112 files of the parts put in place in 1.2 s");
  });
});
