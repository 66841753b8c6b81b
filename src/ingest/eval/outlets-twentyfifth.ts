/**
 * A twenty-fifth held-out group of outlet styles for the import evaluation (issue 13), written
 * before reading the importer's code (only src/ingest/eval/, scripts/eval-import.ts, the evaluation
 * test, the earlier groups' committed fixtures, README.md and package.json were read), to be scored
 * untouched. Places a local-news archive's contributors really copy a story from, none seen before:
 * a metro paper's opinion page (a column or a guest commentary, the author's bio, the views
 * disclaimer, the letters form), a mailing list's digest (Google Groups' and Groups.io's) with the
 * story pasted into a member's message, a city's CivicPlus "News Flash" page (the city's own item
 * with its media contact, or an "In the News" repost of the paper's story), a university's
 * newsroom, PressReader's view of a paper's print edition (and its print watermark), an Indian
 * regional paper's e-paper clip, a weekly's issue on Issuu, and a library's or a historical
 * society's digital collection (CONTENTdm, Omeka S) holding a clipping's record and transcript.
 * Each is written from memory of how its text comes out of a browser's "select all, copy" (or the
 * mail's own text) between 2019 and 2024; a 2019 story copied in 2023 carries the 2023 template
 * round the 2019 date.
 *
 * The platforms and the papers named are the real ones, as the copied text would carry them;
 * people, cities, local papers, groups, other headlines, notes and replies are made up, and no
 * page is copied.
 */
import { AP_MONTHS, body, dayOf, daysFrom, DEKS, FIRST, h12, LAST, mon, MONTHS, nextDay, pad, Page, WEEKDAYS, type Ctx, type Day, type Story, type Style } from "./outlets.ts";

