/**
 * The twenty-eighth held-out group's alerts, school papers, posts and weeklies (issue 13): a
 * police alert on Nixle, a high-school paper on SNO Sites, a Substack post and a diocesan weekly.
 * What a reader of the imported article would notice: its title, byline, captions and credits,
 * and the alert's, the paper's and the post's furniture taken out; and the story's own sentences
 * that open the same way kept.
 */
import { describe, expect, it } from "vitest";
import { parseText, toBlocks } from "../../src/ingest/text.ts";

const page = (...lines: string[]) => parseText(toBlocks(lines.join("\n")));
const paragraphs = (parsed: ReturnType<typeof page>) => parsed.body.flatMap((b) => (b.kind === "paragraph" ? [b.text] : []));
const figures = (parsed: ReturnType<typeof page>) => parsed.body.flatMap((b) => (b.kind === "figure" ? [b.figure] : []));
const removed = (parsed: ReturnType<typeof page>) => parsed.removed.map((r) => r.text);

const TITLE = "Gravel pit expansion heads to county vote";
const LEAD = "County commissioners will vote next month on a plan to double the size of the gravel pit north of Millbrook, the planning office said Tuesday.";
const NEXT = "Neighbors have filed more than 200 comments, most of them about truck traffic on Quarry Road.";
const LAST = "The commission meets at 6 p.m. on March 18 in the courthouse annex.";

