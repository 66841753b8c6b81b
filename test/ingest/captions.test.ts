/**
 * Captions and credits the committed import sets missed (issue 13): a credit with no label in a
 * caption's parentheses or after its stop, a gallery's arrows over a caption, a portrait's caption
 * naming the person the paragraph above names, "© AFP" below a caption; and the lead photo's caption
 * below the date, which is no headline. Each rule has its guard: a line of the story that looks like
 * a caption but lacks the cue stays in the body.
 */
import { describe, expect, it } from "vitest";
import { splitCaption } from "../../src/ingest/text.ts";
import { figures, page, paragraphs } from "../helpers/ingest.ts";

const HEADER = ["Fire Closes Old Mill Bridge; Police Seek Witnesses", "", "By Ann Lee", "March 14, 2021", ""];
const FIRST = "A fire early Sunday closed the Old Mill Bridge to traffic, and engineers will inspect the wooden span before it reopens, police said.";
const SECOND = "Firefighters were called to the bridge at about 2:40 a.m. and had the fire out within an hour. No one was hurt.";
const THIRD = "Police said the fire appeared to have been set on purpose.";
const OKOYE = "Library director Sam Okoye said the district had cut hours twice since 2015.";

/** A story with `between` standing alone between its second and third paragraphs. */
const story = (...between: string[]) => page(...HEADER, FIRST, "", SECOND, "", ...between, "", THIRD);

describe("a credit with no label", () => {
  it("reads a person's name, a station's call sign, a name and a paper, or an office in the parentheses ending a caption with no stop", () => {
    for (const credit of ["Greg Nash", "WCDR", "Luis Whitfield/Virginia Mercury", "Valley Water Board"]) {
      const parsed = story(`Smoke rises from the Old Mill Bridge early Sunday (${credit})`);
      expect(figures(parsed)).toEqual([expect.objectContaining({ caption: "Smoke rises from the Old Mill Bridge early Sunday", credit })]);
      expect(paragraphs(parsed)).toEqual([FIRST, SECOND, THIRD]);
    }
  });

  it("reads no credit in parentheses that name a place or a part, or after a sentence's stop", () => {
    expect(splitCaption("Flooding hits the region (Colorado Springs)")).toBeUndefined();
    expect(splitCaption("The roads were closed (Colorado Springs/El Paso County)")).toBeUndefined();
    expect(splitCaption("Results of the vote (Part Two)")).toBeUndefined();
    // A name in parentheses after a sentence's stop is the story's aside, not a credit.
    expect(splitCaption("Police thanked the volunteer firefighters. (Greg Nash)")).toBeUndefined();
  });

  it("reads a photographer and an outlet, or a site's address, after a one-sentence caption's stop", () => {
    expect(splitCaption("Board chair Elena Marsh speaks during Wednesday's meeting. Luis Whitfield / Meduza")).toEqual({ caption: "Board chair Elena Marsh speaks during Wednesday's meeting", credit: "Luis Whitfield / Meduza" });
    expect(splitCaption("The Eastside branch of the county library on Thursday. Kremlin.ru")).toEqual({ caption: "The Eastside branch of the county library on Thursday", credit: "Kremlin.ru" });
    // Two sentences are a paragraph, whatever follows them; an address with its path is a link.
    expect(splitCaption("The board met on Tuesday. It voted on Friday. Luis Whitfield / Meduza")).toBeUndefined();
    expect(splitCaption("The Eastside branch of the county library on Thursday. www.example.com")).toBeUndefined();
  });

  it("reads an outlet's name in capitals after a caption's full stop and a bar, and takes it for no headline", () => {
    expect(splitCaption("Water levels at Cedar Creek Reservoir on Tuesday. | OUEST-FRANCE")).toEqual({ caption: "Water levels at Cedar Creek Reservoir on Tuesday.", credit: "OUEST-FRANCE" });
    // A page's title has no full stop before its bar.
    expect(splitCaption("Is the reservoir running dry? | CNN")).toBeUndefined();
    const parsed = page("Reservoir Levels Fall to Lowest Point in a Decade, Water Board Says", "", "By Ann Lee", "", "29/01/2020 at 09:21", "", "Water levels at Cedar Creek Reservoir on Tuesday. | OUEST-FRANCE", "", FIRST, "", SECOND);
    expect(parsed.title).toBe("Reservoir Levels Fall to Lowest Point in a Decade, Water Board Says");
    expect(figures(parsed)).toEqual([expect.objectContaining({ caption: "Water levels at Cedar Creek Reservoir on Tuesday.", credit: "OUEST-FRANCE" })]);
  });

  it("reads '© AFP' below a caption with no stop as the photo's credit, the two alone as a block", () => {
    const parsed = page(...HEADER, FIRST, "", OKOYE, "", "Library director Sam Okoye", "© AFP", "", THIRD);
    expect(figures(parsed)).toEqual([expect.objectContaining({ caption: "Library director Sam Okoye", credit: "AFP" })]);
    expect(paragraphs(parsed)).toEqual([FIRST, OKOYE, THIRD]);
  });
});

