/**
 * `npm run build [-- --path-prefix /archive/ --output dir --search-shard-size 20000 --verbose]`
 * Validates the archive, renders it with Eleventy and indexes it with Pagefind into `_site/`.
 * `--output` must be a new or empty folder or a previous build's: see src/output.ts.
 */
import { parseArgs } from "node:util";
import { reportFailure } from "./lib/cli.ts";
import { progressFor } from "./lib/progress.ts";
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
    "search-shard-size": { type: "string" },
    verbose: { type: "boolean", default: false },
  },
});

try {
  const shardSize = values["search-shard-size"];
  const result = await buildSite({
    root: values.root!,
    output: values.output,
    pathPrefix: values["path-prefix"],
    siteUrl: values["site-url"],
    verbose: values.verbose,
    searchShardSize: shardSize === undefined ? undefined : Number(shardSize),
    // Eleventy's own per-file log and a redrawn status line would overwrite each other.
    progress: values.verbose ? undefined : progressFor(process.stdout),
  });
  const { bytes, files } = result.size;
  console.log(`Built ${result.articles} articles into ${result.pagesWritten} pages (${result.pagesIndexed} indexed for search) in ${result.output}: ${(bytes / 1024 ** 2).toFixed(1)} MiB in ${files.toLocaleString("en-US")} files`);
  for (const warning of result.warnings) console.error(`Warning: ${warning}`);
} catch (error) {
  process.exitCode = reportFailure(error, values.verbose!);
}
