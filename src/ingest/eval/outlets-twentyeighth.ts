/**
 * A twenty-eighth held-out group of outlet styles for the import evaluation (issue 13), written
 * before reading the importer's code (only src/ingest/eval/, scripts/eval-import.ts, the evaluation
 * test, the earlier groups' committed fixtures, README.md, package.json and BENCHMARKS.md's import
 * sections were read), to be scored untouched. Places a local-news archive's contributors really
 * copy a story from, none seen before: a high-school paper on SNO Sites, a police or sheriff's
 * alert on Nixle, a Substack post with its subscribe boxes, likes and restacks, a diocesan weekly,
 * a trade publication (Industry Dive's sites, Route Fifty), a statehouse bureau of States Newsroom,
 * a Canadian community chain's paper (Black Press Media), and a Wikinews page with the wiki's own
 * chrome and its Sources list. Each is written from memory of how its text comes out of a
 * browser's "select all, copy" between 2019 and 2024; a 2019 story copied in 2023 carries the 2023
 * template round its date.
 *
 * The platforms named are the real ones, as the copied text would carry them; people, papers,
 * schools, agencies, dioceses, newsletters, state outlets, other headlines and notes are made up,
 * and no page is copied.
 */
import { body, dayOf, daysFrom, DEKS, h12, MONTHS, nextDay, pad, Page, WEEKDAYS, type Day, type Style } from "./outlets.ts";
import { add, apDate, authorsOf, copiedIn, joinNames, leadPhoto, midway, noPhotos, others, otherName, shortDate, stop, usLong, zone } from "./outlets-twentysixth.ts";

/** "5:32 pm" */
const lowClock = (hh: number, mm: number) => `${h12(hh)}:${pad(mm)} ${hh < 12 ? "am" : "pm"}`;
/** "5:32 p.m." */
const apClock = (hh: number, mm: number) => `${h12(hh)}:${pad(mm)} ${hh < 12 ? "a.m." : "p.m."}`;
/** "29th", "1st", "22nd" */
const ordinal = (n: number) => `${n}${n % 10 === 1 && n !== 11 ? "st" : n % 10 === 2 && n !== 12 ? "nd" : n % 10 === 3 && n !== 13 ? "rd" : "th"}`;
/** "JANUARY 29, 2020" */
const upperLong = (day: Day) => usLong(day).toUpperCase();

const OTHER_HEADLINES = [
  "Council approves budget after marathon session",
  "Crews repair water main break on Main Street",
  "New library branch opens to crowds",
  "Sheriff's office seeks help finding missing hiker",
  "Storm knocks out power to thousands",
  "School board weighs later start times",
];

const SNO_PAPERS = [
  { name: "The Lancer Ledger", school: "Lakeport High School", short: "Lancer Ledger" },
  { name: "The Tiger Times", school: "Cedar Falls High School", short: "Tiger Times" },
  { name: "The North Star", school: "North Fork High School", short: "North Star" },
] as const;
const SNO_ROLES = ["Staff Writer", "Editor-in-Chief", "News Editor", "Reporter", "Managing Editor", "Opinion Editor"];
const SNO_CATEGORIES = ["News", "Campus News", "Community", "Features", "Sports"];

const NIXLE_AGENCIES = [
  { name: "Lakeport County Sheriff's Office", short: "LCSO", phone: "(707) 555-0142", street: "255 N. Forbes St.", town: "Lakeport, CA 95453", pacific: true },
  { name: "Cedar Falls Police Department", short: "CFPD", phone: "(319) 555-0170", street: "220 Clay St.", town: "Cedar Falls, IA 50613", pacific: false },
  { name: "North Fork Police Department", short: "NFPD", phone: "(208) 555-0131", street: "12 Main St.", town: "North Fork, ID 83466", pacific: true },
] as const;

const SUBSTACKS = [
  { name: "The Lakeport Ledger", host: "lakeportledger.substack.example", pitch: "Independent news for Lake County." },
  { name: "Cedar Valley Dispatch", host: "cedarvalley.substack.example", pitch: "Local government, schools and the stories in between." },
  { name: "North Fork Notes", host: "northforknotes.substack.example", pitch: "A reporter's notebook from the Salmon River country." },
] as const;

