import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { splitFrontMatter } from "../../src/content/articles.ts";
import { figureBlocks } from "../../src/content/markdown.ts";
import { buildArticle } from "../../src/ingest/article.ts";
import { EntityIndex, loadRegistries } from "../../src/ingest/entities.ts";
import { toBlocks } from "../../src/ingest/text.ts";
import { PACKAGE_ROOT } from "../helpers/ingest.ts";

const SEED = "articles/2018/2018-01-24-after-sanctuary-cities-threat-denver-mayor-rejects-white-house-invite.md";
const raw = readFileSync(join(PACKAGE_ROOT, "test/fixtures/seed-raw.txt"), "utf8");
const archived = splitFrontMatter(readFileSync(join(PACKAGE_ROOT, SEED), "utf8"))!;
const archivedFront = parse(archived.yaml) as Record<string, any>;

// The repository's own registries: the seed was converted against them.
const index = new EntityIndex(loadRegistries(PACKAGE_ROOT).registries);
const imported = buildArticle({ origin: "seed-raw.txt", blocks: toBlocks(raw) }, index, { date: "2018-01-24" });
const split = splitFrontMatter(imported.text ?? "")!;
const front = parse(split.yaml) as Record<string, any>;
const figures = (body: string) => figureBlocks(body).map((b) => parse(b.content));

describe("importing the seed's raw text reproduces the archived seed article", () => {
  it("writes it to the archived seed's path without errors or unplaced lines", () => {
    expect(imported.errors).toEqual([]);
    expect(imported.warnings).toEqual([]);
    expect(imported.path).toBe(SEED);
  });

  it("keeps the body identical, every paragraph verbatim, with the dateline taken off the first", () => {
    expect(split.body).toBe(archived.body);
  });

  it("finds the headline, the two authors of the byline and the dateline", () => {
    expect(front.title).toBe(archivedFront.title);
    expect(front.authors).toEqual(["rick-sallinger", "stan-bush"]);
    expect(front.dateline).toBe("DENVER");
    expect(front.date).toBe("2018-01-24");
  });

  it("moves the copyright and the Associated Press credit into the source, with the outlet the dateline credits", () => {
    expect(front.source).toEqual(archivedFront.source);
  });

  it("makes the same figures: captions, credits, the ICE photo's title and its photographer", () => {
    expect(figures(split.body)).toEqual(figures(archived.body));
    expect(figures(split.body)).toContainEqual(expect.objectContaining({ by: "bryan-cox", title: expect.stringMatching(/^ICE operation/) }));
  });

  it("recognises the same people, places and topics the seed names", () => {
    expect([...front.people].sort()).toEqual([...archivedFront.people].sort());
    expect([...front.jurisdictions].sort()).toEqual([...archivedFront.jurisdictions].sort());
    expect([...front.topics].sort()).toEqual([...archivedFront.topics].sort());
  });

  it("recognises the organizations it names by name or alias, without the source's own outlet", () => {
    for (const id of front.organizations) expect(archivedFront.organizations).toContain(id);
    // "Denver City Councilman" does not name the council as such: the seed's editor added it by hand.
    expect(archivedFront.organizations.filter((id: string) => !front.organizations.includes(id))).toEqual(["denver-city-council"]);
    expect(front.organizations).not.toContain("cbs4-denver");
  });

  it("reports the site chrome and the image file names it removed, and nothing else", () => {
    expect(imported.removed.map((r) => r.text)).toEqual([
      "Watch CBS News",
      "View CBS News In",
      "CBS News App Open",
      "Chrome Safari Continue",
      "Be the first to know",
      "Get browser notifications for breaking news, live events, and exclusive reporting.",
    ]);
    expect(imported.moved.filter((m) => m.to === "image file name").map((m) => m.text)).toEqual(
      raw.split("\n").filter((l) => /transfer_frame_\d+$/.test(l)),
    );
  });

  it("finds no name it does not know", () => {
    expect(imported.suggestions).toEqual([]);
  });
});
