/**
 * The page's furniture below the story's last sentence (issue 13, item 5), read in a page imported
 * alone, with no other file of its site to show the lines recurring: related headlines, tags,
 * reaction buttons and prompts go; what may be the story's (a list its last paragraph introduces,
 * the copyright, a contributor's credit, a line with no stop in sentence case) stays.
 */
import { describe, expect, it } from "vitest";
import { parseText, toBlocks } from "../../src/ingest/text.ts";
import { paragraphs } from "../helpers/ingest.ts";

const HEADER = ["Council Cuts Watering Days in Cedar Hollow", "", "By Ann Lee", "", "January 29, 2020", ""];
const STORY = [
  "CEDAR HOLLOW — The board voted 5-2 on Tuesday to ask residents to cut outdoor watering to two days a week, starting in March.",
  "",
  "Snowpack in the mountains that feed the reservoirs stands at 71% of normal, according to the state climate office.",
  "",
];
const parse = (...tail: string[]) => parseText(toBlocks([...HEADER, ...STORY, ...tail].join("\n")));

describe("below the story's last sentence", () => {
  it("removes reaction buttons, tags, a bar of links and a prompt to the reader, each with its reason", () => {
    const parsed = parse("Wow", "", "Haha", "", "Bookmark", "", "Explore topics", "", "IT Services", "", "Business Administration", "", "Privacy ∙ Terms ∙ Collection notice", "", "Sign up for our daily headlines");
    expect(paragraphs(parsed)).toHaveLength(2);
    const reasons = parsed.removed.filter((r) => r.reason.startsWith("below the story's last sentence"));
    expect(reasons.map((r) => r.text)).toEqual(["Sign up for our daily headlines", "Privacy ∙ Terms ∙ Collection notice", "Business Administration", "IT Services", "Explore topics", "Bookmark", "Haha", "Wow"]);
    expect(reasons[0]!.reason).toContain('speaks to the reader ("our")');
  });

  it("removes the related headlines in capitals", () => {
    const parsed = parse("More Articles", "", "Police Name Driver Killed In Highway Crash", "", "Drought Relief Package Falls Short, Farmers Say");
    expect(paragraphs(parsed)).toHaveLength(2);
  });

  it("keeps and flags a line in sentence case with no stop: it may be the story's last, its stop lost", () => {
    const parsed = parse("The council meets again on the second Tuesday of March");
    expect(paragraphs(parsed).at(-1)).toBe("The council meets again on the second Tuesday of March");
    expect(parsed.flagged.map((f) => f.text)).toContain("The council meets again on the second Tuesday of March");
  });

  it("keeps a list that the story's last paragraph introduces", () => {
    const parsed = parse("Where to get help:", "", "Crisis line 988", "", "Text HOME to 741741");
    expect(paragraphs(parsed).slice(-3)).toEqual(["Where to get help:", "Crisis line 988", "Text HOME to 741741"]);
  });

  it("keeps a contributor's credit and the copyright line", () => {
    const parsed = parse("Contributing: Mei Fontaine, The Associated Press", "", "© Valley Examiner Group Limited");
    const kept = [...paragraphs(parsed), parsed.copyright ?? ""].join("\n");
    expect(kept).toContain("Contributing: Mei Fontaine, The Associated Press");
    expect(kept).toContain("© Valley Examiner Group Limited");
  });

  it("looks above a sentence that speaks to the reader for the story's end, and keeps that sentence, flagged", () => {
    // Not a newsletter's known words ("If someone forwarded this to you, you can sign up here." is chrome by them alone).
    const pitch = "If a friend sent you this, you can sign up here.";
    const parsed = parse("Restacks", "", "Discussion about this post", "", pitch);
    expect(paragraphs(parsed)).toEqual([...paragraphs(parse()), pitch]);
    expect(parsed.removed.map((r) => r.text)).toEqual(expect.arrayContaining(["Restacks", "Discussion about this post"]));
    expect(parsed.flagged.map((f) => f.text)).toContain(pitch);
    // The story's own appeal stays, and the story above it.
    const appeal = "If you have information, call Crime Stoppers at 555-0100.";
    expect(paragraphs(parse(appeal))).toEqual([...paragraphs(parse()), appeal]);
  });

  it("leaves a story that ends with a sentence as it is", () => {
    const parsed = parse();
    expect(paragraphs(parsed)).toHaveLength(2);
    expect(parsed.removed.filter((r) => r.reason.startsWith("below the story's last sentence"))).toEqual([]);
  });
});
