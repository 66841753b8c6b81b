/**
 * Every schema of the archive, and the TypeScript types inferred from them.
 *
 * This module is the contributors' contract: validation (`npm run check`), the types the rest
 * of `src/` uses, the `npm run new` scaffold, the importer's output and the field table in
 * CONTRIBUTING.md all come from here. Field descriptions (`.describe`) are written for people:
 * they are printed in the docs.
 */
import { z } from "zod";
import { isEdtf, parseEdtf } from "./dates/edtf.ts";
import { isPublicationDate } from "./dates/publication.ts";
import { aliasProblem, MAX_ALIAS_LENGTH, normalizeAlias } from "./aliases/address.ts";
import { iso3166Alpha2, isStateFips } from "./jurisdictions/codes.ts";
import { mediaSrcProblem } from "./media/address.ts";

/** Ids are lowercase ASCII words joined by hyphens. They are also the file names in `_data/`. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The longest id, in characters. Real ids are names (`michael-hancock`); the cap keeps "did you
 * mean" from comparing a megabyte-long id with every id in the registry.
 */
export const MAX_ID_LENGTH = 100;

/**
 * A reference to a registry entry by id. References are case-folded, so `Denver` and `denver`
 * are the same place.
 */
export const ref = z
  .string()
  .trim()
  .min(1, "an id cannot be empty")
  .max(MAX_ID_LENGTH, `an id is at most ${MAX_ID_LENGTH} characters`)
  .transform((s) => s.toLowerCase())
  .refine((s) => ID_PATTERN.test(s), {
    message: "an id is lowercase words joined by hyphens, e.g. michael-hancock",
  });

/** A list of references; ids that fold to the same id are one entry, not a duplicate. */
const refs = (what: string) =>
  z
    .array(ref)
    .transform((ids) => [...new Set(ids)])
    .default([])
    .describe(what);

/** YAML reads `2017` as a number; an EDTF date is text, so accept both and keep the text. */
export const edtfDate = z
  .union([z.string().trim(), z.number().int()])
  .transform((v) => String(v))
  .refine(isEdtf, {
    message: "not an EDTF date: write 2018-01-24, 2017-04, 2017, 2004~ (circa) or 199X (a decade)",
  });

/** A publication date: `YYYY-MM-DD`, or a full ISO date-time with its time zone. */
export const publicationDate = z
  .string({ message: "a date is written as YYYY-MM-DD (quote it if in doubt)" })
  .trim()
  .refine(isPublicationDate, {
    message: "not a valid date: write YYYY-MM-DD, or a full ISO date-time with zone such as 2018-01-24T17:30:00-07:00",
  });

/**
 * Sizes no real archive reaches (the longest newspaper features run to about 300 KB of text; a
 * headline to a few hundred characters), so that a hostile file is refused with a clear message
 * before it can slow a build, a feed or a visitor's browser. CONTRIBUTING.md lists them.
 */
export const LIMITS = {
  /** bytes in an article file, front matter and body together */
  articleBytes: 2 * 1024 * 1024,
  /** bytes in a registry file (`_data/<kind>/<id>.yaml`, `_data/site.yaml`) */
  registryBytes: 256 * 1024,
  /** characters in a headline */
  title: 500,
  /** characters in a name: a person's, a place's, an outlet's, and their other names */
  name: 200,
  /** characters in a figure's caption, credit, title or alt text */
  caption: 2_000,
  /** characters in any other text field: a summary, an event's label, a correction */
  text: 5_000,
} as const;

/** Text with a length limit; `max` is a key of {@link LIMITS}. */
const textOf = (max: "title" | "name" | "caption" | "text") =>
  z.string().trim().min(1, "cannot be empty").max(LIMITS[max], `is longer than the limit of ${LIMITS[max].toLocaleString("en")} characters`);
const text = textOf("text");
const name = textOf("name");
const caption = textOf("caption");
const httpUrl = z
  .url({ protocol: /^https?$/, message: "must be a full http(s) URL" })
  .describe("a full http(s) URL");
const wikidata = z
  .string()
  .regex(/^Q[1-9][0-9]*$/, "a Wikidata item id looks like Q16554")
  .describe("Wikidata item id, e.g. Q16554");

export const Source = z
  .strictObject({
    name: name.describe("the outlet, e.g. CBS4 Denver"),
    organization: ref.optional().describe("the outlet's id in _data/organizations/"),
    url: httpUrl.optional().describe("where the article was first published"),
    retrieved: publicationDate.optional().describe("when the archived copy was taken"),
    copyright: text.optional().describe("the copyright line, verbatim"),
    credit: text.optional().describe("a contribution credit, e.g. The Associated Press contributed to this report."),
  })
  .describe("where the article comes from");

