/**
 * The rules the twentieth held-out group of import cases led to (issue 13; BENCHMARKS.md, "The
 * twentieth held-out group"): English-language international outlets, a story saved with a web
 * clipper, and a story read by OCR from a phone's screenshots.
 */
import { describe, expect, it } from "vitest";
import { chromeReason } from "../../src/ingest/chrome.ts";
import { page, paragraphs } from "../helpers/ingest.ts";

describe("text read by OCR from a phone's screenshots", () => {
  // Three screenshots of one story, each under the phone's status bar and the browser's address
  // bar; the second and third start with the line (or two) the one before ended with.
  const shots = [
    "9:31 .ıl 5G 73%",
    "AA mesacourier.example C",
    "",
    "Reservoir Levels Fall to",
    "Lowest Point in a Decade,",
    "Water Board Says",
    "",
    "By Tom Whitfield",
    "Published 9:21 a.m. MST Jan. 29, 2020",
    "",
    "The city's three reservoirs held less",
    "water at the end of January than at any",
    "time since 2010, the Water Board said",
    "Wednesday.",
    "",
    "Board members voted 5-2 to ask residents",
    "to cut outdoor watering to two days a",
    "",
    "AA mesacourier.example C",
    "< > ⬆ ㅁ ©",
    "",
    "9:32 .ıl 5G 73%",
    "",
    "to cut outdoor watering to two days a",
    "week starting in March. The state's",
    "",
    "9:32 ◀ 72%",
    "AA mesacourier.exarnple C",
    "",
    "week starting in March. The state's",
    "Climate Office reported the snowpack",
    "at 71% of normal.",
    "",
    "Water levels at Cedar Creek Reservoir on",
    "Tuesday",
    "Elena Fontaine / Daily Courier",
  ];

  it("removes every screenshot's bars and the lines shown again, and makes the broken paragraphs whole", () => {
    const parsed = page(...shots);
    expect(parsed.title).toBe("Reservoir Levels Fall to Lowest Point in a Decade, Water Board Says");
    expect(parsed.byline).toEqual(["Tom Whitfield"]);
    expect(parsed.date).toBe("2020-01-29T09:21:00-07:00");
    expect(paragraphs(parsed)).toEqual([
      "The city's three reservoirs held less water at the end of January than at any time since 2010, the Water Board said Wednesday.",
      "Board members voted 5-2 to ask residents to cut outdoor watering to two days a week starting in March. The state's Climate Office reported the snowpack at 71% of normal.",
    ]);
    expect(parsed.body.find((b) => b.kind === "figure")).toMatchObject({ figure: { caption: "Water levels at Cedar Creek Reservoir on Tuesday", credit: "Elena Fontaine / Daily Courier" } });
    const removed = new Map(parsed.removed.map((r) => [r.line, r.reason]));
    for (const line of [1, 2, 19, 20, 22, 27, 28]) expect(removed.get(line)).toMatch(/screenshot's status bar, address bar or toolbar/);
    for (const line of [24, 30]) expect(removed.get(line)).toMatch(/shown again at the top of the next screenshot/);
  });

  it("joins a line a screen broke before a word that would not fit, though it looks like a credit", () => {
    const parsed = page(...shots.slice(0, 10), "In an advisory issued at 11:00 a.m.", "local time today (1500 UTC) the", "National Hurricane Center (NHC)", "reported the storm had strengthened", "into a Category 5 hurricane.", "", ...shots.slice(18));
    expect(paragraphs(parsed)[0]).toBe("In an advisory issued at 11:00 a.m. local time today (1500 UTC) the National Hurricane Center (NHC) reported the storm had strengthened into a Category 5 hurricane.");
  });

  it("reads text with no address bar as it is, a line with a clock being the story's", () => {
    const parsed = page("Council cuts watering days", "", "By Tom Whitfield", "January 29, 2020", "", "9:31 p.m.", "", "The board voted 5-2 on Tuesday to ask residents to cut outdoor watering.");
    expect(parsed.removed.some((r) => /screenshot/.test(r.reason))).toBe(false);
    expect(paragraphs(parsed)).toContain("9:31 p.m.");
  });

  it("keeps a photo's credit whose outlet is a sign-in word", () => {
    expect(chromeReason("Tom Nakamura / Register")).toBeUndefined();
    expect(chromeReason("Cofrestru / Register")).toBeDefined();
  });
});

describe("an international broadcaster's page (Deutsche Welle's)", () => {
  const story = [
    "The city's three reservoirs held less water at the end of January than at any time since 2010, the Water Board said Wednesday.",
    "",
    "Board members voted 5-2 to ask residents to cut outdoor watering to two days a week starting in March.",
  ];

  it("reads the glued short and long dates, the byline without the agencies, and removes the page's furniture", () => {
    const parsed = page(
      "Skip to content", "Skip to main menu", "Skip to more DW sites", "", "DW", "Made for minds.", "Germany", "World", "Business", "Science", "Environment", "Culture", "Learn German", "Search", "",
      "Germany", "",
      "Reservoir levels fall to lowest point in a decade as the state's snowpack shrinks for a third year", "",
      "The vote caps months of debate, and critics say the questions are far from settled.", "",
      "Ann Lee with AP, Reuters", "",
      "01/29/2020January 29, 2020", "",
      ...story, "",
      "File photo of Cedar Creek Reservoir Image: Bob Stone/dpa/picture alliance", "",
      "The state's Climate Office reported the snowpack at 71% of normal.", "",
      "ab/rt (AP, Reuters)", "",
      "Skip next section Explore more", "Explore more", "Floods force thousands from their homes in southern Brazil", "", "Send us your feedback",
    );
    expect(parsed.title).toBe("Reservoir levels fall to lowest point in a decade as the state's snowpack shrinks for a third year");
    expect(parsed.date).toBe("2020-01-29");
    expect(parsed.byline).toEqual(["Ann Lee"]);
    expect(parsed.body.find((b) => b.kind === "figure")).toMatchObject({ figure: { caption: "File photo of Cedar Creek Reservoir", credit: "Image: Bob Stone/dpa/picture alliance" } });
    const text = paragraphs(parsed).join("\n");
    for (const chrome of ["Made for minds.", "ab/rt (AP, Reuters)", "Skip next section", "Floods force", "feedback"]) expect(text).not.toContain(chrome);
  });

  it("reads the older layout's box below the story: its date and its author", () => {
    const more = ["The state's Climate Office reported the snowpack at 71% of normal, the lowest reading since records began.", "", "Farmers downstream said they would plant less this spring, and the city said it would review its rates in April."];
    const parsed = page("Reservoir levels fall to lowest point in a decade", "", ...story, "", ...more, "", "Date 29.01.2020", "", "Author Ann Lee (with AFP, AP, Reuters)", "", "Related Subjects Water, Climate change", "Feedback: Send us your feedback.");
    expect(parsed.date).toBe("2020-01-29");
    expect(parsed.byline).toEqual(["Ann Lee"]);
    expect(paragraphs(parsed).join("\n")).not.toMatch(/Author|Feedback/);
  });
});

describe("an academics' site in The Conversation's manner", () => {
  it("reads the authors' box as the byline and removes their titles, disclosures and the republishing box", () => {
    const parsed = page(
      "Reservoir levels fall to lowest point in a decade", "",
      "Officials say the decision will shape the region for years to come", "",
      "Published: January 29, 2020 5.32pm EST", "",
      "Authors", "", "Ann Lee", "Associate Professor of Hydrology, University of Leeds", "", "Bob Stone", "PhD Candidate, Monash University", "",
      "Disclosure statement", "", "Ann Lee receives funding from the National Science Foundation.", "",
      "Bob Stone does not work for, consult, own shares in or receive funding from any company or organisation that would benefit from this article, and has disclosed no relevant affiliations beyond their academic appointment.", "",
      "Partners", "University of Leeds provides funding as a member of The Conversation UK.", "", "CC BY ND", "We believe in the free flow of information", "Republish our articles for free, online or in print, under Creative Commons licence.", "",
      "The city's three reservoirs held less water at the end of January than at any time since 2010, the Water Board said Wednesday.", "",
      "[Expertise in your inbox. Sign up for The Conversation's newsletter and get expert takes on today's news, every day.]", "",
      "File photo of Cedar Creek Reservoir. Cy Young/Wikimedia Commons, CC BY-SA", "",
      "Board members voted 5-2 to ask residents to cut outdoor watering to two days a week starting in March.",
    );
    expect(parsed.byline).toEqual(["Ann Lee", "Bob Stone"]);
    expect(parsed.date).toBe("2020-01-29T17:32:00-05:00");
    expect(parsed.body.find((b) => b.kind === "figure")).toMatchObject({ figure: { caption: "File photo of Cedar Creek Reservoir", credit: "Cy Young/Wikimedia Commons, CC BY-SA" } });
    const text = paragraphs(parsed).join("\n");
    for (const chrome of ["Professor", "Candidate", "funding", "Republish", "free flow", "Sign up"]) expect(text).not.toContain(chrome);
    expect(paragraphs(parsed)).toHaveLength(3);
  });
});

describe("a Gulf paper's page", () => {
  it("keeps the summary's points as text, never the headline, and reads the dateline in title case", () => {
    const parsed = page(
      "Gulf News", "UAE", "World", "", "UAE / Government", "",
      "Reservoir levels fall to lowest point in a decade", "",
      "Highlights", "", "Officials say the change will take effect immediately", "Decision follows months of review by officials", "",
      "Gulf News Report", "Published: January 29, 2020 17:32", "",
      "Dubai: The city's three reservoirs held less water at the end of January than at any time since 2010, the Water Board said Wednesday.", "",
      "File photo of Cedar Creek Reservoir Image Credit: Ann Lee/Gulf News", "",
      "Get exclusive content with Gulf News WhatsApp channel", "",
      "Board members voted 5-2 to ask residents to cut outdoor watering to two days a week starting in March.",
    );
    expect(parsed.title).toBe("Reservoir levels fall to lowest point in a decade");
    expect(parsed.dateline).toBe("Dubai");
    expect(paragraphs(parsed)).toContain("Officials say the change will take effect immediately");
    expect(paragraphs(parsed)).toContain("Decision follows months of review by officials");
    expect(parsed.body.find((b) => b.kind === "figure")).toMatchObject({ figure: { caption: "File photo of Cedar Creek Reservoir", credit: "Image Credit: Ann Lee/Gulf News" } });
    expect(paragraphs(parsed).join("\n")).not.toContain("WhatsApp");
  });

  it("reads no dateline from a label, a question or a speaker in the first person", () => {
    const lead = (first: string) => page("Reservoir levels fall to lowest point in a decade", "", "By Ann Lee", "January 29, 2020", "", first, "", "Board members voted 5-2 to ask residents to cut outdoor watering.").dateline;
    expect(lead("Note: This story was updated on Thursday with the board's vote and the mayor's comments.")).toBeUndefined();
    expect(lead("Lee: I think the board should have voted to cut watering to one day a week.")).toBeUndefined();
    expect(lead("Abu Dhabi: The city's three reservoirs held less water at the end of January than ever.")).toBe("Abu Dhabi");
  });
});

describe("the other international pages: The Korea Herald, The Japan Times, France 24", () => {
  it("reads the signature with the reporter's address below the story, past the copyright line", () => {
    const parsed = page("Reservoir levels fall to lowest point in a decade", "", "Published : Jan. 29, 2020 - 17:32", "", "The city's three reservoirs held less water at the end of January than at any time since 2010, the Water Board said Wednesday.", "", "By Ann Lee (annlee@heraldcorp.com)", "", "Copyright Herald Corporation. All Rights Reserved.");
    expect(parsed.byline).toEqual(["Ann Lee"]);
  });

  it("reads an agency after a bar as the caption's credit", () => {
    const parsed = page("Reservoir levels fall to lowest point in a decade", "", "by Ann Lee", "Jan 29, 2020", "", "The city's three reservoirs held less water at the end of January than at any time since 2010.", "", "PHOTO GALLERY (CLICK TO ENLARGE)", "Water levels at Cedar Creek Reservoir on Tuesday | KYODO", "", "Board members voted 5-2 to ask residents to cut outdoor watering.");
    expect(parsed.body.find((b) => b.kind === "figure")).toMatchObject({ figure: { caption: "Water levels at Cedar Creek Reservoir on Tuesday", credit: "KYODO" } });
    expect(paragraphs(parsed).join("\n")).not.toContain("GALLERY");
  });

  it("takes a channel's byline for none of the headline", () => {
    const parsed = page("Americas", "", "Reservoir levels fall to lowest point in a decade", "", "Issued on: 29/01/2020 - 17:32", "3 min", "", "Text by: FRANCE 24", "", "The city's three reservoirs held less water at the end of January than at any time since 2010.", "", "(FRANCE 24 with AFP and Reuters)");
    expect(parsed.title).toBe("Reservoir levels fall to lowest point in a decade");
    expect(parsed.byline).toEqual([]);
    expect(paragraphs(parsed).join("\n")).not.toMatch(/FRANCE 24|3 min/);
  });
});

describe("a story clipped with a web clipper", () => {
  it("takes the clipper's stamp for none of the story's dates", () => {
    const onenote = page("Reservoir levels fall to lowest point in a decade - The Valley Times", "Friday, January 31, 2020", "10:33 AM", "", "Clipped from: https://valleytimes.example/news/reservoir", "", "Reservoir levels fall to lowest point in a decade", "By Ann Lee", "Jan. 29, 2020 at 5:32 p.m.", "", "The city's three reservoirs held less water at the end of January than at any time since 2010.");
    expect(onenote.date?.slice(0, 10)).toBe("2020-01-29");
    expect(paragraphs(onenote).join("\n")).not.toContain("The Valley Times");
    const evernote = page("Reservoir levels fall to lowest point in a decade | The Valley Times", "Created:\t2/13/2020 7:03 PM", "Updated:\t2/13/2020 8:10 PM", "Tags:\twater", "URL:\thttps://valleytimes.example/news/reservoir", "", "Reservoir levels fall to lowest point in a decade", "By Ann Lee", "January 29, 2020", "", "The city's three reservoirs held less water at the end of January than at any time since 2010.");
    expect(evernote.date).toBe("2020-01-29");
    expect(evernote.updated).toBeUndefined();
  });
});
