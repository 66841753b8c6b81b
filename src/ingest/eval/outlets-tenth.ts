/**
 * A tenth held-out group of outlet styles for the import evaluation (issue 13), written before
 * reading the importer's code (only src/ingest/eval/, scripts/eval-import.ts, the evaluation
 * test and README.md were read), to be scored untouched: a Canadian public broadcaster (the
 * names, the network and "Posted: Jan 29, 2020 5:32 PM CT | Last Updated: January 30, 2020" on
 * one line parted by middle dots, "The Canadian Press" alone with "OTTAWA — ", "(Ann Lee/LPB)"
 * and "(Submitted by Ann Lee)" after the caption's stop, "WATCH | …" with its length, "With
 * files from …" and the author's note with an X handle at the foot), a Pakistani daily (the
 * name alone or "Ann Lee | Bob Stone", "Our Staff Reporter", "Published January 29, 2020" with
 * "Updated January 30, 2020 09:04am" beside or below it, "KARACHI: ", "— Photo by Ann Lee" after
 * the caption, "Published in The Indus Courier, January 30th, 2020" below the story), a chat
 * app's export of a group where a news channel's message was forwarded (every message after
 * "29/01/2020, 17:48 - Ravi Patel: " or "[30/01/20, 9:04:12 AM] Ravi Patel: ", a day or two after
 * the story, the headline in asterisks, "_By Ann Lee_" or "✍️ Ann Lee", the date in underscores
 * or after a calendar, the link and the replies), a UK press agency's feed (the slug, the
 * priority and version, "Filed: 29/01/2020 17:32 GMT" above the headline or the date below the
 * byline, "By Ann Lee, VPA Political Correspondent", "By VPA Reporter", "Photo credit should
 * read: Ann Lee/VPA Wire" below the caption, "ENDS" and the newsdesk's number), a media monitoring
 * service's clip report (the report's own later date above, then labelled fields, "Headline:",
 * "Outlet:", "Date: 29/01/2020" or "Date: 29 Jan 2020 17:32", "Author: Ann Lee; Bob Stone", "Not
 * credited", the circulation, the advertising value and the sentiment, "Caption:" and "Credit:"
 * lines), a TV news channel's transcript page (the show, "Aired January 29, 2020 - 18:00 ET", the
 * headline with "Aired 6-7p ET" after it on some, "THIS IS A RUSH TRANSCRIPT", the anchor's
 * introduction, "ANN LEE, VNN CORRESPONDENT (voice-over): " before the lead, timestamps between
 * paragraphs, no photos), a read-later app's copy (the site's domain, the byline and the date on
 * one line parted by middle dots or on lines of their own, "Saved 3 days ago", credits on the line
 * below the caption, the reader's highlights and tags at the foot), and a local radio station's
 * Facebook post of a whole story (the page's name, "29 January 2020 at 17:32 ·", "BREAKING: "
 * before the headline on some, the byline above the story or signed below it, "📸 …" captions,
 * the hashtags, the image's description, the reactions and comments). The styles are written for
 * this project; no outlet's page is copied.
 */
import { ampm, AP_MONTHS, body, daysFrom, dayOf, FIRST, h12, LAST, localNames, mon, MONTHS, nextDay, pad, Page, RELATED, shortWeekday, WEEKDAYS, type Ctx, type Day, type Style } from "./outlets.ts";

