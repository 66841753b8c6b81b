/**
 * The twenty-ninth held-out group's tech news site, sports network, entertainment trade,
 * WordPress news theme and farm press (issue 13): The Verge, Ars Technica and TechCrunch; ESPN and
 * Yahoo Sports; Variety, Deadline and The Hollywood Reporter; tagDiv's Newspaper and JNews; DTN
 * and Farm Progress. What a reader of the imported article would notice: its title, byline, date,
 * captions and credits, and the sites' furniture taken out; and the story's own sentences that
 * open the same way kept.
 */
import { describe, expect, it } from "vitest";
import { parseText, toBlocks } from "../../src/ingest/text.ts";

const page = (...lines: string[]) => parseText(toBlocks(lines.join("\n")));
const paragraphs = (parsed: ReturnType<typeof page>) => parsed.body.flatMap((b) => (b.kind === "paragraph" ? [b.text] : []));
const figures = (parsed: ReturnType<typeof page>) => parsed.body.flatMap((b) => (b.kind === "figure" ? [b.figure] : []));
const removed = (parsed: ReturnType<typeof page>) => parsed.removed.map((r) => r.text);

const TITLE = "Gravel pit expansion heads to county vote";
const LONG_TITLE = "County commissioners say they can and may put the gravel pit expansion to a vote before spring";
const LEAD = "County commissioners will vote next month on a plan to double the size of the gravel pit north of Millbrook, the planning office said Tuesday.";
const NEXT = "Neighbors have filed more than 200 comments, most of them about truck traffic on Quarry Road.";
const LAST = "The commission meets at 6 p.m. on March 18 in the courthouse annex.";

describe("a tech news site's header", () => {
  it("reads a name with the reporter's handle glued on, and no 'By', as the byline", () => {
    const parsed = page("TechCrunch", "Startups", "Venture", "", TITLE, "", "Ann Lee@annlee", "/ 5:32 pm EST•January 29, 2020", "", LEAD, "", NEXT, "", LAST);
    expect(parsed.title).toBe(TITLE);
    expect(parsed.byline).toEqual(["Ann Lee"]);
    const two = page("TechCrunch", "", TITLE, "", "Ann Lee@annlee and Bob Stone@bobstone", "/ 5:32 pm EST•January 29, 2020", "", LEAD, "", NEXT);
    expect(two.title).toBe(TITLE);
    expect(two.byline).toEqual(["Ann Lee", "Bob Stone"]);
  });

  it("reads the names in capitals before a numeric date after a dash as the byline and the date, not a dateline", () => {
    const parsed = page("Ars Technica", "Biz & IT", "", "POLICY —", "", TITLE, "", "A dek that says a little more", "", "ANN LEE - 3/14/2021, 10:21 AM", "", LEAD, "", NEXT, "", LAST);
    expect(parsed.title).toBe(TITLE);
    expect(parsed.byline).toEqual(["ANN LEE"]);
    expect(parsed.date).toMatch(/^2021-03-14/);
    expect(parsed.dateline).toBeUndefined();
    expect(paragraphs(parsed)).not.toContain("3/14/2021, 10:21 AM");
  });

  it("takes no section kicker ending in a dash for the headline", () => {
    const parsed = page("Ars Technica", "Biz & IT", "Tech", "Science", "Policy", "Cars", "", "BIZ & IT —", TITLE, "A dek that says a little more", "ANN LEE - 3/14/2021, 10:21 AM", "", LEAD, "", NEXT, "", LAST);
    expect(parsed.title).toBe(TITLE);
  });

  it("reads 'Enlarge / … (credit: …)' as the caption and its credit, without the viewer's button", () => {
    const parsed = page(TITLE, "", "ANN LEE - 3/14/2021, 10:21 AM", "", "Enlarge / Trucks line up at the gravel pit on Monday. (credit: Carla Ruiz / Getty Images)", "", LEAD, "", NEXT);
    expect(figures(parsed)).toEqual([expect.objectContaining({ caption: "Trucks line up at the gravel pit on Monday.", credit: "Carla Ruiz / Getty Images" })]);
  });

  it("reads 'Image Credits:' under the caption as its credit", () => {
    const parsed = page(TITLE, "", "Ann Lee@annlee", "/ 5:32 pm EST•January 29, 2020", "", "Comment", "", "Trucks line up at the gravel pit on Monday.", "Image Credits: Carla Ruiz / TechCrunch", "", LEAD, "", NEXT);
    expect(figures(parsed)).toEqual([expect.objectContaining({ caption: "Trucks line up at the gravel pit on Monday.", credit: "Carla Ruiz / TechCrunch" })]);
    expect(paragraphs(parsed)).toEqual([LEAD, NEXT]);
  });

  it("takes out the author card's first-name line and the comment counters", () => {
    const parsed = page(TITLE, "", "ANN LEE - 3/14/2021, 10:21 AM", "", "reader comments", "43", "with 25 posters participating", "", LEAD, "", NEXT, "", LAST, "", "READER COMMENTS", "43", "", "Ann Lee", "Ann is a policy reporter at Ars Technica.");
    expect(paragraphs(parsed)).toEqual([LEAD, NEXT, LAST]);
    expect(removed(parsed)).toEqual(expect.arrayContaining(["reader comments", "with 25 posters participating", "READER COMMENTS", "Ann is a policy reporter at Ars Technica."]));
  });

  it("takes out the newsletter boxes between the paragraphs", () => {
    const box = ["Get the industry's biggest tech news", "", "TechCrunch Daily News", "", "Every weekday and Sunday, you can get the best of TechCrunch's coverage.", "", "Sign up for Verge Deals to get deals on products we've tested sent to your inbox weekly."];
    const parsed = page(TITLE, "", "Ann Lee@annlee", "/ 5:32 pm EST•January 29, 2020", "", LEAD, "", NEXT, "", ...box, "", LAST);
    expect(paragraphs(parsed)).toEqual([LEAD, NEXT, LAST]);
  });
});

