/**
 * The rules the fourteenth held-out group of import cases led to so far (issue 13; BENCHMARKS.md,
 * "The fourteenth held-out group"): a story reposted on social and community platforms, and local
 * TV stations' sites on station groups' CMSs.
 */
import { describe, expect, it } from "vitest";
import { chromeReason } from "../../src/ingest/chrome.ts";
import { datesOfLine } from "../../src/ingest/dates.ts";
import { bylineNames, parseText, toBlocks, withoutKicker } from "../../src/ingest/text.ts";

const STORY = "The board voted 5-2 on Tuesday to ask residents to cut outdoor watering to two days a week, starting in March.";
const HEADLINE = "Council cuts watering days to two a week";
const page = (...lines: string[]) => parseText(toBlocks(lines.join("\n")));

describe("a story reposted on social platforms", () => {
  it("takes a thread's marker and a self-post's subreddit off the headline", () => {
    expect(withoutKicker(`${HEADLINE} 🧵`)).toBe(HEADLINE);
    expect(withoutKicker(`${HEADLINE} A thread 🧵👇`)).toBe(HEADLINE);
    expect(withoutKicker(`${HEADLINE} (self.Albuquerque)`)).toBe(HEADLINE);
    expect(withoutKicker("Why the thread matters")).toBe("Why the thread matters");
  });

  it("takes no note in lower case for the headline, and removes the platforms' furniture", () => {
    expect(page("saw this in the Times this morning, pasting it here", "", HEADLINE, "", "By Ann Lee", "", "January 29, 2020", "", STORY).title).toBe(HEADLINE);
    for (const line of ["See new Tweets", "jump to content", "[Forwarded from The Valley Times]", "submitted 4 years ago by coloradogirl22", "189 comments share save hide report crosspost", "This is an archived post. You won't be able to vote or comment.", "2 Weather Alerts", "KMSA 9 Good Morning at 6AM"]) {
      expect(chromeReason(line), line).toBeDefined();
    }
    expect(chromeReason("See new rules at the library.")).toBeUndefined();
  });
});

describe("local TV stations' sites", () => {
  it("takes 'Posted By: Web Staff' for no person and no headline", () => {
    expect(bylineNames("Posted By: Web Staff")).toEqual([]);
    expect(page("2 Weather Alerts", "", HEADLINE, "", "Posted By: Web Staff", "", "Posted: Jan 29, 2020 / 05:32 PM MST", "", STORY).title).toBe(HEADLINE);
  });
});

describe("a Spanish-language network's English page, and a chat app's message header", () => {
  it("reads Spanish date labels and months, and the names after 'Por' parted by 'y'", () => {
    expect(datesOfLine("Por Lucía Ortega y José Luis Herrera • Publicado el 28 de enero de 2019 • Actualizado el 28 de enero de 2019 a las 2:48 pm")).toEqual({
      dates: [
        { date: "2019-01-28", role: "published" },
        { date: "2019-01-28", role: "updated", time: "14:48" },
      ],
      byline: "Lucía Ortega and José Luis Herrera",
    });
    expect(bylineNames("Por Lucía Ortega y José Luis Herrera")).toEqual(["Lucía Ortega", "José Luis Herrera"]);
    // Without "Por", "y" parts no names (a name's own "y" is not read whole yet: "José Ortega").
    expect(bylineNames("By José Ortega y Gasset")).toHaveLength(1);
  });

  it("reads the time in a chat app's message header, a day-first one as its day proves", () => {
    expect(datesOfLine("Valley News Now, [29.01.2020 17:32]")?.dates).toEqual([{ date: "2020-01-29", role: "published", time: "17:32" }]);
  });
});
