/**
 * The twenty-ninth held-out group's releases, unit stories and clips (issue 13): a science news
 * release on EurekAlert! (both templates), a military unit's story on DVIDS and a page clipped
 * to a Notion database. What a reader of the imported article would notice: its title, date,
 * byline, captions and credits, and the release's, the library's and the clip's furniture taken
 * out; and the story's sentences that open the same way kept.
 */
import { describe, expect, it } from "vitest";
import { chromeReason } from "../../src/ingest/chrome.ts";
import { figures, page, paragraphs, removedTexts } from "../helpers/ingest.ts";

const TITLE = "Gravel pit expansion heads to county vote";
const LEAD = "County commissioners will vote next month on a plan to double the size of the gravel pit north of Millbrook, the planning office said Tuesday.";
const NEXT = "Neighbors have filed more than 200 comments, most of them about truck traffic on Quarry Road.";
const LAST = "The commission meets at 6 p.m. on March 18 in the courthouse annex.";

describe("a science news release on EurekAlert!", () => {
  const BAR = ["EurekAlert!", "Science News", "Multimedia", "Meetings", "Log in", "", ""];
  const FIELDS = ["", "JOURNAL", "Water Resources Research", "DOI", "10.1038/s41467-020-40521-0", "", "METHOD OF RESEARCH", "Observational study", "SUBJECT OF RESEARCH", "Not applicable", "", "ARTICLE TITLE", "Gravel and groundwater in the valley", "ARTICLE PUBLICATION DATE", "3-Mar-2020", ""];
  const DISCLAIMER = "Disclaimer: AAAS and EurekAlert! are not responsible for the accuracy of news releases posted to EurekAlert! by contributing institutions or for the use of any information through the EurekAlert system.";

  it("reads the release's date from its label, not as the headline", () => {
    const redesigned = page(...BAR, "NEWS RELEASE 3-MAR-2020", "", TITLE, "", "Peer-Reviewed Publication", "", "Millbrook State University", "", LEAD, "", NEXT, "", LAST);
    expect(redesigned.title).toBe(TITLE);
    expect(redesigned.date).toMatch(/^2020-03-03/);
    const old = page(...BAR, "Public Release: 3-Mar-2020", "", TITLE, "", "Millbrook State University", "", LEAD, "", NEXT, "", LAST);
    expect(old.title).toBe(TITLE);
    expect(old.date).toMatch(/^2020-03-03/);
  });

  it("takes out the release's fields below it, labels and values, and names no one from them", () => {
    const parsed = page(...BAR, "NEWS RELEASE 3-MAR-2020", "", TITLE, "", LEAD, "", NEXT, "", LAST, ...FIELDS);
    expect(parsed.byline).toEqual([]);
    expect(paragraphs(parsed)).toEqual([LEAD, NEXT, LAST]);
    expect(removedTexts(parsed)).toEqual(expect.arrayContaining(["JOURNAL", "10.1038/s41467-020-40521-0", "Observational study", "ARTICLE TITLE", "Gravel and groundwater in the valley", "ARTICLE PUBLICATION DATE"]));
  });

  it("keeps a story's lines about a journal and its DOI when no record of fields is below", () => {
    const story = ["JOURNAL", "The journal Water Resources Research published the study on Monday.", "DOI", "The paper's DOI was printed on the county's handout."];
    const parsed = page(TITLE, "", "By Ann Lee", "March 3, 2020", "", LEAD, "", story[1]!, "", NEXT, "", story[3]!, "", LAST);
    expect(paragraphs(parsed)).toEqual([LEAD, story[1], NEXT, story[3], LAST]);
  });

  it("knows the release service's masthead, footer link, release kinds and disclaimer as chrome", () => {
    expect(chromeReason(DISCLAIMER)).toBe("a release service's disclaimer");
    for (const line of ["EurekAlert!", "The Global Source for Science News", "About EurekAlert!", "Peer-Reviewed Publication", "Reports and Proceedings", "Announcement"]) expect(chromeReason(line), line).toBeDefined();
    for (const line of ["Disclaimer: the county is not responsible for the gravel pit's traffic, the mayor said.", "The announcement came on Monday.", "EurekAlert! carried the university's release on Monday."]) expect(chromeReason(line), line).toBeUndefined();
  });

  it("takes out the media contact's box and the institution named in it over the release", () => {
    const parsed = page(...BAR, "NEWS RELEASE 3-MAR-2020", "", TITLE, "", "Millbrook State University", "", LEAD, "", NEXT, "", LAST, "", "Media Contact", "Carla Ruiz", "Millbrook State University", "cruiz@msu.example", "Office: 541-555-0108");
    expect(parsed.title).toBe(TITLE);
    expect(parsed.byline).toEqual([]);
    expect(paragraphs(parsed)).toEqual([LEAD, NEXT, LAST]);
    expect(removedTexts(parsed).filter((t) => t === "Millbrook State University")).toHaveLength(2);
  });

  it("reads a picture's caption without the button after it", () => {
    const parsed = page(...BAR, "Public Release: 3-Mar-2020", "", TITLE, "", LEAD, "", "IMAGE: Trucks line up at the gravel pit on Monday. view more", "Credit: Carla Ruiz, Millbrook State University", "", NEXT, "", LAST);
    expect(figures(parsed)).toEqual([expect.objectContaining({ caption: expect.stringMatching(/^Trucks line up at the gravel pit on Monday\.?$/), credit: "Carla Ruiz, Millbrook State University" })]);
    expect(paragraphs(parsed)).toEqual([LEAD, NEXT, LAST]);
  });
});

