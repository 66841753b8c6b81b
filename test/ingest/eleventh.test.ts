/**
 * The rules the eleventh held-out group of import cases led to (issue 13; BENCHMARKS.md, "The
 * eleventh held-out group"): the bylines, dates, captions and furniture of the mainstream sites
 * contributors paste from most (a TownNews-style regional, a McClatchy- and a Hearst-style metro,
 * an Arc-style national, an Apple News copy, an Australian regional, a smart-brevity local site,
 * a syndicated partner's copy).
 */
import { describe, expect, it } from "vitest";
import { chromeReason } from "../../src/ingest/chrome.ts";
import { datesOfLine } from "../../src/ingest/dates.ts";
import { bylineNames, isNamesLine } from "../../src/ingest/text.ts";
import { page, paragraphs, SNOWPACK as MORE, WATERING_HEADLINE as HEADLINE, WATERING_VOTE as STORY } from "../helpers/ingest.ts";

describe("bylines as mainstream sites print them", () => {
  it("reads a name with the reporter's address after it, and a story from staff reports", () => {
    expect(bylineNames("By Ann Lee alee@courier.example")).toEqual(["Ann Lee"]);
    expect(page(HEADLINE, "", "By Ann Lee alee@courier.example", "", "Jan 6, 2019", "", STORY)).toMatchObject({ title: HEADLINE, byline: ["Ann Lee"] });
    expect(page("Government", "", HEADLINE, "", "From staff reports", "", "Jan 6, 2019", "", STORY)).toMatchObject({ title: HEADLINE, byline: [] });
  });

  it("reads names with their shared role or their paper after a comma, and a paper's name alone as no one's", () => {
    expect(isNamesLine("Ann Lee and Bob Stone, Staff writers")).toBe(true);
    expect(bylineNames("Ann Lee and Bob Stone, Mesa Register-Star")).toEqual(["Ann Lee", "Bob Stone"]);
    expect(bylineNames("Desert Sun Courier")).toEqual([]);
    expect(bylineNames("Ann Lee The Canadian Press")).toEqual(["Ann Lee"]);
    const parsed = page("Desert Sun Courier", "", HEADLINE, "", "Ann Lee and Bob Stone, Desert Sun Courier", "", "January 14, 2019, 4:15 PM·3 min read", "", STORY);
    expect(parsed).toMatchObject({ title: HEADLINE, byline: ["Ann Lee", "Bob Stone"] });
  });

  it("reads names one to a line, and 'and' on a line of its own between them", () => {
    expect(page(HEADLINE, "", "Ann Lee", "Bob Stone", "", "Jan 12, 2019 - Health", "", STORY).byline).toEqual(["Ann Lee", "Bob Stone"]);
    expect(page(HEADLINE, "", "By Ann Lee", "and", "Bob Stone", "", "May 12, 2019 at 1:04 p.m. EDT", "", STORY).byline).toEqual(["Ann Lee", "Bob Stone"]);
    // The outlet and the place below a byline are not another name.
    expect(page(HEADLINE, "", "By Ann Lee", "VBS News, Glasgow", "", "Jan 12, 2019", "", STORY).byline).toEqual(["Ann Lee"]);
  });
});

describe("dates as mainstream sites print them", () => {
  it("reads a date with the page's section after a dash", () => {
    expect(datesOfLine("Jan 29, 2020 - Politics & Policy")?.dates).toEqual([{ date: "2020-01-29", role: "published" }]);
    expect(datesOfLine("Madrid - 29 Jan 2020 - 17:32 CET")?.dates[0]?.date).toBe("2020-01-29");
    expect(datesOfLine("Jan 29, 2020 - Updated Jan 30, 2020")?.dates.map((d) => d.role)).toEqual(["published", "updated"]);
  });

  it("reads a same-day update printed before the first publication's time", () => {
    expect(datesOfLine("Updated May 16 2019 - 7:06pm, first published 4:49pm")?.dates).toEqual([
      { date: "2019-05-16", role: "updated", time: "19:06" },
      { date: "2019-05-16", role: "published", time: "16:49" },
    ]);
  });

  it("takes the foot's 'originally published' for the date when the head shows only the update", () => {
    const parsed = page(HEADLINE, "", "By Ann Lee", "", "Updated January 17, 2019 9:04 AM", "", STORY, "", MORE, "", "This story was originally published January 16, 2019 9:41 AM.");
    expect(parsed.date?.slice(0, 10)).toBe("2019-01-16");
    expect(parsed.updated?.slice(0, 10)).toBe("2019-01-17");
    expect(paragraphs(parsed)).toEqual([STORY, MORE]);
  });
});

describe("captions and furniture as mainstream sites print them", () => {
  it("reads a photographer's name and agency, paper or address after a caption's stop", () => {
    for (const [credit, want] of [
      ["Ann Lee AP", "Ann Lee AP"],
      ["Ann Lee The Valley Bee", "Ann Lee The Valley Bee"],
      ["Ann Lee alee@valleybee.example", "Ann Lee"],
    ]) {
      const parsed = page(STORY, "", `Crews at the reservoir on Tuesday. ${credit}`, "", MORE);
      expect(parsed.body.find((b) => b.kind === "figure"), credit).toMatchObject({ figure: { caption: "Crews at the reservoir on Tuesday", credit: want } });
    }
    // A sentence ending in a name is no caption.
    expect(paragraphs(page(STORY, "", "The mayor thanked the crews. She said it was hard work for Ann Lee.", "", MORE))).toHaveLength(3);
  });

  it("removes the furniture these sites print in the same words", () => {
    for (const line of [
      "Your notification has been saved.",
      "There was a problem saving your notification.",
      "Get email notifications on {{subject}} daily!",
      "{{featured_button_text}}",
      "Email notifications are only sent once a day, and only if there are new matching items.",
      "Profile Image of Ann Lee",
      "Go deeper: Hospital waiting lists grow for third straight month",
      "Get the latest Valley Advocate news delivered to your inbox",
      "Article continues below this ad",
      "https://apple.news/AyTiis4ezzoTcaYbgDYy9A9",
      "Share via email",
      "Ad Feedback",
      "1of2",
      "Buy Photo",
      "Please log in to use this feature",
      "* I understand and agree that registration on or use of this site constitutes agreement to its user agreement and privacy policy.",
      "Support my work with a digital subscription",
      "Valley Brief is supported by readers and local sponsors. Become a member.",
      "Get a free daily digest of the most important news in your backyard with Valley Brief.",
      "VALLEY BEE APP →",
    ]) expect(chromeReason(line), line).toBeDefined();
    for (const line of [STORY, "Go deeper into the canyon, the crews said.", "He said 1 of 2 pumps failed.", "Support for the plan grew."]) expect(chromeReason(line), line).toBeUndefined();
  });

  it("removes a numbered list of headlines under its label below the story, and the headlines under a label naming the paper", () => {
    const parsed = page(HEADLINE, "", "By Ann Lee", "", "Jan 6, 2019", "", STORY, "", MORE, "", "Most Popular", "1. Drought relief package falls short, farmers say", "2. Police name driver killed in highway crash", "", "RELATED STORIES FROM THE VALLEY BEE", "Hospital waiting lists grow for third straight month", "Council backs plan for new ferry wharf");
    expect(paragraphs(parsed)).toEqual([STORY, MORE]);
  });
});
