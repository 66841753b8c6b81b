// A helper thread's entry (src/archive/read-parallel.ts): plain JavaScript, so that it starts in
// any Node, under tsx, vitest or neither; it registers tsx's loader for this thread, then loads the
// TypeScript that reads the files.
import { register } from "tsx/esm/api";

register();
await import("./read-helper.ts");
