/**
 * The rules the twenty-fifth held-out group's print editions led to (issue 13): PressReader's view
 * of a paper's print edition and its print watermark, an Indian regional paper's e-paper clip (The
 * Hitavada, Deccan Herald, The Tribune, the text layer hard-wrapped on some) and a weekly's issue
 * on Issuu (the article page and the document page).
 */
import { describe, expect, it } from "vitest";
import { chromeReason } from "../../src/ingest/chrome.ts";
import { datesOfLine } from "../../src/ingest/dates.ts";
import { bylineNames, splitCaption, splitDateline } from "../../src/ingest/text.ts";
import { figures, page, paragraphs } from "../helpers/ingest.ts";

const text = (parsed: ReturnType<typeof page>) => paragraphs(parsed).join("\n");
const lower = (names: string[]) => names.map((n) => n.toLowerCase());

const HEADLINE = "Reservoir levels fall to lowest point in a decade";
const LEAD = "The city's three reservoirs held less water at the end of January than at any time since 2010, the Water Board said Wednesday.";
const SECOND = "Board members voted 5-2 to ask residents to cut outdoor watering to two days a week starting in March.";
const THIRD = "The board will review the restrictions in June, when the spring runoff has been measured at the dam.";

describe("PressReader's view of a print edition", () => {
  const WATERMARK = ["Printed and distributed by PressReader", "PressReader.com +1 604 278 4604", "ORIGINAL COPY . ORIGINAL COPY . ORIGINAL COPY . ORIGINAL COPY", "COPYRIGHT AND PROTECTED BY APPLICABLE LAW"];

  it("reads the paper's line of fields for the date and the byline, the credit in capitals after the caption's stop, and removes the watermark and the jump", () => {
    const parsed = page(
      ...WATERMARK,
      "",
      "YOUR COMMUNITY",
      "",
      HEADLINE,
      "",
      "Officials say the decision will shape the region for years to come",
      "",
      "Cedar County Courier · 14 Mar 2021 · A4 · TOM ALVAREZ AND MARIA BRENNAN",
      "",
      "File photo of the reservoir at the north dam. AISHA IVERSON",
      "",
      LEAD,
      "",
      "Continued on A6",
      "",
      SECOND,
      "",
      "See RESERVOIR on A6",
      "",
      THIRD,
      "",
      ...WATERMARK,
    );
    expect(parsed.title).toBe(HEADLINE);
    expect(parsed.date?.slice(0, 10)).toBe("2021-03-14");
    expect(lower(parsed.byline)).toEqual(["tom alvarez", "maria brennan"]);
    expect(figures(parsed)).toEqual([expect.objectContaining({ caption: "File photo of the reservoir at the north dam", credit: "AISHA IVERSON" })]);
    for (const s of [LEAD, SECOND, THIRD]) expect(text(parsed)).toContain(s);
    for (const chrome of [...WATERMARK, "Continued on A6", "See RESERVOIR on A6"]) expect(parsed.removed.map((r) => r.text)).toContain(chrome);
  });

  it("reads the byline field with the reporter's address glued on, with 'By', a wire's name (no person) or none", () => {
    expect(datesOfLine("The Lakeport Record · 29 Jan 2020 · A3 · DANIEL FONTAINE dfontaine@lakeportrecord.example")).toEqual({ dates: [expect.objectContaining({ date: "2020-01-29" })], byline: expect.any(String) });
    expect(lower(bylineNames(datesOfLine("The Lakeport Record · 29 Jan 2020 · A3 · DANIEL FONTAINE dfontaine@lakeportrecord.example")!.byline!))).toEqual(["daniel fontaine"]);
    expect(bylineNames(datesOfLine("The Lakeport Record · 29 Jan 2020 · A3 · By Ann Lee")!.byline!)).toEqual(["Ann Lee"]);
    expect(bylineNames(datesOfLine("Valley Times-Herald · 15 Mar 2019 · A1 · The Associated Press")!.byline!)).toEqual([]);
    expect(datesOfLine("Valley Times-Herald · 15 Mar 2019 · A1")).toEqual({ dates: [expect.objectContaining({ date: "2019-03-15" })] });
    expect(splitCaption("File photo of the north dam. THE ASSOCIATED PRESS FILES")).toEqual({ caption: "File photo of the north dam", credit: "THE ASSOCIATED PRESS FILES" });
  });
});

