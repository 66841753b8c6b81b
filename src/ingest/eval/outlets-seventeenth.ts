/**
 * A seventeenth held-out group of outlet styles for the import evaluation (issue 13), written before
 * reading the importer's code (only src/ingest/eval/, scripts/eval-import.ts, the evaluation test,
 * the earlier groups' committed fixtures and README.md were read), to be scored untouched. The
 * mainstream kinds of source a contributor pastes from, in CMSs and outlets no group had covered,
 * each written from memory of how its text comes out of a browser's "select all" or an email
 * client's copy between 2019 and 2024.
 *
 * US local TV and newspaper sites: a CBS owned station in its "CBS News <City>" format (the brand
 * bar with "Watch CBS News", the section, the headline, "By Ann Lee" or "By Ann Lee, Bob Stone",
 * "January 29, 2020 / 5:32 PM MST / CBS Valley" or "Updated on: …" (the only stamp the page
 * shows), "/ AP" on agency copy; "Be the first to know" and the browser notifications' prompt;
 * "CHICAGO (CBS) -- " on some; the caption over "CBS Valley" or "Getty Images"; "More from CBS
 * News" between paragraphs; "© 2020 CBS Broadcasting Inc. All Rights Reserved.", "In:" and the
 * tags, the reporter's card, the footer), or the older CBS Local layout migrated with it ("By Ann
 * Lee" over "January 29, 2020 at 5:32 pm", "DENVER (CBS4) – ", "Filed Under:"); a Cox Media Group
 * station ("By Ann Lee, WXSB-TV", "By: Ann Lee, KMRO 7 News", two names, the site's news staff,
 * "By The Associated Press" or the national content desk; "January 29, 2020 at 5:32 pm EST", an
 * update on a line of its own on some; "This browser does not support the video element."; "ATLANTA
 * — "; the credit in brackets after the caption; "[SIGN UP: …]", "[DOWNLOAD: …]", "RELATED
 * STORIES:" and "Advertisement" between paragraphs; the apps' line and Cox Media Group's
 * copyright); a Hearst Television station ("Updated: 5:32 PM PST Jan 29, 2020" alone, above or
 * below the author's name over the station's call letters, "Editorial Standards ⓘ", the lead
 * video's title, "Advertisement" between paragraphs, Hearst Television's affiliate notice); a
 * Tribune Publishing metro daily ("By ANN LEE | alee@… | Valley Tribune", "PUBLISHED: January 29,
 * 2020 at 5:32 PM CST | UPDATED: …", "Share this:" and its buttons, "Related Articles", "(Ann Lee /
 * Valley Tribune)" after the caption, "Originally Published:" at the foot; or the older Arc layout's
 * name over the paper over "Jan 29, 2020 at 5:32 PM" with the credit below the caption).
 *
 * A UK broadsheet in The Telegraph's manner (the bar, the section, the headline, the standfirst,
 * "By Ann Lee, Political Editor", "By Ann Lee in Washington", two names or "By Telegraph
 * Reporters", "29 January 2020 • 5:32pm", "Related Topics", the subscription's pitch, the caption
 * with "Credit: PA" at its end, the newsletter's prompt between paragraphs, the comments' rules and
 * the footer); an AFP story as partners republish it (France 24: "AFP", "Issued on: 29/01/2020 -
 * 17:32" and "Modified: 29/01/2020 - 19:04", day first, on lines of their own or one, "Paris (AFP)
 * – ", "© 2020 AFP"; Barron's: "AFP", "By Ann LEE", "Jan. 29, 2020 5:32 pm ET" or "Updated … /
 * Original …"; the credit "Ann LEE / AFP" or "AFP/File" below the caption).
 *
 * A local freelance journalist's Squarespace blog (the site's name and nav, the post's title,
 * "January 29, 2020" and "Ann Lee" in either order, or one of them, above or below the title, the
 * tags, "Share", the share buttons with their counts, "Newer Post" and "Older Post", the footer and
 * "Powered by Squarespace") or Tumblr blog (the blog's name and description, the post, its tags,
 * the date and the notes below it, "reblogged this from …"); and a plain Buttondown or ConvertKit
 * newsletter pasted from the email (the email's header lines, or the Gmail view's subject and
 * sender, "View in browser" on some, the sender's name, the issue's line, the subject repeated as
 * the heading, the greeting, the story, the signature "— Ann Lee", "You're receiving this
 * because …", "Unsubscribe | Preferences", the address, the platform's line).
 *
 * Networks, chains, platforms, agencies and national papers are the real ones, as the copied text
 * would carry them; people, stations, local papers, blogs, newsletters, other headlines and
 * comments are made up, and no page is copied.
 */
import { ampm, AP_MONTHS, body, dayOf, DEKS, FIRST, h12, LAST, mon, MONTHS, nextDay, pad, Page, WEEKDAYS, type Ctx, type Day, type Style } from "./outlets.ts";

