/**
 * The rules four of the twenty-seventh held-out group's styles led to (issue 13; BENCHMARKS.md, "The
 * twenty-seventh held-out group"): a newsroom's CMS export of its morgue (Atex's and Saxotech's
 * field lines), a paper's news obituary on Legacy.com (its guest book), a high-school sports site
 * (MaxPreps) and a local outlet's text-only site.
 */
import { describe, expect, it } from "vitest";
import { BOIL_WATER_STORY as STORY, figures, page, paragraphs, removedTexts } from "../helpers/ingest.ts";

const HEADLINE = "Crews repair water main under Harbor Road";
const FIRST = STORY[0]!;

describe("a newsroom's CMS export (any system's FIELD: value lines)", () => {
  it("reads Atex's upper-case fields: the headline, byline and date from their values, the other fields and the jump line gone, a CUTLINE as a caption with its credit", () => {
    const parsed = page(
      "SLUG: CREWS-REPAIR-0129",
      "",
      `HEADLINE: ${HEADLINE}`,
      "",
      "BYLINE: By ANN LEE",
      "",
      "CREDIT: Staff Writer",
      "",
      "PUBDATE: Wednesday, January 29, 2020",
      "",
      "EDITION: Final",
      "SECTION: Local",
      "PAGE: A1",
      "WORD COUNT: 612",
      "",
      `LAKEPORT — ${FIRST}`,
      "",
      "(CONTINUED ON PAGE A6)",
      "",
      "CUTLINE: Crews work on the broken main under Harbor Road on Tuesday. (Staff photo by Bob Stone)",
      "",
      ...STORY.slice(2),
      "",
      "Continued on Page 4 of the report, the audit found the pipes had not been inspected since 1998.",
      "",
      "-30-",
    );
    expect(parsed.title).toBe(HEADLINE);
    expect(parsed.byline).toEqual(["ANN LEE"]);
    expect(parsed.date).toBe("2020-01-29");
    expect(parsed.dateline).toBe("LAKEPORT");
    expect(figures(parsed)).toEqual([expect.objectContaining({ caption: "Crews work on the broken main under Harbor Road on Tuesday.", credit: "Staff photo by Bob Stone" })]);
    const removed = removedTexts(parsed);
    for (const line of ["SLUG: CREWS-REPAIR-0129", "CREDIT: Staff Writer", "EDITION: Final", "SECTION: Local", "PAGE: A1", "WORD COUNT: 612", "(CONTINUED ON PAGE A6)"]) expect(removed).toContain(line);
    // The story's own sentence that opens as a jump line does stays.
    expect(paragraphs(parsed)).toContain("Continued on Page 4 of the report, the audit found the pipes had not been inspected since 1998.");
    expect(paragraphs(parsed)).toContain(STORY[2]);
  });

  it("reads Saxotech's mixed-case fields: an ISO \"Pub Date\", \"Photo caption:\" over \"Photo credit:\" as one figure, the record's other fields gone; three labelled lines are no record", () => {
    const parsed = page(
      `Headline: ${HEADLINE}`,
      "Byline: Ann Lee, Staff Writer",
      "Pub Date: 2020-01-29",
      "Section: Local News",
      "Page: 3A",
      "Edition: Daily",
      "Keywords: crews; repair",
      "Story ID: 48213",
      "",
      "Body:",
      "",
      FIRST,
      "",
      "Photo caption: Crews work on the broken main under Harbor Road on Tuesday.",
      "Photo credit: Bob Stone, The Lakeport Record",
      "",
      ...STORY.slice(2),
      "",
      "Credit: the council gave the contractor until March to finish the work, the mayor said.",
    );
    expect(parsed.title).toBe(HEADLINE);
    expect(parsed.byline).toEqual(["Ann Lee"]);
    expect(parsed.date).toBe("2020-01-29");
    expect(figures(parsed)).toEqual([expect.objectContaining({ caption: "Crews work on the broken main under Harbor Road on Tuesday.", credit: "Bob Stone, The Lakeport Record" })]);
    const removed = removedTexts(parsed);
    for (const line of ["Keywords: crews; repair", "Story ID: 48213", "Body:"]) expect(removed).toContain(line);
    // A story line with a label's shape below the record's fields is the story's.
    expect(paragraphs(parsed)).toContain("Credit: the council gave the contractor until March to finish the work, the mayor said.");
    expect(paragraphs(parsed)[0]).toBe(FIRST);
    // Guard: three labelled lines at the top are no record; a story line that opens with a label keeps it.
    const plain = page(HEADLINE, "", "By Ann Lee", "", "January 29, 2020", "", "Update: The road reopened at noon on Thursday, the county said.", "", ...STORY);
    expect(plain.title).toBe(HEADLINE);
    expect(paragraphs(plain)).toContain("Update: The road reopened at noon on Thursday, the county said.");
  });
});

