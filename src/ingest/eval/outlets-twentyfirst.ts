/**
 * A twenty-first held-out group of outlet styles for the import evaluation (issue 13), written
 * before reading the importer's code (only src/ingest/eval/, scripts/eval-import.ts, the evaluation
 * test, the earlier groups' committed fixtures, README.md and package.json were read), to be
 * scored untouched. Nonprofit newsrooms that ask to be republished, British tabloids, English-
 * language outlets in Israel, Ireland and continental Europe, and two ways a story reaches a
 * contributor outside a browser's page: a Markdown clipper's note and a shared document with
 * someone's notes above the pasted story. Each is written from memory of how its text comes out
 * of a browser's "select all, copy" (or the tool's own export) between 2019 and 2024; a 2019 story
 * copied in 2023 carries the 2023 template round the 2019 date.
 *
 * US nonprofit newsrooms: The Texas Tribune (the skip link and the bar, the topic, the headline,
 * the summary, "By Ann Lee and Bob Stone", "Jan. 29, 2020 5:32 PM Central" and "Updated: 7:04 PM
 * Central" (the time alone on a same-day update) on later copies, "Jan. 29, 2020" alone on earlier
 * ones, "Share" and "Republish", The Brief's sign-up line above the story or between paragraphs,
 * "The Texas Tribune thanks its sponsors. Become one." and the festival's prompt between paragraphs,
 * "EL PASO — " on some, the caption with "Credit: Ann Lee/The Texas Tribune" run on or below it,
 * the funders' disclosure, "Explore related story topics", the authors' names over their beats, the
 * republishing box, the footer; or the same story republished by a local partner paper, with its
 * own bar, "By Ann Lee, The Texas Tribune", "Posted Wednesday, January 29, 2020 5:32 pm" and "This
 * article originally appeared in The Texas Tribune at …" below the story); a States Newsroom site
 * ("BY: ANN LEE AND BOB STONE - JANUARY 29, 2020 5:32 PM" in capitals on later copies, "By Ann Lee
 * - January 29, 2020 5:32 pm" on one line or the name over the date on earlier ones, WordPress's
 * "Click to share on Facebook (Opens in new window)", "GET THE MORNING HEADLINES DELIVERED TO YOUR
 * INBOX", the caption with "(Photo by Ann Lee/Georgia Recorder)", the network's paragraph "… is
 * part of States Newsroom, …", the Creative Commons notice and "REPUBLISH", the author's bio,
 * "Stateline reporter Ann Lee can be reached at …") or Kaiser Health News, KFF Health News on copies
 * from 2023 ("By Ann Lee" over "January 29, 2020", "Republish This Story", "This story also ran on
 * NPR. It can be republished for free.", "BOISE, Idaho — " on some, "(Ann Lee for KHN)", the
 * Morning Briefing's prompt, the newsroom's paragraph, "USE OUR CONTENT", the author's box with
 * the handle and "Read Ann's Stories", "© 2024 KFF").
 *
 * Reach plc's tabloids: the Mirror and the Manchester Evening News ("By Ann Lee" over "News
 * Reporter", or "By" and the name on lines of their own, or "ByAnn Lee" glued; "17:32, 29 Jan
 * 2020" with " Updated 19:04, 29 Jan 2020" run on, or "Updated19:04, …" glued on the next line,
 * the month in capitals on the MEN; "Bookmark", "Comments", the newsletter's box and its error
 * messages, "READ MORE: …", "Read More Related Articles", the caption with "(Image: Getty Images)",
 * "Most Read", "Most Recent", the footer) and the Express ("PUBLISHED: 17:32, Wed, Jan 29, 2020 |
 * UPDATED: 19:04, Wed, Jan 29, 2020", "By ANN LEE" or "By Ann Lee, Senior Reporter", "Link copied",
 * "(Image: GETTY)", the sign-up box with its consent text, "RELATED ARTICLES", the footer).
 *
 * Israel, Ireland and Europe: The Times of Israel (the editions in Hebrew, Arabic, French and
 * Persian, "By ANN LEE", "By TOI STAFF", "By AGENCIES", "By ANN LEE and AGENCIES", an AP reporter
 * with "JERUSALEM (AP) — "; "Follow" and the alerts' hidden sentences, "29 January 2020, 5:32 pm"
 * with "Updated at 7:04 pm" on some, the caption with "(Ann Lee/Flash90)" and "Illustrative: " on
 * some, "Agencies contributed to this report.", "Read more about:", the appeal to join the
 * community, the liveblog's "Today, 7:41 pm" entries, "Powered by WordPress.com VIP"); RTÉ (the
 * bars, the headline, "Updated / Wednesday, 29 Jan 2020 17:32" as the only date, the lead photo's
 * caption above the story, bare or with "(Pic: RollingNews.ie)", "By Ann Lee" over "Political
 * Correspondent" or no name, "Read more:" and its headlines, "Most Read", the public broadcaster's
 * line and "© RTÉ 2024"); Euronews (the bar, the section, the headline, the summary, "By Ann Lee
 * with AFP" or "By Euronews with AP", "Published on 29/01/2020 - 17:32 GMT+1 • Updated 19:04" on
 * later copies, "By Ann Lee  •  last updated: 29/01/2020 - 17:32" on earlier ones, "Video editor •
 * …" on some, the share menu with "Copy/paste the article video embed link below:", "Text size Aa
 * Aa", the caption with " - Copyright AP Photo/Ann Lee" run on or "Copyright …" below it,
 * "ADVERTISEMENT", "Related" and a headline, "Browse today's tags", the footer).
 *
 * Outside the browser: a local story clipped to Markdown, by the MarkDownload extension (its
 * front matter with "created: 2024-03-05T10:14:22 (UTC -07:00)", "tags:", "source:", "author:",
 * "# Headline | Site", "> ## Excerpt" over the summary, a rule, the page's own date line, "![](…)"
 * over each caption, "Advertisement" and a subscribe link kept on some) or by Obsidian's Web
 * Clipper (its front matter with the title, the source, the authors as "[[Ann Lee]]", "published:
 * 2020-01-29", "created: 2024-11-05", the description and "clippings"; no headline in the text;
 * "![caption](…)" over each caption); "## " subheadings on some. And a story pasted into a shared
 * Google Doc under someone's notes and downloaded as plain text (the doc's own heading, the notes'
 * bullets, a dated line with the writer's initials, the source's address, Docs' "________________"
 * rule, the pasted headline, byline and date, captions with their credits, the comment anchors
 * "[a]" after a paragraph's last stop and the comments at the foot, follow-up notes below on some).
 *
 * The outlets, agencies, tools and funders are the real ones, as the copied text would carry them;
 * people, local papers, other headlines and notes are made up, and no page is copied.
 */
import { AP_MONTHS, body, dayOf, daysFrom, DEKS, FIRST, h12, LAST, mon, MONTHS, nextDay, pad, Page, WEEKDAYS, type Ctx, type Day, type Story, type Style } from "./outlets.ts";

const TT_SECTIONS = ["Politics", "Health care", "Higher education", "Public education", "Environment", "Energy", "Water", "Criminal justice", "Immigration", "Demographics", "Transportation"];
const TT_NAMES = ["Marisa Quintanilla", "Jolie Hargrove", "Carlos Benavides", "Reese Oyelaran", "Kayla Drummond", "Uriel Castañeda", "Brandon Whitlock", "Nadia Farouk"];
const TT_ROLES = ["Environment reporter", "Health reporter", "Politics reporter", "Higher education reporter", "Public education reporter", "Demographics reporter", "Border reporter", "Criminal justice reporter"];
const TT_PLACES = ["EL PASO", "LAREDO", "LUBBOCK", "HOUSTON", "SAN ANTONIO", "MIDLAND", "BROWNSVILLE", "ODESSA"];
const TT_SUPPORTERS = ["the University of Texas at Austin", "Texas A&M University", "Texas Tech University", "Rice University", "Baylor University", "the Texas Medical Association"];
const TT_COURTESY = ["Texas Parks and Wildlife Department", "the Texas Department of Transportation", "the City of El Paso", "the family"];
const TT_TOPICS = ["State government", "Texas Legislature", "Water supply", "Climate", "Public health", "Rural Texas", "Environment", "Courts"];
const TT_PARTNERS = [
  { name: "The Brazos Ledger", sections: ["News", "Sports", "Opinion", "Obituaries", "Classifieds", "e-Edition"] },
  { name: "Hill Country Courier", sections: ["Local", "State", "Sports", "Business", "Obituaries", "Public Notices"] },
  { name: "Gulf Coast Current", sections: ["News", "Texas", "Outdoors", "Opinion", "Events", "Subscribe"] },
] as const;

