// The entry of `read-worker.ts` in a worker thread: a worker does not inherit the parent's module
// loader, so it teaches itself TypeScript with tsx (as src/build.ts does for Eleventy) first.
import { register } from "tsx/esm/api";

register();
await import("./read-worker.ts");
