/**
 * The twenty-eighth held-out group's wiki page, trade sites, statehouse newsroom and community
 * chain (issue 13): a Wikinews page copied whole, Industry Dive's and Route Fifty's stories, a
 * States Newsroom outlet's, a Black Press Media paper's. What a reader of the imported article
 * would notice: the wiki's menus, sources and notices taken out, the thumbnail's credit read with
 * its caption, a trade site's "Dive Brief:" kept as the story's subheading, the writer's bio and
 * the prompts taken out; and the story's own sentences that open the same way kept.
 */
import { describe, expect, it } from "vitest";
import { parseText, toBlocks } from "../../src/ingest/text.ts";
import { batchContext } from "../../src/ingest/batch.ts";

const page = (...lines: string[]) => parseText(toBlocks(lines.join("\n")));
const paragraphs = (parsed: ReturnType<typeof page>) => parsed.body.flatMap((b) => (b.kind === "paragraph" ? [b.text] : []));
const figures = (parsed: ReturnType<typeof page>) => parsed.body.flatMap((b) => (b.kind === "figure" ? [b.figure] : []));
const removed = (parsed: ReturnType<typeof page>) => parsed.removed.map((r) => r.text);

const TITLE = "Ferry service suspended after hull damage found";
const LEAD = "The county suspended its island ferry on Monday after divers found a crack in the hull of its only boat.";
const NEXT = "Officials said a chartered boat would carry commuters for at least three weeks while the ferry is repaired.";
const LAST = "The ferry carried about 1,200 people a day last summer, according to the county's transit office.";

describe("a wiki's page copied whole", () => {
  const wiki = (...story: string[]) =>
    page(
      "Jump to navigation", "Jump to search", "", TITLE, "", "From Wikinews, the free news source you can write!", "", "Tuesday, March 10, 2020", "",
      ...story, "",
      "Sources", "", `Ann Lee. "Island ferry pulled from service" — The Harbor Times, March 9, 2020`, `Bob Stone. "Ferry hull cracked" — Reuters, March 9, 2020`, "",
      "This page is archived, and is no longer publicly editable. Articles presented on Wikinews reflect the specific time at which they were written.", "",
      "Have an opinion on this story? Share it!", "",
      "Navigation menu", "Not logged in", "Talk", "Contributions", "Create account", "Log in", "Article", "Collaboration", "Read", "View source", "View history", "",
      "Main Page", "Write an article", "Newsroom", "Random article", "Recent changes", "Water cooler", "Donate", "",
      "This page was last edited on 4 August 2021, at 09:12.",
      "Content is available under Creative Commons Attribution 2.5 unless otherwise noted; additional terms may apply.",
    );

  it("takes out the wiki's tagline, sources, notices, menus and edit stamp, alone", () => {
    const parsed = wiki(LEAD, "", NEXT, "", LAST);
    expect(parsed.title).toBe(TITLE);
    expect(parsed.date).toBe("2020-03-10");
    expect(paragraphs(parsed)).toEqual([LEAD, NEXT, LAST]);
    expect(removed(parsed)).toEqual(expect.arrayContaining(["From Wikinews, the free news source you can write!", "Sources", "Have an opinion on this story? Share it!", "Navigation menu", "Water cooler", "This page was last edited on 4 August 2021, at 09:12."]));
  });

  it("reads the thumbnail's caption with the 'Image: <user>.' line under it as a figure and its credit", () => {
    const parsed = wiki(LEAD, "", "The ferry at its dock on Sunday.", "Image: Kestrel.", "", NEXT);
    expect(figures(parsed)).toEqual([expect.objectContaining({ caption: expect.stringMatching(/^The ferry at its dock on Sunday\.?$/), credit: "Image: Kestrel." })]);
    expect(paragraphs(parsed)).toEqual([LEAD, NEXT]);
  });

  it("keeps a story's gallery text run on after a sentence ('… given. Image: Ann Lee.') as the story's words", () => {
    const gallery = "Stage where the speeches were given. Image: Kestrel.";
    expect(paragraphs(wiki(LEAD, "", gallery, "", NEXT))).toEqual([LEAD, gallery, NEXT]);
  });

  it("keeps story sentences that open as the wiki's lines do", () => {
    const own = [
      "From Ottawa, the free trade talks moved to Washington on Tuesday.",
      "Sources said the county had known about the crack since January.",
      "This page was last edited by the county's clerk, a spokeswoman said.",
      "Have an opinion on this story? The county will take comments until March 20.",
    ];
    const parsed = page(TITLE, "", "March 10, 2020", "", LEAD, "", ...own.flatMap((s) => [s, ""]), LAST);
    expect(paragraphs(parsed)).toEqual([LEAD, ...own, LAST]);
  });
});

