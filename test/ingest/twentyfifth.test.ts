/**
 * The rules the twenty-fourth group's last misses and the twenty-fifth held-out group of import
 * cases led to (issue 13; BENCHMARKS.md, "The twenty-fifth held-out group"): a German paper's
 * place and full stop before the lead, a bullet's, a chat's day over a single message, opinion
 * pages (guests' roles, disclaimers, the letters form, the writer's line at the foot), a city's
 * News Flash page reposting a story with the day it first ran, and a university's newsroom.
 */
import { describe, expect, it } from "vitest";
import { chromeReason } from "../../src/ingest/chrome.ts";
import { creditLine, splitCaption, splitDateline } from "../../src/ingest/text.ts";
import { page, paragraphs, removedTexts } from "../helpers/ingest.ts";

const HEADLINE = "Reservoir levels fall to lowest point in a decade";
const STORY = [
  "The city's three reservoirs held less water at the end of January than at any time since 2010, the Water Board said Wednesday.",
  "",
  "Board members voted 5-2 to ask residents to cut outdoor watering to two days a week starting in March.",
];

describe("datelines before the lead", () => {
  it("reads a German paper's place and full stop, and a bullet's, but no word that opens a sentence or abbreviates a title", () => {
    expect(splitDateline("Hamburg. The city's three reservoirs held less water at the end of January than at any time since 2010.")).toEqual(expect.objectContaining({ dateline: "Hamburg" }));
    expect(splitDateline("St. George • Water levels at the reservoir fell again this week, the district said on Tuesday.")).toEqual(expect.objectContaining({ dateline: "St. George" }));
    expect(splitDateline("Meanwhile. The city's three reservoirs held less water at the end of January than at any time since 2010.")).toBeUndefined();
    expect(splitDateline("Sen. Warren said the city's three reservoirs held less water at the end of January than at any time.")).toBeUndefined();
    expect(splitDateline("Happy Wednesday. The city's three reservoirs held less water at the end of January than ever.")).toBeUndefined();
  });

  it("keeps a sentence broken across a column whole: the place after an unfinished paragraph is no dateline", () => {
    const parsed = page(HEADLINE, "", "By Ann Lee", "January 29, 2020", "", "A fire yesterday afternoon killed five girls at an escape room in Koszalin, North", "", "Poland. Following the fire, which also seriously injured a man, authorities are checking all the nation's escape rooms.");
    expect(parsed.dateline).toBeUndefined();
  });
});

describe("an e-paper's names below a dek", () => {
  it("reads a line of names between a dek with its stop and a datelined lead as the byline, and the lead's dateline", () => {
    const parsed = page("Bengaluru City", "", "Wednesday, 29 Jan, 2020", "", HEADLINE, "", "Supporters call it overdue; opponents say it moves too fast.", "", "Naveen Menon and Rohit Chandavarkar", "", `Bengaluru, DHNS: ${STORY[0]}`, "", STORY[2]!);
    expect(parsed.byline).toEqual(["Naveen Menon", "Rohit Chandavarkar"]);
    expect(parsed.dateline).toBe("Bengaluru");
    expect(paragraphs(parsed)).toEqual(["Supporters call it overdue; opponents say it moves too fast.", STORY[0], STORY[2]]);
  });
});

describe("a story posted alone in a chat", () => {
  it("takes the story's date, not the chat's day divider over the one message", () => {
    const parsed = page("Communications", "21 members", "", "History is on", "", "Sunday, May 19, 2019", "", "Kate Price, 2:21 PM", "For the clips folder 👇", "https://www.valleytimes.example/news/reservoir", "", HEADLINE, "", "May 18, 2019", "", ...STORY);
    expect(parsed.date).toBe("2019-05-18");
    expect(removedTexts(parsed)).toContain("Sunday, May 19, 2019");
  });
});