describe("a sports network's page", () => {
  const MENU = ["ESPN", "NFL", "NBA", "MLB", "NCAAF", "NHL", "Soccer", "More Sports", "Watch", "Fantasy", ""];
  const SHARE = ["", "Facebook", "X", "Email", "Print", ""];

  it("reads two names with the network's initials after a comma as the byline, not the headline", () => {
    const parsed = page(...MENU, TITLE, "", "Ann Lee and Bob Stone, ESPN", "", "Jan 29, 2020, 09:21 AM ET", ...SHARE, LEAD, "", NEXT);
    expect(parsed.title).toBe(TITLE);
    expect(parsed.byline).toEqual(["Ann Lee", "Bob Stone"]);
  });

  it("reads a long headline right over the byline as the header, below a long menu, alone", () => {
    const parsed = page(...MENU, LONG_TITLE, "Ann Lee, ESPN Staff Writer", "Jan 29, 2020, 09:21 AM ET", ...SHARE, LEAD, "", NEXT);
    expect(parsed.title).toBe(LONG_TITLE);
    expect(parsed.byline).toEqual(["Ann Lee"]);
    expect(parsed.date).toMatch(/^2020-01-29/);
  });

  it("reads a photographer's name and agency over the caption as the photo's credit", () => {
    const parsed = page(...MENU, TITLE, "", "Ann Lee, ESPN Staff Writer", "", "Jan 29, 2020, 09:21 AM ET", ...SHARE, "Carla Ruiz/Getty Images", "Trucks line up at the gravel pit on Monday.", "", LEAD, "", NEXT, "", "Dan Cole/USA TODAY Sports", "Commissioner Dana Price speaks on Tuesday.", "", LAST);
    expect(figures(parsed)).toEqual([
      expect.objectContaining({ caption: "Trucks line up at the gravel pit on Monday.", credit: "Carla Ruiz/Getty Images" }),
      expect.objectContaining({ caption: "Commissioner Dana Price speaks on Tuesday.", credit: "Dan Cole/USA TODAY Sports" }),
    ]);
    expect(paragraphs(parsed)).toEqual([LEAD, NEXT, LAST]);
    expect(parsed.credit).toBeUndefined();
    const filePhoto = page(...MENU, TITLE, "Ann Lee, ESPN Staff Writer", "Jan 29, 2020, 09:21 AM ET", ...SHARE, "Carla Ruiz/USA TODAY Sports", "File photo of the gravel pit north of Millbrook.", "", LEAD, "", NEXT);
    expect(filePhoto.title).toBe(TITLE);
    expect(figures(filePhoto)).toEqual([expect.objectContaining({ caption: "File photo of the gravel pit north of Millbrook.", credit: "Carla Ruiz/USA TODAY Sports" })]);
  });

  it("takes out the bio card's line under the byline and the footer's service links", () => {
    const foot = ["", "Your US State Privacy Rights", "Children's Online Privacy Policy", "Interest-Based Ads", "About Nielsen Measurement", "Do Not Sell or Share My Personal Information", "Disney Ad Sales Site", "Work for ESPN"];
    const parsed = page(...MENU, TITLE, "", "Ann Lee, ESPN Staff Writer", "", "Close", "Ann covers Millbrook sports for ESPN.", "Follow on X", "", "Jan 29, 2020, 09:21 AM ET", ...SHARE, LEAD, "", NEXT, ...foot);
    expect(paragraphs(parsed)).toEqual([LEAD, NEXT]);
    expect(removed(parsed)).toEqual(expect.arrayContaining(["Ann covers Millbrook sports for ESPN.", ...foot.slice(1)]));
  });

  it("takes out the reading time after a middle dot, and reads names over '·Contributor'", () => {
    const parsed = page("Yahoo Sports", "Home", "Fantasy", "", TITLE, "", "Ann Lee", "·Contributor", "Bob Stone", "·Contributor", "", "January 29, 2020, 12:46 PM", "", "·2 min read", "", LEAD, "", NEXT);
    expect(parsed.title).toBe(TITLE);
    expect(parsed.byline).toEqual(["Ann Lee", "Bob Stone"]);
    expect(removed(parsed)).toContain("·2 min read");
  });
});

