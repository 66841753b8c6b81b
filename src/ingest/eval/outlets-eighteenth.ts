/**
 * An eighteenth held-out group of outlet styles for the import evaluation (issue 13), written before
 * reading the importer's code (only src/ingest/eval/, scripts/eval-import.ts, the evaluation test,
 * the earlier groups' committed fixtures and README.md were read), to be scored untouched. The
 * mainstream kinds of source a contributor pastes from, in CMSs and outlets no group had covered,
 * each written from memory of how its text comes out of a browser's "select all" between 2019 and
 * 2024.
 *
 * US local TV: a FOX owned station ("By Ann Lee", "Published January 29, 2020 5:32pm EST" with the
 * station's name after it on some, "Updated …" on some, "Article", the video player's lines, "Get
 * updates …" and "Download the FOX LOCAL app" between paragraphs, "WASHINGTON - " on some, "This
 * material may not be published, broadcast, rewritten, or redistributed. ©2020 FOX Television
 * Stations", "This story was reported from …"); a Graham Media Group station ("Ann Lee, Reporter"
 * over "Published: January 29, 2020 at 5:32 PM" and "Updated: …" on lines of their own,
 * "Recommended Videos", "SAN ANTONIO – " on some, "Tags:", "Copyright 2020 by WVAL ClickOnValley -
 * All rights reserved.", "Trending").
 *
 * A nonprofit newsroom on WordPress's Newspack theme (the category over the headline, the dek, "By
 * Ann Lee", "January 29, 2020" or "Jan. 29, 2020" with "Updated …" on some, "Share this:" and its
 * buttons, "We want to hear from you" or the donation box between paragraphs, the caption with
 * "Credit: Ann Lee for Valley Matters" run on or below it, the author's bio, "Republish this
 * article" with its licence); a Washington politics site in The Hill's manner ("BY ANN LEE -
 * 01/29/20 05:32 PM EST" or the newer "by Ann Lee - 01/29/20 5:32 PM ET", month first with a
 * two-digit year, "Share", "Tweet", "© Getty Images" below the caption, "The views expressed by
 * contributors …", the street address); a Politico-style page ("By ANN LEE", "01/29/2020 05:32 PM
 * EST", "Updated: 01/30/2020 09:04 AM EST" on some, "Link Copied", a pull quote between paragraphs,
 * "caption | AP Photo/Bob Stone", "Filed under: …").
 *
 * A UK regional on Newsquest's CMS ("By Ann Lee" over "Senior Reporter", "Share", "5:32pm 29th
 * January 2020" or "29th January 2020", "Read more:" lists, "(Image: Newsquest)", "Comments", "Get
 * involved with the news in your community", the IPSO line and Newsquest Media Group's footer); a
 * Canadian paper on Postmedia's site ("Author of the article:", "Publishing date: Jan 29, 2020 • 4
 * minute read • 12 Comments", "Share this Story: …" and its buttons, "Article content" between
 * paragraphs, "Sign up to receive daily headline news from …", the comments' rules); and a story
 * clipped into a Google Doc or Word and copied out again (the headline, the outlet and date as the
 * clipper typed them, "The Valley Times — Jan. 29, 2020", "Source: The Valley Times, 1/29/2020"
 * (numbers only where the day is above 12, so either order is provable), the byline as the page
 * printed it, "[image]" where a photo was, a page break, the clipper's note at the top or bottom).
 *
 * Networks, chains, platforms and national sites are the real ones, as the copied text would carry
 * them; people, stations, local papers, newsrooms, clippers, other headlines and comments are made
 * up, and no page is copied.
 */