describe("a military unit's story on DVIDS", () => {
  const BAR = ["DVIDS", "Images", "Video", "News", "Search", "Login", ""];
  const RECORD = ["", "Date Taken: 03.03.2020", "Date Posted: 03.03.2020 17:32", "Story ID: 374975", "Location: FORT CARSON, CO, US", "Web Views: 601", "Downloads: 2", "", `This work, ${TITLE}, by Sgt. Ann Lee, identified by DVIDS, must comply with the restrictions shown on https://www.dvidshub.net/about/copyright.`, ""];

  it("reads the place in capitals with its country as no headline and no name", () => {
    const parsed = page(...BAR, TITLE, "", "FORT CARSON, CO, UNITED STATES", "03.13.2020", "", "Story by Sgt. Ann Lee", "", "4th Infantry Division", "Subscribe", "15", "", LEAD, "", NEXT, "", LAST);
    expect(parsed.title).toBe(TITLE);
    expect(parsed.byline).toEqual(["Ann Lee"]);
    expect(parsed.date).toMatch(/^2020-03-13/);
  });

  it("reads the writer's name without the rank before it", () => {
    for (const rank of ["Sgt.", "Staff Sgt.", "Tech. Sgt.", "Senior Airman", "Capt.", "Petty Officer 2nd Class"]) {
      const parsed = page(TITLE, "", "FORT CARSON, CO, UNITED STATES", "03.13.2020", "", `Story by ${rank} Ann Lee`, "", LEAD, "", NEXT, "", LAST);
      expect(parsed.byline, rank).toEqual(["Ann Lee"]);
    }
  });

  it("keeps a rank in a story's sentence and a company's name in a byline", () => {
    const said = "Staff Sgt. Ann Lee said the crews would finish the levee by Friday.";
    const parsed = page(TITLE, "", "By Bob Stone", "March 13, 2020", "", LEAD, "", said, "", LAST);
    expect(paragraphs(parsed)).toEqual([LEAD, said, LAST]);
    expect(page(TITLE, "", "By Major League Baseball", "March 13, 2020", "", LEAD, "", NEXT).byline).not.toEqual(["League Baseball"]);
  });

  it("reads a courtesy story as naming no one", () => {
    const parsed = page(...BAR, TITLE, "", "FORT CARSON, CO, UNITED STATES", "03.13.2020", "", "Courtesy Story", "", "4th Infantry Division", "", LEAD, "", NEXT, "", LAST);
    expect(parsed.byline).toEqual([]);
    expect(paragraphs(parsed)).toEqual([LEAD, NEXT, LAST]);
  });

  it("reads a credit naming a unit's branch in four words after the caption", () => {
    const parsed = page(TITLE, "", "Story by Sgt. Ann Lee", "March 13, 2020", "", LEAD, "", "Trucks line up at the gravel pit on Monday. (U.S. Army National Guard photo by Spc. Bob Stone)", "", NEXT, "", LAST);
    expect(figures(parsed)).toEqual([expect.objectContaining({ caption: expect.stringMatching(/^Trucks line up at the gravel pit on Monday\.?$/), credit: "U.S. Army National Guard photo by Spc. Bob Stone" })]);
  });

  it("takes out the lead photo's teaser, the record's fields, the licence and the list under More Like This", () => {
    const teaser = "Photo By Sgt. Ann Lee | Trucks line up at the gravel pit on Monday... read more";
    const parsed = page(...BAR, TITLE, "", teaser, "", "FORT CARSON, CO, UNITED STATES", "03.13.2020", "", "Story by Sgt. Ann Lee", "", LEAD, "", NEXT, "", LAST, ...RECORD, "More Like This", "Council approves budget after marathon session", "New library branch opens to crowds");
    expect(parsed.title).toBe(TITLE);
    expect(paragraphs(parsed)).toEqual([LEAD, NEXT, LAST]);
    expect(removedTexts(parsed)).toEqual(expect.arrayContaining([teaser, ...RECORD.filter((l) => l && !l.startsWith("Date Posted")), "Council approves budget after marathon session", "New library branch opens to crowds"]));
  });

  it("keeps the story's sentences that open as the record's fields do", () => {
    const story = ["Downloads of the county's flood map rose sharply after the storm.", "Location: the pit lies two miles north of Millbrook, off Quarry Road.", "This work, the planners said, must comply with the state's rules."];
    const parsed = page(TITLE, "", "Story by Sgt. Ann Lee", "March 13, 2020", "", LEAD, "", ...story.flatMap((s) => [s, ""]), LAST);
    expect(paragraphs(parsed)).toEqual([LEAD, ...story, LAST]);
  });
});

