/**
 * The rules the sixteenth held-out group of import cases led to (issue 13; BENCHMARKS.md, "The
 * sixteenth held-out group"): two networks' owned stations, a regional chain's site, a UK paper and
 * a UK broadcaster, a hosted blog, a newsletter platform and a news app's share.
 */
import { describe, expect, it } from "vitest";
import { parseBatch } from "../../src/ingest/batch.ts";
import { chromeReason } from "../../src/ingest/chrome.ts";
import { datesOfLine } from "../../src/ingest/dates.ts";
import { bylineNames, splitCaption } from "../../src/ingest/text.ts";
import { page, paragraphs, WATER_SAVED as LATER, WATERING_HEADLINE as HEADLINE, WATERING_VOTE as STORY } from "../helpers/ingest.ts";

describe("date lines", () => {
  it("reads a British broadcaster's clock in London's time, a blog's and an app's fields, and May with a stop", () => {
    expect(datesOfLine("Wednesday 29 July 2020 17:32, UK")?.dates).toEqual([{ date: "2020-07-29", role: "published", time: "17:32", zone: "Europe/London" }]);
    expect(datesOfLine("May 16, 2019 ~ Ann Lee ~ Leave a comment")).toEqual({ dates: [{ date: "2019-05-16", role: "published" }], byline: "Ann Lee" });
    expect(datesOfLine("Oct 19, 2019 · Ann Lee and Bob Stone")?.byline).toBe("Ann Lee and Bob Stone");
    expect(datesOfLine("Published: May. 06, 2019, 12:31 p.m.")?.dates[0]?.date).toBe("2019-05-06");
    // A newsletter's team before the date names no one.
    expect(datesOfLine("The Cedar Current team · October 18, 2019")).toEqual({ dates: [{ date: "2019-10-18", role: "published" }] });
    // A neighbourhood's name and a day with no year stay no date line; with the year, a name and a date is one.
    expect(datesOfLine("Capitol Hill · Jan 29")).toBeUndefined();
    expect(chromeReason("Sofia Brennan · January 27, 2019")).toBeUndefined();
  });
});

describe("bylines", () => {
  it("reads names each with a role in lower case after a comma, and none for a newsletter's team or staff", () => {
    const parsed = page(HEADLINE, "", "Ann Lee, political correspondent and Bob Stone, US correspondent", "", "Wednesday 29 January 2020 17:32, UK", "", STORY);
    expect(parsed.title).toBe(HEADLINE);
    expect(parsed.byline).toEqual(["Ann Lee", "Bob Stone"]);
    expect(bylineNames("The Valley Brief Team")).toEqual([]);
    expect(bylineNames("Mesa Morning Staff")).toEqual([]);
  });

  it("takes a blog theme's author over the date below the post for the byline and the date", () => {
    const parsed = page("Skip to content", "Valley Watch", "Notes from city hall, the school board and the water district", "Menu", "Home", "About", "Contact", "", HEADLINE, "", STORY, "", LATER, "", "Ann Lee", "January 29, 2020", "Uncategorized", "Leave a comment");
    expect(parsed.title).toBe(HEADLINE);
    expect(parsed.byline).toEqual(["Ann Lee"]);
    expect(parsed.date).toBe("2020-01-29");
    // The tagline above is kept for review, as a line above the headline that may be the story's.
    expect(paragraphs(parsed).slice(-2)).toEqual([STORY, LATER]);
  });
});

describe("a newsletter platform's issue", () => {
  it("takes the story below its labelled lead, not the issue's own title or the newsletter's name in the copyright", () => {
    const parsed = page(
      "Also: the school board's budget", "", "Read Online", "", "The Valley Brief", "", "The week in city hall", "", "The Valley Brief Team · August 30, 2019", "", "Together with Valley Credit Union", "",
      "Happy Wednesday. Grab a coffee, this one's a big one.", "", "📰 TOP STORY", "", HEADLINE, "", STORY, "", LATER, "",
      "📣 FROM OUR SPONSOR: VALLEY CREDIT UNION", "", "Open an account →", "", "🗞️ IN OTHER NEWS", "Hospital adds beds as flu cases climb", "", "What did you think of today's edition?", "", "© 2019 The Valley Brief",
    );
    expect(parsed.title).toBe(HEADLINE);
    expect(parsed.date).toBe("2019-08-30");
    expect(parsed.byline).toEqual([]);
    expect(paragraphs(parsed).slice(-2)).toEqual([STORY, LATER]);
  });
});

describe("a news app's share", () => {
  it("takes the story's headline, not the page's title with the site's name that the share sheet printed above it", () => {
    const parsed = page(
      `${HEADLINE} | Cedar County Courier`, "https://l.smartnews.com/p-p3Qxbg/m2uHiv", "Sent from SmartNews", "", "Cedar County Courier", "", HEADLINE, "", "Oct 19, 2019 · Ann Lee", "", STORY, "", LATER,
    );
    expect(parsed.title).toBe(HEADLINE);
    expect(parsed.byline).toEqual(["Ann Lee"]);
    expect(parsed.removed.map((r) => r.text)).toEqual(expect.arrayContaining(["https://l.smartnews.com/p-p3Qxbg/m2uHiv", "Sent from SmartNews"]));
  });
});

describe("photos' credits", () => {
  it("reads an owner's name bare below or in parentheses after a caption that says it is a photo, and 'Pic:'", () => {
    const parsed = page(HEADLINE, "", "By Ann Lee", "", "January 29, 2020", "", STORY, "", "File photo of the reservoir near the dam at sunset", "Valley Water Board", "", LATER);
    expect(parsed.body.find((b) => b.kind === "figure")).toMatchObject({ figure: { caption: "File photo of the reservoir near the dam at sunset", credit: "Valley Water Board" } });
    expect(splitCaption("File photo of the reservoir near the dam (Valley Water Board)")).toEqual({ caption: "File photo of the reservoir near the dam", credit: "Valley Water Board" });
    // A caption's photographer and outlet after its stop stay read as before.
    expect(splitCaption("File photo of the dam. ANN LEE (LA CRÓNICA)")?.credit).not.toBe("LA CRÓNICA");
    expect(splitCaption("Image: Water levels at the reservoir. Pic: PA")?.credit).toBe("Pic: PA");
  });

  it("keeps a credit that recurs in every file of a batch below its caption", () => {
    const file = (n: number) => [`${HEADLINE} ${n}`, "", "By Ann Lee", "", "January 29, 2020", "", `${STORY.slice(0, -1)} in district ${n}.`, "", `File photo of the reservoir in district ${n}`, "Associated Press", "", `${LATER.slice(0, -1)} in district ${n}.`].join("\n");
    const parsed = parseBatch([1, 2, 3, 4].map((n) => ({ origin: `${n}.txt`, raw: file(n) })));
    for (const p of parsed) expect(p.body.find((b) => b.kind === "figure")).toMatchObject({ figure: { credit: "Associated Press" } });
  });
});

describe("the platforms' own words", () => {
  it("removes them", () => {
    for (const line of [
      "If you purchase a product or register for an account through a link on our site, we may receive compensation.",
      "Already have a WordPress.com account? Log in now.",
      'In "Local News"',
      "Login or Subscribe to participate in polls.",
      "Click to subscribe to the Sky News Daily wherever you get your podcasts",
      "Together with Valley Credit Union",
      "Read Online",
      "https://news.google.com/articles/CBMiK2h0dHBzOi8vd3d3LmV4YW1wbGUuY29t0gEA?hl=en-US&gl=US&ceid=US%3Aen",
    ]) {
      expect(chromeReason(line), line).toBeDefined();
    }
  });
});
