import { describe, expect, it } from "vitest";
import { dateOfLine, normaliseDate } from "../../src/ingest/dates.ts";
import { bylineNames, parseText, photographerOf, splitCaption, splitCopyright, splitDateline, toBlocks } from "../../src/ingest/text.ts";

describe("raw text is read line by line", () => {
  it("turns non-breaking spaces into plain ones and keeps every other character", () => {
    const [block] = toBlocks("Sallinger\u00a0&\u00a0Bush\r\nenforcement.\u00a0 The – dash");
    expect(block).toEqual({ kind: "lines", lines: [{ text: "Sallinger & Bush", line: 1 }, { text: "enforcement.  The – dash", line: 2 }] });
  });

  it("takes the first line as the headline and a line starting By as the byline", () => {
    const parsed = parseText(toBlocks("Council Passes Budget\n\nBy Ann Lee and Bob Stone\n\nThe council passed the budget."));
    expect(parsed.title).toBe("Council Passes Budget");
    expect(parsed.byline).toEqual(["Ann Lee", "Bob Stone"]);
    expect(parsed.body).toEqual([{ kind: "paragraph", text: "The council passed the budget.", line: 5 }]);
  });

  it("splits a byline at ampersands, commas and 'and'", () => {
    expect(bylineNames("By Rick Sallinger & Stan Bush")).toEqual(["Rick Sallinger", "Stan Bush"]);
    expect(bylineNames("By Ann Lee, Bob Stone and Cy Young")).toEqual(["Ann Lee", "Bob Stone", "Cy Young"]);
  });

  it("cuts a role or an outlet printed after the name off a byline", () => {
    expect(bylineNames("By Ann Lee Staff Reporter")).toEqual(["Ann Lee"]);
    expect(bylineNames("By Ann Lee Courier Staff Writer")).toEqual(["Ann Lee"]);
    expect(bylineNames("By Ann Lee for The Courier")).toEqual(["Ann Lee"]);
    expect(bylineNames("BY ANN LEE STAFF WRITER")).toEqual(["ANN LEE"]);
    expect(bylineNames("By Ana de la Cruz")).toEqual(["Ana de la Cruz"]);
    expect(bylineNames("By Staff Writer")).toEqual([]);
    const parsed = parseText(toBlocks("Obituaries\n\nCouncil Passes Budget\n\nBy Ann Lee Staff Reporter\n\nJan 4, 2019\n\nThe council passed the budget on a vote of five to two on Thursday night."));
    expect(parsed).toMatchObject({ title: "Council Passes Budget", byline: ["Ann Lee"], date: "2019-01-04" });
  });

  it("does not take a sentence starting 'By' for a byline", () => {
    const parsed = parseText(toBlocks("Headline\n\nBy the time crews arrived, the fire was out."));
    expect(parsed.byline).toEqual([]);
    expect(parsed.body[0]).toMatchObject({ text: "By the time crews arrived, the fire was out." });
  });

  it("reads a dateline and the outlets it credits, and takes it off the paragraph", () => {
    expect(splitDateline("DENVER (CBS4/AP)- The Department of Justice has threatened")).toEqual({
      dateline: "DENVER",
      outlets: ["CBS4", "AP"],
      rest: "The Department of Justice has threatened",
    });
    expect(splitDateline("BOULDER, Colo. (AP) — Snow fell.")).toMatchObject({ dateline: "BOULDER, Colo.", rest: "Snow fell." });
    expect(splitDateline("WASHINGTON — The Senate voted.")).toMatchObject({ dateline: "WASHINGTON", outlets: [] });
  });

  it("does not take a sentence's first word for a dateline", () => {
    expect(splitDateline("The FBI (which declined to comment) said.")).toBeUndefined();
    expect(splitDateline("Denver - the city - said.")).toBeUndefined();
  });

  it("splits a caption from its credit", () => {
    expect(splitCaption("Mayor Michael Hancock (credit: CBS)")).toEqual({ caption: "Mayor Michael Hancock", credit: "CBS" });
    expect(splitCaption("(credit: CBS)")).toEqual({ caption: undefined, credit: "CBS" });
    expect(splitCaption("A handout photo (Photo by Bryan Cox/ICE via Getty Images)")).toEqual({
      caption: "A handout photo",
      credit: "Photo by Bryan Cox/ICE via Getty Images",
    });
    expect(splitCaption("Snow in Denver. (AP Photo/David Zalubowski)")).toEqual({ caption: "Snow in Denver.", credit: "AP Photo/David Zalubowski" });
    expect(splitCaption("The mayor (a Democrat) spoke.")).toBeUndefined();
  });

  it("reads a credit that is a name, a slash and an outlet, but not a pair of places", () => {
    expect(splitCaption("Snow on Main Street (Ann Lee/The Courier)")).toEqual({ caption: "Snow on Main Street", credit: "Ann Lee/The Courier" });
    expect(splitCaption("Snow (ANN LEE / Valley Times)")).toEqual({ caption: "Snow", credit: "ANN LEE / Valley Times" });
    expect(splitCaption("The crowd (Staff photo by Ann Lee)")).toEqual({ caption: "The crowd", credit: "Staff photo by Ann Lee" });
    expect(photographerOf("Ann Lee/The Courier")).toBe("Ann Lee");
    expect(splitCaption("The roads were closed (Colorado Springs/El Paso County)")).toBeUndefined();
    expect(splitCaption("Roads (Denver/Boulder)")).toBeUndefined();
    expect(splitCaption("Roads (Staff Photo/The Courier)")).toEqual({ caption: "Roads", credit: "Staff Photo/The Courier" });
  });

  it("names the photographer a credit names", () => {
    expect(photographerOf("Photo by Bryan Cox/U.S. Immigration and Customs Enforcement via Getty Images")).toBe("Bryan Cox");
    expect(photographerOf("AP Photo/David Zalubowski")).toBe("David Zalubowski");
    expect(photographerOf("CBS")).toBeUndefined();
  });

  it("splits a copyright line from the contribution credit after it", () => {
    expect(splitCopyright("(© Copyright 2018 CBS Broadcasting Inc. All Rights Reserved. The Associated Press contributed to this report.)")).toEqual({
      copyright: "© Copyright 2018 CBS Broadcasting Inc. All Rights Reserved.",
      credit: "The Associated Press contributed to this report.",
    });
    expect(splitCopyright("Copyright 2019 The Associated Press. All rights reserved.")).toEqual({
      copyright: "Copyright 2019 The Associated Press. All rights reserved.",
    });
  });

  it("moves copyright and credit lines into the front matter, not a sentence that mentions copyright", () => {
    const parsed = parseText(
      toBlocks("Headline\n\nCopyright law changed in 2019, the court said.\n\nReuters contributed to this report.\n\n© 2020 Example News. All rights reserved."),
    );
    expect(parsed.copyright).toBe("© 2020 Example News. All rights reserved.");
    expect(parsed.credit).toBe("Reuters contributed to this report.");
    // The contribution line is the story's last line as printed: it stays in the body as well.
    expect(parsed.body.map((b) => b.kind === "paragraph" && b.text)).toEqual(["Copyright law changed in 2019, the court said.", "Reuters contributed to this report."]);
  });

  it("makes a figure of an image file name and the caption under it, and drops the file name", () => {
    const parsed = parseText(toBlocks("Headline\n\nWords.\n\nSNOW PLOWS 3PKG.transfer_frame_12\nPlows line up on Colfax Avenue.\n\nMore words."));
    expect(parsed.body[1]).toMatchObject({ kind: "figure", figure: { caption: "Plows line up on Colfax Avenue." } });
    expect(parsed.moved).toContainEqual({ line: 5, text: "SNOW PLOWS 3PKG.transfer_frame_12", to: "image file name" });
  });

  it("takes a short line above a credited caption as the image's title", () => {
    const parsed = parseText(toBlocks("Headline\n\nWords.\n\nStorm over the Rockies\nClouds gather. (Photo by Ann Lee/Example News)"));
    expect(parsed.body[1]).toMatchObject({
      kind: "figure",
      figure: { title: "Storm over the Rockies", caption: "Clouds gather.", credit: "Photo by Ann Lee/Example News", photographer: "Ann Lee" },
    });
  });

  it("joins a hard-wrapped paragraph back into one", () => {
    const parsed = parseText(toBlocks("Headline\n\nThe council voted on the\nbudget on Tuesday.\nIt passed 7-2."));
    expect(parsed.body.map((b) => b.kind === "paragraph" && b.text)).toEqual(["The council voted on the budget on Tuesday.", "It passed 7-2."]);
  });

  it("reads a date written on a line of its own as the article's date, and drops the line", () => {
    const parsed = parseText(toBlocks("Friday, January 4, 2019 \n\n\nAn apartment building collapsed on Monday."), { title: "Building collapses" });
    expect(parsed.date).toBe("2019-01-04");
    expect(parsed.moved).toContainEqual({ line: 1, text: "Friday, January 4, 2019", to: "date" });
    expect(parsed.body).toHaveLength(1);
  });
});

describe("dates written out in text", () => {
  it("reads the common forms of a date line", () => {
    expect(dateOfLine("Friday, January 4, 2019")).toBe("2019-01-04");
    expect(dateOfLine("Jan. 24, 2018 / 5:35 PM MST")).toBe("2018-01-24");
    expect(dateOfLine("Updated on: 4 January 2019")).toBe("2019-01-04");
    expect(dateOfLine("2019-01-04")).toBe("2019-01-04");
  });

  it("reads no date from a sentence, and no impossible date", () => {
    expect(dateOfLine("On January 4, 2019, the building collapsed.")).toBeUndefined();
    expect(dateOfLine("February 30, 2019")).toBeUndefined();
  });

  it("keeps a date-time's zone and turns other dates into YYYY-MM-DD", () => {
    expect(normaliseDate("2019-03-02T09:30:00-07:00")).toBe("2019-03-02T09:30:00-07:00");
    expect(normaliseDate("2019-03-02 09:30")).toBe("2019-03-02");
    expect(normaliseDate("March 3, 2019")).toBe("2019-03-03");
    expect(normaliseDate("soon")).toBeUndefined();
  });
});
