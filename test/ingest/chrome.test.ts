import { describe, expect, it } from "vitest";
import { buildArticle } from "../../src/ingest/article.ts";
import { CHROME_PATTERNS, chromeReason } from "../../src/ingest/chrome.ts";
import { toBlocks } from "../../src/ingest/text.ts";
import { fixture, fixtureIndex } from "../helpers/ingest.ts";

const index = fixtureIndex();

/** Each fixture in test/fixtures/ingest/chrome/ and the lines of it that are chrome. */
const CASES: Record<string, { pattern: string; chrome: string[] }> = {
  "cbs-app-prompts.txt": {
    pattern: "CBS News' app and notification prompts",
    chrome: [
      "Watch CBS News",
      "View CBS News In",
      "CBS News App Open",
      "Chrome Safari Continue",
      "Be the first to know",
      "Get browser notifications for breaking news, live events, and exclusive reporting.",
    ],
  },
  "newsletter.txt": {
    pattern: "newsletter sign-ups",
    chrome: [
      "Sign up for our free Morning Briefing newsletter",
      "Subscribe",
      "Enter your email address",
      "By signing up, you agree to our Terms of Use and Privacy Policy.",
    ],
  },
  "cookies.txt": {
    pattern: "cookie notices",
    chrome: [
      "We use cookies to improve your experience on our site. By continuing to browse, you agree to our use of cookies.",
      "Accept all cookies",
      "Cookie settings",
    ],
  },
  "share.txt": {
    pattern: "share and follow buttons",
    chrome: ["Share this article", "Facebook | Twitter | Email | Print", "Share on Facebook", "Follow us on Facebook and Twitter", "Copy link"],
  },
  "navigation.txt": {
    pattern: "navigation, advertisements and related links",
    chrome: [
      "Skip to main content",
      "Home | News | Sports | Weather | Video",
      "Menu",
      "Search",
      "Advertisement",
      "RELATED: School Board Delays Superintendent Vote",
      "Trending Now",
      "Most Popular",
      "Back to top",
    ],
  },
  "app-and-notifications.txt": {
    pattern: "app, notification and reader-tool prompts",
    chrome: ["Download the Denver7 app", "Open in app", "Turn on notifications", "Listen to this article", "Comments (12)"],
  },
};

describe.each(Object.entries(CASES))("site chrome: %s", (file, { pattern, chrome }) => {
  const raw = fixture(`chrome/${file}`);
  const imported = buildArticle({ origin: file, blocks: toBlocks(raw) }, index, { date: "2020-01-01" });
  const body = imported.text!.split("\n---\n")[1]!;
  const paragraphs = body.split("\n\n").map((p) => p.trim());
  const lines = raw.split("\n").map((l) => l.trim()).filter(Boolean);
  const title = imported.frontMatter!.title as string;
  // The story: every line that is not chrome, the headline or the byline.
  const story = lines.filter((l) => !chrome.includes(l) && l !== title && !l.startsWith("By "));

  it(`removes ${pattern}, every line of it`, () => {
    // Paragraph by paragraph: a story sentence may quote a prompt's words.
    for (const line of chrome) expect(paragraphs).not.toContain(line);
  });

  it("lists every removed line in its report, with the pattern that matched", () => {
    expect(imported.removed.map((r) => r.text).sort()).toEqual([...chrome].sort());
    for (const r of imported.removed) expect(r.reason).toBeTruthy();
  });

  it("keeps every sentence of the story, including the ones that mention what chrome says", () => {
    expect(story.length).toBeGreaterThan(1);
    for (const line of story) {
      // A dateline leads the first paragraph in the source and the front matter in the article.
      const text = line.replace(/^[A-Z]+ \([A-Za-z0-9]+\)- /, "");
      expect(body).toContain(text);
    }
    expect(imported.warnings).toEqual([]);
  });
});

