/**
 * The rules the ninth held-out group of import cases led to (issue 13; BENCHMARKS.md, "Importing
 * real scrapes"): a news database's record (field codes before tabs), a wire's surname in capitals
 * and its second reporter "with" a city, a wire's sign-off initials, a search result's place, and a
 * story forwarded by email (the mail client's header and what it printed above); a credit's label in
 * two languages; the story's section between the date and the byline on one line.
 */
import { describe, expect, it } from "vitest";
import { chromeReason } from "../../src/ingest/chrome.ts";
import { datesOfLine } from "../../src/ingest/dates.ts";
import { bylineNames, creditLine, parseText, splitCaption, toBlocks } from "../../src/ingest/text.ts";
import { figures, paragraphs, SNOWPACK as MORE, WATERING_VOTE as STORY } from "../helpers/ingest.ts";

describe("a news database's record", () => {
  const record = (byline: string) =>
    [
      "Valley Public Library · Research Databases",
      "Search | Saved Articles | Alerts | Help",
      "",
      "Document 3 of 5",
      "",
      "HD\tCouncil Cuts Watering Days in Cedar Hollow",
      "",
      `BY\t${byline}`,
      "",
      "WC\t412 words",
      "",
      "PD\t29 January 2020",
      "ET\t17:32",
      "",
      "SN\tThe Valley Gazette",
      "",
      "LA\tEnglish",
      "",
      "LP",
      "",
      STORY,
      "",
      "TD",
      "",
      MORE,
      "",
      "al/bs/dw",
      "",
      "AN\tDocument VALGAZ0020200129eg1t00029",
    ].join("\n");

  it("reads the headline, byline and date from their fields, and takes the other fields, labels and sign-off for chrome", () => {
    const parsed = parseText(toBlocks(record("By Ann Lee, Staff Writer")));
    expect(parsed).toMatchObject({ title: "Council Cuts Watering Days in Cedar Hollow", byline: ["Ann Lee"], date: "2020-01-29" });
    expect(parsed.body.map((b) => (b.kind === "paragraph" ? b.text : ""))).toEqual([STORY, MORE]);
    const reasons = new Map(parsed.removed.map((r) => [r.text, r.reason]));
    expect(reasons.get("WC\t412 words")).toBe("a news database's field");
    expect(reasons.get("LP")).toBe("a news database's field");
    expect(reasons.get("Document 3 of 5")).toBe("a search result's place");
    expect(reasons.get("al/bs/dw")).toBe("the editors' initials");
  });

  it("takes a byline field of names alone for the byline, a wire's surnames in capitals with it", () => {
    expect(parseText(toBlocks(record("Ann LEE"))).byline).toEqual(["Ann LEE"]);
    expect(parseText(toBlocks(record("Ann LEE, with Bob STONE in Phoenix"))).byline).toEqual(["Ann LEE", "Bob STONE"]);
    // Capitals after a whole name still start the outlet.
    expect(bylineNames("By Ann Lee USA TODAY")).toEqual(["Ann Lee"]);
  });

  it("reads codes and tabs as text anywhere else", () => {
    // One field-like line is no record: the line is kept as it is.
    expect(toBlocks(`HD\tSomething\n\n${STORY}`)[0]).toMatchObject({ lines: [{ text: "HD\tSomething" }] });
    expect(chromeReason("/gsg")).toBe("the editors' initials");
    expect(chromeReason("Rates rose for water/sewer customers.")).toBeUndefined();
  });
});

describe("a story forwarded by email", () => {
  const forwarded = [
    "Fwd: The Valley Brief: Council Cuts Watering Days",
    "",
    "Inbox",
    "",
    "Marcus Okafor <marcus@mail.example>",
    "Sat, Feb 1, 2020, 8:54 AM (2 days ago)",
    "to me",
    "",
    "FYI, for the archive.",
    "",
    "---------- Forwarded message ---------",
    "From: The Valley Brief <hello@brief.example>",
    "Date: Wed, Jan 29, 2020 at 5:32 PM",
    "Subject: The Valley Brief: Council Cuts Watering Days",
    "To: <marcus@mail.example>",
    "",
    "Council Cuts Watering Days",
    "",
    "By Ann Lee",
    "",
    STORY,
    "",
    MORE,
  ].join("\n");

  it("takes the last message's header and what the mail client printed above it for chrome, and its Date: for the story's", () => {
    const parsed = parseText(toBlocks(forwarded));
    expect(parsed).toMatchObject({ title: "Council Cuts Watering Days", byline: ["Ann Lee"], date: "2020-01-29" });
    expect(parsed.body.map((b) => (b.kind === "paragraph" ? b.text : ""))).toEqual([STORY, MORE]);
    const envelope = parsed.removed.filter((r) => r.reason === "the email's header, and what the mail client printed above it").map((r) => r.text);
    expect(envelope).toEqual(expect.arrayContaining(["Marcus Okafor <marcus@mail.example>", "FYI, for the archive.", "From: The Valley Brief <hello@brief.example>", "To: <marcus@mail.example>"]));
  });

  it("leaves a story that only quotes a Subject: line alone", () => {
    const parsed = parseText(toBlocks(`Council Cuts Watering Days\n\nJanuary 29, 2020\n\n${STORY}\n\nSubject: water rates\n\n${MORE}`));
    expect(parsed.body.map((b) => (b.kind === "paragraph" ? b.text : ""))).toContain(MORE);
    expect(parsed.removed.some((r) => r.reason.startsWith("the email's header"))).toBe(false);
  });
});

