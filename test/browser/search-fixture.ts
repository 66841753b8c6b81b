/**
 * A small archive for the search tests: six articles from 2016 to 2020, places two deep (Denver
 * and Aurora in Colorado, Salt Lake City in Utah), people, topics and two sources.
 */
import { article } from "../helpers/fixture.ts";

export const TITLES = {
  rates: "Denver council debates water rates",
  reservoir: "Aurora opens a new reservoir",
  invite: "Denver mayor turns down White House invite",
  saltLake: "Salt Lake City weighs its own policy",
  compact: "Legislature passes river compact",
  memoir: "Former mayor looks back",
} as const;

export const SEARCH_FILES: Record<string, string> = {
  "_data/jurisdictions/colorado.yaml": "name: Colorado\nclassification: state\n",
  "_data/jurisdictions/denver.yaml": "name: Denver\nclassification: city\nparent: colorado\n",
  "_data/jurisdictions/aurora.yaml": "name: Aurora\nclassification: city\nparent: colorado\n",
  "_data/jurisdictions/utah.yaml": "name: Utah\nclassification: state\n",
  "_data/jurisdictions/salt-lake-city.yaml": "name: Salt Lake City\nclassification: city\nparent: utah\n",
  "_data/people/michael-hancock.yaml": "name: Michael Hancock\n",
  "_data/people/ana-reyes.yaml": "name: Ana Reyes\n",
  "_data/people/ben-okafor.yaml": "name: Ben Okafor\n",
  "_data/organizations/daily-ledger.yaml": "name: The Daily Ledger\n",
  "_data/organizations/mountain-radio.yaml": "name: Mountain Radio\n",
  "_data/topics/water.yaml": "name: Water\n",
  "_data/topics/immigration.yaml": "name: Immigration\n",
  "articles/2016/2016-05-10-denver-council-debates-water-rates.md": article(
    `title: ${TITLES.rates}\ndate: 2016-05-10\ndateline: DENVER\npeople: [ana-reyes]\njurisdictions: [denver]\ntopics: [water]\nsource:\n  name: The Daily Ledger\n  organization: daily-ledger`,
    "The city council argued for three hours about what households should pay for water.\n\nCouncil member Ana Reyes said the reservoir levels, read at the gauge on Hancock Street, did not justify an increase.\n",
  ),
  "articles/2017/2017-03-15-aurora-opens-a-new-reservoir.md": article(
    `title: ${TITLES.reservoir}\ndate: 2017-03-15\ndateline: AURORA\npeople: [ben-okafor]\njurisdictions: [aurora]\ntopics: [water]\nsource:\n  name: Mountain Radio\n  organization: mountain-radio`,
    "The new basin east of the city holds a year of supply, the utility director Ben Okafor said.\n",
  ),
  "articles/2018/2018-01-24-denver-mayor-turns-down-white-house-invite.md": article(
    `title: ${TITLES.invite}\ndate: 2018-01-24\ndateline: DENVER\npeople: [michael-hancock]\njurisdictions: [denver]\ntopics: [immigration]\nsource:\n  name: The Daily Ledger\n  organization: daily-ledger`,
    "Mayor Michael Hancock said he would not attend after the Justice Department threatened sanctuary cities with subpoenas.\n",
  ),
  "articles/2019/2019-07-04-salt-lake-city-weighs-its-own-policy.md": article(
    `title: ${TITLES.saltLake}\ndate: 2019-07-04\ndateline: SALT LAKE CITY\npeople: [ana-reyes]\njurisdictions: [salt-lake-city]\ntopics: [immigration]\nsource:\n  name: Mountain Radio\n  organization: mountain-radio`,
    "Council members debated whether the city should call itself a sanctuary city, as Denver has.\n",
  ),
  "articles/2019/2019-11-20-legislature-passes-river-compact.md": article(
    `title: ${TITLES.compact}\ndate: 2019-11-20\ndateline: DENVER\njurisdictions: [colorado]\ntopics: [water]\nsource:\n  name: The Daily Ledger\n  organization: daily-ledger`,
    "The compact divides the river's water between farms and cities, and fills no new reservoir.\n",
  ),
  "articles/2020/2020-02-02-former-mayor-looks-back.md": article(
    `title: ${TITLES.memoir}\ndate: 2020-02-02\ndateline: DENVER\npeople: [michael-hancock]\njurisdictions: [denver]\ntopics: [water, immigration]\nsource:\n  name: Mountain Radio\n  organization: mountain-radio`,
    "In an interview he spoke about the water fights and the sanctuary fight, and the reservoir that never came.\n",
  ),
};
