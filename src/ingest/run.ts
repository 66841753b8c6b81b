/**
 * `npm run import`, as a function: reads the inputs, builds the articles, writes them (or
 * prints them with `dryRun`), writes registry stubs when asked, then validates the archive and
 * says exactly what is missing. The script in `scripts/import.ts` only parses flags.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { readArchive } from "../archive.ts";
import { readArticle, splitFrontMatter } from "../content/articles.ts";
import { readSite } from "../content/registries.ts";
import { formatProblem, sortProblems } from "../content/problems.ts";
import { ENTRY_NOUN } from "../schema.ts";
import { buildArticle, type ImportOptions, type Imported, type InputDocument } from "./article.ts";
import { batchContexts } from "./batch.ts";
import { isTimeZone } from "./dates.ts";
import { archiveDay, describeDuplicate, findDuplicates, story, type Duplicate } from "./duplicates.ts";
import { EntityIndex, loadRegistries, type Suggestion } from "./entities.ts";
import { documentsOf, inputFiles, kindOf, type InputKind } from "./sources.ts";
import type { ColumnFlags } from "./tabular.ts";
import { stubText } from "./write.ts";

export interface RunOptions extends ImportOptions {
  /** files, folders, or "-" for standard input */
  inputs: string[];
  /** the archive's root */
  root: string;
  dryRun?: boolean;
  force?: boolean;
  /** leave out an article whose story is already in the archive or earlier in the batch */
  skipDuplicates?: boolean;
  /** the input's kind when its extension does not tell */
  format?: InputKind;
  columns?: ColumnFlags;
  /** reads standard input; the script passes the real one */
  stdin?: () => string;
}

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

