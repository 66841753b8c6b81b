/**
 * A twenty-seventh held-out group of outlet styles for the import evaluation (issue 13), written
 * before reading the importer's code (only src/ingest/eval/, scripts/eval-import.ts, the evaluation
 * test, the earlier groups' committed fixtures, README.md, package.json and BENCHMARKS.md's import
 * sections were read), to be scored untouched. Places a local-news archive's contributors really
 * copy a story from, none seen before: a paper's news obituary on Legacy.com, a high-school
 * sports site (MaxPreps), a commercial radio group's station page (iHeartMedia, Audacy), Spectrum
 * News' local sites, hyperlocal sites (Block Club Chicago, Hoodline), a newsroom's own old CMS
 * export of its morgue (Atex's and Saxotech's field lines), a Google AMP page in Google's viewer,
 * and a local outlet's text-only site (CNN lite's and NPR text's kind). Each is written from
 * memory of how its text comes out of a browser's "select all, copy" between 2019 and 2024; a
 * 2019 story copied in 2023 carries the 2023 template round its date.
 *
 * The platforms named are the real ones, as the copied text would carry them; people, papers,
 * stations, schools, neighbourhood names used as sections, other headlines and notes are made up,
 * and no page is copied.
 */
import { AP_MONTHS, body, dayOf, daysFrom, DEKS, h12, MONTHS, nextDay, pad, Page, WEEKDAYS, type Ctx, type Day, type Style } from "./outlets.ts";
import { add, apDate, authorsOf, copiedIn, joinNames, leadPhoto, midway, noPhotos, others, otherName, shortDate, slugOf, stop, upClock, usLong, zone } from "./outlets-twentysixth.ts";

/** "5:32 pm" */
const lowClock = (hh: number, mm: number) => `${h12(hh)}:${pad(mm)} ${hh < 12 ? "am" : "pm"}`;
/** "5:32 p.m." */
const apClock = (hh: number, mm: number) => `${h12(hh)}:${pad(mm)} ${hh < 12 ? "a.m." : "p.m."}`;
/** US Eastern time's letters by the month. */
const eastern = (day: Day) => (day.m >= 4 && day.m <= 10 ? "EDT" : "EST");

const PAPERS = [
  { name: "The Lakeport Record", host: "www.lakeportrecord.example", town: "Lakeport", state: "Calif." },
  { name: "Cedar County Courier", host: "www.cedarcountycourier.example", town: "Cedar Falls", state: "Iowa" },
  { name: "The North Fork Gazette", host: "northforkgazette.example", town: "North Fork", state: "Idaho" },
] as const;
const OTHER_HEADLINES = [
  "Council approves budget after marathon session",
  "Crews repair water main break on Main Street",
  "New library branch opens to crowds",
  "Sheriff's office seeks help finding missing hiker",
  "Storm knocks out power to thousands",
];
const LEGACY_NAMES = ["Robert James Whitlock", "Dorothy Mae Fenner", "Harold Lee Sutton", "Margaret Ann Kowalski", "Eugene Paul Harper"];
const HS_SCHOOLS = ["Clear Lake", "Cedar Falls", "North Fork", "Lakeport", "Riverton", "Ashford"];
const HS_SPORTS = ["Boys Basketball", "Girls Basketball", "Football", "Volleyball", "Girls Soccer", "Baseball", "Softball"];
const STATIONS = [
  { call: "KLPT", brand: "NewsRadio 1040 KLPT", host: "newsradio1040.iheart.example", freq: "1040 AM" },
  { call: "KCDR", brand: "News Talk 600 KCDR", host: "newstalk600.iheart.example", freq: "600 AM" },
  { call: "KNFK", brand: "KNFK 99.3 The Valley", host: "knfk.iheart.example", freq: "99.3 FM" },
] as const;
const SPECTRUM = [
  { site: "Spectrum News 1", region: "Lakeport", state: "California" },
  { site: "Spectrum News 1", region: "Cedar Valley", state: "Iowa" },
  { site: "Spectrum News NY1", region: "Brooklyn", state: "NYC" },
  { site: "Spectrum News 9", region: "Tampa Bay", state: "Florida" },
] as const;
const NEIGHBORHOODS = ["Pilsen, Little Village", "Logan Square, Humboldt Park", "Bronzeville, Hyde Park", "Uptown, Edgewater", "Austin, Garfield Park"];
const HOODLINE_CITIES = ["San Francisco", "Oakland", "Denver", "Houston", "Seattle"];
const COMMENTERS = ["lakeviewmom", "Tom R.", "longtime_resident", "J. Ortiz", "NorthSider77"];