const LPB_PLACES = ["OTTAWA", "HALIFAX", "WINNIPEG", "REGINA", "ST. JOHN'S"];
const LPB_SECTIONS = ["Manitoba", "Nova Scotia", "Saskatchewan", "Politics", "Canada"];
const LPB_ZONES = ["ET", "CT", "AT", "MT", "NT", "PT"];
const LPB_DEKS = [
  "Province says the work could take until the end of next year",
  "Residents packed the meeting to ask what happens next",
  "Critics say the plan leaves too many questions unanswered",
];
const LPB_VIDEOS = ["What the decision means for your neighbourhood", "Residents react to the vote", "Why the province stepped in"];
const PK_NAMES = ["Zainab Qureshi", "Fahad Malik", "Sana Baloch", "Hamza Rauf", "Mehreen Akhtar", "Usman Ghani", "Nida Hussain", "Bilal Chaudhry"];
const PK_PLACES = ["KARACHI", "ISLAMABAD", "LAHORE", "PESHAWAR", "QUETTA"];
const PK_SECTIONS = ["Pakistan", "Sindh", "Punjab", "Islamabad", "Business"];
const CHAT_MEMBERS = ["Ravi Patel", "Sam Okafor", "Auntie Grace", "Tunde Bakare", "Priya (Book Club)", "Mum"];
const CHAT_GROUPS = ["Valley Residents Association", "Elm Street Neighbours", "Family 🏡", "Riverside Allotments"];
const CHAT_OPENERS = ["Has anyone seen this? 👇", "Sharing from the Gazette channel", "FYI, this is about our area", "Did you all see this?"];
const CHAT_REPLIES = ["😮", "That's terrible", "Thanks for sharing", "About time they did something", "Is this the same board as last year?", "👍"];
const CHAT_MASTHEADS = ["📰 *THE VALLEY GAZETTE*", "*Valley Gazette News Alert* 🔔", "🔴 *BREAKING NEWS*"];
const VPA_DESKS = ["Political Correspondent", "Home Affairs Correspondent", "Local Democracy Reporter", "Environment Correspondent"];
const VPA_SLUGS = ["POLITICS", "ENVIRONMENT", "COUNCIL", "TRANSPORT", "COURTS"];
const VPA_NOTES = ["Adds quotes from council leader, paras 4-6", "Corrects spelling of name in para 3", "Updates with reaction"];
const MM_CLIENTS = ["Valley Water Board", "Valley County Council", "Valley Regional Transit"];
const MM_OUTLETS = ["The Valley Gazette", "Valley Evening Post", "The Riverside Courier"];
const MM_SENTIMENTS = ["Neutral", "Negative", "Positive", "Mixed"];
const TX_ANCHORS = ["Dana Whitlock", "Marcus Bell", "Renee Ocampo"];
const TX_SHOWS = ["VALLEY NIGHTLY", "THE EVENING REPORT", "VNN NEWSROOM"];
const TX_ROLES = ["VNN CORRESPONDENT", "VNN NATIONAL CORRESPONDENT", "VNN SENIOR CORRESPONDENT"];
const TX_INTROS = ["Now to a story we have been following all week.", "We turn now to the Valley, where there has been a major decision.", "Our correspondent has been at the meeting all day and joins us now."];
const RL_SITES: readonly [string, string][] = [
  ["valleygazette.example", "The Valley Gazette"],
  ["riversidecourier.example", "The Riverside Courier"],
  ["valleypost.example", "Valley Post"],
];
const RL_TAGS = ["water", "local", "council", "to-read", "research", "follow-up"];
const FB_PAGES = ["Valley FM 98.2 News", "Riverside Radio News", "KVLR Valley News Radio"];
const FB_ALTS = ["May be an image of 1 person and text", "May be an image of water and tree", "May be an image of road", "May be an image of crowd and indoor"];
const FB_COMMENTS = ["So sad to hear this", "About time!", "Where exactly is this?", "Thank you for keeping us informed", "This has been going on for years"];
const FB_TAGS = ["#ValleyNews", "#LocalNews", "#WaterBoard", "#CouncilMeeting", "#Breaking"];

const anyName = (ctx: Ctx) => `${ctx.pick(FIRST)} ${ctx.pick(LAST)}`;
const ordinal = (n: number) => `${n}${n % 10 === 1 && n !== 11 ? "st" : n % 10 === 2 && n !== 12 ? "nd" : n % 10 === 3 && n !== 13 ? "rd" : "th"}`;
const dmy = (day: Day) => `${pad(day.d)}/${pad(day.m)}/${day.y}`;
/** The story's first sentence of paragraph `i`, as a reader would highlight it. */
const firstSentence = (p: string) => p.split(/(?<=[.!?]) (?=[A-Z])/)[0]!;

