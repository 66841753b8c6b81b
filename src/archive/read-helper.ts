/**
 * A helper thread of `read-parallel.ts`: takes the next file's index from the shared counter,
 * reads the file as the build's own thread would (without the read cache, which only that thread
 * has), and sends the results in batches, the article without its body (the archive reads a body
 * from its file when a page asks for it) and with its text's hash beside it (a property the
 * structured clone leaves out).
 */
import { workerData } from "node:worker_threads";
import { readArticleFile } from "./read.ts";
import { BATCH, type HelperBatch, type HelperData } from "./read-parallel.ts";

const { root, files, next, sent, port } = workerData as HelperData;
let batch: HelperBatch = [];
const send = () => {
  port.postMessage(batch);
  batch = [];
  Atomics.add(sent, 0, 1);
  Atomics.notify(sent, 0);
};
for (let index = Atomics.add(next, 0, 1); index < files.length; index = Atomics.add(next, 0, 1)) {
  const { file, listed } = files[index]!;
  const read = readArticleFile(root, file, undefined, listed);
  const textHash = read.article?.textHash;
  if (read.article) {
    const { body: _, ...article } = read.article;
    read.article = article as typeof read.article;
  }
  batch.push([index, read, textHash]);
  if (batch.length >= BATCH) send();
}
if (batch.length) send();
port.close();
