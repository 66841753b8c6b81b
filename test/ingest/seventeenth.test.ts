/**
 * The rules the seventeenth held-out group of import cases led to (issue 13; BENCHMARKS.md, "The
 * seventeenth held-out group"): network-owned and group-owned stations, a metro daily, a UK
 * broadsheet, an agency's story as a partner republishes it, a freelance blog and a plain newsletter.
 */
import { describe, expect, it } from "vitest";
import { chromeReason } from "../../src/ingest/chrome.ts";
import { datesOfLine } from "../../src/ingest/dates.ts";
import { bylineNames, creditLine, splitCaption, splitDateline } from "../../src/ingest/text.ts";
import { page, WATER_SAVED as LATER, WATERING_VOTE as STORY } from "../helpers/ingest.ts";

const HEADLINE = "Council cuts watering days to two a week after a dry winter";

describe("date lines", () => {
  it("reads a network's local stamp with the station after it, an agency partner's 'Issued on' and 'Modified', and 'Original' as the published date", () => {
    expect(datesOfLine("Updated on: August 12, 2019 / 5:32 PM CDT / CBS Colorado")?.dates).toEqual([{ date: "2019-08-12", role: "updated", time: "17:32", offset: -300 }]);
    expect(datesOfLine("February 11, 2019 / 10:32 AM MST / CBS Colorado")?.dates[0]).toMatchObject({ date: "2019-02-11", role: "published" });
    expect(datesOfLine("Issued on: 29/01/2019 - 17:32 Modified: 30/01/2019 - 09:04")?.dates).toEqual([
      { date: "2019-01-29", role: "published", time: "17:32" },
      { date: "2019-01-30", role: "updated", time: "09:04" },
    ]);
    expect(datesOfLine("Updated Dec. 12, 2019 5:32 am ET / Original Dec. 12, 2019 10:32 am ET")?.dates.map((d) => d.role)).toEqual(["updated", "published"]);
    // The names before a date after a slash stay the byline's.
    expect(datesOfLine("Ann Lee / January 29, 2020")?.byline).toBe("Ann Lee");
  });

  it("reads an agency's dateline with a dash after its initials", () => {
    expect(splitDateline("Brussels (AFP) – A bus carrying children overturned on Monday.")).toMatchObject({ dateline: "Brussels", outlets: ["AFP"] });
  });
});

describe("bylines", () => {
  it("reads each name over its station's call sign above the date, and no station or desk for a name", () => {
    const parsed = page(HEADLINE, "", "Ann Lee", "KMKC", "Bob Stone", "KMKC", "", "Updated: 1:11 PM CST Jan 7, 2019", "", STORY);
    expect(parsed.title).toBe(HEADLINE);
    expect(parsed.byline).toEqual(["Ann Lee", "Bob Stone"]);
    expect(bylineNames("By Ann Lee and Bob Stone, WXSB-TV")).toEqual(["Ann Lee", "Bob Stone"]);
    expect(bylineNames("By Cox Media Group National Content Desk")).toEqual([]);
    expect(bylineNames("By Telegraph Reporters")).toEqual([]);
  });

  it("takes a group's content desk for a byline that names no one, not for the headline", () => {
    const parsed = page("Skip to content", "", HEADLINE, "", "By Cox Media Group National Content Desk", "", "January 29, 2020 at 5:32 pm EST", "", STORY);
    expect(parsed.title).toBe(HEADLINE);
    expect(parsed.byline).toEqual([]);
  });

  it("takes the headline over a station's short video title above the byline", () => {
    const parsed = page("Advertisement", "", "Paris court jails two police in high-profile rape case", "", "Officials speak after Wednesday's decision", "", "Ann Lee", "", "KVRA", "", "Updated: 6:07 PM PST Feb 2, 2019", "", "Editorial Standards ⓘ", "", STORY);
    expect(parsed.title).toBe("Paris court jails two police in high-profile rape case");
  });

  it("takes the headline below the newsletter's name over its issue's line", () => {
    const parsed = page("View in browser", "", "The Mesa Notebook", "", "Issue #30 · January 14, 2019", "", HEADLINE, "", "Hi friends,", "", STORY, "", LATER);
    expect(parsed.title).toBe(HEADLINE);
    expect(parsed.date).toBe("2019-01-14");
  });

  it("takes an email's '-- Ann Lee' signature below the story, the list's footer after it removed", () => {
    const parsed = page(
      "The Cedar Dispatch <ann@cedardispatch.example> via convertkit-mail.com", "", "Issue #188 · January 5, 2019", "", HEADLINE, "", "Hi everyone —", "", STORY, "", LATER, "", STORY, "", LATER, "",
      "-- Ann Lee", "", "Thanks for reading. If someone forwarded this to you, you can subscribe at cedardispatch.example.", "You're receiving this because you subscribed to The Cedar Dispatch.", "Unsubscribe | Preferences", "Powered by Buttondown",
    );
    expect(parsed.title).toBe(HEADLINE);
    expect(parsed.byline).toEqual(["Ann Lee"]);
  });
});

describe("photos' credits", () => {
  it("reads an agency's file photo, a station's hyphenated call sign, and 'Credit:' run on after the caption", () => {
    expect(creditLine("AFP/File")).toBe("AFP/File");
    expect(creditLine("Ann LEE / AFP/File")).toBe("Ann LEE / AFP/File");
    expect(creditLine("Ann Lee/WXSB-TV")).toBe("Ann Lee/WXSB-TV");
    expect(splitCaption("Water levels at the reservoir, Credit: Ann Lee/PA")).toEqual({ caption: "Water levels at the reservoir,", credit: "Ann Lee/PA" });
    // A sentence that gives its credit is no caption.
    expect(splitCaption("The board met on Tuesday. It thanked the public. Credit: Ann Lee")).toBeUndefined();
  });
});

describe("the sites' own words", () => {
  it("removes them", () => {
    for (const line of ["Turn On", "Not Now", "Ryan Reyes <ryan@valleynotes.example>", "Hi everyone —", "You're receiving this because you subscribed to The Cedar Dispatch.", "Powered by Buttondown", "Built with ConvertKit", "Reply to this email with tips, questions or corrections. I read everything."]) {
      expect(chromeReason(line), line).toBeDefined();
    }
  });
});