/** "Ann Lee", "Ann Lee and Bob Stone", "Ann Lee, Bob Stone and Cy Young" */
const joinNames = (names: readonly string[], and = "and") => (names.length < 3 ? names.join(` ${and} `) : `${names.slice(0, -1).join(", ")} ${and} ${names.at(-1)}`);
/** `n` different items of a pool, in the generator's order. */
const others = (ctx: Ctx, n: number, pool: readonly string[]) => {
  const left = [...pool];
  return Array.from({ length: Math.min(n, pool.length) }, () => left.splice(Math.floor(ctx.rng() * left.length), 1)[0]!);
};
/** Someone else: a photographer, an editor, a colleague. */
const otherName = (ctx: Ctx) => `${ctx.pick(FIRST)} ${ctx.pick(LAST)}`;
/** The story's author, or two of them on a share of pages. */
const authorsOf = (ctx: Ctx, two: number) => (ctx.rng() < two && ctx.names[1] !== ctx.names[0] ? ctx.names.slice(0, 2) : ctx.names.slice(0, 1));
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
/** "2020-01-29" */
const iso = (day: Day) => `${day.y}-${pad(day.m)}-${pad(day.d)}`;
/** "Ann Lee" → "alee" */
const mailOf = (name: string) => {
  const parts = name
    .toLowerCase()
    .normalize("NFD")
    .replace(/[^a-z ]/g, "")
    .split(" ");
  return `${parts[0]![0]}${parts.at(-1)}`;
};
/** "Ann Lee" → "Lee, Ann", as a catalogue's name authority writes it. */
const inverted = (name: string) => {
  const parts = name.split(" ");
  return `${parts.at(-1)}, ${parts.slice(0, -1).join(" ")}`;
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
/** The headline's first words, lower case: "reservoir levels fall". */
const gist = (story: Story, n: number) => story.title.split(" ").slice(0, n).join(" ").toLowerCase().replace(/[,;:]$/, "");
/** A caption as a page prints it: with its own full stop, one only. */
const stop = (caption: string) => (/[.!?]$/.test(caption) ? caption : `${caption}.`);
/** Adds chrome lines after paragraph `i`, after any already there. */
const add = (between: Record<number, string[]>, i: number, lines: readonly string[]) => {
  between[i] = [...(between[i] ?? []), ...lines];
};
/** The story without its photos: a page (or a paste) that prints none. */
const noPhotos = (ctx: Ctx): Ctx => ({ ...ctx, story: { ...ctx.story, captions: [] } });
/** Pacific time by the month, as a zone's letters or an offset. */
const pacific = (day: Day) => (day.m >= 4 && day.m <= 10 ? { tz: "PDT", off: "-0700" } : { tz: "PST", off: "-0800" });
/**
 * The story's first photo as the page's lead photo, printed where it is called (above or below the
 * byline): its figure, and the context whose story keeps the other captions for the body.
 */
const leadPhoto = (page: Page, ctx: Ctx, share: number, lines: (caption: string, credit: string | undefined) => string[], credit: () => string | undefined): Ctx => {
  const [lead, ...rest] = ctx.story.captions;
  if (!lead || ctx.rng() >= share) return ctx;
  const cr = credit();
  page.h(...lines(lead, cr));
  page.figures.push({ caption: lead, ...(cr ? { credit: cr } : {}) });
  return { ...ctx, story: { ...ctx.story, captions: rest } };
};

const LOCAL_PAPERS = [
  { name: "The Lakeport Record", short: "Record", domain: "lakeportrecord.example", town: "Lakeport" },
  { name: "Cedar County Courier", short: "Courier", domain: "cedarcountycourier.example", town: "Cedar Falls" },
  { name: "The North Fork Gazette", short: "Gazette", domain: "northforkgazette.example", town: "North Fork" },
] as const;
const TOWNS = ["Lakeport", "Cedar Falls", "North Fork", "Millbrook", "Ashford", "Riverton"];
const OTHER_HEADLINES = [
  "County weighs new rules for short-term rentals",
  "High school to add evening classes for adults",
  "Road work on Route 9 to last through summer",
  "Council approves plan for downtown parking garage",
  "Library extends weekend hours",
  "Water rates to rise 4% in July",
];
const OP_HEADLINES = [
  "Our view: The county can't keep putting off road repairs",
  "Letters: Readers weigh in on the school budget",
  "Guest column: Small towns need broadband now",
  "Column: What I learned from a year of council meetings",
  "Our view: Keep the library open on Sundays",
];
const GUEST_ROLES = [
  "is a retired civil engineer who lives in",
  "is a former member of the school board and lives in",
  "is a small-business owner in",
  "teaches history at Cedar County Community College and lives in",
  "is a volunteer with the Friends of the Library in",
];

const LIST_GROUPS = [
  { addr: "cedar-neighbors", io: "cedarneighbors", name: "Cedar Neighbors Association" },
  { addr: "northfork-watershed", io: "nfwatershed", name: "North Fork Watershed Council" },
  { addr: "lakeport-friends-of-library", io: "lakeportfol", name: "Friends of the Lakeport Library" },
] as const;
const LIST_PEOPLE = ["Kate Price", "Mo Haddad", "Jess Alonso", "Priyanka Shah", "Dev Okoro", "Lena Fischer", "Tom Beaulieu", "Ruth Adeyemi"];
const LIST_MAIL = ["gmail.com", "comcast.net", "yahoo.com", "sbcglobal.net"];
const LIST_NOTES = [
  "Pasting this from the paper since not everyone subscribes.",
  "In case you missed it. Full text below.",
  "FYI, this ran in the paper. Article below, link at the bottom.",
  "Good coverage of what we discussed at the last meeting:",
];
const LIST_REPLIES = [
  "Thanks for posting this. Does anyone know if the board meeting will be streamed?",
  "Good article. I'll bring copies to Thursday's meeting.",
  "Thanks! I couldn't get past the paywall.",
  "Interesting. We should invite the reporter to speak at our next meeting.",
];
const LIST_TOPICS = [
  { subject: "Potluck at the grange Saturday", text: "Reminder: potluck at the grange hall Saturday at 5. Bring a dish to share." },
  { subject: "Lost cat near Elm and 4th", text: "Gray tabby, answers to Pepper. Please call if you see her." },
  { subject: "Minutes from the January meeting", text: "The minutes are posted on the shared drive. Corrections to me by Friday please." },
  { subject: "Volunteers needed for the creek cleanup", text: "We still need six people for the April cleanup. Gloves and bags provided." },
] as const;

const CITIES = [
  { name: "City of Lakeport", town: "Lakeport", street: "100 N. Main Street", zip: "Lakeport, CA 95453", phone: "(707) 555-0100", domain: "lakeport.example", state: "Calif." },
  { name: "City of Ashford", town: "Ashford", street: "25 Court Square", zip: "Ashford, OR 97520", phone: "(541) 555-0134", domain: "ashfordor.example", state: "Ore." },
  { name: "Town of Millbrook", town: "Millbrook", street: "1 Town Hall Plaza", zip: "Millbrook, CO 80501", phone: "(303) 555-0177", domain: "millbrookco.example", state: "Colo." },
] as const;
const CITY_CATEGORIES = ["City News", "Home", "Public Works", "Police Department", "Parks & Recreation"];
const CITY_ROLES = ["Communications Manager", "Public Information Officer", "Assistant to the City Manager"];
const CITY_ITEMS = [
  "Holiday Closure of City Offices",
  "Street Sweeping Schedule Changes",
  "City Council Seeks Applicants for Planning Commission",
  "Leaf Collection Begins November 1",
  "Water Main Flushing in the North Service Area",
];

const UNIS = [
  { name: "University of Lakeport", short: "UL", news: "UL News", daily: "UL Today", domain: "lakeport.edu.example" },
  { name: "Cedar State University", short: "CSU", news: "CSU Newsroom", daily: "The CSU Weekly", domain: "cedarstate.edu.example" },
  { name: "North Fork College", short: "NFC", news: "NFC News", daily: "NFC Now", domain: "northfork.edu.example" },
] as const;
const UNI_SECTIONS = ["Research", "Campus & Community", "Science & Technology", "Public Service", "Health"];
const UNI_HEADLINES = [
  "Students map the county's oldest bridges",
  "New center will study drought in the West",
  "Nursing program expands to rural clinics",
  "Faculty member named to state water panel",
  "Researchers track wildfire smoke across the valley",
];
const UNI_TAGS = ["water", "community", "faculty", "environment", "public policy", "research", "students"];

const PR_PAPERS = [
  { name: "The Lakeport Record", upper: "THE LAKEPORT RECORD", domain: "lakeportrecord.example" },
  { name: "Cedar County Courier", upper: "CEDAR COUNTY COURIER", domain: "cedarcountycourier.example" },
  { name: "Valley Times-Herald", upper: "VALLEY TIMES-HERALD", domain: "valleytimesherald.example" },
] as const;
const PR_SECTIONS = ["NEWS", "LOCAL", "CITY & REGION", "FRONT PAGE", "YOUR COMMUNITY"];

const IN_NAMES = ["Anjali Kulkarni", "Vikas Deshmukh", "Rohit Chandavarkar", "Shoma Ganguly", "Naveen Menon", "Pratibha Rao", "Sunil Bhat", "Meera Iyer"];
const IN_HEADLINES = ["Civic body to repair 40 roads before monsoon", "Metro work: traffic diverted on Ring Road", "Varsity exams postponed", "Water cut in east zone on Thursday", "Police bust chain-snatching gang"];

const WEEKLIES = [
  { name: "Lakeport Weekly", handle: "lakeportweekly", town: "Lakeport" },
  { name: "The Cedar County Shopper", handle: "cedarshopper", town: "Cedar Falls" },
  { name: "North Fork News-Review", handle: "nfnewsreview", town: "North Fork" },
] as const;
const BRIEFS = [
  { head: "Library story time returns", text: "Story time for children ages 3 to 5 resumes Tuesdays at 10 a.m. at the main branch." },
  { head: "Blood drive set for Feb. 8", text: "The Red Cross will hold a blood drive at the community center from noon to 6 p.m." },
  { head: "Rotary names scholarship winners", text: "Four seniors from Lakeport High School will each receive $1,500 toward college." },
] as const;

const LIBRARIES = [
  { name: "Lakeport Public Library", collection: "Lakeport Record Clippings File", society: "Lakeport Historical Society", code: "LPR" },
  { name: "Cedar County Library District", collection: "Cedar County Newspaper Clippings", society: "Cedar County Historical Society", code: "CCC" },
  { name: "North Fork Public Library", collection: "North Fork Local History Collection", society: "North Fork Heritage Museum", code: "NFH" },
] as const;
const SUBJECTS = ["Reservoirs; Water supply; Drought", "Bridges; Fires; Police", "Libraries; Elections; Taxation", "Local government; Public works", "Community life"];

export const HELD_OUT_TWENTYFIFTH_STYLES: readonly Style[] = [
  {
    // A metro paper's opinion page. A Gannett (USA TODAY Network) site: the bar, "OPINION", the
    // disclaimer on copies from 2022 ("This piece expresses the views of its author(s), separate
    // from those of this publication."), the headline, the dek on some, the name(s) over the role
    // ("Lakeport Record columnist", "Guest columnist", "Your Turn", "Guest columnists") over
    // "Published 5:32 p.m. PT Jan. 29, 2020" with "| Updated 9:04 a.m. PT Jan. 30, 2020" on some;
    // the credit in parentheses after the caption ("(Photo: Ann Lee/The Lakeport Record)") to 2021,
    // on the line below later; "More: …" between paragraphs; the bio below the story ("Ann Lee is
    // the Record's opinion columnist. Reach her at …", or the guest's "Ann Lee is a retired civil
    // engineer who lives in Lakeport."), the letters box, the footer. A Newspack or McClatchy
    // page: "Opinion" and "GUEST COMMENTARY" or "COLUMN", the headline, the dek on most, "By Ann Lee"
    // with "Special to The Lakeport Record" below for a guest, "JANUARY 29, 2020 5:32 PM" or only
    // "UPDATED JANUARY 29, 2020 7:04 PM" (the same day: the page's only date), "The views expressed
    // in this column are the author's own …", the author's box (the name over the bio), the
    // "Letters to the editor" form, "More from Opinion".
    name: "held-out-opinion-page",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const copied = copiedIn(ctx, d, 0.35);
      const paper = ctx.pick(LOCAL_PAPERS);
      const page = new Page();
      const n = ctx.story.paragraphs.length;
      const between: Record<number, string[]> = {};
      const guest = ctx.rng() < 0.5;
      const names = guest ? authorsOf(ctx, 0.3) : ctx.names.slice(0, 1);
      const town = ctx.pick(TOWNS);
      const bios = names.map((name) =>
        guest ? `${name} ${ctx.pick(GUEST_ROLES)} ${town}.` : `${name} is the ${paper.short}'s opinion columnist. Reach ${name.split(" ")[0]} at ${mailOf(name)}@${paper.domain} or on X @${name.replace(/ /g, "")}.`,
      );
      if (ctx.rng() < 0.55) {
        const later = copied >= 2022;
        const credit = (who: string) => {
          const r = ctx.rng();
          return r < 0.55 ? `${who}/${paper.name}` : r < 0.75 ? `${who}/USA TODAY NETWORK` : r < 0.9 ? `Special to the ${paper.short}` : "File photo";
        };
        const photo = (c: string, cr: string | undefined) => (cr ? (later ? [stop(c), cr] : [`${stop(c)} (Photo: ${cr})`]) : [stop(c)]);
        const gannett = (day: Day, hh: number, mm: number) => `${apClock(hh, mm)} PT ${apDate(day)}`;
        page.cb(paper.name, "Subscribe", "Sign In", "Home", "News", "Sports", "Opinion", "Obituaries", "eNewspaper", "Legals", "Search");
        page.c("OPINION");
        if (later) page.c("This piece expresses the views of its author(s), separate from those of this publication.");
        page.h(ctx.story.title);
        if (ctx.rng() < 0.35) {
          const dek = ctx.pick(DEKS);
          page.h(dek);
          page.dek = dek;
        }
        const role = !guest ? `${paper.short} columnist` : names.length > 1 ? "Guest columnists" : ctx.pick(["Guest columnist", "Your Turn", "Opinion contributor"]);
        const upd = ctx.rng() < 0.3 ? nextDay(ctx.story.date) : undefined;
        const stamp = `Published ${gannett(d, h, min)}${upd ? ` | Updated ${gannett(dayOf(upd), 9, (min + 17) % 60)}` : ""}`;
        page.h(joinNames(names), role, stamp);
        page.cb("Share", "Facebook", "X", "Email");
        if (ctx.rng() < 0.45) add(between, Math.min(n >= 5 ? 2 : 1, n - 2), [`More: ${ctx.pick(OP_HEADLINES)}`]);
        body(page, ctx, { lead: (p) => p, figure: photo, credit, between, bareCaptions: true });
        page.c(...bios);
        page.cb(
          "Share your opinion",
          `Send a letter to the editor of up to 200 words to letters@${paper.domain}. Include your full name, city and phone number; only your name and city will be published.`,
          "Submit a letter",
        );
        page.cb("About Us", "Newsroom Staff", "Ethical Principles", "Terms of Service", "Privacy Policy", "Your Privacy Choices");
        page.h(`© ${copied} www.${paper.domain}. All rights reserved.`);
        return { page, header: { byline: names, ...(upd ? { updated: upd } : {}) } };
      }
      const credit = (who: string) => {
        const r = ctx.rng();
        return r < 0.5 ? `${who} / ${paper.name}` : r < 0.75 ? `Courtesy of ${who}` : "File photo";
      };
      const photo = (c: string, cr: string | undefined) => [cr ? `${stop(c)} ${cr}` : stop(c)];
      const caps = (day: Day, hh: number, mm: number) => `${MONTHS[day.m - 1]!.toUpperCase()} ${day.d}, ${day.y} ${upClock(hh, mm)}`;
      page.c("Skip to content");
      page.cb(paper.name, "Subscribe", "Log in", "News", "Sports", "Opinion", "Obituaries", "Events", "Search");
      page.c("Opinion");
      page.c(guest ? "GUEST COMMENTARY" : "COLUMN");
      page.h(ctx.story.title);
      if (ctx.rng() < 0.7) {
        const dek = ctx.pick(DEKS);
        page.h(dek);
        page.dek = dek;
      }
      page.h(`By ${joinNames(names)}`, ...(guest ? [`Special to ${paper.name}`] : []));
      // Updated the same day, and the only date the page prints: the date is that day, with no update.
      page.h(ctx.rng() < 0.35 ? `UPDATED ${caps(d, Math.min(h + 2, 23), (min + 13) % 60)}` : caps(d, h, min));
      page.cb("Facebook", "X", "Email", "Print");
      const story = leadPhoto(page, ctx, 0.5, photo, () => credit(otherName(ctx)));
      if (ctx.rng() < 0.4) add(between, Math.min(1, n - 2), ["Advertisement"]);
      body(page, story, { lead: (p) => p, figure: photo, credit, between });
      page.c(`The views expressed in this column are the author's own and do not necessarily reflect those of ${paper.name}.`);
      names.forEach((name, i) => {
        page.blocks.push([name, bios[i]!]);
        page.chrome.push(bios[i]!);
      });
      page.cb(
        "Letters to the editor",
        "Have something to say? Submit a letter to the editor of 250 words or fewer. Letters are edited for length and clarity.",
        "Name (required)",
        "Email (required)",
        "City (required)",
        "Your letter (required)",
        "Submit",
      );
      page.cb("More from Opinion", ...others(ctx, 3, OP_HEADLINES));
      page.cb("About", "Contact", "Advertise", "Privacy Policy", "Terms of Use");
      page.h(`Copyright © ${copied} ${paper.name}`);
      return { page, header: { byline: names } };
    },
  },
  {
    // A mailing list's digest with the story pasted into a member's message, copied from the
    // mail. Google Groups: the digest's subject ("Digest for cedar-neighbors@googlegroups.com - 3
    // updates in 2 topics"), the group's address, "Topic digest", "View all topics", the topics with
    // their counts, then each topic's name and each message under "Kate Price <kprice@gmail.com>:
    // Jan 30 09:14AM -0800" (no year); the poster's note, the pasted story (the headline, the dek on
    // some, "By Ann Lee" or "Ann Lee | The Lakeport Record" above or below "Jan. 29, 2020",
    // "Published 5:32 p.m. Jan. 29, 2020" or "Wednesday, January 29, 2020"; the captions with the
    // credit below on some pastes, none on others), the link, the "-- " signature; a reply quoting
    // the note ("On Thu, Jan 30, 2020 at 9:14 AM Kate Price <…> wrote:", "> …"), "Back to top", the
    // other topic, the digest's footer. Groups.io: "[cedarneighbors] Digest Number 1234", "Topics"
    // with "#news" hashtags and "From:" lines, each message's "From:" and "Date: Thu, 30 Jan 2020
    // 09:14:22 PST", "View/Reply Online (#1234)", the rules of dashes, "Groups.io Links:" and the
    // subscription's lines. The subject names the story but is never the headline itself.
    name: "held-out-list-digest",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const group = ctx.pick(LIST_GROUPS);
      const site = ctx.pick(LOCAL_PAPERS);
      const [poster, replier, third] = others(ctx, 3, LIST_PEOPLE) as [string, string, string];
      const mail = (who: string) => `${mailOf(who)}@${LIST_MAIL[who.length % LIST_MAIL.length]}`;
      const lag = ctx.pick([0, 1, 1, 2, 3]);
      const posted = dayOf(daysFrom(ctx.story.date, lag));
      const ph = lag === 0 ? Math.min(h + 2, 22) : 7 + Math.floor(ctx.rng() * 12);
      const pm = Math.floor(ctx.rng() * 50);
      const names = ctx.rng() < 0.15 ? [] : authorsOf(ctx, 0.2);
      const dek = ctx.rng() < 0.3 ? ctx.pick(DEKS) : undefined;
      const r = ctx.rng();
      const when = r < 0.35 ? apDate(d) : r < 0.7 ? `Published ${apClock(h, min)} ${apDate(d)}` : `${WEEKDAYS[d.wd]}, ${usLong(d)}`;
      const by = names.length ? (ctx.rng() < 0.6 ? `By ${joinNames(names)}` : `${joinNames(names)} | ${site.name}`) : undefined;
      const subject = ctx.pick([`${site.short} article on ${gist(ctx.story, 3)}`, `FYI: ${site.name} story`, `Article: ${gist(ctx.story, 4)}...`, `In the news this week`]);
      const topic = ctx.pick(LIST_TOPICS);
      const note = ctx.pick(LIST_NOTES);
      const reply = ctx.pick(LIST_REPLIES);
      const url = `https://www.${site.domain}/news/${slugOf(ctx.story)}`;
      const photos = ctx.rng() < 0.5;
      const { tz, off } = pacific(posted);
      const google = ctx.rng() < 0.55;
      const page = new Page();
      const story = () => {
        page.h(ctx.story.title);
        if (dek) {
          page.h(dek);
          page.dek = dek;
        }
        if (!by) page.h(when);
        else if (ctx.rng() < 0.7) page.h(by, when);
        else page.h(when, by);
        body(page, photos ? ctx : noPhotos(ctx), {
          lead: (p) => p,
          figure: (c, cr) => (cr ? [c, cr] : [c]),
          credit: (who) => `${who} / ${site.name}`,
          between: {},
          bareCaptions: true,
        });
        page.c(url);
      };
      if (google) {
        const gTime = (hh: number, mm: number) => `${pad(h12(hh))}:${pad(mm)}${hh < 12 ? "AM" : "PM"} ${off}`;
        const gDay = `${mon(posted)} ${posted.d}`;
        page.c(`Digest for ${group.addr}@googlegroups.com - 3 updates in 2 topics`);
        page.cb(`${group.addr}@googlegroups.com`, "Google Groups");
        page.cb("Topic digest", "View all topics");
        page.cb(`${subject} - 2 Updates`, `${topic.subject} - 1 Update`);
        page.c(subject);
        page.c(`${poster} <${mail(poster)}>: ${gDay} ${gTime(ph, pm)}`);
        page.c(note);
        story();
        page.cb("--", poster, group.name);
        page.c(`${replier} <${mail(replier)}>: ${gDay} ${gTime(Math.min(ph + 1, 23), (pm + 8) % 60)}`);
        page.c(reply);
        page.cb(`On ${WEEKDAYS[posted.wd]!.slice(0, 3)}, ${mon(posted)} ${posted.d}, ${posted.y} at ${upClock(ph, pm)} ${poster} <${mail(poster)}> wrote:`, `> ${note}`);
        page.c("Back to top");
        page.c(topic.subject);
        page.c(`${third} <${mail(third)}>: ${gDay} ${gTime(Math.min(ph + 2, 23), (pm + 3) % 60)}`);
        page.c(topic.text, "Back to top");
        page.cb(
          "You received this digest because you're subscribed to updates for this group. You can change your settings on the group membership page.",
          `To unsubscribe from this group and stop receiving emails from it send an email to ${group.addr}+unsubscribe@googlegroups.com.`,
        );
        return { page, header: { byline: names } };
      }
      const num = 800 + Math.floor(ctx.rng() * 3000);
      const ioDate = (hh: number, mm: number) => `Date: ${WEEKDAYS[posted.wd]!.slice(0, 3)}, ${posted.d} ${mon(posted)} ${posted.y} ${pad(hh)}:${pad(mm)}:${pad((mm * 7) % 60)} ${tz}`;
      page.c(`[${group.io}] Digest Number ${num}`);
      page.c("Groups.io");
      page.c("Topics");
      page.cb(`1. ${subject} #news`, `From: ${poster}`, `2. ${topic.subject}`, `From: ${third}`);
      page.c("----------------------------------------------------------------------");
      page.cb(`1. ${subject} #news`, `From: ${poster}`, ioDate(ph, pm));
      page.c(note);
      story();
      page.c(`View/Reply Online (#${num})`);
      page.c("----------------------------------------------------------------------");
      page.cb(`2. ${topic.subject}`, `From: ${third}`, ioDate(Math.min(ph + 2, 23), (pm + 3) % 60));
      page.c(topic.text, `View/Reply Online (#${num + 1})`);
      page.cb(
        "----------------------------------------------------------------------",
        "Groups.io Links:",
        "You receive all messages sent to this group.",
        `View/Reply Online (#${num + 1}) | Reply To Group | Reply To Sender | Mute This Topic | New Topic`,
        `Your Subscription | Contact Group Owner | Unsubscribe [${mail(replier)}]`,
        "----------------------------------------------------------------------",
      );
      return { page, header: { byline: names } };
    },
  },
  {
    // A city's website on CivicPlus, its "News Flash" page. The chrome: "Skip to Main Content",
    // "Create a Website Account - …", "Website Sign In", the bar ("Government", "Departments",
    // "Community", "Business", "How Do I..."), "Home" and "News Flash", the category. The city's own
    // item: "Posted on: January 29, 2020" (with "| Last Modified on: January 30, 2020" on some)
    // above the title, no byline, "LAKEPORT, Calif. – " before the lead on some, photos with
    // "(Photo courtesy of City of Lakeport)" or bare, "Media contact:" and the officer's name, role,
    // phone and address below (or on one line), "###" on some. Or an "In the News" repost of the
    // paper's story a day to four later: "Posted on:" the repost's day, the title, the repost's
    // line ("The following article appeared in The Lakeport Record on January 29, 2020.",
    // "Reprinted with permission from The Lakeport Record. Originally published Jan. 29, 2020.", or
    // "Article by Ann Lee, The Lakeport Record, January 29, 2020"), "By Ann Lee" on most, no
    // photos, "Read the original article on the Record's website.". Then "Facebook", "Twitter",
    // "Email", "⇐PreviousNext⇒", "Other News in City News" with its items and their "Posted on:"
    // days, "View All News", "Tools", "RSS", "Notify Me®", the categories, the city's address,
    // "Quick Links", "Government Websites by CivicPlus®".
    name: "held-out-civic-newsflash",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const city = ctx.pick(CITIES);
      const site = ctx.pick(LOCAL_PAPERS);
      const category = ctx.pick(CITY_CATEGORIES);
      const page = new Page();
      const repost = ctx.rng() < 0.5;
      page.c("Skip to Main Content");
      page.c("Create a Website Account - Manage notification subscriptions, save form progress and more.");
      page.c("Website Sign In");
      page.c("Search");
      page.cb("Government", "Departments", "Community", "Business", "How Do I...");
      page.cb("Home", "News Flash");
      page.c(repost ? "In the News" : category);
      let header: { byline: string[]; dateline?: string; updated?: string };
      if (repost) {
        const posted = dayOf(daysFrom(ctx.story.date, 1 + Math.floor(ctx.rng() * 4)));
        const names = ctx.rng() < 0.15 ? [] : authorsOf(ctx, 0.2);
        page.c(`Posted on: ${usLong(posted)}`);
        page.h(ctx.story.title);
        const r = ctx.rng();
        if (names.length && r < 0.3) page.h(`Article by ${joinNames(names)}, ${site.name}, ${usLong(d)}`);
        else {
          page.h(r < 0.65 ? `The following article appeared in ${site.name} on ${usLong(d)}.` : `Reprinted with permission from ${site.name}. Originally published ${apDate(d)}.`);
          if (names.length) page.h(`By ${joinNames(names)}`);
        }
        body(page, noPhotos(ctx), { lead: (p) => p, figure: (c) => [c], credit: (w) => w, between: {} });
        page.c(`Read the original article on the ${site.short}'s website.`);
        header = { byline: names };
      } else {
        const upd = ctx.rng() < 0.3 ? daysFrom(ctx.story.date, 1 + Math.floor(ctx.rng() * 2)) : undefined;
        const place = ctx.rng() < 0.3 ? `${city.town.toUpperCase()}, ${city.state}` : undefined;
        const contact = otherName(ctx);
        const role = ctx.pick(CITY_ROLES);
        page.h(`Posted on: ${usLong(d)}${upd ? ` | Last Modified on: ${usLong(dayOf(upd))}` : ""}`);
        page.h(ctx.story.title);
        body(page, ctx, {
          lead: (p) => (place ? `${place} – ${p}` : p),
          figure: (c, cr) => [cr ? `${stop(c)} (${cr})` : c],
          credit: () => ctx.pick([`Photo courtesy of ${city.name}`, `Photo courtesy of ${city.name}`, `${city.town} Public Works`]),
          between: {},
          bareCaptions: true,
        });
        if (ctx.rng() < 0.4) page.c("###");
        if (ctx.rng() < 0.5) page.cb("Media contact:", `${contact}, ${role}`, city.phone, `${mailOf(contact)}@${city.domain}`);
        else page.c(`Media Contact: ${contact}, ${role}, ${city.phone}, ${mailOf(contact)}@${city.domain}`);
        header = { byline: [], ...(place ? { dateline: place } : {}), ...(upd ? { updated: upd } : {}) };
      }
      page.cb("Facebook", "Twitter", "Email");
      page.c("⇐PreviousNext⇒");
      const items = others(ctx, 3, CITY_ITEMS).flatMap((t, i) => [t, `Posted on: ${usLong(dayOf(daysFrom(ctx.story.date, -(4 + 6 * i))))}`]);
      page.cb(`Other News in ${repost ? "In the News" : category}`, ...items);
      page.c("View All News");
      page.cb("Tools", "RSS", "Notify Me®");
      page.cb("Categories", "All Categories", "City News", "Home", "In the News", "Public Works");
      page.cb(city.name, city.street, city.zip, `Phone: ${city.phone}`);
      page.cb("Quick Links", "Agendas & Minutes", "Bid Postings", "Employment", "Pay Utility Bill");
      page.c("Government Websites by CivicPlus®");
      return { page, header };
    },
  },
  {
    // A university's newsroom (a WordPress site). "Skip to main content", the university's bar
    // ("Apply", "Visit", "Give"), the newsroom's name and sections, the section, the headline, the dek
    // on most, then one of: "By Ann Lee" over "January 29, 2020"; "Story by Ann Lee | Photos by Bob
    // Stone" (the photographer is no author) over "January 29, 2020"; "Ann Lee, University
    // Communications" over "Jan 29, 2020"; "January 29, 2020 • 4 min read" over "By Ann Lee"; or a
    // story the paper ran, with "This story originally appeared in The Lakeport Record and is
    // republished with permission." above "By Ann Lee" and the date. The share row, the lead photo
    // above the text on most with the credit in parentheses ("(Photo by Bob Stone/University of
    // Lakeport)") or on the line below ("UL Photo/Bob Stone"); "Related: …" between paragraphs on
    // some; "Media Contact" and the officer's lines, the tags, "Related Stories", the daily's
    // sign-up, the footer.
    name: "held-out-campus-newsroom",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const copied = copiedIn(ctx, d, 0.3);
      const uni = ctx.pick(UNIS);
      const site = ctx.pick(LOCAL_PAPERS);
      const page = new Page();
      const n = ctx.story.paragraphs.length;
      const between: Record<number, string[]> = {};
      const names = authorsOf(ctx, 0.2);
      const photog = otherName(ctx);
      const below = ctx.rng() < 0.45;
      const credit = (who: string) => (below ? `${uni.short} Photo/${who}` : `Photo by ${who}/${uni.name}`);
      const photo = (c: string, cr: string | undefined) => (cr ? (below ? [stop(c), cr] : [`${stop(c)} (${cr})`]) : [stop(c)]);
      page.c("Skip to main content");
      page.cb(uni.name, "Apply", "Visit", "Give", "Search");
      page.cb(uni.news, "Research", "Campus & Community", "Arts & Culture", "Experts", "For Media");
      page.c(ctx.pick(UNI_SECTIONS));
      page.h(ctx.story.title);
      if (ctx.rng() < 0.65) {
        const dek = ctx.pick(DEKS);
        page.h(dek);
        page.dek = dek;
      }
      const form = ctx.rng();
      let photoBy: string | undefined;
      if (form < 0.25) page.h(`By ${joinNames(names)}`, usLong(d));
      else if (form < 0.45) {
        photoBy = photog;
        page.h(`Story by ${joinNames(names)} | Photos by ${photog}`, usLong(d));
      } else if (form < 0.65) page.h(`${joinNames(names)}, University Communications`, `${mon(d)} ${d.d}, ${d.y}`);
      else if (form < 0.85) page.h(`${usLong(d)} • ${3 + Math.floor(ctx.rng() * 5)} min read`, `By ${joinNames(names)}`);
      else page.h(`This story originally appeared in ${site.name} and is republished with permission.`, `By ${joinNames(names)}`, usLong(d));
      page.cb("Share", "Facebook", "X", "LinkedIn", "Email");
      const who = () => photoBy ?? otherName(ctx);
      const story = leadPhoto(page, ctx, 0.65, photo, () => credit(who()));
      if (ctx.rng() < 0.4) add(between, Math.min(n >= 5 ? 2 : 1, n - 2), [`Related: ${ctx.pick(UNI_HEADLINES)}`]);
      body(page, story, { lead: (p) => p, figure: photo, credit: (w) => credit(photoBy ?? w), between, bareCaptions: true });
      const contact = otherName(ctx);
      page.cb("Media Contact", contact, "Director of Media Relations", `${mailOf(contact)}@${uni.domain}`, `${ctx.pick(["541", "707", "303"])}-555-01${pad(Math.floor(ctx.rng() * 100))}`);
      page.cb("Tags", ...others(ctx, 3, UNI_TAGS));
      page.cb("Related Stories", ...others(ctx, 3, UNI_HEADLINES));
      page.cb(`Subscribe to ${uni.daily}`, `Get the latest news from ${uni.name} in your inbox.`, "Email address", "Subscribe");
      page.cb("Accessibility", "Privacy", "Non-Discrimination Statement", "Emergency Information", "Report a Concern");
      page.h(`© ${copied} ${uni.name}`);
      return { page, header: { byline: names } };
    },
  },
  {
    // PressReader's view of a paper's print edition. The app's bar ("PressReader", "Catalog", "For
    // You", "Sign in"), the paper's name and the issue's day ("29 Jan 2020") from the issue picker
    // on some, the toolbar ("Listen", "Translate", "Share", "Print", "Bookmark"), the section in
    // capitals, the headline, the deck on some, then one line of fields parted by middle dots:
    // "The Lakeport Record · 29 Jan 2020 · A3 · ANN LEE alee@lakeportrecord.example" (the names in
    // capitals with the address glued on), "· ANN LEE AND BOB STONE", "· By Ann Lee", "· The
    // Associated Press" (no person) or no name at all; the credit in capitals after the caption's
    // stop ("ANN LEE/THE LAKEPORT RECORD", "THE ASSOCIATED PRESS FILES", "SUPPLIED"); the jump's
    // "Continued on A6" or "See RESERVOIR on A6" between paragraphs on some; the paper's copyright
    // line, "Next article", PressReader's footer. A print of the page carries the watermark
    // ("Printed and distributed by PressReader", "PressReader.com +1 604 278 4604", "COPYRIGHT AND
    // PROTECTED BY APPLICABLE LAW") above and below the article.
    name: "held-out-pressreader",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const copied = copiedIn(ctx, d, 0.4);
      const paper = ctx.pick(PR_PAPERS);
      const page = new Page();
      const n = ctx.story.paragraphs.length;
      const between: Record<number, string[]> = {};
      const folioNo = 1 + Math.floor(ctx.rng() * 8);
      const folio = `A${folioNo}`;
      const jump = `A${folioNo + 2 + Math.floor(ctx.rng() * 6)}`;
      const keyword = ctx.story.title.split(" ").find((w) => w.length > 3)!.replace(/[^A-Za-z]/g, "").toUpperCase();
      const printed = ctx.rng() < 0.3;
      const watermark = ["Printed and distributed by PressReader", "PressReader.com +1 604 278 4604", "ORIGINAL COPY . ORIGINAL COPY . ORIGINAL COPY . ORIGINAL COPY", "COPYRIGHT AND PROTECTED BY APPLICABLE LAW"];
      const credit = (who: string) => {
        const r = ctx.rng();
        return r < 0.5 ? `${who.toUpperCase()}/${paper.upper}` : r < 0.7 ? who.toUpperCase() : r < 0.85 ? "THE ASSOCIATED PRESS FILES" : "SUPPLIED";
      };
      const photo = (c: string, cr: string | undefined) => [cr ? `${stop(c)} ${cr}` : stop(c)];
      if (printed) page.cb(...watermark);
      else {
        page.cb("PressReader", "Catalog", "For You", "Sign in");
        if (ctx.rng() < 0.5) page.cb(paper.name, `${d.d} ${mon(d)} ${d.y}`);
        page.cb("Listen", "Translate", "Share", "Print", "Bookmark");
      }
      page.c(ctx.pick(PR_SECTIONS));
      page.h(ctx.story.title);
      if (ctx.rng() < 0.4) {
        const dek = ctx.pick(DEKS);
        page.h(dek);
        page.dek = dek;
      }
      const r = ctx.rng();
      const names = r < 0.8 ? authorsOf(ctx, 0.25) : [];
      const fields = `${paper.name} · ${d.d} ${mon(d)} ${d.y} · ${folio}`;
      const upper = names.map((x) => x.toUpperCase());
      page.h(
        r < 0.35 && names.length === 1
          ? `${fields} · ${upper[0]} ${mailOf(names[0]!)}@${paper.domain}`
          : r < 0.6
            ? `${fields} · ${joinNames(upper, "AND")}`
            : r < 0.8
              ? `${fields} · By ${joinNames(names)}`
              : r < 0.9
                ? `${fields} · The Associated Press`
                : fields,
      );
      const story = leadPhoto(page, ctx, 0.6, photo, () => credit(otherName(ctx)));
      if (ctx.rng() < 0.3) add(between, Math.min(n >= 5 ? 2 : 1, n - 2), [ctx.rng() < 0.5 ? `Continued on ${jump}` : `See ${keyword} on ${jump}`]);
      body(page, story, { lead: (p) => p, figure: photo, credit, between, bareCaptions: true });
      if (printed) {
        page.cb(...watermark);
        return { page, header: { byline: names } };
      }
      if (ctx.rng() < 0.6) page.h(`© ${d.y} ${paper.name}`);
      page.cb("Next article", "Previous article");
      page.cb("About Us", "Help", "Terms of Use", "Privacy Policy", "Publishers");
      page.h(`© ${copied} PressReader Inc. All rights reserved.`);
      return { page, header: { byline: names } };
    },
  },
  {
    // An Indian regional paper's e-paper, the clip's text copied from the viewer. The e-paper's bar
    // ("Home", "Today's Paper", "Archive", "Login"), the edition ("Nagpur City Line", "Bengaluru
    // City", "Chandigarh"), the issue's day in the paper's form ("29 January 2020", "Wednesday, 29
    // Jan, 2020", "29-01-2020"), "Page 3", the viewer's buttons ("Clip", "Share", "Download", "Zoom
    // In", "Zoom Out"); then the clip: the headline, the deck on some, and the paper's own header.
    // The Hitavada: "■ Staff Reporter" (no person) or "■ By Anjali Kulkarni", "NAGPUR, Jan 28: "
    // before the lead (the day before the issue's). Deccan Herald: the name or none, "Bengaluru,
    // DHNS: " before the lead, "DH PHOTO/ANN LEE" after the caption. The Tribune: "Tribune News
    // Service" (no person) or the name over it, "Chandigarh, January 28" on its own line, "Tribune
    // photo: Ann Lee". The text hard-wrapped at the column's width on some (the e-paper's text
    // layer: words hyphenated at the line's end), captions bare or with the credit; "Continued on
    // page 5" on some; "Also read" with a headline on the web view; "Powered by Pressmart" and the
    // copyright.
    name: "held-out-in-epaper",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const before = dayOf(daysFrom(ctx.story.date, -1));
      const copied = copiedIn(ctx, d, 0.4);
      const page = new Page();
      const n = ctx.story.paragraphs.length;
      const between: Record<number, string[]> = {};
      const wrap = ctx.rng() < 0.4 ? 44 : undefined;
      const pageNo = 2 + Math.floor(ctx.rng() * 9);
      const person = ctx.rng() < 0.55;
      const names = person ? (ctx.rng() < 0.2 ? others(ctx, 2, IN_NAMES) : [ctx.pick(IN_NAMES)]) : [];
      const which = ctx.rng();
      const viewer = () => {
        page.cb(`Page ${pageNo}`, "Previous Page", "Next Page");
        page.cb("Clip", "Share", "Download", "Zoom In", "Zoom Out", "Full Screen");
      };
      const head = () => {
        page.h(ctx.story.title);
        if (ctx.rng() < 0.35) {
          const dek = ctx.pick(DEKS);
          page.h(dek);
          page.dek = dek;
        }
      };
      if (ctx.rng() < 0.3) add(between, Math.min(n >= 5 ? 2 : 1, n - 2), [`Continued on page ${pageNo + 2 + Math.floor(ctx.rng() * 4)}`]);
      if (which < 0.4) {
        page.cb("The Hitavada", "ePaper", "Home", "Today's Paper", "Archive", "Login");
        page.c(ctx.pick(["Nagpur City Line", "Vidarbha Line"]));
        page.h(`${d.d} ${MONTHS[d.m - 1]} ${d.y}`);
        viewer();
        head();
        page.h(person ? `■ By ${joinNames(names)}` : "■ Staff Reporter");
        body(page, ctx, {
          lead: (p) => `NAGPUR, ${mon(before)} ${before.d}: ${p}`,
          figure: (c, cr) => [cr ? `${stop(c)} (${cr})` : c],
          // The credit whole, as every other group's "Photo by Ann Lee" is kept.
          credit: (who) => `Pic by ${who}`,
          between,
          bareCaptions: true,
          ...(wrap ? { wrap } : {}),
        });
        page.cb("Powered by Pressmart Media Ltd.");
        page.h(`© ${copied} The Hitavada. All rights reserved.`);
        return { page, header: { byline: names, dateline: "NAGPUR" } };
      }
      if (which < 0.7) {
        page.cb("Deccan Herald", "ePaper", "Home", "Today's Paper", "Archive", "Login");
        page.c("Bengaluru City");
        page.h(`${WEEKDAYS[d.wd]}, ${d.d} ${mon(d)}, ${d.y}`);
        viewer();
        head();
        if (person) page.h(joinNames(names));
        body(page, ctx, {
          lead: (p) => `Bengaluru, DHNS: ${p}`,
          figure: (c, cr) => [cr ? `${stop(c)} ${cr}` : c],
          credit: (who) => `DH PHOTO/${who.toUpperCase()}`,
          between,
          bareCaptions: true,
          ...(wrap ? { wrap } : {}),
        });
        page.cb("Powered by Pressmart Media Ltd.");
        page.h(`Copyright ${copied}, The Printers (Mysore) Private Ltd.`);
        return { page, header: { byline: names, dateline: "Bengaluru" } };
      }
      page.cb("The Tribune", "E-Paper", "Home", "Today's Paper", "Archive", "Login");
      page.c("Chandigarh");
      page.h(`${pad(d.d)}-${pad(d.m)}-${d.y}`);
      viewer();
      head();
      page.h(...(person ? [joinNames(names)] : []), "Tribune News Service", `Chandigarh, ${MONTHS[before.m - 1]} ${before.d}`);
      if (ctx.rng() < 0.5) add(between, Math.min(1, n - 2), ["Also read", ctx.pick(IN_HEADLINES)]);
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => (cr ? [stop(c), cr] : [c]),
        credit: (who) => `Tribune photo: ${who}`,
        between,
        bareCaptions: true,
        ...(wrap ? { wrap } : {}),
      });
      page.cb("Powered by Pressmart Media Ltd.");
      page.h(`© ${copied} The Tribune Trust. All rights reserved.`);
      return { page, header: { byline: names, dateline: "Chandigarh" } };
    },
  },
  {
    // A weekly's issue on Issuu. The article page (copies from 2022): the bar ("Issuu", "Explore",
    // "Features", "Pricing", "Log in", "Sign up"), the publisher and "Follow", the headline, the
    // issue's line ("From Lakeport Weekly - January 29, 2020" or "Lakeport Weekly, January 29,
    // 2020"), "Read the full issue", "3 min read", the story as the PDF gave it with "By Ann Lee",
    // "BY ANN LEE", "Ann Lee, Staff Writer" or "Staff report" (no person) below the headline; the
    // credit after the caption's stop ("(Photo by Ann Lee)", "Courtesy photo"); "Continued on page
    // 7" between paragraphs on some; "More from Lakeport Weekly", Issuu's line about flipbooks,
    // the footer. The document's page (copies to 2021): the document's title with the issue's day
    // ("Lakeport Weekly - January 29, 2020"), the publisher, "Follow", "Published on Jan 30, 2020"
    // (the upload, the issue's day or up to three days later), the description, "Page 3" and the
    // page's text: the story, then another story's brief from the same page.
    name: "held-out-issuu",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const copied = copiedIn(ctx, d, 0.3);
      const pub = ctx.pick(WEEKLIES);
      const up = dayOf(daysFrom(ctx.story.date, ctx.pick([0, 0, 1, 2, 3])));
      const page = new Page();
      const n = ctx.story.paragraphs.length;
      const between: Record<number, string[]> = {};
      const staff = ctx.rng() < 0.15;
      const names = staff ? [] : authorsOf(ctx, 0.2);
      const r = ctx.rng();
      const by = staff ? "Staff report" : r < 0.45 ? `By ${joinNames(names)}` : r < 0.7 ? `BY ${joinNames(names).toUpperCase()}` : `${joinNames(names)}, Staff Writer${names.length > 1 ? "s" : ""}`;
      const credit = (who: string) => (ctx.rng() < 0.6 ? `Photo by ${who}` : ctx.rng() < 0.5 ? "Courtesy photo" : `${who}/${pub.name}`);
      const photo = (c: string, cr: string | undefined) => [cr ? `${stop(c)} (${cr})` : stop(c)];
      if (ctx.rng() < 0.3) add(between, Math.min(n >= 5 ? 2 : 1, n - 2), [`Continued on page ${5 + Math.floor(ctx.rng() * 8)}`]);
      const footer = () => {
        page.c("Issuu converts static files into: digital portfolios, online yearbooks, online catalogs, digital photo albums and more. Sign up and create your flipbook.");
        page.cb("Company", "About us", "Careers", "Blog", "Press", "Terms", "Privacy", "Accessibility");
        page.h(`Copyright © ${copied} Issuu Inc. All rights reserved.`);
      };
      const issue = `${pub.name} - ${usLong(d)}`;
      if (copied >= 2022) {
        page.cb("Issuu", "Explore", "Features", "Pricing", "Log in", "Sign up");
        page.cb(pub.name, "Follow");
        page.h(ctx.story.title);
        page.h(ctx.rng() < 0.5 ? `From ${issue}` : `${pub.name}, ${usLong(d)}`);
        page.cb("Read the full issue", `${2 + Math.floor(ctx.rng() * 4)} min read`);
        page.h(by);
        body(page, ctx, { lead: (p) => p, figure: photo, credit, between, bareCaptions: true });
        page.cb(`More from ${pub.name}`, ...others(ctx, 3, OTHER_HEADLINES));
        footer();
        return { page, header: { byline: names } };
      }
      page.cb("Issuu", "Search", "Explore", "Sign in", "Sign up");
      page.h(issue);
      page.cb(pub.name, "Follow", `Published on ${mon(up)} ${up.d}, ${up.y}`);
      page.c(`The ${pub.town} community's weekly newspaper. News, sports, obituaries and events.`);
      page.c(`Page ${2 + Math.floor(ctx.rng() * 4)}`);
      page.h(ctx.story.title);
      page.h(by);
      body(page, ctx, { lead: (p) => p, figure: photo, credit, between, bareCaptions: true });
      const brief = ctx.pick(BRIEFS);
      page.c(brief.head, brief.text);
      footer();
      return { page, header: { byline: names } };
    },
  },
  {
    // A library's or a historical society's digital collection holding a clipping. CONTENTdm: the
    // collections' bar, "Search this collection", the item's title, the viewer's buttons, then
    // "Description" and the record's fields, each label and its value parted by a tab as a
    // table copies: "Title", "Creator" with the names inverted ("Lee, Ann; Stone, Bob"; none on
    // some), "Date" ("2020-01-29" or "January 29, 2020"), "Publisher", "Subject", "Description",
    // "Type", "Format", "Source" ("The Lakeport Record, January 29, 2020, p. A1"), "Rights",
    // "Identifier", "Collection", "Date Digitized" (years later), then "Transcript" over the
    // text (glued before the first paragraph on some), the captions after "Photo caption:" with
    // the credit in parentheses; "Powered by CONTENTdm ®". Omeka S: the society's bar, the
    // item's title, each field's label over its value ("Title", "Creator" with one name a line,
    // "Date", "Publisher", "Subject", "Type", "Language"), "Text" over the transcript, "Item
    // sets", "Cite this item" with the citation and its "accessed …" day, "Powered by Omeka S".
    name: "held-out-digital-collection",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const copied = copiedIn(ctx, d, 0.2);
      const lib = ctx.pick(LIBRARIES);
      const site = ctx.pick(LOCAL_PAPERS);
      const page = new Page();
      const names = ctx.rng() < 0.2 ? [] : authorsOf(ctx, 0.25);
      const digitized = dayOf(`${Math.max(copied - 1, d.y)}-${pad(1 + Math.floor(ctx.rng() * 12))}-${pad(1 + Math.floor(ctx.rng() * 28))}`);
      const dateValue = ctx.rng() < 0.6 ? iso(d) : usLong(d);
      const folio = `A${1 + Math.floor(ctx.rng() * 6)}`;
      const photos = ctx.rng() < 0.5;
      const figure = (c: string, cr: string | undefined) => [cr ? `Photo caption: ${stop(c)} (${cr})` : `Photo caption: ${stop(c)}`];
      const credit = (who: string) => `${who}/${site.name}`;
      const summary = `Article about ${gist(ctx.story, 5)}.`;
      if (ctx.rng() < 0.6) {
        const glued = ctx.rng() < 0.25;
        page.cb(`${lib.name} Digital Collections`, "Home", "Browse", "About", "Log in");
        page.cb("Search this collection", "Advanced Search");
        page.cb("Home", lib.collection);
        page.h(ctx.story.title);
        page.cb("Download", "Print", "Share", "Reference URL", "Add to favorites");
        page.c("Description");
        page.h(`Title\t${ctx.story.title}`);
        if (names.length) page.h(`Creator\t${names.map(inverted).join("; ")}`);
        page.h(`Date\t${dateValue}`);
        page.cb(
          `Publisher\t${site.name}`,
          `Subject\t${ctx.pick(SUBJECTS)}`,
          `Description\t${summary}`,
          "Type\tText",
          "Format\timage/jpeg",
          `Source\t${site.name}, ${usLong(d)}, p. ${folio}`,
          `Rights\tThis item may be protected by copyright. Contact the ${lib.name} for permission to reuse.`,
          `Identifier\t${lib.code}_${d.y}${pad(d.m)}${pad(d.d)}_${folio}`,
          `Collection\t${lib.collection}`,
          `Date Digitized\t${iso(digitized)}`,
        );
        if (!glued) page.c("Transcript");
        body(page, photos ? ctx : noPhotos(ctx), { lead: (p) => (glued ? `Transcript\t${p}` : p), figure, credit, between: {}, bareCaptions: true });
        page.cb(lib.name, "Contact Us", "Copyright and Use");
        page.c("Powered by CONTENTdm ®");
        return { page, header: { byline: names } };
      }
      const accessed = dayOf(`${copied}-${pad(1 + Math.floor(ctx.rng() * 12))}-${pad(1 + Math.floor(ctx.rng() * 28))}`);
      page.cb(lib.society, "Browse items", "Browse item sets", "Search", "About");
      page.h(ctx.story.title);
      page.h("Title", ctx.story.title);
      if (names.length) page.h("Creator", ...names.map(inverted));
      page.h("Date", dateValue);
      page.cb("Publisher", site.name);
      page.cb("Subject", ...ctx.pick(SUBJECTS).split("; "));
      page.cb("Type", "Newspaper article");
      page.cb("Language", "English");
      page.c("Text");
      body(page, photos ? ctx : noPhotos(ctx), { lead: (p) => p, figure, credit, between: {}, bareCaptions: true });
      page.cb("Item sets", lib.collection);
      page.cb(
        "Cite this item",
        `${names.length ? `${inverted(names[0]!)}${names.length > 1 ? " et al." : ""}, ` : ""}“${ctx.story.title},” ${site.name}, ${usLong(d)}, ${lib.society}, accessed ${usLong(accessed)}, https://${lib.code.toLowerCase()}history.example/s/archive/item/${1000 + Math.floor(ctx.rng() * 9000)}`,
      );
      page.c("Powered by Omeka S");
      return { page, header: { byline: names } };
    },
  },
];
