/**
 * A worker thread of `read-parallel.ts`: reads and validates the article files it is sent, a
 * batch at a time, and answers with what {@link readArticleFile} found; `null` ends it. The
 * Markdown body is left out of the answer: the main thread reads it from the file when a page
 * asks (read.ts), so it is not copied between threads.
 */
import { parentPort, workerData } from "node:worker_threads";
import { readArticleFile } from "./read.ts";

const { root } = workerData as { root: string };
parentPort!.on("message", (files: string[] | null) => {
  if (files === null) return void parentPort!.close();
  parentPort!.postMessage(
    files.map((file) => {
      const read = readArticleFile(root, file);
      if (read.article) read.article.body = "";
      return [file, read] as const;
    }),
  );
});