export interface RunResult {
  exitCode: number;
  written: string[];
  stubs: string[];
  articles: Imported[];
  /** the likely duplicates found, written or (with `skipDuplicates`) left out */
  duplicates: Duplicate[];
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * Runs an import and returns what it did; everything people need to read goes through `io`.
 * @example runImport({ inputs: ["story.txt"], root: ".", date: "2020-01-01", dryRun: true }, console).exitCode // 0
 */
export function runImport(options: RunOptions, io: Io): RunResult {
  const root = options.root;
  // With --dry-run the articles are the output; the report goes to standard error beside them.
  const report = options.dryRun ? io.err : io.out;
  const { registries } = loadRegistries(root);
  const index = new EntityIndex(registries);
  const timezone = archiveTimeZone(root, io);
  if (timezone === undefined) return { exitCode: 1, written: [], stubs: [], articles: [], duplicates: [] };

  const documents: InputDocument[] = [];
  let inputProblems = 0;
  for (const input of options.inputs) {
    const files = input === "-" ? ["-"] : existsSync(input) ? inputFiles(input) : [];
    if (!files.length) {
      io.err(`${input}: ${existsSync(input) ? "no importable files (.txt, .html, .csv, .jsonl) in it" : "no such file or folder"}`);
      inputProblems++;
      continue;
    }
    for (const file of files) {
      const content = file === "-" ? (options.stdin?.() ?? "") : readFileSync(file, "utf8");
      const origin = file === "-" ? "standard input" : file;
      const kind = options.format ?? kindOf(file === "-" ? "" : file, content);
      const { documents: found, problems } = documentsOf(origin, content, kind, options.columns, options.url);
      for (const p of problems) io.err(p);
      inputProblems += problems.length;
      documents.push(...found);
    }
  }
  // The import is one batch: lines recurring across its files (or across one site's files in
  // it) are chrome, and a date of one file can prove the numeric date order of its site's files,
  // or of all.
  const contexts = batchContexts(
    documents.map((d) => d.blocks),
    options.dateOrder,
    timezone,
  );
  const articles: Imported[] = documents.map((doc, i) => buildArticle(doc, index, { ...options, timezone }, contexts[i]));

  // Two inputs with the same date and headline would share a file: number the later ones.
  const taken = new Set<string>();
  for (const a of articles) {
    if (!a.path) continue;
    let path = a.path;
    for (let n = 2; taken.has(path); n++) path = a.path.replace(/\.md$/, `-${n}.md`);
    if (path !== a.path) a.warnings.push(`another input has the same date and headline: written as ${path}`);
    a.path = path;
    taken.add(path);
  }

  // The same story from several pages, or already in the archive within a day of it.
  const listing = new Map<string, string[]>();
  const found = findDuplicates(
    articles.flatMap((a) => (a.path && a.text ? [story(a.path, String(a.frontMatter?.title ?? ""), splitFrontMatter(a.text)?.body ?? a.text)] : [])),
    (day) => archiveDay(root, day, listing),
  );
  const duplicates = new Map(found.map((d) => [d.path, d]));

  const written: string[] = [];
  let refused = 0;
  let failed = 0;
  let skipped = 0;
  for (const a of articles) {
    if (!a.path || !a.text) {
      failed++;
      report(`✗ ${a.origin}`);
      for (const e of a.errors) report(`  error: ${e}`);
      continue;
    }
    const duplicate = duplicates.get(a.path);
    if (duplicate && options.skipDuplicates) {
      skipped++;
      const line = `${a.path} (from ${a.origin}): ${options.dryRun ? "would skip" : "skipped"} (--skip-duplicates): ${describeDuplicate(duplicate)}`;
      report(line);
      if (report !== io.err) io.err(line);
      continue;
    }
    const exists = existsSync(join(root, a.path));
    let status: string;
    if (options.dryRun) {
      // A dry run shows the article either way, and says what a real run would do.
      status = !exists ? "would write" : options.force ? "would overwrite (--force)" : "exists: a real run refuses to overwrite it without --force";
      io.out(`==> ${a.path} <==`);
      // The text ends in a newline and printing adds one.
      io.out(a.text.replace(/\n$/, ""));
    } else if (exists && !options.force) {
      refused++;
      status = "refused: the file exists (--force overwrites it)";
    } else {
      mkdirSync(dirname(join(root, a.path)), { recursive: true });
      writeFileSync(join(root, a.path), a.text);
      written.push(a.path);
      status = exists ? "overwrote" : "wrote";
    }
    report(`${a.path} (from ${a.origin}): ${status}`);
    if (duplicate) {
      // On standard error too, so it is seen however long the report above it.
      const line = `${describeDuplicate(duplicate)}: check before committing`;
      report(`  likely duplicate: ${line}`);
      if (report !== io.err) io.err(line);
    }
    describe(a, report);
    if (options.dryRun) for (const p of readArticle(a.path, a.text).problems) report(`  problem: ${formatProblem(p)}`);
  }

  // Stubs, each once however many articles name it.
  const suggestions = new Map<string, { s: Suggestion; seenIn: string }>();
  const kept = articles.filter((a) => !(options.skipDuplicates && a.path && duplicates.has(a.path)));
  for (const a of kept) for (const s of a.suggestions) if (a.path && !suggestions.has(`${s.kind}/${s.id}`)) suggestions.set(`${s.kind}/${s.id}`, { s, seenIn: a.path });
  const stubs: string[] = [];
  if (options.createStubs) {
    for (const { s, seenIn } of suggestions.values()) {
      const path = `_data/${s.kind}/${s.id}.yaml`;
      if (registries[s.kind].has(s.id) || existsSync(join(root, path))) continue;
      if (options.dryRun) {
        report(`would write the stub ${path}`);
        continue;
      }
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), stubText(s, seenIn));
      stubs.push(path);
      report(`wrote the stub ${path}: complete it (see CONTRIBUTING.md)`);
    }
  }

  const total = articles.length;
  report(
    `\n${plural(total, "article")} from ${plural(options.inputs.length, "input")}: ` +
      (options.dryRun
        ? `${total - failed - skipped} printed, nothing written (dry run), ${failed} failed.`
        : `${written.length} written, ${refused} refused (already exist; --force overwrites), ${failed} failed.`) +
      (options.skipDuplicates ? ` ${skipped} ${options.dryRun ? "would be skipped" : "skipped"} as likely duplicates (--skip-duplicates).` : ""),
  );
  if (duplicates.size && !options.skipDuplicates) {
    report(`${plural(duplicates.size, "article")} ${duplicates.size === 1 ? "looks" : "look"} like the same story as another (listed above): check before committing; --skip-duplicates leaves them out.`);
  }
  const removed = kept.reduce((n, a) => n + a.removed.length, 0);
  const files = kept.reduce((n, a) => n + a.moved.filter((m) => m.to === "image file name").length, 0);
  report(`Removed ${plural(removed, "line")} of site chrome and ${plural(files, "image file name")} (each listed above).`);
  if (suggestions.size) {
    report(
      `${plural(suggestions.size, "name")} not in the registries (listed above)` +
        (options.createStubs ? `; ${plural(stubs.length, "stub")} written.` : "; --create-stubs writes stubs for them to complete."),
    );
  }

  let exitCode = failed || refused || inputProblems ? 1 : 0;
  if (!options.dryRun && (written.length || stubs.length)) exitCode = Math.max(exitCode, validate(root, [...written, ...stubs], report));
  return { exitCode, written, stubs, articles, duplicates: found };
}

