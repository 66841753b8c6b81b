/**
 * The rules four of the twenty-sixth held-out group's styles led to (issue 13; BENCHMARKS.md, "The
 * twenty-sixth held-out group"): a government agency's GovDelivery bulletin, a school district's
 * news page (Finalsite, Edlio), a podcast's episode page with its transcript (Buzzsprout, a
 * paper's own) and a college athletics site (SIDEARM).
 */
import { describe, expect, it } from "vitest";
import { BOIL_WATER_STORY as STORY, page, paragraphs, removedTexts } from "../helpers/ingest.ts";

const HEADLINE = "Boil-water advisory lifted for the east side";
const FIRST = STORY[0]!;

describe("a government agency's GovDelivery bulletin", () => {
  const footer = ["###", "", "Stay connected with Bayview County Water District:", "Facebook", "Twitter", "", "SUBSCRIBER SERVICES:", "Manage Preferences  |  Unsubscribe  |  Help", "", "This email was sent to jdoe@example.com using GovDelivery Communications Cloud on behalf of: Bayview County Water District · 100 Shore Dr. · Bayview, WA 98000", "", "Powered by Granicus"];

  it("reads the release's headline and date, not the agency's banner, the mail's subject or its next-morning send stamp", () => {
    const parsed = page(
      "Subscribe to updates from Bayview County Water District",
      "Email Address",
      "e.g. name@example.com",
      "Subscribe",
      "",
      "Share Bulletin",
      "",
      `News Release: ${HEADLINE}`,
      "",
      "01/30/2020 08:15 AM PST",
      "",
      "Having trouble viewing this email? View it as a Web page.",
      "",
      "Bayview County Water District",
      "",
      "NEWS RELEASE",
      "FOR IMMEDIATE RELEASE",
      "",
      "January 29, 2020",
      "",
      "Media Contact:",
      "Sam Okoye",
      "Public Information Officer",
      "(360) 555-0199",
      "sokoye@bayviewwater.example",
      "",
      HEADLINE,
      "",
      ...STORY,
      "",
      ...footer,
    );
    expect(parsed.title).toBe(HEADLINE);
    expect(parsed.date).toBe("2020-01-29");
    // The officer to call is no author: a release speaks for the agency.
    expect(parsed.byline).toEqual([]);
    expect(removedTexts(parsed)).toEqual(expect.arrayContaining(["Bayview County Water District", `News Release: ${HEADLINE}`, "01/30/2020 08:15 AM PST", "Sam Okoye", "Stay connected with Bayview County Water District:", "Share Bulletin", "e.g. name@example.com"]));
    expect(removedTexts(parsed).some((t) => t.startsWith("This email was sent to"))).toBe(true);
    expect(paragraphs(parsed)[0]).toBe(FIRST);
  });

  it("takes no one-line contact for the headline in the bulletin as the inbox copies it", () => {
    const parsed = page("Having trouble viewing this email? View it as a Web page.", "", "Bayview County Water District", "", "NEWS RELEASE", "", "Wednesday, January 29, 2020", "", "Contact: Sam Okoye, Communications Director", "(360) 555-0199 | sokoye@bayviewwater.example", "", HEADLINE, "", ...STORY, "", ...footer);
    expect(parsed.title).toBe(HEADLINE);
    expect(parsed.date).toBe("2020-01-29");
    expect(removedTexts(parsed)).toEqual(expect.arrayContaining(["Contact: Sam Okoye, Communications Director", "Having trouble viewing this email? View it as a Web page."]));
  });
});

describe("a school district's news page", () => {
  const SCHOOLS = ["Maple Grove Elementary School", "Riverside Middle School", "Maple Grove High School"];
  // The district's name over its address, at the page's foot.
  const DISTRICT_FOOT = ["Maple Grove Public Schools", "1200 Oak St.", "Maple Grove, MN 55311"];
  it("takes no school from Finalsite's picker for the headline or the byline, and removes the non-discrimination notice", () => {
    const parsed = page(
      "Skip To Main Content",
      "",
      "Translate",
      "Search",
      "",
      "Select a School...",
      ...SCHOOLS,
      "",
      "Maple Grove Public Schools",
      "",
      "Home",
      "District News",
      "",
      HEADLINE,
      "",
      "Jan 29, 2020",
      "",
      ...STORY,
      "",
      "Back to All News",
      "",
      ...DISTRICT_FOOT,
      "Phone: (763) 555-0100",
      "",
      "Maple Grove Public Schools does not discriminate on the basis of race, color, national origin, sex, disability, or age in its programs and activities.",
      "",
      "Powered by Finalsite",
    );
    expect(parsed.title).toBe(HEADLINE);
    expect(parsed.date).toBe("2020-01-29");
    expect(parsed.byline).toEqual([]);
    expect(removedTexts(parsed)).toEqual(expect.arrayContaining(["Select a School...", "Riverside Middle School", "Maple Grove Public Schools"]));
    expect(removedTexts(parsed).some((t) => /does not discriminate/.test(t))).toBe(true);
    expect(paragraphs(parsed)).toEqual([FIRST, STORY[2], STORY[4]]);
  });

  it("takes neither the district's name nor its list of schools for Edlio's headline or byline", () => {
    const parsed = page(
      "Skip to main content",
      "Skip to navigation",
      "",
      "Maple Grove Public Schools",
      "",
      "Schools",
      ...SCHOOLS,
      "",
      "News",
      "",
      HEADLINE,
      "",
      "Posted by Dana Whitfield on January 29, 2020",
      "",
      ...STORY,
      "",
      ...DISTRICT_FOOT,
      "",
      "Powered by Edlio",
    );
    expect(parsed.title).toBe(HEADLINE);
    expect(parsed.byline).toEqual(["Dana Whitfield"]);
    expect(parsed.date).toBe("2020-01-29");
  });
});

