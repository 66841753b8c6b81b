/**
 * Registries and articles that contradict themselves are refused: a role that ends before it
 * starts (for partial dates, only when no reading of them can be in order), a correction or an
 * update dated before the article.
 */
import { describe, expect, it } from "vitest";
import { article, checkLines } from "../helpers/fixture.ts";

const problems = checkLines;

const PERSON = "_data/people/ada.yaml";
const role = (dates: string) => `name: Ada\nroles:\n  - title: Mayor\n${dates.replace(/^/gm, "    ")}\n`;

describe("a person's role", () => {
  it("is refused when it ends before it starts, on the line of the end", () => {
    expect(problems({ [PERSON]: role("start: 2011-07-18\nend: 2011-07-17") })).toEqual([
      `${PERSON}:5: roles[0].end: 2011-07-17 is before the role's start, 2011-07-18`,
    ]);
  });

  it("is refused when its held_through date is before its start", () => {
    expect(problems({ [PERSON]: role("start: 2011\nheld_through: 2010-12") })).toEqual([
      `${PERSON}:5: roles[0].held_through: 2010-12 is before the role's start, 2011`,
    ]);
  });

  it("is accepted when partial dates can be read in order", () => {
    // Started some day in July 2011, ended on 1 July 2011: possible if it started that day.
    expect(problems({ [PERSON]: role("start: 2011-07\nend: 2011-07-01") })).toEqual([]);
    expect(problems({ [PERSON]: role("start: 2011\nend: 2011") })).toEqual([]);
    expect(problems({ [PERSON]: role("start: 201X\nend: 2012-03~") })).toEqual([]);
  });

  it("is refused when partial dates cannot be in order under any reading", () => {
    expect(problems({ [PERSON]: role("start: 2011-07\nend: 2011-06") })).toEqual([
      `${PERSON}:5: roles[0].end: 2011-06 is before the role's start, 2011-07`,
    ]);
  });
});

const FILE = "articles/2020/2020-01-02-story.md";

describe("an article's later dates", () => {
  it("refuses a correction dated before the article it corrects", () => {
    const text = article("title: Story\ndate: 2020-01-02\ncorrections:\n  - date: 2020-01-03\n    text: Fine.\n  - date: 2019-12-31\n    text: Too early.");
    expect(problems({ [FILE]: text })).toEqual([`${FILE}:7: corrections[1].date: the correction is dated 2019-12-31, before the article it corrects (2020-01-02)`]);
  });

  it("compares instants when both dates have a time, and days otherwise", () => {
    const early = article("title: Story\ndate: 2020-01-02T17:00:00-07:00\ncorrections:\n  - date: 2020-01-02T16:00:00-07:00\n    text: An hour early.");
    expect(problems({ [FILE]: early })).toEqual([
      `${FILE}:5: corrections[0].date: the correction is dated 2020-01-02T16:00:00-07:00, before the article it corrects (2020-01-02T17:00:00-07:00)`,
    ]);
    const sameDay = article("title: Story\ndate: 2020-01-02T17:00:00-07:00\ncorrections:\n  - date: 2020-01-02\n    text: Same day.");
    expect(problems({ [FILE]: sameDay })).toEqual([]);
  });

  it("refuses an update dated before the article", () => {
    expect(problems({ [FILE]: article("title: Story\ndate: 2020-01-02\nupdated: 2020-01-01") })).toEqual([
      `${FILE}:4: updated: 2020-01-01 is before the article's date, 2020-01-02`,
    ]);
  });
});