describe("a gallery's arrows", () => {
  it("removes 'Prev' and 'Next' over a caption, so the caption and its credit below are read as one photo", () => {
    const parsed = story("Prev", "Next", "Smoke rises from the Old Mill Bridge early Sunday", "Photo by: WCDR");
    expect(figures(parsed)).toEqual([expect.objectContaining({ caption: "Smoke rises from the Old Mill Bridge early Sunday", credit: "Photo by: WCDR" })]);
    expect(paragraphs(parsed)).toEqual([FIRST, SECOND, THIRD]);
  });
});

describe("a portrait's caption", () => {
  it("takes a role and a name alone below the paragraph that names them for the portrait's caption, whatever follows it", () => {
    for (const after of [["", THIRD], ["", "Criticism from the opposition", "", THIRD]]) {
      const parsed = page(...HEADER, FIRST, "", OKOYE, "", "Library director Sam Okoye", ...after);
      expect(figures(parsed)).toEqual([{ caption: "Library director Sam Okoye" }]);
      expect(paragraphs(parsed)).toContain(OKOYE);
    }
  });

  it("keeps a role and a name over a subheading that the paragraph above does not name in the body, and a line that says something of them", () => {
    const other = story("Library director Sam Okoye", "", "Criticism from the opposition");
    expect(figures(other)).toEqual([]);
    expect(paragraphs(other)).toContain("Library director Sam Okoye");
    const saying = page(...HEADER, FIRST, "", OKOYE, "", "Library director Sam Okoye spoke first.", "", THIRD);
    expect(figures(saying)).toEqual([]);
    expect(paragraphs(saying)).toContain("Library director Sam Okoye spoke first.");
  });
});

describe("the lead photo's caption below the date", () => {
  const header = (...lines: string[]) => page("Voice of the Valley", "", "Fire Closes Old Mill Bridge; Police Seek Witnesses", "", "Valley News", "March 14, 2021 10:21 AM", "", ...lines, "", `WASHINGTON - ${FIRST}`, "", SECOND, "", THIRD);

  it("takes no line in sentence case below a headline in title case over the date for the headline, and keeps it in the body", () => {
    const parsed = header("Smoke rises from the Old Mill Bridge early Sunday");
    expect(parsed.title).toBe("Fire Closes Old Mill Bridge; Police Seek Witnesses");
    expect(paragraphs(parsed)).toContain("Smoke rises from the Old Mill Bridge early Sunday");
  });
});

describe("a caption with no cue", () => {
  it("keeps a one-sentence line of a day's photo in the body, flagged as possibly a caption", () => {
    for (const line of ["Board chair Elena Marsh speaks during Wednesday's meeting.", "The Eastside branch of the county library on Thursday.", "Smoke rises from the Old Mill Bridge early Sunday."]) {
      const parsed = story(line);
      expect(paragraphs(parsed)).toEqual([FIRST, SECOND, line, THIRD]);
      expect(parsed.flagged).toEqual([expect.objectContaining({ text: line, reason: expect.stringMatching(/^possibly a caption/) })]);
    }
  });

  it("flags no line of the story that reports, looks back or ahead, or has its day inside", () => {
    for (const line of ["The board will take public comment at its next meeting on Tuesday.", "County commissioners on Thursday sent a levy to the May ballot.", "Crews cleared the road early Sunday.", "The chair said she would speak on Monday."]) {
      expect(story(line).flagged).toEqual([]);
    }
  });
});
