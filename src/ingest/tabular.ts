/**
 * Bulk exports, one article per row: CSV (read with csv-parse's sync API) and JSON Lines.
 * Columns are found by their usual names (`url,date,title,text` at least) or named by flags
 * such as `--title-column headline`.
 */
import { parse } from "csv-parse/sync";

export const FIELDS = ["title", "date", "text", "url", "author", "source"] as const;
export type Field = (typeof FIELDS)[number];

/** The column each field is read from; a flag's value wins over these usual names. */
export const USUAL_COLUMNS: Record<Field, readonly string[]> = {
  title: ["title", "headline", "hed", "name"],
  date: ["date", "published", "published_at", "pubdate", "publication_date", "datetime"],
  text: ["text", "body", "content", "article", "story"],
  url: ["url", "link", "permalink", "source_url"],
  author: ["author", "authors", "byline", "by"],
  source: ["source", "outlet", "publisher", "site"],
};

export type ColumnFlags = Partial<Record<Field, string>>;

/** One row: its 1-based number (the header is not counted) and the fields found in it. */
export interface Row extends Partial<Record<Field, string>> {
  row: number;
}

export interface Table {
  rows: Row[];
  /** the columns each field was read from */
  columns: Partial<Record<Field, string>>;
  problems: string[];
}

/** Picks the column of each field from the header, by flag or by usual name, ignoring case. */
function mapColumns(header: readonly string[], flags: ColumnFlags): { columns: Partial<Record<Field, string>>; problems: string[] } {
  const columns: Partial<Record<Field, string>> = {};
  const problems: string[] = [];
  const find = (name: string) => header.find((h) => h.trim().toLowerCase() === name.trim().toLowerCase());
  for (const field of FIELDS) {
    const flag = flags[field];
    if (flag) {
      const hit = find(flag);
      if (hit) columns[field] = hit;
      else problems.push(`--${field}-column ${flag}: no such column; the columns are ${header.join(", ")}`);
      continue;
    }
    const hit = USUAL_COLUMNS[field].map(find).find(Boolean);
    if (hit) columns[field] = hit;
  }
  for (const field of ["title", "text"] as const) {
    if (!columns[field] && !flags[field]) {
      problems.push(`no ${field} column: name it with --${field}-column (the columns are ${header.join(", ")})`);
    }
  }
  return { columns, problems };
}

function toRow(record: Record<string, unknown>, n: number, columns: Partial<Record<Field, string>>): Row {
  const row: Row = { row: n };
  for (const field of FIELDS) {
    const column = columns[field];
    if (!column) continue;
    const value = record[column];
    const text = Array.isArray(value) ? value.map(String).join(", ") : value === undefined || value === null ? "" : String(value);
    if (text.trim()) row[field] = text;
  }
  return row;
}

/**
 * Reads a CSV export with a header row.
 * @example readCsv("title,date,text\nA,2019-01-04,Words.\n").rows[0].title // "A"
 */
export function readCsv(text: string, flags: ColumnFlags = {}): Table {
  let records: Record<string, string>[];
  try {
    records = parse(text, { columns: true, bom: true, skip_empty_lines: true, relax_column_count: true });
  } catch (error) {
    return { rows: [], columns: {}, problems: [`not readable as CSV: ${(error as Error).message}`] };
  }
  const header = records.length ? Object.keys(records[0]!) : ((parse(text, { to_line: 1, bom: true }) as string[][])[0] ?? []);
  const { columns, problems } = mapColumns(header, flags);
  return { rows: problems.length ? [] : records.map((r, i) => toRow(r, i + 1, columns)), columns, problems };
}

/**
 * Reads JSON Lines (one object per line), or a JSON array of objects.
 * @example readJsonl('{"title":"A","date":"2019-01-04","text":"Words."}').rows[0].date // "2019-01-04"
 */
export function readJsonl(text: string, flags: ColumnFlags = {}): Table {
  const problems: string[] = [];
  const records: { record: Record<string, unknown>; n: number }[] = [];
  const trimmed = text.replace(/^\uFEFF/, "").trim();
  if (trimmed.startsWith("[")) {
    try {
      (JSON.parse(trimmed) as unknown[]).forEach((record, i) => records.push({ record: record as Record<string, unknown>, n: i + 1 }));
    } catch (error) {
      return { rows: [], columns: {}, problems: [`not readable as JSON: ${(error as Error).message}`] };
    }
  } else {
    trimmed.split("\n").forEach((line, i) => {
      if (!line.trim()) return;
      try {
        const record = JSON.parse(line) as unknown;
        if (record && typeof record === "object" && !Array.isArray(record)) records.push({ record: record as Record<string, unknown>, n: i + 1 });
        else problems.push(`line ${i + 1}: not a JSON object`);
      } catch (error) {
        problems.push(`line ${i + 1}: not readable as JSON: ${(error as Error).message}`);
      }
    });
  }
  const header = [...new Set(records.flatMap((r) => Object.keys(r.record)))];
  const mapped = mapColumns(header, flags);
  problems.push(...mapped.problems);
  return { rows: mapped.problems.length ? [] : records.map((r) => toRow(r.record, r.n, mapped.columns)), columns: mapped.columns, problems };
}
