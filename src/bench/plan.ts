/**
 * The corpus plan: for each article, when it was published and whom and what it is about. Most
 * articles are about one city (the first cities far more often, as in real news), name one to
 * four people active there around that year, and come from an outlet in the same state.
 */
import { DAY_MS } from "./dates.ts";
import type { Random } from "./random.ts";
import type { OrgRec, PersonRec, PlaceRec, Registries, TopicRec } from "./records.ts";

/** The registries sorted for planning: who can be in the news, who writes it, where it is published. */
export interface Cast {
  registries: Registries;
  newsmakers: PersonRec[];
  reporters: PersonRec[];
  photographers: PersonRec[];
  outlets: OrgRec[];
  /** officials and citizens by home city and by home state */
  byCity: Map<string, PersonRec[]>;
  byState: Map<string, PersonRec[]>;
}

/** Sorts the registries' people and organizations for planning. */
export function castOf(registries: Registries): Cast {
  const byCity = new Map<string, PersonRec[]>();
  const byState = new Map<string, PersonRec[]>();
  for (const p of registries.people) {
    if (p.kind !== "official" && p.kind !== "citizen") continue;
    byCity.set(p.home.id, [...(byCity.get(p.home.id) ?? []), p]);
    byState.set(p.home.state!.id, [...(byState.get(p.home.state!.id) ?? []), p]);
  }
  return {
    registries,
    newsmakers: registries.people.filter((p) => p.kind === "official" || p.kind === "citizen"),
    reporters: registries.people.filter((p) => p.kind === "reporter"),
    photographers: registries.people.filter((p) => p.kind === "photographer"),
    outlets: registries.orgs.filter((o) => o.kind === "outlet"),
    byCity,
    byState,
  };
}

/** One article's plan: its day and everything it reports. */
export interface ArticlePlan {
  /** YYYY-MM-DD */
  ymd: string;
  year: number;
  /** the city the article is about, first of `places` */
  city: PlaceRec;
  people: PersonRec[];
  places: PlaceRec[];
  orgs: OrgRec[];
  topics: TopicRec[];
  outlet: OrgRec;
  authors: PersonRec[];
}

/** Plans one article published between the first day of `firstYear` and the last of `lastYear`. */
export function planArticle(rng: Random, cast: Cast, firstYear: number, lastYear: number): ArticlePlan {
  const reg = cast.registries;
  const firstDay = Date.UTC(firstYear, 0, 1) / DAY_MS;
  const lastDay = Date.UTC(lastYear, 11, 31) / DAY_MS;
  const ymd = new Date(rng.int(firstDay, lastDay) * DAY_MS).toISOString().slice(0, 10);
  const year = Number(ymd.slice(0, 4));
  const city = rng.skewed(reg.cities, 1.6);
  const state = city.state!;
  const activeNear = (list: PersonRec[] | undefined) => (list ?? []).filter((p) => p.from - 2 <= year && year <= p.to + 2);
  const local = activeNear(cast.byCity.get(city.id));
  const people = new Set<PersonRec>(rng.sample(local.length ? local : (cast.byCity.get(city.id) ?? cast.newsmakers), rng.int(1, 3)));
  const statewide = activeNear(cast.byState.get(state.id));
  if (statewide.length && rng.chance(0.5)) people.add(rng.pick(statewide));
  if (rng.chance(0.35)) people.add(rng.skewed(cast.newsmakers, 2.5));
  const places = new Set<PlaceRec>([city]);
  if (rng.chance(0.35)) places.add(state);
  if (rng.chance(0.15)) places.add(state.country!);
  if (rng.chance(0.15)) places.add(rng.skewed(reg.cities, 1.6));
  const localOrgs = reg.orgs.filter((o) => o.place === city || o.place === state || (o.place === state.country && o.kind === "national"));
  const orgs = rng.sample(localOrgs, rng.int(0, 4));
  const topics = rng.sample(reg.topics, rng.int(1, 3), 1.5);
  const outlet = cast.outlets.find((o) => o.place?.state === state && rng.chance(0.7)) ?? rng.pick(cast.outlets);
  const staff = cast.reporters.filter((r) => r.outlet === outlet);
  const authors = rng.sample(staff.length ? staff : cast.reporters, rng.chance(0.25) ? 2 : 1);
  return { ymd, year, city, people: [...people], places: [...places], orgs, topics, outlet, authors };
}
