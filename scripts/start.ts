/**
 * `npm start [-- --port 8080 --root . --search-shard-size 2500]`: builds the archive, serves it at
 * http://localhost:8080 and keeps it current as it is edited: an edited article's page at once,
 * its search shard right after, everything else (the lists it is in, feeds, the rest of search) by
 * a whole build in the background (src/watch.ts).
 */
import { commandLine } from "./lib/cli.ts";
import { withLargerHeap } from "./lib/heap.ts";

// A heap sized from the machine's memory (scripts/lib/heap.ts), as `npm run build` has.
withLargerHeap();
const { watchArchive } = await import("../src/watch.ts");

const { values } = commandLine(import.meta.url, { options: { port: { type: "string", default: "8080" }, root: { type: "string", default: "." }, "search-shard-size": { type: "string" } } });
for (const flag of ["port", "search-shard-size"] as const) {
  if (values[flag] !== undefined && !/^[1-9]\d*$/.test(values[flag])) {
    console.error(`--${flag} should be a whole number above 0, not "${values[flag]}"`);
    process.exit(1);
  }
}
const shardSize = values["search-shard-size"];

const site = await watchArchive({ root: values.root!, port: Number(values.port), searchShardSize: shardSize === undefined ? undefined : Number(shardSize) });
console.log(`Serving ${site.url} — edit an article and its page is re-rendered at once; Ctrl+C stops.`);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    void site.close().then(() => process.exit(0));
  });
}
