/**
 * A twentieth held-out group of outlet styles for the import evaluation (issue 13), written before
 * reading the importer's code (only src/ingest/eval/, scripts/eval-import.ts, the evaluation test,
 * the earlier groups' committed fixtures and README.md were read), to be scored untouched.
 * English-language international outlets and two ways of saving a page, each written from memory
 * of how its text comes out of a browser's "select all" (or the saving tool's copy) between 2019
 * and 2024.
 *
 * International broadcasters: Deutsche Welle (the topic kicker, the headline, the bold summary,
 * "Ann Lee with AP, Reuters" or "Ann Lee | Bob Stone", "01/29/2020January 29, 2020" where the short
 * and the long date are glued, the short link "https://p.dw.com/p/3WxyZ", "Image: Ann Lee/picture
 * alliance" after the caption, "Advertisement", subheadings, the editors' initials and agencies
 * "ab/rt (AP, Reuters)" at the end, "Skip next section Explore more", "Send us your feedback",
 * "© 2024 Deutsche Welle"; or the older layout's box below the story, "Date 29.01.2020", "Author
 * Ann Lee", "Permalink https://p.dw.com/p/3WxyZ"); France 24's own reporting (the section, the
 * headline, the summary, "Issued on: 29/01/2020 - 17:32" and "Modified: 30/01/2020 - 09:04" on
 * some, "3 min", "Text by: FRANCE 24" or a name with "Follow", "Video by: …", "Advertising" and
 * "Read more" between paragraphs, the caption with "© Ann Lee, AFP", "(FRANCE 24 with AFP)" at the
 * end, the newsletter's and the app's prompts, the footer).
 *
 * Asian and Gulf English-language dailies: The Japan Times (the section, the headline, "by Ann
 * Lee" over "Staff Writer", or "KYODO", "JIJI", "BLOOMBERG", "Jan 29, 2020", "Article history",
 * "OSAKA – " on agency copy, "PHOTO GALLERY (CLICK TO ENLARGE)", "caption | KYODO", the
 * subscription's pitch "In a time of both misinformation and too much information …", "SUBSCRIBE
 * NOW", "KEYWORDS"); The Korea Herald ("Published : Jan. 29, 2020 - 17:32  Updated : Jan. 29, 2020
 * - 19:04" on one line or two, the subtitle on some, the font and share buttons, the caption with
 * "(Yonhap)" or "(Ann Lee/The Korea Herald)", "By Ann Lee (annlee@heraldcorp.com)" below the
 * story, or Yonhap's "SEOUL, Jan. 29 (Yonhap) -- " and "(Yonhap)" at the end, "Most Popular", the
 * footer with its registration number and date); Gulf News (the section, the headline, the dek,
 * "Highlights" with its points on some, "Published: January 29, 2020 17:32" with "Last updated:
 * …" on most, "By Ann Lee, Staff Reporter" or an agency, "Dubai: " datelines, "Image Credit: Ann
 * Lee/Gulf News" after the caption, "Also Read" lists, "Get exclusive content with Gulf News
 * WhatsApp channel", "Copyright © 2024 Al Nisr Publishing LLC").
 *
 * An academics' site in The Conversation's manner (the edition's bar, the headline, the dek,
 * "Published: January 29, 2020 5.32pm EST" with "Updated: …" on some, "Author" over the name, the
 * title and the institution, "Disclosure statement" and its text, "Partners", the republishing
 * notice "We believe in the free flow of information", the caption with "Ann Lee/Shutterstock",
 * the newsletter's bracketed prompt between paragraphs, "You might also like", "Events", "Jobs",
 * the footer).
 *
 * Two ways of saving a page: a story clipped with Evernote's or OneNote's web clipper and copied
 * out of the note (the note's title, the page's own title with the site's name after it; Evernote's
 * export with "Created:", "Updated:", "Tags:" and "URL:" in its table, OneNote's page date and
 * time under the title and "Clipped from: …", or the note's title over the source's address; the
 * clip's date beside the page's own, which is the article's; the page's header and the bits of its
 * chrome the clipper kept), and text read by OCR from phone screenshots of a story and pasted (the
 * status bar "5:41 .ıl 87%", the browser's address bar, the site's banner, the header, lines
 * broken at the screen's edge, a line or two repeated where two screenshots overlap, OCR's slips
 * in the chrome only).
 *
 * The broadcasters, papers, agencies and tools are the real ones, as the copied text would carry
 * them; people, institutions, local sites, clippers, other headlines and comments are made up,
 * and no page is copied.
 */
import { AP_MONTHS, body, dayOf, daysFrom, DEKS, FIRST, h12, LAST, mon, MONTHS, nextDay, pad, Page, WEEKDAYS, type Ctx, type Day, type Story, type Style } from "./outlets.ts";

const WORLD_HEADLINES = [
  "EU leaders agree on new rules for migrant arrivals",
  "Floods force thousands from their homes in southern Brazil",
  "UN warns of worsening hunger in the Sahel",
  "Wildfires rage across southern Australia",
  "Protesters return to the streets of Santiago",
  "Central bank holds rates steady amid slowing growth",
];
const JP_HEADLINES = [
  "Tokyo confirms record number of foreign visitors",
  "Government panel calls for wider child care support",
  "Nikkei ends higher as exporters rally",
  "Typhoon disrupts flights across western Japan",
  "Osaka prepares for expo with new rail link",
];
const KR_HEADLINES = [
  "Seoul to expand subsidies for electric vehicles",
  "BTS tops charts again with new single",
  "Fine dust blankets capital for third day",
  "North Korea fires short-range missiles into East Sea",
  "KOSPI closes higher on chip rally",
];
const GULF_HEADLINES = [
  "UAE announces new long-term visa rules",
  "Dubai Metro to extend hours during holiday",
  "Fog warning issued for motorists in Abu Dhabi",
  "Sharjah opens new public park and library",
  "Fuel prices for February announced",
];
const ACADEMIC_HEADLINES = [
  "Why some cities are sinking faster than others",
  "What the science says about four-day school weeks",
  "Five myths about groundwater, debunked",
  "How a 19th-century law still shapes who gets water",
  "The hidden cost of cheap fast fashion",
];

