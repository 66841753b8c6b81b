/**
 * The rules the fifteenth held-out group of import cases led to (issue 13; BENCHMARKS.md, "The
 * fifteenth held-out group"): mainstream sources a contributor pastes from, in CMSs not seen
 * before: a UK tabloid's site, two station groups' pages, a metro daily on WordPress, a blog on a
 * blog platform, an email newsletter, a browser's print of a page run through pdftotext, and a
 * wire story shared from an app.
 */
import { describe, expect, it } from "vitest";
import { buildArticle } from "../../src/ingest/article.ts";
import { chromeReason } from "../../src/ingest/chrome.ts";
import { datesOfLine } from "../../src/ingest/dates.ts";
import { bylineNames, creditLine, joinWrapped, parseText, toBlocks, vocabularyOf } from "../../src/ingest/text.ts";
import { fixtureIndex, page, paragraphs, WATER_SAVED as LATER, WATERING_HEADLINE as HEADLINE, WATERING_VOTE as STORY } from "../helpers/ingest.ts";

describe("a browser's print of a page, as pdftotext gives it", () => {
  // Three pages, each under the browser's date and title and over the address and the page's count.
  const printed = [
    "1/29/20, 5:40 PM   Council cuts watering days to two a week - The Valley Times",
    "",
    "Council cuts watering days to two a",
    "week",
    "",
    "By Ann Lee",
    "",
    "Jan 29, 2020",
    "",
    "The board voted 5-2 on Tuesday to ask residents to cut",
    "outdoor watering to two days a week, starting in",
    "",
    "https://www.valleytimes.example/news/council-cuts-watering-days-to-two-a-week/ 1/2",
    "\f1/29/20, 5:40 PM   Council cuts watering days to two a week - The Valley Times",
    "",
    "March. Officials said the cut would save about a fifth of",
    "the valley's water through the summer months and the per-",
    "day use of each household would be capped after the emis-",
    "sion limits set in 2019.",
    "",
    "https://www.valleytimes.example/news/council-cuts-watering-days-to-two-a-week/ 2/2",
  ].join("\n");

  it("removes each page's header and footer, and joins the paragraph a page break cut in two", () => {
    const parsed = parseText(toBlocks(printed));
    expect(parsed.title).toBe(HEADLINE);
    expect(parsed.byline).toEqual(["Ann Lee"]);
    expect(paragraphs(parsed)).toEqual([
      "The board voted 5-2 on Tuesday to ask residents to cut outdoor watering to two days a week, starting in March. Officials said the cut would save about a fifth of the valley's water through the summer months and the per-day use of each household would be capped after the emission limits set in 2019.",
    ]);
    const removed = parsed.removed.filter((r) => /page's header or footer/.test(r.reason)).map((r) => r.line);
    expect(removed).toEqual([1, 13, 16, 23]);
  });

  it("takes the article's own address from the page's footer for its source's url, and warns of no line left unplaced", () => {
    const imported = buildArticle({ origin: "x.txt", blocks: toBlocks(printed) }, fixtureIndex(), { source: "The Valley Times" });
    expect(imported.frontMatter?.source).toMatchObject({ url: "https://www.valleytimes.example/news/council-cuts-watering-days-to-two-a-week/" });
    expect(imported.warnings.filter((w) => w.includes("not placed"))).toEqual([]);
  });

  it("keeps a compound's hyphen at a line's end and joins a word broken there, by the text's words and English's", () => {
    const vocabulary = vocabularyOf(["the per-", "day use"]);
    expect(joinWrapped("the per-", "day use", vocabulary)).toBe("the per-day use");
    expect(joinWrapped("the emis-", "sion limits", vocabulary)).toBe("the emission limits");
    expect(joinWrapped("the anti-", "abortion law", vocabulary)).toBe("the anti-abortion law");
    expect(joinWrapped("Eva Glawischnig-", "Piesczek said", vocabulary)).toBe("Eva Glawischnig-Piesczek said");
    expect(joinWrapped("a 5-", "year-old girl", vocabulary)).toBe("a 5-year-old girl");
    // Printed whole elsewhere in the text: joined whole here too.
    expect(joinWrapped("the lava-", "seawater", vocabularyOf(["lavaseawater"]))).toBe("the lavaseawater");
  });
});

describe("a blog on a blog platform", () => {
  const post = (...above: string[]) =>
    page("Next Blog»", "Create Blog", "Sign In", "", "Valley City Watch", "Independent reporting on city hall, the school board and the water district since 2009.", "", ...above, HEADLINE, "", STORY, "", LATER, "", "Posted by Ann Lee at 5:32 PM", "Email This", "BlogThis!", "Labels: city council, water", "", "2 comments:", "", "Rich said...", "Thanks for covering this. Nobody else does.", "", "Blog Archive", "▼  2020 (28)", "►  January (4)", "city council (39)", "Simple theme. Powered by Blogger.");

  it("takes the post's title below the day's date, not the blog's name over its tagline, and its author signed below", () => {
    const parsed = post("Wednesday, January 29, 2020", "");
    expect(parsed.title).toBe(HEADLINE);
    expect(parsed.date?.slice(0, 10)).toBe("2020-01-29");
    expect(parsed.byline).toEqual(["Ann Lee"]);
    // The tagline, a sentence above the headline, is kept for review; the readers' comments and the platform's widgets are gone.
    expect(paragraphs(parsed).slice(-2)).toEqual([STORY, LATER]);
    expect(parsed.flagged.map((f) => f.text)).toContain("Independent reporting on city hall, the school board and the water district since 2009.");
  });

  it("takes the title right below the blog's name and tagline when no date is printed above it", () => {
    expect(post().title).toBe(HEADLINE);
  });

  it("reads the author and the date from 'Posted by … at' with the whole date", () => {
    expect(datesOfLine("Posted by Ann Lee at 1/29/2020 05:32:00 PM", "mdy")).toMatchObject({ byline: "Ann Lee", dates: [{ date: "2020-01-29", role: "published" }] });
  });
});

describe("an email newsletter", () => {
  it("takes the lead story's headline below 'TOP STORY', not the preheader, and the date from the masthead's issue line", () => {
    const parsed = page(
      "What happened this week, and what's next", "", "View this email in your browser", "", "Valley Voice", "Nonprofit news for the Upper Valley | Issue No. 149 | April 20, 2019", "",
      "Good morning,", "", "TOP STORY", "", HEADLINE, "", "Story by Ann Lee | Photos by Bob Stone", "", STORY, "", LATER, "",
      "Know someone who'd like this newsletter? Forward to a friend.", "", "Want to change how you receive these emails?", "You can update your preferences or unsubscribe from this list.",
    );
    expect(parsed.title).toBe(HEADLINE);
    expect(parsed.date).toBe("2019-04-20");
    expect(parsed.byline).toEqual(["Ann Lee"]);
    expect(paragraphs(parsed)).toEqual([STORY, LATER]);
  });

  it("reads a byline with its photographer and the date on one line", () => {
    expect(datesOfLine("Story by Ann Lee | Photos by Bob Stone | March 17, 2019")).toMatchObject({ dates: [{ date: "2019-03-17" }] });
    expect(bylineNames(datesOfLine("Story by Ann Lee | Photos by Bob Stone | March 17, 2019")!.byline!)).toEqual(["Ann Lee"]);
  });
});

describe("a UK tabloid's site, station groups' pages, a metro daily and a wire's app", () => {
  it("reads the names a byline gives before the outlet they wrote for, and none for the site's reporter or a wire", () => {
    expect(bylineNames("By ANN LEE FOR MAILONLINE and BOB STONE FOR THE DAILY MAIL")).toEqual(["ANN LEE", "BOB STONE"]);
    expect(bylineNames("By ANN LEE, SENIOR REPORTER and BOB STONE FOR DAILYMAIL.COM")).toEqual(["ANN LEE", "BOB STONE"]);
    expect(bylineNames("By MAILONLINE REPORTER")).toEqual([]);
    expect(bylineNames("Author: Associated Press")).toEqual([]);
    expect(bylineNames("Author: 13 On Your Side Staff")).toEqual([]);
    expect(bylineNames("By Ann Lee | alee@post.example and Bob Stone | bstone@post.example | The Front Range Post")).toEqual(["Ann Lee", "Bob Stone"]);
  });

  it("takes a photographer's credit for the paper, an agency's through another, a photographer's label and a source as credits", () => {
    for (const line of ["Ann Lee for DailyMail.com", "AFP via Getty Images", "Photographer: Ann Lee/Bloomberg", "Source: Valley Water Board", "Provided by Valley Water Board"]) {
      expect(creditLine(line), line).toBe(line);
    }
    expect(creditLine("Ann Lee for the council")).toBeUndefined();
  });

  it("takes no section's name over the headline for it", () => {
    const parsed = page("Log In", "", "Crime and Public Safety", "", HEADLINE, "", "By Ann Lee | alee@post.example | The Front Range Post", "", "PUBLISHED: January 29, 2020 at 5:32 p.m.", "", STORY);
    expect(parsed.title).toBe(HEADLINE);
    expect(parsed.byline).toEqual(["Ann Lee"]);
  });

  it("removes the sites' banners, prompts and share notes", () => {
    for (const line of ["Saturday, Feb 2nd 2019 5PM 66°F 8PM 62°F 5-Day Forecast", "Scroll down for video", "+2", "Winter Storm Warning until 11 AM Thursday", "Flood Watch through Friday morning", "I thought you might be interested in this story from Bloomberg.", "Get the app: https://bloom.bg/app", "This copy is for your personal, non-commercial use only.", "Good morning,", "Email Marketing Powered by Mailchimp"]) {
      expect(chromeReason(line), line).toBeDefined();
    }
    // A story's own sentences about the weather and a warning are none of them.
    expect(chromeReason("A Winter Storm Warning is in effect until 11 AM Thursday.")).toBeUndefined();
    expect(chromeReason("Winter Storm Warning issued for the valley")).toBeUndefined();
  });
});

describe("the lists and comments below a story", () => {
  it("removes a list under 'More news' or 'Trending Stories at' a site's address, its teasers with it, and the comments after 'Comments 61'", () => {
    const parsed = page(
      HEADLINE, "", "By Ann Lee", "", "January 29, 2020", "", STORY, "", LATER, "",
      "MORE NEWS", "Hospital adds beds as flu cases climb", "Officials said the change takes effect immediately. Read more »", "Local bakery marks 50 years in business", "",
      "Trending Stories at valley7.example", "Fire crews contain brush fire near the interstate", "Water main break closes part of Main Street", "",
      "Duration 1:30", "", "Comments 61", "Share what you think", "Newest", "Well said. Couldn't agree more.",
    );
    expect(paragraphs(parsed)).toEqual([STORY, LATER]);
    expect(parsed.flagged).toEqual([]);
  });
});

