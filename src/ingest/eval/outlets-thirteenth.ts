/**
 * A thirteenth held-out group of outlet styles for the import evaluation (issue 13), written before
 * reading the importer's code (only src/ingest/eval/, scripts/eval-import.ts, the evaluation test
 * and README.md were read), to be scored untouched. Two kinds of source no group had covered, each
 * written from memory of how its text comes out of a browser's or an app's "select all" between
 * 2019 and 2024.
 *
 * News aggregators and syndication portals: a web portal's syndicated copy (the classic layout's
 * partner logo's name, "1/29/2020" and the names on lines of their own, "© Provided by …" or "©
 * Ann Lee/Getty Images" after the caption, the video player's own text; the newer layout's partner
 * over "Follow", "Story by Ann Lee • 3h • 3 min read" with only the item's age at the head and
 * "This story was originally published January 29, 2020 5:32 PM." at the foot, "Continue reading"
 * where the page was cut, "Sponsored Content" cards with their advertisers, the footer); a social
 * magazine's item ("Ann Lee flipped into Water Watch" over the flip's age, the curator's note in
 * quotes, the publisher's domain, the names and the date of the publisher's own page, "Like",
 * "Comment", "Flip", the source link and "More from this magazine" with their ages); a local news
 * app's item (the place chip, the publisher over "Follow", the date or the item's age before it,
 * the names or none, a contributor's post, "Photo: …" on its own line below the caption, the
 * comment prompt, the related items with their publishers and ages); and a news comparison site's
 * story page (the topic chips, the headline, the premium summary's pitch, the bias bar's
 * percentages, "Coverage Details" with its counts, the left, centre and right outlets' framing
 * around the story, the featured outlet over its lean, the names and the date, "Read Full
 * Article", "Sources" with other outlets' cards: name, lean, place, age, their own headline and a
 * sentence of their copy).
 *
 * Big English-language national papers outside the US and the UK: an Indian national paper (the
 * older "By Ann Lee, Hindustan Times, New Delhi" over "UPDATED ON JAN 29, 2020 05:32 PM IST" or
 * "Updated: Jan 29, 2020 17:32 IST"; the newer "By Ann Lee, New Delhi", "By HT Correspondent",
 * "By HT News Desk", agency copy "New Delhi [India], January 29 (ANI): ", "Published on Jan 29,
 * 2020 05:32 PM IST" over "Updated on …", "Follow Us", "Also Read", "(HT Photo)" after the
 * caption, "Trending" and "Topics" at the foot); an Irish national paper (the older "Wed, Jan 29,
 * 2020, 17:32" with "Updated: …" on its line or the next, the newer "Wed Jan 29 2020 - 17:32", the
 * name over its desk, "Photograph: Ann Lee/The Irish Times" after the caption's stop, "Read More"
 * between paragraphs, push alerts and WhatsApp prompts, the reporter's note); a Canadian national
 * paper ("For Subscribers", names in capitals over the desk and the city in 2019, "Published
 * January 29, 2020 Updated January 30, 2020" on one line or two, "Open this photo in gallery:"
 * above the caption with its credit after the stop or below, "Story continues below
 * advertisement", the comment count, "OTTAWA — " on agency copy and its "first published" line,
 * "Follow Ann Lee on Twitter", the comment community's welcome); and a Hong Kong paper (the summary
 * points under the headline, "PUBLISHED : Wednesday, 29 January, 2020, 5:32pm" in 2019, "Published:
 * 5:32pm, 29 Jan, 2020" over "Updated: …" later and "29 Jan 2020" without the comma in 2023, "Ann
 * Lee in Beijing", "+ FOLLOW", "Why you can trust SCMP", "Photo: Reuters" after the caption's
 * stop, "Get more with myNEWS", the newsletter box). Mastheads, portals and agency names are the
 * real ones, as the copied text would carry them; people, other outlets, headlines of other stories
 * and the outlets' snippets are made up, and no page is copied.
 */
import { ampm, AP_MONTHS, body, dayOf, FIRST, h12, LAST, mon, MONTHS, nextDay, pad, Page, shortWeekday, WEEKDAYS, type Ctx, type Day, type Style } from "./outlets.ts";

