/**
 * A fourteenth held-out group of outlet styles for the import evaluation (issue 13), written before
 * reading the importer's code (only src/ingest/eval/, scripts/eval-import.ts, the evaluation test
 * and README.md were read), to be scored untouched. Two kinds of source no group had covered, each
 * written from memory of how its text comes out when copied between 2019 and 2024.
 *
 * A story reposted on social and community platforms: a reporter's or a paper's thread on X or
 * Twitter (the display name over the handle, the headline with "🧵", the posts numbered "2/8" or
 * "2/ ", "5:32 PM · Jan 29, 2020" over the views or glued to "·Twitter for iPhone", the counts as
 * lines of their own, each post's author, handle and "Jan 29, 2020" above it, photos' captions as
 * posts, other users' replies and the footer); a Reddit self-post where someone pasted the article
 * (old Reddit's "title News (self.Denver)" and "submitted 3 years ago by …", or the newer layout's
 * "r/Denver • 3 yr. ago" and flair; "Archived post …", the poster's note, the pasted byline and
 * date, comments with their points and ages); a Nextdoor post (the neighbour and the neighbourhood
 * over the post's age, the headline as the subject, the neighbour's note, the pasted article, the
 * source's address, reactions and neighbours' comments); a Telegram channel's messages as the
 * desktop app copies them ("Valley News Now, [29.01.2020 17:32]" or "[1/29/2020 5:32 PM]" glued
 * over the first line, "[Forwarded from …]", an emoji before the headline, "✍️ Ann Lee", a long
 * post split into messages, "[ Photo ]" and the text after it, the channel's link and the next
 * message); and a Discord channel where a member pasted the article over several messages
 * ("mesa_mike — 01/29/2020" or "— 1/29/20, 5:32 PM", the day's divider, "[5:33 PM]" glued before a continuation message's
 * first line, "(edited)" after its last, reactions and replies).
 *
 * US local TV station sites on station groups' CMSs: a Gray-style page (the weather alert banner,
 * the closings ticker, "Latest Newscasts", "By Ann Lee" over "Published: Jan. 29, 2020 at 5:32 PM
 * MST" and "Updated: Jan. 30, 2020 …" or "Updated: 2 hours ago" on lines of their own, "(KXYZ) -",
 * "(Source: KXYZ)" credits, a video's "Copyright 2020 KXYZ. All rights reserved." between
 * paragraphs or at the foot, the public file's footer); an Allen Media-style page ("Posted: Jan 29,
 * 2020 5:32 PM" and "Updated: …" above or below "Posted By: Ann Lee", or on one line, "Posted By:
 * Web Staff", the weather alerts' count, the 24-hour stream's promotions, "Photo Credit: …" below
 * the caption); and a Spanish-language network's local station's English page (the bar in
 * Spanish, "Leer en español", "By Ann Lee • Published January 29, 2020 • Updated on January 30,
 * 2020 at 9:04 am" on one line, or its Spanish labels "Por Ann Lee y Bob Stone • Publicado el 29
 * de enero de 2020 • Actualizado el 30 de enero de 2020 a las 9:04 am" over an English story,
 * "Publicidad", "Lee también: …", the tags and the network's footer). Platforms, groups and
 * networks are the real ones, as the copied text would carry them; people, stations, channels,
 * other headlines and comments are made up, and no page is copied.
 */
import type { ExpectedFigure } from "./case.ts";
import { ampm, AP_MONTHS, body, dayOf, DEKS, FIRST, h12, LAST, mon, MONTHS, nextDay, pad, Page, type Ctx, type Day, type Style } from "./outlets.ts";

