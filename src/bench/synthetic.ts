/**
 * A synthetic archive for benchmarks: N articles with the registries they reference, every file
 * valid, all of it decided by one seeded generator so that two runs with the same seed write the
 * same bytes. The registries are generated before the articles, so the people, places and
 * organizations are the same whatever the article count: runs of different sizes compare.
 *
 * The shape follows the real archive: articles of 400-1200 words with figures, events of mixed
 * EDTF precision, publication dates over five decades; people whose roles have start and end
 * dates; countries > states > cities; a few dozen topics whose articles share vocabulary.
 */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { stringify } from "yaml";
import { PACKAGE_ROOT } from "../build.ts";
import { createRandom, type Random } from "./random.ts";
import {
  ADJECTIVES,
  ADVERBS,
  BUSINESS_KINDS,
  FIRST_NAMES,
  INSTITUTION_KINDS,
  IRREGULAR_PAST,
  LAST_NAMES,
  MONTHS,
  NAME_HEADS,
  NAME_TAILS,
  NOUNS,
  OCCUPATIONS,
  OUTLET_KINDS,
  PLACES,
  STREET_KINDS,
  TOPICS,
  VERBS,
  WEEKDAYS,
} from "./words.ts";

/** What to generate. */
export interface SyntheticOptions {
  /** how many (published) articles */
  articles: number;
  /** the same seed writes the same archive; default 1 */
  seed?: number;
  /** the size of the people registry; default 400 */
  people?: number;
  /** publication years, both included; default 1975 to 2024 */
  firstYear?: number;
  lastYear?: number;
}

/** What a generated archive holds, for the benchmark report. */
export interface CorpusStats {
  articles: number;
  people: number;
  jurisdictions: number;
  organizations: number;
  topics: number;
  figures: number;
  events: number;
  /** words of body text, all articles */
  words: number;
  firstYear: number;
  lastYear: number;
  /** content files written (articles, registries, site.yaml, images), and their bytes */
  files: number;
  bytes: number;
}

/** A generated archive, in memory. */
export interface SyntheticArchive {
  /** path relative to the archive's root → text (bytes for images in the media folder) */
  files: Record<string, string | Uint8Array>;
  corpus: CorpusStats;
}

/** The folders of the repository every archive needs beside its content, as in the test fixtures. */
export const TEMPLATE_FOLDERS = ["_includes", "pages", "assets"] as const;

/** `_data/site.yaml` of the synthetic archive. */
export const SYNTHETIC_SITE = {
  title: "Synthetic Morgue",
  tagline: "A generated archive for benchmarks",
  description: "Generated articles, people and places: a benchmark corpus, not news.",
  url: "https://bench.example.org",
  language: "en",
  pathPrefix: "/",
  timezone: "America/Denver",
};

// ---------------------------------------------------------------------------------------------
// Registries

interface PlaceRec {
  id: string;
  name: string;
  level: "country" | "state" | "city";
  state?: PlaceRec;
  country?: PlaceRec;
}

interface OrgRec {
  id: string;
  name: string;
  kind: "council" | "police" | "legislature" | "agency" | "national" | "outlet" | "wire" | "company";
  place?: PlaceRec;
}

interface RoleRec {
  title: string;
  jurisdiction?: string;
  organization?: string;
  start?: string;
  end?: string;
  held_through?: string;
  current?: boolean;
  note?: string;
  /** the years the role spans, for picking people active at an article's date */
  from: number;
  to: number;
}

interface PersonRec {
  id: string;
  name: string;
  last: string;
  kind: "official" | "reporter" | "photographer" | "citizen";
  home: PlaceRec;
  roles: RoleRec[];
  outlet?: OrgRec;
  occupation?: string;
  from: number;
  to: number;
}

interface Registries {
  places: PlaceRec[];
  cities: PlaceRec[];
  orgs: OrgRec[];
  people: PersonRec[];
  topics: { id: string; name: string; keywords: string[] }[];
  files: Record<string, string>;
}

/** Lowercase ASCII words joined by hyphens, as ids and slugs are. @example slugify("El Paso!") // "el-paso" */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[^\x00-\x7f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|(?<!-)-+$/g, "");
}

const yaml = (value: unknown) => stringify(value, { lineWidth: 0 });
const pad = (n: number) => String(n).padStart(2, "0");
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
// The present the generated roles are measured against, fixed so that output never depends on the clock.
const NOW_YEAR = 2025;