describe("a podcast's episode page", () => {
  it("reads Buzzsprout's 'Reported by' as the byline and removes the notes, the host's lines, the speaker's label and the timestamps", () => {
    const parsed = page(
      "Harbor Hour",
      "",
      "Episode 88",
      "",
      HEADLINE,
      "",
      "Jan 29, 2020",
      "",
      "On today's episode: the boil-water advisory is lifted, and what comes next for the east side.",
      "",
      "Reported by Sam Okoye.",
      "",
      "Hosted by Jo March. Produced by Lee Park.",
      "",
      "JO: From Bayview Public Radio, this is Harbor Hour. I'm Jo March. Here's Sam with today's story.",
      "",
      "Sam Okoye:",
      "",
      "[00:00:12]",
      "",
      FIRST,
      "",
      "[00:01:05]",
      "",
      STORY[2]!,
      "",
      "JO: That's our show for today. Harbor Hour is produced by Lee Park. Thanks for listening.",
      "",
      "Harbor Hour is powered by Buzzsprout",
    );
    expect(parsed.title).toBe(HEADLINE);
    expect(parsed.byline).toEqual(["Sam Okoye"]);
    expect(parsed.date).toBe("2020-01-29");
    expect(paragraphs(parsed)).toEqual([FIRST, STORY[2]]);
    expect(removedTexts(parsed)).toEqual(expect.arrayContaining(["Sam Okoye:", "[00:01:05]", "Hosted by Jo March. Produced by Lee Park."]));
  });

  it("reads a paper's episode page: the day before the listening time, and 'This episode was reported by …' as the byline", () => {
    const parsed = page(
      "Podcasts",
      "",
      "Harbor Hour",
      "",
      HEADLINE,
      "",
      "Jan. 29, 2020 | 14 min listen",
      "",
      "This episode was reported by Sam Okoye and produced by Lee Park.",
      "",
      "Episode transcript",
      "",
      "Transcripts are generated by a mix of speech recognition software and human transcribers, and may contain errors.",
      "",
      "SAM OKOYE:",
      "",
      ...STORY,
    );
    expect(parsed.title).toBe(HEADLINE);
    expect(parsed.date).toBe("2020-01-29");
    expect(parsed.byline).toEqual(["Sam Okoye"]);
    expect(removedTexts(parsed)).toEqual(expect.arrayContaining(["SAM OKOYE:", "Transcripts are generated by a mix of speech recognition software and human transcribers, and may contain errors."]));
  });
});

describe("a college athletics site on SIDEARM", () => {
  it("reads no names from the story's links and removes the next game's box", () => {
    const parsed = page(
      "Bayview State University Athletics",
      "",
      "Women's Basketball",
      "",
      HEADLINE,
      "",
      "1/29/2020 5:32:00 PM",
      "",
      "Print Friendly Version",
      "",
      "Story Links",
      "Box Score",
      "Photo Gallery",
      "",
      ...STORY,
      "",
      "Next Game:",
      "Harbor Tech",
      "2/1/2020 | 2 PM",
      "Watch",
      "Live Stats",
    );
    expect(parsed.title).toBe(HEADLINE);
    expect(parsed.byline).toEqual([]);
    expect(removedTexts(parsed)).toEqual(expect.arrayContaining(["Next Game:", "Harbor Tech", "Live Stats"]));
    expect(paragraphs(parsed)).toEqual([FIRST, STORY[2], STORY[4]]);
  });

  it("removes the headlines under 'Related Headlines' below the story", () => {
    const parsed = page(HEADLINE, "", "January 29, 2020", "", "Story By: Sam Okoye", "", ...STORY, "", "Related Headlines", "Seahawks fall to Harbor Tech in overtime", "Seahawks announce 2020 signing class", "", "Powered by SIDEARM Sports");
    expect(parsed.byline).toEqual(["Sam Okoye"]);
    expect(removedTexts(parsed)).toEqual(expect.arrayContaining(["Related Headlines", "Seahawks fall to Harbor Tech in overtime", "Seahawks announce 2020 signing class"]));
  });
});
