/**
 * The rules the eighth held-out group of import cases led to (issue 13; BENCHMARKS.md, "Importing
 * real scrapes"): a span of two dates, a library's citation line, a reading time "to read"; ...
 */
import { describe, expect, it } from "vitest";
import { datesOfLine } from "../../src/ingest/dates.ts";
import { parseText, toBlocks } from "../../src/ingest/text.ts";

const STORY = "The board voted 5-2 on Tuesday to ask residents to cut outdoor watering to two days a week, starting in March.";
const MORE = "Snowpack in the mountains that feed the reservoirs stands at 71% of normal, according to the state climate office.";

describe("dates", () => {
  it("reads no publication date in a span of two dates, as an archive prints its first and last capture", () => {
    expect(datesOfLine("25 Feb 2020 - 22 Mar 2023")).toBeUndefined();
    expect(datesOfLine("January 29, 2020 to March 2, 2020")).toBeUndefined();
    // A second date with its label is the update, as before.
    expect(datesOfLine("Jan 29, 2020 Updated Jan 30, 2020")?.dates.map((d) => d.role)).toEqual(["published", "updated"]);
    const parsed = parseText(toBlocks(`Wayback Machine\n\n71 captures\n25 Feb 2020 - 22 Mar 2023\n\nCouncil Cuts Watering Days\n\nBy Ann Lee, Gazette staff writer\n\nJan 29, 2020\n\n${STORY}`));
    expect(parsed).toMatchObject({ title: "Council Cuts Watering Days", date: "2020-01-29", byline: ["Ann Lee"] });
  });

  it("reads the date of a library's citation of a paper's page, the paper's name before it and the page after it", () => {
    expect(datesOfLine("The Valley Gazette (Valley City, Colo.), Wednesday, January 29, 2020, Final Edition, Page A8, Image 15")?.dates[0]?.date).toBe("2020-01-29");
    expect(datesOfLine("Valley Herald, January 29, 2020, p. 3")?.dates[0]?.date).toBe("2020-01-29");
    // Without a page field it is a sentence with commas, not a citation.
    expect(datesOfLine("The Council, on January 29, 2020, voted")).toBeUndefined();
  });

  it("reads a date line ending in a reading time with 'to read'", () => {
    expect(datesOfLine("29 Jan, 2020 05:32 PM 4 mins to read")?.dates[0]).toMatchObject({ date: "2020-01-29", time: "17:32" });
  });
});
