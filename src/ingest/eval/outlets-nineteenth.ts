/**
 * A nineteenth held-out group of outlet styles for the import evaluation (issue 13), written before
 * reading the importer's code (only src/ingest/eval/, scripts/eval-import.ts, the evaluation test,
 * the earlier groups' committed fixtures and README.md were read), to be scored untouched. National
 * US news sites and magazines no group had covered, each written from memory of how its text comes
 * out of a browser's "select all, copy" between 2019 and 2024; a 2019 story copied in 2023 carries
 * the 2023 template round the 2019 date.
 *
 * Newspapers: The Washington Post (the kicker, the dek, "By Ann Lee and Bob Stone", "Jan. 29, 2020
 * at 5:32 p.m. EST", or "Updated January 30, 2020 at 9:04 a.m. EST|Published January 29, 2020 at
 * 5:32 p.m. EST" in the later template, "Listen" and its minutes, "Gift Article", "Share",
 * "Comment", the caption with "(Ann Lee/The Washington Post)", "Story continues below
 * advertisement", "By Associated Press" with "PHOENIX — ", "Read more:", the author's bio, the
 * footer); The Wall Street Journal (the reprints notice, the section, the dek, "By Ann Lee and Bob
 * Stone" or "By Ann Lee | Photographs by Bob Stone for The Wall Street Journal", "Jan. 29, 2020
 * 5:32 pm ET" or "Updated Jan. 29, 2020 5:32 pm ET" (the last time of the day only), "Listen (4
 * min)", "Share", "Resize", "WASHINGTON—" on some, "PHOTO: ANN LEE/BLOOMBERG NEWS" after the caption
 * or "Photo: …" below it, "SHARE YOUR THOUGHTS", "Write to …", "Copyright ©2020 Dow Jones & Company,
 * Inc. All Rights Reserved." with its code, "Appeared in the January 30, 2020, print edition as
 * '…'."); Bloomberg (the summary points, "By Ann Lee" with "+Get alerts for", "January 29, 2020,
 * 5:32 PM EST" or "January 29, 2020 at 5:32 PM EST" with "Updated on …", "(Updates with … )",
 * "Gift this article", "Photographer: Ann Lee/Bloomberg" below the caption, "Read more: …" between
 * paragraphs, "Have a confidential tip for our reporters? Get in touch", "Before it's here, it's
 * on the Bloomberg Terminal", "— With assistance from …", "To contact the reporter on this story:
 * …", "©2020 Bloomberg L.P.").
 *
 * Magazines and digital natives: The Atlantic (the section, the dek, "By Ann Lee", "Illustration by
 * …" or "Photo: …" for the lead art, "January 29, 2020", "Share", "Save", "Updated at 9:04 a.m. ET
 * on January 30, 2020." above the story on some, "Read: …" and "[Read: …]" between paragraphs, the
 * audio player, the newsletter's prompt, the print edition's line, the books' commission line, the
 * bio); Vox on Chorus ("Filed under:", "By Ann Lee@annlee" run on to the date, "Jan 29, 2020,
 * 5:32pm EST" or "Updated …", "Share this story", "Share", "Tweet", "Share All sharing options
 * for: …", the caption ending "Ann Lee/Getty Images", the newsletter box, "Will you support Vox's
 * explanatory journalism?", "Most Read", the footer); HuffPost ("LOADING ERROR LOADING", the section
 * in capitals, "By Ann Lee" or "Associated Press" with "WASHINGTON (AP) — ", "01/29/2020 05:32 pm
 * ET | Updated January 30, 2020" or "Jan 29, 2020, 05:32 PM EST | Updated Jan 30, 2020", the
 * caption over "ASSOCIATED PRESS" or "Ann Lee via Getty Images", "RELATED...", "Support HuffPost",
 * "Go to Homepage", "Part of HuffPost Politics. ©2020 Verizon Media."); ProPublica (the series
 * label, the dek, "by Ann Lee, ProPublica, and Bob Stone, The Valley Times", "Jan. 29, 2020, 5:32
 * a.m. EST", or "Jan. 29, 5 a.m. EST" without the year on a page copied that year, its copyright
 * giving the year, "Update, Jan. 30, 2020: …" on some, the newsroom's pitch, "Republish This
 * Story", "Credit: Ann Lee for ProPublica", "Do You Have a Tip?", the co-publishing note, the
 * bio); Business Insider (the key points under the headline, "Visit Business Insider's homepage
 * for more stories." on the older pages, "Ann Lee" over the role over "Jan 29, 2020, 5:32 PM", or
 * "Reuters" with "WASHINGTON (Reuters) - ", the share icons' alt text, "Save", "Read in app",
 * "Insider Inc. receives a commission when you buy through our links.", the caption over "Ann
 * Lee/Getty Images", "Advertisement", "Loading Something is loading.", "Read next").
 *
 * Outlets, wires and photo agencies are the real ones, as the copied text would carry them;
 * people, local papers, other headlines and series are made up, and no page is copied.
 */
import { AP_MONTHS, body, dayOf, DEKS, FIRST, h12, LAST, mon, MONTHS, nextDay, pad, Page, type Ctx, type Day, type Style } from "./outlets.ts";

