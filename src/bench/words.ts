/**
 * Word lists for the synthetic archive. The vocabulary is deliberately wide (and grows a long
 * tail of made-up place and business names) because the size of Pagefind's index depends on how
 * many distinct words the corpus has: a corpus of fifty words repeated would flatter it.
 */

const words = (text: string): string[] => text.trim().split(/\s+/);

export const FIRST_NAMES = words(`
  James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard Susan
  Joseph Jessica Thomas Sarah Charles Karen Christopher Lisa Daniel Nancy Matthew Betty Anthony Margaret
  Mark Sandra Donald Ashley Steven Kimberly Paul Emily Andrew Donna Joshua Michelle Kenneth Carol Kevin
  Amanda Brian Dorothy George Melissa Timothy Deborah Ronald Stephanie Edward Rebecca Jason Sharon Jeffrey
  Laura Ryan Cynthia Jacob Kathleen Gary Amy Nicholas Angela Eric Shirley Jonathan Anna Stephen Brenda
  Larry Pamela Justin Emma Scott Nicole Brandon Helen Benjamin Samantha Samuel Katherine Gregory Christine
  Alexander Debra Patrick Rachel Frank Carolyn Raymond Janet Jack Maria Dennis Catherine Jerry Heather
  Tyler Diane Aaron Olivia Jose Julie Adam Joyce Nathan Victoria Henry Ruth Zachary Virginia Douglas Lauren
  Peter Kelly Kyle Christina Noah Joan Ethan Evelyn Jeremy Judith Walter Andrea Christian Hannah Keith
  Megan Roger Cheryl Terry Jacqueline Austin Martha Sean Madison Gerald Teresa Carl Gloria Harold Sara
  Dylan Janice Arthur Ann Lawrence Kathryn Jordan Abigail Jesse Sophia Bryan Frances Billy Jean Bruce
  Alice Gabriel Judy Joe Isabella Logan Julia Alan Grace Juan Amber Albert Denise Willie Danielle Elijah
  Marilyn Wayne Beverly Randy Charlotte Vincent Natalie Mason Theresa Roy Diana Ralph Brittany Bobby Doris
  Russell Kayla Bradley Alexis Philip Lori Eugene Marie Ignacio Rosa Tomas Lucia Mateo Camila Hiroshi
  Yuki Wei Mei Arjun Priya Omar Leila Kwame Amara Dmitri Oksana Sven Ingrid Liam Aoife Rafael Ines
`);

export const LAST_NAMES = words(`
  Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez
  Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark
  Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams
  Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Gomez Phillips Evans Turner Diaz Parker
  Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper
  Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson Watson Brooks Chavez Wood James
  Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long Ross Foster Jimenez
  Powell Jenkins Perry Russell Sullivan Bell Coleman Butler Henderson Barnes Gonzales Fisher Vasquez
  Simmons Romero Jordan Patterson Alexander Hamilton Graham Reynolds Griffin Wallace Moreno West Cole
  Hayes Bryant Herrera Gibson Ellis Tran Medina Aguilar Stevens Murray Ford Castro Marshall Owens
  Harrison Fernandez McDonald Woods Washington Kennedy Wells Vargas Henry Chen Freeman Webb Tucker
  Guzman Burns Crawford Olson Simpson Porter Hunter Gordon Mendez Silva Shaw Snyder Mason Dixon Munoz
  Hunt Hicks Holmes Palmer Wagner Black Robertson Boyd Rose Stone Salazar Fox Warren Mills Meyer Rice
  Schmidt Garza Daniels Ferguson Nichols Stephens Soto Weaver Ryan Gardner Payne Grant Dunn Kelley
  Spencer Hawkins Arnold Pierce Vazquez Hansen Peters Santos Hart Bradley Knight Elliott Cunningham
  Duncan Armstrong Hudson Carroll Lane Riley Andrews Alvarado Ray Delgado Berry Perkins Hoffman Johnston
  Matthews Pena Richards Contreras Willis Carpenter Lawrence Sandoval Kowalczyk Okafor Nakamura Lindqvist
  Abernathy Castellanos Iverson Brennan Takahashi Oyelaran Petrov Haugen Mbeki Quintero Szabo Fitzgerald
`);

