/**
 * A twenty-ninth held-out group of outlet styles for the import evaluation (issue 13), written
 * before reading the importer's code (only src/ingest/eval/, scripts/eval-import.ts, the evaluation
 * test, the earlier groups' committed fixtures, README.md and BENCHMARKS.md's import sections were
 * read), to be scored untouched. Places a local-news archive's contributors really copy a story
 * from, none seen before: a tech news site (The Verge, Ars Technica, TechCrunch), an entertainment
 * trade (Variety, Deadline, The Hollywood Reporter), a sports network (ESPN, Yahoo Sports), a
 * military unit's story on DVIDS, a science news release on EurekAlert!, a WordPress news theme
 * (tagDiv's Newspaper, JNews), a page saved to Notion by a web clipper with the database's
 * properties over it, and a farm press outlet (DTN Progressive Farmer, Farm Progress). Each is
 * written from memory of how its text comes out of a browser's "select all, copy" between 2019 and
 * 2024; a 2019 story copied in 2023 carries the 2023 template round its date.
 *
 * The platforms and the outlets named are the real ones, as the copied text would carry them;
 * people, units, institutions, teams, local sites, other headlines and notes are made up, and no
 * page is copied.
 */
import { body, dayOf, daysFrom, DEKS, h12, MONTHS, mon, pad, Page, WEEKDAYS, type Day, type Style } from "./outlets.ts";
import { add, apDate, authorsOf, copiedIn, joinNames, leadPhoto, mailOf, midway, others, otherName, shortDate, slugOf, stop, upClock, usLong, zone } from "./outlets-twentysixth.ts";

/** "5:32pm" */
const gluedClock = (hh: number, mm: number) => `${h12(hh)}:${pad(mm)}${hh < 12 ? "am" : "pm"}`;
/** "EST", "EDT" by the month */
const eastern = (day: Day) => (day.m >= 4 && day.m <= 10 ? "EDT" : "EST");
/** "1/29/2020" */
const slashDate = (day: Day) => `${day.m}/${day.d}/${day.y}`;
/** "01.29.2020", as DVIDS prints a day */
const dotDate = (day: Day) => `${pad(day.m)}.${pad(day.d)}.${day.y}`;
/** "29-Jan-2020", as EurekAlert! prints a day */
const dashDate = (day: Day) => `${pad(day.d)}-${mon(day)}-${day.y}`;
/** "Ann Lee" → "annlee", a social handle */
const handleOf = (name: string) => name.toLowerCase().replace(/[^a-z]/g, "");

const OTHER_HEADLINES = [
  "Council approves budget after marathon session",
  "Crews repair water main break on Main Street",
  "New library branch opens to crowds",
  "Storm knocks out power to thousands",
  "School board weighs later start times",
  "State regulators approve rate increase",
  "County fair breaks attendance record",
];

const TECH_SECTIONS = ["Policy", "Science", "Energy", "Transportation", "Tech"];
const ARS_SECTIONS = ["POLICY", "SCIENCE", "BIZ & IT", "CARS"];
const TECH_ROLES = ["a news writer who covers tech policy and the environment", "a senior reporter covering energy and transportation", "a reporter covering science, space and the climate"];

const TRADE_CREDITS = ["Courtesy of Netflix", "Getty Images for Lakeport Film Festival", "Courtesy Everett Collection", "Shutterstock", "Courtesy of HBO"];
const TRADE_ROLES = ["Senior Film Reporter", "TV Reporter", "Senior Entertainment Writer", "Business Editor"];

const TEAMS = [
  { name: "Lakeport Lakers", short: "LAK" },
  { name: "Cedar Falls Cougars", short: "CED" },
  { name: "North Fork Otters", short: "NFO" },
  { name: "Springfield Hawks", short: "SPR" },
] as const;

const UNITS = [
  { unit: "4th Infantry Division", base: "FORT CARSON", state: "Colo.", loc: "FORT CARSON, CO", branch: "U.S. Army" },
  { unit: "Colorado National Guard", base: "CENTENNIAL", state: "Colo.", loc: "CENTENNIAL, CO", branch: "U.S. Army National Guard" },
  { unit: "U.S. Army Corps of Engineers, Sacramento District", base: "SACRAMENTO", state: "Calif.", loc: "SACRAMENTO, CA", branch: "U.S. Army" },
  { unit: "162nd Wing", base: "TUCSON", state: "Ariz.", loc: "TUCSON, AZ", branch: "U.S. Air National Guard" },
] as const;
/** The ranks a public affairs writer or photographer holds, by the branch's word in a credit. */
const rankOf = (branch: string) => (branch.includes("Air") ? ["Senior Airman", "Staff Sgt.", "Master Sgt.", "Tech. Sgt."] : ["Sgt.", "Staff Sgt.", "Spc.", "Capt."]);

const INSTITUTIONS = [
  { name: "University of Lakeport", domain: "lakeport.example" },
  { name: "Cedar Falls State University", domain: "cfsu.example" },
  { name: "North Fork Institute of Technology", domain: "nfit.example" },
] as const;
const JOURNALS = ["Nature Communications", "Science Advances", "Water Resources Research", "PLOS ONE", "Environmental Research Letters"];
const RELEASE_KINDS = ["Peer-Reviewed Publication", "Reports and Proceedings", "Announcement"];

const WP_SITES = [
  { name: "Lakeport Daily Times", domain: "lakeportdailytimes.example" },
  { name: "Cedar Valley Chronicle", domain: "cedarvalleychronicle.example" },
  { name: "North Fork Today", domain: "northforktoday.example" },
] as const;
const WP_CATEGORIES = ["News", "Local News", "Community", "Business", "Politics"];
const WP_TAGS = ["local news", "city council", "weather", "public safety", "environment", "schools"];