/** Headlines of the site's other stories, for related lists, cards and the like. */
const OTHER_HEADLINES = [
  "Heavy rain forecast for the weekend as warning issued",
  "Transport minister defends plan to raise fares",
  "Hospital emergency departments face record demand",
  "Court hears challenge to new planning rules",
  "Teachers vote to accept revised pay offer",
  "Housing prices fall for the third month in a row",
  "Power restored to most homes after overnight storm",
  "Police appeal for witnesses after late-night collision",
];
const VIDEO_TITLES = ["Officials speak after the decision", "What we know so far", "Residents react to the news", "Aerial view of the area"];
const VIDEO_SOURCES = ["Associated Press", "Reuters", "USA TODAY", "Dailymotion", "NBC News"];
const MSN_CLASSIC_PARTNERS = ["The Valley Times", "USA TODAY", "The Independent", "The Hill", "Newsweek", "Associated Press"];
/** Partners whose syndicated copy ends with the story's first publication. */
const MSN_LOCAL_PARTNERS = ["The Valley Times", "The Mesa Herald", "Cedar County Courier", "The Plains Ledger"];
const MSN_SECTIONS = ["News", "US", "World", "Politics", "Local"];
const SPONSORED = [
  ["Here's what a new walk-in shower should cost you", "Walk-in Showers | Search Ads"],
  ["Seniors are snapping up these comfortable shoes", "Footwear Finds"],
  ["The one kitchen gadget every home cook wants this year", "Home Picks Daily"],
  ["Doctors are urging everyone to try this simple habit", "Healthy Living Today"],
];
const AGES = ["3h", "11h", "1d", "2d", "5d", "3w", "2mo", "4y"];
const FLIP_MAGAZINES = ["Water Watch", "Local News Roundup", "Morning Briefing", "Politics & Policy", "Climate Desk"];
const FLIP_NOTES = ["Worth a read.", "Big news for the region.", "Keep an eye on this one.", "This could affect a lot of people."];
const FLIP_PUBLISHERS = ["valleytimes.com", "mesaherald.com", "apnews.com", "cedarcourier.com", "reuters.com"];
const NB_PUBLISHERS = ["The Valley Times", "KXRM 9 News", "The Mesa Herald", "Cedar County Courier", "Valley Public Radio"];
const NB_PLACES = ["Valley City, CO", "Mesa, AZ", "Cedar Falls, IA", "Pueblo, CO", "Boise, ID"];
const NB_DATELINES = ["PUEBLO, Colo.", "BOISE, Idaho", "MESA, Ariz.", "CEDAR FALLS, Iowa"];
const GN_OUTLETS = ["The Valley Times", "Mesa Herald", "Cedar County Courier", "KXRM 9 News", "The Plains Examiner", "Front Range Daily", "Summit Wire", "Valley Public Radio"];
const GN_LEANS = ["Lean Left", "Left", "Center", "Lean Right", "Right"];
const GN_TOPICS = ["Environment", "Politics", "Local Government", "Public Safety", "Infrastructure", "Health", "Economy", "Colorado", "Water"];
const GN_SNIPPETS = [
  "Officials confirmed the decision in a statement released late in the afternoon.",
  "The announcement follows weeks of public debate and a series of heated meetings.",
  "Critics said the move came too late and would do little to address their concerns.",
  "Supporters welcomed the news, calling it a long-overdue step in the right direction.",
  "Local leaders said more details would be made public in the coming days.",
  "The decision drew sharp reactions from residents who attended the session.",
];
const GN_HEADLINES = ["Officials act after weeks of pressure", "What the decision means for residents", "Leaders divided over latest move", "Decision sparks debate across the region", "Residents react as officials announce plan"];
const IN_NAMES = ["Neha Sharma", "Arvind Menon", "Priyanka Iyer", "Rohit Bansal", "Sneha Kulkarni", "Vikram Rathore", "Aditi Joshi", "Karan Malhotra"];
const IN_CITIES = ["New Delhi", "Mumbai", "Bengaluru", "Lucknow", "Kolkata", "Chandigarh", "Pune"];
const HT_SECTIONS = ["India News", "Cities", "Delhi News", "Mumbai News", "World News", "Business"];
const HT_DEKS = [
  "Officials said the decision would be reviewed after the first phase of implementation.",
  "The move comes days after the matter was raised in the state assembly.",
  "Experts say the change could affect thousands of residents across the region.",
];
const HT_TOPICS = ["Delhi government", "Supreme Court", "Monsoon", "Election Commission", "Indian Railways", "Air pollution"];
const IE_NAMES = ["Ciarán Walsh", "Aoife Byrne", "Niamh Doyle", "Conor Gallagher", "Sorcha Kelly", "Eoin Brennan", "Róisín Murphy", "Darragh Nolan"];
const IE_DESKS = ["Political Correspondent", "Health Editor", "Social Affairs Correspondent", "Environment & Science Editor", "Europe Correspondent", "Legal Affairs Correspondent"];
const IE_SECTIONS = ["Ireland", "Irish News", "Politics", "World", "Business", "Environment"];
const IE_DEKS = [
  "Minister says changes will be in place before the end of the year",
  "Opposition parties criticise timing of announcement",
  "Campaigners welcome decision but warn more needs to be done",
];
const GLOBE_DESKS = ["Parliamentary reporter", "Ottawa Bureau Chief", "Senior political reporter", "Western Canada reporter", "Health reporter", "Foreign correspondent"];
const GLOBE_CITIES = ["Ottawa", "Toronto", "Vancouver", "Calgary", "Montreal", "Halifax"];
const GLOBE_SECTIONS = ["Politics", "Canada", "British Columbia", "Alberta", "World", "Business"];
const GLOBE_NEWSLETTERS = ["Politics Briefing", "Morning Update", "Evening Update", "Western Canada"];
const HK_NAMES = ["Kelly Chan", "Jasmine Leung", "Victor Tsang", "Hayley Wong", "Denise Lau", "Marcus Ho", "Ivy Cheung", "Raymond Yip"];
const HK_PLACES = ["Beijing", "Shanghai", "Hong Kong", "Singapore", "Taipei"];
const HK_SECTIONS = [
  ["News", "Hong Kong", "Politics"],
  ["News", "China", "Diplomacy"],
  ["News", "Asia", "East Asia"],
  ["News", "Hong Kong", "Health & Environment"],
  ["Economy", "China Economy"],
];
const HK_POINTS = [
  ["Officials say the plan will be reviewed within a year", "Critics question whether the measures go far enough"],
  ["Decision follows months of consultation with stakeholders", "Lawmakers call for more details on the cost"],
  ["Move comes amid growing public pressure", "Experts warn implementation could take time"],
];

