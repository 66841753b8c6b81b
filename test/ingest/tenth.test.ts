/**
 * The rules the tenth held-out group of import cases led to (issue 13; BENCHMARKS.md, "The tenth
 * held-out group"): a clip report's labelled fields, a chat app's export, a broadcast's transcript
 * date, a public broadcaster's byline and date on one line, a social post's page name, kicker and
 * audience, a wire's version notes, filing time and agency initials, a desk's byline.
 */
import { describe, expect, it } from "vitest";
import { chromeReason } from "../../src/ingest/chrome.ts";
import { datesOfLine } from "../../src/ingest/dates.ts";
import { bylineNames, creditLine, parseText, toBlocks, withoutKicker, withoutOutlet } from "../../src/ingest/text.ts";
import { figures, paragraphs, SNOWPACK as MORE, WATERING_VOTE as STORY } from "../helpers/ingest.ts";

describe("a media-monitoring clip report", () => {
  const report = [
    "Valley Media Intelligence",
    "Daily Coverage Report — Thursday 30 January 2020",
    "Prepared for: Valley Water Board",
    "",
    "Item 3 of 8",
    "",
    "Headline: Council cuts watering days to two a week",
    "Outlet: Valley Evening Post",
    "Date: 29 January 2020",
    "Page: 12",
    "Author: Ann Lee; Bob Stone",
    "Circulation: 21,459",
    "Sentiment: Mixed",
    "",
    "Full text",
    "",
    STORY,
    "",
    MORE,
  ].join("\n");

  it("reads the headline, the date and the authors from their fields, not the report's own date or the outlet", () => {
    const parsed = parseText(toBlocks(report));
    expect(parsed).toMatchObject({ title: "Council cuts watering days to two a week", date: "2020-01-29", byline: ["Ann Lee", "Bob Stone"] });
    expect(paragraphs(parsed)).toEqual(expect.arrayContaining([STORY, MORE]));
    const reasons = new Map(parsed.removed.map((r) => [r.text, r.reason]));
    expect(reasons.get("Outlet: Valley Evening Post")).toBe("a clip report's field");
    expect(reasons.get("Full text")).toBe("a clip report's field");
  });

  it("takes a document's name before a date for no place", () => {
    expect(datesOfLine("Daily Coverage Report — Thursday 30 January 2020")).toBeUndefined();
    expect(datesOfLine("Madrid - 29 Jan 2020 - 17:32 CET")?.dates[0]?.date).toBe("2020-01-29");
  });

  it("leaves an author's field that names somebody to the byline", () => {
    expect(chromeReason("Author: Ann Lee")).toBeUndefined();
    expect(chromeReason("Author: Not credited")).toBe("a clip report's field");
  });
});

describe("a chat app's export with the story forwarded in it", () => {
  it("reads the longest message as the story, without its date, sender, bold, italics and emoji, and removes the others", () => {
    const raw = [
      "[30/01/20, 7:28:24 AM] Priya (Book Club): Did you all see this?",
      "[30/01/20, 7:31:23 AM] Priya (Book Club): 🔴 *BREAKING NEWS*",
      "",
      "*Council cuts watering days to two a week* 🔔",
      "",
      "✍️ Ann Lee",
      "",
      "📅 29 January 2020",
      "",
      STORY,
      "",
      MORE,
      "[30/01/20, 7:40:02 AM] Sam: Thanks for sharing",
    ].join("\n");
    const parsed = parseText(toBlocks(raw));
    expect(parsed).toMatchObject({ title: "Council cuts watering days to two a week", date: "2020-01-29", byline: ["Ann Lee"] });
    expect(paragraphs(parsed)).toEqual([STORY, MORE]);
    expect(parsed.removed.filter((r) => r.reason === "a chat's message").map((r) => r.text)).toEqual(["[30/01/20, 7:28:24 AM] Priya (Book Club): Did you all see this?", "[30/01/20, 7:40:02 AM] Sam: Thanks for sharing"]);
  });

  it("reads a text with one dated line as it is", () => {
    const raw = `Council Cuts Watering Days\n\nJanuary 29, 2020\n\n${STORY}\n\n*Correction:* an earlier version gave the wrong day.`;
    expect(paragraphs(parseText(toBlocks(raw)))).toContain("*Correction:* an earlier version gave the wrong day.");
  });
});