/** Headlines of other stories, for related lists, sidebars and the like. */
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
  "NHS waiting list reaches new record high, figures show",
  "Prime Minister faces backbench revolt over planning reforms",
  "Council tax set to rise by up to 5% in April",
];
const WORLD_HEADLINES = [
  "EU leaders meet in Brussels for emergency summit on energy prices",
  "Floods force thousands from their homes in southern Brazil",
  "UN warns of worsening hunger in the Sahel",
  "Japan's economy shrinks for second straight quarter",
  "Thousands march in Santiago over pension reform",
];
const TV_VIDEOS = ["Officials speak after Wednesday's decision", "Residents react to the news", "What happens next", "Crews on the scene", "Full press conference", "Here's what we know"];
const CBS_STATIONS = [
  { brand: "CBS News Valley", short: "CBS Valley", old: "CBS4 Valley", call: "CBS4", city: "VALLEY CITY", zone: "M", tag: "Valley City" },
  { brand: "CBS News Mesa", short: "CBS Mesa", old: "CBS 5 Mesa", call: "CBS 5", city: "MESA", zone: "M", tag: "Mesa" },
  { brand: "CBS News Cedar County", short: "CBS Cedar County", old: "WCDC-TV 2", call: "CBS", city: "CEDAR FALLS", zone: "C", tag: "Cedar Falls" },
  { brand: "CBS News Front Range", short: "CBS Front Range", old: "CBS4 Front Range", call: "CBS4", city: "DENVER", zone: "M", tag: "Denver" },
] as const;
const CBS_SECTIONS = ["Local News", "Local News", "Politics", "Weather", "Crime", "Health"];
const COX_STATIONS = [
  { call: "WXSB-TV", by: "WXSB-TV", brand: "Channel 2 Action News", city: "ATLANTA", zone: "E", staff: "WXSBTV.com News Staff", colon: false },
  { call: "KMRO 7", by: "KMRO 7 News", brand: "KMRO 7 News", city: "SEATTLE", zone: "P", staff: "KMRO7.com News Staff", colon: true },
  { call: "WCDZ-TV", by: "WCDZ", brand: "Eyewitness News 9", city: "ORLANDO", zone: "E", staff: "WCDZ.com News Staff", colon: true },
  { call: "WVTV", by: "WVTV-TV", brand: "WVTV 11 News", city: "PITTSBURGH", zone: "E", staff: "WVTV.com News Staff", colon: false },
] as const;
const HEARST_STATIONS = [
  { brand: "KVRA 3", call: "KVRA", zone: "P", city: "SACRAMENTO, Calif." },
  { brand: "WNHR 9", call: "WNHR", zone: "E", city: "MANCHESTER, N.H." },
  { brand: "KMKC 9", call: "KMKC", zone: "C", city: "KANSAS CITY, Mo." },
  { brand: "WBLT 11", call: "WBLT", zone: "E", city: "BALTIMORE" },
] as const;
const TRIBUNE_PAPERS = [
  { name: "Valley Tribune", domain: "valleytribune.example", zone: "C", letter: "Valley Tribune Daily Headlines" },
  { name: "The Mesa Sun", domain: "mesasun.example", zone: "E", letter: "Mesa Sun Breaking News" },
  { name: "Cedar Sentinel", domain: "cedarsentinel.example", zone: "E", letter: "Sentinel Morning Update" },
] as const;
const TRIBUNE_SECTIONS = ["News", "Breaking News", "Politics", "Education", "Weather", "Business"];
const TELEGRAPH_SECTIONS = ["UK News", "Politics", "World News", "Environment", "Health", "Transport"];
const TELEGRAPH_ROLES = ["Political Editor", "Chief Reporter", "Home Affairs Editor", "Environment Editor", "Senior News Reporter", "US Editor", "Transport Correspondent"];
const TELEGRAPH_TOPICS = ["Water", "Local government", "Climate change", "Weather", "NHS", "Transport", "Conservative Party"];
const TELEGRAPH_CITIES = ["Washington", "New York", "Brussels", "Paris"];
const AFP_PLACES = ["Paris", "Washington", "Nairobi", "Brussels", "Geneva", "Sydney", "Mexico City", "Johannesburg"];
const F24_SECTIONS = ["Europe", "Americas", "Africa", "Asia / Pacific", "France", "Environment"];
const BARRONS_SECTIONS = ["Economy & Policy", "Markets", "Articles", "News"];
const BLOG_TAGS = ["city council", "water", "budget", "public meetings", "schools", "county", "environment"];
const BEATS = ["local government", "water and the environment", "schools", "public safety", "housing"];
const NEWSLETTERS = [
  { name: "The Mesa Notebook", domain: "mesanotebook.example", street: "48 W. Adams St. #12", city: "Mesa, AZ 85201" },
  { name: "Valley Notes", domain: "valleynotes.example", street: "PO Box 311", city: "Valley City, CO 80000" },
  { name: "The Cedar Dispatch", domain: "cedardispatch.example", street: "9 Depot Ave", city: "Cedar Falls, IA 50613" },
] as const;
const GREETINGS = ["Hi friends,", "Hello again,", "Hi everyone —", "Good morning,"];