/** A reporter different from the two the generator drew. */
const otherName = (ctx: Ctx, taken: readonly string[] = ctx.names) => {
  let name = `${ctx.pick(FIRST)} ${ctx.pick(LAST)}`;
  for (let i = 0; i < 20 && taken.includes(name); i++) name = `${ctx.pick(FIRST)} ${ctx.pick(LAST)}`;
  return name;
};
/** One name of a local pool, or two different ones. */
const fromPool = (ctx: Ctx, pool: readonly string[], two: number) => {
  const first = ctx.pick(pool);
  return ctx.rng() < two ? [first, ctx.pick(pool.filter((n) => n !== first))] : [first];
};
/** "Ann Lee", "Ann Lee and Bob Stone" */
const joinNames = (names: readonly string[]) => (names.length < 3 ? names.join(" and ") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`);
/** `n` different headlines of other stories, in the generator's order. */
const others = (ctx: Ctx, n: number, pool: readonly string[] = OTHER_HEADLINES) => {
  const left = [...pool];
  return Array.from({ length: n }, () => left.splice(Math.floor(ctx.rng() * left.length), 1)[0]!);
};
/** A block of header lines (a name, a date) with chrome lines (labels, buttons) among them. */
const mixed = (page: Page, lines: readonly { text: string; chrome: boolean }[]) => {
  page.blocks.push(lines.map((l) => l.text));
  page.chrome.push(...lines.filter((l) => l.chrome).map((l) => l.text));
};
/** A story paragraph added below the story (an agency's "first published" line). */
const tail = (page: Page, line: string) => {
  page.blocks.push([line]);
  page.story.push(line);
};
const clock = (hh: number, mm: number, style: "PM" | "p.m." | "pm") => `${h12(hh)}:${pad(mm)} ${ampm(hh, style)}`;
/** "05:32 PM" */
const clock0 = (hh: number, mm: number) => `${pad(h12(hh))}:${pad(mm)} ${ampm(hh, "PM")}`;
/** "5:32pm" */
const tight = (hh: number, mm: number) => `${h12(hh)}:${pad(mm)}${ampm(hh, "pm")}`;
/** An update the next morning, or the same evening a few hours after the story was posted. */
const updateOf = (ctx: Ctx, nextDayShare: number) =>
  ctx.rng() < nextDayShare ? { iso: nextDay(ctx.story.date), hh: 9, mm: 4 } : { iso: ctx.story.date, hh: Math.min(ctx.time.h + 3, 23), mm: (ctx.time.min + 17) % 60 };
/** The year a newer layout was copied in: the footer's year, not the story's. */
const copyYear = (ctx: Ctx, day: Day) => Math.max(day.y, 2023) + (ctx.rng() < 0.5 ? 0 : 1);
/** "Valley Times" → "valleytimes.com" */
const domainOf = (outlet: string) => `${outlet.toLowerCase().replace(/^the /, "").replace(/[^a-z0-9]/g, "")}.com`;
const percentages = (ctx: Ctx) => {
  const l = 10 + Math.floor(ctx.rng() * 40);
  const r = 10 + Math.floor(ctx.rng() * (80 - l));
  return { l, c: 100 - l - r, r };
};

export const HELD_OUT_THIRTEENTH_STYLES: readonly Style[] = [
  {
    // A web portal's syndicated copy of a partner's story. The classic layout (2019-21): the
    // portal's bar, the section, the headline, the partner's logo by its name ("The Valley Times
    // logo"), the partner's name, "1/29/2020" and the names ("Ann Lee, USA TODAY" or "Ann Lee, Bob
    // Stone") on lines of their own, the share row, "© Ann Lee/Getty Images" or "© Provided by The
    // Hill" after the caption on its line, a related video with the player's own text between
    // paragraphs, "More from …", "Sponsored Content" cards and the footer. The newer layout
    // (2022-24): the partner over "Follow", the headline, "Story by Ann Lee • 3h • 3 min read" (the
    // age and reading time on their own line on some), "Continue reading" where the page was cut
    // short, the credit below the caption, and the partner's line with the story's first
    // publication at the foot ("This story was originally published January 29, 2020 5:32 PM."),
    // the reactions and "Sponsored Content" cards.
    name: "held-out-msn",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const classic = ctx.rng() < 0.45;
      const page = new Page();
      const sponsored = () => {
        const cards = others(ctx, 2, SPONSORED.map((s) => s.join("\n")));
        page.cb("Sponsored Content", ...cards.flatMap((c) => c.split("\n")));
      };
      const video = ctx.pick(VIDEO_TITLES);
      const player = [`Related video: ${video} (${ctx.pick(VIDEO_SOURCES)})`, "Video Player is loading.", "Play Video", "Unmute", "Current Time 0:00", "/", `Duration ${1 + Math.floor(ctx.rng() * 3)}:${pad(Math.floor(ctx.rng() * 60))}`, "Loaded: 0%", "Fullscreen"];
      if (classic) {
        const partner = ctx.pick(MSN_CLASSIC_PARTNERS);
        const wire = partner === "Associated Press";
        const names = wire && ctx.rng() < 0.4 ? [] : ctx.rng() < 0.3 ? ctx.names.slice(0, 2) : ctx.names.slice(0, 1);
        page.cb("Skip to main content", "MSN", "Web search", "Sign in", "News", "Weather", "Sports", "Money", "Lifestyle", "Health & Fitness", "Food & Drink", "Travel", "Autos", "Video", "Play");
        page.c(ctx.pick(MSN_SECTIONS));
        page.h(ctx.story.title);
        const date = `${d.m}/${d.d}/${d.y}`;
        const who = names.length === 0 ? [] : [partner === "USA TODAY" ? `${names.join(", ")}, USA TODAY` : names.join(", ")];
        mixed(page, [
          { text: `${partner} logo`, chrome: true },
          { text: partner, chrome: true },
          { text: date, chrome: false },
          ...who.map((text) => ({ text, chrome: false })),
        ]);
        page.cb("Share", "Tweet", "Email", "Save");
        body(page, ctx, {
          lead: (p) => (wire ? `${ctx.place} (AP) — ${p}` : p),
          figure: (c, cr) => [cr ? `${c} © ${cr}` : c],
          credit: (who) => (ctx.rng() < 0.5 ? `Provided by ${partner}` : `${who}/${ctx.pick(["Getty Images", "AP", "Reuters", partner])}`),
          between: { 1: player, 3: ["Ad"] },
          bareCaptions: true,
        });
        page.cb(`More from ${partner}`, ...others(ctx, 3));
        sponsored();
        page.h(`© ${d.y} Microsoft`);
        page.cb("Privacy & Cookies", "Terms of use", "Advertise", "About our ads", "Feedback");
        return { page, header: { byline: names, ...(wire ? { dateline: ctx.place } : {}) } };
      }
      const partner = ctx.pick(MSN_LOCAL_PARTNERS);
      const names = ctx.rng() < 0.25 ? ctx.names.slice(0, 2) : ctx.names.slice(0, 1);
      const age = ctx.pick(AGES);
      const read = `${2 + Math.floor(ctx.rng() * 5)} min read`;
      page.cb("Skip to content", ctx.rng() < 0.5 ? "Microsoft Start" : "MSN", "Search", "Sign in", "Discover", "Following", "News", "Sports", "Play", "Money", "Weather", "Watch", "Shopping", "Health", "Travel", "Traffic");
      page.cb(partner, "Follow");
      page.h(ctx.story.title);
      if (ctx.rng() < 0.6) page.h(`Story by ${joinNames(names)} • ${age} • ${read}`);
      else {
        page.h(`Story by ${joinNames(names)}`);
        page.c(`• ${age} •`, read);
      }
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => (cr ? [c, `© ${cr}`] : [c]),
        credit: (who) => (ctx.rng() < 0.4 ? `Provided by ${partner}` : `${who}/${partner}`),
        between: { 1: ["Continue reading"], 2: ["Ad"], 3: player },
        bareCaptions: true,
      });
      page.h(`This story was originally published ${MONTHS[d.m - 1]} ${d.d}, ${d.y} ${clock(h, min, "PM")}.`);
      page.cb(String(3 + Math.floor(ctx.rng() * 200)), "Comments", "Feedback");
      sponsored();
      page.cb("More for You", ...others(ctx, 2));
      page.h(`© ${copyYear(ctx, d)} Microsoft`);
      page.cb("Privacy & Cookies", "Your Privacy Choices", "Consumer Health Privacy", "Terms of use", "Advertise", "Feedback");
      return { page, header: { byline: names } };
    },
  },
  {
    // A social magazine's item, as its web page copies: the site's bar, "Ann Lee flipped into Water
    // Watch" (a curator's name, not the author's) over the flip's age ("3h"), the curator's note in
    // quotes on some, the publisher's domain, the headline, the publisher's own header ("By Ann
    // Lee" over "January 29, 2020", "Ann Lee • Jan 29, 2020", or "Wednesday, January 29, 2020" over
    // the names), the story with the caption over its credit, a sponsored card between paragraphs,
    // "Read more on valleytimes.com", the like/comment/flip row with its counts, "More from this
    // magazine" with other items' ages and the app's footer.
    name: "held-out-flipboard",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const domain = ctx.pick(FLIP_PUBLISHERS);
      const wire = domain === "apnews.com" || domain === "reuters.com";
      const names = ctx.rng() < 0.3 ? ctx.names.slice(0, 2) : ctx.names.slice(0, 1);
      const curator = otherName(ctx);
      const magazine = ctx.pick(FLIP_MAGAZINES);
      const page = new Page();
      page.cb("Flipboard", "Explore", "Log In", "Sign Up");
      mixed(page, [
        { text: `${curator} flipped into ${magazine}`, chrome: true },
        { text: ctx.pick(AGES), chrome: true },
      ]);
      if (ctx.rng() < 0.35) page.c(`“${ctx.pick(FLIP_NOTES)}”`);
      page.c(domain);
      page.h(ctx.story.title);
      const form = ctx.rng();
      if (form < 0.4) page.h(`By ${joinNames(names)}`, `${MONTHS[d.m - 1]} ${d.d}, ${d.y}`);
      else if (form < 0.7) page.h(`${joinNames(names)} • ${mon(d)} ${d.d}, ${d.y}`);
      else page.h(`${WEEKDAYS[d.wd]}, ${MONTHS[d.m - 1]} ${d.d}, ${d.y}`).h(`By ${joinNames(names)}`);
      const place = wire ? ctx.place : undefined;
      body(page, ctx, {
        lead: (p) => (domain === "apnews.com" ? `${place} (AP) — ${p}` : domain === "reuters.com" ? `${place} (Reuters) - ${p}` : p),
        figure: (c, cr) => (cr ? [c, cr] : [c]),
        credit: (who) => {
          if (wire) return `${domain === "apnews.com" ? "AP Photo" : "REUTERS"}/${who}`;
          const r = ctx.rng();
          return r < 0.5 ? `Photo by ${who}` : r < 0.8 ? `${who}/Getty Images` : "Courtesy photo";
        },
        between: { 2: ["Sponsored", ctx.pick(SPONSORED)[0]!, "Learn More"] },
        bareCaptions: true,
      });
      page.c(`Read more on ${domain}`);
      const likes = Math.floor(ctx.rng() * 40);
      page.cb(`${likes} ${likes === 1 ? "like" : "likes"}`, "Like", "Comment", "Flip", "Share");
      const more = others(ctx, 3);
      page.cb("More from this magazine", ...more.flatMap((m) => [m, ctx.pick(FLIP_PUBLISHERS), ctx.pick(AGES)]));
      page.cb("Get the Flipboard app", "About", "Blog", "Publishers", "Careers", "Help", "Terms", "Privacy");
      page.h(`© ${copyYear(ctx, d)} Flipboard`);
      return { page, header: { byline: names, ...(place ? { dateline: place } : {}) } };
    },
  },
  {
    // A local news app's item as its web page copies: "Open in App", the place chip, the
    // publisher over "Follow" (or a contributor's name over "Contributor"), the headline, the date
    // ("Jan 29, 2020", "January 29, 2020 5:32 PM", or the item's age before it: "3h · Jan 29,
    // 2020"), "By Ann Lee" below on some and no names on the others, "PUEBLO, Colo. — " on some,
    // the caption over "Photo: Ann Lee/The Valley Times", "Advertisement" and a related item
    // between paragraphs, the comment prompt, "Related" with each item's publisher and age, the
    // app's footer.
    name: "held-out-newsbreak",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const contributor = ctx.rng() < 0.2;
      const publisher = ctx.pick(NB_PUBLISHERS);
      const named = contributor || ctx.rng() < 0.55;
      const names = !named ? [] : contributor ? ctx.names.slice(0, 1) : ctx.rng() < 0.25 ? ctx.names.slice(0, 2) : ctx.names.slice(0, 1);
      const dateline = !contributor && ctx.rng() < 0.35 ? ctx.pick(NB_DATELINES) : undefined;
      const page = new Page();
      page.cb("NewsBreak", "Open in App", "Local", "For You", "Sign in");
      page.c(ctx.pick(NB_PLACES));
      if (contributor) mixed(page, [{ text: names[0]!, chrome: false }, { text: "Contributor", chrome: true }, { text: "Follow", chrome: true }]);
      else page.cb(publisher, "Follow");
      page.h(ctx.story.title);
      const form = ctx.rng();
      const date = form < 0.4 ? `${mon(d)} ${d.d}, ${d.y}` : form < 0.7 ? `${MONTHS[d.m - 1]} ${d.d}, ${d.y} ${clock(h, min, "PM")}` : `${ctx.pick(["3h", "11h", "2d"])} · ${mon(d)} ${d.d}, ${d.y}`;
      page.h(date);
      if (named && !contributor) page.h(`By ${joinNames(names)}`);
      body(page, ctx, {
        lead: (p) => (dateline ? `${dateline} — ${p}` : p),
        figure: (c, cr) => (cr ? [c, cr] : [c]),
        credit: (who) => (contributor ? `Photo courtesy of ${who}` : `Photo: ${who}/${publisher}`),
        between: { 0: ["Advertisement"], 2: ["Read more", ctx.pick(OTHER_HEADLINES)], 3: ["Advertisement"] },
        bareCaptions: true,
      });
      page.cb("Comments", "Be the first to comment", "Share", "Report");
      page.cb("Related", ...others(ctx, 3).flatMap((r) => [r, `${ctx.pick(NB_PUBLISHERS)} · ${ctx.pick(["1h", "5h", "1d", "3d"])}`]));
      page.cb("Download the NewsBreak app", "About", "Contributors", "Terms of Use", "Privacy Policy", "Help Center");
      page.h(`© ${copyYear(ctx, d)} NewsBreak`);
      return { page, header: { byline: names, ...(dateline ? { dateline } : {}) } };
    },
  },
  {
    // A news comparison site's story page: the bar, the topic chips, the headline, "Published 3
    // hours ago" or the location, the premium summary's pitch, the bias bar ("54% Center" over each
    // side's share), "Coverage Details" with its counts, the left, centre and right outlets'
    // framing ("Left", an outlet's sentence, "Center", …) above the story on some pages; then the
    // featured outlet's full article: its name, lean, the names ("By Ann Lee") and date ("Jan 29,
    // 2020", "29 January 2020", or "January 29, 2020 · 5:32 PM"), the story, "Read Full
    // Article"; below it "Sources" with the count and the filter, and other outlets' cards (name,
    // lean, place, age, their own headline, a sentence of theirs and "Read Full Article"),
    // factuality and ownership paywalls and the footer.
    name: "held-out-ground-news",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const featured = ctx.pick(GN_OUTLETS);
      const names = ctx.rng() < 0.15 ? [] : ctx.rng() < 0.3 ? ctx.names.slice(0, 2) : ctx.names.slice(0, 1);
      const { l, c, r } = percentages(ctx);
      const total = 8 + Math.floor(ctx.rng() * 120);
      const page = new Page();
      page.cb("Ground News", "Home", "For You", "Local", "Blindspot", "Search", "Subscribe", "Login");
      page.cb(...GN_TOPICS.filter(() => ctx.rng() < 0.35), ctx.pick(GN_TOPICS));
      page.h(ctx.story.title);
      page.c(ctx.rng() < 0.5 ? `Published ${1 + Math.floor(ctx.rng() * 20)} hours ago` : ctx.pick(["Colorado, United States", "Arizona, United States", "Idaho, United States"]));
      page.cb("Summary by Ground News", "Ground News summaries are available to Premium subscribers.", "Upgrade to Premium");
      const most = c >= l && c >= r ? `${c}% Center` : l >= r ? `${l}% Left` : `${r}% Right`;
      page.cb("Bias Distribution", most, `L ${l}%`, `C ${c}%`, `R ${r}%`);
      const left = Math.round((total * l) / 100);
      const right = Math.round((total * r) / 100);
      page.cb("Coverage Details", "Total News Sources", String(total), "Leaning Left", String(left), "Leaning Right", String(right), "Center", String(total - left - right), "Last Updated", `${1 + Math.floor(ctx.rng() * 9)} hours ago`);
      const snippets = others(ctx, 6, GN_SNIPPETS);
      if (ctx.rng() < 0.5) page.cb("Compare Coverage", "Left", snippets[0]!, "Center", snippets[1]!, "Right", snippets[2]!);
      mixed(page, [
        { text: featured, chrome: false },
        { text: ctx.pick(GN_LEANS), chrome: true },
      ]);
      const form = ctx.rng();
      const date = form < 0.4 ? `${mon(d)} ${d.d}, ${d.y}` : form < 0.7 ? `${d.d} ${MONTHS[d.m - 1]} ${d.y}` : `${MONTHS[d.m - 1]} ${d.d}, ${d.y} · ${clock(h, min, "PM")}`;
      if (names.length) page.h(`By ${joinNames(names)}`, date);
      else page.h(date);
      body(page, ctx, {
        lead: (p) => p,
        figure: (cap, cr) => [cr ? `${cap} (${cr})` : cap],
        credit: (who) => `Photo: ${who}/${featured}`,
        between: {},
        bareCaptions: true,
      });
      page.c("Read Full Article");
      page.cb("Sources", `${total} Articles`, "All", "Left", "Center", "Right");
      const cards = others(ctx, 3, GN_OUTLETS.filter((o) => o !== featured));
      const headlines = others(ctx, 3, GN_HEADLINES);
      cards.forEach((outlet, i) => {
        page.cb(outlet, ctx.pick(GN_LEANS), ctx.pick(["Denver, United States", "Phoenix, United States", "Boise, United States", "Reposted by 4 other sources"]), `${1 + Math.floor(ctx.rng() * 20)} hours ago`, headlines[i]!, snippets[3 + i]!, "Read Full Article");
      });
      page.cb("Factuality", "To view factuality data please Upgrade to Premium", "Ownership", "To view ownership data please Upgrade to Vantage");
      page.cb("Company", "About", "Mission", "Testimonials", "Help Center", "Gift", "Privacy Policy", "Terms and Conditions");
      page.h(`© ${copyYear(ctx, d)} Snapwise Inc`);
      return { page, header: { byline: names } };
    },
  },
  {
    // An Indian national paper. The older layout: the bar, the section's trail, the headline and
    // its summary, "By Ann Lee, Hindustan Times, New Delhi" over "UPDATED ON JAN 29, 2020 05:32 PM
    // IST" in capitals, or "Updated: Jan 29, 2020 17:32 IST". The newer: "By Ann Lee, New Delhi"
    // (two names, "By HT Correspondent, New Delhi", "By HT News Desk", or "By ANI" on agency copy
    // that leads "New Delhi [India], January 29 (ANI): "), "Published on Jan 29, 2020 05:32 PM IST"
    // over "Updated on Jan 30, 2020 09:04 AM IST" on some, or the date alone; "Follow Us", "Share
    // Via" and "Copy Link"; "(HT Photo)", "(PTI)" or "(Ann Lee/HT Photo)" after the caption; "Also
    // Read" and "Advertisement" between paragraphs; the feed's disclaimer on agency copy, "Get
    // Latest India News …", "Topics", "Trending" and the footer.
    name: "held-out-hindustan-times",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const older = ctx.rng() < 0.35;
      const roll = ctx.rng();
      const agency = !older && roll < 0.2;
      const desk = !older && roll >= 0.2 && roll < 0.35 ? ctx.pick(["HT Correspondent", "HT News Desk"]) : undefined;
      const names = agency || desk ? [] : fromPool(ctx, IN_NAMES, 0.25);
      const city = ctx.pick(IN_CITIES);
      const dek = ctx.rng() < 0.75 ? ctx.pick(HT_DEKS) : undefined;
      const upd = !older && !agency && ctx.rng() < 0.3 ? updateOf(ctx, 0.6) : undefined;
      const section = ctx.pick(HT_SECTIONS);
      const stamp = (day: Day, hh: number, mm: number) => `${mon(day)} ${day.d}, ${day.y} ${clock0(hh, mm)} IST`;
      const page = new Page();
      page.cb("Hindustan Times", "e-paper", "Sign In", "Subscribe", "Home", "Latest", "India", "World", "Cities", "Entertainment", "Cricket", "Lifestyle", "Education", "Trending", "Videos");
      page.c(ctx.rng() < 0.3 ? `Home / ${section} / ${ctx.story.title}` : `Home / ${section}`);
      page.h(ctx.story.title);
      if (dek) {
        page.h(dek);
        page.dek = dek;
      }
      let dateline: string | undefined;
      if (older) {
        page.h(`By ${joinNames(names)}, Hindustan Times, ${city}`);
        dateline = city;
        page.h(ctx.rng() < 0.5 ? `UPDATED ON ${stamp(d, h, min).toUpperCase()}` : `Updated: ${mon(d)} ${d.d}, ${d.y} ${pad(h)}:${pad(min)} IST`);
      } else {
        if (agency) page.h("By ANI");
        else if (desk === "HT News Desk") page.h("By HT News Desk");
        else {
          page.h(`By ${desk ?? joinNames(names)}, ${city}`);
          dateline = city;
        }
        if (agency) dateline = city;
        const u = upd ? dayOf(upd.iso) : undefined;
        if (upd && u) page.h(`Published on ${stamp(d, h, min)}`, `Updated on ${stamp(u, upd.hh, upd.mm)}`);
        else page.h(ctx.rng() < 0.5 ? `Published on ${stamp(d, h, min)}` : stamp(d, h, min));
      }
      page.cb("Follow Us", "Share Via", "Copy Link");
      body(page, ctx, {
        lead: (p) => (agency ? `${city} [India], ${MONTHS[d.m - 1]} ${d.d} (ANI): ${p}` : p),
        figure: (c, cr) => [cr ? `${c} (${cr})` : c],
        credit: (who) => {
          const r = ctx.rng();
          return agency ? "ANI Photo" : r < 0.35 ? "HT Photo" : r < 0.6 ? `${who}/HT Photo` : r < 0.8 ? "PTI" : "File Photo";
        },
        between: { 0: [`Also Read: ${ctx.pick(OTHER_HEADLINES)}`], 2: ["Advertisement"] },
        bareCaptions: true,
      });
      if (agency) page.c("(This story has not been edited by HT staff and is auto-generated from a syndicated feed.)");
      page.c(`Get Latest India News along with Latest News and Top Headlines from India and around the world.`);
      page.cb("Topics", ...HT_TOPICS.filter(() => ctx.rng() < 0.4), ctx.pick(HT_TOPICS));
      page.cb("Trending", ...others(ctx, 3));
      page.cb("Follow Us On", "Facebook", "X", "Instagram", "YouTube", "Contact Us", "Terms of Use", "Privacy Policy");
      page.h(`Copyright © ${older ? d.y : copyYear(ctx, d)} HT Media Limited. All Rights Reserved.`);
      return { page, header: { byline: names, ...(dateline ? { dateline } : {}), ...(upd ? { updated: upd.iso } : {}) } };
    },
  },
  {
    // An Irish national paper. The older layout: the bar, the section's trail, the headline, the
    // standfirst on most, the name (two joined by "and") over the desk on some, "Wed, Jan 29, 2020,
    // 17:32" with "Updated: Wed, Jan 29, 2020, 19:49" after it on its line or the next on some, the
    // share row, "Advertisement", "Photograph: Ann Lee/The Irish Times" after the caption's stop,
    // "Read More" over a headline between paragraphs, the push-alert prompt and "© 2020 The Irish
    // Times". The newer: the skip link and the bar, the section, the headline and standfirst, the
    // names, "Wed Jan 29 2020 - 17:32", "Listen | 4:12", "Gift article", the same credits, the
    // WhatsApp and podcast prompts, the reporter's note, "Read More" at the foot and "© 2024 The
    // Irish Times DAC".
    name: "held-out-irish-times",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const older = ctx.rng() < 0.5;
      const names = fromPool(ctx, IE_NAMES, 0.25);
      const desk = names.length === 1 && ctx.rng() < 0.5 ? ctx.pick(IE_DESKS) : undefined;
      const dek = ctx.rng() < 0.8 ? ctx.pick(IE_DEKS) : undefined;
      const upd = older && ctx.rng() < 0.4 ? updateOf(ctx, 0.3) : undefined;
      const old = (day: Day, hh: number, mm: number) => `${shortWeekday(day)}, ${mon(day)} ${day.d}, ${day.y}, ${pad(hh)}:${pad(mm)}`;
      const page = new Page();
      if (older) {
        page.cb("The Irish Times", "Subscribe", "Sign In", "News", "Sport", "Business", "Opinion", "Life & Style", "Culture", "More");
        page.c(`${ctx.pick(["News", "Business", "Life & Style"])} › ${ctx.pick(IE_SECTIONS)}`);
      } else {
        page.cb("Skip to main content", "The Irish Times", "Subscribe", "Log In", "Ireland", "World", "Politics", "Business", "Opinion", "Sport", "Life & Style", "Culture", "Podcasts", "Video", "Crossword", "ePaper");
        page.c(ctx.pick(IE_SECTIONS));
      }
      page.h(ctx.story.title);
      if (dek) {
        page.h(dek);
        page.dek = dek;
      }
      page.h(joinNames(names), ...(desk ? [desk] : []));
      if (older) {
        const u = upd ? dayOf(upd.iso) : undefined;
        const updated = upd && u ? `Updated: ${old(u, upd.hh, upd.mm)}` : undefined;
        if (updated && ctx.rng() < 0.5) page.h(`${old(d, h, min)} ${updated}`);
        else page.h(old(d, h, min), ...(updated ? [updated] : []));
        page.cb("Facebook", "Twitter", "Email", "App", "Whatsapp");
      } else {
        page.h(`${shortWeekday(d)} ${mon(d)} ${d.d} ${d.y} - ${pad(h)}:${pad(min)}`);
        page.cb(`Listen | ${2 + Math.floor(ctx.rng() * 8)}:${pad(Math.floor(ctx.rng() * 60))}`, "Gift article", "Share");
      }
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => [cr ? `${c}. ${cr}` : `${c}.`],
        credit: (who) => {
          const r = ctx.rng();
          return r < 0.4 ? `Photograph: ${who}/The Irish Times` : r < 0.6 ? `Photograph: ${who}` : r < 0.75 ? "Photograph: Getty Images" : r < 0.9 ? `Photograph: ${who}/PA` : "Photograph: iStock";
        },
        between: older ? { 0: ["Advertisement"], 2: ["Read More", ctx.pick(OTHER_HEADLINES)] } : { 1: ["Advertisement"], 3: ["Advertisement"] },
      });
      if (older) {
        page.c("Sign up for push alerts and have the best news, analysis and comment delivered directly to your phone");
        page.cb("Topics", ...IE_SECTIONS.filter(() => ctx.rng() < 0.3), "Ireland");
        page.h(`© ${d.y} The Irish Times`);
        return { page, header: { byline: names, ...(upd ? { updated: upd.iso } : {}) } };
      }
      page.c("Join The Irish Times on WhatsApp and stay up to date");
      page.c("Listen to our Inside Politics podcast for the best political chat and analysis");
      if (desk) page.h(`${names[0]} is ${desk.toLowerCase()} of The Irish Times`);
      page.cb("Read More", ...others(ctx, 3));
      page.cb("Sign In", "Subscribe", "Contact us", "Terms & Conditions", "Privacy Statement", "Cookie Information", "Cookie Settings", "Community Standards");
      page.h(`© ${copyYear(ctx, d)} The Irish Times DAC`);
      return { page, header: { byline: names } };
    },
  },
  {
    // A Canadian national paper: the skip link and the bar, the section, "For Subscribers" on
    // some, the headline, the names (2019: each in capitals over its desk and city; later: the
    // name over the desk and the city, or "The Canadian Press"), "Published January 29, 2020
    // Updated January 30, 2020" on one line or on two (or "Published January 29, 2020" alone), the
    // comment count, "Share", "Bookmark" and its login prompt glued ("Log InCreate Free Account"),
    // "Open this photo in gallery:" above each caption with the credit after the stop or on the
    // next line, "Story continues below advertisement" between paragraphs, the newsletter prompt;
    // on agency copy "OTTAWA — " and "This report by The Canadian Press was first published Jan.
    // 29, 2020." as the story's last line; "Follow Ann Lee on Twitter", the error links, the
    // comment community's welcome, "Follow related authors and topics" and the footer.
    name: "held-out-globe-mail",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const older = ctx.rng() < 0.4;
      const agency = ctx.rng() < 0.15;
      const names = agency ? [] : ctx.rng() < 0.25 ? ctx.names.slice(0, 2) : ctx.names.slice(0, 1);
      const place = ctx.pick(GLOBE_CITIES);
      const upd = ctx.rng() < 0.55 ? (ctx.rng() < 0.7 ? nextDay(ctx.story.date) : ctx.story.date) : undefined;
      const long = (day: Day) => `${MONTHS[day.m - 1]} ${day.d}, ${day.y}`;
      const page = new Page();
      page.cb("Skip to main content", "The Globe and Mail", "Subscribe", "Log In", "Canada", "World", "Business", "Investing", "Personal Finance", "Opinion", "Politics", "Sports", "Life", "Arts", "Drive", "Real Estate");
      page.c(ctx.pick(GLOBE_SECTIONS));
      if (ctx.rng() < 0.4) page.c("For Subscribers");
      page.h(ctx.story.title);
      if (agency) page.h("The Canadian Press");
      else if (older) page.h(...names.flatMap((n) => [n.toUpperCase(), ctx.pick(GLOBE_DESKS).toUpperCase()]), place.toUpperCase());
      else page.h(...names.flatMap((n) => [n, ctx.pick(GLOBE_DESKS)]), place);
      const published = `Published ${long(d)}`;
      if (!upd) page.h(published);
      else if (ctx.rng() < 0.6) page.h(`${published} Updated ${long(dayOf(upd))}`);
      else page.h(published, `Updated ${long(dayOf(upd))}`);
      page.cb(`${Math.floor(ctx.rng() * 400)} Comments`, "Share", "Bookmark", "Please log in to bookmark this story.", "Log InCreate Free Account");
      const sameLine = ctx.rng() < 0.5;
      const between: Record<number, string[]> = { 0: ["Story continues below advertisement"], 2: ["Story continues below advertisement"] };
      if (!older) between[1] = [`Sign up for the ${ctx.pick(GLOBE_NEWSLETTERS)} newsletter. Sign up today.`];
      body(page, ctx, {
        lead: (p) => (agency ? `${place.toUpperCase()} — ${p}` : p),
        figureChrome: ["Open this photo in gallery:"],
        figure: (c, cr) => (cr ? (sameLine ? [`${c}. ${cr}`] : [`${c}.`, cr]) : [`${c}.`]),
        credit: (who) => {
          const r = ctx.rng();
          return r < 0.45 ? `${who}/The Globe and Mail` : r < 0.75 ? `${who}/The Canadian Press` : r < 0.9 ? `${who}/Reuters` : "Handout";
        },
        between,
        bareCaptions: older,
      });
      if (agency && ctx.rng() < 0.6) tail(page, `This report by The Canadian Press was first published ${AP_MONTHS[d.m - 1]} ${d.d}, ${d.y}.`);
      if (!agency && ctx.rng() < 0.5) page.c(`Follow ${names[0]} on Twitter: @${names[0]!.replace(/ /g, "")}`);
      page.cb("Report an editorial error", "Report a technical issue", "Editorial code of conduct");
      page.cb("Comments", "Welcome to The Globe and Mail’s comment community. This is a space where subscribers can engage with each other and Globe staff.", "Read our community guidelines here");
      page.cb("Follow related authors and topics", ...names, ctx.pick(GLOBE_SECTIONS), "Authors and topics you follow will be added to your personal news feed in Following.");
      page.h(`© Copyright ${older ? d.y : Math.max(d.y, 2023)} The Globe and Mail Inc. All rights reserved.`);
      // The city below the names (in capitals in 2019) is where the story was reported, as an agency's is.
      return { page, header: { byline: names, dateline: agency || older ? place.toUpperCase() : place, ...(upd ? { updated: upd } : {}) } };
    },
  },
  {
    // A Hong Kong English-language paper. 2019: the bar, the section's trail with "›", the
    // headline, its two summary points, the names, "PUBLISHED : Wednesday, 29 January, 2020,
    // 5:32pm" over "UPDATED : Thursday, 30 January, 2020, 9:04am", "Get more with myNEWS" and its
    // pitch. Later: the section, the headline and points, the name over "+ FOLLOW" ("Ann Lee in
    // Beijing" on some), "Published: 5:32pm, 29 Jan, 2020" over "Updated: …" (2023: "29 Jan 2020"
    // without the comma), "Why you can trust SCMP", the reading time; "Photo: Reuters", "Photo:
    // Handout" or "Photo: SCMP / Ann Lee" after the caption's stop, "Advertisement" and "Read
    // more" between paragraphs; the newsletter box, "Comments" and the footer.
    name: "held-out-scmp",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const era = ctx.rng();
      const e2019 = era < 0.3;
      const e2023 = era >= 0.7;
      const names = fromPool(ctx, HK_NAMES, 0.3);
      const place = !e2019 && names.length === 1 && ctx.rng() < 0.35 ? ctx.pick(HK_PLACES) : undefined;
      const points = ctx.pick(HK_POINTS);
      const upd = ctx.rng() < 0.45 ? updateOf(ctx, 0.6) : undefined;
      const page = new Page();
      page.cb("South China Morning Post", "Sign In", "Subscribe", "News", "Hong Kong", "China", "Asia", "World", "Opinion", "Business", "Tech", "Lifestyle", "People & Culture", "Sport", "This Week in Asia", "Video");
      page.c(ctx.pick(HK_SECTIONS).join(" › "));
      page.h(ctx.story.title);
      page.h(points[0]!);
      page.dek = points[0]!;
      page.h(points[1]!);
      const u = upd ? dayOf(upd.iso) : undefined;
      if (e2019) {
        const long = (day: Day, hh: number, mm: number) => `${WEEKDAYS[day.wd]}, ${day.d} ${MONTHS[day.m - 1]}, ${day.y}, ${tight(hh, mm)}`;
        page.h(joinNames(names));
        page.h(`PUBLISHED : ${long(d, h, min)}`, ...(upd && u ? [`UPDATED : ${long(u, upd.hh, upd.mm)}`] : []));
        page.cb("Get more with myNEWS", "A personalised news feed of stories that matter to you", "Learn more");
      } else {
        const short = (day: Day, hh: number, mm: number) => `${tight(hh, mm)}, ${day.d} ${mon(day)}${e2023 ? "" : ","} ${day.y}`;
        if (place) mixed(page, [{ text: `${names[0]} in ${place}`, chrome: false }, { text: "+ FOLLOW", chrome: true }]);
        else mixed(page, names.flatMap((n) => [{ text: n, chrome: false }, { text: "+ FOLLOW", chrome: true }]));
        page.h(`Published: ${short(d, h, min)}`, ...(upd && u ? [`Updated: ${short(u, upd.hh, upd.mm)}`] : []));
        if (e2023) page.cb("Why you can trust SCMP", `${2 + Math.floor(ctx.rng() * 6)}-MIN READ`, "Listen");
        else page.cb("Why you can trust SCMP", "Copy link", "Print");
      }
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => [cr ? `${c}. ${cr}` : `${c}.`],
        credit: (who) => {
          const r = ctx.rng();
          return r < 0.3 ? "Photo: Reuters" : r < 0.45 ? "Photo: AFP" : r < 0.6 ? "Photo: Handout" : r < 0.8 ? `Photo: SCMP / ${who}` : "Photo: Xinhua";
        },
        between: { 0: ["Advertisement"], 2: [`Read more: ${ctx.pick(OTHER_HEADLINES)}`], 3: ["Advertisement"] },
      });
      page.cb("Sign up for our newsletter", "Get updates direct to your inbox", "By registering, you agree to our T&C and Privacy Policy");
      page.cb("Comments", "Topics", ctx.pick(HK_SECTIONS).at(-1)!);
      page.cb("About us", "Contact us", "Advertise with us", "Privacy Policy", "Terms & Conditions");
      page.h(`Copyright © ${e2019 ? d.y : copyYear(ctx, d)} South China Morning Post Publishers Ltd. All rights reserved.`);
      return { page, header: { byline: names, ...(place ? { dateline: place } : {}), ...(upd ? { updated: upd.iso } : {}) } };
    },
  },
];