describe("an entertainment trade's page", () => {
  it("reads two names each over a beat's role as the byline, not a role as the headline", () => {
    const parsed = page("Variety", "Film", "TV", "", TITLE, "Ann Lee", "Senior Film Reporter", "Bob Stone", "Business Editor", "Jan 29, 2020 9:21am PT", "", LEAD, "", NEXT);
    expect(parsed.title).toBe(TITLE);
    expect(parsed.byline).toEqual(["Ann Lee", "Bob Stone"]);
  });

  it("takes out the video module's label, the alerts prompt, its fine print and the lists' labels with their headlines", () => {
    const parsed = page(
      TITLE, "", "Ann Lee", "Jan 29, 2020 9:21am PT", "", LEAD, "", "Popular on Variety", "", NEXT, "",
      "Subscribe to Deadline Breaking News Alerts and keep your inbox happy.", "", LAST, "",
      "Must Read Stories", "School board weighs later start times", "Council approves budget after marathon session", "",
      "THR Newsletters", "",
      "By providing your information, you agree to our Terms of Use and our Privacy Policy. We use vendors that may also process your information to help provide our services.",
    );
    expect(paragraphs(parsed)).toEqual([LEAD, NEXT, LAST]);
    expect(figures(parsed)).toEqual([]);
    expect(removed(parsed)).toEqual(expect.arrayContaining(["Popular on Variety", "Subscribe to Deadline Breaking News Alerts and keep your inbox happy.", "Must Read Stories", "THR Newsletters"]));
  });
});

