/**
 * A seventh held-out group of outlet styles for the import evaluation (issue 13), written before
 * reading the importer's code (only src/ingest/eval/, scripts/eval-import.ts, the evaluation
 * test, BENCHMARKS.md's account of the earlier groups and the shared raw seed were read), to be
 * scored untouched: a Canadian chain paper ("Author of the article:", "Published Jan 29, 2020 •
 * Last updated 3 hours ago • 4 minute read", "Article content" between paragraphs, the author's
 * email and X address at the foot), a Scottish regional paper (an ordinal day-first date with a
 * weekday or "Published 29th Jan 2020, 17:32 GMT", "(Picture: …)" credits, a support appeal), a
 * UK public broadcaster ("Published" and "Updated" each on a line above the date, "By …" over a
 * desk line, "Image source, …" above "Image caption, …", a social-media consent box), a US TV
 * station on a group CMS ("Published: Jan. 29, 2020 at 5:32 PM MST|Updated: 3 hours ago",
 * "(KVLY) -" with or without a place, captions glued to their credit), a Singapore daily
 * ("UPDATED JAN 30, 2020, 9:04 AM" above "PUBLISHED JAN 29, 2020, 5:32 PM SGT", "SINGAPORE -",
 * "HT PHOTO: ANN LEE"), a Spanish paper's English edition (names in capitals with accents, "Madrid
 * - 29 Jan 2020 - 17:32 CET", a translator's note), a state agency's news release (a media
 * contact with a name, a role, a phone and an email above the title, "###", no byline), and a
 * US sports section ("By Ann Lee | alee@… | Valley Post", "PUBLISHED: … | UPDATED: …", a score
 * ticker, "Originally Published:" at the foot). The styles are written for this project; no
 * outlet's page is copied.
 */
import { ampm, AP_MONTHS, body, dayOf, h12, MONTHS, nextDay, pad, Page, RELATED, WEEKDAYS, type Ctx, type Day, type Style } from "./outlets.ts";

const CA_DEKS = [
  "Councillors say the change is overdue, but some residents worry about the cost",
  "The decision follows months of public meetings and a consultant's report",
  "Officials expect the work to take the better part of two years",
];
const CA_CITIES = ["CALGARY", "EDMONTON", "SASKATOON", "WINDSOR", "OTTAWA"];
const SCOT_DEKS = [
  "Campaigners have welcomed the move but warn that more needs to be done.",
  "The plans will now go out to public consultation before a final decision is made.",
  "It comes after years of complaints from residents about the state of the site.",
];
const SCOT_ROLES = ["Local Democracy Reporter", "Chief Reporter", "Political Correspondent", "Reporter"];
const SCOT_SECTIONS = ["News > Crime", "News > Politics", "News > Education", "News > Health"];
const UKB_DESKS = ["VBS Scotland news", "VBS News, Glasgow", "VBS Scotland political reporter", "VBS News"];
const UKB_REGIONS = ["Edinburgh, Fife & East", "Glasgow & West", "Highlands & Islands", "NE Scotland, Orkney & Shetland"];
const UKB_AGENCIES = ["PA Media", "Getty Images", "VBS", "Reuters"];
const GRAY_PLACES = ["BOISE, Idaho", "TWIN FALLS, Idaho", "POCATELLO, Idaho", "IDAHO FALLS, Idaho"];
const SG_ROLES = ["Senior Correspondent", "Transport Correspondent", "Assistant News Editor", "Correspondent"];
const SG_DEKS = [
  "The move is part of a wider review that will be completed by the end of the year.",
  "Experts say the changes could take several years to show results.",
];
const ES_NAMES = ["Lucía Fernández", "Javier Morales", "Carmen Ruiz", "Álvaro Gómez", "Inés Martín", "Sergio Navarro", "Begoña Ortega", "Íñigo Sáenz"];
const ES_CITIES = ["Madrid", "Barcelona", "Seville", "Valencia", "Bilbao"];
const ES_DEKS = [
  "The decision, which had been delayed for months, divides the governing coalition",
  "Officials insist the measure is temporary, but critics warn it could become permanent",
  "Local groups say they were not consulted before the plan was approved",
];
const ES_AGENCIES = ["EFE", "Europa Press", "REUTERS"];
const ES_TRANSLATORS = ["Heather Galloway", "Melissa Kitson", "Simon Hunter", "Nick Lyne"];
const GOV_CAPITALS = ["SALEM, Ore.", "BOISE, Idaho", "OLYMPIA, Wash.", "CARSON CITY, Nev.", "SANTA FE, N.M."];
const GOV_ROLES = ["Public Information Officer", "Communications Manager", "Public Affairs Specialist"];
const GOV_DEKS = [
  "Work begins next month and is expected to last through the spring",
  "Public comment is open for 30 days",
  "The change takes effect immediately",
];
const TEAMS = ["Miners", "Rangers", "Pioneers", "Hawks", "Comets", "Bison"];
const CA_HANDLES = ["_leewrites", "onthebeat", "_news", "yyc"];