describe("an Indian regional paper's e-paper clip", () => {
  const BAR = ["Home", "Archive", "Login", ""];
  const VIEWER = ["Page 9", "Previous Page", "Next Page", "", "Clip", "Share", "Download", "Zoom In", "Zoom Out", "Full Screen", ""];

  it("reads The Hitavada's byline after its square bullet and the dateline before the lead, and takes no edition for the byline", () => {
    const parsed = page("The Hitavada", "ePaper", ...BAR, "Nagpur City Line", "", "3 October 2019", "", ...VIEWER, HEADLINE, "", "■ By Anjali Kulkarni", "", `NAGPUR, Oct 2: ${LEAD}`, "", SECOND, "", "Powered by Pressmart Media Ltd.", "© 2021 The Hitavada. All rights reserved.");
    expect(parsed.title).toBe(HEADLINE);
    expect(parsed.byline).toEqual(["Anjali Kulkarni"]);
    expect(parsed.dateline).toBe("NAGPUR");
    expect(parsed.date?.slice(0, 10)).toBe("2019-10-03");
    expect(text(parsed)).toContain(LEAD);
    expect(parsed.removed.map((r) => r.text)).toEqual(expect.arrayContaining(["Powered by Pressmart Media Ltd.", "Full Screen", "Zoom In"]));
    const staff = page("The Hitavada", "ePaper", ...BAR, "Vidarbha Line", "", "3 October 2019", "", ...VIEWER, HEADLINE, "", "■ Staff Reporter", "", `NAGPUR, Oct 2: ${LEAD}`, "", SECOND);
    expect(staff.title).toBe(HEADLINE);
    expect(staff.byline).toEqual([]);
  });

  it("reads Deccan Herald's name alone under the dek and 'Bengaluru, DHNS: ' before the lead", () => {
    const parsed = page("Deccan Herald", "ePaper", ...BAR, "Bengaluru City", "", "Wednesday, 29 Jan, 2020", "", ...VIEWER, HEADLINE, "", "A closer look at how it came to this and what happens now", "", "Rohit Chandavarkar", "", `Bengaluru, DHNS: ${LEAD}`, "", SECOND);
    expect(parsed.title).toBe(HEADLINE);
    expect(parsed.byline).toEqual(["Rohit Chandavarkar"]);
    expect(parsed.dateline).toBe("Bengaluru");
    expect(text(parsed)).toContain(LEAD);
    expect(splitDateline(`Bengaluru, DHNS: ${LEAD}`)).toEqual({ dateline: "Bengaluru", outlets: ["DHNS"], rest: LEAD });
  });

  it("keeps every sentence of The Tribune's hard-wrapped story: the paragraph after 'Also read' and its headline, a word hyphenated at the wrap, a line starting 'by'", () => {
    const parsed = page(
      "The Tribune",
      "E-Paper",
      ...BAR,
      "Chandigarh",
      "",
      "17-10-2019",
      "",
      ...VIEWER,
      "Hundreds arrested for dark web site by international task force",
      "",
      "Naveen Menon",
      "Tribune News Service",
      "Chandigarh, October 16",
      "",
      "Yesterday, authorities in the United Kingdom",
      "and the United States announced that 337",
      "suspected users in 38 countries were",
      "arrested following an investigation of a",
      "dark web site. The website was based in",
      "South Korea and accepted crypt-",
      "ocurrency as payment.",
      "",
      "File photo of the site's seized server.",
      "Tribune photo: Mei Iverson",
      "",
      "Also read",
      "",
      "Water cut in east zone on Thursday",
      "",
      "Jong Woo Son is already in prison in South",
      "Korea, but yesterday the United States",
      "Department of Justice unsealed further",
      "charges against him. Officials said the",
      "actions were taken to protect children",
      "by U.S. and foreign law enforcement to pros-",
      "ecute this case and recover funds for",
      "victims of the site around the world.",
      "",
      "Powered by Pressmart Media Ltd.",
    );
    expect(parsed.title).toBe("Hundreds arrested for dark web site by international task force");
    expect(parsed.byline).toEqual(["Naveen Menon"]);
    expect(parsed.dateline).toBe("Chandigarh");
    expect(text(parsed)).toContain("The website was based in South Korea and accepted cryptocurrency as payment.");
    expect(text(parsed)).toContain("Jong Woo Son is already in prison in South Korea, but yesterday the United States Department of Justice unsealed further charges against him.");
    expect(text(parsed)).toContain("by U.S. and foreign law enforcement to prosecute this case");
    expect(figures(parsed)).toEqual([expect.objectContaining({ credit: "Tribune photo: Mei Iverson" })]);
    expect(parsed.removed.map((r) => r.text)).toEqual(expect.arrayContaining(["Also read", "Water cut in east zone on Thursday"]));
  });

  it("knows the print jump without 'Page' and the viewer's credit", () => {
    expect(chromeReason("Continued on page 12")).toBe("print jump");
    expect(chromeReason("Powered by Pressmart Media Ltd.")).toBeDefined();
    expect(chromeReason("Continued on the next page, officials said.")).toBeUndefined();
  });
});

