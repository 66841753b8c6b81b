/**
 * The rules the twenty-third held-out group of import cases led to (issue 13; BENCHMARKS.md, "The
 * twenty-third held-out group"): independent US metro papers, the Financial Times and The
 * Economist, RFE/RL and the Voice of America, Arab News and The Jerusalem Post, the Bangkok Post
 * and Rappler, The Moscow Times and Meduza, a Mastodon thread quoting a story, and an email's
 * print view.
 */
import { describe, expect, it } from "vitest";
import { chromeReason } from "../../src/ingest/chrome.ts";
import { bylineNames, copyrightHolder, creditLine, splitCaption } from "../../src/ingest/text.ts";
import { figures, page, paragraphs } from "../helpers/ingest.ts";

const reasonOf = (parsed: ReturnType<typeof page>, line: number) => parsed.removed.find((r) => r.line === line)?.reason;

const HEADLINE = "Reservoir levels fall to lowest point in a decade";
const STORY = [
  "The city's three reservoirs held less water at the end of January than at any time since 2010, the Water Board said Wednesday.",
  "",
  "Board members voted 5-2 to ask residents to cut outdoor watering to two days a week starting in March.",
];

describe("a story's last sentence with the site's sign-off glued on (Rappler)", () => {
  it("keeps the sentence in the story and lists the sign-off as removed", () => {
    const parsed = page(HEADLINE, "", "By Ann Lee", "Jan 29, 2020 5:32 PM PHT", "", ...STORY, "", "The board meets again on Feb. 12. – Rappler.com");
    expect(paragraphs(parsed)).toEqual([STORY[0], STORY[2], "The board meets again on Feb. 12."]);
    expect(parsed.removed.find((r) => r.text === "– Rappler.com")?.reason).toMatch(/sign-off/);
  });
});

