/**
 * The rules the twenty-second held-out group of import cases led to (issue 13; BENCHMARKS.md, "The
 * twenty-second held-out group"): The Guardian, Nine's mastheads, RNZ and Stuff, CNA, The Times of
 * India and NDTV, Newsweek, US metro papers, and a story shared in a Slack channel.
 */
import { describe, expect, it } from "vitest";
import { parseBatch } from "../../src/ingest/batch.ts";
import { chromeReason } from "../../src/ingest/chrome.ts";
import { datesOfLine } from "../../src/ingest/dates.ts";
import { bylineNames, creditLine, splitCaption } from "../../src/ingest/text.ts";
import { page, paragraphs } from "../helpers/ingest.ts";

const HEADLINE_NZ = "Reservoir levels fall to lowest point in a decade";
const STORY = [
  "The city's three reservoirs held less water at the end of January than at any time since 2010, the Water Board said Wednesday.",
  "",
  "Board members voted 5-2 to ask residents to cut outdoor watering to two days a week starting in March.",
];

describe("The Guardian's header", () => {
  const header = (byline: string, ...dates: string[]) =>
    page(
      "Reservoir levels fall to lowest point in a decade",
      "",
      "This article is more than 4 years old",
      "",
      "Officials say the decision will shape the region for years to come",
      "",
      "File photo of Cedar Creek Reservoir. Photograph: Ann Lee/AP",
      "",
      byline,
      ...dates,
      "",
      "Share",
      "",
      ...STORY,
    );

  it("reads a byline with no 'By' over the date, past the dek and the lead photo's caption: a name and its role, a name 'and agencies'", () => {
    const parsed = header("Ann Lee Environment reporter", "Tue 15 Jan 2019 13.29 AEDT");
    expect(parsed.title).toBe("Reservoir levels fall to lowest point in a decade");
    expect(parsed.byline).toEqual(["Ann Lee"]);
    expect(parsed.date).toBe("2019-01-15T13:29:00+11:00");
    expect(header("Ann Lee and agencies", "Tue 15 Jan 2019 13.29 AEDT").byline).toEqual(["Ann Lee"]);
    expect(chromeReason("This article is more than 4 years old")).toBe("age notice");
  });

  it("takes a wire or the newsroom's staff for no one, and never for the headline", () => {
    for (const byline of ["Guardian staff and agencies", "Reuters in Chicago"]) {
      const parsed = header(byline, "Mon 7 Oct 2019 15.55 EDT");
      expect(parsed.title).toBe("Reservoir levels fall to lowest point in a decade");
      expect(parsed.byline).toEqual([]);
    }
  });

  it("takes 'First published on' below a date with no label for the published date, and the one above for the update", () => {
    const parsed = header("Ann Lee in Sydney", "Wed 2 Oct 2019 11.17 EDT", "First published on Wed 2 Oct 2019 09.00 EDT");
    expect(parsed.date).toBe("2019-10-02T09:00:00-04:00");
    expect(parsed.updated).toBe("2019-10-02T11:17:00-04:00");
  });
});