const DW_KICKERS = ["Germany", "Politics", "Conflicts", "Nature and Environment", "Human rights", "Europe", "Science", "Business"];
const DW_AGENCIES = ["AP, Reuters", "AFP, dpa", "dpa, Reuters", "AFP, AP, Reuters", "Reuters", "KNA, epd"];
const DW_SUBHEADS = ["Calls for further action", "Criticism from the opposition", "What happens next?", "A long-running dispute", "Reactions abroad", "'We have no choice'"];
const DW_TOPICS = ["Germany", "European Union", "Climate change", "Water", "Angela Merkel", "Refugees"];
const F24_SECTIONS = ["Europe", "France", "Africa", "Americas", "Asia / Pacific", "Middle East", "Environment", "Business / Tech"];
const F24_PHOTOGRAPHERS = ["AFP", "Reuters", "AP"];
const JT_SECTIONS = ["NATIONAL", "NATIONAL / POLITICS", "NATIONAL / SOCIAL ISSUES", "ASIA PACIFIC", "WORLD", "BUSINESS / ECONOMY", "NATIONAL / CRIME & LEGAL"];
const JT_NAMES = ["Haruka Mori", "Kenji Ishida", "Aya Takemura", "Daniel Fraser", "Yuki Hashimoto", "Sarah Lindqvist", "Tomohiro Saeki"];
const JT_PLACES = ["OSAKA", "NAGOYA", "SAPPORO", "FUKUOKA", "KYOTO", "NAHA, OKINAWA PREF.", "WASHINGTON", "BEIJING"];
const JT_KEYWORDS = ["Tokyo", "Kyodo", "water", "Osaka", "environment", "local government", "Shinzo Abe", "climate change"];
const KR_NAMES = ["Shin Ji-woo", "Park Min-seo", "Kim Ha-eun", "Lee Jun-ho", "Choi Yoon-ah", "Jung Soo-bin", "Yoon Tae-hee", "Kang Seung-min"];
const KR_SECTIONS = ["National", "Social affairs", "Politics", "North Korea", "Business", "World", "Environment"];
const GULF_NAMES = ["Anjana Menon", "Faisal Al Hammadi", "Lina Haddad", "Samir Qureshi", "Mariam Al Shamsi", "Rohan Pillai", "Hana Yousef"];
const GULF_ROLES = ["Staff Reporter", "Staff Reporter", "Senior Reporter", "Assistant Editor", "Chief Reporter", "Special to Gulf News", "Features Writer"];
const GULF_SECTIONS = ["UAE", "UAE / Government", "UAE / Transport", "World", "World / Americas", "Gulf / Saudi", "Business"];
const GULF_CITIES = ["Dubai", "Dubai", "Abu Dhabi", "Sharjah", "Ras Al Khaimah"];
const GULF_WIRE_CITIES = ["Washington", "London", "Cairo", "Riyadh", "Geneva", "New Delhi"];
const GULF_HIGHLIGHTS = [
  "Decision follows months of review by officials",
  "Residents urged to follow official guidance",
  "Further measures expected in the coming weeks",
  "Critics say the plan does not go far enough",
  "Officials say the change will take effect immediately",
];
const TC_EDITIONS = [
  { edition: "The Conversation US", zone: "E", country: "US" },
  { edition: "The Conversation US", zone: "E", country: "US" },
  { edition: "The Conversation UK", zone: "GMT", country: "UK" },
  { edition: "The Conversation AU", zone: "AE", country: "AU" },
] as const;
const TC_TITLES = ["Associate Professor of Hydrology", "Professor of Political Science", "Assistant Professor of Economics", "Senior Lecturer in Environmental Law", "PhD Candidate in Geography", "Research Fellow, School of Public Health", "Professor of History"];
const TC_PLACES = ["University of Arizona", "University of Leeds", "Monash University", "Colorado State University", "University of Bristol", "The Ohio State University", "University of Queensland"];
const TC_FUNDERS = ["the National Science Foundation", "the Australian Research Council", "UK Research and Innovation", "the Water Research Foundation", "the European Research Council"];
const TC_TOPICS = ["Water", "Drought", "Local government", "Climate change", "Public policy", "Infrastructure", "Elections"];
const TC_SECTIONS = ["Arts + Culture", "Economy", "Education", "Environment + Energy", "Ethics + Religion", "Health", "Politics + Society", "Science + Technology"];
const CLIP_SITES = [
  { name: "The Valley Times", domain: "www.valleytimes.example", path: "news/local" },
  { name: "Mesa Daily Courier", domain: "www.mesacourier.example", path: "news" },
  { name: "Cedar County Register", domain: "cedarregister.example", path: "story/news" },
  { name: "The Front Range Gazette", domain: "www.frontrangegazette.example", path: "local-news" },
] as const;
const CLIP_TAGS = ["water", "council", "county", "schools", "2020 clippings", "research", "budget", "history project"];
const OCR_SITES = [
  { banner: "THE VALLEY TIMES", domain: "valleytimes.example", slip: "valleytirnes.example", short: "Valley Times" },
  { banner: "MESA DAILY COURIER", domain: "mesacourier.example", slip: "mesacourier.exarnple", short: "Daily Courier" },
  { banner: "Cedar County Register", domain: "cedarregister.example", slip: "cedarregister.exampIe", short: "Register" },
] as const;
const LOCAL_HEADLINES = [
  "Heavy snow expected across the valley by Thursday",
  "Police identify driver in fatal crash on Highway 20",
  "School board delays vote on four-day week",
  "City council approves new downtown parking rates",
  "Water main break closes part of Main Street",
];

/** "Ann Lee", "Ann Lee and Bob Stone" */
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
/** One author or two, from the generator's names. */
const oneOrTwo = (ctx: Ctx, two: number) => (ctx.rng() < two ? ctx.names.slice(0, 2) : ctx.names.slice(0, 1));
/** An update the next morning, or the same day a few hours after the story was posted. */
const updateOf = (ctx: Ctx, nextDayShare: number, hh: number) =>
  ctx.rng() < nextDayShare ? { iso: nextDay(ctx.story.date), hh: 9, mm: 4 } : { iso: ctx.story.date, hh: Math.min(hh + 2, 23), mm: (ctx.time.min + 17) % 60 };