export const Event = z.strictObject({
  date: edtfDate.describe("EDTF date of the event: 2018-01-24, 2017-04, 2004~"),
  label: text.describe("what happened, in a sentence"),
  people: refs("people involved (ids)"),
  jurisdictions: refs("places involved (ids)"),
});

/**
 * An old address of an article, a path on the site (src/content/alias.ts), as the site writes
 * it: a folder ends in `/`.
 */
export const aliasPath = z
  .string()
  .trim()
  .max(MAX_ALIAS_LENGTH, `an alias is at most ${MAX_ALIAS_LENGTH} characters`)
  .superRefine((path, ctx) => {
    const problem = aliasProblem(path);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  })
  .transform(normalizeAlias);

/** The front matter of an article: `articles/YYYY/YYYY-MM-DD-slug.md`. */
export const ArticleFrontMatter = z.strictObject({
  title: textOf("title").describe("the headline, verbatim"),
  date: publicationDate.describe("publication date: YYYY-MM-DD, or ISO date-time with zone"),
  updated: publicationDate.optional().describe("when the article was last updated"),
  summary: text.optional().describe("the dek: one or two sentences under the headline"),
  authors: refs("the byline: people ids of the reporters"),
  dateline: text.optional().describe("the dateline as printed, e.g. DENVER"),
  source: Source.optional(),
  people: refs("people the article is about or names (ids)"),
  jurisdictions: refs("places the article is about (ids)"),
  organizations: refs("organizations the article names (ids)"),
  topics: refs("topics (ids)"),
  events: z.array(Event).default([]).describe("dated events the article reports"),
  corrections: z
    .array(
      z.strictObject({
        date: publicationDate.describe("when the correction was made"),
        text: text.describe("what was corrected, as published"),
      }),
    )
    .default([])
    .describe("the corrections log, oldest first"),
  aliases: z
    .array(aliasPath)
    .default([])
    .describe(
      "the article's old addresses, after its date or slug was corrected: site paths such as /2018/01/23/old-slug/, which redirect to its address",
    ),
  draft: z.boolean().default(false).describe("true keeps the article out of the build"),
});

/** A figure in an article body: a fenced block of YAML with the info string `figure`. */
export const Figure = z
  .strictObject({
    src: z
      .string()
      .trim()
      .superRefine((src, ctx) => {
        const problem = mediaSrcProblem(src);
        if (problem) ctx.addIssue({ code: "custom", message: problem });
      })
      .optional()
      .describe(
        "the archived image: its path in the media folder, e.g. media/2018/hancock.jpg (JPEG, PNG, WebP, AVIF or GIF); leave out when the image was not archived",
      ),
    alt: caption.optional().describe("what the image shows, for screen readers"),
    title: caption.optional().describe("the image's own title, as published"),
    caption: caption.optional().describe("the caption, verbatim"),
    credit: caption.optional().describe("the credit line, verbatim, e.g. CBS or Photo by ... via Getty Images"),
    by: ref.optional().describe("the photographer's person id"),
  })
  .refine((f) => f.caption || f.credit || f.title || f.src, {
    message: "a figure needs at least a caption, a credit, a title or a src",
  });

export const Role = z
  .strictObject({
    title: text.describe("the post, e.g. Mayor of Denver"),
    jurisdiction: ref.optional().describe("where the post is (id)"),
    organization: ref.optional().describe("the organization the post belongs to (id)"),
    start: edtfDate.optional().describe("EDTF; leave out when not known"),
    end: edtfDate.optional().describe("EDTF; leave out when not known or still held"),
    held_through: edtfDate
      .optional()
      .describe("when the end is not known: the latest date the post is known to have been held (e.g. a re-election)"),
    current: z.boolean().optional().describe("true when the role is known to be held now"),
    note: text.optional().describe("a short remark, e.g. 45th mayor of Denver"),
  })
  .superRefine((role, ctx) => {
    // Partial dates are ranges (2017 is any day of 2017): refuse only what no reading can order.
    const start = role.start === undefined ? undefined : parseEdtf(role.start);
    if (!start) return;
    for (const field of ["end", "held_through"] as const) {
      const later = role[field] === undefined ? undefined : parseEdtf(role[field]);
      if (later && later.max < start.min) {
        ctx.addIssue({ code: "custom", path: [field], message: `${role[field]} is before the role's start, ${role.start}` });
      }
    }
  })
  .describe("a post held, as a Popolo membership");

