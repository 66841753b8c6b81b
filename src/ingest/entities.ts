/**
 * Recognising the registries' people, jurisdictions, organizations and topics in an article's
 * text by name and alias, and noticing the names the registries do not know yet.
 *
 * Matching is exact on whole words after transliteration (so "Paul Lopez" finds `Paul D. López`
 * through his other names), case-sensitive for names ("AP" is not "ap", "ICE" is not "ice") and
 * longest first (so "U.S. Conference of Mayors" is the organization, not the country). A name two
 * entries share is ambiguous and left for the contributor. A surname alone is a person only
 * behind a title they held: "Attorney General Sessions".
 */
import anyAscii from "any-ascii";
import { readRegistries, type RegistryEntry } from "../content/registries.ts";
import { slugify } from "../content/slug.ts";
import { scanContent } from "../content/tree.ts";
import type { Problem } from "../content/problems.ts";
import { nameParts } from "../people/names.ts";
import { escapeRegExp } from "./pattern.ts";
import type { Jurisdiction, Organization, Person, RegistryKind, Topic } from "../schema.ts";

export type EntityKind = RegistryKind;

export interface Registries {
  people: Map<string, Person>;
  jurisdictions: Map<string, Jurisdiction>;
  organizations: Map<string, Organization>;
  topics: Map<string, Topic>;
}

/** A name the registries do not know, with what the text says about it. */
export interface Suggestion {
  kind: "people" | "jurisdictions" | "organizations";
  /** the id a stub would have */
  id: string;
  name: string;
  /** the title printed beside the name, e.g. City Attorney, or the part played: Reporter */
  title?: string;
  /** for a byline's reporters: the outlet's organization id */
  organization?: string;
  /** the sentence (or byline, or credit) the name was found in, for the report */
  sentence?: string;
}

export interface Recognised {
  people: string[];
  jurisdictions: string[];
  organizations: string[];
  topics: string[];
}

/**
 * The registries under `root`, keeping every entry that validates (the rest are the check's
 * business).
 * @example loadRegistries(".").registries.people.has("michael-hancock") // true
 */
export function loadRegistries(root: string): { registries: Registries; problems: Problem[] } {
  const { registries: read, problems } = readRegistries(root, scanContent(root).registries);
  const data = <T>(registry: Map<string, RegistryEntry<T>>) => new Map([...registry].map(([id, e]) => [id, e.data]));
  const registries = {
    people: data(read.people),
    jurisdictions: data(read.jurisdictions),
    organizations: data(read.organizations),
    topics: data(read.topics),
  };
  return { registries, problems };
}

/**
 * A name reduced for comparison: ASCII, lower case, punctuation as spaces.
 * @example fold("Paul D. López") // "paul d lopez"
 */
export function fold(name: string): string {
  return anyAscii(name).toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
}


/** "Michael B. Hancock" is also written "Michael Hancock". */
function withoutInitials(name: string): string {
  // The lookbehind starts a match only at the first space of a run (linear, not quadratic).
  return name.replace(/(?<!\s)\s+\p{Lu}\.(?=\s)/gu, "").replace(/\s+/g, " ");
}

/** Role titles too general to stand before a surname. */
const GENERIC_HEADS = new Set(["member", "reporter", "photographer", "staff", "employee", "candidate", "chair"]);