const DIOCESES = [
  { paper: "The Catholic Voice", diocese: "Diocese of Lakeport", bishop: "Bishop Thomas Reyes", domain: "catholicvoice.example" },
  { paper: "The Cedar Witness", diocese: "Archdiocese of Cedar Rapids", bishop: "Archbishop Paul Lindqvist", domain: "cedarwitness.example" },
  { paper: "Northwest Catholic Herald", diocese: "Diocese of North Fork", bishop: "Bishop Martin Doyle", domain: "nwcatholicherald.example" },
] as const;
const DIOCESAN_PLACES = ["VATICAN CITY", "WASHINGTON", "LAKEPORT", "CEDAR RAPIDS", "BOISE"];

const DIVES = [
  { name: "Utility Dive", topic: "Transmission & Distribution", cover: "utility" },
  { name: "Smart Cities Dive", topic: "Transportation", cover: "smart city" },
  { name: "K-12 Dive", topic: "Policy & Regulation", cover: "K-12 education" },
  { name: "Construction Dive", topic: "Commercial Building", cover: "construction" },
] as const;
const DIVE_ROLES = ["Reporter", "Senior Reporter", "Editor", "Associate Editor"];

const CAPITALS = [
  { name: "Cedar Capital Dispatch", state: "Iowa", editor: "Marcus Bell", mail: "info@cedarcapitaldispatch.example" },
  { name: "Lakeport State Sun", state: "California", editor: "Dana Whitlock", mail: "info@lakeportstatesun.example" },
  { name: "Gem State Capital Report", state: "Idaho", editor: "Nora Quinn", mail: "info@gemstatecapital.example" },
] as const;
const BEATS = ["the Legislature and state government", "education and workforce", "health care and public safety", "agriculture and the environment"];

const BLACK_PRESS = [
  { name: "Cedar Ridge Star", town: "Cedar Ridge", prov: "B.C.", domain: "cedarridgestar.example" },
  { name: "Lakeport Lakes News", town: "Lakeport", prov: "B.C.", domain: "lakeportlakesnews.example" },
  { name: "North Fork Free Press", town: "North Fork", prov: "Alta.", domain: "northforkfreepress.example" },
] as const;

const WIKI_CATEGORIES = ["Politics and conflicts", "Crime and law", "Disasters and accidents", "Science and technology", "Economy and business", "Health", "Environment"];
const WIKI_REGIONS = ["North America", "Europe", "Asia", "Africa", "South America", "Oceania"];
const WIKI_USERS = ["Acagastya", "Gryllida", "Pi zero", "Bddpaux", "RockerballAustralia"];
const WIKI_SOURCES = ["The Lakeport Record", "Cedar County Courier", "BBC News", "Reuters", "The Guardian", "Al Jazeera"];