/** Headlines of other stories, for related lists and sidebars. */
const OTHER_HEADLINES = [
  "The drought is forcing hard choices across the West",
  "Senate Democrats unveil infrastructure framework",
  "How a small utility became a test case for the country",
  "Fed holds rates steady, signals patience",
  "Inside the fight over the nation's oldest dam",
  "A heat wave is straining the power grid",
  "Governors push for more federal disaster aid",
  "What the new census numbers mean for your state",
  "The hidden cost of cheap water",
];
const US_PLACES = ["WASHINGTON", "PHOENIX", "DENVER", "SACRAMENTO, Calif.", "BOISE, Idaho", "ALBUQUERQUE", "NEW YORK", "CHICAGO"];
const WAPO_SECTIONS = ["Politics", "Climate & Environment", "National", "Local", "Health", "Business", "Transportation", "Education"];
const WSJ_SECTIONS = [["U.S.", "Politics"], ["U.S."], ["Business"], ["Economy"], ["Politics", "Policy"], ["U.S.", "U.S. Economy"]];
const WSJ_PRINT = ["Vote Sets Stage for Next Fight", "Officials Weigh Next Steps", "Plan Draws Fire From Critics", "Region Braces for Change", "A Long Debate Ends, Another Begins"];
const BLOOMBERG_SECTIONS = ["Politics", "Economics", "Green", "Markets", "Technology", "Business"];
const BLOOMBERG_POINTS = [
  ["Vote comes after months of debate over costs and timing", "Opponents say the plan moves too quickly"],
  ["Officials say the decision will reshape the region", "Critics warn the bill for residents could rise", "Next steps are expected within weeks"],
  ["Decision follows a review that began last year", "Backers call it overdue; skeptics want more study"],
];
const BLOOMBERG_UPDATES = ["(Updates with comment from officials in fourth paragraph.)", "(Updates with details throughout.)", "(Adds background in sixth paragraph.)"];
const ATLANTIC_SECTIONS = ["Politics", "Ideas", "Science", "Health", "Technology", "Culture", "Global", "Family"];
const ATLANTIC_NEWSLETTERS = ["The Atlantic Daily", "The Weekly Planet", "Work in Progress", "Up for Debate"];
const ATLANTIC_BEATS = ["politics", "science and the environment", "technology", "public health", "cities and infrastructure"];
const VOX_SECTIONS = ["Politics", "Policy", "Climate", "Science & Health", "The Big Idea", "Energy & Environment"];
const VOX_NEWSLETTERS = [
  ["Today, Explained", "Understand the world with a daily explainer plus the most compelling stories of the day."],
  ["Vox Sentences", "The news, but briefer. Get the day's most important stories in one email."],
];
const HUFFPOST_SECTIONS = ["POLITICS", "U.S. NEWS", "ENVIRONMENT", "WORLD NEWS", "BUSINESS", "CLIMATE CHANGE"];
const HUFFPOST_ROLES = ["Senior Politics Reporter, HuffPost", "Reporter, HuffPost", "Senior Reporter, HuffPost", "Climate Reporter, HuffPost"];
const PROPUBLICA_SERIES = ["Dried Up: The Fight Over the West's Water", "Local Reporting Network", "Infrastructure Gap", "The Water Wars", "Power Play"];
const PARTNERS = ["The Valley Times", "Mesa Daily Courier", "Cedar County Register", "The Front Range Gazette"];
const PROPUBLICA_BEATS = ["water and the environment", "local government", "infrastructure", "public health"];
const BI_POINTS = [
  ["Local officials moved ahead with the plan after months of debate.", "Critics say key questions remain unanswered.", "Here's what we know so far."],
  ["The decision could shape the region for years, officials said.", "Opponents say it moves too fast."],
  ["Officials announced the decision this week.", "It caps a long and sometimes heated debate.", "Here's what happens next."],
];
const BI_ROLES = ["Senior Reporter", "News Reporter", "Politics Reporter", "Correspondent", "Breaking News Reporter"];