/** The year a page was copied in: the footer's year, not the story's. */
const copyYear = (ctx: Ctx, day: Day) => Math.max(day.y, 2022) + Math.floor(ctx.rng() * 3);
/** US summer time, near enough: mid-March to the first days of November. */
const dst = (day: Day) => (day.m > 3 && day.m < 11) || (day.m === 3 && day.d >= 10) || (day.m === 11 && day.d < 3);
/** Southern summer time, near enough: October to the first days of April. */
const southDst = (day: Day) => day.m >= 10 || day.m <= 3 || (day.m === 4 && day.d < 5);
/** "January 29, 2020" */
const usLong = (day: Day) => `${MONTHS[day.m - 1]} ${day.d}, ${day.y}`;
/** "Jan. 29, 2020" */
const apDate = (day: Day) => `${AP_MONTHS[day.m - 1]} ${day.d}, ${day.y}`;
/** "Jan 29, 2020" */
const shortDate = (day: Day) => `${mon(day)} ${day.d}, ${day.y}`;
/** "5:32 p.m." */
const apClock = (hh: number, mm: number) => `${h12(hh)}:${pad(mm)} ${hh < 12 ? "a.m." : "p.m."}`;
/** "5:32 PM" */
const upClock = (hh: number, mm: number) => `${h12(hh)}:${pad(mm)} ${hh < 12 ? "AM" : "PM"}`;
/** "Ann Lee" → "AL" */
const initials = (name: string) =>
  name
    .split(/[\s-]+/)
    .map((w) => w[0]!.toLowerCase())
    .join("");
/** A paragraph broken into lines of at most `width` characters at spaces, as a phone's screen shows it. */
const screenLines = (text: string, width: number): string[] => {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
};
/** A story's address on a site: "2020/01/29/reservoir-levels-fall-to-lowest-point". */
const pathOf = (story: Story) =>
  `${story.date.replaceAll("-", "/")}/${story.title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .split("-")
    .slice(0, 8)
    .join("-")}`;
/** A DW short link's code: "3WxyZ". */
const dwCode = (ctx: Ctx) => {
  const abc = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  return `3${Array.from({ length: 4 }, () => abc[Math.floor(ctx.rng() * abc.length)]).join("")}`;
};