export const HELD_OUT_TENTH_STYLES: readonly Style[] = [
  {
    // A Canadian public broadcaster's story page: the skip link, the network's menu and the
    // province as the section, the headline over a dek with no stop, then the names (two parted by
    // a comma), the network ("for LPB News" for a freelancer) and "Posted: Jan 29, 2020 5:32 PM CT
    // | Last Updated: January 30, 2020" on one line parted by middle dots, or the names on a line
    // and the dates below; "The Canadian Press" alone with "OTTAWA — " before the lead for agency
    // copy; "Social Sharing" and "Listen to this article"; credits in parentheses after the
    // caption's stop ("(Ann Lee/LPB)", "(Submitted by Ann Lee)", "(Ann Lee/The Canadian Press)");
    // "WATCH | …" with the video's length between paragraphs; "With files from …", the author's
    // note with an X handle, the corrections links and a newsletter box at the foot.
    name: "held-out-ca-public-broadcaster",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const roll = ctx.rng();
      const agency = roll < 0.2;
      const names = agency ? [] : roll < 0.45 ? ctx.names.slice(0, 2) : ctx.names.slice(0, 1);
      const place = agency ? ctx.pick(LPB_PLACES) : undefined;
      const section = ctx.pick(LPB_SECTIONS);
      const dek = ctx.pick(LPB_DEKS);
      const updated = ctx.rng() < 0.6 ? nextDay(ctx.story.date) : undefined;
      const who = agency ? "The Canadian Press" : `${names.join(", ")} · ${ctx.rng() < 0.2 ? "for LPB News" : "LPB News"}`;
      const u = updated ? dayOf(updated) : undefined;
      const dates = `Posted: ${mon(d)} ${d.d}, ${d.y} ${h12(h)}:${pad(min)} ${ampm(h, "PM")} ${ctx.pick(LPB_ZONES)}${u ? ` | Last Updated: ${MONTHS[u.m - 1]} ${u.d}, ${u.y}` : ""}`;
      const page = new Page().cb("Skip to Main Content", "LPB News", "Menu", "Search", "Sign In").c("Quick Links", "News | Sports | Radio | Music | Listen Live | TV | Watch").c(section);
      page.h(ctx.story.title).h(dek);
      page.dek = dek;
      if (ctx.rng() < 0.65) page.h(`${who} · ${dates}`);
      else page.h(who, dates);
      page.c("Social Sharing");
      if (ctx.rng() < 0.5) page.cb("Listen to this article", `Estimated ${3 + Math.floor(ctx.rng() * 5)} minutes`);
      body(page, ctx, {
        lead: (p) => (place ? `${place} — ${p}` : p),
        figure: (c, cr) => [cr ? `${c}. (${cr})` : c],
        credit: (name) => {
          const r = ctx.rng();
          return r < 0.5 ? `${name}/LPB` : r < 0.75 ? `Submitted by ${name}` : `${name}/The Canadian Press`;
        },
        between: { 1: [`WATCH | ${ctx.pick(LPB_VIDEOS)}`, `${1 + Math.floor(ctx.rng() * 4)}:${pad(Math.floor(ctx.rng() * 60))}`], 3: ["ADVERTISEMENT"] },
        bareCaptions: true,
      });
      if (!agency) {
        if (ctx.rng() < 0.5) page.h(`With files from ${anyName(ctx)} and The Canadian Press`);
        const [first, ...rest] = names[0]!.split(" ");
        page.c("ABOUT THE AUTHOR");
        page.h(`${names[0]} is a reporter with LPB ${section === "Politics" || section === "Canada" ? "News" : section}. You can reach ${first} on X at @${first!.toLowerCase()}${rest.join("").toLowerCase()}LPB.`);
      }
      page.c("Corrections and clarifications | Submit a news tip | Report error", "LPB's Journalistic Standards and Practices | About LPB News");
      page.cb("Related Stories", ctx.pick(RELATED));
      page.cb("Add some “good” to your morning and evening.", "Get the LPB Morning newsletter in your inbox every weekday.", "Email address:", "Subscribe");
      page.h(`©${d.y} Lakeshore Public Broadcasting. All rights reserved.`);
      return { page, header: { byline: names, ...(place ? { dateline: place } : {}), ...(updated ? { updated } : {}) } };
    },
  },
  {
    // A Pakistani daily's website: the e-paper and TV links over the menu, the section, the
    // headline, the name alone or two parted by a bar ("Zainab Qureshi | Fahad Malik"), or "Our
    // Staff Reporter" / "Our Correspondent", then "Published January 29, 2020" with "Updated
    // January 30, 2020 09:04am" after it on the same line or the next on some pages; the city in
    // capitals and a colon before the lead ("KARACHI: "), credits after the caption's stop and a
    // dash ("— Photo by Ann Lee", "— Reuters", "— APP", a TV channel's screengrab), "Read more:"
    // and "Story continues below" between paragraphs; "Published in The Indus Courier, January
    // 30th, 2020" below the story (the print edition, the next day), closed comments, the most
    // popular stories and the copyright.
    name: "held-out-pk-daily",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const roll = ctx.rng();
      const staff = roll < 0.25;
      const names = staff ? [] : localNames(ctx, PK_NAMES, roll < 0.45 ? 1 : 0);
      const byline = staff ? (roll < 0.15 ? "Our Staff Reporter" : "Our Correspondent") : names.join(" | ");
      const place = ctx.rng() < 0.65 ? ctx.pick(PK_PLACES) : undefined;
      const updated = ctx.rng() < 0.5 ? nextDay(ctx.story.date) : undefined;
      const u = updated ? dayOf(updated) : undefined;
      const published = `Published ${MONTHS[d.m - 1]} ${d.d}, ${d.y}`;
      const update = u ? `Updated ${MONTHS[u.m - 1]} ${u.d}, ${u.y} 09:04am` : undefined;
      const page = new Page().cb("THE INDUS COURIER", "EPAPER | LIVE TV | URDU", "Home | Latest | Pakistan | World | Business | Sport | Opinion | Magazines").c(ctx.pick(PK_SECTIONS));
      page.h(ctx.story.title).h(byline);
      if (update && ctx.rng() < 0.5) page.h(`${published} ${update}`);
      else page.h(published, ...(update ? [update] : []));
      page.cb("Facebook", "X", "WhatsApp", "Email", "Comments");
      body(page, ctx, {
        lead: (p) => (place ? `${place}: ${p}` : p),
        figure: (c, cr) => [cr ? `${c}. — ${cr}` : c],
        credit: (name) => {
          const r = ctx.rng();
          return r < 0.4 ? `Photo by ${name}` : r < 0.6 ? "Reuters" : r < 0.8 ? "APP" : "Screengrab courtesy IndusNews TV";
        },
        between: { 0: ["Story continues below"], 2: [`Read more: ${ctx.pick(RELATED)}`], 3: ["Advertisement"] },
        bareCaptions: true,
      });
      if (ctx.rng() < 0.5) {
        const next = dayOf(nextDay(ctx.story.date));
        page.h(`Published in The Indus Courier, ${MONTHS[next.m - 1]} ${ordinal(next.d)}, ${next.y}`);
      }
      page.cb(`Comments (${Math.floor(ctx.rng() * 40)})`, "Closed").c("Comments are closed on this story.");
      page.cb("MOST POPULAR", "1", ctx.pick(RELATED), "2", ctx.pick(RELATED));
      page.h(`Copyright © ${d.y}, The Indus Courier Group of Newspapers`);
      return { page, header: { byline: names, ...(place ? { dateline: place } : {}), ...(updated ? { updated } : {}) } };
    },
  },
  {
    // A chat app's export of a neighbourhood group (or one member's copy of a stretch of it), into
    // which a news channel's message was forwarded a day or two after the story: every message
    // after its time and sender, Android's "29/01/2020, 17:48 - Ravi Patel: " or the iPhone's
    // "[30/01/20, 9:04:12 AM] Ravi Patel: " (day first), the encryption notice, a member's word
    // and a photo attached; then the channel's masthead in asterisks on the message's first line,
    // the headline in asterisks, the byline ("_By Ann Lee_", "✍️ Ann Lee", "By Ann Lee & Bob
    // Stone", or none) above or below the date ("📅 29 January 2020", "_Wednesday, January 29,
    // 2020_", "29 Jan 2020, 5:32 pm"), the story, the link and the channel's invitation, and the
    // members' replies. No captions.
    name: "held-out-chat-export",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const android = ctx.rng() < 0.5;
      const chatDay = dayOf(daysFrom(ctx.story.date, Math.floor(ctx.rng() * 3)));
      let hh = 7 + Math.floor(ctx.rng() * 12);
      let mm = Math.floor(ctx.rng() * 50);
      const at = (sender: string) => {
        mm += 1 + Math.floor(ctx.rng() * 3);
        if (mm > 59) [hh, mm] = [hh + 1, mm - 60];
        const ss = Math.floor(ctx.rng() * 60);
        return android
          ? `${dmy(chatDay)}, ${pad(hh)}:${pad(mm)} - ${sender}: `
          : `[${pad(chatDay.d)}/${pad(chatDay.m)}/${String(chatDay.y).slice(2)}, ${h12(hh)}:${pad(mm)}:${pad(ss)} ${ampm(hh, "PM")}] ${sender}: `;
      };
      const sharer = ctx.pick(CHAT_MEMBERS);
      const roll = ctx.rng();
      const names = roll < 0.2 ? [] : roll < 0.4 ? ctx.names.slice(0, 2) : ctx.names.slice(0, 1);
      const byline = names.length > 1 ? `By ${names[0]} & ${names[1]}` : names.length ? (ctx.rng() < 0.5 ? `_By ${names[0]}_` : `✍️ ${names[0]}`) : undefined;
      const form = ctx.rng();
      const date = form < 0.35 ? `📅 ${d.d} ${MONTHS[d.m - 1]} ${d.y}` : form < 0.7 ? `_${WEEKDAYS[d.wd]}, ${MONTHS[d.m - 1]} ${d.d}, ${d.y}_` : `${d.d} ${mon(d)} ${d.y}, ${h12(h)}:${pad(min)} ${ampm(h, "pm")}`;
      const group = ctx.pick(CHAT_GROUPS);
      const page = new Page();
      if (ctx.rng() < 0.5) page.c(`${android ? at(group).replace(`${group}: `, "") : at(group)}Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.`);
      page.c(`${at(sharer)}${ctx.pick(CHAT_OPENERS)}`);
      if (ctx.rng() < 0.5) {
        const n = pad(1 + Math.floor(ctx.rng() * 98));
        page.c(android ? `${at(sharer)}IMG-${chatDay.y}${pad(chatDay.m)}${pad(chatDay.d)}-WA00${n}.jpg (file attached)` : `${at(sharer)}<attached: 000000${n}-PHOTO-${chatDay.y}-${pad(chatDay.m)}-${pad(chatDay.d)}-${pad(hh)}-${pad(mm)}-02.jpg>`);
      }
      page.c(`${at(sharer)}${ctx.pick(CHAT_MASTHEADS)}`);
      page.h(`*${ctx.story.title}*`);
      const dateFirst = ctx.rng() < 0.4;
      if (dateFirst) page.h(date);
      if (byline) page.h(byline);
      if (!dateFirst) page.h(date);
      body(page, { ...ctx, story: { ...ctx.story, captions: [] } }, {
        lead: (p) => p,
        figure: (c) => [c],
        credit: (name) => name,
        between: {},
      });
      page.c(`🔗 Read more: https://valleygazette.example/news/${ctx.story.slug}`, "👉 Follow the Valley Gazette channel for more: https://whatsapp.example/channel/valleygazette");
      for (let i = 0, n = 1 + Math.floor(ctx.rng() * 3); i < n; i++) page.c(`${at(ctx.pick(CHAT_MEMBERS.filter((m) => m !== sharer)))}${ctx.pick(CHAT_REPLIES)}`);
      return { page, header: { byline: names } };
    },
  },
  {
    // A UK press agency's feed as a subscriber's newsroom system shows it: the system's bar, the
    // category, the slug ("POLITICS Reservoir"), the priority, version and word count (a later
    // version's note of what it changed), "Filed: 29/01/2020 17:32 GMT" above the headline or
    // "Wed 29 Jan 2020 17:32 GMT" below the byline; "By Ann Lee, VPA Political Correspondent",
    // "By Ann Lee and Bob Stone, VPA", or "By VPA Reporter"; no dateline; the caption over "Photo
    // credit should read: Ann Lee/VPA Wire"; "Additional reporting by …" on some, "ENDS", the
    // newsdesk's number and email, the copyright and the licence's terms.
    name: "held-out-press-agency-feed",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const roll = ctx.rng();
      const names = roll < 0.2 ? [] : roll < 0.4 ? ctx.names.slice(0, 2) : ctx.names.slice(0, 1);
      const byline = names.length > 1 ? `By ${names.join(" and ")}, VPA` : names.length ? `By ${names[0]}, VPA ${ctx.pick(VPA_DESKS)}` : "By VPA Reporter";
      const keyword = ctx.story.title.split(" ").find((w) => /^[A-Z][a-z]{4,}$/.test(w)) ?? "Story";
      const version = 1 + Math.floor(ctx.rng() * 3);
      const words = ctx.story.paragraphs.join(" ").split(" ").length;
      const filedAbove = ctx.rng() < 0.5;
      const page = new Page().cb("VPA Wire", "Newsroom | Pictures | Video | Planner | Archive").c("Home News");
      page.cb(`${ctx.pick(VPA_SLUGS)} ${keyword}`, `Priority: ${ctx.rng() < 0.8 ? "Routine" : "Urgent"} | Version ${version} | Words: ${words}`);
      if (version > 1) page.c(ctx.pick(VPA_NOTES));
      if (filedAbove) page.h(`Filed: ${dmy(d)} ${pad(h)}:${pad(min)} GMT`);
      page.h(ctx.story.title).h(byline);
      if (!filedAbove) page.h(`${shortWeekday(d)} ${d.d} ${mon(d)} ${d.y} ${pad(h)}:${pad(min)} GMT`);
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => (cr ? [c, `Photo credit should read: ${cr}`] : [c]),
        credit: (name) => (ctx.rng() < 0.7 ? `${name}/VPA Wire` : "Handout/VPA Wire"),
        between: {},
        bareCaptions: true,
      });
      if (ctx.rng() < 0.4) page.h(`Additional reporting by ${anyName(ctx)}`);
      page.c("ENDS", `VPA Newsdesk: 01632 960${100 + Math.floor(ctx.rng() * 900)} | newsdesk@vpa.example`);
      page.h(`© ${d.y} Valley Press Association. All rights reserved.`, "Not for publication on the open web without a VPA Online licence.");
      return { page, header: { byline: names } };
    },
  },
  {
    // A media monitoring service's daily report for a client, one clip copied: the service's name,
    // "Daily Coverage Report — Thursday 30 January 2020" (the morning after), the client, "Item 3 of
    // 14"; then labelled fields on lines of their own, in one of two orders: "Headline:",
    // "Outlet:" (print, or "(Online)" with a URL), "Date: 29/01/2020" for print or "Date: 29 Jan
    // 2020 17:32" online, "Page:" and "Section:", "Author: Ann Lee", "Author: Ann Lee; Bob Stone",
    // "Author: Ann Lee (ann.lee@…)", "Author: Not credited" or "Staff Reporter", the circulation or
    // reach, the advertising value, the sentiment and the client's mentions; "Full text", the story
    // (a print clip's photo as "Caption: …" over "Credit: …"), the licence line and the report's
    // links below.
    name: "held-out-media-monitoring",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const report = dayOf(nextDay(ctx.story.date));
      const print = ctx.rng() < 0.6;
      const outlet = ctx.pick(MM_OUTLETS);
      const client = ctx.pick(MM_CLIENTS);
      const roll = ctx.rng();
      const names = roll < 0.2 ? [] : roll < 0.4 ? ctx.names.slice(0, 2) : ctx.names.slice(0, 1);
      const author = !names.length
        ? ctx.rng() < 0.5 ? "Not credited" : "Staff Reporter"
        : names.length > 1 ? names.join("; ") : ctx.rng() < 0.3 ? `${names[0]} (${names[0]!.toLowerCase().replace(" ", ".")}@${outlet.toLowerCase().replace(/^the /, "").replaceAll(" ", "")}.example)` : names[0]!;
      const items = 5 + Math.floor(ctx.rng() * 20);
      const page = new Page().cb("Valley Media Intelligence", `Daily Coverage Report — ${WEEKDAYS[report.wd]} ${report.d} ${MONTHS[report.m - 1]} ${report.y}`, `Prepared for: ${client}`);
      page.c(`Item ${1 + Math.floor(ctx.rng() * items)} of ${items}`);
      const head: [string, boolean][] = [
        [`Headline: ${ctx.story.title}`, false],
        [`Outlet: ${outlet}${print ? "" : " (Online)"}`, true],
      ];
      const date: [string, boolean] = [`Date: ${print ? dmy(d) : `${d.d} ${mon(d)} ${d.y} ${pad(h)}:${pad(min)}`}`, false];
      const where: [string, boolean][] = print
        ? [[`Page: ${2 + Math.floor(ctx.rng() * 20)}`, true], ["Section: News", true]]
        : [[`URL: https://${outlet.toLowerCase().replace(/^the /, "").replaceAll(" ", "")}.example/news/${ctx.story.slug}`, true]];
      const fields: [string, boolean][] = [
        ...(ctx.rng() < 0.5 ? [...head, date] : [date, ...head.reverse()]),
        ...where,
        [`Author: ${author}`, false],
        [print ? `Circulation: ${(8 + Math.floor(ctx.rng() * 60)).toLocaleString("en-GB")},${100 + Math.floor(ctx.rng() * 900)}` : `Reach: ${(0.2 + ctx.rng() * 3).toFixed(1)}M UVPM`, true],
        [`AVE: £${(300 + Math.floor(ctx.rng() * 4000)).toLocaleString("en-GB")}`, true],
        [`Sentiment: ${ctx.pick(MM_SENTIMENTS)}`, true],
        [`Mentions: ${client} (${1 + Math.floor(ctx.rng() * 6)})`, true],
      ];
      page.blocks.push(fields.map(([l]) => l));
      page.chrome.push(...fields.filter(([, c]) => c).map(([l]) => l));
      page.c("Full text");
      body(page, print ? ctx : { ...ctx, story: { ...ctx.story, captions: [] } }, {
        lead: (p) => p,
        figure: (c, cr) => [`Caption: ${c}`, ...(cr ? [`Credit: ${cr}`] : [])],
        credit: (name) => name,
        between: {},
        bareCaptions: true,
      });
      page.h(`Copyright © ${d.y} ${outlet}. Reproduced under licence. Not for further copying or distribution.`);
      page.c("Back to contents | Next item ›", "Valley Media Intelligence · Manage alerts · Unsubscribe from this report");
      return { page, header: { byline: names } };
    },
  },
  {
    // A TV news channel's transcript page: the channel's bar, "Return to Transcripts main page",
    // the show's name in capitals, the headline (with "Aired 6-7p ET" after it on some pages), the
    // date ("Aired January 29, 2020 - 18:00 ET" or "Aired Jan. 29, 2020 at 6 p.m. ET"), the rush
    // transcript notice; then a timestamp, the anchor's introduction ("DANA WHITLOCK, VNN ANCHOR:
    // …"), "(BEGIN VIDEOTAPE)", the correspondent's name and role in capitals before the lead
    // ("ANN LEE, VNN CORRESPONDENT (voice-over): "), timestamps between paragraphs, "(END
    // VIDEOTAPE)", the anchor's thanks, "(COMMERCIAL BREAK)", the ordering notice and the
    // copyright. The correspondent is the byline, in capitals as printed. No photos.
    name: "held-out-tv-transcript",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const hour = ctx.pick([17, 18, 22]);
      const anchor = ctx.pick(TX_ANCHORS).toUpperCase();
      const correspondent = ctx.names[0]!.toUpperCase();
      let minute = 2 + Math.floor(ctx.rng() * 10);
      const stamp = () => `[${hour}:${pad((minute += 1 + Math.floor(ctx.rng() * 2)))}:${pad(Math.floor(ctx.rng() * 60))}]`;
      const show = ctx.pick(TX_SHOWS);
      const page = new Page().cb("VNN", "Live TV | Video | Audio | Transcripts").c("Return to Transcripts main page").c(show);
      page.h(ctx.rng() < 0.4 ? `${ctx.story.title}. Aired ${h12(hour)}-${h12(hour + 1)}p ET` : ctx.story.title);
      page.h(ctx.rng() < 0.6 ? `Aired ${MONTHS[d.m - 1]} ${d.d}, ${d.y} - ${hour}:00   ET` : `Aired ${AP_MONTHS[d.m - 1]} ${d.d}, ${d.y} at ${h12(hour)} ${ampm(hour, "p.m.")} ET`);
      page.c("THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.");
      page.c(stamp());
      page.h(`${anchor}, VNN ANCHOR: ${ctx.pick(TX_INTROS)}`);
      page.c("(BEGIN VIDEOTAPE)");
      const role = ctx.pick(TX_ROLES);
      const voice = ctx.rng() < 0.7 ? "voice-over" : "on camera";
      body(page, { ...ctx, story: { ...ctx.story, captions: [] } }, {
        lead: (p) => `${correspondent}, ${role} (${voice}): ${p}`,
        figure: (c) => [c],
        credit: (name) => name,
        between: { 1: [stamp()], 3: [stamp()] },
      });
      page.c("(END VIDEOTAPE)");
      page.h(`${anchor.split(" ").at(-1)}: ${ctx.names[0]} reporting. Thank you.`);
      page.c("(COMMERCIAL BREAK)", "TO ORDER A VIDEO OF THIS TRANSCRIPT, PLEASE CALL 1-800-555-0134 OR USE OUR SECURE ONLINE ORDER FORM", "Return to Transcripts main page");
      page.h(`© ${d.y} Valley News Network. All Rights Reserved.`);
      return { page, header: { byline: [correspondent] } };
    },
  },
  {
    // A read-later app's copy of a saved story: the app's bar and lists, "← Back to Saved", the
    // headline, then the site's domain, the byline and the date parted by middle dots
    // ("valleygazette.example · by Ann Lee, Bob Stone · Jan 29, 2020"), or the domain, the names
    // and the date on lines of their own with the reading time, or "By Ann Lee & Bob Stone" over a
    // day-first date; some sites give no byline; "View Original" and when it was saved ("Saved 3
    // days ago", "Saved Feb 3, 2020"), the reader's toolbar; credits on the line below the caption
    // ("Ann Lee / The Valley Gazette", "Photo: Ann Lee"); the story's own "Read more:" link; the
    // reader's highlights (a sentence of the story in quotes) with their date, the tags, and the
    // archive buttons at the foot.
    name: "held-out-read-later",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const [domain, paper] = ctx.pick(RL_SITES);
      const roll = ctx.rng();
      const names = roll < 0.2 ? [] : roll < 0.45 ? ctx.names.slice(0, 2) : ctx.names.slice(0, 1);
      const saved = 1 + Math.floor(ctx.rng() * 20);
      const savedOn = dayOf(daysFrom(ctx.story.date, saved));
      const page = new Page().cb("Stash", "Saved | Archive | Favorites | Highlights | Tags", "Search").c("← Back to Saved");
      page.h(ctx.story.title);
      const form = ctx.rng();
      if (form < 0.4) {
        page.c(domain);
        if (names.length) page.h(names.join(" and "));
        page.h(`${MONTHS[d.m - 1]} ${d.d}, ${d.y}`);
        page.c(`${3 + Math.floor(ctx.rng() * 9)} min read`);
      } else if (form < 0.75) {
        page.h(`${domain} · ${names.length ? `by ${names.join(", ")} · ` : ""}${mon(d)} ${d.d}, ${d.y}`);
      } else {
        if (names.length) page.h(`By ${names.join(" & ")}`);
        page.h(`${d.d} ${MONTHS[d.m - 1]} ${d.y}`);
        page.c(domain);
      }
      page.cb("View Original", saved < 7 ? `Saved ${saved} day${saved > 1 ? "s" : ""} ago` : `Saved ${mon(savedOn)} ${savedOn.d}, ${savedOn.y}`);
      page.cb("Archive", "Favorite", "Share", "Aa", "Listen");
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => (cr ? [c, cr] : [c]),
        credit: (name) => (ctx.rng() < 0.5 ? `${name} / ${paper}` : `Photo: ${name}`),
        between: { 2: [`Read more: ${ctx.pick(RELATED)}`] },
        bareCaptions: true,
      });
      const hl = ctx.story.paragraphs[Math.min(1, ctx.story.paragraphs.length - 1)]!;
      page.cb("Highlights (1)", `“${firstSentence(hl)}”`, `Highlighted ${mon(savedOn)} ${savedOn.d}`);
      const tags = RL_TAGS.filter(() => ctx.rng() < 0.4);
      page.c(`Tags: ${tags.length ? tags.join(", ") : "none"}`);
      page.cb("Move to Archive", "Delete", "Open in Browser");
      return { page, header: { byline: names } };
    },
  },
  {
    // A local radio station's Facebook post of a whole story, copied from the page: the site's
    // bar, the station's page name, "29 January 2020 at 17:32 ·" or "January 29, 2020 at 5:32 PM
    // ·", "Shared with Public" on some; the post's first line the headline ("BREAKING: " or a
    // radio before it on some), "By Ann Lee" under it or the story signed below ("— Ann Lee, Valley
    // FM 98.2 News", "Reporting by Ann Lee and Bob Stone"), or no byline; a photo's caption after
    // a camera with its credit in parentheses on some ("📸 … (Photo: Ann Lee)"), "See less", the
    // hashtags, the image's machine description, the reactions, the buttons, the most relevant
    // comments with their ages, and the comment box.
    name: "held-out-fb-page-post",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const station = ctx.pick(FB_PAGES);
      const roll = ctx.rng();
      const names = roll < 0.25 ? [] : roll < 0.4 ? ctx.names.slice(0, 2) : ctx.names.slice(0, 1);
      const top = names.length === 1 && ctx.rng() < 0.5;
      const prefix = ctx.rng();
      const page = new Page().cb("Facebook", "Search Facebook").cb("Home", "Video", "Marketplace", "Groups").c(station);
      page.h(ctx.rng() < 0.5 ? `${d.d} ${MONTHS[d.m - 1]} ${d.y} at ${pad(h)}:${pad(min)} ·` : `${MONTHS[d.m - 1]} ${d.d}, ${d.y} at ${h12(h)}:${pad(min)} ${ampm(h, "PM")} ·`);
      if (ctx.rng() < 0.4) page.c("Shared with Public");
      page.h(prefix < 0.3 ? `BREAKING: ${ctx.story.title}` : prefix < 0.5 ? `📻 ${ctx.story.title}` : ctx.story.title);
      if (top) page.h(`By ${names[0]}`);
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => [cr ? `📸 ${c} (${cr})` : `📸 ${c}`],
        credit: (name) => `Photo: ${name}`,
        between: {},
        bareCaptions: true,
      });
      if (names.length && !top) page.h(names.length > 1 ? `Reporting by ${names.join(" and ")}` : `— ${names[0]}, ${station}`);
      if (ctx.rng() < 0.3) page.c("See less");
      page.c([FB_TAGS[0]!, ...FB_TAGS.slice(1).filter(() => ctx.rng() < 0.4)].join(" "));
      page.c(ctx.pick(FB_ALTS));
      page.cb("All reactions:", String(5 + Math.floor(ctx.rng() * 400)), `${Math.floor(ctx.rng() * 80)} comments`, `${Math.floor(ctx.rng() * 50)} shares`);
      page.cb("Like", "Comment", "Share").c("Most relevant");
      for (let i = 0, n = 1 + Math.floor(ctx.rng() * 2); i < n; i++) page.cb(anyName(ctx), ctx.pick(FB_COMMENTS), `${1 + Math.floor(ctx.rng() * 20)}h`, "Like", "Reply");
      page.c("View more comments", "Write a comment…");
      return { page, header: { byline: names } };
    },
  },
];
