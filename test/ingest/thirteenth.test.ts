/**
 * The rules the thirteenth held-out group of import cases led to (issue 13; BENCHMARKS.md, "The
 * thirteenth held-out group"): aggregators' and portals' copies (a syndicated copy, a magazine's
 * flip, a news app, a comparison page) and national papers outside the US and UK (summary points
 * under the headline, the place in the byline's own slot, names over their roles over the city).
 */
import { describe, expect, it } from "vitest";
import { chromeReason } from "../../src/ingest/chrome.ts";
import { datesOfLine } from "../../src/ingest/dates.ts";
import { bylineNames, bylinePlace, splitDateline } from "../../src/ingest/text.ts";
import { page, paragraphs, SNOWPACK as MORE, WATERING_VOTE as STORY } from "../helpers/ingest.ts";

const HEADLINE = "Florida highway pileup, fire kills five children, two truck drivers";

describe("headers of national papers outside the US and UK", () => {
  it("takes the headline over two summary points, not the first point", () => {
    const parsed = page("News › Hong Kong › Politics", "", HEADLINE, "", "Decision follows months of consultation with stakeholders", "", "Lawmakers call for more details on the cost", "", "Jasmine Leung", "+ FOLLOW", "", "Published: 2:57pm, 5 Jan 2019", "", STORY);
    expect(parsed).toMatchObject({ title: HEADLINE, byline: ["Jasmine Leung"] });
    expect(parsed.date?.slice(0, 10)).toBe("2019-01-05");
    // A section's label over a headline and its dek is still no headline.
    expect(page("US politics & policy", "", "Block of flats collapses in Aleppo, killing eleven", "", "Analysts warn the costs could rise further before the work is finished", "", "Ann Lee in Tucson", "", "Published February 5 2019", "", STORY).title).toBe("Block of flats collapses in Aleppo, killing eleven");
  });

  it("reads the place in the byline's own slot as the dateline, and not a reporter's whereabouts or a desk's city", () => {
    expect(bylineNames("By Karan Malhotra, Hindustan Times, Lucknow")).toEqual(["Karan Malhotra"]);
    expect(bylinePlace("By Karan Malhotra, Hindustan Times, Lucknow")).toBe("Lucknow");
    // Where the reporter is based, as the ninth group's Nigerian daily prints it: the name's, not the dateline.
    expect(bylineNames("By Vikram Rathore, Mumbai")).toEqual(["Vikram Rathore"]);
    expect(bylinePlace("By Vikram Rathore, Mumbai")).toBeUndefined();
    expect(bylinePlace("Raymond Yip in Beijing")).toBeUndefined();
    expect(bylinePlace("Our Correspondent, Chattogram")).toBeUndefined();
    expect(bylinePlace("By Ann Lee, Bob Stone")).toBeUndefined();
    const parsed = page("Home / World News / Council cuts watering days", "", "Council cuts watering days", "", "By Karan Malhotra, Hindustan Times, Lucknow", "", "UPDATED ON JAN 10, 2019 06:48 PM IST", "", STORY);
    expect(parsed).toMatchObject({ title: "Council cuts watering days", byline: ["Karan Malhotra"], dateline: "Lucknow" });
  });

  it("reads names each over their role, and the city below them, in capitals or not", () => {
    const globe = page("For Subscribers", "", HEADLINE, "", "KWAME BRENNAN", "WESTERN CANADA REPORTER", "GRACE SUTTON", "FOREIGN CORRESPONDENT", "VANCOUVER", "", "Published September 15, 2019", "", STORY);
    expect(globe).toMatchObject({ title: HEADLINE, byline: ["KWAME BRENNAN", "GRACE SUTTON"], dateline: "VANCOUVER" });
    const mixed = page(HEADLINE, "", "James Raman", "Western Canada reporter", "Ottawa", "", "Published January 12, 2019", "", STORY);
    expect(mixed).toMatchObject({ byline: ["James Raman"], dateline: "Ottawa" });
    // The story's own dateline wins over the byline's place; a paper's name right below a name is no city.
    expect(page(HEADLINE, "", "By Ann Lee, Hindustan Times, Mumbai", "", "Jan 24, 2019", "", `PUNE: ${STORY}`).dateline).toBe("PUNE");
    expect(page(HEADLINE, "", "Ann Lee", "USA TODAY", "", "Published 10:00 a.m. ET Jan. 7, 2019", "", STORY).dateline).toBeUndefined();
  });

  it("takes a page imported alone whose menu ends in two capitalised words, a paywall's label over the headline, and a name over its desk", () => {
    const parsed = page("The Globe and Mail", "Subscribe", "", "Canada", "Personal Finance", "Real Estate", "", "For Subscribers", "Escape room fire kills five teen girls in Koszalin, Poland", "", "LUIS LINDQVIST", "OTTAWA BUREAU CHIEF", "HALIFAX", "", "Published January 5, 2019", "", "Log InCreate Free Account", "", STORY);
    expect(parsed).toMatchObject({ title: "Escape room fire kills five teen girls in Koszalin, Poland", byline: ["LUIS LINDQVIST"], dateline: "HALIFAX" });
  });

  it("reads a name over its role above the headline, and ANI's dateline", () => {
    expect(page("Boise, ID", "Marcus Whitfield", "Contributor", "Follow", "", HEADLINE, "", "January 7, 2019 4:01 PM", "", STORY).byline).toEqual(["Marcus Whitfield"]);
    expect(splitDateline(`New Delhi [India], January 24 (ANI): ${STORY}`)).toMatchObject({ dateline: "New Delhi", outlets: ["ANI"], rest: STORY });
    expect(bylineNames("By ANI")).toEqual([]);
    expect(datesOfLine("2d · Oct 14, 2019")?.dates).toEqual([{ date: "2019-10-14", role: "published" }]);
  });
});

