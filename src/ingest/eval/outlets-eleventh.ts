/**
 * An eleventh held-out group of outlet styles for the import evaluation (issue 13), written before
 * reading the importer's code (only src/ingest/eval/, scripts/eval-import.ts, the evaluation test
 * and README.md were read), to be scored untouched. Mainstream sources a contributor pastes from
 * every day: a US regional paper on a BLOX-style CMS ("By Ann Lee alee@…" with the address on the
 * byline's line, "From staff reports", "Jan 29, 2020" over "Updated Jan 30, 2020" or the older
 * template's "Posted: Wednesday, January 29, 2020 5:32 pm | Updated: 9:04 am, Thu Jan 30, 2020.",
 * a bare comment count, the share row, "Buy Now" below the credit, the template's unfilled
 * "{{featured_button_text}}" and its notification box at the foot), a McClatchy-style metro site
 * ("BY ANN LEE AND BOB STONE" and "UPDATED JANUARY 30, 2020 09:04 AM" in capitals, or in sentence
 * case; an updated page shows only the update at the head and "This story was originally
 * published January 29, 2020 5:32 PM." at the foot; the listen widget, "Read Next", the app's
 * promotion, credits after the caption's stop with the photographer's email, "Profile Image of
 * …" over the author's card), a Hearst-style paper ("By Ann Lee, Staff writer", "Published 5:32
 * pm CST, Wednesday, January 29, 2020" with the time before the date, or "Jan 29, 2020" over
 * "Updated: Jan 30, 2020 9:04 a.m.", agency copy with "DENVER (AP) — ", the gallery's "1of2" and
 * "Buy Photo" above the caption, "Photo: Ann Lee / Staff photographer" below it, "Article continues
 * below this ad"), an Arc XP-style national paper (a dek, "Gift Article", two authors on three
 * lines "By Ann Lee" / "and" / "Bob Stone", "Updated January 30, 2020 at 9:04 a.m. EST|Published
 * January 29, 2020 at 5:32 p.m. EST" glued by a bar, "(Ann Lee/The Capital Ledger)" after the
 * caption's stop, "Advertisement" over "Story continues below advertisement", the authors' notes
 * and "Gift this article" below), an Apple News copy (the publisher's name, "Apple News+" on some,
 * "By Ann Lee" or "Ann Lee & Bob Stone" above or below "Jan 29, 2020", "January 29, 2020 at 5:32
 * PM" or "Wednesday, January 29, 2020", agency copy, "More from …", the apple.news link and
 * "Shared from Apple News"), an Australian regional paper on a network's CMS ("Updated January 30
 * 2020 - 9:04am, first published January 29 2020 - 5:32pm", "first published 5:32pm" on the same
 * day, or the older "29 Jan 2020, 5:32 p.m." day first, "Picture by Ann Lee" after the caption's
 * stop, "File picture", "READ MORE: …", the newsletter box and the access appeal), a smart-brevity
 * local newsletter site ("Jan 29, 2020 - Politics & Policy" above the headline or below the names,
 * the names on one line or each on its own, paragraphs led by "Why it matters:", "Driving the
 * news:", "What's next:" and the like kept as the story's text, "Photo: Ann Lee/Getty Images"
 * after the caption's stop, "Go deeper: …"), and a web portal's syndicated copy of a chain's local
 * paper (the partner's name over the headline, "Ann Lee, The Valley Times", "January 29, 2020, 5:32
 * PM·4 min read" or "Wed, January 29, 2020 at 5:32 PM MST" over the reading time, "(Photo: Ann
 * Lee/The Valley Times)" after the caption's stop, "Story continues", "Ad Feedback", the reporter's
 * contact line and "This article originally appeared on The Valley Times: <headline>" at the
 * foot). The styles are written for this project; no outlet's page is copied.
 */
import { ampm, body, dayOf, h12, localNames, mon, MONTHS, nextDay, pad, Page, RELATED, shortWeekday, WEEKDAYS, type Ctx, type Day, type Style } from "./outlets.ts";

