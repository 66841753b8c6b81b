/**
 * A twelfth held-out group of outlet styles for the import evaluation (issue 13), written before
 * reading the importer's code (only src/ingest/eval/, scripts/eval-import.ts, the evaluation test
 * and README.md were read), to be scored untouched. The big national and international
 * English-language news sites that contributors copy from most, as their pages came out of a
 * desktop or mobile browser's "select all" between 2019 and 2024, each written from memory of how
 * that kind of site's text copies: a wire agency's own site in its older layout ("AP NEWS", "Click
 * to copy", topic chips, "By ANN LEE and BOB STONE", "January 29, 2020 GMT") or its newer one
 * ("Updated 5:32 PM EST, January 29, 2020", the share menu with "Copy Link copied", "(AP
 * Photo/Ann Lee, File)" over "Read More", "Related Stories" between paragraphs, "Associated Press
 * writer … contributed to this report.", the author's card and the footer's mission statement);
 * a second wire's site ("January 29, 2020 / 5:32 PM / Updated 2 hours ago" and the names without
 * "By", or "January 29, 20205:32 PM ESTUpdated 4 years ago" glued, "WASHINGTON, Jan 29 (Reuters) -
 * ", "REUTERS/Ann Lee/File Photo" after the caption's stop over "Purchase Licensing Rights", a
 * gallery's "[1/2]" glued before the caption, the registration prompt, "Reporting by …; Editing by
 * …" and "Our Standards: The Thomson Reuters Trust Principles."); a cable news site (the older
 * "Updated 2232 GMT (0632 HKT) January 29, 2020" or "Updated 5:32 PM ET, Wed January 29, 2020",
 * "Washington (CNN)The …" glued, galleries' "Hide Caption" and "1 of 12", "JUST WATCHED" video
 * blocks; the newer ad feedback form, "By Ann Lee and Bob Stone, CNN", "Analysis by …", "Updated
 * 5:32 PM EST, Wed January 29, 2020", "Link Copied!", "Video Ad Feedback" over the video's title
 * and "02:15 - Source: CNN", "Washington CNN — ", credits glued after the caption's stop or on the
 * next line, "Related article"); a paper of record ("Skip to contentSkip to site index",
 * "Supported by", the dek, "By Ann Lee, Bob Stone and Carol Diaz", "Jan. 29, 2020" over "Updated
 * 9:04 p.m. ET", "Published Jan. 29, 2020Updated Jan. 30, 2020, 9:04 a.m. ET" glued, "Reporting
 * from Washington" below the names, "Image" over the caption, "Credit...Ann Lee for The New York
 * Times" or the older "…on Tuesday.CreditAnn Lee/The New York Times" glued, "WASHINGTON — ",
 * "Advertisement" over "SKIP ADVERTISEMENT" or "Continue reading the main story", "Send any friend
 * a story", the contributors' line, the print edition's line and the footer); a public
 * broadcaster's news pages in three layouts (2019's "Share this with" and "Image copyright" over
 * "Image caption", "Media playback is unsupported on your device"; the later "Published 29 January
 * 2020" with "Image source, …" and "Image caption, …", "Related Topics", "More on this story";
 * 2024's date alone, "Share" and "Save", the name over the desk and the credit alone above the
 * caption); a Gulf-based international channel ("News|Politics", the dek, "Published On 29 Jan
 * 202029 Jan 2020" where the screen reader's date meets the shown one, "Listen to this article",
 * "Keep reading" with "list 1 of 4" … "end of list", "[Ann Lee/Reuters]" after the caption,
 * "Source: Al Jazeera and news agencies", or the 2019 layout's "by Ann Lee" and "29 Jan 2020 22:32
 * GMT"); a US cable channel's site ("Published January 29, 2020 5:32pm EST" above the headline or
 * below "By Ann Lee , Bob Stone | Fox News", the video's "close" and "Video", headlines in
 * capitals between paragraphs, "CLICK HERE TO GET THE FOX NEWS APP", "(AP Photo/Ann Lee)", the
 * reporter's note and the long legal line); and a national public radio network's story
 * ("January 29, 20205:32 PM ET" glued, "Updated …" over "Published …", "Heard on All Things
 * Considered" with the player's "Listen · 3:52", "Download", "Embed" and "Transcript", each name
 * over its "Facebook" and "Twitter", the photo's "Enlarge this image", its credit, "hide caption",
 * "toggle caption" and the credit again). Mastheads and agency names are the real ones, as the
 * copied text would carry them; people, headlines of other stories and bios are made up, and no
 * outlet's page is copied.
 */
import { ampm, AP_MONTHS, body, daysFrom, dayOf, FIRST, h12, LAST, mon, MONTHS, nextDay, pad, Page, shortWeekday, type Ctx, type Day, type Style } from "./outlets.ts";

/** Headlines of the site's other stories, for "Related Stories", "Read Next" and the like. */
const NATIONAL_RELATED = [
  "Senate passes stopgap bill hours before shutdown deadline",
  "Storm knocks out power to thousands across the Northeast",
  "Central bank holds rates steady, signals cuts later this year",
  "Wildfire smoke prompts air quality alerts in three states",
  "Supreme Court agrees to hear challenge to state voting law",
  "Airline cancels hundreds of flights after computer outage",
  "Measles cases climb as health officials urge vaccination",
  "Oil prices slide on signs of weaker demand",
];
const VIDEO_TITLES = [
  "See the moment crews reached the scene",
  "Hear what officials said at Wednesday's briefing",
  "Reporter explains what happens next",
  "Aerial footage shows the extent of the damage",
  "Why this decision matters",
];
const AP_TOPICS = ["AP Top News", "Politics", "U.S. News", "International News", "Health", "Business", "Climate", "Courts"];
const AP_CITIES = ["Washington", "New York", "Chicago", "Los Angeles", "London", "Atlanta"];
const AP_BEATS = ["national politics", "the White House", "courts and legal affairs", "climate and the environment", "international news"];
const REUTERS_MONTHS = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"];
const REUTERS_SECTIONS = [
  ["World", "Europe"],
  ["World", "Americas"],
  ["World", "Asia Pacific"],
  ["Business", "Energy"],
  ["Legal", "Government"],
  ["World", "US"],
];
const REUTERS_EDITORS = ["Chris Reese", "Leslie Adler", "Peter Cooney", "Sandra Maler", "Alex Richardson", "Nick Macfie"];
const CNN_PLACES = ["Washington", "New York", "London", "Atlanta", "Hong Kong", "Los Angeles"];
const CNN_SECTIONS = ["Politics", "World", "US", "Business", "Health", "Climate"];
const CNN_CREDITS = ["Getty Images", "AP", "Reuters", "CNN", "AFP/Getty Images", "Bloomberg/Getty Images"];
const NYT_SECTIONS = ["U.S.", "World", "Politics", "Business", "Climate", "New York"];
const NYT_CITIES = ["Washington", "London", "Chicago", "Los Angeles", "Houston", "Paris", "Brussels", "Seattle"];
const NYT_DEKS = [
  "The decision, weeks in the making, was welcomed by some officials and criticized by others.",
  "Officials said the full picture might not be clear for days.",
  "The move is likely to face legal challenges, experts said.",
  "Residents and officials described a frantic few hours as events unfolded.",
  "It is the latest sign of how quickly the situation has shifted.",
];
const NYT_ROLES = ["correspondent", "reporter", "national correspondent", "foreign correspondent"];
const NYT_BEATS = ["politics and policy", "climate and the environment", "international affairs", "public health", "the courts"];
const BBC_DESKS = ["BBC News", "BBC News, Washington", "BBC News, London", "Political correspondent", "Business reporter, BBC News", "BBC World Service"];
const BBC_REGIONS = ["World", "Africa", "Asia", "Australia", "Europe", "Latin America", "Middle East", "US & Canada", "UK"];
const BBC_TOPICS = ["Climate change", "Elections", "Health", "Transport", "Courts", "Economy"];
const BBC_CREDITS = ["Getty Images", "Reuters", "EPA", "PA Media", "AFP", "BBC", "AFP via Getty Images", "Family handout"];
const AJ_TOPICS = ["Politics", "Conflict", "Climate Crisis", "Economy", "Elections", "Health", "Human Rights"];
const AJ_REGIONS = ["Middle East", "Africa", "Asia", "US & Canada", "Latin America", "Europe", "Asia Pacific"];
const AJ_DEKS = [
  "Officials say the decision could have far-reaching consequences for the region.",
  "The move comes amid mounting pressure from rights groups and opposition leaders.",
  "Critics say the plan fails to address the root causes of the crisis.",
  "Residents describe scenes of chaos as authorities struggle to respond.",
];
const AJ_NEWSLETTERS = ["Week in the Middle East", "Americas Coverage", "Africa Coverage", "Asia Coverage"];
const FOX_SECTIONS = ["Politics", "U.S.", "World", "Media", "Crime", "Health"];
const FOX_DEKS = [
  "Officials said more details would be released in the coming days",
  "The announcement drew swift reaction from lawmakers on both sides of the aisle",
  "Critics say the move raises new questions about the response",
  "Authorities are urging residents to stay alert",
];
const FOX_ROLES = ["reporter", "politics reporter", "breaking news reporter", "writer"];
const NPR_SECTIONS = ["Politics", "National", "World", "Health", "Science", "Business", "Climate"];
const NPR_SHOWS = ["All Things Considered", "Morning Edition", "Weekend Edition Saturday", "Weekend Edition Sunday"];