describe("a credit's label in two languages", () => {
  it("reads the Welsh and English label as one, on the line below the caption", () => {
    expect(creditLine("Llun / Picture: Ann Lee")).toBe("Llun / Picture: Ann Lee");
    const parsed = parseText(toBlocks(`Council Cuts Watering Days\n\nJanuary 29, 2020\n\n${STORY}\n\nWater levels at Cedar Creek Reservoir\nLlun / Picture: Ann Lee\n\n${MORE}`));
    expect(parsed.body.find((b) => b.kind === "figure")).toMatchObject({ figure: { caption: "Water levels at Cedar Creek Reservoir", credit: "Llun / Picture: Ann Lee" } });
    // A word and a slash before anything but a credit's label is no label.
    expect(creditLine("Denver / Boulder")).toBeUndefined();
    expect(creditLine("Llun / Ann")).toBeUndefined();
  });
});

describe("the date, the section and the byline on one line", () => {
  it("reads the date and the names around the section, as WordPress themes print them", () => {
    const parsed = parseText(toBlocks(`Council Cuts Watering Days\n\nOn January 29, 2020 5:32 pm In Metro News by Ann Lee and Bob Stone\n\n${STORY}`));
    expect(parsed).toMatchObject({ date: "2020-01-29", byline: ["Ann Lee", "Bob Stone"] });
    // Without the byline, "In" and capitalised words after a date are not taken for a section.
    expect(parseText(toBlocks(`Council Cuts Watering Days\n\nJanuary 29, 2020 In Denver Today\n\n${STORY}`)).date).toBeUndefined();
  });
});

describe("the ninth group's pages imported alone, with no other file of their site", () => {
  it("takes the headline an email's subject names over the newsletter's name above its issue and date", () => {
    const raw = [
      "From: The Valley Brief <hello@brief.example>",
      "Date: Wed, Jan 29, 2020 at 5:32 PM",
      "Subject: Fwd: The Valley Brief: Council cuts watering days to two a week",
      "To: <marcus@mail.example>",
      "",
      "THE VALLEY BRIEF",
      "Issue #139 · Wednesday, January 29, 2020",
      "",
      "Council cuts watering days to two a week",
      "",
      "By Ann Lee",
      "",
      STORY,
    ].join("\n");
    expect(parseText(toBlocks(raw))).toMatchObject({ title: "Council cuts watering days to two a week", byline: ["Ann Lee"], date: "2020-01-29" });
  });

  it("reads a newsletter's issue beside its date as the date line", () => {
    expect(parseText(toBlocks(`Council Cuts Watering Days\n\nIssue #139 · Wednesday, January 29, 2020\n\n${STORY}`)).date).toBe("2020-01-29");
  });

  it("takes a bilingual site's buttons, sections and language switch for chrome, each half as the English alone would be", () => {
    expect(chromeReason("Gwrthod / Reject")).toBe("cookie notice, in two languages");
    expect(chromeReason("Rydym yn defnyddio cwcis / We use cookies")).toBe("cookie notice, in two languages");
    expect(chromeReason("Newyddion / News | Chwaraeon / Sport | Barn / Opinion")).toBe("navigation");
    expect(chromeReason("Cymraeg | English")).toBe("language switch");
    // A line that only has a spaced slash in it is not chrome: a caption's credit, a masthead, a byline with a handle.
    expect(chromeReason("Llun / Picture: Ann Lee")).toBeUndefined();
    expect(chromeReason("Y Cwm Heddiw / The Valley Today")).toBeUndefined();
    expect(chromeReason("By: Ann Lee - Reporter / @annleeINQ")).toBeUndefined();
    const raw = ["Derbyn / Accept", "Gwrthod / Reject", "", "Cymraeg | English", "", "Newyddion / News", "", "Wed 29 Jan 2020 at 5.32pm", "", "Council Cuts Watering Days", "", "Ann Lee", "Reporter", "", STORY].join("\n");
    expect(parseText(toBlocks(raw))).toMatchObject({ title: "Council Cuts Watering Days", byline: ["Ann Lee"], date: "2020-01-29" });
  });

  it("reads 'Compiled by' as a byline, and names whose surnames have particles as names", () => {
    expect(bylineNames("Compiled by Bongani Khumalo")).toEqual(["Bongani Khumalo"]);
    const raw = (byline: string) =>
      `Highveld Courant\nNews | South Africa | Politics | Business | Sport | Opinion\nSubscribe | Sign in\n\nWestern Cape\n\nCouncil cuts watering days to two a week\n\n${byline}\n\n15 Jan 2019, 14:16\n\n${STORY}`;
    expect(parseText(toBlocks(raw("Compiled by Bongani Khumalo")))).toMatchObject({ title: "Council cuts watering days to two a week", byline: ["Bongani Khumalo"] });
    expect(parseText(toBlocks(raw("Jacques du Plessis and Pieter van der Merwe")))).toMatchObject({ title: "Council cuts watering days to two a week", byline: ["Jacques du Plessis", "Pieter van der Merwe"] });
  });
});

