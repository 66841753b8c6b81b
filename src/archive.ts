/**
 * The archive, as the rest of Morgue uses it: read, validated and cross-checked
 * (`archive/read.ts`), then indexed once (`archive/indexes.ts`) into the views of
 * `archive/types.ts`. Eleventy's templates receive the result as global data and never filter
 * the archive themselves.
 */
export type * from "./archive/types.ts";
export { ArchiveReading, loadArchive, readArchive } from "./archive/read.ts";
export { ReadCache, readCachePath, writeReadCache } from "./archive/read-cache.ts";
