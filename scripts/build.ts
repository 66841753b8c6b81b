/**
 * `npm run build [-- --path-prefix /archive/ --output dir --search-shard-size 20000 --verbose]`
 * Validates the archive, renders it with Eleventy and indexes it with Pagefind into `_site/`.
 * `--output` must be a new or empty folder or a previous build's: see src/output.ts.
 */
import { parseArgs } from "node:util";
import { buildSite } from "../src/build.ts";
import { reportFailure } from "./lib/cli.ts";

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
  });
  const stages = result.timings.map((t) => `${t.stage} ${(t.ms / 1000).toFixed(2)} s`).join(", ");
  console.log(`Built ${result.articles} articles into ${result.pagesWritten} pages (${result.pagesIndexed} indexed for search) in ${result.output}`);
  console.log(`Stages: ${stages}`);
} catch (error) {
  process.exitCode = reportFailure(error, values.verbose!);
}
