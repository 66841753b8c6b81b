/**
 * A fifth held-out group of outlet styles for the import evaluation (issue 13), written before
 * reading the importer's code (only src/ingest/eval/, scripts/eval-import.ts, the committed
 * evaluation fixtures and BENCHMARKS.md's account of the earlier groups were read), to be scored
 * untouched: a Nordic English-language site with day-first dotted dates, a US public
 * broadcaster's news page with three authors and an "Updated at" line, a local TV station on a
 * group CMS with "Posted:" and "Updated:" on one line, a newsletter post with the author above
 * the title, a hyperlocal site ("Ann Lee, Patch Staff"), a Caribbean paper ("by ANN LEE", a
 * regional wire's dateline with a date), a print e-edition's text dump with columns and jump
 * lines, and a forum repost with the article pasted inside the forum's chrome. The styles are
 * written for this project; no outlet's page is copied.
 */
import { ampm, AP_MONTHS, body, dayOf, DEKS, FIRST, h12, LAST, MONTHS, nextDay, pad, Page, RELATED, shortWeekday, WEEKDAYS, type Ctx, type Day, type Style } from "./outlets.ts";

const NORDIC_AGENCIES = ["NTB", "TT", "Ritzau Scanpix", "Lehtikuva"];
const NORDIC_DEKS = [
  "The decision was taken after a long meeting on Wednesday evening, and it will be reviewed next year.",
  "Critics say the plan leaves too many questions unanswered.",
  "Residents will have a chance to comment before the final vote in March.",
  "It is the first time in more than a decade that the question has come up.",
];
const PBS_VIDEOS = ["How a small town is rethinking its water", "Why local elections matter more than ever", "The fight over the county budget, explained"];
const NEWSLETTER_SUBHEADS = ["So what happens now?", "The numbers", "Why this matters", "What people are saying", "A quick bit of history", "The bottom line"];
const PATCH_TOWNS = ["Valley Springs", "Cedar Hollow", "North Fork", "Maple Grove"];
const PATCH_CREDITS = ["Courtesy of Valley Springs Fire Protection District", "Shutterstock", "Image via Google Maps", "Courtesy of the county sheriff's office"];
const CARIBBEAN_PLACES = ["BRIDGETOWN, Barbados", "KINGSTON, Jamaica", "CASTRIES, St Lucia", "ROSEAU, Dominica", "BASSETERRE, St Kitts"];
const PRINT_SUBHEADS = ["QUESTIONS REMAIN", "NEXT STEPS", "A LONG DEBATE", "WHAT IT COSTS"];
const HANDLES = ["civicwatcher88", "throwaway_valley", "pothole_patrol", "mesa_local", "not_a_bot_2019"];
const PASTE_INTROS = ["Paywalled, so here's the text:", "Text of the article for those who can't get past the paywall:", "Posting the full text since the site keeps crashing."];
const COMMENTS = [
  "Thanks for posting the text, the paywall on that site is ridiculous.",
  "This has been coming for years, honestly.",
  "Anyone know when the next public meeting is?",
  "Wow. I had no idea it was this bad.",
];
const upper = (names: readonly string[]) => names.map((n) => n.toUpperCase());
/** one name, or three (a staff team), as the generator decides */
const third = (ctx: Ctx) => `${ctx.pick(FIRST)} ${ctx.pick(LAST)}`;
/** the index of the block that prints the paragraph starting with these words */
const blockOf = (page: Page, paragraph: string) => {
  const i = page.blocks.findIndex((b) => b.length === 1 && b[0]!.startsWith(paragraph.slice(0, 24).replace(/ \S*$/, "")));
  if (i < 0) throw new Error(`no block prints: ${paragraph.slice(0, 40)}`);
  return i;
};