export const HELD_OUT_TWENTIETH_STYLES: readonly Style[] = [
  {
    // Deutsche Welle. The newer layout (the archive moved into it): the skip links and the bar, the
    // topic kicker, the headline, the bold summary, "Ann Lee with AP, Reuters" or "Ann Lee | Bob
    // Stone" (or no name), "01/29/2020January 29, 2020" (a short and a long date, glued), the short
    // link; the caption with "Image: …" on the line below or run on; "Advertisement" and
    // subheadings between paragraphs; the editors' initials and agencies at the end of agency-based
    // copy; "Skip next section Explore more", "Send us your feedback", the footer. The older
    // layout: the summary, the story, then the box: "Date 29.01.2020", "Author Ann Lee", "Related
    // Subjects", "Keywords", "Feedback: Send us your feedback.", "Print Print this page",
    // "Permalink https://p.dw.com/p/3WxyZ".
    name: "held-out-dw-english",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const older = ctx.rng() < 0.3;
      const roll = ctx.rng();
      const names = roll < 0.15 ? [] : roll < 0.3 ? ctx.names.slice(0, 2) : ctx.names.slice(0, 1);
      const agencies = names.length < 2 && ctx.rng() < 0.55 ? ctx.pick(DW_AGENCIES) : undefined;
      const link = `https://p.dw.com/p/${dwCode(ctx)}`;
      const page = new Page();
      page.cb("Skip to content", "Skip to main menu", "Skip to more DW sites");
      if (older) page.cb("DW.COM", "Made for minds.", "Germany", "World", "Business", "Science", "Environment", "Culture", "Sports", "Live TV", "Learn German");
      else page.cb("DW", "Live TV", "Germany", "World", "Business", "Science", "Environment", "Culture", "Learn German", "Search");
      page.c(ctx.pick(DW_KICKERS));
      page.h(ctx.story.title);
      const dek = ctx.pick(DEKS);
      page.h(dek);
      page.dek = dek;
      if (!older) {
        if (names.length) page.h(names.length > 1 ? names.join(" | ") : `${names[0]}${agencies ? ` with ${agencies}` : ""}`);
        page.h(`${pad(d.m)}/${pad(d.d)}/${d.y}${usLong(d)}`);
        page.c(link);
      }
      const subAt = ctx.story.paragraphs.length >= 4 && ctx.rng() < 0.45 ? 2 + Math.floor(ctx.rng() * (ctx.story.paragraphs.length - 3)) : -1;
      const sub = ctx.pick(DW_SUBHEADS);
      const ownLine = ctx.rng() < 0.5;
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => (cr ? (ownLine ? [c, cr] : [`${c} ${cr}`]) : [c]),
        credit: (who) => {
          const r = ctx.rng();
          return r < 0.12 ? "" : r < 0.45 ? `Image: ${who}/picture alliance` : r < 0.65 ? `Image: ${who}/dpa/picture alliance` : r < 0.85 ? `Image: ${who}/REUTERS` : `Image: ${who}/DW`;
        },
        between: older ? {} : { 1: ["Advertisement"], 3: ["Advertisement"] },
        subhead: (i) => (i === subAt ? sub : undefined),
      });
      if (agencies) page.c(`${initials(otherInitials(ctx))}/${initials(otherInitials(ctx))} (${agencies})`);
      if (older) {
        page.h(`Date ${pad(d.d)}.${pad(d.m)}.${d.y}`);
        if (names.length) page.h(`Author ${names.join(", ")}${agencies ? ` (with ${agencies})` : ""}`);
        page.cb(`Related Subjects ${others(ctx, 2, DW_TOPICS).join(", ")}`, `Keywords ${others(ctx, 3, DW_TOPICS).join(", ")}`, "Feedback: Send us your feedback.", "Print Print this page", `Permalink ${link}`);
        page.cb("Share", "Send", "Facebook", "Twitter", "Google+", "more");
        page.cb("Related content", ...others(ctx, 2, WORLD_HEADLINES));
      } else {
        page.cb("Skip next section Explore more", "Explore more", ...others(ctx, 3, WORLD_HEADLINES));
        page.c("Send us your feedback");
        page.cb("About DW", "Legal notice", "Privacy Policy", "Accessibility Statement", "Data protection settings", "Contact");
      }
      page.h(`© ${copyYear(ctx, d)} Deutsche Welle`);
      return { page, header: { byline: names } };
    },
  },
  {
    // France 24's own reporting: the skip link and the bar, the section, the headline, the summary
    // on most, "Issued on: 29/01/2020 - 17:32" (Paris time, day first) and "Modified: …" on some, on
    // one line or two, the reading time on later copies, the share buttons; "Text by: FRANCE 24"
    // or a name with "Follow", "Video by: …" on some; the caption with "© Ann Lee, AFP" run on or
    // below it; "Advertising" and "Read more" with a headline between paragraphs; "(FRANCE 24 with
    // AFP)" at the end of agency-based copy; the newsletter's and the app's prompts, the footer.
    name: "held-out-france24",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { min } = ctx.time;
      const ph = Math.min(ctx.time.h + 1 + Math.floor(ctx.rng() * 5), 23);
      const staff = ctx.rng() < 0.45;
      const names = staff ? [] : ctx.names.slice(0, 1);
      const upd = ctx.rng() < 0.45 ? updateOf(ctx, 0.5, ph) : undefined;
      const dayFirst = (day: Day) => `${pad(day.d)}/${pad(day.m)}/${day.y}`;
      const page = new Page();
      page.cb("Skip to main content", "Live", "FRANCE 24", "France", "Africa", "Middle East", "Americas", "Europe", "Asia / Pacific", "Business / Tech", "Sport", "Culture", "Environment", "Video", "Shows");
      page.c(ctx.pick(F24_SECTIONS));
      page.h(ctx.story.title);
      if (ctx.rng() < 0.8) {
        const dek = ctx.pick(DEKS);
        page.h(dek);
        page.dek = dek;
      }
      const issued = `Issued on: ${dayFirst(d)} - ${pad(ph)}:${pad(min)}`;
      const modified = upd ? `Modified: ${dayFirst(dayOf(upd.iso))} - ${pad(upd.hh)}:${pad(upd.mm)}` : undefined;
      if (!modified) page.h(issued);
      else if (ctx.rng() < 0.5) page.h(issued, modified);
      else page.h(`${issued} ${modified}`);
      if (ctx.rng() < 0.6) page.c(`${2 + Math.floor(ctx.rng() * 5)} min`);
      page.cb("Share", "Facebook", "Twitter", "Pinterest", "Email");
      const runOn = ctx.rng() < 0.5;
      const between: Record<number, string[]> = { 0: ["Advertising"], 2: ["Advertising"] };
      if (ctx.rng() < 0.5) between[1] = ["Read more", ctx.pick(WORLD_HEADLINES)];
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => (cr ? (runOn ? [`${c} ${cr}`] : [c, cr]) : [c]),
        credit: (who) => {
          const r = ctx.rng();
          return r < 0.1 ? "" : r < 0.5 ? `© ${who}, ${ctx.pick(F24_PHOTOGRAPHERS)}` : r < 0.75 ? "© AFP" : r < 0.9 ? "© FRANCE 24" : "© Studio graphique France Médias Monde";
        },
        between,
      });
      // The "©" marks the credit; the name after it is the credit.
      for (const f of page.figures) if (f.credit) f.credit = f.credit.replace(/^© /, "");
      if (staff && ctx.rng() < 0.6) page.c(`(FRANCE 24 with ${ctx.pick(["AFP", "AFP and Reuters", "AFP, AP and Reuters", "Reuters"])})`);
      // "Text by" (and "Video by") print between the header's share buttons and the story.
      const byBlock = staff ? ["Text by: FRANCE 24"] : ctx.rng() < 0.5 ? [`Text by: ${names[0]}`, "Follow"] : [`Text by: ${names[0]}`];
      const video = !staff && ctx.rng() < 0.35 ? `Video by: ${ctx.names[1]}` : undefined;
      const at = page.blocks.findIndex((b) => b[0] === "Share");
      page.blocks.splice(at + 1, 0, byBlock, ...(video ? [[video]] : []));
      if (byBlock.includes("Follow")) page.chrome.push("Follow");
      if (video) page.chrome.push(video);
      page.cb("Daily newsletter", "Receive essential international news every morning", "Subscribe");
      page.c("Take international news everywhere with you! Download the France 24 app");
      page.cb("France 24 - International breaking news, top stories and headlines", "Legal information", "Cookies", "Accessibility: partially compliant", "Contact", "Advertising", "FAQ");
      page.h(`© ${copyYear(ctx, d)} Copyright France 24 - All rights reserved. France 24 is not responsible for the content of external websites. Audience figures certified by ACPM/OJD.`);
      return { page, header: { byline: names, ...(upd ? { updated: upd.iso } : {}) } };
    },
  },
  {
    // The Japan Times: the bar, the section, the headline, a dek on later copies, "by Ann Lee" over
    // "Staff Writer" (or two names over "Staff Writers", or the agency alone: "KYODO", "JIJI",
    // "BLOOMBERG", "REUTERS"), "Jan 29, 2020", "Article history", the share buttons; "OSAKA – " on
    // agency copy; the caption with " | KYODO" or " | BLOOMBERG"; "PHOTO GALLERY (CLICK TO
    // ENLARGE)" over a photo on some; the subscription's pitch, "SUBSCRIBE NOW", "KEYWORDS" and the
    // tags, "RELATED STORIES", the footer.
    name: "held-out-japan-times",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const newer = ctx.rng() < 0.5;
      const roll = ctx.rng();
      const wire = roll < 0.35 ? ctx.pick(["KYODO", "KYODO", "JIJI", "BLOOMBERG", "REUTERS"]) : undefined;
      const names = wire ? [] : fromPool(ctx, [...JT_NAMES, ctx.names[0]!], 0.2);
      const place = wire && ctx.rng() < 0.7 ? ctx.pick(JT_PLACES) : undefined;
      const page = new Page();
      page.cb("The Japan Times", "NEWS", "OPINION", "BUSINESS", "CULTURE", "LIFE", "COMMUNITY", "SPORTS", "SUBSCRIBE", "Sign In");
      page.c(ctx.pick(JT_SECTIONS));
      page.h(ctx.story.title);
      if (newer && ctx.rng() < 0.4) {
        const dek = ctx.pick(DEKS);
        page.h(dek);
        page.dek = dek;
      }
      if (wire) page.h(wire);
      else if (ctx.rng() < 0.6) page.h(`by ${joinNames(names)}`, names.length > 1 ? "Staff Writers" : "Staff Writer");
      else page.h(`by ${joinNames(names)}`);
      page.h(shortDate(d));
      page.c("Article history");
      page.cb(...(newer ? ["Share/Bookmark", "Facebook", "X", "LinkedIn", "Reddit", "Email", "Print"] : ["SHARE", "Facebook", "Twitter", "Pocket", "Reddit"]));
      const gallery = ctx.rng() < 0.4;
      body(page, ctx, {
        lead: (p) => (place ? `${place} – ${p}` : p),
        figure: (c, cr) => [...(gallery ? ["PHOTO GALLERY (CLICK TO ENLARGE)"] : []), cr ? `${c} | ${cr}` : c],
        credit: () => {
          const r = ctx.rng();
          return r < 0.15 ? "" : wire === "BLOOMBERG" || (r > 0.8 && !wire) ? "BLOOMBERG" : r < 0.6 ? "KYODO" : r < 0.7 ? "JIJI" : r < 0.8 ? "REUTERS" : "AFP-JIJI";
        },
        between: newer ? { 2: ["Advertisement"] } : {},
      });
      if (gallery) page.chrome.push(...page.figures.map(() => "PHOTO GALLERY (CLICK TO ENLARGE)"));
      page.cb(
        "In a time of both misinformation and too much information, quality journalism is more crucial than ever.",
        "By subscribing, you can help us get the story right.",
        "SUBSCRIBE NOW",
      );
      page.cb("KEYWORDS", others(ctx, 3, JT_KEYWORDS).join(", "));
      page.cb("RELATED STORIES", ...others(ctx, 3, JP_HEADLINES));
      page.cb("About Us", "Contact Us", "Privacy Policy", "Terms of Use", "Advertise", "The Japan Times Alpha", "Jobs");
      page.h(newer ? `THE JAPAN TIMES LTD. ALL RIGHTS RESERVED. © ${copyYear(ctx, d)}` : `Copyright 1996-${copyYear(ctx, d)} The Japan Times LTD. All rights reserved.`);
      return { page, header: { byline: names, ...(place ? { dateline: place } : {}) } };
    },
  },
  {
    // The Korea Herald: the bar, the section, the headline, the subtitle on some, "Published :
    // Jan. 29, 2020 - 17:32  Updated : Jan. 29, 2020 - 19:04" (Seoul time; "Jan 29" without the
    // stop on the older layout) on one line or two, "A-", "A+", the share buttons; the caption with
    // "(Yonhap)", "(123rf)" or "(Ann Lee/The Korea Herald)"; the name and address below the story
    // ("By Ann Lee (annlee@heraldcorp.com)"), or Yonhap's "SEOUL, Jan. 29 (Yonhap) -- " and
    // "(Yonhap)" at the end; "Most Popular", "More articles by this writer" on some; the footer
    // with the registration number and date.
    name: "held-out-korea-herald",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const newer = ctx.rng() < 0.5;
      const yonhap = ctx.rng() < 0.3;
      const names = yonhap ? [] : fromPool(ctx, KR_NAMES, 0.12);
      const upd = ctx.rng() < 0.35 ? updateOf(ctx, 0.3, h) : { iso: ctx.story.date, hh: h, mm: min };
      const md = (day: Day) => (newer ? `${AP_MONTHS[day.m - 1]} ${day.d}, ${day.y}` : `${mon(day)} ${day.d}, ${day.y}`);
      const page = new Page();
      page.cb("The Korea Herald", "National", "Business", "Life&Style", "Entertainment", "Sports", "World", "Opinion", "Search");
      page.c(ctx.pick(KR_SECTIONS));
      page.h(ctx.story.title);
      if (ctx.rng() < 0.35) {
        const dek = ctx.pick(DEKS);
        page.h(dek);
        page.dek = dek;
      }
      if (newer && names.length) page.h(`By ${joinNames(names)}`);
      const pub = `Published : ${md(d)} - ${pad(h)}:${pad(min)}`;
      const up = `Updated : ${md(dayOf(upd.iso))} - ${pad(upd.hh)}:${pad(upd.mm)}`;
      if (ctx.rng() < 0.6) page.h(`${pub}  ${up}`);
      else page.h(pub, up);
      page.cb("A-", "A+", "Facebook", "Twitter", "Kakao", "Link", "Print");
      body(page, ctx, {
        lead: (p) => (yonhap ? `SEOUL, ${AP_MONTHS[d.m - 1]} ${d.d} (Yonhap) -- ${p}` : p),
        figure: (c, cr) => [cr ? `${c} (${cr})` : c],
        credit: (who) => {
          const r = ctx.rng();
          return r < 0.1 ? "" : yonhap || r < 0.45 ? "Yonhap" : r < 0.6 ? "123rf" : r < 0.85 ? `${ctx.pick(KR_NAMES)}/The Korea Herald` : "Ministry of Environment";
        },
        between: newer ? { 1: ["Advertisement"] } : {},
      });
      if (yonhap) page.c("(Yonhap)");
      else {
        const [family, given] = [names[0]!.split(" ")[0]!, names[0]!.split(" ")[1]!];
        page.h(`By ${joinNames(names)} (${family.toLowerCase()}${initials(given)}@heraldcorp.com)`);
        if (ctx.rng() < 0.3) page.c("More articles by this writer");
      }
      page.cb("Most Popular", ...others(ctx, 4, KR_HEADLINES));
      page.cb("About Us", "Privacy Policy", "Terms of Service", "Advertise", "Contact Us");
      page.h(
        "The Korea Herald, Address : Huam-ro 4-gil 10, Yongsan-gu, Seoul, Korea | Tel : +82-2-727-0114",
        "Online newspaper registration No : Seoul 아03711 | Date of registration : 2015.04.28 | Publisher. Editor : Choi Jin-young",
        "Juvenile Protection Manager : Choi He-suk",
        `Copyright Herald Corporation. All Rights Reserved.`,
      );
      return { page, header: { byline: names, ...(yonhap ? { dateline: "SEOUL" } : {}), updated: upd.iso } };
    },
  },
  {
    // Gulf News: the bar, the section, the headline, the dek on most, "Highlights" with its points
    // on some, "Published: January 29, 2020 17:32" and "Last updated: …" (UAE time) on most, "By
    // Ann Lee, Staff Reporter" (two names, "Gulf News Report", or an agency: "Reuters", "AFP",
    // "WAM") above or below the date, the share buttons; "Dubai: " on most; the caption with
    // "Image Credit: Ann Lee/Gulf News" below it or run on; "Also Read" and its headlines between
    // paragraphs, "Get exclusive content with Gulf News WhatsApp channel"; the newsletter's box,
    // "More from UAE", the footer.
    name: "held-out-gulf-news",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const roll = ctx.rng();
      const wire = roll < 0.25 ? ctx.pick(["Reuters", "AFP", "WAM", "AP", "Bloomberg"]) : undefined;
      const report = !wire && roll < 0.35;
      const names = wire || report ? [] : fromPool(ctx, GULF_NAMES, 0.2);
      const roles = names.map(() => ctx.pick(GULF_ROLES));
      const upd = ctx.rng() < 0.7 ? updateOf(ctx, 0.3, h) : undefined;
      const city = wire ? ctx.pick(GULF_WIRE_CITIES) : ctx.pick(GULF_CITIES);
      const datelined = ctx.rng() < 0.8;
      const section = ctx.pick(GULF_SECTIONS);
      const stamp = (day: Day, hh: number, mm: number) => `${usLong(day)} ${pad(hh)}:${pad(mm)}`;
      const page = new Page();
      page.cb("Gulf News", "UAE", "World", "Business", "Sport", "Entertainment", "Opinion", "Tech", "Going Out", "Subscribe");
      page.c(section);
      page.h(ctx.story.title);
      if (ctx.rng() < 0.8) {
        const dek = ctx.pick(DEKS);
        page.h(dek);
        page.dek = dek;
      }
      if (ctx.rng() < 0.3) {
        page.c("Highlights");
        page.h(...others(ctx, 2 + Math.floor(ctx.rng() * 2), GULF_HIGHLIGHTS));
      }
      const by = wire ? [wire] : report ? ["Gulf News Report"] : names.length > 1 ? [`By ${names[0]}, ${roles[0]} and ${names[1]}, ${roles[1]}`] : [`By ${names[0]}, ${roles[0]}`];
      const when = [`Published: ${stamp(d, h, min)}`, ...(upd ? [`Last updated: ${stamp(dayOf(upd.iso), upd.hh, upd.mm)}`] : [])];
      if (ctx.rng() < 0.5) page.h(...by, ...when);
      else page.h(...when, ...by);
      page.cb("Share", "Facebook", "X", "Whatsapp", "Email");
      const below = ctx.rng() < 0.5;
      const between: Record<number, string[]> = { 1: ["Also Read", ...others(ctx, 2 + Math.floor(ctx.rng() * 2), GULF_HEADLINES)] };
      between[ctx.rng() < 0.5 ? 2 : 3] = ["Get exclusive content with Gulf News WhatsApp channel"];
      body(page, ctx, {
        lead: (p) => (datelined ? `${city}: ${p}` : p),
        figure: (c, cr) => (cr ? (below ? [c, cr] : [`${c} ${cr}`]) : [c]),
        credit: (who) => {
          const r = ctx.rng();
          return r < 0.12 ? "" : wire && r < 0.6 ? `Image Credit: ${wire}` : r < 0.45 ? `Image Credit: ${who}/Gulf News` : r < 0.65 ? "Image Credit: Supplied" : r < 0.8 ? "Image Credit: Gulf News Archives" : r < 0.9 ? "Image Credit: Reuters" : "Image Credit: AFP";
        },
        between,
      });
      page.cb("Sign up for the Daily Briefing", "Get the latest news and updates straight to your inbox", "Subscribe");
      page.cb(`More from ${section.split(" / ")[0]}`, ...others(ctx, 3, GULF_HEADLINES));
      page.cb("Network Links", "GN Focus", "Epaper", "Digital Slideshow", "Gulf News Archives", "About Us", "Contact Us", "Privacy Policy", "Terms & Conditions", "Advertise");
      page.h(`Copyright © ${copyYear(ctx, d)} Al Nisr Publishing LLC. All rights reserved.`);
      return { page, header: { byline: names, ...(datelined ? { dateline: city } : {}), ...(upd ? { updated: upd.iso } : {}) } };
    },
  },
  {
    // An academics' site in The Conversation's manner: the edition's bar, the tagline, the
    // sections, the headline, the dek, "Published: January 29, 2020 5.32pm EST" (the edition's
    // zone) with "Updated: …" on some; "Author" or "Authors" over each name, title and
    // institution; "Disclosure statement" and its text; "Partners" and the funding partner's line;
    // "We believe in the free flow of information" and the republishing notice, "Republish this
    // article"; the caption with "Ann Lee/Shutterstock" or "AP Photo/Bob Stone" after its stop (the
    // author block above the story, or, on a desktop's copy, below it); the newsletter's
    // bracketed prompt between paragraphs; the topics, "You might also like", "Events", "Jobs",
    // the footer.
    name: "held-out-the-conversation",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const ed = ctx.pick(TC_EDITIONS);
      const names = oneOrTwo(ctx, 0.3);
      const upd = ctx.rng() < 0.3 ? updateOf(ctx, 0.6, h) : undefined;
      const zone = (day: Day) => (ed.zone === "E" ? (dst(day) ? "EDT" : "EST") : ed.zone === "GMT" ? (dst(day) ? "BST" : "GMT") : southDst(day) ? "AEDT" : "AEST");
      const stamp = (day: Day, hh: number, mm: number) => `${usLong(day)} ${h12(hh)}.${pad(mm)}${hh < 12 ? "am" : "pm"} ${zone(day)}`;
      const page = new Page();
      page.cb("Edition:", ed.country === "US" ? "United States" : ed.country === "UK" ? "United Kingdom" : "Australia", "Get newsletter", "Become an author", "Sign up as a reader", "Sign in");
      page.cb("The Conversation", ed.country === "US" ? "Academic rigor, journalistic flair" : "Academic rigour, journalistic flair", ...TC_SECTIONS);
      page.h(ctx.story.title);
      const dek = ctx.pick(DEKS);
      page.h(dek);
      page.dek = dek;
      page.h(`Published: ${stamp(d, h, min)}`, ...(upd ? [`Updated: ${stamp(dayOf(upd.iso), upd.hh, upd.mm)}`] : []));
      const people = names.map((n) => ({ n, title: ctx.pick(TC_TITLES), inst: ctx.pick(TC_PLACES) }));
      const authors = (p: Page) => {
        p.c(people.length > 1 ? "Authors" : "Author");
        for (const a of people) p.h(a.n, `${a.title}, ${a.inst}`);
        p.c("Disclosure statement");
        p.c(
          ...people.map((a) =>
            ctx.rng() < 0.6
              ? `${a.n} does not work for, consult, own shares in or receive funding from any company or organisation that would benefit from this article, and has disclosed no relevant affiliations beyond their academic appointment.`
              : `${a.n} receives funding from ${ctx.pick(TC_FUNDERS)}.`,
          ),
        );
        p.cb("Partners", `${people[0]!.inst} provides funding as a member of ${ed.edition}.`, "View all partners");
        p.cb("CC BY ND", "We believe in the free flow of information", `Republish our articles for free, online or in print, under ${ed.country === "US" ? "a Creative Commons license" : "Creative Commons licence"}.`, "Republish this article");
      };
      const above = ctx.rng() < 0.5;
      if (above) authors(page);
      page.cb("Email", "X (Twitter)", "Facebook", "LinkedIn", "WhatsApp", "Messenger");
      const between: Record<number, string[]> = {};
      if (ctx.rng() < 0.6)
        between[ctx.rng() < 0.5 ? 1 : 2] = [
          ctx.pick([
            "[Deep knowledge, daily. Sign up for The Conversation’s newsletter.]",
            "[Get the best of The Conversation, every weekend. Sign up for our weekly newsletter.]",
            "[Expertise in your inbox. Sign up for The Conversation’s newsletter and get expert takes on today’s news, every day.]",
          ]),
        ];
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => [cr ? `${c}. ${cr}` : `${c}.`],
        credit: (who) => {
          const r = ctx.rng();
          return r < 0.1 ? "" : r < 0.45 ? `${who}/Shutterstock` : r < 0.65 ? `AP Photo/${who}` : r < 0.8 ? `${who}/Getty Images` : r < 0.9 ? `${who}/Wikimedia Commons, CC BY-SA` : `${who}, CC BY-ND`;
        },
        between,
      });
      page.cb(...others(ctx, 4, TC_TOPICS));
      if (!above) authors(page);
      page.cb("You might also like", ...others(ctx, 4, ACADEMIC_HEADLINES));
      page.cb("Events", "Webinar: Water, drought and the future of the West", `${mon(dayOf(daysFrom(ctx.story.date, 20)))} ${dayOf(daysFrom(ctx.story.date, 20)).d} • Online`, "More events");
      page.cb("Jobs", "Lecturer in Hydrology", "Research Fellow, Climate Adaptation", "Head of School, Environmental Science", "More jobs");
      page.cb("Who we are", "Our charter", "Our team", "Partners and funders", "Resource for media", "Contact us", "Privacy policy", "Terms and conditions", "Corrections");
      page.h(`Copyright © 2010–${copyYear(ctx, d)}, ${ed.edition === "The Conversation US" ? "The Conversation US, Inc." : ed.country === "UK" ? "The Conversation Trust (UK) Limited" : "The Conversation Media Group Ltd"}`);
      return { page, header: { byline: names, ...(upd ? { updated: upd.iso } : {}) } };
    },
  },
  {
    // A story clipped with a web clipper and copied out of the note. Evernote's export: the note's
    // title (the page's title with the site's name after it), its table ("Created:", "Updated:" on
    // some, "Tags:", "URL:"), a rule, the page as clipped. OneNote's clipper: the page's title, the
    // clip's day and time ("Wednesday, February 12, 2020" over "5:40 PM"), "Clipped from: …". Or
    // the note's title over the source's address on its own line and the tags at the foot. The
    // clip's own date is a day to months after the story's, in numbers (month first) only where
    // its day is above 12; the page's own date is the article's: "Jan. 29, 2020 at 5:32 p.m.",
    // "Published 5:32 p.m. MST Jan. 29, 2020" or "January 29, 2020", "Updated …" on some. The
    // clip keeps the site's name, a button or two, "Advertisement" between paragraphs on some.
    name: "held-out-evernote-clip",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const site = ctx.pick(CLIP_SITES);
      const names = ctx.rng() < 0.15 ? [] : oneOrTwo(ctx, 0.2);
      const tool = ctx.rng();
      const evernote = tool < 0.45;
      const onenote = tool >= 0.45 && tool < 0.8;
      let clipIso = daysFrom(ctx.story.date, ctx.pick([0, 1, 2, 6, 15, 41, 120, 300]));
      // Evernote's table writes the date in numbers, month first: only on days above 12 here.
      while (evernote && dayOf(clipIso).d <= 12) clipIso = daysFrom(clipIso, 1);
      const c = dayOf(clipIso);
      // Clipped the same day, it was clipped after the story went up.
      const ch = clipIso === ctx.story.date ? Math.min(h + 1 + Math.floor(ctx.rng() * 4), 23) : 8 + Math.floor(ctx.rng() * 14);
      const cm = Math.floor(ctx.rng() * 60);
      const url = `https://${site.domain}/${site.path}/${pathOf(ctx.story)}`;
      const upd = ctx.rng() < 0.15 ? updateOf(ctx, 0.5, h) : undefined;
      const page = new Page();
      page.h(`${ctx.story.title} ${ctx.rng() < 0.5 ? "|" : "-"} ${site.name}`);
      if (evernote) {
        const rows = [`Created:\t${c.m}/${c.d}/${c.y} ${upClock(ch, cm)}`];
        if (ctx.rng() < 0.5) rows.push(`Updated:\t${c.m}/${c.d}/${c.y} ${upClock(Math.min(ch + 1, 23), (cm + 7) % 60)}`);
        rows.push(`Tags:\t${others(ctx, 2, CLIP_TAGS).join(", ")}`, `URL:\t${url}`);
        page.cb(...rows);
      } else if (onenote) {
        page.cb(`${WEEKDAYS[c.wd]}, ${usLong(c)}`, upClock(ch, cm));
        page.c(`Clipped from: ${url}`);
      } else page.c(url);
      // What the clipper kept of the page.
      const full = ctx.rng() < 0.5;
      if (full) page.cb(site.name, "Subscribe", "Sign In");
      if (full || ctx.rng() < 0.5) page.c(ctx.pick(["News", "Local News", "Government", "Environment"]));
      page.h(ctx.story.title);
      const dr = ctx.rng();
      const when = dr < 0.35 ? `${apDate(d)} at ${apClock(h, min)}` : dr < 0.7 ? `Published ${apClock(h, min)} ${dst(d) ? "MDT" : "MST"} ${apDate(d)}` : usLong(d);
      const head = [...(names.length ? [`By ${joinNames(names)}`] : []), when, ...(upd ? [`Updated ${apDate(dayOf(upd.iso))} at ${apClock(upd.hh, upd.mm)}`] : [])];
      page.h(...head);
      if (full) page.cb("Facebook", "Twitter", "Email", "Print");
      body(page, ctx, {
        lead: (p) => p,
        figure: (cap, cr) => [cr ? `${cap} (${cr})` : cap],
        credit: (who) => {
          const r = ctx.rng();
          return r < 0.15 ? "" : r < 0.6 ? `${who}/${site.name.replace(/^The /, "")}` : r < 0.85 ? `Photo by ${who}` : "AP Photo";
        },
        between: full ? { 1: ["Advertisement"] } : {},
      });
      if (full) page.cb("Comments", "Most Popular", ...others(ctx, 3, LOCAL_HEADLINES));
      if (!evernote && !onenote) page.c(`Tags: ${others(ctx, 2, CLIP_TAGS).join(", ")}`);
      return { page, header: { byline: names, ...(upd ? { updated: upd.iso } : {}) } };
    },
  },
  {
    // Text read by OCR from phone screenshots of a local story and pasted, one screenshot after
    // another: each begins with the status bar ("5:41 .ıl LTE 87%", the OCR's reading of the
    // icons) and the browser's address bar (Safari's "AA valleytimes.example C", Chrome's address,
    // now and then misread: "valleytirnes.example"), the site's sticky banner on some; the first
    // shows the banner, the section, the headline as the screen breaks it, the byline and the date;
    // every line is broken at the screen's edge, a paragraph's gap is a blank line, and where two
    // screenshots overlap a line (or two) shows again at the next one's top; the caption over its
    // credit; "Advertisement"; the last screenshot the furniture below the story.
    name: "held-out-ocr-screenshot",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const site = ctx.pick(OCR_SITES);
      const names = ctx.rng() < 0.1 ? [] : oneOrTwo(ctx, 0.2);
      const width = 34 + Math.floor(ctx.rng() * 9);
      const perShot = 13 + Math.floor(ctx.rng() * 7);
      const safari = ctx.rng() < 0.6;
      const banner = ctx.rng() < 0.5;
      const upd = ctx.rng() < 0.2 ? updateOf(ctx, 0.5, h) : undefined;
      let clock = 5 * 60 + 41 + Math.floor(ctx.rng() * 400);
      const batteries = 40 + Math.floor(ctx.rng() * 55);
      const page = new Page();
      const statusBar = () => {
        const t = `${h12(Math.floor(clock / 60) % 24)}:${pad(clock % 60)}`;
        clock += ctx.rng() < 0.6 ? 0 : 1;
        return ctx.pick([`${t} ◀`, `${t}`, `${t} .ıl 5G`, `${t} ..ll LTE ■`, `${t} 7`])
          .concat(ctx.pick([` ${batteries}%`, ` (${batteries}`, ` ${batteries}% ■`, "", " ul 令"]))
          .trim();
      };
      const address = () => (safari ? ctx.pick([`AA ${site.domain} C`, `AA  ${site.domain}  C`, `AA a ${site.domain} C`, `AA ${site.slip} C`]) : ctx.pick([`△ ${site.domain}/news/...  1 :`, `${site.domain}/news/${d.y}/...`, `a ${site.slip}/news/ 2 :`]));
      const shotTop = (): string[] => [statusBar(), ...(safari && ctx.rng() < 0.5 ? [] : [address()]), ...(banner ? [`≡ ${site.banner} Q`] : [])];
      const shotFoot = (): string[] => (safari && ctx.rng() < 0.6 ? [address(), ctx.pick(["< > ⬆ ㅁ ©", "< > ↑ m ⓒ", "く > 凸 ロ ①"])] : []);
      // The page as the screen shows it, line by line: each line's text, whether it is the site's
      // chrome, and whether a blank line (a paragraph's gap) comes before it.
      type Line = { text: string; chrome: boolean; gap: boolean; keep?: boolean };
      const lines: Line[] = [];
      const addBlock = (texts: string[], chrome: boolean, keep = false) => texts.forEach((text, i) => lines.push({ text, chrome, gap: i === 0, keep }));
      if (!banner) addBlock([`≡ ${site.banner} Q`], true);
      addBlock(["Subscribe | Log in"], true);
      addBlock([ctx.pick(["NEWS", "LOCAL NEWS", "GOVERNMENT", "ENVIRONMENT"])], true);
      addBlock(screenLines(ctx.story.title, Math.floor(width * 0.7)), false, true);
      const head: string[] = [];
      if (names.length) head.push(`By ${joinNames(names)}`);
      const stamp = ctx.rng() < 0.5 ? `${apDate(d)}, ${apClock(h, min)}` : `Published ${apClock(h, min)} ${dst(d) ? "MDT" : "MST"} ${apDate(d)}`;
      head.push(stamp);
      if (upd) head.push(`Updated ${apDate(dayOf(upd.iso))}, ${apClock(upd.hh, upd.mm)}`);
      addBlock(head, false, true);
      addBlock(["f X ✉ 🔗"], true);
      const { paragraphs, captions } = ctx.story;
      const story: string[] = [];
      paragraphs.forEach((p, i) => {
        addBlock(screenLines(p, width), false);
        story.push(p);
        const caption = i >= 1 ? captions[i - 1] : undefined;
        if (caption) {
          const who = `${ctx.pick(FIRST)} ${ctx.pick(LAST)}`;
          const credit = ctx.rng() < 0.2 ? undefined : ctx.rng() < 0.7 ? `${who} / ${site.short}` : "Courtesy photo";
          addBlock([...screenLines(caption, width + 4), ...(credit ? [credit] : [])], false, true);
          page.figures.push({ caption, ...(credit ? { credit } : {}) });
        }
        if (i === 1) addBlock(["ADVERTISEMENT"], true);
      });
      addBlock(["Share this story"], true);
      addBlock(["MOST READ", ...others(ctx, 3, LOCAL_HEADLINES)], true);
      // Screenshots: the page cut every `perShot` lines (never inside a caption's block or the
      // header), each after the first starting a line or two above where the last one ended.
      const blocks: string[][] = [];
      let current: string[] = [];
      const flush = () => {
        if (current.length) blocks.push(current);
        current = [];
      };
      const chromeBlock = (texts: string[]) => {
        flush();
        if (texts.length) {
          blocks.push(texts);
          page.chrome.push(...texts);
        }
      };
      chromeBlock(shotTop());
      let shown = 0;
      for (let i = 0; i < lines.length; i++) {
        const line = lines[i]!;
        const cut = shown >= perShot && !line.keep && i < lines.length - 1;
        if (cut) {
          chromeBlock(shotFoot());
          chromeBlock(shotTop());
          // The lines shown again: the story's own, not a caption's or the header's.
          let overlap = 0;
          const most = ctx.rng() < 0.75 ? 1 : 2;
          while (overlap < most && i - overlap - 1 >= 0 && !lines[i - overlap - 1]!.chrome && !lines[i - overlap - 1]!.keep) overlap++;
          for (let k = i - overlap; k < i; k++) {
            if (lines[k]!.gap) flush();
            current.push(lines[k]!.text);
          }
          shown = 0;
          if (line.gap) flush();
        } else if (line.gap) flush();
        current.push(line.text);
        if (line.chrome) page.chrome.push(line.text);
        shown++;
      }
      chromeBlock(shotFoot());
      flush();
      page.blocks.push(...blocks);
      page.story.push(...story);
      return { page, header: { byline: names, ...(upd ? { updated: upd.iso } : {}) } };
    },
  },
];

/** A desk editor's name, for DW's initials line. */
function otherInitials(ctx: Ctx): string {
  return `${ctx.pick(FIRST)} ${ctx.pick(LAST)}`;
}
