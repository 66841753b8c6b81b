/**
 * The inputs an import reads: a file, every file of a folder, or standard input; each turned
 * into documents, one per article, whatever its kind.
 */
import { statSync } from "node:fs";
import { basename, extname } from "node:path";
import { walkFiles } from "../files.ts";
import type { InputDocument } from "./article.ts";
import { extractHtml } from "./html.ts";
import { readCsv, readJsonl, type ColumnFlags } from "./tabular.ts";
import { toBlocks } from "./text.ts";

export const INPUT_KINDS = ["text", "html", "csv", "jsonl"] as const;
export type InputKind = (typeof INPUT_KINDS)[number];

const EXTENSIONS: Record<string, InputKind> = {
  ".txt": "text",
  ".text": "text",
  ".md": "text",
  ".html": "html",
  ".htm": "html",
  ".xhtml": "html",
  ".csv": "csv",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
  ".json": "jsonl",
};

/**
 * The kind of an input, by its extension, else by a look at its start.
 * @example kindOf("page.html", "") // "html"
 */
export function kindOf(path: string, content: string): InputKind {
  const byExtension = EXTENSIONS[extname(path).toLowerCase()];
  if (byExtension) return byExtension;
  const start = content.replace(/^\uFEFF/, "").trimStart();
  if (/^<(?:!doctype html|html|head|body|article)\b/i.test(start)) return "html";
  if (/^[[{]/.test(start)) return "jsonl";
  return "text";
}

/**
 * The files an import of `path` reads: the file itself, or the importable files under a folder,
 * sorted, skipping hidden ones.
 * @example inputFiles("test/fixtures/seed-raw.txt") // ["test/fixtures/seed-raw.txt"]
 */
export function inputFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return walkFiles(path, { skipHidden: true }).filter((file) => EXTENSIONS[extname(file).toLowerCase()]);
}

/**
 * The documents an input holds: one for a text or a page, one per row for an export.
 * @example documentsOf("a.txt", "Title\n\nWords.", "text").documents.length // 1
 */
export function documentsOf(
  origin: string,
  content: string,
  kind: InputKind,
  columns: ColumnFlags = {},
  pageUrl?: string,
): { documents: InputDocument[]; problems: string[] } {
  if (kind === "text") return { documents: [{ origin, blocks: toBlocks(content) }], problems: [] };
  if (kind === "html") {
    const page = extractHtml(content, pageUrl);
    return {
      documents: [{ origin, blocks: page.blocks, title: page.title, byline: page.byline, date: page.date, url: page.url, source: page.siteName }],
      problems: [],
    };
  }
  const table = kind === "csv" ? readCsv(content, columns) : readJsonl(content, columns);
  const unit = kind === "csv" ? "row" : "line";
  return {
    documents: table.rows.map((row) => ({
      origin: `${basename(origin)} ${unit} ${row.row}`,
      blocks: toBlocks(row.text ?? ""),
      title: row.title,
      byline: row.author,
      date: row.date,
      url: row.url,
      source: row.source,
    })),
    problems: table.problems.map((p) => `${origin}: ${p}`),
  };
}
