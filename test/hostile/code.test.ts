/**
 * The attacker adds code to the content folders. None of it may run: not under `npm run check`,
 * not under `npm run build`, and not even when Eleventy renders the archive directly (as
 * `npm start`'s watch mode does), and `check` names every such file.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { readArchive } from "../../src/archive.ts";
import { PACKAGE_ROOT, renderSite } from "../../src/build.ts";
import { preloadArchive } from "../../src/eleventy/plugin.ts";
import { article, makeArchive, removeArchive, writeFile } from "../helpers/fixture.ts";

const run = promisify(execFile);
const TSX = join(PACKAGE_ROOT, "node_modules/.bin/tsx");

async function script(name: string, root: string) {
  try {
    const { stdout, stderr } = await run(TSX, [join(PACKAGE_ROOT, "scripts", name), "--root", root]);
    return { code: 0, stdout, stderr };
  } catch (e) {
    const error = e as { code: number; stdout: string; stderr: string };
    return { code: error.code, stdout: error.stdout, stderr: error.stderr };
  }
}

const markers = mkdtempSync(join(tmpdir(), "morgue-markers-"));
const roots: string[] = [];
afterAll(() => [...roots, markers].forEach(removeArchive));

/** JavaScript that leaves a file in `markers` if it ever runs. */
const cjs = (name: string) => `require("node:fs").writeFileSync(${JSON.stringify(join(markers, name))}, "ran");\nmodule.exports = { pwned: true };\n`;
const esm = (name: string) => `import { writeFileSync } from "node:fs";\nwriteFileSync(${JSON.stringify(join(markers, name))}, "ran");\nexport default { pwned: true };\n`;

/** Every file a pull request could add to get code run by the build, by path. */
const CODE_FILES: Record<string, string> = {
  "_data/evil.js": cjs("data-js"),
  "_data/evil.cjs": cjs("data-cjs"),
  "_data/evil.mjs": esm("data-mjs"),
  "_data/evil.ts": esm("data-ts"),
  "_data/evil.json": `{ "pwned": true }\n`,
  "_data/topics/evil.js": cjs("topics-js"),
  "_data/people/evil.mjs": esm("people-mjs"),
  "_data/people/evil.11tydata.js": cjs("people-11tydata"),
  "_data/evil.njk": `---\npermalink: /evil-data/index.html\n---\npwned\n`,
  "articles/articles.11tydata.js": cjs("articles-dir-data"),
  "articles/2020/2020.11tydata.cjs": cjs("year-dir-data"),
  "articles/2020/2020-01-02-fine.11tydata.js": cjs("template-data"),
  "articles/2020/2020-01-02-fine.json": `{ "title": "pwned" }\n`,
  "articles/2020/evil.njk": `---\npermalink: /evil-article/index.html\n---\npwned\n`,
  "articles/2020/evil.html": `<script>alert(1)</script>\n`,
  "pages/pages.11tydata.js": cjs("pages-dir-data"),
};

const FINE = { "articles/2020/2020-01-02-fine.md": article("title: Fine\ndate: 2020-01-02") };

