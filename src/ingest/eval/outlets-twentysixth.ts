/**
 * A twenty-sixth held-out group of outlet styles for the import evaluation (issue 13), written
 * before reading the importer's code (only src/ingest/eval/, scripts/eval-import.ts, the evaluation
 * test, the earlier groups' committed fixtures, README.md, package.json and BENCHMARKS.md's import
 * sections were read), to be scored untouched. Places a local-news archive's contributors really
 * copy a story from, none seen before: a government agency's GovDelivery bulletin (its web copy or
 * the mail), a school district's news page (Finalsite, Edlio), a podcast's episode page with its
 * show notes and the episode's transcript, a college athletics site (SIDEARM Sports), a Canadian
 * Village Media local site, an African English-language paper (Premium Times, The Herald,
 * Graphic Online), a Latin American English-language outlet (Mexico News Daily, Buenos Aires
 * Times, The Tico Times), and an archive.today capture of a local paper's story with the archive's
 * bar. Each is written from memory of how its text comes out of a browser's "select all, copy"
 * between 2019 and 2024; a 2019 story copied in 2023 carries the 2023 template round its date.
 *
 * The platforms and the outlets named are the real ones, as the copied text would carry them;
 * people, agencies, districts, teams, local papers, other headlines and notes are made up, and no
 * page is copied.
 */
import { AP_MONTHS, body, dayOf, daysFrom, DEKS, FIRST, h12, LAST, mon, MONTHS, nextDay, pad, Page, WEEKDAYS, type Ctx, type Day, type Style } from "./outlets.ts";