/** An EDTF date in `year` with the mix of precision real records have. */
function roleDate(rng: Random, year: number): string {
  const month = rng.int(1, 12);
  const r = rng.next();
  if (r < 0.55) return `${year}-${pad(month)}-${pad(rng.int(1, daysIn(year, month)))}`;
  if (r < 0.75) return `${year}-${pad(month)}`;
  if (r < 0.95) return String(year);
  return `${year}~`;
}

function makeRegistries(rng: Random, size: number): Registries {
  const files: Record<string, string> = {};
  const places: PlaceRec[] = [];
  const cities: PlaceRec[] = [];
  for (const c of PLACES) {
    const country: PlaceRec = { id: slugify(c.name), name: c.name, level: "country" };
    places.push(country);
    const countryOcd = `ocd-division/country:${c.code}`;
    files[`_data/jurisdictions/${country.id}.yaml`] = yaml({ name: c.name, classification: "country", ocd_id: countryOcd, aliases: c.aliases });
    for (const s of c.states) {
      const state: PlaceRec = { id: slugify(s.name), name: s.name, level: "state", country };
      places.push(state);
      const stateOcd = `${countryOcd}/${c.division}:${s.code}`;
      files[`_data/jurisdictions/${state.id}.yaml`] = yaml({ name: s.name, classification: c.division, parent: country.id, ocd_id: stateOcd });
      for (const name of s.cities) {
        const city: PlaceRec = { id: slugify(name), name, level: "city", state, country };
        places.push(city);
        cities.push(city);
        files[`_data/jurisdictions/${city.id}.yaml`] = yaml({
          name,
          classification: "city",
          parent: state.id,
          ocd_id: `${stateOcd}/place:${city.id.replace(/-/g, "_")}`,
          aliases: [`City of ${name}`],
        });
      }
    }
  }

  const orgs: OrgRec[] = [];
  const addOrg = (org: OrgRec, data: Record<string, unknown>) => {
    orgs.push(org);
    files[`_data/organizations/${org.id}.yaml`] = yaml({ name: org.name, ...data });
  };
  for (const city of cities) {
    addOrg({ id: `${city.id}-city-council`, name: `${city.name} City Council`, kind: "council", place: city }, { classification: "legislature", jurisdiction: city.id });
    addOrg(
      { id: `${city.id}-police-department`, name: `${city.name} Police Department`, kind: "police", place: city },
      { classification: "government agency", jurisdiction: city.id, aliases: [`${city.name} police`] },
    );
  }
  for (const state of places.filter((p) => p.level === "state")) {
    addOrg({ id: `${state.id}-legislature`, name: `${state.name} Legislature`, kind: "legislature", place: state }, { classification: "legislature", jurisdiction: state.id });
    addOrg(
      { id: `${state.id}-department-of-transportation`, name: `${state.name} Department of Transportation`, kind: "agency", place: state },
      { classification: "government agency", jurisdiction: state.id },
    );
  }
  for (const country of places.filter((p) => p.level === "country")) {
    for (const dept of ["Department of Justice", "Department of Health", "Environmental Agency"]) {
      addOrg({ id: slugify(`${country.name} ${dept}`), name: `${country.name} ${dept}`, kind: "national", place: country }, { classification: "government agency", jurisdiction: country.id });
    }
  }
  // One outlet in each of the first cities of each state, and a wire service.
  const outlets: OrgRec[] = [];
  for (const [i, city] of cities.entries()) {
    if (i % 2 && i > 4) continue;
    const name = `The ${city.name} ${OUTLET_KINDS[i % OUTLET_KINDS.length]}`;
    const org: OrgRec = { id: slugify(name.replace(/^The /, "")), name, kind: "outlet", place: city };
    addOrg(org, { classification: "news outlet", jurisdiction: city.id, url: `https://www.${org.id}.example.com/` });
    outlets.push(org);
  }
  addOrg({ id: "continental-press", name: "Continental Press", kind: "wire" }, { classification: "news agency", aliases: ["CP"] });
  for (let i = 0; i < 12; i++) {
    const name = `${madeUpName(rng)} ${rng.pick(BUSINESS_KINDS)}`;
    const id = slugify(name);
    if (orgs.some((o) => o.id === id)) continue;
    const place = rng.skewed(cities, 1.5);
    addOrg({ id, name, kind: "company", place }, { classification: "company", jurisdiction: place.id });
  }

  // People: officials with careers, reporters and photographers at outlets, and citizens.
  const people: PersonRec[] = [];
  const taken = new Set<string>();
  const reporters = Math.max(4, Math.round(size * 0.08));
  const photographers = Math.max(2, Math.round(size * 0.03));
  const officials = Math.round(size * 0.6);
  for (let i = 0; i < size; i++) {
    let first = rng.pick(FIRST_NAMES);
    let last = rng.pick(LAST_NAMES);
    let name = `${first} ${last}`;
    while (taken.has(slugify(name))) {
      first = rng.pick(FIRST_NAMES);
      last = rng.pick(LAST_NAMES);
      name = rng.chance(0.5) ? `${first} ${last}` : `${first} ${String.fromCharCode(65 + rng.int(0, 25))}. ${last}`;
    }
    const id = slugify(name);
    taken.add(id);
    const home = rng.skewed(cities, 1.5);
    const kind = i < reporters ? "reporter" : i < reporters + photographers ? "photographer" : i < reporters + photographers + officials ? "official" : "citizen";
    const person: PersonRec = { id, name, last, kind, home, roles: [], from: 1950, to: NOW_YEAR };
    const data: Record<string, unknown> = { name };
    if (rng.chance(0.05)) data.sort_name = `${last}, ${name.slice(0, -last.length - 1)}`;
    if (rng.chance(0.1)) data.other_names = [`${first[0]}. ${last}`];
    if (kind === "reporter" || kind === "photographer") {
      const outlet = outlets[i % outlets.length]!;
      person.outlet = outlet;
      const from = rng.int(1965, 2015);
      const to = from + rng.int(3, 35);
      const role: RoleRec = { title: kind === "reporter" ? rng.pick(["Reporter", "Staff writer", "Correspondent"]) : "Staff photographer", organization: outlet.id, start: roleDate(rng, from), from, to };
      if (to >= NOW_YEAR) role.current = true;
      else role.end = roleDate(rng, to);
      person.roles.push(role);
      person.from = from;
      person.to = Math.min(to, NOW_YEAR);
      data.summary = `${role.title} for ${outlet.name}.`;
    } else if (kind === "official") {
      person.roles = career(rng, home, orgs);
      person.from = person.roles[0]!.from;
      person.to = Math.min(NOW_YEAR, person.roles.at(-1)!.to + 5);
      const top = person.roles.at(-1)!;
      if (rng.chance(0.8)) data.summary = `${top.title} from ${top.from}${top.current ? "" : ` to ${top.to}`}.`;
    } else {
      person.occupation = rng.pick(OCCUPATIONS);
      if (rng.chance(0.7)) data.summary = `A ${person.occupation} in ${home.name}.`;
    }
    if (person.roles.length) {
      data.roles = person.roles.map(({ from: _f, to: _t, ...role }) => role);
    }
    people.push(person);
    files[`_data/people/${id}.yaml`] = yaml(data);
  }

  const topics = TOPICS.map((t) => ({ id: slugify(t.name), name: t.name, keywords: t.keywords }));
  for (const t of TOPICS) files[`_data/topics/${slugify(t.name)}.yaml`] = yaml({ name: t.name, summary: t.summary, aliases: t.aliases });

  return { places, cities, orgs, people, topics, files };
}