describe("broadcasters, posts and wires", () => {
  it("reads a transcript's air date and a wire's filing time", () => {
    expect(datesOfLine("Aired January 29, 2020 - 18:00 ET")?.dates[0]).toMatchObject({ date: "2020-01-29", time: "18:00" });
    expect(datesOfLine("Filed: 29/01/2020 17:32 GMT")?.dates[0]).toMatchObject({ date: "2020-01-29", time: "17:32" });
  });

  it("takes a transcript's correspondent, named before the words they speak, for the byline", () => {
    const raw = (speaker: string) =>
      `VNN NEWSROOM\n\nCouncil cuts watering days to two a week\n\nAired January 29, 2020 - 18:00 ET\n\nTHIS IS A RUSH TRANSCRIPT.\n\nBOB STONE, VNN ANCHOR: Now to a story we have been following.\n\n${speaker}${STORY}\n\n${MORE}`;
    const parsed = parseText(toBlocks(raw("ANN LEE, VNN CORRESPONDENT (voice-over): ")));
    expect(parsed).toMatchObject({ byline: ["ANN LEE"], date: "2020-01-29T18:00:00-05:00" });
    expect(paragraphs(parsed)).toContain(`ANN LEE, VNN CORRESPONDENT (voice-over): ${STORY}`);
    // The anchor is no byline.
    expect(parseText(toBlocks(raw(""))).byline).toEqual([]);
  });

  it("reads the names and the date after a public broadcaster's middle dots", () => {
    expect(withoutOutlet("Ann Lee, Bob Stone · LPB News")).toBe("Ann Lee, Bob Stone");
    expect(withoutOutlet("Ann Lee · Bob Stone")).toBe("Ann Lee · Bob Stone");
    expect(datesOfLine("The Canadian Press · Posted: Jan 29, 2020 5:32 PM CT | Last Updated: January 30, 2020")?.dates.map((d) => d.date)).toEqual(["2020-01-29", "2020-01-30"]);
    const raw = `Nova Scotia\n\nCouncil cuts watering days to two a week\n\nCritics say the plan leaves too many questions unanswered\n\nAnn Lee, Bob Stone · LPB News\nPosted: Jan 29, 2020 5:32 PM AT | Last Updated: January 30, 2020\n\n${STORY}`;
    expect(parseText(toBlocks(raw))).toMatchObject({ title: "Council cuts watering days to two a week", byline: ["Ann Lee", "Bob Stone"], date: "2020-01-29" });
  });

  it("takes a station's page name over the date for no headline, and the headline without its kicker", () => {
    const raw = (headline: string) => `Facebook\n\nValley FM 98.2 News\n\n29 January 2020 at 17:32 ·\n\nShared with Public\n\n${headline}\n\n${STORY}`;
    expect(parseText(toBlocks(raw("📻 Council cuts watering days to two a week"))).title).toBe("Council cuts watering days to two a week");
    expect(parseText(toBlocks(raw("BREAKING: Council cuts watering days to two a week"))).title).toBe("Council cuts watering days to two a week");
    expect(chromeReason("Shared with Public")).toBe("a post's audience");
    // A headline that is only a kicker keeps it.
    expect(withoutKicker("BREAKING NEWS")).toBe("BREAKING NEWS");
  });

  it("takes a link back to the list the page was opened from, and a wire's slug line, for chrome", () => {
    expect(chromeReason("← Back to Saved")).toBe("navigation");
    expect(chromeReason("Return to Transcripts main page")).toBe("navigation");
    expect(chromeReason("Priority: Routine | Version 2 | Words: 718")).toBe("a wire's slug");
    // Headlines and sentences that start the same way are not.
    expect(chromeReason("Return to office mandates spark protests")).toBeUndefined();
    expect(chromeReason("Back to school sales rose in August, the retailers said")).toBeUndefined();
  });

  it("takes a wire's version notes for chrome, its initials for no person, and a desk for no person", () => {
    expect(chromeReason("Adds quotes from council leader, paras 4-6")).toBe("a wire's version note");
    expect(chromeReason("Corrects spelling of name in para 3")).toBe("a wire's version note");
    expect(chromeReason("Updates with reaction")).toBe("a wire's version note");
    expect(chromeReason("Updates on the vote will follow.")).toBeUndefined();
    expect(bylineNames("By Ann Lee and Bob Stone, VPA")).toEqual(["Ann Lee", "Bob Stone"]);
    expect(bylineNames("By Ann Lee, VPA Home Affairs Correspondent")).toEqual(["Ann Lee"]);
    expect(bylineNames("By ANN LEE, Staff Writer")).toEqual(["ANN LEE"]);
    expect(bylineNames("Our Staff Reporter")).toEqual([]);
  });
});

