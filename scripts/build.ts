/**
 * `npm run build [-- --path-prefix /archive/ --output dir --search-shard-size 20000 --verbose]`
 * Validates the archive, renders it with Eleventy and indexes it with Pagefind into `_site/`.
 * `--output` must be a new or empty folder or a previous build's: see src/output.ts.
 *
 * In parts (src/parts.ts): `-- --shard i/n` builds part i of n into `_site.shard-i-of-n/` (or
 * `--output`), and `-- --assemble DIR...` joins the n parts' folders into `_site/`; `--shards n`
 * builds the whole site in one go as the assembly of n parts would be.
 *
 * Incremental (src/incremental/): when the output holds a previous build and its manifest lies
 * beside it (`_site.morgue-manifest.json`), only the pages that changed are rendered; `--full`
 * renders everything. `--changes FILE` writes the site's files that differ from the previous
 * site's to FILE, one a line (a pull request's preview uploads just those), and the files the
 * previous site had and this one has not to FILE.deleted.
 */
import { writeFileSync } from "node:fs";
import { commandLine, reportFailure } from "./lib/cli.ts";
import { progressFor } from "./lib/progress.ts";
import { withLargerHeap } from "./lib/heap.ts";

// A heap sized from the machine's memory, not V8's fixed default (scripts/lib/heap.ts); the
// build is loaded after, so a process that only starts the larger one loads none of it.
withLargerHeap();
const { assembleSite, buildPart, buildSite } = await import("../src/build.ts");
const { parseShard } = await import("../src/parts.ts");

const { values, positionals } = commandLine(import.meta.url, {
  allowPositionals: true,
  options: {
    "path-prefix": { type: "string" },
    "site-url": { type: "string" },
    output: { type: "string" },
    root: { type: "string", default: "." },
    "search-shard-size": { type: "string" },
    shard: { type: "string" },
    shards: { type: "string" },
    assemble: { type: "boolean", default: false },
    today: { type: "string" },
    full: { type: "boolean", default: false },
    changes: { type: "string" },
    verbose: { type: "boolean", default: false },
  },
});

try {
  const shardSize = values["search-shard-size"];
  const modes = [values.shard !== undefined && "--shard", values.assemble && "--assemble", values.shards !== undefined && "--shards"].filter(Boolean);
  if (modes.length > 1) throw new Error(`${modes.join(" and ")} do not go together: build a part, assemble parts, or build the whole site`);
  if (positionals.length && !values.assemble) throw new Error(`unexpected ${positionals.join(" ")}: only --assemble takes folders`);
  if ((values.full || values.changes !== undefined) && (values.shard !== undefined || values.assemble)) throw new Error("--full and --changes are for a whole site's build, not --shard or --assemble");
  if (values.shards !== undefined && !/^\d+$/.test(values.shards)) throw new Error(`--shards should be a whole number of parts, not "${values.shards}"`);
  const options = {
    root: values.root!,
    output: values.output,
    pathPrefix: values["path-prefix"],
    siteUrl: values["site-url"],
    today: values.today,
    verbose: values.verbose,
    searchShardSize: shardSize === undefined ? undefined : Number(shardSize),
    parts: values.shards === undefined ? undefined : Number(values.shards),
    full: values.full,
    listChanges: values.changes !== undefined,
    // Eleventy's own per-file log and a redrawn status line would overwrite each other.
    progress: values.verbose ? undefined : progressFor(process.stdout),
  };
  const result =
    values.shard !== undefined ? await buildPart({ ...options, shard: parseShard(values.shard) })
    : values.assemble ? await assembleSite({ ...options, partDirs: positionals })
    : await buildSite(options);
  const { bytes, files } = result.size;
  const what = values.shard !== undefined ? `part ${values.shard}: ` : "";
  console.log(`Built ${what}${result.articles} articles into ${result.pagesWritten} pages (${result.pagesIndexed} indexed for search) in ${result.output}: ${(bytes / 1024 ** 2).toFixed(1)} MiB in ${files.toLocaleString("en-US")} files`);
  if (result.incremental) {
    const { pagesKept, shardsIndexed, shardsKept } = result.incremental;
    console.log(`Incremental: ${result.pagesWritten.toLocaleString("en-US")} pages rendered, ${pagesKept.toLocaleString("en-US")} kept from the previous build; ${shardsIndexed} search ${shardsIndexed === 1 ? "shard" : "shards"} indexed, ${shardsKept} kept (--full renders everything)`);
  }
  if (values.changes !== undefined && result.changes) {
    writeFileSync(values.changes, result.changes.written.map((file) => `${file}\n`).join(""));
    writeFileSync(`${values.changes}.deleted`, result.changes.deleted.map((file) => `${file}\n`).join(""));
    console.log(`${result.changes.written.length.toLocaleString("en-US")} files written anew or changed, listed in ${values.changes}; ${result.changes.deleted.length.toLocaleString("en-US")} gone, in ${values.changes}.deleted`);
  }
  for (const warning of result.warnings) console.error(`Warning: ${warning}`);
} catch (error) {
  process.exitCode = reportFailure(error, values.verbose!);
}
