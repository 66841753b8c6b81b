/**
 * The rules the sixth held-out group of import cases led to (issue 13; BENCHMARKS.md, "Importing
 * real scrapes"): the names and the outlet before the date after slashes, a reading time before
 * the date, an update glued to the date or printed as a time alone.
 */
import { describe, expect, it } from "vitest";
import { datesOfLine } from "../../src/ingest/dates.ts";
import { parseText, toBlocks } from "../../src/ingest/text.ts";

const STORY = "The board voted 5-2 on Tuesday to ask residents to cut outdoor watering to two days a week, starting in March.";

describe("date lines in more of the forms outlets print", () => {
  it("reads the names and the outlet before the date after slashes as the byline, and a wire's initials as no one", () => {
    const staff = parseText(toBlocks(`Council Cuts Watering Days\n\nAnn Lee & Bob Stone / Valley Times / Updated: Jan 29, 2020, 17:32 IST\n\n${STORY}`));
    expect(staff).toMatchObject({ date: "2020-01-29T17:32:00+05:30", byline: ["Ann Lee", "Bob Stone"] });
    expect(staff.updated).toBeUndefined();
    const court = parseText(toBlocks(`Council Cuts Watering Days\n\nANN LEE, BOB STONE / January 29, 2020\n\n${STORY}`));
    expect(court).toMatchObject({ date: "2020-01-29", byline: ["ANN LEE", "BOB STONE"] });
    const wire = parseText(toBlocks(`Council Cuts Watering Days\n\nPTI / Updated: Jan 29, 2020, 17:32 IST\n\n${STORY}`));
    expect(wire).toMatchObject({ date: "2020-01-29T17:32:00+05:30", byline: [] });
    // Not names: a sentence's words before a slash.
    expect(datesOfLine("Smith and Wesson / Jan 3, 2019")).toBeUndefined();
  });

  it("reads a date after the reading time", () => {
    expect(datesOfLine("5 min read · Oct 3, 2019")?.dates).toEqual([{ date: "2019-10-03", role: "published" }]);
  });

  it("reads an update glued to the published date, with its day or only its time", () => {
    const glued = parseText(toBlocks(`Council Cuts Watering Days\n\nPublished Feb. 13, 2019Updated 1:25 p.m. ET\n\n${STORY}`));
    expect(glued).toMatchObject({ title: "Council Cuts Watering Days", date: "2019-02-13", updated: "2019-02-13T13:25:00-05:00" });
    expect(datesOfLine("Published Nov. 16, 2019Updated Nov. 17, 2019, 9:04 a.m. ET")?.dates.map((d) => [d.date, d.role])).toEqual([
      ["2019-11-16", "published"],
      ["2019-11-17", "updated"],
    ]);
  });

  it("reads a live blog's last update printed as a time alone after the published date", () => {
    const parsed = parseText(toBlocks(`Council Cuts Watering Days\n\nPublished 11:19 a.m. MST Jan. 5, 2019 · Last update 4:26 p.m. MST\n\n${STORY}`));
    expect(parsed).toMatchObject({ date: "2019-01-05T11:19:00-07:00", updated: "2019-01-05T16:26:00-07:00" });
  });
});