describe("opinion pages", () => {
  it("reads the writer over a guest's role ('Your Turn', 'Opinion contributor', 'Special to …') and not the role as a name or the headline", () => {
    for (const role of ["Your Turn", "Opinion contributor", "Guest columnist"]) {
      const parsed = page("OPINION", "", HEADLINE, "", "Ann Lee", role, "Published 5:32 p.m. PT Jan. 29, 2020", "", ...STORY);
      expect(parsed.title).toBe(HEADLINE);
      expect(parsed.byline).toEqual(["Ann Lee"]);
    }
    const special = page("GUEST COMMENTARY", "", HEADLINE, "", "By Ann Lee", "Special to The Lakeport Record", "UPDATED FEBRUARY 11, 2019 6:13 PM", "", ...STORY);
    expect(special.title).toBe(HEADLINE);
    expect(special.byline).toEqual(["Ann Lee"]);
  });

  it("removes the disclaimers, the letters form and the guest's line at the foot, and keeps the story", () => {
    expect(chromeReason("This piece expresses the views of its author(s), separate from those of this publication.")).toBe("opinion disclaimer");
    expect(chromeReason("The views expressed in this column are the author's own and do not necessarily reflect those of The Lakeport Record.")).toBe("opinion disclaimer");
    expect(chromeReason("Name (required)")).toBe("letters form");
    expect(chromeReason("Send a letter to the editor of up to 200 words to letters@lakeportrecord.example. Include your full name, city and phone number; only your name and city will be published.")).toBe("letters form");
    expect(chromeReason("More: Letters: Readers weigh in on the school budget")).toBe("related link");
    expect(chromeReason("The views of the board were split, the chair said.")).toBeUndefined();
    const parsed = page(HEADLINE, "", "By Ann Lee", "January 29, 2020", "", ...STORY, "", "Ann Lee is a retired civil engineer who lives in Ashford.");
    expect(paragraphs(parsed)).toEqual([STORY[0], STORY[2]]);
    expect(removedTexts(parsed)).toContain("Ann Lee is a retired civil engineer who lives in Ashford.");
    // A reporter's note of where each reported from is the story's own.
    const note = page(HEADLINE, "", "By Ann Lee and Bob Stone", "January 29, 2020", "", ...STORY, "", "Ann Lee reported from Chicago, and Bob Stone from New York.");
    expect(paragraphs(note)).toContain("Ann Lee reported from Chicago, and Bob Stone from New York.");
  });
});

describe("a city's News Flash page", () => {
  it("dates a reposted story by the day it first ran, not the day the city posted it", () => {
    const parsed = page("Home", "News Flash", "", "In the News", "", "Posted on: January 23, 2019", "", HEADLINE, "", "Reprinted with permission from The Lakeport Record. Originally published Jan. 22, 2019.", "", ...STORY, "", "Read the original article on the Record's website.");
    expect(parsed.title).toBe(HEADLINE);
    expect(parsed.date).toBe("2019-01-22");
    expect(paragraphs(parsed)).toEqual([STORY[0], STORY[2]]);
    const by = page("Posted on: August 7, 2019", "", HEADLINE, "", "Article by Ann Lee and Bob Stone, The Lakeport Record, August 4, 2019", "", ...STORY);
    expect(by.date).toBe("2019-08-04");
    expect(by.byline).toEqual(["Ann Lee", "Bob Stone"]);
  });

  it("reads an office as no person and as a photo's owner, and removes the city site's furniture", () => {
    const parsed = page("Police Department", "", "Posted on: October 9, 2019", "", HEADLINE, "", ...STORY);
    expect(parsed.byline).toEqual([]);
    expect(splitCaption("Crews flush a water main on Elm Street. (Lakeport Public Works)")).toEqual({ caption: "Crews flush a water main on Elm Street.", credit: "Lakeport Public Works" });
    expect(creditLine("Sun-Times file")).toBe("Sun-Times file");
    expect(splitCaption("(AP Photo/Ann Lee) Crews at the reservoir on Tuesday.")).toEqual({ caption: "Crews at the reservoir on Tuesday.", credit: "AP Photo/Ann Lee" });
    for (const line of ["Create a Website Account - Manage notification subscriptions, save form progress and more.", "How Do I...", "Notify Me®", "Other News in Public Works", "Government Websites by CivicPlus®", "Media contact:"]) expect(chromeReason(line)).toBeDefined();
  });
});

describe("a university's newsroom", () => {
  it("reads two writers before 'University Communications' as the byline, not the headline", () => {
    const parsed = page("News", "", HEADLINE, "", "What the numbers show", "", "Ann Lee and Bob Stone, University Communications", "Jan 9, 2019", "", ...STORY);
    expect(parsed.title).toBe(HEADLINE);
    expect(parsed.byline).toEqual(["Ann Lee", "Bob Stone"]);
  });

  it("removes an editor's name below the byline", () => {
    expect(chromeReason("Edited by Bob Stone")).toBe("editor's credit");
  });
});