/** An official's posts: up a ladder from city to state, each term two to twelve years. */
function career(rng: Random, home: PlaceRec, orgs: OrgRec[]): RoleRec[] {
  const state = home.state!;
  const council = orgs.find((o) => o.id === `${home.id}-city-council`)!;
  const police = orgs.find((o) => o.id === `${home.id}-police-department`)!;
  const legislature = orgs.find((o) => o.id === `${state.id}-legislature`)!;
  const ladder: Omit<RoleRec, "from" | "to" | "start" | "end">[][] = [
    [
      { title: `Member of the ${council.name}`, jurisdiction: home.id, organization: council.id },
      { title: `Chief of the ${police.name}`, jurisdiction: home.id, organization: police.id },
      { title: `City Attorney of ${home.name}`, jurisdiction: home.id },
    ],
    [
      { title: `Mayor of ${home.name}`, jurisdiction: home.id },
      { title: `Member of the ${legislature.name}`, jurisdiction: state.id, organization: legislature.id },
    ],
    [
      { title: `Governor of ${state.name}`, jurisdiction: state.id },
      { title: `Attorney General of ${state.name}`, jurisdiction: state.id },
    ],
  ];
  const roles: RoleRec[] = [];
  let year = rng.int(1955, 2020);
  const steps = rng.int(1, 3);
  for (let step = 0; step < steps && year < NOW_YEAR; step++) {
    const post = rng.pick(ladder[step]!);
    const to = year + rng.int(2, 12);
    const role: RoleRec = { ...post, start: roleDate(rng, year), from: year, to };
    const last = step === steps - 1;
    if (to >= NOW_YEAR && last) role.current = true;
    else if (rng.chance(0.08)) role.held_through = roleDate(rng, Math.min(to, NOW_YEAR - 1));
    else if (rng.chance(0.04)) role.note = "End of term not recorded.";
    else role.end = roleDate(rng, Math.min(to, NOW_YEAR - 1));
    if (rng.chance(0.05)) delete role.start;
    roles.push(role);
    year = Math.min(to, NOW_YEAR - 1) + rng.int(0, 3);
  }
  return roles;
}