const SN_OUTLETS = [
  { name: "Virginia Mercury", domain: "virginiamercury.com" },
  { name: "Arizona Mirror", domain: "azmirror.com" },
  { name: "Florida Phoenix", domain: "floridaphoenix.com" },
  { name: "Georgia Recorder", domain: "georgiarecorder.com" },
  { name: "Ohio Capital Journal", domain: "ohiocapitaljournal.com" },
  { name: "Stateline", domain: "stateline.org" },
] as const;
const SN_SECTIONS = ["Government + Politics", "Environment", "Health", "Education", "Criminal Justice", "Economy", "Elections"];
const SN_NAMES = ["Dana Whitcomb", "Jared Pelletier", "Lucia Ferraro", "Marcus Ebright", "Tessa Holloway", "Andre Guidry", "Renee Kapoor"];
const SN_BEATS = ["the legislature and state government", "the environment and energy", "health care", "education", "criminal justice", "elections and voting rights"];
const SN_HEADLINES = ["Lawmakers send budget to governor after late-night session", "State unveils plan to replace lead pipes", "Judge blocks new rules on voter rolls", "Rural hospitals warn of more closures", "Teachers rally at the Capitol for higher pay"];
const KHN_SECTIONS = ["Health Industry", "Rural Health", "Public Health", "Medicaid", "Health Care Costs", "Mental Health", "Aging"];
const KHN_ROLES = ["Correspondent", "Senior Correspondent", "Midwest Correspondent", "Rocky Mountain Correspondent", "Senior Editor"];
const KHN_PARTNERS = ["NPR", "CNN", "USA Today", "CBS News", "the Los Angeles Times", "Fortune"];
const US_STATE_PLACES = ["BOISE, Idaho", "CHEYENNE, Wyo.", "JACKSON, Miss.", "BILLINGS, Mont.", "TOPEKA, Kan.", "ALBUQUERQUE, N.M.", "CHARLESTON, W.Va."];

const REACH_NAMES = ["Chloe Ashworth", "Liam Fairclough", "Jade Pennington", "Callum Rigby", "Sophie Marsden", "Niall Greaves", "Abbie Thorne", "Ravi Chauhan"];
const REACH_ROLES = ["News Reporter", "Senior Reporter", "Crime Reporter", "Trends Reporter", "Live Reporter", "Digital Editor", "Breaking News Reporter", "Weather Reporter"];
const UK_HEADLINES = [
  "Met Office issues yellow weather warning for heavy rain",
  "Mum's fury after council tows car from outside her home",
  "Police appeal after man seriously injured in town centre",
  "Pub named best in the country by real ale judges",
  "Motorway closed after lorry overturns",
  "Supermarket recalls snack over allergy fears",
  "Residents 'terrified' after second blaze in a week",
];
const REACH_SITES = [
  { kind: "mirror", name: "Mirror", nav: ["News", "Politics", "Football", "Celebs", "TV", "Money", "Travel", "Lifestyle", "Puzzles"], crumbs: ["UK News", "World News", "Politics", "Weather", "Crime"] },
  { kind: "men", name: "Manchester Evening News", nav: ["News", "Sport", "What's On", "Property", "Family", "Business", "Weather"], crumbs: ["Greater Manchester News", "UK & World News", "Weather", "Crime"] },
  { kind: "express", name: "Express", nav: ["Home", "News", "Royal", "Showbiz & TV", "Sport", "Comment", "Finance", "Travel", "Life & Style", "Weather"], crumbs: ["UK", "World", "Politics", "Weather", "Nature"] },
] as const;

const TOI_NAMES = ["Noa Ben-Ari", "Yael Shapira", "Amir Katz", "Tamar Levinson", "Dov Halperin", "Michal Adler", "Gavriel Roth", "Shira Almog"];
const TOI_AP_NAMES = ["Lior Feldman", "Karin Goldberg", "Samir Haddad", "Joanna Pratt"];
const TOI_PLACES = ["JERUSALEM", "TEL AVIV, Israel", "BEIRUT", "CAIRO", "RAMALLAH, West Bank"];
const TOI_TAGS = ["Israel & the Region", "Jerusalem", "Israel Police", "Knesset", "Environment", "Israel water crisis", "Tel Aviv", "Health Ministry"];
const TOI_HEADLINES = [
  "Knesset committee advances bill on public transport",
  "Rocket sirens sound in southern communities",
  "Heat wave to peak Tuesday, forecasters say",
  "Police arrest suspects in Jaffa shooting",
  "Jerusalem light rail extension opens to passengers",
];

const RTE_SECTIONS = ["Ireland", "World", "Business", "Politics", "Courts", "Regional", "Health", "Environment"];
const RTE_NAMES = ["Aoife Brennan", "Ciarán Doyle", "Niamh O'Connell", "Pádraig Mac Lochlainn", "Sinéad Ní Bhriain", "Conor Ó Dálaigh", "Gráinne Kehoe", "Eoin McCarthy"];
const RTE_ROLES = ["Political Correspondent", "Health Correspondent", "Southern Editor", "Midlands Correspondent", "Education Correspondent", "Western Correspondent", "Europe Editor", "Environment and Science Correspondent"];
const RTE_HEADLINES = [
  "Status yellow rain warning issued for six counties",
  "Gardaí appeal for witnesses after Co Louth crash",
  "Hospital trolley numbers reach new high, says INMO",
  "Dáil to sit late as housing bill deadline looms",
  "Bus Éireann announces new rural routes",
];

const EN_SECTIONS = ["Europe News", "World news", "Business", "Green", "Next", "Culture", "Health"];
const EN_AGENCIES = ["AFP", "AP", "AFP, AP", "Reuters", "EBU", "AFP, EFE"];
const EN_NAMES = ["Mared Gwyn Jones", "Lucas Fontaine", "Giulia Carbonaro", "Jakub Novak", "Ana Lázaro", "Sophie Dupuis", "Henrik Aalto"];
const EN_HEADLINES = ["EU ministers fail to agree on gas price cap", "Heatwave grips southern Europe", "Strikes disrupt rail travel across France", "Brussels unveils new plan for critical raw materials", "Storm batters Portugal's coast"];
const EN_TAGS = ["European Union", "Climate", "Protests", "Migration", "Economy", "Water"];

const MD_SITES = [
  { name: "The Ridgeline Herald", domain: "www.ridgelineherald.example", path: "news/local" },
  { name: "Pine County Sentinel", domain: "pinecountysentinel.example", path: "story/news" },
  { name: "The Lakeport Record", domain: "www.lakeportrecord.example", path: "local" },
] as const;
const MD_TAGS = ["water", "city council", "local news", "politics", "weather", "schools"];
const MD_SUBHEADS = ["What happens next", "A long time coming", "Questions remain", "How we got here", "Looking ahead"];

const DOC_TITLES = ["Background – water and parks", "Clips for Thursday's briefing", "Research notes", "NEWSLETTER DRAFT — sources", "Press cuttings", "Story ideas / follow-ups", "For the board packet"];
const DOC_NOTES = [
  "Call the board clerk about the start date",
  "Check the numbers against last year's report",
  "Ask Priya whether we can use the photo",
  "Possible angle: what it means for people downstream",
  "Follow up with the county after the meeting",
  "Need a second source on the cost figure",
  "Compare with the earlier story (shared drive)",
  "Quote for the newsletter intro?",
];
const DOC_COMMENTS = [
  "Is this the same figure they used in December?",
  "Check spelling of the name",
  "Use this in the intro?",
  "Need the source for this",
  "Do we have the full report?",
  "Not sure this is right, compare with the minutes",
];
const DOC_SITES = [
  { name: "The Lakeport Record", short: "Lakeport Record", domain: "lakeportrecord.example" },
  { name: "Pine County Sentinel", short: "Sentinel", domain: "pinecountysentinel.example" },
  { name: "The Ridgeline Herald", short: "Herald", domain: "ridgelineherald.example" },
] as const;

/** "Ann Lee", "Ann Lee and Bob Stone" */
const joinNames = (names: readonly string[], and = "and") => (names.length < 3 ? names.join(` ${and} `) : `${names.slice(0, -1).join(", ")} ${and} ${names.at(-1)}`);
/** `n` different items of a pool, in the generator's order. */
const others = (ctx: Ctx, n: number, pool: readonly string[]) => {
  const left = [...pool];
  return Array.from({ length: Math.min(n, pool.length) }, () => left.splice(Math.floor(ctx.rng() * left.length), 1)[0]!);
};
/** One name or two from a pool of the outlet's own. */
const fromPool = (ctx: Ctx, pool: readonly string[], two: number) => {
  const first = ctx.pick(pool);
  return ctx.rng() < two ? [first, ctx.pick(pool.filter((n) => n !== first))] : [first];
};
/** One author or two, from the generator's names. */
const oneOrTwo = (ctx: Ctx, two: number) => (ctx.rng() < two && ctx.names[1] !== ctx.names[0] ? ctx.names.slice(0, 2) : ctx.names.slice(0, 1));
/** Someone else: a photographer, an editor, a note's writer. */
const otherName = (ctx: Ctx) => `${ctx.pick(FIRST)} ${ctx.pick(LAST)}`;
/** An update the next morning, or the same day a couple of hours after the story was posted. */
const updateOf = (ctx: Ctx, nextDayShare: number, hh: number) =>
  ctx.rng() < nextDayShare ? { iso: nextDay(ctx.story.date), hh: 9, mm: 4 } : { iso: ctx.story.date, hh: Math.min(hh + 2, 23), mm: (ctx.time.min + 17) % 60 };
