/**
 * The synthetic archive's registries: countries > states > cities, the organizations in them,
 * and people (officials with careers, reporters and photographers at outlets, citizens), as
 * records for the corpus plan and as the `_data/` entries that describe them. They are drawn
 * before any article, so they are the same whatever the article count.
 */
import { slugify } from "../content/slug.ts";
import { NOW_YEAR, roleDate } from "./dates.ts";
import { madeUpName } from "./prose.ts";
import type { Random } from "./random.ts";
import type { OrgRec, PersonRec, PlaceRec, Registries, RoleRec } from "./records.ts";

export type { OrgRec, PersonRec, PlaceRec, Registries, RoleRec, TopicRec } from "./records.ts";
import { BUSINESS_KINDS, FIRST_NAMES, LAST_NAMES, OCCUPATIONS, OUTLET_KINDS, PLACES, TOPICS } from "./words.ts";

/** Ids are the importer's: its slug of the name, at most 60 characters. */
const idOf = (name: string) => slugify(name, 60);


/** Draws the registries, with `size` people. */
export function makeRegistries(rng: Random, size: number): Registries {
  const entries: Record<string, Record<string, unknown>> = {};
  const places: PlaceRec[] = [];
  const cities: PlaceRec[] = [];
  for (const c of PLACES) {
    const country: PlaceRec = { id: idOf(c.name), name: c.name, level: "country" };
    places.push(country);
    const countryOcd = `ocd-division/country:${c.code}`;
    entries[`_data/jurisdictions/${country.id}.yaml`] = { name: c.name, classification: "country", ocd_id: countryOcd, aliases: c.aliases };
    for (const s of c.states) {
      const state: PlaceRec = { id: idOf(s.name), name: s.name, level: "state", country };
      places.push(state);
      const stateOcd = `${countryOcd}/${c.division}:${s.code}`;
      entries[`_data/jurisdictions/${state.id}.yaml`] = { name: s.name, classification: c.division, parent: country.id, ocd_id: stateOcd };
      for (const name of s.cities) {
        const city: PlaceRec = { id: idOf(name), name, level: "city", state, country };
        places.push(city);
        cities.push(city);
        entries[`_data/jurisdictions/${city.id}.yaml`] = {
          name,
          classification: "city",
          parent: state.id,
          ocd_id: `${stateOcd}/place:${city.id.replace(/-/g, "_")}`,
          aliases: [`City of ${name}`],
        };
      }
    }
  }

  const orgs: OrgRec[] = [];
  const addOrg = (org: OrgRec, data: Record<string, unknown>) => {
    orgs.push(org);
    entries[`_data/organizations/${org.id}.yaml`] = { name: org.name, ...data };
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
      addOrg({ id: idOf(`${country.name} ${dept}`), name: `${country.name} ${dept}`, kind: "national", place: country }, { classification: "government agency", jurisdiction: country.id });
    }
  }
  // One outlet in each of the first cities of each state, and a wire service.
  const outlets: OrgRec[] = [];
  for (const [i, city] of cities.entries()) {
    if (i % 2 && i > 4) continue;
    const name = `The ${city.name} ${OUTLET_KINDS[i % OUTLET_KINDS.length]}`;
    const org: OrgRec = { id: idOf(name.replace(/^The /, "")), name, kind: "outlet", place: city };
    addOrg(org, { classification: "news outlet", jurisdiction: city.id, url: `https://www.${org.id}.example.com/` });
    outlets.push(org);
  }
  addOrg({ id: "continental-press", name: "Continental Press", kind: "wire" }, { classification: "news agency", aliases: ["CP"] });
  for (let i = 0; i < 12; i++) {
    const name = `${madeUpName(rng)} ${rng.pick(BUSINESS_KINDS)}`;
    const id = idOf(name);
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
    while (taken.has(idOf(name))) {
      first = rng.pick(FIRST_NAMES);
      last = rng.pick(LAST_NAMES);
      name = rng.chance(0.5) ? `${first} ${last}` : `${first} ${String.fromCharCode(65 + rng.int(0, 25))}. ${last}`;
    }
    const id = idOf(name);
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
    entries[`_data/people/${id}.yaml`] = data;
  }

  const topics = TOPICS.map((t) => ({ id: idOf(t.name), name: t.name, keywords: t.keywords }));
  for (const t of TOPICS) entries[`_data/topics/${idOf(t.name)}.yaml`] = { name: t.name, summary: t.summary, aliases: t.aliases };

  return { places, cities, orgs, people, topics, entries };
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
    // A term cut short by the present can end in the year it began; its end is then written as
    // that year alone, since a day drawn in it could fall before the start (which check refuses).
    const endDate = () => {
      const endYear = Math.min(to, NOW_YEAR - 1);
      const date = roleDate(rng, endYear);
      return endYear === year ? String(endYear) : date;
    };
    if (to >= NOW_YEAR && last) role.current = true;
    else if (rng.chance(0.08)) role.held_through = endDate();
    else if (rng.chance(0.04)) role.note = "End of term not recorded.";
    else role.end = endDate();
    if (rng.chance(0.05)) delete role.start;
    roles.push(role);
    year = Math.min(to, NOW_YEAR - 1) + rng.int(0, 3);
  }
  return roles;
}