// ---------------------------------------------------------------------------------------------
// Text

function madeUpName(rng: Random): string {
  const name = rng.pick(NAME_HEADS) + rng.pick(NAME_TAILS);
  return name[0]!.toUpperCase() + name.slice(1);
}

const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
const article = (word: string) => (/^[aeiou]/i.test(word) ? "an" : "a");

/** @example plural("city") // "cities" */
function plural(noun: string): string {
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  return `${noun}s`;
}

/** @example past("approve") // "approved" */
function past(verb: string): string {
  const irregular = IRREGULAR_PAST[verb];
  if (irregular) return irregular;
  if (verb.endsWith("e")) return `${verb}d`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ied`;
  return `${verb}ed`;
}

/** @example presentThird("seek") // "seeks" */
function presentThird(verb: string): string {
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh|o)$/.test(verb)) return `${verb}es`;
  return `${verb}s`;
}

const PREPOSITIONS = ["for", "near", "at", "along", "under", "without", "despite", "over", "against", "behind", "beside", "beyond", "around"];
const MODALS = ["will not", "cannot", "have to", "intend to", "are going to", "should", "must", "might"];

/** What one article's sentences draw on: its people, places, organizations and topic words. */
interface Story {
  rng: Random;
  year: number;
  people: PersonRec[];
  city: PlaceRec;
  places: PlaceRec[];
  orgs: OrgRec[];
  keywords: string[];
  /** people named once already, referred to by family name after */
  named: Set<string>;
}

class Writer {
  constructor(private s: Story) {}

  private get rng() {
    return this.s.rng;
  }
  noun(): string {
    return this.s.keywords.length && this.rng.chance(0.35) ? this.rng.pick(this.s.keywords) : this.rng.pick(NOUNS);
  }
  adj(): string {
    return this.rng.pick(ADJECTIVES);
  }
  verb(): string {
    return this.rng.pick(VERBS);
  }
  np(): string {
    const noun = this.rng.chance(0.5) ? `${this.adj()} ${this.noun()}` : this.noun();
    const r = this.rng.next();
    if (r < 0.5) return `the ${noun}`;
    if (r < 0.8) return `${article(noun)} ${noun}`;
    if (r < 0.9) return `the city's ${noun}`;
    return `${this.placeName()}'s ${noun}`;
  }
  nps(): string {
    const noun = plural(this.noun());
    const adj = this.rng.chance(0.4) ? `${this.adj()} ` : "";
    const r = this.rng.next();
    if (r < 0.3) return `the ${adj}${noun}`;
    if (r < 0.5) return `${adj}${noun}`;
    if (r < 0.65) return `several ${adj}${noun}`;
    if (r < 0.8) return `dozens of ${adj}${noun}`;
    return `${this.rng.int(2, 900)} ${adj}${noun}`;
  }
  pp(): string {
    const r = this.rng.next();
    if (r < 0.5) return `${this.rng.pick(PREPOSITIONS)} ${this.np()}`;
    if (r < 0.75) return `in ${this.placeName()}`;
    if (r < 0.9) return `on ${madeUpName(this.rng)} ${this.rng.pick(STREET_KINDS)}`;
    return `near ${madeUpName(this.rng)} ${this.rng.pick(INSTITUTION_KINDS)}`;
  }
  time(): string {
    const { year } = this.s;
    const r = this.rng.next();
    if (r < 0.25) return `on ${this.rng.pick(WEEKDAYS)}`;
    if (r < 0.4) return `last ${this.rng.pick(WEEKDAYS)}`;
    if (r < 0.6) return `in ${this.rng.pick(MONTHS)} ${year - this.rng.int(0, 3)}`;
    if (r < 0.75) return `earlier this ${this.rng.pick(["week", "month", "year"])}`;
    if (r < 0.88) return `by the end of ${year + this.rng.int(0, 2)}`;
    return `since ${year - this.rng.int(1, 20)}`;
  }
  money(): string {
    return this.rng.chance(0.7) ? `$${(this.rng.int(11, 9999) / 10).toFixed(1)} million` : `$${this.rng.int(2, 990)},000`;
  }
  placeName(): string {
    const place = this.rng.chance(0.6) ? this.s.city : this.rng.pick(this.s.places);
    return place.name.startsWith("United ") ? `the ${place.name}` : place.name;
  }
  orgName(): string {
    if (!this.s.orgs.length || this.rng.chance(0.3)) return `officials in ${this.placeName()}`;
    return `the ${this.rng.pick(this.s.orgs).name.replace(/^The /, "")}`;
  }
  /** A person of the story: full name and role the first time, family name after. */
  person(): string {
    if (!this.s.people.length) return `${this.rng.pick(FIRST_NAMES)} ${this.rng.pick(LAST_NAMES)}`;
    const p = this.rng.pick(this.s.people);
    if (this.s.named.has(p.id)) return p.last;
    this.s.named.add(p.id);
    const role = p.roles.find((r) => r.from <= this.s.year && this.s.year <= r.to);
    if (role) return `${p.name}, ${role.title.replace(/^(Member|Chief|Mayor|Governor|Attorney General|City Attorney)\b/, (w) => w.toLowerCase())},`;
    if (p.occupation) return `${p.name}, ${article(p.occupation)} ${p.occupation},`;
    return p.name;
  }
  quote(): string {
    const r = this.rng.next();
    if (r < 0.3) return `We ${this.rng.pick(MODALS)} ${this.verb()} ${this.np()} ${this.pp()}`;
    if (r < 0.5) return `This ${this.noun()} was never about ${this.nps()}`;
    if (r < 0.7) return `Nobody ${past(this.verb())} ${this.np()} until ${this.nps()} ${past(this.verb())} ${this.np()}`;
    if (r < 0.85) return `I think ${this.nps()} ${this.rng.pick(["deserve", "want", "need", "expect"])} ${this.np()}`;
    return `${cap(this.nps())} ${this.rng.pick(["are", "were"])} ${this.adj()}, and ${this.nps()} know it`;
  }
  /** One sentence, from a dozen shapes so the text reads as varied prose. */
  sentence(): string {
    const rng = this.rng;
    let s: string;
    switch (rng.int(0, 11)) {
      case 0:
        s = `${this.np()} ${past(this.verb())} ${this.np()} ${this.pp()} ${this.time()}.`;
        break;
      case 1:
        s = `${this.person()} said ${this.np()} would ${this.verb()} ${this.np()} ${this.time()}.`;
        break;
      case 2: {
        const speaker = this.person().replace(/,$/, "");
        s = `"${this.quote()}," said ${speaker}.`;
        break;
      }
      case 3:
        s = `According to ${this.orgName()}, ${this.nps()} ${past(this.verb())} ${this.np()} ${this.pp()}.`;
        break;
      case 4:
        s = `The ${this.noun()} ${rng.pick(["would cost", "cost", "is expected to cost", "could cost"])} ${this.money()}, ${this.orgName()} ${rng.pick(["estimated", "said", "reported"])}.`;
        break;
      case 5:
        s = `${this.time()}, ${this.np()} ${past(this.verb())} ${this.np()} in ${this.placeName()}.`;
        break;
      case 6:
        s = `Officials in ${this.placeName()} ${rng.pick(ADVERBS)} ${past(this.verb())} ${this.np()} after ${this.nps()} ${past(this.verb())} ${this.np()}.`;
        break;
      case 7:
        s = `About ${rng.int(2, 98)} percent of ${this.nps()} ${past(this.verb())} ${this.np()}, ${rng.pick(["more", "fewer"])} than in ${this.s.year - rng.int(1, 10)}.`;
        break;
      case 8:
        s = `The ${madeUpName(rng)} ${rng.pick(INSTITUTION_KINDS)} on ${madeUpName(rng)} ${rng.pick(STREET_KINDS)} ${past(this.verb())} ${this.np()} ${this.time()}.`;
        break;
      case 9: {
        const occupation = rng.pick(OCCUPATIONS);
        s = `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}, ${article(occupation)} ${occupation} who lives near ${madeUpName(rng)} ${rng.pick(STREET_KINDS)}, said ${this.nps()} ${past(this.verb())} ${this.np()} ${this.pp()}.`;
        break;
      }
      case 10:
        s = `${this.person()} ${rng.pick(ADVERBS)} ${past(this.verb())} ${this.np()}, and ${this.np()} ${past(this.verb())} ${this.np()}.`;
        break;
      default:
        s = `It was not clear whether ${this.np()} would ${this.verb()} ${this.np()} ${this.time()}.`;
    }
    // No shape starts with a digit: "1975. " opening a paragraph would be a Markdown list item.
    return cap(s.replace(/,,/g, ","));
  }
  headline(): string {
    const rng = this.rng;
    const p = this.s.people.length ? rng.pick(this.s.people).last : this.s.city.name;
    const kw = this.noun();
    let h: string;
    switch (rng.int(0, 4)) {
      case 0:
        h = `${this.s.city.name} ${rng.pick(["council", "officials", "voters", "leaders"])} ${rng.pick(VERBS)} ${this.adj()} ${kw} ${rng.pick(["plan", "proposal", "measure", "deal"])}`;
        break;
      case 1:
        h = `${p} ${presentThird(this.verb())} ${this.adj()} ${kw}`;
        break;
      case 2:
        h = `${this.s.orgs.length ? rng.pick(this.s.orgs).name.replace(/^The /, "") : this.s.city.name} ${presentThird(this.verb())} ${kw} after ${this.adj()} ${this.noun()}`;
        break;
      case 3:
        h = `${rng.int(2, 400)} ${plural(kw)} ${past(this.verb())} in ${this.placeName()} ${this.noun()}`;
        break;
      default:
        h = `${cap(kw)} ${this.noun()} ${rng.pick(["faces", "draws", "sparks", "wins"])} ${this.adj()} ${rng.pick(["scrutiny", "support", "opposition", "praise", "questions"])}`;
    }
    h = cap(h);
    return rng.chance(0.5) ? h.replace(/\b[a-z]/g, (c) => c.toUpperCase()) : h;
  }
}