/** The year a page was copied in: the footer's year, not the story's. */
const copyYear = (ctx: Ctx, day: Day) => Math.max(day.y, 2022) + Math.floor(ctx.rng() * 3);
/** Copied the week it ran, on some; years later on most. */
const copiedIn = (ctx: Ctx, day: Day, sameYear: number) => (ctx.rng() < sameYear ? day.y : copyYear(ctx, day));
/** US summer time, near enough: mid-March to the first days of November. */
const dst = (day: Day) => (day.m > 3 && day.m < 11) || (day.m === 3 && day.d >= 10) || (day.m === 11 && day.d < 3);
/** European summer time, near enough: the last week of March to the last week of October. */
const euDst = (day: Day) => (day.m > 3 && day.m < 10) || (day.m === 3 && day.d >= 25) || (day.m === 10 && day.d < 25);
/** "January 29, 2020" */
const usLong = (day: Day) => `${MONTHS[day.m - 1]} ${day.d}, ${day.y}`;
/** "Jan. 29, 2020" */
const apDate = (day: Day) => `${AP_MONTHS[day.m - 1]} ${day.d}, ${day.y}`;
/** "29/01/2020" */
const dmy = (day: Day) => `${pad(day.d)}/${pad(day.m)}/${day.y}`;
/** "5:32 p.m." */
const apClock = (hh: number, mm: number) => `${h12(hh)}:${pad(mm)} ${hh < 12 ? "a.m." : "p.m."}`;
/** "5:32 PM" */
const upClock = (hh: number, mm: number) => `${h12(hh)}:${pad(mm)} ${hh < 12 ? "AM" : "PM"}`;
/** "5:32 pm" */
const lowClock = (hh: number, mm: number) => `${h12(hh)}:${pad(mm)} ${hh < 12 ? "am" : "pm"}`;
/** "17:32" */
const clock24 = (hh: number, mm: number) => `${pad(hh)}:${pad(mm)}`;
/** "Ann Lee" → "AL" */
const initials = (name: string) =>
  name
    .split(/[\s-]+/)
    .map((w) => w[0]!.toUpperCase())
    .join("");
