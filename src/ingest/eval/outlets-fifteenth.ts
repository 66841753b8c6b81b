/**
 * A fifteenth held-out group of outlet styles for the import evaluation (issue 13), written before
 * reading the importer's code (only src/ingest/eval/, scripts/eval-import.ts, the evaluation test,
 * the earlier groups' committed fixtures and README.md were read), to be scored untouched. The
 * mainstream kinds of source a contributor pastes from, in CMSs and outlets no group had covered,
 * each written from memory of how its text comes out of a browser's "select all" or an app's
 * share or copy between 2019 and 2024.
 *
 * A UK tabloid's website in the Mail Online manner: the channel bar and, on the US edition, the
 * day's weather bar ("Wednesday, Jan 29th 2020 5PM 41°F 8PM 37°F 5-Day Forecast", the day it was
 * copied), the long headline and the summary points under it (bare lines, or with "• " where the
 * copy kept the marks), "By ANN LEE FOR DAILYMAIL.COM", "By ANN LEE, US CORRESPONDENT", two names
 * with their desks, "By DAILYMAIL.COM REPORTER" or an agency's name, "PUBLISHED: 17:32 EST, 29
 * January 2020 | UPDATED: 09:04 EST, 30 January 2020" (or the newer sentence case, or the two on
 * lines of their own; the update the same minute on agency copy), the share counts ("1.2k",
 * "shares", "52", "View comments"), "Scroll down for video", the credit on its own line above or
 * below the caption and "+5" and "View gallery" over it, "Advertisement", "RELATED ARTICLES" with
 * "Previous" and "Next", the video player's own lines, "Read more:" with a source, "Share or comment
 * on this article:", the comments (or "We are no longer accepting comments on this article."),
 * "MOST READ NEWS", "DON'T MISS" and the footer.
 *
 * US local TV and newspaper sites on station groups' and chains' CMSs: a TEGNA-style station
 * (the bar, "1 WEATHER ALERT", the section, the headline, a summary on some, "Author: Ann Lee" or
 * "Author: Ann Lee (9NEWS), Bob Stone (9NEWS)", "Author: 9NEWS Staff" or "Author: Associated
 * Press", "Published: 5:32 PM MST January 29, 2020" over "Updated: 9:04 AM MST January 30, 2020"
 * (the same minute on some, or no update), the lead video's title, "DENVER — " or a nearby town
 * with its state, "Credit: …" below the caption, "RELATED: …" and "Related Articles" between
 * paragraphs, the news tip prompt, "In Other News", "SUGGESTED VIDEOS" and the footer); a
 * Scripps-style station ("By: Ann Lee", "Posted at 5:32 PM, Jan 29, 2020" and "and last updated
 * 9:04 AM, Jan 30, 2020" on two lines or one, the newer "Posted 5:32 PM, Jan 29, 2020", the
 * gallery's "Prev" and "Next" over the caption and "Photo by: …" below it, the copyright's
 * "This material may not be published, broadcast, rewritten, or redistributed.", "Report a typo",
 * the newsletter prompt, "Trending Stories" and the footer); a MediaNews Group-style metro daily on
 * WordPress ("By Ann Lee | alee@… | The Front Range Post", two names each with an address, "By ANN
 * LEE | The Associated Press", "PUBLISHED: January 29, 2020 at 5:32 p.m. | UPDATED: January 30,
 * 2020 at 9:04 a.m." or the later "Published: January 29, 2020 at 5:32 PM MST" over "Updated: …",
 * "(Photo by Ann Lee/The Front Range Post)" after the caption, "Related Articles" lists of
 * headlines and the newsletters' prompts between paragraphs, a contributor's line, "Originally
 * Published: …" at the foot on updated pages, the tags and the author's card).
 *
 * A citizen journalist's Blogger blog (the old navbar on some, the blog's title and description,
 * the pages' links, the date header "Wednesday, January 29, 2020" above the post's title, captions
 * with "(Photo by Ann Lee)" or a credit below, "Posted by Ann Lee at 5:32 PM" below the post, or
 * "at 1/29/2020 05:32:00 PM" where the theme shows no date header, the share links, "Labels: …",
 * "No comments:" or the comments with their own later dates, "Post a Comment", "Newer Post Older
 * Post Home", "Subscribe to: Post Comments (Atom)", the profile, the blog archive "▼  2020 (14)",
 * "▼  January (3)" with the month's posts (this one among them) and "►  2019 (22)", "Powered by
 * Blogger."); a local news nonprofit's Mailchimp newsletter as pasted from the email (the preheader,
 * "View this email in your browser", the logo's alt text, the date in the masthead, the issue line
 * or the byline's line, the greeting and the editor's note, "TOP STORY", the headline, "By Ann
 * Lee" or "Story by Ann Lee | Photos by Bob Stone", the story, the donation box, the other items
 * with their summaries, "Copyright © 2020 …, All rights reserved.", "You are receiving this email
 * because …", the mailing address, "unsubscribe from this list    update subscription
 * preferences" or the newer "Want to change how you receive these emails?"); a browser's "Print
 * to PDF" of a news page run through pdftotext (the print's date and the page's title, cut with
 * "…" when long, at the head of every page on one line or two, the address and "1/3" at its foot,
 * a form feed before each page, the headline wrapped in its large type, the text hard-wrapped
 * with compounds broken after their hyphen and, where the site hyphenates, long words broken
 * with a hyphen, a paragraph cut across a page break mid-sentence, the print-only "This copy is
 * for your personal, non-commercial use only."); and a mobile app's share of a wire's story (a
 * Bloomberg-style business wire: the app's note, the headline, "Ann Lee, Bloomberg News" or "By
 * Ann Lee", "January 29, 2020, 5:32 PM MST" or "January 29, 2020 at 5:32 PM MST" over "Updated on
 * …", "(Bloomberg) -- " on the syndicated copy, "Photographer: Ann Lee/Bloomberg" after the
 * caption, "--With assistance from …", the contact lines, "©2020 Bloomberg L.P."; or a UPI-style
 * wire: "By Ann Lee", "Jan. 29, 2020 / 5:32 PM" or "By Ann Lee | Jan. 29, 2020 at 5:32 PM", "Jan.
 * 29 (UPI) -- " or "DENVER, Jan. 29 (UPI) -- ", "Photo by Ann Lee/UPI" after the caption's stop, the
 * copyright's warning; then the share's link, "Sent from my iPhone", "Shared from the … app",
 * "Get the app").
 *
 * Tabloids, station groups, chains, platforms and wires are the real ones, as the copied text would
 * carry them; people, stations, papers, blogs, newsrooms, other headlines and comments are made
 * up, and no page is copied.
 */
import { ampm, AP_MONTHS, body, dayOf, daysFrom, FIRST, h12, LAST, mon, MONTHS, nextDay, pad, Page, WEEKDAYS, type Ctx, type Day, type Style } from "./outlets.ts";