import { AP_MONTHS, body, dayOf, DEKS, FIRST, h12, LAST, mon, MONTHS, nextDay, pad, Page, WEEKDAYS, type Ctx, type Day, type Style } from "./outlets.ts";

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
  "Plans for 200 homes on former quarry site approved",
  "Road closed after crash near village primary school",
  "Town centre cafe named best in the county",
  "Council tax set to rise by up to 5% in April",
  "Man charged after police called to disturbance",
  "Bus route to be cut from next month, operator confirms",
];
const DC_HEADLINES = [
  "Senate heads toward vote on stopgap spending bill",
  "House committee advances water infrastructure package",
  "Governors press Congress for more disaster aid",
  "Supreme Court agrees to hear dispute over state maps",
  "Poll: Voters split on federal response to drought",
];
const TV_VIDEOS = ["Officials speak after Wednesday's decision", "Residents react to the news", "What happens next", "Crews on the scene", "Full press conference", "Here's what we know"];
const FOX_STATIONS = [
  { name: "FOX 9 Valley", domain: "fox9valley.example", city: "VALLEY CITY", place: "Valley City", zone: "M", staff: "FOX 9 Valley Digital Team" },
  { name: "FOX 13 Mesa", domain: "fox13mesa.example", city: "MESA, Ariz.", place: "Mesa, Arizona", zone: "M", staff: "FOX 13 Mesa Staff" },
  { name: "FOX 4 Cedar County", domain: "fox4cedar.example", city: "CEDAR FALLS, Iowa", place: "Cedar Falls, Iowa", zone: "C", staff: "FOX 4 Cedar County Digital Team" },
  { name: "FOX 5 Capital", domain: "fox5capital.example", city: "WASHINGTON", place: "Washington, D.C.", zone: "E", staff: "FOX 5 Capital Staff" },
] as const;
const FOX_SECTIONS = ["News", "Local News", "Politics", "Weather", "Crime and Public Safety", "Environment"];
const GRAHAM_STATIONS = [
  { brand: "ClickOnValley", copy: "WVAL ClickOnValley", call: "WVAL", city: "VALLEY CITY" },
  { brand: "KMSA 12", copy: "KMSA 12", call: "KMSA", city: "SAN ANTONIO" },
  { brand: "News4Cedar", copy: "WCDR News4Cedar", call: "WCDR", city: "JACKSONVILLE, Fla." },
  { brand: "Click2Mesa", copy: "KMPR Click2Mesa", call: "KMPR", city: "HOUSTON" },
] as const;
const GRAHAM_ROLES = ["Reporter", "Reporter", "Digital Content Producer", "Investigative Reporter", "Anchor", "Digital Executive Producer"];
const NEWSROOMS = [
  { name: "Valley Matters", domain: "valleymatters.example", tag: "Valley Matters is a nonpartisan, nonprofit newsroom covering state policy and politics." },
  { name: "The Mesa Tribune Project", domain: "mesatribuneproject.example", tag: "The Mesa Tribune Project is a member-supported, nonpartisan newsroom informing and engaging residents about public policy." },
  { name: "Cedar Report", domain: "cedarreport.example", tag: "Cedar Report is an independent, nonprofit newsroom covering Iowa's statehouse and communities." },
] as const;
const NEWSPACK_CATEGORIES = ["Environment", "Water", "Politics", "Education", "Housing", "Health", "Local Government"];
const HILL_SECTIONS = ["Energy & Environment", "Administration", "Campaign", "Healthcare", "Regulation", "State Watch", "Changing America"];
const POLITICO_SECTIONS = ["ENERGY & ENVIRONMENT", "CONGRESS", "STATES", "WHITE HOUSE", "ELECTIONS", "HEALTH CARE"];
const POLITICO_TOPICS = ["Energy and Environment", "Congress", "Water", "Budget and Appropriations", "States", "Climate Change"];
const NEWSQUEST_PAPERS = [
  { name: "The Wearside Echo", short: "Wearside Echo" },
  { name: "Thames Valley Mail", short: "Thames Valley Mail" },
  { name: "Dorset Advertiser", short: "Dorset Advertiser" },
] as const;
const NEWSQUEST_ROLES = ["Senior Reporter", "Chief Reporter", "Reporter", "Local Democracy Reporter", "Trainee Reporter", "Court Reporter"];
const NEWSQUEST_SECTIONS = ["News", "Local News", "Environment", "Politics", "Education"];
const POSTMEDIA_PAPERS = [
  { name: "Prairie Herald", city: "CALGARY" },
  { name: "Lakeshore Star", city: "WINDSOR" },
  { name: "Capital Citizen", city: "OTTAWA" },
] as const;
const POSTMEDIA_SECTIONS = ["Local News", "News", "Canada", "Politics", "Environment"];
const CLIP_OUTLETS = ["The Valley Times", "Mesa Daily Courier", "Cedar County Register", "The Front Range Gazette"];
const CLIP_NOTES = [
  "Clipped for the school board file",
  "For the water committee binder",
  "Saved for the county history project",
  "Copy for the neighborhood association newsletter",
  "Keep with the 2019-2020 council clippings",
];

/** "Ann Lee" → "alee" */
const emailUser = (name: string) => {
  const [first, ...rest] = name.split(" ");
  return `${first![0]}${rest.join("")}`.toLowerCase().replace(/[^a-z]/g, "");
};
/** "Ann Lee" → "AL" */
const initials = (name: string) =>
  name
    .split(" ")
    .map((w) => w[0])
    .join("");
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
/** US (and, near enough, British) summer time: mid-March to the first days of November. */
const dst = (day: Day) => (day.m > 3 && day.m < 11) || (day.m === 3 && day.d >= 10) || (day.m === 11 && day.d < 3);
const zoneOf = (zone: string, day: Day) => `${zone}${dst(day) ? "D" : "S"}T`;
/** "January 29, 2020" */
const usLong = (day: Day) => `${MONTHS[day.m - 1]} ${day.d}, ${day.y}`;
/** "Jan. 29, 2020" */
const apDate = (day: Day) => `${AP_MONTHS[day.m - 1]} ${day.d}, ${day.y}`;
/** "5:32pm" */
const lowClock = (hh: number, mm: number) => `${h12(hh)}:${pad(mm)}${hh < 12 ? "am" : "pm"}`;
/** "05:32 PM" */
const padClock = (hh: number, mm: number) => `${pad(h12(hh))}:${pad(mm)} ${hh < 12 ? "AM" : "PM"}`;
/** "5:32 PM" */
const upClock = (hh: number, mm: number) => `${h12(hh)}:${pad(mm)} ${hh < 12 ? "AM" : "PM"}`;
/** "29th" */
const ordinal = (n: number) => `${n}${n % 10 === 1 && n !== 11 ? "st" : n % 10 === 2 && n !== 12 ? "nd" : n % 10 === 3 && n !== 13 ? "rd" : "th"}`;
/** A paragraph's sentences, as the score splits them. */
const sentences = (p: string) => p.split(/(?<=[.!?]["”’]?) (?=["“‘]?\p{Lu})/u).filter(Boolean);

