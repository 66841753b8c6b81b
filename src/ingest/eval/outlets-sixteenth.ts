/**
 * A sixteenth held-out group of outlet styles for the import evaluation (issue 13), written before
 * reading the importer's code (only src/ingest/eval/, scripts/eval-import.ts, the evaluation test,
 * the earlier groups' committed fixtures and README.md were read), to be scored untouched. The
 * mainstream kinds of source a contributor pastes from, in CMSs and outlets no group had covered,
 * each written from memory of how its text comes out of a browser's "select all" or an app's share
 * or copy between 2019 and 2024.
 *
 * US local TV and newspaper sites: an NBC owned station (the brand bar, "Trending", the section,
 * the headline, a dek on some, "By Ann Lee • Published January 29, 2020 • Updated on January 29,
 * 2020 at 9:04 pm" on the newer WordPress layout, or the older "By Ann Lee" over "Published at 5:32
 * PM PST on Jan 29, 2020 | Updated at 9:04 PM PST on Jan 29, 2020", "By Associated Press" or the
 * station's staff; the lead video's description and "NBC Universal, Inc.", "What to Know" with its
 * points on some; the caption over "Getty Images" or the station's name, the newsletter prompt and
 * a related card between paragraphs, "Copyright NBC Valley" or "Copyright The Associated Press",
 * "This article tagged under:" and the tags, the footer); an ABC owned station ("By Ann Lee",
 * "By ABC7 Valley staff" or "By Associated Press", "Wednesday, January 29, 2020 5:32PM" or the
 * older "05:32PM", the older player's "EMBED <>More Videos" and its caption, "DENVER (KXYZ) -- ",
 * "WATCH | …", "RELATED: …" and "ALSO SEE: …" between paragraphs, "… contributed to this report."
 * on some, "(Copyright ©2019 KXYZ-TV. All Rights Reserved.)" in 2019 or "Report a correction or
 * typo", "Related Topics" and "Copyright © 2020 KXYZ-TV. All Rights Reserved." later); an Advance
 * Local regional site ("By Ann Lee | The Valley Star-Ledger", "| alee@valleylive.example", "|
 * Valley Advance Media for ValleyLive", two names or "By The Associated Press", "Updated: Jan. 29,
 * 2020, 9:04 p.m. | Published: Jan. 29, 2020, 5:32 p.m." on one line, or "Published: …" and
 * "Updated: …" on lines of their own, or "Published: …" alone, with the CMS's "May." and padded
 * days, the older "Updated Jan 29, 2019; Posted Jan 29, 2019" in 2019; "Ann Lee | The Valley
 * Star-Ledger" below the caption, "Our journalism needs your support. Please subscribe today to
 * ValleyLive." and "RELATED: …" between paragraphs, the reporter's contact line, "Thank you for
 * relying on us …", the newsletters' prompt, "If you purchase a product or register for an account
 * through a link on our site, we may receive compensation.", the community rules and Advance
 * Local's copyright).
 *
 * UK nationals: The Independent (the bar, the section's trail, the headline, the standfirst,
 * "Ann Lee" alone, over a role, over "@annlee", or "Ann Lee in Washington", two names, "Ann Lee,
 * PA" or "Press Association" on agency copy, "Wednesday 29 January 2020 17:32 GMT" (without the
 * zone in 2019), "Comments", the bookmark's Independent Premium pitch, the credit ("Getty Images",
 * "PA", "AFP via Getty Images") below the caption or in brackets after it, "Sign up to our free …
 * newsletter" with its form, "Read more" and headlines between paragraphs, "More about" and the
 * tags, the commenting forum's pitch, "Most popular" and the footer); Sky News ("Ann Lee, news
 * reporter" or "By Ann Lee, news reporter" or the name over "News reporter @annlee", two names or
 * none, "Wednesday 29 January 2020 17:32, UK", "Why you can trust Sky News", "Image: caption. Pic:
 * PA", the video's "Please use Chrome browser for a more accessible video player" and its title,
 * "Read more:" with headlines, the podcast's and WhatsApp's prompts, "Related Topics:" and the
 * footer).
 *
 * A local blog hosted on WordPress.com (the skip link, the site's title and tagline, the menu,
 * "Posted on January 29, 2020 by Ann Lee" above the title, or "January 29, 2020 ~ Ann Lee ~ Leave a
 * comment" below it, or the Twenty Sixteen footer's name, date, category and "Leave a comment"
 * below the post, or only the date where the blog has one author; captions with the credit in
 * brackets or after "Photo: "; "Share this:", "Like this:", "Like Loading...", "Related" posts
 * with their dates and categories, "Posted in … Tagged …", comments with their later dates and
 * "Reply", "Leave a Reply", "Cancel reply", the comment form, "Post navigation", the sidebar's
 * recent posts, archives and categories, "Blog at WordPress.com." and the "Follow" bar); a Beehiiv
 * newsletter pasted from the email (the preheader on some, "Read Online", "Sign Up | Advertise",
 * the newsletter's name, the issue's headline as the story's or an issue's own title over the
 * story's under "📰 TOP STORY", the subtitle as a dek on some, "Ann Lee · January 29, 2020", or the
 * newsletter's team with the date, or the date in the masthead; "Together with …" and the sponsor's
 * block, section emoji headers with items, the poll "What did you think of today's edition?", the
 * referral program, "Update your email preferences or unsubscribe here", "© 2020 …", the address
 * and "Powered by beehiiv"); and a news app's share of a local story (Google News: the headline
 * with " - The Valley Times", the app's link and "Shared via Google News", then the publisher's
 * page as its viewer copies it, the domain bar and "Full coverage"; SmartNews: "Headline | The
 * Valley Times", the link and "Sent from SmartNews", then its Smart View: the source, the headline,
 * "Jan 29, 2020 · Ann Lee", the text, "View original article", "More from The Valley Times").
 *
 * Networks, chains, platforms, apps and national papers are the real ones, as the copied text would
 * carry them; people, stations, local papers, blogs, newsletters, other headlines and comments are
 * made up, and no page is copied.
 */
import { ampm, AP_MONTHS, body, dayOf, DEKS, FIRST, h12, LAST, mon, MONTHS, nextDay, pad, Page, WEEKDAYS, type Ctx, type Day, type Style } from "./outlets.ts";

