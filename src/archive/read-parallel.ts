/**
 * Article files parsed on more than one core. Validation is a full build's first stage, and it
 * ran on one core while the machine's others idled: at 10,000 articles about 12 s of CPU, a
 * third of it the YAML parser, at 100,000 about two minutes (BENCHMARKS.md). Each file is read
 * on its own (`readArticleFile`, a pure function of the file), so helper threads parse some while
 * this thread parses the rest, each taking the next file from a shared counter, so a slow thread
 * takes fewer; what the helpers read comes back as plain values (the structured clone), in the
 * archive's order whatever thread read it.
 *
 * Synchronous, like the archive's reading that calls it: this thread waits for the helpers with
 * `Atomics.wait` and takes their answers with `receiveMessageOnPort`, never returning to the
 * event loop. A helper that stops answering (it failed, or ran out of memory) costs no file and
 * no hang: after `STALL_MS` without an answer this thread reads what is missing itself, with the
 * same code, so a file that made the helper fail fails here too, with its error.
 */
import { availableParallelism } from "node:os";
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from "node:worker_threads";

/** Fewer files to parse than this, and a helper's start (about half a second, loading the schema's code) would cost more than it saves. */
export const PARALLEL_FROM = 1500;

/** At most this many helpers: past three, this thread's own work per file (the registry checks, the archive's copy) is what is slow. */
const MAX_HELPERS = 3;

/** How long without an answer from any helper before this thread reads what is missing itself. */
const STALL_MS = 30_000;

/** How many files a helper reads before it sends their results: one message each would cost more than the files. */
export const BATCH = 32;

/** One file to read: its path under the root and its stat as the content folders were listed. */
export interface FileToRead {
  file: string;
  listed?: string;
}

/**
 * What reading a file gives (`ArticleRead` in read.ts), as far as this module needs it: the
 * article, whose text hash is a property the structured clone leaves out, and whether a helper
 * read it. (Not the type itself: read.ts imports this module.)
 */
export interface FileRead {
  article?: { textHash?: string };
  /** read in a helper thread: its values hold no slice of the file's text, and the article has no body */
  detached?: boolean;
}

/** What a helper sends: the index of each file, what reading it gave (the article without its body) and the text's hash. */
export type HelperBatch = [index: number, read: FileRead, textHash: string | undefined][];

/** The data a helper starts with (src/archive/read-helper.ts). */
export interface HelperData {
  root: string;
  files: FileToRead[];
  /** the next file's index, shared by every thread */
  next: Int32Array;
  /** counts the batches sent, so this thread can sleep until the next */
  sent: Int32Array;
  port: MessagePort;
}

/** How many helper threads reading `files` files is worth: none below {@link PARALLEL_FROM}, or on one core. */
export function helpersFor(files: number, cores = availableParallelism()): number {
  if (files < PARALLEL_FROM) return 0;
  return Math.max(0, Math.min(cores - 1, MAX_HELPERS, Math.floor(files / PARALLEL_FROM)));
}

/**
 * Reads `files` with `helpers` helper threads and this one, which reads with `readHere` (it may
 * use what only this thread has, the read cache). Returns what reading each gave, in order; an
 * article a helper read carries `detached` (its values hold no slice of the file's text) and
 * has no body.
 */
export function readInParallel<T extends FileRead>(root: string, files: FileToRead[], helpers: number, readHere: (file: FileToRead) => T): T[] {
  const results: (T | undefined)[] = new Array(files.length);
  if (helpers <= 0 || files.length === 0) return files.map(readHere);
  const next = new Int32Array(new SharedArrayBuffer(4));
  const sent = new Int32Array(new SharedArrayBuffer(4));
  const ports: MessagePort[] = [];
  const workers: Worker[] = [];
  let done = 0;
  const take = (): boolean => {
    let any = false;
    for (const port of ports) {
      for (let message = receiveMessageOnPort(port); message; message = receiveMessageOnPort(port)) {
        any = true;
        for (const [index, read, textHash] of message.message as HelperBatch) {
          if (results[index]) continue;
          if (read.article && textHash) Object.defineProperty(read.article, "textHash", { value: textHash, enumerable: false, configurable: true });
          results[index] = { ...(read as T), detached: true };
          done++;
        }
      }
    }
    return any;
  };
  try {
    for (let i = 0; i < helpers; i++) {
      const { port1, port2 } = new MessageChannel();
      ports.push(port1);
      const data: HelperData = { root, files, next, sent, port: port2 };
      // No execArgv: a helper needs none of the build's flags, and registers tsx itself.
      const worker = new Worker(helperURL(), { workerData: data, transferList: [port2], execArgv: [] });
      // A helper that fails (it could not load, or ran out of memory) is heard of here only once
      // this thread returns to the event loop, after the files are read: its files were read
      // here (above), so its error is not the build's.
      worker.on("error", () => undefined);
      workers.push(worker);
    }
    for (let index = Atomics.add(next, 0, 1), n = 0; index < files.length; index = Atomics.add(next, 0, 1), n++) {
      results[index] = readHere(files[index]!);
      done++;
      // Now and then: the helpers' answers taken as they come, not all held in the channels at the end.
      if (n % 256 === 255) take();
    }
    let quietSince = Date.now();
    while (done < files.length) {
      const seen = Atomics.load(sent, 0);
      if (take()) quietSince = Date.now();
      if (done >= files.length) break;
      if (Date.now() - quietSince > STALL_MS) {
        for (let index = 0; index < files.length; index++) {
          if (!results[index]) {
            results[index] = readHere(files[index]!);
            done++;
          }
        }
        break;
      }
      Atomics.wait(sent, 0, seen, 1000);
    }
  } finally {
    for (const worker of workers) void worker.terminate();
    for (const port of ports) port.close();
  }
  return results as T[];
}

/** The helper's entry, `read-helper.mjs`: plain JavaScript that registers tsx's loader in the new thread, then loads `read-helper.ts`. */
const helperURL = (): URL => new URL("./read-helper.mjs", import.meta.url);