/** A story's slug: "reservoir-levels-fall-to-lowest-point-in-a". */
const slugOf = (story: Story) =>
  story.title
    .toLowerCase()
    .normalize("NFD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .split("-")
    .slice(0, 8)
    .join("-");
/** A story's address on a site: "2020/01/29/reservoir-levels-fall-to-lowest-point-in-a". */
const pathOf = (story: Story) => `${story.date.replaceAll("-", "/")}/${slugOf(story)}`;
/** A photo's file code: "a3f9c21e". */
const fileCode = (ctx: Ctx) => Array.from({ length: 8 }, () => "0123456789abcdef"[Math.floor(ctx.rng() * 16)]).join("");
/** The lede cut as a site's description is: the first 150 characters or so, then "…". */
const excerptOf = (story: Story) => {
  const p = story.paragraphs[0]!;
  if (p.length <= 160) return p;
  return `${p.slice(0, p.lastIndexOf(" ", 150))}…`;
};

export const HELD_OUT_TWENTYFIRST_STYLES: readonly Style[] = [
  {
    // The Texas Tribune: the skip link and the bar, the topic, the headline, the summary on most,
    // the byline ("By Ann Lee and Bob Stone"; "by" in lower case on earlier copies), "Jan. 29,
    // 2020 5:32 PM Central" with "Updated: 7:04 PM Central" (the time alone on a same-day update,
    // the date too on a later one) on later copies, "Jan. 29, 2020" alone on earlier ones; "Share"
    // and "Republish"; The Brief's sign-up line above the story on some; "The Texas Tribune thanks
    // its sponsors. Become one." and the festival's prompt between paragraphs; "EL PASO — " on
    // some; the caption with "Credit: Ann Lee/The Texas Tribune" run on after its stop or on the
    // line below; the funders' disclosure, "Explore related story topics", each author's name over
    // the beat, the republishing box, the footer. Or the story republished by a local partner
    // paper: its bar, "By Ann Lee, The Texas Tribune", "Posted Wednesday, January 29, 2020 5:32 pm",
    // "This article originally appeared in The Texas Tribune at …" and the Tribune's line below it.
    name: "held-out-texas-tribune",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const partner = ctx.rng() < 0.25 ? ctx.pick(TT_PARTNERS) : undefined;
      const copied = copiedIn(ctx, d, 0.3);
      const newer = copied >= 2022;
      const names = fromPool(ctx, [...TT_NAMES, ctx.names[0]!], 0.25);
      const roles = names.map(() => ctx.pick(TT_ROLES));
      const upd = !partner && ctx.rng() < 0.35 ? updateOf(ctx, 0.5, h) : undefined;
      const place = ctx.rng() < 0.3 ? ctx.pick(TT_PLACES) : undefined;
      const ttClock = (hh: number, mm: number) => `${h12(hh)}${mm ? `:${pad(mm)}` : ""} ${hh < 12 ? "AM" : "PM"}`;
      const brief = "Sign up for The Brief, The Texas Tribune’s daily newsletter that keeps readers up to speed on the most essential Texas news.";
      const page = new Page();
      if (partner) {
        page.cb("Skip to main content", partner.name, ...partner.sections, "Subscribe", "Log In");
        page.c(ctx.pick(["State News", "Texas", "News"]));
        page.h(ctx.story.title);
        page.h(`By ${joinNames(names)}, The Texas Tribune`, `Posted ${WEEKDAYS[d.wd]}, ${usLong(d)} ${lowClock(h, min)}`);
        page.cb("Facebook", "Twitter", "Email", "Print", "Save");
      } else {
        page.cb("Skip to main content", "The Texas Tribune", ...(newer ? ["Newsletters", "Events", "Donate", "Search"] : ["Topics", "Events", "Data", "Newsletters", "Donate"]));
        page.c(ctx.pick(TT_SECTIONS));
        page.h(ctx.story.title);
        if (ctx.rng() < 0.85) {
          const dek = ctx.pick(DEKS);
          page.h(dek);
          page.dek = dek;
        }
        const by = `${newer ? "By" : "by"} ${joinNames(names)}`;
        const when = newer ? `${apDate(d)} ${ttClock(h, min)} Central` : apDate(d);
        const updLine = upd ? `Updated: ${upd.iso === ctx.story.date ? "" : `${apDate(dayOf(upd.iso))} `}${ttClock(upd.hh, upd.mm)} Central` : undefined;
        if (ctx.rng() < 0.5) page.h(by, when, ...(updLine ? [updLine] : []));
        else page.h(`${by}  ${when}${updLine ? `  ${updLine}` : ""}`);
        page.cb(...(newer ? ["Share", "Republish"] : ["Share", "Facebook", "Twitter", "Email", "Republish"]));
        if (ctx.rng() < 0.4) page.c(brief);
      }
      const runOn = ctx.rng() < 0.6;
      const between: Record<number, string[]> = {};
      if (ctx.rng() < 0.5) between[1] = ["The Texas Tribune thanks its sponsors. Become one."];
      if (!partner && newer && ctx.rng() < 0.5) between[ctx.story.paragraphs.length >= 5 ? 3 : 2] = [`Join us for conversations that matter with newly announced speakers at the ${copied} Texas Tribune Festival in downtown Austin. Get tickets.`];
      else if (!partner && ctx.rng() < 0.4) between[2] = [brief];
      body(page, ctx, {
        lead: (p) => (place ? `${place} — ${p}` : p),
        figure: (c, cr) => (cr ? (runOn ? [`${c}. ${cr}`] : [`${c}.`, cr]) : [`${c}.`]),
        credit: (who) => {
          const r = ctx.rng();
          return r < 0.12 ? "" : r < 0.55 ? `Credit: ${who}/The Texas Tribune` : r < 0.72 ? `Credit: ${who} for The Texas Tribune` : r < 0.85 ? `Credit: Courtesy of ${ctx.pick(TT_COURTESY)}` : `Credit: REUTERS/${who}`;
        },
        between,
      });
      if (partner) {
        page.c(`This article originally appeared in The Texas Tribune at https://www.texastribune.org/${pathOf(ctx.story)}/.`);
        page.c("The Texas Tribune is a member-supported, nonpartisan newsroom informing and engaging Texans on state politics and policy. Learn more at texastribune.org.");
        page.cb("Tags", ...others(ctx, 3, TT_TOPICS));
        page.cb("Be the first to know", "Get local news delivered to your inbox!", "Sign Up");
        page.cb("About Us", "Contact Us", "Advertise", "Terms of Use", "Privacy Policy");
        page.h(`© ${copied} ${partner.name}`);
        return { page, header: { byline: names, ...(place ? { dateline: place } : {}) } };
      }
      if (newer && ctx.rng() < 0.5) {
        const funders = others(ctx, ctx.rng() < 0.5 ? 1 : 2, TT_SUPPORTERS);
        const who = joinNames(funders).replace(/^the /, "The ");
        page.c(
          `Disclosure: ${who} ${funders.length > 1 ? "have been financial supporters" : "has been a financial supporter"} of The Texas Tribune, a nonprofit, nonpartisan news organization that is funded in part by donations from members, foundations and corporate sponsors. Financial supporters play no role in the Tribune’s journalism. Find a complete list of them here.`,
        );
      }
      page.cb("Explore related story topics", ...others(ctx, 3, TT_TOPICS));
      names.forEach((n, i) => {
        page.blocks.push([n, roles[i]!]);
        page.chrome.push(roles[i]!);
      });
      page.cb("Republish this story", "Our stories are free to republish under a Creative Commons license, with credit to The Texas Tribune and a link to texastribune.org.", "Republishing guidelines");
      page.cb("About Us", "Our Staff", "Jobs", "Who Funds Us?", "Code of Ethics", "Terms of Service", "Privacy Policy", "Send us a Confidential Tip", "Corrections");
      page.h(`© ${copied} The Texas Tribune`);
      return { page, header: { byline: names, ...(place ? { dateline: place } : {}), ...(upd ? { updated: upd.iso } : {}) } };
    },
  },
  {
    // A States Newsroom site (Virginia Mercury, Georgia Recorder, Stateline on copies from 2023):
    // the skip link, the bar, the section (in capitals on later copies), the headline, a summary
    // on a few, "BY: ANN LEE AND BOB STONE - JANUARY 29, 2020 5:32 PM" on later copies, "By Ann Lee
    // - January 29, 2020 5:32 pm" on one line or the name over the date on earlier ones; "SHARE"
    // and "REPUBLISH", or WordPress's "Click to share on Facebook (Opens in new window)" lines;
    // "GET THE MORNING HEADLINES DELIVERED TO YOUR INBOX" above or below the story on some; the
    // caption with "(Photo by Ann Lee/Georgia Recorder)"; the network's paragraph, the Creative
    // Commons notice and "REPUBLISH", the author's name (in capitals on later copies) over the bio,
    // "MORE FROM AUTHOR", "Stateline reporter Ann Lee can be reached at …". Or Kaiser Health News
    // (KFF Health News on copies from 2023): the bar, the topic, the headline, "By Ann Lee" over
    // "January 29, 2020", "Republish This Story" and the share buttons, "This story also ran on
    // NPR. It can be republished for free." on some, "BOISE, Idaho — " on some, "(Ann Lee for KHN)",
    // the Morning Briefing's prompt, the newsroom's paragraph, "USE OUR CONTENT", each author's
    // name, role, handle and "Read Ann's Stories", "Related Topics", the footer.
    name: "held-out-nonprofit-network",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const copied = copiedIn(ctx, d, 0.25);
      const khn = ctx.rng() < 0.35;
      const names = fromPool(ctx, [...SN_NAMES, ctx.names[0]!], 0.2);
      const page = new Page();
      if (khn) {
        const brand = copied >= 2023 ? "KFF Health News" : "KHN";
        const long = copied >= 2023 ? "KFF Health News" : "Kaiser Health News";
        const place = ctx.rng() < 0.35 ? ctx.pick(US_STATE_PLACES) : undefined;
        page.cb(long, "Morning Briefing", "Topics", "Podcasts", "Subscribe", "Search");
        page.c(ctx.pick(KHN_SECTIONS));
        page.h(ctx.story.title);
        if (ctx.rng() < 0.2) {
          const dek = ctx.pick(DEKS);
          page.h(dek);
          page.dek = dek;
        }
        page.h(`By ${joinNames(names)}`, usLong(d));
        page.cb("Republish This Story", "Print", "Facebook", copied >= 2023 ? "X" : "Twitter", "LinkedIn", "Email");
        if (ctx.rng() < 0.4) page.c(`This story also ran on ${ctx.pick(KHN_PARTNERS)}. It can be republished for free.`);
        const between: Record<number, string[]> = {};
        if (ctx.rng() < 0.5) between[2] = [`Subscribe to ${brand}’s free Morning Briefing.`];
        // The credit is a span of its own after the caption's: a copy glues the two on some.
        const glued = ctx.rng() < 0.5;
        body(page, ctx, {
          lead: (p) => (place ? `${place} — ${p}` : p),
          figure: (c, cr) => [cr ? `${c}.${glued ? "" : " "}(${cr})` : `${c}.`],
          credit: (who) => {
            const r = ctx.rng();
            return r < 0.12 ? "" : r < 0.5 ? `${who} for ${brand}` : r < 0.68 ? `${who}/${brand}` : r < 0.82 ? "Getty Images" : r < 0.92 ? `Courtesy of ${otherName(ctx)}` : "iStock/Getty Images";
          },
          between,
        });
        page.c(
          copied >= 2023
            ? "KFF Health News is a national newsroom that produces in-depth journalism about health issues and is one of the core operating programs at KFF, an independent source of health policy research, polling, and journalism. Learn more about KFF."
            : "KHN (Kaiser Health News) is a national newsroom that produces in-depth journalism about health issues. Together with Policy Analysis and Polling, KHN is one of the three major operating programs at KFF (Kaiser Family Foundation).",
        );
        page.cb("USE OUR CONTENT", "This story can be republished for free (details).");
        for (const n of names) {
          const handle = `@${n.toLowerCase().replace(/[^a-z]/g, "")}`;
          const rest = [ctx.pick(KHN_ROLES), handle, `Read ${n.split(" ")[0]}'s Stories`];
          page.blocks.push([n, ...rest]);
          page.chrome.push(...rest);
        }
        page.cb("Related Topics", ...others(ctx, 3, KHN_SECTIONS));
        page.cb("Contact Us", "Submit a Story Tip");
        page.cb("About Us", "Staff", "Careers", "Privacy Policy", "Republishing Guidelines");
        page.h(`© ${copied} ${copied >= 2023 ? "KFF" : "Kaiser Family Foundation"}`);
        return { page, header: { byline: names, ...(place ? { dateline: place } : {}) } };
      }
      const outlet = ctx.pick(SN_OUTLETS.filter((o) => o.name !== "Stateline" || copied >= 2023));
      const newer = copied >= 2023;
      page.cb("Skip to content");
      page.cb(outlet.name, ...(newer ? ["SUBSCRIBE", "DONATE", "Search"] : ["Subscribe", "Donate", "About", "Search"]));
      page.cb(...SN_SECTIONS.slice(0, 6), "Commentary");
      const section = ctx.pick(SN_SECTIONS);
      page.c(newer ? section.toUpperCase() : section);
      page.h(ctx.story.title);
      if (ctx.rng() < 0.2) {
        const dek = ctx.pick(DEKS);
        page.h(dek);
        page.dek = dek;
      }
      if (newer) page.h(`BY: ${joinNames(names, "AND").toUpperCase()} - ${usLong(d).toUpperCase()} ${upClock(h, min)}`);
      else if (ctx.rng() < 0.5) page.h(`By ${joinNames(names)}  -  ${usLong(d)} ${lowClock(h, min)}`);
      else page.h(`By ${joinNames(names)}`, usLong(d));
      if (newer) page.cb("SHARE", "REPUBLISH");
      else page.cb("Share this:", "Click to share on Facebook (Opens in new window)", "Click to share on Twitter (Opens in new window)", "Click to email a link to a friend (Opens in new window)", "Click to print (Opens in new window)");
      const morning = ["GET THE MORNING HEADLINES DELIVERED TO YOUR INBOX", "SUBSCRIBE"];
      const mr = ctx.rng();
      if (newer && mr < 0.4) page.cb(...morning);
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => [cr ? `${c} (${cr})` : c],
        credit: (who) => {
          const r = ctx.rng();
          return r < 0.12 ? "" : r < 0.5 ? `Photo by ${who}/${outlet.name}` : r < 0.65 ? `${who}/${outlet.name}` : r < 0.8 ? "Getty Images" : r < 0.9 ? `Photo courtesy of ${otherName(ctx)}` : `${who}/States Newsroom`;
        },
        between: {},
      });
      if (outlet.name === "Stateline" && names.length === 1) {
        const [first, last] = [names[0]!.split(" ")[0]!, names[0]!.split(" ").at(-1)!];
        page.c(`Stateline reporter ${names[0]} can be reached at ${first[0]!.toLowerCase()}${last.toLowerCase()}@stateline.org.`);
      }
      if (newer && mr >= 0.4 && mr < 0.7) page.cb(...morning);
      const editor = otherName(ctx);
      page.c(
        `${outlet.name} is part of States Newsroom, a nonprofit news network supported by grants and a coalition of donors as a 501c(3) public charity. ${outlet.name} maintains editorial independence. Contact Editor ${editor} for questions: info@${outlet.domain}.${
          newer ? ` Follow ${outlet.name} on Facebook and X.` : ""
        }`,
      );
      page.cb(
        "Our stories may be republished online or in print under Creative Commons license CC BY-NC-ND 4.0. We ask that you edit only for style or to shorten, provide proper attribution and link to our website.",
        "REPUBLISH",
      );
      for (const n of names) {
        const bio = `${n} covers ${ctx.pick(SN_BEATS)} for ${outlet.name}. Before that, ${n.split(" ")[0]} reported for newspapers in ${ctx.pick(["Ohio", "Texas", "Oregon", "North Carolina", "Michigan"])}.`;
        page.blocks.push([newer ? n.toUpperCase() : n, bio]);
        page.chrome.push(bio);
        page.c("MORE FROM AUTHOR");
      }
      if (newer) page.cb("RELATED NEWS", ...others(ctx, 3, SN_HEADLINES));
      page.cb("SUPPORT NEWS YOU TRUST.", "DONATE");
      page.cb("About Us", "Team", "Ethics Policy", "Privacy Policy", "Republishing Guidelines", "Contact");
      page.h(`© ${outlet.name}, ${copied}`);
      return { page, header: { byline: names } };
    },
  },
  {
    // Reach plc's tabloids. The Mirror and the Manchester Evening News: the bar, the crumbs, the
    // headline, the standfirst on most, "By Ann Lee" over "News Reporter" (or "By" and the name on
    // lines of their own, or "ByAnn Lee" glued; two names after one "By"), "17:32, 29 Jan 2020"
    // (the month in capitals on the MEN) with " Updated 19:04, 29 Jan 2020" run on, or
    // "Updated19:04, …" glued on the line below; "Bookmark", "Comments"; the newsletter's box and
    // its messages, "READ MORE: …", "Read More" "Related Articles" between paragraphs; the caption
    // with "(Image: Getty Images)"; the newsroom's call for stories, "Most Read", "Most Recent", the
    // footer. The Express: the bar, the section, the headline, the standfirst, "PUBLISHED: 17:32,
    // Wed, Jan 29, 2020 | UPDATED: 19:04, Wed, Jan 29, 2020" above or below "By ANN LEE" or "By Ann
    // Lee, Senior Reporter"; "Link copied", "Comments"; "(Image: GETTY)"; the sign-up box and its
    // consent text, "RELATED ARTICLES" between paragraphs; the footer.
    name: "held-out-reach-tabloid",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const site = ctx.pick(REACH_SITES);
      const copied = copiedIn(ctx, d, 0.3);
      const names = fromPool(ctx, [...REACH_NAMES, ctx.names[0]!], 0.2);
      const role = ctx.pick(REACH_ROLES);
      const upd = ctx.rng() < 0.6 ? updateOf(ctx, 0.2, h) : undefined;
      const page = new Page();
      page.cb(site.name, ...site.nav, "Sign in");
      const dek = ctx.rng() < 0.85 ? ctx.pick(DEKS) : undefined;
      if (site.kind === "express") {
        page.c(ctx.pick(site.crumbs));
        page.h(ctx.story.title);
        if (dek) {
          page.h(dek);
          page.dek = dek;
        }
        const stamp = (day: Day, hh: number, mm: number) => `${clock24(hh, mm)}, ${WEEKDAYS[day.wd]!.slice(0, 3)}, ${mon(day)} ${day.d}, ${day.y}`;
        const when = `PUBLISHED: ${stamp(d, h, min)}${upd ? ` | UPDATED: ${stamp(dayOf(upd.iso), upd.hh, upd.mm)}` : ""}`;
        const by = ctx.rng() < 0.5 || names.length > 1 ? `By ${joinNames(names.map((n) => n.toUpperCase()))}` : `By ${names[0]}, ${role}`;
        if (ctx.rng() < 0.5) page.h(when, by);
        else page.h(by, when);
        page.cb("Link copied", "Comments");
        const between: Record<number, string[]> = {
          0: [
            "Sign up to get the biggest stories of the day straight to your inbox",
            "Invalid email",
            "We use your sign-up to provide content in ways you've consented to and to improve our understanding of you. This may include adverts from us and 3rd parties based on our understanding. You can unsubscribe at any time. More info",
          ],
        };
        between[ctx.story.paragraphs.length >= 5 ? 3 : 1] = ["RELATED ARTICLES", ...others(ctx, 2, UK_HEADLINES)];
        body(page, ctx, {
          lead: (p) => p,
          figure: (c, cr) => [cr ? `${c} (${cr})` : c],
          credit: () => {
            const r = ctx.rng();
            return r < 0.1 ? "" : `Image: ${r < 0.45 ? "GETTY" : r < 0.65 ? "PA" : r < 0.75 ? "REUTERS" : r < 0.85 ? "EXPRESS" : r < 0.93 ? "SWNS" : "Google Maps"}`;
          },
          between,
        });
        page.cb("Related articles", ...others(ctx, 3, UK_HEADLINES));
        page.c("See today's front and back pages, download the newspaper, order back issues and use the historic Daily Express newspaper archive.");
        page.cb("Contact Us", "Privacy Notice", "Cookie Notice", "Terms and Conditions", "Advertising", "Syndication");
        page.h(`Copyright ©${copied} Express Newspapers. "Daily Express" is a registered trademark. All rights reserved.`);
        return { page, header: { byline: names, ...(upd ? { updated: upd.iso } : {}) } };
      }
      const men = site.kind === "men";
      page.cb("News", ctx.pick(site.crumbs));
      page.h(ctx.story.title);
      if (dek) {
        page.h(dek);
        page.dek = dek;
      }
      const r = ctx.rng();
      if (names.length > 1) page.h(`By ${names.join(", ")}`);
      else if (r < 0.5) page.h(`By ${names[0]}`, role);
      else if (r < 0.8) page.h("By", names[0]!, role);
      else page.h(`By${names[0]}`, role);
      // The role is the reporter's title, not a name: the byline's names are all the header keeps.
      if (names.length === 1) page.chrome.push(role);
      const stamp = (day: Day, hh: number, mm: number) => `${clock24(hh, mm)}, ${day.d} ${men ? mon(day).toUpperCase() : mon(day)} ${day.y}`;
      if (!upd) page.h(stamp(d, h, min));
      else if (ctx.rng() < 0.5) page.h(`${stamp(d, h, min)} Updated ${stamp(dayOf(upd.iso), upd.hh, upd.mm)}`);
      else page.h(stamp(d, h, min), `Updated${stamp(dayOf(upd.iso), upd.hh, upd.mm)}`);
      page.cb("Bookmark", "Comments");
      const news = ctx.rng() < 0.5
        ? ["Get the biggest daily stories by signing up to our free newsletter", "Subscribe", "Thank you for subscribing", "We have more newsletters", "Show me", "See our privacy notice", "Invalid Email", "Something went wrong, please try again later."]
        : ["Get the biggest daily stories by email", "Subscribe", "We will use your email address only for sending you newsletters. Please see our Privacy Notice for details of your data protection rights.", "Invalid Email", "Something went wrong, please try again later."];
      const between: Record<number, string[]> = { 0: news, 1: [`READ MORE: ${ctx.pick(UK_HEADLINES)}`] };
      if (ctx.story.paragraphs.length >= 4) between[3] = ["Read More", "Related Articles", ...others(ctx, 2, UK_HEADLINES)];
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => [cr ? `${c} (${cr})` : c],
        credit: (who) => {
          const q = ctx.rng();
          return q < 0.1 ? "" : `Image: ${q < 0.4 ? "Getty Images" : q < 0.55 ? "PA" : q < 0.65 ? "SWNS" : q < 0.78 ? site.name : q < 0.86 ? "Google Maps" : q < 0.93 ? "Facebook" : who}`;
        },
        between,
      });
      page.c("Do you have a story to share? Get in touch with our newsroom.");
      page.cb("Comments", "Most Read", "Most Recent", ...others(ctx, 4, UK_HEADLINES));
      page.cb("Follow us", "Facebook", "X", "Instagram", "Contact us", "How to complain", "Corrections and clarifications", "Privacy notice", "Cookie notice", "Terms and conditions");
      page.h(`© ${copied} a Reach plc subsidiary`);
      return { page, header: { byline: names, ...(upd ? { updated: upd.iso } : {}) } };
    },
  },
  {
    // The Times of Israel: the masthead, the editions ("עברית | العربية | Français | فارسی"), "Log
    // in", "Join our Community", the sections, the headline, the subtitle on most, the byline in
    // capitals ("By ANN LEE", "By ANN LEE and BOB STONE", "By TOI STAFF", "By AGENCIES", "By ANN LEE
    // and AGENCIES", an AP reporter with "JERUSALEM (AP) — "), "Follow" and the alert sentences a
    // copy picks up on some, "29 January 2020, 5:32 pm" with "Updated at 7:04 pm" (or a later day's
    // date) on some, on the line below or run on; the share buttons; the caption with "(Ann
    // Lee/Flash90)", "(AP Photo/Ann Lee)", "(Courtesy)" or "(iStock)", "Illustrative: " before some;
    // "Agencies contributed to this report." on some; "Read more about:" and the tags; the appeal to
    // join the community on some; the liveblog's "Today, 7:41 pm" entries on some; the footer and
    // "Powered by WordPress.com VIP".
    name: "held-out-times-of-israel",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const copied = copiedIn(ctx, d, 0.35);
      const roll = ctx.rng();
      const ap = roll >= 0.25 && roll < 0.4;
      const desk = roll < 0.15 ? "TOI STAFF" : roll < 0.25 ? "AGENCIES" : undefined;
      const names = desk ? [] : ap ? [ctx.pick(TOI_AP_NAMES)] : fromPool(ctx, TOI_NAMES, 0.15);
      const suffix = !desk && !ap && ctx.rng() < 0.25 ? ctx.pick(["AGENCIES", "TOI STAFF"]) : undefined;
      const place = ap ? ctx.pick(TOI_PLACES) : undefined;
      const upd = ctx.rng() < 0.35 ? updateOf(ctx, 0.3, h) : undefined;
      const long = (day: Day) => `${day.d} ${MONTHS[day.m - 1]} ${day.y}`;
      const page = new Page();
      page.cb("The Times of Israel", "עברית | العربية | Français | فارسی", "Log in", "Join our Community");
      page.cb("Israel & the Region", "Jewish Times", "Israel Inside", "Ops & Blogs", "ToI Community", "Podcasts");
      page.h(ctx.story.title);
      if (ctx.rng() < 0.85) {
        const dek = ctx.pick(DEKS);
        page.h(dek);
        page.dek = dek;
      }
      const byText = desk ?? `${joinNames(names.map((n) => n.toUpperCase()))}${suffix ? ` and ${suffix}` : ""}`;
      page.h(`By ${byText}`);
      if (names.length && !ap && ctx.rng() < 0.5)
        page.cb(
          "Follow",
          "You will receive email alerts from this author. Manage alert preferences on your profile page",
          "You will no longer receive email alerts from this author. Manage alert preferences on your profile page",
        );
      const when = `${long(d)}, ${lowClock(h, min)}`;
      const updLine = upd ? (upd.iso === ctx.story.date ? `Updated at ${lowClock(upd.hh, upd.mm)}` : `Updated ${long(dayOf(upd.iso))}, ${lowClock(upd.hh, upd.mm)}`) : undefined;
      if (!updLine) page.h(when);
      else if (ctx.rng() < 0.5) page.h(when, updLine);
      else page.h(`${when} | ${updLine}`);
      page.cb("Facebook", "Twitter", "Email", "WhatsApp", "Comments");
      const illustrative = new Set<string>();
      body(page, ctx, {
        lead: (p) => (place ? `${place} (AP) — ${p}` : p),
        figure: (c, cr) => {
          if (cr === "iStock" || (cr && ctx.rng() < 0.1)) {
            illustrative.add(c);
            return [`Illustrative: ${c} (${cr})`];
          }
          return [cr ? `${c} (${cr})` : c];
        },
        credit: (who) => {
          const r = ctx.rng();
          return r < 0.1 ? "" : r < 0.45 ? `${who}/Flash90` : r < 0.65 ? `AP Photo/${who}` : r < 0.75 ? "Courtesy" : r < 0.85 ? "iStock" : r < 0.93 ? "Screen capture: YouTube" : "Israel Police";
        },
        between: {},
      });
      for (const f of page.figures) if (illustrative.has(f.caption ?? "")) f.caption = `Illustrative: ${f.caption}`;
      if ((desk === "AGENCIES" || suffix === "AGENCIES") && ctx.rng() < 0.6) {
        page.blocks.push(["Agencies contributed to this report."]);
        page.story.push("Agencies contributed to this report.");
      }
      page.cb("Read more about:", ...others(ctx, 3, TOI_TAGS));
      if (ctx.rng() < 0.5)
        page.cb(
          "You're a dedicated reader",
          `We’re really pleased that you’ve read ${3 + Math.floor(ctx.rng() * 20)} Times of Israel articles in the past month.`,
          "That’s why we started the Times of Israel: to give discerning readers like you the coverage of Israel and the Jewish world you can’t get elsewhere.",
          "So now we have a request. Unlike other news outlets, we haven’t put up a paywall. But the journalism we do is costly, so we invite the readers for whom it matters to support our work by joining The Times of Israel Community.",
          "Join Our Community",
          "Already a member? Sign in to stop seeing this",
        );
      if (ctx.rng() < 0.35) {
        const t1 = { hh: Math.min(h + 2, 23), mm: (min + 9) % 60 };
        const t2 = { hh: Math.min(h + 1, 23), mm: (min + 41) % 60 };
        const [a, b] = others(ctx, 2, TOI_HEADLINES);
        page.cb("Liveblog", `Today, ${lowClock(t1.hh, t1.mm)}`, a!, `Today, ${lowClock(t2.hh, t2.mm)}`, b!, "View all");
      }
      page.cb("Trending", ...others(ctx, 3, TOI_HEADLINES));
      page.cb("Terms of Use", "Privacy Policy", "About Us", "Advertise with us", "Contact Us");
      page.h(`© ${copied} THE TIMES OF ISRAEL, ALL RIGHTS RESERVED`);
      page.c("Powered by WordPress.com VIP");
      return { page, header: { byline: names, ...(place ? { dateline: place } : {}), ...(upd ? { updated: upd.iso } : {}) } };
    },
  },
  {
    // RTÉ News: the skip link, the network's bar, the news bar, the section, the headline, "Updated
    // / Wednesday, 29 Jan 2020 17:32" (the only date the page gives: the day it was posted, the
    // update the same day); the lead photo's caption above the story, bare or with "(Pic:
    // RollingNews.ie)"; "By Ann Lee" over "Political Correspondent" (or the name alone, two names,
    // or none) above the story; "Read more:" and a headline or two between paragraphs; "Share";
    // "Most Read" and its headlines, the footer, the public broadcaster's line, "© RTÉ 2024".
    name: "held-out-rte",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const copied = copiedIn(ctx, d, 0.35);
      const roll = ctx.rng();
      const names = roll < 0.45 ? [] : fromPool(ctx, RTE_NAMES, 0.12);
      // The page shows one time, "Updated", which is the posting time or a later one the same day.
      const shown = ctx.rng() < 0.5 ? { hh: h, mm: min } : { hh: Math.min(h + 1 + Math.floor(ctx.rng() * 3), 23), mm: (min + 23) % 60 };
      const page = new Page();
      page.c("Skip to main content");
      page.cb("RTÉ", "News", "Sport", "Entertainment", "Business", "Lifestyle", "Culture", "RTÉ Player", "Radio", "Weather");
      page.cb("News", "Ireland", "World", "Business", "Politics", "Courts", "Regional", "Climate");
      page.c(ctx.pick(RTE_SECTIONS));
      page.h(ctx.story.title);
      page.h(`Updated / ${WEEKDAYS[d.wd]}, ${d.d} ${mon(d)} ${d.y} ${clock24(shown.hh, shown.mm)}`);
      const credit = () => {
        const r = ctx.rng();
        return r < 0.6 ? undefined : r < 0.8 ? "RollingNews.ie" : r < 0.9 ? "Getty Images" : "RTÉ";
      };
      const [lead, ...rest] = ctx.story.captions;
      if (lead) {
        const cr = credit();
        page.h(cr ? `${lead} (Pic: ${cr})` : lead);
        page.figures.push({ caption: lead, ...(cr ? { credit: cr } : {}) });
      }
      if (names.length > 1) page.h(`By ${joinNames(names)}`);
      else if (names.length) {
        if (ctx.rng() < 0.75) {
          const role = ctx.pick(RTE_ROLES);
          page.h(`By ${names[0]}`, role);
          page.chrome.push(role);
        } else page.h(`By ${names[0]}`);
      }
      page.c("Share");
      const between: Record<number, string[]> = {};
      if (ctx.rng() < 0.7) between[ctx.story.paragraphs.length >= 5 ? 2 : 1] = ["Read more:", ...others(ctx, ctx.rng() < 0.5 ? 1 : 2, RTE_HEADLINES)];
      body(page, { ...ctx, story: { ...ctx.story, captions: rest } }, {
        lead: (p) => p,
        figure: (c, cr) => [cr ? `${c} (Pic: ${cr})` : c],
        credit: () => credit() ?? "",
        between,
      });
      page.cb("Most Read", ...others(ctx, 4, RTE_HEADLINES));
      page.cb("About RTÉ", "Contact RTÉ", "Privacy Notice", "Cookie Policy", "Accessibility", "Complaints", "RTÉ Player");
      page.h(
        "RTÉ.ie is the website of Raidió Teilifís Éireann, Ireland's National Public Service Media. RTÉ is not responsible for the content of external internet sites.",
        `© RTÉ ${copied}`,
      );
      // The only date, labelled as the update's: set down as the date alone, as every earlier group
      // sets down a page that shows only an update (the importer's convention: the date there is).
      return { page, header: { byline: names } };
    },
  },
  {
    // Euronews: the skip link, the bar, the section, the headline, the summary on most. Later
    // copies: "By Ann Lee  with AFP" (or "By Ann Lee & Bob Stone", or "By Euronews with AP"), then
    // "Published on 29/01/2020 - 17:32 GMT+1 • Updated 19:04" (the update's date too on a later day;
    // Lyon's winter or summer offset), "Video editor • …" on some, the share menu with
    // "Copy/paste the article video embed link below:", "Text size Aa Aa". Earlier copies: "By Ann
    // Lee  with AFP  •  last updated: 29/01/2020 - 17:32" (the only date: the day it was posted).
    // The caption with " - Copyright AP Photo/Ann Lee" run on, or "Copyright …" below it on earlier
    // copies; "ADVERTISEMENT", "Related" and a headline between paragraphs; "Share this article",
    // "Comments", more headlines, "Browse today's tags", the footer.
    name: "held-out-euronews",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const copied = copiedIn(ctx, d, 0.3);
      const newer = copied >= 2022;
      const roll = ctx.rng();
      const names = roll < 0.25 ? [] : fromPool(ctx, [...EN_NAMES, ctx.names[0]!], 0.2);
      const agency = names.length < 2 && ctx.rng() < 0.5 ? ctx.pick(EN_AGENCIES) : undefined;
      const byline = names.length ? `By ${names.join(" & ")}${agency ? `  with ${agency}` : ""}` : `By Euronews${agency ? ` with ${agency}` : ""}`;
      const upd = newer && ctx.rng() < 0.5 ? updateOf(ctx, 0.35, h) : undefined;
      const zone = `GMT+${euDst(d) ? 2 : 1}`;
      const page = new Page();
      page.c("Skip to main content");
      page.cb("euronews.", ...(newer ? ["My Europe", "World", "Business", "Travel", "Next", "Culture", "Green", "Health", "Video", "Live"] : ["Europe", "World", "Business", "Sport", "Green", "Next", "Travel", "Culture", "Video", "Live"]));
      page.c(ctx.pick(EN_SECTIONS));
      page.h(ctx.story.title);
      if (ctx.rng() < 0.75) {
        const dek = ctx.pick(DEKS);
        page.h(dek);
        page.dek = dek;
      }
      if (newer) {
        const pub = `Published on ${dmy(d)} - ${clock24(h, min)} ${zone}`;
        const upText = upd ? ` • Updated ${upd.iso === ctx.story.date ? "" : `${dmy(dayOf(upd.iso))} - `}${clock24(upd.hh, upd.mm)}` : "";
        page.h(byline, `${pub}${upText}`);
        if (names.length && ctx.rng() < 0.2) page.c(`Video editor • ${otherName(ctx)}`);
        page.cb("Share this article", "Comments");
        page.cb("Share this article", "Close Button");
        page.cb("Copy/paste the article video embed link below:", "Copy");
        page.cb("Twitter", "Facebook", "Flipboard", "Send", "Reddit", "Linkedin", "Messenger", "Telegram", "VK", "Bluesky", "Threads", "Whatsapp");
        page.c("Text size Aa Aa");
      } else {
        page.h(`${byline}  •  last updated: ${dmy(d)} - ${clock24(h, min)}`);
        page.cb("Share this article", "Comments");
      }
      const between: Record<number, string[]> = { 0: ["ADVERTISEMENT"] };
      if (ctx.story.paragraphs.length >= 4) between[2] = ["ADVERTISEMENT"];
      if (ctx.rng() < 0.5) between[1] = ["Related", ctx.pick(EN_HEADLINES)];
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => (cr ? (newer ? [`${c} - Copyright ${cr}`] : [c, `Copyright ${cr}`]) : [c]),
        credit: (who) => {
          const r = ctx.rng();
          return r < 0.1 ? "" : r < 0.4 ? `AP Photo/${who}` : r < 0.6 ? `${who}/AFP` : r < 0.72 ? "Euronews" : r < 0.84 ? `${who}/Reuters` : r < 0.93 ? "Canva" : `European Union, ${d.y}`;
        },
        between,
      });
      page.cb("Share this article", "Comments");
      page.cb(newer ? "More from europe news" : "Read more", ...others(ctx, 3, EN_HEADLINES));
      page.cb("Browse today's tags", ...others(ctx, 4, EN_TAGS));
      page.cb("About Euronews", "Contact", "Press", "Work with us", "Terms and conditions", "Cookie Policy", "Privacy Policy", "Modify cookie preferences");
      page.h(`Copyright © euronews ${copied}`);
      return { page, header: { byline: names, ...(upd ? { updated: upd.iso } : {}) } };
    },
  },
  {
    // A local story clipped to Markdown and pasted. MarkDownload's default template: the front
    // matter ("created: 2024-03-05T10:14:22 (UTC -07:00)", "tags: […]", "source: …", "author: …"
    // as the page's byline gave it, or empty), "# Headline | Site", "> ## Excerpt" over the
    // summary (or the lede cut short), "---", the page's own date line, "![](…)" over each
    // caption, "Advertisement" and a subscribe link kept on some. Obsidian's Web Clipper: the
    // front matter (the title, with the site's name on some, "source:", the authors as "[[Ann
    // Lee]]" in a list, "published: 2020-01-29" or the full timestamp, "created: 2024-11-05", the
    // description, the "clippings" tag), then the story with no headline, "![caption](…)" over each
    // caption. "## " before a subheading on some. The clip is made the day the story ran or
    // years later; the story's date is the published one.
    name: "held-out-markdown-clip",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const site = ctx.pick(MD_SITES);
      const obsidian = ctx.rng() < 0.5;
      const names = ctx.rng() < 0.15 ? [] : oneOrTwo(ctx, 0.2);
      const clipIso = daysFrom(ctx.story.date, ctx.pick([0, 1, 3, 12, 45, 200, 700, 1500]));
      const c = dayOf(clipIso);
      const ch = clipIso === ctx.story.date ? Math.min(h + 1 + Math.floor(ctx.rng() * 4), 23) : 7 + Math.floor(ctx.rng() * 15);
      const cm = Math.floor(ctx.rng() * 60);
      const cs = Math.floor(ctx.rng() * 60);
      const offset = dst(c) ? "-06:00" : "-07:00";
      const url = `https://${site.domain}/${site.path}/${pathOf(ctx.story)}/`;
      const dek = ctx.rng() < 0.6 ? ctx.pick(DEKS) : undefined;
      const upd = !obsidian && ctx.rng() < 0.2 ? updateOf(ctx, 0.5, h) : undefined;
      const suffix = `${ctx.rng() < 0.5 ? " | " : " - "}${site.name}`;
      const img = () => `https://${site.domain}/resizer/${fileCode(ctx)}/${fileCode(ctx)}.jpg`;
      const page = new Page();
      const front = (lines: [string, boolean][]) => {
        page.blocks.push(lines.map(([l]) => l));
        page.chrome.push(...lines.filter(([, chrome]) => chrome).map(([l]) => l));
      };
      if (obsidian) {
        const pub = ctx.rng() < 0.6 ? ctx.story.date : `${ctx.story.date}T${clock24(h, min)}:00${dst(d) ? "-06:00" : "-07:00"}`;
        front([
          ["---", true],
          [`title: "${ctx.story.title.replaceAll('"', '\\"')}${ctx.rng() < 0.35 ? suffix : ""}"`, false],
          [`source: "${url}"`, true],
          ["author:", false],
          ...names.map((n): [string, boolean] => [`  - "[[${n}]]"`, false]),
          [`published: ${pub}`, false],
          [`created: ${clipIso}`, true],
          [`description: "${(dek ?? excerptOf(ctx.story)).replaceAll('"', '\\"')}"`, false],
          ["tags:", true],
          ['  - "clippings"', true],
          ["---", true],
        ]);
        if (dek) page.dek = dek;
      } else {
        const author = names.length ? ctx.pick([joinNames(names), `By ${joinNames(names)}`, `${joinNames(names)}, ${site.name}`]) : "";
        front([
          ["---", true],
          [`created: ${clipIso}T${clock24(ch, cm)}:${pad(cs)} (UTC ${offset})`, true],
          [`tags: [${ctx.rng() < 0.5 ? "" : others(ctx, 2, MD_TAGS).join(", ")}]`, true],
          [`source: ${url}`, true],
          [`author: ${author}`.trim(), false],
          ["---", true],
        ]);
        page.h(`# ${ctx.story.title}${suffix}`);
        page.blocks.push(["> ## Excerpt", `> ${dek ?? excerptOf(ctx.story)}`]);
        page.chrome.push("> ## Excerpt");
        if (dek) page.dek = dek;
        page.c("---");
        const r = ctx.rng();
        const when = r < 0.35 ? `Published ${apClock(h, min)} ${dst(d) ? "MDT" : "MST"} ${apDate(d)}` : r < 0.7 ? `${apDate(d)} at ${apClock(h, min)}` : `${WEEKDAYS[d.wd]}, ${usLong(d)}`;
        page.h(when, ...(upd ? [`Updated ${apDate(dayOf(upd.iso))} at ${apClock(upd.hh, upd.mm)}`] : []));
      }
      const subAt = ctx.story.paragraphs.length >= 5 && ctx.rng() < 0.3 ? 2 + Math.floor(ctx.rng() * (ctx.story.paragraphs.length - 3)) : -1;
      const sub = ctx.pick(MD_SUBHEADS);
      const between: Record<number, string[]> = {};
      if (!obsidian && ctx.rng() < 0.35) between[1] = ["Advertisement"];
      body(page, ctx, {
        lead: (p) => p,
        figure: (cap, cr) => {
          const text = cr ? `${cap} (${cr})` : cap;
          return obsidian ? [`![${cap}](${img()})`, text] : [`![](${img()})`, "", text];
        },
        credit: (who) => {
          const r = ctx.rng();
          return r < 0.15 ? "" : r < 0.6 ? `${who}/${site.name.replace(/^The /, "")}` : r < 0.8 ? `Photo by ${who}` : "AP Photo";
        },
        between,
        subhead: (i) => (i === subAt ? `## ${sub}` : undefined),
      });
      page.subheadings = page.subheadings.map((s) => s.replace(/^## /, ""));
      if (!obsidian && ctx.rng() < 0.3) page.c(`[Subscribe to ${site.name}](https://${site.domain}/subscribe/)`);
      return { page, header: { byline: names, ...(upd ? { updated: upd.iso } : {}) } };
    },
  },
  {
    // A story pasted into a shared Google Doc under someone's notes, downloaded as plain text:
    // the doc's own heading, the notes' bullets ("* ", "● ", "○ "), a line dated in the writer's
    // way with their initials ("Notes 2/3/20 — KP", "Pulled 3 Feb 2020 – KP", "Last checked
    // February 3, 2020"), the source's address on most, Docs' "________________" rule on some; then
    // the pasted story: the headline, the byline ("By Ann Lee", "Ann Lee | The Lakeport Record"),
    // the date ("Posted Wednesday, January 29, 2020 5:32 PM", "Jan. 29, 2020 Updated Jan. 30,
    // 2020", "Wed, Jan 29, 2020 5:32 pm"), above or below it or on one line with it; "DENVER — " on
    // some; the caption with its credit, or on the line above it; "Advertisement" left in on
    // some; the comment anchors "[a]" after a paragraph's last stop and the comments at the foot;
    // follow-up notes below on some.
    name: "held-out-gdoc-notes",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const site = ctx.pick(DOC_SITES);
      const writer = otherName(ctx);
      const ini = initials(writer);
      const n = dayOf(daysFrom(ctx.story.date, ctx.pick([1, 2, 4, 9, 30, 95])));
      const names = ctx.rng() < 0.15 ? [] : oneOrTwo(ctx, 0.2);
      const bullet = ctx.pick(["* ", "● ", "○ ", "- "]);
      const url = `https://www.${site.domain}/news/${pathOf(ctx.story)}`;
      const upd = ctx.rng() < 0.4 ? { iso: nextDay(ctx.story.date) } : undefined;
      const place = ctx.rng() < 0.25 ? ctx.place : undefined;
      const page = new Page();
      page.c(ctx.pick(DOC_TITLES));
      const noteLine = ctx.pick([
        `Notes ${n.m}/${n.d}/${String(n.y).slice(2)} — ${ini}`,
        `Pulled ${n.d} ${mon(n)} ${n.y} – ${ini}`,
        `Last checked ${usLong(n)}`,
        `${ini} – ${WEEKDAYS[n.wd]} ${n.d} ${MONTHS[n.m - 1]}`,
      ]);
      const notes = others(ctx, 2 + Math.floor(ctx.rng() * 3), DOC_NOTES).map((x) => `${bullet}${x}`);
      if (ctx.rng() < 0.5) {
        page.c(noteLine);
        page.cb(...notes);
      } else {
        page.cb(...notes);
        page.c(noteLine);
      }
      if (ctx.rng() < 0.75) page.c(ctx.pick([`Source: ${url}`, `Link: ${url}`, `From ${site.name} (${url})`]));
      if (ctx.rng() < 0.6) page.c("________________");
      page.h(ctx.story.title);
      const by = names.length ? (ctx.rng() < 0.6 ? `By ${joinNames(names)}` : `${joinNames(names)} | ${site.name}`) : undefined;
      const r = ctx.rng();
      const when =
        r < 0.35
          ? `Posted ${WEEKDAYS[d.wd]}, ${usLong(d)} ${upClock(h, min)}`
          : r < 0.65
            ? `${apDate(d)}${upd ? ` Updated ${apDate(dayOf(upd.iso))}` : ""}`
            : `${WEEKDAYS[d.wd]!.slice(0, 3)}, ${mon(d)} ${d.d}, ${d.y} ${lowClock(h, min)}`;
      // Only the second form shows an update.
      const shownUpd = r >= 0.35 && r < 0.65 ? upd : undefined;
      if (!by) page.h(when);
      else if (ctx.rng() < 0.2) page.h(`${by} | ${when}`);
      else if (ctx.rng() < 0.7) page.h(by, when);
      else page.h(when, by);
      const between: Record<number, string[]> = {};
      if (ctx.rng() < 0.3) between[1] = ["Advertisement"];
      const below = ctx.rng() < 0.5;
      body(page, ctx, {
        lead: (p) => (place ? `${place} — ${p}` : p),
        figure: (c, cr) => (cr ? (below ? [c, cr] : [`${c} (${cr})`]) : [c]),
        credit: (who) => {
          const q = ctx.rng();
          return q < 0.15 ? "" : q < 0.5 ? `Photo: ${who}/${site.short}` : q < 0.7 ? `Photo by ${who}` : q < 0.85 ? `${who} / ${site.name}` : "Courtesy photo";
        },
        between,
        bareCaptions: true,
      });
      // Comments: an anchor after a paragraph's last stop, the comment itself at the foot.
      const comments: string[] = [];
      if (ctx.rng() < 0.6) {
        const count = ctx.rng() < 0.6 ? 1 : 2;
        const texts = others(ctx, count, DOC_COMMENTS);
        const indices = others(
          ctx,
          count,
          ctx.story.paragraphs.slice(1).map((_, i) => String(i + 1)),
        )
          .map(Number)
          .sort((a, b) => a - b);
        indices.forEach((pi, k) => {
          const p = ctx.story.paragraphs[pi]!;
          const block = page.blocks.find((b) => b.length === 1 && b[0] === p);
          const mark = `[${"abcdefgh"[k]}]`;
          if (block) {
            block[0] = `${p}${mark}`;
            comments.push(`${mark}${texts[k]}`);
          }
        });
      }
      if (ctx.rng() < 0.3) page.cb("Follow-up:", ...others(ctx, 2, DOC_NOTES).map((x) => `${bullet}${x}`));
      if (comments.length) page.cb(...comments);
      return { page, header: { byline: names, ...(place ? { dateline: place } : {}), ...(shownUpd ? { updated: shownUpd.iso } : {}) } };
    },
  },
];
