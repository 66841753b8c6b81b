/**
 * The rules the twentieth held-out group of import cases led to (issue 13; BENCHMARKS.md, "The
 * twentieth held-out group"): English-language international outlets, a story saved with a web
 * clipper, and a story read by OCR from a phone's screenshots.
 */
import { describe, expect, it } from "vitest";
import { chromeReason } from "../../src/ingest/chrome.ts";
import { parseText, toBlocks } from "../../src/ingest/text.ts";

const page = (...lines: string[]) => parseText(toBlocks(lines.join("\n")));
const paragraphs = (parsed: ReturnType<typeof page>) => parsed.body.flatMap((b) => (b.kind === "paragraph" ? [b.text] : []));

describe("text read by OCR from a phone's screenshots", () => {
  // Three screenshots of one story, each under the phone's status bar and the browser's address
  // bar; the second and third start with the line (or two) the one before ended with.
  const shots = [
    "9:31 .ıl 5G 73%",
    "AA mesacourier.example C",
    "",
    "Reservoir Levels Fall to",
    "Lowest Point in a Decade,",
    "Water Board Says",
    "",
    "By Tom Whitfield",
    "Published 9:21 a.m. MST Jan. 29, 2020",
    "",
    "The city's three reservoirs held less",
    "water at the end of January than at any",
    "time since 2010, the Water Board said",
    "Wednesday.",
    "",
    "Board members voted 5-2 to ask residents",
    "to cut outdoor watering to two days a",
    "",
    "AA mesacourier.example C",
    "< > ⬆ ㅁ ©",
    "",
    "9:32 .ıl 5G 73%",
    "",
    "to cut outdoor watering to two days a",
    "week starting in March. The state's",
    "",
    "9:32 ◀ 72%",
    "AA mesacourier.exarnple C",
    "",
    "week starting in March. The state's",
    "Climate Office reported the snowpack",
    "at 71% of normal.",
    "",
    "Water levels at Cedar Creek Reservoir on",
    "Tuesday",
    "Elena Fontaine / Daily Courier",
  ];

  it("removes every screenshot's bars and the lines shown again, and makes the broken paragraphs whole", () => {
    const parsed = page(...shots);
    expect(parsed.title).toBe("Reservoir Levels Fall to Lowest Point in a Decade, Water Board Says");
    expect(parsed.byline).toEqual(["Tom Whitfield"]);
    expect(parsed.date).toBe("2020-01-29T09:21:00-07:00");
    expect(paragraphs(parsed)).toEqual([
      "The city's three reservoirs held less water at the end of January than at any time since 2010, the Water Board said Wednesday.",
      "Board members voted 5-2 to ask residents to cut outdoor watering to two days a week starting in March. The state's Climate Office reported the snowpack at 71% of normal.",
    ]);
    expect(parsed.body.find((b) => b.kind === "figure")).toMatchObject({ figure: { caption: "Water levels at Cedar Creek Reservoir on Tuesday", credit: "Elena Fontaine / Daily Courier" } });
    const removed = new Map(parsed.removed.map((r) => [r.line, r.reason]));
    for (const line of [1, 2, 19, 20, 22, 27, 28]) expect(removed.get(line)).toMatch(/screenshot's status bar, address bar or toolbar/);
    for (const line of [24, 30]) expect(removed.get(line)).toMatch(/shown again at the top of the next screenshot/);
  });

  it("joins a line a screen broke before a word that would not fit, though it looks like a credit", () => {
    const parsed = page(...shots.slice(0, 10), "In an advisory issued at 11:00 a.m.", "local time today (1500 UTC) the", "National Hurricane Center (NHC)", "reported the storm had strengthened", "into a Category 5 hurricane.", "", ...shots.slice(18));
    expect(paragraphs(parsed)[0]).toBe("In an advisory issued at 11:00 a.m. local time today (1500 UTC) the National Hurricane Center (NHC) reported the storm had strengthened into a Category 5 hurricane.");
  });

  it("reads text with no address bar as it is, a line with a clock being the story's", () => {
    const parsed = page("Council cuts watering days", "", "By Tom Whitfield", "January 29, 2020", "", "9:31 p.m.", "", "The board voted 5-2 on Tuesday to ask residents to cut outdoor watering.");
    expect(parsed.removed.some((r) => /screenshot/.test(r.reason))).toBe(false);
    expect(paragraphs(parsed)).toContain("9:31 p.m.");
  });

  it("keeps a photo's credit whose outlet is a sign-in word", () => {
    expect(chromeReason("Tom Nakamura / Register")).toBeUndefined();
    expect(chromeReason("Cofrestru / Register")).toBeDefined();
  });
});
