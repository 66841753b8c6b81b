/**
 * A twenty-third held-out group of outlet styles for the import evaluation (issue 13), written
 * before reading the importer's code (only src/ingest/eval/, scripts/eval-import.ts, the evaluation
 * test, the earlier groups' committed fixtures, README.md and package.json were read), to be scored
 * untouched. Independent US metro papers, the business press with its paywall, the US-funded
 * international broadcasters, English-language outlets of the Gulf, Israel, Thailand, the
 * Philippines and Russia's exiled press, and two ways a story reaches a contributor outside a
 * page: a Mastodon thread that quotes it paragraph by paragraph, and an email's print view. Each is
 * written from memory of how its text comes out of a browser's "select all, copy" (or the mail's
 * own print) between 2019 and 2024; a 2019 story copied in 2023 carries the 2023 template round
 * the 2019 date.
 *
 * US metros: The Philadelphia Inquirer ("by Ann Lee, Updated: January 29, 2020- 5:32 PM" on one
 * line on earlier copies, the only date; "by Ann Lee and Bob Stone" over "Published Jan. 29, 2020,
 * 5:32 p.m. ET" and "Updated …" on later ones; "ANN LEE / Staff Photographer" after the caption's
 * stop or below it, "ADVERTISEMENT", "Read more", the authors' cards, "Read more by Ann Lee");
 * the Star Tribune ("By Ann Lee Star Tribune" over "January 29, 2020 — 5:32pm" on earlier copies,
 * "By Ann Lee" over "Star Tribune" or "The Minnesota Star Tribune" and "January 29, 2020 at
 * 5:32PM" on later ones, an AP reporter in capitals with "ST. PAUL, Minn. — ", the credit below
 * the caption or in parentheses) and The Seattle Times ("Jan. 29, 2020 at 5:32 pm" or
 * "Originally published … | Updated …", the lead photo above "By Ann Lee" and "Seattle Times staff
 * reporter", "The Associated Press" with "OLYMPIA, Wash. (AP) — ", "Advertising", the reporter's
 * contact line below the story).
 *
 * The business press: the Financial Times (the skip links, the bars, the topic and "Add to myFT",
 * the headline, the standfirst, the Editor's Digest prompt on copies from 2023, the lead photo's
 * caption with no stop and "© Ann Lee/Bloomberg", the byline with no "By" ("Ann Lee in London and
 * Bob Stone in Frankfurt"), "January 29 2020" with no comma or "Published January 29 2020",
 * "Save", "Print this page", the myFT Digest prompt, the copyright, "Follow the topics in this
 * article" with "Add to myFT" after each) and The Economist (no byline, "Britain | Running dry"
 * above the headline, the rubric, "Jan 29th 2020", "Image: Getty Images" under the lead picture,
 * "Listen to this story" and the audio's fallback line, "This article appeared in the … section
 * of the print edition under the headline …", the subscription prompts of a metered copy).
 *
 * International broadcasters: RFE/RL ("By Ann Lee", "By RFE/RL's Kazakh Service", "By Ann Lee and
 * RFE/RL's Georgian Service", "January 29, 2020 17:32 GMT", bare captions, "With reporting by
 * Reuters and AFP" below the story, "Copyright (c) 2024. RFE/RL, Inc. …") and the Voice of
 * America ("By Ann Lee, Bob Stone" with a comma, "VOA News", "January 29, 2020 5:32 PM",
 * "WASHINGTON - " with a hyphen, "Some information for this report came from …" below the story,
 * the print options).
 *
 * The Gulf and Israel: Arab News ("Short Url" and "https://arab.news/…", "Updated 29 January
 * 2020" over the name (or "AFP", "Arab News") and "January 29, 2020 17:32", "RIYADH: ", "(AFP)",
 * "(AN Photo/Ann Lee)"); The Jerusalem Post ("By ANN LEE, BOB STONE" in capitals, "By REUTERS",
 * "By JERUSALEM POST STAFF", "JANUARY 29, 2020 17:32" with "Updated: …" on earlier copies,
 * "Published: …" on later ones, "(photo credit: ANN LEE)" or "(credit: REUTERS/ANN LEE)").
 *
 * South-east Asia: the Bangkok Post ("PUBLISHED : 29 Jan 2020 at 17:32", "UPDATED : …",
 * "NEWSPAPER SECTION: News", "WRITER: Ann Lee" or "WRITER: Online Reporters", "CHIANG MAI: ",
 * "(Photo: Ann Lee)", "Do you like the content of this article?") and Rappler ("Published 5:32 PM,
 * January 29, 2020 Updated 7:04 PM, January 29, 2020" on earlier copies, "Jan 29, 2020 5:32 PM
 * PHT" on later ones, the AI summary's note from 2023, "MANILA, Philippines – ", "Photo by Ann
 * Lee/Rappler", " – Rappler.com" after the last paragraph's stop, the mood meter).
 *
 * Russia's exiled press: The Moscow Times ("Jan. 29, 2020" over the name or "AFP", the caption with
 * "Ann Lee / Moskva News Agency", "Read more about:", the message to readers on copies from
 * 2023) and Meduza in English ("5:32 pm, January 29, 2020", "Story by Ann Lee" on some, "Ann Lee /
 * Reuters / Scanpix / LETA", "Source: Meduza", the appeal).
 *
 * Outside the browser: a Mastodon thread quoting a paywalled story (the instance's column and the
 * sidebar, each post under the poster's name and handle with the time, the link card, the pasted
 * headline, byline and date in the first post, a paragraph a post with "2/7" below, boosts and
 * favourites, replies); and an email's print view: Gmail's ("Gmail" and the account, the subject,
 * "1 message", the sender and "Thu, Jan 30, 2020 at 9:14 AM", "To: …", the note, the pasted
 * story, the signature, "[Quoted text hidden]") or Outlook's memo ("From:", "Sent: Thursday,
 * January 30, 2020 9:14 AM", "To:", "Subject: FW: …", the external sender's caution, the
 * confidentiality notice).
 *
 * The outlets, agencies, apps and networks are the real ones, as the copied text would carry them;
 * people, local papers, other headlines, notes and replies are made up, and no page is copied.
 */
import { AP_MONTHS, body, dayOf, daysFrom, DEKS, FIRST, h12, LAST, mon, MONTHS, nextDay, pad, Page, shortWeekday, WEEKDAYS, type Ctx, type Day, type Story, type Style } from "./outlets.ts";

/** "Ann Lee", "Ann Lee and Bob Stone", "Ann Lee, Bob Stone and Cy Young" */
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
/** One name, two or three from a pool: different names. */
const oneToThree = (ctx: Ctx, pool: readonly string[], two: number, three: number) => {
  const r = ctx.rng();
  return others(ctx, r < three ? 3 : r < three + two ? 2 : 1, pool);
};
/** Someone else: a photographer, an editor, a colleague. */
const otherName = (ctx: Ctx) => `${ctx.pick(FIRST)} ${ctx.pick(LAST)}`;
/** An update the next morning, or the same day a couple of hours after the story was posted. */
const updateOf = (ctx: Ctx, nextDayShare: number, hh: number) =>
  ctx.rng() < nextDayShare ? { iso: nextDay(ctx.story.date), hh: 9, mm: 4 } : { iso: ctx.story.date, hh: Math.min(hh + 2, 23), mm: (ctx.time.min + 17) % 60 };
/** The year a page was copied in: the footer's year, not the story's. */
const copyYear = (ctx: Ctx, day: Day) => Math.max(day.y, 2022) + Math.floor(ctx.rng() * 3);
/** Copied the week it ran, on some; years later on most. */
const copiedIn = (ctx: Ctx, day: Day, sameYear: number) => (ctx.rng() < sameYear ? day.y : copyYear(ctx, day));
/** "January 29, 2020" */
const usLong = (day: Day) => `${MONTHS[day.m - 1]} ${day.d}, ${day.y}`;
/** "29 January 2020" */
const ukLong = (day: Day) => `${day.d} ${MONTHS[day.m - 1]} ${day.y}`;
/** "Jan. 29, 2020" */
const apDate = (day: Day) => `${AP_MONTHS[day.m - 1]} ${day.d}, ${day.y}`;
/** "5:32 p.m." */
const apClock = (hh: number, mm: number) => `${h12(hh)}:${pad(mm)} ${hh < 12 ? "a.m." : "p.m."}`;
/** "5:32 PM" */
const upClock = (hh: number, mm: number) => `${h12(hh)}:${pad(mm)} ${hh < 12 ? "AM" : "PM"}`;
/** "5:32 pm" */
const lowClock = (hh: number, mm: number) => `${h12(hh)}:${pad(mm)} ${hh < 12 ? "am" : "pm"}`;
/** "17:32" */
const clock24 = (hh: number, mm: number) => `${pad(hh)}:${pad(mm)}`;
/** "29th" */
const ordinal = (n: number) => `${n}${n % 10 === 1 && n !== 11 ? "st" : n % 10 === 2 && n !== 12 ? "nd" : n % 10 === 3 && n !== 13 ? "rd" : "th"}`;
/** "Ann Lee" → "annlee" */
const handleOf = (name: string) =>
  name
    .toLowerCase()
    .normalize("NFD")
    .replace(/[^a-z]/g, "");
