/**
 * The twenty-seventh held-out group's stations and local sites (issue 13): Spectrum News, a radio
 * group's station pages (iHeartMedia's, Audacy's), a hyperlocal site (Block Club Chicago) and a
 * story in Google's AMP viewer. What a reader of the imported article would notice: its title,
 * byline, captions and credits, and the prompts and comments taken out; and the story's own
 * sentences that open the same way kept.
 */
import { describe, expect, it } from "vitest";
import { figures, page, paragraphs, removedTexts } from "../helpers/ingest.ts";

const TITLE = "Reservoir levels fall to lowest point in a decade";
const LEAD = "The city's three reservoirs held less water at the end of January than at any time since 2010, the Water Board said Wednesday.";
const NEXT = "Board members voted 5-2 to ask residents to cut outdoor watering to two days a week.";
const LAST = "The board meets again on Feb. 12, when it will hear from the state climate office.";

const SPECTRUM_TOP = ["Skip to main content", "", "Spectrum News 9", "Watch Live", "Weather", "Sign In", "", "Change Location", "Tampa Bay, Florida", "", "Local News", ""];

describe("Spectrum News", () => {
  it("reads the market under the byline as a place, not a second reporter, and the credit in brackets after the caption", () => {
    const parsed = page(
      ...SPECTRUM_TOP, TITLE, "", "By Ann Lee and Bob Stone", "", "Tampa Bay", "", "PUBLISHED 5:32 PM ET Jan. 29, 2020", "", "SHARE", "",
      "The Eastside reservoir on Tuesday. (Spectrum News 9/Cy Young)", "", LEAD, "", NEXT,
    );
    expect(parsed.title).toBe(TITLE);
    expect(parsed.byline).toEqual(["Ann Lee", "Bob Stone"]);
    expect(figures(parsed)).toEqual([expect.objectContaining({ caption: expect.stringMatching(/^The Eastside reservoir on Tuesday\.?$/), credit: "Spectrum News 9/Cy Young" })]);
    expect(paragraphs(parsed)).toEqual([LEAD, NEXT]);
    // A second reporter whose name is no place's goes on with the byline.
    expect(page(TITLE, "", "By Ann Lee", "Bob Stone", "", "Jan. 29, 2020", "", LEAD, "", NEXT).byline).toEqual(["Ann Lee", "Bob Stone"]);
  });

  it("reads a staff page: no reporter, the market not the byline, the headline not the site's name or its location picker", () => {
    const parsed = page(...SPECTRUM_TOP, TITLE, "", "Spectrum News 9 Staff", "", "Cedar Valley", "", "PUBLISHED 5:32 PM ET Jan. 29, 2020", "", LEAD, "", NEXT);
    expect(parsed.title).toBe(TITLE);
    expect(parsed.byline).toEqual([]);
    expect(removedTexts(parsed)).toEqual(expect.arrayContaining(["Change Location", "Cedar Valley"]));
  });
});

describe("a radio group's station pages", () => {
  it("takes out iHeartMedia's listen and app prompts, and keeps the story's sentences about an app", () => {
    const story = "Listeners can stream the station live on the free app, the company said.";
    const parsed = page(
      TITLE, "", "By Ann Lee", "January 29, 2020", "", LEAD, "", "LISTEN LIVE: KNFK 99.3 FM", "", NEXT, "", story, "",
      "Get informed and inspired with the KNFK 99.3 The Valley app.", "Listen to KNFK 99.3 The Valley on the free #iHeartRadio app.",
      "Music, radio and podcasts, all free. Listen online or download the iHeart App.",
    );
    expect(paragraphs(parsed)).toEqual([LEAD, NEXT, story]);
    expect(removedTexts(parsed)).toEqual(
      expect.arrayContaining([
        "LISTEN LIVE: KNFK 99.3 FM",
        "Get informed and inspired with the KNFK 99.3 The Valley app.",
        "Listen to KNFK 99.3 The Valley on the free #iHeartRadio app.",
        "Music, radio and podcasts, all free. Listen online or download the iHeart App.",
      ]),
    );
  });

  it("parts Audacy's credit from the caption's stop", () => {
    const parsed = page(TITLE, "", "January 29, 2020 - 5:32 pm", "", "The Eastside reservoir on Tuesday. Photo credit Ann Lee/KCDR", "", LEAD, "", NEXT);
    expect(figures(parsed)).toEqual([expect.objectContaining({ caption: expect.stringMatching(/^The Eastside reservoir on Tuesday\.?$/), credit: "Photo credit Ann Lee/KCDR" })]);
    expect(paragraphs(parsed)).toEqual([LEAD, NEXT]);
  });
});

describe("a hyperlocal site", () => {
  it("takes out Block Club's pitch, its podcast prompt and the readers' comments below the story", () => {
    const parsed = page(
      TITLE, "", "Ann Lee", "", "5:32 PM CST on Jan 29, 2020", "", LEAD, "",
      "Subscribe to Block Club Chicago, an independent, 501(c)(3), journalist-run newsroom. Every dime we make funds reporting from Chicago’s neighborhoods.", "",
      "Already subscribe? Click here to support Block Club with a tax-deductible donation.", "", NEXT, "", LAST, "",
      "Listen to “It’s All Good: A Block Club Chicago Podcast”:", "", "2 Comments", "",
      "NorthSider77", "Jan 29, 2020 at 10:39 am", "Great reporting, thank you.", "Reply", "",
      "J. Ortiz", "Jan 30, 2020 at 8:02 am", "Who approved this?", "Reply",
    );
    expect(paragraphs(parsed)).toEqual([LEAD, NEXT, LAST]);
    expect(removedTexts(parsed)).toEqual(expect.arrayContaining(["NorthSider77", "Great reporting, thank you.", "J. Ortiz", "Who approved this?"]));
    // A count that no commenter's name and time follow is no thread: the story after it stays.
    const quote = "Great reporting, thank you, the mayor told the paper's editor on Tuesday.";
    const counted = page(TITLE, "", "By Ann Lee", "January 29, 2020", "", LEAD, "", "2 Comments", "", NEXT, "", quote);
    expect(paragraphs(counted)).toEqual([LEAD, NEXT, quote]);
    // Nor is a story's sentence that names a nonprofit's subscription a pitch.
    const members = "Subscribe to the city's alerts, an official said, and residents will hear first.";
    expect(paragraphs(page(TITLE, "", "By Ann Lee", "January 29, 2020", "", LEAD, "", members, "", NEXT))).toEqual([LEAD, members, NEXT]);
  });
});

describe("a story in Google's AMP viewer", () => {
  it("takes out the story's address under Read or Share this story, and keeps a sentence about sharing a story", () => {
    const story = "Readers can share this story with the board before the vote, Lee said.";
    const parsed = page(TITLE, "", "Ann Lee", "The Lakeport Record", "Published 5:32 p.m. CT Jan. 29, 2020", "", LEAD, "", NEXT, "", story, "", "Read or Share this story: https://www.lakeportrecord.example/story/news/local/2020/01/29/reservoir/4231412636/");
    expect(paragraphs(parsed)).toEqual([LEAD, NEXT, story]);
    expect(removedTexts(parsed)).toContain("Read or Share this story: https://www.lakeportrecord.example/story/news/local/2020/01/29/reservoir/4231412636/");
  });
});
