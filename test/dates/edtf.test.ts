/**
 * Plain dates (`2018-01-24`, `2017-04`, `2017`) are worked out without the edtf library's parser,
 * for speed (src/dates/edtf.ts): their bounds must be exactly the library's.
 */
import { describe, expect, it } from "vitest";
import { fromLibrary, parseEdtf, plainDate } from "../../src/dates/edtf.ts";

const pad = (n: number) => String(n).padStart(2, "0");

describe("a plain date, month or year", () => {
  it("has the library's bounds and precision, every day of leap and common years included", () => {
    const samples: string[] = [];
    for (const year of [1900, 1975, 2000, 2016, 2019, 2024, 9999]) {
      samples.push(String(year));
      for (let month = 1; month <= 12; month++) {
        samples.push(`${year}-${pad(month)}`);
        for (let day = 1; day <= 31; day++) samples.push(`${year}-${pad(month)}-${pad(day)}`);
      }
    }
    let worked = 0;
    for (const s of samples) {
      const library = fromLibrary(s);
      const plain = plainDate(s);
      if (plain) {
        worked++;
        expect(plain, s).toEqual(library);
      }
      // A day the month has not is the library's to read (it reads 1900-02-29 as 1900-03-01).
      expect(parseEdtf(s), s).toEqual(library);
    }
    // Every sample but the days months do not have (2 a year for February, 1 for each 30-day month).
    expect(worked).toBeGreaterThan(samples.length * 0.95);
  });

  it("leaves every other form to the library", () => {
    for (const s of ["2017~", "2017-04?", "199X", "19XX", "2004%", "-0500", "0999", "2017-13", "2017-02-30", "2017-4", "Y12345", "2017-04-01T10:00"]) {
      expect(plainDate(s), s).toBeUndefined();
    }
    expect(parseEdtf("2017-04?")).toMatchObject({ min: "2017-04-01", max: "2017-04-30", precision: "month", uncertain: true });
    expect(parseEdtf("2017-02-30")).toBeUndefined();
  });
});
