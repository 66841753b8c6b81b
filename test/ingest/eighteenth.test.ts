/**
 * The rules the eighteenth held-out group of import cases led to (issue 13; BENCHMARKS.md, "The
 * eighteenth held-out group"): a FOX-owned and a Graham station, a nonprofit on Newspack, two
 * Washington politics sites, a UK regional on Newsquest, a Canadian chain on Postmedia, and an
 * article kept as a clipping in a document.
 */
import { describe, expect, it } from "vitest";
import { parseBatch } from "../../src/ingest/batch.ts";
import { chromeReason } from "../../src/ingest/chrome.ts";
import { datesOfLine, orderOf } from "../../src/ingest/dates.ts";
import { creditLine, splitCaption } from "../../src/ingest/text.ts";
import { page, WATERING_HEADLINE as HEADLINE, WATERING_VOTE as STORY } from "../helpers/ingest.ts";

const QUOTE = 'The mayor said "I want every household to do its part this summer."';

describe("date lines", () => {
  it("reads a numeric date with a two-digit year, and the order it proves", () => {
    expect(datesOfLine("BY ANN LEE - 01/23/19 09:39 AM EST")).toEqual({ dates: [{ date: "2019-01-23", role: "published", time: "09:39", offset: -300 }], byline: "ANN LEE" });
    expect(orderOf("BY ANN LEE - 01/23/19 09:39 AM EST")).toBe("mdy");
    // A batch whose two-digit dates prove the order reads the others in it.
    const file = (date: string, n: number) => [`${HEADLINE} ${n}`, "", `BY ANN LEE - ${date} 09:39 AM EST`, "", `${STORY.slice(0, -1)} in district ${n}.`].join("\n");
    const parsed = parseBatch([file("01/23/19", 1), file("02/02/19", 2), file("03/14/21", 3)].map((raw, i) => ({ origin: `${i}.txt`, raw })));
    expect(parsed.map((p) => p.date?.slice(0, 10))).toEqual(["2019-01-23", "2019-02-02", "2021-03-14"]);
  });

  it("reads a chain's publishing line with its reading time and comments, and a clipper's typed source line", () => {
    expect(datesOfLine("Publishing date: Jan 5, 2019 • Last updated Jan 6, 2019 • 5 minute read • 34 Comments")?.dates).toEqual([
      { date: "2019-01-05", role: "published" },
      { date: "2019-01-06", role: "updated" },
    ]);
    expect(datesOfLine("Source: The Valley Times, 28 March 2019")?.dates[0]?.date).toBe("2019-03-28");
    expect(datesOfLine("The Front Range Gazette — Jan. 14, 2019")?.dates[0]?.date).toBe("2019-01-14");
  });
});

describe("the story's sentences", () => {
  it("keeps a sentence that ends inside its quotation marks below a list of links", () => {
    const parsed = page(HEADLINE, "", "By Ann Lee", "", "January 29, 2020", "", STORY, "", "Read more:", "", "Bus route to be cut from next month, operator confirms", "", "Road closed after crash near village primary school", "", QUOTE, "", STORY);
    expect(parsed.body.some((b) => b.kind === "paragraph" && b.text === QUOTE)).toBe(true);
  });
});

describe("credits and notes", () => {
  it("reads a chain's photographer, a station's name with its channel in a caption's parentheses", () => {
    expect(creditLine("Ann Lee/Postmedia")).toBe("Ann Lee/Postmedia");
    expect(splitCaption("File photo of the reservoir near the dam (FOX 9 Valley)")).toEqual({ caption: "File photo of the reservoir near the dam", credit: "FOX 9 Valley" });
  });

  it("removes a clipper's note, and keeps a story's line that ends with a source", () => {
    expect(chromeReason("Keep with the 2019-2020 council clippings — DR")).toBeDefined();
    expect(chromeReason("Copy for the neighborhood association newsletter — PO")).toBeDefined();
    expect(chromeReason("Council approves the budget — AP")).toBeUndefined();
  });
});
