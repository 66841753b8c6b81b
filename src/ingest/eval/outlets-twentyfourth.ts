/**
 * A twenty-fourth held-out group of outlet styles for the import evaluation (issue 13), written
 * before reading the importer's code (only src/ingest/eval/, scripts/eval-import.ts, the evaluation
 * test, the earlier groups' committed fixtures, README.md and package.json were read), to be scored
 * untouched. Nonprofit US metro papers (the Chicago Sun-Times, The Salt Lake Tribune), nonprofit
 * beat newsrooms (CalMatters, Chalkbeat), European outlets in English (DER SPIEGEL International,
 * SWI swissinfo.ch), Japan's broadcaster and agency (NHK WORLD-JAPAN, Kyodo News), a regional
 * paper read through the browser's machine translation (a German and a French one), a Tumblr post
 * quoting a story, a workplace chat's copy (Microsoft Teams, Google Chat) and a Word memo saved as
 * plain text with the story attached. Each is written from memory of how its text comes out of a
 * browser's "select all, copy" (or the app's own copy or export) between 2019 and 2024; a 2019
 * story copied in 2023 carries the 2023 template round the 2019 date.
 *
 * The outlets, agencies, apps and networks are the real ones, as the copied text would carry them;
 * people, local papers, other headlines, notes, memos and replies are made up, and no page is copied.
 */
import { AP_MONTHS, body, dayOf, daysFrom, DEKS, FIRST, h12, LAST, mon, MONTHS, nextDay, pad, Page, WEEKDAYS, type Ctx, type Day, type Story, type Style } from "./outlets.ts";

/** "Ann Lee", "Ann Lee and Bob Stone", "Ann Lee, Bob Stone and Cy Young" */
const joinNames = (names: readonly string[], and = "and") => (names.length < 3 ? names.join(` ${and} `) : `${names.slice(0, -1).join(", ")} ${and} ${names.at(-1)}`);
/** `n` different items of a pool, in the generator's order. */
const others = (ctx: Ctx, n: number, pool: readonly string[]) => {
  const left = [...pool];
  return Array.from({ length: Math.min(n, pool.length) }, () => left.splice(Math.floor(ctx.rng() * left.length), 1)[0]!);
};
/** One name or two from a pool of the outlet's own. */
const fromPool = (ctx: Ctx, pool: readonly string[], two: number) => {
  const first = ctx.pick(pool);
  return ctx.rng() < two ? [first, ctx.pick(pool.filter((n) => n !== first))] : [first];
};
/** One name, two or three from a pool: different names. */
const oneToThree = (ctx: Ctx, pool: readonly string[], two: number, three: number) => {
  const r = ctx.rng();
  return others(ctx, r < three ? 3 : r < three + two ? 2 : 1, pool);
};
/** Someone else: a photographer, an editor, a colleague. */
const otherName = (ctx: Ctx) => `${ctx.pick(FIRST)} ${ctx.pick(LAST)}`;
/** An update the next morning, or the same day a couple of hours after the story was posted. */
const updateOf = (ctx: Ctx, nextDayShare: number, hh: number) =>
  ctx.rng() < nextDayShare ? { iso: nextDay(ctx.story.date), hh: 9, mm: 4 } : { iso: ctx.story.date, hh: Math.min(hh + 2, 23), mm: (ctx.time.min + 17) % 60 };