/** "Ann Lee" → "alee" */
const emailUser = (name: string) => {
  const [first, ...rest] = name.split(" ");
  return `${first![0]}${rest.join("")}`.toLowerCase().replace(/[^a-z]/g, "");
};
/** "Ann Lee" → "annlee" */
const handleOf = (name: string) => name.toLowerCase().replace(/[^a-z]/g, "");
/** "Ann Lee" → "Ann LEE", as AFP prints its people */
const afpName = (name: string) => {
  const [first, ...rest] = name.split(" ");
  return `${first} ${rest.join(" ").toUpperCase()}`;
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
/** US (and, near enough, European) summer time: mid-March to the first days of November. */
const dst = (day: Day) => (day.m > 3 && day.m < 11) || (day.m === 3 && day.d >= 10) || (day.m === 11 && day.d < 3);
const zoneOf = (zone: string, day: Day) => `${zone}${dst(day) ? "D" : "S"}T`;
/** "January 29, 2020" */
const usLong = (day: Day) => `${MONTHS[day.m - 1]} ${day.d}, ${day.y}`;
/** "29/01/2020" */
const dayFirst = (day: Day) => `${pad(day.d)}/${pad(day.m)}/${day.y}`;
/** "5:32pm" */
const ukClock = (hh: number, mm: number) => `${h12(hh)}:${pad(mm)}${hh < 12 ? "am" : "pm"}`;

export const HELD_OUT_SEVENTEENTH_STYLES: readonly Style[] = [
  {
    // A CBS owned-and-operated station in the "CBS News <City>" format (2022 on, its archive
    // migrated into it): the brand bar with "Watch CBS News", the section, the headline, "By Ann
    // Lee" (or two names with a comma, or none on the station's own briefs), the one stamp the page
    // shows, "January 29, 2020 / 5:32 PM MST / CBS Valley" or "Updated on: …" (the agency's "/ AP"
    // on wire copy); "Be the first to know" and the notifications' prompt; "CHICAGO (CBS) -- " on
    // some; the caption over "CBS Valley", "CBS" or "Getty Images"; "More from CBS News" between
    // paragraphs; "© 2020 CBS Broadcasting Inc. All Rights Reserved." and "In:" with the tags; the
    // reporter's card; the footer. The older CBS Local layout on some 2019-2021 pages: "By Ann Lee"
    // over "January 29, 2020 at 5:32 pm", "DENVER (CBS4) – ", "Filed Under:" and its tags.
    name: "held-out-cbs-local",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const st = ctx.pick(CBS_STATIONS);
      const roll = ctx.rng();
      const wire = roll < 0.12;
      const none = roll >= 0.12 && roll < 0.22;
      const names = wire || none ? [] : oneOrTwo(ctx, 0.25);
      const older = !wire && d.y <= 2021 && ctx.rng() < 0.3;
      const page = new Page();
      if (older) {
        page.cb(st.old, "Watch Now", "News", "Weather", "Sports", "Video", "Contests", "Station Info", "Search");
        page.h(ctx.story.title);
        page.h(...(names.length ? [`By ${joinNames(names)}`] : []), `${usLong(d)} at ${clock(h, min, "pm")}`);
      } else {
        page.cb(st.brand, "Watch CBS News", "Local News", "Weather", "Sports", "Video", "Station Info", "Newsletters");
        page.c(ctx.pick(CBS_SECTIONS));
        page.h(ctx.story.title);
        if (names.length) page.h(`By ${names.join(", ")}`);
        const stamp = `${usLong(d)} / ${clock(h, min, "PM")} ${zoneOf(st.zone, d)} / ${wire ? "AP" : st.short}`;
        page.h(ctx.rng() < 0.5 ? `Updated on: ${stamp}` : stamp);
        if (ctx.rng() < 0.6) page.cb("Be the first to know", "Get browser notifications for breaking news, live events, and exclusive reporting.", "Not Now", "Turn On");
      }
      if (!older && ctx.rng() < 0.4) page.c(`${ctx.pick(TV_VIDEOS)}`);
      const place = ctx.rng();
      const dateline = wire ? ctx.place : older ? (place < 0.7 ? st.city : undefined) : place < 0.3 ? st.city : undefined;
      const between: Record<number, string[]> = {};
      if (!older && ctx.rng() < 0.5) between[2] = ["More from CBS News", ...others(ctx, 2)];
      body(page, ctx, {
        lead: (p) => (wire ? `${dateline} (AP) — ${p}` : dateline ? (older ? `${dateline} (${st.call}) – ${p}` : `${dateline} (CBS) -- ${p}`) : p),
        figure: (c, cr) => (cr ? [c, cr] : [c]),
        credit: () => {
          const r = ctx.rng();
          return wire ? "AP" : r < 0.35 ? st.short : r < 0.55 ? "CBS" : r < 0.85 ? "Getty Images" : "Valley Water Board";
        },
        between,
        bareCaptions: true,
      });
      if (wire) page.h(`© ${d.y} The Associated Press. All Rights Reserved. This material may not be published, broadcast, rewritten, or redistributed.`);
      else page.h(`© ${d.y} CBS Broadcasting Inc. All Rights Reserved.`);
      if (!older) {
        page.c(`In: ${others(ctx, 2, [st.tag, "Water", "City Council", "Weather", "Schools"]).join(" ")}`);
        for (const n of names) page.h(n, `${n} is a reporter for ${st.short}, covering ${ctx.pick(BEATS)}.`);
      } else page.cb("Filed Under:", ...others(ctx, 2, [st.tag, "Water", "City Council", "Local TV"])).cb("Latest Headlines", ...others(ctx, 3));
      page.cb("Featured Local Savings");
      page.h(`Copyright ©${copyYear(ctx, d)} CBS Interactive Inc. All rights reserved.`);
      page.cb("Privacy Policy", "California Notice", "Your Privacy Choices", "Terms of Use", "About", "Advertise", "Closed Captioning", "CBS News Store", "Careers", "Internships", "Site Map", "Contact");
      return { page, header: { byline: names, ...(dateline ? { dateline } : {}) } };
    },
  },
  {
    // A Cox Media Group station on its Arc site: the bar, the section, the headline, "By Ann Lee,
    // WXSB-TV" or "By: Ann Lee, KMRO 7 News", two names sharing the station, the site's news
    // staff, "By The Associated Press" or "By Cox Media Group National Content Desk"; "January 29,
    // 2020 at 5:32 pm EST", an update's "Updated: January 30, 2020 at 9:04 am EST" below it on some;
    // "This browser does not support the video element." on some; "ATLANTA — " or none; the credit
    // in brackets after the caption; "[SIGN UP: …]", "[DOWNLOAD: …]", "RELATED STORIES:" and
    // "Advertisement" between paragraphs; "Download the WXSB-TV News app …", "Top Stories", the
    // footer and Cox Media Group's copyright.
    name: "held-out-cox-tv",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const st = ctx.pick(COX_STATIONS);
      const roll = ctx.rng();
      const wire = roll < 0.1;
      const desk = roll >= 0.1 && roll < 0.17;
      const staff = roll >= 0.17 && roll < 0.27;
      const names = wire || desk || staff ? [] : oneOrTwo(ctx, 0.25);
      const upd = ctx.rng() < 0.3 ? updateOf(ctx, 0.5) : undefined;
      const stamp = (day: Day, hh: number, mm: number) => `${usLong(day)} at ${clock(hh, mm, "pm")} ${zoneOf(st.zone, day)}`;
      const page = new Page();
      page.cb(st.call, "Watch Live", "News", "Weather", "Traffic", "Sports", "Investigates", "Search");
      page.c(ctx.pick(["Local", "News", "Crime & Law", "Weather", "Politics"]));
      page.h(ctx.story.title);
      const by = st.colon ? "By: " : "By ";
      let line: string;
      if (wire) line = `${by}The Associated Press`;
      else if (desk) line = `${by}Cox Media Group National Content Desk`;
      else if (staff) line = `${by}${st.staff}`;
      else line = names.length > 1 && ctx.rng() < 0.5 ? `${by}${names.map((n) => `${n}, ${st.by}`).join(" and ")}` : `${by}${joinNames(names)}, ${st.by}`;
      page.h(line, stamp(d, h, min), ...(upd ? [`Updated: ${stamp(dayOf(upd.iso), upd.hh, upd.mm)}`] : []));
      if (ctx.rng() < 0.35) page.c("This browser does not support the video element.");
      const between: Record<number, string[]> = {
        0: [`[SIGN UP: ${st.call} Daily Headlines Newsletter]`],
        1: ["Advertisement"],
      };
      if (ctx.rng() < 0.5) between[2] = [`[DOWNLOAD: Free ${st.call} News app for alerts as news breaks]`];
      if (ctx.rng() < 0.5) between[3] = ["RELATED STORIES:", ...others(ctx, 2)];
      const datelined = !wire && ctx.rng() < 0.6;
      body(page, ctx, {
        lead: (p) => (wire ? `${ctx.place} (AP) — ${p}` : datelined ? `${st.city} — ${p}` : p),
        figure: (c, cr) => [cr ? `${c} (${cr})` : c],
        credit: (who) => {
          const r = ctx.rng();
          return wire ? `AP Photo/${who}` : r < 0.35 ? `Photo: ${st.by}` : r < 0.6 ? `${who}/${st.by}` : r < 0.85 ? "Getty Images" : "Valley Water Board";
        },
        between,
        bareCaptions: true,
      });
      if (!wire && ctx.rng() < 0.25) tail(page, `The Associated Press contributed to this report.`);
      if (wire) page.h(`Copyright ${d.y} The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.`);
      page.c(`Download the ${st.call} News app for alerts as news breaks.`);
      page.cb("Top Stories", ...others(ctx, 3));
      page.cb("Contact Us", "Careers", "Advertise With Us", "Closed Captioning", "Public Inspection File", "FCC Applications", "EEO Public File Report", "Privacy Policy", "Terms of Use", "Do Not Sell or Share My Personal Information");
      page.h(`© ${copyYear(ctx, d)} Cox Media Group`);
      return { page, header: { byline: names, ...(wire ? { dateline: ctx.place } : datelined ? { dateline: st.city } : {}), ...(upd ? { updated: upd.iso } : {}) } };
    },
  },
  {
    // A Hearst Television station: the bar, "Advertisement", the headline, the lead video's title
    // on some, the one stamp "Updated: 5:32 PM PST Jan 29, 2020" above or below the author's name
    // over the station's call letters (two authors each over theirs, "The Associated Press" or
    // "KVRA Staff" alone), "Editorial Standards ⓘ"; the caption over its credit; "Advertisement"
    // between paragraphs; "SACRAMENTO, Calif. — " on some; Hearst Television's affiliate notice,
    // the footer and the station's copyright.
    name: "held-out-hearst-tv",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const st = ctx.pick(HEARST_STATIONS);
      const roll = ctx.rng();
      const wire = roll < 0.12;
      const staff = roll >= 0.12 && roll < 0.2;
      const names = wire || staff ? [] : oneOrTwo(ctx, 0.25);
      const page = new Page();
      page.cb("Skip to content", st.brand, "News", "Weather", "Watch Live", "Sports", "Search");
      page.c("Advertisement");
      page.h(ctx.story.title);
      if (ctx.rng() < 0.5) page.c(ctx.pick(TV_VIDEOS));
      const stamp = `Updated: ${clock(h, min, "PM")} ${zoneOf(st.zone, d)} ${mon(d)} ${d.d}, ${d.y}`;
      const authors = wire ? ["The Associated Press"] : staff ? [`${st.call} Staff`] : names.flatMap((n) => [n, st.call]);
      const before = ctx.rng() < 0.5;
      if (before) page.h(stamp);
      page.h(...authors);
      if (!before) page.h(stamp);
      page.c("Editorial Standards ⓘ");
      const datelined = wire || ctx.rng() < 0.3;
      body(page, ctx, {
        lead: (p) => (wire ? `${ctx.place} (AP) — ${p}` : datelined ? `${st.city} — ${p}` : p),
        figure: (c, cr) => (cr ? [c, cr] : [c]),
        credit: (who) => {
          const r = ctx.rng();
          return wire ? "AP" : r < 0.4 ? st.call : r < 0.7 ? "Getty Images" : r < 0.85 ? `Courtesy: ${who}` : "Hearst Owned";
        },
        between: { 1: ["Advertisement"], 3: ["Advertisement"] },
        bareCaptions: true,
      });
      if (wire) page.h(`Copyright ${d.y} The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.`);
      page.c("Advertisement");
      page.cb("Trending Stories", ...others(ctx, 3));
      page.c("Hearst Television participates in various affiliate marketing programs, which means we may get paid commissions on editorially chosen products purchased through our links to retailer sites.");
      page.cb("Contact Us", "News Team", "Careers", "Advertise", "Public Inspection File", "Privacy Notice", "Your California Privacy Rights", "Terms of Use", "Site Map");
      page.h(`©${copyYear(ctx, d)}, Hearst Television Inc. on behalf of ${st.call}-TV.`);
      const dl = wire ? ctx.place : datelined ? st.city : undefined;
      return { page, header: { byline: names, ...(dl ? { dateline: dl } : {}) } };
    },
  },
  {
    // A Tribune Publishing metro daily. The WordPress layout (2021 on, and the archive moved into
    // it): the bar, the section, the headline, "By ANN LEE | alee@valleytribune.example | Valley
    // Tribune" (two names, each with an address or not, or "| Associated Press" on agency copy),
    // "PUBLISHED: January 29, 2020 at 5:32 PM CST | UPDATED: January 30, 2020 at 9:04 AM CST" (or
    // no update), "Share this:" and its buttons, "Related Articles" lists and the newsletter's
    // prompt between paragraphs, the caption with "(Ann Lee / Valley Tribune)", a contributor's
    // line on some, "Originally Published: …" at the foot on updated pages, the tags, the footer.
    // The older Arc layout (2019-2020): the name over the paper over "Jan 29, 2020 at 5:32 PM", the
    // credit on the line below the caption.
    name: "held-out-tribune-metro",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const paper = ctx.pick(TRIBUNE_PAPERS);
      const wire = ctx.rng() < 0.12;
      const names = wire ? ctx.names.slice(0, 1) : oneOrTwo(ctx, 0.3);
      const older = !wire && d.y <= 2020 && ctx.rng() < 0.35;
      const upd = !older && ctx.rng() < 0.55 ? updateOf(ctx, 0.5) : undefined;
      const stamp = (day: Day, hh: number, mm: number) => `${usLong(day)} at ${clock(hh, mm, "PM")} ${zoneOf(paper.zone, day)}`;
      const page = new Page();
      page.cb("Skip to content", "All Sections", paper.name, "Subscribe", "Log in", "Search");
      page.c(ctx.pick(TRIBUNE_SECTIONS));
      page.h(ctx.story.title);
      if (older) page.h(`By ${joinNames(names)}`, paper.name, `${mon(d)} ${d.d}, ${d.y} at ${clock(h, min, "PM")}`);
      else {
        const up = (n: string) => n.toUpperCase();
        let by: string;
        if (wire) by = `By ${up(names[0]!)} | Associated Press`;
        else if (names.length > 1) by = ctx.rng() < 0.5 ? `By ${names.map((n) => `${up(n)} | ${emailUser(n)}@${paper.domain}`).join(" and ")} | ${paper.name}` : `By ${names.map(up).join(" and ")} | ${paper.name}`;
        else by = `By ${up(names[0]!)} | ${emailUser(names[0]!)}@${paper.domain} | ${paper.name}`;
        page.h(by, `PUBLISHED: ${stamp(d, h, min)}${upd ? ` | UPDATED: ${stamp(dayOf(upd.iso), upd.hh, upd.mm)}` : ""}`);
        page.cb("Share this:", "Click to share on Facebook (Opens in new window)", "Click to share on X (Opens in new window)", "Click to email a link to a friend (Opens in new window)", "Click to print (Opens in new window)");
      }
      const between: Record<number, string[]> = { 0: ["Related Articles", ...others(ctx, 2 + Math.floor(ctx.rng() * 2))] };
      if (ctx.rng() < 0.6) between[2] = [`Sign up for the ${paper.letter} newsletter.`];
      body(page, ctx, {
        lead: (p) => (wire ? `${ctx.place} (AP) — ${p}` : p),
        figure: (c, cr) => (cr ? (older ? [c, cr] : [`${c} (${cr})`]) : [c]),
        credit: (who) => {
          const r = ctx.rng();
          return wire ? `AP Photo/${who}` : r < 0.6 ? `${who} / ${paper.name}` : r < 0.8 ? `${who} / AP` : "Handout";
        },
        between,
        bareCaptions: true,
      });
      if (!wire && names.length === 1 && ctx.rng() < 0.25) tail(page, `${paper.name}'s ${otherName(ctx)} contributed.`);
      if (!older) {
        if (names.length === 1 && !wire) page.h(`${emailUser(names[0]!)}@${paper.domain}`);
        if (upd) page.c(`Originally Published: ${stamp(d, h, min)}`);
        page.c(`Topics: ${others(ctx, 2, ["Water", "City Council", "Local Government", "Weather", "Schools"]).join(", ")}`);
      }
      page.cb("Trending Nationally", ...others(ctx, 3));
      page.h(`Copyright © ${copyYear(ctx, d)} ${paper.name}`);
      page.cb("Terms of Service", "Privacy Policy", "Cookie Settings", "Do Not Sell/Share My Personal Information", "Contact Us", "Archives", "Site Map");
      return { page, header: { byline: names, ...(wire ? { dateline: ctx.place } : {}), ...(upd ? { updated: upd.iso } : {}) } };
    },
  },
  {
    // A UK broadsheet in The Telegraph's manner: the bar, the section, the headline, the standfirst
    // on most pages, "By Ann Lee, Political Editor", "By Ann Lee in Washington", "By Ann Lee and
    // Bob Stone" or "By Telegraph Reporters"; "29 January 2020 • 5:32pm"; "Related Topics" with its
    // topics on some; the subscription's pitch; the caption with "Credit: PA", "Credit: Ann Lee for
    // The Telegraph" or a photographer's name at its end (no stop before it) or on the line below;
    // the newsletter's prompt between paragraphs; the comments' rules, the footer.
    name: "held-out-telegraph",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const roll = ctx.rng();
      const reporters = roll < 0.12;
      const names = reporters ? [] : oneOrTwo(ctx, 0.2);
      const city = !reporters && names.length === 1 && ctx.rng() < 0.15 ? ctx.pick(TELEGRAPH_CITIES) : undefined;
      const dek = ctx.rng() < 0.85 ? ctx.pick(DEKS) : undefined;
      const page = new Page();
      page.cb("Skip to content", "The Telegraph", "Subscribe now", "Log in", "News", "Sport", "Business", "Money", "Opinion", "Travel", "Health", "Lifestyle", "Culture", "Puzzles");
      page.c(ctx.pick(TELEGRAPH_SECTIONS));
      page.h(ctx.story.title);
      if (dek) {
        page.h(dek);
        page.dek = dek;
      }
      let by: string;
      if (reporters) by = "By Telegraph Reporters";
      else if (city) by = `By ${names[0]} in ${city}`;
      else if (names.length === 2) by = `By ${names[0]} and ${names[1]}`;
      else by = ctx.rng() < 0.75 ? `By ${names[0]}, ${ctx.pick(TELEGRAPH_ROLES)}` : `By ${names[0]}`;
      page.h(by, `${d.d} ${MONTHS[d.m - 1]} ${d.y} • ${ukClock(h, min)}`);
      if (ctx.rng() < 0.5) page.cb("Related Topics", ...others(ctx, 3, TELEGRAPH_TOPICS));
      if (ctx.rng() < 0.5) page.cb("Telegraph subscription", "Try a month free, then £1 a week for your first three months.", "Subscribe now");
      const between: Record<number, string[]> = {
        1: ["Sign up to the Front Page newsletter for free: Your essential guide to the day's agenda from The Telegraph - direct to your inbox seven days a week."],
      };
      if (ctx.rng() < 0.5) between[3] = ["Continue reading", ...others(ctx, 1, UK_HEADLINES)];
      const below = ctx.rng() < 0.4;
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => (cr ? (below ? [c, cr] : [`${c} ${cr}`]) : [c]),
        credit: (who) => {
          const r = ctx.rng();
          return r < 0.3 ? "Credit: PA" : r < 0.5 ? `Credit: ${who} for The Telegraph` : r < 0.7 ? "Credit: Getty Images" : r < 0.85 ? `Credit: ${who}/PA` : "Credit: Reuters";
        },
        between,
      });
      page.cb("Related Topics", ...others(ctx, 3, TELEGRAPH_TOPICS));
      page.cb("Join the conversation", "Show comments", "The Telegraph values your comments but kindly requests all posts are on topic, constructive and respectful. Please review our commenting policy.");
      page.cb("More stories", ...others(ctx, 3, UK_HEADLINES));
      page.cb("Back to top", "Follow us on:", "Help Centre", "About us", "Telegraph Extra", "Reader Prints", "Branded Content", "Syndication and Commissioning", "Guidelines", "Privacy", "Terms and Conditions", "Advertising terms", "Modern Slavery", "Tax Strategy");
      page.h(`© Telegraph Media Group Limited ${copyYear(ctx, d)}`);
      return { page, header: { byline: names, ...(city ? { dateline: city } : {}) } };
    },
  },
  {
    // An AFP story as its partners republish it. France 24: the bar, the section, the headline, a
    // standfirst on some, "AFP", "Issued on: 29/01/2020 - 17:32" and "Modified: 29/01/2020 - 19:04"
    // (day first, Paris time; on lines of their own or one line, or no modification), the reading
    // time and share buttons, "Paris (AFP) – ", the caption over "Ann LEE / AFP" or "AFP/File",
    // "© 2020 AFP", the newsletter's and the app's prompts, "On the same topic", the footer.
    // Barron's: the bar, "AFP", the headline, "By Ann LEE" (or none), "Jan. 29, 2020 5:32 pm ET" or
    // "Updated Jan. 29, 2020 7:04 pm ET / Original Jan. 29, 2020 5:32 pm ET", the story, "© 2020
    // AFP", Dow Jones's footer.
    name: "held-out-afp-partner",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const barrons = ctx.rng() < 0.3;
      const place = ctx.pick(AFP_PLACES);
      const page = new Page();
      let names: string[] = [];
      let upd: { iso: string; hh: number; mm: number } | undefined;
      if (barrons) {
        names = ctx.rng() < 0.7 ? oneOrTwo(ctx, 0.2).map(afpName) : [];
        upd = ctx.rng() < 0.4 ? updateOf(ctx, 0.3) : undefined;
        page.cb("Barron's", "Subscribe", "Sign In", "Search", "Markets", "Stocks", "Funds & ETFs", "Retirement", "Advisor", "Magazine", "Newsletters");
        page.c(ctx.pick(BARRONS_SECTIONS));
        page.h("AFP");
        page.h(ctx.story.title);
        const stamp = (day: Day, hh: number, mm: number) => `${AP_MONTHS[day.m - 1]} ${day.d}, ${day.y} ${clock(hh, mm, "pm")} ET`;
        page.h(...(names.length ? [`By ${joinNames(names)}`] : []), upd ? `Updated ${stamp(dayOf(upd.iso), upd.hh, upd.mm)} / Original ${stamp(d, h, min)}` : stamp(d, h, min));
        page.cb("Text size", "Share", "Resize", "Print");
      } else {
        // Paris time, an hour or two after the US times the generator draws.
        const ph = Math.min(h + 1, 23);
        upd = ctx.rng() < 0.6 ? (ctx.rng() < 0.4 ? { iso: nextDay(ctx.story.date), hh: 9, mm: 4 } : { iso: ctx.story.date, hh: Math.min(ph + 2, 23), mm: (min + 32) % 60 }) : undefined;
        page.cb("Skip to main content", "Live", "France 24", "Home", "France", "Africa", "Middle East", "Americas", "Europe", "Asia / Pacific", "Business / Tech", "Sports", "Culture", "Environment");
        page.c(ctx.pick(F24_SECTIONS));
        page.h(ctx.story.title);
        if (ctx.rng() < 0.4) {
          const dek = ctx.pick(DEKS);
          page.h(dek);
          page.dek = dek;
        }
        page.h("AFP");
        const issued = `Issued on: ${dayFirst(d)} - ${pad(ph)}:${pad(min)}`;
        const modified = upd ? `Modified: ${dayFirst(dayOf(upd.iso))} - ${pad(upd.hh)}:${pad(upd.mm)}` : undefined;
        if (!modified) page.h(issued);
        else if (ctx.rng() < 0.5) page.h(issued, modified);
        else page.h(`${issued} ${modified}`);
        page.cb(`${2 + Math.floor(ctx.rng() * 3)} min`, "Share", "Facebook", "Twitter", "Pinterest", "Email");
      }
      body(page, ctx, {
        lead: (p) => `${place} (AFP) – ${p}`,
        figure: (c, cr) => (cr ? [c, cr] : [c]),
        credit: (who) => {
          const r = ctx.rng();
          return r < 0.45 ? `${afpName(who)} / AFP` : r < 0.7 ? "AFP/File" : r < 0.85 ? `${afpName(who)} / AFP/File` : "AFP";
        },
        between: barrons ? { 1: ["Advertisement"] } : {},
        bareCaptions: true,
      });
      page.h(`© ${d.y} AFP`);
      if (barrons) {
        page.cb("Copyright Policy", "Data Policy", "Subscriber Agreement & Terms of Use", "Cookie Notice", "Your Choices & Rights");
        page.h(`Copyright ©${copyYear(ctx, d)} Dow Jones & Company, Inc. All Rights Reserved`);
      } else {
        page.cb("Daily newsletter", "Receive essential international news every morning", "Subscribe");
        page.c("Keep up to date with international news by downloading the France 24 app");
        page.cb("On the same topic", ...others(ctx, 3, WORLD_HEADLINES));
        page.cb("France 24 - International breaking news, top stories and headlines", "Legal information", "Cookies", "Contact", "Advertising", "FAQ");
        page.h(`© ${copyYear(ctx, d)} Copyright France 24 - All rights reserved. France 24 is not responsible for the content of external websites.`);
      }
      return { page, header: { byline: names, dateline: place, ...(upd ? { updated: upd.iso } : {}) } };
    },
  },
  {
    // A local freelance journalist's blog. Squarespace: the site's name (the journalist's) and the
    // nav, the post's title with "January 29, 2020" (or "Jan 29, 2020") and the name in either
    // order above or below it, or the date alone; the caption with "Photo: Bob Stone" below it or
    // "(Photo by …)" after it; "Tags:" with the tags, "Share", the buttons with their counts,
    // "Newer Post" and "Older Post" with their titles (or bare), the footer, "Powered by
    // Squarespace". Tumblr: the blog's name and description, the post's title, its text, the tags
    // with their "#", the date, the notes, "annlee reblogged this from …" and "… posted this",
    // the theme's links.
    name: "held-out-freelance-blog",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const name = ctx.names[0]!;
      const tumblr = ctx.rng() < 0.3;
      const page = new Page();
      let names: string[] = [];
      const tags = others(ctx, 2 + Math.floor(ctx.rng() * 2), BLOG_TAGS);
      if (tumblr) {
        const blog = handleOf(name);
        const beat = ctx.pick(BEATS);
        page.cb(`${name} reports`, `Freelance journalist. ${beat[0]!.toUpperCase()}${beat.slice(1)} and whatever else the valley throws at me.`);
        page.cb("Ask me anything", "Archive", "Clips", "About");
        page.h(ctx.story.title);
        body(page, ctx, {
          lead: (p) => p,
          figure: (c, cr) => (cr ? [`${c} (${cr})`] : [c]),
          credit: (who) => (ctx.rng() < 0.5 ? `Photo by ${name}` : `photo: ${who}`),
          between: {},
          bareCaptions: true,
        });
        page.cb(...tags.map((t) => `#${t}`));
        const notes = 2 + Math.floor(ctx.rng() * 40);
        const stamp = ctx.rng() < 0.5 ? usLong(d) : `${mon(d)} ${d.d}, ${d.y}`;
        page.h(stamp);
        page.cb(`${notes} notes`, "Reblog", "Like");
        page.cb(`${ctx.pick(["valleywatcher", "mesaminute", "cedarrecord", "frdispatch"])} reblogged this from ${blog}`, `${ctx.pick(["oldtimer54", "valleyviews", "localnewsnerd"])} liked this`, `${blog} posted this`);
        page.cb("← Previous", "Next →", "Powered by Tumblr");
      } else {
        page.cb(name, "Home", "Clips", "Blog", "About", "Contact");
        const long = ctx.rng() < 0.6 ? usLong(d) : `${mon(d)} ${d.d}, ${d.y}`;
        const meta = ctx.rng();
        if (meta < 0.25) {
          page.h(long);
          page.h(ctx.story.title);
        } else if (meta < 0.5) {
          page.h(ctx.story.title);
          page.h(long);
        } else if (meta < 0.75) {
          page.h(ctx.story.title);
          page.h(long, name);
          names = [name];
        } else {
          page.h(ctx.story.title);
          page.h(`Written by ${name}`, long);
          names = [name];
        }
        const below = ctx.rng() < 0.5;
        body(page, ctx, {
          lead: (p) => p,
          figure: (c, cr) => (cr ? (below ? [c, cr] : [`${c} (${cr})`]) : [c]),
          credit: (who) => (below ? (ctx.rng() < 0.6 ? `Photo: ${name}` : `Photo: ${who}`) : ctx.rng() < 0.6 ? `Photo by ${name}` : `Photo by ${who}`),
          between: {},
          bareCaptions: true,
        });
        page.c(`Tags: ${tags.join(", ")}`);
        if (ctx.rng() < 0.5) page.c("Share");
        else page.cb("Facebook0", "Twitter", "LinkedIn0", "Reddit", "0 Likes");
        if (ctx.rng() < 0.6) page.cb("Newer Post", ctx.pick(OTHER_HEADLINES), "Older Post", ctx.pick(OTHER_HEADLINES));
        else page.cb("← Newer Post", "Older Post →");
        page.cb(name, `Freelance reporter covering ${ctx.pick(BEATS)}.`, `${emailUser(name)}@${handleOf(name)}.example`);
        page.c("Powered by Squarespace");
      }
      return { page, header: { byline: names } };
    },
  },
  {
    // A plain newsletter from Buttondown or ConvertKit, pasted from the email. Either the header
    // lines as a mail client prints or forwards them ("From: Ann Lee <ann@…>", "Date: Wed, Jan 29,
    // 2020 at 5:32 PM", "Subject: …", "To: …"), or Gmail's view (the subject, "Inbox", the sender
    // and address, the date with its age, "to me"), or neither, the date then in the issue's line;
    // "View in browser" on some; the newsletter's name; the issue's line ("Issue #42 · January 29,
    // 2020" or "Issue #42"); the subject repeated as the heading; the greeting; the story; the
    // signature "— Ann Lee" (or none); "You're receiving this because …", "Unsubscribe |
    // Preferences", the address and the platform's line.
    name: "held-out-plain-newsletter",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const nl = ctx.pick(NEWSLETTERS);
      const name = ctx.names[0]!;
      const buttondown = ctx.rng() < 0.5;
      const signed = ctx.rng() < 0.75;
      const header = ctx.rng();
      const issue = 10 + Math.floor(ctx.rng() * 200);
      const fromName = ctx.rng() < 0.5 ? name : nl.name;
      const address = `${handleOf(name).slice(0, 3)}@${nl.domain}`;
      const sentAt = `${WEEKDAYS[d.wd]!.slice(0, 3)}, ${mon(d)} ${d.d}, ${d.y}`;
      const page = new Page();
      let dateShown = false;
      if (header < 0.4) {
        const from = `From: ${fromName} <${address}>`;
        const to = "To: <reader@gmail.example>";
        page.blocks.push([from, `Date: ${sentAt} at ${clock(h, min, "PM")}`, `Subject: ${ctx.story.title}`, to]);
        page.chrome.push(from, to);
        dateShown = true;
      } else if (header < 0.7) {
        page.h(ctx.story.title);
        page.c("Inbox");
        const ago = 2 + Math.floor(ctx.rng() * 30);
        page.cb(`${fromName} <${address}>`, buttondown ? "Unsubscribe" : "via convertkit-mail.com");
        page.h(`${sentAt}, ${clock(h, min, "PM")} (${ago} days ago)`);
        page.c("to me");
        dateShown = true;
      }
      if (ctx.rng() < 0.5) page.c(buttondown ? "View in browser" : "View this email in your browser");
      page.c(nl.name);
      const issueLine = !dateShown || ctx.rng() < 0.5 ? `Issue #${issue} · ${usLong(d)}` : `Issue #${issue}`;
      if (ctx.rng() < 0.8 || !dateShown) page.h(issueLine);
      page.h(ctx.story.title);
      page.c(ctx.pick(GREETINGS));
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => [cr ? `${c}. ${cr}` : c],
        credit: (who) => `Photo by ${ctx.rng() < 0.5 ? name : who}`,
        between: {},
        bareCaptions: true,
      });
      if (signed) page.h(ctx.rng() < 0.7 ? `— ${name}` : `-- ${name}`);
      page.c(ctx.pick([`Thanks for reading. If someone forwarded this to you, you can subscribe at ${nl.domain}.`, "Reply to this email with tips, questions or corrections. I read everything."]));
      page.c(`You're receiving this because you subscribed to ${nl.name}${buttondown ? "" : ` at ${nl.domain}`}.`);
      if (buttondown) page.cb("Unsubscribe | Preferences", "Powered by Buttondown");
      else page.cb(nl.street, nl.city, "Unsubscribe | Preferences", "Built with ConvertKit");
      return { page, header: { byline: signed ? [name] : [] } };
    },
  },
];