describe("a WordPress news theme's page", () => {
  it("takes out the next and previous articles, the related tabs, the comment form and the footer's boxes", () => {
    const foot = [
      "", "Previous article", "Crews repair water main break on Main Street", "Next article", "School board weighs later start times",
      "", "LEAVE A REPLY Cancel reply", "Please enter your comment!", "Please enter your name here", "You have entered an incorrect email address!", "Please enter your email address here",
      "Save my name, email, and website in this browser for the next time I comment.",
      "", "ABOUT US", "Contact us: editor@valleychronicle.example", "FOLLOW US",
    ];
    const parsed = page("Valley Chronicle", "Home", "News", "", TITLE, "", "By Ann Lee - January 29, 2020", "", LEAD, "", NEXT, "", "- Advertisement -", "", LAST, ...foot);
    expect(paragraphs(parsed)).toEqual([LEAD, NEXT, LAST]);
    expect(removed(parsed)).toEqual(expect.arrayContaining(foot.filter(Boolean)));
  });
});

describe("a farm press page", () => {
  it("reads the names over the roles with the paper's initials as the byline, not a role as the headline", () => {
    const parsed = page("DTN Progressive Farmer", "Markets", "", "Crops", TITLE, "Ann Lee", "DTN Ag Policy Editor", "Bob Stone", "DTN Crops Editor", "1/29/2020 | 5:32 PM CST", "", `OMAHA (DTN) -- ${LEAD}`, "", NEXT);
    expect(parsed.title).toBe(TITLE);
    expect(parsed.byline).toEqual(["Ann Lee", "Bob Stone"]);
  });

  it("reads a photographer's bare name under a photo's caption as its credit", () => {
    const parsed = page("Farm Progress", "", TITLE, "", "Ann Lee", "January 29, 2020", "", "3 Min Read", "", "File photo of the gravel pit north of Millbrook.", "Carla Ruiz", "", LEAD, "", NEXT);
    expect(figures(parsed)).toEqual([expect.objectContaining({ caption: "File photo of the gravel pit north of Millbrook.", credit: "Carla Ruiz" })]);
    expect(paragraphs(parsed)).toEqual([LEAD, NEXT]);
  });

  it("takes out the 'About the Author(s)' box with its first-name line, and the follow line", () => {
    const parsed = page(TITLE, "", "Ann Lee", "January 29, 2020", "", LEAD, "", NEXT, "", LAST, "", "Follow her on Twitter @annleeDTN", "", "About the Author(s)", "", "Ann Lee", "Staff Writer", "Ann writes about farm policy and water from Iowa.");
    expect(paragraphs(parsed)).toEqual([LEAD, NEXT, LAST]);
    expect(removed(parsed)).toEqual(expect.arrayContaining(["Follow her on Twitter @annleeDTN", "About the Author(s)", "Ann writes about farm policy and water from Iowa."]));
  });
});

describe("the story's own sentences that open the same way", () => {
  it("keeps them", () => {
    const story = [
      "Ann Lee@annlee posted the notice on Tuesday, the clerk said.",
      "Ann is a former reporter at The Courier, the clerk said.",
      "Popular on campus, the program drew 300 students last year.",
      "Reader comments poured in after the vote, the clerk said.",
      "Subscribe to the county's alerts, officials urged residents on Tuesday.",
      "Please enter your comments on the county's website by Friday, the planner said.",
      "Enlarge / shrink buttons on the county's map confused some residents.",
    ];
    const parsed = page(TITLE, "", "By Ann Lee", "January 29, 2020", "", LEAD, "", ...story.flatMap((s) => [s, ""]), LAST);
    expect(paragraphs(parsed)).toEqual([LEAD, ...story, LAST]);
  });

  it("keeps a sentence naming the writer by first name among the story's last lines, when it says who told it", () => {
    const line = "Ann is a former reporter at The Courier, the clerk said.";
    const whole = "Ann Lee is a former reporter for The Courier, according to the filing.";
    const parsed = page(TITLE, "", "By Ann Lee", "January 29, 2020", "", LEAD, "", NEXT, "", line, "", whole, "", LAST);
    expect(paragraphs(parsed)).toEqual([LEAD, NEXT, line, whole, LAST]);
  });

  it("keeps a place in capitals before a numeric date out of the byline", () => {
    const parsed = page(TITLE, "", "By Ann Lee", "NEW YORK - 1/29/2020", "", LEAD, "", NEXT);
    expect(parsed.byline).toEqual(["Ann Lee"]);
    expect(parsed.date).toMatch(/^2020-01-29/);
  });
});
