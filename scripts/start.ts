/**
 * `npm start`: checks the archive, then builds, indexes and serves it at http://localhost:8080
 * with Eleventy's dev server, rebuilding and re-indexing on every change.
 */
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { readArchive } from "../src/archive.ts";
import { PACKAGE_ROOT } from "../src/build.ts";
import { ContentError } from "../src/content/problems.ts";

const { values } = parseArgs({ options: { port: { type: "string", default: "8080" }, root: { type: "string", default: "." } } });

const { problems } = readArchive(values.root!, { includeDrafts: true });
if (problems.length) {
  console.error(new ContentError(problems).message);
  process.exit(1);
}

// Eleventy's CLI is not in its package exports; it sits beside the entry point's folder.
const eleventyCli = join(dirname(createRequire(import.meta.url).resolve("@11ty/eleventy")), "..", "cmd.cjs");
const child = spawn(
  process.execPath,
  ["--import", "tsx", eleventyCli, `--config=${join(PACKAGE_ROOT, "eleventy.config.ts")}`, `--input=${values.root}`, "--serve", `--port=${values.port}`, "--quiet"],
  { stdio: "inherit" },
);
child.on("exit", (code) => process.exit(code ?? 0));
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