describe("a read-later app's copy, captions by label and by camera", () => {
  it("reads the names and the date after the site's address", () => {
    expect(datesOfLine("valleygazette.example · by Ann Lee · Jan 29, 2020")).toEqual({ dates: [{ date: "2020-01-29", role: "published" }], byline: "Ann Lee" });
    const parsed = parseText(toBlocks(`Stash\n\nCouncil cuts watering days to two a week\n\nvalleygazette.example · by Ann Lee · Jan 29, 2020\n\nView Original\n\n${STORY}`));
    expect(parsed).toMatchObject({ title: "Council cuts watering days to two a week", byline: ["Ann Lee"], date: "2020-01-29" });
  });

  it("reads a wire's 'Photo credit should read:' as the credit below the caption", () => {
    expect(creditLine("Photo credit should read: Ann Lee/VPA Wire")).toBe("Ann Lee/VPA Wire");
    const parsed = parseText(toBlocks(`Council Cuts Watering Days\n\nJanuary 29, 2020\n\n${STORY}\n\nWater levels at Cedar Creek Reservoir on Tuesday\nPhoto credit should read: Ann Lee/VPA Wire\n\n${MORE}`));
    expect(parsed.body.find((b) => b.kind === "figure")).toMatchObject({ figure: { caption: "Water levels at Cedar Creek Reservoir on Tuesday", credit: "Ann Lee/VPA Wire" } });
  });

  it("reads a clip report's 'Caption:' and a post's camera as a photo's caption", () => {
    const labelled = parseText(toBlocks(`Council Cuts Watering Days\n\nJanuary 29, 2020\n\n${STORY}\n\nCaption: Water levels at Cedar Creek Reservoir on Tuesday\nCredit: Ann Lee\n\n${MORE}`));
    expect(labelled.body.find((b) => b.kind === "figure")).toMatchObject({ figure: { caption: "Water levels at Cedar Creek Reservoir on Tuesday", credit: "Ann Lee" } });
    const camera = parseText(toBlocks(`Council Cuts Watering Days\n\nJanuary 29, 2020\n\n${STORY}\n\n📸 Water levels at Cedar Creek Reservoir on Tuesday (Photo: Ann Lee)\n\n${MORE}`));
    expect(camera.body.find((b) => b.kind === "figure")).toMatchObject({ figure: { caption: "Water levels at Cedar Creek Reservoir on Tuesday", credit: "Photo: Ann Lee" } });
  });
});

describe("the tenth group's last misses: bars between names, the air time, a signature below", () => {
  it("reads two names parted by a bar as a shared byline, and a name and its place as one name", () => {
    const parsed = parseText(toBlocks(["Home | Latest | Pakistan | World", "", "Council cuts watering days to two a week", "", "Ann Lee | Bob Stone", "", "Published January 7, 2019", "", STORY, "", MORE].join("\n")));
    expect(parsed).toMatchObject({ title: "Council cuts watering days to two a week", byline: ["Ann Lee", "Bob Stone"], date: "2019-01-07" });
    expect(bylineNames("Ann Lee | New Delhi")).toEqual(["Ann Lee"]);
    expect(bylineNames("Ann Lee | Cedar Falls")).toEqual(["Ann Lee"]);
  });

  it("takes the hour a transcript's broadcast aired off its headline", () => {
    expect(withoutKicker("Bus overturns in Russia; at least seven die. Aired 5-6p ET")).toBe("Bus overturns in Russia; at least seven die");
    expect(withoutKicker("Council votes. Aired 9:30-10a ET")).toBe("Council votes");
    expect(withoutKicker("Aired 5-6p ET")).toBe("Aired 5-6p ET");
  });

  it("takes 'for' before a broadcaster's name after the middle dot, and an agency's reporter, for no person's name", () => {
    expect(withoutOutlet("Ann Lee · for LPB News")).toBe("Ann Lee");
    const wire = parseText(toBlocks(["VPA Wire", "", "Council cuts watering days to two a week", "", "By VPA Reporter", "", "Fri 4 Oct 2019 17:37 GMT", "", STORY, "", MORE].join("\n")));
    expect(wire).toMatchObject({ title: "Council cuts watering days to two a week", byline: [] });
  });

  it("reads the names and the date after 'for' and the broadcaster's name, and Newfoundland's time", () => {
    expect(datesOfLine("Luis Fontaine · for LPB News · Posted: Sep 17, 2019 9:10 AM CT")).toEqual({
      dates: [{ date: "2019-09-17", role: "published", time: "09:10", zone: "America/Chicago" }],
      byline: "Luis Fontaine",
    });
    expect(datesOfLine("Posted: Oct 7, 2019 9:47 AM NT")?.dates).toEqual([{ date: "2019-10-07", role: "published", time: "09:47", zone: "America/St_Johns" }]);
    // "at" after a date is no zone.
    expect(datesOfLine("Jan 29, 2020 5:32 PM at City Hall")).toBeUndefined();
  });

  it("takes an outlet's alert name for no headline", () => {
    const alert = parseText(toBlocks(["Valley Gazette News Alert 🔔", "", "Council cuts watering days to two a week", "", "2 Mar 2019, 7:50 pm", "", STORY, "", MORE].join("\n")));
    expect(alert.title).toBe("Council cuts watering days to two a week");
  });

  it("reads a post signed below its last paragraph, or a wire's 'Reporting by', as the byline when none is above", () => {
    const signed = (line: string) => parseText(toBlocks(["Council cuts watering days to two a week", "", "4 November 2019 at 15:29", "", STORY, "", MORE, "", line, "", "#ValleyNews #LocalNews"].join("\n")));
    for (const line of ["— Ann Lee, Riverside Radio News", "— Ann Lee, Valley FM 98.2 News", "— Ann Lee"]) {
      const parsed = signed(line);
      expect(parsed.byline, line).toEqual(["Ann Lee"]);
      expect(paragraphs(parsed)).not.toContain(line);
    }
    const reporting = signed("Reporting by Ann Lee and Bob Stone; Editing by Cy Young");
    expect(reporting.byline).toEqual(["Ann Lee", "Bob Stone"]);
    expect(paragraphs(reporting)).toContain("Reporting by Ann Lee and Bob Stone; Editing by Cy Young");
    // A dashed line that is no person's name stays where it is.
    expect(signed("— Courtesy of the family").byline).toEqual([]);
  });

  it("leaves a signature alone when the story has a byline above, and a dashed credit below a caption a credit", () => {
    const parsed = parseText(toBlocks(["Council cuts watering days to two a week", "", "By Bob Stone", "", "4 November 2019", "", STORY, "", MORE, "", "— Ann Lee, Riverside Radio News"].join("\n")));
    expect(parsed.byline).toEqual(["Bob Stone"]);
  });
});