describe("bylines and dates of the twenty-second group's outlets", () => {
  it("reads the date in the last of a line's fields and the byline in the others (The Times of India, NDTV)", () => {
    expect(datesOfLine("Ann Lee | TNN | Updated: Sep 13, 2019, 10:04 IST")).toEqual({ dates: [{ date: "2019-09-13", role: "updated", time: "10:04", offset: 330 }], byline: "Ann Lee" });
    const reported = datesOfLine("Reported by Ann Lee and Bob Stone, Edited by Cy Young | Updated: January 24, 2019 12:59 pm IST");
    expect(reported?.dates[0]?.date).toBe("2019-01-24");
    expect(bylineNames(reported!.byline!)).toEqual(["Ann Lee", "Bob Stone"]);
    expect(bylineNames(datesOfLine("Chennai | NDTV News Desk | Updated: October 10, 2019 12:47 pm IST")!.byline!)).toEqual([]);
    expect(bylineNames(datesOfLine("Bengaluru | Press Trust of India | Updated: October 28, 2019 5:12 pm IST")!.byline!)).toEqual([]);
  });

  it("reads Newsweek's 'BY ANN LEE ON 1/29/20 AT 5:32 PM EST' without the 'ON', and Stuff's names glued to the stamp", () => {
    expect(datesOfLine("BY ANN LEE ON 1/29/20 AT 5:32 PM EST")?.byline).toBe("ANN LEE");
    expect(datesOfLine("Ann Lee and Bob Stone17:12, Jan 22 2019")).toEqual({ dates: [{ date: "2019-01-22", role: "published", time: "17:12" }], byline: "Ann Lee and Bob Stone" });
  });

  it("reads a credit glued after the caption's stop with its colon, and two agencies with a slash", () => {
    expect(splitCaption("Crews at the reservoir on Tuesday.Credit: Ann Lee")).toEqual({ caption: "Crews at the reservoir on Tuesday", credit: "Ann Lee" });
    expect(splitCaption("Crews at the reservoir on Tuesday. iStock/Getty Images")).toEqual({ caption: "Crews at the reservoir on Tuesday", credit: "iStock/Getty Images" });
    expect(creditLine("ISTOCK/GETTY IMAGES")).toBe("ISTOCK/GETTY IMAGES");
  });
});

describe("CNA's header", () => {
  it("takes 'File photo of … .' with its stop for the lead photo's caption, not the story's start, and reads the name and stamp below it", () => {
    const parsed = page("Reservoir levels fall to lowest point in a decade", "", "File photo of Cedar Creek Reservoir.", "", "Ann Lee", "09 Jan 2019 06:35PM", "", "SINGAPORE: " + STORY[0]!, "", STORY[2]!);
    expect(parsed.title).toBe("Reservoir levels fall to lowest point in a decade");
    expect(parsed.date?.slice(0, 10)).toBe("2019-01-09");
    expect(parsed.byline).toEqual(["Ann Lee"]);
    expect(parsed.dateline).toBe("SINGAPORE");
    expect(parsed.body.find((b) => b.kind === "figure")).toMatchObject({ figure: { caption: "File photo of Cedar Creek Reservoir." } });
  });
});

