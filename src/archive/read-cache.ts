/**
 * The articles as the previous build validated them, so that the next build parses and validates
 * again only the files whose text changed (issue 12, item 3: at 100,000 articles, validating
 * every file took 105 s of an incremental build's budget of 60).
 *
 * One record an article file that was valid on its own: its path, the SHA-256 of its text, and
 * what reading it gave (the article without its body, the images to look for, its address and
 * aliases). A build reads every file's text as before, hashes it, and takes the record whose path
 * and hash match instead of parsing the YAML and Markdown again; the checks that span the archive
 * (registry references, images, addresses, aliases) run on every article as before, so a registry
 * or media change is caught the same. The registry references are checked from the article's own
 * fields; the record keeps no line numbers for them (they were a third of the file, and of the
 * objects an incremental build made at 100,000 articles): a file that names an unknown entry is
 * read again for its lines (src/archive/read.ts).
 * The records are only valid for the code that wrote them: the file starts with a fingerprint of
 * Morgue's code, and a file of other code, version or shape is ignored (a full validation).
 *
 * A file whose size, modification time (to the nanosecond), inode and mode are those it had when
 * it was read is not read again either: its record and hash are taken as they are, as git and
 * make trust a file's stat. Not for a file modified within two seconds before the cache was
 * written ("racily clean", in git's words): another write in the same clock tick could leave its
 * time as it was, so such a file is read and hashed. At 100,000 articles, reading and hashing
 * every file was a third of the validation of an incremental build.
 *
 * Layout: a header line `morgue-articles 3 <code> <written, ms since the epoch>\n`, then one
 * record after another, each `u32 length` (of what follows), `u16 path length`, the path
 * (UTF-8), the hash (43 ASCII characters, base64url), `u8 stat length`, the stat (ASCII), and the
 * rest V8's serialization (`node:v8`, the structured clone format) of the record. A record is
 * deserialized only when its file is unchanged, so the buffer, not 100,000 objects, is what the
 * build holds while it reads.
 */
import { closeSync, lstatSync, openSync, readFileSync, renameSync, rmSync, writeSync } from "node:fs";
import { deserialize, serialize } from "node:v8";
import type { Article, ImageRef, References } from "../content/articles.ts";
import { statKey } from "../content/tree.ts";

const MAGIC = "morgue-articles";
const VERSION = 3;
/** How long before the cache was written a file's time must be for its stat to be trusted. */
const RACY_MS = 2000;

/** A file's {@link statKey}, taken now; undefined when the file cannot be looked at. */
export function fileStat(path: string): string | undefined {
  const stat = lstatSync(path, { bigint: true, throwIfNoEntry: false });
  return stat ? statKey(stat) : undefined;
}
const HASH_LENGTH = 43;

/** What the cache keeps of an article file read without problems. */
export interface CachedRead {
  /** the article, without its body (read from the file when asked for) */
  article: Omit<Article, "body">;
  images: ImageRef[];
  url?: string;
  aliases: References["aliases"];
}

/** Where the records of the site in `output` lie: beside it, with its manifest (src/incremental/manifest.ts). */
export const readCachePath = (output: string): string => `${output}.morgue-articles`;

/** The records of a previous build, looked up by path and text hash. */
export class ReadCache {
  readonly #buffer: Buffer;
  /** path → [hash, offset, length] of its record's serialized part, and the file's stat when read */
  readonly #index = new Map<string, [string, number, number, string]>();
  /** files modified after this (ms since the epoch) are read whatever their stat says */
  readonly #trustedBefore: number;
  /** records taken: by text hash, and of those, by stat alone (the file not read) */
  hits = 0;
  trusted = 0;

  private constructor(buffer: Buffer, start: number, written: number) {
    this.#buffer = buffer;
    this.#trustedBefore = written - RACY_MS;
    let at = start;
    while (at + 4 <= buffer.length) {
      const length = buffer.readUInt32LE(at);
      const end = at + 4 + length;
      if (end > buffer.length) throw new Error("a record runs past the end of the file");
      const pathLength = buffer.readUInt16LE(at + 4);
      const pathStart = at + 6;
      const path = buffer.toString("utf8", pathStart, pathStart + pathLength);
      const hash = buffer.toString("latin1", pathStart + pathLength, pathStart + pathLength + HASH_LENGTH);
      const statAt = pathStart + pathLength + HASH_LENGTH;
      const stat = buffer.toString("latin1", statAt + 1, statAt + 1 + buffer.readUInt8(statAt));
      const body = statAt + 1 + stat.length;
      if (body > end) throw new Error("a record's stat runs past its end");
      this.#index.set(path, [hash, body, end - body, stat]);
      at = end;
    }
  }

