/**
 * "Cite this article": APA 7, Chicago (notes and bibliography), BibTeX and CSL-JSON, from the
 * article's own data. Written by hand rather than with citeproc: these are four fixed shapes of
 * one record type, and running a CSL engine on each of 10,000 pages would cost more than the
 * rest of the page.
 */
import { DateTime } from "luxon";
import type { Article } from "../content/articles.ts";
import { nameParts, type NameParts } from "../people/names.ts";

export interface Citation {
  apa: string;
  chicago: string;
  bibtex: string;
  csl: Record<string, unknown>;
}

export interface CiteInput {
  article: Article;
  authors: { name: string; sort_name?: string }[];
  /** the article's address in this archive, absolute */
  archiveUrl: string;
  /** the archive's name */
  archiveName: string;
}

const initials = (given: string) =>
  given
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((g) => `${g[0]!.toUpperCase()}.`)
    .join(" ");

function apaAuthors(names: NameParts[]): string {
  const list = names.map((n) => (n.given ? `${n.family}, ${initials(n.given)}` : n.family));
  if (list.length <= 1) return list[0] ?? "";
  return `${list.slice(0, -1).join(", ")}, & ${list.at(-1)}`;
}

function chicagoAuthors(names: NameParts[]): string {
  const list = names.map((n, i) => (i === 0 ? (n.given ? `${n.family}, ${n.given}` : n.family) : `${n.given} ${n.family}`.trim()));
  if (list.length <= 1) return list[0] ?? "";
  if (list.length === 2) return `${list[0]}, and ${list[1]}`;
  return `${list.slice(0, -1).join(", ")}, and ${list.at(-1)}`;
}

const bibEscape = (s: string) => s.replace(/([{}&%$#_])/g, "\\$1").replace(/~/g, "\\textasciitilde{}").replace(/\^/g, "\\textasciicircum{}");

/** A BibTeX key: family name of the first author (or first title word), year, first title word. */
function bibKey(names: NameParts[], article: Article): string {
  const ascii = (s: string) => s.normalize("NFKD").replace(/[^A-Za-z0-9]/g, "").toLowerCase();
  const words = article.title.split(/\s+/).map(ascii).filter((w) => w.length > 3);
  return `${ascii(names[0]?.family ?? words[0] ?? "article")}${article.published.year}${words[0] ?? ""}`;
}

const endWithPeriod = (s: string) => (/[.?!]$/.test(s) ? s : `${s}.`);

/** @example cite({ article, authors: [{ name: "Rick Sallinger" }], archiveUrl: "https://…", archiveName: "Morgue" }).apa */
export function cite({ article, authors, archiveUrl, archiveName }: CiteInput): Citation {
  const names = authors.map(nameParts);
  const day = DateTime.fromISO(article.published.ymd, { zone: "utc", locale: "en" });
  const container = article.source?.name ?? archiveName;
  const url = article.source?.url ?? archiveUrl;
  const by = apaAuthors(names);
  const apaDate = `(${day.toFormat("yyyy, MMMM d")})`;
  const apa = by
    ? `${endWithPeriod(by)} ${apaDate}. ${endWithPeriod(article.title)} ${container}. ${url}`
    : `${endWithPeriod(article.title)} ${apaDate}. ${container}. ${url}`;
  const chicagoBy = chicagoAuthors(names);
  const chicago = `${chicagoBy ? `${endWithPeriod(chicagoBy)} ` : ""}“${endWithPeriod(article.title)}” ${container}, ${day.toFormat("MMMM d, yyyy")}. ${url}.`;
  const fields: [string, string][] = [
    ["author", names.map((n) => (n.given ? `${n.family}, ${n.given}` : n.family)).map(bibEscape).join(" and ")],
    ["title", `{${bibEscape(article.title)}}`],
    ["journal", bibEscape(container)],
    ["year", article.published.year],
    ["month", day.toFormat("LLL").toLowerCase()],
    ["day", String(Number(article.published.day))],
    ["url", url],
  ];
  if (article.source?.url) fields.push(["note", `Archived at ${archiveUrl}`]);
  const bibtex = `@article{${bibKey(names, article)},\n${fields
    .filter(([, v]) => v)
    .map(([k, v]) => (k === "month" ? `  ${k} = ${v}` : `  ${k} = {${v}}`))
    .join(",\n")}\n}`;
  const csl: Record<string, unknown> = {
    id: article.id,
    type: "article-newspaper",
    title: article.title,
    author: names.map((n) => ({ family: n.family, given: n.given })),
    issued: { "date-parts": [[Number(article.published.year), Number(article.published.month), Number(article.published.day)]] },
    "container-title": container,
    URL: url,
  };
  if (article.source?.retrieved) {
    const [y, m, d] = article.source.retrieved.slice(0, 10).split("-").map(Number);
    csl.accessed = { "date-parts": [[y, m, d]] };
  }
  if (article.dateline) csl["event-place"] = article.dateline;
  return { apa, chicago, bibtex, csl };
}