/** "Ann Lee" → "alee" */
const mailOf = (name: string) => {
  const parts = name
    .toLowerCase()
    .normalize("NFD")
    .replace(/[^a-z ]/g, "")
    .split(" ");
  return `${parts[0]![0]}${parts.at(-1)}`;
};
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
/** The lede cut short as a link card's description is (about 100 characters, then "…"), or nothing when the lede is short. */
const excerptOf = (story: Story) => {
  const p = story.paragraphs[0]!;
  return p.length > 120 ? `${p.slice(0, p.lastIndexOf(" ", 100))}…` : undefined;
};
/** A caption as a page prints it: with its own full stop, one only. */
const stop = (caption: string) => (/[.!?]$/.test(caption) ? caption : `${caption}.`);
/** Adds chrome lines after paragraph `i`, after any already there. */
const add = (between: Record<number, string[]>, i: number, lines: readonly string[]) => {
  between[i] = [...(between[i] ?? []), ...lines];
};
/** A story's last line that is its own (a contributors' note): story, not chrome. */
const tail = (page: Page, line: string) => {
  page.blocks.push([line]);
  page.story.push(line);
};
/**
 * The story's first photo as the page's lead photo, printed where it is called (above or below the
 * byline): its figure, and the context whose story keeps the other captions for the body.
 */
const leadPhoto = (page: Page, ctx: Ctx, share: number, lines: (caption: string, credit: string | undefined) => string[], credit: () => string | undefined): Ctx => {
  const [lead, ...rest] = ctx.story.captions;
  if (!lead || ctx.rng() >= share) return ctx;
  const cr = credit();
  page.h(...lines(lead, cr));
  page.figures.push({ caption: lead, ...(cr ? { credit: cr.replace(/^credit:\s*/i, "") } : {}) });
  return { ...ctx, story: { ...ctx.story, captions: rest } };
};
/**
 * The story with something glued after its last paragraph (" – Rappler.com"): printed so, while
 * the expectation keeps the paragraph as written.
 */
const withSignOff = (ctx: Ctx, signOff: string): Ctx => {
  const ps = [...ctx.story.paragraphs];
  ps[ps.length - 1] = `${ps.at(-1)!}${signOff}`;
  return { ...ctx, story: { ...ctx.story, paragraphs: ps } };
};
const unSignOff = (page: Page, ctx: Ctx) => {
  page.story[page.story.length - 1] = ctx.story.paragraphs.at(-1)!;
};

const US_BEATS = ["City Hall", "the environment", "transportation", "state government", "public health", "the suburbs", "schools"];
const INQ_NAMES = ["Jillian Marchetti", "Darnell Whitcombe", "Rosa Villanueva", "Brendan O'Hare", "Mina Cho", "Terrence Abbate"];
const INQ_SECTIONS = ["News", "Politics", "Philly", "Pennsylvania", "New Jersey", "Health", "Transportation"];
const STRIB_NAMES = ["Hailey Lindgren", "Mohamed Farah", "Katrina Solberg", "Jake Hendrickson", "Nora Vang", "Paul Gustafson"];
const STRIB_SECTIONS = ["LOCAL", "MINNEAPOLIS", "ST. PAUL", "POLITICS", "OUTDOORS", "BUSINESS"];
const ST_NAMES = ["Ingrid Halvorsen", "Marcus Tanaka", "Leah Whitebear", "Owen Castellano", "Priya Menon", "Danielle Okafor"];
const ST_SECTIONS = ["Local News", "Local Politics", "Environment", "Traffic Lab", "Education", "Eastside"];
const US_METRO_HEADLINES = [
  "SEPTA to cut service on three bus routes",
  "Light rail extension opens to riders this weekend",
  "City council approves budget with property tax increase",
  "Snow emergency declared ahead of weekend storm",
  "State lawmakers weigh changes to water rules",
  "School board delays vote on boundary changes",
];
const WA_PLACES = ["OLYMPIA, Wash.", "SPOKANE, Wash.", "PORTLAND, Ore.", "BOISE, Idaho"];
const MN_PLACES = ["ST. PAUL, Minn.", "DULUTH, Minn.", "FARGO, N.D.", "MADISON, Wis."];

const FT_NAMES = ["Harriet Langdon", "Sebastian Kerr", "Amelia Oduya", "Tobias Renfrew", "Priyanka Sethi", "Claudia Romero", "Felix Baumann"];
const FT_CITIES = ["London", "New York", "Frankfurt", "Brussels", "Washington", "Paris", "Hong Kong", "Singapore", "Madrid"];
const FT_TOPICS = ["Water", "Climate change", "UK politics & policy", "Infrastructure", "Utilities", "Environment", "US politics & policy", "Global economy"];
const FT_HEADLINES = [
  "Thames Water seeks emergency funding from shareholders",
  "Europe faces summer of drought as rivers run low",
  "Bond investors brace for rate decision",
  "Utilities face tougher rules on sewage spills",
  "Treasury weighs infrastructure spending review",
];
const ECO_SECTIONS = ["Britain", "United States", "Europe", "International", "Finance & economics", "Science & technology", "Asia", "Middle East & Africa", "The Americas"];
const ECO_FLYS = ["Running dry", "Troubled waters", "Local difficulties", "Burning questions", "Bridge over troubled water", "Paying the piper", "Down the drain", "Counting the cost"];

const RFE_NAMES = ["Aigerim Tulegenova", "Giorgi Beridze", "Nadia Rusanova", "Farrukh Yusupov", "Ilona Marchenko", "Daniel Whitmore"];
const RFE_SERVICES = ["Kazakh Service", "Georgian Service", "Ukrainian Service", "Russian Service", "Tajik Service", "Balkan Service", "Radio Farda"];
const RFE_SECTIONS = ["Kazakhstan", "Georgia", "Ukraine", "Russia", "Central Asia", "Balkans", "Iran", "Environment"];
const VOA_NAMES = ["Carla Bittencourt", "Steve Ochieng", "Mariam Sesay", "Ken Nakashima", "Liam Rourke", "Esther Banda"];
const VOA_SECTIONS = ["USA", "Africa", "Asia", "Americas", "Europe", "Middle East", "Science & Health", "Economy"];
const VOA_PLACES = ["WASHINGTON", "NAIROBI, KENYA", "JOHANNESBURG", "BANGKOK", "ISTANBUL", "LOS ANGELES"];
const INTL_HEADLINES = [
  "Court jails activist for five years on extremism charge",
  "Drought threatens harvest across Central Asia",
  "Election observers report irregularities",
  "Protesters demand release of detained journalist",
  "Floods displace thousands after dam breach",
];

const AN_NAMES = ["Rashid Hassan", "Lulwa Shalhoub", "Tarek Ali Ahmad", "Nour El-Din Saleh", "Rawan Radwan", "Jonathan Gornall"];
const AN_SECTIONS = ["Saudi Arabia", "Middle-East", "World", "Business & Economy", "Offbeat"];
const AN_PLACES = ["RIYADH", "JEDDAH", "DUBAI", "BEIRUT", "CAIRO", "AMMAN", "LONDON"];
const AN_TOPICS = ["Saudi Arabia", "Water", "Environment", "Climate change", "Vision 2030", "Infrastructure"];
const JP_NAMES = ["Shira Feldman", "Eitan Rosenthal", "Maya Goldstein", "Avi Mizrahi", "Rina Katzir", "Zvi Hershkovitz"];
const JP_SECTIONS = ["Israel News", "Middle East", "Diaspora", "Health & Science", "Business & Innovation", "Environment"];
const ME_HEADLINES = [
  "Heat wave grips region as temperatures top 45°C",
  "Ministry unveils plan to expand desalination",
  "Knesset panel advances water pricing bill",
  "Saudi Arabia launches new tourism visa",
  "Rain brings relief to farmers in the north",
];

const BP_NAMES = ["Penchan Charoensuthipan", "Wassana Nanuam", "Somchai Rattanakorn", "Apinya Wipatayotin", "Chanida Boonsri", "King-oua Laohong"];
const BP_DESKS = ["Online Reporters", "Post Reporters", "AFP", "Reuters", "Bangkok Post"];
const BP_PLACES = ["CHIANG MAI", "KHON KAEN", "PHUKET", "NAKHON RATCHASIMA", "HAT YAI", "UDON THANI"];
const BP_SECTIONS = ["Thailand", "General", "Politics", "Environment", "World"];
const RAP_NAMES = ["Lian Buan", "Janella Paris", "Rambo Talabong", "Ayee Macaraig", "Dwight de Leon", "Iya Gozum", "Bea Cupin"];
const RAP_PLACES = ["MANILA, Philippines", "CEBU CITY, Philippines", "DAVAO CITY, Philippines", "BAGUIO CITY, Philippines", "ILOILO CITY, Philippines"];
const RAP_SECTIONS = ["Nation", "Metro Manila", "Environment", "Visayas", "Mindanao", "Luzon"];
const SEA_HEADLINES = [
  "Dam levels fall as dry season bites",
  "PM orders probe into flood relief delays",
  "Haze returns to northern provinces",
  "Senate approves amended water code",
  "MRT line to close for weekend repairs",
  "Typhoon signal raised over eastern provinces",
];

const MT_NAMES = ["Daria Krutikova", "Pjotr Sauer", "Yelena Ivashkina", "Mikhail Voronov", "Anya Serebrova", "Thomas Rowley"];
const MT_SECTIONS = ["News", "Business", "Climate", "Arts and Life", "Regions"];
const MT_TOPICS = ["Moscow", "Environment", "Water", "Regions", "Ecology", "Siberia", "Protests"];
const MEDUZA_SOURCES = ["Meduza", "Kommersant", "Interfax", "RBC", "Novaya Gazeta"];
const RU_HEADLINES = [
  "Moscow court jails protester for two years",
  "Siberian river turns red after factory spill",
  "Kremlin denies report on budget cuts",
  "Wildfires rage across Yakutia for third week",
  "Regional governor resigns amid corruption probe",
];

