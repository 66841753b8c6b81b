/**
 * Lists of other stories' headlines below the story (issue 13): "Top Stories" and "Recent Posts"
 * over a site's headlines, "ALSO SEE:" before one. The headlines are the list's, not the story's.
 */
import { describe, expect, it } from "vitest";
import { page, paragraphs } from "../helpers/ingest.ts";

const HEAD = ["Reservoir levels fall to lowest point in a decade", "", "By Ann Lee", "January 29, 2020", ""];
const STORY = "The city's three reservoirs held less water at the end of January than at any time since 2010, the Water Board said Wednesday.";

describe("lists of headlines below the story", () => {
  it.each(["Top Stories", "Recent Posts", "Recommended for You"])("removes the headlines under %s", (label) => {
    const parsed = page(...HEAD, STORY, "", label, "Police identify driver in fatal crash on Highway 20", "Heavy snow expected across the valley by Thursday morning", "", "Privacy Policy");
    expect(paragraphs(parsed)).toEqual([STORY]);
    expect(parsed.removed.map((r) => r.text)).toContain("Heavy snow expected across the valley by Thursday morning");
  });

  it("removes a headline after ALSO SEE: and keeps the story around it", () => {
    const after = "Board members voted 5-2 to ask residents to cut outdoor watering to two days a week.";
    const parsed = page(...HEAD, STORY, "", after, "", "ALSO SEE: Hospital adds beds as flu cases climb", "", "CNN Newsource contributed to this report.");
    expect(paragraphs(parsed).slice(0, 2)).toEqual([STORY, after]);
    expect(parsed.removed.map((r) => r.text)).toContain("ALSO SEE: Hospital adds beds as flu cases climb");
  });

  it("removes a carousel's buttons and page number between a related list's label and its headlines, inside the story", () => {
    const after = "Board members voted 5-2 to ask residents to cut outdoor watering to two days a week.";
    const list = ["RELATED ARTICLES", "", "Previous", "", "1", "", "Next", "", "Mother-of-three, 34, reveals how she transformed her tiny garden for just £200", "", "Neighbours' fury as developer bulldozes beloved village green", ""];
    const parsed = page(...HEAD, STORY, "", ...list, after);
    expect(paragraphs(parsed)).toEqual([STORY, after]);
    expect(parsed.removed.map((r) => r.text)).toEqual(expect.arrayContaining(["Previous", "Next", "Neighbours' fury as developer bulldozes beloved village green"]));
  });

  it("removes a station's topics under 'This article tagged under:'", () => {
    const parsed = page(...HEAD, STORY, "", "This article tagged under:", "Mesa", "East Valley", "Education", "", "Privacy Policy");
    expect(paragraphs(parsed)).toEqual([STORY]);
    expect(parsed.removed.map((r) => r.text)).toEqual(expect.arrayContaining(["This article tagged under:", "Mesa", "East Valley", "Education"]));
  });

  it("keeps a story's line 'Next' is no button of, with no list's label above it", () => {
    const line = "Next, the board will ask the state for emergency funds.";
    expect(paragraphs(page(...HEAD, STORY, "", line))).toEqual([STORY, line]);
  });

  it("keeps a story's paragraph that opens with the same words as a list's label", () => {
    const line = "Top stories of the year were dominated by the drought, the board's chair said.";
    expect(paragraphs(page(...HEAD, STORY, "", line))).toEqual([STORY, line]);
  });
});

describe("a newsletter's sections below the story", () => {
  const after = "Board members voted 5-2 to ask residents to cut outdoor watering to two days a week.";

  it("removes the sponsor's message under its label, and the events under the calendar's", () => {
    const ad = "Valley Credit Union is member-owned and local. Open a checking account with no monthly fees and get a $100 bonus when you set up direct deposit.";
    const events = ["Saturday: Farmers market at the depot, 8 a.m.-noon.", "Tuesday: School board meeting, 6 p.m., district office."];
    const parsed = page(...HEAD, STORY, "", after, "", "📣 FROM OUR SPONSOR: VALLEY CREDIT UNION", ad, "", "🗓️ ON THE CALENDAR", ...events, "", "What did you think of today's edition?");
    expect(paragraphs(parsed)).toEqual([STORY, after]);
    expect(parsed.removed.map((r) => r.text)).toEqual(expect.arrayContaining([ad, ...events]));
  });

  it("keeps a story's sentence after a sponsor's label when it does not speak to the reader", () => {
    const line = "The credit union sponsored the study, which the board published on Wednesday.";
    expect(paragraphs(page(...HEAD, STORY, "", "Sponsored by Valley Credit Union", line))).toContain(line);
  });
});