// ---------------------------------------------------------------------------------------------
// Articles

const DAY_MS = 86_400_000;

/** Generates the archive's files in memory. Same options, same files. */
export function generateArchive(options: SyntheticOptions): SyntheticArchive {
  const seed = options.seed ?? 1;
  const firstYear = options.firstYear ?? 1975;
  const lastYear = options.lastYear ?? 2024;
  const rng = createRandom(seed);
  const reg = makeRegistries(rng, options.people ?? 400);
  const files: Record<string, string | Uint8Array> = { "_data/site.yaml": yaml(SYNTHETIC_SITE), ...reg.files };

  const byCity = new Map<string, PersonRec[]>();
  const byState = new Map<string, PersonRec[]>();
  for (const p of reg.people) {
    if (p.kind !== "official" && p.kind !== "citizen") continue;
    byCity.set(p.home.id, [...(byCity.get(p.home.id) ?? []), p]);
    byState.set(p.home.state!.id, [...(byState.get(p.home.state!.id) ?? []), p]);
  }
  const newsmakers = reg.people.filter((p) => p.kind === "official" || p.kind === "citizen");
  const reporters = reg.people.filter((p) => p.kind === "reporter");
  const photographers = reg.people.filter((p) => p.kind === "photographer");
  const outlets = reg.orgs.filter((o) => o.kind === "outlet");
  const firstDay = Date.UTC(firstYear, 0, 1) / DAY_MS;
  const lastDay = Date.UTC(lastYear, 11, 31) / DAY_MS;

  const ids = new Set<string>();
  let figures = 0;
  let events = 0;
  let words = 0;
  for (let i = 0; i < options.articles; i++) {
    const ymd = new Date(rng.int(firstDay, lastDay) * DAY_MS).toISOString().slice(0, 10);
    const year = Number(ymd.slice(0, 4));
    const city = rng.skewed(reg.cities, 1.6);
    const state = city.state!;
    const activeNear = (list: PersonRec[] | undefined) => (list ?? []).filter((p) => p.from - 2 <= year && year <= p.to + 2);
    const local = activeNear(byCity.get(city.id));
    const people = new Set<PersonRec>(rng.sample(local.length ? local : (byCity.get(city.id) ?? newsmakers), rng.int(1, 3)));
    const statewide = activeNear(byState.get(state.id));
    if (statewide.length && rng.chance(0.5)) people.add(rng.pick(statewide));
    if (rng.chance(0.35)) people.add(rng.skewed(newsmakers, 2.5));
    const places = new Set<PlaceRec>([city]);
    if (rng.chance(0.35)) places.add(state);
    if (rng.chance(0.15)) places.add(state.country!);
    if (rng.chance(0.15)) places.add(rng.skewed(reg.cities, 1.6));
    const localOrgs = reg.orgs.filter((o) => o.place === city || o.place === state || (o.place === state.country && o.kind === "national"));
    const orgs = rng.sample(localOrgs, rng.int(0, 4));
    const topics = rng.sample(reg.topics, rng.int(1, 3), 1.5);
    const outlet = outlets.find((o) => o.place?.state === state && rng.chance(0.7)) ?? rng.pick(outlets);
    const staff = reporters.filter((r) => r.outlet === outlet);
    const authors = rng.sample(staff.length ? staff : reporters, rng.chance(0.25) ? 2 : 1);

    const story: Story = {
      rng,
      year,
      people: [...people],
      city,
      places: [...places],
      orgs,
      keywords: topics.flatMap((t) => t.keywords),
      named: new Set(),
    };
    const w = new Writer(story);
    const title = w.headline();
    let slug = slugify(title).split("-").slice(0, 9).join("-");
    while (ids.has(`${ymd}-${slug}`)) slug = `${slug}-${rng.int(2, 99)}`;
    ids.add(`${ymd}-${slug}`);

    // The body: paragraphs of one to four sentences up to the target length, figures between.
    const target = rng.int(400, 1200);
    const paragraphs: string[] = [];
    let count = 0;
    const figureChance = rng.chance(0.35) ? 0.12 : 0;
    while (count < target) {
      const sentences: string[] = [];
      for (let k = rng.int(1, 4); k > 0; k--) sentences.push(w.sentence());
      const paragraph = sentences.join(" ");
      count += paragraph.split(" ").length;
      paragraphs.push(paragraph);
      if (paragraphs.length > 1 && rng.chance(figureChance)) {
        paragraphs.push(figureBlock(w, rng, story, outlet, photographers, year, slug, figures, files));
        figures++;
      }
    }
    words += count;

    const eventList: Record<string, unknown>[] = [];
    for (let k = rng.chance(0.6) ? rng.int(1, 3) : 0; k > 0; k--) {
      const event: Record<string, unknown> = { date: eventDate(rng, ymd), label: w.sentence() };
      const evPeople = rng.sample(story.people, rng.int(0, 2)).map((p) => p.id);
      const evPlaces = rng.sample(story.places, rng.int(0, 2)).map((p) => p.id);
      if (evPeople.length) event.people = evPeople;
      if (evPlaces.length) event.jurisdictions = evPlaces;
      eventList.push(event);
    }
    events += eventList.length;

    const fm: Record<string, unknown> = { title };
    fm.date = rng.chance(0.15) ? `${ymd}T${pad(rng.int(6, 22))}:${pad(rng.pick([0, 15, 30, 45]))}:00${rng.pick(["-07:00", "-06:00", "-05:00", "+00:00"])}` : ymd;
    if (rng.chance(0.1)) {
      const later = new Date(Date.UTC(year, Number(ymd.slice(5, 7)) - 1, Number(ymd.slice(8, 10))) + rng.int(1, 30) * DAY_MS);
      fm.updated = later.toISOString().slice(0, 10);
    }
    if (rng.chance(0.4)) fm.summary = w.sentence();
    fm.authors = authors.map((a) => a.id);
    if (rng.chance(0.7)) fm.dateline = city.name.toUpperCase();
    if (rng.chance(0.9)) {
      const source: Record<string, unknown> = { name: outlet.name, organization: outlet.id };
      if (rng.chance(0.5)) source.url = `https://www.${outlet.id}.example.com/${ymd.replace(/-/g, "/")}/${slug}`;
      if (rng.chance(0.6)) source.copyright = `© ${year} ${outlet.name}. All rights reserved.`;
      if (rng.chance(0.1)) source.credit = "Continental Press contributed to this report.";
      fm.source = source;
    }
    fm.people = story.people.map((p) => p.id);
    fm.jurisdictions = story.places.map((p) => p.id);
    if (orgs.length) fm.organizations = orgs.map((o) => o.id);
    fm.topics = topics.map((t) => t.id);
    if (eventList.length) fm.events = eventList;

    files[`articles/${ymd.slice(0, 4)}/${ymd}-${slug}.md`] = `---\n${yaml(fm)}---\n${paragraphs.join("\n\n")}\n`;
  }

  const texts = Object.values(files);
  return {
    files,
    corpus: {
      articles: options.articles,
      people: reg.people.length,
      jurisdictions: reg.places.length,
      organizations: reg.orgs.length,
      topics: reg.topics.length,
      figures,
      events,
      words,
      firstYear,
      lastYear,
      files: texts.length,
      bytes: texts.reduce((n, t) => n + Buffer.byteLength(t), 0),
    },
  };
}