/** Headlines of other stories, for related lists, sidebars, archives and the like. */
const OTHER_HEADLINES = [
  "Heavy snow expected across the valley by Thursday morning",
  "Police identify driver in fatal crash on Highway 20",
  "School board delays vote on four-day week",
  "City council approves new downtown parking rates",
  "Fire crews contain brush fire near the interstate",
  "Hospital adds beds as flu cases climb",
  "Water main break closes part of Main Street",
  "Local bakery marks 50 years in business",
];
const MAIL_HEADLINES = [
  "Mother-of-three, 34, reveals how she transformed her tiny garden for just £200",
  "Heartbreaking moment rescue dog is reunited with owner after 18 months",
  "Commuters face MONTHS of disruption as major route is closed for repairs",
  "Pensioner, 81, scoops £1million jackpot after buying ticket on a whim",
  "Neighbours' fury as developer bulldozes beloved village green",
  "Revealed: The supermarket own-brand that beat the big names in taste test",
];
const MAIL_SHOWBIZ = [
  "EXCLUSIVE: Reality star shows off her glamorous new look at London launch",
  "Chart-topping singer, 29, steps out with mystery man after split",
  "TV presenter, 52, looks sensational in a plunging gown at awards bash",
];
const MAIL_POINTS = [
  ["Officials say the decision was made after months of debate", "Critics warn the move could have lasting consequences", "A final report is expected later this year"],
  ["The announcement came after a closed-door meeting of local leaders", "Residents have been told to expect further updates in the coming days"],
  ["Experts say it is the most significant development in years", "Opponents have vowed to challenge the decision", "It comes amid growing public pressure for action"],
  ["Authorities confirmed the news in a statement late in the day", "Local leaders have called for an urgent review of what happened"],
];
const MAIL_DESKS = ["US CORRESPONDENT", "CHIEF REPORTER", "POLITICAL EDITOR", "SCIENCE CORRESPONDENT", "US POLITICAL EDITOR", "NEWS REPORTER", "SENIOR REPORTER"];
const MAIL_USERS = ["Valleygirl", "sensible_sue", "Mike from Mesa", "TruthSeeker99", "grumpyoldman", "JaneDoe", "NoNonsense", "Rob R"];
const MAIL_PLACES = ["London, United Kingdom", "Denver, United States", "Manchester, United Kingdom", "Phoenix, United States", "Sydney, Australia", "Kent, United Kingdom"];
const MAIL_COMMENTS = ["About time someone did something about this.", "And who is going to pay for it? Us, as usual.", "Unbelievable. Every single year the same story.", "Well said. Couldn't agree more.", "I'll believe it when I see it."];
const MAIL_VIDEOS = ["Officials speak after the announcement", "Dramatic footage shows the scene", "Residents react to the news", "What we know so far"];
const TEGNA_STATIONS = [
  { brand: "9NEWS", call: "KVXU", city: "DENVER", zone: "M", towns: ["AURORA, Colo.", "ARVADA, Colo.", "GOLDEN, Colo."] },
  { brand: "ABC10 Valley", call: "KVTX", city: "SACRAMENTO", zone: "P", towns: ["ROSEVILLE, Calif.", "DAVIS, Calif."] },
  { brand: "13 On Your Side", call: "WMSA", city: "SPRINGFIELD", zone: "C", towns: ["NIXA, Mo.", "OZARK, Mo."] },
  { brand: "KCDR 6 News", call: "KCDR", city: "BOISE", zone: "M", towns: ["NAMPA, Idaho", "MERIDIAN, Idaho"] },
] as const;
const TEGNA_SECTIONS = ["Local News", "News", "Politics", "Local Politics", "Health"];
const TV_VIDEOS = ["Officials speak after Wednesday's decision", "Residents react to the news", "What happens next", "Crews on the scene", "Full press conference", "Here's what we know"];
const TV_DEKS = [
  "Officials said more information would be released in the coming days.",
  "The decision came after months of discussion and public comment.",
  "Here's what you need to know.",
  "Some residents say they were caught off guard by the announcement.",
];
const SCRIPPS_STATIONS = [
  { brand: "Valley7", call: "KVSN", city: "DENVER", domain: "valley7.example" },
  { brand: "News 5 Cedar", call: "WCDR", city: "OMAHA", domain: "news5cedar.example" },
  { brand: "Mesa 15", call: "KMFX", city: "PHOENIX", domain: "mesa15.example" },
  { brand: "KBVO 2 News", call: "KBVO", city: "TUCSON", domain: "kbvo2.example" },
] as const;
const MNG_PAPERS = [
  { name: "The Front Range Post", short: "Post", domain: "frontrangepost.example", region: "Colorado", letter: "Your Morning Dozen" },
  { name: "The Valley Mercury News", short: "Mercury News", domain: "valleymercury.example", region: "Bay Area", letter: "Bay Briefing" },
  { name: "Cedar Daily Camera", short: "Camera", domain: "cedarcamera.example", region: "Boulder County", letter: "Camera Daily Headlines" },
] as const;
const MNG_SECTIONS = ["News", "Local News", "Politics", "Environment", "Colorado News", "Crime and Public Safety"];
const MNG_TAGS = ["Climate change", "Water", "Local government", "PM Report", "Public safety", "Transportation"];
const BLOGS = [
  { title: "Valley City Watch", desc: "Independent reporting on city hall, the school board and the water district since 2009.", place: "Valley City, Colorado, United States" },
  { title: "The Mesa Civic Eye", desc: "One resident's notes from public meetings nobody else covers.", place: "Mesa, Arizona, United States" },
  { title: "Cedar County Notebook", desc: "News, photos and public records from Cedar County. Tips welcome.", place: "Cedar Falls, Iowa, United States" },
] as const;
const BLOG_LABELS = ["city council", "water", "public meetings", "schools", "budget", "county", "local news", "public safety"];
const BLOG_COMMENTERS = ["Anonymous", "Unknown", "Dave K.", "Marge Whitley", "concerned taxpayer", "Rich"];
const BLOG_COMMENTS = ["Thanks for covering this. Nobody else does.", "Were you at the meeting? I heard it ran until midnight.", "Great reporting as usual.", "The paper didn't even mention this part."];
const NONPROFITS = [
  { name: "Valley Voice", tagline: "Nonprofit news for the Upper Valley", street: "120 Main St", suite: "Suite 4", city: "Valley City, CO 80000", domain: "valleyvoice.example" },
  { name: "Mesa Free Press", tagline: "Independent, nonprofit news for Mesa County", street: "48 W. Adams St.", suite: "PO Box 311", city: "Mesa, AZ 85201", domain: "mesafreepress.example" },
  { name: "Cedar County Chronicle", tagline: "Local news, powered by readers", street: "9 Depot Ave", suite: "Second floor", city: "Cedar Falls, IA 50613", domain: "cedarchronicle.example" },
] as const;
const PREHEADERS = ["Plus: the school board's budget and a new bakery downtown", "Your local news, in five minutes", "What happened this week, and what's next", "Also: a road closure, a new principal and weekend events"];
const GREETINGS = ["Good morning, neighbors!", "Hi there,", "Happy Wednesday, readers.", "Good morning,"];
const EDITOR_NOTES = [
  "Today we have an update on a story many of you have asked about. Scroll down for that and the rest of the week's news.",
  "Thanks for reading, and thanks to everyone who came out to our community forum last week. Here's what we're covering.",
  "It's been a busy week at city hall. Here's what you need to know.",
];
const ITEM_BLURBS = [
  "The council will take up the proposal again at its next meeting.",
  "Organizers say they expect a bigger crowd than last year.",
  "The closure is expected to last through the end of the month.",
  "Officials said the change takes effect immediately.",
];
const PRINT_SITES = [
  { name: "The Valley Times", sep: " - ", path: (ctx: Ctx, d: Day) => `https://www.valleytimes.example/news/local/${slugOf(ctx)}/article_${hexOf(ctx, 8)}.html`, form: "blox" },
  { name: "Mesa Herald", sep: " | ", path: (ctx: Ctx, d: Day) => `https://www.mesaherald.example/news/${d.y}/${pad(d.m)}/${pad(d.d)}/${slugOf(ctx)}/`, form: "wp" },
  { name: "Cedar County Courier", sep: " | ", path: (ctx: Ctx, d: Day) => `https://www.cedarcourier.example/story/news/local/${d.y}/${pad(d.m)}/${pad(d.d)}/${slugOf(ctx)}/${4000000 + Math.floor(ctx.rng() * 900000)}/`, form: "gannett" },
] as const;
const BLOOMBERG_EDITORS = ["Jon Morgan", "Elizabeth Wollman", "Stephanie Wong", "Craig Giammona"];
const BLOOMBERG_CITIES = ["Denver", "New York", "Washington", "London", "Phoenix", "Chicago"];
const APP_NOTES = ["I thought you might be interested in this story from Bloomberg.", "Check out this article from the UPI app.", "Saw this and thought of you."];

