/**
 * The twenty-sixth held-out group's papers and archive (issue 13): an archive.today capture, Latin
 * American and African English-language papers, and Village Media's local sites. What a reader of
 * the imported article would notice: its title, date, byline, captions and the lines taken out.
 */
import { describe, expect, it } from "vitest";
import { figures, page, paragraphs, removedTexts } from "../helpers/ingest.ts";

const LEAD = "The city's three reservoirs held less water at the end of January than at any time since 2010, the Water Board said Wednesday.";
const NEXT = "Board members voted 5-2 to ask residents to cut outdoor watering to two days a week.";
const LAST = "The board meets again on Feb. 12, when it will hear from the state climate office.";

describe("an archive.today capture", () => {
  it("dates the story by the page's own date, not the archive's capture time", () => {
    const parsed = page(
      "archive.ph", "", "archive.today", "webpage capture", "", "Saved from", "https://courier.example/news/reservoir-levels/", "search", "",
      "04 Mar 2021 06:21:27 UTC", "", "All snapshots", "from host courier.example", "", "Webpage", "Screenshot", "",
      "Cedar County Courier", "News", "Sports", "",
      "Reservoir levels fall to lowest point in a decade", "", "By Ann Lee", "", "Jan 29, 2020", "", LEAD, "", NEXT,
    );
    expect(parsed.title).toBe("Reservoir levels fall to lowest point in a decade");
    expect(parsed.date?.slice(0, 10)).toBe("2020-01-29");
    expect(removedTexts(parsed)).toContain("04 Mar 2021 06:21:27 UTC");
  });
});

