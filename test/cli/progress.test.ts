import { describe, expect, it } from "vitest";
import { lineProgress, stageLine } from "../../scripts/lib/progress.ts";

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
});