export const NOUNS = words(`
  budget proposal ordinance contract school hospital bridge highway library park committee election
  ballot measure tax fee permit developer resident neighbor tenant landlord teacher student nurse officer
  firefighter worker union company business factory warehouse shelter clinic program grant lawsuit audit
  report investigation inquiry hearing vote plan study survey project pipeline reservoir drought flood
  wildfire storm blizzard road intersection crosswalk bus train station airport runway stadium arena museum
  festival parade market restaurant brewery farm ranch mine refinery sewer landfill council board agency
  district precinct courthouse jail prison judge jury verdict appeal settlement deadline policy rule
  regulation loophole subsidy loan bond levy surplus deficit shortfall pension salary raise layoff strike
  protest rally petition referendum initiative amendment candidate campaign debate poll primary runoff
  recount lobbyist donor consultant contractor vendor inspector auditor spokesperson commissioner trustee
  superintendent principal coach athlete team season championship playoff tournament league franchise
  ticket fare route schedule detour closure outage blackout utility meter rate increase decrease forecast
  estimate timeline framework partnership coalition alliance task force neighborhood suburb county village
  township corridor waterfront riverbank trail campground reservoir dam levee canal well aquifer hydrant
  pothole sidewalk streetlight signal roundabout overpass tunnel depot garage parking lot housing apartment
  condominium rental eviction mortgage foreclosure inspection violation citation fine warrant arrest
  suspect witness victim motive lawsuit complaint grievance memo email letter statement interview
  transcript recording footage photograph document record archive database website app network server
  breach hacker password software vaccine outbreak patient doctor pharmacy prescription insurance
  premium deductible enrollment classroom curriculum textbook graduation diploma scholarship tuition
  campus dormitory laboratory researcher scientist professor experiment discovery fossil telescope
  satellite rocket launch orbit mission volunteer donation charity fundraiser auction gala banquet
  ceremony anniversary memorial monument statue mural gallery exhibit concert theater orchestra choir
  cathedral congregation pastor parish cemetery veteran soldier battalion armory reservist
`);

export const ADJECTIVES = words(`
  new proposed controversial costly long-awaited temporary permanent local federal regional rural downtown
  aging crumbling popular unpopular ambitious modest emergency annual quarterly bipartisan unanimous narrow
  sweeping historic private public municipal independent statewide citywide nationwide overdue expensive
  affordable scaled-back revised preliminary final tentative binding nonbinding confidential anonymous
  disputed contested landmark pivotal routine unusual unprecedented record-breaking modest sharp steep
  gradual sudden unexpected familiar lengthy brief heated tense quiet crowded packed empty vacant shuttered
  renovated expanded aging modern outdated dangerous hazardous safe reliable fragile sturdy remote nearby
  northern southern eastern western central coastal mountain desert lakeside riverside suburban urban
  struggling thriving growing shrinking bankrupt profitable nonprofit volunteer elected appointed acting
  interim former longtime veteran rookie embattled beloved outspoken cautious skeptical optimistic frustrated
  relieved worried angry grateful stunned divided united fierce bitter friendly formal informal rare
`);

/** Verbs in their base form; the past tense is made by rule unless listed in IRREGULAR_PAST. */
export const VERBS = words(`
  approve reject delay fund expand review oppose support propose announce cancel extend investigate
  criticize defend question praise challenge adopt amend repeal postpone consider debate negotiate finalize
  unveil launch close reopen renovate replace inspect audit sue settle hire appoint elect endorse veto
  deny dismiss uphold overturn reverse restore reduce increase raise lower cut freeze suspend resume
  complete abandon revisit study examine release publish disclose withhold demand request require
  prohibit allow permit restrict limit boost double triple halve relocate rename honor celebrate mourn
  remember recall contest certify count tally verify confirm dispute acknowledge admit apologize warn
  urge caution predict forecast estimate project track monitor evacuate rescue repair rebuild demolish
  preserve protect clean pave plow widen narrow reroute redesign modernize digitize automate outsource
  subsidize tax borrow refinance invest purchase acquire lease sell donate award win lose seek build hold
  take give bring begin write lead meet spend draw withdraw
`);

export const IRREGULAR_PAST: Record<string, string> = {
  win: "won",
  lose: "lost",
  seek: "sought",
  build: "built",
  hold: "held",
  take: "took",
  give: "gave",
  bring: "brought",
  begin: "began",
  write: "wrote",
  lead: "led",
  meet: "met",
  spend: "spent",
  draw: "drew",
  withdraw: "withdrew",
  withhold: "withheld",
  rebuild: "rebuilt",
  admit: "admitted",
  forecast: "forecast",
  cut: "cut",
  sell: "sold",
  permit: "permitted",
  overturn: "overturned",
  veto: "vetoed",
  plow: "plowed",
  pave: "paved",
};

export const ADVERBS = words(`
  quickly slowly quietly publicly privately narrowly unanimously reluctantly eagerly finally initially
  abruptly repeatedly formally informally sharply briefly largely partly mostly nearly roughly openly
  cautiously firmly strongly
`);

export const WEEKDAYS = words(`Monday Tuesday Wednesday Thursday Friday Saturday Sunday`);

