/**
 * Where a built site's bytes go, by kind of file, for BENCHMARKS.md's "Output size per article"
 * (issue 11, item 6): article pages, day, month and year pages, the pages of people, places,
 * organizations and topics, Pagefind's index, feeds, the API and the sitemaps, each in bytes and
 * files and per article.
 */
import { statSync } from "node:fs";
import { relative, sep } from "node:path";
import { walkFiles } from "../files.ts";

/** The kinds, in the order they are printed. */
export const OUTPUT_KINDS = [
  "article pages",
  "day, month and year pages",
  "person, place, organization and topic pages",
  "on-this-day pages",
  "Pagefind index",
  "Atom feeds",
  "JSON API and feed.json",
  "sitemaps",
  "everything else",
] as const;
export type OutputKind = (typeof OUTPUT_KINDS)[number];

const ENTITY_FOLDERS = new Set(["people", "jurisdictions", "organizations", "topics"]);

/**
 * The kind of a file of the site, from its path relative to the site's folder.
 * @example outputKind("2018/01/24/after-sanctuary-cities/index.html") // "article pages"
 * @example outputKind("people/michael-hancock/feed.xml") // "Atom feeds"
 */
export function outputKind(path: string): OutputKind {
  const parts = path.split("/");
  const top = parts[0]!;
  // An article is /YYYY/MM/DD/slug/; a month's or day's later pages are /YYYY/MM[/DD]/page/N/.
  if (/^\d{4}$/.test(top)) return parts.length === 5 && parts[4] === "index.html" && /^\d{2}$/.test(parts[2]!) ? "article pages" : "day, month and year pages";
  if (top === "pagefind") return "Pagefind index";
  if (top.startsWith("sitemap")) return "sitemaps";
  if (path.endsWith(".xml")) return "Atom feeds";
  if (top === "api" || path === "feed.json") return "JSON API and feed.json";
  if (ENTITY_FOLDERS.has(top)) return "person, place, organization and topic pages";
  if (top === "on-this-day") return "on-this-day pages";
  return "everything else";
}

export interface KindSize {
  kind: OutputKind;
  files: number;
  bytes: number;
}

/** Bytes and files of each kind under the built site at `dir`, in OUTPUT_KINDS' order. */
export function outputByKind(dir: string): KindSize[] {
  const sizes = new Map<OutputKind, KindSize>(OUTPUT_KINDS.map((kind) => [kind, { kind, files: 0, bytes: 0 }]));
  for (const file of walkFiles(dir)) {
    const row = sizes.get(outputKind(relative(dir, file).split(sep).join("/")))!;
    row.files++;
    row.bytes += statSync(file).size;
  }
  return [...sizes.values()];
}

/** The kinds as a Markdown table, with bytes and files per article. */
export function formatOutputKinds(rows: KindSize[], articles: number): string {
  const mib = (b: number) => `${(b / 1024 ** 2).toFixed(2)} MiB`;
  const total = rows.reduce((t, r) => ({ files: t.files + r.files, bytes: t.bytes + r.bytes }), { files: 0, bytes: 0 });
  const line = (kind: string, r: { files: number; bytes: number }) =>
    `| ${kind} | ${r.files.toLocaleString("en-US")} | ${mib(r.bytes)} | ${Math.round(r.bytes / articles).toLocaleString("en-US")} B | ${(r.files / articles).toFixed(2)} |`;
  return [
    "| kind | files | bytes | bytes per article | files per article |",
    "| --- | ---: | ---: | ---: | ---: |",
    ...rows.map((r) => line(r.kind, r)),
    line("all", total),
  ].join("\n");
}