export const HELD_OUT_FIFTH_STYLES: readonly Style[] = [
  {
    // An English-language site in a Nordic country: a cookie wall, the standfirst in bold under
    // the headline, dates day first with dots, "Text:" before names joined by "&", an agency
    // after the caption's stop, the advertisement label left in the local language.
    name: "held-out-nordic-english",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const names = ctx.rng() < 0.4 ? ctx.names.slice(0, 2) : ctx.names.slice(0, 1);
      const dek = ctx.pick(NORDIC_DEKS);
      const agency = ctx.pick(NORDIC_AGENCIES);
      const dotted = (day: Day, hh: number, mm: number) => `${pad(day.d)}.${pad(day.m)}.${day.y} ${pad(hh)}:${pad(mm)}`;
      const updated = ctx.rng() < 0.5 ? (ctx.rng() < 0.5 ? ctx.story.date : nextDay(ctx.story.date)) : undefined;
      const page = new Page().cb("We use cookies to give you the best experience on our site.", "Accept all", "Manage settings");
      page.cb("Norrland Today", "News", "Culture", "Sport", "På svenska").c("Read this story in Swedish");
      page.h(ctx.story.title).h(dek);
      page.dek = dek;
      const stamp = dotted(d, h, min);
      page.h(updated ? `${stamp} | Updated ${dotted(dayOf(updated), updated === ctx.story.date ? Math.min(h + 3, 23) : 8, 41)}` : stamp);
      page.h(`Text: ${names.join(" & ")}`);
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => [cr ? `${c}. ${cr}` : c],
        credit: (who) => `Photo: ${who} / ${agency}`,
        between: { 0: [`Read also: ${ctx.pick(RELATED)}`], 2: ["Annons"] },
      });
      page.c("Do you have a tip for us? Write to tips@norrlandtoday.example", "Most read");
      page.h(`Norrland Today AB. Responsible publisher: Karin Ek.`);
      return { page, header: { byline: names, ...(updated ? { updated } : {}) } };
    },
  },
  {
    // A US public broadcaster's news page: three staff names ("By Ann Lee, Bob Stone and Cara
    // Diaz") or one wire name with the agency after a comma, the date and time with "EST", an
    // "Updated at" line with the day only when it is another day, a "WATCH:" link, an
    // underwriting block, the credit after the caption's stop with an agency after a slash.
    name: "held-out-pbs-news",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const wire = ctx.rng() < 0.4;
      const names = wire ? ctx.names.slice(0, 1) : [ctx.names[0]!, ctx.names[1]!, third(ctx)];
      const sameDay = ctx.rng() < 0.5;
      const updated = sameDay ? ctx.story.date : nextDay(ctx.story.date);
      const u = dayOf(updated);
      const short = (day: Day) => `${MONTHS[day.m - 1]!.slice(0, 3)} ${day.d}, ${day.y}`;
      const page = new Page().cb("Valley Public Media", "Watch Live", "Podcasts", "Donate").c("Politics");
      page.h(ctx.story.title);
      page.h(wire ? `By ${names[0]}, Associated Press` : `By ${names[0]}, ${names[1]} and ${names[2]}`);
      page.h(`${short(d)} ${h12(h)}:${pad(min)} ${ampm(h, "PM")} EST`);
      page.h(sameDay ? `Updated at ${h12(h + 2)}:${pad((min + 17) % 60)} ${ampm(h + 2, "PM")} EST` : `Updated at 9:04 AM EST, ${short(u)}`);
      page.cb("Leave your feedback", "Share", "Copy URL", "Email", "Facebook");
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => [cr ? `${c}. ${cr}` : c],
        credit: (who) => `Photo by ${who}/${wire ? "AP" : "Reuters"}`,
        between: { 0: [`WATCH: ${ctx.pick(PBS_VIDEOS)}`], 2: ["Support Provided By:", "Learn more"] },
        bareCaptions: true,
      });
      page.c("Thoughtful, trusted reporting is made possible by viewers like you.", "Donate now");
      page.cb("Related", ctx.pick(RELATED));
      return { page, header: { byline: names, updated } };
    },
  },
  {
    // A local TV station on a group's CMS: "by:" with one name, two, or one and the group's wire,
    // "Posted:" and "Updated:" on one line with zero-padded hours, "Video above:" over the lead,
    // a "Trending Stories" list of bullets, credits as "(AP Photo/Ann Lee, File)" or "(Getty Images)".
    name: "held-out-nexstar-tv",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const form = ctx.rng();
      const wire = form < 0.3;
      const names = form < 0.65 ? ctx.names.slice(0, 1) : ctx.names.slice(0, 2);
      const byline = wire ? `by: ${names[0]}, Nexstar Media Wire` : `by: ${names.join(", ")}`;
      const updated = ctx.rng() < 0.5 ? ctx.story.date : nextDay(ctx.story.date);
      const stamp = (day: Day, hh: number, mm: number) => `${MONTHS[day.m - 1]!.slice(0, 3)} ${day.d}, ${day.y} / ${pad(h12(hh))}:${pad(mm)} ${ampm(hh, "PM")} MST`;
      const ustamp = updated === ctx.story.date ? stamp(d, Math.min(h + 1, 23), (min + 29) % 60) : stamp(dayOf(updated), 9, 4);
      const page = new Page().cb("KVLY 4 News", "Weather", "Watch Now", "Contests").c("Trending Stories");
      page.h(ctx.story.title).h(byline).h(`Posted: ${stamp(d, h, min)}  Updated: ${ustamp}`);
      page.c("SHARE").c(`Video above: ${ctx.pick(RELATED)}`);
      body(page, ctx, {
        lead: (p) => `${ctx.place} (${wire ? "NEXSTAR" : "KVLY"}) — ${p}`,
        figure: (c, cr) => [cr ? `${c} (${cr})` : c],
        credit: (who) => (ctx.rng() < 0.5 ? `AP Photo/${who}, File` : "Getty Images"),
        between: {
          1: ["Get the latest news, weather and sports in your inbox: sign up for our newsletters."],
          2: ["Trending Stories:", ...[ctx.pick(RELATED), ctx.pick(RELATED)].map((r) => `• ${r}`)],
        },
      });
      page.h(`Copyright ${d.y} Nexstar Media Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.`);
      page.c("For the latest news, weather and sports, head to KVLY4.example.");
      return { page, header: { byline: names, dateline: ctx.place, updated } };
    },
  },
  {
    // A newsletter post: the publication's pitch box over the post, the author's name above the
    // title, a subtitle, the date in capitals, question-mark and short subheadings, lower-case
    // "photo by" credits, the forwarding line and the comment box below.
    name: "held-out-newsletter-author-top",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const names = ctx.rng() < 0.3 ? ctx.names.slice(0, 2) : ctx.names.slice(0, 1);
      const dek = ctx.pick(DEKS);
      const subs = [ctx.pick(NEWSLETTER_SUBHEADS), ctx.pick(NEWSLETTER_SUBHEADS)];
      const page = new Page().cb("Discover more from The Valley Letter", "Local news for people who actually live here.", `Over ${2 + Math.floor(ctx.rng() * 9)},000 subscribers`, "Subscribe", "Continue reading");
      page.cb("The Valley Letter", "Sign in");
      page.h(names.join(" and ")).h(ctx.story.title).h(dek);
      page.dek = dek;
      page.h(`${MONTHS[d.m - 1]!.slice(0, 3).toUpperCase()} ${d.d}, ${d.y}`);
      page.cb(String(4 + Math.floor(ctx.rng() * 60)), String(Math.floor(ctx.rng() * 12)), "Restack", "Share");
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => [cr ? `${c} (${cr})` : c],
        credit: (who) => `photo by ${who}`,
        between: { 1: ["Type your email…", "Subscribe"] },
        subhead: (i) => (i === 2 ? subs[0] : i === 4 && subs[1] !== subs[0] ? subs[1] : undefined),
        bareCaptions: true,
      });
      page.c("If someone forwarded this to you, you can sign up here.");
      page.cb("Discussion about this post", "Comments", "Restacks").c("Ready for more?");
      page.c("Privacy ∙ Terms ∙ Collection notice");
      return { page, header: { byline: names } };
    },
  },
  {
    // A hyperlocal site: "Ann Lee, Patch Staff" (or "Patch Contributor"), "Posted Wed, Jan 29,
    // 2020 at 5:32 pm MT" with "| Updated …" on the same line on some pages, credits naming an
    // agency or a stock library in parentheses, a town's sign-up prompt naming the site.
    name: "held-out-patch",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const town = ctx.pick(PATCH_TOWNS);
      const zone = ctx.pick(["ET", "CT", "MT", "PT"]);
      const role = ctx.rng() < 0.7 ? "Patch Staff" : "Patch Contributor";
      const stamp = (day: Day, hh: number, mm: number) => `${shortWeekday(day)}, ${MONTHS[day.m - 1]!.slice(0, 3)} ${day.d}, ${day.y} at ${h12(hh)}:${pad(mm)} ${ampm(hh, "pm")} ${zone}`;
      const updated = ctx.rng() < 0.4 ? (ctx.rng() < 0.5 ? ctx.story.date : nextDay(ctx.story.date)) : undefined;
      const page = new Page().cb("Patch", `${town}, CO`, "News Feed", "Events", "Classifieds").c("Subscribe");
      page.h(ctx.story.title).h(`${ctx.names[0]}, ${role}`);
      page.h(`Posted ${stamp(d, h, min)}${updated ? ` | Updated ${updated === ctx.story.date ? stamp(d, Math.min(h + 2, 23), 5) : stamp(dayOf(updated), 8, 15)}` : ""}`);
      page.cb("Reply", "Share");
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => [cr ? `${c} (${cr})` : c],
        credit: () => ctx.pick(PATCH_CREDITS),
        between: { 0: [`Find out what's happening in ${town} with free, real-time updates from Patch.`, "Let's go!"], 2: ["Subscribe"] },
      });
      page.c(`More from ${town}`, "Reply", "The rules of replying:", "Be kind and respectful: this is a place for neighbourly discussion.");
      return { page, header: { byline: [ctx.names[0]!], ...(updated ? { updated } : {}) } };
    },
  },
  {
    // An English-language Caribbean paper: staff stories under "by ANN LEE" (the name in
    // capitals, the "by" not), sometimes with the reporter's address below, and the date alone;
    // the regional wire's stories with no byline and a dateline carrying the date and the wire
    // ("BRIDGETOWN, Barbados, Jan 29, CMC –"); credits in capitals after a spaced en dash.
    name: "held-out-caribbean-paper",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const wire = ctx.rng() < 0.5;
      const place = ctx.pick(CARIBBEAN_PLACES);
      const page = new Page().cb("Island Chronicle", "Home", "News", "Sport", "Business", "Entertainment", "E-paper").c("LATEST NEWS");
      page.h(ctx.story.title);
      if (!wire) {
        page.h(`by ${ctx.names[0]!.toUpperCase()}`);
        if (ctx.rng() < 0.5) page.h(`${ctx.names[0]!.toLowerCase().replace(" ", ".")}@islandchronicle.example`);
      }
      page.h(`${MONTHS[d.m - 1]} ${d.d}, ${d.y}`);
      page.c("0 Comments");
      body(page, ctx, {
        lead: (p) => (wire ? `${place}, ${AP_MONTHS[d.m - 1]!.replace(".", "")} ${d.d}, CMC – ${p}` : p),
        figure: (c, cr) => [cr ? `${c} – ${cr}` : c],
        credit: (who) => (wire ? "PHOTO: CMC" : `PHOTO: ${who.toUpperCase()}`),
        between: { 1: ["- Advertisement -"], 2: [`SEE ALSO: ${ctx.pick(RELATED)}`] },
      });
      page.c("Have a story? Send us a WhatsApp message at 1 (868) 555-0192.", "Related Articles");
      page.h(`© ${d.y} Island Chronicle Ltd. All rights reserved.`);
      return { page, header: { byline: wire ? [] : upper(ctx.names.slice(0, 1)), ...(wire ? { dateline: place } : {}) } };
    },
  },
  {
    // A print e-edition's text dump: the nameplate and the day's folio, an index box, a kicker,
    // the byline over a staff line, narrow hard-wrapped columns with a column break inside a
    // paragraph, the credit in capitals above the caption, subheadings in capitals, the jump
    // line ("See COUNCIL, Page A6" or "Continued on Page A6") and the jump page's folio and head.
    name: "held-out-e-edition",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { paragraphs } = ctx.story;
      const day = `${WEEKDAYS[d.wd]!.toUpperCase()}, ${MONTHS[d.m - 1]!.toUpperCase()} ${d.d}, ${d.y}`;
      const jumpWord = (ctx.story.title.split(/[^\p{L}]+/u).find((w) => w.length >= 5) ?? "STORY").toUpperCase();
      const page2 = `A${2 + Math.floor(ctx.rng() * 8)}`;
      const see = ctx.rng() < 0.5;
      const subs = [ctx.pick(PRINT_SUBHEADS)];
      const page = new Page().cb("The Valley Herald", `${day} • $1.50 • VALLEYHERALD.EXAMPLE`);
      page.c("INSIDE: Obituaries A4 | Opinion A7 | Sports B1").c("LOCAL GOVERNMENT");
      page.h(ctx.story.title).h(`By ${ctx.names[0]!.toUpperCase()}`, "Herald Staff Writer");
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => (cr ? [cr, c] : [c]),
        credit: (who) => (ctx.rng() < 0.7 ? `${who.toUpperCase()}/HERALD STAFF` : "SUBMITTED PHOTO"),
        between: {},
        wrap: 38,
        subhead: (i) => (i === 3 ? subs[0] : undefined),
      });
      // The jump: the front page's part ends, the inside page's folio and the jump head follow.
      const j = Math.min(2, paragraphs.length - 1);
      const at = blockOf(page, paragraphs[j]!);
      const jump = [[see ? `See ${jumpWord}, Page ${page2}` : `Continued on Page ${page2}`], [`\f${page2} THE VALLEY HERALD ${day}`], see ? [jumpWord, "From Page A1"] : ["Continued from Page A1"]];
      page.blocks.splice(at, 0, ...jump);
      page.chrome.push(...jump.flat());
      // A column break inside the first paragraph long enough to have one.
      const k = paragraphs.findIndex((p) => p.length > 38 * 4);
      if (k >= 0) {
        const b = blockOf(page, paragraphs[k]!);
        const lines = page.blocks[b]![0]!.split("\n");
        const mid = Math.ceil(lines.length / 2);
        page.blocks.splice(b, 1, [lines.slice(0, mid).join("\n")], [lines.slice(mid).join("\n")]);
      }
      page.h(`Contact ${ctx.names[0]} at 555-0147 or ${ctx.names[0]!.split(" ")[0]!.toLowerCase()}@valleyherald.example.`);
      page.c(`${page2} | THE VALLEY HERALD`);
      return { page, header: { byline: upper(ctx.names.slice(0, 1)) } };
    },
  },
  {
    // A forum repost: the forum's and the poster's chrome, the headline as the post's title, the
    // link and the poster's own line, then the article as pasted ("By Ann Lee / Valley Ledger",
    // the time before the date), credits as "(Ann Lee | Valley Ledger)", then vote counts,
    // buttons and readers' comments.
    name: "held-out-forum-repost",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const votes = 12 + Math.floor(ctx.rng() * 900);
      const poster = ctx.pick(HANDLES);
      const page = new Page().cb("r/ValleyNews", "Join").cb(`Posted by u/${poster}`, `${1 + Math.floor(ctx.rng() * 20)} hr. ago`);
      page.c(String(votes));
      page.h(ctx.story.title);
      page.c("Local News").c(`valleyledger.example/news/${ctx.story.slug}`).c(ctx.pick(PASTE_INTROS));
      page.h(`By ${ctx.names[0]} / Valley Ledger`).h(`${h12(h)}:${pad(min)} ${ampm(h, "PM")}, ${MONTHS[d.m - 1]!.slice(0, 3)} ${d.d}, ${d.y}`);
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => [cr ? `${c} (${cr})` : c],
        credit: (who) => `${who} | Valley Ledger`,
        between: { 1: ["Advertisement"] },
        bareCaptions: true,
      });
      page.c("Edit: formatting");
      page.cb(`${2 + Math.floor(ctx.rng() * 80)} Comments`, "Share", "Save", "Hide", "Report").c(`${80 + Math.floor(ctx.rng() * 20)}% Upvoted`, "Sort by: Best");
      const other = ctx.pick(HANDLES.filter((x) => x !== poster));
      page.c(`u/${other} · ${1 + Math.floor(ctx.rng() * 9)} hr. ago`, ctx.pick(COMMENTS)).cb("Reply", "Share", String(1 + Math.floor(ctx.rng() * 50)));
      return { page, header: { byline: [ctx.names[0]!] } };
    },
  },
];
