/**
 * `npm run docs [-- --check]`: writes CONTRIBUTING.md's field tables from the zod schemas in
 * src/schema.ts. With --check, changes nothing and exits 1 when the file is out of date.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { updateDocument } from "../src/docs/fields.ts";
import { commandLine, reportFailure } from "./lib/cli.ts";

const { values } = commandLine(import.meta.url, {
  options: { check: { type: "boolean", default: false }, root: { type: "string", default: "." }, verbose: { type: "boolean", default: false } },
});

try {
  const path = join(values.root!, "CONTRIBUTING.md");
  const text = readFileSync(path, "utf8");
  const updated = updateDocument(text);
  if (updated === text) console.log("CONTRIBUTING.md's field tables match src/schema.ts.");
  else if (values.check) {
    console.error("CONTRIBUTING.md's field tables are out of date with src/schema.ts: run npm run docs and commit the result.");
    process.exitCode = 1;
  } else {
    writeFileSync(path, updated);
    console.log("Updated CONTRIBUTING.md's field tables from src/schema.ts.");
  }
} catch (error) {
  process.exitCode = reportFailure(error, values.verbose!, "Docs failed");
}