describe("a paper's obituary on Legacy.com (any guest book or condolence section)", () => {
  const head = ["Legacy.com", "Obituaries", "Search Obituaries", "Send Flowers", "Sign In", "", "Obituaries", "Iowa", "Cedar County Courier", "", HEADLINE, "", "Published by Cedar County Courier on Jan. 29, 2020.", "", "Send Flowers", "Share", ""];
  const book = [
    "",
    "Published by Cedar County Courier from Jan. 29 to Jan. 31, 2020.",
    "",
    "Sign the Guest Book",
    "Memories & Condolences",
    "",
    "Sending prayers to the family during this difficult time.",
    "Grace Iverson",
    "January 30, 2020",
    "",
    "So sorry for your loss.",
    "Priya Castillo",
    "January 31, 2020",
    "",
    "Not sure what to say?",
    "Browse sample messages",
    "",
    "Funeral services provided by:",
    "Lakeside Memorial Chapel",
    "211 N. Main St., Cedar Falls",
    "",
    "Contact Us",
    "Privacy Policy",
  ];

  it("reads the date from \"Published by <paper> on …\" with no byline from the paper's name, and drops the guest book, its entries and the funeral home's box", () => {
    const parsed = page(...head, ...STORY, ...book);
    expect(parsed.title).toBe(HEADLINE);
    expect(parsed.date).toBe("2020-01-29");
    expect(parsed.byline).toEqual([]);
    expect(paragraphs(parsed)).toEqual(STORY.filter(Boolean));
    const removed = removedTexts(parsed);
    for (const line of book.filter((l) => l && l !== "Contact Us" && l !== "Privacy Policy")) expect(removed).toContain(line);
  });

  it("keeps a story's sentences about condolences and the guest book, and a writer's \"Published by\" line stays a byline", () => {
    const own = ["Condolences poured in from across the state on Wednesday, the family said.", "", "Sign the guest book at the chapel, the family asked, and bring a photo of him if you can."];
    const parsed = page(HEADLINE, "", "Published by Ann Lee on Jan. 29, 2020.", "", ...STORY, "", ...own, ...book);
    expect(parsed.byline).toEqual(["Ann Lee"]);
    expect(paragraphs(parsed)).toEqual([...STORY, ...own].filter(Boolean));
  });
});

describe("a high-school sports site (MaxPreps)", () => {
  it("reads \"<name> | Special to <outlet>\" and \"<name>, Special to <outlet>\" as bylines, and the state-and-sport kicker over the headline as no title, a story sentence that opens with a sport kept", () => {
    for (const byline of ["Ann Lee | Special to MaxPreps", "Ann Lee, Special to The Lakeport Record"]) {
      const parsed = page("MaxPreps", "Scores", "Rankings", "", "Oregon Boys Basketball", "", HEADLINE, "", byline, "", "Jan 29, 2020", "", "Share", "", ...STORY, "", "Recent Articles", "Ashford tops Lakeport in league opener", "Top 25 boys basketball rankings: Week 3");
      expect(parsed.title).toBe(HEADLINE);
      expect(parsed.byline).toEqual(["Ann Lee"]);
      expect(parsed.date).toBe("2020-01-29");
      const removed = removedTexts(parsed);
      for (const line of ["Oregon Boys Basketball", "Ashford tops Lakeport in league opener", "Top 25 boys basketball rankings: Week 3"]) expect(removed).toContain(line);
    }
    // Guard: a story sentence that opens with a sport and a level stays.
    const own = "Boys basketball practice resumed on Monday after the storm, the athletic director said.";
    const parsed = page("Oregon Boys Basketball", "", HEADLINE, "", "Ann Lee | Special to MaxPreps", "", "Jan 29, 2020", "", ...STORY, "", own);
    expect(parsed.title).toBe(HEADLINE);
    expect(paragraphs(parsed)).toContain(own);
  });
});

describe("a local outlet's text-only site", () => {
  it("takes no \"Go To Full Site\" link for the headline, and keeps a story sentence that opens the same way", () => {
    for (const link of ["Go To Full Site", "Go to the full site"]) {
      const own = "Go to the full site of the crash and you will see how far the water reached, the mayor said.";
      const parsed = page("Text-Only KLPR", link, "", HEADLINE, "", "By Ann Lee", "", "Wednesday, January 29, 2020 • 5:32 PM EST", "", ...STORY, "", own);
      expect(parsed.title).toBe(HEADLINE);
      expect(removedTexts(parsed)).toContain(link);
      expect(paragraphs(parsed)).toContain(own);
    }
  });
});
