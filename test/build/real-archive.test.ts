import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { HtmlValidate } from "html-validate";
import { LinkChecker } from "linkinator";
import { createServer } from "node:net";
import { describe, expect, inject, it } from "vitest";
import { PACKAGE_ROOT } from "../../src/build.ts";
import { page } from "../helpers/fixture.ts";
import { dom, fold, htmlFiles, textOf } from "../helpers/html.ts";

const site = inject("realSite");
const SEED_URL = "/2018/01/24/after-sanctuary-cities-threat-denver-mayor-rejects-white-house-invite/";

/** The raw scrape, split into what the archive must keep and what it must drop. */
function seedParts() {
  const raw = readFileSync(join(PACKAGE_ROOT, "test/fixtures/seed-raw.txt"), "utf8");
  const lines = raw.split("\n").map((l) => l.trim()).filter(Boolean);
  const start = lines.findIndex((l) => l.startsWith("DENVER (CBS4/AP)-"));
  const end = lines.findIndex((l) => l.startsWith("(© Copyright"));
  const imageFiles = lines.filter((l) => /transfer_frame_\d+$/.test(l));
  const captions = lines.filter((l) => /\(credit: CBS\)$/.test(l) || /\(Photo by .* via Getty Images\)$/.test(l));
  const iceTitle = lines[lines.findIndex((l) => l.startsWith("A handout photo")) - 1]!;
  const story = lines
    .slice(start, end)
    .filter((l) => !imageFiles.includes(l) && !captions.includes(l) && l !== iceTitle)
    .map((l) => l.replace(/^DENVER \(CBS4\/AP\)-\s*/, ""));
  const chrome = [...lines.slice(0, 1), ...lines.slice(end + 1)];
  return { story, captions, iceTitle, imageFiles, chrome, headline: lines[1]!, copyright: lines[end]! };
}

describe("the seed article in the built archive", () => {
  const html = page(site, SEED_URL);
  const body = textOf(html, ".article__body");
  const parts = seedParts();

  it("keeps every paragraph of the story verbatim", () => {
    expect(parts.story.length).toBe(27);
    for (const paragraph of parts.story) expect(body).toContain(fold(paragraph));
  });

  it("keeps every photo caption with its credit, and says the images were not archived", () => {
    const figures = [...dom(html).querySelectorAll(".article__body figure")].map((f) => fold(f.textContent ?? ""));
    expect(figures).toHaveLength(7);
    for (const line of parts.captions) {
      const [, caption, credit] = /^(.*?)\s*\((?:credit: )?(.*)\)$/.exec(line)!;
      const figure = figures.find((f) => f.includes(`Credit: ${credit}`) && f.includes(caption!));
      expect(figure, line).toBeDefined();
    }
    expect(figures.some((f) => f.includes(parts.iceTitle))).toBe(true);
    expect(figures.every((f) => f.includes("Image not archived"))).toBe(true);
  });

  it("drops the site chrome and the raw image file names", () => {
    const main = textOf(html, "main");
    for (const line of [...parts.chrome, ...parts.imageFiles]) expect(main).not.toContain(line);
  });

  it("shows the headline, byline, dateline, date, source and copyright", () => {
    const doc = dom(html);
    expect(doc.querySelector("h1")?.textContent).toBe(parts.headline);
    expect(textOf(html, ".article__byline")).toBe("By Rick Sallinger and Stan Bush");
    expect(body.startsWith("DENVER — The Department of Justice")).toBe(true);
    expect(doc.querySelector(".article__meta time")?.getAttribute("datetime")).toBe("2018-01-24");
    expect(textOf(html, ".article__meta")).toContain("January 24, 2018");
    const source = textOf(html, ".article__source");
    expect(source).toContain("CBS4 Denver");
    expect(source).toContain("© Copyright 2018 CBS Broadcasting Inc. All Rights Reserved.");
    expect(source).toContain("The Associated Press contributed to this report.");
  });

  it("names Michael Hancock as Mayor of Denver at the time", () => {
    expect(textOf(html, ".article__related")).toContain("Michael B. Hancock, then Mayor of Denver");
  });
});

describe("the built archive as a whole", () => {
  it("passes the HTML validator on every page", async () => {
    // Headlines are archived verbatim, so a <title> may be longer than the SEO-minded 70 characters.
    const validator = new HtmlValidate({ extends: ["html-validate:recommended"], rules: { "long-title": "off" } });
    const failures: string[] = [];
    for (const file of htmlFiles(site)) {
      if (file.includes(`${"/"}pagefind${"/"}`)) continue;
      const report = await validator.validateFile(file);
      for (const result of report.results) {
        for (const m of result.messages) failures.push(`${relative(site, file)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it("has no broken internal links", async () => {
    // Internal links only: canonical URLs point at the deployed site, and outside links are not ours to check.
    const port = await freePort();
    const result = await new LinkChecker().check({ path: site, recurse: true, port, linksToSkip: [`^https?://(?!localhost:${port}/)`] });
    const broken = result.links.filter((l) => l.state === "BROKEN").map((l) => `${l.status} ${l.url} (on ${l.parent})`);
    expect(broken).toEqual([]);
    expect(result.links.length).toBeGreaterThan(50);
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
