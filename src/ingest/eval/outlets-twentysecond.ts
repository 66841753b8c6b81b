/**
 * A twenty-second held-out group of outlet styles for the import evaluation (issue 13), written
 * before reading the importer's code (only src/ingest/eval/, scripts/eval-import.ts, the evaluation
 * test, the earlier groups' committed fixtures, README.md and package.json were read), to be scored
 * untouched. English-language papers and broadcasters of Britain, Australia, New Zealand,
 * Singapore, India and the United States that no group had covered, and one way a story reaches a
 * contributor outside a browser's page: a work chat's channel where someone pasted it under the
 * link. Each is written from memory of how its text comes out of a browser's "select all, copy"
 * (or the app's own copy) between 2019 and 2024; a 2019 story copied in 2023 carries the 2023
 * template round the 2019 date.
 *
 * Britain and Australia: The Guardian in its UK, US and Australia editions (the skip links, the
 * support bar, the pillars, the section, "This article is more than 4 years old" on later copies,
 * the headline, the standfirst, the lead photo's "… Photograph: Ann Lee/Reuters", the byline with
 * no "By": "Ann Lee", "Ann Lee Environment correspondent", "Ann Lee in Sydney", "Ann Lee and
 * agencies", "Guardian staff and agencies" or "Associated Press in Houston"; "Wed 29 Jan 2020
 * 17.32 GMT" in the edition's zone (GMT, BST, EST, EDT, AEDT, AEST), "Last modified on …" below it
 * on some, or on earlier copies the update's stamp over "First published on Wed 29 Jan 2020 17.32
 * GMT"; "Shares" and "Comments" with their counts on earlier copies; "Related: …" and the
 * newsletter's promotion ("skip past newsletter promotion" … "after newsletter promotion")
 * between paragraphs; the support appeal, "Explore more on these topics" or "Topics", "Reuse this
 * content", "Most viewed", the footer with "(dcr)"); Nine's metro papers (The Sydney Morning
 * Herald, The Age, Brisbane Times, WAtoday: the skip links, the bar, "Advertisement", the crumbs,
 * the headline, the lead photo, "By Ann Lee and Bob Stone", "January 29, 2020 — 5.32pm" or
 * "Updated January 29, 2020 — 7.04pm, first published at 5.32pm" (or a later day's, with the
 * first date in full), the day first on 2019's copies; "Save", the text-size buttons, "Related
 * Article", the caption with "Credit: Ann Lee" glued after its stop or below it, the newsletter
 * line, "License this article", the tags, the authors' lines, "Most Viewed in National").
 *
 * New Zealand and Singapore: RNZ ("5:32 pm on 29 January 2020", the share links, "Ann Lee,
 * Reporter" with the handle and the address on lines of their own, or no name; the audio's "Listen
 * duration 4′ 32″" and "Add to playlist" on some; "… Photo: RNZ / Ann Lee", the Local Democracy
 * Reporting line, "Get the RNZ app", "Topics", the copyright, "Next story in …") or Stuff ("Ann
 * Lee17:32, Jan 29 2020" glued or on two lines, "Reuters" over the date, "READ MORE:" and its
 * starred headlines between paragraphs, "ANN LEE/STUFF" after the caption or below it); CNA ("Ann
 * Lee" over "29 Jan 2020 05:32PM" and "(Updated: 29 Jan 2020 07:04PM)" on the same or the next
 * line, "Bookmark", "Share", the summary and audio prompts on later copies, "SINGAPORE: ",
 * "(Photo: CNA/Ann Lee)" after the caption's stop, "READ: …" on earlier copies, "Source:
 * CNA/al(mi)" or "Source: Reuters/ga" below the story, "Related Topics", the copyright).
 *
 * India: The Times of India ("Ann Lee | TNN | Updated: Jan 29, 2020, 17:32 IST", "TNN | …", "PTI
 * | …", or with slashes on later copies, the only date the page shows; "NEW DELHI: ", "(TOI
 * photo)", the app's line, "Start a Conversation") and NDTV ("All India | Reported by Ann Lee,
 * Edited by Bob Stone | Updated: January 29, 2020 17:32 pm IST" with its 24-hour clock and "pm",
 * "Written by Ann Lee", "Press Trust of India" with the syndicated feed's note, "Highlights" and
 * its points on some, "New Delhi: ", "Track Latest News Live on NDTV.com …", "Promoted").
 *
 * US national and metro: Newsweek ("BY ANN LEE ON 1/29/20 AT 5:32 PM EST" with "UPDATED ON …" on
 * some on earlier copies; "By Ann Lee" over the role, "Published Jan 29, 2020 at 5:32 PM EST" and
 * "Updated …" on later ones; "Newsweek AI is in beta. …" on 2024's; "ANN LEE/GETTY IMAGES" after
 * the caption's stop, "Read more" and headlines, the mission line, "Request Reprint & Licensing",
 * "About the writer" and its "Languages: English"); the Los Angeles Times ("By Ann Lee" over "Staff
 * Writer", "Contact Reporter" on 2019's copies with "Jan 29, 2019 | 5:32 PM", "Jan. 29, 2020 5:32
 * PM PT" or "Updated …" as the only date, the share menu, the caption with "(Ann Lee / Los Angeles
 * Times)" above the byline, "SACRAMENTO — " on agency copy, the newsletter's box, "Times staff
 * writer … contributed to this report.", "More to Read", the author's line, the footer) and The
 * Boston Globe ("By Ann Lee Globe Staff,Updated January 29, 2020, 5:32 p.m." glued or on two lines,
 * the only date; "By The Associated Press", the credit "Ann Lee/Globe Staff" glued after the
 * caption's stop or after a space, "… can be reached at …" below the story, "Show comments", "Most
 * Popular in Metro", the copyright).
 *
 * Outside the browser: a story pasted into a Slack channel (the day's divider on some, the poster's
 * name over the time or "Kate Price [5:48 PM]" in the older copy, the note and the link, the link's
 * preview: the site, the page's title, its description; the pasted headline, dek, byline and date
 * in the page's own forms, captions as the page had them, "Advertisement" left in on some, "
 * (edited)" after a message, the thread's "3 replies" and "Last reply 2 days ago", colleagues'
 * replies).
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
/** Someone else: a photographer, an editor, a colleague. */
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
/** British summer time, near enough: the last week of March to the last week of October. */
const bst = (day: Day) => (day.m > 3 && day.m < 10) || (day.m === 3 && day.d >= 25) || (day.m === 10 && day.d < 25);
/** Daylight time in Sydney and Melbourne, near enough: the first week of October to the first week of April. */
const auDst = (day: Day) => day.m >= 10 || day.m <= 3 || (day.m === 4 && day.d < 5);
/** "January 29, 2020" */
const usLong = (day: Day) => `${MONTHS[day.m - 1]} ${day.d}, ${day.y}`;
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
/** "Ann Lee" → "al" */
const initialsOf = (name: string) =>
  name
    .split(/[\s-]+/)
    .map((w) => w[0]!.toLowerCase())
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
/**
 * The lede cut short as a link preview's description is (about 100 characters, then "…"), or
 * nothing when the lede is short: a preview that printed it whole would be the paragraph again.
 */
