/**
 * Stories for the import evaluation: the committed ones (text written for this project, in
 * test/fixtures/import-eval/stories.json) and the full set's, read from the Wikinews 2019 corpus
 * kept beside the project (Wikinews contributors, CC BY 2.5), which is never committed.
 */
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { dateOfLine } from "../dates.ts";
import { slugify } from "../../content/slug.ts";
import type { Story } from "./outlets.ts";

/** The committed stories. */
export function readStories(path: string): Story[] {
  return JSON.parse(readFileSync(path, "utf8")) as Story[];
}

/**
 * Stories from the Wikinews CSV (`url,date,title,text`): the text's paragraphs without its own
 * date line and section headings; a photo caption is made from a paragraph's first words.
 */
export function wikinewsStories(csvPath: string): Story[] {
  const rows = parse(readFileSync(csvPath, "utf8"), { columns: true, bom: true, skip_empty_lines: true }) as Record<string, string>[];
  return rows.flatMap((row, i) => {
    const paragraphs = (row.text ?? "")
      .split(/\n\s*\n/)
      .map((p) => p.replace(/\s+/g, " ").trim())
      .filter((p) => p && !dateOfLine(p) && /[.!?"”]$/.test(p) && p.split(" ").length >= 6)
      .slice(0, 10);
    if (paragraphs.length < 2 || !row.title || !row.date) return [];
    const captions = paragraphs.length >= 4 ? [`File photo of ${row.title.split(" ").slice(0, 6).join(" ")}`] : [];
    return [{ slug: `${String(i + 1).padStart(3, "0")}-${slugify(row.title, 30)}`, title: row.title.trim(), date: row.date.slice(0, 10), paragraphs, captions }];
  });
}