const BLOX_PAPERS = ["The Valley Tribune", "Cedar County Courier", "The Mesa Daily Sentinel"];
const BLOX_SECTIONS = ["Local News", "News", "Local", "Government"];
const BLOX_TAGS = ["Water", "Politics", "Government", "Valley City", "Public Safety", "Environment", "Education"];
const BLOX_DEKS = [
  "Officials say more details will be released next week.",
  "The decision drew a crowd to Tuesday's meeting.",
  "Residents have until the end of the month to comment.",
];
const BEE_BEATS = ["county government", "water and the environment", "public safety", "the state Capitol", "growth and development"];
const HEARST_SECTIONS = ["Local", "Politics", "Metro", "News"];
const ARC_SECTIONS = ["Climate & Environment", "Local", "Politics", "Transportation", "Education"];
const ARC_DEKS = [
  "Officials said the decision, weeks in the making, could ripple across the region",
  "The move comes after months of pressure from residents and local leaders",
  "Some experts warn the change may not be enough",
];
const ARC_BEATS = ["local government", "climate and water", "transportation", "national politics", "education"];
const APPLE_PUBLISHERS = ["The Valley Times", "Mesa Herald", "Cedar Rapids Ledger", "Valley Public Radio"];
const AU_PAPERS = ["The Valley Advocate", "Western Plains Leader", "The Coastal Examiner"];
const AU_NAMES = ["Jess Whitty", "Liam Costello", "Bridget McGrath", "Tom Nguyen", "Sienna O'Brien", "Harrison Kemp", "Matilda Cross", "Brodie Walsh"];
const AU_ROLES = ["Journalist", "Senior journalist", "Court reporter", "Council reporter"];
const SB_TOPICS = ["Politics & Policy", "Energy & Environment", "Economy", "Transportation", "Health"];
const SB_MIDDLE = ["Driving the news:", "The big picture:", "Zoom in:", "By the numbers:", "State of play:", "Between the lines:", "The other side:", "Flashback:", "What they're saying:", "Details:"];
const SB_END = ["What's next:", "What we're watching:", "The bottom line:"];
const YAHOO_PARTNERS = ["The Valley Times", "Mesa Register-Star", "The Cedar County Journal", "Desert Sun Courier"];
const YAHOO_BEATS = ["local government", "water and growth", "public safety", "the county"];

/** "Ann Lee" → "alee" */
const emailUser = (name: string) => {
  const [first, ...rest] = name.split(" ");
  return `${first![0]}${rest.join("")}`.toLowerCase().replace(/[^a-z]/g, "");
};
/** "The Valley Tribune" → "valleytribune.example" */
const domainOf = (paper: string) => `${paper.toLowerCase().replace(/^the /, "").replace(/[^a-z]/g, "")}.example`;
const zone = (day: Day, std: string, dst: string) => (day.m >= 4 && day.m <= 10 ? dst : std);
const oneOrTwo = (ctx: Ctx, two: number) => (ctx.rng() < two ? ctx.names.slice(0, 2) : ctx.names.slice(0, 1));
/** An update the next morning, or the same evening, a few hours after the story was posted. */
const updateOf = (ctx: Ctx, nextDayShare: number) =>
  ctx.rng() < nextDayShare ? { iso: nextDay(ctx.story.date), hh: 9, mm: 4 } : { iso: ctx.story.date, hh: Math.min(ctx.time.h + 3, 23), mm: (ctx.time.min + 17) % 60 };
/** `n` different headlines of the site's other stories, in the generator's order. */
const related = (ctx: Ctx, n: number) => {
  const pool = [...RELATED];
  return Array.from({ length: n }, () => pool.splice(Math.floor(ctx.rng() * pool.length), 1)[0]!);
};
const BEE_CITIES = ["Fresno", "Reno", "Bakersfield", "Modesto", "Spokane", "Tacoma"];
const upper = (names: readonly string[]) => names.map((n) => n.toUpperCase());
/** How many photos body() prints: one after each paragraph but the first, while captions last. */
const photoCount = (ctx: Ctx) => Math.min(ctx.story.captions.length, ctx.story.paragraphs.length - 1);