describe("a story shared in a Slack channel", () => {
  it("removes each message's poster and time, the day divider and the thread's summary, and reads the story's own header", () => {
    const parsed = page(
      "Thursday, February 14th, 2019",
      "",
      "Kate Price [12:31 PM]",
      "sharing for tomorrow's meeting, text below so it's searchable https://www.valleytimes.example/news/2020/01/29/reservoir-levels-fall/ (edited)",
      "",
      "Kate Price",
      "12:32 PM",
      "",
      "Reservoir levels fall to lowest point in a decade",
      "",
      "Ann Lee, The Valley Times",
      "January 29, 2020",
      "",
      ...STORY,
      "",
      "3 replies",
      "Last reply 2 days ago",
      "View thread",
    );
    expect(parsed.title).toBe("Reservoir levels fall to lowest point in a decade");
    expect(parsed.date).toBe("2020-01-29");
    expect(parsed.byline).toEqual(["Ann Lee"]);
    expect(paragraphs(parsed)).toEqual(expect.arrayContaining([STORY[0], STORY[2]]));
    const removed = new Map(parsed.removed.map((r) => [r.line, r.reason]));
    expect(removed.get(1)).toMatch(/day divider/);
    for (const line of [3, 6, 7]) expect(removed.get(line)).toMatch(/poster and time/);
    for (const line of [18, 19, 20]) expect(removed.get(line)).toMatch(/thread's summary/);
  });

  it("leaves a page with one line of a name and a time as it is", () => {
    const parsed = page("Reservoir levels fall to lowest point in a decade", "", "Ann Lee 5:32 PM", "January 29, 2020", "", ...STORY);
    expect(parsed.removed.some((r) => /poster and time/.test(r.reason))).toBe(false);
  });
});

describe("The Boston Globe's bylines and credits", () => {
  it("reads 'By Ann Lee Globe Staff' as the reporter and the paper's short name, glued to the update with a comma or not", () => {
    expect(bylineNames("By Ann Lee Globe Staff")).toEqual(["Ann Lee"]);
    expect(bylineNames("By Ann Lee and Bob Stone Globe Staff")).toEqual(["Ann Lee", "Bob Stone"]);
    expect(datesOfLine("By Ann Lee Globe Correspondent,Updated October 6, 2019, 2:32 p.m.")?.byline).toBe("Ann Lee Globe Correspondent");
    expect(datesOfLine("By The Associated Press,Updated October 18, 2019, 11:32 a.m.")?.byline).toBe("The Associated Press");
    // A newsroom's staff still names no one, a place's name before the paper's word too.
    for (const staff of ["By Valley Post Staff", "By Tampa Bay Times Staff", "By KVLY Staff"]) expect(bylineNames(staff)).toEqual([]);
  });

  it("parts a photographer's credit glued to the caption's stop, keeping an abbreviation's stop", () => {
    expect(splitCaption("Crews at the reservoir on Tuesday.Ann Lee/Globe Staff")).toEqual({ caption: "Crews at the reservoir on Tuesday", credit: "Ann Lee/Globe Staff" });
    expect(splitCaption("The first such legislature in the U.S.Ann Lee/Globe Staff")).toEqual({ caption: "The first such legislature in the U.S.", credit: "Ann Lee/Globe Staff" });
    expect(splitCaption("He said it was fine.Then Bob/Alice left")).toBeUndefined();
  });
});

describe("what Nine's mastheads, Newsweek and CNA print around a story", () => {
  it("removes each reporter's line below the story, the save button's prompt, the newsletter's pitch and the topics under their label", () => {
    const parsed = page(
      "Reservoir levels fall to lowest point in a decade",
      "",
      "By Ann Lee and Bob Stone",
      "January 29, 2020 — 5.32pm",
      "",
      "Log in, register or subscribe to save articles for later.",
      "",
      ...STORY,
      "",
      "Start your morning with the day's key stories and a long read for later. Sign up for our Morning Edition newsletter.",
      "",
      "Related Topics",
      "water",
      "climate change",
      "",
      "Ann Lee is a health reporter for The Sydney Morning Herald.",
      "Connect via X or email.",
      "",
      "Bob Stone is a Newsweek Senior Reporter based in Washington, D.C. Bob covers breaking news and politics.",
    );
    expect(paragraphs(parsed)).toEqual([STORY[0], STORY[2]]);
    expect(parsed.removed.find((r) => r.text.startsWith("Ann Lee is a health reporter"))?.reason).toMatch(/author's box/);
  });

  it("knows machine notices, the desk's sign-off and a list's label as the page's", () => {
    expect(chromeReason("Newsweek AI is in beta. Translations may contain inaccuracies—please refer to the original content.")).toBe("AI notice");
    expect(chromeReason("This audio is generated by an AI tool.")).toBe("AI notice");
    expect(chromeReason("Read a summary of this article on FAST.")).toBe("AI notice");
    expect(chromeReason("Source: CNA/gl(ea)")).toBe("desk sign-off");
    expect(chromeReason("Source: Reuters/ga")).toBe("desk sign-off");
    expect(chromeReason("Stay updated with CNA's WhatsApp channel for the day's top stories.")).toBe("channel prompt");
    expect(chromeReason("Also worth reading")).toBe("related link");
    // A story's own sourcing is not a sign-off.
    expect(chromeReason("Source: the Water Board's annual report")).toBeUndefined();
  });

  it("takes a recurring sentence naming the one-word masthead that opens each file for the site's", () => {
    const file = (n: number) =>
      ["Newsweek", "", `Story number ${n} about the reservoir`, "", "By Ann Lee", "Published Jan 29, 2020 at 5:32 PM EST", "", ...STORY.map((x) => (x ? `${x} (${n})` : x)), "", "Newsweek is committed to challenging conventional wisdom and finding connections in the search for common ground."].join("\n");
    const parsed = parseBatch([1, 2, 3, 4].map((n) => ({ origin: `${n}.txt`, raw: file(n) })));
    for (const p of parsed) expect(p.removed.find((r) => r.text.startsWith("Newsweek is committed"))?.reason).toMatch(/names the site \(Newsweek\)/);
  });
});

describe("a story shared in a Slack channel, with the chat around it", () => {
  it("removes the other messages, the poster's note over the story and the link's preview below it", () => {
    const parsed = page(
      "Kate Price  3:20 PM",
      "Pasting the full story since the link needs a login:",
      "https://valleytimes.example/news/reservoir-levels",
      "",
      "The Valley Times",
      "Reservoir levels fall to lowest point in a decade",
      "The city's three reservoirs held less water at the end of January than at any time since…",
      "",
      "Kate Price  3:21 PM",
      "In case anyone can't get past the paywall 👇",
      "",
      "Reservoir levels fall to lowest point in a decade",
      "",
      "By Ann Lee",
      "January 29, 2020",
      "",
      ...STORY,
      "",
      "The Valley Times",
      "Reservoir levels fall to lowest point in a decade",
      "The city's three reservoirs held less water at the end of January than at any time since…",
      "",
      "Bob Stone  3:34 PM",
      "Do we know who the reporter talked to at the county?",
    );
    expect(parsed.title).toBe("Reservoir levels fall to lowest point in a decade");
    expect(parsed.byline).toEqual(["Ann Lee"]);
    expect(paragraphs(parsed)).toEqual([STORY[0], STORY[2]]);
    const removed = new Map(parsed.removed.map((r) => [r.line, r.reason]));
    for (const line of [2, 3, 5, 6, 7, 26]) expect(removed.get(line)).toMatch(/another message/);
    expect(removed.get(10)).toMatch(/poster's note/);
    for (const line of [21, 22, 23]) expect(removed.get(line)).toMatch(/link's preview/);
  });
});

describe("the newsletters' boxes and the reporters' lines around a story", () => {
  it("knows a newsletter's box, a support appeal with its price and a reporter's address with the handle", () => {
    for (const line of [
      "Sign up to Morning Mail",
      "Free newsletter",
      "The day's most important US headlines and highlights, in your inbox every morning",
      "Get Metro Minute, the Globe's roundup of local news, in your inbox every weekday morning.",
      "Our morning email takes you through the main stories of the day, what is happening and why it matters",
      "Privacy Notice: Newsletters may contain information about charities, online ads, and content funded by outside parties. For more information see our Privacy Policy.",
      "You may occasionally receive promotional content from the Los Angeles Times.",
      "Sign Me Up",
      "Enter email address",
    ])
      expect(chromeReason(line), line).toBe("newsletter prompt");
    expect(chromeReason("If you can, please support the Guardian from as little as £1 – it only takes a minute. Thank you.")).toBe("support prompt");
    expect(chromeReason("Ann Lee can be reached at ann.lee@globe.com. Follow Ann on X @annlee. Bob Stone can be reached at bob.stone@globe.com.")).toBe("the reporter's address");
    // A story's line that asks readers to sign up for something of the world's is the story's.
    expect(chromeReason("Sign up for flu shots now")).toBeUndefined();
  });

  it("reads Stuff's name and role, or an agency's initials, glued to the stamp, and removes the bulleted headlines under 'READ MORE:'", () => {
    expect(datesOfLine("Ann Lee, Local Democracy Reporter18:07, Dec 16 2019")?.byline).toBe("Ann Lee, Local Democracy Reporter");
    expect(datesOfLine("BBC19:06, Sep 26 2019")?.dates[0]?.date).toBe("2019-09-26");
    const parsed = page(HEADLINE_NZ, "", "Ann Lee17:32, Jan 29 2020", "", STORY[0]!, "", "READ MORE:", "", "* Heavy rain watch for Coromandel and Bay of Plenty", "", "* Council votes to keep fluoride in town supply", "", STORY[2]!);
    expect(parsed.byline).toEqual(["Ann Lee"]);
    expect(paragraphs(parsed)).toEqual([STORY[0], STORY[2]]);
  });
});
