/**
 * The rules the twenty-fourth held-out group of import cases led to (issue 13; BENCHMARKS.md, "The
 * twenty-fourth held-out group"): nonprofit metro and beat newsrooms, DER SPIEGEL International and
 * swissinfo, NHK World and Kyodo, German and French papers read through a browser's translation,
 * a Tumblr post, a workplace chat and a memo with a story attached.
 */
import { describe, expect, it } from "vitest";
import { chromeReason } from "../../src/ingest/chrome.ts";
import { datesOfLine } from "../../src/ingest/dates.ts";
import { bylineNames, creditLine, splitCaption } from "../../src/ingest/text.ts";
import { page, paragraphs } from "../helpers/ingest.ts";

const HEADLINE = "Reservoir levels fall to lowest point in a decade";
const STORY = [
  "The city's three reservoirs held less water at the end of January than at any time since 2010, the Water Board said Wednesday.",
  "",
  "Board members voted 5-2 to ask residents to cut outdoor watering to two days a week starting in March.",
];

describe("date lines of the group's outlets", () => {
  it("reads a German page's 'Uhr', its translation's 'o'clock', swissinfo's label and Kyodo's sections after a bar", () => {
    expect(datesOfLine("22.01.2019, 19.02 Uhr")?.dates[0]).toEqual(expect.objectContaining({ date: "2019-01-22", time: "19:02" }));
    expect(datesOfLine("29.01.2020, 17:32 o'clock")?.dates[0]?.date).toBe("2020-01-29");
    expect(datesOfLine("This content was published on Jan 22, 2019 - 10:17")?.dates[0]?.date).toBe("2019-01-22");
    expect(datesOfLine("KYODO NEWS - Jan 29, 2020 - 17:32 | All, Japan")?.dates[0]?.date).toBe("2020-01-29");
    expect(datesOfLine("Ann Lee | Pune")).toBeUndefined();
  });

  it("reads 'From Ann Lee and Bob Stone', a translated German byline", () => {
    expect(bylineNames("From Ann Lee and Bob Stone")).toEqual(["Ann Lee", "Bob Stone"]);
    expect(bylineNames("From staff reports")).toEqual([]);
    const parsed = page(HEADLINE, "", "What the numbers show", "", "From Ann Lee and Bob Stone", "16.02.2019, 13:06 o'clock", "", ...STORY);
    expect(parsed.title).toBe(HEADLINE);
    expect(parsed.byline).toEqual(["Ann Lee", "Bob Stone"]);
  });
});

describe("a story attached to a memo saved as text", () => {
  it("removes the memo's title, fields and text above the attachment, and reads the story's own header and source", () => {
    const parsed = page(
      "CITY OF LAKEPORT",
      "MEMORANDUM",
      "TO:\tMayor and City Council",
      "FROM:\tAnn Lee, Communications Director",
      "DATE:\tFebruary 23, 2020",
      "RE:\tMedia coverage: The Valley Times article on reservoir levels",
      "",
      "The article below ran in The Valley Times on Thursday. A summary of our involvement follows.",
      "",
      "ATTACHMENT",
      "",
      "The Valley Times",
      "",
      HEADLINE,
      "",
      "By Bob Stone",
      "January 29, 2020",
      "",
      ...STORY,
      "",
      "Source: https://www.valleytimes.example/news/reservoir-levels-fall-to-lowest-point-in-a-decade",
    );
    expect(parsed.title).toBe(HEADLINE);
    expect(parsed.byline).toEqual(["Bob Stone"]);
    expect(parsed.date).toBe("2020-01-29");
    expect(paragraphs(parsed)).toEqual([STORY[0], STORY[2]]);
    expect(parsed.url).toBe("https://www.valleytimes.example/news/reservoir-levels-fall-to-lowest-point-in-a-decade");
    expect(parsed.removed.find((r) => r.line === 8)?.reason).toMatch(/memo/);
  });
});

describe("a clip report's record, which names the story in its own fields", () => {
  it("is read as a record, not as a memo: its headline field is the title", () => {
    const parsed = page("Valley Media Intelligence", "Prepared for: Valley County Council", "", "Date: 29/01/2020", "Outlet: The Valley Times", `Headline: ${HEADLINE}`, "Page: 9", "Section: News", "Author: Bob Stone", "Subject: Water", "", "Full text", "", ...STORY);
    expect(parsed.title).toBe(HEADLINE);
    expect(parsed.removed.some((r) => /memo/.test(r.reason))).toBe(false);
  });
});