describe("a trade publication's story", () => {
  const TRADE_HEAD = ["Transit Dive", "Topics", "Library", "Events", "", "Ferries", "", TITLE, "", "Published March 10, 2020", "", "Ann Lee", "Senior Reporter", ""];

  it("keeps 'Dive Brief:' right under the header as the story's subheading, alone", () => {
    const parsed = page(...TRADE_HEAD, "Dive Brief:", "", LEAD, "", NEXT, "", "Dive Insight:", "", LAST);
    expect(parsed.title).toBe(TITLE);
    expect(paragraphs(parsed)).toEqual(["Dive Brief:", LEAD, NEXT, "Dive Insight:", LAST]);
  });

  it("keeps 'Dive Brief:' and 'Dive Insight:' as subheadings though every page of the batch prints them, and takes out the newsletter box", () => {
    const other = "Bus drivers ratify a new three-year contract with the county after a month of talks.";
    const texts = [
      [...TRADE_HEAD, "Dive Brief:", "", LEAD, "", "Sign up for Transit Dive's free daily newsletter", "The free newsletter covering the top transit headlines", "Work Email", "Sign up", "", NEXT, "", "Dive Insight:", "", LAST],
      ["Transit Dive", "Topics", "Library", "Events", "", "Labor", "", "Drivers ratify contract", "", "Published March 11, 2020", "", "Bob Stone", "Reporter", "", "Dive Brief:", "", other, "", "Sign up for Transit Dive's free daily newsletter", "The free newsletter covering the top transit headlines", "Work Email", "Sign up", "", "Dive Insight:", "", "The vote came a week before the old contract was due to run out, the union's president said."],
    ].map((l) => l.join("\n"));
    const docs = texts.map((text) => toBlocks(text));
    const parsed = parseText(docs[0]!, {}, batchContext(docs));
    expect(paragraphs(parsed)).toEqual(["Dive Brief:", LEAD, NEXT, "Dive Insight:", LAST]);
    expect(removed(parsed)).toEqual(expect.arrayContaining(["The free newsletter covering the top transit headlines", "Work Email"]));
  });

  it("reads 'Retrieved from …' and 'Permission granted by …' under a caption as its credit", () => {
    const parsed = page(...TRADE_HEAD, "The ferry at its dock on Sunday.", "Retrieved from the U.S. Coast Guard.", "", LEAD, "", "The crack in the hull.", "Permission granted by Ann Lee", "", NEXT);
    expect(figures(parsed)).toEqual([
      expect.objectContaining({ caption: expect.stringMatching(/^The ferry at its dock on Sunday\.?$/), credit: "Retrieved from the U.S. Coast Guard." }),
      expect.objectContaining({ caption: expect.stringMatching(/^The crack in the hull\.?$/), credit: "Permission granted by Ann Lee" }),
    ]);
  });

  it("takes out the next story's link", () => {
    expect(paragraphs(page(TITLE, "", "By Ann Lee, Staff Reporter", "MARCH 10, 2020", "", LEAD, "", NEXT, "", "NEXT STORY: Bus drivers ratify new contract"))).toEqual([LEAD, NEXT]);
  });
});

describe("a statehouse newsroom's and a community chain's lines round the story", () => {
  it("takes out the capitals' subscribe line, the republishing licence and the writer's first-name bio", () => {
    const parsed = page(
      TITLE, "", "By: Ann Lee - March 10, 2020 5:32 pm", "", LEAD, "", "SUBSCRIBE: GET THE MORNING HEADLINES DELIVERED TO YOUR INBOX", "", NEXT, "", LAST, "",
      "Our stories may be republished online or in print under Creative Commons license CC BY-NC-ND 4.0. We ask that you edit only for style or to shorten.", "",
      "Ann Lee", "Ann covers transportation and the Legislature for Harbor State Report.",
    );
    expect(parsed.byline).toEqual(["Ann Lee"]);
    expect(paragraphs(parsed)).toEqual([LEAD, NEXT, LAST]);
  });

  it("takes out the follow prompt and the sign-up box, and the headlines under 'More from the <paper>'", () => {
    const parsed = page(
      TITLE, "", "Ann Lee", "Mar. 10, 2020 5:32 p.m.", "", LEAD, "", NEXT, "", LAST, "", "Like us on Facebook and follow us on Twitter.", "",
      "Sign up for a free account today, and receive top headlines in your inbox Monday to Saturday.", "",
      "More from the Harbor Record", "Bus drivers ratify new contract", "Library branch opens to crowds",
    );
    expect(paragraphs(parsed)).toEqual([LEAD, NEXT, LAST]);
  });

  it("keeps story sentences that open as those lines do", () => {
    const own = [
      "Ann said the ferry was the only way her children could get to school.",
      "Ann covers the cost of the charter boat herself, she said, because the county has not paid her back.",
      "Like us, the county's neighbours have only one ferry for their islands.",
      "Our stories of the ferry's first summer came from people who rode it every day.",
    ];
    const parsed = page(TITLE, "", "By Ann Lee", "March 10, 2020", "", LEAD, "", ...own.flatMap((s) => [s, ""]), LAST);
    expect(paragraphs(parsed)).toEqual([LEAD, ...own, LAST]);
  });
});