const MASTO_INSTANCES = ["mastodon.social", "newsie.social", "journa.host", "mas.to", "mstdn.social"];
const MASTO_POSTERS = ["Kate Price", "Mo Haddad", "Jess Alonso", "Priyanka Shah", "Dev Okoro", "Lena Fischer", "Tom Beaulieu", "Ruth Adeyemi"];
const MASTO_NOTES = [
  "Today's story is behind the paywall, so here it is in full, a paragraph a post 🧵",
  "Thread: the full text of this one, since a lot of you can't get past the paywall. 🧵",
  "Posting the whole story for those without a subscription. Reading thread below 👇",
  "Big local news. Full text in the thread for anyone who can't open the link.",
];
const MASTO_REPLIES = ["Thanks for posting this!", "Boosting. This affects our whole street.", "Does anyone know when the public meeting is?", "@kateprice thank you, the link wouldn't load for me", "Wild that this only made page 6."];
const MASTO_SITES = [
  { name: "The Cascade Courier", domain: "cascadecourier.example" },
  { name: "North Fork Gazette", domain: "northforkgazette.example" },
  { name: "The Bayview Observer", domain: "bayviewobserver.example" },
] as const;

const MAIL_SENDERS = ["Kate Price", "Mo Haddad", "Jess Alonso", "Priyanka Shah", "Dev Okoro", "Lena Fischer", "Tom Beaulieu", "Ruth Adeyemi"];
const MAIL_ORGS = [
  { name: "Cedar County Water District", domain: "cedarwater.example", role: "Communications Manager" },
  { name: "Lakeside Neighbors Association", domain: "lakesideneighbors.example", role: "Board Secretary" },
  { name: "Valley Civic Alliance", domain: "valleycivic.example", role: "Policy Director" },
] as const;
const MAIL_NOTES = [
  "FYI, this ran in the paper. Pasting the text below since it's behind their paywall.",
  "See below, in case you hadn't seen it. We're quoted near the end.",
  "For the clips file.",
  "Sharing the article from this morning. Let's discuss at Thursday's meeting.",
  "Hi all, see the story below.",
];
const MAIL_SITES = [
  { name: "The Lakeport Record", short: "Record" },
  { name: "Cedar Valley News", short: "News" },
  { name: "The Harbor Ledger", short: "Ledger" },
] as const;