export const MONTHS = words(`January February March April May June July August September October November December`);

export const OCCUPATIONS = words(`
  business-owner activist pastor teacher nurse farmer rancher engineer architect economist historian
  attorney physician coach artist musician volunteer organizer contractor developer landlord student
  scientist veteran firefighter librarian
`).map((w) => w.replace(/-/g, " "));

/** Syllables for made-up names (streets, schools, businesses): the long tail a real archive has. */
export const NAME_HEADS = words(`
  ash bel cor dun el fair glen har ing kel lin mar nor oak pen quin ros stan thorn vale wen yar brad
  chel dor fen gar hol kings lang mead north pres red sil tam west wil ever high
`);
export const NAME_TAILS = words(`brook field ford ton wood ridge dale haven mont port ley wick burg view crest gate shire more`);
export const STREET_KINDS = words(`Street Avenue Road Boulevard Drive Lane Parkway Way`);
export const BUSINESS_KINDS = words(`Industries Holdings Partners Foods Logistics Realty Construction Energy Motors Pharmacy Bakery Outfitters`);
export const INSTITUTION_KINDS = ["Elementary School", "High School", "Community College", "Medical Center", "Recreation Center", "Public Library", "Water Treatment Plant"];

/** Topics, each with words its articles lean on, so a topic's articles share vocabulary. */
export const TOPICS: { name: string; summary: string; aliases: string[]; keywords: string[] }[] = [
  { name: "Transportation", summary: "Roads, transit, airports and how people get around.", aliases: ["transit"], keywords: words("bus route fare commuter interchange light-rail") },
  { name: "Housing", summary: "Homes, rents, evictions and zoning.", aliases: ["affordable housing"], keywords: words("rent eviction tenant zoning apartment mortgage") },
  { name: "Education", summary: "Schools, colleges and the people who run them.", aliases: ["schools"], keywords: words("classroom teacher curriculum enrollment tuition superintendent") },
  { name: "Public safety", summary: "Police, fire and emergency services.", aliases: ["crime"], keywords: words("patrol arrest precinct dispatcher firefighter ambulance") },
  { name: "City budget", summary: "How cities raise and spend money.", aliases: ["municipal finance"], keywords: words("levy surplus deficit bond appropriation audit") },
  { name: "Elections", summary: "Campaigns, ballots and results.", aliases: ["voting"], keywords: words("ballot precinct turnout recount candidate runoff") },
  { name: "Environment", summary: "Air, water, land and climate.", aliases: ["climate"], keywords: words("emissions wetland habitat pollution aquifer watershed") },
  { name: "Water", summary: "Drinking water, rivers, reservoirs and drought.", aliases: ["water rights"], keywords: words("reservoir drought pipeline aquifer irrigation snowpack") },
  { name: "Wildfire", summary: "Fires, evacuations and forest management.", aliases: ["forest fires"], keywords: words("evacuation containment acreage firebreak smoke burn-scar") },
  { name: "Health", summary: "Hospitals, clinics, insurance and public health.", aliases: ["public health"], keywords: words("clinic vaccine outbreak patient insurance hospital") },
  { name: "Immigration", summary: "Immigration law, its enforcement and the people it touches.", aliases: ["immigration enforcement"], keywords: words("visa asylum deportation detention citizenship border") },
  { name: "Courts", summary: "Trials, rulings and the justice system.", aliases: ["justice system"], keywords: words("verdict jury appeal ruling sentencing testimony") },
  { name: "Labor", summary: "Workers, unions, wages and strikes.", aliases: ["unions"], keywords: words("strike wage union picket contract overtime") },
  { name: "Business", summary: "Companies, jobs and the local economy.", aliases: ["economy"], keywords: words("layoff merger storefront revenue startup franchise") },
  { name: "Agriculture", summary: "Farms, ranches, crops and markets.", aliases: ["farming"], keywords: words("harvest cattle acreage irrigation grain co-op") },
  { name: "Energy", summary: "Power plants, oil, gas and renewables.", aliases: ["power"], keywords: words("turbine refinery drilling solar grid pipeline") },
  { name: "Weather", summary: "Storms, snow, heat and forecasts.", aliases: ["storms"], keywords: words("blizzard hail tornado forecast snowfall heatwave") },
  { name: "Sports", summary: "Teams, games and the business of sport.", aliases: ["athletics"], keywords: words("playoff stadium roster coach championship season") },
  { name: "Arts and culture", summary: "Museums, music, theater and festivals.", aliases: ["culture"], keywords: words("exhibit gallery orchestra festival mural theater") },
  { name: "Religion", summary: "Congregations, clergy and faith in public life.", aliases: ["faith"], keywords: words("congregation pastor parish synagogue mosque cathedral") },
  { name: "Veterans", summary: "Service members, veterans and their care.", aliases: ["military"], keywords: words("veteran deployment benefits armory memorial reservist") },
  { name: "Technology", summary: "Computers, networks and the companies that make them.", aliases: ["tech"], keywords: words("broadband software data breach startup server") },
  { name: "Homelessness", summary: "People without homes and the services for them.", aliases: ["unhoused"], keywords: words("shelter encampment outreach voucher sweep caseworker") },
  { name: "Parks and recreation", summary: "Parks, trails, pools and open space.", aliases: ["parks"], keywords: words("trail playground pool campground open-space greenway") },
  { name: "Development", summary: "Construction, zoning and how cities grow.", aliases: ["growth"], keywords: words("rezoning high-rise permit subdivision annexation developer") },
  { name: "Government ethics", summary: "Conflicts of interest, disclosure and oversight.", aliases: ["ethics"], keywords: words("disclosure conflict subpoena inspector whistleblower recusal") },
  { name: "Taxes", summary: "Sales, property and income taxes.", aliases: ["taxation"], keywords: words("assessment exemption rebate millage surcharge revenue") },
  { name: "Civil rights", summary: "Equal treatment under the law.", aliases: ["discrimination"], keywords: words("discrimination lawsuit equality protest ordinance complaint") },
  { name: "Science", summary: "Research, discovery and the people who do it.", aliases: ["research"], keywords: words("laboratory telescope fossil experiment genome observatory") },
  { name: "Space", summary: "Rockets, satellites and the space industry.", aliases: ["spaceflight"], keywords: words("satellite launch orbit rocket payload astronaut") },
  { name: "Tourism", summary: "Visitors, hotels and the trade they bring.", aliases: ["travel"], keywords: words("hotel visitor resort convention airline lodging") },
  { name: "Aviation", summary: "Airports, airlines and air travel.", aliases: ["airports"], keywords: words("runway terminal airline flight concourse hangar") },
  { name: "Public lands", summary: "Federal and state lands and who may use them.", aliases: ["land use"], keywords: words("grazing lease wilderness monument ranger trailhead") },
  { name: "Mining", summary: "Mines, miners and what they leave behind.", aliases: ["mines"], keywords: words("tailings shaft ore smelter reclamation claim") },
  { name: "Media", summary: "Newspapers, broadcasters and the press.", aliases: ["press"], keywords: words("newsroom broadcast publisher subscription editor license") },
  { name: "Animals", summary: "Wildlife, pets and the shelters that care for them.", aliases: ["wildlife"], keywords: words("shelter adoption habitat predator rescue zoo") },
];

