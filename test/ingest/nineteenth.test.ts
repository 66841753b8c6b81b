/**
 * The rules the nineteenth held-out group of import cases led to (issue 13; BENCHMARKS.md, "The
 * nineteenth and twentieth held-out groups"): national US news sites and magazines, as a browser's
 * "select all, copy" gives them.
 */
import { describe, expect, it } from "vitest";
import { splitCaption } from "../../src/ingest/text.ts";
import { page, paragraphs } from "../helpers/ingest.ts";

const story = [
  "The city's three reservoirs held less water at the end of January than at any time since 2010, the Water Board said Wednesday.",
  "",
  "Board members voted 5-2 to ask residents to cut outdoor watering to two days a week starting in March.",
];

describe("national US news sites and magazines", () => {
  it("reads the header below a paper's reprints notice", () => {
    const parsed = page(
      "This copy is for your personal, non-commercial use only. Distribution and use of this material are governed by our Subscriber Agreement and by copyright law. For non-personal use or to order multiple copies, please contact Dow Jones Reprints at 1-800-843-0008 or visit www.djreprints.com.",
      "", "https://www.wsj.com/articles/reservoir-levels-fall-11546888500", "", "U.S.", "",
      "Reservoir levels fall to lowest point in a decade", "", "By Ann Lee", "Updated Jan. 29, 2020 5:32 pm ET", "", ...story, "",
      "SHARE YOUR THOUGHTS", "What do you think of the decision? Join the conversation below.",
    );
    expect(parsed.title).toBe("Reservoir levels fall to lowest point in a decade");
    expect(parsed.byline).toEqual(["Ann Lee"]);
    expect(parsed.date?.slice(0, 10)).toBe("2020-01-29");
    expect(paragraphs(parsed).join("\n")).not.toMatch(/reprints|SHARE YOUR|Join the conversation/i);
  });

  it("reads a byline with the reporter's handle glued to the name, and the date's label after it", () => {
    const parsed = page("Filed under:", "Politics", "", "Reservoir levels fall to lowest point in a decade", "", "By Ann Lee@annlee Updated Jan 29, 2020, 5:32pm EST", "", "Share All sharing options for: Reservoir levels fall to lowest point in a decade", "", ...story);
    expect(parsed.byline).toEqual(["Ann Lee"]);
    expect(parsed.date?.slice(0, 10)).toBe("2020-01-29");
    expect(parsed.title).toBe("Reservoir levels fall to lowest point in a decade");
  });

  it("takes a wire's alert button for no headline", () => {
    const parsed = page("Reservoir levels fall to lowest point in a decade", "", "By Ann Lee", "+Get alerts forAnn Lee", "January 29, 2020, 5:32 PM EST", "", ...story, "", "Before it's here, it's on the Bloomberg Terminal.");
    expect(parsed.title).toBe("Reservoir levels fall to lowest point in a decade");
    expect(paragraphs(parsed).join("\n")).not.toMatch(/alerts|Terminal/);
  });

  it("reads a date without its year by the update's note, the names beside their newsrooms, and no series' name as the headline", () => {
    const parsed = page(
      "ProPublica", "Series", "",
      "Dried Up: The Fight Over the West's Water", "Reservoir levels fall to lowest point in a decade",
      "ProPublica is a nonprofit newsroom that investigates abuses of power. Sign up to receive our biggest stories as soon as they're published.",
      "by Ann Lee, ProPublica, and Bob Stone, The Valley Times", "Jan. 29, 5 a.m. EST", "", "Republish This Story", "",
      "Update, Jan. 30, 2020: This story has been updated with a response from state officials.", "", ...story,
    );
    expect(parsed.title).toBe("Reservoir levels fall to lowest point in a decade");
    expect(parsed.byline).toEqual(["Ann Lee", "Bob Stone"]);
    expect(parsed.date?.slice(0, 10)).toBe("2020-01-29");
    expect(parsed.updated).toBe("2020-01-30");
  });

  it("keeps the key points under the headline in the header, with the names over the date", () => {
    const parsed = page(
      "Jump to", "Main content", "Search", "Account", "Business Insider", "Subscribe", "Newsletters", "Sign in", "Read in app",
      "Reservoir levels fall to lowest point in a decade",
      "The decision could shape the region for years, officials said.", "Critics say key questions remain unanswered.", "Here's what we know so far.",
      "Ann Lee", "Bob Stone", "Jan 29, 2020, 5:32 PM EST",
      "Facebook Icon The letter F.", "", ...story, "", "Insider Inc. receives a commission when you buy through our links.",
    );
    expect(parsed.title).toBe("Reservoir levels fall to lowest point in a decade");
    expect(parsed.byline).toEqual(["Ann Lee", "Bob Stone"]);
    expect(parsed.date?.slice(0, 10)).toBe("2020-01-29");
    expect(paragraphs(parsed).join("\n")).not.toMatch(/Icon|commission/);
  });

  it("reads a photographer's credit run on after a caption", () => {
    expect(splitCaption("Water levels at Cedar Creek Reservoir on Tuesday Ann Lee/AFP via Getty Images")).toEqual({ caption: "Water levels at Cedar Creek Reservoir on Tuesday", credit: "Ann Lee/AFP via Getty Images" });
    expect(splitCaption("Water levels at Cedar Creek Reservoir on Tuesday | Ann Lee/Vox")).toEqual({ caption: "Water levels at Cedar Creek Reservoir on Tuesday", credit: "Ann Lee/Vox" });
    expect(splitCaption("Water levels at Cedar Creek Reservoir on Tuesday PHOTO: ANN LEE/BLOOMBERG NEWS")).toEqual({ caption: "Water levels at Cedar Creek Reservoir on Tuesday", credit: "PHOTO: ANN LEE/BLOOMBERG NEWS" });
    expect(splitCaption("Water levels at Cedar Creek Reservoir on Tuesday – PHOTO: ANN LEE")).toEqual({ caption: "Water levels at Cedar Creek Reservoir on Tuesday", credit: "PHOTO: ANN LEE" });
    // Two places parted by a slash at a sentence's end are no credit.
    expect(splitCaption("Traffic between Fort Collins and Loveland/Greeley")).toBeUndefined();
  });
});
