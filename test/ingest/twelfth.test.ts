/**
 * The rules the twelfth held-out group of import cases led to (issue 13; BENCHMARKS.md, "The
 * twelfth held-out group"): the big national and international sites people copy from most, as
 * their pages come out of a browser: dates glued to their clocks, network and wire datelines,
 * captions in brackets, glued to their credit's label or printed with a gallery's buttons, names
 * over their social links, and their furniture.
 */
import { describe, expect, it } from "vitest";
import { chromeReason } from "../../src/ingest/chrome.ts";
import { datesOfLine } from "../../src/ingest/dates.ts";
import { splitCaption, splitDateline } from "../../src/ingest/text.ts";
import { figures, page, paragraphs, SNOWPACK as MORE, WATERING_HEADLINE as HEADLINE, WATERING_VOTE as STORY } from "../helpers/ingest.ts";

describe("dates as the big sites' markup prints them", () => {
  it("parts a year glued to its clock, a date glued to its copy, and an update glued to a zone", () => {
    expect(datesOfLine("January 5, 20192:57 PM ET")?.dates).toEqual([{ date: "2019-01-05", role: "published", time: "14:57", zone: "America/New_York" }]);
    expect(datesOfLine("Published On 29 Jan 202029 Jan 2020")?.dates[0]).toEqual({ date: "2020-01-29", role: "published" });
    expect(datesOfLine("October 13, 20195:27 PM UTCUpdated 3 min ago")?.dates).toEqual([{ date: "2019-10-13", role: "published", time: "17:27", offset: 0 }]);
    expect(datesOfLine("September 18, 2019 / 4:59 PM / Updated 3 min ago")?.dates).toEqual([{ date: "2019-09-18", role: "published", time: "16:59" }]);
  });

  it("reads a network's four-digit clock, and a zone after a date with no clock, and never a year as a clock", () => {
    expect(datesOfLine("Updated 1417 GMT (2217 HKT) April 8, 2019")?.dates).toEqual([{ date: "2019-04-08", role: "updated", time: "14:17", offset: 0 }]);
    expect(datesOfLine("February 11, 2019 GMT")?.dates).toEqual([{ date: "2019-02-11", role: "published" }]);
  });
});

describe("datelines of networks, wires and national papers", () => {
  it("reads a network's place and initials, glued or dashed, and its initials with no place", () => {
    expect(splitDateline("Washington (CNN)The president said on Friday he may act.")).toEqual({ dateline: "Washington", outlets: ["CNN"], rest: "The president said on Friday he may act." });
    expect(splitDateline("Los Angeles CNN — The president said on Friday he may act.")).toMatchObject({ dateline: "Los Angeles", outlets: ["CNN"] });
    expect(page(HEADLINE, "", "By Ann Lee, CNN", "", "Updated 5:32 PM EST, Wed January 29, 2020", "", `CNN — ${STORY}`).dateline).toBeUndefined();
    expect(splitDateline("LONDON, Jan 7 (Reuters) - An apartment block caught fire.")).toMatchObject({ dateline: "LONDON", outlets: ["Reuters"] });
    // A city in capitals before a dash is the place, not a network's initials.
    expect(splitDateline("OMAHA — The city's three reservoirs held less water.")).toMatchObject({ dateline: "OMAHA", outlets: [] });
  });

  it("reads 'Reporting from Paris' below the byline as the dateline, not the headline", () => {
    const parsed = page("Supported by", "", HEADLINE, "", "By Ann Lee", "Reporting from Paris", "", "Jan. 29, 2020", "", STORY);
    expect(parsed).toMatchObject({ title: HEADLINE, dateline: "Paris", byline: ["Ann Lee"] });
  });
});