describe("Latin American English-language papers", () => {
  it("reads Mexico News Daily's name and date on one line, and its credit after the caption's stop", () => {
    const parsed = page(
      "Mexico News Daily", "News", "Politics", "", "Reservoir levels fall to lowest point in a decade", "", "Ann Lee | January 29, 2020", "",
      LEAD, "", "The Eastside reservoir on Tuesday. Cuartoscuro", "", NEXT, "", "The dam's spillway near Oaxaca. Government of Mexico", "", LAST, "",
      "Source: Milenio (sp), Reforma (sp)", "", "Subscribe to Mexico News Daily", "Get the news from Mexico in English, every weekday, delivered to your inbox.",
    );
    expect(parsed.byline).toEqual(["Ann Lee"]);
    expect(parsed.date?.slice(0, 10)).toBe("2020-01-29");
    expect(figures(parsed)).toEqual([
      expect.objectContaining({ caption: expect.stringMatching(/^The Eastside reservoir on Tuesday\.?$/), credit: "Cuartoscuro" }),
      expect.objectContaining({ caption: expect.stringMatching(/^The dam's spillway near Oaxaca\.?$/), credit: "Government of Mexico" }),
    ]);
    expect(removedTexts(parsed)).toEqual(expect.arrayContaining(["Source: Milenio (sp), Reforma (sp)", "Get the news from Mexico in English, every weekday, delivered to your inbox."]));
  });

  it("keeps a story's line that ends in a name after an abbreviation's stop", () => {
    const parsed = page("Reservoir levels fall to lowest point in a decade", "", "By Ann Lee", "January 29, 2020", "", LEAD, "", "Soldiers from the U.S. Army", "", NEXT);
    expect(figures(parsed).some((f) => f.credit === "Army")).toBe(false);
  });

  it("reads Buenos Aires Times' credit after a bar, and a numeric date whose day and month are the same", () => {
    const parsed = page(
      "Buenos Aires Times", "ARGENTINA", "ECONOMY", "", "Reservoir levels fall to lowest point in a decade", "", "BY ANN LEE", "08-08-2019 17:32", "",
      LEAD, "", "The Eastside reservoir on Tuesday. | Photo: NA / Bob Stone", "", NEXT, "", "in this news", "Buenos Aires", "Government",
    );
    expect(parsed.date?.slice(0, 10)).toBe("2019-08-08");
    expect(figures(parsed)).toEqual([expect.objectContaining({ credit: "Photo: NA / Bob Stone" })]);
    expect(removedTexts(parsed)).toEqual(expect.arrayContaining(["in this news", "Government"]));
  });

  it("takes out The Tico Times' appeal below the story", () => {
    const parsed = page(
      "The Tico Times", "", "Reservoir levels fall to lowest point in a decade", "by Ann Lee", "January 29, 2020", "", LEAD, "", NEXT, "",
      "Support The Tico Times", "Independent journalism in English from Costa Rica since 1956. Your contribution keeps our reporting free for everyone.", "Donate",
    );
    expect(paragraphs(parsed)).toEqual([LEAD, NEXT]);
  });
});

describe("African English-language papers", () => {
  it("reads Graphic Online's date between dashes and its paper in the author's place", () => {
    const parsed = page(
      "Graphic Online", "News", "Business", "", "General News", "", "Reservoir levels fall to lowest point in a decade", "", "Author: Daily Graphic", "",
      "Jan - 29 - 2020 , 17:32", "", LEAD, "", NEXT, "", "Connect With Us : 0242202447 | 0551484843",
    );
    expect(parsed.title).toBe("Reservoir levels fall to lowest point in a decade");
    expect(parsed.date?.slice(0, 10)).toBe("2020-01-29");
    expect(parsed.byline).toEqual([]);
    expect(paragraphs(parsed)).toEqual([LEAD, NEXT]);
  });

  it("reads Premium Times' 'Agency Report' as a byline naming no one and takes out its appeal and text ad", () => {
    const parsed = page(
      "PREMIUM TIMES", "Home", "News", "", "Reservoir levels fall to lowest point in a decade", "", "Agency Report", "January 29, 2020", "", "5 min read", "",
      LEAD, "", NEXT, "", "Support PREMIUM TIMES' journalism of integrity and credibility",
      "Good journalism costs money. For continued free access to our reporting, we ask you to consider a modest contribution to this work.", "Donate", "",
      "TEXT AD: Call Willie - +2348098788999",
    );
    expect(parsed.title).toBe("Reservoir levels fall to lowest point in a decade");
    expect(parsed.byline).toEqual([]);
    expect(paragraphs(parsed)).toEqual([LEAD, NEXT]);
  });
});

describe("Village Media's local sites", () => {
  const top = ["Skip to content", "SooToday", "-7°C", "Light snow", "Local News", "Obituaries", "Sign in", "Local News"];
  it("reads the staff's byline with no person, below the headline", () => {
    const headline = "Slippery business: Scientists invent a coating for self-cleaning toilets";
    const parsed = page(...top, headline, "SooToday Staff", "Nov 21, 2019 10:06 AM", "7 Comments", "Listen to this article", "00:03:08", "Share by Email", "Share on Facebook", "", LEAD, "", NEXT);
    expect(parsed.title).toBe(headline);
    expect(parsed.byline).toEqual([]);
  });

  it("takes out the sponsor, the author's box, the comment box and the list of local news", () => {
    const parsed = page(
      ...top, "Reservoir levels fall to lowest point in a decade", "Ann Lee, Local Journalism Initiative Reporter", "Jan 29, 2020 5:32 PM", "", LEAD, "",
      "Sponsored by", "Pinewood Chevrolet Buick GMC", "", NEXT, "", LAST, "", "About the Author", "Ann Lee",
      "Ann Lee covers civic affairs for SooToday under the Local Journalism Initiative, which is funded by the Government of Canada.", "",
      "Comments (7)", "To join the conversation set a first and last name in your user profile.", "Read more comments", "Comment Guidelines", "",
      "More Local News", "City council approves 2020 budget after marathon session", "New family doctor coming to the west end",
    );
    expect(parsed.byline).toEqual(["Ann Lee"]);
    expect(paragraphs(parsed)).toEqual([LEAD, NEXT, LAST]);
  });

  it("reads a caption over its credit to the site", () => {
    const parsed = page(...top, "Reservoir levels fall to lowest point in a decade", "Ann Lee", "Jan 29, 2020 5:32 PM", "", LEAD, "", "Library director Sam Okoye.", "Ryan Brennan/BarrieToday", "", NEXT);
    expect(figures(parsed)).toEqual([expect.objectContaining({ caption: expect.stringMatching(/^Library director Sam Okoye\.?$/), credit: "Ryan Brennan/BarrieToday" })]);
  });
});

describe("captions with no credit", () => {
  it("reads a role and a name alone between paragraphs as a portrait's caption", () => {
    const parsed = page("Reservoir levels fall to lowest point in a decade", "", "By Ann Lee", "January 29, 2020", "", LEAD, "", "Library director Sam Okoye.", "", NEXT);
    expect(figures(parsed)).toEqual([expect.objectContaining({ caption: expect.stringMatching(/^Library director Sam Okoye\.?$/) })]);
    expect(paragraphs(parsed)).toEqual([LEAD, NEXT]);
  });

  it("keeps a one-sentence paragraph between paragraphs as the story's", () => {
    const line = "Board chair Elena Marsh speaks during Wednesday's meeting.";
    expect(paragraphs(page("Reservoir levels fall to lowest point in a decade", "", "By Ann Lee", "January 29, 2020", "", LEAD, "", line, "", NEXT))).toEqual([LEAD, line, NEXT]);
  });
});