describe("the tenth group's chrome and captions, a second look", () => {
  it("reads an agency's initials after a dash, a submitted photo and a screen grab's courtesy as credits", () => {
    const parsed = parseText(toBlocks([STORY, "", "Crews at the reservoir on Tuesday. — APP", "", MORE, "", "The dam at dawn. (Submitted by Ann Lee)", "", "Flood gates open. Screengrab courtesy Valley TV"].join("\n")));
    expect(figures(parsed)).toEqual([
      expect.objectContaining({ caption: "Crews at the reservoir on Tuesday", credit: "APP" }),
      expect.objectContaining({ caption: "The dam at dawn.", credit: "Submitted by Ann Lee" }),
      expect.objectContaining({ caption: "Flood gates open", credit: "Screengrab courtesy Valley TV" }),
    ]);
  });

  it("removes a post's comment thread below its sorting label, and its hashtags and buttons", () => {
    const post = ["Council cuts watering days to two a week", "", "4 November 2019 at 15:29", "", STORY, "", MORE, "", "#ValleyNews #LocalNews", "See less", "May be an image of road", "", "Most relevant", "", "Kwame Harper", "Where exactly is this?", "14h", "Like", "Reply", "", "Bob Stone", "So sad to hear this", "View more comments"].join("\n");
    const parsed = parseText(toBlocks(post));
    expect(paragraphs(parsed)).toEqual([STORY, MORE]);
    expect(parsed.removed.find((r) => r.text === "Where exactly is this?")?.reason).toMatch(/comment/);
  });

  it("removes a pull quote set in quotation marks, inside a paragraph or the whole of one", () => {
    const quote = "The board voted 5-2 on Tuesday to ask residents to cut outdoor watering to two days a week.";
    const parsed = parseText(toBlocks(["Council cuts watering days to two a week", "", "By Ann Lee", "", "Jan 6, 2019", "", `${quote} ${MORE}`, "", `“${quote}”`, "", STORY, "", `“${STORY}”`, "", "The council meets again on March 3."].join("\n")));
    expect(paragraphs(parsed)).toEqual([`${quote} ${MORE}`, STORY, "The council meets again on March 3."]);
  });

  it("removes a closed comment section's notice, a public broadcaster's pitch and 'Social Sharing', and a wire's newsdesk line", () => {
    for (const line of ["Comments are closed on this story.", "Add some “good” to your morning and evening.", "Social Sharing", "VPA Newsdesk: 01632 960138 | newsdesk@vpa.example"]) {
      expect(chromeReason(line), line).toBeDefined();
    }
  });
});