/**
 * The archive's time zone, for times printed without one: `timezone` in _data/site.yaml (UTC,
 * the schema's default, when the file does not set it or cannot be read; `npm run check` names
 * what is wrong with it). A zone Luxon does not know is an error, with the file, line and field.
 */
function archiveTimeZone(root: string, io: Io): string | undefined {
  const { site } = readSite(root);
  const zone = site?.timezone ?? "UTC";
  if (isTimeZone(zone)) return zone;
  const file = "_data/site.yaml";
  const line = readFileSync(join(root, file), "utf8").split("\n").findIndex((l) => /^timezone\s*:/.test(l)) + 1;
  io.err(`${file}:${line || 1}: timezone: "${zone}" is not a time zone: write an IANA name such as America/Denver or Europe/London (times printed without a zone are read in it)`);
  return undefined;
}

/** Lists what happened to the document's lines and the names it could not place. */
function describe(a: Imported, report: (text: string) => void): void {
  for (const r of a.removed) report(`  removed line ${r.line} (${r.reason}): ${r.text}`);
  for (const f of a.flagged) report(`  review line ${f.line} (${f.reason}): ${f.text}`);
  for (const m of [...a.moved].sort((x, y) => x.line - y.line)) {
    if (m.to === "image file name") report(`  removed line ${m.line} (image file name): ${m.text}`);
    else report(`  line ${m.line} -> ${m.to}: ${m.text}`);
  }
  for (const w of a.warnings) report(`  warning: ${w}`);
  for (const s of a.suggestions) {
    report(`  not in the registries: ${ENTRY_NOUN[s.kind]} ${s.name}${s.title ? ` (${s.title})` : ""} -> _data/${s.kind}/${s.id}.yaml`);
    if (s.sentence) report(`    from: ${s.sentence}`);
  }
}

/** Validates the whole archive the way `npm run check` does; lists the problems, ours first. */
function validate(root: string, ours: string[], report: (text: string) => void): number {
  const { problems } = readArchive(root, { includeDrafts: true });
  if (!problems.length) {
    report("npm run check passes. Next: read the articles through, then npm run build (or npm start) to see them.");
    return 0;
  }
  const mine = new Set(ours);
  const sorted = sortProblems(problems);
  const inOurs = sorted.filter((p) => mine.has(p.file));
  const others = sorted.filter((p) => !mine.has(p.file));
  if (inOurs.length) {
    report(`\nWhat is missing before npm run check passes (${plural(inOurs.length, "problem")} in the files just written):`);
    for (const p of inOurs) report(`  ${formatProblem(p)}`);
  }
  if (others.length) {
    report(`\n${plural(others.length, "problem")} elsewhere in the archive (npm run check lists them):`);
    for (const p of others.slice(0, 20)) report(`  ${formatProblem(p)}`);
  }
  return 1;
}