describe("the ninth group's last misses: captions, bylines and dates a second look found", () => {
  it("reads a credit in capitals run on after the caption, and a screen grab's source", () => {
    expect(splitCaption("Crews at the reservoir on Tuesday ANN LEE/THE VALLEY TRIBUNE")).toEqual({ caption: "Crews at the reservoir on Tuesday", credit: "ANN LEE/THE VALLEY TRIBUNE" });
    expect(splitCaption("Storm clouds over the reservoir in Category 5, GETTY IMAGES")).toEqual({ caption: "Storm clouds over the reservoir in Category 5,", credit: "GETTY IMAGES" });
    expect(splitCaption("The mayor at the podium. Screengrab from the city's Facebook page")).toEqual({ caption: "The mayor at the podium", credit: "Screengrab from the city's Facebook page" });
    // A sentence ending in an agency's initials is no caption and credit.
    expect(splitCaption("The report was released by the EPA")).toBeUndefined();
  });

  it("reads a name over its role below a dek read as the story's first paragraph", () => {
    const parsed = parseText(toBlocks(["Wed 9 Jan 2019 at 11.44am", "", "Council cuts watering days to two a week", "", "Campaigners say the announcement is a step in the right direction.", "", "Ann Lee", "Reporter", "", STORY, "", MORE].join("\n")));
    expect(parsed.byline).toEqual(["Ann Lee"]);
    expect(paragraphs(parsed)).toEqual(["Campaigners say the announcement is a step in the right direction.", STORY, MORE]);
    expect(parsed.removed.map((r) => r.text)).toContain("Reporter");
  });

  it("takes 'By: Agence France-Presse' for no person, and a date after the item's age", () => {
    expect(bylineNames("By: Agence France-Presse")).toEqual([]);
    expect(datesOfLine("4h ago · Jan. 28, 2019")?.dates).toEqual([{ date: "2019-01-28", role: "published" }]);
    expect(datesOfLine("Yesterday · Jan. 28, 2019")?.dates).toEqual([{ date: "2019-01-28", role: "published" }]);
  });

  it("removes a newsletter's and a site's pitches and notices, and 'READ:' links", () => {
    for (const line of [
      "Got a tip or a correction? Reply to this email; it goes straight to the newsroom.",
      "Enjoying The Valley Brief? Forward it to a friend, or tell them to sign up at valleybrief.example/subscribe.",
      "This issue is brought to you by Valley Credit Union. Local loans, decided locally.",
      "Today's Brief is supported by the Valley Community Foundation. Find out how to give at valleyfoundation.example.",
      "Subscribe to VALLEY PLUS to get access to The Valley Daily & other 70+ titles. Call 896 6000.",
      "Don't miss out on the latest news and information.",
      "Comments expressed here do not reflect the opinions of Valley Vanguard newspapers or any employee thereof.",
      "Kindly share this story:",
      "Contact: theeditor@valleyvanguard.example",
      "READ: Hospital waiting lists grow for third straight month",
      "READ | Police name driver killed in highway crash",
      "Load shedding: Stage 4 from 16:00 to 22:00. Check your schedule",
      "More articles by Ann Lee",
    ]) expect(chromeReason(line), line).toBeDefined();
    for (const line of ["Read the full report at the library.", "Contact the council for details.", STORY]) expect(chromeReason(line), line).toBeUndefined();
  });

  it("removes the links of a list below the story with their dates or ages between them", () => {
    const parsed = parseText(toBlocks(["Council cuts watering days to two a week", "", "By Ann Lee", "", "Jan 6, 2019", "", STORY, "", MORE, "", "More From The Valley Tribune", "", "Drought relief package falls short, farmers say", "", "3h ago", "", "Police name driver killed in highway crash", "", "Dec 16, 2018", "", "Council backs plan for new ferry wharf"].join("\n")));
    expect(paragraphs(parsed)).toEqual([STORY, MORE]);
    expect(figures(parsed)).toEqual([]);
  });
});