export const HELD_OUT_EIGHTEENTH_STYLES: readonly Style[] = [
  {
    // A FOX owned station: the bar, the section, the headline, "By Ann Lee" (or two names, the
    // station's digital team, or none), "Published January 29, 2020 5:32pm EST" with "Updated …"
    // below it on some, the station's name (or "Associated Press") after it on some; "Article";
    // the video player's lines on some; "WASHINGTON - " on some; the caption with its credit in
    // brackets; "Get updates …" and "Download the FOX LOCAL app …" between paragraphs; the
    // station's rights line, "This story was reported from …", the tags and the footer.
    name: "held-out-fox-local",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const st = ctx.pick(FOX_STATIONS);
      const roll = ctx.rng();
      const wire = roll < 0.12;
      const team = roll >= 0.12 && roll < 0.22;
      const names = wire || team ? [] : oneOrTwo(ctx, 0.25);
      const upd = ctx.rng() < 0.3 ? updateOf(ctx, 0.5) : undefined;
      const stamp = (day: Day, hh: number, mm: number) => `${usLong(day)} ${lowClock(hh, mm)} ${zoneOf(st.zone, day)}`;
      const page = new Page();
      page.cb(st.name, "Watch Live", "News", "Weather", "Sports", "Shows", "Contests", "FOX LOCAL", "Search", "Sign In");
      page.c(ctx.pick(FOX_SECTIONS));
      page.h(ctx.story.title);
      const head: string[] = [];
      if (names.length) head.push(`By ${joinNames(names)}`);
      else if (team) head.push(`By ${st.staff}`);
      head.push(`Published ${stamp(d, h, min)}`);
      if (upd) head.push(`Updated ${stamp(dayOf(upd.iso), upd.hh, upd.mm)}`);
      if (wire) head.push("Associated Press");
      else if (ctx.rng() < 0.5) head.push(st.name);
      page.h(...head);
      page.c("Article");
      if (ctx.rng() < 0.5) page.cb(ctx.pick(TV_VIDEOS), names.length ? `${st.name}'s ${names[0]} reports.` : `${st.name} has the latest.`, "Video");
      const datelined = wire || ctx.rng() < 0.35;
      const place = wire ? ctx.place : st.city;
      const between: Record<number, string[]> = { 1: [`Get updates on this story at ${st.domain}`] };
      if (ctx.rng() < 0.6) between[3] = ["Download the FOX LOCAL app for the latest news, weather and live streams. Free on your phone, TV and more."];
      body(page, ctx, {
        lead: (p) => (wire ? `${place} (AP) — ${p}` : datelined ? `${place} - ${p}` : p),
        figure: (c, cr) => [cr ? `${c} (${cr})` : c],
        credit: (who) => {
          const r = ctx.rng();
          return wire ? `AP Photo/${who}` : r < 0.35 ? st.name : r < 0.65 ? `Photo by ${who}/Getty Images` : r < 0.85 ? "Getty Images" : "Valley Water Board";
        },
        between,
        bareCaptions: true,
      });
      if (!wire && ctx.rng() < 0.2) tail(page, "The Associated Press contributed to this report.");
      if (wire) page.h(`Copyright ${d.y} The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.`);
      else page.h(`This material may not be published, broadcast, rewritten, or redistributed. ©${d.y} FOX Television Stations`);
      if (!wire) page.c(`This story was reported from ${st.place}.`);
      page.cb(...others(ctx, 3, ["News", "Local News", "Environment", "Politics", "Weather", "Water"]));
      page.cb("News", "Local News", "Weather", "Traffic", "Sports", "Entertainment", "About Us", "Contact Us", "TV Schedule", "Closed Captioning", "Public File", "EEO Report");
      page.cb("Download our free apps", "Get FOX LOCAL on your TV");
      page.h(`©${copyYear(ctx, d)} FOX Television Stations`);
      return { page, header: { byline: names, ...(datelined ? { dateline: place } : {}), ...(upd ? { updated: upd.iso } : {}) } };
    },
  },
  {
    // A Graham Media Group station: the bar, the section, the headline, a dek on some, "Ann Lee,
    // Reporter" (two names each with their role, or "Associated Press"), "Published: January 29,
    // 2020 at 5:32 PM" and "Updated: …" on lines of their own (no update on some), "Recommended
    // Videos"; "SAN ANTONIO – " on some; the caption with its credit in brackets; "Tags:" with its
    // tags; the station's copyright; "Trending" and the footer.
    name: "held-out-graham-tv",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const st = ctx.pick(GRAHAM_STATIONS);
      const wire = ctx.rng() < 0.12;
      const names = wire ? [] : oneOrTwo(ctx, 0.3);
      const upd = ctx.rng() < 0.75 ? updateOf(ctx, 0.3) : undefined;
      const stamp = (day: Day, hh: number, mm: number) => `${usLong(day)} at ${upClock(hh, mm)}`;
      const page = new Page();
      page.cb("Skip to main content", st.brand, "News", "Weather", "Sports", "Live", "Video", "Newsletters", "Search");
      page.c(ctx.pick(["News", "Local News", "Consumer", "Weather", "Politics"]));
      page.h(ctx.story.title);
      if (ctx.rng() < 0.3) {
        const dek = ctx.pick(DEKS);
        page.h(dek);
        page.dek = dek;
      }
      const roles = names.map(() => ctx.pick(GRAHAM_ROLES));
      if (wire) page.h("Associated Press");
      else if (ctx.rng() < 0.5) page.h(...names.map((n, i) => `${n}, ${roles[i]}`));
      else for (const [i, n] of names.entries()) page.h(`${n}, ${roles[i]}`);
      page.h(`Published: ${stamp(d, h, min)}`);
      if (upd) page.h(`Updated: ${stamp(dayOf(upd.iso), upd.hh, upd.mm)}`);
      page.c("Recommended Videos");
      const datelined = wire || ctx.rng() < 0.3;
      const place = wire ? ctx.place : st.city;
      body(page, ctx, {
        lead: (p) => (wire ? `${place} (AP) — ${p}` : datelined ? `${place} – ${p}` : p),
        figure: (c, cr) => [cr ? `${c} (${cr})` : c],
        credit: (who) => {
          const r = ctx.rng();
          return wire ? `AP Photo/${who}` : r < 0.4 ? st.call : r < 0.6 ? "Pixabay" : r < 0.85 ? `${who}` : "Valley Water Board";
        },
        between: ctx.rng() < 0.5 ? { 2: ["Recommended Videos"] } : {},
        bareCaptions: true,
      });
      if (wire) page.h(`Copyright ${d.y} The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.`);
      else page.h(`Copyright ${d.y} by ${st.copy} - All rights reserved.`);
      page.c(`Tags: ${others(ctx, 2, ["Local", "News", "Water", "Government", "Weather", "Community"]).join(", ")}`);
      if (!wire && ctx.rng() < 0.5)
        for (const [i, n] of names.entries()) {
          page.h(n, `${n} is a ${roles[i]!.toLowerCase()} for ${st.brand}.`);
          page.cb("Email", "Twitter");
        }
      page.cb("Trending", ...others(ctx, 3));
      page.cb("Contact Us", "Careers at Graham Media Group", "FCC Applications", "Public File", "Closed Captioning", "Terms of Use", "Privacy Policy", "Do Not Sell My Info");
      page.h(`Copyright © ${copyYear(ctx, d)} ${st.brand} is managed by Graham Digital and published by Graham Media Group, a division of Graham Holdings.`);
      return { page, header: { byline: names, ...(datelined ? { dateline: place } : {}), ...(upd ? { updated: upd.iso } : {}) } };
    },
  },
  {
    // A nonprofit newsroom on WordPress's Newspack theme: the bar with "Donate", the category over
    // the headline, the dek on most, "By Ann Lee" (or two names), "January 29, 2020" or "Jan. 29,
    // 2020" with "Updated …" on some; "Share this:" and its buttons; the caption with "Credit: Ann
    // Lee for Valley Matters" run on or on the line below; "We want to hear from you" or the
    // donation box between paragraphs; the author's bio and "More by …"; "Republish this article"
    // with its licence; the footer.
    name: "held-out-newspack",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const nr = ctx.pick(NEWSROOMS);
      const names = oneOrTwo(ctx, 0.25);
      const ap = ctx.rng() < 0.4;
      const fmt = (day: Day) => (ap ? apDate(day) : usLong(day));
      const upd = ctx.rng() < 0.25 ? nextDay(ctx.story.date) : undefined;
      const page = new Page();
      page.cb("Skip to content", nr.name, "Donate", "Newsletters", "Events", "About", "Search");
      page.c(ctx.pick(NEWSPACK_CATEGORIES));
      page.h(ctx.story.title);
      if (ctx.rng() < 0.8) {
        const dek = ctx.pick(DEKS);
        page.h(dek);
        page.dek = dek;
      }
      const byline = `By ${joinNames(names)}`;
      const date = fmt(d);
      if (ctx.rng() < 0.5) page.h(byline, date, ...(upd ? [`Updated ${fmt(dayOf(upd))}`] : []));
      else page.h(`${byline} ${date}${upd ? ` Updated ${fmt(dayOf(upd))}` : ""}`);
      page.cb("Share this:", "Click to share on Twitter (Opens in new window)", "Click to share on Facebook (Opens in new window)", "Click to email a link to a friend (Opens in new window)", "Click to print (Opens in new window)");
      const below = ctx.rng() < 0.5;
      const box = ctx.rng() < 0.5 ? ["We want to hear from you", "Tell us how this issue affects you or your community. Your responses help guide our reporting.", "Share your story"] : [`Support nonprofit news`, `${nr.name} is a nonprofit newsroom. We rely on readers like you to keep our reporting free for everyone.`, "Donate now"];
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => (cr ? (below ? [c, cr] : [`${c} ${cr}`]) : [c]),
        credit: (who) => {
          const r = ctx.rng();
          return r < 0.5 ? `Credit: ${who} for ${nr.name}` : r < 0.75 ? `Credit: ${who}, AP Photo` : `Credit: ${who} / ${nr.name}`;
        },
        between: { 2: box },
        bareCaptions: true,
      });
      for (const n of names) {
        page.h(n, `${n} covers ${ctx.pick(["water and the environment", "the Legislature", "education", "housing and homelessness", "local government"])} for ${nr.name}.`);
        page.c(`More by ${n}`);
      }
      page.cb(
        "Republish this article",
        "This work is licensed under a Creative Commons Attribution-NoDerivatives 4.0 International License.",
        "Republish our articles for free, online or in print, under a Creative Commons license.",
        "Copy to Clipboard",
      );
      page.c(nr.tag);
      page.cb("About", "Staff", "Donate", "Contact", "Privacy Policy", "Ethics", "Powered by Newspack");
      page.h(`© ${copyYear(ctx, d)} ${nr.name}`);
      return { page, header: { byline: names, ...(upd ? { updated: upd } : {}) } };
    },
  },
  {
    // A Washington politics site in The Hill's manner. The older layout: the bar, the section, the
    // headline, "BY ANN LEE - 01/29/20 05:32 PM EST" (month first, two-digit year), "Share",
    // "Tweet", "More", the caption over "© Getty Images", the tags, "The views expressed by
    // contributors are their own and not the view of The Hill", the street address and Capitol Hill
    // Publishing's line. The newer (the archive moved into it): "by Ann Lee - 01/29/20 5:32 PM ET",
    // the caption with "(Getty Images)" or "(AP Photo/Bob Stone)" run on, "Copyright 2024 Nexstar
    // Media Inc." Day above 12 on most of a set's pages, as in any archive, so the order shows.
    name: "held-out-the-hill",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const names = oneOrTwo(ctx, 0.25);
      const newer = ctx.rng() < 0.4;
      const yy = String(d.y).slice(2);
      const num = `${pad(d.m)}/${pad(d.d)}/${yy}`;
      const page = new Page();
      if (newer) {
        page.cb("Skip to content", "The Hill", "News", "Policy", "Opinion", "Business", "Video", "Events", "Newsletters", "Search");
        page.c(ctx.pick(HILL_SECTIONS));
        page.h(ctx.story.title);
        page.h(`by ${joinNames(names)} - ${num} ${upClock(h, min)} ET`);
        page.cb("Share", "Post", "Email", "Copy Link");
      } else {
        page.cb("The Hill", "Menu", "Subscribe", "News", "Policy", "Blogs", "Opinion", "Video", "Events", "Jobs", "Newsletters");
        page.c(ctx.pick(HILL_SECTIONS));
        page.h(ctx.story.title);
        page.h(`BY ${joinNames(names).toUpperCase()} - ${num} ${padClock(h, min)} ${zoneOf("E", d)}`);
        page.cb("Share", "Tweet", "More");
      }
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => (cr ? (newer ? [`${c} (${cr})`] : [c, `© ${cr}`]) : [c]),
        credit: (who) => {
          const r = ctx.rng();
          return r < 0.55 ? "Getty Images" : r < 0.8 ? `AP Photo/${who}` : "Greg Nash";
        },
        between: newer ? { 1: ["Copy Link", "Link copied to clipboard"], 3: ["Read more at TheHill.com"] } : { 2: ["ADVERTISEMENT"] },
        bareCaptions: true,
      });
      if (newer) {
        page.cb("Tags", ...others(ctx, 3, ["Congress", "Water", "Drought", "Environmental Protection Agency", "Infrastructure"]));
        page.h(`Copyright ${copyYear(ctx, d)} Nexstar Media Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.`);
        page.cb("Most Popular", ...others(ctx, 3, DC_HEADLINES));
      } else {
        page.c(`TAGS ${others(ctx, 3, ["Congress", "Water", "Drought", "Environmental Protection Agency", "Infrastructure"]).join(" ")}`);
        page.cb("SHARE", "TWEET", "MORE");
        page.cb("Related News", ...others(ctx, 3, DC_HEADLINES));
        page.c("The views expressed by contributors are their own and not the view of The Hill");
        page.h("THE HILL 1625 K STREET, NW SUITE 900 WASHINGTON DC 20006 | 202-628-8500 TEL | 202-628-8503 FAX");
        page.h(`THE CONTENTS OF THIS SITE ARE ©${d.y} CAPITOL HILL PUBLISHING CORP., A SUBSIDIARY OF NEWS COMMUNICATIONS, INC.`);
      }
      return { page, header: { byline: names } };
    },
  },
  {
    // A Politico-style page: the bar, the section in capitals, the headline, the dek on most, "By
    // ANN LEE" (or two), "01/29/2020 05:32 PM EST" with "Updated: 01/30/2020 09:04 AM EST" below on
    // some, "Link Copied"; the caption with " | Ann Lee/POLITICO" or " | AP Photo/Bob Stone"; a pull
    // quote (a sentence of a later paragraph) between paragraphs on some; the newsletter's prompt;
    // "Filed under: …"; the footer.
    name: "held-out-politico",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const names = oneOrTwo(ctx, 0.3);
      const upd = ctx.rng() < 0.35 ? updateOf(ctx, 0.6) : undefined;
      const stamp = (day: Day, hh: number, mm: number) => `${pad(day.m)}/${pad(day.d)}/${day.y} ${padClock(hh, mm)} ${zoneOf("E", day)}`;
      const page = new Page();
      page.cb("POLITICO", "Congress", "White House", "Elections", "Policy", "States", "Newsletters", "Podcasts", "Log In");
      page.c(ctx.pick(POLITICO_SECTIONS));
      page.h(ctx.story.title);
      if (ctx.rng() < 0.7) {
        const dek = ctx.pick(DEKS);
        page.h(dek);
        page.dek = dek;
      }
      page.h(`By ${joinNames(names.map((n) => n.toUpperCase()))}`, stamp(d, h, min), ...(upd ? [`Updated: ${stamp(dayOf(upd.iso), upd.hh, upd.mm)}`] : []));
      page.cb("Link Copied", "Facebook", "Twitter", "Email");
      const between: Record<number, string[]> = {};
      const later = ctx.story.paragraphs.slice(2).map(sentences).find((s) => s.length >= 2 && s[0]!.length > 40);
      if (later && ctx.rng() < 0.6) between[1] = [later[0]!];
      if (ctx.rng() < 0.5) between[3] = ["Sign up for POLITICO's Morning Energy newsletter", "By signing up, you acknowledge and agree to our Privacy Policy and Terms of Service."];
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => [cr ? `${c} | ${cr}` : c],
        credit: (who) => {
          const r = ctx.rng();
          return r < 0.35 ? `${who}/POLITICO` : r < 0.7 ? `AP Photo/${who}` : r < 0.9 ? `${who}/Getty Images` : "Getty Images";
        },
        between,
        bareCaptions: true,
      });
      page.c(`Filed under: ${others(ctx, 3, POLITICO_TOPICS).join(", ")}`);
      page.cb("Link Copied", "Facebook", "Twitter", "Email", "Print");
      page.cb("About Us", "Advertising", "Breaking News Alerts", "Careers", "Credit Card Payments", "Digital Edition", "FAQ", "Feedback", "Headlines", "Photos", "POWERJobs", "Press", "Print Subscriptions", "Request A Correction", "Write For Us", "RSS", "Site Map", "Terms of Service", "Privacy Policy");
      page.h(`© ${copyYear(ctx, d)} POLITICO LLC`);
      return { page, header: { byline: names.map((n) => n.toUpperCase()), ...(upd ? { updated: upd.iso } : {}) } };
    },
  },
  {
    // A UK regional on Newsquest's CMS: the bar, the section, the headline, the dek on some, "Share",
    // "By Ann Lee" over the role ("Senior Reporter"), or "By PA News Agency", "5:32pm 29th January
    // 2020" or "29th January 2020", "Comments"; the caption with "(Image: Newsquest)" or "(Picture:
    // Ann Lee)" run on; "Read more:" lists between paragraphs; "Comments", "Get involved with the
    // news in your community", the IPSO line and Newsquest Media Group's footer.
    name: "held-out-newsquest",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const paper = ctx.pick(NEWSQUEST_PAPERS);
      const pa = ctx.rng() < 0.12;
      const names = pa ? [] : ctx.names.slice(0, 1);
      const page = new Page();
      page.cb(paper.name, "News", "Sport", "What's On", "Announcements", "Jobs", "Homes", "Motors", "Subscribe", "Sign in");
      page.c(ctx.pick(NEWSQUEST_SECTIONS));
      page.h(ctx.story.title);
      if (ctx.rng() < 0.5) {
        const dek = ctx.pick(DEKS);
        page.h(dek);
        page.dek = dek;
      }
      const hhGmt = Math.min(h + 6, 23);
      const when = ctx.rng() < 0.6 ? `${lowClock(hhGmt, min)} ${ordinal(d.d)} ${MONTHS[d.m - 1]} ${d.y}` : `${ordinal(d.d)} ${MONTHS[d.m - 1]} ${d.y}`;
      const first = ctx.rng() < 0.5;
      if (first) page.c("Share");
      if (pa) page.h("By PA News Agency");
      else page.h(`By ${names[0]}`, ctx.pick(NEWSQUEST_ROLES));
      if (!first) page.c("Share");
      page.h(when);
      page.c(`${Math.floor(ctx.rng() * 30)} Comments`);
      const between: Record<number, string[]> = { 1: ["Read more:", ...others(ctx, 2 + Math.floor(ctx.rng() * 2), UK_HEADLINES)] };
      if (ctx.rng() < 0.5) between[3] = ["Read more:", ...others(ctx, 2, UK_HEADLINES)];
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => [cr ? `${c} (${cr})` : c],
        credit: (who) => {
          const r = ctx.rng();
          return pa ? "Image: PA" : r < 0.4 ? "Image: Newsquest" : r < 0.7 ? `Picture: ${who}` : r < 0.85 ? "Image: Google Maps" : "Image: Reader";
        },
        between,
        bareCaptions: true,
      });
      page.c("Comments");
      page.cb("Get involved with the news in your community", "Send your stories and photos now");
      page.cb("Most Read", ...others(ctx, 3, UK_HEADLINES));
      page.c(
        "This website and associated newspapers adhere to the Independent Press Standards Organisation's Editors' Code of Practice. If you have a complaint about the editorial content which relates to inaccuracy or intrusion, then please contact the editor here. If you are dissatisfied with the response provided you can contact IPSO here",
      );
      page.h(`© ${copyYear(ctx, d)} Newsquest Media Group Ltd, Loudwater Mill, Station Road, High Wycombe HP10 9TY. Registered in England & Wales | 01676637 |`);
      page.c("Data returned from the Piano 'meterActive/meterExpired' callback event.");
      return { page, header: { byline: names } };
    },
  },
  {
    // A Canadian paper on Postmedia's site: the bar, the section, the headline, the dek on most,
    // "Author of the article:" over the name (or "Authors of the article:" over two, or "The
    // Canadian Press"), "Publishing date: Jan 29, 2020 • 4 minute read • 12 Comments" ("Last
    // updated Jan 30, 2020" in it on some, "Join the conversation" on some), "Share this Story: …"
    // and its buttons, "Article content" between paragraphs with the ad placeholder, the
    // newsletter's sign-up, the caption with "Photo by Ann Lee /Postmedia" or "Ann Lee/Postmedia"
    // after its stop; the comments' rules, "Trending", the copyright.
    name: "held-out-postmedia",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const paper = ctx.pick(POSTMEDIA_PAPERS);
      const wire = ctx.rng() < 0.15;
      const names = wire ? [] : oneOrTwo(ctx, 0.2);
      const upd = ctx.rng() < 0.3 ? nextDay(ctx.story.date) : undefined;
      const page = new Page();
      page.c("Skip to Content");
      page.cb(paper.name, "News", "Sports", "Business", "Opinion", "Life", "Arts", "ePaper", "Newsletters", "Subscribe", "Sign In");
      page.c(ctx.pick(POSTMEDIA_SECTIONS));
      page.h(ctx.story.title);
      if (ctx.rng() < 0.7) {
        const dek = ctx.pick(DEKS);
        page.h(dek);
        page.dek = dek;
      }
      if (wire) page.h("The Canadian Press");
      else {
        page.c(names.length > 1 ? "Authors of the article:" : "Author of the article:");
        page.h(...names);
      }
      const u = upd ? dayOf(upd) : undefined;
      const talk = ctx.rng() < 0.6 ? `${1 + Math.floor(ctx.rng() * 40)} Comments` : "Join the conversation";
      page.h(`Publishing date: ${mon(d)} ${d.d}, ${d.y}${u ? ` • Last updated ${mon(u)} ${u.d}, ${u.y}` : ""} • ${2 + Math.floor(ctx.rng() * 6)} minute read • ${talk}`);
      page.cb(`Share this Story: ${ctx.story.title}`, "Copy Link", "Email", "X (Twitter)", "Reddit", "Pinterest", "LinkedIn", "Tumblr");
      const between: Record<number, string[]> = {
        0: ["Article content"],
        1: ["Article content", "This advertisement has not loaded yet, but your article continues below."],
        2: [
          "Article content",
          `Sign up to receive daily headline news from the ${paper.name}, a division of Postmedia Network Inc.`,
          "By clicking on the sign up button you consent to receive the above newsletter from Postmedia Network Inc. You may unsubscribe any time by clicking on the unsubscribe link at the bottom of our emails or any newsletter.",
        ],
        3: ["Article content"],
        4: ["Article content"],
      };
      body(page, ctx, {
        lead: (p) => (wire ? `${paper.city} — ${p}` : p),
        figure: (c, cr) => [cr ? `${c}. ${cr}` : c],
        credit: (who) => {
          const r = ctx.rng();
          return wire ? `THE CANADIAN PRESS/${who}` : r < 0.45 ? `Photo by ${who} /Postmedia` : r < 0.8 ? `${who}/Postmedia` : "Photo by Supplied";
        },
        between,
        bareCaptions: true,
      });
      page.cb(`Share this Story: ${ctx.story.title}`, "Copy Link", "Email", "X (Twitter)", "Reddit");
      page.c("Comments");
      page.c(
        "Postmedia is committed to maintaining a lively but civil forum for discussion. Please keep comments relevant and respectful. Comments may take up to an hour to appear on the site. You will receive an email if there is a reply to your comment, an update to a thread you follow or if a user you follow comments. Visit our Community Guidelines for more information.",
      );
      page.cb("Trending", ...others(ctx, 3));
      page.h(`© ${copyYear(ctx, d)} ${paper.name}, a division of Postmedia Network Inc. All rights reserved. Unauthorized distribution, transmission or republication strictly prohibited.`);
      return { page, header: { byline: names, ...(wire ? { dateline: paper.city } : {}), ...(upd ? { updated: upd } : {}) } };
    },
  },
  {
    // An article clipped into a Google Doc or Word and copied out again: the clipper's note at the
    // top or the bottom ("Clipped for the school board file — AL"), the outlet and date as the
    // clipper typed them ("The Valley Times — Jan. 29, 2020", "Source: The Valley Times,
    // 1/29/2020", "29/1/2020" only when the day is above 12, so that either order is provable, or
    // "Wednesday, January 29, 2020, p. A3") above or below the headline or at the foot, the byline
    // as the page printed it ("By Ann Lee", "ANN LEE | Staff Writer", "By Ann Lee, The Valley
    // Times", or none), the page's own "Published Jan. 29, 2020" on some, "[image]" over the
    // caption where a photo was, a page break (a form feed from Word) between paragraphs on some.
    name: "held-out-clipping",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const outlet = ctx.pick(CLIP_OUTLETS);
      const clipper = otherName(ctx);
      const note = `${ctx.pick(CLIP_NOTES)} — ${ctx.rng() < 0.6 ? initials(clipper) : clipper.split(" ")[0]}`;
      const roll = ctx.rng();
      const names = roll < 0.25 ? [] : oneOrTwo(ctx, 0.15);
      const r = ctx.rng();
      let typed: string;
      if (d.d > 12 && r < 0.2) typed = `Source: ${outlet}, ${d.m}/${d.d}/${d.y}`;
      else if (d.d > 12 && r < 0.35) typed = `Source: ${outlet}, ${d.d}/${d.m}/${d.y}`;
      else if (r < 0.6) typed = `${outlet} — ${apDate(d)}`;
      else if (r < 0.8) typed = `${outlet}, ${WEEKDAYS[d.wd]}, ${usLong(d)}, p. A${1 + Math.floor(ctx.rng() * 9)}`;
      else typed = `Source: ${outlet}, ${d.d} ${MONTHS[d.m - 1]} ${d.y}`;
      const place = ctx.rng();
      const page = new Page();
      const noteTop = ctx.rng() < 0.5;
      if (noteTop) page.c(note);
      if (place < 0.4) page.h(typed);
      page.h(ctx.story.title);
      if (place >= 0.4 && place < 0.75) page.h(typed);
      if (names.length) {
        const b = ctx.rng();
        page.h(b < 0.45 ? `By ${joinNames(names)}` : b < 0.75 ? `${joinNames(names).toUpperCase()} | Staff Writer${names.length > 1 ? "s" : ""}` : `By ${joinNames(names)}, ${outlet}`);
      }
      if (ctx.rng() < 0.3) page.h(`Published ${apDate(d)}`);
      const between: Record<number, string[]> = {};
      if (ctx.rng() < 0.4) between[Math.min(2, ctx.story.paragraphs.length - 2)] = ["\f"];
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => [cr ? `${c} (${cr})` : c],
        credit: (who) => (ctx.rng() < 0.5 ? `Photo: ${who}/${outlet.replace(/^The /, "")}` : `${who} / ${outlet}`),
        fileName: () => "[image]",
        between,
        bareCaptions: true,
      });
      if (place >= 0.75) page.h(typed);
      if (!noteTop) page.c(note);
      return { page, header: { byline: names } };
    },
  },
];