/** `_data/people/<id>.yaml` */
export const Person = z.strictObject({
  name: name.describe("the name as in the public record"),
  sort_name: name.optional().describe("for A to Z lists, e.g. Hancock, Michael B."),
  other_names: z.array(name).default([]).describe("other spellings and names, e.g. Paul Lopez"),
  summary: text.optional().describe("one sentence on who they are"),
  wikidata: wikidata.optional(),
  roles: z.array(Role).default([]).describe("posts held, each with start and end where known"),
});

export const CLASSIFICATIONS = [
  "country",
  "state",
  "province",
  "region",
  "county",
  "city",
  "consolidated city-county",
  "municipality",
  "town",
  "village",
  "district",
  "ward",
  "other",
] as const;

/**
 * ISO 3166-1, alpha-2 (`US`) or numeric (`840`, which YAML reads as a number), kept as the
 * alpha-2 code that OCD ids use; only assigned codes pass.
 */
const iso3166 = z
  .union([z.string().trim(), z.number().int()])
  .transform((code, ctx) => {
    const alpha2 = iso3166Alpha2(code);
    if (!alpha2) ctx.addIssue({ code: "custom", message: `"${code}" is no assigned ISO 3166-1 country code: write its alpha-2 code (US) or its numeric code (840)` });
    return alpha2 ?? String(code);
  });

/**
 * A US FIPS code as text: YAML reads an unquoted 08 as the number 8, losing the digit that tells
 * a state from a county, so a number is refused rather than padded.
 */
const fips = z
  .string({ message: 'a FIPS code is quoted digits: "08" for a state, "08031" for a county' })
  .trim()
  .regex(/^(?:[0-9]{2}|[0-9]{5})$/, 'a FIPS code has 2 digits (a state, "08") or 5 (a county, "08031")')
  .refine((code) => isStateFips(code.slice(0, 2)), { message: "begins with no US state's FIPS code (01 to 56, or a territory's)" });

const latitude = z.number({ message: "a latitude is a number of degrees" }).min(-90, "a latitude is between -90 and 90").max(90, "a latitude is between -90 and 90");
const longitude = z.number({ message: "a longitude is a number of degrees" }).min(-180, "a longitude is between -180 and 180").max(180, "a longitude is between -180 and 180");

/** A point, latitude first as people write it (GeoJSON's order is the other way round). */
const coordinates = z
  .union([z.tuple([latitude, longitude]), z.strictObject({ lat: latitude, lon: longitude })], {
    message: "coordinates are [latitude, longitude] or { lat, lon }, e.g. [39.7392, -104.9903]",
  })
  .transform((c) => (Array.isArray(c) ? { lat: c[0], lon: c[1] } : c));