describe("a chrome pattern matches a whole line only", () => {
  it("leaves sentences that contain a prompt's words", () => {
    for (const sentence of [
      "Residents can sign up for the city's newsletter at any branch library.",
      "We use cookies only where the law allows, the company said.",
      "Be the first to know what the council decides, the flyer said.",
      "Watch CBS News tonight at 10 for the full interview, the anchor said.",
      "Share the road, the sign says.",
      "Menu prices rose by 10 percent.",
      "Search crews found the hiker on Sunday.",
    ]) {
      expect(chromeReason(sentence), sentence).toBeUndefined();
    }
  });

  it("removes a menu of any words between bars, and a pitch with a price per month", () => {
    expect(chromeReason("News & Culture | Music | Food + Drink | Arts | Calendar")).toBe("navigation");
    expect(chromeReason("Become a Valley Weekly Insider for as little as $5 a month.")).toBe("subscription prompt");
    expect(chromeReason("Get unlimited digital access for $1 a week")).toBe("subscription prompt");
    // A story's line with bars, a sentence's prices, two items: kept.
    expect(chromeReason("Team | Wins | Losses | 12")).toBeUndefined();
    expect(chromeReason("Rent rose to $1,500 a month, the survey found.")).toBeUndefined();
    // Two items are kept, unless they are a site's account links.
    expect(chromeReason("Ann Lee | The Courier")).toBeUndefined();
    expect(chromeReason("Sign in | Register")).toBe("navigation");
  });

  it("knows the furniture any site may print: comments, reactions, ads in other languages, loading, sign-in, a transcript's notices", () => {
    for (const line of [
      "Be the first to comment", "Discussion about this post", "12 comments", "All reactions:", "Like", "Restacks", "Share this post",
      "- Advertisement -", "Sponsored Content", "SPONSORED", "Annons", "Story continues", "Loading ...", "Already a subscriber? Sign in",
      "Stay Connected", "Trending Stories:", "Type your email…", "Support Provided By:", "(BEGIN VIDEOTAPE)", "[22:05:24]",
      "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.",
    ]) expect(chromeReason(line), line).toBeDefined();
    for (const line of ["Support for the bill grew.", "Learn more about the plan at the library.", "Like many residents, she left.", "Advertisement revenue fell 12% in the quarter."]) {
      expect(chromeReason(line), line).toBeUndefined();
    }
  });

  it("knows platforms' own words, which a page imported alone has no other file to show recurring", () => {
    for (const line of [
      "Welcome back! You've successfully signed in.",
      "Success! Your account is fully activated, you now have access to all content.",
      "Get the latest posts delivered right to your inbox",
      "Thanks for reading The Valley Dispatch! Subscribe for free to receive new posts and support my work.",
      "If someone forwarded this to you, you can sign up here.",
      "Get the biggest stories direct to your inbox with our daily newsletter",
      "Subscribe to The Valley Ledger",
      "WANT YOUR COMPANY'S NEWS FEATURED ON PRNEWSWIRE.COM?",
      "SOURCE Valley Civic Alliance",
      "Support for KPBX comes from listeners like you.",
      "Stream KWXY 9 News+ on Roku, Fire TV and Apple TV",
      "Find out what's happening in Cedar Hollow with free, real-time updates from Patch.",
      "Interested in sharing a story idea? Submit it here.",
      "Do you have a tip for us? Write to tips@norrlandtoday.example",
      "In Other News",
      "Don't miss out on the headlines from Local News. Followed categories will be added to My News.",
      "INSIDE: Obituaries A4 | Opinion A7 | Sports B1",
    ]) expect(chromeReason(line), line).toBeDefined();
    for (const line of ["Subscribe to the plan, the mayor urged residents.", "Source: the Water Board.", "Stream flows fell by half on the Roku River."]) expect(chromeReason(line), line).toBeUndefined();
  });

  it("anchors every pattern at both ends", () => {
    for (const { pattern } of CHROME_PATTERNS) {
      expect(pattern.source.startsWith("^"), pattern.source).toBe(true);
      expect(pattern.source.endsWith("$"), pattern.source).toBe(true);
    }
  });
});