export const HELD_OUT_TWENTYEIGHTH_STYLES: readonly Style[] = [
  {
    // A high-school paper on SNO Sites (the FLEX or Elements theme). The paper's name and "The
    // student news site of Lakeport High School" over the menu ("Home", "News", "Features",
    // "Sports", "Opinion", "A&E", "About", "Staff"), the category in capitals, the headline, the
    // name with the role on one line ("Ann Lee, Staff Writer") or over it, then the date
    // ("January 29, 2020"), "Share on Facebook" / "Share on X" / "Email this Story", the lead
    // photo with its credit after it ("Ann Lee") or in parentheses in the caption ("(Photo
    // courtesy of …)"), the story, "About the Contributor" with the writer's name, role and a
    // sentence of bio, "Comments (0)", "Leave a Comment", the donation box ("Your donation will
    // support the student journalists of Lakeport High School."), "More in News", "© 2024 • FLEX
    // Pro WordPress Theme by SNO • Log in".
    name: "held-out-sno-sites",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const copied = copiedIn(ctx, d, 0.45);
      const paper = ctx.pick(SNO_PAPERS);
      const page = new Page();
      const names = authorsOf(ctx, 0.25);
      const roles = names.map(() => ctx.pick(SNO_ROLES));
      const cat = ctx.pick(SNO_CATEGORIES);
      page.c("Skip to Content");
      page.cb(paper.name, `The student news site of ${paper.school}`);
      page.cb("Home", "News", "Features", "Sports", "Opinion", "A&E", "About", "Staff", "Search this site");
      page.c(cat.toUpperCase());
      page.h(ctx.story.title);
      if (ctx.rng() < 0.5) page.h(names.map((x, i) => `${x}, ${roles[i]}`).join(" and "), usLong(d));
      else page.h(...names.flatMap((x, i) => [x, roles[i]!]), usLong(d));
      page.cb("Share on Facebook", "Share on X", "Share via Email", "Print this Story");
      const photo = (c: string, cr: string | undefined) => (cr ? [cr, stop(c)] : [stop(c)]);
      const story = leadPhoto(page, ctx, 0.65, photo, () => `${otherName(ctx)}`);
      body(page, story, { lead: (p) => p, figure: (c, cr) => [cr ? `${stop(c)} (${cr})` : stop(c)], credit: (w) => `Photo courtesy of ${w}`, between: {}, bareCaptions: true });
      page.c("About the Contributor");
      for (const [i, x] of names.entries()) page.cb(x, roles[i]!, `${x.split(" ")[0]} is a ${ctx.pick(["junior", "senior", "sophomore"])} and this is ${ctx.pick(["her", "his", "their"])} ${ctx.pick(["first", "second", "third"])} year on the staff of ${paper.name}.`);
      page.cb(`Donate to ${paper.name}`, `Your donation will support the student journalists of ${paper.school}. Your contribution will allow us to purchase equipment and cover our annual website hosting costs.`, "Donate");
      const comments = Math.floor(ctx.rng() * 2);
      page.c(`Comments (${comments})`);
      if (comments) page.cb(otherName(ctx), `${shortDate(dayOf(nextDay(ctx.story.date)))} at ${lowClock(7 + ctx.time.h % 5, ctx.time.min)}`, "Great article, so proud of our school!");
      page.cb("Leave a Comment", `All ${paper.name} Picks Reader Picks Sort: Newest`);
      page.cb(`More in ${cat}`, ...others(ctx, 3, OTHER_HEADLINES));
      page.h(`© ${copied} • FLEX Pro WordPress Theme by SNO • Log in`);
      return { page, header: { byline: names } };
    },
  },
  {
    // A police or sheriff's alert on Nixle (the web page a text's link opens, or the alert mailed),
    // as a contributor pastes a short police story. "Nixle", "Sign Up", the kind in its badge
    // ("Advisory", "Alert", "Community"), the agency's name, the headline, the date as Nixle
    // prints it ("Wednesday January 29th, 2020 :: 05:32 p.m. PST"), the story, "Contact:" with
    // the agency and its phone, "Address/Location" with the agency's name and street, "To
    // unsubscribe from …", "Get alerts from … by texting …", the footer ("Nixle, an Everbridge
    // Company", "Terms of Use", "Privacy"). No byline: the agency signs.
    name: "held-out-nixle-alert",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const ag = ctx.pick(NIXLE_AGENCIES);
      const page = new Page();
      const tz = ag.pacific ? zone(d, false) : zone(d, true);
      const bare = noPhotos(ctx);
      const zip = ag.town.slice(-5);
      if (ctx.rng() < 0.5) {
        page.cb("Nixle", "Sign Up", "Log In");
        page.c(ctx.pick(["Advisory", "Alert", "Community"]));
        page.c(ag.name);
        page.h(ctx.story.title);
        page.h(`${WEEKDAYS[d.wd]} ${MONTHS[d.m - 1]} ${ordinal(d.d)}, ${d.y} :: ${pad(h12(h))}:${pad(min)} ${h < 12 ? "a.m." : "p.m."} ${tz}`);
      } else {
        page.c(ctx.pick(["Advisory", "Alert", "Community"]));
        page.h(`${ag.name} - ${ctx.story.title}`);
        page.h(`${WEEKDAYS[d.wd]} ${MONTHS[d.m - 1]} ${ordinal(d.d)}, ${d.y} :: ${pad(h12(h))}:${pad(min)} ${h < 12 ? "a.m." : "p.m."} ${tz}`);
      }
      body(page, bare, { lead: (p) => p, figure: (c) => [c], credit: (w) => w, between: {} });
      page.cb("Contact:", ag.name, ag.phone);
      page.cb("Address/Location", ag.name, ag.street, ag.town);
      page.c(`To unsubscribe from ${ag.name} alerts, text STOP to 888777.`);
      page.c(`Get alerts from ${ag.name} by texting ${zip} to 888777.`);
      page.cb("Nixle, an Everbridge Company", "Terms of Use", "Privacy", "Accessibility");
      return { page, header: { byline: [] } };
    },
  },
  {
    // A local reporter's Substack post. The newsletter's name, "Subscribe", "Sign in", the headline,
    // the subtitle on most, the author's name over the date ("Jan 29, 2020"), the like, comment
    // and restack counts alone on their lines, "Share", the lead image with its caption (a credit
    // after a dash on some), the story with the subscribe box between paragraphs ("Thanks for
    // reading The Lakeport Ledger! Subscribe for free to receive new posts and support my work.",
    // "Type your email…", "Subscribe"), at the foot "12 Likes∙3 Restacks", "Discussion about this
    // post", "Comments", "Restacks", "Write a comment…", "© 2024 Ann Lee", "Privacy ∙ Terms ∙
    // Collection notice", "Start Writing", "Get the app", "Substack is the home for great culture".
    name: "held-out-substack",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const copied = copiedIn(ctx, d, 0.3);
      const sub = ctx.pick(SUBSTACKS);
      const page = new Page();
      const n = ctx.story.paragraphs.length;
      const names = authorsOf(ctx, 0.15);
      const likes = 3 + Math.floor(ctx.rng() * 60);
      const restacks = Math.floor(ctx.rng() * 8);
      const comments = Math.floor(ctx.rng() * 12);
      const between: Record<number, string[]> = {};
      page.cb(sub.name, "Subscribe", "Sign in");
      page.h(ctx.story.title);
      if (ctx.rng() < 0.7) {
        const dek = ctx.pick(DEKS);
        page.h(dek);
        page.dek = dek;
      }
      page.h(joinNames(names), shortDate(d));
      page.cb(String(likes), ...(comments ? [String(comments)] : []), ...(restacks ? [String(restacks)] : []), "Share");
      const photo = (c: string, cr: string | undefined) => [cr ? `${stop(c)} — ${cr}` : stop(c)];
      const story = leadPhoto(page, ctx, 0.5, photo, () => (ctx.rng() < 0.5 ? `Photo by ${otherName(ctx)}` : undefined));
      add(between, midway(n), [`Thanks for reading ${sub.name}! Subscribe for free to receive new posts and support my work.`, "Type your email…", "Subscribe"]);
      if (n >= 6) add(between, n - 2, ["Share"]);
      body(page, story, { lead: (p) => p, figure: photo, credit: (w) => `Photo by ${w}`, between, bareCaptions: true });
      page.cb(`${likes} Likes${restacks ? `∙${restacks} Restack${restacks === 1 ? "" : "s"}` : ""}`);
      page.cb(String(likes), ...(comments ? [String(comments)] : []), "Share");
      page.cb("Discussion about this post", "Comments", "Restacks");
      page.c("Write a comment…");
      if (comments) page.cb(otherName(ctx), shortDate(dayOf(nextDay(ctx.story.date))), ctx.pick(["Thank you for staying on this.", "This is why we need local reporting.", "Does anyone know when the next meeting is?"]), "Like", "Reply", "Share");
      page.cb("Ready for more?", "Type your email…", "Subscribe");
      page.h(`© ${copied} ${names[0]}`);
      page.cb("Privacy ∙ Terms ∙ Collection notice", "Start Writing", "Get the app", "Substack is the home for great culture");
      return { page, header: { byline: names } };
    },
  },
  {
    // A diocesan weekly's site (a Catholic diocese's paper, WordPress with a news theme): "Skip to
    // content", the paper and the diocese, "Mass Times", "Subscribe", "Donate", "Search", the
    // category ("Local", "Nation & World", "Vatican"), the headline, "By Ann Lee" with "Catholic
    // News Service" or the paper under it, or "Posted by Ann Lee on January 29, 2020" in one
    // line, a wire story's dateline with "(CNS)" ("VATICAN CITY (CNS) — "), the lead photo with
    // "(CNS photo/Ann Lee)" or "(Photo by Ann Lee/The Catholic Voice)" closing the caption, the
    // story, "Copyright © 2020 Catholic News Service/U.S. Conference of Catholic Bishops." under
    // a wire story, "Related Posts", the newsletter box, the bishop's column's box, the footer.
    name: "held-out-diocesan-weekly",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const copied = copiedIn(ctx, d, 0.4);
      const dio = ctx.pick(DIOCESES);
      const page = new Page();
      const n = ctx.story.paragraphs.length;
      const names = authorsOf(ctx, 0.1);
      const wire = ctx.rng() < 0.5;
      const place = wire ? ctx.pick(DIOCESAN_PLACES) : undefined;
      const between: Record<number, string[]> = {};
      page.c("Skip to content");
      page.cb(dio.paper, `Official newspaper of the ${dio.diocese}`);
      page.cb("Home", "Local", "Nation & World", "Vatican", "Columns", "Mass Times", "Subscribe", "Donate", "Search");
      page.c(wire ? ctx.pick(["Nation & World", "Vatican"]) : "Local");
      page.h(ctx.story.title);
      if (ctx.rng() < 0.5) page.h(`By ${joinNames(names)}`, wire ? "Catholic News Service" : dio.paper, usLong(d));
      else page.h(`Posted by ${joinNames(names)} on ${usLong(d)}`);
      const photo = (c: string, cr: string | undefined) => [cr ? `${stop(c)} (${cr})` : stop(c)];
      const credit = (w: string) => (wire ? `CNS photo/${w}` : `Photo by ${w}/${dio.paper}`);
      const story = leadPhoto(page, ctx, 0.7, photo, () => credit(otherName(ctx)));
      if (n >= 5) add(between, midway(n), [`RELATED: ${ctx.pick(OTHER_HEADLINES)}`]);
      body(page, story, { lead: (p) => (place ? `${place} (CNS) — ${p}` : p), figure: photo, credit, between, bareCaptions: true });
      if (wire) page.h(`Copyright © ${d.y} Catholic News Service/U.S. Conference of Catholic Bishops.`);
      page.cb("Related Posts", ...others(ctx, 3, OTHER_HEADLINES));
      page.cb("Sign up for our weekly e-newsletter", `Get the latest news from the ${dio.diocese} delivered to your inbox every Friday.`, "Email Address", "Sign Up");
      page.cb(`From the Bishop's Desk`, `${dio.bishop}: ${ctx.pick(["A season of hope", "Walking together in faith", "Called to serve"])}`);
      page.cb("About Us", "Advertise", "Contact", "Privacy Policy");
      page.h(`© ${copied} ${dio.paper}. All rights reserved.`);
      return { page, header: { byline: names, ...(place ? { dateline: place } : {}) } };
    },
  },
  {
    // A trade publication, in one of two. Industry Dive's sites (Utility Dive, K-12 Dive, …): the
    // site's bar ("Topics", "Deep Dive", "Library", "Events", "Press Releases", "Subscribe"), the
    // topic, the headline, the dek, "Published Jan. 29, 2020" with "Updated Jan. 30, 2020" on some,
    // the names with their roles on their own lines ("Ann Lee" / "Reporter"), "post share", the
    // lead photo with the credit on its own line after ("Ann Lee via Getty Images", "Retrieved
    // from Lakeport County."), "Dive Brief:" and "Dive Insight:" as the story's subheadings, the
    // newsletter box between ("Sign up for Utility Dive's free daily newsletter", "The free
    // newsletter covering the top industry headlines"), "Recommended Reading", "Editors' picks".
    // Route Fifty (Government Executive Media Group): "Route Fifty", "Sections", the section, the
    // headline, "By Ann Lee, Staff Reporter", "JANUARY 29, 2020", the dek under it, "Share This:",
    // the photo with "Getty Images" after the caption, the story, "NEXT STORY: …", the footer.
    name: "held-out-trade-publication",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const copied = copiedIn(ctx, d, 0.4);
      const page = new Page();
      const n = ctx.story.paragraphs.length;
      const names = authorsOf(ctx, 0.3);
      const between: Record<number, string[]> = {};
      const dek = ctx.pick(DEKS);
      if (ctx.rng() < 0.6) {
        const dive = ctx.pick(DIVES);
        const upd = ctx.rng() < 0.3 ? daysFrom(ctx.story.date, 1 + Math.floor(ctx.rng() * 3)) : undefined;
        page.cb(dive.name, "Topics", "Deep Dive", "Library", "Events", "Press Releases", "Subscribe");
        page.c(dive.topic);
        page.h(ctx.story.title);
        page.h(dek);
        page.dek = dek;
        page.h(`Published ${apDate(d)}`, ...(upd ? [`Updated ${apDate(dayOf(upd))}`] : []));
        page.h(...names.flatMap((x) => [x, ctx.pick(DIVE_ROLES)]));
        page.cb("post", "share", "post", "print", "email", "license");
        const photo = (c: string, cr: string | undefined) => (cr ? [stop(c), cr] : [stop(c)]);
        const story = leadPhoto(page, ctx, 0.8, photo, () => (ctx.rng() < 0.6 ? `${otherName(ctx)} via Getty Images` : `Retrieved from ${ctx.pick(["Lakeport County", "the Cedar Falls city council", "the U.S. Department of Energy"])}.`));
        add(between, midway(n), [`Sign up for ${dive.name}'s free daily newsletter`, `The free newsletter covering the top ${dive.cover} headlines`, "Work Email", "Sign up"]);
        const insight = Math.min(Math.max(2, midway(n) + 1), n - 1);
        body(page, story, {
          lead: (p) => p,
          figure: photo,
          credit: (w) => `Permission granted by ${w}`,
          between,
          bareCaptions: true,
          subhead: (i) => (i === 0 ? "Dive Brief:" : i === insight ? "Dive Insight:" : undefined),
        });
        page.cb("Recommended Reading", ...others(ctx, 2, OTHER_HEADLINES));
        page.cb("Editors' picks", ...others(ctx, 2, OTHER_HEADLINES));
        page.h(`© ${copied} Industry Dive. All rights reserved.`);
        page.cb("Privacy policy", "Terms of use", "Take down policy");
        return { page, header: { byline: names, ...(upd ? { updated: upd } : {}) } };
      }
      page.cb("Route Fifty", "Sections", "Events", "Newsletters", "Subscribe");
      page.c(ctx.pick(["Infrastructure", "Public Safety", "Workforce", "Finance"]));
      page.h(ctx.story.title);
      page.h(`By ${names.map((x) => `${x}, Staff Reporter`).join(" and ")}`, upperLong(d));
      page.h(dek);
      page.dek = dek;
      page.c("Share This:");
      const photo = (c: string, cr: string | undefined) => [cr ? `${stop(c)} ${cr}` : stop(c)];
      const story = leadPhoto(page, ctx, 0.6, photo, () => ctx.pick(["Getty Images", `${otherName(ctx)}/Getty Images`]));
      add(between, midway(n), ["Advertisement"]);
      body(page, story, { lead: (p) => p, figure: photo, credit: (w) => `${w}/Getty Images`, between, bareCaptions: true });
      page.c(`NEXT STORY: ${ctx.pick(OTHER_HEADLINES)}`);
      page.cb("About", "Contact", "Privacy Policy", "Terms & Conditions");
      page.h(`© ${copied} Government Executive Media Group LLC. All rights reserved.`);
      return { page, header: { byline: names } };
    },
  },
  {
    // A statehouse bureau of States Newsroom (a nonprofit network of one outlet a state), whose
    // stories local papers republish. The outlet's name, "Subscribe", "Donate", "Republish", the
    // category ("Government + Politics"), the headline, the dek on most, "By: Ann Lee - January
    // 29, 2020 5:32 pm" (two names joined with "and"), "Share", the lead photo with "(Photo by Ann
    // Lee/Cedar Capital Dispatch)" closing its caption, or on its own line, the story, "Our
    // stories may be republished online or in print under Creative Commons license CC BY-NC-ND
    // 4.0. …", the writer's bio ("Ann Lee covers …"), "Cedar Capital Dispatch is part of States
    // Newsroom, a nonprofit news network …", "Related News", the footer.
    name: "held-out-statehouse-news",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const copied = copiedIn(ctx, d, 0.5);
      const cap = ctx.pick(CAPITALS);
      const page = new Page();
      const n = ctx.story.paragraphs.length;
      const names = authorsOf(ctx, 0.2);
      const between: Record<number, string[]> = {};
      page.cb(cap.name, "Subscribe", "Donate", "Search");
      page.cb("Government + Politics", "Education", "Environment", "Health", "Criminal Justice");
      page.c("Government + Politics");
      page.h(ctx.story.title);
      if (ctx.rng() < 0.7) {
        const dek = ctx.pick(DEKS);
        page.h(dek);
        page.dek = dek;
      }
      page.h(`By: ${joinNames(names)} - ${usLong(d)} ${lowClock(h, min)}`);
      page.cb("Share", "Facebook", "Email", "Republish");
      const credit = (w: string) => `Photo by ${w}/${cap.name}`;
      const photo = (c: string, cr: string | undefined) => [cr ? `${stop(c)} (${cr})` : stop(c)];
      const story = leadPhoto(page, ctx, 0.75, photo, () => credit(otherName(ctx)));
      if (n >= 5) add(between, midway(n), [`SUBSCRIBE: GET THE MORNING HEADLINES DELIVERED TO YOUR INBOX`]);
      body(page, story, { lead: (p) => p, figure: photo, credit, between, bareCaptions: true });
      page.cb(
        `Our stories may be republished online or in print under Creative Commons license CC BY-NC-ND 4.0. We ask that you edit only for style or to shorten, provide proper attribution and link to our website. Please see our republishing guidelines for use of photos and graphics.`,
      );
      for (const x of names) page.cb(x, `${x.split(" ")[0]} ${ctx.rng() < 0.5 ? "covers" : "reports on"} ${ctx.pick(BEATS)} for ${cap.name}.`);
      page.cb(
        `${cap.name} is part of States Newsroom, a nonprofit news network supported by grants and a coalition of donors as a 501c(3) public charity. ${cap.name} maintains editorial independence. Contact Editor ${cap.editor} for questions: ${cap.mail}.`,
      );
      page.cb("Related News", ...others(ctx, 3, OTHER_HEADLINES));
      page.cb("Our Team", "Contact Us", "Ethics Policy", "Privacy Policy");
      page.h(`© States Newsroom ${copied}`);
      return { page, header: { byline: names } };
    },
  },
  {
    // A Canadian community chain's paper (Black Press Media's sites, 2019–2023). The site's bar
    // ("Subscribe", "Sign In", "News", "Local News", "Sports", "Obituaries", "E-Edition"), the
    // headline, the dek, the name ("Ann Lee" or "Staff Writer" alone for "Black Press Media
    // Staff"), "Jan. 29, 2020 5:32 p.m." with "Local News" beside it, the lead photo with its
    // credit in parentheses at the caption's end ("(Ann Lee/Lakeport Lakes News)", "(Black Press
    // Media file photo)"), the story with "READ MORE: …" between paragraphs, at the end "Like us
    // on Facebook and follow us on Twitter." and "Have a story tip? Email: news@…", "Be Among The
    // First To Know", "Sign up for a free account today, and receive top headlines in your inbox
    // Monday to Saturday.", "Sign Up with google", the footer.
    name: "held-out-ca-community-chain",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const copied = copiedIn(ctx, d, 0.4);
      const bp = ctx.pick(BLACK_PRESS);
      const page = new Page();
      const n = ctx.story.paragraphs.length;
      const person = ctx.rng() < 0.75;
      const names = person ? authorsOf(ctx, 0.1) : [];
      const upd = ctx.rng() < 0.25 ? nextDay(ctx.story.date) : undefined;
      const between: Record<number, string[]> = {};
      page.cb(bp.name, "Subscribe", "Sign In");
      page.cb("News", "Local News", "Sports", "Obituaries", "Opinion", "E-Edition", "Contests");
      page.h(ctx.story.title);
      if (ctx.rng() < 0.6) {
        const dek = ctx.pick(DEKS);
        page.h(dek);
        page.dek = dek;
      }
      const stamp = `${apDate(d)} ${apClock(h, min)}`;
      page.h(person ? joinNames(names) : "Black Press Media Staff", upd ? `${stamp}` : stamp, ...(upd ? [`Updated ${apDate(dayOf(upd))} ${apClock(10, (min + 21) % 60)}`] : []));
      page.cb("Local News", "Share", "Facebook", "X", "Email");
      const photo = (c: string, cr: string | undefined) => [cr ? `${stop(c)} (${cr})` : stop(c)];
      const story = leadPhoto(page, ctx, 0.75, photo, () => ctx.pick(["Black Press Media file photo", `${otherName(ctx)}/${bp.name}`]));
      add(between, midway(n), [`READ MORE: ${ctx.pick(OTHER_HEADLINES)}`]);
      if (n >= 6) add(between, n - 2, [`READ MORE: ${ctx.pick(OTHER_HEADLINES)}`]);
      body(page, story, { lead: (p) => p, figure: photo, credit: (w) => `${w}/${bp.name}`, between, bareCaptions: true });
      page.c(`Like us on Facebook and follow us on Twitter.`);
      page.c(`Have a story tip? Email: news@${bp.domain}.`);
      page.cb("Be Among The First To Know", "Sign up for a free account today, and receive top headlines in your inbox Monday to Saturday.", "Sign Up with google", "Or", "Let's Go");
      page.cb(`More from the ${bp.name}`, ...others(ctx, 2, OTHER_HEADLINES));
      page.cb("About Us", "Contact Us", "Advertise", "Terms of Use", "Privacy");
      page.h(`Copyright © ${copied} ${bp.name}. All rights reserved.`);
      return { page, header: { byline: names, ...(upd ? { updated: upd } : {}) } };
    },
  },
  {
    // A Wikinews article page (MediaWiki's Vector skin), as copied whole. "Jump to navigation",
    // "Jump to search", the headline, "From Wikinews, the free news source you can write!", the
    // date in the story's first line of its own ("Wednesday, January 29, 2020"), the story, a
    // photo's caption in its thumbnail ("File photo of …" with "Image: Acagastya." or "Image:
    // Lakeport County." after it), "Related news" with its links, "Sources" with each one's
    // line ("Ann Lee. "…" — The Lakeport Record, January 28, 2020"), "This page is archived, and
    // is no longer publicly editable.", "Have an opinion on this story? Share it!", the
    // categories line, the sidebar's menu ("Navigation menu", "Main Page", "Write an article",
    // …) and "This page was last edited on …" with the licence. No byline.
    name: "held-out-wikinews",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const page = new Page();
      const region = ctx.pick(WIKI_REGIONS);
      const cats = others(ctx, 2, WIKI_CATEGORIES);
      const edited = dayOf(daysFrom(ctx.story.date, 3 + Math.floor(ctx.rng() * 900)));
      page.cb("Jump to navigation", "Jump to search");
      page.h(ctx.story.title);
      page.c("From Wikinews, the free news source you can write!");
      if (ctx.rng() < 0.4) page.c(`${region} / ${cats[0]}`);
      page.h(`${WEEKDAYS[d.wd]}, ${MONTHS[d.m - 1]} ${d.d}, ${d.y}`);
      const photo = (c: string, cr: string | undefined) => (cr ? [stop(c), cr] : [stop(c)]);
      body(page, ctx, { lead: (p) => p, figure: photo, credit: () => `Image: ${ctx.pick(WIKI_USERS)}.`, between: {}, bareCaptions: true });
      if (ctx.rng() < 0.5) page.cb("Related news", ...others(ctx, 2, OTHER_HEADLINES).map((t) => `"${t}" — Wikinews, ${shortDate(dayOf(daysFrom(ctx.story.date, -20)))}`));
      page.c("Sources");
      const srcs = others(ctx, 1 + Math.floor(ctx.rng() * 3), WIKI_SOURCES);
      page.cb(...srcs.map((s) => `${otherName(ctx)}. "${ctx.pick(OTHER_HEADLINES)}" — ${s}, ${usLong(dayOf(daysFrom(ctx.story.date, -1)))}`));
      page.cb("This page is archived, and is no longer publicly editable. Articles presented on Wikinews reflect the specific time at which they were written and published, and do not attempt to encompass events or knowledge which occur or become known after their publication. Got a correction? Add the template {{editprotected}} to the talk page along with your corrections, and it will be brought to the attention of the administrators.");
      page.c("Have an opinion on this story? Share it!");
      page.c(`Categories: ${usLong(d)} | ${region} | ${cats.join(" | ")} | Archived | Published`);
      page.cb("Navigation menu", "Not logged in", "Talk", "Contributions", "Create account", "Log in", "Article", "Collaboration", "Read", "View source", "View history");
      page.cb("Main Page", "Write an article", "Newsroom", "Random article", "Recent changes", "Water cooler", "Donate");
      page.c(`This page was last edited on ${edited.d} ${MONTHS[edited.m - 1]} ${edited.y}, at ${pad(h)}:${pad(min)}.`);
      page.h(`Content is available under Creative Commons Attribution 2.5 unless otherwise noted; additional terms may apply.`);
      page.cb("Privacy policy", "About Wikinews", "Disclaimers", "Mobile view", "Developers", "Statistics", "Cookie statement");
      return { page, header: { byline: [] } };
    },
  },
];
