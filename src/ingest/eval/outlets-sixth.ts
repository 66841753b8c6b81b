/**
 * A sixth held-out group of outlet styles for the import evaluation (issue 13), written before
 * reading the importer's code (only src/ingest/eval/, scripts/eval-import.ts, BENCHMARKS.md's
 * account of the earlier groups and the shared raw seed were read), to be scored untouched: an
 * Australian public broadcaster (a reporter's beat before the name, "Posted … , updated …" or
 * "Updated …" above "First posted …", "(VBC News: Ann Lee)" credits), an Indian paper's staff
 * and wire copy ("Ann Lee / NCN / Updated: …", "MUMBAI:" and "New Delhi, Jan 29 (PTI)"), a
 * quarterly magazine ("Words by", "Photos by", a two-sentence dek, pull quotes), a browser's
 * reader view of a big paper ("Published Jan. 29, 2020Updated …" glued, "Credit..." below the
 * caption), a Medium-style blog (the author, "Follow", reading time and claps as lines of their
 * own), a court-news site (the names in capitals and the date after a slash, "(VCR) —", legal
 * notices below), a nonprofit's story republished by a local paper ("This article originally
 * appeared in …"), and a live blog (entries under their times, "Copy link" after each). The
 * styles are written for this project; no outlet's page is copied.
 */
import { ampm, AP_MONTHS, body, dayOf, FIRST, h12, LAST, MONTHS, nextDay, pad, Page, RELATED, shortWeekday, type Ctx, type Day, type Style } from "./outlets.ts";

const AU_BEATS = ["political reporter", "state political reporter", "court reporter", "rural reporter", "education reporter"];
const AU_TOPICS = ["local-government", "community-and-society", "state-parliament", "courts-and-trials", "rural", "valley-3999"];
const IN_NAMES = ["Ananya Sharma", "Rohit Kulkarni", "Meera Iyer", "Vikram Nair", "Sneha Banerjee", "Arjun Reddy", "Kavita Joshi", "Siddharth Menon"];
const IN_CITIES = ["MUMBAI", "NEW DELHI", "BENGALURU", "HYDERABAD", "LUCKNOW", "JAIPUR"];
const PTI_CITIES = ["New Delhi", "Mumbai", "Chennai", "Kolkata", "Ahmedabad"];
const LONG_DEKS = [
  "For most of a year the question sat in committee. Then, in a single week, everything moved at once.",
  "Nobody in the room expected a quick answer. What they got instead was a decision that will outlast most of them.",
  "The numbers tell one story and the people closest to it tell another. Both are worth hearing.",
  "It began as a small complaint at a community meeting. It ended somewhere no one had planned.",
];
const ISSUES = ["Issue 41: The Water Issue", "Issue 42: Small Towns", "Issue 43: Work", "Issue 44: The Long Winter"];
const ORGS = ["the Valley Arts Trust", "the county historical society", "the city archives", "the family"];
const MEDIUM_PUBS = ["Valley Voices", "The Civic Desk", "Notes From the Mesa"];
const MEDIUM_DEKS = [
  "What the vote means, and what it doesn't",
  "A few things I noticed while covering this week's story",
  "Notes from a long week on the beat",
  "Why this is bigger than it looks",
];
const COURT_DEKS = [
  "The ruling is the latest turn in a dispute that has dragged on for more than a year.",
  "Lawyers for both sides said they were reviewing the decision and weighing their next steps.",
  "The case drew a crowded gallery and a handful of protesters outside the courthouse.",
  "At issue is whether officials followed their own rules when they made the decision.",
];
const SKETCHERS = ["Jo Marten", "Lee Park", "Sam Ortiz"];
const HOST_SECTIONS = ["STATE NEWS", "REGIONAL", "CAPITOL REPORT"];

