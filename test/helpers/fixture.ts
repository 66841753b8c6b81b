/**
 * Fixture archives: a temporary folder with the repository's templates and the given content
 * files, built with the real build.
 */
import { createHash } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, sep } from "node:path";
import { afterAll, beforeAll } from "vitest";
import { readArchive } from "../../src/archive.ts";
import { buildSite, PACKAGE_ROOT, type BuildOptions } from "../../src/build.ts";
import { formatProblem } from "../../src/content/problems.ts";

export const SITE_YAML = `title: Fixture Archive\nurl: https://archive.example.org\nlanguage: en\n`;

/** Writes `files` (path → text or bytes) into a new archive folder with the repository's templates. */
export function makeArchive(files: Record<string, string | Uint8Array>, options: { site?: string } = {}): string {
  const root = mkdtempSync(join(tmpdir(), "morgue-fixture-"));
  for (const dir of ["_includes", "pages", "assets"]) cpSync(join(PACKAGE_ROOT, dir), join(root, dir), { recursive: true });
  writeFile(root, "_data/site.yaml", options.site ?? SITE_YAML);
  for (const [path, text] of Object.entries(files)) writeFile(root, path, text);
  return root;
}

export function writeFile(root: string, path: string, text: string | Uint8Array): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

/** Builds a fixture archive into `<root>/_site`. */
export async function buildArchive(root: string, options: Partial<BuildOptions> = {}) {
  return buildSite({ root, ...options });
}

/** Reads a built page by its URL path, e.g. `/people/ada/`. */
export function page(site: string, urlPath: string): string {
  const file = urlPath.endsWith("/") ? `${urlPath}index.html` : urlPath;
  return readFileSync(join(site, file), "utf8");
}

/** Every file of a built site with its SHA-256, by path: two sites compare file for file. */
export function fileHashes(site: string): Record<string, string> {
  const out: Record<string, string> = {};
  const files = readdirSync(site, { recursive: true, encoding: "utf8" }).filter((f) => statSync(join(site, f)).isFile());
  for (const file of files.sort()) out[file.split(sep).join("/")] = createHash("sha256").update(readFileSync(join(site, file))).digest("hex");
  return out;
}

export function removeArchive(root: string): void {
  rmSync(root, { recursive: true, force: true });
}

/** An article file's text from front matter fields (YAML lines) and a body. */
export function article(frontMatter: string, body = "Some words of the story.\n"): string {
  return `---\n${frontMatter.trim()}\n---\n${body}`;
}

/**
 * In a test file: a fixture archive of `files`, built once before its tests and removed after.
 * Read `site` (the built folder) and `root` inside tests.
 */
export function useBuiltArchive(files: Record<string, string | Uint8Array>, options: Partial<BuildOptions> = {}, archive: { site?: string } = {}) {
  const handle = { root: "", site: "" };
  beforeAll(async () => {
    handle.root = makeArchive(files, archive);
    handle.site = (await buildArchive(handle.root, options)).output;
  });
  afterAll(() => removeArchive(handle.root));
  return handle;
}

/** What `npm run check` prints for an archive of `files`, one `path:line: field: message` each. */
export function checkLines(files: Record<string, string>): string[] {
  const root = makeArchive(files);
  try {
    return readArchive(root).problems.map(formatProblem);
  } finally {
    removeArchive(root);
  }
}
