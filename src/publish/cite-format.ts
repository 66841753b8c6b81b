/**
 * The four shapes of "Cite this article" from one plain record: APA 7, Chicago (notes and
 * bibliography), BibTeX and CSL-JSON. It imports nothing, so the build (src/publish/cite.ts,
 * which writes APA and Chicago into each page) and the browser (src/browser/cite/main.ts, which
 * adds BibTeX and CSL-JSON from the page's JSON-LD) format with the same code.
 */

/** A person's name in parts, as citations want it. */
export interface CiteName {
  family: string;
  given: string;
}

/** What a citation is made of. */
export interface CitationRecord {
  /** the article's id in the archive, CSL-JSON's `id` */
  id: string;
  title: string;
  /** the day of publication, YYYY-MM-DD */
  ymd: string;
  names: CiteName[];
  /** the outlet, or the archive when the source is not recorded */
  container: string;
  /** the original's address when known, else the archive's */
  url: string;
  /** the article's address in this archive */
  archiveUrl: string;
  /** whether `url` is the original's (then BibTeX notes the archive's copy) */
  hasSourceUrl: boolean;
  /** when the original was retrieved, YYYY-MM-DD */
  retrieved?: string;
  dateline?: string;
}

export interface Citation {
  apa: string;
  chicago: string;
  bibtex: string;
  csl: Record<string, unknown>;
}

// Citation styles are written in English whatever the archive's language, as Luxon's "en"
// locale wrote them before this module stood alone.
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

const initials = (given: string) =>
  given
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((g) => `${g[0]!.toUpperCase()}.`)
    .join(" ");

function apaAuthors(names: CiteName[]): string {
  const list = names.map((n) => (n.given ? `${n.family}, ${initials(n.given)}` : n.family));
  if (list.length <= 1) return list[0] ?? "";
  return `${list.slice(0, -1).join(", ")}, & ${list[list.length - 1]}`;
}

function chicagoAuthors(names: CiteName[]): string {
  const list = names.map((n, i) => (i === 0 ? (n.given ? `${n.family}, ${n.given}` : n.family) : `${n.given} ${n.family}`.trim()));
  if (list.length <= 1) return list[0] ?? "";
  if (list.length === 2) return `${list[0]}, and ${list[1]}`;
  return `${list.slice(0, -1).join(", ")}, and ${list[list.length - 1]}`;
}

const bibEscape = (s: string) => s.replace(/([{}&%$#_])/g, "\\$1").replace(/~/g, "\\textasciitilde{}").replace(/\^/g, "\\textasciicircum{}");

/** A BibTeX key: family name of the first author (or first title word), year, first title word. */
function bibKey(names: CiteName[], title: string, year: string): string {
  const ascii = (s: string) => s.normalize("NFKD").replace(/[^A-Za-z0-9]/g, "").toLowerCase();
  const words = title.split(/\s+/).map(ascii).filter((w) => w.length > 3);
  return `${ascii(names[0]?.family ?? words[0] ?? "article")}${year}${words[0] ?? ""}`;
}

const endWithPeriod = (s: string) => (/[.?!]$/.test(s) ? s : `${s}.`);

/**
 * @example formatCitation({ id: "a", title: "T", ymd: "2018-01-24", names: [{ family: "Bush", given: "Stan" }], container: "CBS4", url: "https://x/", archiveUrl: "https://x/", hasSourceUrl: false }).apa
 * // "Bush, S. (2018, January 24). T. CBS4. https://x/"
 */
export function formatCitation(r: CitationRecord): Citation {
  const [year, month, day] = r.ymd.split("-").map(Number) as [number, number, number];
  const monthName = MONTHS[month - 1]!;
  const by = apaAuthors(r.names);
  const apaDate = `(${year}, ${monthName} ${day})`;
  const apa = by
    ? `${endWithPeriod(by)} ${apaDate}. ${endWithPeriod(r.title)} ${r.container}. ${r.url}`
    : `${endWithPeriod(r.title)} ${apaDate}. ${r.container}. ${r.url}`;
  const chicagoBy = chicagoAuthors(r.names);
  const chicago = `${chicagoBy ? `${endWithPeriod(chicagoBy)} ` : ""}“${endWithPeriod(r.title)}” ${r.container}, ${monthName} ${day}, ${year}. ${r.url}.`;
  const fields: [string, string][] = [
    ["author", r.names.map((n) => (n.given ? `${n.family}, ${n.given}` : n.family)).map(bibEscape).join(" and ")],
    ["title", `{${bibEscape(r.title)}}`],
    ["journal", bibEscape(r.container)],
    ["year", String(year)],
    ["month", monthName.slice(0, 3).toLowerCase()],
    ["day", String(day)],
    ["url", r.url],
  ];
  if (r.hasSourceUrl) fields.push(["note", `Archived at ${r.archiveUrl}`]);
  const bibtex = `@article{${bibKey(r.names, r.title, String(year))},\n${fields
    .filter(([, v]) => v)
    .map(([k, v]) => (k === "month" ? `  ${k} = ${v}` : `  ${k} = {${v}}`))
    .join(",\n")}\n}`;
  const csl: Record<string, unknown> = {
    id: r.id,
    type: "article-newspaper",
    title: r.title,
    author: r.names.map((n) => ({ family: n.family, given: n.given })),
    issued: { "date-parts": [[year, month, day]] },
    "container-title": r.container,
    URL: r.url,
  };
  if (r.retrieved) csl.accessed = { "date-parts": [r.retrieved.split("-").map(Number)] };
  if (r.dateline) csl["event-place"] = r.dateline;
  return { apa, chicago, bibtex, csl };
}
