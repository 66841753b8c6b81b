/**
 * `npm run import -- <file|folder|-> [--date YYYY-MM-DD] [--date-order dmy|mdy] [--source NAME] [--url URL] [--title TEXT]
 *   [--credit TEXT] [--copyright TEXT] [--dry-run] [--force] [--skip-duplicates] [--create-stubs] [--root DIR]
 *   [--format text|html|csv|jsonl] [--title-column NAME --date-column NAME --text-column NAME
 *   --url-column NAME --author-column NAME --source-column NAME]`
 *
 * Turns raw news text, saved pages and CSV or JSON Lines exports into articles; see
 * CONTRIBUTING.md. An article that looks like the same story as another of the import or an
 * archive's article within a day of it is listed, with both files and the share of text they
 * share (src/ingest/duplicates.ts); --skip-duplicates leaves it out. The work is done by
 * src/ingest/run.ts.
 */
import { readFileSync } from "node:fs";
import { runImport } from "../src/ingest/run.ts";
import { FIELDS, type ColumnFlags } from "../src/ingest/tabular.ts";
import { INPUT_KINDS, type InputKind } from "../src/ingest/sources.ts";
import type { DateOrder } from "../src/ingest/dates.ts";
import { commandLine, reportFailure } from "./lib/cli.ts";

const USAGE = `Usage: npm run import -- <file|folder|-> [options]

  --date YYYY-MM-DD     the publication date (else the input's, else a date line in the text)
  --date-order dmy|mdy  how to read numeric dates such as 03/04/2020 (else the order a date
                        of the batch proves, such as 29/01/2020)
  --source NAME         the outlet, by name or organization id, e.g. "CBS4 Denver"
  --url URL             where the article was first published
  --title TEXT          the headline, when the text does not start with it
  --credit TEXT         source.credit for every article, e.g. "Wikinews contributors, CC BY 2.5"
  --copyright TEXT      source.copyright for every article
  --dry-run             print the articles instead of writing them
  --force               overwrite articles that exist
  --skip-duplicates     do not write an article that looks like the same story as one
                        already in the archive (published within a day of it) or earlier in
                        the import; each is listed with the file it duplicates. Without it,
                        every article is written and likely duplicates are listed
  --create-stubs        write _data/ stubs for names the registries do not know
  --root DIR            the archive's folder (default: .)
  --format KIND         text, html, csv or jsonl, when the file's extension does not tell
  --<field>-column NAME the column of a CSV or JSON Lines export holding a field
                        (fields: ${FIELDS.join(", ")})`;

const columnOptions = Object.fromEntries(FIELDS.map((f) => [`${f}-column`, { type: "string" as const }]));

try {
  const { values, positionals } = commandLine(import.meta.url, {
    allowPositionals: true,
    options: {
      date: { type: "string" },
      "date-order": { type: "string" },
      source: { type: "string" },
      url: { type: "string" },
      title: { type: "string" },
      credit: { type: "string" },
      copyright: { type: "string" },
      "dry-run": { type: "boolean", default: false },
      force: { type: "boolean", default: false },
      "skip-duplicates": { type: "boolean", default: false },
      "create-stubs": { type: "boolean", default: false },
      root: { type: "string", default: "." },
      format: { type: "string" },
      verbose: { type: "boolean", default: false },
      ...columnOptions,
    },
  }, USAGE);
  if (!positionals.length) {
    console.log(USAGE);
    process.exitCode = 1;
  } else if (values["date-order"] && !["dmy", "mdy"].includes(values["date-order"])) {
    console.error(`--date-order ${values["date-order"]}: use dmy (29/01/2020) or mdy (1/29/2020)`);
    process.exitCode = 1;
  } else if (values.format && !INPUT_KINDS.includes(values.format as InputKind)) {
    console.error(`--format ${values.format}: use one of ${INPUT_KINDS.join(", ")}`);
    process.exitCode = 1;
  } else {
    const columns: ColumnFlags = {};
    for (const f of FIELDS) {
      const v = (values as Record<string, unknown>)[`${f}-column`];
      if (typeof v === "string") columns[f] = v;
    }
    const result = runImport(
      {
        inputs: positionals,
        root: values.root!,
        date: values.date,
        dateOrder: values["date-order"] as DateOrder | undefined,
        source: values.source,
        url: values.url,
        title: values.title,
        credit: values.credit,
        copyright: values.copyright,
        dryRun: values["dry-run"],
        force: values.force,
        skipDuplicates: values["skip-duplicates"],
        createStubs: values["create-stubs"],
        format: values.format as InputKind | undefined,
        columns,
        stdin: () => readFileSync(0, "utf8"),
      },
      { out: (t) => console.log(t), err: (t) => console.error(t) },
    );
    process.exitCode = result.exitCode;
  }
} catch (error) {
  process.exitCode = reportFailure(error, process.argv.includes("--verbose"), "Import failed");
}
