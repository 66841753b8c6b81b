/**
 * The articles as the previous build validated them, so that the next build parses and validates
 * again only the files whose text changed (issue 12, item 3: at 100,000 articles, validating
 * every file took 105 s of an incremental build's budget of 60).
 *
 * One record an article file that was valid on its own: its path, the SHA-256 of its text, and
 * what reading it gave (the article without its body, the registry references to check, the
 * images to look for, its address and aliases). A build reads every file's text as before,
 * hashes it, and takes the record whose path and hash match instead of parsing the YAML and
 * Markdown again; the checks that span the archive (registry references, images, addresses,
 * aliases) run on every article as before, so a registry or media change is caught the same.
 * The records are only valid for the code that wrote them: the file starts with a fingerprint of
 * Morgue's code, and a file of other code, version or shape is ignored (a full validation).
 *
 * Layout: a header line `morgue-articles 1 <code>\n`, then one record after another, each
 * `u32 length` (of what follows), `u16 path length`, the path (UTF-8), the hash (43 ASCII
 * characters, base64url), and the rest V8's serialization (`node:v8`, the structured clone
 * format) of the record. A record is deserialized only when its file's text is unchanged, so the
 * buffer, not 100,000 objects, is what the build holds while it reads.
 */
import { closeSync, openSync, readFileSync, renameSync, rmSync, writeSync } from "node:fs";
import { deserialize, serialize } from "node:v8";
import type { Article, ImageRef, References } from "../content/articles.ts";
import type { RegistryKind } from "../schema.ts";

/** A reference to a registry entry, checked once the registries are known (src/archive/read.ts). */
export interface RefCheck {
  kind: RegistryKind;
  id: string;
  line: number;
  field: string;
}

const MAGIC = "morgue-articles";
const VERSION = 1;
const HASH_LENGTH = 43;

/** What the cache keeps of an article file read without problems. */
export interface CachedRead {
  /** the article, without its body (read from the file when asked for) */
  article: Omit<Article, "body">;
  checks: RefCheck[];
  images: ImageRef[];
  url?: string;
  aliases: References["aliases"];
}

/** Where the records of the site in `output` lie: beside it, with its manifest (src/incremental/manifest.ts). */
export const readCachePath = (output: string): string => `${output}.morgue-articles`;

/** The records of a previous build, looked up by path and text hash. */
export class ReadCache {
  readonly #buffer: Buffer;
  /** path → [hash, offset, length] of its record's serialized part */
  readonly #index = new Map<string, [string, number, number]>();
  hits = 0;

  private constructor(buffer: Buffer, start: number) {
    this.#buffer = buffer;
    let at = start;
    while (at + 4 <= buffer.length) {
      const length = buffer.readUInt32LE(at);
      const end = at + 4 + length;
      if (end > buffer.length) throw new Error("a record runs past the end of the file");
      const pathLength = buffer.readUInt16LE(at + 4);
      const pathStart = at + 6;
      const path = buffer.toString("utf8", pathStart, pathStart + pathLength);
      const hash = buffer.toString("latin1", pathStart + pathLength, pathStart + pathLength + HASH_LENGTH);
      const body = pathStart + pathLength + HASH_LENGTH;
      this.#index.set(path, [hash, body, end - body]);
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
    if (newline < 0 || buffer.toString("latin1", 0, newline) !== `${MAGIC} ${VERSION} ${code}`) return undefined;
    try {
      return new ReadCache(buffer, newline + 1);
    } catch {
      return undefined;
    }
  }

  /** How many files it has records for. */
  get size(): number {
    return this.#index.size;
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
export function writeReadCache(file: string, code: string, records: Iterable<[string, string, () => CachedRead]>, previous?: ReadCache): void {
  const temporary = `${file}.${process.pid}.tmp`;
  const fd = openSync(temporary, "w");
  try {
    writeSync(fd, `${MAGIC} ${VERSION} ${code}\n`);
    const chunks: Buffer[] = [];
    let pending = 0;
    const flush = () => {
      if (!chunks.length) return;
      writeSync(fd, Buffer.concat(chunks, pending));
      chunks.length = 0;
      pending = 0;
    };
    for (const [path, hash, record] of records) {
      if (hash.length !== HASH_LENGTH) throw new Error(`read cache: ${path}'s text hash is not a SHA-256 in base64url`);
      const pathBytes = Buffer.from(path, "utf8");
      if (pathBytes.length > 0xffff) continue;
      const body = previous?.bytes(path, hash) ?? serialize(record());
      const head = Buffer.alloc(6);
      head.writeUInt32LE(2 + pathBytes.length + HASH_LENGTH + body.length, 0);
      head.writeUInt16LE(pathBytes.length, 4);
      chunks.push(head, pathBytes, Buffer.from(hash, "latin1"), body);
      pending += head.length + pathBytes.length + HASH_LENGTH + body.length;
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