const CLIP_SOURCES = [
  { name: "The Lakeport Record", domain: "lakeportrecord.example" },
  { name: "Cedar County Courier", domain: "cedarcountycourier.example" },
  { name: "Springfield Daily Ledger", domain: "springfieldledger.example" },
] as const;
const CLIP_TAGS = ["local", "to read", "archive", "water", "county"];

const FARM_PLACES = ["OMAHA", "DES MOINES", "WASHINGTON", "ST. PAUL, Minn.", "SPRINGFIELD, Ill."];
const FARM_SECTIONS = ["Ag Policy", "Production", "Crops", "Livestock", "Business"];

export const HELD_OUT_TWENTYNINTH_STYLES: readonly Style[] = [
  {
    // A tech news site, in one of three. The Verge: "The Verge homepage", the bar, the category
    // tags, the headline, the dek, "By Ann Lee@annlee" (the handle glued to the name, 2020) or
    // "By Ann Lee, a news writer who covers …" (2023), "Jan 29, 2020, 5:32pm EST", "Share this
    // story", the lead photo with its credit on the line after ("Photo by Ann Lee / The Verge"),
    // "Related" between paragraphs, "Most Popular" numbered, "Verge Deals", the Vox Media footer.
    // Ars Technica (2020): the section with a dash ("POLICY —"), the headline, the dek, "ANN LEE -
    // 1/29/2020, 5:32 PM", "Enlarge / caption (credit: …)", "reader comments 84 with 52 posters
    // participating", "Share this story", the author's bio, "← Previous story Next story →",
    // the Condé Nast footer. TechCrunch: "Ann Lee@annlee / 5:32 PM EST•January 29, 2020" over
    // "Comment", "Image Credits: Ann Lee / Getty Images" after the caption, the newsletter box,
    // "Most Popular", the Yahoo footer.
    name: "held-out-tech-news",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const copied = copiedIn(ctx, d, 0.4);
      const page = new Page();
      const n = ctx.story.paragraphs.length;
      const names = authorsOf(ctx, 0.2);
      const between: Record<number, string[]> = {};
      const dek = ctx.pick(DEKS);
      const r = ctx.rng();
      if (r < 0.35) {
        page.cb("The Verge", "The Verge homepage", "Tech", "Reviews", "Science", "Entertainment", "AI", "Policy", "More", "Menu");
        page.cb(...others(ctx, 2, TECH_SECTIONS));
        page.h(ctx.story.title);
        page.h(dek);
        page.dek = dek;
        if (copied < 2022) page.h(`By ${names.map((x) => `${x}@${handleOf(x)}`).join(" and ")}`, `${shortDate(d)}, ${gluedClock(h, min)} ${eastern(d)}`);
        else page.h(`By ${joinNames(names)}, ${ctx.pick(TECH_ROLES)}`, `${shortDate(d)}, ${upClock(h, min)} ${eastern(d)}`);
        const comments = Math.floor(ctx.rng() * 90);
        page.cb(...(comments ? [`${comments} Comments`] : []), "Share this story");
        const photo = (c: string, cr: string | undefined) => (cr ? [stop(c), cr] : [stop(c)]);
        const credit = (w: string) => (ctx.rng() < 0.5 ? `Photo by ${w} / The Verge` : `Image: ${w}`);
        const story = leadPhoto(page, ctx, 0.8, photo, () => credit(otherName(ctx)));
        if (n >= 5) add(between, midway(n), ["Related", ctx.pick(OTHER_HEADLINES)]);
        body(page, story, { lead: (p) => p, figure: photo, credit, between, bareCaptions: true });
        page.cb("Most Popular", ...others(ctx, 4, OTHER_HEADLINES).flatMap((t, i) => [String(i + 1), t]));
        page.cb("Verge Deals", "Sign up for Verge Deals to get deals on products we've tested sent to your inbox weekly.", "Email (required)", "Sign up");
        page.cb("Terms of Use", "Privacy Notice", "Cookie Policy", "Do Not Sell Or Share My Personal Info", "Licensing FAQ", "Accessibility", "Platform Status");
        page.h(`© ${copied} Vox Media, LLC. All Rights Reserved`);
        return { page, header: { byline: names } };
      }
      if (r < 0.7) {
        const upper = names.map((x) => x.toUpperCase());
        page.cb("Ars Technica", "Biz & IT", "Tech", "Science", "Policy", "Cars", "Gaming & Culture", "Store", "Forums", "Subscribe", "Sign in");
        page.c(`${ctx.pick(ARS_SECTIONS)} —`);
        page.h(ctx.story.title);
        page.h(dek);
        page.dek = dek;
        page.h(`${joinNames(upper, "AND")} - ${slashDate(d)}, ${upClock(h, min)}`);
        const comments = 5 + Math.floor(ctx.rng() * 200);
        const posters = Math.max(2, Math.floor(comments * 0.6));
        page.cb("reader comments", String(comments), `with ${posters} posters participating`);
        page.cb("Share this story", "Share on Facebook", "Share on Twitter", "Share on Reddit");
        const photo = (c: string, cr: string | undefined) => [cr ? `Enlarge / ${stop(c)} (credit: ${cr})` : `Enlarge / ${stop(c)}`];
        const credit = (w: string) => (ctx.rng() < 0.5 ? `${w} / Getty Images` : w);
        const story = leadPhoto(page, ctx, 0.85, photo, () => credit(otherName(ctx)));
        if (n >= 6) add(between, n - 2, ["Advertisement"]);
        body(page, story, { lead: (p) => p, figure: photo, credit, between, bareCaptions: true });
        page.cb("READER COMMENTS", String(comments), "SHARE THIS STORY");
        for (const x of names) page.cb(x, `${x.split(" ")[0]} is a ${ctx.pick(["senior reporter", "science editor", "policy reporter"])} at Ars Technica.`, "EMAIL", `${mailOf(x)}@arstechnica.example`, "//", "TWITTER", `@${handleOf(x)}`);
        page.cb("← PREVIOUS STORY", "NEXT STORY →");
        page.cb("Related Stories", ...others(ctx, 3, OTHER_HEADLINES));
        page.cb("CNMN Collection", "WIRED Media Group");
        page.h(
          `© ${copied} Condé Nast. All rights reserved. Use of and/or registration on any portion of this site constitutes acceptance of our User Agreement and Privacy Policy and Cookie Statement and Ars Technica Addendum and Your California Privacy Rights. Ars Technica may earn compensation on sales from links on this site.`,
        );
        return { page, header: { byline: upper } };
      }
      page.cb("TechCrunch", "Login", "Search", "Startups", "Venture", "Security", "AI", "Crypto", "Apps", "Events", "Advertise", "More");
      page.h(ctx.story.title);
      page.h(...names.map((x) => `${x}@${handleOf(x)}`), `/ ${upClock(h, min).toLowerCase()} ${eastern(d)}•${usLong(d)}`);
      page.c("Comment");
      const photo = (c: string, cr: string | undefined) => (cr ? [stop(c), `Image Credits: ${cr}`] : [stop(c)]);
      const credit = (w: string) => (ctx.rng() < 0.5 ? `${w} / Getty Images` : `${w} / TechCrunch`);
      const story = leadPhoto(page, ctx, 0.9, photo, () => credit(otherName(ctx)));
      add(between, midway(n), ["Get the industry's biggest tech news", "TechCrunch Daily News", "Every weekday and Sunday, you can get the best of TechCrunch's coverage.", "Add"]);
      body(page, story, { lead: (p) => p, figure: photo, credit, between, bareCaptions: true });
      page.cb("More TechCrunch", ...others(ctx, 3, OTHER_HEADLINES));
      page.cb("Most Popular", ...others(ctx, 3, OTHER_HEADLINES));
      page.cb("About TechCrunch", "Staff", "Contact Us", "Advertise", "Crunchboard Jobs", "Site Map", "Terms of Service", "Privacy Policy");
      page.h(copied < 2022 ? `© ${copied} Verizon Media. All rights reserved.` : `© ${copied} Yahoo. All rights reserved. Powered by WordPress VIP.`);
      return { page, header: { byline: names } };
    },
  },
  {
    // An entertainment trade (Penske Media's three), in one of three. Variety: the bar ("Film",
    // "TV", "What To Watch", "Music", "Docs", "Tech", "Global", "Awards Circuit", "VIP+"), the
    // section, the headline, "By Ann Lee" with the role under it on some, "Jan 29, 2020 5:32pm
    // PT", the lead photo's credit alone under its caption ("Courtesy of Netflix", "Getty Images
    // for …"), "Popular on Variety" (the video box) and "Related Stories" between paragraphs,
    // "Read More About:", "Jump to Comments", "More From Our Brands", "Must Read", the newsletter
    // box, "Variety is a part of Penske Media Corporation. © 2024 Variety Media, LLC. All Rights
    // Reserved." Deadline: "By Ann Lee" over "January 29, 2020 5:32pm", the credit after the
    // caption, "Related Story" between paragraphs, "Subscribe to Deadline Breaking News Alerts
    // and keep your inbox happy.", "Must Read Stories". The Hollywood Reporter: the headline,
    // the dek, "BY ANN LEE" over "JANUARY 29, 2020 5:32PM", "THR Newsletters".
    name: "held-out-entertainment-trade",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const copied = copiedIn(ctx, d, 0.35);
      const page = new Page();
      const n = ctx.story.paragraphs.length;
      const names = authorsOf(ctx, 0.25);
      const between: Record<number, string[]> = {};
      const r = ctx.rng();
      const photo = (c: string, cr: string | undefined) => (cr ? [stop(c), cr] : [stop(c)]);
      const credit = () => ctx.pick(TRADE_CREDITS);
      const footer = (brand: string, company: string) => page.h(`${brand} is a part of Penske Media Corporation. © ${copied} ${company}. All Rights Reserved.`);
      if (r < 0.4) {
        page.cb("Variety", "Subscribe", "Login", "Film", "TV", "What To Watch", "Music", "Docs", "Tech", "Global", "Awards Circuit", "Video", "VIP+");
        page.c(ctx.pick(["News", "Film", "TV", "Biz"]));
        page.h(ctx.story.title);
        if (ctx.rng() < 0.5) page.h(`By ${joinNames(names)}`, `${shortDate(d)} ${gluedClock(h, min)} PT`);
        else page.h(...names.flatMap((x) => [x, ctx.pick(TRADE_ROLES)]), `${shortDate(d)} ${gluedClock(h, min)} PT`);
        const story = leadPhoto(page, ctx, 0.85, photo, credit);
        add(between, midway(n), ["Popular on Variety"]);
        if (n >= 6) add(between, n - 3, ["Related Stories", ...others(ctx, 2, OTHER_HEADLINES)]);
        body(page, story, { lead: (p) => p, figure: photo, credit: () => credit(), between, bareCaptions: true });
        page.cb("Read More About:", ...others(ctx, 3, ["Box Office", "Netflix", "Streaming", "Film Festivals", "Television"]));
        page.c("Jump to Comments");
        page.cb("More From Our Brands", ...others(ctx, 2, OTHER_HEADLINES));
        page.cb("Must Read", ...others(ctx, 3, OTHER_HEADLINES));
        page.cb("Sign Up for Variety Newsletters", "Enter your Email", "Sign Up", "By providing your information, you agree to our Terms of Use and our Privacy Policy. We use vendors that may also process your information to help provide our services.");
        footer("Variety", "Variety Media, LLC");
        return { page, header: { byline: names } };
      }
      if (r < 0.75) {
        page.cb("Deadline", "Subscribe", "Login", "Film", "TV", "Awards", "Box Office", "Business", "Video", "Tip Us");
        page.h(ctx.story.title);
        page.h(`By ${joinNames(names)}`, `${usLong(d)} ${gluedClock(h, min)}`);
        page.cb("Facebook", "X", "Email", "Show more sharing options");
        const story = leadPhoto(page, ctx, 0.9, photo, credit);
        add(between, midway(n), ["Related Story", ctx.pick(OTHER_HEADLINES)]);
        body(page, story, { lead: (p) => p, figure: photo, credit: () => credit(), between, bareCaptions: true });
        page.c("Subscribe to Deadline Breaking News Alerts and keep your inbox happy.");
        page.cb("Read More About:", ...others(ctx, 2, ["Breaking News", "Film", "Television"]));
        page.cb(`Comments`, `Jump to Comments`);
        page.cb("Must Read Stories", ...others(ctx, 3, OTHER_HEADLINES));
        footer("Deadline", "Deadline Hollywood, LLC");
        return { page, header: { byline: names } };
      }
      const upper = names.map((x) => x.toUpperCase());
      const dek = ctx.pick(DEKS);
      page.cb("The Hollywood Reporter", "Subscribe", "Sign In", "Movies", "TV", "Awards", "Lifestyle", "Business", "Global", "Video");
      page.c(ctx.pick(["MOVIES", "TV", "BUSINESS", "NEWS"]));
      page.h(ctx.story.title);
      page.h(dek);
      page.dek = dek;
      page.h(`BY ${joinNames(upper, "AND")}`, `${usLong(d).toUpperCase()} ${gluedClock(h, min).toUpperCase()}`);
      const story = leadPhoto(page, ctx, 0.85, photo, credit);
      add(between, midway(n), ["THR Newsletters", "Sign up for THR news straight to your inbox every day", "SUBSCRIBE"]);
      body(page, story, { lead: (p) => p, figure: photo, credit: () => credit(), between, bareCaptions: true });
      page.cb("Read More About:", ...others(ctx, 2, ["Box Office", "Streaming", "Television"]));
      page.cb("Trending on THR", ...others(ctx, 3, OTHER_HEADLINES));
      footer("The Hollywood Reporter", "The Hollywood Reporter, LLC");
      return { page, header: { byline: upper } };
    },
  },
  {
    // A sports network, in one of two. ESPN: the bar, a score strip on some ("Final", "LAK 3",
    // "CED 1"), the headline, "Ann Lee, ESPN Staff Writer" with "Close" and the writer's bio
    // card copied open on some, or "ESPN News Services", "Jan 29, 2020, 05:32 PM ET", the share
    // row, the lead photo's credit over its caption ("Ann Lee/Getty Images"), the story, on a
    // News Services story "Information from The Associated Press was used in this report." as its
    // last line, the footer. Yahoo Sports: the bar, the headline, the name over its role
    // ("·Senior Writer"), "Wed, Jan 29, 2020, 5:32 PM EST" with "·3 min read", the comment count,
    // "In this article:" with the teams, the caption with "(Photo by Ann Lee/Getty Images)",
    // the footer.
    name: "held-out-sports-network",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const copied = copiedIn(ctx, d, 0.45);
      const page = new Page();
      const n = ctx.story.paragraphs.length;
      const home = ctx.pick(TEAMS);
      const away = ctx.pick(TEAMS.filter((t) => t !== home));
      if (ctx.rng() < 0.55) {
        const services = ctx.rng() < 0.35;
        const names = services ? [] : authorsOf(ctx, 0.15);
        page.cb("ESPN", "NFL", "NBA", "MLB", "NCAAF", "NHL", "Soccer", "More Sports", "Watch", "Fantasy");
        if (ctx.rng() < 0.5) page.cb("Final", `${home.short} ${2 + Math.floor(ctx.rng() * 4)}`, `${away.short} ${Math.floor(ctx.rng() * 2)}`, "Gamecast", "Box Score");
        page.h(ctx.story.title);
        if (services) page.h("ESPN News Services");
        else if (names.length > 1) page.h(`${joinNames(names)}, ESPN`);
        else page.h(`${names[0]}, ESPN Staff Writer`);
        if (!services && ctx.rng() < 0.4) page.cb("Close", `${names[0]!.split(" ")[0]} covers ${home.name.split(" ")[0]} sports for ESPN.`, "Follow on X");
        page.h(`${shortDate(d)}, ${pad(h12(h))}:${pad(min)} ${h < 12 ? "AM" : "PM"} ET`);
        page.cb("Facebook", "X", "Email", "Print");
        const photo = (c: string, cr: string | undefined) => (cr ? [cr, stop(c)] : [stop(c)]);
        const credit = (w: string) => (ctx.rng() < 0.6 ? `${w}/Getty Images` : `${w}/USA TODAY Sports`);
        const story = leadPhoto(page, ctx, 0.85, photo, () => credit(otherName(ctx)));
        body(page, story, { lead: (p) => p, figure: photo, credit, between: {}, bareCaptions: true });
        if (services) {
          const tail = "Information from The Associated Press was used in this report.";
          page.blocks.push([tail]);
          page.story.push(tail);
        }
        page.cb("Terms of Use", "Privacy Policy", "Your US State Privacy Rights", "Children's Online Privacy Policy", "Interest-Based Ads", "About Nielsen Measurement", "Do Not Sell or Share My Personal Information", "Contact Us", "Disney Ad Sales Site", "Work for ESPN", "Corrections");
        page.h(`Copyright: © ${copied} ESPN Enterprises, Inc. All rights reserved.`);
        return { page, header: { byline: names } };
      }
      const names = authorsOf(ctx, 0.1);
      page.cb("Yahoo Sports", "Home", "Fantasy", "NFL", "NBA", "MLB", "NHL", "College Football", "Soccer", "Scores", "More");
      page.h(ctx.story.title);
      page.h(...names.flatMap((x) => [x, `·${ctx.pick(["Senior Writer", "Writer", "Contributor"])}`]));
      const stamp = `${WEEKDAYS[d.wd]!.slice(0, 3)}, ${shortDate(d)}, ${upClock(h, min)} ${eastern(d)}`;
      page.h(copied < 2022 ? `${usLong(d)}, ${upClock(h, min)}` : stamp);
      page.c(`·${2 + Math.floor(ctx.rng() * 5)} min read`);
      const comments = Math.floor(ctx.rng() * 400);
      if (comments) page.c(String(comments));
      if (ctx.rng() < 0.5) page.cb("In this article:", home.name, away.name);
      const photo = (c: string, cr: string | undefined) => [cr ? `${stop(c)} (${cr})` : stop(c)];
      const credit = (w: string) => `Photo by ${w}/Getty Images`;
      const story = leadPhoto(page, ctx, 0.8, photo, () => credit(otherName(ctx)));
      const between: Record<number, string[]> = {};
      if (n >= 5) add(between, midway(n), ["Advertisement"]);
      body(page, story, { lead: (p) => p, figure: photo, credit, between, bareCaptions: true });
      page.cb("Terms/Privacy Policy", "Your Privacy Choices", "CA Privacy Notice", "About Our Ads", "Sitemap");
      page.h(`© ${copied} Yahoo. All rights reserved.`);
      return { page, header: { byline: names } };
    },
  },
  {
    // A military unit's public affairs story on DVIDS (the Defense Visual Information
    // Distribution Service). The site's bar, the headline, the lead photo's line ("Photo By Sgt.
    // Ann Lee | caption … read more") and its caption again with "(U.S. Army photo by Sgt. Ann
    // Lee)" on some, "DENVER, CO, UNITED STATES" over "01.29.2020", "Story by Sgt. Ann Lee" or
    // "Courtesy Story", the unit, "Subscribe" with its count, the story (its first line with the
    // base's dateline on some: "FORT CARSON, Colo. — "), then the record: "Date Taken:",
    // "Date Posted: 01.29.2020 17:32", "Story ID:", "Location:", "Web Views:", "Downloads:",
    // "PUBLIC DOMAIN" or the licence sentence, "Tags", "More Like This". The byline's name is
    // kept without its rank.
    name: "held-out-dvids",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const unit = ctx.pick(UNITS);
      const page = new Page();
      const courtesy = ctx.rng() < 0.3;
      const names = courtesy ? [] : authorsOf(ctx, 0);
      const ranks = rankOf(unit.branch);
      const rank = ctx.pick(ranks);
      const photographer = `${rank} ${names[0] ?? otherName(ctx)}`;
      const withDateline = ctx.rng() < 0.5;
      const id = 360000 + Math.floor(ctx.rng() * 90000);
      page.cb("DVIDS", "Images", "Video", "News", "Audio", "Publications", "Graphics", "Webcasts", "Units", "Search", "Login");
      page.h(ctx.story.title);
      const [lead, ...rest] = ctx.story.captions;
      let story = ctx;
      if (lead && ctx.rng() < 0.8) {
        const cr = `${unit.branch} photo by ${photographer}`;
        page.c(`Photo By ${photographer} | ${lead.slice(0, 60)}... read more`);
        page.h(`${stop(lead)} (${cr})`);
        page.figures.push({ caption: lead, credit: cr });
        story = { ...ctx, story: { ...ctx.story, captions: rest } };
      }
      page.h(`${unit.loc}, UNITED STATES`, dotDate(d));
      page.h(courtesy ? "Courtesy Story" : `Story by ${rank} ${names[0]}`);
      page.cb(unit.unit, "Subscribe", String(1 + Math.floor(ctx.rng() * 40)));
      const photo = (c: string, cr: string | undefined) => [cr ? `${stop(c)} (${cr})` : stop(c)];
      body(page, story, { lead: (p) => (withDateline ? `${unit.base}, ${unit.state} — ${p}` : p), figure: photo, credit: (w) => `${unit.branch} photo by ${ctx.pick(ranks)} ${w}`, between: {}, bareCaptions: true });
      const title = ctx.story.title;
      page.cb(
        `Date Taken: ${dotDate(d)}`,
        `Date Posted: ${dotDate(d)} ${pad(h)}:${pad(min)}`,
        `Story ID: ${id}`,
        `Location: ${unit.loc}, US`,
        `Web Views: ${20 + Math.floor(ctx.rng() * 900)}`,
        `Downloads: ${Math.floor(ctx.rng() * 5)}`,
      );
      if (ctx.rng() < 0.5) page.c("PUBLIC DOMAIN");
      else page.c(`This work, ${title}, by ${courtesy ? unit.unit : photographer}, identified by DVIDS, must comply with the restrictions shown on https://www.dvidshub.net/about/copyright.`);
      page.cb("Tags", ...others(ctx, 3, ["Army", "Community", "Colorado", "Flood", "Safety", "Training"]).map((t) => t.toUpperCase()));
      page.cb("More Like This", ...others(ctx, 2, OTHER_HEADLINES));
      page.cb("Privacy & Security", "Accessibility", "Link Disclaimer", "FOIA", "No FEAR Act", "USA.gov");
      return { page, header: { byline: names, ...(withDateline ? { dateline: `${unit.base}, ${unit.state}` } : {}) } };
    },
  },
  {
    // A science news release on EurekAlert! (AAAS), in one of two templates. Before its 2021
    // redesign: "Public Release: 29-Jan-2020", the headline, the institution, "Share", "Print",
    // "E-Mail", the image as "IMAGE: caption view more" and "Credit: …", the release, "###",
    // "Disclaimer: AAAS and EurekAlert! are not responsible …", "Media Contact" with name, mail
    // and phone, "More on this News Release". After it: "NEWS RELEASE 29-JAN-2020", the
    // headline, the dek on some, the kind ("Peer-Reviewed Publication"), the institution, the
    // share row, "IMAGE: …" and "CREDIT: …", the release, the fields ("JOURNAL", "DOI", "METHOD OF
    // RESEARCH", "SUBJECT OF RESEARCH", "ARTICLE TITLE", "ARTICLE PUBLICATION DATE"), the
    // disclaimer, the contact, the AAAS footer. No byline: the institution releases it.
    name: "held-out-eurekalert",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const copied = copiedIn(ctx, d, 0.3);
      const inst = ctx.pick(INSTITUTIONS);
      const page = new Page();
      const contact = otherName(ctx);
      const disclaimer = "Disclaimer: AAAS and EurekAlert! are not responsible for the accuracy of news releases posted to EurekAlert! by contributing institutions or for the use of any information through the EurekAlert system.";
      const journal = ctx.pick(JOURNALS);
      const phone = `${ctx.pick(["303", "319", "208"])}-555-01${pad(Math.floor(ctx.rng() * 100))}`;
      if (copied < 2022) {
        page.cb("EurekAlert!", "The Global Source for Science News", "Home", "News", "Multimedia", "Meetings", "Portals", "About");
        page.h(`Public Release: ${dashDate(d)}`);
        page.h(ctx.story.title);
        page.c(inst.name);
        page.cb("Share", "Print", "E-Mail");
        const photo = (c: string, cr: string | undefined) => (cr ? [`IMAGE: ${stop(c)} view more`, `Credit: ${cr}`] : [`IMAGE: ${stop(c)} view more`]);
        body(page, ctx, { lead: (p) => p, figure: photo, credit: (w) => `${w}, ${inst.name}`, between: {}, bareCaptions: true });
        page.c("###");
        page.c(disclaimer);
        page.cb("Media Contact", contact, `${mailOf(contact)}@${inst.domain}`, phone);
        page.cb("More on this News Release", ctx.story.title, inst.name, "Journal", journal);
        page.h(`Copyright © ${copied} by the American Association for the Advancement of Science (AAAS)`);
        return { page, header: { byline: [] } };
      }
      page.cb("EurekAlert!", "Science News", "Multimedia", "Meetings", "Experts", "Log in", "Register");
      page.h(`NEWS RELEASE ${dashDate(d).toUpperCase()}`);
      page.h(ctx.story.title);
      if (ctx.rng() < 0.4) {
        const dek = ctx.pick(DEKS);
        page.h(dek);
        page.dek = dek;
      }
      page.c(ctx.pick(RELEASE_KINDS));
      page.c(inst.name);
      page.cb("FACEBOOK", "TWITTER", "LINKEDIN", "EMAIL", "PRINT");
      const photo = (c: string, cr: string | undefined) => (cr ? [`IMAGE: ${stop(c)} view more`, `CREDIT: ${cr}`] : [`IMAGE: ${stop(c)} view more`]);
      body(page, ctx, { lead: (p) => p, figure: photo, credit: (w) => `${w}, ${inst.name}`, between: {}, bareCaptions: true });
      page.cb("JOURNAL", journal, "DOI", `10.1038/s41467-0${d.y % 100}-${10000 + Math.floor(ctx.rng() * 89999)}-${Math.floor(ctx.rng() * 9)}`);
      page.cb("METHOD OF RESEARCH", ctx.pick(["Observational study", "Experimental study", "Data/statistical analysis"]), "SUBJECT OF RESEARCH", "Not applicable");
      page.cb("ARTICLE TITLE", ctx.pick(DEKS), "ARTICLE PUBLICATION DATE", dashDate(d));
      page.c(disclaimer);
      page.cb("Media Contact", contact, inst.name, `${mailOf(contact)}@${inst.domain}`, `Office: ${phone}`);
      page.cb("About EurekAlert!", "Privacy Policy", "Terms & Conditions", "Contact Us");
      page.h(`Copyright © ${copied} by the American Association for the Advancement of Science (AAAS)`);
      return { page, header: { byline: [] } };
    },
  },
  {
    // A local news site on a WordPress news theme, in one of two. tagDiv's Newspaper: the bar,
    // "Home" and the category, the category's tag, the headline, "By Ann Lee - January 29, 2020"
    // with the view and comment counts, "Share on Facebook", "Tweet on Twitter", the featured
    // photo's caption with "(Photo by …)", "- Advertisement -" between paragraphs, "TAGS",
    // "Previous article" / "Next article" with their headlines, the author box, "RELATED
    // ARTICLESMORE FROM AUTHOR" (the two tabs glued), "LEAVE A REPLY Cancel reply" and its form,
    // "Most Popular", "© Newspaper WordPress Theme by TagDiv". JNews: "Home » News", the headline,
    // "by Ann Lee" over the date, "in News", "Reading Time: 3 mins read", "Share on Facebook",
    // "Share on Twitter", "ADVERTISEMENT", "Tags:", "ShareTweetSend" glued, "Previous Post" / "Next
    // Post", "Related Posts", "Discussion about this post", "No Result", "View All Result", "©
    // 2024 JNews - Premium WordPress news & magazine theme by Jegtheme."
    name: "held-out-wp-news-theme",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const copied = copiedIn(ctx, d, 0.45);
      const site = ctx.pick(WP_SITES);
      const page = new Page();
      const n = ctx.story.paragraphs.length;
      const names = authorsOf(ctx, 0.1);
      const cat = ctx.pick(WP_CATEGORIES);
      const [prev, next] = others(ctx, 2, OTHER_HEADLINES);
      const between: Record<number, string[]> = {};
      const photo = (c: string, cr: string | undefined) => [cr ? `${stop(c)} (${cr})` : stop(c)];
      const credit = (w: string) => `Photo by ${w}`;
      if (ctx.rng() < 0.55) {
        page.cb(site.name, "Home", "News", "Local", "Sports", "Business", "Opinion", "Contact");
        page.cb("Home", cat);
        page.c(cat);
        page.h(ctx.story.title);
        page.h(`By ${joinNames(names)} - ${usLong(d)}`);
        page.cb(String(20 + Math.floor(ctx.rng() * 900)), String(Math.floor(ctx.rng() * 4)));
        page.cb("Share on Facebook", "Tweet on Twitter", "Pinterest", "WhatsApp");
        const story = leadPhoto(page, ctx, 0.7, photo, () => credit(otherName(ctx)));
        add(between, midway(n), ["- Advertisement -"]);
        body(page, story, { lead: (p) => p, figure: photo, credit, between, bareCaptions: true });
        page.cb("TAGS", ...others(ctx, 2, WP_TAGS));
        page.cb("Facebook", "Twitter", "Pinterest", "WhatsApp");
        page.cb("Previous article", prev!, "Next article", next!);
        page.cb(names[0]!, `https://${site.domain}`);
        page.cb("RELATED ARTICLESMORE FROM AUTHOR", ...others(ctx, 3, OTHER_HEADLINES));
        page.cb(
          "LEAVE A REPLY Cancel reply",
          "Please enter your comment!",
          "Please enter your name here",
          "You have entered an incorrect email address!",
          "Please enter your email address here",
          "Save my name, email, and website in this browser for the next time I comment.",
        );
        page.cb("Most Popular", ...others(ctx, 2, OTHER_HEADLINES));
        page.cb("ABOUT US", `${site.name} is your source for local news.`, `Contact us: editor@${site.domain}`, "FOLLOW US");
        page.h("© Newspaper WordPress Theme by TagDiv");
        return { page, header: { byline: names } };
      }
      page.cb(site.name, "Home", "News", "Local", "Sports", "Business", "Opinion", "Contact");
      page.c(`Home » ${cat}`);
      page.h(ctx.story.title);
      page.h(`by ${joinNames(names)}`, usLong(d));
      page.cb(`in ${cat}`, `Reading Time: ${2 + Math.floor(ctx.rng() * 4)} mins read`, String(Math.floor(ctx.rng() * 3)));
      page.cb("Share on Facebook", "Share on Twitter");
      const story = leadPhoto(page, ctx, 0.7, photo, () => credit(otherName(ctx)));
      add(between, midway(n), ["ADVERTISEMENT"]);
      body(page, story, { lead: (p) => p, figure: photo, credit, between, bareCaptions: true });
      page.c(`Tags: ${others(ctx, 2, WP_TAGS).join(" ")}`);
      page.c(ctx.rng() < 0.5 ? "ShareTweetSend" : `Share${Math.floor(ctx.rng() * 90)}Tweet${Math.floor(ctx.rng() * 40)}Send`);
      page.cb("Previous Post", prev!, "Next Post", next!);
      page.cb("Related Posts", ...others(ctx, 3, OTHER_HEADLINES));
      page.c("Discussion about this post");
      page.cb("No Result", "View All Result");
      page.cb("About", "Advertise", "Privacy & Policy", "Contact");
      page.h(`© ${copied} JNews - Premium WordPress news & magazine theme by Jegtheme.`);
      return { page, header: { byline: names } };
    },
  },
  {
    // A page saved to a Notion database by a web clipper, copied out of Notion. The page's
    // title as the clipper took it (the browser tab's, "… | The Lakeport Record" on some), the
    // database's properties each over its value ("Created" with the day it was clipped, "Tags",
    // "URL" with the story's address), or the "Save to Notion" extension's ("Link", "Created time",
    // "Status", "Type"), then the clipped page: the headline again on some, the byline, the date
    // as the paper printed it, the story with its captions, and the bits of the paper's chrome the
    // clipper kept ("Advertisement", "Sign up for our newsletter", "Related").
    name: "held-out-notion-clip",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const copied = copiedIn(ctx, d, 0.2);
      const src = ctx.pick(CLIP_SOURCES);
      const page = new Page();
      const n = ctx.story.paragraphs.length;
      const names = authorsOf(ctx, 0.2);
      // Clipped the week it ran on some pages, a later year on most.
      const clippedOn = copied === d.y ? dayOf(daysFrom(ctx.story.date, 1 + Math.floor(ctx.rng() * 6))) : dayOf(`${copied}-0${1 + Math.floor(ctx.rng() * 9)}-1${Math.floor(ctx.rng() * 9)}`);
      const clipStamp = `${MONTHS[clippedOn.m - 1]} ${clippedOn.d}, ${clippedOn.y} ${upClock((h + 3) % 24, (min + 17) % 60)}`;
      const url = `https://www.${src.domain}/news/${d.y}/${pad(d.m)}/${pad(d.d)}/${slugOf(ctx.story.title)}`;
      const between: Record<number, string[]> = {};
      page.h(ctx.rng() < 0.5 ? `${ctx.story.title} | ${src.name}` : ctx.story.title);
      if (ctx.rng() < 0.6) page.cb("Created", clipStamp, "Tags", others(ctx, 2, CLIP_TAGS).join(" "), "URL", url);
      else page.cb("Link", url, "Created time", clipStamp, "Status", "To read", "Type", "Article");
      if (ctx.rng() < 0.5) page.h(ctx.story.title);
      page.h(`By ${joinNames(names)}`, ctx.rng() < 0.5 ? usLong(d) : `Published ${h12(h)}:${pad(min)} ${h < 12 ? "a.m." : "p.m."} ET ${apDate(d)}`);
      const photo = (c: string, cr: string | undefined) => [cr ? `${stop(c)} (${cr})` : stop(c)];
      add(between, midway(n), ["Advertisement"]);
      if (n >= 6) add(between, n - 3, [`Sign up for our newsletter`, `Get the ${src.name}'s top stories in your inbox every morning.`]);
      body(page, ctx, { lead: (p) => p, figure: photo, credit: (w) => `${w} / ${src.name}`, between, bareCaptions: true });
      if (ctx.rng() < 0.5) page.cb("Related", ...others(ctx, 2, OTHER_HEADLINES));
      return { page, header: { byline: names } };
    },
  },
  {
    // A farm press outlet, in one of two. DTN Progressive Farmer: the bar, the section, the
    // headline, the name over "DTN Staff Reporter" (or another role), "1/29/2020 | 5:32 PM CST",
    // the lead photo with "(DTN photo by Ann Lee)" or "(DTN file photo)" closing its caption, the
    // story from its dateline ("OMAHA (DTN) -- "), "Ann Lee can be reached at …" and "Follow her
    // on Twitter @…", "(c) Copyright 2020 DTN, LLC. All rights reserved.", "Related DTN Stories",
    // the footer. Farm Progress (Informa): the bar, the section, the headline, the dek, the name,
    // "January 29, 2020", "3 Min Read", the caption with the credit on its own line after, "Read
    // more about:", "About the Author(s)", "You May Also Like", the newsletter box, Informa's
    // registered-office line.
    name: "held-out-farm-press",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const copied = copiedIn(ctx, d, 0.4);
      const page = new Page();
      const names = authorsOf(ctx, 0.15);
      if (ctx.rng() < 0.55) {
        const place = ctx.pick(FARM_PLACES);
        page.cb("DTN Progressive Farmer", "Markets", "News", "Weather", "Ag Policy", "Crops", "Livestock", "Equipment", "Subscribe", "Log In");
        page.c(ctx.pick(FARM_SECTIONS));
        page.h(ctx.story.title);
        page.h(...names.flatMap((x) => [x, ctx.pick(["DTN Staff Reporter", "DTN Ag Policy Editor", "DTN Crops Editor"])]));
        page.h(`${slashDate(d)} | ${upClock(h, min)} ${zone(d, true)}`);
        const photo = (c: string, cr: string | undefined) => [cr ? `${stop(c)} (${cr})` : stop(c)];
        const story = leadPhoto(page, ctx, 0.75, photo, () => (ctx.rng() < 0.6 ? `DTN photo by ${otherName(ctx)}` : "DTN file photo"));
        body(page, story, { lead: (p) => `${place} (DTN) -- ${p}`, figure: photo, credit: (w) => `DTN photo by ${w}`, between: {}, bareCaptions: true });
        for (const x of names) page.cb(`${x} can be reached at ${mailOf(x)}@dtn.example`, `Follow ${ctx.pick(["her", "him", "them"])} on Twitter @${handleOf(x)}DTN`);
        page.h(`(c) Copyright ${d.y} DTN, LLC. All rights reserved.`);
        page.cb("Related DTN Stories", ...others(ctx, 2, OTHER_HEADLINES));
        page.cb("About DTN", "Contact Us", "Privacy Policy", "Terms of Use");
        page.h(`© Copyright ${copied} DTN, LLC. All rights reserved.`);
        return { page, header: { byline: names, dateline: place } };
      }
      const dek = ctx.pick(DEKS);
      page.cb("Farm Progress", "Crops", "Livestock", "Farm Business", "Farm Policy", "Weather", "Machinery", "Farm Life", "Newsletters", "Subscribe");
      page.c(ctx.pick(["Farm Policy", "Farm Business", "Crops", "Water"]));
      page.h(ctx.story.title);
      page.h(dek);
      page.dek = dek;
      page.h(joinNames(names), usLong(d));
      page.c(`${2 + Math.floor(ctx.rng() * 5)} Min Read`);
      const photo = (c: string, cr: string | undefined) => (cr ? [stop(c), cr] : [stop(c)]);
      const story = leadPhoto(page, ctx, 0.8, photo, () => ctx.pick([otherName(ctx), "Getty Images", `${otherName(ctx)}/Farm Progress`]));
      body(page, story, { lead: (p) => p, figure: photo, credit: (w) => w, between: {}, bareCaptions: true });
      page.cb("Read more about:", ...others(ctx, 2, ["Water", "Drought", "Farm Policy", "Weather"]));
      page.c("About the Author(s)");
      for (const x of names) page.cb(x, ctx.pick(["Senior Staff Writer", "Farm Progress Editor", "Staff Writer"]), `${x.split(" ")[0]} writes about farm policy and water from ${ctx.pick(["Nebraska", "Iowa", "Colorado"])}.`);
      page.cb("You May Also Like", ...others(ctx, 3, OTHER_HEADLINES));
      page.cb("Subscribe to receive top agriculture news", "Be informed daily with these free e-newsletters", "Subscribe");
      page.h(
        `Copyright © ${copied} Informa PLC. Informa PLC is registered in England and Wales with company number 8860726 whose registered and head office is 5 Howick Place, London, SW1P 1WG.`,
      );
      return { page, header: { byline: names } };
    },
  },
];