/** "Ann Lee" → "ann.lee" */
const dotted = (name: string) => name.toLowerCase().replace(/ /g, ".");
/** "Ann Lee" → "alee" */
const emailUser = (name: string) => {
  const [first, ...rest] = name.split(" ");
  return `${first![0]}${rest.join("")}`.toLowerCase().replace(/[^a-z]/g, "");
};
/** "Ann Lee", "Ann Lee and Bob Stone" */
const joinNames = (names: readonly string[], and = "and") => (names.length < 3 ? names.join(` ${and} `) : `${names.slice(0, -1).join(", ")} ${and} ${names.at(-1)}`);
/** `n` different headlines of other stories, in the generator's order. */
const others = (ctx: Ctx, n: number, pool: readonly string[] = OTHER_HEADLINES) => {
  const left = [...pool];
  return Array.from({ length: Math.min(n, pool.length) }, () => left.splice(Math.floor(ctx.rng() * left.length), 1)[0]!);
};
/** A story paragraph printed below the story (a contributor's line). */
const tail = (page: Page, line: string) => {
  page.blocks.push([line]);
  page.story.push(line);
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
/** US summer time: mid-March to the first days of November. */
const dst = (day: Day) => (day.m > 3 && day.m < 11) || (day.m === 3 && day.d >= 10) || (day.m === 11 && day.d < 3);
const zoneOf = (zone: string, day: Day) => `${zone}${dst(day) ? "D" : "S"}T`;
/** "January 29, 2020" */
const usLong = (day: Day) => `${MONTHS[day.m - 1]} ${day.d}, ${day.y}`;
/** "Jan. 29, 2020" */
const apDate = (day: Day) => `${AP_MONTHS[day.m - 1]} ${day.d}, ${day.y}`;
/** "5:32 p.m.", or "5 a.m." on the hour when `bare` */
const apClock = (hh: number, mm: number, bare = false) => `${h12(hh)}${bare && mm === 0 ? "" : `:${pad(mm)}`} ${hh < 12 ? "a.m." : "p.m."}`;
/** "5:32 pm" */
const wsjClock = (hh: number, mm: number) => `${h12(hh)}:${pad(mm)} ${hh < 12 ? "am" : "pm"}`;
/** "5:32pm" */
const lowClock = (hh: number, mm: number) => `${h12(hh)}:${pad(mm)}${hh < 12 ? "am" : "pm"}`;
/** "5:32 PM" */
const upClock = (hh: number, mm: number) => `${h12(hh)}:${pad(mm)} ${hh < 12 ? "AM" : "PM"}`;
/** "05:32 PM" */
const padClock = (hh: number, mm: number) => `${pad(h12(hh))}:${pad(mm)} ${hh < 12 ? "AM" : "PM"}`;
/** "reservoir-levels-fall-again" */
const slugOf = (title: string) =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .split("-")
    .slice(0, 8)
    .join("-");
/** A lead with a dateline on it, or not. */
const withPlace = (place: string | undefined, sep: string) => (p: string) => (place ? `${place}${sep}${p}` : p);

export const HELD_OUT_NINETEENTH_STYLES: readonly Style[] = [
  {
    // The Washington Post. The 2019-21 template: the bar, the kicker, the headline, the dek, "By Ann
    // Lee and Bob Stone", "Jan. 29, 2020 at 5:32 p.m. EST", "Comments" and the share buttons;
    // "Story continues below advertisement" between paragraphs; "Read more:" and its list below the
    // story. The 2022-24 one: "Updated January 30, 2020 at 9:04 a.m. EST|Published January 29, 2020
    // at 5:32 p.m. EST" (or the published time alone), "Listen" with its minutes, "Gift Article",
    // "Share", "Comment" and its count; the author's bio below the story. "By Associated Press" with
    // "PHOENIX — " on some; the caption with "(Ann Lee/The Washington Post)" run on; the footer.
    name: "held-out-washington-post",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const later = ctx.rng() < 0.6;
      const wire = ctx.rng() < 0.12;
      const names = wire ? [] : ctx.rng() < 0.3 ? ctx.names.slice(0, 2) : ctx.rng() < 0.1 ? [...ctx.names.slice(0, 2), otherName(ctx)] : ctx.names.slice(0, 1);
      const upd = later && !wire && ctx.rng() < 0.35 ? updateOf(ctx, 0.6) : undefined;
      const place = wire ? ctx.pick(US_PLACES) : ctx.rng() < 0.15 ? ctx.pick(US_PLACES) : undefined;
      const page = new Page();
      page.cb("Accessibility statement", "Skip to main content");
      page.cb("Democracy Dies in Darkness", "Sign in", "Subscribe");
      page.c(ctx.pick(WAPO_SECTIONS));
      page.h(ctx.story.title);
      if (!wire && ctx.rng() < 0.75) {
        const dek = ctx.pick(DEKS);
        page.h(dek);
        page.dek = dek;
      }
      const stamp = (day: Day, hh: number, mm: number) => `${later ? usLong(day) : apDate(day)} at ${apClock(hh, mm)} ${zoneOf("E", day)}`;
      const byline = wire ? "By Associated Press" : `By ${joinNames(names)}`;
      if (later) {
        const when = upd ? `Updated ${stamp(dayOf(upd.iso), upd.hh, upd.mm)}|Published ${stamp(d, h, min)}` : stamp(d, h, min);
        page.h(byline, when);
        if (!wire) page.cb("Listen", `${3 + Math.floor(ctx.rng() * 9)} min`);
        page.cb("Gift Article", "Share", "Comment", String(20 + Math.floor(ctx.rng() * 1900)));
      } else {
        page.h(byline);
        page.h(stamp(d, h, min));
        page.cb("Comments", "Gift Article", "Share");
      }
      body(page, ctx, {
        lead: withPlace(place, " — "),
        figure: (c, cr) => [cr ? `${c} (${cr})` : c],
        credit: (who) => {
          const r = ctx.rng();
          return wire ? `${who}/AP` : r < 0.45 ? `${who}/The Washington Post` : r < 0.6 ? `${who} for The Washington Post` : r < 0.8 ? `${who}/AP` : r < 0.9 ? `${who}/Bloomberg News` : "Getty Images";
        },
        between: later ? { 1: ["Story continues below advertisement"], 3: ["Advertisement"] } : { 1: ["Advertisement", "Story continues below advertisement"], 3: ["Advertisement", "Story continues below advertisement"] },
        bareCaptions: true,
      });
      if (!wire && ctx.rng() < 0.25) tail(page, `${otherName(ctx)} contributed to this report.`);
      if (!later) page.cb("Read more:", ...others(ctx, 3));
      if (later && !wire)
        for (const n of names) {
          page.h(`${n} is a ${ctx.pick(["national reporter", "reporter", "staff writer", "climate reporter"])} for The Washington Post, covering ${ctx.pick(["water and the West", "federal agencies", "politics", "transportation"])}. ${n.split(" ")[0]} joined The Post in ${2010 + Math.floor(ctx.rng() * 9)}.`);
          page.c(`Twitter`);
        }
      page.cb("Popular", ...others(ctx, 3));
      page.cb(
        "Company",
        "About The Post",
        "Newsroom Policies & Standards",
        "Diversity & Inclusion",
        "Careers",
        "Media & Community Relations",
        "WP Creative Group",
        "Accessibility Statement",
        "Sitemap",
        "Get The Post",
        "Become a Subscriber",
        "Gift Subscriptions",
        "Mobile & Apps",
        "Newsletters & Alerts",
        "Washington Post Live",
        "Reprints & Permissions",
        "Post Store",
        "Books & E-Books",
        "Today’s Paper",
        "Public Notices",
        "Contact Us",
        "Contact the Newsroom",
        "Contact Customer Care",
        "Advertise",
        "Licensing & Syndication",
        "Request a Correction",
        "Send a News Tip",
        "Terms of Use",
        "Digital Products Terms of Sale",
        "Terms of Service",
        "Privacy Policy",
        "Cookie Settings",
        "Submissions & Discussion Policy",
        "RSS Terms of Service",
        "Ad Choices",
      );
      page.h(`washingtonpost.com © 1996-${later ? copyYear(ctx, d) : d.y} The Washington Post`);
      return { page, header: { byline: names, ...(place ? { dateline: place } : {}), ...(upd ? { updated: upd.iso } : {}) } };
    },
  },
  {
    // The Wall Street Journal: the reprints notice, the address, the bar, the section ("U.S. |
    // Politics"), the headline, the dek, "By Ann Lee and Bob Stone" or "By Ann Lee | Photographs by
    // Bob Stone for The Wall Street Journal", "Jan. 29, 2020 5:32 pm ET" or "Updated Jan. 29, 2020
    // 5:32 pm ET" (the page shows only the day's last time), "Listen (4 min)", "Share", "Resize";
    // "WASHINGTON—" on some; "PHOTO: ANN LEE/BLOOMBERG NEWS" after the caption (older) or "Photo:
    // Ann Lee for The Wall Street Journal" below it; "SHARE YOUR THOUGHTS" between paragraphs;
    // "Bob Stone contributed to this article." on some; "Write to …"; the copyright with its code;
    // the print edition's line.
    name: "held-out-wsj",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const later = ctx.rng() < 0.5;
      const photos = ctx.rng() < 0.15;
      const names = photos ? ctx.names.slice(0, 1) : oneOrTwo(ctx, 0.35);
      const updated = ctx.rng() < 0.4;
      const place = ctx.rng() < 0.3 ? ctx.pick(US_PLACES) : undefined;
      const page = new Page();
      if (!later) {
        page.c(
          "This copy is for your personal, non-commercial use only. Distribution and use of this material are governed by our Subscriber Agreement and by copyright law. For non-personal use or to order multiple copies, please contact Dow Jones Reprints at 1-800-843-0008 or visit www.djreprints.com.",
        );
        // The address's number is a 1 and the posting's Unix time.
        page.c(`https://www.wsj.com/articles/${slugOf(ctx.story.title)}-1${Math.floor(Date.UTC(d.y, d.m - 1, d.d, h + 5, min) / 1000)}`);
      }
      page.cb("Skip to Main Content", "Skip to Search", "Skip to Your Stories");
      page.cb("The Wall Street Journal", "Subscribe", "Sign In");
      page.cb("Home", "World", "U.S.", "Politics", "Economy", "Business", "Tech", "Markets", "Opinion", "Books & Arts", "Real Estate", "Life & Work", "Style", "Sports");
      const section = ctx.pick(WSJ_SECTIONS);
      if (section.length > 1) page.cb(section[0]!, "|", section[1]!);
      else page.c(section[0]!);
      page.h(ctx.story.title);
      if (ctx.rng() < 0.85) {
        const dek = ctx.pick(DEKS);
        page.h(dek);
        page.dek = dek;
      }
      if (photos) page.h(`By ${names[0]} | Photographs by ${otherName(ctx)} for The Wall Street Journal`);
      else page.h(`By ${joinNames(names)}`);
      const time = updated ? { hh: Math.min(h + 3, 23), mm: (min + 17) % 60 } : { hh: h, mm: min };
      page.h(`${updated ? "Updated " : ""}${apDate(d)} ${wsjClock(time.hh, time.mm)} ET`);
      if (later) page.cb(`Listen (${3 + Math.floor(ctx.rng() * 8)} min)`);
      page.cb("Share", "Resize");
      const between: Record<number, string[]> = { 1: ["ADVERTISEMENT"] };
      if (ctx.rng() < 0.5) between[2] = ["SHARE YOUR THOUGHTS", `What do you think of the decision? Join the conversation below.`];
      body(page, ctx, {
        lead: withPlace(place, "—"),
        figure: (c, cr) => (cr ? (later ? [c, cr] : [`${c} ${cr}`]) : [c]),
        credit: (who) => {
          const r = ctx.rng();
          const credit = r < 0.35 ? `${who} for The Wall Street Journal` : r < 0.6 ? `${who}/Bloomberg News` : r < 0.8 ? `${who}/Associated Press` : `${who}/Reuters`;
          return later ? `Photo: ${credit}` : `PHOTO: ${credit.toUpperCase()}`;
        },
        between,
        bareCaptions: true,
      });
      if (ctx.rng() < 0.3) tail(page, `${otherName(ctx)} contributed to this article.`);
      page.h(names.length > 1 ? `Write to ${names.map((n) => `${n} at ${dotted(n)}@wsj.com`).join(" and ")}` : `Write to ${names[0]} at ${dotted(names[0]!)}@wsj.com`);
      page.h(`Copyright ©${later ? copyYear(ctx, d) : d.y} Dow Jones & Company, Inc. All Rights Reserved. 87990cbe856818d5eddac44c7b1cdeb8`);
      const print = dayOf(nextDay(ctx.story.date));
      page.c(`Appeared in the ${usLong(print).replace(/(\d{4})$/, "$1,")} print edition as '${ctx.pick(WSJ_PRINT)}.'`);
      if (later) page.cb("Videos", "Most Popular News", ...others(ctx, 3));
      page.cb("Subscriber Agreement", "Privacy Notice", "Cookie Notice", "Copyright Policy", "Data Policy", "Your Ad Choices", "Accessibility");
      // The page shows the day's last time alone: the day is the story's, with no separate update (as the earlier groups record it).
      return { page, header: { byline: names, ...(place ? { dateline: place } : {}) } };
    },
  },
  {
    // Bloomberg: the bar, the section, the headline, the summary points (no dek besides), "By Ann
    // Lee" (or two, or "Bloomberg News") with "+Get alerts for" on the older template, "January 29,
    // 2020, 5:32 PM EST" over "Updated on …" (older) or "January 29, 2020 at 5:32 PM EST" with
    // "Updated on …" (2022-24), "Gift this article", "(Updates with …)" above the story on some;
    // "Photographer: Ann Lee/Bloomberg" below the caption, "Read more: …" between paragraphs; "—
    // With assistance from …", the reporters' and editors' contacts, "Have a confidential tip for
    // our reporters? Get in touch", "Before it's here, it's on the Bloomberg Terminal", "©2020
    // Bloomberg L.P.", the footer.
    name: "held-out-bloomberg",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const later = ctx.rng() < 0.5;
      const house = ctx.rng() < 0.1;
      const names = house ? [] : oneOrTwo(ctx, 0.3);
      const upd = ctx.rng() < 0.4 ? updateOf(ctx, 0.4) : undefined;
      const stamp = (day: Day, hh: number, mm: number) => (later ? `${usLong(day)} at ${upClock(hh, mm)} ${zoneOf("E", day)}` : `${usLong(day)}, ${upClock(hh, mm)} ${zoneOf("E", day)}`);
      const page = new Page();
      page.cb("Bloomberg", "Sign In", "Subscribe");
      page.cb("Live Now", "Markets", "Economics", "Industries", "Tech", "Politics", "Businessweek", "Opinion", "More");
      page.c(ctx.pick(BLOOMBERG_SECTIONS));
      page.h(ctx.story.title);
      const points = ctx.pick(BLOOMBERG_POINTS);
      page.h(...points);
      page.dek = points[0]!;
      if (house) page.h("By Bloomberg News");
      else if (later) page.h(`By ${joinNames(names)}`);
      else {
        page.h(`By ${joinNames(names)}`);
        page.cb(...names.map((n) => `+Get alerts for${n}`));
      }
      page.h(stamp(d, h, min), ...(upd ? [`Updated on ${stamp(dayOf(upd.iso), upd.hh, upd.mm)}`] : []));
      if (later) page.cb("Gift this article", "Have a confidential tip for our reporters? Get in touch", "Before it’s here, it’s on the Bloomberg Terminal", "LEARN MORE");
      else page.cb("Share this article", "Gift this article");
      if (upd && ctx.rng() < 0.5) page.h(ctx.pick(BLOOMBERG_UPDATES));
      const reads = others(ctx, 2);
      const readMore: Record<number, string[]> = { 1: [`Read more: ${reads[0]}`] };
      if (ctx.rng() < 0.5) readMore[3] = [`Read more: ${reads[1]}`];
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => (cr ? [c, cr] : [c]),
        credit: (who) => {
          const r = ctx.rng();
          return r < 0.55 ? `Photographer: ${who}/Bloomberg` : r < 0.85 ? `Photographer: ${who}/AFP via Getty Images` : `Photographer: ${who}/Bloomberg via Getty Images`;
        },
        between: readMore,
        bareCaptions: true,
      });
      if (ctx.rng() < 0.4) page.h(`— With assistance from ${joinNames([otherName(ctx), ...(ctx.rng() < 0.3 ? [otherName(ctx)] : [])])}`);
      if (!later) {
        const editor = otherName(ctx);
        if (!house) page.h(`To contact the reporter${names.length > 1 ? "s" : ""} on this story:`, ...names.map((n) => `${n} in ${ctx.pick(["Washington", "New York", "Denver", "Phoenix"])} at ${emailUser(n)}@bloomberg.net`));
        page.h("To contact the editors responsible for this story:", `${editor} at ${emailUser(editor)}@bloomberg.net`);
        page.c("Have a confidential tip for our reporters? Get in touch");
        page.c("Before it's here, it's on the Bloomberg Terminal.", "LEARN MORE");
        page.h(`©${d.y} Bloomberg L.P.`);
      }
      page.cb("Most Read", ...others(ctx, 4));
      page.cb("Terms of Service", "Do Not Sell or Share My Personal Information", "Trademarks", "Privacy Policy", "Careers", "Made in NYC", "Advertise", "Ad Choices", "Help");
      page.h(`©${later ? copyYear(ctx, d) : d.y} Bloomberg L.P. All Rights Reserved.`);
      return { page, header: { byline: names, ...(upd ? { updated: upd.iso } : {}) } };
    },
  },
  {
    // The Atlantic: the bar, the section, the headline, the dek, "By Ann Lee" (or two), the lead
    // art's "Illustration by …" or "Photo: …", "January 29, 2020", "Share", "Save"; "Updated at 9:04
    // a.m. ET on January 30, 2020." above the story on some; the audio player on some; "Read: …" or
    // "[Read: …]" between paragraphs, the newsletter's prompt; the caption with its credit run on
    // ("(Ann Lee / Getty)") or below it; the print edition's line and the books' commission line on
    // some; the bio; the footer with "TheAtlantic.com Copyright (c) …".
    name: "held-out-the-atlantic",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const later = ctx.rng() < 0.5;
      const names = oneOrTwo(ctx, 0.15);
      const upd = ctx.rng() < 0.2 ? nextDay(ctx.story.date) : undefined;
      const page = new Page();
      page.cb("Skip to content", "Site Navigation", "The Atlantic", "Popular", "Latest", "Newsletters", "Sections", "Audio", "Magazine", "Puzzles", "Sign In", "Subscribe");
      page.c(ctx.pick(ATLANTIC_SECTIONS));
      page.h(ctx.story.title);
      const dek = ctx.pick(DEKS);
      page.h(dek);
      page.dek = dek;
      const art = ctx.rng();
      const artist = otherName(ctx);
      const artLine = art < 0.45 ? `Illustration by The Atlantic. Source: ${ctx.pick(["Getty", "AP", "Shutterstock"])}.` : art < 0.7 ? `Illustration by ${artist}` : `Photo: ${artist} / ${ctx.pick(["AP", "Getty", "Reuters", "Redux"])}`;
      if (later) {
        page.h(artLine);
        page.h(`By ${joinNames(names)}`);
      } else {
        page.h(`By ${joinNames(names)}`);
        page.h(artLine);
      }
      page.h(usLong(d));
      page.cb("Share", "Save");
      if (ctx.rng() < 0.3) page.cb("Listen to more stories on curio", "Listen to this article", "00:00", `${8 + Math.floor(ctx.rng() * 20)}:${pad(Math.floor(ctx.rng() * 60))}`);
      if (upd) page.h(`Updated at ${apClock(9, 4)} ET on ${usLong(dayOf(upd))}.`);
      const read = (t: string) => (later ? `[Read: ${t}]` : `Read: ${t}`);
      const between: Record<number, string[]> = { 1: [read(ctx.pick(OTHER_HEADLINES))] };
      if (ctx.rng() < 0.5) {
        between[3] = [`Sign up for ${ctx.pick(ATLANTIC_NEWSLETTERS)}, our ${ctx.pick(["daily", "weekly"])} newsletter.`, "Enter your email", "Sign Up"];
      }
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => (cr ? (later ? [c, cr] : [`${c} (${cr})`]) : [c]),
        credit: (who) => `${who} / ${ctx.pick(["Getty", "AP", "Reuters", "The Atlantic", "Redux"])}`,
        between,
        bareCaptions: true,
      });
      if (ctx.rng() < 0.25) {
        const issue = dayOf(`${d.m >= 11 ? d.y + 1 : d.y}-${pad(((d.m + 1) % 12) + 1)}-01`);
        page.c(`This article appears in the ${MONTHS[issue.m - 1]} ${issue.y} print edition with the headline “${ctx.pick(WSJ_PRINT)}.”`);
      }
      if (ctx.rng() < 0.2) page.c("When you buy a book using a link on this page, we receive a commission. Thank you for supporting The Atlantic.");
      for (const n of names) page.h(`${n} is a staff writer at The Atlantic covering ${ctx.pick(ATLANTIC_BEATS)}.`);
      page.cb("Explore More Topics", ...others(ctx, 2, ["climate change", "water", "drought", "infrastructure", "Congress"]));
      page.cb("About", "Our History", "Careers", "Contact", "Help Center", "Atlantic Store", "Subscription", "Privacy Policy", "Your Privacy Choices", "Advertising Guidelines", "Terms Conditions", "Responsible Disclosure", "Site Map");
      page.h(`TheAtlantic.com Copyright (c) ${later ? copyYear(ctx, d) : d.y} by The Atlantic Monthly Group. All Rights Reserved.`);
      return { page, header: { byline: names, ...(upd ? { updated: upd } : {}) } };
    },
  },
  {
    // Vox on Chorus: the bar, "Filed under:" over the sections, the headline, the dek, "By Ann
    // Lee@annlee" run on to "Jan 29, 2020, 5:32pm EST" or "Updated …" (the page shows only the
    // day's last time), or the names and the date on lines of their own, "Share this story",
    // "Share this on Facebook", "Share this on Twitter", "Share All sharing options for: …"; the
    // caption ending "Ann Lee/Getty Images" (or " | …" on some); the newsletter box between
    // paragraphs; "Will you support Vox's explanatory journalism?" and its buttons; "Most Read";
    // the footer.
    name: "held-out-vox",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const names = oneOrTwo(ctx, 0.25);
      const updated = ctx.rng() < 0.45;
      const glued = ctx.rng() < 0.6;
      const time = updated ? { hh: Math.min(h + 3, 23), mm: (min + 17) % 60 } : { hh: h, mm: min };
      const when = `${updated ? "Updated " : ""}${mon(d)} ${d.d}, ${d.y}, ${lowClock(time.hh, time.mm)} ${zoneOf("E", d)}`;
      const page = new Page();
      page.cb("Vox homepage", "Give", "Give", "Explainers", "Politics", "Culture", "Advice", "Listen", "Video", "Menu");
      page.cb("Filed under:", ...others(ctx, 1 + Math.floor(ctx.rng() * 2), VOX_SECTIONS));
      page.h(ctx.story.title);
      if (ctx.rng() < 0.9) {
        const dek = ctx.pick(DEKS);
        page.h(dek);
        page.dek = dek;
      }
      const handle = names.length === 1 ? `@${names[0]!.replace(/ /g, "").toLowerCase()}` : "";
      if (glued) page.h(`By ${joinNames(names)}${handle} ${when}`);
      else page.h(`By ${joinNames(names)}${handle}`, when);
      page.cb("Share this story", "Share this on Facebook", "Share this on Twitter", `Share All sharing options for: ${ctx.story.title}`);
      const [nl, pitch] = ctx.pick(VOX_NEWSLETTERS);
      const between: Record<number, string[]> = {};
      if (ctx.rng() < 0.6)
        between[2] = [
          `Sign up for the newsletter ${nl}`,
          pitch!,
          "Email (required)",
          "Sign Up",
          "By submitting your email, you agree to our Terms and Privacy Notice. This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.",
        ];
      const bar = ctx.rng() < 0.25;
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => [cr ? (bar ? `${c} | ${cr}` : `${c} ${cr}`) : c],
        credit: (who) => {
          const r = ctx.rng();
          return r < 0.45 ? `${who}/Getty Images` : r < 0.65 ? `${who}/AFP via Getty Images` : r < 0.8 ? `${who}/Vox` : r < 0.9 ? `${who}/AP` : "Getty Images";
        },
        between,
        bareCaptions: true,
      });
      page.cb("Share", "Tweet", "Share");
      page.cb(
        "Will you support Vox’s explanatory journalism?",
        "Millions turn to Vox to understand what’s happening in the news. Our mission has never been more vital than it is in this moment: to empower through understanding. Financial contributions from our readers are a critical part of supporting our resource-intensive work and help us keep our journalism free for all. Please consider making a contribution to Vox today.",
        "One-Time",
        "Monthly",
        "Annual",
        "$5/month",
        "$10/month",
        "$25/month",
        "$50/month",
        "Other",
        "Yes, I'll give $5/month",
        "We accept credit card, Apple Pay, and Google Pay. You can also contribute via",
      );
      page.cb("Most Read", ...others(ctx, 4));
      page.cb("Terms of Use", "Privacy Notice", "Cookie Policy", "Do Not Sell or Share My Personal Info", "Licensing FAQ", "Accessibility", "Platform Status", "Contact", "Send Us a Tip", "Masthead", "About Us", "Editorial Ethics and Guidelines");
      page.h(`© ${copyYear(ctx, d)} Vox Media, LLC. All Rights Reserved`);
      // The page shows the day's last time alone: the day is the story's, with no separate update.
      return { page, header: { byline: names } };
    },
  },
  {
    // HuffPost: the bar, "LOADING ERROR LOADING" where the video player was, the section in
    // capitals, the headline, the dek, "By Ann Lee" (the role below on the 2019 template) or
    // "Associated Press" with "WASHINGTON (AP) — ", "01/29/2020 05:32 pm ET | Updated January 30,
    // 2020" (2019) or "Jan 29, 2020, 05:32 PM EST | Updated Jan 30, 2020" (later); the caption
    // over "ASSOCIATED PRESS" or "Ann Lee via Getty Images"; "RELATED..." and the headlines between
    // paragraphs; "Support HuffPost" and its pitch; "Part of HuffPost Politics. ©2020 Verizon
    // Media." (2019) or "Go to Homepage" and BuzzFeed's footer (later).
    name: "held-out-huffpost",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const older = ctx.rng() < 0.4;
      const wire = ctx.rng() < 0.15;
      const names = wire ? [] : oneOrTwo(ctx, 0.2);
      const upd = ctx.rng() < 0.45 ? nextDay(ctx.story.date) : undefined;
      const section = ctx.pick(HUFFPOST_SECTIONS);
      const place = wire ? ctx.pick(US_PLACES) : undefined;
      const page = new Page();
      page.cb("Skip to Main Content", "HUFFPOST", "NEWS", "POLITICS", "ENTERTAINMENT", "LIFE", "SHOPPING", "VIDEO", "LOG IN");
      if (ctx.rng() < 0.6) page.c("LOADING ERROR LOADING");
      page.c(section);
      page.h(ctx.story.title);
      if (!wire && ctx.rng() < 0.7) {
        const dek = ctx.pick(DEKS);
        page.h(dek);
        page.dek = dek;
      }
      if (wire) page.h("Associated Press");
      else if (older) for (const n of names) page.h(`By ${n}`, ctx.pick(HUFFPOST_ROLES));
      else page.h(`By ${joinNames(names)}`);
      const u = upd ? dayOf(upd) : undefined;
      const when = older
        ? `${pad(d.m)}/${pad(d.d)}/${d.y} ${padClock(h, min).toLowerCase()} ET${u ? ` | Updated ${usLong(u)}` : ""}`
        : `${mon(d)} ${d.d}, ${d.y}, ${padClock(h, min)} ${zoneOf("E", d)}${u ? ` | Updated ${mon(u)} ${u.d}, ${u.y}` : ""}`;
      page.h(when);
      if (!older) page.cb("Facebook", "Twitter", "Email", "Copy link");
      const between: Record<number, string[]> = {};
      if (ctx.rng() < 0.5) between[1] = ["RELATED...", ...others(ctx, 2)];
      if (ctx.rng() < 0.5) between[3] = ["Advertisement"];
      body(page, ctx, {
        lead: (p) => (wire ? `${place} (AP) — ${p}` : p),
        figure: (c, cr) => (cr ? [c, cr] : [c]),
        credit: (who) => {
          const r = ctx.rng();
          return wire || r < 0.3 ? "ASSOCIATED PRESS" : r < 0.7 ? `${who} via Getty Images` : r < 0.85 ? "Bloomberg via Getty Images" : `HuffPost`;
        },
        between,
        bareCaptions: true,
      });
      if (wire) page.h(`Copyright ${d.y} The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.`);
      if (older) {
        page.h(`Part of HuffPost ${section === "POLITICS" ? "Politics" : "News"}. ©${d.y} Verizon Media. All rights reserved.`);
        page.cb("Suggest a correction", "Related...", ...others(ctx, 2));
        page.c("Go to Homepage");
        page.cb("About Us", "Advertise", "About Our Ads", "Contact Us", "RSS", "FAQ", "Careers", "User Agreement", "Privacy Policy", "Comment Policy");
      } else {
        page.cb(
          "Support HuffPost",
          "At HuffPost, we believe that everyone needs high-quality journalism, but we understand that not everyone can afford to pay for expensive news subscriptions. That is why we are committed to providing deeply reported, carefully fact-checked news that is freely accessible to everyone.",
          "Contribute as little as $1 to keep news free for all.",
          "Support HuffPost",
          "Already contributed? Log in to hide these messages.",
        );
        page.cb("Related", ...others(ctx, 3));
        page.c("Go to Homepage");
        page.cb("About Us", "Advertise", "About Our Ads", "Contact Us", "RSS", "FAQ", "Careers", "User Agreement", "Privacy Policy", "Comment Policy", "HuffPost Press Room", "Coupons");
        page.h(`©${copyYear(ctx, d)} BuzzFeed, Inc. All rights reserved.`);
      }
      return { page, header: { byline: names, ...(place ? { dateline: place } : {}), ...(upd ? { updated: upd } : {}) } };
    },
  },
  {
    // ProPublica: the bar, the series label, the headline, the dek, "by Ann Lee, ProPublica, and Bob
    // Stone, The Valley Times" (or one name, or two of ProPublica's), "Jan. 29, 2020, 5:32 a.m. EST",
    // or "Jan. 29, 5 a.m. EST" without the year on a page copied the year it ran (the footer's
    // copyright then gives the year), "Update, Jan. 30, 2020: …" above the story on some, the
    // newsroom's pitch, "Republish This Story", "Change Appearance"; the caption with "Credit: Ann
    // Lee for ProPublica" run on or below it; the newsletter box or "Do You Have a Tip?" between
    // paragraphs; the co-publishing note; the bio; the footer.
    name: "held-out-propublica",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const partner = ctx.pick(PARTNERS);
      const form = ctx.rng();
      const names = form < 0.5 ? ctx.names.slice(0, 2) : ctx.names.slice(0, 1);
      const copub = form < 0.35;
      const sameYear = ctx.rng() < 0.35;
      const hour = ctx.rng() < 0.5;
      const upd = ctx.rng() < 0.2 ? nextDay(ctx.story.date) : undefined;
      const page = new Page();
      page.cb("Skip to content", "ProPublica", "Search", "Donate", "Newsletters", "Topics", "Series", "About Us", "Local Reporting Network");
      page.c(ctx.pick(PROPUBLICA_SERIES));
      page.h(ctx.story.title);
      if (ctx.rng() < 0.85) {
        const dek = ctx.pick(DEKS);
        page.h(dek);
        page.dek = dek;
      }
      page.c("ProPublica is a nonprofit newsroom that investigates abuses of power. Sign up to receive our biggest stories as soon as they’re published.");
      if (copub) page.h(`by ${names[0]}, ProPublica, and ${names[1]}, ${partner}`);
      else page.h(`by ${joinNames(names)}`);
      const clock = apClock(h, hour ? 0 : min, true);
      page.h(`${AP_MONTHS[d.m - 1]} ${d.d}${sameYear ? "" : `, ${d.y}`}, ${clock} ${zoneOf("E", d)}`);
      page.cb("Republish This Story", "Change Appearance", "Share", "Print");
      if (copub && ctx.rng() < 0.5) page.h(`This article was produced in partnership with ${partner}, which is a member of the ProPublica Local Reporting Network.`);
      if (upd) page.h(`Update, ${apDate(dayOf(upd))}: This story has been updated with a response from state officials.`);
      const between: Record<number, string[]> = {};
      if (ctx.rng() < 0.6)
        between[1] = [
          "Get Our Top Investigations",
          "Subscribe to the Big Story newsletter.",
          "Email address",
          "Sign Up",
          "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.",
        ];
      if (ctx.rng() < 0.5) between[3] = ["Do You Have a Tip?", `If you have information about this story, we want to hear from you. Contact ${names[0]} at ${dotted(names[0]!)}@propublica.org or on Signal.`];
      const below = ctx.rng() < 0.5;
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => (cr ? (below ? [c, cr] : [`${c} ${cr}`]) : [c]),
        credit: (who) => {
          const r = ctx.rng();
          return r < 0.5 ? `Credit: ${who} for ProPublica` : r < 0.75 ? `Credit: ${who}/${partner}` : `Credit: ${who}/AP Photo`;
        },
        between,
        bareCaptions: true,
      });
      if (copub && !page.blocks.some((b) => b[0]!.startsWith("This article was produced"))) page.h(`This story was co-published with ${partner}.`);
      for (const n of names.slice(0, copub ? 1 : names.length)) {
        page.h(n, `${n} is a reporter at ProPublica covering ${ctx.pick(PROPUBLICA_BEATS)}.`);
        page.cb(`${dotted(n)}@propublica.org`, `@${n.replace(/ /g, "")}`, "Signal: 202-555-0147");
      }
      page.cb("Republish This Story for Free", "Creative Commons License (CC BY-NC-ND 3.0)", "Thank you for your interest in republishing this story. You are free to republish it so long as you do the following:");
      page.cb("Latest Stories from ProPublica", ...others(ctx, 3));
      page.cb("About Us", "Jobs", "Contact", "Code of Ethics", "Privacy Policy", "Terms of Use", "Republishing Guidelines", "Donate");
      page.h(`© Copyright ${sameYear ? d.y : copyYear(ctx, d)} Pro Publica Inc.`);
      return { page, header: { byline: names, ...(upd ? { updated: upd } : {}) } };
    },
  },
  {
    // Business Insider: "Jump to", the bar, the headline, the key points ("Visit Business Insider's
    // homepage for more stories." after them on the 2019-20 template), "Ann Lee" over the role over
    // "Jan 29, 2020, 5:32 PM" (two names each over a role), or "Reuters" with "WASHINGTON (Reuters)
    // - "; the share icons' alt text, "Save", "Read in app"; "Insider Inc. receives a commission
    // when you buy through our links." on some; the caption over "Ann Lee/Getty Images";
    // "Advertisement" and "Loading Something is loading." between paragraphs; "Read next" and the
    // footer.
    name: "held-out-business-insider",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const older = ctx.rng() < 0.4;
      const wire = ctx.rng() < 0.12;
      const names = wire ? [] : oneOrTwo(ctx, 0.2);
      const place = wire ? ctx.pick(US_PLACES) : undefined;
      const brand = older ? "Business Insider" : "Insider";
      const page = new Page();
      page.cb("Jump to", "Main content", "Search", "Account");
      page.cb(older ? "Business Insider" : "Insider", "Subscribe", "Newsletters", "Search", "Sign in");
      if (!older) page.cb("Politics", "Read in app");
      page.h(ctx.story.title);
      const points = ctx.pick(BI_POINTS);
      page.h(...points);
      page.dek = points[0]!;
      if (older) page.c(`Visit ${brand}'s homepage for more stories.`);
      const when = older ? `${AP_MONTHS[d.m - 1]} ${d.d}, ${d.y}, ${upClock(h, min)}` : `${mon(d)} ${d.d}, ${d.y}, ${upClock(h, min)} ${zoneOf("E", d)}`;
      if (wire) page.h("Reuters", when);
      else if (ctx.rng() < 0.5) page.h(...names.flatMap((n) => [n, ctx.pick(BI_ROLES)]), when);
      else page.h(...names, when);
      if (older) page.cb("Facebook", "Email", "Twitter", "LinkedIn", "Copy Link");
      else
        page.cb(
          "Share icon An curved arrow pointing right.",
          "Share",
          "Facebook Icon The letter F.",
          "Email icon An envelope. It indicates the ability to send an email.",
          "Twitter icon A stylized bird with an open mouth, tweeting.",
          "Link icon An image of a chain link. It symobilizes a website link url.",
          "Save Article Icon A bookmark",
          "Save",
          "Read in app",
        );
      if (!wire && ctx.rng() < 0.2) page.c("Insider Inc. receives a commission when you buy through our links.");
      const ads: Record<number, string[]> = { 1: ["Advertisement"], 2: ["Loading Something is loading."] };
      if (ctx.rng() < 0.5) ads[3] = ["Advertisement"];
      body(page, ctx, {
        lead: (p) => (wire ? `${place} (Reuters) - ${p}` : p),
        figure: (c, cr) => (cr ? [c, cr] : [c]),
        credit: (who) => {
          const r = ctx.rng();
          return wire ? `REUTERS/${who}` : r < 0.5 ? `${who}/Getty Images` : r < 0.7 ? `${who}/AP` : r < 0.85 ? `${who}/Reuters` : `${who}/Insider`;
        },
        between: ads,
        bareCaptions: true,
      });
      if (wire) page.h(`(Reporting by ${otherName(ctx)}; Editing by ${otherName(ctx)})`);
      page.cb("Read next", ...others(ctx, 3));
      page.cb(
        "Jobs at Business Insider",
        "Stock quotes by finanzen.net",
        "Reprints & Permissions",
        "Advertising Policies",
        "Conflict of Interest Policy",
        "Commerce Policy",
        "Coupons Policy",
        "Your Privacy Choices",
        "Insider Inc. receives a commission when you buy through our links.",
      );
      page.h(
        `* Copyright © ${older ? d.y : copyYear(ctx, d)} Insider Inc. All rights reserved. Registration on or use of this site constitutes acceptance of our Terms of Service and Privacy Policy.`,
      );
      return { page, header: { byline: names, ...(place ? { dateline: place } : {}) } };
    },
  },
];