describe("credits of the group's outlets", () => {
  it("reads a credit in parentheses before the caption, a name and any outlet after the stop, capitals after a bar, agency chains", () => {
    expect(splitCaption("(Ann Lee | The Salt Lake Tribune) Crews at the reservoir on Tuesday.")).toEqual({ caption: "Crews at the reservoir on Tuesday.", credit: "Ann Lee | The Salt Lake Tribune" });
    expect(splitCaption("Crews at the reservoir on Tuesday. (Ann Lee / Chalkbeat)")?.credit).toBe("Ann Lee / Chalkbeat");
    expect(splitCaption("Crews at the reservoir on Tuesday. | ANN LEE / OUEST-FRANCE")?.credit).toBe("ANN LEE / OUEST-FRANCE");
    expect(splitCaption("Crews at the reservoir on Tuesday. (Getty/Kyodo)")?.credit).toBe("Getty/Kyodo");
    expect(splitCaption("Crews at the reservoir on Tuesday. Photo via iStock")?.credit).toBe("Photo via iStock");
    expect(creditLine("Keystone / Ann Lee")).toBe("Keystone / Ann Lee");
    // A story's dateline in parentheses is no credit.
    expect(splitCaption("(AP) A fire broke out in the city on Tuesday.")).toBeUndefined();
  });
});

describe("what the group's pages print around a story", () => {
  it("knows a Tumblr post's notes, a nonprofit's appeals, a wire's end mark and a footer's links", () => {
    for (const [line, reason] of [
      ["ann-lee liked this", "post notes"],
      ["valleynews reblogged this from ann-lee", "post notes"],
      ["#local news #city council", "post notes"],
      ["(via valleytimes.example)", "post notes"],
      ["The Sun-Times is a nonprofit newsroom. Support our journalism with a donation today.", "support prompt"],
      ["The Salt Lake Tribune, Inc. is a 501(c)(3) public charity and contributions are tax deductible", "support prompt"],
      ["Get breaking news and other big stories as they happen.", "newsletter prompt"],
      ["==Kyodo", "wire end mark"],
      ["FAQ", "footer"],
      ["This article is reserved for subscribers", "paywall label"],
      ["Subscribe from €9 for the first month", "subscription prompt"],
      ["Also interesting: new bike lanes for the city centre", "related link"],
      ["History is on", "chat header"],
    ])
      expect(chromeReason(line!), line).toBe(reason);
    expect(chromeReason("#1 in the nation")).toBeUndefined();
  });

  it("removes the headlines under 'Related News' below the story, with their dates", () => {
    const parsed = page(HEADLINE, "", "Jan. 29, 2020 17:32 JST", "", ...STORY, "", "Related News", "Cherry blossoms open early in Tokyo", "Mar. 4, 08:29 JST", "Japan's population falls for 13th straight year", "Mar. 2, 14:51 JST");
    expect(paragraphs(parsed)).toEqual([STORY[0], STORY[2]]);
  });
});

describe("a story shared in Microsoft Teams or Google Chat", () => {
  it("reads Teams' and Google Chat's headers as a chat's, and removes the note, the link's preview and the replies", () => {
    const parsed = page(
      "[1/30/2020 10:39 AM] Ann Lee", // 1
      "Coverage from this morning, FYI.", // 2
      "https://www.valleytimes.example/news/reservoir-levels", // 3
      "", // 4
      HEADLINE, // 5
      "valleytimes.example", // 6
      "", // 7
      "[1/30/2020 10:40 AM] Ann Lee", // 8
      "", // 9
      HEADLINE, // 10
      "", // 11
      "January 29, 2020", // 12
      "By Bob Stone", // 13
      "", // 14
      ...STORY, // 15-17
      "", // 18
      "[1/30/2020 11:02 AM] Cy Young", // 19
      "Thanks, Ann!", // 20
    );
    expect(parsed.title).toBe(HEADLINE);
    expect(parsed.byline).toEqual(["Bob Stone"]);
    expect(parsed.date).toBe("2020-01-29");
    expect(paragraphs(parsed)).toEqual([STORY[0], STORY[2]]);
    expect(parsed.removed.find((r) => r.line === 20)?.reason).toMatch(/another message/);
    const google = page("Comms Team", "14 members", "", "History is on", "", "Tuesday, March 26", "", "Ann Lee, 10:07 AM", "We made the paper. Full article below for anyone who can't open it.", "", HEADLINE, "", "January 29, 2020", "By Bob Stone", "", ...STORY, "", "Cy Young, 10:30 AM", "Great coverage. I'll share with the board.");
    expect(paragraphs(google)).toEqual([STORY[0], STORY[2]]);
    expect(google.byline).toEqual(["Bob Stone"]);
  });
});
