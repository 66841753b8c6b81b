/**
 * Folder trees walked for their files. The content tree (`src/content/tree.ts`) and the media
 * folder (`src/content/media.ts`) have walks of their own, which refuse what an archive may
 * not hold; this one is for plain folders: import inputs, built sites, test output.
 */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

export interface WalkOptions {
  /** leave out files and folders whose names start with a dot */
  skipHidden?: boolean;
}

/**
 * Every file under `dir`, by path (`dir` joined with the names below it), in name order, each
 * folder's files where the folder sorts. Symbolic links are followed.
 * @example walkFiles("_site").filter((f) => f.endsWith(".html"))
 */
export function walkFiles(dir: string, options: WalkOptions = {}): string[] {
  const out: string[] = [];
  const walk = (path: string) => {
    for (const entry of readdirSync(path, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (options.skipHidden && entry.name.startsWith(".")) continue;
      const full = join(path, entry.name);
      const isDirectory = entry.isSymbolicLink() ? statSync(full).isDirectory() : entry.isDirectory();
      if (isDirectory) walk(full);
      else out.push(full);
    }
  };
  walk(dir);
  return out;
}
