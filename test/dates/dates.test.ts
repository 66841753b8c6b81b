import { describe, expect, it } from "vitest";
import { describeEdtf, parseEdtf } from "../../src/dates/edtf.ts";
import { formatDay, parsePublicationDate } from "../../src/dates/publication.ts";

describe("publication dates", () => {
  it("keep the calendar day they were published on, whatever the build machine's zone", () => {
    expect(parsePublicationDate("2018-01-24").ymd).toBe("2018-01-24");
    expect(parsePublicationDate("2018-01-24T21:00:00-07:00").ymd).toBe("2018-01-24");
    expect(parsePublicationDate("2018-01-24T01:00:00+09:00").ymd).toBe("2018-01-24");
    expect(formatDay("2018-01-24")).toBe("January 24, 2018");
  });
});

describe("EDTF dates are described with the precision they have", () => {
  it.each([
    ["2018-01-24", "January 24, 2018"],
    ["2017-04", "April 2017"],
    ["2017", "2017"],
    ["2004~", "circa 2004"],
    ["199X", "the 1990s"],
    ["199X~", "circa the 1990s"],
    ["2017-04-05?", "April 5, 2017 (uncertain)"],
  ])("%s reads as %s", (edtf, words) => {
    expect(describeEdtf(edtf)).toBe(words);
  });

  it("give the range a month covers", () => {
    expect(parseEdtf("2017-04")).toMatchObject({ min: "2017-04-01", max: "2017-04-30", precision: "month" });
  });

  it("refuse what is not EDTF", () => {
    expect(parseEdtf("April 2017")).toBeUndefined();
    expect(parseEdtf("2017-13")).toBeUndefined();
  });
});