/** Day-first ordinals, as British papers print them: 1st, 2nd, 3rd, 4th … */
const ordinal = (n: number) => `${n}${n % 10 === 1 && n !== 11 ? "st" : n % 10 === 2 && n !== 12 ? "nd" : n % 10 === 3 && n !== 13 ? "rd" : "th"}`;
const mon = (day: Day) => MONTHS[day.m - 1]!.slice(0, 3);
/** British summer time runs from the last Sunday of March to the last Sunday of October (roughly) */
const ukZone = (day: Day) => (day.m >= 4 && day.m <= 10 ? "BST" : "GMT");
const cetZone = (day: Day) => (day.m >= 4 && day.m <= 10 ? "CEST" : "CET");
const mtZone = (day: Day) => (day.m >= 4 && day.m <= 10 ? "MDT" : "MST");
/** "Ann Lee" → "alee" */
const emailUser = (name: string) => {
  const [first, ...rest] = name.split(" ");
  return `${first![0]}${rest.join("")}`.toLowerCase();
};
/** one author or two */
const oneOrTwo = (ctx: Ctx, two: number) => (ctx.rng() < two ? ctx.names.slice(0, 2) : ctx.names.slice(0, 1));
/** the time an update was made: the same day a few hours later, or 9:04 the next morning */
const updateOf = (ctx: Ctx, nextDayShare: number) => {
  const next = ctx.rng() < nextDayShare;
  return next ? { iso: nextDay(ctx.story.date), hh: 9, mm: 4 } : { iso: ctx.story.date, hh: Math.min(ctx.time.h + 3, 23), mm: (ctx.time.min + 17) % 60 };
};