/** Headlines of other stories, for related lists, channels' other messages and the like. */
const OTHER_HEADLINES = [
  "Heavy snow expected across the valley by Thursday morning",
  "Police identify driver in fatal crash on Highway 20",
  "School board delays vote on four-day week",
  "City council approves new downtown parking rates",
  "Fire crews contain brush fire near the interstate",
  "Hospital adds beds as flu cases climb",
  "Water main break closes part of Main Street",
  "Local bakery marks 50 years in business",
];
const ES_HEADLINES = [
  "Alerta por tormenta invernal en el valle este jueves",
  "Cierran carriles de la autopista por obras",
  "Abren centro de vacunación gratuita en el norte de la ciudad",
  "Familias piden más seguridad en parque local",
];
const MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];
const SUBREDDITS = ["Denver", "Boise", "Albuquerque", "Tucson", "Omaha", "Spokane", "Reno"];
const REDDIT_USERS = ["throwaway_civic", "mesa_mike", "hikerdude84", "NotAPaywallFan", "coloradogirl22", "quiet_neighbor", "BeanCounter_99", "rivertown_rob"];
const PASTE_NOTES = [
  "Paywalled, so here's the text:",
  "For those without a subscription, article below.",
  "Text of the article since it's behind a paywall:",
  "Posting the full text because the site is unreadable on mobile.",
];
const REDDIT_COMMENTS = [
  "Thanks for posting the text, I hit the paywall.",
  "This has been a long time coming honestly.",
  "Does anyone know when the next public meeting is?",
  "I'll believe it when I see it.",
  "My neighbor was at that meeting and said it got heated.",
];
const REDDIT_EDITS = ["formatting", "added the link", "fixed the title", "thanks for the gold, kind stranger"];
const FLAIRS = ["News", "Local News", "Politics", "Paywall"];
const HOODS = ["Capitol Hill", "Sunnyside", "North End", "Old Town", "Westgate", "Harvard Gulch", "Mesa Vista", "Riverside"];
const ND_NOTES = [
  "Neighbors, thought this was worth sharing.",
  "From today's Valley Times. Pasting the text since it's paywalled.",
  "FYI for everyone asking about this at the last HOA meeting.",
  "This affects a lot of us in the area, please read.",
];
const ND_COMMENTS = ["Thank you for sharing!", "Does anyone know if there will be a public comment period?", "About time.", "This is so frustrating. Who do we call?", "Great info, thanks neighbor."];
const TG_CHANNELS = [
  ["Valley News Now", "valleynewsnow"],
  ["Mesa Daily Brief", "mesadailybrief"],
  ["Front Range Headlines", "frontrangeheadlines"],
] as const;
const TG_OUTLETS = ["The Valley Times", "Mesa Herald", "Cedar County Courier", "KXRM 9 News"];
const DISCORD_SERVERS = ["Valley City Community", "Mesa Locals", "Front Range Hangout"];
const DISCORD_USERS = ["mesa_mike", "ValleyWatcher", "crowbar", "juniper.j", "Deb (she/her)", "rivertown_rob", "pixelpete"];
const DISCORD_NOTES = ["paywall bypass for anyone interested:", "saw this in the Times this morning, pasting it here", "relevant to what we talked about yesterday", "ok this is big news for the east side"];
const DISCORD_REPLIES = ["thanks for posting", "wild", "lol of course they did", "wait does this affect the north side too?", "about time tbh"];
const GRAY_STATIONS = [
  { call: "KXYZ", brand: "KXYZ 7", place: "BOISE, Idaho", zone: "M", street: "1010 W. Main St.", city: "Boise, ID 83702", phone: "(208) 555-0107" },
  { call: "WVLY", brand: "WVLY 13", place: "TOPEKA, Kan.", zone: "C", street: "631 SW Commerce Pl.", city: "Topeka, KS 66615", phone: "(785) 555-0134" },
  { call: "KMSA", brand: "KMSA 9", place: "PUEBLO, Colo.", zone: "M", street: "2200 7th Ave.", city: "Pueblo, CO 81003", phone: "(719) 555-0192" },
] as const;
const WEATHER_ALERTS = [
  "Winter Storm Warning until 11 AM Thursday",
  "FIRST ALERT WEATHER DAY: Heavy snow and wind Thursday",
  "Red Flag Warning in effect for the valley",
  "Flood Watch through Friday morning",
];
const CLOSINGS = ["Valley School District - Closed", "St. Mary's Academy - 2 Hour Delay", "Mesa County Courthouse - Opening at 10 AM", "Cedar Falls Schools - Remote Learning"];
const NEWSCASTS = ["Livestream", "News at 10PM", "News at 6PM", "Good Morning at 6AM", "News at Noon"];
const VIDEOS = ["Officials speak after the vote", "Residents react to the decision", "What happens next", "Crews on the scene Wednesday"];
const ALLEN_STATIONS = [
  { call: "WVAY", brand: "WVAY 31", section: "Top Stories" },
  { call: "KCMT", brand: "KCMT News 3", section: "Local News" },
  { call: "WRVL", brand: "WRVL 19", section: "News" },
] as const;
const LAT_NAMES = ["Daniela Ríos", "Alejandro Gómez", "Mariana Castillo", "José Luis Herrera", "Valeria Morales", "Andrés Pineda", "Lucía Ortega", "Fernando Ibarra"];
const TM_TAGS = ["Noticias Locales", "Valle", "Gobierno", "Comunidad", "Educación", "Transporte"];

/** A block of header lines (a name, a date) with chrome lines (labels, buttons) among them. */
const mixed = (page: Page, lines: readonly { text: string; chrome: boolean }[]) => {
  page.blocks.push(lines.map((l) => l.text));
  page.chrome.push(...lines.filter((l) => l.chrome).map((l) => l.text));
};
/** "Ann Lee", "Ann Lee and Bob Stone" */
const joinNames = (names: readonly string[], and = "and") => (names.length < 3 ? names.join(` ${and} `) : `${names.slice(0, -1).join(", ")} ${and} ${names.at(-1)}`);
/** `n` different headlines of other stories, in the generator's order. */
const others = (ctx: Ctx, n: number, pool: readonly string[] = OTHER_HEADLINES) => {
  const left = [...pool];
  return Array.from({ length: n }, () => left.splice(Math.floor(ctx.rng() * left.length), 1)[0]!);
};
const clock = (hh: number, mm: number, style: "PM" | "p.m." | "pm") => `${h12(hh)}:${pad(mm)} ${ampm(hh, style)}`;
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
/** US daylight time, roughly: mid-March to the first days of November. */
const dst = (day: Day) => (day.m > 3 && day.m < 11) || (day.m === 3 && day.d >= 10) || (day.m === 11 && day.d < 3);
const zoneOf = (zone: "M" | "C", day: Day) => `${zone}${dst(day) ? "D" : "S"}T`;
/** "Ann Lee" → "@annlee_vt" */
const handleOf = (name: string) => `@${name.toLowerCase().replace(/[^a-z]/g, "")}_vt`;
/** The minute after, kept within the hour. */
const later = (mm: number, n: number) => Math.min(mm + n, 59);

interface Posts {
  /** each paragraph as printed */
  print: (p: string, i: number) => string;
  /** chrome lines in one block right after paragraph i (a post's counts) */
  after?: (i: number) => string[];
  /** chrome lines printed in a figure's block before its caption (a post's author, a message's header) */
  figureChrome?: string[];
  figure: (caption: string, credit: string | undefined) => string[];
  credit: (who: string) => string;
  /** a credit-less caption every other photo, or on every photo */
  bare?: boolean | "all";
  /** chrome lines in one block after paragraph i and its photo (the next post's author) */
  between?: (i: number) => string[];
}