/** Countries > states > cities. Ids are made from the names, so names are unique across the tree. */
export const PLACES: {
  name: string;
  code: string;
  aliases: string[];
  division: "state" | "province";
  states: { name: string; code: string; cities: string[] }[];
}[] = [
  {
    name: "United States",
    code: "us",
    aliases: ["United States of America", "U.S.", "USA"],
    division: "state",
    states: [
      { name: "Colorado", code: "co", cities: ["Denver", "Aurora", "Boulder", "Pueblo", "Greeley"] },
      { name: "Texas", code: "tx", cities: ["Houston", "El Paso", "Lubbock", "Amarillo"] },
      { name: "Ohio", code: "oh", cities: ["Columbus", "Toledo", "Dayton", "Akron"] },
      { name: "Arizona", code: "az", cities: ["Phoenix", "Tucson", "Flagstaff"] },
      { name: "Oregon", code: "or", cities: ["Eugene", "Salem", "Bend"] },
      { name: "Georgia", code: "ga", cities: ["Atlanta", "Savannah", "Macon"] },
    ],
  },
  {
    name: "Canada",
    code: "ca",
    aliases: ["Dominion of Canada"],
    division: "province",
    states: [
      { name: "Ontario", code: "on", cities: ["Toronto", "Ottawa", "Hamilton"] },
      { name: "Alberta", code: "ab", cities: ["Calgary", "Edmonton", "Lethbridge"] },
      { name: "British Columbia", code: "bc", cities: ["Vancouver", "Victoria", "Kelowna"] },
    ],
  },
  {
    name: "Mexico",
    code: "mx",
    aliases: ["United Mexican States"],
    division: "state",
    states: [
      { name: "Chihuahua", code: "chh", cities: ["Ciudad Juarez", "Delicias"] },
      { name: "Sonora", code: "son", cities: ["Hermosillo", "Nogales"] },
    ],
  },
];

export const OUTLET_KINDS = words(`Herald Tribune Courier Gazette Post Ledger Sentinel Observer Register Chronicle`);
