/**
 * An eighth held-out group of outlet styles for the import evaluation (issue 13), written before
 * reading the importer's code (only src/ingest/eval/, scripts/eval-import.ts, the evaluation
 * test, BENCHMARKS.md's account of the earlier groups and the shared raw seed were read), to be
 * scored untouched: a US paper's page as the Wayback Machine shows it (the archive's toolbar with
 * its capture dates above the page, "Jan 29, 2020 Updated 9 hrs ago", "Buy Now" over the caption,
 * the author's card at the foot), a browser's print of a news page (the print date and the page's
 * title at the head of every printed page, the address and "1/3" at its foot), a Kenyan daily
 * ("Wednesday January 29 2020" above the headline, "In Summary" bullets, "By ANN LEE" over "More
 * by this Author", "PHOTO | FILE | NMG"), a Bangladeshi daily ("Wed Jan 29, 2020 05:32 PM Last
 * update on: Thu Jan 30, 2020 09:04 AM" on one line, "Star Online Report", "Dhaka, Jan 29 (UNB)
 * -", "Photo: Star/ Ann Lee"), a paywalled business daily ("Gift this article", "Ann Lee in Denver
 * and Bob Stone in Phoenix", "January 29 2020" with no comma, "© Ann Lee/Bloomberg"), an RSS
 * reader's copy ("Valley Gazette / by Ann Lee / 3h", "The post … appeared first on …", the item's
 * "Published: Wed, 29 Jan 2020 17:32:00 +0000" below the story and its later "Received:"), a
 * library's OCR of a microfilmed page (the citation line with the issue's date, hard-wrapped
 * columns, specks read as stray marks, "— Gazette photo by Ann Lee"), and a New Zealand paper
 * (Māori names and "Te" surnames, "Political Reporter·Kōwhai Herald·", "29 Jan, 2020 05:32 PM",
 * "4 mins to read", "Photo / Ann Lee"). The styles are written for this project; no outlet's page
 * is copied.
 */
import { ampm, body, dayOf, h12, localNames, mon, MONTHS, nextDay, pad, Page, RELATED, shortWeekday, WEEKDAYS, type Ctx, type Day, type Style } from "./outlets.ts";

const KE_NAMES = ["Wanjiru Kamau", "Otieno Odhiambo", "Achieng Oduor", "Kipchumba Some", "Nyambura Mwangi", "Mwende Mutiso", "Barasa Wekesa", "Chebet Kiprono"];
const KE_SUMMARIES = [
  "• The county says the work will be completed within six months.",
  "• Residents had petitioned the assembly for more than a year.",
  "• Officials say funds for the project have already been set aside.",
  "• Critics say the public was not consulted before the decision.",
];
const BD_NAMES = ["Rashed Karim", "Nusrat Jahan", "Tanvir Ahmed", "Farzana Akter", "Mahfuz Rahman", "Sadia Islam"];
const BD_PLACES = ["Chattogram", "Sylhet", "Rajshahi", "Khulna"];
const BIZ_CITIES = ["Denver", "Phoenix", "Omaha", "Boise", "Tucson", "Sacramento", "London", "New York"];
const BIZ_TOPICS = ["US infrastructure", "Utilities", "Local government", "Public finance", "US politics & policy"];
const BIZ_DEKS = [
  "Officials say the move will restore confidence after months of uncertainty",
  "The decision is the latest sign of strain on public budgets across the region",
  "Analysts warn the costs could rise further before the work is finished",
];
const NZ_NAMES = ["Aroha Ngata", "Tama Rāwiri", "Kiri Parata", "Ngaio Te Kani", "Liam O'Connor", "Hēmi Walker", "Sophie McAllister", "Rāwiri Tipene"];
const NZ_ROLES = ["Political Reporter", "Senior Journalist", "Reporter", "Local Democracy Reporter"];
const NZ_DEKS = [
  "Locals say the change has been a long time coming.",
  "The council says it had little choice after costs blew out.",
  "It follows months of debate around the council table.",
];
const CO_TOWNS = ["GREELEY", "PUEBLO", "LOVELAND", "DURANGO", "STERLING"];
const SPECKS = ["■ ■", ". ' ,", "' •", "- ■ -"];