const excerptOf = (story: Story) => {
  const p = story.paragraphs[0]!;
  return p.length > 120 ? `${p.slice(0, p.lastIndexOf(" ", 100))}…` : undefined;
};
/** Two people for a byline, or one: different names from the generator's and one more. */
const usNames = (ctx: Ctx, two: number) => {
  const pool = [...new Set([ctx.names[0]!, ctx.names[1]!, otherName(ctx)])];
  return pool.length > 1 ? fromPool(ctx, pool, two) : pool;
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

interface GuardianEdition {
  label: string;
  currency: string;
  zone: (day: Day) => string;
  names: readonly string[];
  roles: readonly string[];
  cities: readonly string[];
  nav: readonly string[];
  topics: readonly string[];
  headlines: readonly string[];
  /** the newer layout's newsletter promotion: its name, its kind, its pitch */
  newsletter: readonly [string, string, string];
  /** the older layout's one-line promotion between paragraphs */
  oldPromo: string;
  /** the photo agency the edition's pictures come from most */
  agency: string;
}
const GU_EDITIONS: readonly GuardianEdition[] = [
  {
    label: "UK edition",
    currency: "£",
    zone: (day) => (bst(day) ? "BST" : "GMT"),
    names: ["Harriet Sowerby", "Tobias Marchetti", "Imogen Fairweather", "Rhys Pemberton", "Naledi Okonjo", "Callum Ferrier", "Beatrix Holm", "Owen Llewellyn"],
    roles: ["Environment correspondent", "Political editor", "Health policy editor", "Transport correspondent", "North of England editor", "Social affairs correspondent", "Education editor"],
    cities: ["Manchester", "Edinburgh", "Cardiff", "Belfast", "Bristol", "Leeds"],
    nav: ["World", "UK", "Climate crisis", "Ukraine", "Environment", "Science", "Global development", "Football", "Tech", "Business", "Obituaries"],
    topics: ["Water", "Environment", "Drought", "Local government", "UK news", "Rivers", "Infrastructure", "Police"],
    headlines: [
      "Rail fares in England to rise by 3.8% in March",
      "Hosepipe ban to be lifted in south-east after weeks of rain",
      "Ministers face pressure over delayed flood defence schemes",
      "Water company fined over sewage spills into river",
      "Council tax bills set to rise across England",
      "Scottish ferry contract delayed again as costs climb",
    ],
    newsletter: ["Sign up to First Edition", "Free daily newsletter", "Our morning email takes you through the main stories of the day, what is happening and why it matters"],
    oldPromo: "Sign up for the Guardian Today email: the day's top stories, every morning",
    agency: "PA",
  },
  {
    label: "US edition",
    currency: "$",
    zone: (day) => (dst(day) ? "EDT" : "EST"),
    names: ["Maya Castellano", "Ellis Brandt", "Jordan Whitacre", "Simone Achebe", "Gabriel Lindqvist", "Tessa Moorcroft", "Ray Dominguez"],
    roles: ["US political correspondent", "Environment reporter", "Southern bureau chief", "Climate and environment reporter", "Senior reporter"],
    cities: ["New York", "Los Angeles", "Washington", "Chicago", "Houston", "Denver"],
    nav: ["US news", "World", "Environment", "Ukraine", "Soccer", "Business", "Tech", "Science", "Newsletters", "Wellness"],
    topics: ["US news", "Water", "Environment", "Drought", "Climate crisis", "US politics", "Local government"],
    headlines: [
      "Senate passes stopgap bill hours before shutdown deadline",
      "Wildfire forces thousands to flee in northern California",
      "Supreme Court agrees to hear water rights dispute between states",
      "Heat wave grips south-west as Phoenix breaks record",
      "Flooding closes highways across the midwest",
    ],
    newsletter: ["Sign up to Headlines US", "Free newsletter", "The day's most important US headlines and highlights, in your inbox every morning"],
    oldPromo: "Sign up for the Guardian US morning briefing",
    agency: "AFP via Getty Images",
  },
  {
    label: "Australia edition",
    currency: "$",
    zone: (day) => (auDst(day) ? "AEDT" : "AEST"),
    names: ["Bridie Callaghan", "Lachie Nguyen", "Amelia Strathmore", "Kiran Dhillon", "Declan Moore-Hayes", "Sienna Walsh", "Ned Karagiannis"],
    roles: ["Political editor", "Rural and regional reporter", "Environment reporter", "Chief political correspondent", "Queensland correspondent"],
    cities: ["Sydney", "Melbourne", "Brisbane", "Canberra", "Perth", "Adelaide"],
    nav: ["Australia", "World", "AU politics", "Environment", "Climate crisis", "Indigenous Australia", "Immigration", "Media", "Business", "Science"],
    topics: ["Australia news", "Water", "Murray-Darling basin", "Drought", "Environment", "New South Wales", "Local government"],
    headlines: [
      "Bushfire emergency declared in Victoria's east",
      "Reserve Bank leaves cash rate on hold",
      "Murray-Darling water buybacks back on the table",
      "Queensland floods cut off towns as rivers peak",
      "Premier announces inquiry into council amalgamations",
    ],
    newsletter: ["Sign up to Morning Mail", "Free daily newsletter", "Our Australian morning briefing walks you through the key stories of the day"],
    oldPromo: "Sign up to receive the top stories from Guardian Australia every morning",
    agency: "AAP",
  },
];

const NINE_SITES = [
  { name: "The Sydney Morning Herald", state: "NSW", nav: ["Sydney", "NSW", "Politics", "Business", "World", "National", "Opinion", "Property", "Sport", "Culture", "Lifestyle"] },
  { name: "The Age", state: "Victoria", nav: ["Melbourne", "Victoria", "Politics", "Business", "World", "National", "Opinion", "Property", "Sport", "Culture", "Lifestyle"] },
  { name: "Brisbane Times", state: "Queensland", nav: ["Brisbane", "Queensland", "Politics", "Business", "World", "National", "Opinion", "Sport", "Culture", "Lifestyle"] },
  { name: "WAtoday", state: "Western Australia", nav: ["Perth", "Western Australia", "Politics", "Business", "World", "National", "Opinion", "Sport", "Culture", "Lifestyle"] },
] as const;
const NINE_NAMES = ["Lachlan Pryor", "Erin Matheson", "Caitlin Ebert", "Nick Abernethy", "Sarah Tomkins", "Josh Varga", "Phoebe Landry", "Matilda Coote"];
const NINE_TOPICS = ["Environment", "Water", "Drought", "Local government", "Politics", "Infrastructure", "Weather"];
const NINE_BEATS = ["an environment", "a state political", "a city", "a health", "a transport", "a general news"];
const AU_HEADLINES = [
  "Heatwave warning for inland towns as temperatures climb",
  "Council rates to rise 4 per cent under draft budget",
  "Commuters face weeks of disruption as rail line closes",
  "Dam levels drop below half for the first time since 2010",
  "Police investigate overnight fire at suburban school",
  "Premier flags changes to planning rules",
];

const NZ_NAMES = ["Mereana Hohaia", "Tane Whitaker", "Kiri Paewai", "Hamish Gillespie", "Ruby Tautahi", "Finn McAlister", "Anahera Rewiti", "Olivia Brackenridge"];
const RNZ_ROLES = ["Reporter", "Political Reporter", "Senior Journalist", "Local Democracy Reporter", "Te Ao Māori News Reporter", "Business Reporter"];
const RNZ_SECTIONS = ["National", "Country", "Politics", "New Zealand", "Te Ao Māori", "Environment"];
const STUFF_SECTIONS = ["National", "Environment", "Politics", "Business", "Climate Change", "Crime"];
const NZ_TOPICS = ["environment", "water", "local government", "weather", "farming", "politics"];
const NZ_HEADLINES = [
  "Wellington water pipes: repair bill blows out again",
  "Heavy rain watch for Coromandel and Bay of Plenty",
  "Farmers count cost of dry summer in Hawke's Bay",
  "Council votes to keep fluoride in town supply",
  "Auckland motorway closed overnight for repairs",
  "Kiwifruit growers brace for smaller crop",
];

const CNA_NAMES = ["Tan Hui Min", "Amirul Rashid", "Kelvin Goh", "Priyanka Nair", "Lim Jia Qi", "Farah Azman", "Ng Wei Jie", "Sharmila Ramasamy"];
const CNA_SECTIONS = ["Singapore", "Asia", "World", "Business", "Sustainability"];
const CNA_PLACES = ["SINGAPORE", "KUALA LUMPUR", "JAKARTA", "BANGKOK", "MANILA", "HONG KONG"];
const CNA_TOPICS = ["water", "environment", "climate change", "PUB", "infrastructure", "weather"];
const SG_HEADLINES = [
  "Water price hike to kick in from April, says PUB",
  "Haze returns as hotspots flare in Sumatra",
  "New MRT line to open in phases from next year",
  "Flash floods hit parts of Bukit Timah after heavy rain",
  "Malaysia and Singapore to review water agreement",
  "Hawker centre upgrades to be completed by 2025",
];

const IN_NAMES = ["Aditi Khanna", "Rahul Deshpande", "Shreya Mukherjee", "Imran Qureshi", "Pooja Venkatesh", "Karan Malhotra", "Nandini Rao", "Vivek Tripathi"];
const TOI_PLACES = ["NEW DELHI", "MUMBAI", "BENGALURU", "KOLKATA", "CHENNAI", "HYDERABAD", "PUNE", "LUCKNOW"];
const NDTV_PLACES = ["New Delhi", "Mumbai", "Bengaluru", "Kolkata", "Chennai", "Hyderabad", "Lucknow"];
const IN_HEADLINES = [
  "Monsoon likely to reach Kerala by June 1, says weather office",
  "Metro fares to go up from next month",
  "Lake levels dip as city faces water cuts",
  "Civic body clears Rs 200 crore plan for storm drains",
  "Traffic curbs on ring road for flyover work",
  "Schools to reopen after week-long heatwave break",
];
const NDTV_HIGHLIGHTS = [
  "Officials said the plan would be reviewed next month",
  "Residents have complained about the issue for years",
  "The state government has set aside funds for the work",
  "Opposition leaders criticised the delay",
  "The board will meet again next week",
];

const NW_NAMES = ["Jenna Castellanos", "Miles Harrington", "Aubrey Kessler", "Darius Pham", "Colette Ramsay", "Trent Oduya", "Lorna Fitzpatrick"];
const NW_ROLES = ["Senior Reporter", "Weekend Reporter", "News Reporter", "Deputy News Editor", "Live News Reporter", "Politics Reporter"];
const NW_SECTIONS = ["U.S.", "World", "Politics", "Science", "Health", "News"];
const NW_CITIES = ["New York", "London", "Washington, D.C.", "Los Angeles", "Chicago"];
const US_HEADLINES = [
  "Map shows states where drought is getting worse",
  "Governor signs emergency order as wildfire spreads",
  "Lake Mead water level update as summer begins",
  "Senate Republicans split over spending bill",
  "Snowstorm forecast to bring a foot of snow to the Northeast",
  "Airline cancels hundreds of flights as storms hit hub",
];

const LAT_NAV = ["California", "Climate & Environment", "Entertainment & Arts", "Food", "Lifestyle", "Politics", "Science & Medicine", "World & Nation", "Opinion", "Sports", "Business"];
const LAT_SECTIONS = ["California", "Climate & Environment", "Politics", "World & Nation", "Science & Medicine"];
const LAT_PLACES = ["SACRAMENTO", "FRESNO", "SAN DIEGO", "RIVERSIDE", "SANTA BARBARA", "BAKERSFIELD"];
const LAT_BEATS = ["water and the environment", "California politics", "the Inland Empire", "climate and energy", "state government from Sacramento"];
const CA_HEADLINES = [
  "Sierra snowpack well below normal after dry winter",
  "Newsom signs bill to speed up desalination permits",
  "L.A. County supervisors approve new homelessness plan",
  "Metrolink service suspended after landslide",
  "Colorado River deal leaves farmers uncertain",
  "Santa Ana winds raise fire danger across Southern California",
];
const GLOBE_SECTIONS = ["Metro", "Politics", "Business", "Nation", "Climate"];
const BOSTON_HEADLINES = [
  "MBTA to shut down Red Line branch for two weeks",
  "Quabbin Reservoir drops to lowest level in years",
  "Healey files bill to speed housing construction",
  "Cape Cod towns weigh limits on short-term rentals",
  "Snow emergency declared in Boston ahead of storm",
];
const AP_PLACES = ["WASHINGTON", "PHOENIX", "ATLANTA", "DENVER", "SALT LAKE CITY", "ALBANY, N.Y."];

const SL_POSTERS = ["Kate Price", "Mo Haddad", "Jess Alonso", "Priyanka Shah", "Dev Okoro", "Lena Fischer", "Tom Beaulieu", "Ruth Adeyemi"];
const SL_SITES = [
  { name: "The Cascade Courier", domain: "www.cascadecourier.example", short: "Courier" },
  { name: "North Fork Gazette", domain: "northforkgazette.example", short: "Gazette" },
  { name: "The Bayview Observer", domain: "www.bayviewobserver.example", short: "Observer" },
] as const;
const SL_NOTES = [
  "paywalled, so pasting the text here",
  "Pasting the full story since the link needs a login:",
  "In case anyone can't get past the paywall 👇",
  "FYI, this ran today. Full text below",
  "For the clips file:",
  "sharing for tomorrow's meeting, text below so it's searchable",
];
const SL_REPLIES = [
  "thanks! is the board meeting streamed?",
  "Good find. Adding it to the tracker.",
  "Do we know who the reporter talked to at the county?",
  "saved 🙏",
  "This is the one I mentioned on the call",
  "Can someone forward this to the comms list?",
  "Interesting that they didn't mention the grant",
];

export const HELD_OUT_TWENTYSECOND_STYLES: readonly Style[] = [
  {
    // The Guardian in its UK, US and Australia editions. The older layout (copies to 2020): the
    // skip links, the support bar, the edition, the pillars, the section, the headline, the
    // standfirst, the byline with no "By" ("Ann Lee", "Ann Lee Environment correspondent", "Ann
    // Lee in Sydney", "Ann Lee and Bob Stone", "Ann Lee and agencies", "Guardian staff and
    // agencies", "Associated Press in Houston"), "@annlee" below a lone name on some, "Wed 29 Jan
    // 2020 17.32 GMT" in the edition's zone with "Last modified on …" below it, or the update's
    // stamp over "First published on …"; "Shares" and "Comments" with their counts; the lead
    // photo's "… Photograph: Ann Lee/Reuters"; "Related: …" and a one-line newsletter prompt
    // between paragraphs; the support appeal, "Topics", the share links, "Reuse this content",
    // "Most popular", the footer. The newer layout (copies from 2021): the bars, "This article is
    // more than 4 years old" below the headline on a story over a year old, the lead photo above
    // the byline, the date with "Last modified on …" on some, "Share", the newsletter's promotion
    // between "skip past newsletter promotion" and "after newsletter promotion", the appeal with
    // the reader's count, "Explore more on these topics", "Most viewed", the footer with "(dcr)".
    name: "held-out-guardian",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const copied = copiedIn(ctx, d, 0.3);
      const newer = copied >= 2021;
      const ed = ctx.pick(GU_EDITIONS);
      const zone = ed.zone(d);
      const stamp = (day: Day, hh: number, mm: number) => `${shortWeekday(day)} ${day.d} ${mon(day)} ${day.y} ${pad(hh)}.${pad(mm)} ${zone}`;
      const roll = ctx.rng();
      let names: string[] = [];
      let byText: string;
      if (roll < 0.1) byText = "Guardian staff and agencies";
      else if (roll < 0.18) byText = `${ctx.pick(["Associated Press", "Reuters", "Agence France-Presse"])} in ${ctx.pick(ed.cities)}`;
      else {
        names = fromPool(ctx, ed.names, 0.25);
        const r = ctx.rng();
        if (names.length > 1) {
          const [c1, c2] = others(ctx, 2, ed.cities);
          byText = r < 0.6 ? joinNames(names) : `${names[0]} in ${c1} and ${names[1]} in ${c2}`;
        } else byText = r < 0.35 ? `${names[0]} ${ctx.pick(ed.roles)}` : r < 0.6 ? `${names[0]} in ${ctx.pick(ed.cities)}` : r < 0.72 ? `${names[0]} and agencies` : names[0]!;
      }
      const upd = ctx.rng() < 0.45 ? updateOf(ctx, 0.4, h) : undefined;
      const credit = (who: string) => {
        const r = ctx.rng();
        return r < 0.3 ? `Photograph: ${who}/The Guardian` : r < 0.45 ? `Photograph: ${who}/Reuters` : r < 0.58 ? `Photograph: ${who}/AP` : r < 0.7 ? "Photograph: Getty Images" : r < 0.82 ? `Photograph: ${who}/${ed.agency}` : r < 0.92 ? `Photograph: ${who}/EPA` : "Photograph: Alamy";
      };
      const photo = (c: string, cr: string | undefined) => [cr ? `${stop(c)} ${cr}` : `${stop(c)}`];
      const page = new Page();
      page.cb("Skip to main content", "Skip to navigation");
      if (newer) {
        page.cb("Print subscriptions", "Newsletters", "Sign in", ed.label.split(" ")[0]!, "Search jobs", "The Guardian - Back to homepage");
        page.cb("Support the Guardian", "Fund independent journalism", "Support us");
        page.cb("News", "Opinion", "Sport", "Culture", "Lifestyle");
        page.cb(...ed.nav);
      } else {
        page.cb("Support the Guardian", "Available for everyone, funded by readers", "Contribute", "Subscribe", "Search jobs", "Sign in", "Search", ed.label, "The Guardian - Back to home");
        page.cb("News", "Opinion", "Sport", "Culture", "Lifestyle", "Show More");
      }
      page.c(ctx.pick(ed.topics));
      page.h(ctx.story.title);
      const age = copied - d.y - 1;
      if (newer && age >= 1) page.c(`This article is more than ${age} year${age > 1 ? "s" : ""} old`);
      if (ctx.rng() < 0.9) {
        const dek = ctx.pick(DEKS);
        page.h(dek);
        page.dek = dek;
      }
      let story = ctx;
      if (newer) story = leadPhoto(page, ctx, 0.7, photo, () => credit(otherName(ctx)));
      const handle = !newer && names.length === 1 && byText === names[0] && ctx.rng() < 0.6 ? `@${handleOf(names[0]!)}` : undefined;
      const dates: string[] = [];
      let shown: string | undefined;
      if (upd && !newer && ctx.rng() < 0.5) {
        dates.push(stamp(dayOf(upd.iso), upd.hh, upd.mm), `First published on ${stamp(d, h, min)}`);
        shown = upd.iso;
      } else if (upd && (!newer || ctx.rng() < 0.6)) {
        dates.push(stamp(d, h, min), `Last modified on ${stamp(dayOf(upd.iso), upd.hh, upd.mm)}`);
        shown = upd.iso;
      } else dates.push(stamp(d, h, min));
      page.blocks.push([byText, ...(handle ? [handle] : []), ...dates]);
      if (handle) page.chrome.push(handle);
      if (newer) page.c("Share");
      else {
        page.cb("Shares", String(20 + Math.floor(ctx.rng() * 900)));
        if (ctx.rng() < 0.6) page.cb("Comments", String(3 + Math.floor(ctx.rng() * 400)));
        story = leadPhoto(page, ctx, 0.7, photo, () => credit(otherName(ctx)));
      }
      const n = ctx.story.paragraphs.length;
      const between: Record<number, string[]> = {};
      if (!newer && ctx.rng() < 0.5) add(between, Math.min(n >= 5 ? 2 : 1, n - 2), [`Related: ${ctx.pick(ed.headlines)}`]);
      if (ctx.rng() < 0.55) {
        const at = Math.min(n >= 5 ? 3 : 1, n - 2);
        if (newer)
          add(between, at, [
            "skip past newsletter promotion",
            ...ed.newsletter,
            "Privacy Notice: Newsletters may contain information about charities, online ads, and content funded by outside parties. For more information see our Privacy Policy.",
            "after newsletter promotion",
          ]);
        else add(between, at, [ed.oldPromo]);
      }
      body(page, story, { lead: (p) => p, figure: photo, credit, between });
      if (ctx.rng() < 0.6)
        page.cb(
          ...(newer ? [`You’ve read ${2 + Math.floor(ctx.rng() * 60)} articles in the last year`] : []),
          "… there is one small thing we would like to ask. More readers than ever now help to keep our reporting open to everyone, in more than 180 countries, and every contribution makes a difference.",
          "Because no shareholders or proprietor stand behind us, we can follow the stories that matter without fear or favour, and keep them free to read whatever people can afford.",
          `If you can, please support the Guardian from as little as ${ed.currency}1 – it only takes a minute. Thank you.`,
          "Support the Guardian",
          `Remind me in ${MONTHS[d.m % 12]}`,
          "Accepted payment methods: Visa, Mastercard, American Express and PayPal",
        );
      if (newer) {
        page.cb("Explore more on these topics", ...others(ctx, 4, ed.topics));
        page.cb("Share", "Reuse this content");
        page.cb("Most viewed", ...others(ctx, 4, ed.headlines));
      } else {
        page.cb("Topics", ...others(ctx, 4, ed.topics));
        page.cb("Share on Facebook", "Share on Twitter", "Share via Email", "Share on LinkedIn", "Share on WhatsApp", "Share on Messenger");
        page.c("Reuse this content");
        page.cb("Most popular", ...others(ctx, 4, ed.headlines));
      }
      page.cb("About us", "Contact us", "Complaints & corrections", "SecureDrop", "Work for us", "Privacy policy", "Cookie policy", "Terms & conditions", "Help", "All topics", "All writers", "Digital newspaper archive", "Facebook", "YouTube", "Instagram", "LinkedIn", "Newsletters", "Advertise with us", "Back to top");
      page.h(`© ${copied} Guardian News & Media Limited or its affiliated companies. All rights reserved.${newer ? " (dcr)" : ""}`);
      return { page, header: { byline: names, ...(shown ? { updated: shown } : {}) } };
    },
  },
  {
    // Nine's metro papers: The Sydney Morning Herald, The Age, Brisbane Times, WAtoday. The skip
    // links, the masthead's bar, "Advertisement", the crumbs (the section, the state, the topic),
    // the headline, a summary on a few, the lead photo with "Credit: Ann Lee" glued after its stop,
    // after a space or on the line below; "By Ann Lee", "By Ann Lee and Bob Stone" or three names;
    // "January 29, 2020 — 5.32pm", or "Updated January 29, 2020 — 7.04pm, first published at
    // 5.32pm" (a later day's update gives the first date in full), or 2019's "29 January 2019 —
    // 5:32pm"; "Save" (with its login line on later copies), "Share", the text-size buttons;
    // "Advertisement" and a "Related Article" card between paragraphs; the newsletter line below
    // the story, "License this article", the tags, each author's line and "Connect via Twitter or
    // email.", "Most Viewed in National", the footer, the copyright.
    name: "held-out-nine-metro",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const site = ctx.pick(NINE_SITES);
      const copied = copiedIn(ctx, d, 0.3);
      const older = copied <= 2019;
      const roll = ctx.rng();
      const names = roll < 0.06 ? [ctx.pick(NINE_NAMES), ...others(ctx, 2, [...NINE_NAMES, ctx.names[0]!])] : fromPool(ctx, [...NINE_NAMES, ctx.names[0]!], 0.25);
      const byline = [...new Set(names)];
      const upd = !older && ctx.rng() < 0.4 ? updateOf(ctx, 0.35, h) : undefined;
      const clock = (hh: number, mm: number) => `${h12(hh)}.${pad(mm)}${hh < 12 ? "am" : "pm"}`;
      const when = older
        ? `${d.d} ${MONTHS[d.m - 1]} ${d.y} — ${h12(h)}:${pad(min)}${h < 12 ? "am" : "pm"}`
        : upd
          ? `Updated ${usLong(dayOf(upd.iso))} — ${clock(upd.hh, upd.mm)}, first published ${upd.iso === ctx.story.date ? `at ${clock(h, min)}` : `${usLong(d)} — ${clock(h, min)}`}`
          : `${usLong(d)} — ${clock(h, min)}`;
      const glued = ctx.rng() < 0.5;
      const below = !glued && ctx.rng() < 0.4;
      const photo = (c: string, cr: string | undefined) => (cr ? (below ? [`${stop(c)}`, cr] : [`${stop(c)}${glued ? "" : " "}${cr}`]) : [`${stop(c)}`]);
      const credit = (who: string) => {
        const r = ctx.rng();
        return r < 0.1 ? "" : `Credit: ${r < 0.5 ? who : r < 0.65 ? "AAP" : r < 0.75 ? "Getty Images" : r < 0.83 ? "Bloomberg" : r < 0.9 ? "Reuters" : "Supplied"}`;
      };
      const topic = ctx.pick(NINE_TOPICS);
      const page = new Page();
      page.cb("Skip to sections navigation", "Skip to content", "Skip to footer");
      page.cb(site.name, "Subscribe", "Log in", ...site.nav);
      page.c("Advertisement");
      page.cb("National", site.state, topic);
      page.h(ctx.story.title);
      if (ctx.rng() < 0.2) {
        const dek = ctx.pick(DEKS);
        page.h(dek);
        page.dek = dek;
      }
      const story = leadPhoto(page, ctx, 0.6, photo, () => credit(otherName(ctx)) || undefined);
      page.h(`By ${joinNames(byline)}`, when);
      page.cb("Save", ...(older ? [] : ["Log in, register or subscribe to save articles for later."]), "Share", "Normal text size", "Larger text size", "Very large text size");
      const n = ctx.story.paragraphs.length;
      const between: Record<number, string[]> = {};
      add(between, Math.min(1, n - 2), ["Advertisement"]);
      if (ctx.rng() < 0.5) add(between, Math.min(n >= 5 ? 2 : 0, n - 2), ["Related Article", ctx.pick(AU_HEADLINES)]);
      if (n >= 5) add(between, 3, ["Advertisement"]);
      body(page, story, { lead: (p) => p, figure: photo, credit, between });
      if (!older && ctx.rng() < 0.6) page.c("Start your morning with the day’s key stories and a long read for later. Sign up for our Morning Edition newsletter.");
      page.c("License this article");
      page.cb(...others(ctx, 3, NINE_TOPICS));
      for (const name of byline) page.cb(`${name} is ${ctx.pick(NINE_BEATS)} reporter for ${site.name}.`, copied >= 2024 ? "Connect via X or email." : "Connect via Twitter or email.");
      page.cb("Most Viewed in National", "Loading");
      page.cb(site.name, "Contact & support", "Advertise with us", "Newsletters", "Accessibility guide", "Sitemap", "Photo sales", "Purchase front pages", "Content licensing", "Work with us", "Terms of use", "Privacy policy", "Press Council", "Corrections");
      page.h(`Copyright © ${copied}`);
      return { page, header: { byline, ...(upd ? { updated: upd.iso } : {}) } };
    },
  },
  {
    // New Zealand. RNZ: the skip link, the network's bar, "Live: RNZ National", the news bar, the
    // section, the headline, a summary on some, "5:32 pm on 29 January 2020", the share links,
    // "Ann Lee, Reporter" (or another role) with "@annlee" and "ann.lee@rnz.co.nz" on lines of
    // their own on some, or no name; the audio's "Listen duration 4′ 32″", "Add to playlist",
    // "Download", "Playlist" on some; the lead photo "… Photo: RNZ / Ann Lee"; below the story the
    // Local Democracy Reporting line (for its reporters), "Get the RNZ app", "Topics", the
    // copyright with the story's year, the newsletter, "Next story in National", "Related
    // Stories". Stuff: the bar, the section, the headline, the summary on most, "Ann
    // Lee17:32, Jan 29 2020" glued or the name over the stamp, "Reuters" over it on agency copy;
    // the share links; "READ MORE:" and two or three starred headlines between paragraphs; the
    // caption with "ANN LEE/STUFF", "SUPPLIED" or "123RF" after its stop or below it; the Local
    // Democracy Reporting line, the footer, "© 2020 Stuff Limited".
    name: "held-out-nz-rnz-stuff",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const copied = copiedIn(ctx, d, 0.35);
      const page = new Page();
      const ldrLine = "Local Democracy Reporting is Public Interest Journalism funded through NZ On Air.";
      if (ctx.rng() < 0.6) {
        const roll = ctx.rng();
        const names = roll < 0.35 ? [] : [ctx.pick([...NZ_NAMES, ctx.names[0]!])];
        const role = ctx.pick(RNZ_ROLES);
        const section = ctx.pick(RNZ_SECTIONS);
        const credit = (who: string) => {
          const r = ctx.rng();
          return r < 0.4 ? `Photo: RNZ / ${who}` : r < 0.55 ? "Photo: Supplied" : r < 0.68 ? "Photo: 123RF" : r < 0.8 ? "Photo: AFP" : r < 0.9 ? `Photo: Stuff / ${who}` : `Photo: LDR / ${who}`;
        };
        const photo = (c: string, cr: string | undefined) => [cr ? `${stop(c)} ${cr}` : `${stop(c)}`];
        page.c("Skip to main content");
        page.cb("RNZ", "Home", "News", "Radio", "Podcasts & Series", "Music", "Pacific", "Te Ao Māori", "Search");
        page.cb("Live: RNZ National", "Menu");
        page.cb("New Zealand", "World", "Politics", "Pacific", "Te Ao Māori", "Sport", "Business", "Country", "Local Democracy Reporting", "Comment & Analysis", "In Depth", "Weather");
        page.c(section);
        page.h(ctx.story.title);
        if (ctx.rng() < 0.3) {
          const dek = ctx.pick(DEKS);
          page.h(dek);
          page.dek = dek;
        }
        page.h(`${lowClock(h, min)} on ${d.d} ${MONTHS[d.m - 1]} ${d.y}`);
        page.cb("Share this", "Share on Twitter", "Share on Facebook", "Share via email", "Share on Reddit", "Share on LinkedIn");
        if (names.length) {
          const contact = ctx.rng() < 0.5 ? [`@${handleOf(names[0]!)}`, `${names[0]!.toLowerCase().replaceAll(" ", ".")}@rnz.co.nz`] : [];
          page.h(`${names[0]}, ${role}`, ...contact);
          page.chrome.push(...contact);
        }
        if (ctx.rng() < 0.25) page.cb(`Listen duration ${2 + Math.floor(ctx.rng() * 8)}′ ${pad(Math.floor(ctx.rng() * 60))}″`, "Add to playlist", "Download", "Playlist");
        const story = leadPhoto(page, ctx, 0.75, photo, () => credit(otherName(ctx)));
        body(page, story, { lead: (p) => p, figure: photo, credit, between: {} });
        if (names.length && role === "Local Democracy Reporter") page.c(ldrLine);
        page.cb("Get the RNZ app", "for ad-free news and current affairs");
        page.cb("Topics", ...others(ctx, 3, NZ_TOPICS));
        page.h(`Copyright © ${d.y}, Radio New Zealand`);
        page.cb("Subscribe to RNZ's Daily Newsletter", "View latest newsletter");
        page.cb(`Next story in ${section}`, ctx.pick(NZ_HEADLINES));
        page.cb("Related Stories", ...others(ctx, 3, NZ_HEADLINES));
        return { page, header: { byline: names } };
      }
      const roll = ctx.rng();
      const wire = roll < 0.15 ? ctx.pick(["Reuters", "AAP", "BBC"]) : undefined;
      const names = wire ? [] : fromPool(ctx, [...NZ_NAMES, ctx.names[0]!], 0.15);
      const ldr = !wire && names.length === 1 && ctx.rng() < 0.2;
      const stampLine = `${clock24(h, min)}, ${mon(d)} ${d.d} ${d.y}`;
      const who = wire ?? `${joinNames(names)}${ldr ? ", Local Democracy Reporter" : ""}`;
      const below = ctx.rng() < 0.5;
      const credit = (name: string) => {
        const r = ctx.rng();
        return r < 0.1 ? "" : r < 0.55 ? `${name.toUpperCase()}/STUFF` : r < 0.7 ? "SUPPLIED" : r < 0.8 ? "123RF" : r < 0.9 ? "GETTY IMAGES" : `${name.toUpperCase()}/THE PRESS`;
      };
      page.cb("Stuff", "Home", "National", "World", "Climate Change", "Business", "Opinion", "Sport", "Life & Style", "Entertainment", "Travel", "Quizzes");
      page.c(ctx.pick(STUFF_SECTIONS));
      page.h(ctx.story.title);
      if (ctx.rng() < 0.65) {
        const dek = ctx.pick(DEKS);
        page.h(dek);
        page.dek = dek;
      }
      if (ctx.rng() < 0.5) page.h(`${who}${stampLine}`);
      else page.h(who, stampLine);
      page.cb("Facebook", "Twitter", "WhatsApp", "Reddit", "Email");
      const n = ctx.story.paragraphs.length;
      const between: Record<number, string[]> = {};
      if (ctx.rng() < 0.7) add(between, Math.min(n >= 4 ? 2 : 0, n - 2), ["READ MORE:", ...others(ctx, 2 + Math.floor(ctx.rng() * 2), NZ_HEADLINES).map((x) => `* ${x}`)]);
      body(page, ctx, {
        lead: (p) => p,
        figure: (c, cr) => (cr ? (below ? [`${stop(c)}`, cr] : [`${stop(c)} ${cr}`]) : [`${stop(c)}`]),
        credit,
        between,
      });
      if (ldr) page.c(ldrLine);
      page.cb("About Stuff", "Advertising", "Careers", "Privacy policy", "Terms & conditions", "Contact Stuff", "Editorial Code of Practice & Complaints");
      page.h(`© ${copied} Stuff Limited`);
      return { page, header: { byline: names } };
    },
  },
  {
    // CNA (Channel NewsAsia). The older site (copies to 2020): the bar, the section, the headline,
    // "By Ann Lee" or "By Ann Lee and Bob Stone" or none, "29 Jan 2020 05:32PM" over "(Updated: 29
    // Jan 2020 07:04PM)" on some, "Bookmark" and "Share", the lead photo, "SINGAPORE: " on most,
    // "READ: …" between paragraphs, "Source: CNA/al(mi)" or "Source: Reuters/ga" below the story,
    // "Bookmark", the copyright. The newer site: the skip link, the bar, "Advertisement", the
    // section, the headline, "Bookmark" twice and "Share" with the networks, the summary's and the
    // audio's prompts on copies from 2023, the lead photo, each name on a line of its own, the
    // stamp with "(Updated: …)" on the same line or the next, "Advertisement" between paragraphs,
    // the WhatsApp channel's line, the source's line, "Related Topics", "Also worth reading", the
    // copyright. The caption with "(Photo: CNA/Ann Lee)" after its stop, or bare.
    name: "held-out-cna",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const copied = copiedIn(ctx, d, 0.3);
      const newer = copied >= 2021;
      const wire = ctx.rng() < 0.3 ? ctx.pick(["Reuters", "AFP", "Bernama", "AP"]) : undefined;
      const names = wire ? [] : ctx.rng() < 0.2 ? [] : fromPool(ctx, CNA_NAMES, 0.25);
      const place = ctx.rng() < 0.85 ? ctx.pick(wire ? CNA_PLACES.slice(1) : CNA_PLACES) : undefined;
      const upd = ctx.rng() < 0.5 ? updateOf(ctx, 0.3, h) : undefined;
      const stamp = (day: Day, hh: number, mm: number) => `${newer ? pad(day.d) : day.d} ${mon(day)} ${day.y} ${pad(h12(hh))}:${pad(mm)}${hh < 12 ? "AM" : "PM"}`;
      const updLine = upd ? `(Updated: ${stamp(dayOf(upd.iso), upd.hh, upd.mm)})` : undefined;
      const credit = (who: string) => {
        const r = ctx.rng();
        return r < 0.15 ? "" : r < 0.4 ? `Photo: ${who}` : r < 0.6 ? `Photo: CNA/${who}` : r < 0.72 ? `Photo: Reuters/${who}` : r < 0.84 ? `Photo: AFP/${who}` : r < 0.92 ? "Photo: iStock" : "Photo: Facebook/PUB";
      };
      const photo = (c: string, cr: string | undefined) => [cr ? `${stop(c)} (${cr})` : `${stop(c)}`];
      const page = new Page();
      const section = ctx.pick(CNA_SECTIONS);
      const n = ctx.story.paragraphs.length;
      const between: Record<number, string[]> = {};
      let story = ctx;
      if (newer) {
        page.c("Skip to main content");
        page.cb("CNA", "Singapore", "Asia", "World", "Commentary", "CNA Insider", "Business", "Sport", "Lifestyle", "Watch", "Listen", "Search");
        page.c("Advertisement");
        page.c(section);
        page.h(ctx.story.title);
        if (ctx.rng() < 0.2) {
          const dek = ctx.pick(DEKS);
          page.h(dek);
          page.dek = dek;
        }
        page.cb("Bookmark", "Bookmark", "Share", "WhatsApp", "Telegram", "Facebook", "Twitter", "Email", "LinkedIn");
        if (copied >= 2023) {
          page.cb("Read a summary of this article on FAST.", "FAST");
          page.cb("Listen to this article", "This audio is generated by an AI tool.");
        }
        story = leadPhoto(page, ctx, 0.7, photo, () => credit(otherName(ctx)) || undefined);
        const when = updLine && ctx.rng() < 0.5 ? [`${stamp(d, h, min)} ${updLine}`] : [stamp(d, h, min), ...(updLine ? [updLine] : [])];
        page.h(...names, ...when);
        add(between, Math.min(1, n - 2), ["Advertisement"]);
        if (n >= 5) add(between, 3, ["Advertisement"]);
      } else {
        page.cb("CNA", "Singapore", "Asia", "Commentary", "CNA Insider", "Business", "Sport", "Lifestyle", "World", "Watch", "Listen", "Search");
        page.c(section);
        page.h(ctx.story.title);
        page.h(...(names.length ? [`By ${joinNames(names)}`] : []), stamp(d, h, min), ...(updLine ? [updLine] : []));
        page.cb("Bookmark", "Share");
        story = leadPhoto(page, ctx, 0.7, photo, () => credit(otherName(ctx)) || undefined);
        if (ctx.rng() < 0.6) add(between, Math.min(n >= 5 ? 2 : 1, n - 2), [`READ: ${ctx.pick(SG_HEADLINES)}`]);
      }
      body(page, story, { lead: (p) => (place ? `${place}: ${p}` : p), figure: photo, credit, between });
      const desk = initialsOf(otherName(ctx));
      const source = `Source: ${wire ?? "CNA"}/${desk}${!wire && ctx.rng() < 0.5 ? `(${initialsOf(otherName(ctx))})` : ""}`;
      if (newer) {
        if (copied >= 2023 && ctx.rng() < 0.5) page.c("Stay updated with CNA’s WhatsApp channel for the day’s top stories.");
        page.c(source);
        page.cb("Related Topics", ...others(ctx, 3, CNA_TOPICS));
        page.cb("Also worth reading", ...others(ctx, 3, SG_HEADLINES));
        page.c("Advertisement");
      } else {
        page.c(source);
        page.c("Bookmark");
        page.cb("Also worth reading", ...others(ctx, 3, SG_HEADLINES));
      }
      page.h(`Copyright© Mediacorp ${copied}. Mediacorp Pte Ltd. All rights reserved.`);
      return { page, header: { byline: names, ...(place ? { dateline: place } : {}), ...(upd ? { updated: upd.iso } : {}) } };
    },
  },
  {
    // India. The Times of India: the masthead's bar, the crumbs, the headline, one line with the
    // byline and the only date, "Ann Lee | TNN | Updated: Jan 29, 2020, 17:32 IST", "TNN | …",
    // "PTI | …", or on later copies "Ann Lee / TNN / Updated: …" and "TOI City Desk / TNN / …";
    // "SHARE", "AA", "FONT SIZE", "SAVE", "COMMENT" or the later "Share", "AA", "+Text Size",
    // "Follow us"; "NEW DELHI: " on most; the caption bare or with "(TOI photo)", "(PTI photo)";
    // "Also read" and a headline between paragraphs on some; "Download The Times of India News App
    // for Latest City News.", "Start a Conversation", "FOLLOW US ON SOCIAL MEDIA", the copyright.
    // NDTV: the bar, the crumbs, the headline, "All India | Reported by Ann Lee, Edited by Bob Stone
    // | Updated: January 29, 2020 17:32 pm IST" on copies to 2021 (the 24-hour clock with "pm"),
    // "Written by Ann Lee | Updated: January 29, 2020 5:32 pm IST" later, "Press Trust of India",
    // "NDTV News Desk"; "Highlights" and three points on some; "EMAIL", "PRINT", "COMMENTS";
    // "New Delhi: "; the caption bare or with "(PTI Photo)"; "Advertisement"; the syndicated feed's
    // note on agency copy, "Track Latest News Live on NDTV.com …", "Promoted", the copyright.
    name: "held-out-toi-ndtv",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const copied = copiedIn(ctx, d, 0.3);
      const newer = copied >= 2022;
      const page = new Page();
      const n = ctx.story.paragraphs.length;
      const between: Record<number, string[]> = {};
      if (ctx.rng() < 0.5) {
        const roll = ctx.rng();
        const names = roll < 0.3 ? [] : roll < 0.4 ? [] : fromPool(ctx, [...IN_NAMES, ctx.names[0]!], 0.15);
        const agency = roll < 0.3 ? "TNN" : roll < 0.4 ? "PTI" : "TNN";
        const place = ctx.rng() < 0.85 ? ctx.pick(TOI_PLACES) : undefined;
        const city = place ? place.toLowerCase().replace(/\b\p{Ll}/gu, (c) => c.toUpperCase()) : "Delhi";
        const when = `Updated: ${mon(d)} ${d.d}, ${d.y}, ${clock24(h, min)} IST`;
        const sep = newer ? " / " : " | ";
        const who = names.length ? [joinNames(names), agency] : newer && agency === "TNN" && ctx.rng() < 0.5 ? ["TOI City Desk", "TNN"] : [agency];
        page.cb("THE TIMES OF INDIA", "Sign In", "TOI", "City", "India", "World", "Business", "Tech", "Cricket", "Sports", "Entertainment", "Life & Style", "Education");
        page.cb("News", "City News", `${city} News`);
        page.h(ctx.story.title);
        page.h([...who, when].join(sep));
        page.cb(...(newer ? ["Share", "AA", "+Text Size", "Small", "Medium", "Large", "Follow us"] : ["SHARE", "AA", "FONT SIZE", "SAVE", "COMMENT"]));
        if (ctx.rng() < 0.4) add(between, Math.min(n >= 5 ? 2 : 1, n - 2), ["Also read", ctx.pick(IN_HEADLINES)]);
        body(page, ctx, {
          lead: (p) => (place ? `${place}: ${p}` : p),
          figure: (c, cr) => [cr ? `${c} (${cr})` : c],
          credit: () => {
            const r = ctx.rng();
            return r < 0.5 ? "" : r < 0.75 ? "TOI photo" : r < 0.9 ? "PTI photo" : "Photo: ANI";
          },
          between,
        });
        page.c("Download The Times of India News App for Latest City News.");
        page.cb("Start a Conversation", "FOLLOW US ON SOCIAL MEDIA", "Facebook", "Twitter", "Instagram", "KOO APP", "YOUTUBE");
        page.h(`Copyright © ${copied} Bennett, Coleman & Co. Ltd. All rights reserved. For reprint rights: Times Syndication Service`);
        return { page, header: { byline: names, ...(place ? { dateline: place } : {}) } };
      }
      const roll = ctx.rng();
      const place = ctx.rng() < 0.85 ? ctx.pick(NDTV_PLACES) : undefined;
      const reporters = roll < 0.25 ? [] : fromPool(ctx, [...IN_NAMES, ctx.names[0]!], 0.2);
      const editor = otherName(ctx);
      const agency = roll < 0.15 ? "Press Trust of India" : roll < 0.25 ? "NDTV News Desk" : undefined;
      const by = agency ?? (ctx.rng() < 0.6 ? `Reported by ${joinNames(reporters)}, Edited by ${editor}` : `Written by ${joinNames(reporters)}`);
      const dayPart = `${MONTHS[d.m - 1]} ${pad(d.d)}, ${d.y}`;
      const line = newer ? `${by} | Updated: ${dayPart} ${lowClock(h, min)} IST` : `${place && place !== "New Delhi" ? place : "All India"} | ${by} | Updated: ${dayPart} ${clock24(h, min)} ${h < 12 ? "am" : "pm"} IST`;
      page.cb("NDTV", "Home", "Latest", "Videos", "India", "World", "Cities", "Opinion", "Offbeat", "Trends", "Education", "Business");
      page.cb("Home", "India News");
      page.h(ctx.story.title);
      page.h(line);
      if (ctx.rng() < 0.4) {
        page.c("Highlights");
        page.h(...others(ctx, 3, NDTV_HIGHLIGHTS));
      }
      page.cb("EMAIL", "PRINT", "COMMENTS");
      add(between, Math.min(1, n - 2), ["Advertisement"]);
      body(page, ctx, {
        lead: (p) => (place ? `${place}: ${p}` : p),
        figure: (c, cr) => [cr ? `${stop(c)} (${cr})` : `${stop(c)}`],
        credit: () => {
          const r = ctx.rng();
          return r < 0.55 ? "" : r < 0.8 ? "PTI Photo" : r < 0.9 ? "AFP Photo" : "Photo: ANI";
        },
        between,
      });
      if (agency === "Press Trust of India") page.c("(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)");
      page.c("Track Latest News Live on NDTV.com and get news updates from India and around the world");
      page.cb("Promoted", "Listen to the latest songs, only on JioSaavn.com");
      page.cb("Follow us:", "Facebook", "Twitter", "Instagram");
      page.h(`© Copyright NDTV Convergence Limited ${copied}. All rights reserved.`);
      return { page, header: { byline: reporters.length && !agency ? reporters : [], ...(place ? { dateline: place } : {}) } };
    },
  },
  {
    // Newsweek. Earlier copies (to 2021): the bar, the section, the headline, "BY ANN LEE ON
    // 1/29/20 AT 5:32 PM EST" (month first, a two-digit year; "AND" between two names), with
    // "UPDATED ON 1/30/20 AT 9:04 AM EST" below it on some; "Share"; the caption with "ANN
    // LEE/GETTY IMAGES" in capitals after its stop; "Request Reprint or Submit Correction", the
    // copyright. Later copies: the section, the headline, the summary on some, "By Ann Lee" over the
    // role (or two names), "Published Jan 29, 2020 at 5:32 PM EST" and "Updated …" on lines of
    // their own or one; "Share"; "Newsweek AI is in beta. …" on 2024's copies; the caption with
    // "Ann Lee/Getty Images"; "Read more" and headlines between paragraphs; "Uncommon Knowledge" and
    // the mission line, "Request Reprint & Licensing", "Submit Correction", "View Editorial
    // Guidelines", "About the writer" with the name, the bio and "Languages: English", the footer.
    name: "held-out-newsweek",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const copied = copiedIn(ctx, d, 0.3);
      const newer = copied >= 2022;
      const names = fromPool(ctx, [...NW_NAMES, ctx.names[0]!], 0.2);
      const role = ctx.pick(NW_ROLES);
      const upd = ctx.rng() < (newer ? 0.45 : 0.3) ? updateOf(ctx, 0.45, h) : undefined;
      const zone = (day: Day) => (dst(day) ? "EDT" : "EST");
      const credit = (who: string) => {
        const r = ctx.rng();
        const cr = r < 0.1 ? "" : r < 0.45 ? `${who}/Getty Images` : r < 0.6 ? `${who}/AFP via Getty Images` : r < 0.75 ? `${who}/AP` : r < 0.88 ? `${who}/Reuters` : "iStock/Getty Images";
        return newer ? cr : cr.toUpperCase();
      };
      const page = new Page();
      page.cb("Newsweek", "U.S.", "World", "Politics", "Health", "Science", "Tech", "Culture", "Autos", "Rankings", "Opinion", "Fact Check", "Subscribe", "Login");
      page.c(ctx.pick(NW_SECTIONS));
      page.h(ctx.story.title);
      const n = ctx.story.paragraphs.length;
      const between: Record<number, string[]> = {};
      if (newer) {
        if (ctx.rng() < 0.35) {
          const dek = ctx.pick(DEKS);
          page.h(dek);
          page.dek = dek;
        }
        const stamp = (day: Day, hh: number, mm: number) => `${mon(day)} ${day.d}, ${day.y} at ${upClock(hh, mm)} ${zone(day)}`;
        const pub = `Published ${stamp(d, h, min)}`;
        const up = upd ? `Updated ${stamp(dayOf(upd.iso), upd.hh, upd.mm)}` : undefined;
        const dates = up ? (ctx.rng() < 0.5 ? [pub, up] : [`${pub} ${up}`]) : [pub];
        if (names.length > 1) page.h(`By ${joinNames(names)}`, ...dates);
        else {
          page.h(`By ${names[0]}`, role, ...dates);
          page.chrome.push(role);
        }
        page.c("Share");
        if (copied >= 2024) page.c("Newsweek AI is in beta. Translations may contain inaccuracies—please refer to the original content.");
        if (ctx.rng() < 0.6) add(between, Math.min(n >= 5 ? 2 : 1, n - 2), ["Read more", ...others(ctx, 2, US_HEADLINES)]);
      } else {
        const stamp = (day: Day, hh: number, mm: number) => `${day.m}/${day.d}/${String(day.y).slice(2)} AT ${upClock(hh, mm)} ${zone(day)}`;
        page.h(`BY ${joinNames(names.map((x) => x.toUpperCase()), "AND")} ON ${stamp(d, h, min)}`, ...(upd ? [`UPDATED ON ${stamp(dayOf(upd.iso), upd.hh, upd.mm)}`] : []));
        page.c("Share");
      }
      body(page, ctx, { lead: (p) => p, figure: (c, cr) => [cr ? `${stop(c)} ${cr}` : `${stop(c)}`], credit, between });
      if (newer) {
        page.cb("Uncommon Knowledge", "Newsweek is committed to challenging conventional wisdom and finding connections in the search for common ground.");
        page.cb("Request Reprint & Licensing", "Submit Correction", "View Editorial Guidelines");
        for (const name of names) {
          const bio = `${name} is a Newsweek ${names.length > 1 ? "reporter" : role} based in ${stop(ctx.pick(NW_CITIES))} ${name.split(" ")[0]} covers breaking news, politics and the environment.`;
          page.blocks.push(["About the writer", name, bio, "Languages: English"]);
          page.chrome.push("About the writer", bio, "Languages: English");
        }
        page.cb("Company", "About Us", "Masthead", "Diversity", "Announcements", "Careers", "Contact Us", "Terms & Conditions", "Privacy Policy", "Cookie Policy");
        page.h(`© ${copied} NEWSWEEK DIGITAL LLC`);
      } else {
        page.c("Request Reprint or Submit Correction");
        page.h(`© ${copied} NEWSWEEK`);
      }
      return { page, header: { byline: names, ...(upd ? { updated: upd.iso } : {}) } };
    },
  },
  {
    // US metro papers. The Los Angeles Times: the skip link and the bar, the section in capitals,
    // the headline, the dek on some, the lead photo with "(Ann Lee / Los Angeles Times)" above the
    // byline, "By Ann Lee" over "Staff Writer" (or two names, or "By Associated Press" with
    // "SACRAMENTO — "), "Jan. 29, 2020 5:32 PM PT" or "Updated Jan. 29, 2020 7:04 PM PT" as the
    // only date (the same day); 2019's copies in the older template: "Contact Reporter" below the
    // name and "Jan 29, 2019 | 5:32 PM"; the share menu ("Share via", "Close extra sharing
    // options", "Copy Link URL", "Copied!"), "Advertisement" and the newsletter's box between
    // paragraphs, "Times staff writer … contributed to this report." on some, "More to Read", each
    // author's line, the footer. The Boston Globe: the bar, the section, the headline, the dek on
    // some, "By Ann Lee Globe Staff,Updated January 29, 2020, 5:32 p.m." glued (or on two lines;
    // "Globe Correspondent", two names, "By The Associated Press" with "WASHINGTON — "), the only
    // date; the share links; the lead photo and captions with "Ann Lee/Globe Staff" glued after the
    // stop or after a space; the newsletter's line between paragraphs on some; "… can be reached
    // at …" below the story, "Show comments", "Most Popular in Metro", the copyright.
    name: "held-out-us-metro-papers",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const copied = copiedIn(ctx, d, 0.3);
      const page = new Page();
      const n = ctx.story.paragraphs.length;
      const between: Record<number, string[]> = {};
      const shownAt = ctx.rng() < 0.5 ? { hh: h, mm: min } : { hh: Math.min(h + 1 + Math.floor(ctx.rng() * 3), 23), mm: (min + 29) % 60 };
      if (ctx.rng() < 0.55) {
        const older = copied <= 2019;
        const wire = ctx.rng() < 0.15;
        const names = wire ? [] : usNames(ctx, 0.25);
        const place = wire ? ctx.pick(LAT_PLACES) : undefined;
        const credit = (who: string) => {
          const r = ctx.rng();
          return r < 0.45 ? `${who} / Los Angeles Times` : r < 0.6 ? `${who} / For The Times` : r < 0.72 ? "Associated Press" : r < 0.85 ? `${who} / Associated Press` : "Getty Images";
        };
        const photo = (c: string, cr: string | undefined) => [cr ? `${stop(c)} (${cr})` : `${stop(c)}`];
        page.cb("Skip to content", "Los Angeles Times", "Subscribe", "Show Search", "Search Query", "Submit Search", "Log In");
        page.cb(...LAT_NAV);
        page.c(ctx.pick(LAT_SECTIONS).toUpperCase());
        page.h(ctx.story.title);
        if (ctx.rng() < 0.55) {
          const dek = ctx.pick(DEKS);
          page.h(dek);
          page.dek = dek;
        }
        const story = leadPhoto(page, ctx, 0.65, photo, () => credit(otherName(ctx)));
        // Updated or not, the page shows one stamp: the day it gives is the story's.
        const updated = !older && ctx.rng() < 0.4;
        const when = older
          ? `${mon(d)} ${d.d}, ${d.y} | ${upClock(h, min)}`
          : `${updated ? "Updated " : ""}${apDate(d)} ${updated ? upClock(shownAt.hh, shownAt.mm) : upClock(h, min)} PT`;
        if (wire) page.h("By Associated Press", when);
        else if (names.length > 1) page.h(`By ${joinNames(names)}`, when);
        else {
          const role = older ? "Contact Reporter" : "Staff Writer";
          page.h(`By ${names[0]}`, role, when);
          page.chrome.push(role);
        }
        if (older) page.cb("Facebook", "Twitter", "Show more sharing options", "Share");
        else page.cb("Share via", "Close extra sharing options", "Email", "Facebook", "X", "LinkedIn", "Threads", "Reddit", "WhatsApp", "Copy Link URL", "Copied!", "Print");
        add(between, Math.min(1, n - 2), ["Advertisement"]);
        if (!older && ctx.rng() < 0.5)
          add(between, Math.min(n >= 5 ? 3 : 1, n - 2), [
            "Sign up for Essential California",
            "The California stories you need to know, in your inbox every weekday morning.",
            "Enter email address",
            "Sign Me Up",
            "You may occasionally receive promotional content from the Los Angeles Times.",
          ]);
        body(page, story, { lead: (p) => (place ? `${place} — ${p}` : p), figure: photo, credit, between });
        if (!wire && ctx.rng() < 0.25) tail(page, `Times staff writer ${otherName(ctx)} contributed to this report.`);
        page.cb("More to Read", ...others(ctx, 3, CA_HEADLINES));
        for (const name of names) {
          const bio = `${name} covers ${ctx.pick(LAT_BEATS)} for the Los Angeles Times.`;
          page.blocks.push([name, bio]);
          page.chrome.push(bio);
        }
        page.cb("Subscribers are Reading", ...others(ctx, 3, CA_HEADLINES));
        page.cb("Company", "About/Contact", "For the Record", "Accessibility", "Ethics and Standards", "L.A. Times Store", "Careers");
        page.h(`Copyright © ${copied}, Los Angeles Times | Terms of Service | Privacy Policy | CA Notice of Collection | Do Not Sell or Share My Personal Information`);
        return { page, header: { byline: names, ...(place ? { dateline: place } : {}) } };
      }
      const wire = ctx.rng() < 0.15;
      const names = wire ? [] : usNames(ctx, 0.25);
      const desk = ctx.rng() < 0.75 ? "Globe Staff" : "Globe Correspondent";
      const place = wire ? ctx.pick(AP_PLACES) : undefined;
      const by = wire ? "By The Associated Press" : `By ${joinNames(names)} ${desk}`;
      const when = `Updated ${usLong(d)}, ${apClock(shownAt.hh, shownAt.mm)}`;
      const glued = ctx.rng() < 0.5;
      const photo = (c: string, cr: string | undefined) => [cr ? `${stop(c)}${glued ? "" : " "}${cr}` : `${stop(c)}`];
      const credit = (who: string) => {
        const r = ctx.rng();
        return r < 0.5 ? `${who}/Globe Staff` : r < 0.65 ? `${who} for The Boston Globe` : r < 0.8 ? `${who}/Associated Press` : `${who}/Getty`;
      };
      const section = ctx.pick(GLOBE_SECTIONS);
      page.c("Skip to main content");
      page.cb("The Boston Globe", "Subscribe Now", "Log In", "Today's Paper");
      page.cb("Metro", "Business", "Politics", "Sports", "Opinion", "Arts", "Lifestyle", "Ideas", "Magazine", "Newsletters");
      page.c(section);
      page.h(ctx.story.title);
      if (ctx.rng() < 0.35) {
        const dek = ctx.pick(DEKS);
        page.h(dek);
        page.dek = dek;
      }
      if (ctx.rng() < 0.6) page.h(`${by},${when}`);
      else page.h(by, when);
      page.cb("Share on Facebook", "Share on Twitter", "Share via email", "Show comments");
      const story = leadPhoto(page, ctx, 0.6, photo, () => credit(otherName(ctx)));
      if (ctx.rng() < 0.4) add(between, Math.min(n >= 5 ? 2 : 1, n - 2), ["Get Metro Minute, the Globe’s roundup of local news, in your inbox every weekday morning."]);
      body(page, story, { lead: (p) => (place ? `${place} — ${p}` : p), figure: photo, credit, between });
      if (!wire && ctx.rng() < 0.7)
        page.c(
          names
            .map((x) => `${x} can be reached at ${x.toLowerCase().replaceAll(" ", ".")}@globe.com.${ctx.rng() < 0.5 ? ` Follow ${x.split(" ")[0]} on X @${handleOf(x)}.` : ""}`)
            .join(" "),
        );
      page.c("Show comments");
      page.cb(`Most Popular in ${section}`, ...others(ctx, 4, BOSTON_HEADLINES));
      page.cb("Subscribe Now", "Digital Access", "Home Delivery", "Gift Subscriptions", "Log In", "Manage My Account", "Customer Service", "Help & FAQs", "Terms of Service", "Privacy Policy");
      page.h(`©${copied} Boston Globe Media Partners, LLC`);
      return { page, header: { byline: names, ...(place ? { dateline: place } : {}) } };
    },
  },
  {
    // A story pasted into a Slack channel, copied out of the app: the day's divider ("Monday,
    // February 3rd", a year after it on some) on some; each message under its poster's name over
    // the time, or "Kate Price  5:48 PM" on one line, or the older "Kate Price [5:48 PM]"; the note
    // and the story's link; the link's preview (the site, the page's title, its description)
    // after the message's text: below the link in a message of its own, or below the pasted story;
    // the pasted story in a second message or the first: the headline, the dek on some, the byline
    // and the date in the page's own forms ("By Ann Lee", "Ann Lee, The Cascade Courier";
    // "Published 5:32 p.m. MST Jan. 29, 2020", "Jan. 29, 2020 at 5:32 p.m.", "January 29, 2020",
    // "January 29, 2020, 5:32 PM | Updated January 30, 2020, 9:04 AM"), "DENVER — " on some,
    // captions as the page had them, "Advertisement" left in on some, " (edited)" after a
    // message; "3 replies" and "Last reply 2 days ago" or "View thread", colleagues' replies.
    name: "held-out-slack-share",
    make: (ctx) => {
      const d = dayOf(ctx.story.date);
      const { h, min } = ctx.time;
      const site = ctx.pick(SL_SITES);
      const poster = ctx.pick(SL_POSTERS);
      const lag = ctx.pick([0, 0, 1, 2, 5, 13, 40]);
      const shared = dayOf(daysFrom(ctx.story.date, lag));
      const sh = lag === 0 ? Math.min(h + 1 + Math.floor(ctx.rng() * 3), 23) : 8 + Math.floor(ctx.rng() * 10);
      const sm = Math.floor(ctx.rng() * 60);
      const form = ctx.pick(["two", "one", "old"] as const);
      const head = (who: string, hh: number, mm: number) => (form === "old" ? [`${who} [${upClock(hh, mm)}]`] : form === "one" ? [`${who}  ${upClock(hh, mm)}`] : [who, upClock(hh, mm)]);
      const url = `https://${site.domain}/news/${ctx.story.date.replaceAll("-", "/")}/${slugOf(ctx.story)}/`;
      const names = ctx.rng() < 0.15 ? [] : ctx.rng() < 0.2 && ctx.names[1] !== ctx.names[0] ? ctx.names.slice(0, 2) : ctx.names.slice(0, 1);
      const dek = ctx.rng() < 0.4 ? ctx.pick(DEKS) : undefined;
      const place = ctx.rng() < 0.2 ? ctx.place : undefined;
      const upd = ctx.rng() < 0.2 ? updateOf(ctx, 1, h) : undefined;
      const page = new Page();
      if (ctx.rng() < 0.6) page.c(`${WEEKDAYS[shared.wd]}, ${MONTHS[shared.m - 1]} ${ordinal(shared.d)}${ctx.rng() < 0.5 ? `, ${shared.y}` : ""}`);
      // The link's preview: the page's title is the headline, its description the dek (kept) or the lede cut short (chrome).
      const preview = () => {
        page.c(site.name);
        page.h(ctx.story.title);
        const excerpt = excerptOf(ctx.story);
        if (dek) page.h(dek);
        else if (excerpt) page.c(excerpt);
      };
      const note = ctx.pick(SL_NOTES);
      const edited = ctx.rng() < 0.25 ? " (edited)" : "";
      const noteLines = ctx.rng() < 0.5 ? [`${note} ${url}${edited}`] : [note, `${url}${edited}`];
      const split = ctx.rng() < 0.5;
      page.cb(...head(poster, sh, sm), ...noteLines);
      if (split) {
        preview();
        page.cb(...head(poster, sh, (sm + 1) % 60));
      }
      page.h(ctx.story.title);
      if (dek) {
        page.h(dek);
        page.dek = dek;
      }
      const zone = dst(d) ? "MDT" : "MST";
      const r = ctx.rng();
      const when = upd
        ? `${usLong(d)}, ${upClock(h, min)} | Updated ${usLong(dayOf(upd.iso))}, ${upClock(upd.hh, upd.mm)}`
        : r < 0.3
          ? `Published ${apClock(h, min)} ${zone} ${apDate(d)}`
          : r < 0.6
            ? `${apDate(d)} at ${apClock(h, min)}`
            : usLong(d);
      const by = names.length ? (ctx.rng() < 0.6 ? `By ${joinNames(names)}` : `${joinNames(names)}, ${site.name}`) : undefined;
      if (!by) page.h(when);
      else if (ctx.rng() < 0.7) page.h(by, when);
      else page.h(when, by);
      const between: Record<number, string[]> = {};
      if (ctx.rng() < 0.3) add(between, Math.min(1, ctx.story.paragraphs.length - 2), ["Advertisement"]);
      body(page, ctx, {
        lead: (p) => (place ? `${place} — ${p}` : p),
        figure: (c, cr) => [cr ? `${c} (${cr})` : c],
        credit: (who) => {
          const q = ctx.rng();
          return q < 0.2 ? "" : q < 0.6 ? `Photo: ${who}/${site.short}` : q < 0.8 ? `${who}/${site.name}` : "Courtesy photo";
        },
        between,
        bareCaptions: true,
      });
      if (!split) preview();
      const replies = others(ctx, 1 + Math.floor(ctx.rng() * 3), SL_REPLIES);
      if (ctx.rng() < 0.5) page.cb(`${replies.length} repl${replies.length > 1 ? "ies" : "y"}`, `Last reply ${ctx.pick(["1 day", "2 days", "3 days", "4 days", "5 days"])} ago`);
      else page.c("View thread");
      const repliers = others(
        ctx,
        replies.length,
        SL_POSTERS.filter((x) => x !== poster),
      );
      let t = sh * 60 + sm + 3;
      replies.forEach((reply, k) => {
        t += 2 + Math.floor(ctx.rng() * 30);
        page.cb(...head(repliers[k]!, Math.min(Math.floor(t / 60), 23), t % 60), reply);
      });
      return { page, header: { byline: names, ...(place ? { dateline: place } : {}), ...(upd ? { updated: upd.iso } : {}) } };
    },
  },
];