/** "Ann Lee", "Ann Lee and Bob Stone", "Ann Lee, Bob Stone and Cy Young" */
export const joinNames = (names: readonly string[], and = "and") => (names.length < 3 ? names.join(` ${and} `) : `${names.slice(0, -1).join(", ")} ${and} ${names.at(-1)}`);
/** `n` different items of a pool, in the generator's order. */
export const others = (ctx: Ctx, n: number, pool: readonly string[]) => {
  const left = [...pool];
  return Array.from({ length: Math.min(n, pool.length) }, () => left.splice(Math.floor(ctx.rng() * left.length), 1)[0]!);
};
/** Someone else: a photographer, an officer, a host. */
export const otherName = (ctx: Ctx) => `${ctx.pick(FIRST)} ${ctx.pick(LAST)}`;
/** The story's author, or two of them on a share of pages. */
export const authorsOf = (ctx: Ctx, two: number) => (ctx.rng() < two && ctx.names[1] !== ctx.names[0] ? ctx.names.slice(0, 2) : ctx.names.slice(0, 1));
/** The year a page was copied in: the week it ran on some, years later on most. */
export const copiedIn = (ctx: Ctx, day: Day, sameYear: number) => (ctx.rng() < sameYear ? day.y : Math.max(day.y, 2022) + Math.floor(ctx.rng() * 3));
/** "January 29, 2020" */
export const usLong = (day: Day) => `${MONTHS[day.m - 1]} ${day.d}, ${day.y}`;
/** "Jan. 29, 2020" */
export const apDate = (day: Day) => `${AP_MONTHS[day.m - 1]} ${day.d}, ${day.y}`;
/** "Jan 29, 2020" */
export const shortDate = (day: Day) => `${mon(day)} ${day.d}, ${day.y}`;
/** "5:32 PM" */
export const upClock = (hh: number, mm: number) => `${h12(hh)}:${pad(mm)} ${hh < 12 ? "AM" : "PM"}`;
/** "Ann Lee" → "alee" */
export const mailOf = (name: string) => {
  const parts = name
    .toLowerCase()
    .normalize("NFD")
    .replace(/[^a-z ]/g, "")
    .split(" ");
  return `${parts[0]![0]}${parts.at(-1)}`;
};
/** A story's slug for its address: "reservoir-levels-fall-to-lowest-point-in-a". */
export const slugOf = (title: string) =>
  title
    .toLowerCase()
    .normalize("NFD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .split("-")
    .slice(0, 8)
    .join("-");
/** A caption as a page prints it: with its own full stop, one only. */
export const stop = (caption: string) => (/[.!?]$/.test(caption) ? caption : `${caption}.`);
/** Adds chrome lines after paragraph `i`, after any already there. */
export const add = (between: Record<number, string[]>, i: number, lines: readonly string[]) => {
  between[i] = [...(between[i] ?? []), ...lines];
};
/** Where a line between paragraphs goes: after the second paragraph, or the first of a short story. */
export const midway = (n: number) => Math.max(0, Math.min(n >= 5 ? 2 : 1, n - 2));
/** The story without its photos: a page (or a mail) that prints none. */
export const noPhotos = (ctx: Ctx): Ctx => ({ ...ctx, story: { ...ctx.story, captions: [] } });
/**
 * The story's first photo as the page's lead photo, printed above the text: its figure, and the
 * context whose story keeps the other captions for the body.
 */
export const leadPhoto = (page: Page, ctx: Ctx, share: number, lines: (caption: string, credit: string | undefined) => string[], credit: () => string | undefined): Ctx => {
  const [lead, ...rest] = ctx.story.captions;
  if (!lead || ctx.rng() >= share) return ctx;
  const cr = credit();
  page.h(...lines(lead, cr));
  page.figures.push({ caption: lead, ...(cr ? { credit: cr } : {}) });
  return { ...ctx, story: { ...ctx.story, captions: rest } };
};
/** A zone's letters for US Central or Pacific time by the month. */
export const zone = (day: Day, central: boolean) => (day.m >= 4 && day.m <= 10 ? (central ? "CDT" : "PDT") : central ? "CST" : "PST");

const AGENCIES = [
  { name: "Lakeport County Sheriff's Office", account: "CALAKEPORT", town: "LAKEPORT", state: "Calif.", street: "255 N. Forbes St.", zip: "Lakeport, CA 95453", phone: "(707) 555-0142", domain: "lakeportcounty.example" },
  { name: "Cedar County Department of Public Health", account: "IACEDAR", town: "CEDAR FALLS", state: "Iowa", street: "1407 Independence Ave.", zip: "Cedar Falls, IA 50613", phone: "(319) 555-0188", domain: "cedarcounty.example" },
  { name: "Oregon Department of Water Resources", account: "ORWRD", town: "SALEM", state: "Ore.", street: "725 Summer St. NE", zip: "Salem, OR 97301", phone: "(503) 555-0110", domain: "wrd.oregon.example" },
] as const;
const AGENCY_ROLES = ["Public Information Officer", "Communications Director", "Public Affairs Manager"];

const DISTRICTS = [
  { name: "Lakeport Unified School District", short: "LUSD", street: "2508 Howard Ave.", zip: "Lakeport, CA 95453", phone: "(707) 555-0160", fax: "(707) 555-0161", schools: ["Lakeport Elementary School", "Terrace Middle School", "Clear Lake High School", "Natural High School"] },
  { name: "Cedar Falls Community Schools", short: "CFCS", street: "1002 W. 1st St.", zip: "Cedar Falls, IA 50613", phone: "(319) 555-0104", fax: "(319) 555-0105", schools: ["Hansen Elementary", "Orchard Hill Elementary", "Holmes Junior High", "Cedar Falls High School"] },
  { name: "North Fork School District No. 7", short: "NFSD", street: "400 School Rd.", zip: "North Fork, ID 83466", phone: "(208) 555-0119", fax: "(208) 555-0120", schools: ["North Fork Primary", "Salmon River Middle School", "North Fork High School"] },
] as const;
const DISTRICT_EVENTS = ["No School - Teacher Work Day", "Board of Education Meeting", "Early Release - All Schools", "Kindergarten Registration Opens", "Spring Break - No School"];
const DISTRICT_HEADLINES = ["Superintendent's Update on the 2020-21 Calendar", "Meal Service Continues During Break", "Students Honored at State Science Fair", "Bond Oversight Committee Seeks Members"];

const PODCASTS = [
  { show: "Lakeport Daily", by: "The Lakeport Record", host: "Dana Whitlock" },
  { show: "The Cedar Report", by: "Cedar County Courier", host: "Marcus Bell" },
  { show: "Valley Voices", by: "KVLY Public Radio", host: "Nora Quinn" },
] as const;

const SCHOOLS = [
  { name: "Cedar State", full: "Cedar State University Athletics", mascot: "Cougars", short: "CSU" },
  { name: "North Fork", full: "North Fork College Athletics", mascot: "Otters", short: "NFC" },
  { name: "Lakeport", full: "University of Lakeport Athletics", mascot: "Lakers", short: "UL" },
] as const;
const SPORTS = ["Women's Basketball", "Men's Basketball", "Volleyball", "Track & Field", "Athletics"];
const OPPONENTS = ["Riverton State", "Ashford", "Millbrook Tech", "Western Plains", "Summit"];
const SPONSORS = ["Cedar Valley Credit Union", "Lakeport Ford", "North Fork Family Dental", "Riverside Health"];

const VILLAGE_SITES = [
  { name: "BayToday", town: "North Bay", domain: "baytoday.ca" },
  { name: "SooToday", town: "Sault Ste. Marie", domain: "sootoday.com" },
  { name: "BarrieToday", town: "Barrie", domain: "barrietoday.com" },
  { name: "GuelphToday", town: "Guelph", domain: "guelphtoday.com" },
] as const;
const VILLAGE_HEADLINES = ["City council approves 2020 budget after marathon session", "OPP investigating break-in at downtown business", "Winter carnival returns to the waterfront this weekend", "New family doctor coming to the west end"];
const VILLAGE_SPONSORS = ["Lakeshore Dental Group", "Northern Home Hardware", "Cedar Ridge Realty Ltd., Brokerage", "Pinewood Chevrolet Buick GMC"];

const NG_NAMES = ["Chinedu Okonkwo", "Aisha Bello", "Oluwaseun Adeyemi", "Ngozi Eze", "Ibrahim Musa", "Funmilayo Ogunleye"];
const ZW_NAMES = ["Tendai Moyo", "Rumbidzai Chikwanha", "Farai Mutasa", "Nyasha Dube"];
const GH_NAMES = ["Kwame Asante", "Ama Boateng", "Kofi Mensah-Bonsu", "Efua Owusu"];
const AFRICA_HEADLINES = ["Senate passes 2020 budget", "Court adjourns case to March", "Farmers count losses after floods", "Government to recruit 5,000 teachers"];

const LATAM_NAMES = ["Gabriela Torres", "Mariano Fernández", "Lucía Ramírez", "Diego Villalobos", "Valeria Mora"];
const LATAM_SOURCES = ["Milenio (sp)", "El Universal (sp)", "Reforma (sp)", "El Financiero (sp)", "Proceso (sp)"];
const LATAM_HEADLINES = ["Peso strengthens as inflation eases", "Congress debates pension reform", "Tourism numbers recover in the Caribbean", "Drought threatens coffee harvest"];

const LOCAL_PAPERS = [
  { name: "The Lakeport Record", host: "www.lakeportrecord.example" },
  { name: "Cedar County Courier", host: "cedarcountycourier.example" },
  { name: "The North Fork Gazette", host: "www.northforkgazette.example" },
] as const;

export const HELD_OUT_TWENTYSIXTH_STYLES: readonly Style[] = [
  {
    // A government agency's news release sent as a GovDelivery (from 2021 Granicus) bulletin. The
    // bulletin's web copy (content.govdelivery.com): the agency's subscribe box ("Subscribe to
    // updates from …", "Email Address", "e.g. name@example.com", "Subscribe"), "Share Bulletin",
    // the mail's subject ("News Release: <headline>") over its send stamp ("01/29/2020 05:32 PM
    // EST", the release's day or the next morning), "Having trouble viewing this email? View it as
    // a Web page.", the banner's alt text (the agency's name), "NEWS RELEASE", "FOR IMMEDIATE
    // RELEASE", the release's date ("January 29, 2020" or "Wednesday, January 29, 2020"), the
    // contact's lines, the headline, "LAKEPORT, Calif. – " before the lead on some, captions with
    // "Photo courtesy of …" on the line below or bare, "###", the agency's social links, the
    // subscriber services line, "This email was sent to … using GovDelivery Communications Cloud
    // on behalf of: …" and "Powered by GovDelivery" (or Granicus). The mail as copied from the inbox
    // has no subscribe box and no subject or stamp. No byline: the release speaks for the agency.
    name: "held-out-govdelivery",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const copied = copiedIn(ctx, d, 0.5);
      const agency = ctx.pick(AGENCIES);
      const granicus = copied >= 2021;
      const page = new Page();
      const web = ctx.rng() < 0.6;
      const central = agency.account.startsWith("IA");
      const contact = otherName(ctx);
      const role = ctx.pick(AGENCY_ROLES);
      const place = ctx.rng() < 0.4 ? `${agency.town}, ${agency.state}` : undefined;
      const sent = ctx.rng() < 0.3 ? dayOf(nextDay(ctx.story.date)) : d;
      const sh = sent === d ? Math.min(h + 1, 23) : 8;
      if (web) {
        page.cb(`Subscribe to updates from ${agency.name}`, "Email Address", "e.g. name@example.com", "Subscribe");
        page.c("Share Bulletin");
        page.c(`News Release: ${ctx.story.title}`);
        page.c(`${pad(sent.m)}/${pad(sent.d)}/${sent.y} ${pad(h12(sh))}:${pad(min)} ${sh < 12 ? "AM" : "PM"} ${zone(sent, central)}`);
      }
      page.c("Having trouble viewing this email? View it as a Web page.");
      page.c(agency.name);
      page.cb("NEWS RELEASE", "FOR IMMEDIATE RELEASE");
      page.h(ctx.rng() < 0.5 ? usLong(d) : `${WEEKDAYS[d.wd]}, ${usLong(d)}`);
      if (ctx.rng() < 0.5) page.cb(`Contact: ${contact}, ${role}`, `${agency.phone} | ${mailOf(contact)}@${agency.domain}`);
      else page.cb("Media Contact:", contact, role, agency.phone, `${mailOf(contact)}@${agency.domain}`);
      page.h(ctx.story.title);
      body(page, ctx, {
        lead: (p) => (place ? `${place} – ${p}` : p),
        figure: (c, cr) => (cr ? [stop(c), cr] : [stop(c)]),
        credit: () => `Photo courtesy of ${agency.name}`,
        between: {},
        bareCaptions: true,
      });
      page.c("###");
      page.cb(`Stay connected with ${agency.name}:`, "Facebook", "Twitter", "YouTube", "Instagram");
      page.c("SUBSCRIBER SERVICES:");
      page.c("Manage Preferences  |  Unsubscribe  |  Help");
      page.c(
        granicus
          ? `This email was sent to resident@example.com using govDelivery Communications Cloud, on behalf of: ${agency.name} · ${agency.street} · ${agency.zip}`
          : `This email was sent to resident@example.com using GovDelivery Communications Cloud on behalf of: ${agency.name} · ${agency.street} · ${agency.zip}`,
      );
      page.c(granicus ? "Powered by Granicus" : "Powered by GovDelivery");
      if (web) page.cb("Privacy Policy", "Cookie Statement", "Help");
      return { page, header: { byline: [], ...(place ? { dateline: place } : {}) } };
    },
  },
  {
    // A school district's news page. Finalsite (copies from 2021): "Skip To Main Content", "Close
    // Menu", the district's menu, "Translate", "Search", the schools' picker with the schools'
    // names, the breadcrumbs ("Home", "About Us", "District News"), the headline, the date ("Jan 29,
    // 2020"), "By Ann Lee, Communications Coordinator" on some (or none), the lead photo with
    // "Photo by …" below on some, the story, "Back to All News", the district's address, phone
    // and fax, the non-discrimination line, "Powered by Finalsite" and the copyright. Edlio (to
    // 2021): "Skip to main content", "Skip to navigation", the district's name, the "Schools" list,
    // "Parents", "Students", "Staff", "Community", "News", the headline, "January 29, 2020" or
    // "Posted by Ann Lee on January 29, 2020", the story, "Print", "Share", "More News" with
    // headlines, "Upcoming Events" with their days ("Feb 3 No School - Teacher Work Day"), the
    // footer with "Powered by Edlio" and "Login".
    name: "held-out-school-district",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const copied = copiedIn(ctx, d, 0.4);
      const dist = ctx.pick(DISTRICTS);
      const page = new Page();
      const person = ctx.rng() < 0.55;
      const names = person ? ctx.names.slice(0, 1) : [];
      if (copied >= 2021) {
        page.c("Skip To Main Content");
        page.c("Close Menu");
        page.cb("About Us", "Schools", "Departments", "Families", "Employment", "Board of Education");
        page.cb("Translate", "Search");
        page.cb("Select a School...", ...dist.schools);
        page.c(dist.name);
        page.cb("Home", "About Us", "District News");
        page.h(ctx.story.title);
        page.h(shortDate(d));
        if (person) page.h(`By ${joinNames(names)}, Communications Coordinator`);
        const story = leadPhoto(
          page,
          ctx,
          0.5,
          (c, cr) => (cr ? [stop(c), cr] : [stop(c)]),
          () => (ctx.rng() < 0.6 ? `Photo by ${otherName(ctx)}` : undefined),
        );
        body(page, story, { lead: (p) => p, figure: (c, cr) => (cr ? [stop(c), cr] : [stop(c)]), credit: (w) => `Photo by ${w}`, between: {}, bareCaptions: true });
        page.c("Back to All News");
        page.cb(dist.name, dist.street, dist.zip, `Phone: ${dist.phone}`, `Fax: ${dist.fax}`);
        page.c(`The ${dist.name} does not discriminate on the basis of race, color, national origin, sex, disability, or age in its programs and activities.`);
        page.cb("Site Map", "Accessibility", "Privacy Policy");
        page.c("Powered by Finalsite");
        page.h(`© ${copied} ${dist.name}`);
        return { page, header: { byline: names } };
      }
      page.cb("Skip to main content", "Skip to navigation");
      page.c(dist.name);
      page.cb("Schools", ...dist.schools);
      page.cb("Parents", "Students", "Staff", "Community", "Calendar");
      page.c("News");
      page.h(ctx.story.title);
      page.h(person ? `Posted by ${joinNames(names)} on ${usLong(d)}` : usLong(d));
      body(page, ctx, { lead: (p) => p, figure: (c, cr) => [cr ? `${stop(c)} (${cr})` : stop(c)], credit: (w) => `Photo: ${w}`, between: {}, bareCaptions: true });
      page.cb("Print", "Share");
      page.cb("More News", ...others(ctx, 3, DISTRICT_HEADLINES));
      const events = others(ctx, 3, DISTRICT_EVENTS).map((e, i) => {
        const ev = dayOf(daysFrom(ctx.story.date, 5 + 6 * i));
        return `${mon(ev)} ${ev.d} ${e}`;
      });
      page.cb("Upcoming Events", ...events, "View Calendar");
      page.cb(dist.name, dist.street, dist.zip, `Phone ${dist.phone}`, `Fax ${dist.fax}`);
      page.cb("Powered by Edlio", "Login");
      return { page, header: { byline: names } };
    },
  },
  {
    // A podcast's episode page, the story read as the episode and its transcript printed below.
    // Buzzsprout (to 2021): the show's name, "Episode 142" or "S2 E14", the episode's title (the
    // story's headline), the day ("Jan 29, 2020"), the player ("Play", "0:00", "18:32", "1x",
    // "Share"), the show notes (a summary, "Reported by Ann Lee.", "Hosted by …", "Support the
    // show"), "Show Notes" and "Transcript" tabs, the host's introduction, the reporter's name as a
    // speaker's label over the story ("Ann Lee:") with timestamps ("[00:00:42]") over paragraphs on
    // some, the host's sign-off; "Chapters", "Subscribe" with the apps, Buzzsprout's footer.
    // A paper's own page for the episode (from 2022): the bar, "Podcasts", the show's name, the
    // title, "Jan. 29, 2020 | 18 min listen", "Listen on Apple Podcasts | Spotify | Google
    // Podcasts", the notes with "This episode was reported by Ann Lee and produced by …", "Episode
    // transcript", "Transcripts are generated by a mix of speech recognition software and human
    // transcribers, and may contain errors.", the story, the footer. No photos.
    name: "held-out-podcast-episode",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const copied = copiedIn(ctx, d, 0.4);
      const pod = ctx.pick(PODCASTS);
      const page = new Page();
      const names = authorsOf(ctx, 0.15);
      const producer = otherName(ctx);
      const n = ctx.story.paragraphs.length;
      const mins = 8 + Math.floor(ctx.rng() * 20);
      const secs = Math.floor(ctx.rng() * 60);
      const ep = 20 + Math.floor(ctx.rng() * 300);
      const between: Record<number, string[]> = {};
      const stamps = ctx.rng() < 0.5;
      if (stamps) for (let i = 0; i < n - 1; i++) add(between, i, [`[00:${pad(1 + i)}:${pad((secs + 17 * i) % 60)}]`]);
      const summary = `On today's episode: ${ctx.story.title.replace(/[.!?]$/, "")}, and what it means for listeners across the region.`;
      const intro = `${pod.host.split(" ")[0]!.toUpperCase()}: From ${pod.by}, this is ${pod.show}. I'm ${pod.host}. Here's ${names[0]!.split(" ")[0]} with today's story.`;
      const outro = `${pod.host.split(" ")[0]!.toUpperCase()}: That's our show for today. ${pod.show} is produced by ${producer}. Thanks for listening.`;
      if (copied < 2022) {
        page.c(pod.show);
        page.c(ctx.rng() < 0.5 ? `Episode ${ep}` : `S${1 + Math.floor(ep / 100)} E${ep % 100}`);
        page.h(ctx.story.title);
        page.h(shortDate(d));
        page.cb("Play", "0:00", `${mins}:${pad(secs)}`, "1x", "Share");
        page.c(summary);
        page.h(`Reported by ${joinNames(names)}.`);
        page.cb(`Hosted by ${pod.host}. Produced by ${producer}.`, "Support the show");
        page.cb("Show Notes", "Transcript");
        page.c(intro);
        page.c(`${names[0]}:`);
        if (stamps) page.c(`[00:00:${pad(secs)}]`);
        body(page, noPhotos(ctx), { lead: (p) => p, figure: (c) => [c], credit: (w) => w, between });
        page.c(outro);
        page.cb("Chapters", "Subscribe", "Apple Podcasts", "Spotify", "Overcast", "RSS Feed");
        page.cb(`${pod.show} is powered by Buzzsprout`, "Start your podcast");
        page.h(`© ${copied} ${pod.by}`);
        return { page, header: { byline: names } };
      }
      page.cb(pod.by, "News", "Sports", "Opinion", "Podcasts", "Newsletters", "Subscribe");
      page.c("Podcasts");
      page.c(pod.show);
      page.h(ctx.story.title);
      page.h(`${apDate(d)} | ${mins} min listen`);
      page.c("Listen on Apple Podcasts | Spotify | Google Podcasts");
      page.cb("Play", `${mins}:${pad(secs)}`);
      page.c(summary);
      page.h(`This episode was reported by ${joinNames(names)} and produced by ${producer}.`);
      page.c("Episode transcript");
      page.c("Transcripts are generated by a mix of speech recognition software and human transcribers, and may contain errors.");
      page.c(intro);
      page.c(`${names[0]!.toUpperCase()}:`);
      body(page, noPhotos(ctx), { lead: (p) => p, figure: (c) => [c], credit: (w) => w, between });
      page.c(outro);
      page.cb(`More from ${pod.show}`, ...others(ctx, 2, VILLAGE_HEADLINES));
      page.cb("Contact Us", "Privacy Policy", "Terms of Service");
      page.h(`Copyright © ${copied} ${pod.by}`);
      return { page, header: { byline: names } };
    },
  },
  {
    // A college athletics site on SIDEARM Sports. The older template (to 2021): the schools'
    // conference bar, the site's name, "Tickets", "Shop", "Give", the sports menu, the sport's
    // name, the headline, the stamp ("1/29/2020 5:32:00 PM"), "Print Friendly Version", "Story
    // Links" with "Box Score", "Photo Gallery" and "Schedule", then the story with "By Ann Lee,
    // Athletic Communications" on some as its own line above it, captions with "Photo by …" after
    // the stop, the next game's box ("Next Game:", "Riverton State", "2/1/2020 | 2 PM", "Watch",
    // "Live Stats"), "Presented by …", the footer. The newer (from 2022): "Skip To Main Content",
    // the sports menu, the sport, the headline, "January 29, 2020", "Story By: Ann Lee" on some,
    // "Share:", the lead photo with its "Photo by …" on the line below, "Related Headlines", the
    // sponsor, "Back To Top" and "Powered by SIDEARM Sports".
    name: "held-out-team-site",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const copied = copiedIn(ctx, d, 0.4);
      const school = ctx.pick(SCHOOLS);
      const sport = ctx.pick(SPORTS);
      const page = new Page();
      const person = ctx.rng() < 0.6;
      const names = person ? authorsOf(ctx, 0.1) : [];
      const opp = ctx.pick(OPPONENTS);
      const next = dayOf(daysFrom(ctx.story.date, 3));
      const sponsor = ctx.pick(SPONSORS);
      if (copied < 2022) {
        page.cb("Western Plains Conference", "Tickets", "Shop", "Give");
        page.c(school.full);
        page.cb("Baseball", "Men's Basketball", "Women's Basketball", "Football", "Soccer", "Volleyball", "Track & Field");
        page.c(sport);
        page.h(ctx.story.title);
        page.h(`${d.m}/${d.d}/${d.y} ${h12(h)}:${pad(min)}:00 ${h < 12 ? "AM" : "PM"}`);
        page.c("Print Friendly Version");
        page.cb("Story Links", "Box Score", "Photo Gallery", "Schedule");
        if (person) page.h(`By ${joinNames(names)}, Athletic Communications`);
        body(page, ctx, { lead: (p) => p, figure: (c, cr) => [cr ? `${stop(c)} (${cr})` : stop(c)], credit: (w) => `Photo by ${w}`, between: {}, bareCaptions: true });
        page.cb("Next Game:", opp, `${next.m}/${next.d}/${next.y} | 2 PM`, "Watch", "Live Stats");
        page.c(`Presented by ${sponsor}`);
        page.cb("Facebook", "Twitter", "Instagram", "YouTube");
        page.h(`© ${copied} ${school.full}`);
        return { page, header: { byline: names } };
      }
      page.c("Skip To Main Content");
      page.cb("Schedule", "Roster", "News", "Tickets", "Shop", "Give");
      page.c(school.full);
      page.c(sport);
      page.h(ctx.story.title);
      page.h(usLong(d));
      if (person) page.h(`Story By: ${joinNames(names)}`);
      page.cb("Share:", "Facebook", "Twitter", "Email", "Print");
      const photo = (c: string, cr: string | undefined) => (cr ? [stop(c), cr] : [stop(c)]);
      const story = leadPhoto(page, ctx, 0.7, photo, () => `Photo by ${otherName(ctx)}`);
      body(page, story, { lead: (p) => p, figure: photo, credit: (w) => `Photo by ${w}`, between: {}, bareCaptions: true });
      page.cb("Related Headlines", `${school.mascot} fall to ${opp} in overtime`, `${school.mascot} announce 2020 signing class`);
      page.c(`${school.name} ${sport} is sponsored by ${sponsor}`);
      page.c("Back To Top");
      page.cb("Privacy Policy", "Accessibility", "Ticket Office", "Staff Directory");
      page.c("Powered by SIDEARM Sports");
      page.h(`© ${copied} ${school.full}`);
      return { page, header: { byline: names } };
    },
  },
  {
    // A Canadian Village Media local site (BayToday, SooToday, BarrieToday, GuelphToday). The
    // weather in the bar ("-4°C Light snow"), the menu, the section ("Local News"), the headline,
    // the dek on most, the name alone on its line ("Ann Lee", "BayToday Staff" for no person, or
    // "Ann Lee, Local Journalism Initiative Reporter"), the stamp ("Jan 29, 2020 5:32 PM" with
    // "Updated Jan 30, 2020 9:04 AM" on some, or "Jan 29, 2020 5:32 PM" over "Updated" on the
    // newer), the comment count ("3 Comments"), "Listen to this article" and its length from 2022,
    // the share buttons, the lead photo with its credit on the line below ("Ann Lee/BayToday",
    // "Supplied photo", "File photo"), "Sponsored by" boxes and "Sponsored Content" between
    // paragraphs, "Get the latest local news delivered to your inbox" with its form, "About the
    // Author" with the name and bio for a LJI reporter, "Comments (3)" and the comment rules, the
    // footer.
    name: "held-out-village-media",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const copied = copiedIn(ctx, d, 0.4);
      const site = ctx.pick(VILLAGE_SITES);
      const page = new Page();
      const n = ctx.story.paragraphs.length;
      const between: Record<number, string[]> = {};
      const r = ctx.rng();
      const staff = r < 0.2;
      const lji = !staff && r < 0.45;
      const names = staff ? [] : lji ? ctx.names.slice(0, 1) : authorsOf(ctx, 0.1);
      const comments = Math.floor(ctx.rng() * 30);
      const upd = ctx.rng() < 0.35 ? nextDay(ctx.story.date) : undefined;
      const stamp = (day: Day, hh: number, mm: number) => `${shortDate(day)} ${upClock(hh, mm)}`;
      const sponsor = ctx.pick(VILLAGE_SPONSORS);
      page.c("Skip to content");
      page.cb(site.name, `${-2 - Math.floor(ctx.rng() * 10)}°C`, "Light snow");
      page.cb("Local News", "Obituaries", "Events", "Classifieds", "Jobs", "Real Estate", "Sign in");
      page.c("Local News");
      page.h(ctx.story.title);
      if (ctx.rng() < 0.7) {
        const dek = ctx.pick(DEKS);
        page.h(dek);
        page.dek = dek;
      }
      page.h(staff ? `${site.name} Staff` : lji ? `${names[0]}, Local Journalism Initiative Reporter` : joinNames(names));
      if (copied >= 2022) {
        page.h(stamp(d, h, min), ...(upd ? [`Updated ${stamp(dayOf(upd), 9, (min + 11) % 60)}`] : []));
        page.c(`${comments} Comments`);
        page.cb("Listen to this article", `00:0${2 + Math.floor(ctx.rng() * 7)}:${pad(Math.floor(ctx.rng() * 60))}`);
      } else {
        page.h(`${stamp(d, h, min)}${upd ? ` Updated ${stamp(dayOf(upd), 9, (min + 11) % 60)}` : ""}`);
        page.c(`${comments} Comments`);
      }
      page.cb("Share by Email", "Share on Facebook", "Share on X", "Share via Print");
      const photo = (c: string, cr: string | undefined) => (cr ? [stop(c), cr] : [stop(c)]);
      const story = leadPhoto(page, ctx, 0.75, photo, () => ctx.pick([`${otherName(ctx)}/${site.name}`, "Supplied photo", "File photo"]));
      add(between, midway(n), ["Sponsored by", sponsor]);
      if (ctx.rng() < 0.4) add(between, Math.min(midway(n) + 1, n - 2), ["Sponsored Content", `${site.town}'s favourite spot for winter fun`]);
      body(page, story, { lead: (p) => p, figure: photo, credit: (w) => `${w}/${site.name}`, between, bareCaptions: true });
      page.cb("Get the latest local news delivered to your inbox", "Email address", "Sign up");
      if (lji) {
        const bio = `${names[0]} covers civic affairs for ${site.name} under the Local Journalism Initiative, which is funded by the Government of Canada.`;
        page.blocks.push(["About the Author", names[0]!, bio]);
        page.chrome.push("About the Author", bio);
      }
      page.cb(`Comments (${comments})`, `To join the conversation set a first and last name in your user profile.`, "Read more comments", "Comment Guidelines");
      page.cb("More Local News", ...others(ctx, 3, VILLAGE_HEADLINES));
      page.cb("About Us", "Contact Us", "Advertise", "Privacy Policy", "Terms of Use");
      page.h(`© ${copied} Village Media Inc. All rights reserved.`);
      return { page, header: { byline: names, ...(upd ? { updated: upd } : {}) } };
    },
  },
  {
    // An African English-language paper, in one of three. Premium Times (Nigeria): the bar, the
    // section, the headline, "By Chinedu Okonkwo" (or "Agency Report" or "Premium Times" for no
    // person) over "January 29, 2020" with "3 min read", the credit after the caption's stop in
    // brackets ("[PHOTO CREDIT: @NGRSenate]", "[PHOTO: Premium Times]"), "Support PREMIUM TIMES'
    // journalism of integrity and credibility" and its appeal, "TEXT AD: Call Willie - …", the tags,
    // "Related". The Herald (Zimbabwe): the section, the headline, "29 Jan, 2020 - 00:01" over "0
    // Views", the byline as printed ("Tendai Moyo Herald Reporter", "Herald Reporter" or "Bulawayo
    // Bureau" for no person), captions with " — Picture: Farai Mutasa" after the stop, "Share This:"
    // and the tags. Graphic Online (Ghana): the section ("General News"), the headline, "Author: Ama
    // Boateng" (or "Author: Daily Graphic"), "Jan - 29 - 2020 , 17:32", the credit on the line
    // below the caption, "Connect With Us : 0242202447 | 0551484843 | 0266361755 | 059 199 3236",
    // the footer.
    name: "held-out-africa-daily",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const copied = copiedIn(ctx, d, 0.5);
      const page = new Page();
      const n = ctx.story.paragraphs.length;
      const between: Record<number, string[]> = {};
      const which = ctx.rng();
      const person = ctx.rng() < 0.7;
      if (which < 0.35) {
        const names = person ? (ctx.rng() < 0.2 ? others(ctx, 2, NG_NAMES) : [ctx.pick(NG_NAMES)]) : [];
        page.cb("PREMIUM TIMES", "Home", "News", "Top News", "Business", "Investigations", "Opinion", "Health", "PT Mag");
        page.c(ctx.pick(["Top News", "News", "Headlines"]));
        page.h(ctx.story.title);
        page.h(person ? `By ${joinNames(names)}` : ctx.pick(["Agency Report", "Premium Times"]), usLong(d));
        page.c(`${2 + Math.floor(ctx.rng() * 5)} min read`);
        if (ctx.rng() < 0.5) add(between, midway(n), [`ALSO READ: ${ctx.pick(AFRICA_HEADLINES)}`]);
        body(page, ctx, {
          lead: (p) => p,
          figure: (c, cr) => [cr ? `${stop(c)} [${cr}]` : stop(c)],
          credit: (w) => ctx.pick([`PHOTO CREDIT: ${w}`, "PHOTO CREDIT: @NGRSenate", "PHOTO: Premium Times"]),
          between,
          bareCaptions: true,
        });
        page.cb(
          "Support PREMIUM TIMES' journalism of integrity and credibility",
          "Good journalism costs money. For continued free access to our reporting, we ask you to consider a modest contribution to this work.",
          "Donate",
        );
        page.c("TEXT AD: Call Willie - +2348098788999");
        page.cb("Related", ...others(ctx, 2, AFRICA_HEADLINES));
        page.h(`© ${copied} Premium Times Services Limited`);
        return { page, header: { byline: names } };
      }
      if (which < 0.7) {
        const names = person ? [ctx.pick(ZW_NAMES)] : [];
        const role = ctx.pick(["Herald Reporter", "Senior Reporter", "Harare Bureau"]);
        page.cb("The Herald", "Home", "Top Stories", "Local News", "Business", "Opinion & Analysis", "Sport", "Epaper");
        page.c(ctx.pick(["Top Stories", "Local News", "Breaking News"]));
        page.h(ctx.story.title);
        page.h(`${d.d} ${mon(d)}, ${d.y} - 00:0${Math.floor(ctx.rng() * 9)}`);
        page.c("0 Views");
        page.h(person ? (ctx.rng() < 0.5 ? `${names[0]} ${role}` : names[0]!) : ctx.pick(["Herald Reporter", "Bulawayo Bureau"]));
        if (person && !page.blocks.at(-1)![0]!.endsWith(role)) page.blocks.at(-1)!.push(role);
        body(page, ctx, {
          lead: (p) => p,
          figure: (c, cr) => [cr ? `${stop(c)} — ${cr}` : stop(c)],
          credit: (w) => `Picture: ${w}`,
          between,
          bareCaptions: true,
        });
        page.cb("Share This:", "Facebook", "Twitter", "WhatsApp");
        page.cb("Tags", "Harare", "Government", "Zimbabwe");
        page.h(`Copyright © ${copied} The Herald. All rights reserved.`);
        return { page, header: { byline: names } };
      }
      const names = person ? [ctx.pick(GH_NAMES)] : [];
      page.cb("Graphic Online", "News", "Business", "Sports", "Entertainment", "Lifestyle", "Opinion", "E-Paper");
      page.c("General News");
      page.h(ctx.story.title);
      page.h(`Author: ${person ? names[0] : "Daily Graphic"}`);
      page.h(`${mon(d)} - ${pad(d.d)} - ${d.y} , ${pad(h)}:${pad(min)}`);
      const photo = (c: string, cr: string | undefined) => (cr ? [stop(c), cr] : [stop(c)]);
      const story = leadPhoto(page, ctx, 0.5, photo, () => undefined);
      body(page, story, { lead: (p) => p, figure: photo, credit: (w) => `Photo: ${w}`, between, bareCaptions: true });
      page.c("Connect With Us : 0242202447 | 0551484843 | 0266361755 | 059 199 3236");
      page.cb("Related Articles", ...others(ctx, 2, AFRICA_HEADLINES));
      page.h(`© ${copied} Graphic Communications Group Limited. All Rights Reserved.`);
      return { page, header: { byline: names } };
    },
  },
  {
    // A Latin American English-language outlet. Mexico News Daily: the bar, the section, the
    // headline, the dek on some, then "Published on Wednesday, January 29, 2020" to 2021 (with
    // "Mexico News Daily" or no name: the story's sources at its foot, "Source: Milenio (sp),
    // El Universal (sp)"), or from 2022 "Ann Lee | January 29, 2020" (or "Mexico News Daily |
    // …" for no person); the credit after the caption's stop ("Milenio", "Cuartoscuro") or bare;
    // "Mexico News Daily" membership appeal; "Related". Buenos Aires Times: the section, the
    // headline, the dek, "BY ANN LEE", the stamp "29-01-2020 17:32", the credit after the
    // caption's stop after a bar ("| Photo: NA / Ann Lee", "| Photo: Télam"), "in this news" and the tags.
    // The Tico Times (Costa Rica): the headline, "by Ann Lee" (or "by Tico Times" for no person)
    // over "January 29, 2020", captions bare or with "(Courtesy of …)", "Support The Tico Times",
    // "Related posts".
    name: "held-out-latam-english",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const copied = copiedIn(ctx, d, 0.45);
      const page = new Page();
      const which = ctx.rng();
      const person = ctx.rng() < 0.7;
      const names = person ? (ctx.rng() < 0.5 ? [ctx.pick(LATAM_NAMES)] : authorsOf(ctx, 0.1)) : [];
      const dek = () => {
        if (ctx.rng() < 0.6) {
          const k = ctx.pick(DEKS);
          page.h(k);
          page.dek = k;
        }
      };
      if (which < 0.4) {
        const newer = copied >= 2022;
        page.cb("Mexico News Daily", "News", "Politics", "Economy", "Travel", "Culture", "Opinion", "Subscribe");
        page.c(ctx.pick(["News", "Politics", "Economy"]));
        page.h(ctx.story.title);
        dek();
        if (newer) page.h(`${person ? joinNames(names) : "Mexico News Daily"} | ${usLong(d)}`);
        else page.h(`Published on ${WEEKDAYS[d.wd]}, ${usLong(d)}`);
        body(page, ctx, { lead: (p) => p, figure: (c, cr) => [cr ? `${stop(c)} ${cr}` : stop(c)], credit: () => ctx.pick(["Milenio", "Cuartoscuro", "Government of Mexico"]), between: {}, bareCaptions: true });
        if (!newer) page.c(`Source: ${others(ctx, 2, LATAM_SOURCES).join(", ")}`);
        page.cb("Subscribe to Mexico News Daily", "Get the news from Mexico in English, every weekday, delivered to your inbox.", "Become a member");
        page.cb("Related", ...others(ctx, 2, LATAM_HEADLINES));
        page.h(`© ${copied} Mexico News Daily`);
        return { page, header: { byline: newer ? names : [] } };
      }
      if (which < 0.75) {
        page.cb("Buenos Aires Times", "ARGENTINA", "ECONOMY", "WORLD", "LATIN AMERICA", "CULTURE", "SPORTS", "OP-ED");
        page.c(ctx.pick(["ARGENTINA", "ECONOMY", "POLITICS"]));
        page.h(ctx.story.title);
        dek();
        if (person) page.h(`BY ${joinNames(names).toUpperCase()}`);
        page.h(`${pad(d.d)}-${pad(d.m)}-${d.y} ${pad(h)}:${pad(min)}`);
        body(page, ctx, {
          lead: (p) => p,
          figure: (c, cr) => [cr ? `${stop(c)} | ${cr}` : stop(c)],
          credit: (w) => ctx.pick([`Photo: NA / ${w}`, "Photo: Télam", `Photo: AFP / ${w}`]),
          between: {},
          bareCaptions: true,
        });
        page.cb("in this news", ...ctx.pick([["Economy", "Inflation"], ["Buenos Aires", "Government"], ["Politics"]]));
        page.cb("More in (in spanish)", "Perfil.com", "Noticias", "Fortuna");
        page.h(`© ${copied} Buenos Aires Times | Perfil Network`);
        return { page, header: { byline: names } };
      }
      page.cb("The Tico Times", "News", "Travel", "Real Estate", "Living in Costa Rica", "Support Us");
      page.h(ctx.story.title);
      page.h(`by ${person ? joinNames(names) : "Tico Times"}`, usLong(d));
      body(page, ctx, { lead: (p) => p, figure: (c, cr) => [cr ? `${stop(c)} (${cr})` : stop(c)], credit: (w) => `Courtesy of ${w}`, between: {}, bareCaptions: true });
      page.cb(
        "Support The Tico Times",
        "Independent journalism in English from Costa Rica since 1956. Your contribution keeps our reporting free for everyone.",
        "Donate",
      );
      page.cb("Related posts", ...others(ctx, 2, LATAM_HEADLINES));
      page.h(`© ${copied} The Tico Times`);
      return { page, header: { byline: names } };
    },
  },
  {
    // archive.today's capture of a local paper's story. The archive's bar as the page copies it
    // ("archive.today", "webpage capture", "Saved from", the story's address, "search", the capture
    // time "29 Jan 2020 22:41:07 UTC" (the story's day or up to years later), "All snapshots from
    // host …", "Webpage", "Screenshot", "share", "download .zip", "report bug or abuse", "Buy me a
    // coffee"; from 2022 "archive.ph" over it), then the page as captured: the paper's bar, the
    // headline, the dek on some, "By Ann Lee" over "Jan 29, 2020" (with "Updated Jan 30, 2020" on
    // some), the paywall's leftovers ("You have 2 free articles remaining."), credits on the line
    // below the caption, the page's footer; the archive's bar again at the foot on some
    // ("Archive.today", the address, "«", "»").
    name: "held-out-archive-today",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const paper = ctx.pick(LOCAL_PAPERS);
      const page = new Page();
      const names = ctx.rng() < 0.15 ? [] : authorsOf(ctx, 0.25);
      const lag = ctx.pick([0, 0, 1, 30, 400, 1200]);
      const cap = dayOf(daysFrom(ctx.story.date, lag));
      const ch = lag === 0 ? Math.min(h + 3, 23) : Math.floor(ctx.rng() * 24);
      const url = `https://${paper.host}/news/${slugOf(ctx.story.title)}/`;
      const upd = ctx.rng() < 0.3 ? nextDay(ctx.story.date) : undefined;
      if (cap.y >= 2022) page.c("archive.ph");
      page.cb("archive.today", "webpage capture");
      page.cb("Saved from", url, "search");
      page.c(`${pad(cap.d)} ${mon(cap)} ${cap.y} ${pad(ch)}:${pad(min)}:${pad((min * 7) % 60)} UTC`);
      page.cb(ctx.rng() < 0.5 ? "no other snapshots from this url" : "All snapshots", `from host ${paper.host}`);
      page.cb("Webpage", "Screenshot");
      page.cb("share", "download .zip", "report bug or abuse", "Buy me a coffee");
      page.cb(paper.name, "News", "Sports", "Obituaries", "Opinion", "Subscribe", "Log in");
      page.h(ctx.story.title);
      if (ctx.rng() < 0.35) {
        const k = ctx.pick(DEKS);
        page.h(k);
        page.dek = k;
      }
      if (names.length) page.h(`By ${joinNames(names)}`);
      page.h(shortDate(d), ...(upd ? [`Updated ${shortDate(dayOf(upd))}`] : []));
      if (ctx.rng() < 0.5) page.c(`You have ${1 + Math.floor(ctx.rng() * 3)} free articles remaining.`);
      const photo = (c: string, cr: string | undefined) => (cr ? [stop(c), cr] : [stop(c)]);
      const story = leadPhoto(page, ctx, 0.5, photo, () => `${otherName(ctx)} / ${paper.name}`);
      body(page, story, { lead: (p) => p, figure: photo, credit: (w) => `${w} / ${paper.name}`, between: {}, bareCaptions: true });
      page.cb("Subscribe for unlimited access", `Already a subscriber? Log in`);
      page.cb("Contact Us", "Advertise", "Terms of Use", "Privacy Policy");
      page.h(`© ${cap.y} ${paper.name}`);
      if (ctx.rng() < 0.4) page.cb("Archive.today", url, "«", "»");
      return { page, header: { byline: names, ...(upd ? { updated: upd } : {}) } };
    },
  },
];