export const HELD_OUT_TWENTYTHIRD_STYLES: readonly Style[] = [
  {
    // Independent US metro papers. The Philadelphia Inquirer: the skip link, the masthead's bar,
    // the section, the headline, the dek on most; earlier copies (to 2021) "by Ann Lee, Updated:
    // January 29, 2020- 5:32 PM" (or "Posted:") on one line, the only date; later ones "by Ann Lee
    // and Bob Stone" over "Published Jan. 29, 2020, 5:32 p.m. ET" and "Updated Jan. 30, 2020, 9:04
    // a.m. ET" on some; the share links; the lead photo with "ANN LEE / Staff Photographer" (or
    // "/ For The Inquirer", "/ AP") after the caption's stop or on the line below;
    // "ADVERTISEMENT" and "Read more" with a headline between paragraphs; each author's card with
    // the handle and the bio, "Read more by Ann Lee", the footer, the copyright. The Star Tribune:
    // the bar, the section in capitals, the headline, the dek on some; earlier copies "By Ann Lee
    // Star Tribune" over "January 29, 2020 — 5:32pm", "Text size", "Share on: …", "Purchase: Order
    // Reprint", the credit "Ann Lee, Star Tribune" below the caption; later copies "By Ann Lee"
    // over "Star Tribune" ("The Minnesota Star Tribune" in 2024) and "January 29, 2020 at
    // 5:32PM", the credit "(Ann Lee/Star Tribune)" after the caption's stop; an AP reporter's name
    // in capitals with "Associated Press" and "ST. PAUL, Minn. — "; "Advertisement", the authors'
    // lines, the footer. The Seattle Times: the bar, the section, the headline, "Jan. 29, 2020 at
    // 5:32 pm" or "Originally published January 29, 2020 at 5:32 pm | Updated …" (on one line or
    // two), the lead photo with "(Ann Lee / The Seattle Times)", "Share story", "By Ann Lee" over
    // "Seattle Times staff reporter" or "The Associated Press" with "OLYMPIA, Wash. (AP) — ",
    // "Advertising" between paragraphs, "Ann Lee: 206-464-2000 or alee@seattletimes.com; on
    // Twitter: @annlee." below the story, "Most Read Local Stories", the offer, the copyright.
    name: "held-out-indie-us-metro",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const copied = copiedIn(ctx, d, 0.3);
      const page = new Page();
      const n = ctx.story.paragraphs.length;
      const between: Record<number, string[]> = {};
      const roll = ctx.rng();
      if (roll < 0.34) {
        const newer = copied >= 2022;
        const names = fromPool(ctx, [...INQ_NAMES, ctx.names[0]!], 0.25);
        const upd = ctx.rng() < 0.4 ? updateOf(ctx, newer ? 0.4 : 0, h) : undefined;
        const below = ctx.rng() < 0.5;
        const credit = (who: string) => {
          const r = ctx.rng();
          return r < 0.5 ? `${who.toUpperCase()} / Staff Photographer` : r < 0.7 ? `${who.toUpperCase()} / For The Inquirer` : r < 0.88 ? `${who.toUpperCase()} / AP` : "Getty Images";
        };
        const photo = (c: string, cr: string | undefined) => (cr ? (below ? [stop(c), cr] : [`${stop(c)} ${cr}`]) : [stop(c)]);
        page.c("Skip to content");
        page.cb("The Philadelphia Inquirer", "Subscribe", "Log In", "News", "Sports", "Betting", "Business", "Opinion", "Politics", "Entertainment", "Life", "Food", "Health", "Real Estate", "Obituaries", "Jobs");
        page.c(ctx.pick(INQ_SECTIONS));
        page.h(ctx.story.title);
        if (ctx.rng() < 0.7) {
          const dek = ctx.pick(DEKS);
          page.h(dek);
          page.dek = dek;
        }
        let updated: string | undefined;
        if (newer) {
          const pub = `Published ${apDate(d)}, ${apClock(h, min)} ET`;
          const up = upd ? [`Updated ${apDate(dayOf(upd.iso))}, ${apClock(upd.hh, upd.mm)} ET`] : [];
          page.h(`by ${joinNames(names)}`, pub, ...up);
          updated = upd?.iso;
          page.cb("Share", "Facebook", "X", "Email", "Copy link");
        } else {
          // The only stamp the earlier template shows, with the story's day: "Updated" or "Posted".
          const at = upd ? { hh: upd.hh, mm: upd.mm } : { hh: h, mm: min };
          page.h(`by ${joinNames(names)}, ${upd ? "Updated" : "Posted"}: ${usLong(d)}- ${upClock(at.hh, at.mm)}`);
          page.cb("Share", "Facebook", "Twitter", "Email", "Comments");
        }
        const story = leadPhoto(page, ctx, 0.6, photo, () => credit(otherName(ctx)));
        add(between, Math.min(1, n - 2), ["ADVERTISEMENT"]);
        if (ctx.rng() < 0.5) add(between, Math.min(n >= 5 ? 2 : 0, n - 2), ["Read more", ctx.pick(US_METRO_HEADLINES)]);
        if (n >= 5) add(between, 3, ["ADVERTISEMENT"]);
        body(page, story, { lead: (p) => p, figure: photo, credit, between });
        for (const name of names) {
          const bio = `${name} covers ${ctx.pick(US_BEATS)} for The Inquirer.`;
          page.blocks.push([name, `@${handleOf(name)}`, bio]);
          page.chrome.push(`@${handleOf(name)}`, bio);
        }
        page.c(`Read more by ${names[0]}`);
        page.cb("News & Info", "Marketplace", "E-Editions", "About Us", "Contact Us", "Subscribe", "Newsletters");
        page.h(`© ${copied} The Philadelphia Inquirer, LLC`);
        page.c("Terms of Use / Privacy Policy / Cancellation Policy / California Notice");
        return { page, header: { byline: names, ...(updated ? { updated } : {}) } };
      }
      if (roll < 0.67) {
        const newer = copied >= 2022;
        const wire = ctx.rng() < 0.15;
        const names = wire ? [otherName(ctx)] : fromPool(ctx, [...STRIB_NAMES, ctx.names[0]!], 0.2);
        const place = wire ? ctx.pick(MN_PLACES) : undefined;
        // The credit as printed: "Ann Lee, Star Tribune" below the caption on earlier copies, "(Ann Lee/Star Tribune)" after its stop on later ones.
        const sep = newer ? "/" : ", ";
        const credit = (who: string) => {
          const r = ctx.rng();
          return r < 0.6 ? `${who}${sep}Star Tribune` : r < 0.8 ? `${who}${sep}Associated Press` : "Provided";
        };
        const photo = (c: string, cr: string | undefined) => (cr ? (newer ? [`${stop(c)} (${cr})`] : [stop(c), cr]) : [stop(c)]);
        page.c("Skip to main content");
        page.cb("Star Tribune", "Subscribe", "Log in", "Local", "Minneapolis", "St. Paul", "Business", "Sports", "Variety", "Opinion", "Obituaries", "e-Edition");
        page.c(ctx.pick(STRIB_SECTIONS));
        page.h(ctx.story.title);
        if (ctx.rng() < 0.3) {
          const dek = ctx.pick(DEKS);
          page.h(dek);
          page.dek = dek;
        }
        if (newer) {
          const outlet = wire ? "Associated Press" : copied >= 2024 ? "The Minnesota Star Tribune" : "Star Tribune";
          page.h(wire ? `By ${names[0]!.toUpperCase()}` : `By ${joinNames(names)}`);
          page.c(outlet);
          page.h(`${usLong(d)} at ${h12(h)}:${pad(min)}${h < 12 ? "AM" : "PM"}`);
          page.cb("Share", "Gift this article");
        } else {
          page.h(wire ? `By ${names[0]!.toUpperCase()} Associated Press` : `By ${joinNames(names)} Star Tribune`, `${usLong(d)} — ${h12(h)}:${pad(min)}${h < 12 ? "am" : "pm"}`);
          page.cb("Text size", "Share on: Facebook", "Share on: Twitter", "Share on: Email", "Print", "Purchase: Order Reprint");
        }
        const story = leadPhoto(page, ctx, 0.55, photo, () => credit(otherName(ctx)));
        add(between, Math.min(1, n - 2), ["Advertisement"]);
        body(page, story, { lead: (p) => (place ? `${place} — ${p}` : p), figure: photo, credit, between });
        if (!wire)
          for (const name of names) {
            const bio = `${name} covers ${ctx.pick(US_BEATS)} for the Star Tribune.`;
            page.blocks.push([name, bio, `${name.toLowerCase().replaceAll(" ", ".")}@startribune.com`]);
            page.chrome.push(bio, `${name.toLowerCase().replaceAll(" ", ".")}@startribune.com`);
          }
        page.cb("About Us", "Contact Us", "Terms of Use", "Privacy Policy", "Site Map", "Star Tribune Store", "Work Here");
        page.h(`© ${copied} StarTribune. All rights reserved.`);
        return { page, header: { byline: names, ...(place ? { dateline: place } : {}) } };
      }
      const wire = ctx.rng() < 0.15;
      const names = wire ? [] : fromPool(ctx, [...ST_NAMES, ctx.names[0]!], 0.2);
      const place = wire ? ctx.pick(WA_PLACES) : undefined;
      const upd = ctx.rng() < 0.4 ? updateOf(ctx, 0.35, h) : undefined;
      const credit = (who: string) => {
        const r = ctx.rng();
        return r < 0.55 ? `${who} / The Seattle Times` : r < 0.75 ? `${who} / The Associated Press` : r < 0.87 ? `Courtesy of ${who}` : `${who} / Special to The Seattle Times`;
      };
      const photo = (c: string, cr: string | undefined) => [cr ? `${stop(c)} (${cr})` : stop(c)];
      page.c("Skip to content");
      page.cb("The Seattle Times", "Subscribe", "Log In", "Local", "Business", "Nation & World", "Opinion", "Life", "Entertainment", "Sports", "Homes & Real Estate");
      page.c(ctx.pick(ST_SECTIONS));
      page.h(ctx.story.title);
      if (ctx.rng() < 0.2) {
        const dek = ctx.pick(DEKS);
        page.h(dek);
        page.dek = dek;
      }
      if (upd) {
        const pub = `Originally published ${usLong(d)} at ${lowClock(h, min)}`;
        const up = `Updated ${usLong(dayOf(upd.iso))} at ${lowClock(upd.hh, upd.mm)}`;
        if (ctx.rng() < 0.5) page.h(`${pub} | ${up}`);
        else page.h(pub, up);
      } else page.h(`${apDate(d)} at ${lowClock(h, min)}`);
      const story = leadPhoto(page, ctx, 0.65, photo, () => credit(otherName(ctx)));
      page.c("Share story");
      if (wire) page.h("The Associated Press");
      else {
        const role = names.length > 1 ? "Seattle Times staff reporters" : "Seattle Times staff reporter";
        page.h(`By ${joinNames(names)}`, role);
        page.chrome.push(role);
      }
      add(between, Math.min(1, n - 2), ["Advertising"]);
      if (n >= 5) add(between, 3, ["Advertising"]);
      body(page, story, { lead: (p) => (place ? `${place} (AP) — ${p}` : p), figure: photo, credit, between });
      if (!wire && ctx.rng() < 0.7) page.c(names.map((x) => `${x}: 206-464-2000 or ${mailOf(x)}@seattletimes.com; on Twitter: @${handleOf(x)}.`).join(" "));
      page.cb("Most Read Local Stories", ...others(ctx, 4, US_METRO_HEADLINES));
      page.cb("Unlimited Digital Access: $1 for 4 weeks", "Subscribe now");
      page.cb("Subscriber Center", "Contact", "Advertise", "Newsletters", "Privacy Statement", "Terms of Service");
      page.h(`© ${copied} The Seattle Times Company`);
      return { page, header: { byline: names, ...(place ? { dateline: place } : {}), ...(upd ? { updated: upd.iso } : {}) } };
    },
  },
  {
    // The business press. The Financial Times: "Accessibility help" and the skip links, the bars
    // (later copies: "Open side navigation menu", "Search the FT", the sections), the topic and
    // "Add to myFT", the headline, the standfirst on most, "Unlock the Editor’s Digest for free"
    // and its line on copies from 2023, the lead photo's caption with no stop and "© Ann
    // Lee/Bloomberg" (or "© Reuters", "© AFP via Getty Images", "© FT montage"), the byline with no
    // "By": "Ann Lee", "Ann Lee in London", "Ann Lee in London and Bob Stone in Frankfurt", three
    // names on some; "January 29 2020" with no comma (earlier copies) or "Published January 29
    // 2020" (later); "Save", "Print this page" and the share links; the myFT Digest prompt between
    // paragraphs; "Copyright The Financial Times Limited 2024. All rights reserved.", "Reuse this
    // content", "Comments", "Follow the topics in this article" with "Add to myFT" after each
    // topic, the footer. The Economist: the bar, "Britain | Running dry" (the section and the
    // fly-title) above the headline, the rubric, "Jan 29th 2020" and on later copies "Share",
    // "Give", "Listen to this story", the audio's fallback line; the lead picture's "Image: Getty
    // Images" with no caption, no byline; below the story "This article appeared in the Britain
    // section of the print edition under the headline “Running dry”", "Reuse this content", "More
    // from Britain" and headlines, the newsletter's box, the metered copy's subscription prompts on
    // some, the copyright.
    name: "held-out-ft-economist",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const copied = copiedIn(ctx, d, 0.3);
      const page = new Page();
      const n = ctx.story.paragraphs.length;
      const between: Record<number, string[]> = {};
      if (ctx.rng() < 0.55) {
        const newer = copied >= 2021;
        const names = oneToThree(ctx, [...FT_NAMES, ctx.names[0]!], 0.25, 0.06);
        const cities = others(ctx, names.length, FT_CITIES);
        const r = ctx.rng();
        const by = r < 0.35 ? joinNames(names) : joinNames(names.map((x, i) => `${x} in ${cities[i]}`));
        const topic = ctx.pick(FT_TOPICS);
        const credit = (who: string) => {
          const q = ctx.rng();
          return q < 0.35 ? `${who}/Bloomberg` : q < 0.55 ? "Reuters" : q < 0.7 ? "AFP via Getty Images" : q < 0.82 ? `${who}/FT` : q < 0.92 ? "Bloomberg" : "FT montage";
        };
        // FT captions have no stop of their own: "Water levels at the reservoir © Reuters". The "©"
        // marks the credit; the name after it is the credit.
        const photo = (c: string, cr: string | undefined) => [cr ? `${c.replace(/\.$/, "")} © ${cr}` : c.replace(/\.$/, "")];
        page.cb("Accessibility help", "Skip to navigation", "Skip to content", "Skip to footer");
        if (newer) {
          page.cb("Sign In", "Subscribe", "Open side navigation menu", "Open search bar", "Financial Times", "Subscribe", "Sign In", "Search the FT", "Search", "Close search bar");
          page.cb("Home", "World", "US", "Companies", "Tech", "Markets", "Climate", "Opinion", "Lex", "Work & Careers", "Life & Arts", "HTSI");
        } else {
          page.cb("Menu", "Search", "Financial Times", "myFT", "Sign In", "Subscribe");
          page.cb("Home", "World", "UK", "Companies", "Markets", "Opinion", "Work & Careers", "Life & Arts", "Personal Finance");
        }
        page.cb(topic, "Add to myFT");
        page.h(ctx.story.title);
        if (ctx.rng() < 0.85) {
          const dek = ctx.pick(DEKS);
          page.h(dek);
          page.dek = dek;
        }
        if (copied >= 2023 && ctx.rng() < 0.6) page.cb("Unlock the Editor’s Digest for free", "Roula Khalaf, Editor of the FT, selects her favourite stories in this weekly newsletter.");
        const story = leadPhoto(page, ctx, 0.75, photo, () => credit(otherName(ctx)));
        page.h(by, newer ? `Published ${MONTHS[d.m - 1]} ${d.d} ${d.y}` : `${MONTHS[d.m - 1]} ${d.d} ${d.y}`);
        if (newer) page.cb("Save", "Print this page");
        else page.cb("Print this page", "Share on Twitter (opens new window)", "Share on Facebook (opens new window)", "Share on LinkedIn (opens new window)", "Save");
        if (ctx.rng() < 0.6) add(between, Math.min(n >= 5 ? 2 : 1, n - 2), ["Stay informed with free updates", `Simply sign up to the ${topic} myFT Digest -- delivered directly to your inbox.`]);
        body(page, story, { lead: (p) => p, figure: photo, credit, between });
        page.h(`Copyright The Financial Times Limited ${copied}. All rights reserved.`);
        page.cb("Reuse this content", "Comments");
        if (newer) page.c("Promoted Content");
        page.cb("Follow the topics in this article", ...[topic, ...others(ctx, 2, FT_TOPICS.filter((t) => t !== topic)), ...names].flatMap((t) => [t, "Add to myFT"]));
        if (!newer) page.cb(`Latest on ${topic}`, ...others(ctx, 3, FT_HEADLINES));
        page.cb("Useful links", "Support", "View Site Tips", "Help Centre", "Contact Us", "About Us", "Accessibility", "myFT Tour", "Careers", "Legal & Privacy", "Terms & Conditions", "Privacy Policy", "Cookie Policy", "Manage Cookies", "Copyright", "Slavery Statement & Policies");
        page.h(`© THE FINANCIAL TIMES LTD ${copied}. FT and ‘Financial Times’ are trademarks of The Financial Times Ltd.`);
        page.c("The Financial Times and its journalism are subject to a self-regulation regime under the FT Editorial Code of Practice.");
        return { page, header: { byline: names } };
      }
      // The Economist prints no byline and no captions: the lead picture's credit alone.
      const newer = copied >= 2021;
      const section = ctx.pick(ECO_SECTIONS);
      const fly = ctx.pick(ECO_FLYS);
      page.c("Skip to content");
      if (newer) page.cb("The Economist", "Subscribe", "Log in", "Menu", "Weekly edition", "The world in brief", "War in Ukraine", "United States", "The world economy", "Search");
      else page.cb("The Economist", "Menu", "Weekly edition", "Search", "My Economist", "Subscribe", "Log in");
      page.c(`${section} | ${fly}`);
      page.h(ctx.story.title);
      if (ctx.rng() < 0.9) {
        const dek = ctx.pick(DEKS);
        page.h(dek);
        page.dek = dek;
      }
      const eco = `${mon(d)} ${ordinal(d.d)} ${d.y}`;
      page.h(eco);
      if (newer) {
        page.cb("Share", "Give");
        if (ctx.rng() < 0.6) page.cb("Listen to this story.", "Enjoy more audio and podcasts on iOS or Android.", "Your browser does not support the <audio> element.");
      } else page.cb("Facebook", "Twitter", "LinkedIn", "Email", "Print");
      if (ctx.rng() < 0.8) page.c(`Image: ${ctx.pick(["Getty Images", "Alamy", "Reuters", "AFP", "EPA", otherName(ctx)])}`);
      const story = { ...ctx, story: { ...ctx.story, captions: [] } };
      body(page, story, { lead: (p) => p, figure: (c) => [c], credit: (who) => who, between });
      page.c(`This article appeared in the ${section} section of the print edition under the headline “${fly}”`);
      page.cb("Reuse this content");
      page.cb(`More from ${section}`, ...others(ctx, 3, FT_HEADLINES));
      if (newer && ctx.rng() < 0.5) page.cb("The Economist today", "Handpicked stories, in your inbox", "A daily newsletter with the best of our journalism", "Sign up");
      if (ctx.rng() < 0.4) page.cb("Subscribe to The Economist to read more", "Get a world of insights for 50% off", "Subscribe now", "Already a subscriber? Log in");
      page.cb("Keep updated", "Facebook", "Twitter", "LinkedIn", "Instagram", "The Economist", "About", "Advertise", "Press centre", "Terms of use", "Privacy", "Cookie Policy", "Accessibility", "Modern Slavery Statement");
      page.h(`Copyright © The Economist Newspaper Limited ${copied}. All rights reserved.`);
      return { page, header: { byline: [] } };
    },
  },
  {
    // The US-funded international broadcasters. Radio Free Europe/Radio Liberty: the skip links,
    // the bar with the languages, the section, the headline, "By Ann Lee", "By Ann Lee and Bob
    // Stone", "By RFE/RL's Kazakh Service" (no person) or "By Ann Lee and RFE/RL's Georgian
    // Service", "January 29, 2020 17:32 GMT"; the share links ("Twitter" or, from 2024, "X"),
    // "Comments", "Print"; the lead photo's bare caption, every caption bare; "Related" and a
    // headline between paragraphs on some; "With reporting by Reuters and AFP" below the story
    // (the story's own line), "Most Popular", the footer, "Copyright (c) 2024. RFE/RL, Inc. All
    // Rights Reserved." The Voice of America: the skip links, the bar, "Print Options:" and its
    // checkboxes on some, the section, the headline, "By Ann Lee", "By Ann Lee, Bob Stone" (a comma),
    // "VOA News" or "Associated Press" (no person), "January 29, 2020 5:32 PM", "Share", "Print";
    // "WASHINGTON - " with a hyphen before the lead on most; bare captions; "Some information for
    // this report came from The Associated Press and Reuters." on some; "Related", the footer.
    name: "held-out-rferl-voa",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const copied = copiedIn(ctx, d, 0.3);
      const page = new Page();
      const n = ctx.story.paragraphs.length;
      const between: Record<number, string[]> = {};
      if (ctx.rng() < 0.5) {
        const r = ctx.rng();
        const service = ctx.pick(RFE_SERVICES);
        const names = r < 0.2 ? [] : fromPool(ctx, [...RFE_NAMES, ctx.names[0]!], 0.25);
        const by = !names.length ? `By RFE/RL's ${service}` : r < 0.35 ? `By ${names[0]} and RFE/RL's ${service}` : `By ${joinNames(names)}`;
        const byline = r < 0.35 ? names.slice(0, 1) : names;
        page.cb("Skip to main content", "Skip to main Navigation", "Skip to Search");
        page.cb("Radio Free Europe/Radio Liberty", "Search", "Languages", "Russia", "Ukraine", "Central Asia", "Caucasus", "Balkans", "Iran", "Afghanistan", "Podcasts", "Video");
        page.c(ctx.pick(RFE_SECTIONS));
        page.h(ctx.story.title);
        if (ctx.rng() < 0.15) {
          const dek = ctx.pick(DEKS);
          page.h(dek);
          page.dek = dek;
        }
        page.h(by, `${usLong(d)} ${clock24(h, min)} GMT`);
        page.cb("Share", "Facebook", copied >= 2024 ? "X" : "Twitter", "Email", "Comments", "Print");
        const story = leadPhoto(page, ctx, 0.7, (c) => [c], () => undefined);
        if (ctx.rng() < 0.4) add(between, Math.min(n >= 5 ? 2 : 1, n - 2), ["Related", ctx.pick(INTL_HEADLINES)]);
        body(page, story, { lead: (p) => p, figure: (c) => [c], credit: (who) => who, between, bareCaptions: "all" });
        if (ctx.rng() < 0.55) tail(page, `With reporting by ${joinNames(others(ctx, 2 + Math.floor(ctx.rng() * 2), ["Reuters", "AFP", "AP", "dpa", "Interfax", "TASS"]))}`);
        page.cb("Most Popular", ...others(ctx, 3, INTL_HEADLINES));
        page.cb("About Us", "Contact Us", "Terms of Use", "Privacy Policy", "Jobs", "Press Room", "Journalism Awards");
        page.h(`Copyright (c) ${copied}. RFE/RL, Inc. All Rights Reserved.`);
        return { page, header: { byline } };
      }
      const r = ctx.rng();
      const names = r < 0.3 ? [] : fromPool(ctx, [...VOA_NAMES, ctx.names[0]!], 0.3);
      const by = names.length ? `By ${names.join(", ")}` : r < 0.2 ? "VOA News" : "Associated Press";
      const place = ctx.rng() < 0.6 ? ctx.pick(VOA_PLACES) : undefined;
      page.cb("Skip to main content", "Skip to main Navigation", "Skip to Search");
      page.cb("Voice of America", "Search", "Live", "Languages", "Sections", "USA", "World", "Africa", "Americas", "Asia", "Europe", "Middle East", "Ukraine");
      if (ctx.rng() < 0.5) page.cb("Print Options:", "Images", "Multimedia", "Embedded Content", "Comments", "Cancel", "Print");
      page.c(ctx.pick(VOA_SECTIONS));
      page.h(ctx.story.title);
      page.h(by, `${usLong(d)} ${upClock(h, min)}`);
      page.cb("Share", "Print");
      const story = leadPhoto(page, ctx, 0.65, (c) => [c], () => undefined);
      if (ctx.rng() < 0.4) add(between, Math.min(n >= 5 ? 2 : 1, n - 2), ["Related", ctx.pick(INTL_HEADLINES)]);
      body(page, story, { lead: (p) => (place ? `${place} - ${p}` : p), figure: (c) => [c], credit: (who) => who, between, bareCaptions: "all" });
      if (ctx.rng() < 0.45) tail(page, `Some information for this report came from ${joinNames(others(ctx, 2, ["The Associated Press", "Reuters", "Agence France-Presse"]))}.`);
      page.cb("Related", ...others(ctx, 3, INTL_HEADLINES));
      page.cb("Follow Us", "Facebook", "YouTube", "Instagram", "X", "About VOA", "Terms of Use & Privacy Notice", "Contact VOA", "VOA Pressroom");
      page.h(`Voice of America ${copied}`);
      return { page, header: { byline: names, ...(place ? { dateline: place } : {}) } };
    },
  },
  {
    // The Gulf and Israel. Arab News: the bar with its editions (EN, FR, JP, PK) and sections, the
    // section, the headline, "Short Url" and "https://arab.news/4xk9p"; "Updated 29 January 2020"
    // (the day it was updated: the same or the next) over the name, "Arab News" or "AFP", and
    // "January 29, 2020 17:32" (the posting); "Follow"; the lead photo with "(AFP)", "(SPA)",
    // "(Supplied)" or "(AN Photo/Ann Lee)" after the caption's stop; "RIYADH: " before the lead on
    // most; "Topics:" and the tags, "Related", "Most Popular", the copyright. The Jerusalem Post:
    // the bar, the crumbs, the headline, the subtitle on most, "By ANN LEE" or "By ANN LEE, BOB
    // STONE" in capitals, "By REUTERS", "By JERUSALEM POST STAFF" (no person); earlier copies (to
    // 2021) "JANUARY 29, 2020 17:32" with "Updated: JANUARY 29, 2020 19:04" below on some, later
    // ones "Published: JANUARY 29, 2020 17:32" and "Updated: …"; the lead photo with "(photo credit:
    // ANN LEE)" on earlier copies, "(credit: REUTERS/ANN LEE)" later; "Advertisement" between
    // paragraphs; the newsletter's box, "Tags" and the tags, the copyright.
    name: "held-out-mideast-english",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const copied = copiedIn(ctx, d, 0.3);
      const page = new Page();
      const n = ctx.story.paragraphs.length;
      const between: Record<number, string[]> = {};
      if (ctx.rng() < 0.5) {
        const r = ctx.rng();
        const names = r < 0.3 ? [] : fromPool(ctx, [...AN_NAMES, ctx.names[0]!], 0.15);
        const who = names.length ? joinNames(names) : r < 0.15 ? "Arab News" : ctx.pick(["AFP", "Reuters", "AP"]);
        const place = ctx.rng() < 0.8 ? ctx.pick(AN_PLACES) : undefined;
        const upd = ctx.rng() < 0.35 ? nextDay(ctx.story.date) : ctx.story.date;
        const code = Array.from({ length: 5 }, () => "abcdefghjkmnpqrstuvwxyz23456789"[Math.floor(ctx.rng() * 31)]).join("");
        const credit = (who2: string) => {
          const q = ctx.rng();
          return q < 0.3 ? "AFP" : q < 0.45 ? "SPA" : q < 0.58 ? "Supplied" : q < 0.7 ? "Reuters" : `AN Photo/${who2}`;
        };
        const photo = (c: string, cr: string | undefined) => [cr ? `${stop(c)} (${cr})` : stop(c)];
        page.cb("Arab News", "EN", "FR", "JP", "PK", "Search", "Subscribe");
        page.cb("Saudi Arabia", "Middle-East", "World", "Business", "Sport", "Lifestyle", "Opinion", "Media", "Podcasts", "Offbeat");
        page.c(ctx.pick(AN_SECTIONS));
        page.h(ctx.story.title);
        page.cb("Short Url", `https://arab.news/${code}`);
        page.h(`Updated ${ukLong(dayOf(upd))}`, who, `${usLong(d)} ${clock24(h, min)}`);
        page.c("Follow");
        const story = leadPhoto(page, ctx, 0.75, photo, () => credit(otherName(ctx)));
        body(page, story, { lead: (p) => (place ? `${place}: ${p}` : p), figure: photo, credit, between });
        page.cb("Topics:", ...others(ctx, 3, AN_TOPICS));
        page.cb("Related", ...others(ctx, 2, ME_HEADLINES));
        page.cb("Most Popular", ...others(ctx, 3, ME_HEADLINES));
        page.h(`All rights reserved - Arab News © ${copied}`);
        return { page, header: { byline: names, updated: upd, ...(place ? { dateline: place } : {}) } };
      }
      const newer = copied >= 2022;
      const r = ctx.rng();
      const names = r < 0.25 ? [] : fromPool(ctx, [...JP_NAMES, ctx.names[0]!], 0.2);
      const by = names.length ? `By ${names.map((x) => x.toUpperCase()).join(", ")}` : r < 0.12 ? "By REUTERS" : "By JERUSALEM POST STAFF";
      const upd = ctx.rng() < 0.45 ? updateOf(ctx, 0.35, h) : undefined;
      const stamp = (day: Day, hh: number, mm: number) => `${MONTHS[day.m - 1]!.toUpperCase()} ${day.d}, ${day.y} ${clock24(hh, mm)}`;
      const credit = (who: string) => {
        const q = ctx.rng();
        const cr = q < 0.4 ? who.toUpperCase() : q < 0.6 ? `REUTERS/${who.toUpperCase()}` : q < 0.75 ? "FLASH90" : q < 0.88 ? "Wikimedia Commons" : "SPOKESPERSON'S UNIT";
        return newer ? `credit: ${cr}` : `photo credit: ${cr}`;
      };
      const photo = (c: string, cr: string | undefined) => [cr ? `${stop(c)} (${cr})` : stop(c)];
      page.cb("The Jerusalem Post", "Subscribe", "Login", "Israel News", "Middle East", "Diaspora", "Opinion", "Business & Innovation", "Health & Wellness", "Premium");
      page.cb("Jerusalem Post", ctx.pick(JP_SECTIONS));
      page.h(ctx.story.title);
      if (ctx.rng() < 0.7) {
        const dek = ctx.pick(DEKS);
        page.h(dek);
        page.dek = dek;
      }
      const up = upd ? [`Updated: ${stamp(dayOf(upd.iso), upd.hh, upd.mm)}`] : [];
      page.h(by, newer ? `Published: ${stamp(d, h, min)}` : stamp(d, h, min), ...up);
      const story = leadPhoto(page, ctx, 0.75, photo, () => credit(otherName(ctx)));
      // "photo credit:" is the credit's label: the credit is the name after it.
      for (const f of page.figures) if (f.credit) f.credit = f.credit.replace(/^(?:photo )?credit: /, "");
      add(between, Math.min(1, n - 2), ["Advertisement"]);
      const before = page.figures.length;
      body(page, story, { lead: (p) => p, figure: photo, credit, between });
      for (const f of page.figures.slice(before)) if (f.credit) f.credit = f.credit.replace(/^(?:photo )?credit: /, "");
      if (ctx.rng() < 0.6) page.cb("Stay updated with the latest news!", "Subscribe to The Jerusalem Post Newsletter", "Subscribe Now");
      page.cb("Tags", ...others(ctx, 3, ["water", "drought", "environment", "Knesset", "Israel Water Authority", "climate", "infrastructure"]));
      page.cb("Facebook", "Twitter", "Instagram", "Telegram", "About Us", "Contact Us", "Terms Of Use", "Privacy Policy", "Advertise with us");
      page.h(`All rights reserved © The Jerusalem Post ${copied}`);
      return { page, header: { byline: names, ...(upd ? { updated: upd.iso } : {}) } };
    },
  },
  {
    // South-east Asia. The Bangkok Post: the masthead and its tagline, the bar in capitals, the
    // crumbs, the headline, the summary on most, "PUBLISHED : 29 Jan 2020 at 17:32" with
    // "UPDATED : 29 Jan 2020 at 19:04" on some, "NEWSPAPER SECTION: News" on print stories,
    // "WRITER: Ann Lee" (or "Ann Lee and Bob Stone", or a desk: "Online Reporters", "Post
    // Reporters", "AFP"); the lead photo with "(Photo: Ann Lee)", "(Photo supplied)", "(AFP
    // photo)" or "(Bangkok Post file photo)" after the caption's stop; "CHIANG MAI: " on some;
    // "Do you like the content of this article?" with its count, "COMMENT (3)", the footer and the
    // copyright. Rappler: earlier copies (to 2020) the bar, the headline, the name, "Published 5:32
    // PM, January 29, 2020" and "Updated 7:04 PM, January 29, 2020" on one line; later ones the
    // section, the headline, the summary on some, "Jan 29, 2020 5:32 PM PHT", the name (or
    // "Rappler.com"), "This is AI generated summarization, which may have errors. For context,
    // always refer to the full article." on copies from 2023; "MANILA, Philippines – " on most, the
    // caption with "Photo by Ann Lee/Rappler" or "Malacañang Photo" after its stop, " – Rappler.com"
    // after the last paragraph's stop; "How does this make you feel?" and the mood meter, "Related
    // Topics", the copyright.
    name: "held-out-sea-english",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const copied = copiedIn(ctx, d, 0.3);
      const page = new Page();
      const n = ctx.story.paragraphs.length;
      const between: Record<number, string[]> = {};
      if (ctx.rng() < 0.5) {
        const r = ctx.rng();
        const names = r < 0.35 ? [] : fromPool(ctx, [...BP_NAMES, ctx.names[0]!], 0.2);
        const writer = names.length ? joinNames(names) : ctx.pick(BP_DESKS);
        const place = ctx.rng() < 0.5 ? ctx.pick(BP_PLACES) : undefined;
        const upd = ctx.rng() < 0.45 ? updateOf(ctx, 0.3, h) : undefined;
        const stamp = (day: Day, hh: number, mm: number) => `${day.d} ${mon(day)} ${day.y} at ${clock24(hh, mm)}`;
        const credit = (who: string) => {
          const q = ctx.rng();
          return q < 0.4 ? `Photo: ${who}` : q < 0.55 ? "Photo supplied" : q < 0.7 ? "AFP photo" : q < 0.85 ? "Bangkok Post file photo" : `Photo: ${who} via Facebook`;
        };
        const photo = (c: string, cr: string | undefined) => [cr ? `${stop(c)} (${cr})` : stop(c)];
        page.cb("Bangkok Post", "The world's window on Thailand", "Login", "Subscribe");
        page.cb("NEWS", "BUSINESS", "OPINION", "LIFE", "TRAVEL", "TECH", "AUTO", "PROPERTY", "E-PAPER");
        page.cb("News", ctx.pick(BP_SECTIONS));
        page.h(ctx.story.title);
        if (ctx.rng() < 0.65) {
          const dek = ctx.pick(DEKS);
          page.h(dek);
          page.dek = dek;
        }
        page.h(`PUBLISHED : ${stamp(d, h, min)}`, ...(upd ? [`UPDATED : ${stamp(dayOf(upd.iso), upd.hh, upd.mm)}`] : []));
        if (ctx.rng() < 0.5) page.c("NEWSPAPER SECTION: News");
        page.h(`WRITER: ${writer}`);
        page.cb("Share", "Facebook", "X", "LINE", "Email");
        const story = leadPhoto(page, ctx, 0.7, photo, () => credit(otherName(ctx)));
        body(page, story, { lead: (p) => (place ? `${place}: ${p}` : p), figure: photo, credit, between });
        page.cb("Do you like the content of this article?", String(Math.floor(ctx.rng() * 40)));
        page.c(`COMMENT (${Math.floor(ctx.rng() * 12)})`);
        page.cb("RELATED", ...others(ctx, 3, SEA_HEADLINES));
        page.cb("About Us", "Contact Us", "Advertise", "Privacy Policy", "Terms of Use", "Download the Bangkok Post app");
        page.h(`© Copyright The Post Publishing PCL ${copied}`);
        return { page, header: { byline: names, ...(place ? { dateline: place } : {}), ...(upd ? { updated: upd.iso } : {}) } };
      }
      const newer = copied >= 2021;
      const r = ctx.rng();
      const names = r < 0.15 ? [] : fromPool(ctx, [...RAP_NAMES, ctx.names[0]!], 0.2);
      const place = ctx.rng() < 0.8 ? ctx.pick(RAP_PLACES) : undefined;
      const upd = !newer && ctx.rng() < 0.6 ? updateOf(ctx, 0.3, h) : undefined;
      const credit = (who: string) => {
        const q = ctx.rng();
        return q < 0.55 ? `Photo by ${who}/Rappler` : q < 0.7 ? "Malacañang Photo" : q < 0.85 ? `File photo by ${who}/Rappler` : `Photo from ${who}`;
      };
      const photo = (c: string, cr: string | undefined) => [cr ? `${stop(c)} ${cr}` : stop(c)];
      const story0 = withSignOff(ctx, " – Rappler.com");
      page.cb("Rappler", "Search", "Sign in", "Subscribe", "News", "Philippines", "World", "Business", "Sports", "Entertainment", "Life & Style", "Voices");
      if (newer) {
        page.c(ctx.pick(RAP_SECTIONS));
        page.h(ctx.story.title);
        if (ctx.rng() < 0.4) {
          const dek = ctx.pick(DEKS);
          page.h(dek);
          page.dek = dek;
        }
        page.h(names.length ? joinNames(names) : "Rappler.com");
        page.h(`${mon(d)} ${d.d}, ${d.y} ${upClock(h, min)} PHT`);
        page.cb("Facebook", "Twitter", "Reddit", "Email");
        if (copied >= 2023 && ctx.rng() < 0.7) page.c("This is AI generated summarization, which may have errors. For context, always refer to the full article.");
      } else {
        page.h(ctx.story.title);
        const pub = `Published ${upClock(h, min)}, ${usLong(d)}`;
        const up = upd ? ` Updated ${upClock(upd.hh, upd.mm)}, ${usLong(dayOf(upd.iso))}` : "";
        page.h(...(names.length ? [joinNames(names)] : []), `${pub}${up}`);
        page.cb("Facebook", "Twitter", "Email");
      }
      const story = leadPhoto(page, story0, 0.7, photo, () => credit(otherName(ctx)));
      body(page, story, { lead: (p) => (place ? `${place} – ${p}` : p), figure: photo, credit, between });
      unSignOff(page, ctx);
      page.cb("How does this make you feel?", "Happy", "Sad", "Angry", "Don't care", "Inspired", "Afraid", "Amused", "Annoyed");
      if (newer) page.cb("Related Topics", ...others(ctx, 3, ["Environment", "Philippine news", "water", "weather", "LGUs"]));
      page.cb("About Rappler", "Contact Us", "Terms of Use", "Privacy Statement", "Corrections");
      page.h(`© Copyright ${copied} Rappler. All rights reserved.`);
      return { page, header: { byline: names, ...(place ? { dateline: place } : {}), ...(upd ? { updated: upd.iso } : {}) } };
    },
  },
  {
    // Russia's exiled press. The Moscow Times: the masthead and "Independent News From Russia", the
    // bar, "Donate", the section, the headline, the summary on some, "Jan. 29, 2020" over the name,
    // two names, "AFP", "Reuters" or "The Moscow Times"; the lead photo with "Ann Lee / Moskva News
    // Agency" (or "/ TASS", "Kremlin.ru", "Pexels") after the caption's stop or on the line below;
    // "Read more about:" and the tags; on copies from 2023 the message to readers ("A Message from
    // The Moscow Times:", "Dear readers,", the undesirable-organisation paragraph, "Continue",
    // "Remind me later."); the copyright. Meduza in English: the bar, "News" or "Feature", the
    // headline, "5:32 pm, January 29, 2020", "Story by Ann Lee" on features; the lead photo with
    // "Ann Lee / Reuters / Scanpix / LETA" (or "/ TASS", "/ Meduza") on the line below the
    // caption; "Source: Meduza" (or Kommersant, Interfax) below the story, the appeal with
    // "Support Meduza", the copyright.
    name: "held-out-ru-independent",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const copied = copiedIn(ctx, d, 0.3);
      const page = new Page();
      const n = ctx.story.paragraphs.length;
      const between: Record<number, string[]> = {};
      if (ctx.rng() < 0.55) {
        const r = ctx.rng();
        const names = r < 0.3 ? [] : fromPool(ctx, [...MT_NAMES, ctx.names[0]!], 0.15);
        const who = names.length ? joinNames(names) : r < 0.12 ? "The Moscow Times" : ctx.pick(["AFP", "Reuters"]);
        const below = ctx.rng() < 0.4;
        const credit = (x: string) => {
          const q = ctx.rng();
          return q < 0.4 ? `${x} / Moskva News Agency` : q < 0.6 ? `${x} / TASS` : q < 0.75 ? "Kremlin.ru" : q < 0.87 ? `${x} / Kommersant` : "Pexels";
        };
        const photo = (c: string, cr: string | undefined) => (cr ? (below ? [stop(c), cr] : [`${stop(c)} ${cr}`]) : [stop(c)]);
        page.cb("The Moscow Times", "Independent News From Russia", "Donate", "Search");
        page.cb("News", "Opinion", "Business", ...(copied >= 2022 ? ["Ukraine War"] : []), "Arts and Life", "Podcasts", "Newsletters", "Русская служба");
        page.c(ctx.pick(MT_SECTIONS));
        page.h(ctx.story.title);
        if (ctx.rng() < 0.4) {
          const dek = ctx.pick(DEKS);
          page.h(dek);
          page.dek = dek;
        }
        page.h(apDate(d), who);
        const story = leadPhoto(page, ctx, 0.8, photo, () => credit(otherName(ctx)));
        if (ctx.rng() < 0.4) add(between, Math.min(n >= 5 ? 2 : 1, n - 2), [`Read more: ${ctx.pick(RU_HEADLINES)}`]);
        body(page, story, { lead: (p) => p, figure: photo, credit, between });
        page.cb("Read more about:", ...others(ctx, 2, MT_TOPICS));
        if (copied >= 2023 && ctx.rng() < 0.7)
          page.cb(
            "A Message from The Moscow Times:",
            "Dear readers,",
            "We are facing unprecedented challenges. Russia's Prosecutor General's Office has designated The Moscow Times as an \"undesirable\" organization, criminalizing our work and putting our staff at risk of prosecution.",
            "Support us",
            "Continue",
            "Remind me later.",
          );
        page.cb("Contact", "Advertising", "Privacy Policy", "Terms of Use");
        page.h(`© ${copied} The Moscow Times, all rights reserved.`);
        return { page, header: { byline: names } };
      }
      const feature = ctx.rng() < 0.45;
      const names = feature ? [ctx.pick([...MT_NAMES, ctx.names[0]!])] : [];
      const source = ctx.pick(MEDUZA_SOURCES);
      const credit = (x: string) => {
        const q = ctx.rng();
        return q < 0.35 ? `${x} / Reuters / Scanpix / LETA` : q < 0.6 ? `${x} / TASS` : q < 0.75 ? `${x} / Meduza` : q < 0.88 ? `${x} / AP / Scanpix / LETA` : "Social media";
      };
      const photo = (c: string, cr: string | undefined) => (cr ? [stop(c), cr] : [stop(c)]);
      page.cb("Meduza", "News", "Features", "Podcasts", "Newsletter", "Support us", "Русский");
      page.c(feature ? "Feature" : "News");
      page.h(ctx.story.title);
      if (feature && ctx.rng() < 0.6) {
        const dek = ctx.pick(DEKS);
        page.h(dek);
        page.dek = dek;
      }
      page.h(`${lowClock(h, min)}, ${usLong(d)}`);
      if (feature) page.h(`Story by ${names[0]}`);
      const story = leadPhoto(page, ctx, 0.75, photo, () => credit(otherName(ctx)));
      body(page, story, { lead: (p) => p, figure: photo, credit, between });
      page.c(`Source: ${source}`);
      if (ctx.rng() < 0.6) page.cb("We’re on the frontline of independent Russian journalism — and we can’t do it without you.", "Support Meduza");
      page.cb("Meduza", "About", "Contact", "Privacy Policy");
      page.h(`© 2014–${copied} Meduza`);
      return { page, header: { byline: names } };
    },
  },
  {
    // A Mastodon thread quoting a paywalled story, copied from the web app's thread view (Mastodon
    // 3 on copies to 2022, 4 later): the column's "Back" and "Post" or "Toot", the focused post
    // under the poster's name and "@kateprice@newsie.social", the note and the link, the link's
    // card (the site's domain, the page's title, the dek or the lede cut short), the hashtags,
    // "Jan 29, 2020, 18:02" (the thread's day: the story's or up to a week after), "·", "Web",
    // the boosts' and favourites' counts ("12 boosts", "8 favorites" on Mastodon 4; bare numbers
    // on 3); then each post of the thread under the name, the handle and its day ("Jan 29, 2020"),
    // the first with the pasted headline, "By Ann Lee, The Cascade Courier" (or two names, or none)
    // and the date as the page printed it, each later one a paragraph with "2/7" below it, an
    // "ALT" badge on a picture on some; replies from others at the foot; the sidebar's lines
    // ("Mastodon is the best way to keep up with what's happening.", "Create account", "Login", the
    // instance's and Mastodon's links with the version). No captions.
    name: "held-out-mastodon-thread",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const instance = ctx.pick(MASTO_INSTANCES);
      const poster = ctx.pick(MASTO_POSTERS);
      const handle = `@${handleOf(poster)}@${instance}`;
      const site = ctx.pick(MASTO_SITES);
      const lag = ctx.pick([0, 0, 0, 1, 2, 6]);
      const shared = dayOf(daysFrom(ctx.story.date, lag));
      const v4 = ctx.rng() < 0.6;
      const sh = lag === 0 ? Math.min(h + 1, 23) : 8 + Math.floor(ctx.rng() * 12);
      const sm = Math.floor(ctx.rng() * 60);
      const names = ctx.rng() < 0.15 ? [] : ctx.rng() < 0.2 && ctx.names[1] !== ctx.names[0] ? ctx.names.slice(0, 2) : ctx.names.slice(0, 1);
      const dek = ctx.rng() < 0.3 ? ctx.pick(DEKS) : undefined;
      const r = ctx.rng();
      const when = r < 0.35 ? apDate(d) : r < 0.7 ? `Published ${apClock(h, min)} ${usLong(d)}` : `${WEEKDAYS[d.wd]}, ${usLong(d)}`;
      const shortDay = `${mon(shared)} ${shared.d}, ${shared.y}`;
      const url = `https://${site.domain}/news/${slugOf(ctx.story)}`;
      const total = ctx.story.paragraphs.length + 1;
      const page = new Page();
      page.cb("Back", v4 ? "Post" : "Toot");
      // The focused post: the note, the link, its card, the hashtags, the time and the counts.
      page.cb(poster, handle);
      page.c(ctx.pick(MASTO_NOTES), url);
      page.c(site.domain);
      page.h(ctx.story.title);
      const excerpt = excerptOf(ctx.story);
      if (dek) page.h(dek);
      else if (excerpt) page.c(excerpt);
      page.c(`#LocalNews #${site.name.replace(/^The /, "").replaceAll(" ", "")}`);
      const boosts = String(2 + Math.floor(ctx.rng() * 40));
      const favs = String(3 + Math.floor(ctx.rng() * 60));
      page.cb(`${shortDay}, ${clock24(sh, sm)}`, "·", "Web");
      page.cb(...(v4 ? [`${boosts} boosts`, `${favs} favorites`] : [boosts, favs]));
      // The thread: the pasted header in the first post, then a paragraph a post.
      const postHead = () => page.cb(poster, handle, shortDay);
      postHead();
      page.h(ctx.story.title);
      if (dek) {
        page.h(dek);
        page.dek = dek;
      }
      const by = names.length ? (ctx.rng() < 0.5 ? `By ${joinNames(names)}, ${site.name}` : `By ${joinNames(names)}`) : undefined;
      page.h(...(by ? [by] : []), when);
      page.c(`1/${total}`);
      const alt = ctx.rng() < 0.4 ? 1 + Math.floor(ctx.rng() * Math.max(1, ctx.story.paragraphs.length - 1)) : -1;
      ctx.story.paragraphs.forEach((p, i) => {
        postHead();
        page.blocks.push([p]);
        page.story.push(p);
        if (i === alt) page.c("ALT");
        page.c(`${i + 2}/${total}`);
        if (ctx.rng() < 0.4) page.cb(String(1 + Math.floor(ctx.rng() * 9)));
      });
      for (const reply of others(ctx, 1 + Math.floor(ctx.rng() * 2), MASTO_REPLIES)) {
        const who = ctx.pick(MASTO_POSTERS.filter((x) => x !== poster));
        page.cb(who, `@${handleOf(who)}@${ctx.pick(MASTO_INSTANCES)}`, shortDay, reply);
      }
      page.cb("Mastodon is the best way to keep up with what's happening.", "Follow anyone across the fediverse and see it all in chronological order. No algorithms, ads, or clickbait in sight.", "Create account", "Login");
      page.cb(`${instance}: About · Status · Profiles directory · Privacy policy`, `Mastodon: About · Get the app · Keyboard shortcuts · View source code · ${v4 ? "v4.2.10" : "v3.5.3"}`);
      return { page, header: { byline: names } };
    },
  },
  {
    // An emailed story in the mail's print view, copied from the browser (a day to ten days after
    // the story). Gmail's: "Gmail" and the account's name and address on the first line (a tab
    // between), the subject ("Fwd: …" or the headline itself), "1 message" (or "2 messages" with
    // a reply above), the sender and the time "Thu, Jan 30, 2020 at 9:14 AM" (a tab between), "To:
    // …" and "Cc: …" on some, the note, the pasted story, the signature with "--", "[Quoted text
    // hidden]" at the foot on some. Outlook's memo: the account's name, "From:", "Sent: Thursday,
    // January 30, 2020 9:14 AM", "To:", "Cc:" on some, "Subject: FW: …" with tabs after the labels,
    // the external sender's caution on some, the note, the pasted story, the signature, the
    // confidentiality notice. The pasted story: the headline, the dek on some, "By Ann Lee" or
    // "Ann Lee | The Lakeport Record" above or below "Published 5:32 p.m. Jan. 29, 2020",
    // "January 29, 2020" or "Jan. 29, 2020, updated Jan. 30, 2020"; "DENVER — " on some; captions
    // with "(Photo: Ann Lee/Record)" run on or "Ann Lee / The Lakeport Record" below, every other
    // bare; "Advertisement" left in on some.
    name: "held-out-email-print",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const sender = ctx.pick(MAIL_SENDERS);
      const org = ctx.pick(MAIL_ORGS);
      const site = ctx.pick(MAIL_SITES);
      const to = others(ctx, 1 + Math.floor(ctx.rng() * 2), MAIL_SENDERS.filter((x) => x !== sender));
      const lag = ctx.pick([0, 1, 1, 2, 3, 10]);
      const sent = dayOf(daysFrom(ctx.story.date, lag));
      const sh = lag === 0 ? Math.min(h + 1, 23) : 7 + Math.floor(ctx.rng() * 11);
      const sm = Math.floor(ctx.rng() * 60);
      const mail = (x: string) => `${x.toLowerCase().replace(" ", ".")}@${org.domain}`;
      const names = ctx.rng() < 0.15 ? [] : ctx.rng() < 0.2 && ctx.names[1] !== ctx.names[0] ? ctx.names.slice(0, 2) : ctx.names.slice(0, 1);
      const dek = ctx.rng() < 0.35 ? ctx.pick(DEKS) : undefined;
      const place = ctx.rng() < 0.25 ? ctx.place : undefined;
      const upd = ctx.rng() < 0.2 ? nextDay(ctx.story.date) : undefined;
      const gmail = ctx.rng() < 0.55;
      const page = new Page();
      const subject = ctx.rng() < 0.7 ? `${gmail ? "Fwd" : "FW"}: ${ctx.story.title}` : `Article: ${ctx.story.title}`;
      if (gmail) {
        const reader = ctx.pick(to);
        page.c(`Gmail\t${reader} <${mail(reader)}>`);
        page.c(subject);
        const two = ctx.rng() < 0.25;
        page.c(two ? "2 messages" : "1 message");
        page.c(`${sender} <${mail(sender)}>\t${shortWeekday(sent)}, ${mon(sent)} ${sent.d}, ${sent.y} at ${h12(sh)}:${pad(sm)} ${sh < 12 ? "AM" : "PM"}`);
        page.c(`To: ${to.map((x) => `${x} <${mail(x)}>`).join(", ")}`);
        if (ctx.rng() < 0.3) page.c(`Cc: ${otherName(ctx)} <board@${org.domain}>`);
      } else {
        page.c(ctx.pick(to));
        page.cb(
          `From:\t${sender} <${mail(sender)}>`,
          `Sent:\t${WEEKDAYS[sent.wd]}, ${MONTHS[sent.m - 1]} ${sent.d}, ${sent.y} ${h12(sh)}:${pad(sm)} ${sh < 12 ? "AM" : "PM"}`,
          `To:\t${to.join("; ")}`,
          ...(ctx.rng() < 0.3 ? [`Cc:\t${otherName(ctx)}`] : []),
          `Subject:\t${subject}`,
        );
        if (ctx.rng() < 0.5) page.c("CAUTION: This email originated from outside of the organization. Do not click links or open attachments unless you recognize the sender and know the content is safe.");
      }
      page.c(ctx.pick(MAIL_NOTES));
      page.h(ctx.story.title);
      if (dek) {
        page.h(dek);
        page.dek = dek;
      }
      const r = ctx.rng();
      const when = upd ? `${apDate(d)}, updated ${apDate(dayOf(upd))}` : r < 0.4 ? `Published ${apClock(h, min)} ${apDate(d)}` : r < 0.75 ? usLong(d) : `${WEEKDAYS[d.wd]}, ${usLong(d)} ${lowClock(h, min)}`;
      const by = names.length ? (ctx.rng() < 0.6 ? `By ${joinNames(names)}` : `${joinNames(names)} | ${site.name}`) : undefined;
      if (!by) page.h(when);
      else if (ctx.rng() < 0.7) page.h(by, when);
      else page.h(when, by);
      const between: Record<number, string[]> = {};
      if (ctx.rng() < 0.3) add(between, Math.min(1, ctx.story.paragraphs.length - 2), ["Advertisement"]);
      const below = ctx.rng() < 0.4;
      body(page, ctx, {
        lead: (p) => (place ? `${place} — ${p}` : p),
        figure: (c, cr) => (cr ? (below ? [c, cr] : [`${c} (${cr})`]) : [c]),
        credit: (who) => (below ? `${who} / ${site.name}` : ctx.rng() < 0.7 ? `Photo: ${who}/${site.short}` : "Courtesy photo"),
        between,
        bareCaptions: true,
      });
      page.cb("--", sender, `${org.role}, ${org.name}`, `(555) ${100 + Math.floor(ctx.rng() * 899)}-${1000 + Math.floor(ctx.rng() * 8999)}`);
      if (gmail) {
        if (ctx.rng() < 0.4) page.c("[Quoted text hidden]");
      } else if (ctx.rng() < 0.6)
        page.c(
          "CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited.",
        );
      return { page, header: { byline: names, ...(place ? { dateline: place } : {}), ...(upd ? { updated: upd } : {}) } };
    },
  },
];