describe("a police alert on Nixle", () => {
  const AGENCY = "Millbrook Police Department";
  const FOOT = [
    "", "Contact:", AGENCY, "(541) 555-0199", "", "Address/Location", AGENCY, "410 Birch Ave.", "Millbrook, OR 97301", "",
    `To unsubscribe from ${AGENCY} alerts, text STOP to 888777.`, "", `Get alerts from ${AGENCY} by texting 97301 to 888777.`, "",
    "Nixle, an Everbridge Company", "Terms of Use", "Privacy",
  ];

  it("reads the headline from the mailed subject without the agency's name before it", () => {
    const parsed = page("Advisory", "", `${AGENCY} - ${TITLE}`, "", "Tuesday March 3rd, 2020 :: 04:10 p.m. PST", "", LEAD, "", NEXT, "", LAST, ...FOOT);
    expect(parsed.title).toBe(TITLE);
    expect(parsed.date).toMatch(/^2020-03-03/);
    expect(parsed.byline).toEqual([]);
    expect(paragraphs(parsed)).toEqual([LEAD, NEXT, LAST]);
    // The removal keeps its reason.
    expect(parsed.removed).toEqual(expect.arrayContaining([expect.objectContaining({ text: `${AGENCY} -`, reason: expect.stringMatching(/sender's name before the headline/) })]));
  });

  it("takes out the contact and address boxes' labels and the text-message prompts", () => {
    const parsed = page("Advisory", "", AGENCY, TITLE, "", "Tuesday March 3rd, 2020 :: 04:10 p.m. PST", "", LEAD, "", NEXT, "", LAST, ...FOOT);
    expect(parsed.title).toBe(TITLE);
    expect(paragraphs(parsed)).toEqual([LEAD, NEXT, LAST]);
    expect(removed(parsed)).toEqual(
      expect.arrayContaining(["Contact:", "Address/Location", `To unsubscribe from ${AGENCY} alerts, text STOP to 888777.`, `Get alerts from ${AGENCY} by texting 97301 to 888777.`]),
    );
  });

  it("keeps the story's sentences about alerts, texts and contacts", () => {
    const story = [
      "Get alerts from the county by signing up on its website, the sheriff said.",
      "To unsubscribe from the old system, residents had to call the dispatch center.",
      "Contact tracing resumed at the clinic on Monday.",
    ];
    const parsed = page(TITLE, "", "By Ann Lee", "March 3, 2020", "", LEAD, "", ...story.flatMap((s) => [s, ""]), LAST);
    expect(paragraphs(parsed)).toEqual([LEAD, ...story, LAST]);
  });
});

describe("a high-school paper on SNO Sites", () => {
  const TOP = ["The Millbrook Mirror", "The student news site of Millbrook High School", "", "Home", "News", "Sports", "About", "", "CAMPUS NEWS", ""];
  const SHARE = ["", "Share on Facebook", "Share on X", "Print this Story", ""];

  it("reads two writers with their roles on one line as the byline, not the headline", () => {
    const parsed = page(...TOP, TITLE, "", "Ann Lee, Staff Writer and Bob Stone, Opinion Editor", "March 3, 2020", ...SHARE, LEAD, "", NEXT);
    expect(parsed.title).toBe(TITLE);
    expect(parsed.byline).toEqual(["Ann Lee", "Bob Stone"]);
    expect(removed(parsed)).toContain("The student news site of Millbrook High School");
  });

  it("reads two writers each over their role as the byline", () => {
    const parsed = page(...TOP, TITLE, "", "Ann Lee", "Editor-in-Chief", "Bob Stone", "Reporter", "March 3, 2020", ...SHARE, LEAD, "", NEXT);
    expect(parsed.title).toBe(TITLE);
    expect(parsed.byline).toEqual(["Ann Lee", "Bob Stone"]);
  });

  it("reads the photographer's name over the lead photo's caption as its credit", () => {
    const parsed = page(...TOP, TITLE, "", "Ann Lee, Staff Writer", "March 3, 2020", ...SHARE, "Carla Ruiz", "Trucks line up at the gravel pit on Monday.", "", LEAD, "", NEXT);
    expect(figures(parsed)).toEqual([expect.objectContaining({ caption: "Trucks line up at the gravel pit on Monday.", credit: "Carla Ruiz" })]);
    expect(paragraphs(parsed)).toEqual([LEAD, NEXT]);
    const filePhoto = page(...TOP, TITLE, "", "Ann Lee, Staff Writer", "March 3, 2020", ...SHARE, "Carla Ruiz", "File photo of the gravel pit north of Millbrook.", "", LEAD, "", NEXT);
    expect(figures(filePhoto)).toEqual([expect.objectContaining({ caption: expect.stringMatching(/^File photo of the gravel pit north of Millbrook\.?$/), credit: "Carla Ruiz" })]);
  });

  it("takes out the contributors' box with roles and bios, the donation pitch and the comments", () => {
    const parsed = page(
      ...TOP, TITLE, "", "Ann Lee, Staff Writer and Bob Stone, Opinion Editor", "March 3, 2020", ...SHARE, LEAD, "", NEXT, "", LAST, "",
      "About the Contributor", "", "Ann Lee", "Staff Writer", "Ann is a senior and this is her second year on the staff of The Millbrook Mirror.", "",
      "Bob Stone", "Opinion Editor", "Bob is a junior and this is his first year on the staff of The Millbrook Mirror.", "",
      "Donate to The Millbrook Mirror", "Your donation will support the student journalists of Millbrook High School and cover our website hosting costs.", "Donate", "",
      "Comments (1)", "", "Dana Price", "Mar 4, 2020 at 7:15 am", "So proud of these reporters!", "", "Leave a Comment",
    );
    expect(paragraphs(parsed)).toEqual([LEAD, NEXT, LAST]);
    expect(removed(parsed)).toEqual(
      expect.arrayContaining([
        "Ann is a senior and this is her second year on the staff of The Millbrook Mirror.",
        "Bob is a junior and this is his first year on the staff of The Millbrook Mirror.",
        "Your donation will support the student journalists of Millbrook High School and cover our website hosting costs.",
        "So proud of these reporters!",
      ]),
    );
  });

  it("keeps the story's sentences that open like a bio, a pitch or a tagline", () => {
    const story = [
      "Ann is a common name in the valley, the county clerk said.",
      "Your donation will be matched by the foundation, its director told donors in a letter.",
      "The student news site of Millbrook High School won a state award on Friday.",
    ];
    const parsed = page(TITLE, "", "By Ann Lee", "March 3, 2020", "", LEAD, "", NEXT, "", ...story.flatMap((s) => [s, ""]));
    expect(paragraphs(parsed)).toEqual([LEAD, NEXT, ...story]);
  });
});

describe("a Substack post", () => {
  it("takes out the counts line and the comment box with the reader's comment below it", () => {
    const parsed = page(
      "Millbrook Notes", "Subscribe", "Sign in", "", TITLE, "", "Ann Lee", "Mar 3, 2020", "", LEAD, "", NEXT, "", LAST, "",
      "14 Likes∙2 Restacks", "", "Discussion about this post", "Comments", "Restacks", "", "Write a comment…", "",
      "Dana Price", "Mar 4, 2020", "Thanks for covering the hearing.", "Like", "Reply",
    );
    expect(paragraphs(parsed)).toEqual([LEAD, NEXT, LAST]);
    expect(removed(parsed)).toEqual(expect.arrayContaining(["14 Likes∙2 Restacks", "Write a comment…", "Thanks for covering the hearing."]));
  });
});

describe("a diocesan weekly", () => {
  it("reads a wire's 'CNS photo/' closing the caption as its credit, and takes out the paper's tagline", () => {
    const parsed = page(
      "Millbrook Catholic Sun", "Official newspaper of the Diocese of Millbrook", "", TITLE, "", "By Ann Lee", "Catholic News Service", "March 3, 2020", "",
      "Pilgrims gather outside the cathedral on Sunday. (CNS photo/Carla Ruiz)", "", LEAD, "", NEXT,
    );
    expect(parsed.title).toBe(TITLE);
    expect(figures(parsed)).toEqual([expect.objectContaining({ caption: "Pilgrims gather outside the cathedral on Sunday.", credit: "CNS photo/Carla Ruiz" })]);
    expect(removed(parsed)).toContain("Official newspaper of the Diocese of Millbrook");
    expect(paragraphs(parsed)).toEqual([LEAD, NEXT]);
  });

  it("keeps a story's sentence about a diocese's newspaper", () => {
    const story = "Official newspaper of the diocese for 90 years, the Sun will print its last issue in June.";
    expect(paragraphs(page(TITLE, "", "By Ann Lee", "March 3, 2020", "", LEAD, "", story, "", NEXT))).toEqual([LEAD, story, NEXT]);
  });
});