export const HELD_OUT_SEVENTH_STYLES: readonly Style[] = [
  {
    // A Canadian chain paper: "Author of the article:" over the name (or "The Canadian Press"
    // for wire copy with an "OTTAWA —" lead), a dek on some pages, "Published Jan 29, 2020 •
    // Last updated Jan 30, 2020 • 4 minute read • Join the conversation" with the update as a
    // date or as "3 hours ago", "Article content" between paragraphs, the ad placeholder
    // sentence, "Photo by Ann Lee /Valley Sun" after the caption's stop, the author's email and
    // X address as lines of their own at the foot.
    name: "held-out-ca-chain",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const wire = ctx.rng() < 0.3;
      const names = wire ? [] : oneOrTwo(ctx, 0.25);
      const dek = ctx.rng() < 0.5 ? ctx.pick(CA_DEKS) : undefined;
      const city = ctx.pick(CA_CITIES);
      const roll = ctx.rng();
      const updated = roll < 0.4 ? nextDay(ctx.story.date) : undefined;
      const relative = roll >= 0.4 && roll < 0.75 ? `${1 + Math.floor(ctx.rng() * 11)} hours ago` : undefined;
      const page = new Page().c("Skip to Content").cb("Valley Sun", "News | Sports | Opinion | Business | Life | Obituaries | ePaper", "Subscribe", "Sign In").c("Local News");
      page.h(ctx.story.title);
      if (dek) {
        page.h(dek);
        page.dek = dek;
      }
      page.c(names.length > 1 ? "Authors of the article:" : "Author of the article:");
      page.h(...(wire ? ["The Canadian Press"] : names));
      const u = updated ? dayOf(updated) : undefined;
      const last = u ? ` • Last updated ${mon(u)} ${u.d}, ${u.y}` : relative ? ` • Last updated ${relative}` : "";
      page.h(`Published ${mon(d)} ${d.d}, ${d.y}${last} • ${2 + Math.floor(ctx.rng() * 6)} minute read`);
      page.c(`Join the conversation`);
      body(page, ctx, {
        lead: (p) => (wire ? `${city} — ${p}` : p),
        figure: (c, cr) => [cr ? `${c}. ${cr}` : c],
        credit: (who) => (ctx.rng() < 0.7 ? `Photo by ${who} /Valley Sun` : "Photo by Supplied"),
        between: {
          0: ["Article content"],
          1: ["Article content", "This advertisement has not loaded yet, but your article continues below."],
          2: ["Article content"],
          3: ["Article content"],
        },
        bareCaptions: true,
      });
      if (!wire) page.c(`${emailUser(names[0]!)}@valleysun.example`, `X: @${names[0]!.split(" ")[0]!.toLowerCase()}${ctx.pick(CA_HANDLES)}`);
      page.c("Share this article in your social network");
      page.c("Valley Media is committed to maintaining a lively but civil forum for discussion. Please keep comments relevant and respectful.");
      page.cb("Trending", ctx.pick(RELATED));
      page.h(`© ${d.y} Valley Sun, a division of Valley Media Network Inc. All rights reserved.`);
      return { page, header: { byline: names, ...(wire ? { dateline: city } : {}), ...(updated ? { updated } : {}) } };
    },
  },
  {
    // A Scottish regional paper: a breadcrumb, a dek on most pages, "By Ann Lee" over the role on
    // a line of its own, the date as "Published 29th Jan 2020, 17:32 GMT" (and "Updated …") or
    // "Wednesday, 29th January 2020, 5:32 pm", credits "(Picture: …)" after a caption with no
    // stop, "READ MORE:" links, and the support appeal and broken comments prompt at the foot.
    name: "held-out-scot-regional",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const dek = ctx.rng() < 0.65 ? ctx.pick(SCOT_DEKS) : undefined;
      const name = ctx.names[0]!;
      const upd = ctx.rng() < 0.5 ? updateOf(ctx, 0.6) : undefined;
      const short = ctx.rng() < 0.5;
      const page = new Page().cb("The Valley Courier", "News | Sport | Business | Lifestyle | Heritage | Opinion", "Subscribe").c(ctx.pick(SCOT_SECTIONS));
      page.h(ctx.story.title);
      if (dek) {
        page.h(dek);
        page.dek = dek;
      }
      page.h(`By ${name}`, ctx.pick(SCOT_ROLES));
      if (short) {
        const stamp = (day: Day, hh: number, mm: number) => `${ordinal(day.d)} ${mon(day)} ${day.y}, ${pad(hh)}:${pad(mm)} ${ukZone(day)}`;
        page.h(`Published ${stamp(d, h, min)}`, ...(upd ? [`Updated ${stamp(dayOf(upd.iso), upd.hh, upd.mm)}`] : []));
      } else {
        const stamp = (day: Day, hh: number, mm: number) => `${WEEKDAYS[day.wd]}, ${ordinal(day.d)} ${MONTHS[day.m - 1]} ${day.y}, ${h12(hh)}:${pad(mm)} ${ampm(hh, "pm")}`;
        page.h(stamp(d, h, min));
        if (upd) page.h(`Updated ${stamp(dayOf(upd.iso), upd.hh, upd.mm)}`);
      }
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => [cr ? `${c} (${cr})` : c],
        credit: (who) => {
          const r = ctx.rng();
          return r < 0.5 ? `Picture: ${who}` : r < 0.75 ? "Picture: Getty Images" : "Photo: Police Scotland";
        },
        between: { 0: ["Sign up to our daily newsletter", "Sign up"], 2: [`READ MORE: ${ctx.pick(RELATED)}`] },
      });
      page.c(
        "Thank you for reading this article. We're more reliant on your support than ever as the shift in consumer habits brought about by coronavirus impacts our advertisers.",
        "If you haven't already, please consider supporting our trusted, fact-checked journalism by taking out a digital subscription.",
      );
      page.c("Comments", "Want to join the conversation? Please or to comment on this article.");
      page.h(`© ${d.y} Valley World Publishing Ltd. All rights reserved.`);
      return { page, header: { byline: [name], ...(upd ? { updated: upd.iso } : {}) } };
    },
  },
  {
    // A UK public broadcaster: the region over the headline, "Published" and "Updated" each on a
    // line of their own above their dates (no time), the share panel's lines, "By Ann Lee" (or
    // two names joined by "&") over the desk, or no byline; every photo with "Image source, …"
    // above and "Image caption, …" below; on some pages a social-media consent box between
    // paragraphs; "More on this story" with a dated link at the foot.
    name: "held-out-uk-broadcaster",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const roll = ctx.rng();
      const names = roll < 0.25 ? [] : roll < 0.5 ? ctx.names.slice(0, 2) : ctx.names.slice(0, 1);
      const updated = ctx.rng() < 0.4 ? (ctx.rng() < 0.5 ? ctx.story.date : nextDay(ctx.story.date)) : undefined;
      const tweet = ctx.rng() < 0.4;
      const long = (day: Day) => `${day.d} ${MONTHS[day.m - 1]} ${day.y}`;
      const page = new Page().cb("Skip to content", "Accessibility Help").cb("VBS Homepage", "Home | News | Sport | Weather | iPlayer | Sounds").c("Scotland", ctx.pick(UKB_REGIONS));
      page.h(ctx.story.title);
      if (updated) page.h("Published", long(d), "Updated", long(dayOf(updated)));
      else page.h("Published", long(d));
      page.cb("Share", "close panel", "Share page", "Copy link", "About sharing");
      if (names.length) page.h(`By ${names.join(" & ")}`, ctx.pick(UKB_DESKS));
      const between: Record<number, string[]> = {};
      if (tweet) {
        between[1] = [
          "Allow X content?",
          "This article contains content provided by X. We ask for your permission before anything is loaded, as they may be using cookies and other technologies. You may want to read X’s cookie policy and privacy policy before accepting. To view this content choose ‘accept and continue’.",
          "Accept and continue",
          "Skip twitter post",
          "Content is not available",
          "End of twitter post",
        ];
      }
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => [`Image source, ${cr ?? "VBS"}`, `Image caption, ${c}`],
        credit: (who) => (ctx.rng() < 0.5 ? `${who}/${ctx.pick(UKB_AGENCIES)}` : ctx.pick(UKB_AGENCIES)),
        between,
      });
      const rel = dayOf(ctx.story.date);
      page.c("Related Topics").cb("Scotland", "Local Government");
      page.c("More on this story", ctx.pick(RELATED), `Published ${Math.max(1, rel.d - 6)} ${MONTHS[rel.m - 1]} ${rel.y}`);
      page.h("Copyright 2020 VBS. The VBS is not responsible for the content of external sites.".replace("2020", String(d.y)));
      return { page, header: { byline: names, ...(updated ? { updated } : {}) } };
    },
  },
  {
    // A US TV station on a group's CMS: "By Ann Lee" (two names, or the station's staff), the
    // date as "Published: Jan. 29, 2020 at 5:32 PM MST" with "Updated: …" glued after a bar, on
    // its own line, as "3 hours ago", or none; "Watch the video above" on some pages; the lead
    // with "BOISE, Idaho (KVLY) -", "(KVLY) -" alone or plain; credits in parentheses glued to
    // the caption's stop; the copyright line as the story's last paragraph.
    name: "held-out-tv-group",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const staff = ctx.rng() < 0.15;
      const names = staff ? [] : oneOrTwo(ctx, 0.3);
      const place = ctx.pick(GRAY_PLACES);
      const lead = ctx.rng();
      const roll = ctx.rng();
      const upd = roll < 0.5 ? updateOf(ctx, 0.5) : undefined;
      const relative = roll >= 0.5 && roll < 0.8 ? `${1 + Math.floor(ctx.rng() * 20)} hours ago` : undefined;
      const glued = ctx.rng() < 0.6;
      const stamp = (day: Day, hh: number, mm: number) => `${AP_MONTHS[day.m - 1]} ${day.d}, ${day.y} at ${h12(hh)}:${pad(mm)} ${ampm(hh, "PM")} ${mtZone(day)}`;
      const page = new Page().cb("KVLY 7", "Watch Live", "Weather", "Closings").c("Advertisement");
      page.h(ctx.story.title).h(staff ? "By KVLY Staff" : `By ${names.join(" and ")}`);
      const published = `Published: ${stamp(d, h, min)}`;
      const updatedLine = upd ? `Updated: ${stamp(dayOf(upd.iso), upd.hh, upd.mm)}` : relative ? `Updated: ${relative}` : undefined;
      if (!updatedLine) page.h(published);
      else if (glued) page.h(`${published}|${updatedLine}`);
      else page.h(published, updatedLine);
      if (ctx.rng() < 0.5) page.c("Watch the video above");
      body(page, ctx, {
        lead: (p) => (lead < 0.5 ? `${place} (KVLY) - ${p}` : lead < 0.8 ? `(KVLY) - ${p}` : p),
        figure: (c, cr) => [cr ? `${c}.(${cr})` : c],
        credit: (who) => {
          const r = ctx.rng();
          return r < 0.4 ? "KVLY" : r < 0.7 ? who : r < 0.85 ? "Associated Press" : "Source: Idaho State Police";
        },
        between: { 2: ["Click here to sign up for the KVLY 7 Daily Digest newsletter."] },
        bareCaptions: true,
      });
      page.h(`Copyright ${d.y} KVLY. All rights reserved.`);
      page.c("Most Read", ctx.pick(RELATED), "Latest News", ctx.pick(RELATED));
      return { page, header: { byline: names, ...(lead < 0.5 ? { dateline: place } : {}), ...(upd ? { updated: upd.iso } : {}) } };
    },
  },
  {
    // A Singapore daily: the name over the role, two names joined by "and", a dek on some pages,
    // "UPDATED JAN 30, 2020, 9:04 AM" above "PUBLISHED JAN 29, 2020, 5:32 PM SGT" in capitals, or
    // "Published Jan 29, 2020, 05:32 PM" with a zero-padded hour; "SINGAPORE -" leads on most
    // pages; "HT PHOTO: ANN LEE", "PHOTO: REUTERS", "PHOTO: HT FILE" after the caption's stop.
    name: "held-out-sg-daily",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const names = oneOrTwo(ctx, 0.3);
      const dek = ctx.rng() < 0.4 ? ctx.pick(SG_DEKS) : undefined;
      const caps = ctx.rng() < 0.55;
      const upd = ctx.rng() < 0.6 ? updateOf(ctx, 0.5) : undefined;
      const placed = ctx.rng() < 0.7;
      const page = new Page().cb("The Harbour Times", "Singapore | Asia | World | Opinion | Life | Business | Tech | Sport", "Subscribe").c("Singapore");
      page.h(ctx.story.title);
      if (dek) {
        page.h(dek);
        page.dek = dek;
      }
      if (names.length > 1) page.h(names.join(" and "));
      else page.h(names[0]!, ctx.pick(SG_ROLES));
      if (caps) {
        const stamp = (day: Day, hh: number, mm: number) => `${mon(day).toUpperCase()} ${day.d}, ${day.y}, ${h12(hh)}:${pad(mm)} ${ampm(hh, "PM")}`;
        page.h(...(upd ? [`UPDATED ${stamp(dayOf(upd.iso), upd.hh, upd.mm)}`] : []), `PUBLISHED ${stamp(d, h, min)} SGT`);
      } else {
        const stamp = (day: Day, hh: number, mm: number) => `${mon(day)} ${day.d}, ${day.y}, ${pad(h12(hh))}:${pad(mm)} ${ampm(hh, "PM")}`;
        page.h(`Published ${stamp(d, h, min)}`, ...(upd ? [`Updated ${stamp(dayOf(upd.iso), upd.hh, upd.mm)}`] : []));
      }
      page.cb("Facebook", "WhatsApp", "Telegram", "Gift this article");
      body(page, ctx, {
        lead: (p) => (placed ? `SINGAPORE - ${p}` : p),
        figure: (c, cr) => [cr ? `${c}. ${cr}` : c],
        credit: (who) => {
          const r = ctx.rng();
          return r < 0.5 ? `HT PHOTO: ${who.toUpperCase()}` : r < 0.75 ? "PHOTO: REUTERS" : "PHOTO: HT FILE";
        },
        between: { 1: ["READ MORE HERE", ctx.pick(RELATED)], 2: ["Join HT's WhatsApp channel and get the latest news and must-reads."] },
      });
      page.c("Join HT's Telegram channel and get the latest breaking news delivered to you.", "MORE ON THIS TOPIC", ctx.pick(RELATED));
      page.h(`Copyright ${d.y} The Harbour Times. Permission required for reproduction.`);
      return { page, header: { byline: names, ...(placed ? { dateline: "SINGAPORE" } : {}), ...(upd ? { updated: upd.iso } : {}) } };
    },
  },
  {
    // A Spanish paper's English edition: the masthead with "English Edition" and "Leer en
    // español", a dek on every page, the names in capitals (accents kept) each on a line, then
    // "Madrid - 29 Jan 2020 - 17:32 CET" (or "Madrid - JAN 29, 2020 - 17:32 CET") with the city
    // only in the header; credits after the caption's stop ("ÁLVARO GÓMEZ (LA CRÓNICA)", "EFE");
    // "More information" links; the translator's note and "Archived In" at the foot.
    name: "held-out-es-english",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const first = ctx.pick(ES_NAMES);
      const names = ctx.rng() < 0.3 ? [first, ctx.pick(ES_NAMES.filter((n) => n !== first))] : [first];
      const dek = ctx.pick(ES_DEKS);
      const city = ctx.pick(ES_CITIES);
      const dayFirst = ctx.rng() < 0.6;
      const date = dayFirst ? `${d.d} ${mon(d)} ${d.y}` : `${mon(d).toUpperCase()} ${d.d}, ${d.y}`;
      const page = new Page().cb("LA CRÓNICA", "English Edition", "Leer en español").c("Sign in").c("SPAIN");
      page.h(ctx.story.title).h(dek);
      page.dek = dek;
      page.h(...names.map((n) => n.toUpperCase()), `${city} - ${date} - ${pad(h)}:${pad(min)} ${cetZone(d)}`);
      page.cb("Share on Whatsapp", "Share on Facebook", "Share on Twitter", "Copy link");
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => [cr ? `${c}. ${cr}` : c],
        credit: () => (ctx.rng() < 0.6 ? `${ctx.pick(ES_NAMES).toUpperCase()} (LA CRÓNICA)` : ctx.pick(ES_AGENCIES)),
        between: { 1: ["More information", ctx.pick(RELATED)] },
        bareCaptions: true,
      });
      page.h(`English version by ${ctx.pick(ES_TRANSLATORS)}.`);
      page.c("Sign up for our weekly newsletter to get more English-language news coverage from LA CRÓNICA USA Edition");
      page.cb("Archived In", "Spain", city, "Politics");
      page.h(`© EDICIONES LA CRÓNICA, S.L.`);
      return { page, header: { byline: names } };
    },
  },
  {
    // A state agency's news release: the state's banner, the agency's menu, "NEWS RELEASE" and
    // "FOR IMMEDIATE RELEASE" over a weekday date, the media contact (a name, a role, a phone and
    // an email) above the title, a subtitle on some pages, "SALEM, Ore. –" leads with an en
    // dash, credits "(VDOT photo)" and "(Photo by Ann Lee, VDOT)", "###" after the story, the
    // agency's boilerplate, and no byline.
    name: "held-out-gov-release",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const place = ctx.pick(GOV_CAPITALS);
      const placed = ctx.rng() < 0.7;
      const dek = ctx.rng() < 0.5 ? ctx.pick(GOV_DEKS) : undefined;
      const contact = ctx.names[0]!;
      const oneLine = ctx.rng() < 0.5;
      const page = new Page().cb("An official website of the State of Valley", "Here's how you know").cb("Valley Department of Transportation", "About | Projects | Travel Info | News | Contact").c("Newsroom", "NEWS RELEASE");
      const date = `${WEEKDAYS[d.wd]}, ${MONTHS[d.m - 1]} ${d.d}, ${d.y}`;
      if (oneLine) page.h(`For Immediate Release: ${date}`);
      else page.c("FOR IMMEDIATE RELEASE").h(date);
      page.cb(`Media Contact: ${contact}, ${ctx.pick(GOV_ROLES)}`, `555-0${100 + Math.floor(ctx.rng() * 900)} | ${contact.toLowerCase().replace(" ", ".")}@vdot.valley.example`);
      page.h(ctx.story.title);
      if (dek) {
        page.h(dek);
        page.dek = dek;
      }
      body(page, ctx, {
        lead: (p) => (placed ? `${place} – ${p}` : p),
        figure: (c, cr) => [cr ? `${c} (${cr})` : c],
        credit: (who) => (ctx.rng() < 0.5 ? "VDOT photo" : `Photo by ${who}, VDOT`),
        between: {},
      });
      page.c("###");
      page.h("The Valley Department of Transportation plans, builds and maintains the state's highways, bridges and rail crossings.");
      page.c("Follow VDOT on X @ValleyDOT and on Facebook.", "Subscribe to news releases", "Back to top");
      page.cb("Accessibility | Privacy Policy | Public Records | Contact Us");
      return { page, header: { byline: [], ...(placed ? { dateline: place } : {}) } };
    },
  },
  {
    // A US paper's sports section: a score ticker, "By Ann Lee | alee@valleypost.example |
    // Valley Post" (or two names before the outlet), "PUBLISHED: January 29, 2020 at 5:32 p.m. |
    // UPDATED: January 30, 2020 at 9:04 a.m.", a "Related Articles" list, credits in parentheses
    // after the caption's stop ("Ann Lee, Valley Post", "Photo by Ann Lee/Getty Images", "AP
    // Photo/Ann Lee"), a contributor's line as the story's last paragraph on some pages, and
    // "Originally Published:" at the foot.
    name: "held-out-sports-section",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const two = ctx.rng() < 0.3;
      const names = two ? ctx.names.slice(0, 2) : ctx.names.slice(0, 1);
      const upd = updateOf(ctx, 0.5);
      const u = dayOf(upd.iso);
      const home = ctx.pick(TEAMS);
      const away = ctx.pick(TEAMS.filter((t) => t !== home));
      const contributor = ctx.rng() < 0.35;
      const stamp = (day: Day, hh: number, mm: number) => `${MONTHS[day.m - 1]} ${day.d}, ${day.y} at ${h12(hh)}:${pad(mm)} ${ampm(hh, "p.m.")}`;
      const page = new Page().cb("Valley Post", "Sports | Preps | Colleges | Outdoors | Betting").cb("FINAL", `${home} ${2 + Math.floor(ctx.rng() * 5)}`, `${away} ${Math.floor(ctx.rng() * 2)}`).c("SPORTS");
      page.h(ctx.story.title);
      page.h(two ? `By ${names.join(" and ")} | Valley Post` : `By ${names[0]} | ${emailUser(names[0]!)}@valleypost.example | Valley Post`);
      page.h(`PUBLISHED: ${stamp(d, h, min)} | UPDATED: ${stamp(u, upd.hh, upd.mm)}`);
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => [cr ? `${c}. (${cr})` : c],
        credit: (who) => {
          const r = ctx.rng();
          return r < 0.4 ? `${who}, Valley Post` : r < 0.7 ? `Photo by ${who}/Getty Images` : `AP Photo/${who}`;
        },
        between: { 0: ["Related Articles", ctx.pick(RELATED), ctx.pick(RELATED)], 2: ["Get more Valley Post sports news by signing up for our free Sports Extra newsletter."] },
        bareCaptions: true,
      });
      if (contributor) {
        const tail = `Valley Post staff writer ${ctx.names[1]} contributed to this report.`;
        if (!two) {
          page.blocks.push([tail]);
          page.story.push(tail);
        }
      }
      page.c(`Originally Published: ${stamp(d, h, min)}`);
      page.c("Sign up for Sports Extra to get the latest updates delivered to your inbox.");
      page.h(`© ${d.y} Valley Post`);
      return { page, header: { byline: names, updated: upd.iso } };
    },
  },
];