/** "Ann Lee" → "alee" */
const emailUser = (name: string) => {
  const [first, ...rest] = name.split(" ");
  return `${first![0]}${rest.join("")}`.toLowerCase().replace(/[^a-z]/g, "");
};
const slugOf = (ctx: Ctx) => ctx.story.slug.replace(/^\d+-/, "");
const hexOf = (ctx: Ctx, n: number) => Array.from({ length: n }, () => "0123456789abcdef"[Math.floor(ctx.rng() * 16)]).join("");
/** A block of header lines (a name, a date) with chrome lines (labels, buttons) among them. */
const mixed = (page: Page, lines: readonly { text: string; chrome: boolean }[]) => {
  page.blocks.push(lines.map((l) => l.text));
  page.chrome.push(...lines.filter((l) => l.chrome).map((l) => l.text));
};
/** A story paragraph printed below the story (a contributor's line). */
const tail = (page: Page, line: string) => {
  page.blocks.push([line]);
  page.story.push(line);
};
/** "Ann Lee", "Ann Lee and Bob Stone" */
const joinNames = (names: readonly string[], and = "and") => (names.length < 3 ? names.join(` ${and} `) : `${names.slice(0, -1).join(", ")} ${and} ${names.at(-1)}`);
/** `n` different headlines of other stories, in the generator's order. */
const others = (ctx: Ctx, n: number, pool: readonly string[] = OTHER_HEADLINES) => {
  const left = [...pool];
  return Array.from({ length: n }, () => left.splice(Math.floor(ctx.rng() * left.length), 1)[0]!);
};
const clock = (hh: number, mm: number, style: "PM" | "p.m." | "pm") => `${h12(hh)}:${pad(mm)} ${ampm(hh, style)}`;
/** An update the next morning, or the same evening a few hours after the story was posted. */
const updateOf = (ctx: Ctx, nextDayShare: number) =>
  ctx.rng() < nextDayShare ? { iso: nextDay(ctx.story.date), hh: 9, mm: 4 } : { iso: ctx.story.date, hh: Math.min(ctx.time.h + 3, 23), mm: (ctx.time.min + 17) % 60 };
/** The year a page was copied in: the footer's year, not the story's. */
const copyYear = (ctx: Ctx, day: Day) => Math.max(day.y, 2023) + (ctx.rng() < 0.5 ? 0 : 1);
/** One author or two, from the generator's names. */
const oneOrTwo = (ctx: Ctx, two: number) => (ctx.rng() < two ? ctx.names.slice(0, 2) : ctx.names.slice(0, 1));
/** A name different from the two the generator drew. */
const otherName = (ctx: Ctx) => {
  let name = `${ctx.pick(FIRST)} ${ctx.pick(LAST)}`;
  for (let i = 0; i < 20 && ctx.names.includes(name); i++) name = `${ctx.pick(FIRST)} ${ctx.pick(LAST)}`;
  return name;
};
/** US (and, near enough, UK) summer time: mid-March to the first days of November. */
const dst = (day: Day) => (day.m > 3 && day.m < 11) || (day.m === 3 && day.d >= 10) || (day.m === 11 && day.d < 3);
const zoneOf = (zone: "E" | "C" | "M" | "P", day: Day) => `${zone}${dst(day) ? "D" : "S"}T`;
const ordinal = (n: number) => `${n}${n % 10 === 1 && n !== 11 ? "st" : n % 10 === 2 && n !== 12 ? "nd" : n % 10 === 3 && n !== 13 ? "rd" : "th"}`;
/** "5:32 PM" in 24 hours, zero-padded: "17:32" */
const hhmm = (hh: number, mm: number) => `${pad(hh)}:${pad(mm)}`;

const vowel = (c: string | undefined) => !!c && "aeiouy".includes(c);
/**
 * Where a hyphenating browser would break a lower-case word, near enough: between two consonants
 * that stand between vowels ("instal-lation"), or else before a consonant that a vowel follows
 * ("reser-voir"), with three letters at least on each side and the first part within `room`.
 */
function syllableBreak(word: string, room: number): number | undefined {
  let best: number | undefined;
  let fallback: number | undefined;
  for (let k = 3; k <= word.length - 3 && k <= room; k++) {
    const [a, b, c, e] = [word[k - 2], word[k - 1], word[k], word[k + 1]];
    if (vowel(a) && !vowel(b) && !vowel(c) && vowel(e)) best = k;
    else if (vowel(b) && !vowel(c) && vowel(e)) fallback = k;
  }
  return best ?? fallback;
}

/**
 * A line as a browser lays it out and a PDF's text gives it back: lines of at most `width`, a
 * compound broken after its own hyphen when a letter follows, and with `auto` (a site's
 * "hyphens: auto") a long lower-case word broken with a hyphen added.
 */
function layLines(text: string, width: number, auto: boolean): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (!line) {
      line = word;
      continue;
    }
    if (line.length + 1 + word.length <= width) {
      line = `${line} ${word}`;
      continue;
    }
    const room = width - line.length - 1;
    let at = -1;
    for (let i = 1; i < word.length - 1 && i < room; i++) if (word[i] === "-" && /\p{L}/u.test(word[i - 1]!) && /\p{L}/u.test(word[i + 1]!)) at = i;
    if (at > 0) {
      lines.push(`${line} ${word.slice(0, at + 1)}`);
      line = word.slice(at + 1);
      continue;
    }
    const letters = /^\p{Ll}+/u.exec(word)?.[0].length ?? 0;
    if (auto && letters >= 8 && room >= 5) {
      const cut = syllableBreak(word.slice(0, letters), room - 1);
      if (cut) {
        lines.push(`${line} ${word.slice(0, cut)}-`);
        line = word.slice(cut);
        continue;
      }
    }
    lines.push(line);
    line = word;
  }
  if (line) lines.push(line);
  return lines;
}