/** Headlines of other stories, for related lists, sidebars, newsletters' items and the like. */
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
const UK_HEADLINES = [
  "Rail strikes: Full list of dates and routes affected this month",
  "Energy bills to fall in spring, regulator confirms",
  "Met Office issues yellow weather warning for ice across much of England",
  "NHS waiting list reaches new record high, figures show",
  "Prime Minister faces backbench revolt over planning reforms",
  "Council tax set to rise by up to 5% in April",
];
const TV_VIDEOS = ["Officials speak after Wednesday's decision", "Residents react to the news", "What happens next", "Crews on the scene", "Full press conference", "Here's what we know"];
const TV_DEKS = [
  "Officials said more information would be released in the coming days.",
  "The decision came after months of discussion and public comment.",
  "Here's what you need to know.",
  "Some residents say they were caught off guard by the announcement.",
];
const KNOW_POINTS = [
  ["Officials announced the decision Wednesday after a lengthy meeting", "Residents will have a chance to weigh in before any changes take effect", "A final vote is expected next month"],
  ["The announcement came after months of public debate", "Critics say the plan does not go far enough"],
  ["Authorities confirmed the news in a statement", "No injuries were reported", "The investigation is ongoing"],
];
const NBC_STATIONS = [
  { brand: "NBC Valley", call: "KVNB", region: "Valley", zone: "P", tags: ["Valley City", "Santa Rita"] },
  { brand: "NBC 5 Cedar", call: "WCDN", region: "Cedar County", zone: "C", tags: ["Cedar Falls", "Cedar County"] },
  { brand: "NBC 7 Mesa", call: "KMSN", region: "Mesa", zone: "M", tags: ["Mesa", "East Valley"] },
  { brand: "NBC 4 Front Range", call: "KFRN", region: "Front Range", zone: "M", tags: ["Aurora", "Front Range"] },
] as const;
const NBC_SECTIONS = ["Local", "News", "Local News", "U.S. & World", "Politics", "Investigations"];
const NBC_TRENDING = ["Weather Alert", "Coronavirus", "Valley Proud", "Olympics", "Election 2020", "NBC Valley Investigates"];
const NBC_TAGS = ["Water", "City Council", "Politics", "Weather", "Crime and Courts", "Education", "Transportation"];
const ABC_STATIONS = [
  { brand: "ABC7 Valley", call: "KVLA", city: "VALLEY CITY", towns: ["SANTA RITA, California", "LOS ROBLES, California"], site: "abc7valley.example" },
  { brand: "ABC11 Cedar", call: "WCDA", city: "CEDAR FALLS", towns: ["WATERLOO, Iowa", "ANKENY, Iowa"], site: "abc11cedar.example" },
  { brand: "6abc Mesa", call: "KMAB", city: "MESA", towns: ["TEMPE, Arizona", "GILBERT, Arizona"], site: "6abcmesa.example" },
  { brand: "ABC30 Front Range", call: "KFRA", city: "DENVER", towns: ["AURORA, Colorado", "LAKEWOOD, Colorado"], site: "abc30frontrange.example" },
] as const;
const ABC_TOPICS = ["society", "politics", "water", "weather", "community & events", "education", "traffic", "fire"];
const ADVANCE_SITES = [
  { brand: "ValleyLive", paper: "The Valley Star-Ledger", media: "Valley Advance Media for ValleyLive", domain: "valleylive.example", region: "Valley" },
  { brand: "MesaLive", paper: "The Mesa Post-Standard", media: "Mesa Advance Media for MesaLive", domain: "mesalive.example", region: "Mesa" },
  { brand: "cedarlive", paper: "The Cedar Herald-News", media: "Cedar Advance Media for cedarlive", domain: "cedarlive.example", region: "Cedar County" },
] as const;
const ADVANCE_SECTIONS = ["News", "Local News", "Politics", "Education", "Weather", "Crime"];
const INDY_TRAILS = [
  ["News", "UK", "Home News"],
  ["News", "UK", "UK Politics"],
  ["News", "World", "Americas"],
  ["Climate"],
  ["News", "Health"],
] as const;
const INDY_ROLES = ["Political Correspondent", "Science Correspondent", "US Correspondent", "Home Affairs Editor", "Transport Correspondent", "News Reporter"];
const INDY_LETTERS = [
  "Sign up to our free Morning Headlines newsletter",
  "Sign up for the View from Westminster email for expert analysis straight to your inbox",
  "Sign up to our free Breaking News emails",
  "Sign up to our free US Morning Headlines newsletter",
];
const INDY_TAGS = ["Water", "Local councils", "Climate change", "Weather", "NHS", "Transport", "Conservative Party"];
const INDY_CITIES = ["Washington", "New York", "Los Angeles", "Brussels"];
const SKY_ROLES = ["news reporter", "political correspondent", "US correspondent", "business reporter", "home affairs editor", "science and technology correspondent"];
const SKY_VIDEOS = ["Residents react to the news", "'We had no warning', says local resident", "What we know so far", "Officials speak after the announcement"];
const SKY_TOPICS = ["Water", "Local government", "Climate change", "Weather", "Transport", "Politics"];
const BLOGS = [
  { title: "Valley Watch", tagline: "Notes from city hall, the school board and the water district", author: "valleywatcher" },
  { title: "The Mesa Minute", tagline: "Hyperlocal news for Mesa's east side", author: "mesaminute" },
  { title: "Cedar County Record", tagline: "Independent local reporting since 2011", author: "cedarrecord" },
  { title: "Front Range Dispatch", tagline: "News and photos from the foothills", author: "frdispatch" },
] as const;
const BLOG_CATEGORIES = ["Local News", "City Council", "Water", "Schools", "Public Safety", "Uncategorized"];
const BLOG_TAGS = ["city council", "water board", "budget", "public meetings", "schools", "county"];
const BLOG_COMMENTERS = ["Marge Whitley", "Dave K.", "concerned neighbor", "Rich P.", "Linda", "oldtimer54"];
const BLOG_COMMENTS = ["Thanks for covering this. Nobody else does.", "Were you at the meeting? I heard it ran late.", "Great reporting as usual.", "The paper didn't even mention this part."];
const NEWSLETTERS = [
  { name: "The Valley Brief", domain: "valleybrief.example", team: "The Valley Brief Team", street: "120 Main St, Suite 4", city: "Valley City, CO 80000" },
  { name: "Mesa Morning", domain: "mesamorning.example", team: "Mesa Morning Staff", street: "48 W. Adams St.", city: "Mesa, AZ 85201" },
  { name: "Cedar Current", domain: "cedarcurrent.example", team: "The Cedar Current team", street: "9 Depot Ave", city: "Cedar Falls, IA 50613" },
] as const;
const SPONSORS = [
  { name: "Valley Credit Union", pitch: "Valley Credit Union is member-owned and local. Open a checking account with no monthly fees and get a $100 bonus when you set up direct deposit.", cta: "Open an account →" },
  { name: "Mesa Home Services", pitch: "Your furnace works hardest in winter. Book a tune-up with Mesa Home Services this month and save 20%.", cta: "Book now" },
  { name: "Cedar Falls Public Library", pitch: "Free passes to the science center, the zoo and more, all with your library card.", cta: "Learn more" },
] as const;
const ISSUE_TITLES = ["Reservoirs, a road closure and a new principal", "What happened this week, and what's next", "Your Wednesday briefing", "The week in city hall"];
const NEWS_PUBLISHERS = [
  { name: "The Valley Times", domain: "valleytimes.example", credit: "The Valley Times" },
  { name: "KXYZ News", domain: "kxyz.example", credit: "KXYZ" },
  { name: "Mesa Herald", domain: "mesaherald.example", credit: "Mesa Herald" },
  { name: "Cedar County Courier", domain: "cedarcourier.example", credit: "Cedar County Courier" },
] as const;