export const HELD_OUT_TWENTYSEVENTH_STYLES: readonly Style[] = [
  {
    // A paper's news obituary (or a news story the paper filed with it) on Legacy.com, where a
    // local paper's obituaries live. Legacy's bar ("Legacy.com", "Obituaries", "Search
    // Obituaries", "Send Flowers", "Sign In"), the breadcrumbs ("Obituaries", the state, the
    // paper), the headline, "Published by The Lakeport Record on Jan. 29, 2020.", the byline on
    // some ("By Ann Lee" or "Ann Lee, The Lakeport Record"), "Send flowers" and "Plant a tree"
    // boxes, the lead photo ("Photo courtesy of the family" or bare), the story, the guest book
    // ("Sign the Guest Book", "Memories & Condolences", a few entries with their names and days),
    // "Not sure what to say?", "Published by … from Jan. 29 to Jan. 31, 2020." on the newer, the
    // funeral home's box, the footer.
    name: "held-out-legacy-obituary",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const copied = copiedIn(ctx, d, 0.35);
      const paper = ctx.pick(PAPERS);
      const page = new Page();
      const person = ctx.rng() < 0.7;
      const names = person ? ctx.names.slice(0, 1) : [];
      const deceased = ctx.pick(LEGACY_NAMES);
      const newer = copied >= 2021;
      page.c("Skip to main content");
      page.cb("Legacy.com", "Obituaries", "Search Obituaries", "Send Flowers", "Plant Trees", "Sign In");
      page.cb("Obituaries", paper.state === "Calif." ? "California" : paper.state, paper.name);
      page.h(ctx.story.title);
      page.h(`Published by ${paper.name} on ${apDate(d)}.`);
      if (person) page.h(ctx.rng() < 0.5 ? `By ${names[0]}` : `${names[0]}, ${paper.name}`);
      if (newer) page.cb("Send flowers", "Plant a tree", "Share", "Facebook", "Twitter", "Email");
      else page.cb("Send Flowers", "Share");
      const photo = (c: string, cr: string | undefined) => (cr ? [stop(c), cr] : [stop(c)]);
      const story = leadPhoto(page, ctx, 0.5, photo, () => (ctx.rng() < 0.6 ? "Photo courtesy of the family" : undefined));
      body(page, story, { lead: (p) => p, figure: photo, credit: (w) => `Photo by ${w}/${paper.name}`, between: {}, bareCaptions: true });
      if (newer) {
        const until = dayOf(daysFrom(ctx.story.date, 2));
        page.c(`Published by ${paper.name} from ${AP_MONTHS[d.m - 1]} ${d.d}${until.y === d.y ? "" : `, ${d.y}`} to ${apDate(until)}.`);
      }
      page.cb("Sign the Guest Book", "Memories & Condolences");
      const entries = 1 + Math.floor(ctx.rng() * 3);
      for (let i = 0; i < entries; i++) {
        const day = dayOf(daysFrom(ctx.story.date, i + 1));
        page.cb(
          ctx.pick([`${deceased.split(" ")[0]} was a kind soul. Our thoughts are with the family.`, "Sending prayers to the family during this difficult time.", "So sorry for your loss."]),
          otherName(ctx),
          `${usLong(day)}`,
        );
      }
      page.cb("Not sure what to say?", "Browse sample messages");
      page.cb("Funeral services provided by:", "Lakeside Memorial Chapel", "211 N. Main St., " + paper.town);
      page.cb("Contact Us", "Terms of Use", "Privacy Policy", "Accessibility Statement");
      page.h(`© ${copied} Legacy.com All rights reserved.`);
      return { page, header: { byline: names } };
    },
  },
  {
    // A high-school sports site: MaxPreps. The older template (to 2021): "MaxPreps", "Scores",
    // "Rankings", "Stats", "Teams", "Video", "Sign In", the sport and state ("California Boys
    // Basketball"), the headline, "By Ann Lee" over "Jan 29, 2020" (or "Ann Lee | Special to
    // MaxPreps" for a freelancer), "Share", the lead photo with "Photo by Ann Lee" below, the
    // story, "Advertisement", "Related Stories", "Recent Articles", CBS Interactive's footer. The
    // newer (from 2022): "Sign In | Join", the bar, the headline, the name alone over
    // "Published Jan 29, 2020" and the read time ("3 min read"), the photo, the story, "Get the
    // MaxPreps app", the schools' boxes ("Clear Lake Lakers", "View Team"), "Top Stories",
    // "© 2024 MaxPreps, Inc.".
    name: "held-out-maxpreps",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const copied = copiedIn(ctx, d, 0.4);
      const page = new Page();
      const n = ctx.story.paragraphs.length;
      const sport = ctx.pick(HS_SPORTS);
      const teams = others(ctx, 2, HS_SCHOOLS);
      const state = ctx.pick(["California", "Iowa", "Idaho", "Oregon"]);
      const names = authorsOf(ctx, 0.1);
      const special = ctx.rng() < 0.3;
      const between: Record<number, string[]> = {};
      add(between, midway(n), ["Advertisement"]);
      const photo = (c: string, cr: string | undefined) => (cr ? [stop(c), cr] : [stop(c)]);
      if (copied < 2022) {
        page.cb("MaxPreps", "Scores", "Rankings", "Stats", "Teams", "Video", "Sign In");
        page.c(`${state} ${sport}`);
        page.h(ctx.story.title);
        page.h(special ? `${names[0]} | Special to MaxPreps` : `By ${joinNames(names)}`);
        page.h(shortDate(d));
        page.c("Share");
        const story = leadPhoto(page, ctx, 0.6, photo, () => `Photo by ${otherName(ctx)}`);
        body(page, story, { lead: (p) => p, figure: photo, credit: (w) => `Photo by ${w}`, between, bareCaptions: true });
        page.cb("Related Stories", ...others(ctx, 2, OTHER_HEADLINES.map((t) => `${state}: ${t}`)));
        page.cb("Recent Articles", `${teams[0]} tops ${teams[1]} in league opener`, `Top 25 ${sport.toLowerCase()} rankings: Week ${2 + Math.floor(ctx.rng() * 10)}`);
        page.cb("About Us", "Contact Us", "Advertise", "Privacy Policy", "Terms of Use");
        page.h(`© ${copied} CBS Interactive. All rights reserved.`);
        return { page, header: { byline: special ? names.slice(0, 1) : names } };
      }
      page.cb("Sign In | Join");
      page.cb("MaxPreps", "Scores", "Rankings", "Stats", "Video", "Camps", "Shop");
      page.c(sport);
      page.h(ctx.story.title);
      page.h(special ? `${names[0]}, Special to MaxPreps` : joinNames(names));
      page.h(`Published ${shortDate(d)}`);
      page.c(`${2 + Math.floor(ctx.rng() * 5)} min read`);
      const story = leadPhoto(page, ctx, 0.7, photo, () => `Photo by ${otherName(ctx)}`);
      add(between, Math.min(midway(n) + 1, n - 2), ["Get the MaxPreps app", "Scores, schedules and stats for every team in the country."]);
      body(page, story, { lead: (p) => p, figure: photo, credit: (w) => `Photo by ${w}`, between, bareCaptions: true });
      for (const t of teams) page.cb(`${t} High School`, `${t} ${sport}`, "View Team");
      page.cb("Top Stories", ...others(ctx, 2, OTHER_HEADLINES));
      page.cb("Contact Us", "Privacy Policy", "Terms of Use", "Do Not Sell My Personal Information");
      page.h(`© ${copied} MaxPreps, Inc. All rights reserved.`);
      return { page, header: { byline: special ? names.slice(0, 1) : names } };
    },
  },
  {
    // A commercial radio group's station page, in one of two. iHeartMedia's local news page: the
    // station's brand ("NewsRadio 1040 KLPT"), "Listen Now", "On Air", "Music, radio and
    // podcasts, all free. Listen online or download the iHeart App.", "Connect", "Local News",
    // the headline, "By Ann Lee" (or "By KLPT Newsroom") over "Jan 29, 2020", the photo's credit
    // "Photo: Getty Images" under the caption or bare, the story, "Sponsored Content", "Get
    // informed and inspired with" the station's app, "Listen to … on the free #iHeartRadio app",
    // the footer ("© 2020 iHeartMedia, Inc."). Audacy: "Audacy", "Listen", "Discover", "Sign in",
    // the station's name, the headline, the name with the station below ("Ann Lee" /
    // "KLPT NewsRadio"), "January 29, 2020 - 5:32 pm" (with "Updated" on some), the credit after
    // the caption's stop ("Photo credit Getty Images"), "Featured Image Photo Credit" in its own
    // line, the audio bar ("LISTEN LIVE", the station's frequency), "Follow" and the footer.
    name: "held-out-radio-group",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const copied = copiedIn(ctx, d, 0.4);
      const st = ctx.pick(STATIONS);
      const page = new Page();
      const n = ctx.story.paragraphs.length;
      const person = ctx.rng() < 0.75;
      const names = person ? authorsOf(ctx, 0.15) : [];
      const between: Record<number, string[]> = {};
      if (ctx.rng() < 0.6) {
        page.c("Skip to main content");
        page.cb(st.brand, "Listen Now", "On Air", "Music, radio and podcasts, all free. Listen online or download the iHeart App.", "Connect");
        page.c("Local News");
        page.h(ctx.story.title);
        page.h(person ? `By ${joinNames(names)}` : `By ${st.call} Newsroom`, shortDate(d));
        add(between, midway(n), ["Sponsored Content"]);
        const photo = (c: string, cr: string | undefined) => (cr ? [stop(c), cr] : [stop(c)]);
        const story = leadPhoto(page, ctx, 0.55, photo, () => ctx.pick(["Photo: Getty Images", `Photo: ${st.call}`, undefined]));
        body(page, story, { lead: (p) => p, figure: photo, credit: () => "Photo: Getty Images", between, bareCaptions: true });
        page.c(`Get informed and inspired with the ${st.brand} app.`);
        page.c(`Listen to ${st.brand} on the free #iHeartRadio app.`);
        page.cb("Contest Rules", "EEO", "Public File", "FCC Applications", "Privacy Policy", "Terms of Use");
        page.h(`© ${copied} iHeartMedia, Inc.`);
        return { page, header: { byline: names } };
      }
      const upd = ctx.rng() < 0.35 ? nextDay(ctx.story.date) : undefined;
      page.cb("Audacy", "Listen", "Discover", "Podcasts", "Sign in");
      page.c(`${st.call} ${ctx.pick(["NewsRadio", "News Talk"])}`);
      page.c(ctx.pick(["Local News", "News", "Politics"]));
      page.h(ctx.story.title);
      if (person) page.h(joinNames(names), `${st.call} News`);
      page.h(`${usLong(d)} - ${lowClock(h, min)}`, ...(upd ? [`Updated ${usLong(dayOf(upd))} - ${lowClock(9, (min + 17) % 60)}`] : []));
      page.cb("Share", "Facebook", "X", "Email");
      const photo = (c: string, cr: string | undefined) => [cr ? `${stop(c)} ${cr}` : stop(c)];
      const story = leadPhoto(page, ctx, 0.5, photo, () => "Photo credit Getty Images");
      add(between, midway(n), [`LISTEN LIVE: ${st.call} ${st.freq}`]);
      body(page, story, { lead: (p) => p, figure: photo, credit: (w) => `Photo credit ${w}/${st.call}`, between, bareCaptions: true });
      page.cb("Follow", `${st.call} ${ctx.pick(["NewsRadio", "News Talk"])}`, "Facebook", "X", "Instagram");
      page.cb("Contest Rules", "EEO Reports", "FCC Public File", "Privacy Policy", "Terms of Use");
      page.h(`© ${copied} Audacy, Inc. All Rights Reserved.`);
      return { page, header: { byline: names, ...(upd ? { updated: upd } : {}) } };
    },
  },
  {
    // Spectrum News' local sites (Spectrum News 1, NY1, Spectrum News 9). "Skip to main content",
    // the site, "Watch Live", "Weather", the region picker's "Change Location" with the region,
    // the section ("Politics", "Local News"), the headline, "By Ann Lee" with the region on its
    // own line below (or "Spectrum News Staff"), "PUBLISHED 5:32 PM ET Jan. 29, 2020" and on some
    // "UPDATED 9:04 AM ET Jan. 30, 2020", "SHARE", the "WHAT YOU NEED TO KNOW" box of three
    // points before the story on some, the lead photo with its credit in brackets ("(Spectrum News
    // 1/Ann Lead)", "(AP Photo)") or bare, "Advertisement", "Sign up for our newsletter", the
    // station's footer, "© 2020 Charter Communications".
    name: "held-out-spectrum-news",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const copied = copiedIn(ctx, d, 0.4);
      const sp = ctx.pick(SPECTRUM);
      const page = new Page();
      const n = ctx.story.paragraphs.length;
      const person = ctx.rng() < 0.8;
      const names = person ? authorsOf(ctx, 0.2) : [];
      const upd = ctx.rng() < 0.45 ? nextDay(ctx.story.date) : undefined;
      const tz = sp.state === "California" ? "PT" : sp.state === "Iowa" ? "CT" : "ET";
      const hh = tz === "PT" ? Math.max(h - 3, 0) : tz === "CT" ? h - 1 : h;
      const between: Record<number, string[]> = {};
      page.c("Skip to main content");
      page.cb(sp.site, "Watch Live", "Weather", "Sign In");
      page.cb("Change Location", `${sp.region}, ${sp.state}`);
      page.c(ctx.pick(["Politics", "Local News", "Public Safety", "Education"]));
      page.h(ctx.story.title);
      if (person) page.h(`By ${joinNames(names)}`);
      else page.h(`${sp.site} Staff`);
      page.c(sp.region);
      const stamp = (label: string, day: Day, hr: number, mm: number) => `${label} ${upClock(hr, mm)} ${tz} ${AP_MONTHS[day.m - 1]} ${day.d}, ${day.y}`;
      page.h(stamp("PUBLISHED", d, hh, min), ...(upd ? [stamp("UPDATED", dayOf(upd), 9, (min + 4) % 60)] : []));
      page.c("SHARE");
      if (ctx.rng() < 0.5) {
        // The box's points, without stops: the lead's first sentence and two more of the kind.
        const first = ctx.story.paragraphs[0]!.split(/(?<=[.!?]["”’]?) (?=["“‘]?\p{Lu})/u)[0]!.replace(/[.!?]$/, "");
        page.h("WHAT YOU NEED TO KNOW", first, "Officials said more details would be released in the coming weeks", "Residents can find updates on the city's website");
      }
      const photo = (c: string, cr: string | undefined) => [cr ? `${stop(c)} (${cr})` : stop(c)];
      const story = leadPhoto(page, ctx, 0.6, photo, () => ctx.pick([`${sp.site}/${otherName(ctx)}`, "AP Photo", undefined]));
      add(between, midway(n), ["Advertisement"]);
      body(page, story, { lead: (p) => p, figure: photo, credit: (w) => `${sp.site}/${w}`, between, bareCaptions: true });
      page.cb("Sign up for our newsletter", `Get the latest ${sp.region} headlines in your inbox.`, "Sign Up");
      page.cb("Top Stories", ...others(ctx, 3, OTHER_HEADLINES));
      page.cb("Contact Us", "Careers", "Closed Captioning", "Accessibility", "Privacy Policy");
      page.h(`© ${copied} Charter Communications`);
      return { page, header: { byline: names, ...(upd ? { updated: upd } : {}) } };
    },
  },
  {
    // Hyperlocal sites, in one of two. Block Club Chicago (Newspack): "Skip to content",
    // "Block Club Chicago", "Neighborhoods", "Donate", "Subscribe", "Log In", the neighbourhoods
    // as the section ("Pilsen, Little Village"), the headline, the dek on most, the name alone,
    // "5:32 PM CST on Jan 29, 2020" (with "Updated on Jan 30, 2020 at 9:04 am CST" on some), the
    // photo with "Credit: Ann Lee/Block Club Chicago" below, the subscription pitch between
    // paragraphs, "Listen to “It’s All Good: A Block Club Chicago Podcast”:", "Republish this
    // story", the comments. Hoodline: "Hoodline", the city, the headline, "By Ann Lee" over
    // "Published on January 29, 2020", credits after the caption ("| Photo: Ann Lee/Hoodline"),
    // "Related Stories", the footer.
    name: "held-out-hyperlocal",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const copied = copiedIn(ctx, d, 0.4);
      const page = new Page();
      const n = ctx.story.paragraphs.length;
      const between: Record<number, string[]> = {};
      const names = authorsOf(ctx, 0.25);
      if (ctx.rng() < 0.6) {
        const upd = ctx.rng() < 0.35 ? nextDay(ctx.story.date) : undefined;
        const cz = zone(d, true);
        page.c("Skip to content");
        page.cb("Block Club Chicago", "Neighborhoods", "Donate", "Subscribe", "Log In");
        page.c(ctx.pick(NEIGHBORHOODS));
        page.h(ctx.story.title);
        if (ctx.rng() < 0.7) {
          const k = ctx.pick(DEKS);
          page.h(k);
          page.dek = k;
        }
        page.h(joinNames(names));
        page.h(`${upClock(h, min)} ${cz} on ${shortDate(d)}`, ...(upd ? [`Updated on ${shortDate(dayOf(upd))} at ${lowClock(9, 4)} ${zone(dayOf(upd), true)}`] : []));
        const photo = (c: string, cr: string | undefined) => (cr ? [stop(c), `Credit: ${cr}`] : [stop(c)]);
        const story = leadPhoto(page, ctx, 0.7, photo, () => `${otherName(ctx)}/Block Club Chicago`);
        add(between, midway(n), [
          "Subscribe to Block Club Chicago, an independent, 501(c)(3), journalist-run newsroom. Every dime we make funds reporting from Chicago’s neighborhoods.",
          "Already subscribe? Click here to support Block Club with a tax-deductible donation.",
        ]);
        body(page, story, { lead: (p) => p, figure: photo, credit: (w) => `${w}/Block Club Chicago`, between, bareCaptions: true });
        page.c("Listen to “It’s All Good: A Block Club Chicago Podcast”:");
        page.cb("Republish this story", "Share this:", "Facebook", "Twitter", "Email");
        const comments = Math.floor(ctx.rng() * 4);
        page.c(comments ? `${comments} ${comments === 1 ? "Comment" : "Comments"}` : "Leave a comment");
        for (let i = 0; i < comments; i++) {
          const day = dayOf(daysFrom(ctx.story.date, i));
          page.cb(ctx.pick(COMMENTERS), `${shortDate(day)} at ${lowClock(10 + i, (min * 3) % 60)}`, ctx.pick(["Great reporting, thank you.", "Finally some news about our block.", "Who approved this?"]), "Reply");
        }
        page.h(`© ${copied} Block Club Chicago`);
        return { page, header: { byline: names, ...(upd ? { updated: upd } : {}) } };
      }
      const city = ctx.pick(HOODLINE_CITIES);
      page.cb("Hoodline", city, "Neighborhoods", "Food", "Real Estate", "Events");
      page.c(`${city} News`);
      page.h(ctx.story.title);
      page.h(`By ${joinNames(names)}`, `Published on ${usLong(d)}`);
      page.cb("Share", "Facebook", "Twitter", "Email");
      const photo = (c: string, cr: string | undefined) => [cr ? `${stop(c)} | ${cr}` : stop(c)];
      const story = leadPhoto(page, ctx, 0.6, photo, () => `Photo: ${otherName(ctx)}/Hoodline`);
      body(page, story, { lead: (p) => p, figure: photo, credit: (w) => `Photo: ${w}/Hoodline`, between, bareCaptions: true });
      page.cb("Related Stories", ...others(ctx, 3, OTHER_HEADLINES));
      page.cb("About", "Careers", "Terms of Service", "Privacy Policy");
      page.h(`© ${copied} Hoodline`);
      return { page, header: { byline: names } };
    },
  },
  {
    // A newsroom's own old CMS export of its morgue, as a contributor pastes one story of it. Atex
    // (an upper-case field list: "SLUG: BUDGET-0129", "HEADLINE: …", "BYLINE: By ANN LEE",
    // "CREDIT: Staff Writer", "PUBDATE: Wednesday, January 29, 2020", "EDITION: Final",
    // "SECTION: Local", "PAGE: A1", "WORD COUNT: 612", then the text with "LAKEPORT — " before the
    // lead, "CUTLINE: …" captions with "(Staff photo by …)", "-30-"), or Saxotech (mixed case,
    // "Headline:", "Byline: Ann Lee, Staff Writer", "Pub Date: 2020-01-29", "Section: News",
    // "Page: 3A", "Edition: Daily", "Keywords: …", "Body:", "Photo caption: …", "Photo credit:
    // …" on the next line, "Copyright (c) 2020 The Lakeport Record" at the foot).
    name: "held-out-cms-export",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const paper = ctx.pick(PAPERS);
      const page = new Page();
      const n = ctx.story.paragraphs.length;
      const names = ctx.rng() < 0.85 ? authorsOf(ctx, 0.15) : [];
      const place = ctx.rng() < 0.5 ? paper.town.toUpperCase() : undefined;
      const words = ctx.story.paragraphs.join(" ").split(" ").length;
      const slug = slugOf(ctx.story.title).split("-").slice(0, 2).join("-");
      if (ctx.rng() < 0.5) {
        page.cb(`SLUG: ${slug.toUpperCase()}-${pad(d.m)}${pad(d.d)}`);
        page.h(`HEADLINE: ${ctx.story.title}`);
        if (names.length) page.h(`BYLINE: By ${joinNames(names.map((x) => x.toUpperCase()))}`);
        page.cb(`CREDIT: ${names.length ? "Staff Writer" : "Staff Report"}`);
        page.h(`PUBDATE: ${WEEKDAYS[d.wd]}, ${usLong(d)}`);
        page.cb(`EDITION: ${ctx.pick(["Final", "City", "Home"])}`, `SECTION: ${ctx.pick(["Local", "Metro", "News"])}`, `PAGE: ${ctx.pick(["A1", "A3", "B1", "B2"])}`, `WORD COUNT: ${words}`);
        const between: Record<number, string[]> = {};
        if (n >= 5) add(between, midway(n), [`(CONTINUED ON PAGE ${ctx.pick(["A6", "A8", "B4"])})`]);
        body(page, ctx, {
          lead: (p) => (place ? `${place} — ${p}` : p),
          figure: (c, cr) => [cr ? `CUTLINE: ${stop(c)} (${cr})` : `CUTLINE: ${stop(c)}`],
          credit: (w) => `Staff photo by ${w}`,
          between,
          bareCaptions: true,
        });
        page.c("-30-");
        return { page, header: { byline: names.map((x) => x.toUpperCase()), ...(place ? { dateline: place } : {}) } };
      }
      page.h(`Headline: ${ctx.story.title}`);
      if (names.length) page.h(`Byline: ${joinNames(names)}, ${names.length > 1 ? "Staff Writers" : "Staff Writer"}`);
      page.h(`Pub Date: ${d.y}-${pad(d.m)}-${pad(d.d)}`);
      page.cb(`Section: ${ctx.pick(["News", "Local News", "Region"])}`, `Page: ${ctx.pick(["1A", "3A", "5B"])}`, `Edition: ${ctx.pick(["Daily", "Sunday", "Weekend"])}`);
      page.cb(`Keywords: ${slug.replace(/-/g, "; ")}`, `Story ID: ${10_000 + Math.floor(ctx.rng() * 89_999)}`);
      page.c("Body:");
      body(page, ctx, {
        lead: (p) => (place ? `${place} — ${p}` : p),
        figure: (c, cr) => (cr ? [`Photo caption: ${stop(c)}`, `Photo credit: ${cr}`] : [`Photo caption: ${stop(c)}`]),
        credit: (w) => `${w}, ${paper.name}`,
        between: {},
        bareCaptions: true,
      });
      page.h(`Copyright (c) ${d.y} ${paper.name}`);
      return { page, header: { byline: names, ...(place ? { dateline: place } : {}) } };
    },
  },
  {
    // A paper's Google AMP page in Google's viewer (google.com/amp/s/…, 2019–2021), as copied on a
    // phone or from the desktop viewer: the viewer's bar (the paper's host, "View original",
    // "Go to full site" on some), the AMP page's own bar (the paper's name, "Menu", "Subscribe"),
    // the headline, "Ann Lee" and "The Lakeport Record" on their own lines, "Published 5:32 p.m.
    // PT Jan. 29, 2020" (with "| Updated 9:04 a.m. PT Jan. 30, 2020" on some), "Share", the lead
    // photo with its credit after a bar or bare, the story, "Advertisement", "Read or Share this
    // story: https://…", "View Comments", "Get our newsletter", the AMP footer ("Terms of
    // Service", "Privacy Policy", "Site Map", "Back to top").
    name: "held-out-google-amp-viewer",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const paper = ctx.pick(PAPERS);
      const page = new Page();
      const n = ctx.story.paragraphs.length;
      const person = ctx.rng() < 0.85;
      const names = person ? authorsOf(ctx, 0.2) : [];
      const upd = ctx.rng() < 0.4 ? nextDay(ctx.story.date) : undefined;
      const tz = paper.state === "Calif." ? "PT" : paper.state === "Iowa" ? "CT" : "MT";
      const url = `https://${paper.host}/story/news/local/${d.y}/${pad(d.m)}/${pad(d.d)}/${slugOf(ctx.story.title)}/${4_000_000_000 + Math.floor(ctx.rng() * 900_000_000)}/`;
      const between: Record<number, string[]> = {};
      page.cb(paper.host.replace(/^www\./, ""), "View original");
      page.cb(paper.name, "Menu", "Subscribe");
      page.h(ctx.story.title);
      if (person) page.h(joinNames(names), paper.name);
      page.h(`Published ${apClock(h, min)} ${tz} ${apDate(d)}${upd ? ` | Updated ${apClock(9, (min + 4) % 60)} ${tz} ${apDate(dayOf(upd))}` : ""}`);
      page.c("Share");
      const photo = (c: string, cr: string | undefined) => [cr ? `${stop(c)} | ${cr}` : stop(c)];
      const story = leadPhoto(page, ctx, 0.6, photo, () => `${otherName(ctx)}/${paper.name}`);
      add(between, midway(n), ["Advertisement"]);
      body(page, story, { lead: (p) => p, figure: photo, credit: (w) => `${w}/${paper.name}`, between, bareCaptions: true });
      page.c(`Read or Share this story: ${url}`);
      page.cb("View Comments", "Get our newsletter");
      page.cb("Terms of Service", "Privacy Policy", "Site Map", "Back to top");
      if (ctx.rng() < 0.5) page.c("Go to full site");
      return { page, header: { byline: names, ...(upd ? { updated: upd } : {}) } };
    },
  },
  {
    // A local outlet's text-only site, in one of two. The CNN lite kind: "The Lakeport Record |
    // Lite", "Go to the full site", the headline, "By Ann Lee, The Lakeport Record",
    // "Updated: 5:32 PM EST, Wed January 29, 2020", "Source: The Lakeport Record", the story
    // with no photos, "<< Back to Lite home | Read full story", the footer. The NPR text kind, a
    // public station's: "Text-Only KLPR", "Go To Full Site", the section, the headline, "By Ann
    // Lee" over "Wednesday, January 29, 2020 • 5:32 PM EST", the story, "Listen · 3:42" on some,
    // "Home | News | Culture | Music | Contact Us | Terms of Use | Permissions | Privacy Policy".
    name: "held-out-text-only",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const paper = ctx.pick(PAPERS);
      const page = new Page();
      const names = authorsOf(ctx, 0.2);
      const bare = noPhotos(ctx);
      const ez = eastern(d);
      if (ctx.rng() < 0.5) {
        const short = paper.name.replace(/^The /, "");
        page.c(`${short} | Lite`);
        page.c("Go to the full site");
        page.h(ctx.story.title);
        page.h(`By ${joinNames(names)}, ${paper.name}`);
        page.h(`Updated: ${upClock(h, min)} ${ez}, ${WEEKDAYS[d.wd]!.slice(0, 3)} ${MONTHS[d.m - 1]} ${d.d}, ${d.y}`);
        page.c(`Source: ${paper.name}`);
        body(page, bare, { lead: (p) => p, figure: (c) => [c], credit: (w) => w, between: {} });
        page.c("<< Back to Lite home | Read full story");
        page.h(`© ${d.y} ${paper.name}. All rights reserved.`);
        return { page, header: { byline: names } };
      }
      const call = ctx.pick(["KLPR", "WCDR", "KNFR"]);
      page.c(`Text-Only ${call}`);
      page.c("Go To Full Site");
      page.c(ctx.pick(["News", "Local News", "Politics"]));
      page.h(ctx.story.title);
      page.h(`By ${joinNames(names)}`);
      page.h(`${WEEKDAYS[d.wd]}, ${usLong(d)} • ${upClock(h, min)} ${ez}`);
      if (ctx.rng() < 0.5) page.c(`Listen · ${2 + Math.floor(ctx.rng() * 6)}:${pad(Math.floor(ctx.rng() * 60))}`);
      body(page, bare, { lead: (p) => p, figure: (c) => [c], credit: (w) => w, between: {} });
      page.c("Home | News | Culture | Music | Contact Us | Terms of Use | Permissions | Privacy Policy");
      page.h(`© ${d.y} ${call}`);
      return { page, header: { byline: names } };
    },
  },
];