/** US Eastern time's abbreviation for the day: daylight time from April to October, roughly. */
const eastern = (day: Day) => (day.m >= 4 && day.m <= 10 ? "EDT" : "EST");
/** "5:32 PM", "5:32 p.m.", "5:32 pm" */
const clock = (hh: number, mm: number, style: "PM" | "p.m." | "pm") => `${h12(hh)}:${pad(mm)} ${ampm(hh, style)}`;
/** A third reporter, different from the two the generator drew. */
const thirdName = (ctx: Ctx) => {
  let name = `${ctx.pick(FIRST)} ${ctx.pick(LAST)}`;
  for (let i = 0; i < 20 && ctx.names.includes(name); i++) name = `${ctx.pick(FIRST)} ${ctx.pick(LAST)}`;
  return name;
};
/** One reporter, two, or (`three` of the time) three. */
const crew = (ctx: Ctx, two: number, three: number): string[] => {
  const r = ctx.rng();
  return r < three ? [...ctx.names.slice(0, 2), thirdName(ctx)] : r < three + two ? ctx.names.slice(0, 2) : ctx.names.slice(0, 1);
};
/** "Ann Lee", "Ann Lee and Bob Stone", "Ann Lee, Bob Stone and Carol Diaz" */
const joinNames = (names: readonly string[]) => (names.length < 3 ? names.join(" and ") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`);
const surname = (name: string) => name.split(" ").at(-1)!;
/** `n` different headlines of the site's other stories, in the generator's order. */
const related = (ctx: Ctx, n: number) => {
  const pool = [...NATIONAL_RELATED];
  return Array.from({ length: n }, () => pool.splice(Math.floor(ctx.rng() * pool.length), 1)[0]!);
};
/** An update the next morning, or the same evening a few hours after the story was posted. */
const updateOf = (ctx: Ctx, nextDayShare: number) =>
  ctx.rng() < nextDayShare ? { iso: nextDay(ctx.story.date), hh: 9, mm: 4 } : { iso: ctx.story.date, hh: Math.min(ctx.time.h + 3, 23), mm: (ctx.time.min + 17) % 60 };
/** The year a newer layout was copied in: the footer's year, not the story's. */
const copyYear = (ctx: Ctx, day: Day) => Math.max(day.y, 2023) + (ctx.rng() < 0.5 ? 0 : 1);
/** A video's length as a player shows it: "02:15". */
const runtime = (ctx: Ctx) => `${pad(1 + Math.floor(ctx.rng() * 4))}:${pad(Math.floor(ctx.rng() * 60))}`;
/** The print edition's shorter headline: the web one's first words before a semicolon or colon, without a dangling small word. */
const printHeadline = (title: string) => {
  const words = title.split(/[;:]/)[0]!.replace(/,/g, "").trim().split(" ").slice(0, 6);
  while (words.length > 3 && /^(?:a|an|the|of|to|in|on|at|for|and|or|as|by|with|after|from)$/i.test(words.at(-1)!)) words.pop();
  return words.join(" ");
};
/** A story paragraph added below the story (a contributors' or reporting line). */
const tail = (page: Page, line: string) => {
  page.blocks.push([line]);
  page.story.push(line);
};
/** A block of header lines (the reporter's name) with chrome lines (social links) among them. */
const mixed = (page: Page, lines: readonly { text: string; chrome: boolean }[]) => {
  page.blocks.push(lines.map((l) => l.text));
  page.chrome.push(...lines.filter((l) => l.chrome).map((l) => l.text));
};

export const HELD_OUT_TWELFTH_STYLES: readonly Style[] = [
  {
    // A wire agency's own news site. The older layout: "AP NEWS" and its bar, "Click to copy",
    // topic chips, the headline, "By ANN LEE and BOB STONE" (or "By The Associated Press") and
    // "January 29, 2020" or "January 29, 2020 GMT", "(AP Photo/Ann Lee)" after the caption's stop,
    // "ADVERTISEMENT"; the copyright line. The newer layout: the site's bar, the headline, the names
    // over "Updated 5:32 PM EST, January 29, 2020" (or "Published …"), on one block or two, the
    // share menu ("Copy Link copied" or "Copy" over "Link copied"), "Read More" below each caption,
    // "ADVERTISEMENT" and "Related Stories" between paragraphs; "Associated Press writer Ann Lee in
    // Chicago contributed to this report." as the story's last line on some, the authors' cards
    // (the name in capitals over "Lee covers …"), "twitter" and "mailto", the footer.
    name: "held-out-apnews",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const newer = ctx.rng() < 0.6;
      const agency = ctx.rng() < 0.12;
      const names = agency ? [] : crew(ctx, 0.3, 0.08);
      const byline = agency ? "By The Associated Press" : `By ${joinNames(names.map((n) => n.toUpperCase()))}`;
      const page = new Page();
      if (newer) {
        page.cb("Skip to main content", "AP Logo", "Menu", "World", "U.S.", "Politics", "Sports", "Entertainment", "Business", "Science", "Fact Check", "Oddities", "Be Well", "Newsletters", "Photography", "Search", "Donate");
        page.h(ctx.story.title);
        const stamp = `${ctx.rng() < 0.7 ? "Updated" : "Published"} ${clock(h, min, "PM")} ${eastern(d)}, ${MONTHS[d.m - 1]} ${d.d}, ${d.y}`;
        if (ctx.rng() < 0.5) page.h(byline, stamp);
        else page.h(byline).h(stamp);
        const copy = ctx.rng() < 0.5 ? ["Copy Link copied"] : ["Copy", "Link copied"];
        page.cb("Share", "Share", "Facebook", ...copy, "Print", "Email", "X", "LinkedIn", "Bluesky", "Flipboard", "Pinterest", "Reddit");
      } else {
        page.cb("AP NEWS", "Top Stories", "Topics", "Video", "Listen", "AP RADIO").c("Click to copy");
        const topics = AP_TOPICS.filter(() => ctx.rng() < 0.3);
        page.cb("Related topics", ...(topics.length ? topics : ["AP Top News"]));
        page.h(ctx.story.title);
        page.h(byline).h(`${MONTHS[d.m - 1]} ${d.d}, ${d.y}${ctx.rng() < 0.5 ? " GMT" : ""}`);
        page.c("Click to copy");
      }
      body(page, ctx, {
        lead: (p) => `${ctx.place} (AP) — ${p}`,
        figure: (c, cr) => {
          const line = cr ? `${c}. (${cr})` : `${c}.`;
          if (!newer) return [line];
          page.chrome.push("Read More");
          return [line, "Read More"];
        },
        credit: (who) => {
          const r = ctx.rng();
          return r < 0.7 ? `AP Photo/${who}` : r < 0.88 ? `AP Photo/${who}, File` : `AP Photo/${who}, Pool`;
        },
        between: newer ? { 1: ["ADVERTISEMENT"], 2: ["Related Stories", ...related(ctx, 3)], 3: ["ADVERTISEMENT"] } : { 2: ["ADVERTISEMENT"] },
      });
      if (ctx.rng() < 0.4) tail(page, `Associated Press writer ${thirdName(ctx)} in ${ctx.pick(AP_CITIES)} contributed to this report.`);
      if (newer) {
        if (ctx.rng() < 0.7) {
          for (const name of names) {
            mixed(page, [
              { text: name.toUpperCase(), chrome: false },
              { text: `${surname(name)} covers ${ctx.pick(AP_BEATS)} for The Associated Press.`, chrome: false },
              { text: "twitter", chrome: true },
              { text: "mailto", chrome: true },
            ]);
          }
        }
        page.c("ADVERTISEMENT");
        page.cb(
          "The Associated Press is an independent global news organization dedicated to factual reporting. Founded in 1846, AP today remains the most trusted source of fast, accurate, unbiased news in all formats.",
          "Contact Us",
          "Accessibility Statement",
          "Terms of Use",
          "Privacy Policy",
          "Cookie Settings",
          "Do Not Sell or Share My Personal Information",
          "More From AP News",
          "About",
          "AP News Values and Principles",
          "AP Stylebook",
        );
        page.h(`Copyright ${copyYear(ctx, d)} The Associated Press. All Rights Reserved.`);
      } else {
        page.h(`Copyright ${d.y} The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.`);
      }
      return { page, header: { byline: names, dateline: ctx.place } };
    },
  },
  {
    // A second wire agency's site. 2019's layout: the site's bar and the section, "January 29,
    // 2020 / 5:32 PM / Updated 2 hours ago" above the headline, the names without "By" parted by
    // commas over "3 Min Read", "WASHINGTON (Reuters) - ", "REUTERS/Ann Lee" after the caption's
    // stop. The 2021-24 layout: "Exclusive news, data and analytics for financial market
    // professionalsLearn more aboutRefinitiv" glued, the section and its subsection, "By Ann Lee
    // and Bob Stone" above or below "January 29, 20205:32 PM ESTUpdated 2 hours ago" glued (or the
    // time alone, or "Updated 4 years ago" on an old story), "3 min read", "WASHINGTON, Jan 29
    // (Reuters) - ", "[1/2]" glued before the caption on a gallery, the credit after the stop over
    // "Purchase Licensing Rights" (or "Acquire Licensing Rights, opens new tab"), the registration
    // prompt and "Advertisement · Scroll to continue" between paragraphs, the authors' cards over
    // "Thomson Reuters". Every page ends its story with "Reporting by …; Editing by …" (kept as the
    // story's text) and "Our Standards: The Thomson Reuters Trust Principles."
    name: "held-out-reuters",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const era = ctx.rng();
      const old = era < 0.3;
      const latest = era >= 0.65;
      const names = crew(ctx, 0.3, 0.07);
      const zone = ctx.pick([eastern(d), eastern(d), "GMT", "UTC"]);
      const ago = ctx.pick(["Updated 2 hours ago", "Updated an hour ago", "Updated 4 years ago", "Updated a day ago", "Updated 3 min ago", ""]);
      const page = new Page();
      const photos = Math.min(ctx.story.captions.length, ctx.story.paragraphs.length - 1);
      const gallery = latest && photos > 0 && ctx.rng() < 0.5;
      let shown = 0;
      if (old) {
        page.cb("Reuters", "World News", "Business", "Markets", "Politics", "TV", "More").c(ctx.pick(["World News", "Business News", "U.S. News", "Environment"]));
        page.h(`${MONTHS[d.m - 1]} ${d.d}, ${d.y} / ${clock(h, min, "PM")} / ${ago ? ago.replace("Updated 4 years ago", "a year ago") : "Updated an hour ago"}`);
        page.h(ctx.story.title);
        page.h(names.join(", "));
        page.c(`${2 + Math.floor(ctx.rng() * 4)} Min Read`);
      } else {
        page.cb(
          "Skip to main content",
          `Exclusive news, data and analytics for financial market professionalsLearn more about${latest ? "LSEG" : "Refinitiv"}`,
          "Reuters home",
          "World",
          "Business",
          "Markets",
          "Sustainability",
          "Legal",
          "Breakingviews",
          "Technology",
          "Investigations",
          "More",
          "My News",
          "Sign In",
          "Register",
        );
        page.cb(...ctx.pick(REUTERS_SECTIONS));
        page.h(ctx.story.title);
        const stamp = `${MONTHS[d.m - 1]} ${d.d}, ${d.y}${clock(h, min, "PM")} ${zone}${ago}`;
        if (ctx.rng() < 0.7) page.h(`By ${joinNames(names)}`).h(stamp);
        else page.h(stamp).h(`By ${joinNames(names)}`);
        if (!latest) page.c(`${2 + Math.floor(ctx.rng() * 4)} minute read`);
      }
      const rm = REUTERS_MONTHS[d.m - 1]!;
      const between: Record<number, string[]> = old
        ? { 2: ["Advertisement"] }
        : latest
          ? { 1: ["Advertisement · Scroll to continue"], 3: ["Advertisement · Scroll to continue"] }
          : { 0: ["Register now for FREE unlimited access to Reuters.com", "Register"], 2: ["Advertisement · Scroll to continue"] };
      body(page, ctx, {
        lead: (p) => (old ? `${ctx.place} (Reuters) - ${p}` : `${ctx.place}, ${rm} ${d.d} (Reuters) - ${p}`),
        figure: (c, cr) => {
          shown++;
          const line = `${gallery ? `[${shown}/${photos}]` : ""}${c}. ${cr}`;
          if (old) return [line];
          const rights = latest ? "Acquire Licensing Rights, opens new tab" : "Purchase Licensing Rights";
          page.chrome.push(rights);
          return [line, rights];
        },
        credit: (who) => {
          const r = ctx.rng();
          return r < 0.65 ? `REUTERS/${who}` : r < 0.85 ? `REUTERS/${who}/File Photo` : `REUTERS/${who}/Pool`;
        },
        between,
      });
      const cities = names.map(() => ctx.pick(["Washington", "London", "New York", "Brussels", "Geneva", "Singapore"]));
      const reporting = ctx.rng() < 0.5 ? names.map((n, i) => `${n} in ${cities[i]}`).join(" and ") : joinNames(names);
      const extra = ctx.rng() < 0.35 ? `; Additional reporting by ${thirdName(ctx)}` : "";
      const editors = ctx.rng() < 0.3 ? `${ctx.pick(REUTERS_EDITORS.slice(0, 3))} and ${ctx.pick(REUTERS_EDITORS.slice(3))}` : ctx.pick(REUTERS_EDITORS);
      tail(page, `Reporting by ${reporting}${extra}; Editing by ${editors}`);
      page.c(latest ? "Our Standards: The Thomson Reuters Trust Principles., opens new tab" : "Our Standards: The Thomson Reuters Trust Principles.");
      if (latest) {
        for (const name of names) {
          if (ctx.rng() < 0.6) page.h(name, "Thomson Reuters", `${name.split(" ")[0]} reports on ${ctx.pick(AP_BEATS)} from ${ctx.pick(["London", "Washington", "Brussels", "Singapore"])}.`);
        }
      }
      if (!old) page.cb("Read Next", ...related(ctx, 2));
      page.c("All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.");
      page.h(`© ${old ? d.y : copyYear(ctx, d)} Reuters. All rights reserved`);
      return { page, header: { byline: names, dateline: ctx.place } };
    },
  },
  {
    // A cable news network's site. The older layout: the bar, the headline, "By Ann Lee, CNN",
    // "Updated 2232 GMT (0632 HKT) January 29, 2020" (the international edition, when the hour in
    // GMT is still that day) or "Updated 5:32 PM ET, Wed January 29, 2020", the Messenger prompt,
    // "Washington (CNN)The …" with the tag glued to the first word (or "(CNN)" alone), gallery
    // captions over "Hide Caption" and "1 of 12" without a credit, a "JUST WATCHED" video block,
    // "CNN's Ann Lee contributed to this report." as the story's last line on some. The newer
    // layout: the ad feedback form's text at the top, the section, "By Ann Lee and Bob Stone, CNN"
    // ("Analysis by …", "…, CNN Business"), "5 min read", "Updated 5:32 PM EST, Wed January 29,
    // 2020" or "Published …", "Link Copied!", a video ("Video Ad Feedback", its title, "02:15 -
    // Source: CNN"), "Washington CNN — ", credits after the caption's stop on the same line or the
    // next, "Ad Feedback" and "Related article" between paragraphs, the account menu and footer.
    name: "held-out-cnn",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const newer = ctx.rng() < 0.6;
      const names = crew(ctx, 0.35, 0.08);
      const r = ctx.rng();
      const byline = `${r < 0.12 ? "Analysis by" : "By"} ${joinNames(names)}, ${r > 0.85 ? "CNN Business" : "CNN"}`;
      const place = ctx.rng() < 0.75 ? ctx.pick(CNN_PLACES) : undefined;
      const page = new Page();
      const video = (title: string) => ["Video Ad Feedback", title, `${runtime(ctx)} - Source: CNN`];
      if (!newer) {
        page.cb("Live TV", "Edition", "U.S.", "International", "Arabic", "Español", "World", "US Politics", "Business", "Opinion", "Health", "Entertainment", "Style", "Travel", "Sports", "Videos", "More");
        page.h(ctx.story.title).h(byline);
        const gmt = h + 5;
        page.h(
          gmt < 24 && ctx.rng() < 0.5
            ? `Updated ${pad(gmt)}${pad(min)} GMT (${pad((gmt + 8) % 24)}${pad(min)} HKT) ${MONTHS[d.m - 1]} ${d.d}, ${d.y}`
            : `Updated ${clock(h, min, "PM")} ET, ${shortWeekday(d)} ${MONTHS[d.m - 1]} ${d.d}, ${d.y}`,
        );
        if (ctx.rng() < 0.5) page.c("Chat with us in Facebook Messenger. Find out what's happening in the world as it unfolds.");
        const watched = ctx.pick(VIDEO_TITLES);
        body(page, ctx, {
          lead: (p) => `${place ? `${place} ` : ""}(CNN)${p}`,
          figure: (c) => {
            const count = `1 of ${5 + Math.floor(ctx.rng() * 12)}`;
            page.chrome.push("Hide Caption", count);
            return [`${c}.`, "Hide Caption", count];
          },
          credit: (who) => who,
          between: { 1: ["JUST WATCHED", watched, "Replay", "More Videos ...", "MUST WATCH", `${watched} ${runtime(ctx)}`] },
          bareCaptions: "all",
        });
        if (ctx.rng() < 0.4) tail(page, `CNN's ${thirdName(ctx)} contributed to this report.`);
        page.cb("Paid Content", "Search CNN...", "US", "World", "Politics", "Business", "Opinion", "Health");
        page.h(`© ${d.y} Cable News Network. ${d.y <= 2021 ? "A Warner Media Company" : "A Warner Bros. Discovery Company"}. All Rights Reserved.`);
        page.c("CNN Sans ™ & © 2016 Cable News Network.");
        return { page, header: { byline: names, ...(place ? { dateline: place } : {}) } };
      }
      page.cb(
        "CNN values your feedback",
        "1. How relevant is this ad to you?",
        "2. Did you encounter any technical issues?",
        "Video player was slow to load content",
        "Video content never loaded",
        "Ad froze or did not finish loading",
        "Video content did not start after ad",
        "Audio on ad was too loud",
        "Other issues",
        "Ad never loaded",
        "Ad prevented/slowed the page from loading",
        "Content moved around while ad loaded",
        "Ad was repetitive to ads I've seen previously",
        "Other issues",
        "Cancel",
        "Submit",
        "Thanks! Your effort and contribution in providing this feedback is much",
        "appreciated.",
        "Close",
      );
      page.c(ctx.pick(CNN_SECTIONS));
      page.h(ctx.story.title);
      const stamp = `${ctx.rng() < 0.6 ? "Updated" : "Published"} ${clock(h, min, "PM")} ${eastern(d)}, ${shortWeekday(d)} ${MONTHS[d.m - 1]} ${d.d}, ${d.y}`;
      const minutes = `${3 + Math.floor(ctx.rng() * 6)} min read`;
      if (ctx.rng() < 0.7) {
        page.h(byline);
        page.c(minutes);
        page.h(stamp);
      } else {
        page.h(stamp);
        page.h(byline);
        page.c(minutes);
      }
      page.c("Link Copied!");
      if (ctx.rng() < 0.4) page.cb(...video(ctx.pick(VIDEO_TITLES)));
      const sameLine = ctx.rng() < 0.5;
      body(page, ctx, {
        lead: (p) => `${place ? `${place} ` : ""}CNN — ${p}`,
        figure: (c, cr) => (cr ? (sameLine ? [`${c}. ${cr}`] : [`${c}.`, cr]) : [`${c}.`]),
        credit: (who) => {
          const x = ctx.pick(CNN_CREDITS);
          return x === "Reuters" && ctx.rng() < 0.5 ? "Courtesy Valley Water Board" : `${who}/${x}`;
        },
        between: { 0: ["Ad Feedback"], 1: ["Related article", ctx.pick(NATIONAL_RELATED)], 2: ["Ad Feedback"], 3: video(ctx.pick(VIDEO_TITLES)) },
        bareCaptions: true,
      });
      if (ctx.rng() < 0.4) tail(page, `CNN’s ${thirdName(ctx)} contributed to this report.`);
      page.cb("Search", "Log In", "My Account", "Settings", "Topics you follow", "Log Out", "Your CNN account", "Log in to your CNN account");
      page.h(`© ${copyYear(ctx, d)} Cable News Network. A Warner Bros. Discovery Company. All Rights Reserved.`);
      page.c("CNN Sans ™ & © 2016 Cable News Network.");
      return { page, header: { byline: names, ...(place ? { dateline: place } : {}) } };
    },
  },
  {
    // A paper of record. The older layout: "Skip to contentSkip to site index" glued, the section,
    // "Supported by" over "Continue reading the main story", the headline and its dek, "By Ann
    // Lee" (two or three names, or "By The Associated Press" with "DENVER (AP) — "), "Jan. 29,
    // 2020" with "Updated 9:04 p.m. ET" below it on a same-day update, or "Published Jan. 29,
    // 2020Updated Jan. 30, 2020, 9:04 a.m. ET" glued; "Image" over the caption with the credit
    // glued after its stop ("….CreditAnn Lee for The New York Times") or on the next line as
    // "Credit...Ann Lee"; "WASHINGTON — " on some; "Advertisement" over "Continue reading the main
    // story" between paragraphs, a bracketed newsletter prompt. The newer layout: the section bar,
    // "Advertisement" and "SKIP ADVERTISEMENT" around "Supported by", "Share full article" and the
    // comment count, the names over "Reporting from Washington" on some, "Jan. 29, 2020, 5:32 p.m.
    // ET" or the glued update, "Listen to this article · 7:12 min Learn more", "Send any friend a
    // story" and the gift box. Below: the contributors' line as the story's on some ("Ann Lee
    // reported from Washington, and Bob Stone from New York."), the authors' notes with "More about
    // …", the print edition's line, "Related Content" and the footer.
    name: "held-out-nytimes",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const newer = ctx.rng() < 0.55;
      const wire = ctx.rng() < 0.1;
      const names = wire ? [] : crew(ctx, 0.35, 0.1);
      const byline = wire ? "By The Associated Press" : `By ${joinNames(names)}`;
      const dek = ctx.rng() < 0.85 ? ctx.pick(NYT_DEKS) : undefined;
      const ap = (day: Day) => `${AP_MONTHS[day.m - 1]} ${day.d}, ${day.y}`;
      const upd = ctx.rng() < 0.5 ? updateOf(ctx, 0.5) : undefined;
      const city = ctx.pick(NYT_CITIES);
      const leadDateline = !newer && !wire && ctx.rng() < 0.45;
      const reportingFrom = newer && !wire && ctx.rng() < 0.5;
      const section = ctx.pick(NYT_SECTIONS);
      const ad = newer ? ["Advertisement", "SKIP ADVERTISEMENT"] : ["Advertisement", "Continue reading the main story"];
      const page = new Page();
      if (newer) {
        page.cb("Skip to contentSkip to site indexSearch & Section Navigation", "Section Navigation", "Search", section, "Log in", "Today’s Paper");
        page.c("Advertisement", "SKIP ADVERTISEMENT", "Supported by", "SKIP ADVERTISEMENT");
      } else {
        page.cb("Skip to contentSkip to site index", section, "Log In", "Today’s Paper");
        page.c("Supported by", "Continue reading the main story");
      }
      page.h(ctx.story.title);
      if (dek) {
        page.h(dek);
        page.dek = dek;
      }
      if (newer) page.cb("Share full article", String(40 + Math.floor(ctx.rng() * 900)));
      page.h(byline, ...(reportingFrom ? [`Reporting from ${city}`] : []));
      const u = upd ? dayOf(upd.iso) : undefined;
      if (!upd || !u) page.h(newer && ctx.rng() < 0.6 ? `${ap(d)}, ${clock(h, min, "p.m.")} ET` : ap(d));
      else if (!newer && upd.iso === ctx.story.date) page.h(ap(d), `Updated ${clock(upd.hh, upd.mm, "p.m.")} ET`);
      else if (newer && ctx.rng() < 0.4) page.h(`Published ${ap(d)}, ${clock(h, min, "p.m.")} ET`, `Updated ${ap(u)}, ${clock(upd.hh, upd.mm, "p.m.")} ET`);
      else page.h(`Published ${ap(d)}Updated ${ap(u)}, ${clock(upd.hh, upd.mm, "p.m.")} ET`);
      if (newer) {
        if (ctx.rng() < 0.4) page.c(`Listen to this article · ${4 + Math.floor(ctx.rng() * 8)}:${pad(Math.floor(ctx.rng() * 60))} min Learn more`);
        if (ctx.rng() < 0.6) page.cb("Send any friend a story", "As a subscriber, you have 10 gift articles to give each month. Anyone can read what you share.", "Give this article");
      }
      const glued = !newer && ctx.rng() < 0.6;
      body(page, ctx, {
        lead: (p) => (wire ? `${ctx.place} (AP) — ${p}` : leadDateline ? `${city.toUpperCase()} — ${p}` : p),
        figureChrome: ["Image"],
        figure: (c, cr) => (glued ? [`${c}.Credit${cr}`] : [`${c}.`, `Credit...${cr}`]),
        credit: (who) => {
          const r = ctx.rng();
          return r < 0.45 ? `${who} for The New York Times` : r < 0.7 ? `${who}/The New York Times` : r < 0.8 ? `${who}/Associated Press` : r < 0.9 ? `Pool photo by ${who}` : `${who}/Agence France-Presse — Getty Images`;
        },
        between: newer ? { 0: ad, 3: ad } : { 0: ad, 2: ["[Sign up for our morning newsletter, delivered to your inbox every weekday.]"], 3: ad },
      });
      if (names.length > 1 && ctx.rng() < 0.5) tail(page, `${names[0]} reported from ${city}, and ${names[1]} from New York.`);
      else if (ctx.rng() < 0.3) tail(page, `${thirdName(ctx)} contributed reporting.`);
      if (newer) {
        for (const name of names) {
          if (ctx.rng() < 0.6) {
            page.h(`${name} is a ${ctx.pick(NYT_ROLES)} for The Times, covering ${ctx.pick(NYT_BEATS)}.`);
            page.c(`More about ${name}`);
          }
        }
      }
      const next = dayOf(nextDay(ctx.story.date));
      page.c(
        `A version of this article appears in print on ${ap(next)}, Section A, Page ${1 + Math.floor(ctx.rng() * 24)} of the New York edition with the headline: ${printHeadline(ctx.story.title)}. Order Reprints | Today’s Paper | Subscribe`,
      );
      if (newer) page.cb("Share full article", "Related Content");
      else page.cb("Related Coverage", ...related(ctx, 2));
      page.c("Site Index", "Site Information Navigation");
      page.h(`© ${newer ? copyYear(ctx, d) : d.y} The New York Times Company`);
      page.cb("NYTCo", "Contact Us", "Accessibility", "Work with us", "Advertise", "T Brand Studio", "Your Ad Choices", "Privacy Policy", "Terms of Service", "Terms of Sale", "Site Map", "Help", "Subscriptions");
      return {
        page,
        header: {
          byline: names,
          ...(wire ? { dateline: ctx.place } : leadDateline ? { dateline: city.toUpperCase() } : reportingFrom ? { dateline: city } : {}),
          ...(upd ? { updated: upd.iso } : {}),
        },
      };
    },
  },
  {
    // A public broadcaster's news pages in three layouts. 2019: the network's bar and the news
    // bar, the region's links, the headline, "29 January 2020" and "Share this with" with its
    // buttons, "By Ann Lee" (or "By Ann Lee & Bob Stone") over the desk above or below the date, or
    // no byline; "Image copyright" over the credit and "Image caption" over the caption, or each
    // label on the line of its text; "Media playback is unsupported on your device" and "Media
    // caption …" for a video; "Share this story About sharing", "More on this story". The later
    // layout: "Published 29 January 2020" (with "Updated 30 January 2020" on some), the share
    // panel, "Related Topics" at the top, "Image source, Getty Images" over "Image caption, …", or
    // the caption alone, "Media caption, …". 2024: the date alone, "Share" and "Save", the name
    // over the desk without "By", the credit alone above the caption, "Related" at the foot.
    name: "held-out-bbc-news",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const era = ctx.rng();
      const e2019 = era < 0.3;
      const e2024 = era >= 0.7;
      const roll = ctx.rng();
      const names = roll < 0.35 ? [] : roll < 0.5 ? ctx.names.slice(0, 2) : ctx.names.slice(0, 1);
      const desk = ctx.pick(BBC_DESKS);
      const long = (day: Day) => `${day.d} ${MONTHS[day.m - 1]} ${day.y}`;
      const updated = !e2024 && !e2019 && ctx.rng() < 0.35 ? (ctx.rng() < 0.5 ? ctx.story.date : nextDay(ctx.story.date)) : undefined;
      const media = ctx.rng() < 0.4 ? ctx.pick(VIDEO_TITLES) : undefined;
      const earlier = dayOf(daysFrom(ctx.story.date, -(2 + Math.floor(ctx.rng() * 20))));
      const page = new Page();
      if (e2019) {
        page.cb("Skip to content", "Accessibility Help", "Sign in", "Home", "News", "Sport", "Weather", "iPlayer", "Sounds", "CBBC", "CBeebies", "Food", "Bitesize", "Arts", "Taster", "Local", "Three", "Menu", "Search", "Search the BBC");
        page.cb("BBC News", "Navigation", "Home", "Video", "World", "UK", "Business", "Tech", "Science", "Stories", "Entertainment & Arts", "Health", "More");
        page.cb(...BBC_REGIONS.slice(0, 8));
        page.h(ctx.story.title);
        const by = names.length ? [`By ${names.join(" & ")}`, desk] : [];
        const byFirst = ctx.rng() < 0.5;
        if (byFirst && by.length) page.h(...by);
        page.h(long(d));
        page.cb("Share this with", "Facebook", "Messenger", "Twitter", "Email", "Share");
        if (!byFirst && by.length) page.h(...by);
        const split = ctx.rng() < 0.5;
        body(page, ctx, {
          lead: (p) => p,
          figure: (c, cr) => {
            if (!split) return [`Image copyright ${cr}`, `Image caption ${c}`];
            page.chrome.push("Image copyright", "Image caption");
            return ["Image copyright", cr!, "Image caption", c];
          },
          credit: (who) => (ctx.rng() < 0.8 ? ctx.pick(BBC_CREDITS) : `${who}/BBC`),
          between: media ? { 2: ["Media playback is unsupported on your device", `Media caption ${media}`] } : {},
        });
        page.cb("Share this story", "About sharing");
        page.cb("More on this story", ctx.pick(NATIONAL_RELATED), long(earlier));
        page.h(`Copyright © ${d.y} BBC. The BBC is not responsible for the content of external sites. Read about our approach to external linking.`);
        return { page, header: { byline: names } };
      }
      if (e2024) {
        page.cb("Skip to content", "British Broadcasting Corporation", "Watch Live", "Home", "News", "Sport", "Business", "Innovation", "Culture", "Arts", "Travel", "Earth", "Audio", "Video", "Live", "Register", "Sign In");
        page.h(ctx.story.title);
        page.h(long(d));
        page.cb("Share", "Save");
        if (names.length === 1) page.h(names[0]!, desk);
        else if (names.length > 1) page.h(names[0]!, desk, names[1]!, desk);
        body(page, ctx, {
          lead: (p) => p,
          figure: (c, cr) => (cr ? [cr, c] : [c]),
          credit: (who) => (ctx.rng() < 0.8 ? ctx.pick(BBC_CREDITS) : `${who}/BBC`),
          between: {},
          bareCaptions: true,
        });
        page.cb("Related", ...related(ctx, 2));
        page.h(`Copyright ${copyYear(ctx, d)} BBC. All rights reserved. The BBC is not responsible for the content of external sites. Read about our approach to external linking.`);
        return { page, header: { byline: names } };
      }
      page.cb("Skip to content", "Accessibility Help", "Your account", "Home", "News", "Sport", "Reel", "Worklife", "Travel", "Future", "Culture", "Menu", "Search BBC");
      page.cb("BBC News", "Menu", "Home", "Climate", "UK", "World", "Business", "Politics", "Culture", "Tech", "Science", "Health", "Family & Education", "In Pictures");
      page.c(ctx.pick(BBC_REGIONS));
      page.h(ctx.story.title);
      page.h(`Published ${long(d)}`, ...(updated ? [`Updated ${long(dayOf(updated))}`] : []));
      page.cb("Share", "close panel", "Share page", "Copy link", "About sharing");
      const topics = BBC_TOPICS.filter(() => ctx.rng() < 0.35);
      page.cb("Related Topics", ...(topics.length ? topics : ["Climate change"]));
      if (names.length) page.h(`By ${names.join(" & ")}`, desk);
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => (cr ? [`Image source, ${cr}`, `Image caption, ${c}`] : [`Image caption, ${c}`]),
        credit: (who) => (ctx.rng() < 0.8 ? ctx.pick(BBC_CREDITS) : `${who}/BBC`),
        between: media ? { 1: [`Media caption, ${media}`] } : {},
        bareCaptions: true,
      });
      page.cb("More on this story", ctx.pick(NATIONAL_RELATED), `Published ${long(earlier)}`);
      page.h(`Copyright ${copyYear(ctx, d)} BBC. All rights reserved. The BBC is not responsible for the content of external sites. Read about our approach to external linking.`);
      return { page, header: { byline: names, ...(updated ? { updated } : {}) } };
    },
  },
  {
    // An international channel's news site. The newer layout: the skip links and the bar,
    // "News|Politics" glued by a bar, the headline and its dek, "By Ann Lee" (or two names, or "By
    // Al Jazeera Staff", or no byline on agency copy), "Published On 29 Jan 202029 Jan 2020" (the
    // screen reader's date glued to the shown one) with "Last update 30 Jan 202030 Jan 2020" on
    // some, the share buttons' labels ("share2", "copylink"), "Listen to this article" with its
    // minutes, "[Ann Lee/Reuters]" after the caption (no stop), "Keep reading" with "list of 4
    // items", "list 1 of 4" … "end of list" and "Advertisement" between paragraphs, "Source: Al
    // Jazeera and news agencies" below the story, the newsletter box and the footer. The 2019
    // layout: the old bar, "News / Middle East", the headline and dek, "by Ann Lee" in lower case,
    // "29 Jan 2020 22:32 GMT" (or the date alone), "READ MORE" over a headline between paragraphs.
    name: "held-out-aljazeera",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const older = ctx.rng() < 0.3;
      const roll = ctx.rng();
      const agencies = roll < 0.25;
      const staff = !older && roll >= 0.25 && roll < 0.35;
      const names = agencies || staff ? [] : ctx.rng() < 0.25 ? ctx.names.slice(0, 2) : ctx.names.slice(0, 1);
      const dek = ctx.rng() < 0.9 ? ctx.pick(AJ_DEKS) : undefined;
      const short = (day: Day) => `${day.d} ${mon(day)} ${day.y}`;
      const upd = !older && ctx.rng() < 0.25 ? nextDay(ctx.story.date) : undefined;
      const page = new Page();
      if (older) {
        page.cb("Al Jazeera", "News", "Middle East", "Africa", "Asia", "US & Canada", "Latin America", "Europe", "Asia Pacific", "Opinion", "Documentaries", "Programmes", "Live", "Search", "Menu");
        page.c(`News / ${ctx.pick(AJ_REGIONS)}`);
      } else {
        page.cb("Skip links", "Skip to Content", "play", "Live", "Navigation menu", "News", "Middle East", "Explained", "Opinion", "Sport", "Video", "More", "Show more", "Search", "Click here to search");
        page.c(`News|${ctx.pick(AJ_TOPICS)}`);
      }
      page.h(ctx.story.title);
      if (dek) {
        page.h(dek);
        page.dek = dek;
      }
      if (older) {
        if (names.length) page.h(`by ${names.join(" and ")}`);
        const gmt = h + 5;
        page.h(gmt < 24 && ctx.rng() < 0.6 ? `${short(d)} ${pad(gmt)}:${pad(min)} GMT` : short(d));
      } else {
        if (names.length) page.h(`By ${names.join(" and ")}`);
        else if (staff) page.h("By Al Jazeera Staff");
        page.h(`Published On ${short(d)}${short(d)}`, ...(upd ? [`Last update ${short(dayOf(upd))}${short(dayOf(upd))}`] : []));
        page.cb("Save", "Click here to share on social media", "share2", "Share", "facebook", "twitter", "whatsapp", "copylink", "Save");
        if (ctx.rng() < 0.5) page.cb("Listen to this article", `${2 + Math.floor(ctx.rng() * 6)} mins`);
      }
      const keep = related(ctx, 4);
      const keepReading = ["Keep reading", "list of 4 items", ...keep.flatMap((r, i) => [`list ${i + 1} of 4`, r]), "end of list"];
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => [cr ? `${c} [${cr}]` : c],
        credit: (who) => {
          const r = ctx.rng();
          return r < 0.35 ? `${who}/Reuters` : r < 0.55 ? `${who}/AP Photo` : r < 0.7 ? `File: ${who}/AFP` : r < 0.85 ? `${who}/Al Jazeera` : "Al Jazeera";
        },
        between: older ? { 1: ["READ MORE", keep[0]!] } : { 1: keepReading, 3: ["Advertisement"] },
      });
      if (agencies || ctx.rng() < 0.5) page.h(`Source: ${agencies ? "Al Jazeera and news agencies" : "Al Jazeera"}`);
      if (!older) {
        page.cb(
          "Sign up for Al Jazeera",
          `${ctx.pick(AJ_NEWSLETTERS)} Newsletter`,
          "Catch up on our coverage of the region, all in one place.",
          "Subscribe",
          "By signing up, you agree to our Privacy Policy",
          "protected by reCAPTCHA",
        );
        page.c("Advertisement");
        page.cb("About", "Connect", "Our Channels", "Our Network", "Follow Al Jazeera English:");
      }
      page.h(`© ${older ? d.y : copyYear(ctx, d)} Al Jazeera Media Network`);
      return { page, header: { byline: names, ...(upd ? { updated: upd } : {}) } };
    },
  },
  {
    // A US cable channel's site: the network's bar, the section, "Published January 29, 2020
    // 5:32pm EST" above the headline or below the names, the dek on most, "By Ann Lee | Fox News"
    // ("By Ann Lee , Bob Stone | Fox News" with the list's space before each comma, "| Fox
    // Business", or "Associated Press" alone on agency copy), the share row, a video's "close" and
    // "Video" over its title; credits in parentheses after the caption's stop ("(AP Photo/Ann
    // Lee)", "(Getty Images)", "(Photo by Ann Lee/Getty Images)", "(Fox News Digital)"); other
    // stories' headlines in capitals between paragraphs and "CLICK HERE TO GET THE FOX NEWS APP";
    // "Fox News' Ann Lee and The Associated Press contributed to this report." as the story's
    // last line on some; the reporter's note with an address; the newsletter's confirmation and the
    // long legal line.
    name: "held-out-foxnews",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const wire = ctx.rng() < 0.12;
      const names = wire ? [] : crew(ctx, 0.3, 0.05);
      const brand = ctx.rng() < 0.8 ? "Fox News" : "Fox Business";
      const byline = wire ? "Associated Press" : `By ${names.join(" , ")} | ${brand}`;
      const stamp = `Published ${MONTHS[d.m - 1]} ${d.d}, ${d.y} ${h12(h)}:${pad(min)}${ampm(h, "pm")} ${eastern(d)}`;
      const dateAbove = ctx.rng() < 0.6;
      const dek = ctx.rng() < 0.75 ? ctx.pick(FOX_DEKS) : undefined;
      const [r1, r2] = related(ctx, 2).map((r) => r.toUpperCase());
      const page = new Page();
      page.cb("Fox News Media", "Fox News", "Fox Business", "Fox Nation", "Fox News Audio", "Fox Weather", "Outkick", "Books", "Login", "Watch TV", "Menu", "U.S.", "Politics", "World", "Opinion", "Media", "Entertainment", "Sports", "Lifestyle", "Video");
      page.c(ctx.pick(FOX_SECTIONS));
      if (dateAbove) page.h(stamp);
      page.h(ctx.story.title);
      if (dek) {
        page.h(dek);
        page.dek = dek;
      }
      page.h(byline);
      if (!dateAbove) page.h(stamp);
      page.cb("Facebook", "Twitter", "Flipboard", "Comments", "Print", "Email");
      if (ctx.rng() < 0.5) page.cb("close", "Video").c(ctx.pick(VIDEO_TITLES));
      const appAt = ctx.rng() < 0.6 ? 2 : Math.max(1, ctx.story.paragraphs.length - 2);
      const between: Record<number, string[]> = { 0: [r1!], 3: [`${r2}`] };
      between[appAt] = [...(between[appAt] ?? []), "CLICK HERE TO GET THE FOX NEWS APP"];
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => [`${c}. (${cr})`],
        credit: (who) => {
          const r = ctx.rng();
          return r < 0.35 ? `AP Photo/${who}` : r < 0.5 ? `AP Photo/${who}, File` : r < 0.65 ? "Getty Images" : r < 0.8 ? `Photo by ${who}/Getty Images` : r < 0.9 ? `REUTERS/${who}` : "Fox News Digital";
        },
        between,
      });
      const roll = ctx.rng();
      if (roll < 0.25) tail(page, `${brand}' ${thirdName(ctx)} and The Associated Press contributed to this report.`);
      else if (roll < 0.4) tail(page, "The Associated Press contributed to this report.");
      if (!wire && ctx.rng() < 0.6) {
        const [first, ...rest] = names[0]!.split(" ");
        page.h(`${names[0]} is a ${ctx.pick(FOX_ROLES)} for ${brand} Digital. Story tips can be sent to ${first!.toLowerCase()}.${rest.join("").toLowerCase()}@fox.example.`);
      }
      page.cb(
        "Get the latest updates from the campaign trail, exclusive interviews and more Fox News politics content.",
        "Subscribed",
        "You've successfully subscribed to this newsletter!",
      );
      page.h(
        `This material may not be published, broadcast, rewritten, or redistributed. ©${copyYear(ctx, d)} FOX News Network, LLC. All rights reserved. Quotes displayed in real-time or delayed by at least 15 minutes. Market data provided by Factset. Legal Statement.`,
      );
      return { page, header: { byline: names } };
    },
  },
  {
    // A national public radio network's story page: the accessibility links and the bar, the
    // section, the headline, "Heard on All Things Considered" on a broadcast piece, "January 29,
    // 20205:32 PM ET" with the time glued to the year (or "Updated January 30, 20209:04 AM ET" over
    // "Published …"), each reporter's name over its "Facebook", "Twitter", "Instagram" or "Email"
    // (or the name alone), above or below the date; the player's "Listen · 3:52", "Queue",
    // "Download", "Embed", the embed code and "Transcript" on a broadcast piece, or "3-Minute Listen"
    // and "Playlist"; every photo as "Enlarge this image", the caption, the credit, "hide caption",
    // "toggle caption" and the credit again; "Sponsor Message" between paragraphs; "NPR's Ann Lee
    // contributed to this report." as the story's last line on some; the share row, "More Stories
    // From NPR" and the footer's links.
    name: "held-out-npr-national",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const names = crew(ctx, 0.3, 0.05);
      const heard = ctx.rng() < 0.45;
      const stamp = (day: Day, hh: number, mm: number) => `${MONTHS[day.m - 1]} ${day.d}, ${day.y}${clock(hh, mm, "PM")} ET`;
      const upd = ctx.rng() < 0.3 ? updateOf(ctx, 0.5) : undefined;
      const page = new Page();
      page.cb("Accessibility links", "Skip to main content", "Keyboard shortcuts for audio player");
      page.cb("Open Navigation Menu", "Close Navigation Menu", "Home", "News", "Culture", "Music", "Podcasts & Shows", "Search", "Newsletters", "NPR Shop", "Donate");
      page.c(ctx.pick(NPR_SECTIONS));
      page.h(ctx.story.title);
      if (heard) page.c(`Heard on ${ctx.pick(NPR_SHOWS)}`);
      const dates = () => {
        if (upd) page.h(`Updated ${stamp(dayOf(upd.iso), upd.hh, upd.mm)}`, `Published ${stamp(d, h, min)}`);
        else page.h(stamp(d, h, min));
      };
      const authors = () => {
        const socials = ctx.rng() < 0.2 ? [] : ["Facebook", "Twitter", "Instagram", "Email"].filter(() => ctx.rng() < 0.5);
        mixed(page, names.flatMap((n) => [{ text: n, chrome: false }, ...socials.map((s) => ({ text: s, chrome: true }))]));
      };
      if (ctx.rng() < 0.5) {
        dates();
        authors();
      } else {
        authors();
        dates();
      }
      const length = `${1 + Math.floor(ctx.rng() * 7)}:${pad(Math.floor(ctx.rng() * 60))}`;
      if (heard) {
        const id = 800000000 + Math.floor(ctx.rng() * 99999999);
        page.cb(
          `Listen · ${length}`,
          length,
          "Queue",
          "Download",
          "Embed",
          "Embed",
          `<iframe src="https://www.npr.org/player/embed/${id}/${id + 7}" width="100%" height="290" frameborder="0" scrolling="no" title="NPR embedded audio player">`,
          "Transcript",
        );
      } else if (ctx.rng() < 0.3) page.cb(`${length.split(":")[0]}-Minute Listen`, "Playlist");
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => {
          page.chrome.push("Enlarge this image", "hide caption", "toggle caption", cr!);
          return ["Enlarge this image", `${c}.`, cr!, "hide caption", "toggle caption", cr!];
        },
        credit: (who) => {
          const r = ctx.rng();
          return r < 0.35 ? `${who}/NPR` : r < 0.55 ? `${who} for NPR` : r < 0.75 ? `${who}/Getty Images` : r < 0.9 ? `${who}/AP` : `${who}/AFP via Getty Images`;
        },
        between: { 2: ["Sponsor Message", "Become an NPR sponsor"] },
      });
      if (ctx.rng() < 0.3) tail(page, `NPR's ${thirdName(ctx)} contributed to this report.`);
      page.cb("Facebook", "Twitter", "Flipboard", "Email");
      page.cb("More Stories From NPR", ...related(ctx, 2));
      page.cb("Read & Listen", "Home", "News", "Culture", "Music", "Podcasts & Shows", "Connect", "Newsletters", "Press", "Public Editor", "Corrections", "Contact & Help", "About NPR", "Overview", "Ethics", "Finances", "Get Involved", "Support Public Radio", "Sponsor NPR", "NPR Careers", "terms of use", "privacy", "your privacy choices", "text only");
      page.h(`© ${copyYear(ctx, d)} npr`);
      return { page, header: { byline: names, ...(upd ? { updated: upd.iso } : {}) } };
    },
  },
];
