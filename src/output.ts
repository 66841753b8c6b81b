/**
 * The output folder: the build replaces it wholesale, so it must be a folder the build made.
 * Every output gets a marker file; a folder that is not empty and has no marker is somebody
 * else's, and the build refuses it rather than delete it. The swap puts the previous site back
 * when the new one cannot be moved into place.
 */
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, renameSync, rmdirSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, sep } from "node:path";
import { spawn } from "node:child_process";

/** The file every build writes into its output: a folder holding it may be replaced. */
export const BUILD_MARKER = ".morgue-build";

// Fixed text, so two builds of the same archive stay byte-identical.
const MARKER_TEXT = "This folder is a site built by Morgue. The next build replaces all of it.\n";

/** Marks `folder` as a build's output. */
export function markBuild(folder: string): void {
  writeFileSync(join(folder, BUILD_MARKER), MARKER_TEXT);
}

/** True when `inner` is `outer` or inside it. */
function within(inner: string, outer: string): boolean {
  const rel = relative(outer, inner);
  return rel === "" || (rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** `path` with symbolic links resolved as far as it exists, so a link cannot disguise a folder. */
function realPath(path: string): string {
  const parent = dirname(path);
  if (existsSync(path)) return realpathSync.native(path);
  return parent === path ? path : join(realPath(parent), basename(path));
}

/**
 * Why the build may not replace `output`, or undefined when it may: it is (or holds) the
 * archive or the repository, it looks like a project or an archive, or it is a folder of
 * somebody else's files.
 * @example outputRefusal("/home/me/archive", ["/home/me/archive"]) // "it is the archive's own folder"
 */
export function outputRefusal(output: string, protectedFolders: { path: string; name: string }[]): string | undefined {
  const real = realPath(output);
  for (const { path, name } of protectedFolders) {
    const protectedReal = realPath(path);
    if (real === protectedReal) return `it is ${name}`;
    if (within(protectedReal, real)) return `it holds ${name} (${path})`;
  }
  const stat = lstatSync(output, { throwIfNoEntry: false });
  if (!stat) return undefined;
  if (stat.isSymbolicLink()) return "it is a symbolic link; give the folder it points to, if that is a previous build";
  if (!stat.isDirectory()) return "it is a file, not a folder";
  const entries = readdirSync(output);
  if (entries.includes("package.json")) return "it holds package.json, so it looks like a project, not a built site";
  if (entries.includes("articles")) return "it holds articles/, so it looks like an archive, not a built site";
  if (entries.length > 0 && !entries.includes(BUILD_MARKER)) {
    return `it is not empty and is not a previous build (it has no ${BUILD_MARKER} file). If it is a site built before builds were marked, delete it yourself and build again`;
  }
  return undefined;
}

/** Throws when the build may not replace `output`; see {@link outputRefusal}. */
export function assertSafeOutput(output: string, protectedFolders: { path: string; name: string }[]): void {
  const why = outputRefusal(output, protectedFolders);
  if (why) throw new Error(`refusing to write the site to ${output}: ${why}. The build replaces its output folder entirely; choose a new or empty folder, or a previous build's.`);
}

/**
 * A new, empty staging folder beside `output` (same file system, so the swap is a rename). Its
 * name holds the building process's id (`_site.tmp-4242-Ab12Cd`), so that a later build can tell
 * the staging folder of a build that was stopped (Ctrl-C, the machine out of memory, a CI
 * timeout) from that of a build still running, and delete the first ({@link sweepStaleStaging}).
 */
export function makeStaging(output: string): string {
  mkdirSync(dirname(output), { recursive: true });
  sweepOldSites(output);
  sweepStaleStaging(output);
  return mkdtempSync(`${output}.tmp-${process.pid}-`);
}

/**
 * Moves `staging` into place as `output`. A previous build is moved aside first and deleted
 * (in the background) only once the new site is in place; if the new site cannot be moved in,
 * the previous one is put back and the error rethrown.
 */
export function swapInto(staging: string, output: string): void {
  if (!existsSync(output)) {
    renameSync(staging, output);
    return;
  }
  // A fresh folder to hold the previous site, so the rename never lands on anything that exists.
  const aside = mkdtempSync(`${output}.old-`);
  const previous = join(aside, "site");
  try {
    renameSync(output, previous);
  } catch (error) {
    rmdirSync(aside);
    throw error;
  }
  try {
    renameSync(staging, output);
  } catch (error) {
    try {
      renameSync(previous, output);
    } catch {
      throw new Error(`the new site could not be moved into ${output}, nor the previous one back; the previous site is in ${previous}`, { cause: error });
    }
    rmdirSync(aside);
    throw error;
  }
  deleteInBackground(aside);
}

/**
 * Deletes `folder` in a process of its own that the build does not wait for: the previous site
 * of a large archive is hundreds of thousands of files (most of them links an incremental build
 * made), and deleting them one by one took longer than the rest of an incremental build (9.7 s
 * of 28 at 10,000 articles; BENCHMARKS.md, "Incremental builds"). The new site is in place
 * before; a deletion cut short (the machine stopped) leaves a `<output>.old-…` folder, which the
 * next build deletes ({@link sweepOldSites}).
 */
export function deleteInBackground(folder: string): void {
  try {
    const child = spawn(process.execPath, ["-e", "require('node:fs').rmSync(process.argv[1], { recursive: true, force: true })", folder], { detached: true, stdio: "ignore" });
    child.on("error", () => rmSync(folder, { recursive: true, force: true }));
    child.unref();
  } catch {
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * Staging folders beside `output` of builds that stopped before they could delete their own:
 * deleted, in the background. A stopped build of a large archive leaves gigabytes there, and
 * every build after would carry them on disk. A folder whose builder is still running (another
 * build of the same output) is left alone; one named before names held a process id is deleted.
 */
export function sweepStaleStaging(output: string): void {
  const prefix = `${basename(output)}.tmp-`;
  for (const name of besideOutput(output)) {
    if (!name.startsWith(prefix)) continue;
    const pid = /^(\d+)-/.exec(name.slice(prefix.length))?.[1];
    if (pid === undefined || !processRuns(Number(pid))) deleteInBackground(join(dirname(output), name));
  }
}

/** True when a process with id `pid` runs on this machine (one of another user's included). */
function processRuns(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The names of the files and folders beside `output`; none when its parent cannot be read. */
function besideOutput(output: string): string[] {
  try {
    return readdirSync(dirname(output));
  } catch {
    return [];
  }
}

/** Previous sites an earlier build moved aside beside `output` and did not finish deleting: deleted, in the background. */
export function sweepOldSites(output: string): void {
  const prefix = `${basename(output)}.old-`;
  for (const name of besideOutput(output)) if (name.startsWith(prefix)) deleteInBackground(join(dirname(output), name));
}
