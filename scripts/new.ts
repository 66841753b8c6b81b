/**
 * `npm run new -- [--title TEXT] [--date YYYY-MM-DD] [--source NAME] [--url URL] [--dateline TEXT]
 *   [--summary TEXT] [--authors A,B] [--people A,B] [--jurisdictions A,B] [--organizations A,B]
 *   [--topics A,B] [--force] [--root DIR]`
 *
 * Scaffolds an article. What the flags leave out is asked for when run in a terminal. Lists take
 * ids or names, separated by commas.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline/promises";
import { readArchive } from "../src/archive.ts";
import { formatProblem } from "../src/content/problems.ts";
import { EntityIndex, loadRegistries } from "../src/ingest/entities.ts";
import { scaffoldArticle, type ScaffoldInput } from "../src/ingest/scaffold.ts";
import { commandLine, reportFailure } from "./lib/cli.ts";

const LISTS = ["authors", "people", "jurisdictions", "organizations", "topics"] as const;

const { values } = commandLine(import.meta.url, {
  options: {
    title: { type: "string" },
    date: { type: "string" },
    source: { type: "string" },
    url: { type: "string" },
    dateline: { type: "string" },
    summary: { type: "string" },
    ...Object.fromEntries(LISTS.map((l) => [l, { type: "string" as const }])),
    force: { type: "boolean", default: false },
    root: { type: "string", default: "." },
    verbose: { type: "boolean", default: false },
  },
});

const list = (v: unknown) => (typeof v === "string" ? v.split(",").map((s) => s.trim()).filter(Boolean) : undefined);

/** Asks for what the flags left out, when a person is at the keyboard. */
async function ask(input: Partial<ScaffoldInput>): Promise<Partial<ScaffoldInput>> {
  if (!process.stdin.isTTY || (input.title && input.date)) return input;
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const today = new Date().toISOString().slice(0, 10);
    input.title ||= (await rl.question("Headline: ")).trim();
    input.date ||= (await rl.question(`Publication date (YYYY-MM-DD) [${today}]: `)).trim() || today;
    input.source ??= (await rl.question("Outlet (name or id; Enter to skip): ")).trim() || undefined;
    if (input.source) input.url ??= (await rl.question("Original URL (Enter to skip): ")).trim() || undefined;
    input.authors ??= list(await rl.question("Byline (names or ids, comma-separated; Enter to skip): "));
    input.people ??= list(await rl.question("People named (names or ids, comma-separated; Enter to skip): "));
    input.jurisdictions ??= list(await rl.question("Places (names or ids, comma-separated; Enter to skip): "));
  } finally {
    rl.close();
  }
  return input;
}

try {
  const given: Partial<ScaffoldInput> = {
    title: values.title,
    date: values.date,
    source: values.source,
    url: values.url,
    dateline: values.dateline,
    summary: values.summary,
  };
  for (const l of LISTS) given[l] = list((values as Record<string, unknown>)[l]);
  const input = await ask(given);
  if (!input.title || !input.date) {
    console.error("A title and a date are needed: npm run new -- --title \"...\" --date YYYY-MM-DD (or run it in a terminal to be asked).");
    process.exitCode = 1;
  } else {
    const root = values.root!;
    const index = new EntityIndex(loadRegistries(root).registries);
    const scaffold = scaffoldArticle(input as ScaffoldInput, index);
    if (!scaffold.path || !scaffold.text) {
      for (const p of scaffold.problems) console.error(p);
      process.exitCode = 1;
    } else if (existsSync(join(root, scaffold.path)) && !values.force) {
      console.error(`${scaffold.path} exists: choose another title, or pass --force to replace it.`);
      process.exitCode = 1;
    } else {
      mkdirSync(dirname(join(root, scaffold.path)), { recursive: true });
      writeFileSync(join(root, scaffold.path), scaffold.text);
      console.log(scaffold.path);
      const mine = readArchive(root, { includeDrafts: true }).problems.filter((p) => p.file === scaffold.path);
      for (const p of mine) console.error(formatProblem(p));
      if (mine.length) process.exitCode = 1;
      console.log(
        [
          "",
          "Next:",
          `  1. Open ${scaffold.path} and paste the article's text over the placeholder paragraph.`,
          "  2. Add figures, people, places and topics (the comments list every field; CONTRIBUTING.md explains them).",
          "  3. Delete the line draft: true.",
          "  4. npm run check, then npm start to see it.",
        ].join("\n"),
      );
    }
  }
} catch (error) {
  process.exitCode = reportFailure(error, values.verbose!, "Scaffolding failed");
}