/** `_data/jurisdictions/<id>.yaml` */
export const Jurisdiction = z.strictObject({
  name: name.describe("the name in common use, e.g. Denver"),
  classification: z.enum(CLASSIFICATIONS).describe("what kind of place it is"),
  parent: ref.optional().describe("the jurisdiction it lies within (id)"),
  ocd_id: z
    .string()
    .regex(/^ocd-division\/country:[a-z]{2}(\/[a-z_]+:[^/\s]+)*$/, "an OCD division id looks like ocd-division/country:us/state:co")
    .optional()
    .describe("Open Civic Data division id, e.g. ocd-division/country:us/state:co/place:denver"),
  other_ocd_ids: z
    .array(z.string().regex(/^ocd-division\//, "an OCD division id starts ocd-division/"))
    .default([])
    .describe("other OCD ids for the same place (Denver is both a place and a county)"),
  wikidata: wikidata.optional(),
  aliases: z.array(name).default([]).describe("other names, e.g. City and County of Denver"),
  iso_3166: iso3166
    .optional()
    .describe("a country's ISO 3166-1 code, alpha-2 (US) or numeric (840), for the coverage map; not needed when the ocd_id is country:xx"),
  fips: fips
    .optional()
    .describe('a US state\'s FIPS code, 2 digits ("08"), or a county\'s, 5 ("08031"), quoted, for the coverage map; a state\'s comes from its ocd_id when left out'),
  coordinates: coordinates
    .optional()
    .describe("where a city is drawn as a point on the coverage map: [latitude, longitude] or { lat, lon }, in degrees, north and east positive, e.g. [39.7392, -104.9903]"),
}).superRefine((j, ctx) => {
  // A state's code is a state's, a county's a county's: a 5-digit code on a state is a mistake.
  const digits = j.classification === "state" ? 2 : j.classification === "county" ? 5 : undefined;
  if (j.fips && digits && j.fips.length !== digits) {
    ctx.addIssue({ code: "custom", path: ["fips"], message: `a ${j.classification}'s FIPS code has ${digits} digits, and "${j.fips}" has ${j.fips.length}` });
  }
});

/** `_data/organizations/<id>.yaml` */
export const Organization = z.strictObject({
  name: name.describe("the organization's name, e.g. United States Department of Justice"),
  classification: text.optional().describe("e.g. government agency, news outlet"),
  parent: ref.optional().describe("the organization it is part of (id)"),
  jurisdiction: ref.optional().describe("the jurisdiction it serves (id)"),
  aliases: z.array(name).default([]).describe("other names and abbreviations, e.g. DOJ"),
  wikidata: wikidata.optional(),
  url: httpUrl.optional(),
});

/** `_data/topics/<id>.yaml` */
export const Topic = z.strictObject({
  name: name.describe("the topic as shown, e.g. Sanctuary cities"),
  summary: text.optional().describe("one sentence on what the topic covers"),
  aliases: z.array(name).default([]).describe("other words for it, for recognising it in imported text"),
});

/** The static hosts `host:` may name; their limits are in src/publish/hosts.ts. */
export const HOST_KEYS = ["github-pages", "cloudflare-pages", "cloudflare-pages-paid"] as const;
export type HostKey = (typeof HOST_KEYS)[number];

/**
 * The browser editor at `/admin/` (Decap CMS, src/editor/): the GitHub repository it opens pull
 * requests against, and the OAuth proxy that logs contributors in. Without it no editor is built.
 */
export const Editor = z
  .strictObject({
    repo: z
      .string()
      .regex(/^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/, "the repository as owner/name, e.g. example/morgue")
      .describe("the GitHub repository the editor commits to and opens pull requests against, as owner/name"),
    branch: z.string().regex(/^[A-Za-z0-9._/-]+$/, "a branch name").default("main").describe("the branch pull requests are opened against"),
    base_url: httpUrl
      .optional()
      .describe("the OAuth proxy that logs contributors in to GitHub (https://decapcms.org/docs/external-oauth-clients/); default Netlify's"),
    auth_endpoint: z
      .string()
      .regex(/^[A-Za-z0-9._/-]+$/, "a path on the OAuth proxy, e.g. auth")
      .optional()
      .describe("the path of the proxy's login, when it is not auth"),
  })
  .describe("the browser editor at /admin/ (README: The browser editor)");

/** `_data/site.yaml` */
export const Site = z.strictObject({
  title: text.describe("the archive's name, in the masthead and every page title"),
  tagline: text.optional().describe("a line under the title"),
  url: httpUrl.describe("the deployed address, used for canonical links and feeds"),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, "a BCP 47 language tag such as en or en-US").default("en").describe("the pages' language, a BCP 47 tag such as en or en-US"),
  pathPrefix: z
    .string()
    .regex(/^\/([^/\s]+\/)*$/, "a path prefix starts and ends with /, e.g. /archive/")
    .default("/")
    .describe("the folder the site is served from, e.g. /archive/"),
  timezone: z.string().default("UTC").describe("IANA zone for dates without one"),
  description: text.optional().describe("what the archive holds, for search engines and the home page"),
  license: text.optional().describe("the archive's licence, in every page's footer"),
  host: z
    .enum(HOST_KEYS)
    .optional()
    .describe("where the site is deployed: the build warns when its output passes that host's limits on size, file count or file size (src/publish/hosts.ts)"),
  editor: Editor.optional(),
});

export type ArticleFrontMatter = z.output<typeof ArticleFrontMatter>;
export type Figure = z.output<typeof Figure>;
export type Event = z.output<typeof Event>;
export type Source = z.output<typeof Source>;
export type Person = z.output<typeof Person>;
export type Role = z.output<typeof Role>;
export type Jurisdiction = z.output<typeof Jurisdiction>;
export type Organization = z.output<typeof Organization>;
export type Topic = z.output<typeof Topic>;
export type Site = z.output<typeof Site>;
export type Editor = z.output<typeof Editor>;

/** The registries in `_data/`, by folder name, with their schemas. */
export const REGISTRIES = {
  people: Person,
  jurisdictions: Jurisdiction,
  organizations: Organization,
  topics: Topic,
} as const;
export type RegistryKind = keyof typeof REGISTRIES;
export const REGISTRY_KINDS = Object.keys(REGISTRIES) as RegistryKind[];

/**
 * One entry of each registry, in words; many are the kind itself ("people").
 * @example `unknown ${ENTRY_NOUN.people} "ada"` // 'unknown person "ada"'
 */
export const ENTRY_NOUN = {
  people: "person",
  jurisdictions: "jurisdiction",
  organizations: "organization",
  topics: "topic",
} as const satisfies Record<RegistryKind, string>;
