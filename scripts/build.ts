/**
 * `npm run build [-- --path-prefix /archive/ --output dir --verbose]`
 * Validates the archive, renders it with Eleventy and indexes it with Pagefind into `_site/`.
 * `--output` must be a new or empty folder or a previous build's: see src/output.ts.
 */
import { parseArgs } from "node:util";
import { reportFailure } from "./lib/cli.ts";
import { withLargerHeap } from "./lib/heap.ts";

// A heap sized from the machine's memory, not V8's fixed default (scripts/lib/heap.ts); the
// build is loaded after, so a process that only starts the larger one loads none of it.
withLargerHeap();
const { buildSite } = await import("../src/build.ts");

const { values } = parseArgs({
  options: {
    "path-prefix": { type: "string" },
    "site-url": { type: "string" },
    output: { type: "string" },
    root: { type: "string", default: "." },
    verbose: { type: "boolean", default: false },
  },
});

try {
  const result = await buildSite({ root: values.root!, output: values.output, pathPrefix: values["path-prefix"], siteUrl: values["site-url"], verbose: values.verbose });
  const stages = result.timings.map((t) => `${t.stage} ${(t.ms / 1000).toFixed(2)} s`).join(", ");
  console.log(`Built ${result.articles} articles into ${result.pagesWritten} pages (${result.pagesIndexed} indexed for search) in ${result.output}`);
  console.log(`Stages: ${stages}`);
} catch (error) {
  process.exitCode = reportFailure(error, values.verbose!);
}
