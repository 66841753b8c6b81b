/**
 * The rules two styles of the twenty-fifth held-out group of import cases led to (issue 13): a
 * clipping's record in a library's or a historical society's digital collection (CONTENTdm's
 * fields parted by a tab, Omeka S's labels over their values) and a mailing list's digest (Google
 * Groups', Groups.io's) with the story pasted into a member's message.
 */
import { describe, expect, it } from "vitest";
import { parseBatch } from "../../src/ingest/batch.ts";
import { chromeReason } from "../../src/ingest/chrome.ts";
import { creatorByline } from "../../src/ingest/text.ts";
import { page, paragraphs } from "../helpers/ingest.ts";

const kept = (parsed: ReturnType<typeof page>) => [...paragraphs(parsed), ...parsed.body.flatMap((b) => (b.kind === "figure" ? [b.figure.caption ?? ""] : []))].join("\n");

const HEADLINE = "Reservoir levels fall to lowest point in a decade";
const FIRST = "The city's three reservoirs held less water at the end of January than at any time since 2010, the Water Board said Wednesday.";
const SECOND = "Board members voted 5-2 to ask residents to cut outdoor watering to two days a week starting in March.";

describe("a clipping's record in a digital collection", () => {
  it("reads the creator's inverted names the right way round, and no paper as a person", () => {
    expect(creatorByline(["Lee, Ann; Stone, Bob"])).toBe("By Ann Lee and Bob Stone");
    expect(creatorByline(["Lee, Ann", "Stone, Bob", "Young, Cy"])).toBe("By Ann Lee, Bob Stone and Cy Young");
    expect(creatorByline(["The Lakeport Record"])).toBeUndefined();
  });

  const contentdm = (glued: boolean) => [
    "Lakeport Public Library Digital Collections",
    "Home",
    "Browse",
    "",
    "Search this collection",
    "Advanced Search",
    "",
    "Home",
    "Lakeport Record Clippings File",
    "",
    HEADLINE,
    "",
    "Download",
    "Reference URL",
    "Add to favorites",
    "",
    "Description",
    "",
    `Title\t${HEADLINE}`,
    "",
    "Creator\tLee, Ann; Stone, Bob",
    "",
    "Date\t2020-01-29",
    "",
    "Publisher\tThe Lakeport Record",
    "Subject\tWater supply",
    "Description\tArticle about reservoir levels.",
    "Type\tText",
    "Source\tThe Lakeport Record, January 29, 2020, p. A2",
    "Rights\tThis item may be protected by copyright. Contact the Lakeport Public Library for permission to reuse.",
    "Identifier\tLPR_20200129_A2",
    "Collection\tLakeport Record Clippings File",
    "Date Digitized\t2023-05-21",
    "",
    ...(glued ? [`Transcript\t${FIRST}`] : ["Transcript", "", FIRST]),
    "",
    "Photo caption: Water levels at the Cedar Creek reservoir on Tuesday. (Cy Young/The Lakeport Record)",
    "",
    SECOND,
    "",
    "Lakeport Public Library",
    "Contact Us",
    "Copyright and Use",
    "",
    "Powered by CONTENTdm ®",
  ];

  it("reads CONTENTdm's fields parted by a tab: the title's value, the creators as the byline, the date (not the day it was digitized)", () => {
    for (const glued of [false, true]) {
      const parsed = page(...contentdm(glued));
      expect(parsed.title).toBe(HEADLINE);
      expect(parsed.byline).toEqual(["Ann Lee", "Bob Stone"]);
      expect(parsed.date?.slice(0, 10)).toBe("2020-01-29");
      const text = kept(parsed);
      expect(text).toContain(FIRST);
      expect(text).toContain(SECOND);
      expect(text).not.toContain("Transcript");
      for (const chrome of ["Description", "Article about reservoir levels", "Source", "Rights", "Identifier", "Date Digitized", "Clippings File", "Copyright and Use"]) expect(text).not.toContain(chrome);
    }
  });

  it("finds the transcript's photo caption with its credit in parentheses", () => {
    const figure = page(...contentdm(false)).body.find((b) => b.kind === "figure");
    expect(figure?.kind === "figure" && figure.figure).toEqual(expect.objectContaining({ caption: "Water levels at the Cedar Creek reservoir on Tuesday.", credit: "Cy Young/The Lakeport Record" }));
  });

  it("reads Omeka S's labels over their values, one creator a line, and drops the item sets and the citation", () => {
    const omeka = [
      "Lakeport Historical Society",
      "Browse items",
      "Browse item sets",
      "Search",
      "",
      HEADLINE,
      "",
      "Title",
      HEADLINE,
      "",
      "Creator",
      "Lee, Ann",
      "Stone, Bob",
      "",
      "Date",
      "January 29, 2020",
      "",
      "Publisher",
      "The Lakeport Record",
      "",
      "Subject",
      "Water supply",
      "Drought",
      "",
      "Type",
      "Newspaper article",
      "",
      "Language",
      "English",
      "",
      "Text",
      "",
      FIRST,
      "",
      SECOND,
      "",
      "Item sets",
      "Local History Collection",
      "",
      "Cite this item",
      `Lee, Ann et al., “${HEADLINE},” The Lakeport Record, January 29, 2020, Lakeport Historical Society, accessed February 5, 2022, https://lprhistory.example/s/archive/item/1234`,
      "",
      "Powered by Omeka S",
    ];
    const [parsed] = parseBatch([{ origin: "a.txt", raw: omeka.join("\n") }]);
    expect(parsed!.title).toBe(HEADLINE);
    expect(parsed!.byline).toEqual(["Ann Lee", "Bob Stone"]);
    expect(parsed!.date?.slice(0, 10)).toBe("2020-01-29");
    const text = kept(parsed!);
    expect(text).toContain(FIRST);
    expect(text).toContain(SECOND);
    for (const chrome of ["accessed February 5, 2022", "Local History Collection", "Drought", "Newspaper article", "Powered by"]) expect(text).not.toContain(chrome);
  });

  it("leaves a page with no record alone: 'Title' and 'Date' words in a story are the story's", () => {
    const parsed = page(HEADLINE, "", "By Ann Lee", "January 29, 2020", "", FIRST, "", "Date", "", SECOND);
    expect(parsed.title).toBe(HEADLINE);
    expect(paragraphs(parsed)).toEqual(expect.arrayContaining([FIRST, SECOND]));
  });
});

