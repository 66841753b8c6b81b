/**
 * The content tree a pull request can touch, `articles/` and `_data/`, walked without following
 * a single symbolic link. Only the files the archive understands are read; every other file is
 * refused by path, so nothing a contributor adds can slip past `npm run check` into the build:
 * not a JavaScript or JSON data file, an `.11tydata.js` file, a template, nor a link to a file
 * elsewhere on the machine.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, type BigIntStats } from "node:fs";
import { join } from "node:path";
import { REGISTRY_KINDS, type RegistryKind } from "../schema.ts";
import type { Problem } from "./problems.ts";
import { decodeText } from "./text.ts";

export interface ContentFiles {
  /** `articles/**\/*.md`, relative to the root, sorted */
  articles: string[];
  /** each article file's {@link statKey} as it was listed: the read cache need not look at it again */
  stats: Map<string, string>;
  /** `_data/<kind>/*.yaml`, relative to the root, sorted */
  registries: Record<RegistryKind, string[]>;
  /** whether `_data/site.yaml` exists */
  site: boolean;
  problems: Problem[];
}

/**
 * What the read cache (src/archive/read-cache.ts) compares of a file to trust it unchanged
 * without reading it: size, modification time in nanoseconds, inode and mode (a file replaced by
 * a link is another inode and mode).
 */
export function statKey(stat: BigIntStats): string {
  return `${stat.size}:${stat.mtimeNs}:${stat.ino}:${stat.mode}`;
}

/** Files that hold no content and that tools leave behind; accepted and never read. */
const KEEP_FILES = new Set([".gitkeep"]);

const REFUSED_CODE = /\.(?:[cm]?js|[cm]?ts|jsx|tsx|json|njk|liquid|html?|11ty\.\w+)$/i;

/** Why a file is refused, in words a contributor can act on. */
function refusal(path: string, what: string): Problem {
  const code = REFUSED_CODE.test(path) || path.includes(".11tydata.")
    ? "; code, data files and templates are never read from the content folders"
    : "";
  return { file: path, line: 1, field: "-", message: `${what}${code}` };
}

/**
 * Lists the archive's content files under `root` and refuses everything else.
 * @example scanContent("/path/to/archive").articles[0] // "articles/2018/2018-01-24-slug.md"
 */
export function scanContent(root: string): ContentFiles {
  const problems: Problem[] = [];
  const articles: string[] = [];
  const stats = new Map<string, string>();
  const registries = Object.fromEntries(REGISTRY_KINDS.map((k) => [k, [] as string[]])) as Record<RegistryKind, string[]>;
  let site = false;

  /** Entries of a folder with their lstat, symbolic links refused; `undefined` when absent. */
  const list = (rel: string): { name: string; path: string; stat: BigIntStats }[] | undefined => {
    let names: string[];
    try {
      if (lstatSync(join(root, rel)).isSymbolicLink()) {
        problems.push(refusal(rel, "a symbolic link: the content folders hold real files only, and links are never followed"));
        return undefined;
      }
      names = readdirSync(join(root, rel)).sort();
    } catch {
      return undefined;
    }
    const out = [];
    for (const name of names) {
      const path = `${rel}/${name}`;
      // In nanoseconds: an article file's is its read cache key too (statKey).
      const stat = lstatSync(join(root, path), { bigint: true });
      if (stat.isSymbolicLink()) {
        problems.push(refusal(path, "a symbolic link: the content folders hold real files only, and links are never followed"));
        continue;
      }
      if (KEEP_FILES.has(name) && stat.isFile()) continue;
      if (!stat.isFile() && !stat.isDirectory()) {
        problems.push(refusal(path, "not a regular file or folder"));
        continue;
      }
      out.push({ name, path, stat });
    }
    return out;
  };

  const walkArticles = (rel: string) => {
    for (const { name, path, stat } of list(rel) ?? []) {
      if (stat.isDirectory()) walkArticles(path);
      else if (name.endsWith(".md") && !name.startsWith(".")) {
        articles.push(path);
        stats.set(path, statKey(stat));
      }
      else problems.push(refusal(path, "not an article: articles/ holds only articles, named articles/YYYY/YYYY-MM-DD-slug.md"));
    }
  };
  walkArticles("articles");

  const kinds = new Set<string>(REGISTRY_KINDS);
  for (const { name, path, stat } of list("_data") ?? []) {
    if (stat.isDirectory() && kinds.has(name)) {
      for (const entry of list(path) ?? []) {
        if (entry.stat.isFile() && entry.name.endsWith(".yaml") && !entry.name.startsWith(".")) registries[name as RegistryKind].push(entry.path);
        else if (entry.stat.isFile() && entry.name.endsWith(".yml")) problems.push(refusal(entry.path, `registry files end in .yaml: rename it ${entry.name.replace(/\.yml$/, ".yaml")}`));
        else problems.push(refusal(entry.path, `not a registry file: _data/${name}/ holds only <id>.yaml files`));
      }
    } else if (stat.isFile() && name === "site.yaml") {
      site = true;
    } else {
      problems.push(
        refusal(path, `not part of the archive: _data/ holds site.yaml and the folders ${REGISTRY_KINDS.join(", ")}, each of <id>.yaml files`),
      );
    }
  }
  return { articles, stats, registries, site, problems };
}

/**
 * Reads one content file as text, refusing it unread when it is larger than `maxBytes` (so a
 * 20 MB file costs nothing) or is not UTF-8. Opened without following a link at the last step.
 */
export function readContentText(root: string, file: string, maxBytes: number): { text?: string; problems: Problem[] } {
  let fd: number;
  try {
    fd = openSync(join(root, file), constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message = code === "ELOOP" ? "a symbolic link: content files are real files, and links are never followed" : code === "ENOENT" ? "the file is missing" : `cannot be read (${code})`;
    return { problems: [{ file, line: 1, field: "-", message }] };
  }
  try {
    const size = fstatSync(fd).size;
    if (size > maxBytes) {
      const bytes = (n: number) => `${n.toLocaleString("en")} bytes`;
      const limit = maxBytes >= 1024 * 1024 ? `${maxBytes / 1024 / 1024} MB` : `${maxBytes / 1024} KB`;
      return { problems: [{ file, line: 1, field: "-", message: `the file is ${bytes(size)}, over the limit of ${limit} (${bytes(maxBytes)})` }] };
    }
    const bytes = Buffer.alloc(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, bytes, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return decodeText(bytes.subarray(0, read), file);
  } finally {
    closeSync(fd);
  }
}