export const HELD_OUT_FIFTEENTH_STYLES: readonly Style[] = [
  {
    // A UK tabloid's website in the Mail Online manner, on its US (DAILYMAIL.COM) or UK
    // (MAILONLINE) edition: the channel bar, the US edition's weather bar with the day it was
    // copied, the long headline and two or three summary points (bare lines, or "• " where the
    // copy kept the marks; the first is kept as the dek), the byline in capitals with the desk or
    // "FOR DAILYMAIL.COM", or an agency's name, or "DAILYMAIL.COM REPORTER"; "PUBLISHED: 17:32 EST,
    // 29 January 2020 | UPDATED: 09:04 EST, 30 January 2020" (the newer layout's "Published:" and
    // "Updated:", on one line or two; agency copy updated the same minute); the share counts,
    // "Scroll down for video"; the credit on a line of its own above the caption (or below it), with
    // "+5" and "View gallery" over some; "Advertisement", "RELATED ARTICLES" and a video player
    // between paragraphs; "Read more:" with a source, "Share or comment on this article:", the
    // comments, "MOST READ NEWS", "DON'T MISS" and the footer.
    name: "held-out-mail-online",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const us = ctx.rng() < 0.55;
      const site = us ? "DAILYMAIL.COM" : "MAILONLINE";
      const roll = ctx.rng();
      const wire = roll < 0.15 ? (ctx.rng() < 0.6 ? "ASSOCIATED PRESS" : "REUTERS") : undefined;
      const staff = roll >= 0.15 && roll < 0.22;
      const names = wire || staff ? [] : oneOrTwo(ctx, 0.3).map((n) => n.toUpperCase());
      const newer = ctx.rng() < 0.4;
      const zone = us ? (dst(d) ? "EDT" : "EST") : dst(d) ? "BST" : "GMT";
      const upd = wire && ctx.rng() < 0.6 ? { iso: ctx.story.date, hh: h, mm: min } : updateOf(ctx, 0.45);
      const points = ctx.pick(MAIL_POINTS);
      const marks = ctx.rng() < 0.3;
      const page = new Page();
      page.cb("Home", "News", us ? "U.S." : "U.K.", "Sport", "TV&Showbiz", "Femail", "Health", "Science", "Money", "Video", "Travel", "Shopping", "Sitemap");
      page.cb("Latest Headlines", us ? "U.S." : "Politics", "World News", "Crime", "Royals", "Login");
      if (us && ctx.rng() < 0.5) {
        const seen = dayOf(daysFrom(ctx.story.date, Math.floor(ctx.rng() * 4)));
        const t = 30 + Math.floor(ctx.rng() * 40);
        page.c(`${WEEKDAYS[seen.wd]}, ${mon(seen)} ${ordinal(seen.d)} ${seen.y} ${h12(h + 1)}${ampm(h + 1, "PM")} ${t}°F ${h12(h + 4)}${ampm(h + 4, "PM")} ${t - 4}°F 5-Day Forecast`);
      }
      page.h(ctx.story.title);
      page.h(...points.map((p) => (marks ? `• ${p}` : p)));
      page.dek = points[0]!;
      let by: string;
      if (wire) by = `By ${wire}`;
      else if (staff) by = `By ${site} REPORTER`;
      else if (names.length > 1) {
        const f = ctx.rng();
        by = f < 0.45 ? `By ${names[0]} and ${names[1]} FOR ${site}` : f < 0.75 ? `By ${names[0]}, ${ctx.pick(MAIL_DESKS)} and ${names[1]} FOR ${site}` : `By ${names[0]} FOR ${site} and ${names[1]} FOR THE DAILY MAIL`;
      } else {
        const f = ctx.rng();
        by = f < 0.45 ? `By ${names[0]} FOR ${site}` : f < 0.8 ? `By ${names[0]}, ${ctx.pick(MAIL_DESKS)}` : `By ${names[0]}, ${ctx.pick(MAIL_DESKS)} FOR ${site}`;
      }
      const stamp = (day: Day, hh: number, mm: number) => `${hhmm(hh, mm)} ${zone}, ${day.d} ${MONTHS[day.m - 1]} ${day.y}`;
      const [P, U] = newer ? ["Published:", "Updated:"] : ["PUBLISHED:", "UPDATED:"];
      const published = `${P} ${stamp(d, h, min)}`;
      const updated = `${U} ${stamp(dayOf(upd.iso), upd.hh, upd.mm)}`;
      page.h(by);
      if (ctx.rng() < 0.7) page.h(`${published} | ${updated}`);
      else page.h(published, updated);
      const shares = ctx.rng() < 0.5 ? `${(1 + ctx.rng() * 9).toFixed(1)}k` : String(20 + Math.floor(ctx.rng() * 900));
      const comments = Math.floor(ctx.rng() * 400);
      page.cb("Share", shares, "shares", ...(comments ? [String(comments), "View comments"] : []));
      if (ctx.rng() < 0.35) page.c("Scroll down for video");
      const video = ctx.pick(MAIL_VIDEOS);
      const creditAbove = ctx.rng() < 0.7;
      const between: Record<number, string[]> = {
        0: ["Advertisement"],
        1: ["RELATED ARTICLES", "Previous", "1", "Next", ...others(ctx, 2, MAIL_HEADLINES), "Share this article", "Share"],
        3: ["Advertisement"],
      };
      if (ctx.rng() < 0.5) between[2] = [video, "Video player loading", "Play Video", "Loaded: 0%", "Progress: 0%", "Mute", "Current Time 0:00", "/", `Duration ${1 + Math.floor(ctx.rng() * 3)}:${pad(Math.floor(ctx.rng() * 60))}`, "Fullscreen", "Need Text"];
      body(page, ctx, {
        lead: (p) => (wire === "ASSOCIATED PRESS" ? `${ctx.place} (AP) — ${p}` : wire ? `${ctx.place}, ${mon(d)} ${d.d} (Reuters) - ${p}` : p),
        figure: (c, cr) => {
          const lines = cr ? (creditAbove ? [cr, c] : [c, cr]) : [c];
          if (ctx.rng() < 0.3) {
            const more = `+${2 + Math.floor(ctx.rng() * 8)}`;
            page.chrome.push(more, "View gallery");
            return [more, "View gallery", ...lines];
          }
          return lines;
        },
        credit: (who) => {
          const r = ctx.rng();
          return wire === "REUTERS" ? "REUTERS" : wire ? "AP" : r < 0.3 ? "AFP via Getty Images" : r < 0.5 ? `${who} for ${us ? "DailyMail.com" : "MailOnline"}` : r < 0.65 ? "Shutterstock" : r < 0.8 ? `${who}/Daily Mail` : "Getty Images";
        },
        between,
        bareCaptions: true,
      });
      if (ctx.rng() < 0.35) page.cb("Read more:", `Valley Water Board statement - valleywater.example`);
      page.cb("Share or comment on this article:", "e-mail", `${shares} shares`);
      if (comments && ctx.rng() < 0.75) {
        page.cb(`Comments ${comments}`, "Share what you think", "Newest", "Oldest", "Best rated", "Worst rated", "View all");
        for (const user of others(ctx, 1 + Math.floor(ctx.rng() * 2), MAIL_USERS)) {
          page.cb(`${user}, ${ctx.pick(MAIL_PLACES)}, ${1 + Math.floor(ctx.rng() * 11)} hours ago`, ctx.pick(MAIL_COMMENTS), "Click to rate", String(Math.floor(ctx.rng() * 300)));
        }
        page.c("The views expressed in the contents above are those of our users and do not necessarily reflect the views of MailOnline.");
        page.cb("Add your comment", "Submit Comment", "By posting your comment you agree to our house rules.");
      } else if (comments) page.c("We are no longer accepting comments on this article.");
      page.cb("MOST READ NEWS", "Previous", "Next", ...others(ctx, 3, MAIL_HEADLINES));
      if (ctx.rng() < 0.5) page.cb("DON'T MISS", ...others(ctx, 2, MAIL_SHOWBIZ));
      page.cb("Back to top", "Home", "News", "U.S.", "Sport", "TV&Showbiz", "Femail", "Health", "Science", "Money", "Travel", "Podcasts", "Shopping", "Sitemap", "Archive", "Video Archive", "Topics Index", "Mobile Apps", "RSS");
      page.cb("Published by Associated Newspapers Ltd", "Part of the Daily Mail, The Mail on Sunday & Metro Media Group");
      page.h("© Associated Newspapers Ltd Contact us How to complain Leadership Team Advertise with us Contributors Terms Privacy policy & cookies");
      return { page, header: { byline: names, ...(wire ? { dateline: ctx.place } : {}), updated: upd.iso } };
    },
  },
  {
    // A TEGNA-style local TV station: the station's bar, "1 WEATHER ALERT" on some, the section,
    // the headline, a one-sentence summary on some, "Author: Ann Lee" (with "(9NEWS)" after each
    // name on some, two names parted by a comma), "Author: 9NEWS Staff" or "Author: Associated
    // Press"; "Published: 5:32 PM MST January 29, 2020" over "Updated: 9:04 AM MST January 30, 2020"
    // (the same minute on some pages, none on others); the lead video's title; "DENVER — " (the
    // station's city in capitals), a nearby town with its state, or no dateline; "Credit: …" on
    // the line below the caption; "RELATED: …" and a "Related Articles" list between paragraphs;
    // the station's news tip prompt, the app's promotion, "In Other News", "SUGGESTED VIDEOS" with
    // their lengths and the footer.
    name: "held-out-tegna-tv",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const st = ctx.pick(TEGNA_STATIONS);
      const roll = ctx.rng();
      const wire = roll < 0.12;
      const staff = roll >= 0.12 && roll < 0.22;
      const names = wire || staff ? [] : oneOrTwo(ctx, 0.3);
      const tagged = ctx.rng() < 0.35;
      const dek = ctx.rng() < 0.4 ? ctx.pick(TV_DEKS) : undefined;
      const u = ctx.rng();
      const upd = u < 0.5 ? updateOf(ctx, 0.5) : u < 0.75 ? { iso: ctx.story.date, hh: h, mm: min } : undefined;
      const zone = (day: Day) => zoneOf(st.zone, day);
      const stamp = (day: Day, hh: number, mm: number) => `${clock(hh, mm, "PM")} ${zone(day)} ${MONTHS[day.m - 1]} ${day.d}, ${day.y}`;
      const place = ctx.rng();
      const dateline = wire ? ctx.place : place < 0.45 ? st.city : place < 0.65 ? ctx.pick(st.towns) : undefined;
      const page = new Page();
      page.cb(st.brand, "Navigation", "Local News", "Weather", "Traffic", "Sports", "VERIFY", "Entertainment", "Watch Live", "Search");
      if (ctx.rng() < 0.4) page.cb(`${1 + Math.floor(ctx.rng() * 3)} WEATHER ALERT${ctx.rng() < 0.5 ? "" : "S"}`, "Weather Alert");
      page.c(ctx.pick(TEGNA_SECTIONS));
      page.h(ctx.story.title);
      if (dek) {
        page.h(dek);
        page.dek = dek;
      }
      const author = wire ? "Associated Press" : staff ? `${st.brand} Staff` : names.map((n) => (tagged ? `${n} (${st.brand})` : n)).join(", ");
      page.h(`Author: ${author}`, `Published: ${stamp(d, h, min)}`, ...(upd ? [`Updated: ${stamp(dayOf(upd.iso), upd.hh, upd.mm)}`] : []));
      page.c(ctx.pick(TV_VIDEOS));
      body(page, ctx, {
        lead: (p) => (wire ? `${ctx.place} (AP) — ${p}` : dateline ? `${dateline} — ${p}` : p),
        figure: (c, cr) => (cr ? [c, cr] : [c]),
        credit: (who) => {
          const r = ctx.rng();
          return wire ? "Credit: AP" : r < 0.35 ? `Credit: ${st.brand}` : r < 0.6 ? `Credit: ${who}` : r < 0.8 ? "Credit: AP" : "Credit: Valley Water Board";
        },
        between: {
          0: [`RELATED: ${ctx.pick(OTHER_HEADLINES)}`],
          1: ["Related Articles", ...others(ctx, 3)],
          3: [`RELATED: ${ctx.pick(OTHER_HEADLINES)}`],
        },
        bareCaptions: true,
      });
      if (ctx.rng() < 0.5) page.c(`Have a news tip? Email desk@${st.call.toLowerCase()}.example, visit our Facebook page or Twitter. Be sure to tell us what the story is about and how to contact you.`);
      if (ctx.rng() < 0.5) page.c(`Download the free ${st.brand} app to get breaking news alerts on your phone.`);
      page.cb("In Other News", ctx.pick(TV_VIDEOS));
      const vids = others(ctx, 3, TV_VIDEOS);
      page.cb("SUGGESTED VIDEOS", ...vids.flatMap((v) => [v, `${Math.floor(ctx.rng() * 3)}:${pad(Math.floor(ctx.rng() * 60))}`]));
      page.cb(st.brand, "Contact Us", "Careers", "Public Inspection File", "EEO Public File Report", "Closed Captioning", "Privacy Policy", "Terms of Service", "Ad Choices");
      page.h(`© ${copyYear(ctx, d)} ${st.call}-TV. All Rights Reserved.`);
      return { page, header: { byline: names, ...(dateline ? { dateline } : {}), ...(upd ? { updated: upd.iso } : {}) } };
    },
  },
  {
    // A Scripps-style local TV station: "Skip to Content" and the station's bar, a weather alert
    // on some, the section, the headline, "By: Ann Lee" (or two names parted by a comma, or
    // "By: Associated Press" on agency copy, or the station's web staff) above or below the
    // dates: "Posted at 5:32 PM, Jan 29, 2020" and "and last updated 9:04 AM, Jan 30, 2020" on two
    // lines (the same minute where it never changed), glued on one, or the newer "Posted 5:32 PM,
    // Jan 29, 2020"; the gallery's "Prev" and "Next" over the caption, "Photo by: …" on the line
    // below it; "DENVER — " on some; "RELATED: …" and the newsletter's prompt between paragraphs;
    // the copyright's "This material may not be published, broadcast, rewritten, or
    // redistributed.", "Report a typo", "Trending Stories" and the footer.
    name: "held-out-scripps-tv",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const st = ctx.pick(SCRIPPS_STATIONS);
      const roll = ctx.rng();
      const wire = roll < 0.15;
      const staff = roll >= 0.15 && roll < 0.22;
      const names = wire || staff ? [] : oneOrTwo(ctx, 0.3);
      const u = ctx.rng();
      const upd = u < 0.55 ? updateOf(ctx, 0.5) : u < 0.8 ? { iso: ctx.story.date, hh: h, mm: min } : undefined;
      const newer = ctx.rng() < 0.3;
      const gallery = ctx.rng() < 0.5;
      const dateline = wire ? ctx.place : ctx.rng() < 0.4 ? st.city : undefined;
      const stamp = (day: Day, hh: number, mm: number) => `${clock(hh, mm, "PM")}, ${mon(day)} ${day.d}, ${day.y}`;
      const page = new Page();
      page.cb("Skip to Content", st.brand, "Watch Now", "Local News", "Weather", "Traffic", "Sports", "Your Voice", "Search");
      if (ctx.rng() < 0.3) page.cb("Weather alert", "Winter Storm Warning until 11 AM Thursday", "View Alerts");
      page.c(ctx.pick(["Local News", "News", "Politics", "Local News / Valley City"]));
      page.h(ctx.story.title);
      const posted = `${newer ? "Posted" : "Posted at"} ${stamp(d, h, min)}`;
      const last = upd ? `and last updated ${stamp(dayOf(upd.iso), upd.hh, upd.mm)}` : undefined;
      const dates = last && ctx.rng() < 0.35 ? [`${posted} ${last}`] : last ? [posted, last] : [posted];
      const by = `By: ${wire ? "Associated Press" : staff ? `${st.brand} Staff` : names.join(", ")}`;
      if (ctx.rng() < 0.55) page.h(by).h(...dates);
      else page.h(...dates).h(by);
      body(page, ctx, {
        lead: (p) => (wire ? `${ctx.place} (AP) — ${p}` : dateline ? `${dateline} — ${p}` : p),
        figure: (c, cr) => (cr ? [c, cr] : [c]),
        ...(gallery ? { figureChrome: ["Prev", "Next"] } : {}),
        credit: (who) => {
          const r = ctx.rng();
          return wire ? `Photo by: ${who}/AP` : r < 0.4 ? `Photo by: ${st.call}` : r < 0.7 ? `Photo by: ${who}` : r < 0.85 ? `Photo by: ${who}/AP` : "Photo by: Valley Water Board";
        },
        between: {
          1: [`RELATED: ${ctx.pick(OTHER_HEADLINES)}`],
          2: [`Sign up for the ${st.brand} Headlines newsletter and receive up to date information.`],
        },
        bareCaptions: true,
      });
      page.h(
        wire
          ? `Copyright ${d.y} The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.`
          : `Copyright ${d.y} Scripps Media, Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.`,
      );
      page.c("Report a typo");
      page.cb(`Sign up for the ${st.brand} Headlines newsletter`, "Email", "Sign up");
      page.cb(`Trending Stories at ${st.domain}`, ...others(ctx, 3));
      page.cb("Privacy Policy", "Privacy Center", "Journalism Ethics Guidelines", "Terms of Use", "EEO", "Careers", "FCC Public File", "FCC Application", "Accessibility", "Closed Captioning Contact");
      page.h(`Scripps Local Media © ${copyYear(ctx, d)} Scripps Media, Inc`);
      return { page, header: { byline: names, ...(dateline ? { dateline } : {}), ...(upd ? { updated: upd.iso } : {}) } };
    },
  },
  {
    // A MediaNews Group-style metro daily on WordPress: "Skip to content", the bar and the
    // section, the headline, "By Ann Lee | alee@frontrangepost.example | The Front Range Post" (two
    // names each with an address, or "By Ann Lee and Bob Stone | The Front Range Post", or "By ANN
    // LEE | The Associated Press" with "DENVER (AP) — "), "PUBLISHED: January 29, 2020 at 5:32 p.m. |
    // UPDATED: January 30, 2020 at 9:04 a.m." (or "PUBLISHED: …" alone) or the later "Published:
    // January 29, 2020 at 5:32 PM MST" over "Updated: …"; the share row; "(Photo by Ann Lee/The
    // Front Range Post)" after the caption; "Related Articles" with headlines and the newsletters'
    // prompts between paragraphs; a contributor's line as the story's last on some; "Originally
    // Published: …" at the foot of updated pages, the tags, the author's card, "More in News" and
    // the copyright.
    name: "held-out-mng-metro",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const paper = ctx.pick(MNG_PAPERS);
      const roll = ctx.rng();
      const wire = roll < 0.15;
      const names = wire ? [ctx.names[0]!.toUpperCase()] : oneOrTwo(ctx, 0.3);
      const upd = ctx.rng() < 0.6 ? updateOf(ctx, 0.5) : undefined;
      const later = ctx.rng() < 0.35;
      const stamp = (day: Day, hh: number, mm: number) =>
        later ? `${MONTHS[day.m - 1]} ${day.d}, ${day.y} at ${clock(hh, mm, "PM")} ${zoneOf("M", day)}` : `${MONTHS[day.m - 1]} ${day.d}, ${day.y} at ${clock(hh, mm, "p.m.")}`;
      const page = new Page();
      page.cb("Skip to content", "All Sections", paper.name, "Subscribe Now", "Log In");
      page.c(ctx.pick(MNG_SECTIONS));
      page.h(ctx.story.title);
      let by: string;
      if (wire) by = `By ${names[0]} | The Associated Press`;
      else if (names.length > 1) by = ctx.rng() < 0.5 ? `By ${names.map((n) => `${n} | ${emailUser(n)}@${paper.domain}`).join(" and ")} | ${paper.name}` : `By ${names.join(" and ")} | ${paper.name}`;
      else by = `By ${names[0]} | ${emailUser(names[0]!)}@${paper.domain} | ${paper.name}`;
      page.h(by);
      const published = stamp(d, h, min);
      const updated = upd ? stamp(dayOf(upd.iso), upd.hh, upd.mm) : undefined;
      if (later) page.h(`Published: ${published}`, ...(updated ? [`Updated: ${updated}`] : []));
      else page.h(`PUBLISHED: ${published}${updated ? ` | UPDATED: ${updated}` : ""}`);
      page.cb("Facebook", "X", "Reddit", "Email", "Print");
      const between: Record<number, string[]> = { 0: ["Related Articles", ...others(ctx, 2 + Math.floor(ctx.rng() * 3))], 2: [`Get more ${paper.region} news by signing up for our daily ${paper.letter} email newsletter.`] };
      if (ctx.rng() < 0.5) between[3] = ["Related Articles", ...others(ctx, 2)];
      body(page, ctx, {
        lead: (p) => (wire ? `${ctx.place} (AP) — ${p}` : p),
        figure: (c, cr) => [cr ? `${c} (${cr})` : c],
        credit: (who) => {
          const r = ctx.rng();
          return wire ? `AP Photo/${who}` : r < 0.5 ? `Photo by ${who}/${paper.name}` : r < 0.7 ? `${who}, ${paper.name}` : r < 0.85 ? `AP Photo/${who}` : "Provided by Valley Water Board";
        },
        between,
        bareCaptions: true,
      });
      if (!wire && names.length === 1 && ctx.rng() < 0.25) tail(page, `${paper.name} staff writer ${otherName(ctx)} contributed to this report.`);
      if (upd) page.c(`Originally Published: ${published}`);
      page.cb("Report an Error", "Submit a News Tip");
      page.c(`Tags: ${others(ctx, 2, MNG_TAGS).join(", ")}`);
      if (!wire) for (const n of names) page.h(n, `${n} is a reporter covering ${ctx.pick(["local government", "the environment", "public safety", "transportation"])} for ${paper.name}.`);
      page.cb("More in News", ...others(ctx, 2));
      page.h(`Copyright © ${copyYear(ctx, d)} MediaNews Group`);
      return { page, header: { byline: names, ...(wire ? { dateline: ctx.place } : {}), ...(upd ? { updated: upd.iso } : {}) } };
    },
  },
  {
    // A citizen journalist's Blogger blog: the old navbar's links on some, the blog's title and
    // description, the pages' links on some, the date header ("Wednesday, January 29, 2020")
    // above the post's title where the theme shows one; the captions with "(Photo by Ann Lee)" on
    // their line or a credit below; "Posted by Ann Lee at 5:32 PM" below the post (with the date in
    // the theme's timestamp, "1/29/2020 05:32:00 PM" or "January 29, 2020", where no date header
    // is shown); the share links, "Labels: …", "No comments:" or the comments with their own later
    // dates, "Post a Comment", "Newer Post Older Post Home", "Subscribe to: Post Comments (Atom)";
    // the sidebar's profile and blog archive ("▼  2020 (14)", "▼  January (3)", the month's posts,
    // this one among them, "►  2019 (22)"), "Powered by Blogger." and "Report Abuse".
    name: "held-out-blogger",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const blog = ctx.pick(BLOGS);
      const name = ctx.names[0]!;
      const header = ctx.rng() < 0.7;
      const old = ctx.rng() < 0.4;
      const page = new Page();
      if (old) page.cb("More", "Next Blog»", "Create Blog", "Sign In");
      page.cb(blog.title, blog.desc);
      if (ctx.rng() < 0.5) page.cb("Home", "About this blog", "Send a tip", "Public records");
      if (header) page.h(`${WEEKDAYS[d.wd]}, ${MONTHS[d.m - 1]} ${d.d}, ${d.y}`);
      page.h(ctx.story.title);
      const sameLine = ctx.rng() < 0.5;
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => (cr ? (sameLine ? [`${c} (${cr})`] : [c, cr]) : [c]),
        credit: (who) => {
          const r = ctx.rng();
          return r < 0.5 ? `Photo by ${name}` : r < 0.75 ? `Photo courtesy of ${who}` : "Photo: Valley Water Board";
        },
        between: {},
        bareCaptions: true,
      });
      const stamp = header
        ? clock(h, min, "PM")
        : ctx.rng() < 0.5
          ? `${d.m}/${d.d}/${d.y} ${pad(h12(h))}:${pad(min)}:00 ${ampm(h, "PM")}`
          : `${MONTHS[d.m - 1]} ${d.d}, ${d.y}`;
      page.h(`Posted by ${name} at ${stamp}`);
      page.cb("Email This", "BlogThis!", old ? "Share to Twitter" : "Share to X", "Share to Facebook", "Share to Pinterest");
      const labels = BLOG_LABELS.filter(() => ctx.rng() < 0.3);
      page.c(`Labels: ${(labels.length ? labels : ["local news"]).join(", ")}`);
      const n = ctx.rng() < 0.5 ? 0 : 1 + Math.floor(ctx.rng() * 3);
      if (!n) page.c("No comments:");
      else {
        page.c(`${n} comment${n > 1 ? "s" : ""}:`);
        others(ctx, n, BLOG_COMMENTERS).forEach((who, i) => {
          const when = dayOf(daysFrom(ctx.story.date, i + 1));
          page.cb(`${who} said...`, ctx.pick(BLOG_COMMENTS), `${MONTHS[when.m - 1]} ${when.d}, ${when.y} at ${clock(8 + i * 3, (min + 7 * i) % 60, "PM")}`);
        });
      }
      page.c("Post a Comment");
      if (ctx.rng() < 0.7) page.c("Newer Post Older Post Home");
      else page.cb("Newer Post", "Older Post", "Home");
      page.c("Subscribe to: Post Comments (Atom)");
      page.cb("About Me", name, blog.place, "View my complete profile");
      // The archive's month lists this post among the others: its title there is neither chrome nor the headline's line.
      const monthPosts = 2 + Math.floor(ctx.rng() * 4);
      const at = Math.floor(ctx.rng() * monthPosts);
      const list = others(ctx, monthPosts - 1).map((t) => ({ text: t, chrome: true }));
      list.splice(at, 0, { text: ctx.story.title, chrome: false });
      const yearPosts = monthPosts + Math.floor(ctx.rng() * 30);
      const earlier = d.m > 1 ? [{ text: `►  ${MONTHS[d.m - 2]} (${1 + Math.floor(ctx.rng() * 6)})`, chrome: true }] : [];
      mixed(page, [
        { text: "Blog Archive", chrome: true },
        { text: `▼  ${d.y} (${yearPosts})`, chrome: true },
        { text: `▼  ${MONTHS[d.m - 1]} (${monthPosts})`, chrome: true },
        ...list,
        ...earlier,
        { text: `►  ${d.y - 1} (${5 + Math.floor(ctx.rng() * 40)})`, chrome: true },
        { text: `►  ${d.y - 2} (${5 + Math.floor(ctx.rng() * 40)})`, chrome: true },
      ]);
      page.cb("Labels", ...BLOG_LABELS.slice(0, 5).map((l) => `${l} (${1 + Math.floor(ctx.rng() * 40)})`));
      page.c(old ? "Simple theme. Powered by Blogger." : "Powered by Blogger.");
      page.c("Report Abuse");
      return { page, header: { byline: [name] } };
    },
  },
  {
    // A local news nonprofit's Mailchimp newsletter as pasted from the email: the preheader and
    // "View this email in your browser" (on one line or two), the logo's alt text, the masthead's
    // date ("Wednesday, Jan. 29, 2020") or an issue line with it, or the date on the byline's line
    // ("By Ann Lee | Jan. 29, 2020"); the greeting and the editor's note; "TOP STORY", the
    // headline, "By Ann Lee" (two names, or "Story by Ann Lee | Photos by Bob Stone"), the story
    // with "(Photo by Ann Lee/Valley Voice)" after the caption, the donation appeal and "Forward to
    // a friend" between paragraphs; "MORE NEWS" with headlines and their summaries, the support box
    // and the social links; "Copyright © 2020 Valley Voice, All rights reserved.", "You are
    // receiving this email because …", the mailing address, "Add us to your address book", and
    // "unsubscribe from this list    update subscription preferences" or the newer "Want to change
    // how you receive these emails?"; Mailchimp's badge on some.
    name: "held-out-mailchimp",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const org = ctx.pick(NONPROFITS);
      const credited = ctx.rng() < 0.2;
      const names = credited ? ctx.names.slice(0, 1) : oneOrTwo(ctx, 0.25);
      const issue = 20 + Math.floor(ctx.rng() * 300);
      const dateAt = ctx.rng();
      const ap = `${AP_MONTHS[d.m - 1]} ${d.d}, ${d.y}`;
      const old = ctx.rng() < 0.5;
      const page = new Page();
      const pre = ctx.pick(PREHEADERS);
      if (ctx.rng() < 0.5) page.cb(pre, "View this email in your browser");
      else page.c(pre, "View this email in your browser");
      page.c(org.name);
      if (dateAt < 0.4) page.h(`${WEEKDAYS[d.wd]}, ${ap}`);
      else if (dateAt < 0.7) page.h(`${org.tagline} | Issue No. ${issue} | ${ap}`);
      page.c(ctx.pick(GREETINGS), ctx.pick(EDITOR_NOTES));
      if (ctx.rng() < 0.6) page.c("TOP STORY");
      page.h(ctx.story.title);
      const by = credited ? `Story by ${names[0]} | Photos by ${ctx.names[1]}` : `By ${joinNames(names)}`;
      page.h(dateAt >= 0.7 ? `${by} | ${ap}` : by);
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => [cr ? `${c} (${cr})` : c],
        credit: (who) => (credited ? `Photo by ${ctx.names[1]}/${org.name}` : ctx.rng() < 0.6 ? `Photo by ${who}/${org.name}` : "Courtesy Valley Water Board"),
        between: {
          1: [`${org.name} is a nonprofit newsroom. If you value this reporting, please make a gift today.`, "Donate"],
          3: ["Know someone who'd like this newsletter? Forward to a friend."],
        },
        bareCaptions: true,
      });
      if (ctx.rng() < 0.4) page.c("Read this story on our website »");
      page.c("MORE NEWS");
      const heads = others(ctx, 2 + Math.floor(ctx.rng() * 2));
      const blurbs = others(ctx, heads.length, ITEM_BLURBS);
      heads.forEach((hl, i) => page.cb(hl, `${blurbs[i]} Read more »`));
      page.cb(`${org.name} is supported by readers like you.`, "Become a member");
      page.cb("Facebook", "Twitter", "Instagram", "Website");
      page.h(`Copyright © ${d.y} ${org.name}, All rights reserved.`);
      page.c(`You are receiving this email because you signed up for the ${org.name} newsletter at ${org.domain}.`);
      page.cb("Our mailing address is:", org.name, org.street, org.suite, org.city);
      page.c("Add us to your address book");
      if (old) page.c("unsubscribe from this list    update subscription preferences");
      else page.cb("Want to change how you receive these emails?", "You can update your preferences or unsubscribe from this list.");
      if (ctx.rng() < 0.4) page.c("Email Marketing Powered by Mailchimp");
      return { page, header: { byline: names } };
    },
  },
  {
    // A browser's "Print to PDF" of a news page, its text taken out with pdftotext: the print's
    // date ("1/29/20, 5:32 PM" or "1/29/2020") and the page's title with the site's name, cut with
    // "…" when long, at the head of every printed page (on one line, or on two), the address and
    // "1/3" at its foot, a form feed before each page after the first; the site's name, the print-
    // only notice on some, the headline wrapped in its large type, a dek on some, the byline and the
    // date in the site's CMS's form; the text hard-wrapped at the column's width, compounds broken
    // after their own hyphen and, on sites that hyphenate, long words broken with a hyphen; a
    // paragraph cut across a page break mid-sentence where the page fills up; the caption and its
    // credit; the copyright and "Related" below.
    name: "held-out-pdf-print",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const site = ctx.pick(PRINT_SITES);
      const url = site.path(ctx, d);
      const names = oneOrTwo(ctx, 0.3);
      const later = Math.floor(ctx.rng() * 3) === 0 ? 0 : 1 + Math.floor(ctx.rng() * 60);
      const printed = dayOf(daysFrom(ctx.story.date, later));
      const ph = later ? 8 + Math.floor(ctx.rng() * 14) : Math.min(h + 1 + Math.floor(ctx.rng() * 3), 23);
      const pm = Math.floor(ctx.rng() * 60);
      // Chrome: the date and the title at the head, the address and "1/3" at the foot, no paragraph
      // left with one line on either page. Firefox: the title and the address at the head, "1 of 3"
      // and the date at the foot, paragraphs cut anywhere.
      const firefox = ctx.rng() < 0.35;
      const docTitle = `${ctx.story.title}${site.sep}${site.name}`;
      const shown = docTitle.length > 80 ? `${docTitle.slice(0, 78).trimEnd()}…` : docTitle;
      const oneLine = ctx.rng() < 0.6;
      const ffWhen = `${printed.m}/${printed.d}/${printed.y}, ${clock(ph, pm, "PM")}`;
      const when = ctx.rng() < 0.7 ? `${printed.m}/${printed.d}/${String(printed.y).slice(2)}, ${clock(ph, pm, "PM")}` : `${printed.m}/${printed.d}/${printed.y}`;
      const head = firefox ? (oneLine ? [`${shown}   ${url}`] : [shown, url]) : oneLine ? [`${when}   ${shown}`] : [when, shown];
      const footOf = (k: number, n: number) => (firefox ? [`${k} of ${n}   ${ffWhen}`] : [`${url} ${k}/${n}`]);
      const least = firefox ? 1 : 2;
      const width = 56 + Math.floor(ctx.rng() * 26);
      const auto = ctx.rng() < 0.4;
      const upd = ctx.rng() < 0.4 ? updateOf(ctx, 0.6) : undefined;
      const dateline = ctx.rng() < 0.3 ? ctx.place : undefined;
      const dek = ctx.rng() < 0.3 ? ctx.pick(TV_DEKS) : undefined;
      // What the printed page holds, in order; the pages are cut from it below.
      type Item = { lines: string[]; chrome?: boolean; story?: boolean; figure?: boolean };
      const items: Item[] = [];
      const page = new Page();
      const chromeItem = (...lines: string[]) => {
        items.push({ lines, chrome: true });
        page.chrome.push(...lines);
      };
      chromeItem(site.name);
      if (ctx.rng() < 0.4) chromeItem("This copy is for your personal, non-commercial use only.");
      if (ctx.rng() < 0.5) chromeItem(ctx.pick(["Local News", "News", "Environment", "Politics"]));
      items.push({ lines: layLines(ctx.story.title, 44 + Math.floor(ctx.rng() * 12), false) });
      if (dek) {
        items.push({ lines: layLines(dek, width, false) });
        page.dek = dek;
      }
      const u = upd ? dayOf(upd.iso) : undefined;
      if (site.form === "blox") {
        items.push({ lines: [`By ${joinNames(names)}`] });
        items.push({ lines: [`${mon(d)} ${d.d}, ${d.y}${u ? ` Updated ${mon(u)} ${u.d}, ${u.y}` : ""}`] });
      } else if (site.form === "wp") {
        const long = (day: Day, hh: number, mm: number) => `${MONTHS[day.m - 1]} ${day.d}, ${day.y} at ${clock(hh, mm, "pm")}`;
        items.push({ lines: [`By ${joinNames(names)}`, long(d, h, min), ...(upd && u ? [`Updated: ${long(u, upd.hh, upd.mm)}`] : [])] });
      } else {
        items.push({ lines: [names.join(" and "), "Cedar County Courier"] });
        items.push({ lines: [`Published ${clock(h, min, "p.m.")} ${zoneOf("C", d)} ${AP_MONTHS[d.m - 1]} ${d.d}, ${d.y}${upd && u ? ` | Updated ${clock(upd.hh, upd.mm, "p.m.")} ${zoneOf("C", u)} ${AP_MONTHS[u.m - 1]} ${u.d}, ${u.y}` : ""}`] });
      }
      const { paragraphs, captions } = ctx.story;
      paragraphs.forEach((p, i) => {
        items.push({ lines: layLines(i === 0 && dateline ? `${dateline} — ${p}` : p, width, auto), story: true });
        page.story.push(p);
        const caption = i >= 1 ? captions[i - 1] : undefined;
        if (caption) {
          const who = `${ctx.pick(FIRST)} ${ctx.pick(LAST)}`;
          const credit = (i - 1) % 2 === 1 ? undefined : ctx.rng() < 0.6 ? `${who}/${site.name}` : "Associated Press";
          items.push({ lines: layLines(credit ? `${caption} (${credit})` : caption, width, false), figure: true });
          page.figures.push({ caption, ...(credit ? { credit } : {}) });
        }
        if (i === 1 && ctx.rng() < 0.5) chromeItem("Advertisement");
      });
      if (site.form !== "wp") items.push({ lines: [`Copyright ${d.y} ${site.name}. All rights reserved.`] });
      chromeItem(site.form === "blox" ? "Tags" : "Related", ...others(ctx, 2));
      // The pages: a photo takes the room of 12 lines; a paragraph that does not fit is cut,
      // leaving at least `least` lines on each page, or goes to the next page whole.
      const capacity = 30 + Math.floor(ctx.rng() * 10);
      const pages: string[][][] = [[]];
      let room = capacity - head.length - 1;
      for (const item of items) {
        const need = item.lines.length + (item.figure ? 12 : 0);
        if (need <= room) {
          pages.at(-1)!.push(item.lines);
          room -= need + 1;
          continue;
        }
        if (item.story && item.lines.length >= 2 * least && room >= least) {
          const cut = Math.min(room, item.lines.length - least);
          pages.at(-1)!.push(item.lines.slice(0, cut));
          pages.push([item.lines.slice(cut)]);
          room = capacity - head.length - 1 - (item.lines.length - cut) - 1;
          continue;
        }
        pages.push([item.lines]);
        room = capacity - head.length - 1 - need - 1;
      }
      const n = pages.length;
      pages.forEach((blocks, k) => {
        const top = k === 0 ? head : [`\f${head[0]}`, ...head.slice(1)];
        page.blocks.push(top);
        page.chrome.push(...top);
        page.blocks.push(...blocks);
        const foot = footOf(k + 1, n);
        page.blocks.push(k === n - 1 ? [...foot, "\f"] : foot);
        page.chrome.push(...foot);
      });
      return { page, header: { byline: names, ...(dateline ? { dateline } : {}), ...(upd ? { updated: upd.iso } : {}) } };
    },
  },
  {
    // A mobile app's share of a wire's story, pasted from the share sheet. A Bloomberg-style
    // business wire: the app's note on some, the headline, "Ann Lee, Bloomberg News" (two names,
    // or "By Ann Lee"), "January 29, 2020, 5:32 PM MST" (later "January 29, 2020 at 5:32 PM MST")
    // over "Updated on …" on some, "(Bloomberg) -- " before the lead on the syndicated copy,
    // "Photographer: Ann Lee/Bloomberg" after the caption's stop, "Read more: …" between
    // paragraphs, "--With assistance from Bob Stone." as the story's last line on some, the
    // contact lines, "For more articles like this …" and "©2020 Bloomberg L.P.". A UPI-style wire:
    // "By Ann Lee" over "Jan. 29, 2020 / 5:32 PM", or "By Ann Lee | Jan. 29, 2020 at 5:32 PM",
    // "Jan. 29 (UPI) -- " or "DENVER, Jan. 29 (UPI) -- " before the lead, "Photo by Ann Lee/UPI" or
    // "File Photo by Ann Lee/UPI" after the caption's stop, "Advertisement", the copyright's
    // warning. Then the story's link, "Shared from the … app", "Get the app" and "Sent from my
    // iPhone" on some.
    name: "held-out-wire-app-share",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const bloomberg = ctx.rng() < 0.55;
      const names = oneOrTwo(ctx, 0.3);
      const page = new Page();
      if (ctx.rng() < 0.3) page.c(bloomberg ? APP_NOTES[0]! : ctx.pick(APP_NOTES.slice(1)));
      page.h(ctx.story.title);
      if (bloomberg) {
        const syndicated = ctx.rng() < 0.45;
        const newer = ctx.rng() < 0.4;
        const zone = (day: Day) => zoneOf(ctx.rng() < 0.5 ? "E" : "M", day);
        const z = zone(d);
        const stamp = (day: Day, hh: number, mm: number) => `${MONTHS[day.m - 1]} ${day.d}, ${day.y}${newer ? " at" : ","} ${clock(hh, mm, "PM")} ${z}`;
        const upd = ctx.rng() < 0.4 ? updateOf(ctx, 0.5) : undefined;
        const by = ctx.rng() < 0.7 ? `${joinNames(names)}, Bloomberg News` : `By ${joinNames(names)}`;
        page.h(by, stamp(d, h, min), ...(upd ? [`Updated on ${stamp(dayOf(upd.iso), upd.hh, upd.mm)}`] : []));
        if (newer && ctx.rng() < 0.5) page.cb("Save", "Gift this article");
        const own = ctx.rng() < 0.5;
        body(page, ctx, {
          lead: (p) => (syndicated ? `(Bloomberg) -- ${p}` : p),
          figure: (c, cr) => (cr ? (own ? [`${c}. ${cr}`] : [c, cr]) : [c]),
          credit: (who) => (ctx.rng() < 0.7 ? `Photographer: ${who}/Bloomberg` : "Source: Valley Water Board"),
          between: { 2: [`Read more: ${ctx.pick(OTHER_HEADLINES)}`] },
        });
        if (ctx.rng() < 0.35) tail(page, `--With assistance from ${otherName(ctx)}.`);
        if (syndicated) {
          page.h("To contact the reporter on this story:", ...names.map((n) => `${n} in ${ctx.pick(BLOOMBERG_CITIES)} at ${emailUser(n)}@bloomberg.net`));
          const ed = ctx.pick(BLOOMBERG_EDITORS);
          page.h("To contact the editors responsible for this story:", `${ed} at ${emailUser(ed)}@bloomberg.net`);
          page.c("For more articles like this, please visit us at bloomberg.com");
        }
        page.h(`©${d.y} Bloomberg L.P.`);
        page.c(`https://www.bloomberg.com/news/articles/${ctx.story.date}/${slugOf(ctx)}`);
        if (ctx.rng() < 0.5) page.c("Shared from the Bloomberg app", "Get the app: https://bloom.bg/app");
        if (ctx.rng() < 0.6) page.c("Sent from my iPhone");
        return { page, header: { byline: names, ...(upd ? { updated: upd.iso } : {}) } };
      }
      const dateline = ctx.rng() < 0.4 ? ctx.place : undefined;
      const by = `By ${joinNames(names)}`;
      if (ctx.rng() < 0.5) page.h(by, `${AP_MONTHS[d.m - 1]} ${d.d}, ${d.y} / ${clock(h, min, "PM")}`);
      else page.h(`${by} | ${AP_MONTHS[d.m - 1]} ${d.d}, ${d.y} at ${clock(h, min, "PM")}`);
      body(page, ctx, {
        lead: (p) => `${dateline ? `${dateline}, ` : ""}${AP_MONTHS[d.m - 1]} ${d.d} (UPI) -- ${p}`,
        figure: (c, cr) => [cr ? `${c}. ${cr}` : c],
        credit: (who) => {
          const r = ctx.rng();
          return r < 0.5 ? `Photo by ${who}/UPI` : r < 0.8 ? `File Photo by ${who}/UPI` : "Photo courtesy of Valley Water Board";
        },
        between: { 1: ["Advertisement"] },
      });
      page.h(`Copyright ${d.y} United Press International, Inc. (UPI). Any reproduction, republication, redistribution and/or modification of any UPI content is expressly prohibited without UPI's prior written consent.`);
      page.c(`https://www.upi.com/Top_News/US/${d.y}/${pad(d.m)}/${pad(d.d)}/${slugOf(ctx)}/${1000 + Math.floor(ctx.rng() * 9000)}${Math.floor(ctx.rng() * 1e6)}/`);
      if (ctx.rng() < 0.5) page.c("Shared from the UPI News app", "Get the app");
      if (ctx.rng() < 0.6) page.c("Sent from my iPhone");
      return { page, header: { byline: names, ...(dateline ? { dateline } : {}) } };
    },
  },
];