  /** The cache at `file` when it was written by `code`; undefined when there is none, or it is another code's or unreadable. */
  static open(file: string, code: string): ReadCache | undefined {
    let buffer: Buffer;
    try {
      buffer = readFileSync(file);
    } catch {
      return undefined;
    }
    const newline = buffer.indexOf(10);
    const header = newline < 0 ? [] : buffer.toString("latin1", 0, newline).split(" ");
    const written = Number(header[3]);
    if (header.length !== 4 || `${header[0]} ${header[1]} ${header[2]}` !== `${MAGIC} ${VERSION} ${code}` || !Number.isSafeInteger(written)) return undefined;
    try {
      return new ReadCache(buffer, newline + 1, written);
    } catch {
      return undefined;
    }
  }

  /** How many files it has records for. */
  get size(): number {
    return this.#index.size;
  }

  /** Whether it has a record for `path`, whatever the file's text is now. */
  knows(path: string): boolean {
    return this.#index.has(path);
  }

  /**
   * The text hash of `path` when its file's stat is still `stat` (see {@link fileStat}) and was
   * taken well before the cache was written: the file need not be read.
   */
  unchanged(path: string, stat: string | undefined): string | undefined {
    const entry = this.#index.get(path);
    if (!entry || !stat || entry[3] !== stat) return undefined;
    const mtimeMs = Number(BigInt(stat.split(":")[1]!) / 1_000_000n);
    return mtimeMs < this.#trustedBefore ? entry[0] : undefined;
  }

  /** The serialized bytes of `path`'s record when its text's hash is still `hash`: for a new cache, copied as they are. */
  bytes(path: string, hash: string): Buffer | undefined {
    const entry = this.#index.get(path);
    return entry && entry[0] === hash ? this.#buffer.subarray(entry[1], entry[1] + entry[2]) : undefined;
  }

  /** The record of `path` when its text's hash is still `hash`. */
  get(path: string, hash: string): CachedRead | undefined {
    const entry = this.#index.get(path);
    if (!entry || entry[0] !== hash) return undefined;
    try {
      const record = deserialize(this.#buffer.subarray(entry[1], entry[1] + entry[2])) as CachedRead;
      this.hits++;
      return record;
    } catch {
      return undefined;
    }
  }
}

/**
 * Writes `records` (path, text hash, the record when asked for) to `file` for `code`: into a
 * temporary file first, renamed over the old one once whole, so that a build stopped halfway
 * leaves the previous cache or none, never half of one. A record `previous` holds for the same
 * path and hash is copied from it as bytes, not serialized again.
 */
export function writeReadCache(file: string, code: string, records: Iterable<[string, string, string | undefined, () => CachedRead]>, previous?: ReadCache): void {
  const temporary = `${file}.${process.pid}.tmp`;
  const fd = openSync(temporary, "w");
  try {
    // The time the records are written from: a file whose time is near it is read next time.
    writeSync(fd, `${MAGIC} ${VERSION} ${code} ${Date.now()}\n`);
    const chunks: Buffer[] = [];
    let pending = 0;
    const flush = () => {
      if (!chunks.length) return;
      writeSync(fd, Buffer.concat(chunks, pending));
      chunks.length = 0;
      pending = 0;
    };
    for (const [path, hash, stat, record] of records) {
      if (hash.length !== HASH_LENGTH) throw new Error(`read cache: ${path}'s text hash is not a SHA-256 in base64url`);
      const pathBytes = Buffer.from(path, "utf8");
      if (pathBytes.length > 0xffff) continue;
      const body = previous?.bytes(path, hash) ?? serialize(record());
      const statBytes = Buffer.from(stat && stat.length < 256 ? stat : "", "latin1");
      const head = Buffer.alloc(6);
      head.writeUInt32LE(2 + pathBytes.length + HASH_LENGTH + 1 + statBytes.length + body.length, 0);
      head.writeUInt16LE(pathBytes.length, 4);
      chunks.push(head, pathBytes, Buffer.from(hash, "latin1"), Buffer.from([statBytes.length]), statBytes, body);
      pending += head.length + pathBytes.length + HASH_LENGTH + 1 + statBytes.length + body.length;
      if (pending > 4 * 1024 * 1024) flush();
    }
    flush();
  } catch (error) {
    closeSync(fd);
    rmSync(temporary, { force: true });
    throw error;
  }
  closeSync(fd);
  renameSync(temporary, file);
}
