/**
 * The synthetic archive's prose: English-like sentences and headlines from word lists, about one
 * article's people, places, organizations and topic words. The vocabulary is wide and grows a
 * long tail of made-up names, because the size of a search index depends on how many distinct
 * words a corpus has.
 */
import type { Random } from "./random.ts";
import type { OrgRec, PersonRec, PlaceRec } from "./records.ts";
import {
  ADJECTIVES,
  ADVERBS,
  FIRST_NAMES,
  INSTITUTION_KINDS,
  IRREGULAR_PAST,
  LAST_NAMES,
  MONTHS,
  NAME_HEADS,
  NAME_TAILS,
  NOUNS,
  OCCUPATIONS,
  STREET_KINDS,
  VERBS,
  WEEKDAYS,
} from "./words.ts";

/** A made-up proper name for streets, schools and businesses. @example madeUpName(createRandom(1)) // e.g. "Ashbrook" */
export function madeUpName(rng: Random): string {
  const name = rng.pick(NAME_HEADS) + rng.pick(NAME_TAILS);
  return name[0]!.toUpperCase() + name.slice(1);
}

/** @example cap("city hall") // "City hall" */
export const cap = (s: string): string => s[0]!.toUpperCase() + s.slice(1);
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
export function presentThird(verb: string): string {
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh|o)$/.test(verb)) return `${verb}es`;
  return `${verb}s`;
}

const PREPOSITIONS = ["for", "near", "at", "along", "under", "without", "despite", "over", "against", "behind", "beside", "beyond", "around"];
const MODALS = ["will not", "cannot", "have to", "intend to", "are going to", "should", "must", "might"];

/** What one article's sentences draw on: its people, places, organizations and topic words. */
export interface Story {
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

/** Sentences and headlines about one story, drawn from its generator. */
export class Prose {
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
