/**
 * The rules the twenty-first held-out group of import cases led to (issue 13; BENCHMARKS.md, "The
 * twenty-first held-out group"): a page clipped to Markdown, a story pasted into a shared document
 * under someone's notes, and the bylines, dates and credits of US nonprofit newsrooms, The Times
 * of Israel, RTÉ and Euronews.
 */
import { describe, expect, it } from "vitest";
import { chromeReason } from "../../src/ingest/chrome.ts";
import { datesOfLine } from "../../src/ingest/dates.ts";
import { bylineNames, copyrightHolder, creditLine, splitCaption } from "../../src/ingest/text.ts";
import { figures, page, paragraphs } from "../helpers/ingest.ts";

const STORY = [
  "The city's three reservoirs held less water at the end of January than at any time since 2010, the Water Board said Wednesday.",
  "",
  "Board members voted 5-2 to ask residents to cut outdoor watering to two days a week starting in March.",
];

describe("a page clipped to Markdown", () => {
  it("reads Obsidian's front matter: the title, each author's wiki link, the published day; the clip's own date is not the story's", () => {
    const parsed = page(
      "---",
      'title: "Reservoir levels fall to lowest point in a decade"',
      'source: "https://www.valleytimes.example/news/2020/01/29/reservoir-levels-fall-to-lowest-point/"',
      "author:",
      '  - "[[Ann Lee]]"',
      '  - "[[Bob Stone]]"',
      "published: 2020-01-29",
      "created: 2023-05-02",
      'description: "The Water Board asks residents to cut watering"',
      "tags:",
      '  - "clippings"',
      "---",
      "",
      ...STORY,
    );
    expect(parsed.title).toBe("Reservoir levels fall to lowest point in a decade");
    expect(parsed.byline).toEqual(["Ann Lee", "Bob Stone"]);
    expect(parsed.date).toBe("2020-01-29");
    expect(parsed.url).toBe("https://www.valleytimes.example/news/2020/01/29/reservoir-levels-fall-to-lowest-point/");
    expect(paragraphs(parsed)).toContain(STORY[0]);
    const removed = new Map(parsed.removed.map((r) => [r.line, r.reason]));
    expect(removed.get(8)).toMatch(/clipper's front matter \(created: the clip's date/);
    for (const line of [1, 10, 11, 12]) expect(removed.get(line)).toMatch(/clipper's front matter/);
  });

  it("reads MarkDownload's page: the title's heading without the site's name, the excerpt without its label, a picture's Markdown gone and its caption read", () => {
    const parsed = page(
      "---",
      "created: 2020-02-03T10:14:22 (UTC -07:00)",
      "tags: []",
      "source: https://www.valleytimes.example/news/2020/01/29/reservoir-levels-fall/",
      "author: Ann Lee, The Valley Times",
      "---",
      "",
      "# Reservoir levels fall to lowest point in a decade | The Valley Times",
      "",
      "> ## Excerpt",
      "> The Water Board asks residents to cut watering",
      "",
      "---",
      "",
      "Published 5:32 p.m. MST Jan. 29, 2020",
      "",
      STORY[0]!,
      "",
      "![](https://www.valleytimes.example/resizer/abc/reservoir.jpg)",
      "",
      "Cedar Creek Reservoir on Tuesday (Tom Whitfield/Valley Record)",
      "",
      STORY[2]!,
      "",
      "[Subscribe to The Valley Times](https://www.valleytimes.example/subscribe/)",
    );
    expect(parsed.title).toBe("Reservoir levels fall to lowest point in a decade");
    expect(parsed.byline).toEqual(["Ann Lee"]);
    expect(parsed.date).toBe("2020-01-29T17:32:00-07:00");
    expect(figures(parsed)).toEqual([expect.objectContaining({ caption: "Cedar Creek Reservoir on Tuesday", credit: "Tom Whitfield/Valley Record" })]);
    expect(paragraphs(parsed)).toEqual(["The Water Board asks residents to cut watering", STORY[0], STORY[2]]);
    const removed = new Map(parsed.removed.map((r) => [r.line, r.reason]));
    expect(removed.get(10)).toMatch(/label over the page's excerpt/);
    expect(removed.get(19)).toMatch(/picture's Markdown/);
    expect(removed.get(25)).toBe("newsletter prompt");
  });

  it("reads the clip's text as the page printed it: a subheading's words, never a caption, and links, emphasis and escapes unmarked", () => {
    const parsed = page(
      "# Reservoir levels fall to lowest point in a decade - The Valley Times",
      "",
      "By Ann Lee",
      "Jan. 29, 2020",
      "",
      "The city's three reservoirs held less water at the end of January than at any time since 2010, [the Water Board](https://www.valleytimes.example/topic/water-board) said **Wednesday**\\.",
      "",
      "## Why the Board Voted Against the Plan",
      "",
      STORY[2]!,
    );
    expect(parsed.title).toBe("Reservoir levels fall to lowest point in a decade");
    expect(figures(parsed)).toEqual([]);
    expect(paragraphs(parsed)).toEqual([STORY[0], "Why the Board Voted Against the Plan", STORY[2]]);
  });

  it("leaves a text with no front matter, no picture and no title heading as it is", () => {
    const parsed = page("Reservoir levels fall to lowest point in a decade", "", "By Ann Lee", "Jan. 29, 2020", "", STORY[0]!, "", "- Cedar Creek: 41% full", "- Pine Lake: 38% full", "", STORY[2]!);
    expect(parsed.title).toBe("Reservoir levels fall to lowest point in a decade");
    expect(paragraphs(parsed)).toEqual([STORY[0], "- Cedar Creek: 41% full", "- Pine Lake: 38% full", STORY[2]]);
  });
});

describe("a story pasted into a shared document under notes", () => {
  const doc = [
    "NEWSLETTER DRAFT — sources",
    "",
    "KF – Saturday 8 February",
    "",
    "● Quote for the newsletter intro?",
    "● Ask Priya whether we can use the photo",
    "",
    "Source: https://www.valleytimes.example/news/2020/01/29/reservoir-levels-fall/",
    "",
    "________________",
    "",
    "Reservoir levels fall to lowest point in a decade",
    "",
    "Ann Lee | The Valley Times",
    "Posted Wednesday, January 29, 2020 5:32 PM",
    "",
    `${STORY[0]}[a]`,
    "",
    STORY[2]!,
    "",
    "Follow-up:",
    "○ Call the board clerk about the start date",
    "",
    "[a]Check this figure",
  ];

  it("removes the notes above and below the story and the document's comments, and reads the story's own header", () => {
    const parsed = page(...doc);
    expect(parsed.title).toBe("Reservoir levels fall to lowest point in a decade");
    expect(parsed.byline).toEqual(["Ann Lee"]);
    expect(parsed.date?.slice(0, 10)).toBe("2020-01-29");
    expect(parsed.dateline).toBeUndefined();
    expect(paragraphs(parsed)).toEqual([STORY[0], STORY[2]]);
    const removed = new Map(parsed.removed.map((r) => [r.line, r.reason]));
    for (const line of [1, 3, 5, 6, 8, 10]) expect(removed.get(line)).toMatch(/a note above the pasted story/);
    for (const line of [21, 22]) expect(removed.get(line)).toMatch(/a note below the pasted story/);
    expect(removed.get(24)).toMatch(/a comment of the document/);
  });

  it("keeps a list in the story, and one over a line and a date below it, where no notes stand above the headline", () => {
    const parsed = page("Reservoir levels fall to lowest point in a decade", "", "By Ann Lee", "Jan. 29, 2020", "", STORY[0]!, "", "* Cedar Creek: 41% full", "* Pine Lake: 38% full", "", "What comes next", "Jan. 30, 2020", "", STORY[2]!);
    expect(parsed.title).toBe("Reservoir levels fall to lowest point in a decade");
    expect(paragraphs(parsed)).toEqual(expect.arrayContaining([STORY[0], "* Cedar Creek: 41% full", "* Pine Lake: 38% full", STORY[2]]));
  });
});

describe("bylines, dates and credits of the twenty-first group's outlets", () => {
  it("reads a US zone named in words after the clock (The Texas Tribune's 'Central')", () => {
    expect(datesOfLine("By Ann Lee and Bob Stone  Feb. 23, 2019 5:31 PM Central  Updated: Feb. 24, 2019 9:04 AM Central")).toEqual({
      dates: [
        { date: "2019-02-23", role: "published", time: "17:31", zone: "America/Chicago" },
        { date: "2019-02-24", role: "updated", time: "09:04", zone: "America/Chicago" },
      ],
      byline: "Ann Lee and Bob Stone",
    });
  });

  it("names nobody in a newsroom's or an outlet's byline: 'By TOI STAFF', 'By AGENCIES', 'By Euronews with AP'", () => {
    for (const b of ["By TOI STAFF", "By AGENCIES", "By Euronews", "By Euronews with EBU"]) expect(bylineNames(b)).toEqual([]);
    expect(bylineNames("By ANN LEE and AGENCIES")).toEqual(["ANN LEE"]);
  });

  it("names the copyright's holder without the reserved rights after a comma, as The Times of Israel prints them", () => {
    expect(copyrightHolder("© 2024 THE TIMES OF ISRAEL, ALL RIGHTS RESERVED")).toBe("THE TIMES OF ISRAEL");
    expect(copyrightHolder("© 2024 Smith, Jones & Co")).toBe("Smith, Jones & Co");
  });

  it("reads the byline before a date line's separator without the separator", () => {
    expect(datesOfLine("By Ann Lee  •  last updated: 26/01/2019 - 12:51", "dmy")?.byline).toBe("Ann Lee");
  });

  it("reads Euronews' run-on '- Copyright' credits and a picture agency's name glued to its digits", () => {
    expect(splitCaption("Crews at the reservoir on Tuesday - Copyright AP Photo/Ann Lee")).toEqual({ caption: "Crews at the reservoir on Tuesday", credit: "AP Photo/Ann Lee" });
    expect(creditLine("Copyright Ann Lee/AFP")).toBe("Ann Lee/AFP");
    expect(creditLine("Copyright © euronews 2019")).toBeUndefined();
    expect(splitCaption("Crews at the reservoir on Tuesday (Ann Lee/Flash90)")).toEqual({ caption: "Crews at the reservoir on Tuesday", credit: "Ann Lee/Flash90" });
    expect(splitCaption("Crews at the reservoir on Tuesday (Screen capture: YouTube)")).toEqual({ caption: "Crews at the reservoir on Tuesday", credit: "Screen capture: YouTube" });
  });

  it("takes a page whose only date is its update's as dated then (RTÉ's 'Updated /'), with its lead photo's caption below the date", () => {
    const parsed = page("Reservoir levels fall to lowest point in a decade", "", "Updated / Wednesday, 29 Jan 2020 17:32", "", "File photo of Cedar Creek Reservoir (Pic: RollingNews.ie)", "", "By Ann Lee", "Political Correspondent", "", ...STORY);
    expect(parsed.date?.slice(0, 10)).toBe("2020-01-29");
    expect(parsed.updated).toBeUndefined();
    expect(parsed.title).toBe("Reservoir levels fall to lowest point in a decade");
    expect(figures(parsed)).toEqual([expect.objectContaining({ caption: "File photo of Cedar Creek Reservoir", credit: "Pic: RollingNews.ie" })]);
  });

  it("takes a lead photo's bare caption between the date and the byline for a caption, not the headline", () => {
    const parsed = page("Reservoir levels fall to lowest point in a decade", "", "Updated / Wednesday, 29 Jan 2020 17:32", "", "File photo of Cedar Creek Reservoir", "", "By Ann Lee", "", ...STORY);
    expect(parsed.title).toBe("Reservoir levels fall to lowest point in a decade");
    expect(figures(parsed)).toEqual([{ caption: "File photo of Cedar Creek Reservoir" }]);
  });

  it("removes a site's reading meter and membership appeal, and its author alerts", () => {
    for (const line of [
      "You're a dedicated reader",
      "We’re really pleased that you’ve read 13 Times of Israel articles in the past month.",
      "Already a member? Sign in to stop seeing this",
      "That’s why we started the Times of Israel: to give discerning readers like you the coverage of Israel and the Jewish world you can’t get elsewhere.",
      "You will receive email alerts from this author. Manage alert preferences on your profile page",
    ])
      expect(chromeReason(line), line).toBeDefined();
    expect(chromeReason("We invite readers to a meeting about the reservoir on Tuesday.")).toBeUndefined();
  });
});