describe("a Mastodon thread quoting a story, a paragraph a post", () => {
  const thread = [
    "Back", // 1
    "Post", // 2
    "", // 3
    "Kate Price", // 4
    "@kateprice@mstdn.social", // 5
    "", // 6
    "Posting the whole story for those without a subscription. Reading thread below 👇", // 7
    "", // 8
    "https://valleytimes.example/news/reservoir-levels", // 9
    "", // 10
    "valleytimes.example", // 11
    HEADLINE, // 12
    "The city's three reservoirs held less water at the end of January than at any time since…", // 13
    "", // 14
    "Jan 31, 2020, 13:33", // 15
    "·", // 16
    "Web", // 17
    "32 boosts", // 18
    "", // 19
    "Kate Price", // 20
    "@kateprice@mstdn.social", // 21
    "Jan 31, 2020", // 22
    "", // 23
    HEADLINE, // 24
    "", // 25
    "By Ann Lee", // 26
    "Jan. 29, 2020", // 27
    "", // 28
    "1/3", // 29
    "", // 30
    "Kate Price", // 31
    "@kateprice@mstdn.social", // 32
    "Jan 31, 2020", // 33
    "", // 34
    STORY[0]!, // 35
    "", // 36
    "2/3", // 37
    "", // 38
    "Kate Price", // 39
    "@kateprice@mstdn.social", // 40
    "Jan 31, 2020", // 41
    "", // 42
    STORY[2]!, // 43
    "", // 44
    "ALT", // 45
    "3/3", // 46
    "", // 47
    "Bob Stone", // 48
    "@bobstone@mastodon.social", // 49
    "Jan 31, 2020", // 50
    "Does anyone know when the public meeting is?", // 51
  ];

  it("reads the quoted story's own header, not the poster or the posts' day, and removes the note, the card, the replies and the counters", () => {
    const parsed = page(...thread);
    expect(parsed.title).toBe(HEADLINE);
    expect(parsed.byline).toEqual(["Ann Lee"]);
    expect(parsed.date).toBe("2020-01-29");
    expect(paragraphs(parsed)).toEqual([STORY[0], STORY[2]]);
    for (const line of [7, 12, 13]) expect(reasonOf(parsed, line)).toMatch(/poster's note/);
    expect(reasonOf(parsed, 51)).toMatch(/reply/);
    for (const line of [29, 37, 45, 46]) expect(reasonOf(parsed, line)).toMatch(/counter, badge or count/);
  });

  it("knows Mastodon's sidebar as the platform's", () => {
    expect(chromeReason("Mastodon is the best way to keep up with what's happening.")).toBe("platform sidebar");
    expect(chromeReason("mstdn.social: About · Status · Profiles directory · Privacy policy")).toBe("platform sidebar");
  });
});

describe("a story pasted into an email, printed from the mail client", () => {
  const story = [HEADLINE, "", "By Ann Lee", "January 29, 2020", "", ...STORY, "", "--", "Bob Stone", "Communications Manager, Cedar County Water District", "(555) 810-9163", "CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s)."];

  it("reads Gmail's print view: the story's own date, not the mail's, and no note or signature", () => {
    const parsed = page(
      "Gmail\tDev Okoro <dev.okoro@cedarwater.example>",
      "",
      `Fwd: ${HEADLINE}`,
      "",
      "1 message",
      "",
      "Bob Stone <bob.stone@cedarwater.example>\tFri, Jan 31, 2020 at 11:34 AM",
      "To: Dev Okoro <dev.okoro@cedarwater.example>",
      "",
      "For the clips file.",
      "",
      ...story,
    );
    expect(parsed.title).toBe(HEADLINE);
    expect(parsed.byline).toEqual(["Ann Lee"]);
    expect(parsed.date).toBe("2020-01-29");
    expect(paragraphs(parsed)).toEqual([STORY[0], STORY[2]]);
    expect(reasonOf(parsed, 10)).toMatch(/sender's note/);
    expect(reasonOf(parsed, 7)).toMatch(/email's date: when it was sent/);
    expect(reasonOf(parsed, 8)).toMatch(/email's header/);
    expect(reasonOf(parsed, 21)).toMatch(/signature/);
  });

  it("reads Outlook's memo with 'Sent:' the same way, and keeps the sent date when the story has none", () => {
    const memo = ["Dev Okoro", "", "From:\tBob Stone <bob.stone@cedarwater.example>", "Sent:\tFriday, January 31, 2020 11:34 AM", "To:\tDev Okoro", `Subject:\tFW: ${HEADLINE}`, "", "See below, in case you hadn't seen it.", ""];
    const parsed = page(...memo, ...story);
    expect(parsed.date).toBe("2020-01-29");
    expect(paragraphs(parsed)).toEqual([STORY[0], STORY[2]]);
    expect(page(...memo, ...STORY).date).toMatch(/^2020-01-31/);
  });
});

describe("headers of the group's papers", () => {
  it("takes a name between two dates for the byline (Arab News) and a section with its ampersand for no headline", () => {
    const parsed = page("Business & Economy", "", HEADLINE, "", "Short Url", "", "Updated 30 January 2020", "Ann Lee and Bob Stone", "January 29, 2020 17:32", "", "Follow", "", ...STORY);
    expect(parsed.title).toBe(HEADLINE);
    expect(parsed.byline).toEqual(["Ann Lee", "Bob Stone"]);
    expect(parsed.date).toMatch(/^2020-01-29/);
    expect(parsed.updated).toBe("2020-01-30");
  });

  it("takes The Economist's section and fly-title for no headline", () => {
    expect(page("Middle East & Africa | Troubled waters", "", HEADLINE, "", "Jan 29th 2020", "", ...STORY).title).toBe(HEADLINE);
    expect(page("Britain | Running dry", "", HEADLINE, "", "What the numbers show, and what residents can expect next", "", "Jan 29th 2020", "", "Share", "Give", "", ...STORY).title).toBe(HEADLINE);
  });

  it("takes an outlet's language service for no one, and a byline's line for no headline (RFE/RL)", () => {
    expect(bylineNames("By RFE/RL's Kazakh Service")).toEqual([]);
    expect(bylineNames("By Ann Lee and RFE/RL's Georgian Service")).toEqual(["Ann Lee"]);
    const parsed = page("Iran", "", HEADLINE, "", "By RFE/RL's Ukrainian Service", "January 29, 2020 17:32 GMT", "", ...STORY);
    expect(parsed.title).toBe(HEADLINE);
    expect(parsed.byline).toEqual([]);
  });
});

describe("credits of the group's papers", () => {
  it("reads a credit on the line below the lead photo's caption, an agency chain among them (Meduza)", () => {
    const parsed = page(HEADLINE, "", "5:32 pm, January 29, 2020", "", "Water levels at the reservoir on Tuesday.", "Ann Lee / Reuters / Scanpix / LETA", "", ...STORY);
    expect(figures(parsed)).toEqual([expect.objectContaining({ caption: "Water levels at the reservoir on Tuesday.", credit: "Ann Lee / Reuters / Scanpix / LETA" })]);
    expect(parsed.credit).toBeUndefined();
    expect(creditLine("Colorado Springs / El Paso County / Pueblo")).toBeUndefined();
  });

  it("reads the Bangkok Post's, Rappler's and Arab News' credits after the caption's stop", () => {
    expect(splitCaption("Crews at the reservoir. (Photo supplied)")?.credit).toBe("Photo supplied");
    expect(splitCaption("Crews at the reservoir. (Bangkok Post file photo)")?.credit).toBe("Bangkok Post file photo");
    expect(splitCaption("Crews at the reservoir. Malacañang Photo")?.credit).toBe("Malacañang Photo");
    expect(splitCaption("Crews at the reservoir. Photo from Ann Lee")?.credit).toBe("Photo from Ann Lee");
    expect(splitCaption("Crews at the reservoir. (SPA)")?.credit).toBe("SPA");
  });
});

describe("what the group's pages print around a story", () => {
  it("knows the prompts, notices and offers as the page's", () => {
    expect(chromeReason("Unlock the Editor's Digest for free")).toBe("newsletter prompt");
    expect(chromeReason("Roula Khalaf, Editor of the FT, selects her favourite stories in this weekly newsletter.")).toBe("newsletter prompt");
    expect(chromeReason("Enjoy more audio and podcasts on iOS or Android.")).toBe("app prompt");
    expect(chromeReason("This is AI generated summarization, which may have errors. For context, always refer to the full article.")).toBe("AI notice");
    expect(chromeReason("NEWSPAPER SECTION: News")).toBe("section label");
    expect(chromeReason("Unlimited Digital Access: $1 for 4 weeks")).toBe("subscription prompt");
    expect(chromeReason("Support Meduza")).toBe("support prompt");
    expect(chromeReason("Remind me later.")).toBe("pop-up");
    expect(chromeReason("A Message from The Moscow Times:")).toBe("pop-up");
    // A story's sentence with a price in it is the story's.
    expect(chromeReason("Tickets cost $5 for 2 weeks of rides, the agency said.")).toBeUndefined();
  });

  it("reads the holder of a copyright printed before its year", () => {
    expect(copyrightHolder("Copyright The Financial Times Limited 2024. All rights reserved.")).toBe("The Financial Times Limited");
  });

  it("removes a list under 'Most Read Local Stories' and the reporter's beat line below the story", () => {
    const parsed = page(HEADLINE, "", "By Ann Lee", "Jan. 29, 2020 at 5:32 pm", "", ...STORY, "", "Ann Lee covers City Hall for The Seattle Times.", "", "Most Read Local Stories", "Snow emergency declared ahead of weekend storm", "Light rail extension opens to riders this weekend");
    expect(paragraphs(parsed)).toEqual([STORY[0], STORY[2]]);
  });
});

describe("an audio player's lines and a paper's notices below the story", () => {
  it("knows them as the page's", () => {
    expect(chromeReason("Listen to this story.")).toBe("audio player");
    expect(chromeReason("Your browser does not support the <audio> element.")).toBe("audio player");
    expect(chromeReason("Promoted Content")).toBe("sponsored label");
    expect(chromeReason("The Financial Times and its journalism are subject to a self-regulation regime under the FT Editorial Code of Practice.")).toBe("regulation notice");
  });
});