describe("captions and credits as the big sites print them", () => {
  it("reads a credit in square brackets, a credit's label glued to the caption's stop, and a gallery's counter glued before it", () => {
    expect(splitCaption("Crews at the reservoir on Tuesday [Ann Lee/Reuters]")).toEqual({ caption: "Crews at the reservoir on Tuesday", credit: "Ann Lee/Reuters" });
    expect(splitCaption("Crews at the reservoir [File: Ann Lee/AFP]")).toEqual({ caption: "Crews at the reservoir", credit: "File: Ann Lee/AFP" });
    expect(splitCaption("Crews at the reservoir [Al Jazeera]")).toEqual({ caption: "Crews at the reservoir", credit: "Al Jazeera" });
    expect(splitCaption("Crews at the reservoir on Tuesday.CreditAnn Lee for The New York Times")).toEqual({ caption: "Crews at the reservoir on Tuesday", credit: "Ann Lee for The New York Times" });
    expect(splitCaption("[1/3]Crews at the reservoir on Tuesday. REUTERS/Ann Lee")).toEqual({ caption: "Crews at the reservoir on Tuesday", credit: "REUTERS/Ann Lee" });
    // Brackets inside a sentence of the story are no credit.
    expect(splitCaption("He said the plan [for the reservoir] would cost more.")).toBeUndefined();
  });

  it("reads a caption printed with a gallery's buttons: its credit once, or the line above 'Hide Caption'", () => {
    const npr = page(STORY, "", "Enlarge this image", "Crews at the reservoir on Tuesday.", "Ann Lee/Getty Images", "hide caption", "toggle caption", "Ann Lee/Getty Images", "", MORE);
    expect(figures(npr)).toEqual([expect.objectContaining({ caption: "Crews at the reservoir on Tuesday.", credit: "Ann Lee/Getty Images" })]);
    const cnn = page(STORY, "", "Crews at the reservoir on Tuesday.", "Hide Caption", "1 of 9", "", MORE);
    expect(figures(cnn)).toEqual([{ caption: "Crews at the reservoir on Tuesday." }]);
    expect(paragraphs(cnn)).toEqual([STORY, MORE]);
  });

  it("reads a picture's labels on lines of their own, and with the label before the words on one line", () => {
    const old = page(STORY, "", "Image copyright", "AFP via Getty Images", "Image caption", "Crews at the reservoir on Tuesday", "", MORE);
    expect(figures(old)).toEqual([expect.objectContaining({ caption: "Crews at the reservoir on Tuesday", credit: "AFP via Getty Images" })]);
    const inline = page(STORY, "", "Image copyright Ann Lee/BBC", "Image caption Crews at the reservoir on Tuesday", "", MORE);
    expect(figures(inline)).toEqual([expect.objectContaining({ caption: "Crews at the reservoir on Tuesday", credit: "Ann Lee/BBC" })]);
  });
});

describe("bylines and headers as the big sites print them", () => {
  it("reads names each over their social links, and an analysis's byline", () => {
    expect(page(HEADLINE, "", "January 5, 20192:57 PM ET", "", "Ann Lee", "Instagram", "Bob Stone", "Twitter", "", STORY).byline).toEqual(["Ann Lee", "Bob Stone"]);
    expect(page(HEADLINE, "", "Analysis by Ann Lee, CNN", "", "Updated 5:32 PM EST, Wed January 29, 2020", "", STORY)).toMatchObject({ title: HEADLINE, byline: ["Ann Lee"] });
  });

  it("keeps a dek below the headline in the header under a site's long menu", () => {
    const menu = ["Al Jazeera", "Middle East", "Africa", "Asia", "US & Canada", "Latin America", "Europe", "Asia Pacific", "Documentaries", "Programmes"];
    const parsed = page(...menu, "", HEADLINE, "", "Critics say the plan fails to address the root causes of the crisis.", "", "by Ann Lee and Bob Stone", "", "16 May 2019 22:55 GMT", "", STORY);
    expect(parsed).toMatchObject({ title: HEADLINE, byline: ["Ann Lee", "Bob Stone"], date: "2019-05-16T22:55:00Z" });
  });
});

describe("the big sites' furniture", () => {
  it("removes it in the words they print it", () => {
    for (const line of [
      "Skip to contentSkip to site indexSearch & Section Navigation",
      "Keyboard shortcuts for audio player",
      "SKIP ADVERTISEMENT",
      "Advertisement · Scroll to continue",
      "All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.",
      "Register now for FREE unlimited access to Reuters.com",
      "Exclusive news, data and analytics for financial market professionalsLearn more aboutLSEG",
      "The Associated Press is an independent global news organization dedicated to factual reporting. Founded in 1846, AP today remains the most trusted source of fast, accurate, unbiased news in all formats.",
      "CNN Sans ™ & © 2016 Cable News Network.",
      "Search CNN...",
      "Media playback is unsupported on your device",
      "Media caption Reporter explains what happens next",
      "Heard on Morning Edition",
      "Listen · 2:57",
      '<iframe src="https://www.npr.org/player/embed/825032709/825032716" width="100%" height="290" title="NPR embedded audio player">',
      "Give this article",
      "As a subscriber, you have 10 gift articles to give each month. Anyone can read what you share.",
      "Acquire Licensing Rights, opens new tab",
      "list 2 of 4",
      "JUST WATCHED",
      "Instagram",
      "More about Ann Lee",
      "CNN values your feedback",
      "1. How relevant is this ad to you?",
      "Content moved around while ad loaded",
      "You've successfully subscribed to this newsletter!",
      "Sign up for Al Jazeera",
      "Follow Al Jazeera English:",
      "protected by reCAPTCHA",
    ]) expect(chromeReason(line), line).toBeDefined();
    for (const line of [STORY, "More than 40 people attended.", "Register to vote by March 3, the clerk said.", "Sign up for the lottery closes on Friday.", "Close to 200 people came."]) expect(chromeReason(line), line).toBeUndefined();
  });

  it("removes the headlines under a list's label and its counters", () => {
    const parsed = page(HEADLINE, "", "By Ann Lee", "", "Jan 6, 2019", "", STORY, "", "Keep reading", "", "list 1 of 2", "", "Drought relief package falls short, farmers say", "", "list 2 of 2", "", "Police name driver killed in highway crash", "", "end of list", "", MORE);
    expect(paragraphs(parsed)).toEqual([STORY, MORE]);
  });
});