describe("a weekly's issue on Issuu", () => {
  it("reads the article page's issue line, the publication and the day after a comma or after 'From', for the date", () => {
    for (const issue of ["Lakeport Weekly, February 18, 2019", "From The Cedar County Shopper - February 18, 2019"]) {
      const parsed = page("Issuu", "Explore", "Features", "Pricing", "Log in", "Sign up", "", "Lakeport Weekly", "Follow", "", HEADLINE, "", issue, "", "Read the full issue", "3 min read", "", "By Ann Lee", "", LEAD, "", SECOND);
      expect(parsed.title).toBe(HEADLINE);
      expect(parsed.date?.slice(0, 10)).toBe("2019-02-18");
      expect(parsed.byline).toEqual(["Ann Lee"]);
      expect(text(parsed)).toContain(LEAD);
    }
  });

  it("reads the document page's headline below the publication's description, the issue's day, and no byline for a staff report", () => {
    const parsed = page(
      "Issuu",
      "Search",
      "Explore",
      "Sign in",
      "Sign up",
      "",
      "The Cedar County Shopper - May 18, 2019",
      "",
      "The Cedar County Shopper",
      "Follow",
      "Published on May 20, 2019",
      "",
      "The Cedar Falls community's weekly newspaper. News, sports, obituaries and events.",
      "",
      "Page 5",
      "",
      HEADLINE,
      "",
      "Staff report",
      "",
      LEAD,
      "",
      SECOND,
      "",
      "Issuu converts static files into: digital portfolios, online yearbooks, online catalogs, digital photo albums and more. Sign up and create your flipbook.",
    );
    expect(parsed.title).toBe(HEADLINE);
    expect(parsed.date?.slice(0, 10)).toBe("2019-05-18");
    expect(parsed.byline).toEqual([]);
    expect(text(parsed)).toContain(LEAD);
    expect(text(parsed)).not.toContain("community's weekly newspaper");
    expect(parsed.removed.map((r) => r.text)).toContain("Issuu converts static files into: digital portfolios, online yearbooks, online catalogs, digital photo albums and more. Sign up and create your flipbook.");
  });
});