export const HELD_OUT_ELEVENTH_STYLES: readonly Style[] = [
  {
    // A US regional daily on a BLOX-style CMS: the section, the headline, a summary on some pages,
    // "By Ann Lee alee@valleytribune.example" (the address on the byline's line), the name over
    // "Staff Writer", "By Ann Lee and Bob Stone Tribune staff writers" or "From staff reports";
    // "Jan 29, 2020" over "Updated Jan 30, 2020", or the older template's "Posted: Wednesday,
    // January 29, 2020 5:32 pm | Updated: 9:04 am, Thu Jan 30, 2020."; the comment count alone on
    // its line, the share row; the caption over the credit and "Buy Now"; the template's unfilled
    // "{{featured_button_text}}" and its newsletter box between paragraphs; the tags, the author's
    // card, the notification box with its placeholders, "Most Popular" and the address line.
    name: "held-out-blox-regional",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const paper = ctx.pick(BLOX_PAPERS);
      const domain = domainOf(paper);
      const short = paper.replace(/^The /, "").split(" ").at(-1)!;
      const roll = ctx.rng();
      const staff = roll < 0.15;
      const names = staff ? [] : roll < 0.35 ? ctx.names.slice(0, 2) : ctx.names.slice(0, 1);
      const dek = ctx.rng() < 0.4 ? ctx.pick(BLOX_DEKS) : undefined;
      const upd = ctx.rng() < 0.5 ? updateOf(ctx, 0.7) : undefined;
      const older = ctx.rng() < 0.35;
      const page = new Page().cb("Skip to main content", "Site search", "Search", "Subscribe", "Log In").c(ctx.pick(BLOX_SECTIONS));
      page.h(ctx.story.title);
      if (dek) {
        page.h(dek);
        page.dek = dek;
      }
      if (staff) page.h("From staff reports");
      else if (names.length > 1) page.h(`By ${names[0]} and ${names[1]} ${short} staff writers`);
      else if (ctx.rng() < 0.55) page.h(`By ${names[0]} ${emailUser(names[0]!)}@${domain}`);
      else page.h(names[0]!, "Staff Writer");
      if (older) {
        const posted = `Posted: ${WEEKDAYS[d.wd]}, ${MONTHS[d.m - 1]} ${d.d}, ${d.y} ${h12(h)}:${pad(min)} ${ampm(h, "pm")}`;
        const u = upd ? dayOf(upd.iso) : undefined;
        page.h(upd && u ? `${posted} | Updated: ${h12(upd.hh)}:${pad(upd.mm)} ${ampm(upd.hh, "pm")}, ${shortWeekday(u)} ${mon(u)} ${u.d}, ${u.y}.` : posted);
      } else {
        const u = upd ? dayOf(upd.iso) : undefined;
        page.h(`${mon(d)} ${d.d}, ${d.y}`, ...(u ? [`Updated ${mon(u)} ${u.d}, ${u.y}`] : []));
      }
      page.c(String(Math.floor(ctx.rng() * 9)));
      page.cb("Facebook", "Twitter", "WhatsApp", "SMS", "Email", "Print", "Copy article link", "Save");
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => {
          page.chrome.push("Buy Now");
          return [c, ...(cr ? [cr] : []), "Buy Now"];
        },
        credit: (who) => {
          const r = ctx.rng();
          return r < 0.5 ? `${who}/${paper}` : r < 0.7 ? "Courtesy photo" : r < 0.85 ? `AP Photo/${who}` : "Provided by Valley Water Board";
        },
        between: {
          1: ["{{featured_button_text}}"],
          2: ["Get local news delivered to your inbox!", "Subscribe to our Daily Headlines newsletter.", "Email Address", "Sign up!", "* I understand and agree that registration on or use of this site constitutes agreement to its user agreement and privacy policy."],
        },
        bareCaptions: true,
      });
      const tags = BLOX_TAGS.filter(() => ctx.rng() < 0.35);
      page.cb("Tags", ...(tags.length ? tags : ["Local News"]));
      if (names.length === 1) {
        page.h(names[0]!, "Reporter");
        page.c("Author email");
      }
      page.cb(
        "Get email notifications on {{subject}} daily!",
        "Your notification has been saved.",
        "There was a problem saving your notification.",
        "{{description}}",
        "Email notifications are only sent once a day, and only if there are new matching items.",
        "Followed notifications",
        "Please log in to use this feature",
        "Log In",
      );
      page.cb("Most Popular", ...related(ctx, 2)).c("Load comments");
      page.h(`© Copyright ${d.y} ${paper}, 200 E Main St Valley City, ID | Terms of Use | Privacy Policy`);
      return { page, header: { byline: names, ...(upd ? { updated: upd.iso } : {}) } };
    },
  },
  {
    // A McClatchy-style metro site: the section, the headline, "BY ANN LEE AND BOB STONE" and the
    // date in capitals with a zero-padded hour ("JANUARY 29, 2020 05:32 PM"), or "By Ann Lee" and
    // "January 29, 2020 5:32 PM"; a page updated since shows only "UPDATED …" at its head and
    // "This story was originally published January 29, 2020 5:32 PM." below the story; the listen
    // widget on some; credits after the caption's stop: the photographer's name and email (the
    // credit is the name), the name and the paper, or the name and "AP"; "Read Next" and the
    // app's promotion between paragraphs; "Profile Image of Ann Lee" over the author's card with
    // "Support my work with a digital subscription", the related stories, the comments and the
    // footer's links.
    name: "held-out-mcclatchy-metro",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const paper = "The Valley Bee";
      const caps = ctx.rng() < 0.5;
      const names = oneOrTwo(ctx, 0.3);
      const upd = ctx.rng() < 0.55 ? updateOf(ctx, 0.6) : undefined;
      const stamp = (day: Day, hh: number, mm: number) =>
        caps ? `${MONTHS[day.m - 1]!.toUpperCase()} ${day.d}, ${day.y} ${pad(h12(hh))}:${pad(mm)} ${ampm(hh, "PM")}` : `${MONTHS[day.m - 1]} ${day.d}, ${day.y} ${h12(hh)}:${pad(mm)} ${ampm(hh, "PM")}`;
      const page = new Page().cb("Skip to main content", "Account", "Sections", "Sign In", "Subscribe").c(caps ? "LOCAL" : "Local");
      page.h(ctx.story.title);
      page.h(caps ? `BY ${upper(names).join(" AND ")}` : `By ${names.join(" and ")}`);
      page.h(upd ? `${caps ? "UPDATED" : "Updated"} ${stamp(dayOf(upd.iso), upd.hh, upd.mm)}` : stamp(d, h, min));
      if (ctx.rng() < 0.5) page.cb("Only have a minute? Listen instead", "Powered by Trinity Audio", "00:00", `0${2 + Math.floor(ctx.rng() * 5)}:${pad(Math.floor(ctx.rng() * 60))}`);
      body(page, ctx, {
        lead: (p) => p,
        // A staff photographer's credit is the name with the email after it: the credit is the name.
        figure: (c, cr) => [cr ? `${c}. ${cr}${/ (The Valley Bee|AP)$/.test(cr) ? "" : ` ${emailUser(cr)}@valleybee.example`}` : c],
        credit: (who) => {
          const r = ctx.rng();
          return r < 0.45 ? who : r < 0.75 ? `${who} The Valley Bee` : `${who} AP`;
        },
        between: {
          1: ["Read Next", ctx.pick(RELATED)],
          3: ["Take Us With You", "Real-time updates and all local stories you want right in the palm of your hand.", "VALLEY BEE APP →", "VIEW NEWSLETTERS →"],
        },
        bareCaptions: true,
      });
      if (upd) page.h(`This story was originally published ${MONTHS[d.m - 1]} ${d.d}, ${d.y} ${h12(h)}:${pad(min)} ${ampm(h, "PM")}.`);
      for (const name of names) {
        page.c(`Profile Image of ${name}`);
        page.h(name, `${name} covers ${ctx.pick(BEE_BEATS)} for ${paper}. Before joining the paper in ${2012 + Math.floor(ctx.rng() * 7)}, ${name.split(" ")[0]} reported in ${ctx.pick(BEE_CITIES)}.`);
      }
      page.c("Support my work with a digital subscription");
      page.cb(`RELATED STORIES FROM ${paper.toUpperCase()}`, ...related(ctx, 2));
      page.c("Comments", "Copyright | Commenting Policy | Privacy Policy | Terms of Service");
      return { page, header: { byline: names, ...(upd ? { updated: upd.iso } : {}) } };
    },
  },
  {
    // A Hearst-style newspaper site: the section, the headline, "By Ann Lee, Staff writer" (or
    // "Ann Lee and Bob Stone, Staff writers" without "By", or agency copy "By ANN LEE, Associated
    // Press" with "DENVER (AP) — "), then the classic template's "Published 5:32 pm CST,
    // Wednesday, January 29, 2020" (and "Updated 9:04 am CST, Thursday, January 30, 2020") or the
    // newer "Jan 29, 2020" over "Updated: Jan 30, 2020 9:04 a.m."; each photo's gallery counter
    // ("1of2") and "Buy Photo" above the caption, "Photo: Ann Lee / Staff photographer" on the line
    // below; "Article continues below this ad" between paragraphs; the author's contact line,
    // "Most Popular" and the copyright.
    name: "held-out-hearst-metro",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const wire = ctx.rng() < 0.2;
      const names = wire ? ctx.names.slice(0, 1) : oneOrTwo(ctx, 0.3);
      const classic = ctx.rng() < 0.5;
      const upd = ctx.rng() < 0.5 ? updateOf(ctx, 0.5) : undefined;
      const total = photoCount(ctx);
      const page = new Page().cb("Subscribe", "Sign In", "Sections").c(ctx.pick(HEARST_SECTIONS));
      page.h(ctx.story.title);
      if (wire) page.h(`By ${names[0]!.toUpperCase()}, Associated Press`);
      else if (names.length > 1) page.h(`${names.join(" and ")}, Staff writers`);
      else page.h(ctx.rng() < 0.5 ? `By ${names[0]}, Staff writer` : `By ${names[0]}, Valley Chronicle`);
      if (classic) {
        const stamp = (day: Day, hh: number, mm: number) => `${h12(hh)}:${pad(mm)} ${ampm(hh, "pm")} ${zone(day, "CST", "CDT")}, ${WEEKDAYS[day.wd]}, ${MONTHS[day.m - 1]} ${day.d}, ${day.y}`;
        page.h(`Published ${stamp(d, h, min)}`, ...(upd ? [`Updated ${stamp(dayOf(upd.iso), upd.hh, upd.mm)}`] : []));
      } else {
        const u = upd ? dayOf(upd.iso) : undefined;
        page.h(`${mon(d)} ${d.d}, ${d.y}`, ...(upd && u ? [`Updated: ${mon(u)} ${u.d}, ${u.y} ${h12(upd.hh)}:${pad(upd.mm)} ${ampm(upd.hh, "p.m.")}`] : []));
      }
      page.cb("Facebook", "Twitter", "Email", "Comments");
      body(page, ctx, {
        lead: (p) => (wire ? `${ctx.place} (AP) — ${p}` : p),
        fileName: (i) => `${i}of${total}`,
        figureChrome: ["Buy Photo"],
        figure: (c, cr) => (cr ? [c, cr] : [c]),
        credit: (who) => {
          const r = ctx.rng();
          return wire ? `Photo: ${who} / Associated Press` : r < 0.55 ? `Photo: ${who} / Staff photographer` : r < 0.8 ? `Photo: ${who} / Contributor` : "Photo: Courtesy Valley Water Board";
        },
        between: { 0: ["Article continues below this ad"], 2: ["Advertisement", "Article continues below this ad"] },
        bareCaptions: true,
      });
      if (!wire) {
        const first = names[0]!.split(" ")[0]!;
        page.h(`${names[0]} is a staff writer for the Valley Chronicle. Email: ${emailUser(names[0]!)}@valleychronicle.example Twitter: @${first.toLowerCase()}writes`);
      }
      page.cb("Most Popular", ...related(ctx, 3).map((r, i) => `${i + 1}. ${r}`));
      page.h(`© ${d.y} Valley Chronicle Media, Inc.`);
      return { page, header: { byline: names, ...(wire ? { dateline: ctx.place } : {}), ...(upd ? { updated: upd.iso } : {}) } };
    },
  },
  {
    // An Arc XP-style national paper: the section, the headline and its dek, "Gift Article" and
    // "Share" above or below the byline, "By Ann Lee" or two authors on three lines ("By Ann Lee",
    // "and", "Bob Stone"); "January 29, 2020 at 5:32 p.m. EST", or an update glued before the
    // publication by a bar ("Updated January 30, 2020 at 9:04 a.m. EST|Published …") or the two on
    // lines of their own; "Listen" and the minutes; credits in parentheses after the caption's
    // stop ("(Ann Lee/The Capital Ledger)", "(Ann Lee/AP)", "(Ann Lee for The Capital Ledger)");
    // "Advertisement" over "Story continues below advertisement"; the authors' notes, "Gift this
    // article", the comments and "Most Read" below.
    name: "held-out-arc-national",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const names = oneOrTwo(ctx, 0.4);
      const dek = ctx.pick(ARC_DEKS);
      const upd = ctx.rng() < 0.55 ? updateOf(ctx, 0.5) : undefined;
      const stamp = (day: Day, hh: number, mm: number) => `${MONTHS[day.m - 1]} ${day.d}, ${day.y} at ${h12(hh)}:${pad(mm)} ${ampm(hh, "p.m.")} ${zone(day, "EST", "EDT")}`;
      const shareFirst = ctx.rng() < 0.4;
      const page = new Page().cb("Skip to main content", "Sections", "The Capital Ledger", "Sign in", "Subscribe").c(ctx.pick(ARC_SECTIONS));
      page.h(ctx.story.title).h(dek);
      page.dek = dek;
      if (shareFirst) page.cb("Gift Article", "Share");
      if (names.length > 1 && ctx.rng() < 0.6) page.h(`By ${names[0]}`, "and", names[1]!);
      else page.h(`By ${names.join(" and ")}`);
      const published = stamp(d, h, min);
      if (!upd) page.h(published);
      else if (ctx.rng() < 0.6) page.h(`Updated ${stamp(dayOf(upd.iso), upd.hh, upd.mm)}|Published ${published}`);
      else page.h(`Published ${published}`, `Updated ${stamp(dayOf(upd.iso), upd.hh, upd.mm)}`);
      if (!shareFirst) page.cb("Gift Article", "Share");
      page.cb("Listen", `${3 + Math.floor(ctx.rng() * 6)} min`, "Comment", String(20 + Math.floor(ctx.rng() * 900)), "Save");
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => [`${c}. (${cr})`],
        credit: (who) => {
          const r = ctx.rng();
          return r < 0.5 ? `${who}/The Capital Ledger` : r < 0.7 ? `${who}/AP` : r < 0.85 ? `${who} for The Capital Ledger` : `${who}/Getty Images`;
        },
        between: { 1: ["Advertisement", "Story continues below advertisement"], 3: ["Advertisement", "Story continues below advertisement"] },
      });
      for (const name of names) page.h(`${name} is a reporter covering ${ctx.pick(ARC_BEATS)} for The Capital Ledger.`);
      page.cb("Gift this article", "Share");
      page.cb("Comments", `${20 + Math.floor(ctx.rng() * 900)} Comments`);
      page.cb("Most Read", ...related(ctx, 2).map((r, i) => `${i + 1}. ${r}`));
      page.h(`© 1996-${d.y} The Capital Ledger`);
      return { page, header: { byline: names, ...(upd ? { updated: upd.iso } : {}) } };
    },
  },
  {
    // A story copied from Apple News and mailed: "Apple News+" on some, the publisher's name, the
    // headline, "By Ann Lee", "Ann Lee & Bob Stone" or agency copy's "By ANN LEE" over "Associated
    // Press" with "DENVER (AP) — ", above or below the date ("Jan 29, 2020", "January 29, 2020 at
    // 5:32 PM", "Wednesday, January 29, 2020"); the caption over its credit ("Photo: Ann Lee" or
    // "Ann Lee/The Valley Times"), "Advertisement" between paragraphs; "More from …" with two
    // headlines, the apple.news link, "Shared from Apple News" and "Sent from my iPhone" on some.
    name: "held-out-apple-news",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const wire = ctx.rng() < 0.25;
      const publisher = wire ? "Associated Press" : ctx.pick(APPLE_PUBLISHERS);
      const names = wire ? ctx.names.slice(0, 1) : oneOrTwo(ctx, 0.3);
      const form = ctx.rng();
      const date = form < 0.4 ? `${mon(d)} ${d.d}, ${d.y}` : form < 0.7 ? `${MONTHS[d.m - 1]} ${d.d}, ${d.y} at ${h12(h)}:${pad(min)} ${ampm(h, "PM")}` : `${WEEKDAYS[d.wd]}, ${MONTHS[d.m - 1]} ${d.d}, ${d.y}`;
      const byline = wire ? [`By ${names[0]!.toUpperCase()}`, "Associated Press"] : [names.length > 1 ? (ctx.rng() < 0.5 ? `${names[0]} & ${names[1]}` : `By ${names.join(" and ")}`) : `By ${names[0]}`];
      const page = new Page();
      if (!wire && ctx.rng() < 0.25) page.c("Apple News+");
      page.c(publisher);
      page.h(ctx.story.title);
      if (ctx.rng() < 0.35) page.h(date).h(...byline);
      else page.h(...byline).h(date);
      body(page, ctx, {
        lead: (p) => (wire ? `${ctx.place} (AP) — ${p}` : p),
        figure: (c, cr) => (cr ? [c, cr] : [c]),
        credit: (who) => (ctx.rng() < 0.5 ? `Photo: ${who}` : `${who}/${publisher}`),
        between: { 2: ["Advertisement"] },
        bareCaptions: true,
      });
      page.cb(`More from ${publisher}`, ...related(ctx, 2));
      const id = Array.from({ length: 22 }, () => "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"[Math.floor(ctx.rng() * 64)]).join("");
      page.c(`https://apple.news/A${id}`, "Shared from Apple News");
      if (ctx.rng() < 0.5) page.c("Sent from my iPhone");
      return { page, header: { byline: names, ...(wire ? { dateline: ctx.place } : {}) } };
    },
  },
  {
    // An Australian regional paper on a network's CMS: the masthead's bar, the section, the
    // headline, the name over the role (or two names joined by "and"), "Updated January 30 2020 -
    // 9:04am, first published January 29 2020 - 5:32pm", "Updated January 29 2020 - 8:49pm, first
    // published 5:32pm" on the same day, "January 29 2020 - 5:32pm" alone, or the older template's
    // day-first "29 Jan 2020, 5:32 p.m." (over "Updated 30 Jan 2020, 9:04 a.m."); the share row;
    // "Picture by Ann Lee", "Picture: Ann Lee", "File picture" or "Picture supplied" after the
    // caption's stop; "Advertisement", "READ MORE: …" and the newsletter box between paragraphs;
    // the access appeal and the latest news at the foot.
    name: "held-out-au-regional",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const paper = ctx.pick(AU_PAPERS);
      const names = localNames(ctx, AU_NAMES, 0.2);
      const older = ctx.rng() < 0.35;
      const upd = ctx.rng() < 0.55 ? updateOf(ctx, 0.5) : undefined;
      const page = new Page().cb(paper, "Subscribe", "Login").c(ctx.pick(["Local News", "News", "Council", "Court"]));
      page.h(ctx.story.title);
      if (names.length > 1) page.h(names.join(" and "));
      else page.h(names[0]!, ctx.pick(AU_ROLES));
      if (older) {
        const stamp = (day: Day, hh: number, mm: number) => `${day.d} ${mon(day)} ${day.y}, ${h12(hh)}:${pad(mm)} ${ampm(hh, "p.m.")}`;
        page.h(stamp(d, h, min), ...(upd ? [`Updated ${stamp(dayOf(upd.iso), upd.hh, upd.mm)}`] : []));
      } else {
        const time = (hh: number, mm: number) => `${h12(hh)}:${pad(mm)}${ampm(hh, "pm")}`;
        const long = (day: Day, hh: number, mm: number) => `${MONTHS[day.m - 1]} ${day.d} ${day.y} - ${time(hh, mm)}`;
        if (!upd) page.h(long(d, h, min));
        else if (upd.iso === ctx.story.date) page.h(`Updated ${long(d, upd.hh, upd.mm)}, first published ${time(h, min)}`);
        else page.h(`Updated ${long(dayOf(upd.iso), upd.hh, upd.mm)}, first published ${long(d, h, min)}`);
      }
      page.cb("Share", "Copy link", "Bookmark");
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => [cr ? `${c}. ${cr}` : c],
        credit: (who) => {
          const r = ctx.rng();
          return r < 0.5 ? `Picture by ${who}` : r < 0.7 ? `Picture: ${who}` : r < 0.85 ? "File picture" : "Picture supplied";
        },
        between: {
          0: ["Advertisement"],
          2: [`READ MORE: ${ctx.pick(RELATED)}`],
          3: [`Get the latest ${paper.replace(/^The /, "")} news delivered to your inbox`, "Sign up for our newsletter to stay up to date.", "We care about the protection of your data. Read our Privacy Policy."],
        },
        bareCaptions: true,
      });
      page.cb(
        "Our journalists work hard to provide local, up-to-date news to the community. This is how you can continue to access our trusted content:",
        "Bookmark our website",
        "Sign up for our newsletters",
        "Follow us on Facebook",
      );
      page.cb("Latest News", ...related(ctx, 2));
      return { page, header: { byline: names, ...(upd ? { updated: upd.iso } : {}) } };
    },
  },
  {
    // A smart-brevity local newsletter's website: the site's bar, "Jan 29, 2020 - Politics &
    // Policy" above the headline (the older layout) or below the names (the newer), the names on
    // one line parted by a comma or each on its own; the share row; the lead plain, then the
    // paragraphs each led by a bolded phrase that a copy keeps as text ("Why it matters:",
    // "Driving the news:", "Zoom in:", "What's next:"), part of the story as printed; credits
    // after the caption's stop ("Photo: Ann Lee/Getty Images", "Photo courtesy of …"); the
    // newsletter's invitation between paragraphs; "Go deeper: …" and the share row below.
    name: "held-out-smart-brevity",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const names = oneOrTwo(ctx, 0.35);
      const topicLine = `${mon(d)} ${d.d}, ${d.y} - ${ctx.pick(SB_TOPICS)}`;
      const older = ctx.rng() < 0.5;
      const last = ctx.story.paragraphs.length - 1;
      const middle = [...SB_MIDDLE];
      const paragraphs = ctx.story.paragraphs.map((p, i) => {
        if (i === 0) return p;
        if (i === 1) return `Why it matters: ${p}`;
        if (i === last && ctx.rng() < 0.7) return `${ctx.pick(SB_END)} ${p}`;
        if (ctx.rng() < 0.6 && middle.length) return `${middle.splice(Math.floor(ctx.rng() * middle.length), 1)[0]} ${p}`;
        return p;
      });
      const page = new Page().cb("Valley Brief", "Local news in 5 minutes", "Newsletters", "Subscribe");
      if (older) page.h(topicLine);
      page.h(ctx.story.title);
      if (ctx.rng() < 0.5) page.h(names.join(", "));
      else page.h(...names);
      if (!older) page.h(topicLine);
      page.cb("Share on facebook", "Share on twitter", "Share on linkedin", "Share via email");
      body(page, { ...ctx, story: { ...ctx.story, paragraphs } }, {
        lead: (p) => p,
        figure: (c, cr) => [`${c}. ${cr}`],
        credit: (who) => {
          const r = ctx.rng();
          return r < 0.5 ? `Photo: ${who}/Getty Images` : r < 0.8 ? `Photo: ${who}/Valley Brief` : "Photo courtesy of the Valley Water Board";
        },
        between: { 2: ["Get a free daily digest of the most important news in your backyard with Valley Brief.", "Subscribe"] },
      });
      page.c(`Go deeper: ${ctx.pick(RELATED)}`);
      page.cb("Share on facebook", "Share on twitter", "Share on linkedin", "Share via email");
      page.c("Valley Brief is supported by readers and local sponsors. Become a member.");
      return { page, header: { byline: names } };
    },
  },
  {
    // A web portal's syndicated copy of a chain's local paper: the portal's bar, the partner's name
    // over the headline, "Ann Lee, The Valley Times" (or "Ann Lee and Bob Stone, The Valley
    // Times"), "January 29, 2020, 5:32 PM·4 min read" glued, or "Wed, January 29, 2020 at 5:32 PM
    // MST" over the reading time; credits in parentheses after the caption's stop ("(Photo: Ann
    // Lee/The Valley Times)", "(Photo: Provided by …)"); "Story continues" and "Advertisement" over
    // "Ad Feedback" between paragraphs; the reporter's contact line, "This article originally
    // appeared on The Valley Times: <headline>", the comments button and the portal's footer.
    name: "held-out-yahoo-partner",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const partner = ctx.pick(YAHOO_PARTNERS);
      const names = oneOrTwo(ctx, 0.25);
      const minutes = 2 + Math.floor(ctx.rng() * 5);
      const page = new Page().cb("Skip to main content", "Yahoo News", "Home", "US", "Politics", "World", "Sign in").c(partner);
      page.h(ctx.story.title).h(`${names.join(" and ")}, ${partner}`);
      if (ctx.rng() < 0.5) page.h(`${MONTHS[d.m - 1]} ${d.d}, ${d.y}, ${h12(h)}:${pad(min)} ${ampm(h, "PM")}·${minutes} min read`);
      else {
        page.h(`${shortWeekday(d)}, ${MONTHS[d.m - 1]} ${d.d}, ${d.y} at ${h12(h)}:${pad(min)} ${ampm(h, "PM")} ${zone(d, "MST", "MDT")}`);
        page.c(`${minutes} min read`);
      }
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => [cr ? `${c}. (${cr})` : c],
        credit: (who) => (ctx.rng() < 0.7 ? `Photo: ${who}/${partner}` : "Photo: Provided by Valley Water Board"),
        between: { 1: ["Story continues"], 3: ["Advertisement", "Ad Feedback"] },
        bareCaptions: true,
      });
      const first = names[0]!.split(" ")[0]!;
      if (ctx.rng() < 0.6) page.h(`${names[0]} covers ${ctx.pick(YAHOO_BEATS)} for ${partner}. Reach ${first} at ${emailUser(names[0]!)}@${domainOf(partner)}.`);
      page.h(`This article originally appeared on ${partner}: ${ctx.story.title}`);
      page.c("View comments");
      page.cb("Terms and Privacy Policy", "Privacy Dashboard", "Your Privacy Choices", "About Our Ads");
      return { page, header: { byline: names } };
    },
  },
];