describe("a story pasted into a mailing list's digest", () => {
  const story = ["", HEADLINE, "", "By Ann Lee", "Jan. 29, 2020", "", FIRST, "", SECOND, "", "https://www.lakeportrecord.example/news/reservoir-levels-fall-to-lowest-point-in-a-decade", ""];

  it("reads Google Groups' digest: the poster's note, the reply, the other topic and the footer are not the story; the digest's line is no headline", () => {
    const parsed = page(
      "Digest for cedar-neighbors@googlegroups.com - 3 updates in 2 topics",
      "",
      "cedar-neighbors@googlegroups.com",
      "Google Groups",
      "",
      "Topic digest",
      "View all topics",
      "",
      "Record article on reservoir levels - 2 Updates",
      "Potluck at the grange Saturday - 1 Update",
      "",
      "Record article on reservoir levels",
      "",
      "Kate Price <kprice@gmail.com>: Jan 31 09:14AM -0800",
      "",
      "Good coverage of what we discussed at the last meeting:",
      ...story,
      "--",
      "Kate Price",
      "Cedar Neighbors Association",
      "",
      "Tom Beaulieu <tbeaulieu@gmail.com>: Jan 31 10:22AM -0800",
      "",
      "Thanks for posting this. Does anyone know if the board meeting will be streamed?",
      "",
      "On Fri, Jan 31, 2020 at 9:14 AM Kate Price <kprice@gmail.com> wrote:",
      "> Good coverage of what we discussed at the last meeting:",
      "",
      "Back to top",
      "",
      "Potluck at the grange Saturday",
      "",
      "Ruth Adeyemi <radeyemi@gmail.com>: Jan 31 11:17AM -0800",
      "",
      "Reminder: potluck at the grange hall Saturday at 5. Bring a dish to share.",
      "",
      "Back to top",
      "",
      "You received this digest because you're subscribed to updates for this group. You can change your settings on the group membership page.",
      "To unsubscribe from this group and stop receiving emails from it send an email to cedar-neighbors+unsubscribe@googlegroups.com.",
    );
    expect(parsed.title).toBe(HEADLINE);
    expect(parsed.byline).toEqual(["Ann Lee"]);
    expect(parsed.date?.slice(0, 10)).toBe("2020-01-29");
    expect(paragraphs(parsed)).toEqual([FIRST, SECOND]);
  });

  it("reads Groups.io's digest: the topics, the 'From:' lines and the message's date (the posting day) are not the story's", () => {
    const parsed = page(
      "[cedarneighbors] Digest Number 1234",
      "",
      "Groups.io",
      "",
      "Topics",
      "",
      "1. In the news this week #news",
      "From: Ruth Adeyemi",
      "2. Minutes from the January meeting",
      "From: Lena Fischer",
      "",
      "----------------------------------------------------------------------",
      "",
      "1. In the news this week #news",
      "From: Ruth Adeyemi",
      "Date: Sat, 1 Feb 2020 09:14:22 PST",
      "",
      "Pasting this from the paper since not everyone subscribes.",
      ...story,
      "View/Reply Online (#1234)",
      "",
      "----------------------------------------------------------------------",
      "",
      "2. Minutes from the January meeting",
      "From: Lena Fischer",
      "Date: Sat, 1 Feb 2020 11:16:03 PST",
      "",
      "The minutes are posted on the shared drive. Corrections to me by Friday please.",
      "",
      "View/Reply Online (#1235)",
      "",
      "----------------------------------------------------------------------",
      "Groups.io Links:",
      "You receive all messages sent to this group.",
      "View/Reply Online (#1235) | Reply To Group | Reply To Sender | Mute This Topic | New Topic",
      "Your Subscription | Contact Group Owner | Unsubscribe [kprice@gmail.com]",
      "----------------------------------------------------------------------",
    );
    expect(parsed.title).toBe(HEADLINE);
    expect(parsed.byline).toEqual(["Ann Lee"]);
    expect(parsed.date?.slice(0, 10)).toBe("2020-01-29");
    expect(paragraphs(parsed)).toEqual([FIRST, SECOND]);
  });

  it("keeps the message's date when the pasted story prints none, and every sentence when no header is found", () => {
    const parsed = page(
      "[cedarneighbors] Digest Number 1234",
      "",
      "1. Water news",
      "From: Ruth Adeyemi",
      "Date: Wed, 29 Jan 2020 09:14:22 PST",
      "",
      FIRST,
      "",
      SECOND,
      "",
      "View/Reply Online (#1234)",
    );
    expect(parsed.date?.slice(0, 10)).toBe("2020-01-29");
    expect(paragraphs(parsed)).toEqual(expect.arrayContaining([FIRST, SECOND]));
  });

  it("knows the digests' furniture as chrome", () => {
    expect(chromeReason("Digest for cedar-neighbors@googlegroups.com - 3 updates in 2 topics")).toBeDefined();
    expect(chromeReason("[cedarneighbors] Digest Number 1234")).toBeDefined();
    expect(chromeReason("View/Reply Online (#1235) | Reply To Group | Reply To Sender | Mute This Topic | New Topic")).toBeDefined();
    expect(chromeReason("Powered by CONTENTdm ®")).toBeDefined();
    expect(chromeReason("Reply to the group with your thoughts on the story.")).toBeUndefined();
  });
});