/** one author or two */
const oneOrTwo = (ctx: Ctx, two: number) => (ctx.rng() < two ? ctx.names.slice(0, 2) : ctx.names.slice(0, 1));
/** the time an update was made: the same day a few hours later, or 9:04 the next morning */
const updateOf = (ctx: Ctx, nextDayShare: number) => {
  const next = ctx.rng() < nextDayShare;
  return next ? { iso: nextDay(ctx.story.date), hh: 9, mm: 4 } : { iso: ctx.story.date, hh: Math.min(ctx.time.h + 3, 23), mm: (ctx.time.min + 17) % 60 };
};
/** a day some days after the story's */
const daysLater = (iso: string, n: number) => new Date(Date.parse(`${iso}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
/** the index of the block that prints exactly this paragraph (or starts with it, when hard-wrapped) */
const blockOf = (page: Page, printed: string) => {
  const i = page.blocks.findIndex((b) => b.length === 1 && b[0] === printed);
  if (i < 0) throw new Error(`no block prints: ${printed.slice(0, 40)}`);
  return i;
};
const slugOf = (ctx: Ctx) => ctx.story.slug.replace(/^\d+-/, "");

export const HELD_OUT_EIGHTH_STYLES: readonly Style[] = [
  {
    // A US paper on a town-news CMS, copied from the Wayback Machine: the archive's toolbar (the
    // address, the capture count, the first and last capture's dates, the calendar's months, days
    // and years, "About this capture") above the page; "By Ann Lee, Gazette staff writer" or two
    // names and "Gazette staff writers"; "Jan 29, 2020" with " Updated Jan 30, 2020" or " Updated 9
    // hrs ago" on the same line; the share buttons; "Buy Now" over each caption and the credit on
    // the line below; the author's card (the name again, the role, an email prompt) and tags at
    // the foot.
    name: "held-out-wayback",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const names = oneOrTwo(ctx, 0.3);
      const roll = ctx.rng();
      const updated = roll < 0.35 ? nextDay(ctx.story.date) : undefined;
      const relative = roll >= 0.35 && roll < 0.65 ? `${1 + Math.floor(ctx.rng() * 20)} hrs ago` : undefined;
      const captured = dayOf(daysLater(ctx.story.date, 1 + Math.floor(ctx.rng() * 40)));
      const stamp = `${captured.y}${pad(captured.m)}${pad(captured.d)}${pad(ctx.time.h)}${pad(ctx.time.min)}22`;
      const url = `https://www.valleygazette.example/news/local/${slugOf(ctx)}/article_${stamp.slice(2, 10)}.html`;
      const prev = captured.m === 1 ? 12 : captured.m - 1;
      const next = captured.m === 12 ? 1 : captured.m + 1;
      const page = new Page().cb("INTERNET ARCHIVE", "Wayback Machine");
      page.c(url, "Go");
      page.cb(`${3 + Math.floor(ctx.rng() * 90)} captures`, `${captured.d} ${mon(captured)} ${captured.y} - ${Math.max(1, captured.d - 3)} Mar ${captured.y + 3}`);
      page.cb(`${mon(dayOf(`2000-${pad(prev)}-01`)).toUpperCase()}\t${mon(captured).toUpperCase()}\t${mon(dayOf(`2000-${pad(next)}-01`)).toUpperCase()}`, `${captured.d}`, `${captured.y - 1}\t${captured.y}\t${captured.y + 1}`);
      page.c("About this capture", "COLLECTED BY", "Collection: Common Crawl", "TIMESTAMPS");
      page.c(`The Wayback Machine - https://web.archive.org/web/${stamp}/${url}`);
      page.cb("Valley Gazette", "Subscribe", "Log In").cb("News", "Local");
      page.h(ctx.story.title);
      page.h(names.length > 1 ? `By ${names.join(" and ")}, Gazette staff writers` : `By ${names[0]}, Gazette staff writer`);
      const u = updated ? dayOf(updated) : undefined;
      page.h(`${mon(d)} ${d.d}, ${d.y}${u ? ` Updated ${mon(u)} ${u.d}, ${u.y}` : relative ? ` Updated ${relative}` : ""}`);
      page.cb("Facebook", "Twitter", "WhatsApp", "SMS", "Email", "Print", "Save");
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => (cr ? [c, cr] : [c]),
        credit: (who) => {
          const r = ctx.rng();
          return r < 0.5 ? `${who}/Valley Gazette` : r < 0.75 ? "Gazette file photo" : "Courtesy photo";
        },
        figureChrome: ["Buy Now"],
        between: { 0: ["Sign up for our Daily Headlines newsletter"], 2: ["Most Popular", ctx.pick(RELATED), ctx.pick(RELATED)] },
      });
      page.c(names[0]!, "Staff Writer", `Email ${names[0]!.split(" ")[0]} about this story`);
      page.cb("Tags", "Local Government", "Valley City");
      page.h(`© Copyright ${d.y} Valley Gazette, 100 Main St Valley City, CO | Terms of Use | Privacy Policy`);
      return { page, header: { byline: names, ...(updated ? { updated } : {}) } };
    },
  },
  {
    // A browser's print of a news page, its text copied out of the PDF: the print's date and time
    // and the page's title with the site's name at the head of each printed page, the address and
    // "1/3" at its foot, a form feed between pages; the site's bar, the headline, a dek on some
    // pages, the date ("January 29, 2020 5:32 PM") above "By Ann Lee" (or two names), the credit
    // after a bar on the caption's line ("| Ann Lee/The Valley Ledger").
    name: "held-out-browser-print",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const names = oneOrTwo(ctx, 0.35);
      const dek = ctx.rng() < 0.5 ? ctx.pick(BIZ_DEKS) : undefined;
      const printed = dayOf(daysLater(ctx.story.date, 1 + Math.floor(ctx.rng() * 30)));
      const ph = 8 + Math.floor(ctx.rng() * 12);
      const pm = Math.floor(ctx.rng() * 60);
      const head = `${printed.m}/${printed.d}/${String(printed.y).slice(2)}, ${h12(ph)}:${pad(pm)} ${ampm(ph, "PM")} ${ctx.story.title} | The Valley Ledger`;
      const url = `https://www.valleyledger.example/news/${d.y}/${pad(d.m)}/${pad(d.d)}/${slugOf(ctx)}/`;
      const page = new Page().c(head);
      page.cb("The Valley Ledger", "Subscribe | Log in").c("NEWS");
      page.h(ctx.story.title);
      if (dek) {
        page.h(dek);
        page.dek = dek;
      }
      page.h(`${MONTHS[d.m - 1]} ${d.d}, ${d.y} ${h12(h)}:${pad(min)} ${ampm(h, "PM")}`);
      page.h(`By ${names.join(" and ")}`);
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => [cr ? `${c} | ${cr}` : c],
        credit: (who) => (ctx.rng() < 0.6 ? `${who}/The Valley Ledger` : "Associated Press"),
        between: { 2: ["ADVERTISEMENT"] },
        bareCaptions: true,
      });
      page.c("Comments", "Sign in to comment");
      page.h(`Copyright ${d.y} The Valley Ledger. All rights reserved.`);
      // The printed pages: breaks after the second and the fourth paragraph.
      const { paragraphs } = ctx.story;
      const breaks = [1, 3].filter((i) => i < paragraphs.length - 1);
      const pages = breaks.length + 1;
      breaks.forEach((i, n) => {
        const at = blockOf(page, paragraphs[i]!) + 1;
        const lines = [[`${url} ${n + 1}/${pages}`], [`\f${head}`]];
        page.blocks.splice(at, 0, ...lines);
        page.chrome.push(...lines.flat());
      });
      page.c(`${url} ${pages}/${pages}`);
      return { page, header: { byline: names } };
    },
  },
  {
    // A Kenyan daily: the date with its weekday and no commas above the headline ("Wednesday
    // January 29 2020"), "In Summary" over two bullets, "By WANJIRU KAMAU" (or two names joined
    // by "AND") over "More by this Author", "Updated 2 hours ago" on some pages, credits after
    // the caption's stop between bars ("PHOTO | FILE | NMG", "PHOTO | ANN LEE | NMG"),
    // "ADVERTISEMENT" between paragraphs, a story tip prompt at the foot.
    name: "held-out-ke-daily",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const names = localNames(ctx, KE_NAMES, 0.25);
      const first = ctx.pick(KE_SUMMARIES);
      const summary = [first, ctx.pick(KE_SUMMARIES.filter((s) => s !== first))];
      const page = new Page().cb("Daily Valley Nation", "Home | News | Counties | Business | Sports | Opinion | ePaper").c("Subscribe", "News");
      page.h(`${WEEKDAYS[d.wd]} ${MONTHS[d.m - 1]} ${d.d} ${d.y}`);
      page.h(ctx.story.title);
      page.c("In Summary").h(...summary);
      page.h(`By ${names.map((n) => n.toUpperCase()).join(" AND ")}`).c("More by this Author");
      if (ctx.rng() < 0.4) page.c(`Updated ${2 + Math.floor(ctx.rng() * 10)} hours ago`);
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => [`${c}. ${cr}`],
        credit: (who) => {
          const r = ctx.rng();
          return r < 0.4 ? "PHOTO | FILE | NMG" : r < 0.8 ? `PHOTO | ${who.toUpperCase()} | NMG` : "PHOTO | COURTESY";
        },
        between: { 0: ["ADVERTISEMENT"], 2: ["ADVERTISEMENT"] },
      });
      page.c("Do you have a story in your neighbourhood? Send it to newsdesk@valleynation.example or WhatsApp 0700 000 000.");
      page.cb("Topics", "Nairobi", "County Assembly");
      page.h(`© ${d.y} Nation Valley Media Group. All rights reserved.`);
      return { page, header: { byline: names.map((n) => n.toUpperCase()) } };
    },
  },
  {
    // A Bangladeshi English daily: the desk instead of a name ("Star Online Report", "Staff
    // Correspondent", "Our Correspondent, Sylhet", or an agency's "UNB, Dhaka" with its own
    // dateline "Dhaka, Jan 29 (UNB) -"), a name or two otherwise; the date as "Wed Jan 29, 2020
    // 05:32 PM" with "Last update on: Thu Jan 30, 2020 09:04 AM" on the same line; credits after
    // the caption's stop ("Photo: Star/ Ann Lee", "Photo: Collected", "Photo: UNB"); a Google
    // News prompt between paragraphs and the tags at the foot.
    name: "held-out-bd-daily",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const roll = ctx.rng();
      const unb = roll < 0.2;
      const names = roll < 0.55 ? [] : localNames(ctx, BD_NAMES, 0.25);
      const desk = unb ? "UNB, Dhaka" : roll < 0.35 ? "Star Online Report" : roll < 0.45 ? "Staff Correspondent" : roll < 0.55 ? `Our Correspondent, ${ctx.pick(BD_PLACES)}` : names.join(" and ");
      const upd = updateOf(ctx, 0.5);
      const stamp = (day: Day, hh: number, mm: number) => `${shortWeekday(day)} ${mon(day)} ${day.d}, ${day.y} ${pad(h12(hh))}:${pad(mm)} ${ampm(hh, "PM")}`;
      const page = new Page().cb("The Valley Star", "Home | Bangladesh | Business | Opinion | Sports | Entertainment | Star Multimedia").c("Bangladesh");
      page.h(ctx.story.title).h(desk);
      page.h(`${stamp(d, h, min)} Last update on: ${stamp(dayOf(upd.iso), upd.hh, upd.mm)}`);
      body(page, ctx, {
        lead: (p) => (unb ? `Dhaka, ${mon(d)} ${d.d} (UNB) - ${p}` : p),
        figure: (c, cr) => [`${c}. ${cr}`],
        credit: (who) => {
          const r = ctx.rng();
          return r < 0.5 ? `Photo: Star/ ${who}` : r < 0.75 ? "Photo: Collected" : "Photo: UNB";
        },
        between: { 1: ["Follow The Valley Star Google News channel for the latest news updates."] },
      });
      page.c("Related topic");
      page.cb("Tags: Dhaka | Bangladesh | Local government");
      page.h(`© ${d.y} thevalleystar.example. All rights reserved.`);
      return { page, header: { byline: names, ...(unb ? { dateline: "Dhaka" } : {}), updated: upd.iso } };
    },
  },
  {
    // A paywalled business daily: the topic and "Add to myVBD" above the headline, a dek on every
    // page, the gift bar ("Gift this article", "Free to read", "Save", "Print this page"), the
    // byline with each reporter's city ("Ann Lee in Denver and Bob Stone in Phoenix"), the date
    // with no comma ("January 29 2020", "Published January 29 2020" over "Updated January 30
    // 2020"), captions with "© Ann Lee/Bloomberg" after them, "Recommended" links and the
    // editor's newsletter pitch between paragraphs, the reuse and comments links at the foot.
    name: "held-out-biz-daily",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const names = oneOrTwo(ctx, 0.35);
      const city = ctx.pick(BIZ_CITIES);
      const other = ctx.pick(BIZ_CITIES.filter((c) => c !== city));
      const byline = names.length > 1 ? (ctx.rng() < 0.5 ? `${names[0]} in ${city} and ${names[1]} in ${other}` : `${names[0]} and ${names[1]} in ${city}`) : `${names[0]} in ${city}`;
      const dek = ctx.pick(BIZ_DEKS);
      const updated = ctx.rng() < 0.3 ? nextDay(ctx.story.date) : undefined;
      const long = (day: Day) => `${MONTHS[day.m - 1]} ${day.d} ${day.y}`;
      const page = new Page().cb("Skip to main content", "Skip to navigation").cb("Valley Business Daily", "Subscribe", "Sign In");
      page.c(ctx.pick(BIZ_TOPICS), "Add to myVBD");
      page.h(ctx.story.title).h(dek);
      page.dek = dek;
      page.cb("Gift this article", "Free to read", "Save", "Print this page");
      page.h(byline);
      if (updated) page.h(`Published ${long(d)}`, `Updated ${long(dayOf(updated))}`);
      else page.h(ctx.rng() < 0.5 ? long(d) : `Published ${long(d)}`);
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => [cr ? `${c} © ${cr}` : c],
        credit: (who) => {
          const r = ctx.rng();
          return r < 0.4 ? `${who}/Bloomberg` : r < 0.7 ? "AFP via Getty Images" : r < 0.85 ? "Reuters" : `${who}/VBD`;
        },
        between: {
          0: ["Unlock the Editor's Digest for free", "Valley Business Daily's editor, Ruth Calder, selects her favourite stories in this weekly newsletter."],
          2: ["Recommended", ctx.pick(RELATED)],
        },
        bareCaptions: true,
      });
      page.h(`Copyright The Valley Business Daily Ltd ${d.y}. All rights reserved.`);
      page.c("Reuse this content", "Comments", "Follow the topics in this article").cb("Local government", "Utilities", names[0]!);
      return { page, header: { byline: names, ...(updated ? { updated } : {}) } };
    },
  },
  {
    // An RSS reader's copy of a feed item: the reader's bar and the feed's name, the headline,
    // "Valley Gazette / by Ann Lee / 3h" (the feed, the author or authors, the age), "Visit
    // Website", the story with captions and an em dash before "Credit: …", the feed's "The post …
    // appeared first on Valley Gazette." tail, the reader's buttons, and the item's details below:
    // "Published: Wed, 29 Jan 2020 17:32:00 +0000" and a later "Received: …".
    name: "held-out-rss-reader",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const names = oneOrTwo(ctx, 0.25);
      const age = ctx.rng() < 0.5 ? `${1 + Math.floor(ctx.rng() * 23)}h` : `${1 + Math.floor(ctx.rng() * 6)}d`;
      const rfc = (day: Day, hh: number, mm: number, ss: number) => `${shortWeekday(day)}, ${pad(day.d)} ${mon(day)} ${day.y} ${pad(hh)}:${pad(mm)}:${pad(ss)} +0000`;
      const received = dayOf(daysLater(ctx.story.date, 1));
      const page = new Page().cb("Today", "Read Later", "All", "Valley Gazette – Local News").c("Mark all as read");
      page.h(ctx.story.title);
      page.h(`Valley Gazette / by ${names.join(", ")} / ${age}`);
      page.c("Visit Website");
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => [cr ? `${c} — ${cr}` : c],
        credit: (who) => (ctx.rng() < 0.7 ? `Credit: ${who}/Valley Gazette` : "Credit: Valley Gazette file"),
        between: {},
        bareCaptions: true,
      });
      page.c(`The post ${ctx.story.title} appeared first on Valley Gazette.`);
      page.cb("Mark as read", "Save for later", "Share");
      page.c("Item details");
      page.h(`Published: ${rfc(d, h, min, 0)}`);
      page.c(`Received: ${rfc(received, 2, Math.floor(ctx.rng() * 60), 44)}`);
      return { page, header: { byline: names } };
    },
  },
  {
    // A library's digitised newspaper, the OCR text of a microfilmed page: the archive's bar, the
    // citation line ("The Valley Gazette (Valley City, Colo.), Wednesday, January 29, 2020, Final
    // Edition, Page A3, Image 3"), the OCR warning and the viewer's buttons, then the headline,
    // "By ANN LEE" over "Gazette Staff Writer", hard-wrapped columns with words hyphenated at the
    // line's end, a dateline in capitals with an em dash on some pages, specks read as stray marks
    // between paragraphs, the credit below the caption after an em dash, an advertisement's line
    // and the persistent link at the foot.
    name: "held-out-microfilm-ocr",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const name = ctx.names[0]!;
      const place = ctx.rng() < 0.5 ? ctx.pick(CO_TOWNS) : undefined;
      const folio = `A${2 + Math.floor(ctx.rng() * 8)}`;
      const image = 2 + Math.floor(ctx.rng() * 20);
      const page = new Page().cb("Valley Digital Newspaper Archive", "Home | Browse | Search | About");
      page.h(`The Valley Gazette (Valley City, Colo.), ${WEEKDAYS[d.wd]}, ${MONTHS[d.m - 1]} ${d.d}, ${d.y}, Final Edition, Page ${folio}, Image ${image}`);
      page.c("Text provided by OCR. May contain errors.").cb("Zoom in | Zoom out | Clip | Download PDF | Print");
      page.h(ctx.story.title).h(`By ${name.toUpperCase()}`, "Gazette Staff Writer");
      body(page, ctx, {
        lead: (p) => (place ? `${place} — ${p}` : p),
        figure: (c, cr) => (cr ? [c, `— ${cr}`] : [c]),
        credit: (who) => (ctx.rng() < 0.7 ? `Gazette photo by ${who}` : "Courtesy photo"),
        between: { 0: [ctx.pick(SPECKS)], 2: [ctx.pick(SPECKS)] },
        wrap: 42,
      });
      page.c(`VALLEY TIRE & AUTO • 555-0188 • OPEN SATURDAYS`);
      page.c(`Persistent link: https://valleyarchive.example/lccn/sn99012345/${ctx.story.date}/ed-1/seq-${image}/`);
      return { page, header: { byline: [name.toUpperCase()], ...(place ? { dateline: place } : {}) } };
    },
  },
  {
    // A New Zealand paper: "Premium" on some pages, the section, the headline, a dek on most
    // pages, "By Aroha Ngata" (Māori and Irish names, "Te" surnames, or two names after a comma)
    // over the role and the paper between middle dots ("Political Reporter·Kōwhai Herald·"), the
    // date day first with a comma after the month ("29 Jan, 2020 05:32 PM") and the reading time
    // on the same line or the next, "Listen to this article" and the player, credits after the
    // caption's stop ("Photo / Ann Lee", "Photo / Getty Images"), "Advertisement" and "Advertise
    // with Kōwhai Media." between paragraphs, a newsletter prompt, the latest stories at the foot.
    name: "held-out-nz-paper",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const names = localNames(ctx, NZ_NAMES, 0.25);
      const premium = ctx.rng() < 0.4;
      const dek = ctx.rng() < 0.6 ? ctx.pick(NZ_DEKS) : undefined;
      const date = `${d.d} ${mon(d)}, ${d.y} ${pad(h12(h))}:${pad(min)} ${ampm(h, "PM")}`;
      const read = `${3 + Math.floor(ctx.rng() * 6)} mins to read`;
      const page = new Page().cb("Kōwhai Herald", "Latest news | New Zealand | World | Business | Sport | Entertainment", "Subscribe").c("New Zealand");
      if (premium) page.c("Premium");
      page.h(ctx.story.title);
      if (dek) {
        page.h(dek);
        page.dek = dek;
      }
      page.h(`By ${names.join(", ")}`);
      if (names.length === 1) page.h(`${ctx.pick(NZ_ROLES)}·Kōwhai Herald·`);
      if (ctx.rng() < 0.5) page.h(`${date} ${read}`);
      else page.h(date).c(read);
      page.cb("Listen to this article", `0:00 / ${3 + Math.floor(ctx.rng() * 5)}:${pad(Math.floor(ctx.rng() * 60))}`);
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => [cr ? `${c}. ${cr}` : c],
        credit: (who) => {
          const r = ctx.rng();
          return r < 0.5 ? `Photo / ${who}` : r < 0.75 ? "Photo / Getty Images" : "Photo / Supplied";
        },
        between: { 0: ["Advertisement", "Advertise with Kōwhai Media."], 2: ["Sign up to The Front Page, our free daily newsletter, for the day's top stories."] },
        bareCaptions: true,
      });
      page.c("Share this article");
      if (premium) page.c("Reminder, this is a Premium article and requires a subscription to read.");
      page.c("Latest from New Zealand", ctx.pick(RELATED));
      page.h(`© Copyright ${d.y} Kōwhai Media Ltd`);
      return { page, header: { byline: names } };
    },
  },
];