/** "Ann Lee" → "alee" */
const emailUser = (name: string) => {
  const [first, ...rest] = name.split(" ");
  return `${first![0]}${rest.join("")}`.toLowerCase().replace(/[^a-z]/g, "");
};
/** "Ann Lee" → "annlee" */
const handleOf = (name: string) => name.toLowerCase().replace(/[^a-z]/g, "");
const slugOf = (ctx: Ctx) => ctx.story.slug.replace(/^\d+-/, "");
const tokenOf = (ctx: Ctx, n: number) => Array.from({ length: n }, () => "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"[Math.floor(ctx.rng() * 62)]).join("");
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
  return Array.from({ length: Math.min(n, pool.length) }, () => left.splice(Math.floor(ctx.rng() * left.length), 1)[0]!);
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
/** British Summer Time: from the last Sunday of March to the last Sunday of October. */
const lastSunday = (y: number, m: number) => {
  const last = new Date(Date.UTC(y, m, 0));
  return last.getUTCDate() - last.getUTCDay();
};
const bst = (day: Day) => (day.m > 3 && day.m < 10) || (day.m === 3 && day.d >= lastSunday(day.y, 3)) || (day.m === 10 && day.d < lastSunday(day.y, 10));
const zoneOf = (zone: string, day: Day) => `${zone}${dst(day) ? "D" : "S"}T`;
/** "17:32" */
const hhmm = (hh: number, mm: number) => `${pad(hh)}:${pad(mm)}`;
/** "Wednesday 29 January 2020" */
const ukLong = (day: Day) => `${WEEKDAYS[day.wd]} ${day.d} ${MONTHS[day.m - 1]} ${day.y}`;
/** "January 29, 2020" */
const usLong = (day: Day) => `${MONTHS[day.m - 1]} ${day.d}, ${day.y}`;