/** The story as posts or messages: each paragraph printed its own way, with chrome around it. */
function posts(page: Page, ctx: Ctx, form: Posts): void {
  const { paragraphs, captions } = ctx.story;
  const chromeBlock = (lines: string[] | undefined) => {
    if (!lines?.length) return;
    page.blocks.push(lines);
    page.chrome.push(...lines);
  };
  paragraphs.forEach((p, i) => {
    page.blocks.push([form.print(p, i)]);
    page.story.push(p);
    chromeBlock(form.after?.(i));
    const caption = i >= 1 ? captions[i - 1] : undefined;
    if (caption) {
      const bare = form.bare === "all" || (form.bare === true && (i - 1) % 2 === 1);
      const who = `${ctx.pick(FIRST)} ${ctx.pick(LAST)}`;
      const credit = bare ? undefined : form.credit(who);
      const chrome = form.figureChrome ?? [];
      page.blocks.push([...chrome, ...form.figure(caption, credit)]);
      page.chrome.push(...chrome);
      const figure: ExpectedFigure = { caption, ...(credit ? { credit } : {}) };
      page.figures.push(figure);
      chromeBlock(form.after?.(i));
    }
    chromeBlock(form.between?.(i));
  });
}

export const HELD_OUT_FOURTEENTH_STYLES: readonly Style[] = [
  {
    // A thread on X (2023-24) or Twitter (2020-21), copied from the thread's page: "Post" and
    // "See new posts" (or "Tweet", "Thread"), the author's display name (a reporter's, with an
    // emoji or the paper after it on some; or the paper's own account, whose posts name nobody)
    // over the handle, the headline as the first post ("… 🧵", "🧵 …" or with "A thread 🧵👇"
    // below it), "5:32 PM · Jan 29, 2020" over "·" and the views, or "5:32 PM · Jan 29,
    // 2020·Twitter for iPhone" glued; the counts with their labels; then each paragraph a post
    // under the author, the handle, "·" and "Jan 29, 2020", numbered "2/8" after it or "2/ "
    // before it or not at all, its counts below; a photo's caption as a post of its own; other
    // users' replies ("Replying to @…"), and the footer.
    name: "held-out-x-thread",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const outlet = ctx.rng() < 0.3;
      const x = ctx.rng() < 0.6;
      const name = ctx.names[0]!;
      const suffix = ctx.rng();
      const display = outlet ? "The Valley Times" : suffix < 0.5 ? name : suffix < 0.75 ? `${name} 🗞️` : `${name} | Valley Times`;
      const handle = outlet ? "@ValleyTimes" : handleOf(name);
      const n = ctx.story.paragraphs.length + 1;
      const numbering = ctx.rng();
      const num = (k: number, text: string) => (numbering < 0.45 ? `${text} ${k}/${n}` : numbering < 0.75 ? `${k}/ ${text}` : text);
      const count = (most: number) => {
        const c = Math.floor(ctx.rng() * most);
        return c >= 1000 ? `${(c / 1000).toFixed(1)}K` : String(c);
      };
      const short = `${mon(d)} ${d.d}, ${d.y}`;
      const head = () => [display, handle, "·", short];
      const page = new Page();
      if (x) page.cb("Post", "See new posts").c("Conversation");
      else page.cb("Tweet", "See new Tweets").c("Thread");
      mixed(page, [
        { text: display, chrome: outlet },
        { text: handle, chrome: true },
      ]);
      const titleForm = ctx.rng();
      if (titleForm < 0.4) page.h(`${ctx.story.title} 🧵`);
      else if (titleForm < 0.65) page.h(`🧵 ${ctx.story.title}`);
      else
        mixed(page, [
          { text: ctx.story.title, chrome: false },
          { text: "A thread 🧵👇", chrome: true },
        ]);
      if (x)
        mixed(page, [
          { text: `${clock(h, min, "PM")} · ${short}`, chrome: false },
          { text: "·", chrome: true },
          { text: `${count(90_000)} Views`, chrome: true },
        ]);
      else page.h(`${clock(h, min, "PM")} · ${short}·${ctx.pick(["Twitter for iPhone", "Twitter Web App", "TweetDeck"])}`);
      if (x) page.cb(count(400), "Reposts", count(60), "Quotes", count(2000), "Likes", count(90), "Bookmarks");
      else page.cb(`${count(400)} Retweets`, `${count(60)} Quote Tweets`, `${count(2000)} Likes`);
      page.cb(...head());
      posts(page, ctx, {
        print: (p, i) => num(i + 2, p),
        after: () => (x ? [count(40), count(200), count(900), count(40_000)] : [count(40), count(200), count(900)]),
        figureChrome: head(),
        figure: (c, cr) => [cr ? `${c} (Photo: ${cr})` : c],
        credit: (who) => (outlet ? `${who}/The Valley Times` : who),
        bare: true,
        between: (i) => (i < ctx.story.paragraphs.length - 1 ? head() : []),
      });
      const replier = otherName(ctx);
      const replierHandle = handleOf(replier).replace("_vt", String(10 + Math.floor(ctx.rng() * 80)));
      if (x) page.cb("Discover more", "Sourced from across X");
      const next = dayOf(nextDay(ctx.story.date));
      page.cb(replier, replierHandle, "·", `${mon(next)} ${next.d}, ${next.y}`, `Replying to ${handle}`);
      page.c(ctx.pick(REDDIT_COMMENTS));
      page.cb(count(10), count(10), count(50));
      if (x) {
        page.cb("Terms of Service", "|", "Privacy Policy", "|", "Cookie Policy", "|", "Accessibility", "|", "Ads info", "|", "More", `© ${copyYear(ctx, d)} X Corp.`);
      } else {
        page.cb("New to Twitter?", "Sign up now to get your own personalized timeline!", "Sign up");
        page.cb("Terms of Service", "Privacy Policy", "Cookie Policy", "Ads info", "More", `© ${d.y} Twitter, Inc.`);
      }
      return { page, header: { byline: outlet ? [] : [name] } };
    },
  },
  {
    // A Reddit self-post where someone pasted a paywalled article. Old Reddit: the bar of
    // subreddits, the subreddit's name, "want to join? …", the score, "title News (self.Denver)"
    // with the flair and the domain glued after the headline, "submitted 3 years ago * by …";
    // the newer layout: "r/Denver", "•", "3 yr. ago", the poster, the headline, the flair and
    // "Archived post. …". Then the poster's note, the headline again on some, the pasted byline
    // ("By Ann Lee | The Valley Times", "Ann Lee, The Valley Times", "By ANN LEE Associated
    // Press") and date, the story with "ADVERTISEMENT" left in and the captions pasted, an edit
    // note, the comment count's row or the vote counts, the comments with their points and ages,
    // and the footer.
    name: "held-out-reddit-selfpost",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const old = ctx.rng() < 0.55;
      const sub = ctx.pick(SUBREDDITS);
      const poster = ctx.pick(REDDIT_USERS);
      const wire = ctx.rng() < 0.25;
      const names = wire ? [ctx.names[0]!.toUpperCase()] : oneOrTwo(ctx, 0.25);
      const flair = ctx.rng() < 0.6 ? ctx.pick(FLAIRS) : undefined;
      const years = 2 + Math.floor(ctx.rng() * 3);
      const votes = 5 + Math.floor(ctx.rng() * 900);
      const comments = 3 + Math.floor(ctx.rng() * 200);
      const edited = ctx.rng() < 0.4;
      const commenter = ctx.pick(REDDIT_USERS.filter((u) => u !== poster));
      const page = new Page();
      if (old) {
        page.cb("jump to content", "my subreddits", "popular-all-random-users | AskReddit-pics-funny-worldnews-news-todayilearned-gaming-movies-mildlyinteresting", "edit »");
        page.cb(sub.toLowerCase(), "comments", "other discussions (1)");
        page.c("want to join? login or register in seconds. | English");
        page.c(String(votes));
        page.h(`${ctx.story.title} ${flair ? `${flair} ` : ""}(self.${sub})`);
        page.c(`submitted ${years} years ago${edited ? " *" : ""} by ${poster}`);
      } else {
        page.cb("Skip to main content", `r/${sub}`, "Open menu", "Get App", "Log In");
        mixed(page, [
          { text: `r/${sub}`, chrome: true },
          { text: "•", chrome: true },
          { text: `${years} yr. ago`, chrome: true },
        ]);
        page.c(poster);
        page.h(ctx.story.title);
        if (flair) page.c(flair);
        page.c("Archived post. New comments cannot be posted and votes cannot be cast.");
      }
      page.c(ctx.pick(PASTE_NOTES));
      if (ctx.rng() < 0.4) page.h(ctx.story.title);
      const byForm = ctx.rng();
      const by = wire ? `By ${names[0]} Associated Press` : byForm < 0.5 ? `By ${joinNames(names)} | The Valley Times` : `${joinNames(names)}, The Valley Times`;
      const dateForm = ctx.rng();
      const date = dateForm < 0.4 ? `${MONTHS[d.m - 1]} ${d.d}, ${d.y}` : dateForm < 0.75 ? `Published ${AP_MONTHS[d.m - 1]} ${d.d}, ${d.y} at ${clock(h, min, "p.m.")}` : `${d.m}/${d.d}/${d.y}`;
      if (ctx.rng() < 0.5) page.h(by, date);
      else page.h(by).h(date);
      body(page, ctx, {
        lead: (p) => (wire ? `${ctx.place} (AP) — ${p}` : p),
        figure: (c, cr) => [cr ? `${c} (${cr})` : c],
        credit: (who) => (wire ? `AP Photo/${who}` : `${who} / The Valley Times`),
        between: ctx.rng() < 0.5 ? { 1: ["ADVERTISEMENT"] } : {},
        bareCaptions: true,
      });
      if (edited) page.c(`Edit: ${ctx.pick(REDDIT_EDITS)}`);
      if (old) {
        page.c(`${comments} comments share save hide report crosspost`);
        page.c("This is an archived post. You won't be able to vote or comment.");
        page.cb(`all ${comments} comments`, "sorted by: best");
        page.c(`[–]${commenter} ${2 + Math.floor(ctx.rng() * 300)} points ${years} years ago`, ctx.pick(REDDIT_COMMENTS), "permalink embed save report reply");
        page.cb("about", "blog", "advertising", "careers", "help", "site rules", "Reddit help center", "reddiquette", "mod guidelines", "contact us", "apps & tools", "Reddit for iPhone", "Reddit for Android", "mobile website", "<3", "reddit premium");
        page.h(`Use of this site constitutes acceptance of our User Agreement and Privacy Policy. © ${copyYear(ctx, d)} reddit inc. All rights reserved.`);
      } else {
        page.cb(String(votes), String(comments), "Share");
        page.cb("Sort by:", "Best", "Search Comments", "Expand comment search");
        page.c("Comments Section");
        mixed(page, [
          { text: commenter, chrome: true },
          { text: "•", chrome: true },
          { text: `${years} yr. ago`, chrome: true },
        ]);
        page.c(ctx.pick(REDDIT_COMMENTS));
        page.cb(String(2 + Math.floor(ctx.rng() * 300)), "Reply", "Share");
        page.cb("Reddit Rules", "Privacy Policy", "User Agreement");
        page.h(`Reddit, Inc. © ${copyYear(ctx, d)}. All rights reserved.`);
      }
      return { page, header: { byline: names, ...(wire ? { dateline: ctx.place } : {}) } };
    },
  },
  {
    // A Nextdoor post with a news story pasted in: the bar, the neighbour's name over the
    // neighbourhood and the post's date ("Capitol Hill · Jan 29" without the year, or "· 3 yr
    // ago"), the headline as the post's subject, the neighbour's note, the pasted byline ("By Ann
    // Lee", "Ann Lee, Valley Times Staff Writer") and date ("Jan 29, 2020", "Published 5:32 p.m.
    // MST Jan. 29, 2020"), the story and its captions, the source's address, "Edited", the
    // reactions and the neighbours' comments with their neighbourhoods and ages, the footer.
    name: "held-out-nextdoor",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const neighbour = otherName(ctx);
      const hood = ctx.pick(HOODS);
      const names = oneOrTwo(ctx, 0.2);
      const page = new Page();
      page.cb("Nextdoor", "Home", "For Sale & Free", "Notifications", "Groups", "Post");
      mixed(page, [
        { text: neighbour, chrome: true },
        { text: ctx.rng() < 0.5 ? `${hood} · ${mon(d)} ${d.d}` : `${hood} · ${2 + Math.floor(ctx.rng() * 3)} yr ago`, chrome: true },
      ]);
      const subject = ctx.rng() < 0.7;
      if (subject) page.h(ctx.story.title);
      page.c(ctx.pick(ND_NOTES));
      if (!subject || ctx.rng() < 0.3) page.h(ctx.story.title);
      const by = ctx.rng() < 0.5 ? `By ${joinNames(names)}` : names.length > 1 ? `${joinNames(names)}, Valley Times Staff Writers` : `${names[0]}, Valley Times Staff Writer`;
      const date = ctx.rng() < 0.5 ? `${mon(d)} ${d.d}, ${d.y}` : `Published ${clock(h, min, "p.m.")} ${zoneOf("M", d)} ${AP_MONTHS[d.m - 1]} ${d.d}, ${d.y}`;
      if (ctx.rng() < 0.6) page.h(by, date);
      else page.h(date).h(by);
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => (cr ? [c, cr] : [c]),
        credit: (who) => `${who} / The Valley Times`,
        between: {},
        bareCaptions: true,
      });
      if (ctx.rng() < 0.6) page.c(`https://www.valleytimes.example/news/local/${ctx.story.slug}`);
      if (ctx.rng() < 0.4) page.c("Edited");
      page.cb(String(1 + Math.floor(ctx.rng() * 60)), "Like", "Comment", "Share");
      for (let i = 0, k = 1 + Math.floor(ctx.rng() * 2); i < k; i++) {
        mixed(page, [
          { text: otherName(ctx), chrome: true },
          { text: `${ctx.pick(HOODS)} · ${1 + Math.floor(ctx.rng() * 5)}d`, chrome: true },
        ]);
        page.c(ctx.pick(ND_COMMENTS)).cb("Like", "Reply");
      }
      page.c("Add a comment...");
      page.cb("About", "Careers", "Press", "Blog", "Help", "Guidelines", "Privacy", "Terms");
      page.h(`©${copyYear(ctx, d)} Nextdoor`);
      return { page, header: { byline: names } };
    },
  },
  {
    // A Telegram news channel's messages as the desktop app copies them: the channel's previous
    // message with its header, then "Valley News Now, [29.01.2020 17:32]" (or "[1/29/2020 5:32
    // PM]") with "[Forwarded from The Valley Times]" on some and the headline glued below it, an
    // emoji before the headline on most, "✍️ Ann Lee" or "Author: Ann Lee" after it, the story
    // split into messages when long (each with its own header), a photo message's header and "[
    // Photo ]" over the caption and "Photo: …", the text after it a message of its own, "🔗 Read more: …", the channel's
    // handle and the next message.
    name: "held-out-telegram-channel",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const [channel, handle] = ctx.pick(TG_CHANNELS);
      const outlet = ctx.pick(TG_OUTLETS);
      const eu = ctx.rng() < 0.5;
      const stamp = (hh: number, mm: number) => (eu ? `${pad(d.d)}.${pad(d.m)}.${d.y} ${pad(hh)}:${pad(mm)}` : `${d.m}/${d.d}/${d.y} ${clock(hh, mm, "PM")}`);
      const header = (hh: number, mm: number) => `${channel}, [${stamp(hh, mm)}]`;
      const byForm = ctx.rng();
      const names = byForm < 0.3 ? [] : ctx.names.slice(0, 1);
      const [before, after] = others(ctx, 2);
      const page = new Page();
      page.cb(header(h - 1, min), `⚡️ ${before}`);
      page.c(`https://t.me/${handle}/${1000 + Math.floor(ctx.rng() * 9000)}`);
      const top = [{ text: header(h, min), chrome: false }];
      if (ctx.rng() < 0.4) top.push({ text: `[Forwarded from ${outlet}]`, chrome: true });
      top.push({ text: `${ctx.pick(["🔴 ", "⚡️ ", "❗️ ", ""])}${ctx.story.title}`, chrome: false });
      if (names.length && byForm < 0.65) top.push({ text: `✍️ ${names[0]}`, chrome: false });
      mixed(page, top);
      const split = ctx.story.paragraphs.length > 4 ? 2 : -1;
      const last = ctx.story.paragraphs.length - 1;
      posts(page, ctx, {
        print: (p) => p,
        figureChrome: [header(h, later(min, 1)), "[ Photo ]"],
        figure: (c, cr) => (cr ? [c, cr] : [c]),
        credit: (who) => `Photo: ${who}/${outlet}`,
        bare: true,
        // Text after a photo message, or past the first message's length, is a message of its own.
        between: (i) => (i < last && (i === split || (i >= 1 && ctx.story.captions[i - 1])) ? [header(h, later(min, i === split ? 2 : 1))] : []),
      });
      if (names.length && byForm >= 0.65) page.h(`Author: ${names[0]}`);
      page.c(`🔗 Read more: https://www.${outlet.toLowerCase().replace(/^the /, "").replace(/[^a-z0-9]/g, "")}.example/news/${ctx.story.slug}`);
      page.c(`👉 Subscribe: @${handle}`);
      page.cb(header(h + 1, min), `⚡️ ${after}`);
      return { page, header: { byline: names } };
    },
  },
  {
    // A Discord server's news channel where a member pasted an article over several messages, as
    // the client copies them: the channel's bar, the day's divider ("January 29, 2020"), the
    // member's name over the message's date ("mesa_mike — 01/29/2020" or "mesa_mike — 1/29/20,
    // 5:32 PM") and their note, the pasted headline, byline and date on some, then the story,
    // each later message's first line led by its time in brackets glued to it ("[5:33 PM]The
    // …"), "(edited)" after a message's last line on some, a caption pasted with its credit, the
    // reactions, the replies with their own headers, and the message box.
    name: "held-out-discord-paste",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const server = ctx.pick(DISCORD_SERVERS);
      const member = ctx.pick(DISCORD_USERS);
      const newer = ctx.rng() < 0.5;
      const when = (hh: number, mm: number) => (newer ? `${d.m}/${d.d}/${String(d.y).slice(2)}, ${clock(hh, mm, "PM")}` : `${pad(d.m)}/${pad(d.d)}/${d.y}`);
      const names = oneOrTwo(ctx, 0.2);
      const dated = ctx.rng() < 0.6;
      const edited = ctx.rng() < 0.4;
      const every = 2 + Math.floor(ctx.rng() * 2);
      const last = ctx.story.paragraphs.length - 1;
      const page = new Page();
      page.cb(server, "# local-news", "Threads", "Notification Settings", "Pinned Messages", "Member List", "Search");
      page.c(`${MONTHS[d.m - 1]} ${d.d}, ${d.y}`);
      mixed(page, [
        { text: `${member} — ${when(h, min)}`, chrome: false },
        { text: ctx.pick(DISCORD_NOTES), chrome: true },
      ]);
      page.h(ctx.story.title);
      page.h(`By ${joinNames(names)}, The Valley Times`, ...(dated ? [`Published ${AP_MONTHS[d.m - 1]} ${d.d}, ${d.y}`] : []));
      posts(page, ctx, {
        print: (p, i) => {
          const lead = i > 0 && i % every === 0 ? `[${clock(h, later(min, i / every), "PM")}]` : "";
          const tail = edited && (i === last || (i + 1) % every === 0) ? " (edited)" : "";
          return `${lead}${p}${tail}`;
        },
        figure: (c, cr) => [cr ? `${c} (${cr})` : c],
        credit: (who) => `${who}/The Valley Times`,
        bare: true,
      });
      page.cb("👍", String(1 + Math.floor(ctx.rng() * 20)), "😮", String(1 + Math.floor(ctx.rng() * 5)));
      const replier = ctx.pick(DISCORD_USERS.filter((u) => u !== member));
      page.cb(`${replier} — ${when(Math.min(h + 1, 23), min)}`, ctx.pick(DISCORD_REPLIES));
      page.c("Message #local-news");
      return { page, header: { byline: names } };
    },
  },
  {
    // A Gray-style local TV site: the skip link and the bar, a weather alert banner and the
    // closings ticker on some, "Latest Newscasts" with the station's shows, the headline, "By Ann
    // Lee" (or "By Ann Lee and Bob Stone", or "By ANN LEE" over "Associated Press"), "Published:
    // Jan. 29, 2020 at 5:32 PM MST" over "Updated: Jan. 30, 2020 at 9:04 AM MST" or "Updated: 2
    // hours ago" or alone, the lead with "(KXYZ) - " or "BOISE, Idaho (KXYZ) - " or "DENVER (AP) —
    // ", captions with "(Source: KXYZ)", a video's title and "Copyright 2020 KXYZ. All rights
    // reserved." between paragraphs or the copyright at the foot, "Most Read", "Latest News" and
    // the station's public file footer.
    name: "held-out-gray-tv",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const st = ctx.pick(GRAY_STATIONS);
      const zone = (day: Day) => zoneOf(st.zone, day);
      const wire = ctx.rng() < 0.15;
      const names = wire ? [ctx.names[0]!.toUpperCase()] : oneOrTwo(ctx, 0.3);
      const leadForm = ctx.rng();
      const roll = ctx.rng();
      const upd = roll < 0.4 ? updateOf(ctx, 0.5) : undefined;
      const relative = roll >= 0.4 && roll < 0.7 ? `${1 + Math.floor(ctx.rng() * 20)} hours ago` : undefined;
      const video = ctx.rng() < 0.5;
      const copyright = `Copyright ${d.y} ${st.call}. All rights reserved.`;
      const stamp = (day: Day, hh: number, mm: number) => `${AP_MONTHS[day.m - 1]} ${day.d}, ${day.y} at ${clock(hh, mm, "PM")} ${zone(day)}`;
      const page = new Page();
      page.cb("Skip to content", st.brand, "Watch Live", "News", "First Alert Weather", "Sports", "Closings", "Contests", "Community", "Search");
      if (ctx.rng() < 0.45) page.cb("WEATHER ALERT", ctx.pick(WEATHER_ALERTS));
      if (ctx.rng() < 0.35) page.cb("Closings & Delays", `${2 + Math.floor(ctx.rng() * 40)} Closings`, ...others(ctx, 2, CLOSINGS));
      page.cb("Latest Newscasts", ...others(ctx, 3, NEWSCASTS).map((s) => (s === "Livestream" ? s : `${st.brand} ${s}`)));
      page.h(ctx.story.title);
      if (wire) page.h(`By ${names[0]}`, "Associated Press");
      else page.h(`By ${joinNames(names)}`);
      const published = `Published: ${stamp(d, h, min)}`;
      page.h(published, ...(upd ? [`Updated: ${stamp(dayOf(upd.iso), upd.hh, upd.mm)}`] : relative ? [`Updated: ${relative}`] : []));
      const lead = wire ? `${ctx.place} (AP) — ` : leadForm < 0.4 ? `(${st.call}) - ` : leadForm < 0.7 ? `${st.place} (${st.call}) - ` : "";
      const dateline = wire ? ctx.place : leadForm >= 0.4 && leadForm < 0.7 ? st.place : undefined;
      body(page, ctx, {
        lead: (p) => `${lead}${p}`,
        figure: (c, cr) => [cr ? `${c} (${cr})` : c],
        credit: (who) => {
          const r = ctx.rng();
          return r < 0.4 ? `Source: ${st.call}` : r < 0.6 ? `Source: ${who}` : r < 0.8 ? `Source: AP Photo/${who}` : "Source: Valley County Sheriff's Office";
        },
        between: { 0: video ? [ctx.pick(VIDEOS), copyright] : ["Advertisement"], 2: [`RELATED: ${ctx.pick(OTHER_HEADLINES)}`], 3: ["Advertisement"] },
        bareCaptions: true,
      });
      if (wire) page.h(`Copyright ${d.y} The Associated Press. All rights reserved.`);
      else if (!video) page.h(copyright);
      page.cb("Most Read", ...others(ctx, 3));
      page.cb("Latest News", ...others(ctx, 2));
      page.cb(st.call, st.street, st.city, st.phone, "Public Inspection File", `publicfile@${st.call.toLowerCase()}.example - ${st.phone}`, "Terms of Service", "Privacy Policy", "EEO Statement", "FCC Applications", "Advertising", "Closed Captioning/Audio Description");
      page.h(`A Gray Local Media Station © 2002-${copyYear(ctx, d)} Gray Television, Inc.`);
      return { page, header: { byline: names, ...(dateline ? { dateline } : {}), ...(upd ? { updated: upd.iso } : {}) } };
    },
  },
  {
    // An Allen Media-style local TV site: the station's bar, the weather alerts' count and the
    // first alert, the section, the headline, "Posted: Jan 29, 2020 5:32 PM" and "Updated: Jan 30,
    // 2020 9:04 AM" (or "Updated: 2 hours ago") on lines of their own above or below "Posted By:
    // Ann Lee" ("Ann Lee, Bob Stone", "Web Staff", "Associated Press"), or the two dates on one
    // line; the share row, the lead plain or with "(WVAY) — " or "DENVER (AP) — ", the caption over
    // "Photo Credit: …", the app's and the 24-hour stream's promotions between paragraphs, the
    // copyright line, "Recommended for You" and the footer.
    name: "held-out-allen-tv",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const st = ctx.pick(ALLEN_STATIONS);
      const roll = ctx.rng();
      const wire = roll < 0.15;
      const staff = roll >= 0.15 && roll < 0.3;
      const names = wire || staff ? [] : oneOrTwo(ctx, 0.25);
      const upd = ctx.rng() < 0.5 ? updateOf(ctx, 0.5) : undefined;
      const relative = !upd && ctx.rng() < 0.4 ? `${1 + Math.floor(ctx.rng() * 20)} hours ago` : undefined;
      const stamp = (day: Day, hh: number, mm: number) => `${mon(day)} ${day.d}, ${day.y} ${clock(hh, mm, "PM")}`;
      const page = new Page();
      page.cb(st.brand, "Live", "News", "Weather", "Sports", "Local News Live", "Contests", "Contact Us", "Search");
      if (ctx.rng() < 0.5) page.cb(`${1 + Math.floor(ctx.rng() * 4)} Weather Alerts`, ctx.pick(WEATHER_ALERTS), "View All");
      page.c(st.section);
      page.h(ctx.story.title);
      const posted = `Posted: ${stamp(d, h, min)}`;
      const updated = upd ? `Updated: ${stamp(dayOf(upd.iso), upd.hh, upd.mm)}` : relative ? `Updated: ${relative}` : undefined;
      const by = `Posted By: ${wire ? "Associated Press" : staff ? "Web Staff" : names.join(", ")}`;
      const form = ctx.rng();
      if (form < 0.45) page.h(posted, ...(updated ? [updated] : []), by);
      else if (form < 0.75) page.h(by, posted, ...(updated ? [updated] : []));
      else page.h(updated ? `${posted} ${updated}` : posted).h(by);
      page.cb("Facebook", "Twitter", "Email", "Print");
      const leadForm = ctx.rng();
      body(page, ctx, {
        lead: (p) => (wire ? `${ctx.place} (AP) — ${p}` : leadForm < 0.3 ? `(${st.call}) — ${p}` : p),
        figure: (c, cr) => (cr ? [c, cr] : [c]),
        credit: (who) => (wire ? `Photo Credit: AP Photo/${who}` : `Photo Credit: ${ctx.rng() < 0.5 ? st.call : who}`),
        between: { 0: ["Advertisement"], 1: [`Download the ${st.brand} app for breaking news alerts`], 3: [`Watch Local News Live 24/7 on ${st.brand}+`] },
        bareCaptions: true,
      });
      page.h(`Copyright ${d.y} ${wire ? "The Associated Press" : st.call}. All rights reserved.`);
      page.cb("Recommended for You", ...others(ctx, 3));
      page.cb(st.call, "EEO Report", "FCC Public File", "Closed Captioning", "Contact Us", "Careers", "Privacy Policy", "Terms of Use");
      page.h(`© ${copyYear(ctx, d)} Allen Media Broadcasting, LLC`);
      return { page, header: { byline: names, ...(wire ? { dateline: ctx.place } : {}), ...(upd ? { updated: upd.iso } : {}) } };
    },
  },
  {
    // A Spanish-language network's local station's English page: the bar in Spanish, the
    // section, "Leer en español", the headline, a dek on some, then on one line parted by bullets
    // either the English labels ("By Ann Lee and Bob Stone • Published January 29, 2020 • Updated
    // on January 30, 2020 at 9:04 am") or the CMS's Spanish ones ("Por Ann Lee y Bob Stone •
    // Publicado el 29 de enero de 2020 • Actualizado el 30 de enero de 2020 a las 9:04 am"), "By
    // The Associated Press" on agency copy; the share row, the caption over its credit,
    // "Publicidad" and "Lee también: …" between paragraphs, the tags, the app's promotion and the
    // network's footer.
    name: "held-out-telemundo-english",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const wire = ctx.rng() < 0.2;
      const first = ctx.pick(LAT_NAMES);
      const names = wire ? [] : ctx.rng() < 0.3 ? [first, ctx.pick(LAT_NAMES.filter((n) => n !== first))] : [first];
      const spanish = ctx.rng() < 0.5;
      const upd = ctx.rng() < 0.55 ? updateOf(ctx, 0.6) : undefined;
      const dek = ctx.rng() < 0.35 ? ctx.pick(DEKS) : undefined;
      const station = "Telemundo Valle 33";
      const page = new Page();
      page.cb(station, "En Vivo", "Noticias", "Clima", "Deportes", "Inmigración", "Entretenimiento", "Videos", "Programación");
      page.c("Noticias Locales");
      page.c("Leer en español");
      page.h(ctx.story.title);
      if (dek) {
        page.h(dek);
        page.dek = dek;
      }
      const u = upd ? dayOf(upd.iso) : undefined;
      const time = (hh: number, mm: number) => clock(hh, mm, "pm");
      let line: string;
      if (spanish) {
        const by = wire ? "Por The Associated Press" : `Por ${joinNames(names, "y")}`;
        const fecha = (day: Day) => `${day.d} de ${MESES[day.m - 1]} de ${day.y}`;
        line = `${by} • Publicado el ${fecha(d)}${upd && u ? ` • Actualizado el ${fecha(u)} a las ${time(upd.hh, upd.mm)}` : ""}`;
      } else {
        const by = wire ? "By The Associated Press" : `By ${joinNames(names)}`;
        const date = (day: Day) => `${MONTHS[day.m - 1]} ${day.d}, ${day.y}`;
        line = `${by} • Published ${date(d)}${upd && u ? ` • Updated on ${date(u)} at ${time(upd.hh, upd.mm)}` : ""}`;
      }
      page.h(line);
      page.cb("Facebook", "Twitter", "Email", "Imprimir");
      body(page, ctx, {
        lead: (p) => (wire ? `${ctx.place} (AP) — ${p}` : p),
        figure: (c, cr) => (cr ? [c, cr] : [c]),
        credit: (who) => {
          const r = ctx.rng();
          return wire ? "AP" : r < 0.4 ? "Getty Images" : r < 0.7 ? `${who}/${station}` : `Foto: ${who}`;
        },
        between: { 0: ["Publicidad"], 2: [`Lee también: ${ctx.pick(ES_HEADLINES)}`], 3: ["Publicidad"] },
      });
      page.cb("Este artículo está etiquetado en:", ...others(ctx, 2, TM_TAGS));
      page.cb("Descarga nuestra app", "Recibe alertas de noticias en tu celular");
      page.cb("Términos de servicio", "Política de privacidad", "Archivo público de la FCC", "Contáctanos");
      page.h(`Copyright © ${copyYear(ctx, d)} NBCUniversal Media, LLC. All rights reserved.`);
      return { page, header: { byline: names, ...(wire ? { dateline: ctx.place } : {}), ...(upd ? { updated: upd.iso } : {}) } };
    },
  },
];