/** The year a page was copied in: the footer's year, not the story's. */
const copyYear = (ctx: Ctx, day: Day) => Math.max(day.y, 2022) + Math.floor(ctx.rng() * 3);
/** Copied the week it ran, on some; years later on most. */
const copiedIn = (ctx: Ctx, day: Day, sameYear: number) => (ctx.rng() < sameYear ? day.y : copyYear(ctx, day));
/** "January 29, 2020" */
const usLong = (day: Day) => `${MONTHS[day.m - 1]} ${day.d}, ${day.y}`;
/** "Jan. 29, 2020" */
const apDate = (day: Day) => `${AP_MONTHS[day.m - 1]} ${day.d}, ${day.y}`;
/** "5:32 p.m." */
const apClock = (hh: number, mm: number) => `${h12(hh)}:${pad(mm)} ${hh < 12 ? "a.m." : "p.m."}`;
/** "5:32 PM" */
const upClock = (hh: number, mm: number) => `${h12(hh)}:${pad(mm)} ${hh < 12 ? "AM" : "PM"}`;
/** "17:32" */
const clock24 = (hh: number, mm: number) => `${pad(hh)}:${pad(mm)}`;
/** "29.01.2020" */
const dotted = (day: Day) => `${pad(day.d)}.${pad(day.m)}.${day.y}`;
/** "29/01/2020" */
const slashed = (day: Day) => `${pad(day.d)}/${pad(day.m)}/${day.y}`;
/** "29th" */
const ordinal = (n: number) => `${n}${n % 10 === 1 && n !== 11 ? "st" : n % 10 === 2 && n !== 12 ? "nd" : n % 10 === 3 && n !== 13 ? "rd" : "th"}`;
/** "Ann Lee" → "alee" */
const mailOf = (name: string) => {
  const parts = name
    .toLowerCase()
    .normalize("NFD")
    .replace(/[^a-z ]/g, "")
    .split(" ");
  return `${parts[0]![0]}${parts.at(-1)}`;
};
/** A story's slug: "reservoir-levels-fall-to-lowest-point-in-a". */
const slugOf = (story: Story) =>
  story.title
    .toLowerCase()
    .normalize("NFD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .split("-")
    .slice(0, 8)
    .join("-");
/** A caption as a page prints it: with its own full stop, one only. */
const stop = (caption: string) => (/[.!?]$/.test(caption) ? caption : `${caption}.`);
/** A caption without a stop of its own, as some pages print it. */
const bare = (caption: string) => caption.replace(/\.$/, "");
/** Adds chrome lines after paragraph `i`, after any already there. */
const add = (between: Record<number, string[]>, i: number, lines: readonly string[]) => {
  between[i] = [...(between[i] ?? []), ...lines];
};
/** The story without its photos: a page (or a paste) that prints none. */
const noPhotos = (ctx: Ctx): Ctx => ({ ...ctx, story: { ...ctx.story, captions: [] } });
/** "Central" time in the Midwest, "Mountain" in Utah and Colorado: standard or daylight by the month. */
const zone = (day: Day, std: string, dst: string) => (day.m >= 4 && day.m <= 10 ? dst : std);
/**
 * The story's first photo as the page's lead photo, printed where it is called (above or below the
 * byline): its figure, and the context whose story keeps the other captions for the body.
 */
const leadPhoto = (page: Page, ctx: Ctx, share: number, lines: (caption: string, credit: string | undefined) => string[], credit: () => string | undefined): Ctx => {
  const [lead, ...rest] = ctx.story.captions;
  if (!lead || ctx.rng() >= share) return ctx;
  const cr = credit();
  page.h(...lines(lead, cr));
  page.figures.push({ caption: lead, ...(cr ? { credit: cr.replace(/^credit:\s*/i, "") } : {}) });
  return { ...ctx, story: { ...ctx.story, captions: rest } };
};

const METRO_BEATS = ["City Hall", "the environment", "transportation", "state government", "public health", "the suburbs", "education"];
const CST_NAMES = ["Tessa Wojcik", "Andre Dumont", "Lauren FitzGerald", "Manny Ramos", "Kaitlin Sobczak", "Jermaine Pruitt"];
const CST_SECTIONS = ["News", "Chicago", "Politics", "Environment", "Transportation", "Suburban Chicago", "Education"];
const IL_PLACES = ["SPRINGFIELD, Ill.", "PEORIA, Ill.", "GARY, Ind.", "MILWAUKEE"];
const SLT_NAMES = ["Brooke Pettersen", "Jacob Nakai", "Leia Tuilagi", "Emmett Rasband", "Sofia Villalobos", "Carter Whitlock"];
const SLT_SECTIONS = ["News", "Politics", "Environment", "Education", "Utah", "Great Salt Lake"];
const SLT_PLACES = ["St. George", "Ogden", "Provo", "Moab", "Logan", "Park City"];
const UT_AP_PLACES = ["BOISE, Idaho", "PHOENIX", "LAS VEGAS", "CHEYENNE, Wyo."];
const METRO_HEADLINES = [
  "CTA to add late-night service on two bus routes",
  "Lake Michigan water levels near record high",
  "City council approves budget with property tax increase",
  "Great Salt Lake hits new low as drought lingers",
  "Legislature weighs changes to water rights law",
  "School board delays vote on boundary changes",
];

const CALM_NAMES = ["Rachel Becerra", "Daniel Oyelaran", "Mikhail Zinshteyn-Ruiz", "Alejandra Reyes-Velarde", "Jeanne Kuang-Ho", "Nigel Duara-Stone"];
const CALM_TOPICS = ["ENVIRONMENT", "WATER", "POLITICS", "EDUCATION", "HOUSING", "HEALTH", "ECONOMY"];
const CALM_BEATS = ["water and the environment", "state politics", "higher education", "housing and homelessness", "California's economy"];
const CB_NAMES = ["Erica Meltzer-Ortiz", "Yesenia Robles-Diaz", "Becky Vevea-Lund", "Koby Levin-Hart", "Alex Zimmerman-Gray", "Melanie Asmar-Cole"];
const CB_BUREAUS = ["Chicago", "Colorado", "Detroit", "Indiana", "Newark", "New York", "Philadelphia", "Tennessee"];
const CB_SECTIONS = ["Teaching", "School Finance", "Enrollment", "Policy", "Early Childhood", "Politics"];
const EDU_HEADLINES = [
  "Districts brace for enrollment drop as families leave the city",
  "State board approves new graduation requirements",
  "Teachers union and district reach tentative deal",
  "Lawmakers send water bill to the governor",
  "Bond measure would rebuild five aging schools",
];

const SPIEGEL_NAMES = ["Katrin Elger", "Maximilian Popp", "Jörg Schindler", "Anna Clauß", "Fiona Ehlers", "Christoph Reuter", "Susanne Beyer"];
const SPIEGEL_CITIES = ["Berlin", "Hamburg", "Brussels", "Madrid", "Rome", "Warsaw", "Vienna"];
const SPIEGEL_KICKERS = ["Drought in Europe", "Climate Crisis", "The Water Question", "Local Politics", "Infrastructure", "A Region on Edge"];
const SPIEGEL_TRANSLATORS = ["Christopher Sultan", "Daryl Lindsey", "Charles Hawley", "Alexander Smoltczyk-Ward"];
const SPIEGEL_TOPICS = ["Europe", "Climate Change", "Environment", "Germany", "Infrastructure", "Politics"];
const SWI_NAMES = ["Dorian Burkhalter", "Simon Bradley", "Jessica Davis Plüss", "Thomas Stephens", "Sara Ibrahim", "Matthew Allen"];
const SWI_AGENCIES = ["Keystone-SDA", "Reuters", "AFP"];
const SWI_SECTIONS = ["Environment", "Democracy", "Politics", "Business", "Science", "Swiss Abroad"];
const EU_HEADLINES = [
  "Swiss glaciers lost record volume this summer",
  "Rhine shipping halted as water levels fall",
  "Voters back new tax on second homes",
  "Berlin unveils plan to cut rents",
  "Alpine towns struggle with snowless winters",
];

const NHK_HEADLINES = [
  "Japan's population falls for 13th straight year",
  "Heavy rain warning issued for western Japan",
  "Tokyo Metropolitan Government to expand childcare subsidies",
  "Bullet train services suspended after earthquake",
  "Cherry blossoms open early in Tokyo",
];
const KYODO_NAMES = ["Aya Ishikawa", "Kenji Tanaka", "Mari Yamaguchi", "Daisuke Kimura", "Yuko Sato", "Hiroshi Nakamura"];
const KYODO_PLACES = ["TOKYO", "OSAKA", "SAPPORO", "NAHA", "BEIJING", "SEOUL", "HONOLULU"];
const KYODO_TAGS = ["All", "Japan", "World", "Business", "Politics", "Environment", "Society"];

const HA_NAMES = ["Jana Reckmann", "Matthias Iken", "Elisabeth Jessen", "Oliver Schirg", "Hanna-Lotte Mikuteit", "Peter Wenig"];
const HA_SECTIONS = ["Hamburg", "Region", "Environment", "Politics", "Traffic"];
const HA_KICKERS = ["Water supply", "Drought", "Traffic", "Senate", "Environment", "Education"];
const DE_PLACES = ["Hamburg", "Norderstedt", "Lüneburg", "Pinneberg", "Stade", "Kiel"];
const OF_NAMES = ["Julie Le Guen", "Thomas Brégardis", "Marion Gonidec", "Yann Le Bihan", "Sophie Kerdraon", "Pierre-Yves Riou"];
const OF_SECTIONS = ["Rennes", "Brest", "Nantes", "Caen", "Brittany", "Environment"];
const TRANSLATED_HEADLINES = [
  "Also interesting: new bike lanes for the city centre",
  "Water restrictions: what residents need to know",
  "Council votes to close two swimming pools",
  "Rail strike: these connections are cancelled",
  "Municipal elections: the candidates at a glance",
];

const TUMBLR_BLOGS = [
  { name: "cedarcountywatch", title: "Cedar County Watch", about: "Local news, zoning fights and the occasional heron." },
  { name: "bayview-notes", title: "bayview notes", about: "reposting local news so you don't hit the paywall. she/her." },
  { name: "northforkdaily", title: "North Fork Daily Digest", about: "A reader's scrapbook of the valley's news." },
] as const;
const TUMBLR_OTHERS = ["heronsandhighways", "valleygremlin", "quietlibrarian", "mossy-stump", "transit-nerd-88", "ohnotheresmore"];
const TUMBLR_NOTES = [
  "Reposting the full text since it's behind a paywall.",
  "this is a big deal for anyone who lives on the east side!!",
  "Putting the whole article here for folks without a subscription.",
  "saving this one. thoughts below the cut",
];
const QUOTE_SITES = [
  { name: "The Cascade Courier", domain: "cascadecourier.example", short: "Courier" },
  { name: "North Fork Gazette", domain: "northforkgazette.example", short: "Gazette" },
  { name: "The Lakeport Record", domain: "lakeportrecord.example", short: "Record" },
] as const;

const CHAT_PEOPLE = ["Kate Price", "Mo Haddad", "Jess Alonso", "Priyanka Shah", "Dev Okoro", "Lena Fischer", "Tom Beaulieu", "Ruth Adeyemi"];
const CHAT_NOTES = [
  "Coverage from this morning, FYI. Pasting the text since the link is paywalled.",
  "We made the paper. Full article below for anyone who can't open it.",
  "Heads up: this ran yesterday. Text below.",
  "For the clips folder 👇",
];
const CHAT_REPLIES = ["Thanks, Kate!", "Great coverage. I'll share with the board.", "Can we get this into Friday's newsletter?", "👍", "Saw this too. The quote from the chair is good."];
const CHAT_TEAMS = ["Communications", "Comms Team", "Board Office", "Media Relations"];

const MEMO_ORGS = [
  { name: "City of Lakeport", from: "Communications Director", to: "Mayor and City Council", cc: "City Manager" },
  { name: "Cedar County Water District", from: "Public Information Officer", to: "Board of Directors", cc: "General Manager" },
  { name: "Valley Unified School District", from: "Director of Communications", to: "Superintendent and Cabinet", cc: "Board Secretary" },
] as const;
const MEMO_POINTS = [
  "Staff were interviewed for the story and the quotes attributed to us are accurate.",
  "No correction or response is recommended at this time.",
  "We expect follow-up calls from other outlets this week; please refer them to Communications.",
  "The story was also shared widely on social media yesterday evening.",
];

export const HELD_OUT_TWENTYFOURTH_STYLES: readonly Style[] = [
  {
    // Nonprofit US metro papers. The Chicago Sun-Times: on copies to 2022 (Vox Media's Chorus)
    // "Skip to main content", the bar, the section, the headline, the dek on most, "By Ann Lee"
    // over "Jan 29, 2020, 5:32pm CST" (or only "Updated Jan 29, 2020, 7:04pm CST", the same day:
    // the page's only date), "Share this story", "Share All sharing options for: <headline>",
    // the credit after the caption's stop and a bar ("| Ann Lee/Sun-Times", "| Provided"),
    // "Next Up In News" and headlines, the newsletter box, "© 2020 Sun-Times Media, LLC. All
    // Rights Reserved."; later copies (Chicago Public Media): the bar with "Donate", "By Ann Lee and
    // Bob Stone" over "Published Jan 29, 2020, 5:32pm CST" and "Updated …" on some, the credit on
    // the line below the caption ("Ann Lee/Sun-Times"), the author's bio, the nonprofit's appeal,
    // the copyright; an AP reporter with "SPRINGFIELD, Ill. — ". The Salt Lake Tribune: the bar,
    // the section, the headline, the dek on most, "By Ann Lee" over "| Jan. 29, 2020, 5:32 p.m."
    // and "| Updated: Jan. 30, 2020, 9:04 a.m." on some, the credit in parentheses BEFORE the
    // caption ("(Ann Lee | The Salt Lake Tribune) Water levels at …"), "St. George • " before the
    // lead on some, an AP story with "By ANN LEE | The Associated Press" and "BOISE, Idaho (AP) —
    // ", the Report for America appeal below the story (a reporter's name in it), the newsletter
    // prompt, the copyright and the 501(c)(3) line from 2020.
    name: "held-out-nonprofit-metro",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const copied = copiedIn(ctx, d, 0.3);
      const page = new Page();
      const n = ctx.story.paragraphs.length;
      const between: Record<number, string[]> = {};
      if (ctx.rng() < 0.55) {
        const newer = copied >= 2023;
        const wire = ctx.rng() < 0.15;
        const names = wire ? [otherName(ctx)] : fromPool(ctx, [...CST_NAMES, ctx.names[0]!], 0.25);
        const place = wire ? ctx.pick(IL_PLACES) : undefined;
        const tz = zone(d, "CST", "CDT");
        const upd = ctx.rng() < 0.4 ? updateOf(ctx, newer ? 0.4 : 0, h) : undefined;
        const chorus = (day: Day, hh: number, mm: number) => `${mon(day)} ${day.d}, ${day.y}, ${h12(hh)}:${pad(mm)}${hh < 12 ? "am" : "pm"} ${tz}`;
        const credit = (who: string) => {
          const r = ctx.rng();
          return r < 0.5 ? `${who}/Sun-Times` : r < 0.65 ? `${who}/For the Sun-Times` : r < 0.8 ? `${who}/AP` : r < 0.9 ? "Provided" : "Sun-Times file";
        };
        const photo = (c: string, cr: string | undefined) => (cr ? (newer ? [stop(c), cr] : [`${stop(c)} | ${cr}`]) : [stop(c)]);
        let updated: string | undefined;
        if (newer) {
          page.c("Skip to content");
          page.cb("Chicago Sun-Times", "Donate", "Subscribe", "Log In", "News", "Sports", "Politics", "Education", "Entertainment", "Opinion", "Obituaries", "The Grid");
        } else {
          page.c("Skip to main content");
          page.cb("Chicago Sun-Times logo", "Subscribe", "Sign In", "News", "Sports", "Politics", "Entertainment", "Opinion", "Business", "Obituaries", "Crime", "Search");
        }
        page.c(ctx.pick(CST_SECTIONS));
        page.h(ctx.story.title);
        if (ctx.rng() < 0.75) {
          const dek = ctx.pick(DEKS);
          page.h(dek);
          page.dek = dek;
        }
        const by = wire ? `By ${names[0]!.toUpperCase()} Associated Press` : `By ${joinNames(names)}`;
        if (newer) {
          const up = upd ? [`Updated ${chorus(dayOf(upd.iso), upd.hh, upd.mm)}`] : [];
          page.h(by, `Published ${chorus(d, h, min)}`, ...up);
          updated = upd?.iso;
          page.cb("Share", "Facebook", "X", "Bluesky", "Email", "Copy link");
        } else {
          page.h(by, upd ? `Updated ${chorus(d, upd.hh, upd.mm)}` : chorus(d, h, min));
          page.cb("Share this story", "Share this on Facebook", "Share this on Twitter", `Share All sharing options for: ${ctx.story.title}`);
        }
        const story = leadPhoto(page, ctx, 0.6, photo, () => credit(otherName(ctx)));
        add(between, Math.min(1, n - 2), ["Advertisement"]);
        if (ctx.rng() < 0.4) add(between, Math.min(n >= 5 ? 2 : 0, n - 2), ["Related", ctx.pick(METRO_HEADLINES)]);
        body(page, story, { lead: (p) => (place ? `${place} — ${p}` : p), figure: photo, credit, between });
        if (newer) {
          if (!wire)
            for (const name of names) {
              const bio = `${name} is a reporter covering ${ctx.pick(METRO_BEATS)} for the Sun-Times.`;
              page.blocks.push([name, bio]);
              page.chrome.push(bio);
            }
          page.cb("The Sun-Times is a nonprofit newsroom. Support our journalism with a donation today.", "Donate");
          page.cb("About", "Contact", "Careers", "Privacy Policy", "Terms of Use");
          page.h(`© ${copied} Chicago Public Media`);
        } else {
          page.cb("Next Up In News", ...others(ctx, 3, METRO_HEADLINES));
          page.cb("Sign up for the newsletter Sun-Times News Alerts", "Get breaking news and other big stories as they happen.", "Email (required)", "By signing up, you agree to our Privacy Notice and European users agree to the data transfer policy.", "Subscribe");
          page.h(`© ${copied} Sun-Times Media, LLC. All Rights Reserved.`);
          page.c("Terms of Use • Privacy Notice • Cookie Policy • Do Not Sell My Personal Info");
        }
        return { page, header: { byline: names, ...(place ? { dateline: place } : {}), ...(updated ? { updated } : {}) } };
      }
      const wire = ctx.rng() < 0.2;
      const names = wire ? [otherName(ctx)] : fromPool(ctx, [...SLT_NAMES, ctx.names[0]!], 0.25);
      const place = wire ? ctx.pick(UT_AP_PLACES) : ctx.rng() < 0.35 ? ctx.pick(SLT_PLACES) : undefined;
      const upd = ctx.rng() < 0.35 ? updateOf(ctx, 0.5, h) : undefined;
      const credit = (who: string) => {
        const r = ctx.rng();
        return r < 0.55 ? `${who} | The Salt Lake Tribune` : r < 0.7 ? `${who} | Tribune file photo` : r < 0.85 ? `AP Photo/${who}` : `Courtesy of ${who}`;
      };
      // The Tribune prints the credit in parentheses before the caption.
      const photo = (c: string, cr: string | undefined) => [cr ? `(${cr}) ${stop(c)}` : stop(c)];
      page.c("Skip to main content");
      page.cb("The Salt Lake Tribune", "Donate", "Subscribe", "Log In", "Menu");
      page.cb("News", "Politics", "Sports", "Opinion", "Environment", "Business", "Religion", "Lifestyle", "Obituaries", "e-Edition");
      page.c(ctx.pick(SLT_SECTIONS));
      page.h(ctx.story.title);
      if (ctx.rng() < 0.7) {
        const dek = ctx.pick(DEKS);
        page.h(dek);
        page.dek = dek;
      }
      const story = leadPhoto(page, ctx, 0.65, photo, () => credit(otherName(ctx)));
      page.h(wire ? `By ${names[0]!.toUpperCase()} | The Associated Press` : `By ${joinNames(names)}`, `| ${apDate(d)}, ${apClock(h, min)}`, ...(upd ? [`| Updated: ${apDate(dayOf(upd.iso))}, ${apClock(upd.hh, upd.mm)}`] : []));
      page.cb("Share", "Facebook", "Twitter", "Email", "Comments");
      if (ctx.rng() < 0.4) add(between, Math.min(1, n - 2), [`Read more: ${ctx.pick(METRO_HEADLINES)}`]);
      body(page, story, { lead: (p) => (place ? (wire ? `${place} (AP) — ${p}` : `${place} • ${p}`) : p), figure: photo, credit, between });
      if (!wire && ctx.rng() < 0.5) {
        const who = names[0]!;
        page.c(
          `${who} is a Report for America corps member and writes about ${ctx.pick(METRO_BEATS)} for The Salt Lake Tribune. Your donation to match our RFA grant helps keep ${who.split(" ")[0]} writing stories like this one; please consider making a tax-deductible gift of any amount today by clicking here.`,
        );
      }
      page.cb("Stay in the know.", "Get the best of The Salt Lake Tribune in your inbox every day.", "Sign up");
      page.h(`© ${copied} The Salt Lake Tribune. All rights reserved.`);
      if (copied >= 2020) page.c("The Salt Lake Tribune, Inc. is a 501(c)(3) public charity and contributions are tax deductible");
      return { page, header: { byline: names, ...(place ? { dateline: place } : {}), ...(upd ? { updated: upd.iso } : {}) } };
    },
  },
  {
    // Nonprofit beat newsrooms. CalMatters: "Skip to content", the bar with "Donate", the topic in
    // capitals, the headline, "In summary" over the summary (the dek) on most, "By Ann Lee" (two
    // names on some) over "January 29, 2020" and "Updated January 30, 2020" on some, "Share this:",
    // "Republish this article"; the credit after the caption's stop ("Photo by Ann Lee for
    // CalMatters", "Photo by Ann Lee, AP Photo", "Photo via iStock"); the WhatMatters prompt
    // between paragraphs; the author's card with the bio; "We want to hear from you" and its
    // invitation; the republishing notice; the footer. Chalkbeat: the bar with the bureaus; on
    // copies to 2022 (Chorus) the section, the headline, the dek, "By Ann Lee" over "Jan 29, 2020,
    // 5:32pm MST", the share lines with "Share All sharing options for: <headline>", the credit
    // after a bar ("| Ann Lee / Chalkbeat"); later "By Ann Lee" over "January 29, 2020, 5:32 p.m.
    // MST" and "Updated …" on some, the credit in parentheses after the stop; the bureau's
    // newsletter prompt between paragraphs; the reporter's line with the address below the story
    // ("Ann Lee is a reporter for Chalkbeat Colorado … Contact Ann at alee@chalkbeat.org."), the
    // mission line, the footer.
    name: "held-out-nonprofit-beat",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const copied = copiedIn(ctx, d, 0.3);
      const page = new Page();
      const n = ctx.story.paragraphs.length;
      const between: Record<number, string[]> = {};
      if (ctx.rng() < 0.5) {
        const names = fromPool(ctx, [...CALM_NAMES, ctx.names[0]!], 0.25);
        const upd = ctx.rng() < 0.35 ? nextDay(ctx.story.date) : undefined;
        const credit = (who: string) => {
          const r = ctx.rng();
          return r < 0.5 ? `Photo by ${who} for CalMatters` : r < 0.7 ? `Photo by ${who}, CalMatters` : r < 0.88 ? `Photo by ${who}, AP Photo` : "Photo via iStock";
        };
        const photo = (c: string, cr: string | undefined) => [cr ? `${stop(c)} ${cr}` : stop(c)];
        page.c("Skip to content");
        page.cb("CalMatters", "Donate", "Newsletters", "Search");
        page.cb("Politics", "Economy", "Education", "Environment", "Health", "Housing", "Justice", "California Voices", "Events");
        page.c(ctx.pick(CALM_TOPICS));
        page.h(ctx.story.title);
        if (ctx.rng() < 0.85) {
          const dek = ctx.pick(DEKS);
          page.c("In summary");
          page.h(dek);
          page.dek = dek;
        }
        page.h(`By ${joinNames(names)}`, usLong(d), ...(upd ? [`Updated ${usLong(dayOf(upd))}`] : []));
        page.cb("Share this:", "Click to share on X (Opens in new window)", "Click to share on Facebook (Opens in new window)", "Click to email a link to a friend (Opens in new window)", "Republish this article");
        const story = leadPhoto(page, ctx, 0.7, photo, () => credit(otherName(ctx)));
        if (ctx.rng() < 0.6) add(between, Math.min(n >= 5 ? 2 : 1, n - 2), ["Sign up for WhatMatters, our free daily newsletter on California policy and politics.", "Subscribe"]);
        body(page, story, { lead: (p) => p, figure: photo, credit, between });
        for (const name of names) {
          const bio = `${name} covers ${ctx.pick(CALM_BEATS)} for CalMatters.`;
          page.blocks.push([name, bio]);
          page.chrome.push(bio);
        }
        page.cb("We want to hear from you", "Want to submit a guest commentary or reaction to an article we wrote? You can find our submission guidelines here. Please contact CalMatters with any commentary questions: commentary@calmatters.org");
        page.cb("Republish our articles for free, online or in print, under a Creative Commons license.", "Republish this article");
        page.h(`© ${copied} CalMatters.`);
        page.c("CalMatters.org is a nonprofit, nonpartisan media venture explaining California policies and politics.");
        return { page, header: { byline: names, ...(upd ? { updated: upd } : {}) } };
      }
      const newer = copied >= 2023;
      const bureau = ctx.pick(CB_BUREAUS);
      const tz = bureau === "Colorado" ? zone(d, "MST", "MDT") : bureau === "Chicago" || bureau === "Tennessee" ? zone(d, "CST", "CDT") : zone(d, "EST", "EDT");
      const names = fromPool(ctx, [...CB_NAMES, ctx.names[0]!], 0.2);
      const upd = newer && ctx.rng() < 0.35 ? updateOf(ctx, 0.5, h) : undefined;
      const credit = (who: string) => {
        const r = ctx.rng();
        return r < 0.55 ? `${who} / Chalkbeat` : r < 0.7 ? "Courtesy photo" : r < 0.85 ? `${who} / Getty Images` : `${who} for Chalkbeat`;
      };
      const photo = (c: string, cr: string | undefined) => [cr ? (newer ? `${stop(c)} (${cr})` : `${stop(c)} | ${cr}`) : stop(c)];
      page.c("Skip to main content");
      page.cb("Chalkbeat", "Donate", "Newsletters", "Search", ...CB_BUREAUS);
      page.c(ctx.pick(CB_SECTIONS));
      page.h(ctx.story.title);
      if (ctx.rng() < 0.8) {
        const dek = ctx.pick(DEKS);
        page.h(dek);
        page.dek = dek;
      }
      if (newer) {
        const stamp = (day: Day, hh: number, mm: number) => `${usLong(day)}, ${apClock(hh, mm)} ${tz}`;
        page.h(`By ${joinNames(names)}`, stamp(d, h, min), ...(upd ? [`Updated ${stamp(dayOf(upd.iso), upd.hh, upd.mm)}`] : []));
        page.cb("Share", "Republish");
      } else {
        page.h(`By ${joinNames(names)}`, `${mon(d)} ${d.d}, ${d.y}, ${h12(h)}:${pad(min)}${h < 12 ? "am" : "pm"} ${tz}`);
        page.cb("Share this story", "Share this on Facebook", "Share this on Twitter", `Share All sharing options for: ${ctx.story.title}`);
      }
      const story = leadPhoto(page, ctx, 0.7, photo, () => credit(otherName(ctx)));
      add(between, Math.min(1, n - 2), [`Sign up for Chalkbeat ${bureau}’s free daily newsletter to keep up with the latest education news.`]);
      body(page, story, { lead: (p) => p, figure: photo, credit, between });
      for (const name of names) page.c(`${name} is a reporter for Chalkbeat ${bureau}, covering ${ctx.pick(["school funding", "teachers and classrooms", "early childhood", "state education policy"])}. Contact ${name.split(" ")[0]} at ${mailOf(name)}@chalkbeat.org.`);
      page.c("Chalkbeat is a nonprofit news site covering educational change in public schools.");
      page.cb(`Latest from Chalkbeat ${bureau}`, ...others(ctx, 3, EDU_HEADLINES));
      page.cb("About", "Jobs", "Donate", "Republish our stories", "Privacy Policy");
      page.h(`© ${copied} Chalkbeat`);
      return { page, header: { byline: names, ...(upd ? { updated: upd.iso } : {}) } };
    },
  },
  {
    // European outlets in English. DER SPIEGEL International: the bar, the kicker above the
    // headline ("Drought in Europe"), the headline, the teaser (the dek) on most, "By Ann Lee" or
    // "By Ann Lee in Berlin and Bob Stone in Madrid" (three names on some) over "29.01.2020, 17.32
    // Uhr" (day first, dots, the German clock's word) and the reading time; the share links;
    // captions with no stop and the credit glued after them ("… on Tuesday Photo: Ann Lee / dpa",
    // "Photo: IMAGO / Ann Lee"); "This article originally appeared in German in issue 5/2020
    // (January 25th, 2020) of DER SPIEGEL." on some, "Translated from the German by …" (neither
    // story nor chrome), "Related Topics", the footer. SWI swissinfo.ch: the masthead and its
    // tagline, the languages, the bar, the headline, the dek on most, the lead photo's caption
    // with "Keystone / Ann Lee" on the line below, "By Ann Lee" (with "Edited by Bob Stone" below
    // on some: an editor, not an author) or an agency's line with no person ("Keystone-SDA",
    // "Reuters"), "Jan 29, 2020 - 17:32" or "This content was published on Jan 29, 2020 - 17:32"
    // on later copies, the note on automatic translation under agency copy from 2023, "More from
    // this author", the newsletter's box, the footer.
    name: "held-out-eu-english",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const copied = copiedIn(ctx, d, 0.3);
      const page = new Page();
      const n = ctx.story.paragraphs.length;
      const between: Record<number, string[]> = {};
      if (ctx.rng() < 0.5) {
        const names = oneToThree(ctx, [...SPIEGEL_NAMES, ctx.names[0]!], 0.3, 0.1);
        const cities = others(ctx, names.length, SPIEGEL_CITIES);
        const by = ctx.rng() < 0.5 ? joinNames(names) : joinNames(names.map((x, i) => `${x} in ${cities[i]}`));
        const credit = (who: string) => {
          const r = ctx.rng();
          return r < 0.35 ? `${who} / DER SPIEGEL` : r < 0.6 ? `${who} / dpa` : r < 0.8 ? `IMAGO / ${who}` : r < 0.92 ? `${who} / AFP` : "Getty Images";
        };
        const photo = (c: string, cr: string | undefined) => [cr ? `${bare(c)} Photo: ${cr}` : bare(c)];
        page.cb("DER SPIEGEL", "International", "Subscribe", "Log In", "Menu");
        page.cb("World", "Europe", "Germany", "Business", "Zeitgeist", "Opinion", "Newsletter");
        page.c(ctx.pick(SPIEGEL_KICKERS));
        page.h(ctx.story.title);
        if (ctx.rng() < 0.85) {
          const dek = ctx.pick(DEKS);
          page.h(dek);
          page.dek = dek;
        }
        page.h(`By ${by}`, `${dotted(d)}, ${pad(h)}.${pad(min)} Uhr`);
        page.c(`${3 + Math.floor(ctx.rng() * 9)} Min`);
        page.cb("X.com", "Facebook", "E-Mail", "Messenger", "WhatsApp", "Save to my list");
        const story = leadPhoto(page, ctx, 0.8, photo, () => credit(otherName(ctx)));
        body(page, story, { lead: (p) => p, figure: photo, credit, between });
        if (ctx.rng() < 0.45) {
          // The print issue: the Saturday before (or of) the story's day.
          const issueDay = dayOf(daysFrom(ctx.story.date, -((d.wd + 1) % 7)));
          const week = Math.max(1, Math.ceil((Date.UTC(issueDay.y, issueDay.m - 1, issueDay.d) - Date.UTC(issueDay.y, 0, 1)) / 604_800_000));
          page.c(`This article originally appeared in German in issue ${week}/${issueDay.y} (${MONTHS[issueDay.m - 1]} ${ordinal(issueDay.d)}, ${issueDay.y}) of DER SPIEGEL.`);
        }
        if (ctx.rng() < 0.6) page.h(`Translated from the German by ${ctx.pick(SPIEGEL_TRANSLATORS)}`);
        page.cb("Related Topics", ...others(ctx, 3, SPIEGEL_TOPICS));
        page.cb("Imprint", "Privacy Policy", "Terms of Use", "Contact", "Cookie Settings");
        page.h(`© DER SPIEGEL GmbH & Co. KG ${copied}`);
        return { page, header: { byline: names } };
      }
      const agency = ctx.rng() < 0.4 ? ctx.pick(SWI_AGENCIES) : undefined;
      const names = agency ? [] : fromPool(ctx, [...SWI_NAMES, ctx.names[0]!], 0.2);
      const newer = copied >= 2022;
      const credit = (who: string) => {
        const r = ctx.rng();
        return r < 0.55 ? `Keystone / ${who}` : r < 0.7 ? `© Keystone / ${who}` : r < 0.85 ? "SWI swissinfo.ch" : `${who} / SWI swissinfo.ch`;
      };
      const photo = (c: string, cr: string | undefined) => (cr ? [bare(c), cr] : [bare(c)]);
      page.cb("SWI swissinfo.ch", "Swiss perspectives in 10 languages");
      page.cb("English", "Deutsch", "Français", "Italiano", "Español", "Português", "日本語", "العربية", "中文", "Русский");
      page.cb("Switzerland Today", "Democracy", "Foreign Affairs", "Business", "Science", "Culture", "Swiss Abroad", "Search");
      page.c(ctx.pick(SWI_SECTIONS));
      page.h(ctx.story.title);
      if (ctx.rng() < 0.8) {
        const dek = ctx.pick(DEKS);
        page.h(dek);
        page.dek = dek;
      }
      const story = leadPhoto(page, ctx, 0.75, photo, () => credit(otherName(ctx)));
      const stamp = `${mon(d)} ${d.d}, ${d.y} - ${clock24(h, min)}`;
      if (agency) page.h(agency, newer ? `This content was published on ${stamp}` : stamp);
      else {
        page.h(`By ${joinNames(names)}`);
        if (ctx.rng() < 0.4) page.c(`Edited by ${ctx.pick(SWI_NAMES.filter((x) => !names.includes(x)))}`);
        page.h(newer ? `This content was published on ${stamp}` : stamp);
      }
      page.c(`${2 + Math.floor(ctx.rng() * 6)} minutes`);
      if (agency && copied >= 2023)
        page.c(
          "This news story has been written and carefully fact-checked by an external editorial team. At SWI swissinfo.ch we select the most relevant news for an international audience and use automatic translation tools such as DeepL to translate it into English. Providing you with automatically translated news gives us the time to write more in-depth articles.",
        );
      if (ctx.rng() < 0.4) add(between, Math.min(n >= 5 ? 2 : 1, n - 2), ["More", ctx.pick(EU_HEADLINES)]);
      body(page, story, { lead: (p) => p, figure: photo, credit, between, bareCaptions: true });
      if (!agency) page.cb("More from this author", ...others(ctx, 2, EU_HEADLINES));
      page.cb("Switzerland Today", "Get the most important news from Switzerland in your inbox every day.", "Sign up");
      page.cb("Most Read", ...others(ctx, 3, EU_HEADLINES));
      page.h(`SWI swissinfo.ch - a branch of Swiss Broadcasting Corporation SRG SSR`);
      page.c(`© ${copied} SWI swissinfo.ch`);
      return { page, header: { byline: names } };
    },
  },
  {
    // Japan's broadcaster and agency. NHK WORLD-JAPAN News: the bar, the sections, the headline,
    // "Jan. 29, 2020 17:32 JST" (a stop after every month, "May." too), the share row, the story
    // with no byline and no captions (a video: "Watch video" and its length on some), "Related
    // News" with headlines and their days ("Jan. 27, 17:02 JST"), the footer's "Copyright NHK
    // (Japan Broadcasting Corporation) All rights reserved.". Kyodo News: the bar, "KYODO NEWS - Jan
    // 29, 2020 - 17:32 | All, Japan" above or below the headline, "By Ann Lee, KYODO NEWS" on
    // features, "TOKYO - " before the lead on some; captions after "Photo taken Jan. 28 shows …"
    // style with "(Kyodo)" after the stop and "==Kyodo" on the line below on some, "(Photo
    // courtesy of Ann Lee)" or "(Getty/Kyodo)"; "Related coverage:" and a headline between
    // paragraphs; the footer.
    name: "held-out-jp-broadcaster",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const page = new Page();
      const n = ctx.story.paragraphs.length;
      const between: Record<number, string[]> = {};
      if (ctx.rng() < 0.45) {
        const nhk = (day: Day) => `${mon(day)}. ${day.d}, ${day.y}`;
        page.cb("NHK WORLD-JAPAN", "Live", "Programs", "Video on Demand", "News", "Languages", "Search");
        page.cb("Top Stories", "Japan", "Asia", "World", "Biz/Tech", "Sports", "Features", "Disaster");
        page.h(ctx.story.title);
        page.h(`${nhk(d)} ${clock24(h, min)} JST`);
        if (ctx.rng() < 0.5) page.cb("Watch video", `0${Math.floor(ctx.rng() * 2)}:${pad(10 + Math.floor(ctx.rng() * 50))}`);
        page.cb("Share", "X", "Facebook", "LINE");
        body(page, noPhotos(ctx), { lead: (p) => p, figure: (c) => [c], credit: (w) => w, between });
        const related = others(ctx, 3, NHK_HEADLINES).flatMap((t, i) => {
          const day = dayOf(daysFrom(ctx.story.date, -(i + 1)));
          return [t, `${mon(day)}. ${day.d}, ${clock24(8 + i * 3, (min + 11 * i) % 60)} JST`];
        });
        page.cb("Related News", ...related);
        page.cb("About NHK WORLD-JAPAN", "Terms of Use", "Privacy Policy", "FAQ", "Contact Us");
        page.h("Copyright NHK (Japan Broadcasting Corporation) All rights reserved.");
        return { page, header: { byline: [] } };
      }
      const feature = ctx.rng() < 0.3;
      const names = feature ? [ctx.pick([...KYODO_NAMES, ctx.names[0]!])] : [];
      const place = ctx.rng() < 0.45 ? ctx.pick(KYODO_PLACES) : undefined;
      const tail = ctx.rng() < 0.5;
      const credit = () => {
        const r = ctx.rng();
        return r < 0.7 ? "Kyodo" : r < 0.85 ? `Photo courtesy of ${otherName(ctx)}` : "Getty/Kyodo";
      };
      const photo = (c: string, cr: string | undefined) => {
        if (!cr) return [stop(c)];
        if (tail && cr === "Kyodo") {
          page.chrome.push("==Kyodo");
          return [`${stop(c)} (${cr})`, "==Kyodo"];
        }
        return [`${stop(c)} (${cr})`];
      };
      const line = `KYODO NEWS - ${mon(d)} ${d.d}, ${d.y} - ${clock24(h, min)} | ${others(ctx, 2, KYODO_TAGS).join(", ")}`;
      page.cb("KYODO NEWS", "Kyodo News Digital", "Login", "Sign up");
      page.cb("Latest", "Japan", "Politics", "Business", "World", "China", "Korean Peninsula", "Asia", "Sports", "Video");
      const above = ctx.rng() < 0.4;
      if (above) page.h(line);
      page.h(ctx.story.title);
      if (!above) page.h(line);
      page.cb("Facebook", "X", "LINE", "Email", "Print");
      const story = leadPhoto(page, ctx, 0.7, photo, credit);
      if (feature) page.h(`By ${names[0]}, KYODO NEWS`);
      if (ctx.rng() < 0.5) add(between, Math.min(n >= 5 ? 2 : 1, n - 2), ["Related coverage:", ctx.pick(NHK_HEADLINES)]);
      body(page, story, { lead: (p) => (place ? `${place} - ${p}` : p), figure: photo, credit: () => credit(), between });
      if (ctx.rng() < 0.6) page.cb("Related coverage:", ...others(ctx, 2, NHK_HEADLINES));
      page.cb("About Us", "Contact Us", "Privacy Policy", "Terms of Use");
      page.h(`© Kyodo News. All rights reserved. No reproduction or republication without written permission.`);
      return { page, header: { byline: names, ...(place ? { dateline: place } : {}) } };
    },
  },
  {
    // A regional paper read through the browser's machine translation into English, copied. The
    // Hamburger Abendblatt (German): "Translated to: English" and "Show original" from the
    // translation's bar on some; "Skip to content", the bar translated ("Home page", "Politics",
    // "Economy"), the section, the kicker ("Water supply"), the headline, the teaser, "From Ann Lee"
    // ("Von": one name or two with "and"), "29.01.2020, 17:32 o'clock" ("Uhr" rendered word for
    // word), "Updated: 30.01.2020, 09:04 o'clock" on some, the reading time, "Read aloud", the
    // lead with the place and a stop ("Hamburg. The city's …"; "Berlin. " on dpa copy, which
    // names no person: "dpa" alone); the credit after the caption's stop ("Photo: Ann Lee / FUNKE
    // Foto Services", "Photo: picture alliance/dpa | Ann Lee"), "Also interesting" and a
    // headline, "Advertisement" between paragraphs; "More articles from this section", the
    // copyright. Ouest-France (French): the bar, the city as section, the headline, the dek,
    // "Ouest-France" over "By Ann Lee" (or the paper alone), "Published on 29/01/2020 at 17:32"
    // ("Modified on 30/01/2020 at 09:04 Published on 29/01/2020 at 17:32" on one line on some), the
    // credit after the stop and a bar ("| ANN LEE / OUEST-FRANCE", "| ARCHIVES ANN LEE /
    // OUEST-FRANCE", "| AFP"), "Read also:" and a headline, "Subscribers only" prompts, the footer.
    name: "held-out-machine-translated",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const copied = copiedIn(ctx, d, 0.4);
      const page = new Page();
      const n = ctx.story.paragraphs.length;
      const between: Record<number, string[]> = {};
      if (ctx.rng() < 0.35) page.cb("Translated to: English", "Show original", "Options");
      if (ctx.rng() < 0.55) {
        const dpa = ctx.rng() < 0.2;
        const names = dpa ? [] : fromPool(ctx, [...HA_NAMES, ctx.names[0]!], 0.2);
        const place = dpa ? "Berlin" : ctx.rng() < 0.7 ? ctx.pick(DE_PLACES) : undefined;
        const upd = ctx.rng() < 0.35 ? updateOf(ctx, 0.4, h) : undefined;
        const credit = (who: string) => {
          const r = ctx.rng();
          return r < 0.45 ? `${who} / FUNKE Foto Services` : r < 0.75 ? `picture alliance/dpa | ${who}` : r < 0.9 ? "dpa" : `${who} / HA`;
        };
        const photo = (c: string, cr: string | undefined) => [cr ? `${stop(c)} Photo: ${cr}` : stop(c)];
        page.c("Skip to content");
        page.cb("Hamburger Abendblatt", "Subscribe", "Login", "Home page", "Hamburg", "Region", "Sport", "Politics", "Economy", "Culture & Live", "Plus", "Search");
        page.c(ctx.pick(HA_SECTIONS));
        page.c(ctx.pick(HA_KICKERS));
        page.h(ctx.story.title);
        if (ctx.rng() < 0.8) {
          const dek = ctx.pick(DEKS);
          page.h(dek);
          page.dek = dek;
        }
        const when = `${dotted(d)}, ${clock24(h, min)} o'clock`;
        page.h(dpa ? "dpa" : `From ${joinNames(names)}`, when, ...(upd ? [`Updated: ${dotted(dayOf(upd.iso))}, ${clock24(upd.hh, upd.mm)} o'clock`] : []));
        page.cb(`Reading time: ${2 + Math.floor(ctx.rng() * 5)} minutes`, "Read aloud", "Share");
        const story = leadPhoto(page, ctx, 0.75, photo, () => credit(otherName(ctx)));
        add(between, Math.min(1, n - 2), ["Advertisement"]);
        if (ctx.rng() < 0.5) add(between, Math.min(n >= 5 ? 2 : 0, n - 2), ["Also interesting", ctx.pick(TRANSLATED_HEADLINES)]);
        body(page, story, { lead: (p) => (place ? `${place}. ${p}` : p), figure: photo, credit, between });
        page.cb("More articles from this section", ...others(ctx, 3, TRANSLATED_HEADLINES));
        page.cb("Imprint", "Data protection", "Terms and conditions", "Contact", "Privacy settings");
        page.h(`© Hamburger Abendblatt ${copied} – All rights reserved.`);
        return { page, header: { byline: names, ...(place ? { dateline: place } : {}), ...(upd ? { updated: upd.iso } : {}) } };
      }
      const names = ctx.rng() < 0.2 ? [] : fromPool(ctx, [...OF_NAMES, ctx.names[0]!], 0.2);
      const upd = ctx.rng() < 0.45 ? updateOf(ctx, 0.5, h) : undefined;
      const credit = (who: string) => {
        const r = ctx.rng();
        return r < 0.5 ? `${who.toUpperCase()} / OUEST-FRANCE` : r < 0.7 ? `ARCHIVES ${who.toUpperCase()} / OUEST-FRANCE` : r < 0.85 ? "OUEST-FRANCE" : "AFP";
      };
      const photo = (c: string, cr: string | undefined) => [cr ? `${stop(c)} | ${cr}` : stop(c)];
      page.cb("Ouest-France", "Subscribe", "Log in", "Menu", "News", "Sport", "Regions", "Economy", "Culture", "Search");
      page.c(ctx.pick(OF_SECTIONS));
      page.h(ctx.story.title);
      if (ctx.rng() < 0.75) {
        const dek = ctx.pick(DEKS);
        page.h(dek);
        page.dek = dek;
      }
      const pub = `Published on ${slashed(d)} at ${clock24(h, min)}`;
      const mod = upd ? `Modified on ${slashed(dayOf(upd.iso))} at ${clock24(upd.hh, upd.mm)}` : undefined;
      page.c("Ouest-France");
      if (names.length) page.h(`By ${joinNames(names)}`);
      if (mod && ctx.rng() < 0.5) page.h(`${mod} ${pub}`);
      else page.h(pub, ...(mod ? [mod] : []));
      page.cb("Read later", "Share", "Listen");
      const story = leadPhoto(page, ctx, 0.8, photo, () => credit(otherName(ctx)));
      if (ctx.rng() < 0.6) add(between, Math.min(n >= 5 ? 2 : 1, n - 2), [`Read also: ${ctx.pick(TRANSLATED_HEADLINES)}`]);
      body(page, story, { lead: (p) => p, figure: photo, credit, between });
      if (ctx.rng() < 0.4) page.cb("This article is reserved for subscribers", "Subscribe from €1 for the first month");
      page.cb("Legal notice", "Personal data", "Cookies", "Contact us");
      page.h(`Ouest-France.fr © ${copied}`);
      return { page, header: { byline: names, ...(upd ? { updated: upd.iso } : {}) } };
    },
  },
  {
    // A Tumblr post quoting a local story in full (2019 to 2021), copied. From the blog's theme:
    // the blog's title and description, "Ask me anything", "Archive"; the post's title (the
    // headline), the quoted byline and date as the page printed them ("By Ann Lee" or "Ann Lee,
    // The Cascade Courier", "Jan. 29, 2020", "Published 5:32 p.m. January 29, 2020"), the story,
    // "(via cascadecourier.example)" or "Source: cascadecourier.example", the poster's note below
    // on some; the post's own day ("January 30, 2020", "Jan 30th, 2020 at 9:14 am" on another
    // theme), the tags, "14 notes", the notes ("valleygremlin liked this", "heronsandhighways
    // reblogged this from cedarcountywatch", "cedarcountywatch posted this"), "Theme by …" and
    // "Powered by Tumblr". From the dashboard (2021 layout): the blog's name and "Follow", the
    // note above, the title, the story, the source, the tags, the count of notes, "Reblog". No
    // photos: the poster pasted the words only.
    name: "held-out-tumblr-post",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const blog = ctx.pick(TUMBLR_BLOGS);
      const site = ctx.pick(QUOTE_SITES);
      const lag = ctx.pick([0, 1, 1, 2, 4]);
      const posted = dayOf(daysFrom(ctx.story.date, lag));
      const ph = lag === 0 ? Math.min(h + 2, 23) : 8 + Math.floor(ctx.rng() * 14);
      const pm = Math.floor(ctx.rng() * 60);
      const names = ctx.rng() < 0.15 ? [] : ctx.rng() < 0.2 && ctx.names[1] !== ctx.names[0] ? ctx.names.slice(0, 2) : ctx.names.slice(0, 1);
      const r = ctx.rng();
      const when = r < 0.4 ? apDate(d) : r < 0.75 ? `Published ${apClock(h, min)} ${usLong(d)}` : `${WEEKDAYS[d.wd]}, ${usLong(d)}`;
      const by = names.length ? (ctx.rng() < 0.6 ? `By ${joinNames(names)}` : `${joinNames(names)}, ${site.name}`) : undefined;
      const note = ctx.pick(TUMBLR_NOTES);
      const tags = `#local news #${site.short.toLowerCase()} #${ctx.pick(["water", "city council", "cedar county", "long post", "news"])}`;
      const count = 2 + Math.floor(ctx.rng() * 40);
      const source = ctx.rng() < 0.5 ? `(via ${site.domain})` : `Source: ${site.domain}`;
      const page = new Page();
      const dashboard = ctx.rng() < 0.4;
      if (dashboard) {
        page.cb(blog.name, "Follow");
        page.c(note);
      } else {
        page.cb(blog.title, blog.about, "Ask me anything", "Submit a post", "Archive");
      }
      page.h(ctx.story.title);
      if (by && ctx.rng() < 0.7) page.h(by, when);
      else page.h(when, ...(by ? [by] : []));
      body(page, noPhotos(ctx), { lead: (p) => p, figure: (c) => [c], credit: (w) => w, between: {} });
      page.c(source);
      if (dashboard) {
        page.c(tags);
        page.cb(`${count} notes`, "Share", "Reply", "Reblog", "Like");
      } else {
        if (ctx.rng() < 0.5) page.c(note);
        const stamp = ctx.rng() < 0.5 ? usLong(posted) : `${mon(posted)} ${ordinal(posted.d)}, ${posted.y} at ${h12(ph)}:${pad(pm)} ${ph < 12 ? "am" : "pm"}`;
        page.c(stamp, tags, `${count} notes`);
        const [a, b] = others(ctx, 2, TUMBLR_OTHERS);
        page.cb(`${a} liked this`, `${b} reblogged this from ${blog.name}`, `${blog.name} posted this`);
        page.cb("← Previous post", "Next post →", `Theme by ${ctx.pick(["Seyma", "Precious Themes", "Glenthemes"])}`, "Powered by Tumblr");
      }
      return { page, header: { byline: names } };
    },
  },
  {
    // A story shared in a workplace chat, copied out. Microsoft Teams (several messages selected
    // and copied): each message under "[1/30/2020 9:14 AM] Kate Price" (month first, numbers: the
    // share's day kept above the 12th here), the poster's note and the link, the link's preview (the headline and the domain) on some, then the
    // pasted story in the poster's next message: the headline, the dek on some, "By Ann Lee" (or
    // "Ann Lee | The Lakeport Record", or none) above or below the date as the page printed it
    // ("Jan. 29, 2020", "Published 5:32 p.m. Jan. 29, 2020", "January 29, 2020 5:32 PM"), the
    // captions with "Ann Lee / The Lakeport Record" on the line below or bare; colleagues' replies
    // below, "Like" counts. Google Chat (a space): the space's name and members, "History is on",
    // the day's divider ("Thursday, January 30", the year only on an earlier year's copy), "Kate
    // Price, 9:14 AM", the note and the link, the pasted story, "Edited" on some, "3 replies" and
    // "Last reply 10:02 AM", "Reply in thread", "Follow".
    name: "held-out-workplace-chat",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const poster = ctx.pick(CHAT_PEOPLE);
      const site = ctx.pick(QUOTE_SITES);
      const teams = ctx.rng() < 0.55;
      let lag = ctx.pick([0, 1, 1, 2, 5]);
      // Teams writes the day in numbers, month first: only on days above the 12th here.
      while (teams && dayOf(daysFrom(ctx.story.date, lag)).d <= 12) lag++;
      const shared = dayOf(daysFrom(ctx.story.date, lag));
      const sh = lag === 0 ? Math.min(h + 1, 22) : 8 + Math.floor(ctx.rng() * 9);
      const sm = Math.floor(ctx.rng() * 50);
      const names = ctx.rng() < 0.15 ? [] : ctx.rng() < 0.2 && ctx.names[1] !== ctx.names[0] ? ctx.names.slice(0, 2) : ctx.names.slice(0, 1);
      const dek = ctx.rng() < 0.3 ? ctx.pick(DEKS) : undefined;
      const r = ctx.rng();
      const when = r < 0.35 ? apDate(d) : r < 0.7 ? `Published ${apClock(h, min)} ${apDate(d)}` : `${usLong(d)} ${upClock(h, min)}`;
      const by = names.length ? (ctx.rng() < 0.65 ? `By ${joinNames(names)}` : `${joinNames(names)} | ${site.name}`) : undefined;
      const url = `https://www.${site.domain}/news/${slugOf(ctx.story)}`;
      const replies = others(ctx, 1 + Math.floor(ctx.rng() * 2), CHAT_REPLIES);
      const repliers = others(ctx, replies.length, CHAT_PEOPLE.filter((x) => x !== poster));
      const below = ctx.rng() < 0.6;
      const page = new Page();
      const header = (hh: number, mm: number, who: string) => (teams ? `[${shared.m}/${shared.d}/${shared.y} ${upClock(hh, mm)}] ${who}` : `${who}, ${upClock(hh, mm)}`);
      if (teams) {
        page.cb(header(sh, sm, poster), ctx.pick(CHAT_NOTES), url);
        if (ctx.rng() < 0.5) page.cb(ctx.story.title, site.domain);
        page.c(header(sh, sm + 1, poster));
      } else {
        page.cb(ctx.pick(CHAT_TEAMS), `${4 + Math.floor(ctx.rng() * 20)} members`);
        page.c("History is on");
        const thisYear = ctx.rng() < 0.5;
        page.c(thisYear ? `${WEEKDAYS[shared.wd]}, ${MONTHS[shared.m - 1]} ${shared.d}` : `${WEEKDAYS[shared.wd]}, ${usLong(shared)}`);
        page.cb(header(sh, sm, poster), ctx.pick(CHAT_NOTES), url);
      }
      page.h(ctx.story.title);
      if (dek) {
        page.h(dek);
        page.dek = dek;
      }
      if (!by) page.h(when);
      else if (ctx.rng() < 0.7) page.h(by, when);
      else page.h(when, by);
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => (cr ? (below ? [c, cr] : [`${stop(c)} (Photo: ${cr})`]) : [c]),
        credit: (who) => (below ? `${who} / ${site.name}` : `${who}/${site.short}`),
        between: {},
        bareCaptions: true,
      });
      if (teams) {
        if (ctx.rng() < 0.5) page.c(`👍 ${1 + Math.floor(ctx.rng() * 6)}`);
        replies.forEach((text, i) => page.cb(header(Math.min(sh + 1, 23), (sm + 7 * (i + 1)) % 60, repliers[i]!), text));
      } else {
        if (ctx.rng() < 0.4) page.c("Edited");
        page.cb(`${replies.length} ${replies.length === 1 ? "reply" : "replies"}`, `Last reply ${upClock(Math.min(sh + 1, 23), (sm + 9) % 60)}`, "Reply in thread", "Follow");
      }
      return { page, header: { byline: names } };
    },
  },
  {
    // A Word memo saved as plain text with the story attached. "MEMORANDUM" (or "BRIEFING NOTE"),
    // the header's table with a tab after each label ("TO:\tMayor and City Council", "FROM:\tKate
    // Price, Communications Director", "CC:" on some, "DATE:\tJanuary 30, 2020", "RE:\tMedia
    // coverage: …"), Word's rule of underscores, the memo's paragraph, its points as "•\t…" (a
    // bullet and a tab), "The full text of the article is attached below."; then "ATTACHMENT" (or
    // "Attachment A: Article text"), the paper's name, the headline, the dek on some, "By Ann Lee"
    // or "Ann Lee, Staff Writer", the date ("Published January 29, 2020", "Jan. 29, 2020 5:32 PM",
    // "Wednesday, January 29, 2020"), "DENVER — " on some, the captions with their credit below or
    // after the stop ("Photo by Ann Lee / The Lakeport Record"), "Source: https://…" and "Retrieved
    // January 30, 2020" below; the briefing note's "Purpose", "Background" and "Next steps"
    // headings with their sentences. Sent a day to a week after the story.
    name: "held-out-word-memo",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const org = ctx.pick(MEMO_ORGS);
      const site = ctx.pick(QUOTE_SITES);
      const sender = ctx.pick(CHAT_PEOPLE);
      const memoDay = dayOf(daysFrom(ctx.story.date, ctx.pick([1, 1, 2, 3, 7])));
      const names = ctx.rng() < 0.12 ? [] : ctx.rng() < 0.25 && ctx.names[1] !== ctx.names[0] ? ctx.names.slice(0, 2) : ctx.names.slice(0, 1);
      const dek = ctx.rng() < 0.35 ? ctx.pick(DEKS) : undefined;
      const place = ctx.rng() < 0.25 ? ctx.place : undefined;
      const r = ctx.rng();
      const when = r < 0.35 ? `Published ${usLong(d)}` : r < 0.7 ? `${apDate(d)} ${upClock(h, min)}` : `${WEEKDAYS[d.wd]}, ${usLong(d)}`;
      const by = names.length ? (ctx.rng() < 0.65 ? `By ${joinNames(names)}` : `${joinNames(names)}, Staff Writer${names.length > 1 ? "s" : ""}`) : undefined;
      const subject = `Media coverage: ${site.name} article on ${ctx.story.title.split(" ").slice(0, 4).join(" ").toLowerCase()}`;
      const points = others(ctx, 2, MEMO_POINTS);
      const page = new Page();
      const briefing = ctx.rng() < 0.35;
      if (briefing) {
        page.c("BRIEFING NOTE");
        page.cb(`Prepared for:\t${org.to}`, `Prepared by:\t${sender}, ${org.from}`, `Date:\t${usLong(memoDay)}`, `Subject:\t${subject}`);
        page.cb("Purpose", `To inform the ${org.to.split(" and ")[0]} of recent news coverage involving the ${org.name}.`);
        page.cb("Background", `${site.name} published the article below on ${WEEKDAYS[d.wd]}.`, ...points.map((p) => `•\t${p}`));
        page.cb("Next steps", "Communications will continue to monitor coverage and will report back at the next meeting.");
        page.c("Attachment A: Article text");
      } else {
        page.c(org.name.toUpperCase(), "MEMORANDUM");
        page.cb(`TO:\t${org.to}`, `FROM:\t${sender}, ${org.from}`, ...(ctx.rng() < 0.4 ? [`CC:\t${org.cc}`] : []), `DATE:\t${usLong(memoDay)}`, `RE:\t${subject}`);
        page.c("________________________________________________________________________________");
        page.c(`The article below ran in ${site.name} on ${WEEKDAYS[d.wd]}. A summary of our involvement follows.`);
        page.cb(...points.map((p) => `•\t${p}`));
        page.c("The full text of the article is attached below.", "ATTACHMENT");
      }
      page.c(site.name);
      page.h(ctx.story.title);
      if (dek) {
        page.h(dek);
        page.dek = dek;
      }
      if (!by) page.h(when);
      else if (ctx.rng() < 0.75) page.h(by, when);
      else page.h(when, by);
      const below = ctx.rng() < 0.5;
      body(page, ctx, {
        lead: (p) => (place ? `${place} — ${p}` : p),
        figure: (c, cr) => (cr ? (below ? [c, cr] : [`${stop(c)} ${cr}`]) : [c]),
        credit: (who) => (below ? `${who} / ${site.name}` : `Photo by ${who} / ${site.name}`),
        between: {},
        bareCaptions: true,
      });
      page.c(`Source: https://www.${site.domain}/news/${slugOf(ctx.story)}`);
      if (ctx.rng() < 0.5) page.c(`Retrieved ${usLong(memoDay)}`);
      return { page, header: { byline: names, ...(place ? { dateline: place } : {}) } };
    },
  },
];