describe("a pull request that adds code to the content folders", () => {
  it("is refused by npm run check, which names every file and runs none of them", async () => {
    const root = makeArchive({ ...FINE, ...CODE_FILES });
    roots.push(root);
    const { code, stderr } = await script("check.ts", root);
    expect(code).toBe(1);
    for (const path of Object.keys(CODE_FILES).filter((p) => !p.startsWith("pages/"))) {
      expect(stderr).toContain(`${path}:1: -: `);
    }
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(markers)).toEqual([]);
  });

  it("is refused by npm run build, which writes no site and runs none of them", async () => {
    const root = makeArchive({ ...FINE, ...CODE_FILES });
    roots.push(root);
    const { code, stderr } = await script("build.ts", root);
    expect(code).toBe(1);
    expect(stderr).toContain("_data/evil.mjs:1: -:");
    expect(existsSync(join(root, "_site"))).toBe(false);
    expect(readdirSync(markers)).toEqual([]);
  });

  it("is never loaded by Eleventy itself, even when it renders without the check first", async () => {
    const clean = makeArchive(FINE);
    const root = makeArchive({ ...FINE, ...CODE_FILES });
    roots.push(clean, root);
    // What a watch-mode rebuild would see: a valid archive, with the attacker's files beside it.
    preloadArchive(root, readArchive(clean).archive!);
    const output = join(root, "_out");
    await renderSite(root, output);
    expect(existsSync(join(output, "2020/01/02/fine/index.html"))).toBe(true);
    expect(existsSync(join(output, "evil-data"))).toBe(false);
    expect(existsSync(join(output, "evil-article"))).toBe(false);
    expect(readdirSync(markers)).toEqual([]);
  });
});

describe("npm run check refuses every file it does not understand", () => {
  it("names each unknown file under articles/ and _data/ by path", () => {
    const root = makeArchive({
      ...FINE,
      "articles/README.txt": "notes\n",
      "articles/2020/2020-01-03-draft.md.bak": "old\n",
      "articles/2020/.hidden.md": article("title: Hidden\ndate: 2020-01-02"),
      "_data/people.yaml": "name: Everyone\n",
      "_data/places/denver.yaml": "name: Denver\n",
      "_data/people/ada.yml": "name: Ada\n",
      "_data/people/notes.txt": "notes\n",
    });
    roots.push(root);
    const { archive, problems } = readArchive(root);
    expect(archive).toBeUndefined();
    const byFile = new Map(problems.map((p) => [p.file, p.message]));
    expect(byFile.get("articles/README.txt")).toMatch(/not an article/);
    expect(byFile.get("articles/2020/2020-01-03-draft.md.bak")).toMatch(/not an article/);
    expect(byFile.get("articles/2020/.hidden.md")).toMatch(/not an article/);
    expect(byFile.get("_data/people.yaml")).toMatch(/not part of the archive/);
    expect(byFile.get("_data/places")).toMatch(/not part of the archive/);
    expect(byFile.get("_data/people/ada.yml")).toMatch(/rename it ada\.yaml/);
    expect(byFile.get("_data/people/notes.txt")).toMatch(/not a registry file/);
  });

  it("refuses symbolic links anywhere in the content tree and never follows them", () => {
    const secret = join(markers, "secret.yaml");
    writeFileSync(secret, "name: Secret\n");
    const root = makeArchive(FINE);
    roots.push(root);
    writeFile(root, "outside/2020-01-05-linked.md", article("title: Linked\ndate: 2020-01-05"));
    mkdirSync(join(root, "_data/people"));
    symlinkSync(secret, join(root, "_data/people/secret.yaml"));
    symlinkSync(join(root, "outside/2020-01-05-linked.md"), join(root, "articles/2020/2020-01-05-linked.md"));
    symlinkSync(join(root, "outside"), join(root, "articles/2021"));
    symlinkSync(secret, join(root, "_data/site-link.yaml"));
    const { archive, problems } = readArchive(root);
    expect(archive).toBeUndefined();
    const linked = problems.filter((p) => /symbolic link/.test(p.message)).map((p) => p.file).sort();
    expect(linked).toEqual(["_data/people/secret.yaml", "_data/site-link.yaml", "articles/2020/2020-01-05-linked.md", "articles/2021"]);
  });

  it("refuses a content folder that is itself a symbolic link", () => {
    const root = makeArchive({});
    roots.push(root);
    const elsewhere = makeArchive(FINE);
    roots.push(elsewhere);
    symlinkSync(join(elsewhere, "articles"), join(root, "articles"));
    const { problems } = readArchive(root);
    expect(problems.map((p) => `${p.file}: ${p.message}`)).toEqual([expect.stringMatching(/^articles: a symbolic link/)]);
  });
});