describe("aggregators' and portals' copies", () => {
  it("finds the story's byline and date below a comparison page's takes, in a page imported alone, keeping the takes' sentences and flagging them", () => {
    const takes = ["Backers called the vote a long-overdue step for the valley.", "The board confirmed the vote in a statement late Tuesday.", "Critics said the plan would do little for farmers."];
    const parsed = page("Compare Coverage", "Left", takes[0]!, "Center", takes[1]!, "Right", takes[2]!, "", "Valley Herald", "Lean Right", "", "By Tom Harper", "Feb 13, 2019", "", STORY, "", MORE);
    expect(parsed.date?.slice(0, 10)).toBe("2019-02-13");
    expect(parsed.byline).toEqual(["Tom Harper"]);
    // Never dropped: the takes are sentences, kept and flagged for review; the labels and the outlet's name go.
    expect(paragraphs(parsed)).toEqual([...takes, STORY, MORE]);
    expect(parsed.flagged.map((f) => f.text)).toEqual(expect.arrayContaining(takes));
    expect(parsed.removed.map((r) => r.text)).toEqual(expect.arrayContaining(["Center", "Right", "Valley Herald"]));
    // A name and a date further down, with the page's date found above, change nothing.
    const dated = page(HEADLINE, "", "January 29, 2020", "", STORY, "", "By Tom Harper", "Feb 13, 2019", "", MORE);
    expect(dated.date?.slice(0, 10)).toBe("2020-01-29");
  });

  it("takes no curator's note, location chip, logo or bias bar for the headline", () => {
    expect(page("Ann Lee flipped into Climate Desk", "5d", "", "mesaherald.com", "", HEADLINE, "", "By Bob Stone", "January 7, 2019", "", STORY).title).toBe(HEADLINE);
    expect(page("“This could affect a lot of people.”", "", HEADLINE, "", "January 7, 2019", "", STORY).title).toBe(HEADLINE);
    expect(page("Environment", "", HEADLINE, "", "Colorado, United States", "", "Bias Distribution", "L 37%", "C 16%", "R 47%", "", "By Bob Stone", "", "January 7, 2019", "", STORY).title).toBe(HEADLINE);
    expect(page("The Independent logo", "", HEADLINE, "", "1/6/2019", "", STORY).title).toBe(HEADLINE);
  });

  it("removes the cards under a portal's and a magazine's list labels, and their own words", () => {
    const parsed = page(HEADLINE, "", "By Ann Lee", "", "Jan 6, 2019", "", STORY, "", MORE, "", "More from this magazine", "Transport minister defends plan to raise fares", "mesaherald.com", "11h", "Housing prices fall for the third month in a row", "", "Sponsored Content", "Seniors are snapping up these comfortable shoes");
    expect(paragraphs(parsed)).toEqual([STORY, MORE]);
    for (const line of [
      "Welcome to The Globe and Mail’s comment community. This is a space where subscribers can engage with each other and Globe staff.",
      "Please log in to bookmark this story.",
      "Get Latest India News along with Latest News and Top Headlines from India and around the world.",
      "By registering, you agree to our T&C and Privacy Policy",
      "Also Read: Transport minister defends plan to raise fares",
      "Reposted by 4 other sources",
      "Continue reading",
      "Sign up for the Politics Briefing newsletter. Sign up today.",
      "Follow Us",
      "+ FOLLOW",
      "Share Via",
      "Lean Right",
      "News › Hong Kong › Politics",
    ]) expect(chromeReason(line), line).toBeDefined();
    for (const line of ["Follow the money, the auditor said.", "Privacy is a right, the court ruled.", "Home is where the heart is, she said."]) expect(chromeReason(line), line).toBeUndefined();
  });
});