/** An event's EDTF date before the publication day: day, month, year, circa or decade precision. */
function eventDate(rng: Random, ymd: string): string {
  const year = Number(ymd.slice(0, 4));
  const r = rng.next();
  if (r < 0.4) {
    // Often the day of publication itself, as in the seed article.
    if (rng.chance(0.5)) return ymd;
    const y = year - rng.int(0, 2);
    const m = rng.int(1, y === year ? Number(ymd.slice(5, 7)) : 12);
    return `${y}-${pad(m)}-${pad(rng.int(1, daysIn(y, m)))}`;
  }
  const y = year - rng.int(0, 5);
  if (r < 0.65) return `${y}-${pad(rng.int(1, y === year ? Number(ymd.slice(5, 7)) : 12))}`;
  if (r < 0.8) return String(y);
  if (r < 0.9) return `${y}~`;
  if (r < 0.95) return `${y}-${pad(rng.int(1, y === year ? Number(ymd.slice(5, 7)) : 12))}~`;
  return `${String(y - 10).slice(0, 3)}X`;
}

/** The first bytes of a JPEG, enough for validation: the benchmark never shows its images. */
const JPEG_STUB = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0xff, 0xd9]);

/** A figure block; an archived image is added to `files` in the media folder. */
function figureBlock(
  w: Writer,
  rng: Random,
  story: Story,
  outlet: OrgRec,
  photographers: PersonRec[],
  year: number,
  slug: string,
  n: number,
  files: Record<string, string | Uint8Array>,
): string {
  const subject = story.people.length && rng.chance(0.6) ? rng.pick(story.people).name : cap(w.np());
  const fig: Record<string, unknown> = {};
  if (rng.chance(0.2)) {
    fig.src = `media/${year}/${slug}-${n}.jpg`;
    files[fig.src as string] = JPEG_STUB;
    fig.alt = `${subject} at ${w.np()} in ${story.city.name}`;
  }
  if (rng.chance(0.1)) fig.title = cap(`${w.adj()} ${w.noun()} in ${story.city.name}`);
  if (rng.chance(0.85)) fig.caption = `${subject} ${presentThird(w.verb())} ${w.np()} in ${story.city.name}.`;
  const by = rng.chance(0.3) ? rng.pick(photographers) : undefined;
  fig.credit = by ? `Photo by ${by.name}/${by.outlet?.name ?? outlet.name}` : rng.pick([outlet.name, "Continental Press", "Handout"]);
  if (by) fig.by = by.id;
  return "```figure\n" + yaml(fig) + "```";
}

// ---------------------------------------------------------------------------------------------
// Writing

/** Writes a generated archive into `root` with the repository's templates, like the test fixtures. */
export function writeArchive(root: string, archive: SyntheticArchive): void {
  for (const dir of TEMPLATE_FOLDERS) cpSync(join(PACKAGE_ROOT, dir), join(root, dir), { recursive: true });
  const made = new Set<string>();
  for (const [path, text] of Object.entries(archive.files)) {
    const dir = dirname(join(root, path));
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeFileSync(join(root, path), text);
  }
}

/** Generates an archive into a new temporary folder and returns the folder and what it holds. */
export function makeSyntheticArchive(options: SyntheticOptions): { root: string; corpus: CorpusStats } {
  const archive = generateArchive(options);
  const root = mkdtempSync(join(tmpdir(), "morgue-bench-"));
  writeArchive(root, archive);
  return { root, corpus: archive.corpus };
}