export const HELD_OUT_SIXTEENTH_STYLES: readonly Style[] = [
  {
    // An NBC owned-and-operated local station. The newer WordPress layout: "Skip to content", the
    // main navigation, "Trending" with its links on some, the section, the headline, a dek on some,
    // "By Ann Lee • Published January 29, 2020 • Updated on January 29, 2020 at 9:04 pm" on one line
    // (or with no update, two names, "By Associated Press" or the station's staff), the lead
    // video's description over "NBC Universal, Inc." on some, "What to Know" with its points on some;
    // the caption over "Getty Images", the station's name or a handout's; the newsletters' prompt
    // and a related card between paragraphs; "Copyright NBC Valley" or "Copyright The Associated
    // Press" at the story's foot on some, "This article tagged under:" and the tags, the footer.
    // The older layout (until early 2020): "By Ann Lee" over "Published at 5:32 PM PST on Jan 29,
    // 2020 | Updated at 9:04 PM PST on Jan 29, 2020" (always an update, the same minute on some),
    // the apps' promotion at the foot.
    name: "held-out-nbc-owned-tv",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const st = ctx.pick(NBC_STATIONS);
      const roll = ctx.rng();
      const wire = roll < 0.15;
      const staff = roll >= 0.15 && roll < 0.22;
      const names = wire || staff ? [] : oneOrTwo(ctx, 0.3);
      const older = d.y <= 2020 && ctx.rng() < 0.3;
      const u = ctx.rng();
      const upd = older ? (u < 0.6 ? updateOf(ctx, 0.4) : { iso: ctx.story.date, hh: h, mm: min }) : u < 0.55 ? updateOf(ctx, 0.5) : undefined;
      const dek = !older && ctx.rng() < 0.4 ? ctx.pick(TV_DEKS) : undefined;
      const video = ctx.rng() < 0.5;
      const know = !older && !dek && ctx.rng() < 0.3;
      const page = new Page();
      page.cb("Skip to content", "Main Navigation", "Search", "Search for:", "Local", "U.S. & World", "Weather", "Investigations", "Politics", "Entertainment", "Sports", "Video", "Newsletters", "Submit a Tip", "Watch Live");
      if (!older && ctx.rng() < 0.5) page.cb("Trending", ...others(ctx, 3, NBC_TRENDING));
      page.c(ctx.pick(NBC_SECTIONS));
      page.h(ctx.story.title);
      if (dek) {
        page.h(dek);
        page.dek = dek;
      }
      const by = wire ? "By Associated Press" : staff ? `By ${st.brand} Staff` : `By ${joinNames(names)}`;
      if (older) {
        const stamp = (day: Day, hh: number, mm: number) => `${clock(hh, mm, "PM")} ${zoneOf(st.zone, day)} on ${mon(day)} ${day.d}, ${day.y}`;
        page.h(by, `Published at ${stamp(d, h, min)} | Updated at ${stamp(dayOf(upd!.iso), upd!.hh, upd!.mm)}`);
      } else {
        const updated = upd ? ` • Updated on ${usLong(dayOf(upd.iso))} at ${clock(upd.hh, upd.mm, "pm")}` : "";
        page.h(`${by} • Published ${usLong(d)}${updated}`);
      }
      if (video) {
        const who = names[0] ?? otherName(ctx);
        page.cb(`${ctx.pick(TV_VIDEOS)}. ${who} reports.`, "NBC Universal, Inc.");
      }
      if (know) page.c("What to Know").h(...ctx.pick(KNOW_POINTS));
      const between: Record<number, string[]> = {
        1: [`Get ${st.region} local news, weather forecasts, sports and entertainment stories to your inbox. Sign up for ${st.brand} newsletters.`],
      };
      if (ctx.rng() < 0.6) between[2] = [ctx.pick(["Local", "Weather", "Investigations"]), `${2 + Math.floor(ctx.rng() * 20)} hours ago`, ctx.pick(OTHER_HEADLINES)];
      body(page, ctx, {
        lead: (p) => (wire ? `${ctx.place} (AP) — ${p}` : p),
        figure: (c, cr) => (cr ? (cr.startsWith("AP Photo") ? [`${c} (${cr})`] : [c, cr]) : [c]),
        credit: (who) => {
          const r = ctx.rng();
          return wire ? `AP Photo/${who}` : r < 0.35 ? "Getty Images" : r < 0.6 ? st.brand : r < 0.8 ? `AP Photo/${who}` : "Valley Water Board";
        },
        between,
        bareCaptions: true,
      });
      if (wire) page.h("Copyright The Associated Press");
      else if (older || ctx.rng() < 0.5) page.h(`Copyright ${st.brand}`);
      if (!older) page.cb("This article tagged under:", ...others(ctx, 2, st.tags), ...others(ctx, 2, NBC_TAGS));
      else page.cb("Get the latest from " + st.brand + " anywhere, anytime", "Download the iOS App", "Download the Android App");
      page.cb("Trending Stories", ...others(ctx, 3));
      page.cb(`Sign up for our Breaking newsletter to get the most up-to-date ${st.region} news.`, "Email", "Sign Up");
      page.cb("Contact Us", "Submit a Consumer Complaint", "Advertise", "Terms of Service", "Privacy Policy", "Public Inspection File", "FCC Applications", "EEO Report", "Send Feedback", "Ad Choices", "Careers", "Closed Captioning");
      page.h(`Copyright © ${older ? d.y : copyYear(ctx, d)} NBCUniversal Media, LLC. All rights reserved`);
      return { page, header: { byline: names, ...(wire ? { dateline: ctx.place } : {}), ...(upd ? { updated: upd.iso } : {}) } };
    },
  },
  {
    // An ABC owned-and-operated local station: the bar and "Watch Live", the AccuWeather reading on
    // some, the headline, "By Ann Lee" (two names, "By ABC7 Valley staff", or "By Associated Press"
    // on agency copy), "Wednesday, January 29, 2020 5:32PM" (the older layout's "05:32PM" and share
    // links, the player's "EMBED <>More Videos" and the video's caption), "DENVER (KXYZ) -- ", a town
    // with its state, or no dateline; the caption with its credit in brackets or on the line below;
    // "WATCH | …", "RELATED: …" and "ALSO SEE: …" between paragraphs; "… contributed to this
    // report." as the story's last line on some; in 2019 "(Copyright ©2019 KXYZ-TV. All Rights
    // Reserved.)" after "Related Topics:", later "Report a correction or typo", "Related Topics" and
    // "Copyright © 2020 KXYZ-TV. All Rights Reserved."; "Top Stories" and the footer.
    name: "held-out-abc-owned-tv",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const st = ctx.pick(ABC_STATIONS);
      const roll = ctx.rng();
      const wire = roll < 0.12;
      const staff = roll >= 0.12 && roll < 0.2;
      const names = wire || staff ? [] : oneOrTwo(ctx, 0.3);
      const older = d.y <= 2019 ? ctx.rng() < 0.6 : ctx.rng() < 0.2;
      const place = ctx.rng();
      const dateline = wire ? ctx.place : place < 0.55 ? st.city : place < 0.75 ? ctx.pick(st.towns) : undefined;
      const page = new Page();
      page.cb(st.brand, "Watch Live", "Menu", "Local News", "Weather", "Traffic", "Troubleshooters", "Sports", "Entertainment", "Search");
      if (ctx.rng() < 0.4) page.cb("AccuWeather", `${25 + Math.floor(ctx.rng() * 50)}°`, st.city.split(" ").map((w) => w[0] + w.slice(1).toLowerCase()).join(" "));
      page.h(ctx.story.title);
      const by = wire ? "By Associated Press" : staff ? `By ${st.brand} staff` : `By ${joinNames(names)}`;
      const time = older && ctx.rng() < 0.5 ? `${pad(h12(h))}:${pad(min)}${ampm(h, "PM")}` : `${h12(h)}:${pad(min)}${ampm(h, "PM")}`;
      page.h(by, `${WEEKDAYS[d.wd]}, ${usLong(d)} ${time}`);
      if (older) {
        page.cb("SHARE", "Facebook", "Twitter", "Email");
        page.cb("EMBED <>More Videos", `${ctx.pick(TV_VIDEOS)}.`);
      } else page.c(ctx.pick(TV_VIDEOS));
      const between: Record<number, string[]> = { 0: [`WATCH | ${ctx.pick(TV_VIDEOS)}`], 1: [`RELATED: ${ctx.pick(OTHER_HEADLINES)}`] };
      if (ctx.rng() < 0.5) between[3] = [`ALSO SEE: ${ctx.pick(OTHER_HEADLINES)}`];
      const sameLine = ctx.rng() < 0.6;
      body(page, ctx, {
        lead: (p) => (wire ? `${dateline} (AP) -- ${p}` : dateline ? `${dateline} (${st.call}) -- ${p}` : p),
        figure: (c, cr) => (cr ? (sameLine ? [`${c} (${cr})`] : [c, cr]) : [c]),
        credit: (who) => {
          const r = ctx.rng();
          return wire ? `AP Photo/${who}` : r < 0.4 ? st.call : r < 0.7 ? `AP Photo/${who}` : r < 0.85 ? `${st.call} Photo/${who}` : "Valley Water Board";
        },
        between,
        bareCaptions: true,
      });
      if (!wire && ctx.rng() < 0.3) tail(page, `${ctx.rng() < 0.5 ? "CNN Newsource" : "The Associated Press"} contributed to this report.`);
      const topics = others(ctx, 3, ABC_TOPICS);
      if (older) {
        page.cb("Related Topics:", ...topics);
        page.h(`(Copyright ©${d.y} ${wire ? "The Associated Press" : `${st.call}-TV`}. All Rights Reserved.)`);
      } else {
        page.c("Report a correction or typo");
        page.cb("Related Topics", ...topics);
        page.h(`Copyright © ${d.y} ${wire ? "The Associated Press" : `${st.call}-TV`}. All Rights Reserved.`);
      }
      page.cb("Top Stories", ...others(ctx, 3));
      page.cb("Privacy Policy", "Do Not Sell or Share My Personal Information", "Children's Privacy Policy", "Your US State Privacy Rights", "Terms of Use", "Interest-Based Ads", "Public Inspection File", "FCC Applications", "Accessibility");
      page.h(`Copyright © ${copyYear(ctx, d)} ABC, Inc., ${st.call}-TV. All Rights Reserved.`);
      return { page, header: { byline: names, ...(dateline ? { dateline } : {}) } };
    },
  },
  {
    // An Advance Local regional site: "Skip to Article", the bar, the section, the headline, "By
    // Ann Lee | The Valley Star-Ledger" (or "| alee@valleylive.example", or "| Valley Advance Media
    // for ValleyLive", two names, "By The Associated Press" with "DENVER — "); the Arc layout's
    // "Updated: Jan. 29, 2020, 9:04 p.m. | Published: Jan. 29, 2020, 5:32 p.m." (its months cut to
    // three letters and a stop, "May." too, the day padded), or the two on lines of their own, or
    // "Published: …" alone; in 2019 the older "Updated Jan 29, 2019; Posted Jan 29, 2019"; the
    // credit "Ann Lee | The Valley Star-Ledger" below the caption (in brackets on the older
    // layout); "Our journalism needs your support. Please subscribe today to ValleyLive." and
    // "RELATED: …" between paragraphs; the reporter's contact line, "Thank you for relying on us
    // …", the newsletters' prompt, the compensation notice, the community rules and Advance
    // Local's copyright.
    name: "held-out-advance-local",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const site = ctx.pick(ADVANCE_SITES);
      const wire = ctx.rng() < 0.12;
      const names = wire ? [] : oneOrTwo(ctx, 0.25);
      const older = d.y <= 2019 && ctx.rng() < 0.4;
      const upd = ctx.rng() < 0.6 ? updateOf(ctx, 0.4) : undefined;
      const arcMonth = (day: Day) => `${MONTHS[day.m - 1]!.slice(0, 3)}.`;
      const stamp = (day: Day, hh: number, mm: number) => `${arcMonth(day)} ${pad(day.d)}, ${day.y}, ${clock(hh, mm, "p.m.")}`;
      const page = new Page();
      page.cb("Skip to Article", site.brand, "Set Weather", "Subscribe", "Sign In", "Search");
      page.c(ctx.pick(ADVANCE_SECTIONS));
      page.h(ctx.story.title);
      let by: string;
      if (wire) by = "By The Associated Press";
      else if (names.length > 1) by = `By ${joinNames(names)} | ${ctx.rng() < 0.5 ? site.media : site.paper}`;
      else {
        const r = ctx.rng();
        by = `By ${names[0]} | ${r < 0.35 ? site.paper : r < 0.7 ? `${emailUser(names[0]!)}@${site.domain}` : site.media}`;
      }
      page.h(by);
      if (older) page.h(upd ? `Updated ${mon(dayOf(upd.iso))} ${dayOf(upd.iso).d}, ${dayOf(upd.iso).y}; Posted ${mon(d)} ${d.d}, ${d.y}` : `Posted ${mon(d)} ${d.d}, ${d.y}`);
      else {
        const published = `Published: ${stamp(d, h, min)}`;
        const updated = upd ? `Updated: ${stamp(dayOf(upd.iso), upd.hh, upd.mm)}` : undefined;
        if (!updated) page.h(published);
        else if (ctx.rng() < 0.6) page.h(`${updated} | ${published}`);
        else page.h(published, updated);
      }
      page.cb("Facebook Share", "Twitter Share", "Email Share");
      const between: Record<number, string[]> = { 1: [`Our journalism needs your support. Please subscribe today to ${site.brand}.`] };
      if (ctx.rng() < 0.5) between[2] = [`RELATED: ${ctx.pick(OTHER_HEADLINES)}`];
      body(page, ctx, {
        lead: (p) => (wire ? `${ctx.place} — ${p}` : p),
        figure: (c, cr) => (cr ? (older ? [`${c} (${cr})`] : [c, cr]) : [c]),
        credit: (who) => {
          const r = ctx.rng();
          return wire ? "AP" : r < 0.35 ? `${who} | ${site.paper}` : r < 0.6 ? `${who} | ${site.media}` : r < 0.8 ? "AP" : "Courtesy of Valley Water Board";
        },
        between,
        bareCaptions: true,
      });
      if (!wire && names.length === 1) page.h(`${names[0]} may be reached at ${emailUser(names[0]!)}@${site.domain}. Follow ${names[0]!.split(" ")[0]} on Twitter at @${handleOf(names[0]!)}.`);
      page.c(`Thank you for relying on us to provide the journalism you can trust. Please consider supporting ${site.brand} with a subscription.`);
      page.c(`Get the latest updates right in your inbox. Subscribe to ${site.brand}'s newsletters.`);
      page.c("If you purchase a product or register for an account through a link on our site, we may receive compensation.");
      page.cb("About Us", "Advertise with us", "Contact Us", "Newsletters", "Sitemap", "User Agreement", "Privacy Policy", "Your Privacy Choices");
      page.c("Community Rules apply to all content you upload or otherwise submit to this site.");
      page.h(
        `© ${copyYear(ctx, d)} Advance Local Media LLC. All rights reserved (About Us).`,
        "The material on this site may not be reproduced, distributed, transmitted, cached or otherwise used, except with the prior written permission of Advance Local.",
      );
      return { page, header: { byline: names, ...(wire ? { dateline: ctx.place } : {}), ...(upd ? { updated: upd.iso } : {}) } };
    },
  },
  {
    // A UK national in The Independent's manner: the skip link and the bar, the section's trail,
    // the headline, the standfirst on most pages, the name alone ("Ann Lee"), over a role in title
    // case, over "@annlee" in 2019, or "Ann Lee in Washington"; two names; "Ann Lee, PA" or "Press
    // Association" on agency copy; "Wednesday 29 January 2020 17:32 GMT" (no zone in 2019),
    // "Comments"; the bookmark's Independent Premium pitch; the credit ("Getty Images", "PA", "AFP
    // via Getty Images", "Reuters") on the line below the caption or in brackets after it; "Sign up
    // to our free … newsletter" with its form's lines and "Read more" with headlines between
    // paragraphs; "More about" and the tags, the commenting forum's pitch, "Most popular" and the
    // footer.
    name: "held-out-independent",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const older = d.y <= 2019 && ctx.rng() < 0.5;
      const roll = ctx.rng();
      const agency = roll < 0.15;
      const pressAssoc = agency && ctx.rng() < 0.4;
      const names = pressAssoc ? [] : agency ? ctx.names.slice(0, 1) : oneOrTwo(ctx, 0.2);
      const dek = ctx.rng() < 0.8 ? ctx.pick(DEKS) : undefined;
      const form = ctx.rng();
      const city = !agency && names.length === 1 && form < 0.15 ? ctx.pick(INDY_CITIES) : undefined;
      const page = new Page();
      page.cb("Skip to main content", "Subscribe Now", "Register", "Log In", "News", "Sport", "Voices", "Culture", "Lifestyle", "Travel", "Premium", "Independent TV");
      page.cb(...ctx.pick(INDY_TRAILS));
      page.h(ctx.story.title);
      if (dek) {
        page.h(dek);
        page.dek = dek;
      }
      if (pressAssoc) page.h("Press Association");
      else if (agency) page.h(`${names[0]}, PA`);
      else if (city) page.h(`${names[0]} in ${city}`);
      else if (names.length === 1 && form < 0.4) page.h(names[0]!, ctx.pick(INDY_ROLES));
      else if (names.length === 1 && older && form < 0.7) page.h(names[0]!, `@${handleOf(names[0]!)}`);
      else page.h(joinNames(names));
      const zone = older ? "" : bst(d) ? " BST" : " GMT";
      page.h(`${ukLong(d)} ${hhmm(h, min)}${zone}`);
      page.c("Comments");
      if (!older && ctx.rng() < 0.5) page.cb("Bookmark", "Want to bookmark your favourite articles and stories to read or reference later? Start your Independent Premium subscription today.");
      const letter = ctx.pick(INDY_LETTERS);
      const between: Record<number, string[]> = {
        0: older ? [letter] : [letter, "Email", "Sign up", "I would like to be emailed about offers, events and updates from The Independent. Read our privacy notice"],
        2: ["Read more", ...others(ctx, 2, UK_HEADLINES)],
      };
      const sameLine = ctx.rng() < 0.4;
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => (cr ? (sameLine ? [`${c} (${cr})`] : [c, cr]) : [c]),
        credit: () => {
          const r = ctx.rng();
          return agency ? "PA" : r < 0.35 ? "Getty Images" : r < 0.6 ? "PA" : r < 0.8 ? "AFP via Getty Images" : r < 0.9 ? "Reuters" : "PA Wire";
        },
        between,
      });
      page.cb("More about", ...others(ctx, 3, INDY_TAGS));
      page.cb("Join our commenting forum", "Join thought-provoking conversations, follow other Independent readers and see their replies", "Comments");
      page.cb("Most popular", ...others(ctx, 3, UK_HEADLINES));
      page.cb("Popular videos", "Sponsored Features", "Newsletters", "Contact us", "Jobs", "Advertising guide", "Terms of use", "Privacy notice", "Cookie policy", "Code of conduct and complaints");
      page.h(`© ${copyYear(ctx, d)} Independent Digital News & Media Ltd`);
      return { page, header: { byline: names, ...(city ? { dateline: city } : {}) } };
    },
  },
  {
    // A UK broadcaster's site in Sky News' manner: the skip link and the bar, the headline, the
    // standfirst, the byline as "Ann Lee, news reporter" (or "By Ann Lee, news reporter" in 2019,
    // or the name over "News reporter @annlee", two names each with a role, or none), "Wednesday 29
    // January 2020 17:32, UK", "Why you can trust Sky News" on the newer pages; captions as
    // "Image: … Pic: PA" (or with no credit); the video's "Please use Chrome browser for a more
    // accessible video player" and its title, "Read more:" with headlines, the podcast's and the
    // WhatsApp channel's prompts between paragraphs; "Related Topics:" and the footer.
    name: "held-out-sky-news",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const roll = ctx.rng();
      const names = roll < 0.2 ? [] : roll < 0.35 ? ctx.names.slice(0, 2) : ctx.names.slice(0, 1);
      const older = d.y <= 2020 && ctx.rng() < 0.5;
      const dek = ctx.rng() < 0.85 ? ctx.pick(DEKS) : undefined;
      const page = new Page();
      page.cb("Skip to content", "Sky News - back to home", "Watch Live", "Home", "UK", "Politics", "World", "US", "Climate", "Science & Tech", "Business", "Ents & Arts", "Money", "Offbeat", "Weather");
      page.h(ctx.story.title);
      if (dek) {
        page.h(dek);
        page.dek = dek;
      }
      if (names.length === 2) page.h(`${names[0]}, ${ctx.pick(SKY_ROLES)} and ${names[1]}, ${ctx.pick(SKY_ROLES)}`);
      else if (names.length === 1) {
        const role = ctx.pick(SKY_ROLES);
        const f = ctx.rng();
        if (older && f < 0.5) page.h(`By ${names[0]}, ${role}`);
        else if (f < 0.75) page.h(`${names[0]}, ${role}`);
        else page.h(names[0]!, `${role[0]!.toUpperCase()}${role.slice(1)} @${handleOf(names[0]!)}`);
      }
      page.h(`${ukLong(d)} ${hhmm(h, min)}, UK`);
      if (!older) page.c("Why you can trust Sky News");
      const between: Record<number, string[]> = {};
      if (ctx.rng() < 0.5) between[0] = ["Please use Chrome browser for a more accessible video player", ctx.pick(SKY_VIDEOS)];
      between[1] = ["Read more:", ...others(ctx, 2, UK_HEADLINES)];
      between[3] = [ctx.rng() < 0.5 ? "Click to subscribe to the Sky News Daily wherever you get your podcasts" : "Follow Sky News on WhatsApp"];
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => [cr ? `Image: ${c}. ${cr}` : `Image: ${c}`],
        credit: (who) => {
          const r = ctx.rng();
          return r < 0.3 ? "Pic: PA" : r < 0.5 ? "Pic: Reuters" : r < 0.65 ? "Pic: AP" : r < 0.85 ? `Pic: ${who}` : "Pic: Valley Police";
        },
        between,
        bareCaptions: true,
      });
      page.cb("Related Topics:", ...others(ctx, 2, SKY_TOPICS));
      page.cb("Sky News footer", "About Sky News", "About Us", "Sky News International", "Sky News Library Sales", "Site Map", "Editorial Guidelines", "Sky News Board", "Terms & Conditions", "Privacy & Cookies", "Privacy Options", "Accessibility", "Contact Us");
      page.h(`© ${copyYear(ctx, d)} Sky UK`);
      return { page, header: { byline: names } };
    },
  },
  {
    // A local blog hosted on WordPress.com: "Skip to content", the site's title and tagline, the
    // menu; the post's meta in the theme's place: "Posted on January 29, 2020 by Ann Lee" above the
    // title, "January 29, 2020 ~ Ann Lee ~ Leave a comment" below it, the Twenty Sixteen footer's
    // name, date, category and "Leave a comment" on lines of their own below the post, or only
    // "January 29, 2020" where the blog has one author and the theme hides it; captions with the
    // credit in brackets or after a stop; "Share this:" with the buttons, "Like this:" and "Like
    // Loading...", "Related" posts with their dates and 'In "…"', "Posted in … Tagged …", the
    // comments with their later dates and "Reply", "Leave a Reply", "Cancel reply", the form's
    // lines, "Post navigation", the sidebar's search, recent posts, archives and categories, "Blog
    // at WordPress.com." and the "Follow" bar.
    name: "held-out-wordpress-com",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const blog = ctx.pick(BLOGS);
      const name = ctx.names[0]!;
      const theme = ctx.rng();
      const meta = theme < 0.35 ? "above" : theme < 0.6 ? "tilde" : theme < 0.85 ? "footer" : "dateOnly";
      const names = meta === "dateOnly" ? [] : [name];
      const category = ctx.pick(BLOG_CATEGORIES);
      const date = usLong(d);
      const page = new Page();
      page.cb("Skip to content", blog.title, blog.tagline);
      page.cb("Menu", "Home", "About", "Contact", "Send a tip");
      if (meta === "above") page.h(`Posted on ${date} by ${name}`);
      page.h(ctx.story.title);
      if (meta === "tilde") page.h(`${date} ~ ${name} ~ Leave a comment`);
      if (meta === "dateOnly") page.h(date);
      const sameLine = ctx.rng() < 0.5;
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => (cr ? [sameLine ? `${c} (${cr})` : `${c}. ${cr}`] : [c]),
        credit: (who) => {
          const r = ctx.rng();
          return r < 0.5 ? `Photo: ${name}` : r < 0.8 ? `Photo courtesy of ${who}` : "Photo: Valley Water Board";
        },
        between: {},
        bareCaptions: true,
      });
      if (meta === "footer") {
        page.h(name, date);
        page.c(category, "Leave a comment");
      }
      page.cb("Share this:", "Twitter", "Facebook", "Email", "Print");
      if (ctx.rng() < 0.5) page.cb("Like this:", "Like Loading...");
      else page.cb("Like this:", "Like", "Loading...");
      const related = others(ctx, 3);
      page.cb(
        "Related",
        ...related.flatMap((r, i) => {
          const when = dayOf(new Date(Date.parse(`${ctx.story.date}T12:00:00Z`) - (7 + 11 * i) * 86_400_000).toISOString().slice(0, 10));
          return [r, usLong(when), `In "${ctx.pick(BLOG_CATEGORIES)}"`];
        }),
      );
      if (meta !== "footer") page.c(`Posted in ${category}${ctx.rng() < 0.6 ? ` Tagged ${others(ctx, 2, BLOG_TAGS).join(", ")}` : ""}`);
      const n = ctx.rng() < 0.5 ? 0 : 1 + Math.floor(ctx.rng() * 2);
      if (n) {
        page.c(`${n} thought${n > 1 ? "s" : ""} on “${ctx.story.title}”`);
        others(ctx, n, BLOG_COMMENTERS).forEach((who, i) => {
          const when = dayOf(nextDay(i ? nextDay(ctx.story.date) : ctx.story.date));
          page.cb(`${who} says:`, `${usLong(when)} at ${clock(8 + 2 * i, (7 + 13 * i) % 60, "pm")}`, ctx.pick(BLOG_COMMENTS), "Reply");
        });
      }
      page.cb("Leave a Reply", "Cancel reply", "Enter your comment here...", "Fill in your details below or click an icon to log in:");
      page.cb("Post navigation", "Previous Post", ctx.pick(OTHER_HEADLINES));
      page.cb("Search for:", "Search", "Recent Posts", ...others(ctx, 3));
      const prev = dayOf(new Date(Date.UTC(d.y, d.m - 2, 1)).toISOString().slice(0, 10));
      page.cb("Archives", `${MONTHS[d.m - 1]} ${d.y}`, `${MONTHS[prev.m - 1]} ${prev.y}`);
      page.cb("Categories", ...BLOG_CATEGORIES.slice(0, 4));
      page.c("Blog at WordPress.com.");
      page.cb("Follow", "Following", blog.title, "Sign me up", "Already have a WordPress.com account? Log in now.");
      page.cb(blog.title, "Customize", "Follow", "Following", "Sign up", "Log in", "Copy shortlink", "Report this content", "View post in Reader", "Manage subscriptions", "Collapse this bar");
      return { page, header: { byline: names } };
    },
  },
  {
    // A Beehiiv newsletter pasted from the email: the preheader on some, "Read Online", "Sign Up |
    // Advertise", the newsletter's name; either the issue's headline is the story's (its subtitle a
    // dek on some) over "Ann Lee · January 29, 2020" (or the newsletter's team with the date, or
    // the date alone in the masthead above), or the issue has its own title and the story comes
    // under "📰 TOP STORY" with its own "By Ann Lee"; "Together with …" and the sponsor's block,
    // the other sections with their emoji headers and items, the poll "What did you think of
    // today's edition?" with its answers, the referral program, "Update your email preferences or
    // unsubscribe here", "© 2020 …", the address and "Powered by beehiiv".
    name: "held-out-beehiiv",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const nl = ctx.pick(NEWSLETTERS);
      const sponsor = ctx.pick(SPONSORS);
      const roll = ctx.rng();
      const team = roll < 0.2;
      const names = team ? [] : oneOrTwo(ctx, 0.2);
      const ownTitle = ctx.rng() < 0.35;
      const dateTop = ctx.rng() < 0.3;
      const issue = 20 + Math.floor(ctx.rng() * 300);
      const page = new Page();
      if (ctx.rng() < 0.4) page.c(ctx.pick(["Plus: a road closure and this weekend's events", "Your local news in five minutes", "Also: the school board's budget"]));
      page.c("Read Online");
      if (ctx.rng() < 0.7) page.c("Sign Up | Advertise");
      page.c(nl.name);
      if (dateTop) page.h(`${WEEKDAYS[d.wd]}, ${usLong(d)} | Issue #${issue}`);
      const stamp = `${usLong(d)}`;
      const authorLine = team ? `${nl.team} · ${stamp}` : `${joinNames(names)} · ${stamp}`;
      if (ownTitle) {
        page.c(ctx.pick(ISSUE_TITLES));
        if (!dateTop) page.h(team ? authorLine : `${nl.team} · ${stamp}`);
      } else {
        page.h(ctx.story.title);
        if (ctx.rng() < 0.4) {
          const dek = ctx.pick(TV_DEKS);
          page.h(dek);
          page.dek = dek;
        }
        if (!dateTop || !team) page.h(dateTop ? (team ? nl.team : joinNames(names)) : authorLine);
      }
      page.c(`Together with ${sponsor.name}`);
      if (ctx.rng() < 0.5) page.c("Forwarded this email? Subscribe here for more");
      page.c(ctx.pick(["Good morning! Here's what's happening around town today.", "Happy Wednesday. Grab a coffee, this one's a big one.", "Welcome back. Here's your local news."]));
      if (ownTitle) {
        page.c("📰 TOP STORY");
        page.h(ctx.story.title);
        if (!team) page.h(`By ${joinNames(names)}`);
      }
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => (cr ? [c, cr] : [c]),
        credit: (who) => (ctx.rng() < 0.6 ? `Photo: ${who}` : `Photo courtesy of Valley Water Board`),
        between: { 2: [`A message from ${sponsor.name}`, sponsor.cta] },
        bareCaptions: true,
      });
      page.cb(`📣 FROM OUR SPONSOR: ${sponsor.name.toUpperCase()}`, sponsor.pitch, sponsor.cta);
      const items = others(ctx, 3);
      page.cb("🗞️ IN OTHER NEWS", ...items.map((t) => `${t}. (${ctx.pick(["Valley Times", "KXYZ", "Mesa Herald"])})`));
      page.cb("🗓️ ON THE CALENDAR", `Saturday: Farmers market at the depot, 8 a.m.-noon.`, `Tuesday: School board meeting, 6 p.m., district office.`);
      page.cb("What did you think of today's edition?", "🔥 Loved it", "🙂 It was OK", "👎 Not for me", "Login or Subscribe to participate in polls.");
      if (ctx.rng() < 0.6)
        page.cb(
          `Share ${nl.name}`,
          `You currently have 0 referrals, only 3 away from receiving a ${nl.name} sticker pack.`,
          `Or copy and paste this link to others: https://${nl.domain}/subscribe?ref=${tokenOf(ctx, 10)}`,
        );
      page.c("Update your email preferences or unsubscribe here");
      page.h(`© ${d.y} ${nl.name}`);
      page.cb(nl.street, nl.city);
      page.cb("Powered by beehiiv", "Terms of Service");
      return { page, header: { byline: names } };
    },
  },
  {
    // A news app's share of a local story, pasted from a text or an email. Google News: the share
    // sheet's "Headline - The Valley Times" and the app's link, "Shared via Google News" on some,
    // then the publisher's page as the app's viewer copies it: the domain, "Full coverage", the
    // publisher, the headline, "By Ann Lee" (or the names alone, or none) over "Jan 29, 2020" or
    // "January 29, 2020 at 5:32 PM", the story, its captions with the credit on the line below, and
    // "More from The Valley Times". SmartNews: "Headline | The Valley Times", the link and "Sent from
    // SmartNews", then Smart View: the publisher, the headline, "Jan 29, 2020 · Ann Lee" (or the
    // date alone), the story, "View original article", "More from The Valley Times" and the app's
    // download line.
    name: "held-out-news-app-share",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const pub = ctx.pick(NEWS_PUBLISHERS);
      const google = ctx.rng() < 0.55;
      const roll = ctx.rng();
      const names = roll < 0.15 ? [] : oneOrTwo(ctx, 0.25);
      const dateline = pub.credit === "KXYZ" && ctx.rng() < 0.5 ? ctx.place : ctx.rng() < 0.15 ? ctx.place : undefined;
      const page = new Page();
      if (ctx.rng() < 0.3) page.c(ctx.pick(["Did you see this?", "Thought you'd want to see this", "FYI"]));
      if (google) {
        page.h(`${ctx.story.title} - ${pub.name}`);
        page.c(`https://news.google.com/articles/CBMi${tokenOf(ctx, 60)}?hl=en-US&gl=US&ceid=US%3Aen`);
        if (ctx.rng() < 0.6) page.c("Shared via Google News");
        page.cb(pub.domain, "Full coverage");
        page.c(pub.name);
        page.h(ctx.story.title);
        const by = names.length ? (ctx.rng() < 0.6 ? `By ${joinNames(names)}` : joinNames(names)) : undefined;
        const date = ctx.rng() < 0.5 ? `${mon(d)} ${d.d}, ${d.y}` : `${usLong(d)} at ${clock(h, min, "PM")}`;
        page.h(...(by ? [by] : []), date);
      } else {
        page.h(`${ctx.story.title} | ${pub.name}`);
        page.c(`https://l.smartnews.com/p-${tokenOf(ctx, 6)}/${tokenOf(ctx, 6)}`);
        page.c("Sent from SmartNews");
        page.c(pub.name);
        page.h(ctx.story.title);
        page.h(names.length ? `${mon(d)} ${d.d}, ${d.y} · ${joinNames(names)}` : `${mon(d)} ${d.d}, ${d.y}`);
      }
      body(page, ctx, {
        lead: (p) => (dateline ? `${dateline} — ${p}` : p),
        figure: (c, cr) => (cr ? [c, cr] : [c]),
        credit: (who) => (ctx.rng() < 0.6 ? `${who}/${pub.credit}` : "Associated Press"),
        between: {},
        bareCaptions: true,
      });
      if (google) {
        page.cb(`More from ${pub.name}`, ...others(ctx, 3));
        page.c("Full coverage");
      } else {
        page.c("View original article");
        page.cb(`More from ${pub.name}`, ...others(ctx, 2));
        page.c("Download SmartNews to read more news like this: https://www.smartnews.com/");
      }
      return { page, header: { byline: names, ...(dateline ? { dateline } : {}) } };
    },
  },
];