/** the story's sentences, split as a reader would (after a stop and a space before a capital) */
const sentences = (p: string) => p.split(/(?<=[.!?]["”’]?) (?=["“‘]?\p{Lu})/u).filter(Boolean);
/** a third name, for pages with more authors than the generator gives */
const third = (ctx: Ctx) => `${ctx.pick(FIRST)} ${ctx.pick(LAST)}`;
/** "A", "A and B", "A, B and C" */
const joinNames = (names: readonly string[]) => (names.length < 3 ? names.join(" and ") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`);
/** the index of the block that prints exactly this paragraph (after any lead's prefix) */
const blockOfParagraph = (page: Page, printed: string) => {
  const i = page.blocks.findIndex((b) => b.length === 1 && b[0] === printed);
  if (i < 0) throw new Error(`no block prints: ${printed.slice(0, 40)}`);
  return i;
};
/** Australian eastern time: daylight saving from October to the first week of April (roughly) */
const auZone = (day: Day) => (day.m >= 4 && day.m <= 9 ? "AEST" : "AEDT");
const auTime = (hh: number, mm: number) => `${h12(hh)}:${pad(mm)}${ampm(hh, "pm")}`;
const mon = (day: Day) => MONTHS[day.m - 1]!.slice(0, 3);

export const HELD_OUT_SIXTH_STYLES: readonly Style[] = [
  {
    // An Australian public broadcaster: the reporter's beat between "By" and the name, or two
    // names; three date forms ("Posted Wed 29 Jan 2020 at 5:32pm, updated …", "Updated 30 January
    // 2020, 9:10am" above "First posted 29 January 2020, 5:32pm", and "29 January 2020 — 5:32pm
    // AEDT"); "Photo:" before the caption and the credit as "(VBC News: Ann Lee)" or
    // "(Supplied)"; "Related Story:" links in the body; a topics line of slugs at the foot.
    name: "held-out-au-broadcaster",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const form = ctx.rng();
      const two = ctx.rng() < 0.35;
      const names = two ? ctx.names.slice(0, 2) : ctx.names.slice(0, 1);
      const byline = two ? `By ${names.join(" and ")}` : ctx.rng() < 0.6 ? `By ${ctx.pick(AU_BEATS)} ${names[0]}` : `By ${names[0]}`;
      const updatedRoll = ctx.rng();
      // Form B always prints an update; the others on some pages.
      const updated = form >= 0.4 && form < 0.7 ? (updatedRoll < 0.5 ? ctx.story.date : nextDay(ctx.story.date)) : updatedRoll < 0.3 ? ctx.story.date : updatedRoll < 0.55 ? nextDay(ctx.story.date) : undefined;
      const uh = updated === ctx.story.date ? Math.min(h + 3, 23) : 9;
      const um = updated === ctx.story.date ? (min + 38) % 60 : 10;
      const u = updated ? dayOf(updated) : d;
      const page = new Page().c("Skip to main content").cb("VBC News", "Just In | Local | Politics | World | Business | Analysis | Sport | Health").c("Local News");
      page.h(ctx.story.title).h(byline);
      if (form < 0.4) {
        const posted = (day: Day, hh: number, mm: number) => `${shortWeekday(day)} ${day.d} ${mon(day)} ${day.y} at ${auTime(hh, mm)}`;
        page.h(`Posted ${posted(d, h, min)}${updated ? `, updated ${posted(u, uh, um)}` : ""}`);
      } else if (form < 0.7) {
        const long = (day: Day, hh: number, mm: number) => `${day.d} ${MONTHS[day.m - 1]} ${day.y}, ${auTime(hh, mm)}`;
        page.h(`Updated ${long(u, uh, um)}`, `First posted ${long(d, h, min)}`);
      } else {
        const dash = (day: Day, hh: number, mm: number) => `${day.d} ${MONTHS[day.m - 1]} ${day.y} — ${auTime(hh, mm)} ${auZone(day)}`;
        page.h(dash(d, h, min));
        if (updated) page.h(`Updated ${dash(u, uh, um)}`);
      }
      page.cb("Share", "Facebook", "Twitter", "Email", "Copy link");
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => [`Photo: ${c}.${cr ? ` (${cr})` : ""}`],
        credit: (who) => {
          const r = ctx.rng();
          return r < 0.5 ? `VBC News: ${who}` : r < 0.75 ? "Supplied" : `AAP: ${who}`;
        },
        between: { 0: [`Related Story: ${ctx.pick(RELATED)}`], 2: [`Related Story: ${ctx.pick(RELATED)}`] },
      });
      page.c(`Contact ${names[0]}`);
      page.cb(`Topics: ${[ctx.pick(AU_TOPICS), ctx.pick(AU_TOPICS), ctx.pick(AU_TOPICS)].filter((t, i, a) => a.indexOf(t) === i).join(", ")}`);
      page.c("Top Stories", "Back to top");
      page.h(`VBC acknowledges Aboriginal and Torres Strait Islander peoples as the First Australians and Traditional Custodians of the lands where we live, learn, and work.`);
      return { page, header: { byline: names, ...(updated ? { updated } : {}) } };
    },
  },
  {
    // An Indian national paper: staff copy under "Ann Lee / NCN / Updated: Jan 29, 2020, 17:32
    // IST" with the city in capitals and a colon before the lead; the wire's copy under "PTI /
    // Updated: …" with the agency's own dateline ("New Delhi, Jan 29 (PTI)", no dash) and the
    // feed disclaimer at the foot; "Pic/Ann Lee" after the caption's stop, "(PTI Photo)".
    name: "held-out-in-national",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const wire = ctx.rng() < 0.45;
      const two = !wire && ctx.rng() < 0.3;
      const first = ctx.pick(IN_NAMES);
      const second = ctx.pick(IN_NAMES.filter((n) => n !== first));
      const names = wire ? [] : two ? [first, second] : [first];
      const city = wire ? ctx.pick(PTI_CITIES) : ctx.pick(IN_CITIES);
      const stamp = `${mon(d)} ${d.d}, ${d.y}, ${pad(h)}:${pad(min)} IST`;
      const page = new Page().cb("The National Chronicle", "Sign In", "ePaper").cb("City | India | World | Business | Tech | Cricket | Entertainment | Web Stories").c("Trending");
      page.h(ctx.story.title);
      page.h(`${wire ? "PTI" : `${names.join(" & ")} / NCN`} / Updated: ${stamp}`);
      page.cb("Share", "AA", "Follow us");
      body(page, ctx, {
        lead: (p) => (wire ? `${city}, ${mon(d)} ${d.d} (PTI) ${p}` : `${city}: ${p}`),
        figure: (c, cr) => [cr ? (wire ? `${c}. (${cr})` : `${c}. ${cr}`) : c],
        credit: (who) => (wire ? "PTI Photo" : `Pic/${who}`),
        between: { 0: ["Also Read", ctx.pick(RELATED)], 1: ["Advertisement"], 3: ["Story continues below this ad"] },
        bareCaptions: true,
      });
      if (wire) page.c("(This story has not been edited by National Chronicle staff and is auto-generated from a syndicated feed.)");
      page.c("Download The National Chronicle app to get daily news updates.", "Start a Conversation", "Post comment");
      page.h(`Copyright © ${d.y} National Chronicle Media Ltd. All rights reserved.`);
      return { page, header: { byline: names, dateline: city } };
    },
  },
  {
    // A quarterly magazine's website: the issue above the headline, a two-sentence dek, "Words
    // by" and "Photos by" on lines of their own, an ordinal day-first date and a reading time,
    // pull quotes repeating a sentence of the story between paragraphs, captions mostly bare
    // (the photographer is credited above) and "Courtesy of …" on archive pictures.
    name: "held-out-quarterly",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const dek = ctx.pick(LONG_DEKS);
      const issue = ctx.pick(ISSUES);
      const ord = (n: number) => `${n}${n % 10 === 1 && n !== 11 ? "st" : n % 10 === 2 && n !== 12 ? "nd" : n % 10 === 3 && n !== 13 ? "rd" : "th"}`;
      const page = new Page().cb("THE VALLEY QUARTERLY", "Culture / Place / People / Shop / Subscribe").c(issue, "Features");
      page.h(ctx.story.title).h(dek);
      page.dek = dek;
      page.h(`Words by ${ctx.names[0]}`, `Photos by ${ctx.names[1]}`);
      page.h(`Published ${ord(d.d)} ${MONTHS[d.m - 1]} ${d.y}`);
      page.c(`Reading time: ${6 + Math.floor(ctx.rng() * 10)} minutes`);
      // A pull quote: a sentence from inside a paragraph (neither its first nor its last).
      // Not one that also opens, closes or makes up a paragraph: the pull quote must be told from the story's text.
      const { paragraphs } = ctx.story;
      const quotes = paragraphs
        .slice(1)
        .flatMap((p) => sentences(p).slice(1, -1))
        .filter((s) => s.split(" ").length >= 6 && !paragraphs.some((p) => p === s || p.startsWith(`${s} `) || p.endsWith(` ${s}`)));
      const between: Record<number, string[]> = { 1: [`This story appears in ${issue.split(":")[0]}. Buy a copy or subscribe.`] };
      const at = Math.max(0, Math.min(3, ctx.story.paragraphs.length - 2));
      if (quotes.length) between[at] = [...(between[at] ?? []), ctx.pick(quotes)];
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => [cr ? `${c}. ${cr}` : c],
        credit: () => `Courtesy of ${ctx.pick(ORGS)}`,
        between,
        bareCaptions: true,
      });
      page.h(`${ctx.names[0]} is a writer based in the valley. ${ctx.names[1]} is a photographer.`);
      page.c("Share this story", "You might also like", "The Quarterly Letter: one email a month, no spam. Sign up");
      page.h(`© The Valley Quarterly ${d.y}`);
      return { page, header: { byline: [ctx.names[0]!] } };
    },
  },
  {
    // A browser's reader view of a large paper's page: the domain, the headline, the names
    // without "By" and a reading time range, then the page's own "Supported by", the date line
    // with the update glued to it ("Published Jan. 29, 2020Updated Jan. 30, 2020, 9:04 a.m.
    // ET"), sometimes the byline again, "Advertisement" and "Continue reading the main story"
    // between paragraphs, "Credit..." on the line below the caption, the print note at the foot.
    name: "held-out-reader-view",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const names = ctx.rng() < 0.4 ? ctx.names.slice(0, 2) : ctx.names.slice(0, 1);
      const roll = ctx.rng();
      const updated = roll < 0.35 ? ctx.story.date : roll < 0.7 ? nextDay(ctx.story.date) : undefined;
      const ap = (day: Day) => `${AP_MONTHS[day.m - 1]} ${day.d}, ${day.y}`;
      const lo = 3 + Math.floor(ctx.rng() * 6);
      const page = new Page().c("www.valleytimes.example");
      page.h(ctx.story.title).h(joinNames(names));
      page.c(`${lo}–${lo + 2} minutes`, "Supported by", "Continue reading the main story");
      const uh = Math.min(h + 2, 23);
      const up = updated === undefined ? "" : updated === ctx.story.date ? `Updated ${h12(uh)}:${pad((min + 21) % 60)} ${ampm(uh, "p.m.")} ET` : `Updated ${ap(dayOf(updated))}, 9:04 a.m. ET`;
      page.h(`${updated ? "Published " : ""}${ap(d)}${up}`);
      if (ctx.rng() < 0.5) page.h(`By ${joinNames(names)}`);
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => (cr ? [c, `Credit...${cr}`] : [c]),
        credit: (who) => (ctx.rng() < 0.6 ? `${who} for The Valley Times` : "Associated Press"),
        between: { 0: ["Advertisement", "Continue reading the main story"], 3: ["Advertisement", "Continue reading the main story"] },
      });
      const next = dayOf(nextDay(ctx.story.date));
      page.c(`A version of this article appears in print on ${ap(next)}, Section A, Page ${2 + Math.floor(ctx.rng() * 20)} of the Valley edition with the headline: ${ctx.story.title.split(" ").slice(0, 5).join(" ")}. Order Reprints | Today’s Paper | Subscribe`);
      return { page, header: { byline: names, ...(updated ? { updated } : {}) } };
    },
  },
  {
    // A Medium-style blog post: the sign-in bar, "Member-only story" on some, the title and a
    // subtitle on some, then the author, "·", "Follow", the publication, the reading time and the
    // date each a line of its own (or the reading time and date on one line), the clap and
    // response counts between "--" lines, "Listen" and "Share"; captions ending ". Image by the
    // author" or ". Image: Ann Lee"; the author box and the site's links at the foot.
    name: "held-out-medium",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const pub = ctx.pick(MEDIUM_PUBS);
      const claps = String(3 + Math.floor(ctx.rng() * 400));
      const responses = String(Math.floor(ctx.rng() * 9));
      const member = ctx.rng() < 0.3;
      const dek = ctx.rng() < 0.5 ? ctx.pick(MEDIUM_DEKS) : undefined;
      const oneLine = ctx.rng() < 0.5;
      const read = `${2 + Math.floor(ctx.rng() * 9)} min read`;
      const date = `${mon(d)} ${d.d}, ${d.y}`;
      const page = new Page().cb("Open in app", "Sign up", "Sign in", "Write");
      if (member) page.c("Member-only story");
      page.h(ctx.story.title);
      if (dek) {
        page.h(dek);
        page.dek = dek;
      }
      page.h(ctx.names[0]!).c("·", "Follow").c("Published in").h(pub).c("·");
      if (oneLine) page.h(`${read} · ${date}`);
      else page.c(read, "·").h(date);
      page.c("--", claps, "Listen", "Share");
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => [cr ? `${c}. ${cr}` : c],
        credit: (who) => (ctx.rng() < 0.5 ? "Image by the author" : `Image: ${who}`),
        between: {},
        bareCaptions: true,
      });
      page.cb("Local News", "Politics", "Community").c("--", claps, "--", responses);
      page.cb("Follow", `Written by ${ctx.names[0]}`, `${20 + Math.floor(ctx.rng() * 900)} Followers`, `·Writer for ${pub}`);
      page.c(`More from ${ctx.names[0]} and ${pub}`, "Recommended from Medium", "Help Status About Careers Press Blog Privacy Terms Text to speech Teams");
      return { page, header: { byline: [ctx.names[0]!] } };
    },
  },
  {
    // A court-news site: a section over the headline, a one-sentence dek, the names in capitals
    // and the date after a slash ("ANN LEE / January 29, 2020", two names parted by a comma),
    // the lead with the site's slug after a place or alone ("(VCR) —"), a "Read the order"
    // link, credits "(VCR photo / Ann Lee)" or "(Courtroom sketch by Jo Marten)", and a legal
    // notices box below the story whose text reads like a story's sentences.
    name: "held-out-court-news",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const two = ctx.rng() < 0.3;
      const names = (two ? ctx.names.slice(0, 2) : ctx.names.slice(0, 1)).map((n) => n.toUpperCase());
      const placed = ctx.rng() < 0.55;
      const dek = ctx.pick(COURT_DEKS);
      const page = new Page().cb("Valley Courthouse Report", "Subscribe", "Log in", "Search").c(ctx.pick(["Appeals", "Trials", "Government", "Regional"]));
      page.h(ctx.story.title).h(dek);
      page.dek = dek;
      page.h(`${names.join(", ")} / ${MONTHS[d.m - 1]} ${d.d}, ${d.y}`);
      page.cb("Share", "Facebook", "Twitter", "Email", "Print");
      body(page, ctx, {
        lead: (p) => (placed ? `${ctx.place} (VCR) — ${p}` : `(VCR) — ${p}`),
        figure: (c, cr) => [cr ? `${c} (${cr})` : c],
        credit: (who) => (ctx.rng() < 0.6 ? `VCR photo / ${who}` : `Courtroom sketch by ${ctx.pick(SKETCHERS)}`),
        between: { 0: ["Read the order (PDF)"], 2: ["Get Court Roundup, our free legal news briefing, in your inbox each weekday."] },
      });
      page.cb("Categories:", "Appeals, Government, Regional").c("Read Next", ctx.pick(RELATED));
      page.c("LEGAL NOTICES", "NOTICE OF PUBLIC HEARING");
      page.c("Notice is hereby given that the county board of adjustment will hold a public hearing on the application at 6 p.m. in the commission chambers.");
      page.c("View all notices");
      page.h(`© ${d.y} Valley Courthouse Report. All rights reserved.`);
      return { page, header: { byline: names, ...(placed ? { dateline: ctx.place } : {}) } };
    },
  },
  {
    // A nonprofit newsroom's story republished by a local paper: the host's weather line and
    // menu, a section, "By Ann Lee | Valley Current" (or two names before the bar), the date, the
    // "originally published" note under the date on some pages and at the foot on the others,
    // credits after "Credit:" on the caption's line, the newsroom's boilerplate and the
    // republishing terms below.
    name: "held-out-syndicated",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const names = ctx.rng() < 0.35 ? ctx.names.slice(0, 2) : ctx.names.slice(0, 1);
      const noteTop = ctx.rng() < 0.5;
      const updated = ctx.rng() < 0.3 ? nextDay(ctx.story.date) : undefined;
      const page = new Page().c(`Weather: ${20 + Math.floor(ctx.rng() * 60)}°F ${ctx.pick(["Clear", "Partly cloudy", "Light snow", "Windy"])}`);
      page.cb("The Mesa Gazette", "News | Sports | Obituaries | Opinion | Classifieds | e-Edition").c(ctx.pick(HOST_SECTIONS));
      page.h(ctx.story.title).h(`By ${names.join(" and ")} | Valley Current`);
      page.h(`${mon(d)} ${d.d}, ${d.y}`);
      if (updated) {
        const u = dayOf(updated);
        page.h(`Updated ${mon(u)} ${u.d}, ${u.y}`);
      }
      if (noteTop) page.h("This story was originally published by Valley Current.");
      page.cb("Facebook", "Twitter", "Email", "Print", "Save");
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => [cr ? `${c}. Credit: ${cr}` : c],
        credit: (who) => (ctx.rng() < 0.7 ? `${who} / Valley Current` : "Colorado Department of Transportation"),
        between: { 1: ["Be the first to know. Get local news sent to your inbox every morning."], 3: ["Advertisement"] },
        bareCaptions: true,
      });
      if (!noteTop) page.h("This article originally appeared in Valley Current and is republished here under a Creative Commons license.");
      page.h("Valley Current is a nonprofit newsroom covering state government and politics.");
      page.c("Follow Valley Current on Facebook and Twitter.", "Tags", "Most Popular");
      page.h(`© ${d.y} The Mesa Gazette, a Valley Media company.`);
      return { page, header: { byline: names, ...(updated ? { updated } : {}) } };
    },
  },
  {
    // A live blog: "LIVE UPDATES" over the headline, the published time and the last update on
    // one line, three names or only the staff, then entries under their times ("9:14 p.m.",
    // newest first), "Pinned" over the first, "Share" and "Copy link" after each, and "Load more
    // updates" at the foot; captions with "Photo:" inside the parentheses.
    name: "held-out-live-blog",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const { paragraphs } = ctx.story;
      const staff = ctx.rng() < 0.3;
      const names = staff ? [] : [ctx.names[0]!, ctx.names[1]!, third(ctx)];
      const nextDayUpdate = ctx.rng() < 0.35;
      const updated = nextDayUpdate ? nextDay(ctx.story.date) : ctx.story.date;
      const start = h - 2 < 6 ? 6 : h - 2;
      const stamp = (hh: number, mm: number) => `${h12(hh)}:${pad(mm)} ${ampm(hh, "p.m.")}`;
      const last = nextDayUpdate ? { hh: 0, mm: 41 } : { hh: Math.min(h + 3, 23), mm: (min + 7) % 60 };
      const page = new Page().cb("The Valley Post", "Sections | Subscribe | Sign in").c("LIVE UPDATES");
      page.h(ctx.story.title);
      page.h(`Published ${stamp(start, min)} MST ${AP_MONTHS[d.m - 1]} ${d.d}, ${d.y} · Last update ${stamp(last.hh, last.mm)} MST${nextDayUpdate ? ` ${AP_MONTHS[dayOf(updated).m - 1]} ${dayOf(updated).d}, ${dayOf(updated).y}` : ""}`);
      page.h(staff ? "By Valley Post staff" : `By ${joinNames(names)}`);
      page.c("Share");
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => [cr ? `${c} (${cr})` : c],
        credit: (who) => `Photo: ${who}/The Valley Post`,
        between: {},
        bareCaptions: true,
      });
      // Entries of one or two paragraphs, newest first, each under its time and followed by its buttons.
      const entries: number[] = [];
      for (let i = 0; i < paragraphs.length; i += ctx.rng() < 0.5 ? 1 : 2) entries.push(i);
      let t = nextDayUpdate ? 24 * 60 + last.hh * 60 + last.mm : last.hh * 60 + last.mm;
      const times = entries.map(() => {
        const now = t;
        t -= 12 + Math.floor(ctx.rng() * 40);
        return now;
      });
      // Rebuild the blocks: each entry's time (and "Pinned" over the first) before its first
      // paragraph, its buttons before the next entry's time, found before anything moves.
      const starts = entries.map((i) => blockOfParagraph(page, paragraphs[i]!));
      const blocks: string[][] = [];
      page.blocks.forEach((b, j) => {
        const k = starts.indexOf(j);
        if (k >= 0) {
          if (k > 0) {
            blocks.push(["Share", "Copy link"]);
            page.chrome.push("Share", "Copy link");
          } else {
            blocks.push(["Pinned"]);
            page.chrome.push("Pinned");
          }
          const m = ((times[k]! % (24 * 60)) + 24 * 60) % (24 * 60);
          blocks.push([stamp(Math.floor(m / 60), m % 60)]);
        }
        blocks.push(b);
      });
      blocks.push(["Share", "Copy link"]);
      page.chrome.push("Share", "Copy link");
      page.blocks = blocks;
      page.c("Load more updates", "Sign up for Post Alerts: breaking news on your phone as it happens.");
      page.h(`© ${d.y} The Valley Post`);
      return { page, header: { byline: names, updated } };
    },
  },
];
