/**
 * The rules the fourteenth held-out group of import cases led to so far (issue 13; BENCHMARKS.md,
 * "The fourteenth held-out group"): a story reposted on social and community platforms, and local
 * TV stations' sites on station groups' CMSs.
 */
import { describe, expect, it } from "vitest";
import { chromeReason } from "../../src/ingest/chrome.ts";
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