/** "Attorney General of the United States" is "Attorney General" before a name. */
function titleHeads(title: string): string[] {
  const head = title.split(/(?<!\s)\s+of\s+|,|\(/)[0]!.trim();
  const words = head.split(/\s+/);
  const out: string[] = [];
  // "Denver City Attorney" also stands as "City Attorney"; one-word tails only when they are the whole head.
  for (let n = words.length; n >= Math.min(2, words.length); n--) out.push(words.slice(words.length - n).join(" "));
  return out.filter((h) => !GENERIC_HEADS.has(h.toLowerCase()));
}

interface Surface {
  kind: EntityKind;
  id: string;
}

/** Finds registry entries in text, and looks names up. */
export class EntityIndex {
  readonly registries: Registries;
  /** folded name → entries it names */
  private readonly names = new Map<string, Surface[]>();
  /** transliterated surface → entries, for scanning text */
  private readonly surfaces = new Map<string, Surface[]>();
  private readonly topicSurfaces = new Map<string, string>();
  private readonly scan: RegExp | undefined;
  private readonly topicScan: RegExp | undefined;

  constructor(registries: Registries) {
    this.registries = registries;
    const add = (kind: EntityKind, id: string, surface: string, scanText = true) => {
      const key = fold(surface);
      if (!key) return;
      const list = this.names.get(key) ?? [];
      if (!list.some((s) => s.kind === kind && s.id === id)) list.push({ kind, id });
      this.names.set(key, list);
      if (!scanText) return;
      const text = anyAscii(surface).replace(/\s+/g, " ").trim();
      const entries = this.surfaces.get(text) ?? [];
      if (!entries.some((s) => s.kind === kind && s.id === id)) entries.push({ kind, id });
      this.surfaces.set(text, entries);
    };
    for (const [id, p] of registries.people) {
      for (const name of [p.name, ...p.other_names]) {
        add("people", id, name);
        add("people", id, withoutInitials(name));
      }
    }
    // Surnames behind a title: only where no one else has the same surname and title.
    for (const [id, p] of registries.people) {
      for (const role of p.roles) for (const head of titleHeads(role.title)) add("people", id, `${head} ${nameParts(p).family}`);
    }
    for (const [id, j] of registries.jurisdictions) for (const name of [j.name, ...j.aliases]) add("jurisdictions", id, name);
    for (const [id, o] of registries.organizations) {
      for (const name of [o.name, ...o.aliases]) {
        add("organizations", id, name);
        if (/^The\s/.test(name)) add("organizations", id, name.replace(/^The\s+/, ""));
      }
    }
    for (const [id, t] of registries.topics) {
      for (const name of [t.name, ...t.aliases]) {
        add("topics", id, name, false);
        this.topicSurfaces.set(anyAscii(name).toLowerCase().replace(/\s+/g, " ").trim(), id);
      }
    }
    this.scan = alternation([...this.surfaces.keys()], "g");
    this.topicScan = alternation([...this.topicSurfaces.keys()], "gi");
  }

  /**
   * The id of the one entry of a kind that a name names, ignoring case and accents.
   * @example index.lookup("people", "Paul Lopez") // "paul-lopez"
   */
  lookup(kind: EntityKind, name: string): string | undefined {
    const hits = (this.names.get(fold(name)) ?? []).filter((s) => s.kind === kind);
    return hits.length === 1 ? hits[0]!.id : undefined;
  }

  /**
   * An id as given (in any case), or else the id of the one entry a name or alias names.
   * @example index.resolve("organizations", "CBS4") // "cbs4-denver"
   * @example index.resolve("people", "Michael-Hancock") // "michael-hancock"
   */
  resolve(kind: EntityKind, value: string): string | undefined {
    const id = value.trim().toLowerCase();
    return this.registries[kind].has(id) ? id : this.lookup(kind, value);
  }

  /**
   * Whether a name is known as any kind of entry (or is ambiguous between several).
   * @example index.knows("DOJ") // true
   */
  knows(name: string): boolean {
    return this.names.has(fold(name));
  }

  /**
   * The entries named in the texts, each once, in order of first mention. A topic counts when
   * it is in the first text (the headline) or mentioned at least twice.
   * @example index.recognise(["Mayor Michael Hancock met the DOJ."]).people // ["michael-hancock"]
   */
  recognise(texts: readonly string[]): Recognised {
    const out: Recognised = { people: [], jurisdictions: [], organizations: [], topics: [] };
    for (const text of texts) {
      const ascii = anyAscii(text);
      for (const m of this.scan ? ascii.matchAll(this.scan) : []) {
        // A whole name only: "United States" in "United States Geological Survey" is part of a
        // longer name the registries do not know, not the country.
        if (continuesName(ascii, m.index + m[0].length)) continue;
        const hits = this.surfaces.get(m[0].replace(/\s+/g, " "));
        if (!hits || hits.length !== 1) continue;
        const { kind, id } = hits[0]!;
        if (!out[kind].includes(id)) out[kind].push(id);
      }
    }
    const counts = new Map<string, number>();
    texts.forEach((text, i) => {
      for (const m of this.topicScan ? anyAscii(text).matchAll(this.topicScan) : []) {
        const id = this.topicSurfaces.get(m[0].toLowerCase().replace(/\s+/g, " "));
        if (id) counts.set(id, (counts.get(id) ?? 0) + (i === 0 ? 2 : 1));
      }
    });
    for (const [id, n] of counts) if (n >= 2) out.topics.push(id);
    return out;
  }

  /**
   * People named with a title beside them ("City Attorney Kristin Bronson") whom the
   * registries do not know, each once.
   * @example index.unknownPeople(["said Health Minister Veronika Skvortsova."]) // [{ kind: "people", id: "veronika-skvortsova", name: "Veronika Skvortsova", title: "Health Minister" }]
   */
  unknownPeople(texts: readonly string[]): Suggestion[] {
    const out: Suggestion[] = [];
    for (const text of texts) {
      for (const { name, title } of titledNames(text)) {
        if (this.knowsAnyPrefix(name)) continue;
        const id = slugify(name, 60);
        if (!out.some((s) => s.id === id)) out.push({ kind: "people", id, name, title, sentence: sentenceWith(text, name) });
      }
    }
    return out;
  }

  /** "Donald Trump Jr" is not Donald Trump, but "Paul Lopez Wednesday" is Paul Lopez. */
  private knowsAnyPrefix(name: string): boolean {
    const words = name.split(/\s+/);
    return words.some((_, n) => n >= 1 && this.knows(words.slice(0, n + 1).join(" ")));
  }
}

/** Words that may follow a name without making it part of a longer one: "Denver Mayor", "Denver Wednesday". */
const NAME_BREAKERS = new Set(["I"]);

/**
 * Whether the capitalised word right after a match continues the name: "United States Geological".
 * @example continuesName("the United States Geological Survey", 17) // true
 */
export function continuesName(text: string, end: number): boolean {
  const next = /^ (\p{Lu}[\p{L}'’-]*)/u.exec(text.slice(end, end + 40));
  if (!next) return false;
  const word = next[1]!.replace(/(?:'s|’s)$/, "");
  if (NAME_BREAKERS.has(word) || NOT_NAME.has(word) || TITLE_WORD_SET.has(word.toLowerCase()) || NOT_QUALIFIER.has(word)) return false;
  // "Denver City Council": a place before an organization's words still names the place.
  return !ORG_WORDS.test(word);
}

/**
 * The sentence of a text that holds a name, for the report.
 * @example sentenceWith("One. City Attorney Kristin Bronson said so. Two.", "Kristin Bronson") // "City Attorney Kristin Bronson said so."
 */
export function sentenceWith(text: string, name: string): string {
  const at = text.indexOf(name);
  if (at < 0) return text.slice(0, 200);
  const before = text.slice(0, at);
  const start = Math.max(before.lastIndexOf(". "), before.lastIndexOf("? "), before.lastIndexOf("! "));
  const stops = [". ", "? ", "! "].map((s) => text.indexOf(s, at + name.length)).filter((i) => i >= 0);
  const end = stops.length ? Math.min(...stops) + 1 : text.length;
  return text.slice(start < 0 ? 0 : start + 2, end).trim();
}

function alternation(surfaces: string[], flags: string): RegExp | undefined {
  if (!surfaces.length) return undefined;
  const sorted = [...surfaces].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const body = sorted.map((s) => escapeRegExp(s).replace(/ /g, "\\s+")).join("|");
  // Whole words: no letter or digit may touch either end of the name.
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, `${flags}u`);
}

// --- Titled names ----------------------------------------------------------------------

const TITLE_WORDS = [
  "President", "Vice President", "President-elect", "Prime Minister", "Deputy Prime Minister", "Premier", "Chancellor",
  "Minister", "Secretary", "Mayor", "Governor", "Lieutenant Governor", "Lt\\. Gov\\.", "Gov\\.", "Senator", "Sen\\.",
  "Representative", "Rep\\.", "Congressman", "Congresswoman", "Assemblyman", "Assemblywoman", "Councilman", "Councilwoman",
  "Councilor", "Councillor", "Councilmember", "Council Member", "Alderman", "Commissioner", "Attorney General",
  "City Attorney", "District Attorney", "Attorney", "Prosecutor", "Judge", "Justice", "Chief Justice", "Magistrate",
  "Sheriff", "Undersheriff", "Police Chief", "Fire Chief", "Chief", "Director", "Superintendent", "Speaker", "Ambassador",
  "Spokesman", "Spokeswoman", "Spokesperson", "Officer", "Detective", "Sergeant", "Sgt\\.", "Lieutenant", "Lt\\.",
  "Captain", "Capt\\.", "General", "Gen\\.", "Colonel", "Col\\.", "Admiral", "Adm\\.", "Commander", "Chairman",
  "Chairwoman", "Chairperson", "CEO", "Clerk", "Auditor", "Treasurer", "Coroner", "Coach", "Bishop", "Archbishop",
  "Cardinal", "Pope", "Rabbi", "Imam", "Reverend", "Rev\\.", "Professor", "Prof\\.", "Dr\\.", "King", "Queen",
  "Prince", "Princess", "Emperor", "Senate Majority Leader", "Leader", "Trooper", "Agent", "Inspector", "Marshal",
  "Manager", "Administrator", "Delegate", "Envoy", "Scientist", "Biologist", "Astronomer", "Astronaut", "Economist",
  "Researcher", "Physician", "Surgeon",
].sort((a, b) => b.length - a.length);

/** Words of titles; a name that starts with one ("General Sessions") has taken part of its title. */
const TITLE_WORD_SET = new Set([
  ...TITLE_WORDS.flatMap((t) => t.replace(/\\/g, "").toLowerCase().split(" ")),
  "executive", "emeritus", "elect", "general", "deputy", "acting", "interim", "chief",
]);

/** Words that end a name: "Mayor Michael Hancock Wednesday said" names Michael Hancock. */
const NOT_NAME = new Set(
  (
    "The A An And Or But Of On In At For From To With By As Is Was Said Says Told Also Who Which That This " +
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August " +
    "September October November December"
  ).split(" "),
);
/** Sentence openers that are not part of a title: "When Representative Kweisi Mfume...". */
const NOT_QUALIFIER = new Set([...NOT_NAME, ..."When Then If After Before While Since Only Under Later Now Meanwhile However Yesterday Today".split(" ")]);
/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set(["Jr.", "Sr.", "St.", "Mr.", "Mrs.", "Ms.", "Dr.", "Mt.", "Ft."]);
/**
 * Words that make a capitalised run an organization or a place, not a person:
 * "President Trump Administration", "General Santos City".
 */
const ORG_WORDS = /^(?:Administration|Department|Office|Council|Committee|Commission|Party|University|College|School|Agency|Bureau|Board|Court|Government|Ministry|Company|Inc|Corp|Group|Foundation|Institute|Association|Union|Club|Team|House|Senate|Campaign|Station|Airport|Hospital|Church|Police|Army|Navy|Force|Service|City|County|Province|State|Island|Islands|River|Street|Avenue|Park|Bridge|Square|Republic|Kingdom|National|International|Institut|Media|Forum|Network|News|Press|Day)\.?$/;

// A name: capitalised words, an initial, a particle such as "de" or "van" between them, or
// a "d'Estaing".
const CAP_WORD = String.raw`(?:\p{Lu}[\p{L}'’-]*\.?|d['’]\p{Lu}[\p{L}-]*|(?:el|al)-\p{Lu}[\p{L}-]*)`;
const NAME = String.raw`${CAP_WORD}(?:\s+(?:(?:de|del|della|der|den|van|von|da|di|du|dos|bin|ibn|al|la|le)\s+)?${CAP_WORD}){1,4}`;
// Titles are written in either case ("Mayor Hancock", "city spokesman John Smith"), names are
// capitalised: so no "i" flag, which would make \p{Lu} match lower case too.
const anyCaseTitle = (t: string) => t.replace(/(^|\s)(\p{L})/gu, (_, sp: string, c: string) => `${sp}[${c.toUpperCase()}${c.toLowerCase()}]`);
// Qualifiers before the title are lazy, so "NATO Secretary General Jens Stoltenberg" reads the
// longest title; "of State" after it is greedy, leaving the name its own words.
const TITLED = new RegExp(
  String.raw`((?:\p{Lu}[\p{L}'’.-]*\s+){0,4}?)(${TITLE_WORDS.map(anyCaseTitle).join("|")})((?:\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*)?)\s+(${NAME})`,
  "gu",
);

/**
 * The people a text names behind a title, e.g. "Emergencies Minister Yevgeny Zinichev".
 * @example titledNames("City Attorney Kristin Bronson says") // [{ name: "Kristin Bronson", title: "City Attorney" }]
 */
export function titledNames(text: string): { name: string; title: string }[] {
  const out: { name: string; title: string }[] = [];
  for (const m of text.matchAll(TITLED)) {
    // The match must start a word.
    if (/[\p{L}\p{N}]$/u.test(text.slice(0, m.index))) continue;
    // Qualifiers are the words just before the title, back to a sentence's end or an opener.
    const qualifiers: string[] = [];
    for (const w of m[1]!.trim().split(/\s+/).filter(Boolean).reverse()) {
      if (/[.,;:]$/.test(w) && !ABBREVIATIONS.has(w)) break;
      if (NOT_QUALIFIER.has(w)) break;
      qualifiers.unshift(w);
    }
    // "Secretary of State" is a title; "leader of Roman Catholic..." is a description, and what
    // follows it is seldom a name.
    if (m[3] && !/^\p{Lu}/u.test(m[2]!)) continue;
    const title = [...qualifiers, m[2]!].join(" ") + m[3]!.replace(/\s+/g, " ");
    const words: string[] = [];
    let org = false;
    for (const word of m[4]!.split(/\s+/)) {
      const possessive = /(?:'s|’s)$/.test(word);
      const bare = word.replace(/(?:'s|’s)$/, "");
      if (NOT_NAME.has(bare.replace(/\.$/, ""))) break;
      if (ORG_WORDS.test(bare)) {
        org = true;
        break;
      }
      // A full stop after a word (not an initial or an abbreviation) ends the sentence, and the name.
      const stop = /\p{L}\p{L}\.$/u.test(bare) && !ABBREVIATIONS.has(bare);
      words.push(stop ? bare.slice(0, -1) : bare);
      if (possessive || stop) break;
    }
    // "Bishop Emeritus Dinualdo Gutierrez": title words caught in the name go back to the title.
    let fullTitle = title;
    while (words.length && TITLE_WORD_SET.has(words[0]!.toLowerCase().replace(/\.$/, ""))) fullTitle += ` ${words.shift()}`;
    if (/^(?:Jr|Sr)\.?$/.test(words[0] ?? "")) continue;
    const particles = words.filter((w) => /^\p{Ll}+$/u.test(w)).length;
    if (org || words.length - particles < 2 || words.length > 5) continue;
    if (words.some((w) => /^\p{Lu}{2,}$/u.test(w) && w.length > 3)) continue;
    out.push({ name: words.join(" "), title: fullTitle });
  }
  return out;
}
