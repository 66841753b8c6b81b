/**
 * Outlet styles for the import evaluation: each wraps a story in the chrome of one kind of news
 * site (menus, prompts, photo file names, legal lines), with its own header, byline, date and
 * caption forms, and records what every line is. The styles are written for this project; no
 * outlet's page is copied. A seeded generator picks the bylines, places and times, so a set can
 * be rebuilt exactly.
 */
import type { EvalCase, Expected, ExpectedFigure } from "./case.ts";

/** A story to wrap: text only, without any outlet's furniture. */
export interface Story {
  slug: string;
  title: string;
  /** YYYY-MM-DD */
  date: string;
  paragraphs: string[];
  /** captions of the story's photos, placed after the second paragraph and later ones */
  captions: string[];
}

/** A small seeded generator (mulberry32), so a set is the same on every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
export const AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];
export const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

export interface Day {
  y: number;
  m: number;
  d: number;
  wd: number;
}
export const dayOf = (iso: string): Day => {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return { y, m, d, wd: new Date(Date.UTC(y, m - 1, d)).getUTCDay() };
};
/** The day `n` days after (or, negative, before) `iso`. */
export const daysFrom = (iso: string, n: number): string => new Date(Date.parse(`${iso}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
export const nextDay = (iso: string): string => daysFrom(iso, 1);
/** A month's name cut to three letters: "Jan". */
export const mon = (day: Day) => MONTHS[day.m - 1]!.slice(0, 3);
/** One author or two, different, from the outlet's own list of names. */
export const localNames = (ctx: Ctx, pool: readonly string[], two: number) => {
  const first = ctx.pick(pool);
  return ctx.rng() < two ? [first, ctx.pick(pool.filter((n) => n !== first))] : [first];
};

export const FIRST = ["Maria", "James", "Priya", "Daniel", "Aisha", "Tom", "Elena", "Marcus", "Grace", "Luis", "Hannah", "Kwame", "Sofia", "Ryan", "Mei", "Owen"];
export const LAST = ["Alvarez", "Whitfield", "Raman", "Okafor", "Brennan", "Castillo", "Lindqvist", "Harper", "Nakamura", "Doyle", "Fontaine", "Mensah", "Kowalski", "Reyes", "Sutton", "Iverson"];
const PLACES = ["DENVER", "PHOENIX", "SPRINGFIELD", "ALBUQUERQUE", "BOISE", "LONDON", "MANCHESTER", "SACRAMENTO", "TUCSON", "OMAHA"];

export interface Ctx {
  story: Story;
  rng: () => number;
  pick: <T>(xs: readonly T[]) => T;
  names: string[];
  place: string;
  time: { h: number; min: number };
}

/** A case under construction: raw lines in blocks, and what each is. */
export class Page {
  blocks: string[][] = [];
  chrome: string[] = [];
  story: string[] = [];
  figures: ExpectedFigure[] = [];
  subheadings: string[] = [];
  dek?: string;
  /** chrome lines, each its own block */
  c(...lines: string[]): this {
    for (const l of lines) {
      this.blocks.push([l]);
      this.chrome.push(l);
    }
    return this;
  }
  /** chrome lines in one block */
  cb(...lines: string[]): this {
    this.blocks.push(lines);
    this.chrome.push(...lines);
    return this;
  }
  /** header or legal lines, neither story nor chrome, in one block */
  h(...lines: string[]): this {
    this.blocks.push(lines);
    return this;
  }
  raw(): string {
    return `${this.blocks.map((b) => b.join("\n")).join("\n\n")}\n`;
  }
}

type Credit = (who: string) => string;
interface BodyForm {
  /** the first paragraph as printed, given the story's first paragraph */
  lead: (p: string) => string;
  dateline?: string;
  /** how a caption and its credit are printed, as lines of one block */
  figure: (caption: string, credit: string | undefined) => string[];
  credit: Credit;
  /** photo file names the page leaves, if any */
  fileName?: (n: number) => string;
  /** chrome between paragraphs, after paragraph index → lines */
  between: Record<number, string[]>;
  /** a credit-less caption every other photo, or on every photo */
  bareCaptions?: boolean | "all";
  /** hard-wraps paragraphs at this width, hyphenating long words, as a PDF's text does */
  wrap?: number;
  /** chrome lines printed in a figure's block before its caption (a gallery's buttons) */
  figureChrome?: string[];
  /** a subheading printed before paragraph index i, if any */
  subhead?: (i: number) => string | undefined;
}

/** A paragraph as a PDF's text layer gives it: lines of at most `width`, long words hyphenated. */
function hardWrap(p: string, width: number): string {
  const lines: string[] = [];
  let line = "";
  for (const word of p.split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      const room = width - line.length - 2;
      if (word.length >= 9 && room >= 4 && /^\p{Ll}+$/u.test(word)) {
        lines.push(`${line} ${word.slice(0, room)}-`);
        line = word.slice(room);
        continue;
      }
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join("\n");
}

/** The story's paragraphs and photos, with chrome between them. */
export function body(page: Page, ctx: Ctx, form: BodyForm): void {
  const { paragraphs, captions } = ctx.story;
  paragraphs.forEach((p, i) => {
    const sub = form.subhead?.(i);
    if (sub) {
      page.blocks.push([sub]);
      page.subheadings.push(sub);
    }
    const printed = i === 0 ? form.lead(p) : p;
    page.blocks.push([form.wrap ? hardWrap(printed, form.wrap) : printed]);
    page.story.push(p);
    const caption = i >= 1 ? captions[i - 1] : undefined;
    if (caption) {
      const bare = form.bareCaptions === "all" || (form.bareCaptions === true && (i - 1) % 2 === 1);
      const who = `${ctx.pick(FIRST)} ${ctx.pick(LAST)}`;
      const credit = bare ? undefined : form.credit(who);
      const lines = form.figure(caption, credit);
      if (form.figureChrome) {
        lines.unshift(...form.figureChrome);
        page.chrome.push(...form.figureChrome);
      }
      if (form.fileName) {
        const file = form.fileName(i);
        lines.unshift(file);
        page.chrome.push(file);
      }
      page.blocks.push(lines);
      page.figures.push({ caption, ...(credit ? { credit: creditText(credit) } : {}) });
    }
    const extra = form.between[i];
    if (extra) page.c(...extra);
  });
}

/** The credit as the parser should report it: the parentheses' content, without "credit:". */
const creditText = (credit: string) => credit.replace(/^credit:\s*/i, "");

export const pad = (n: number) => String(n).padStart(2, "0");
export const h12 = (h: number) => ((h + 11) % 12) + 1;
export const ampm = (h: number, style: "PM" | "p.m." | "pm") => (h < 12 ? style.replace("p", "a").replace("P", "A") : style);

export interface Style {
  name: string;
  make: (ctx: Ctx) => { page: Page; header: Pick<Expected, "byline" | "dateline" | "updated"> };
}

const dateline = (ctx: Ctx, outlet: string, dash: string) => (p: string) => `${ctx.place}${outlet ? ` (${outlet})` : ""}${dash}${p}`;

export const STYLES: readonly Style[] = [
  {
    name: "us-tv-station",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const page = new Page().cb("Skip to content", "Menu", "Watch Live").c("Share this story");
      page.h(ctx.story.title).h(`By ${ctx.names[0]}`).h(`Posted ${h12(h)}:${pad(min)} ${ampm(h, "PM")}, ${MONTHS[d.m - 1]} ${d.d}, ${d.y}`);
      body(page, ctx, {
        lead: dateline(ctx, "KWGN", " — "),
        figure: (c, cr) => [cr ? `${c} (${cr})` : c],
        credit: () => "credit: KWGN",
        fileName: (n) => `COUNCIL VOTE ${n}PKG.transfer_frame_${100 + n}`,
        between: { 1: ["Get breaking news alerts in your inbox"], 3: ["Advertisement"] },
        bareCaptions: true,
      });
      page.h(`Copyright ${d.y} Scripps Media, Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.`);
      page.c("Privacy Policy | Terms of Use", "Trending Now");
      return { page, header: { byline: [ctx.names[0]!], dateline: ctx.place } };
    },
  },
  {
    name: "us-newspaper",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const t = `${h12(h)}:${pad(min)} ${ampm(h, "p.m.")} ET ${AP_MONTHS[d.m - 1]} ${d.d}, ${d.y}`;
      const page = new Page().cb("Subscribe for $1", "Sign in").c("Trending Now");
      page.h(ctx.story.title).h(`By ${ctx.names[0]}, Springfield Ledger`).h(`Updated ${t}`);
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => [`${c} (${cr})`],
        credit: (who) => `Photo: ${who}/Springfield Ledger`,
        between: { 0: ["Story continues below"], 2: ["Subscribe for $1"] },
      });
      page.c("Got a story tip? Email us at tips@ledger.example", "Privacy Policy | Terms of Use");
      return { page, header: { byline: [ctx.names[0]!] } };
    },
  },
  {
    name: "wire-service",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const page = new Page().cb("AP NEWS", "Top Stories", "Topics").c("Click to copy");
      page.h(ctx.story.title).h(`By ${ctx.names[0]!.toUpperCase()} and ${ctx.names[1]!.toUpperCase()}`).h(`${MONTHS[d.m - 1]} ${d.d}, ${d.y}`);
      body(page, ctx, {
        lead: dateline(ctx, "AP", " — "),
        figure: (c, cr) => [`${c} (${cr})`],
        credit: (who) => `AP Photo/${who}`,
        between: { 2: ["ADVERTISEMENT"] },
      });
      page.h(`Copyright ${d.y} The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.`);
      return { page, header: { byline: ctx.names.slice(0, 2).map((n) => n.toUpperCase()), dateline: ctx.place } };
    },
  },
  {
    name: "uk-paper",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const page = new Page().cb("Skip to main content", "Support us", "Sign in").c("Share on Facebook");
      page.h(ctx.story.title).h(`${ctx.names[0]}`).h(`${WEEKDAYS[d.wd]!.slice(0, 3)} ${d.d} ${MONTHS[d.m - 1]!.slice(0, 3)} ${d.y} ${pad(h)}.${pad(min)} GMT`);
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => [`${c} (${cr})`],
        credit: (who) => `Photograph: ${who}/PA`,
        between: { 1: ["Sign up to First Edition, our free daily newsletter"], 3: ["Explore more on these topics"] },
      });
      page.c("Reuse this content", "Most viewed");
      return { page, header: { byline: [ctx.names[0]!] } };
    },
  },
  {
    name: "blog-platform",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const page = new Page().cb("The Valley Notebook", "Home", "About", "Contact");
      page.h(ctx.story.title).h(`Posted on ${MONTHS[d.m - 1]} ${d.d}, ${d.y} by ${ctx.names[0]}`);
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => [cr ? `${c} (${cr})` : c],
        credit: (who) => `Photo by ${who}`,
        fileName: (n) => `IMG_${4400 + n}.JPG`,
        between: {},
        bareCaptions: true,
      });
      page.cb("Share this:", "Twitter", "Facebook").cb("Like this:", "Loading...").c("Leave a comment", "Categories: Local");
      return { page, header: { byline: [ctx.names[0]!] } };
    },
  },
  {
    name: "email-newsletter",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const page = new Page().c("View this email in your browser", "Forward to a friend");
      page.h(ctx.story.title).h(`By ${ctx.names[0]}`).h(`${WEEKDAYS[d.wd]}, ${MONTHS[d.m - 1]} ${d.d}, ${d.y}`);
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => [`${c} (${cr})`],
        credit: (who) => `Photo by ${who}`,
        between: { 1: ["Support local news: become a member today"] },
      });
      page.c("You are receiving this email because you signed up for our newsletter.", "Unsubscribe | Update your preferences");
      return { page, header: { byline: [ctx.names[0]!] } };
    },
  },
  {
    name: "pdf-to-text",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const page = new Page().c("THE VALLEY HERALD");
      page.h(ctx.story.title).h(`By ${ctx.names[0]!.toUpperCase()}`).h(`${MONTHS[d.m - 1]} ${d.d}, ${d.y}`);
      body(page, ctx, {
        lead: dateline(ctx, "", " — "),
        figure: (c, cr) => [`${c} (${cr})`],
        credit: (who) => `Photo by ${who}`,
        between: { 1: ["\f2", "THE VALLEY HERALD"] },
        wrap: 64,
      });
      page.c("Page 3 of 3");
      return { page, header: { byline: [ctx.names[0]!.toUpperCase()], dateline: ctx.place } };
    },
  },
  {
    name: "mobile-share",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const page = new Page().c("Shared from the KXYZ News app");
      page.h(ctx.story.title).h(`${MONTHS[d.m - 1]!.slice(0, 3)} ${d.d}, ${d.y}`).h(`By ${ctx.names[0]}`);
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => [`${c} (${cr})`],
        credit: () => "KXYZ Photo",
        between: {},
      });
      page.c("Download the KXYZ News app", "Sent from my iPhone");
      return { page, header: { byline: [ctx.names[0]!] } };
    },
  },
  {
    name: "us-tv-group",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const stamp = (day: Day, hh: number) => `${MONTHS[day.m - 1]!.slice(0, 3)} ${day.d}, ${day.y} / ${pad(h12(hh))}:${pad(min)} ${ampm(hh, "PM")} MST`;
      const updated = nextDay(ctx.story.date);
      const page = new Page().cb("Menu", "Search", "Watch Now").c("Trending Now");
      page.h(ctx.story.title).h(`by: ${ctx.names[0]}`).h(`Posted: ${stamp(d, h)}`, `Updated: ${stamp(dayOf(updated), 9)}`);
      body(page, ctx, {
        lead: dateline(ctx, "KXRM", " — "),
        figure: (c, cr) => [`${c} (${cr})`],
        credit: () => "credit: KXRM",
        between: { 0: ["Don't Miss"], 2: ["Skip to content"] },
      });
      page.h(`Copyright ${d.y} Nexstar Media Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.`);
      return { page, header: { byline: [ctx.names[0]!], dateline: ctx.place, updated } };
    },
  },
  {
    name: "metro-daily",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const updated = nextDay(ctx.story.date);
      const u = dayOf(updated);
      const page = new Page().cb("Skip to content", "Get breaking news alerts in your inbox");
      page.h(ctx.story.title).h(`By ${ctx.names[0]} | ${ctx.names[0]!.split(" ")[0]!.toLowerCase()}@dailypost.example | The Daily Post`);
      page.h(`Published ${AP_MONTHS[d.m - 1]} ${d.d}, ${d.y} at ${h12(h)}:${pad(min)} ${ampm(h, "pm")} MST`, `Updated ${AP_MONTHS[u.m - 1]} ${u.d}, ${u.y} at 9:05 am MST`);
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => [`${c} (${cr})`],
        credit: (who) => `${who}, The Daily Post`.replace(/^/, "Photo by "),
        between: { 1: ["Sign up for our breaking news newsletter"], 2: ["Subscribe for $1"] },
      });
      page.c("Most Popular", "Privacy Policy | Terms of Use");
      return { page, header: { byline: [ctx.names[0]!], updated } };
    },
  },
  {
    name: "public-radio",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const page = new Page().cb("Donate", "Listen Live").cb("Facebook", "Twitter", "Email");
      page.h(ctx.story.title).h(`${MONTHS[d.m - 1]} ${d.d}, ${d.y}${h12(h) ? ` ${h12(h)}:${pad(min)} ${ampm(h, "PM")} ET` : ""}`).h(`By ${ctx.names[0]}, ${ctx.names[1]}`);
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => ["Enlarge this image", `${c} (${cr})`],
        credit: (who) => `Photo by ${who}/KPRX`,
        between: {},
      });
      for (let i = 0; i < ctx.story.captions.length && i < ctx.story.paragraphs.length - 1; i++) page.chrome.push("Enlarge this image");
      page.c("Sponsor Message");
      return { page, header: { byline: ctx.names.slice(0, 2) } };
    },
  },
  {
    name: "digital-native",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const page = new Page().cb("Skip to content", "Menu").c("Support independent journalism");
      page.h(ctx.story.title).h(`Written by ${ctx.names[0]}`).h(`${d.d} ${MONTHS[d.m - 1]} ${d.y}`);
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => [`${c} (${cr})`],
        credit: (who) => `Photo courtesy of ${who}`.replace(" of ", " "),
        between: { 2: ["Our journalism is free to read. Donate today."] },
      });
      page.c("Republish this story", "Donate");
      return { page, header: { byline: [ctx.names[0]!] } };
    },
  },
  {
    name: "wire-business",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const page = new Page().c("Business News").c("3 Min Read");
      page.h(ctx.story.title).h(`${MONTHS[d.m - 1]!.toUpperCase()} ${d.d}, ${d.y} / ${h12(h)}:${pad(min)} ${ampm(h, "PM")} / UPDATED 2 HOURS AGO`);
      body(page, ctx, {
        lead: dateline(ctx, "Reuters", " - "),
        figure: (c, cr) => [`${c} ${cr ? `(${cr})` : ""}`.trim()],
        credit: (who) => `Reuters/${who}`,
        between: { 1: ["Slideshow (2 Images)"] },
      });
      page.c("Our Standards: The Thomson Reuters Trust Principles.");
      return { page, header: { byline: [], dateline: ctx.place } };
    },
  },
];

/**
 * Wraps each story in an outlet's style, cycling through the styles from a seeded start.
 * @example generateCases([story], 1).length // 1
 */
export function generateCases(stories: readonly Story[], seed: number, styles: readonly Style[] = STYLES): EvalCase[] {
  const rng = seeded(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;
  const offset = Math.floor(rng() * styles.length);
  return stories.map((story, i) => {
    const style = styles[(i + offset) % styles.length]!;
    const names = [`${pick(FIRST)} ${pick(LAST)}`, `${pick(FIRST)} ${pick(LAST)}`];
    const ctx: Ctx = { story, rng, pick, names, place: pick(PLACES), time: { h: 8 + Math.floor(rng() * 12), min: Math.floor(rng() * 60) } };
    const { page, header } = style.make(ctx);
    const expected: Expected = {
      style: style.name,
      title: story.title,
      date: story.date,
      ...(header.updated ? { updated: header.updated } : {}),
      byline: header.byline,
      ...(header.dateline ? { dateline: header.dateline } : {}),
      figures: page.figures,
      story: page.story,
      chrome: page.chrome,
      ...(page.dek ? { dek: page.dek } : {}),
      ...(page.subheadings.length ? { subheadings: page.subheadings } : {}),
    };
    return { name: `${String(i + 1).padStart(3, "0")}-${style.name}-${story.slug}`, raw: page.raw(), expected };
  });
}

/**
 * Styles kept out of the importer's tuning: written after the importer's work on the styles
 * above, and scored once, to estimate how it does on outlets it has not seen.
 */
export const HELD_OUT_STYLES: readonly Style[] = [
  {
    name: "held-out-community-paper",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const u = dayOf(nextDay(ctx.story.date));
      const page = new Page().cb("E-Edition", "Obituaries", "Classifieds").c("You have 3 free articles remaining");
      page.h(ctx.story.title).h(`By ${ctx.names[0]} Staff Reporter`).h(`${MONTHS[d.m - 1]!.slice(0, 3)} ${d.d}, ${d.y} Updated ${MONTHS[u.m - 1]!.slice(0, 3)} ${u.d}, ${u.y}`);
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => [`${c} ${cr ? `(${cr})` : ""}`.trim()],
        credit: (who) => `${who}/The Courier`,
        between: { 1: ["Support local journalism. Subscribe today."] },
      });
      page.cb("Tags").c("Be the first to comment", "Sign up for our daily headlines");
      return { page, header: { byline: [ctx.names[0]!], updated: nextDay(ctx.story.date) } };
    },
  },
  {
    name: "held-out-network-digital",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const page = new Page().c("LIVE").c("Watch Full Episodes");
      page.h(ctx.story.title).h(`By ${ctx.names[0]} | ${MONTHS[d.m - 1]} ${d.d}, ${d.y}, ${h12(h)}:${pad(min)} ${ampm(h, "PM")} MST`);
      body(page, ctx, {
        lead: dateline(ctx, "", " -- "),
        figure: (c, cr) => [`${c} (${cr})`],
        credit: () => "Getty Images",
        between: { 0: ["Advertisement"], 2: ["Up Next"] },
      });
      page.c("Copyright © 2020 Network Digital. All rights reserved.".replace("2020", String(d.y)));
      return { page, header: { byline: [ctx.names[0]!], dateline: ctx.place } };
    },
  },
];

const UK_MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

/**
 * A second held-out group, written after the fixes the first one prompted and scored untouched
 * before any further change to the importer: an alt-weekly, a TV station's app, and a UK
 * regional paper with day-first dates and the time before the date.
 */
export const HELD_OUT_NEW_STYLES: readonly Style[] = [
  {
    name: "held-out-alt-weekly",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h } = ctx.time;
      const page = new Page().c("Skip to main content").cb("News & Culture | Music | Food + Drink | Arts | Calendar", "Best of the Valley 2020: Vote Now").c("Cover Story");
      page.h(ctx.story.title).h(`by ${ctx.names[0]}`).h(`${WEEKDAYS[d.wd]}, ${MONTHS[d.m - 1]} ${d.d}, ${d.y} at ${h12(h)}:00 ${ampm(h, "p.m.")}`);
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => [cr ? `${c} | ${cr}` : c],
        credit: (who) => `Photo by ${who}`,
        between: { 1: ["Become a Valley Weekly Insider for as little as $5 a month."], 2: ["Related Events"] },
        bareCaptions: true,
      });
      page.h(`© ${d.y} Valley Weekly`);
      page.c("Tags: housing, city hall", "Related Stories", "Comments (0)", "Subscribe to this thread:");
      return { page, header: { byline: [ctx.names[0]!] } };
    },
  },
  {
    name: "held-out-tv-app",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const u = dayOf(nextDay(ctx.story.date));
      const { h, min } = ctx.time;
      const page = new Page().cb("KWXY 9 News", "Open in App").c("BREAKING");
      page.h(ctx.story.title).h(`Author: ${ctx.names[0]} (KWXY)`, `Published: ${h12(h)}:${pad(min)} ${ampm(h, "PM")} MST ${MONTHS[d.m - 1]} ${d.d}, ${d.y}`, `Updated: 9:12 AM MST ${MONTHS[u.m - 1]} ${u.d}, ${u.y}`);
      body(page, ctx, {
        lead: dateline(ctx, "KWXY", " — "),
        figure: (c, cr) => (cr ? [c, cr] : [c]),
        credit: (who) => `Credit: ${who}`,
        between: { 0: ["Stream KWXY 9 News+ on Roku, Fire TV and Apple TV"], 2: ["In Other News"] },
        bareCaptions: true,
      });
      page.c("Interested in sharing a story idea? Submit it here.");
      page.h(`Copyright ${d.y} KWXY-TV. All Rights Reserved.`);
      return { page, header: { byline: [ctx.names[0]!], dateline: ctx.place, updated: nextDay(ctx.story.date) } };
    },
  },
  {
    name: "held-out-uk-regional",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const u = dayOf(nextDay(ctx.story.date));
      const { h, min } = ctx.time;
      const page = new Page().cb("Valley Live", "News › Courts", "Sign in | Register").c("Accept all cookies");
      page.h(ctx.story.title).h(`${ctx.names[0]} Local Democracy Reporter`).h(`${pad(h)}:${pad(min)}, ${d.d} ${UK_MONTHS[d.m - 1]} ${d.y}`, `Updated 10:02, ${u.d} ${UK_MONTHS[u.m - 1]} ${u.y}`);
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => [cr ? `${c} (${cr})` : c],
        credit: (who) => `Image: ${who}`,
        between: { 0: ["Read More"], 1: ["Get the biggest stories direct to your inbox with our daily newsletter"], 3: ["Read Next"] },
        bareCaptions: true,
      });
      page.c("Comments", "Like us on Facebook", "Most Read");
      return { page, header: { byline: [ctx.names[0]!], updated: nextDay(ctx.story.date) } };
    },
  },
];

export const RELATED = [
  "Council backs plan for new ferry wharf",
  "Hospital waiting lists grow for third straight month",
  "Police name driver killed in highway crash",
  "Drought relief package falls short, farmers say",
];

/**
 * A third held-out group, written before reading the importer's code and scored untouched: an
 * Australian metro paper, a public radio station's page (an NPR member's), a newsletter's web
 * view, a regional business journal behind a paywall, a college paper, and a press-release wire.
 */
export const HELD_OUT_THIRD_STYLES: readonly Style[] = [
  {
    name: "held-out-au-metro",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const related = ctx.pick(RELATED);
      const page = new Page().cb("Skip to navigation", "Subscribe", "Log in").c("Advertisement").c("Local News");
      page.h(ctx.story.title).h(`${ctx.names[0]}, Reporter`).h(`Published: ${d.d} ${MONTHS[d.m - 1]} ${d.y}, ${h12(h)}:${pad(min)}${ampm(h, "pm")} AEDT`);
      page.c("Listen to this article");
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => [cr ? `${c}. ${cr}` : c],
        credit: (who) => `Picture: ${who}`,
        between: { 0: ["Advertisement"], 2: [`Read more: ${related}`] },
      });
      page.c("Don't miss out on the headlines from Local News. Followed categories will be added to My News.");
      page.cb("Share", `${2 + Math.floor(ctx.rng() * 40)} comments`);
      page.h(`Copyright ${d.y} Valley Times Pty Ltd. All rights reserved.`);
      return { page, header: { byline: [ctx.names[0]!] } };
    },
  },
  {
    name: "held-out-npr-member",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const page = new Page().cb("Play Live Radio", "Next Up:", "0:00", "0:00", "Available On Air Stations").cb("KPBX", "Donate").c("Politics & Government");
      page.h(ctx.story.title).h(ctx.names[0]!).h(`Published ${MONTHS[d.m - 1]} ${d.d}, ${d.y} at ${h12(h)}:${pad(min)} ${ampm(h, "PM")} MST`);
      page.c(`Listen • ${1 + Math.floor(ctx.rng() * 5)}:${pad(Math.floor(ctx.rng() * 60))}`);
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => (cr ? [c, cr] : [c]),
        credit: (who) => `${who} / KPBX`,
        between: { 1: ["Stay Connected"], 3: ["Support for KPBX comes from listeners like you."] },
        bareCaptions: true,
      });
      page.h(`Copyright ${d.y} KPBX. To see more, visit KPBX.`);
      page.cb("Tags", "Politics & Government", "Local News");
      return { page, header: { byline: [ctx.names[0]!] } };
    },
  },
  {
    name: "held-out-newsletter-web",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const likes = 3 + Math.floor(ctx.rng() * 90);
      const comments = Math.floor(ctx.rng() * 20);
      const page = new Page().cb("The Valley Dispatch", "Subscribe", "Sign in");
      page.h(ctx.story.title).h(ctx.names[0]!).h(`${MONTHS[d.m - 1]!.slice(0, 3)} ${d.d}, ${d.y} · ${2 + Math.floor(ctx.rng() * 8)} min read`);
      page.cb(String(likes), String(comments), "Share");
      body(page, ctx, {
        lead: (p) => p,
        figure: (c) => [c],
        credit: (who) => who,
        between: { 1: ["Thanks for reading The Valley Dispatch! Subscribe for free to receive new posts and support my work."], 3: ["Share"] },
        bareCaptions: "all",
      });
      page.cb(`${likes} Likes`, `${comments} Comments`).c("Leave a comment");
      page.h(`© ${d.y} ${ctx.names[0]}`);
      page.c("Substack is the home for great culture");
      return { page, header: { byline: [ctx.names[0]!] } };
    },
  },
  {
    name: "held-out-business-journal",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const updated = nextDay(ctx.story.date);
      const u = dayOf(updated);
      const { h, min } = ctx.time;
      const mon = (day: Day) => MONTHS[day.m - 1]!.slice(0, 3);
      const page = new Page().cb("Valley Business Journal", "Industries & Topics", "Subscribe", "Sign In").c("You have 2 free articles left this month.");
      page.h(ctx.story.title).h(`By ${ctx.names[0]} – Staff Reporter, Valley Business Journal`);
      page.h(`${mon(d)} ${d.d}, ${d.y}, ${h12(h)}:${pad(min)}${ampm(h, "pm")} MST Updated ${mon(u)} ${u.d}, ${u.y}, 9:04am MST`);
      page.c("Listen to this article 4 min");
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => (cr ? [c, cr] : [c]),
        credit: (who) => `${who.toUpperCase()} | VALLEY BUSINESS JOURNAL`,
        between: { 0: ["Story continues below advertisement"], 1: ["Already a subscriber? Sign in"], 2: ["Advertisement"] },
      });
      page.c("Sign up for our newsletter", "Related Content");
      page.h(`© ${d.y} Valley Business Journal. All rights reserved.`);
      return { page, header: { byline: [ctx.names[0]!], updated } };
    },
  },
  {
    name: "held-out-college-paper",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const updated = nextDay(ctx.story.date);
      const u = dayOf(updated);
      const { h, min } = ctx.time;
      const page = new Page().cb("The Campus Courier", "News", "Sports", "Opinion", "Arts & Life").c("Search this site");
      page.h(ctx.story.title).h(`Story by ${ctx.names[0]} • Photos by ${ctx.names[1]}`);
      page.h(`${MONTHS[d.m - 1]} ${d.d}, ${d.y} at ${h12(h)}:${pad(min)} ${ampm(h, "p.m.")} | Updated ${MONTHS[u.m - 1]} ${u.d}, ${u.y} at 9:00 a.m.`);
      page.cb("Share on Facebook", "Share on X", "Email this story");
      body(page, ctx, {
        lead: (p) => p,
        // The alt text the scrape kept, then the caption: the photos are credited in the byline.
        figure: (c) => [`Image: ${c}`, c],
        credit: (who) => who,
        between: { 2: ["Related: Student senate passes budget after marathon session"] },
        bareCaptions: "all",
      });
      for (let i = 0; i < ctx.story.captions.length && i < ctx.story.paragraphs.length - 1; i++) page.chrome.push(`Image: ${ctx.story.captions[i]}`);
      page.c("Leave a Comment", "The Campus Courier is the student newspaper of Valley State University.");
      page.h(`Copyright © ${d.y} The Campus Courier`);
      return { page, header: { byline: [ctx.names[0]!], updated } };
    },
  },
  {
    name: "held-out-press-release",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const page = new Page().cb("News provided by", "Valley Civic Alliance");
      page.h(`${MONTHS[d.m - 1]!.slice(0, 3)} ${d.d}, ${d.y}, ${pad(h)}:${pad(min)} ET`).c("Share this article");
      page.h(ctx.story.title);
      body(page, ctx, {
        lead: (p) => `${ctx.place}, ${AP_MONTHS[d.m - 1]} ${d.d}, ${d.y} /PRNewswire/ -- ${p}`,
        figure: (c, cr) => [`${c} (${cr})`],
        credit: () => "PRNewsfoto/Valley Civic Alliance",
        between: {},
      });
      page.c("SOURCE Valley Civic Alliance", "Related Links", "https://www.valleycivic.example");
      page.c("WANT YOUR COMPANY'S NEWS FEATURED ON PRNEWSWIRE.COM?");
      return { page, header: { byline: [], dateline: ctx.place } };
    },
  },
];

export const DEKS = [
  "Officials say the decision will shape the region for years to come",
  "The vote caps months of debate, and critics say the questions are far from settled.",
  "What the numbers show, and what residents can expect next",
  "Supporters call it overdue; opponents say it moves too fast.",
  "A closer look at how it came to this — and what happens now",
];
const SUBHEADS = ["What happens next", "A long time coming", "Questions remain", "The cost of waiting", "How we got here", "Not everyone agrees", "Looking ahead"];
const titleCase = (s: string) => s.replace(/\b\p{Ll}/gu, (c, i: number) => (i > 0 && /^(a|an|the|of|to|in|on|and|at)\b/.test(s.slice(i)) ? c : c.toUpperCase()));
const VIDEOS = ["Crews battle brush fire near the interstate", "Weather: warm and dry through the weekend", "School board weighs four-day week", "Police seek driver in hit-and-run"];
const CA_PLACES = ["OTTAWA", "HALIFAX", "REGINA", "WINNIPEG", "VICTORIA"];
const IN_PLACES = ["New Delhi", "Mumbai", "Pune", "Kolkata", "Chennai"];
const STATE_PLACES = ["BOISE, Idaho", "EUGENE, Ore.", "FLAGSTAFF, Ariz.", "PUEBLO, Colo.", "RENO, Nev."];
const EDITORS = ["Chris Reese", "Leslie Adler", "Peter Cooney", "Sandra Maler"];
export const shortWeekday = (day: Day) => WEEKDAYS[day.wd]!.slice(0, 3);
const ordinal = (n: number) => `${n}${n % 10 === 1 && n !== 11 ? "st" : n % 10 === 2 && n !== 12 ? "nd" : n % 10 === 3 && n !== 13 ? "rd" : "th"}`;
/** one author or two, as the generator decides */
export const authors = (ctx: Ctx) => (ctx.rng() < 0.4 ? ctx.names.slice(0, 2) : ctx.names.slice(0, 1));

/**
 * A fourth held-out group, written before reading the importer's code (only src/ingest/eval/
 * was read) and scored untouched: a Canadian broadcaster's wire copy, an Indian English paper,
 * a Gannett network site, a Ghost blog with subscribe boxes and subheadings, a Sinclair-style
 * local TV page with autoplay video, a magazine longread with a dek and subheadings, a wire
 * story on a web portal, and an Irish paper through the AMP cache.
 */
export const HELD_OUT_FOURTH_STYLES: readonly Style[] = [
  {
    name: "held-out-ca-broadcaster",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const updated = nextDay(ctx.story.date);
      const u = dayOf(updated);
      const { h, min } = ctx.time;
      const place = ctx.pick(CA_PLACES);
      const stamp = (day: Day, hh: number, mm: number) => `${WEEKDAYS[day.wd]}, ${MONTHS[day.m - 1]} ${day.d}, ${day.y} ${h12(hh)}:${pad(mm)}${ampm(hh, "PM")} EST`;
      const page = new Page().cb("CTV News", "Watch", "Local", "Sign In").c("Advertisement");
      page.h(ctx.story.title).h(`${ctx.names[0]} The Canadian Press`).h(`Published ${stamp(d, h, min)}`, `Last Updated ${stamp(u, 9, 1)}`);
      page.c("SHARE");
      body(page, ctx, {
        lead: (p) => `${place} -- ${p}`,
        figure: (c, cr) => [`${c}. (${cr})`],
        credit: (who) => `THE CANADIAN PRESS/${who}`,
        between: { 1: ["Advertisement"], 2: ["RELATED STORIES", ctx.pick(RELATED)] },
      });
      const tail = `This report by The Canadian Press was first published ${AP_MONTHS[d.m - 1]} ${d.d}, ${d.y}.`;
      page.blocks.push([tail]);
      page.story.push(tail);
      page.c("Report an error", "Editorial Standards and Policies", "Why Trust CTV News");
      return { page, header: { byline: [ctx.names[0]!], dateline: place, updated } };
    },
  },
  {
    name: "held-out-in-express",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const place = ctx.pick(IN_PLACES);
      const names = authors(ctx);
      const dek = ctx.pick(DEKS);
      const page = new Page().cb("Home", "ePaper", "India", "Cities", "Explained").c("Advertisement");
      page.h(ctx.story.title).h(dek);
      page.dek = dek;
      page.h(`Written by ${names.join(", ")} | ${place} | Updated: ${AP_MONTHS[d.m - 1]!.replace(".", "").slice(0, 3)} ${d.d}, ${d.y}, ${pad(h)}:${pad(min)} IST`);
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => [`${c} ${cr ? `(${cr})` : ""}`.trim()],
        credit: (who) => `Express photo by ${who}`,
        between: { 0: [`ALSO READ | ${ctx.pick(RELATED)}`], 2: ["Advertisement"] },
      });
      page.c("📣 The Valley Express is now on Telegram. Click here to join our channel and stay updated with the latest headlines");
      page.c(`For all the latest ${place} News, download Valley Express App.`);
      page.h(`© ${d.y} The Valley Express [P] Ltd. All Rights Reserved`);
      return { page, header: { byline: names } };
    },
  },
  {
    name: "held-out-gannett",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const updated = nextDay(ctx.story.date);
      const u = dayOf(updated);
      const { h, min } = ctx.time;
      const names = authors(ctx);
      const page = new Page().cb("Skip to main content", "Subscribe Now", "Sign In").c("Home", "News");
      page.h(ctx.story.title).h(names.join(" and "), "USA TODAY");
      page.h(`Published ${h12(h)}:${pad(min)} ${ampm(h, "p.m.")} ET ${AP_MONTHS[d.m - 1]} ${d.d}, ${d.y} | Updated 9:04 a.m. ET ${AP_MONTHS[u.m - 1]} ${u.d}, ${u.y}`);
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => (cr ? [c, cr] : [c]),
        figureChrome: ["Show Caption", "Hide Caption"],
        credit: (who) => `${who}, USA TODAY`,
        between: { 0: [`MORE: ${ctx.pick(RELATED)}`], 2: ["Get the Daily Briefing newsletter in your inbox."] },
      });
      page.h(`Contributing: ${ctx.pick(FIRST)} ${ctx.pick(LAST)}, The Associated Press`);
      page.c("Privacy Notice/Your California Privacy Rights", "Terms of Service", "Site Map");
      page.h(`© ${d.y} USA TODAY, a division of Gannett Satellite Information Network, LLC.`);
      return { page, header: { byline: names, updated } };
    },
  },
  {
    name: "held-out-ghost-blog",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const names = authors(ctx);
      const dek = ctx.pick(DEKS);
      const subs = [ctx.pick(SUBHEADS), ctx.pick(SUBHEADS)];
      const page = new Page().cb("The Valley Ledger", "Home", "Archive", "About").cb("Sign in", "Subscribe");
      page.h(ctx.story.title).h(dek);
      page.dek = dek;
      page.h(names.join(", "), `${MONTHS[d.m - 1]!.slice(0, 3)} ${d.d}, ${d.y}`, `${2 + Math.floor(ctx.rng() * 8)} min read`);
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => [`${c}${cr ? ` / ${cr}` : ""}`],
        credit: (who) => `Photo by ${who} on Unsplash`,
        between: { 1: ["Subscribe to The Valley Ledger", "Get the latest posts delivered right to your inbox", "jamie@example.com", "Subscribe"] },
        subhead: (i) => (i === 2 ? subs[0] : i === 4 && subs[1] !== subs[0] ? subs[1] : undefined),
        bareCaptions: true,
      });
      page.cb("Share this post", "Read more");
      page.c("Powered by Ghost");
      page.c("You've successfully subscribed to The Valley Ledger", "Welcome back! You've successfully signed in.", "Success! Your account is fully activated, you now have access to all content.");
      return { page, header: { byline: names } };
    },
  },
  {
    name: "held-out-sinclair-tv",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const updated = nextDay(ctx.story.date);
      const u = dayOf(updated);
      const { h, min } = ctx.time;
      const names = authors(ctx);
      const place = ctx.pick(STATE_PLACES);
      const video = ctx.pick(VIDEOS);
      const page = new Page().cb("KXYZ", "Watch Live", "Weather").cb("Now Playing", video, `${1 + Math.floor(ctx.rng() * 3)}:${pad(Math.floor(ctx.rng() * 60))}`, "Up Next", "Autoplay");
      page.h(ctx.story.title).h(`by ${names.join(" and ")}`);
      page.h(`${shortWeekday(d)}, ${MONTHS[d.m - 1]} ${ordinal(d.d)} ${d.y}, ${h12(h)}:${pad(min)} ${ampm(h, "PM")}`, `Updated ${shortWeekday(u)}, ${MONTHS[u.m - 1]} ${ordinal(u.d)} ${u.y}, 9:12 AM`);
      page.c("AA");
      body(page, ctx, {
        lead: (p) => `${place} (KXYZ) — ${p}`,
        figure: (c, cr) => [cr ? `${c} (${cr})` : c],
        credit: (who) => `Photo courtesy of ${who}`,
        between: { 0: ["Loading ..."], 2: ["ADVERTISEMENT"] },
        bareCaptions: true,
      });
      page.c("Have a news tip? Email newsdesk@kxyz.example");
      page.h(`Copyright ${d.y} Sinclair Broadcast Group`);
      return { page, header: { byline: names, dateline: place, updated } };
    },
  },
  {
    name: "held-out-magazine",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const dek = ctx.pick(DEKS);
      const subs = [titleCase(ctx.pick(SUBHEADS)), titleCase(ctx.pick(SUBHEADS))];
      const page = new Page().cb("The Valley Review", "Magazine", "Subscribe").c("Features");
      page.h(ctx.story.title).h(dek);
      page.dek = dek;
      page.h(`By ${ctx.names[0]} | Photographs by ${ctx.names[1]}`).h(`${MONTHS[d.m - 1]} ${d.d}, ${d.y}`);
      page.c(`This article appears in the ${MONTHS[d.m % 12]} ${d.m === 12 ? d.y + 1 : d.y} issue.`);
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => (cr ? [c, cr] : [c]),
        credit: (who) => `${who} for The Valley Review`,
        between: { 1: ["Sign up for The Review's weekly newsletter"], 3: ["Most Popular"] },
        subhead: (i) => (i === 2 ? subs[0] : i === 4 && subs[1] !== subs[0] ? subs[1] : undefined),
      });
      page.h(`${ctx.names[0]} is a staff writer at The Valley Review.`);
      page.c("Popular Stories", "Subscribe and get a free tote");
      return { page, header: { byline: [ctx.names[0]!] } };
    },
  },
  {
    name: "held-out-wire-portal",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const names = authors(ctx);
      const place = ctx.pick(STATE_PLACES);
      const page = new Page().cb("Yahoo News", "Search", "Sign in", "Mail").c("Reuters");
      page.h(ctx.story.title).h(names.join(" and "), `${shortWeekday(d)}, ${MONTHS[d.m - 1]} ${d.d}, ${d.y} at ${h12(h)}:${pad(min)} ${ampm(h, "PM")}·${2 + Math.floor(ctx.rng() * 4)} min read`);
      body(page, ctx, {
        lead: (p) => `${place} (Reuters) - ${p}`,
        figure: (c, cr) => [cr ? `${c}. ${cr}` : c],
        credit: (who) => `REUTERS/${who}`,
        between: { 1: ["Story continues"] },
      });
      const tail = `(Reporting by ${names.join(" and ")} in ${place.split(",")[0]![0]}${place.split(",")[0]!.slice(1).toLowerCase()}; Editing by ${ctx.pick(EDITORS)})`;
      page.blocks.push([tail]);
      page.story.push(tail);
      page.c("View comments", "Recommended Stories");
      return { page, header: { byline: names, dateline: place } };
    },
  },
  {
    name: "held-out-amp-irish",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const page = new Page().cb("valleyexaminer.ie", "View original").c("Menu");
      page.h(ctx.story.title).h(ctx.names[0]!).h(`${shortWeekday(d)}, ${d.d} ${MONTHS[d.m - 1]!.slice(0, 3)}, ${d.y} - ${pad(h)}:${pad(min)}`);
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => [cr ? `${c} (${cr})` : c],
        credit: (who) => `Photo: ${who}/Sportsfile`,
        between: { 0: ["Read More", ctx.pick(RELATED)], 2: ["Sponsored Content"] },
      });
      page.c("Keep up with stories of the day with our lunchtime news wrap.", "More in this section");
      page.h(`© Valley Examiner Group Limited`);
      return { page, header: { byline: [ctx.names[0]!] } };
    },
  },
];