describe("a page clipped to a Notion database", () => {
  const STORY = ["", LEAD, "", NEXT, "", LAST];

  it("reads the story's own date, not the day the page was created", () => {
    const props = ["", "Created", "March 11, 2024 12:38 PM", "Tags", "archive water", "URL", "https://www.millbrookrecord.example/news/2020/03/03/gravel-pit", ""];
    const parsed = page(TITLE, ...props, "By Ann Lee", "Published 9:21 a.m. ET March 3, 2020", ...STORY);
    expect(parsed.date).toMatch(/^2020-03-03/);
    expect(removedTexts(parsed)).toEqual(expect.arrayContaining(["Created", "March 11, 2024 12:38 PM"]));
    const extension = ["", "Link", "https://www.millbrookrecord.example/news/2020/03/03/gravel-pit", "Created time", "March 11, 2024 12:38 PM", "Status", "To read", ""];
    expect(page(TITLE, ...extension, "By Ann Lee", "March 3, 2020", ...STORY).date).toMatch(/^2020-03-03/);
  });

  it("keeps a story's sentence that opens with Created", () => {
    const created = "Created in 1911, the pit supplied gravel for the county's first paved roads.";
    const parsed = page(TITLE, "", "By Ann Lee", "March 3, 2020", "", LEAD, "", created, "", LAST);
    expect(paragraphs(parsed)).toEqual([LEAD, created, LAST]);
  });

  it("reads the clip's title without the paper's name after a bar", () => {
    const props = ["", "Created", "March 11, 2024 12:38 PM", "URL", "https://www.millbrookrecord.example/news/2020/03/03/gravel-pit", ""];
    const parsed = page(`${TITLE} | The Millbrook Record`, ...props, "By Ann Lee", "March 3, 2020", ...STORY);
    expect(parsed.title).toBe(TITLE);
  });
});
