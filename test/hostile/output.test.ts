/**
 * A mistyped or malicious `--output` must not delete anybody's files: the build replaces only
 * a folder it made, and a swap that fails leaves the previous site in place.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { PACKAGE_ROOT } from "../../src/build.ts";
import { BUILD_MARKER, outputRefusal } from "../../src/output.ts";
import { article, buildArchive, makeArchive, removeArchive, writeFile } from "../helpers/fixture.ts";

// The swap's renames go through this mock so one test can make moving the new site in fail.
const swap = vi.hoisted(() => ({ failMovingIn: false }));
vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs")>();
  const renameSync: typeof fs.renameSync = (from, to) => {
    if (swap.failMovingIn && /\.tmp-[^/\\]*$/.test(String(from))) throw Object.assign(new Error("EXDEV: simulated"), { code: "EXDEV" });
    return fs.renameSync(from, to);
  };
  return { ...fs, renameSync, default: { ...fs, renameSync } };
});

const FILES = {
  "_data/people/rex-reporter.yaml": "name: Rex Reporter\n",
  "articles/2018/2018-03-01-council-passes-budget.md": article("title: Council passes budget\ndate: 2018-03-01\nauthors: [rex-reporter]"),
};

/** Every file under `folder` with its text, to show that a refused folder was left alone. */
function snapshot(folder: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      files[relative(folder, path)] = readFileSync(path, "base64");
    }
  }
  return files;
}

// The archive, and a folder beside it for the output folders under test.
let root = "";
let scratch = "";
beforeAll(() => {
  root = makeArchive(FILES);
  scratch = mkdtempSync(join(tmpdir(), "morgue-output-"));
});
afterAll(() => {
  removeArchive(root);
  removeArchive(scratch);
});

describe("the build refuses an output folder it did not make", () => {
  it("refuses the archive's own folder and leaves its files untouched", async () => {
    const before = snapshot(root);
    await expect(buildArchive(root, { output: root })).rejects.toThrow(`refusing to write the site to ${root}: it is the archive's own folder`);
    expect(snapshot(root)).toEqual(before);
  });

  it("refuses a folder that holds the archive", async () => {
    const outer = join(scratch, "outer");
    const nested = join(outer, "archive");
    // A copy of the fixture inside `outer`, so that `outer` is the archive's parent.
    cpSync(root, nested, { recursive: true });
    const before = snapshot(outer);
    await expect(buildArchive(nested, { output: outer })).rejects.toThrow(`refusing to write the site to ${outer}: it holds the archive's own folder`);
    expect(snapshot(outer)).toEqual(before);
  });

  it("refuses the repository and any folder holding it, without building", () => {
    const protectedFolders = [{ path: PACKAGE_ROOT, name: "Morgue's own folder, the repository" }];
    expect(outputRefusal(PACKAGE_ROOT, protectedFolders)).toBe("it is Morgue's own folder, the repository");
    expect(outputRefusal(join(PACKAGE_ROOT, ".."), protectedFolders)).toMatch(/^it holds Morgue's own folder/);
    expect(outputRefusal(join(PACKAGE_ROOT, "src", ".."), protectedFolders)).toBe("it is Morgue's own folder, the repository");
  });

  it("refuses a link to the archive's folder", async () => {
    const link = join(scratch, "link-to-archive");
    symlinkSync(root, link);
    const before = snapshot(root);
    await expect(buildArchive(root, { output: link })).rejects.toThrow(`refusing to write the site to ${link}: it is the archive's own folder`);
    expect(snapshot(root)).toEqual(before);
  });

  it("refuses a folder holding package.json, even one marked as a build", async () => {
    const output = join(scratch, "project");
    writeFile(output, "package.json", "{}\n");
    writeFile(output, BUILD_MARKER, "");
    const before = snapshot(output);
    await expect(buildArchive(root, { output })).rejects.toThrow(`refusing to write the site to ${output}: it holds package.json`);
    expect(snapshot(output)).toEqual(before);
  });

  it("refuses a folder holding articles/, even one marked as a build", async () => {
    const output = join(scratch, "another-archive");
    writeFile(output, "articles/2018/2018-01-01-theirs.md", "their words\n");
    writeFile(output, BUILD_MARKER, "");
    const before = snapshot(output);
    await expect(buildArchive(root, { output })).rejects.toThrow(`refusing to write the site to ${output}: it holds articles/`);
    expect(snapshot(output)).toEqual(before);
  });

  it("refuses a folder of somebody else's files, and says how to tell it is not a build", async () => {
    const output = join(scratch, "documents");
    writeFile(output, "letter.txt", "Dear editor,\n");
    writeFile(output, "photos/a.jpg", "not really a photo");
    const before = snapshot(output);
    await expect(buildArchive(root, { output })).rejects.toThrow(
      `refusing to write the site to ${output}: it is not empty and is not a previous build (it has no ${BUILD_MARKER} file)`,
    );
    expect(snapshot(output)).toEqual(before);
  });

  it("refuses a file", async () => {
    const output = join(scratch, "notes.txt");
    writeFile(scratch, "notes.txt", "keep me\n");
    await expect(buildArchive(root, { output })).rejects.toThrow(`refusing to write the site to ${output}: it is a file, not a folder`);
    expect(readFileSync(output, "utf8")).toBe("keep me\n");
  });
});

describe("the build replaces its own output", () => {
  const output = () => join(scratch, "site-out");

  it("builds into an empty folder and marks it as a build", async () => {
    mkdirSync(output());
    await buildArchive(root, { output: output() });
    expect(existsSync(join(output(), "2018/03/01/council-passes-budget/index.html"))).toBe(true);
    expect(existsSync(join(output(), BUILD_MARKER))).toBe(true);
  });

  it("replaces a previous build, files the new build does not make included", async () => {
    writeFile(output(), "stale.html", "from an earlier build\n");
    await buildArchive(root, { output: output() });
    expect(existsSync(join(output(), "stale.html"))).toBe(false);
    expect(existsSync(join(output(), "2018/03/01/council-passes-budget/index.html"))).toBe(true);
    // Nothing is left beside it: no staging folder, and the folder holding the previous site is
    // deleted by a process of its own, which the build does not wait for; only the manifest and
    // the articles as read that the next build starts from (src/incremental/) stay.
    const besides = () => readdirSync(scratch).filter((name) => name.startsWith("site-out")).sort();
    for (let waited = 0; besides().some((name) => name.startsWith("site-out.old-")) && waited < 30_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
    expect(besides()).toEqual(["site-out", "site-out.morgue-articles", "site-out.morgue-manifest.json"]);
  });

  it("deletes a previous site an earlier build left half deleted beside the output, and nothing else beside it", async () => {
    writeFile(scratch, "site-out.old-abc123/site/2018/index.html", "a previous site\n");
    writeFile(scratch, "site-outside/keep.txt", "not a build's\n");
    await buildArchive(root, { output: output() });
    for (let waited = 0; existsSync(join(scratch, "site-out.old-abc123")) && waited < 30_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
    expect(existsSync(join(scratch, "site-out.old-abc123"))).toBe(false);
    expect(readFileSync(join(scratch, "site-outside/keep.txt"), "utf8")).toBe("not a build's\n");
    rmSync(join(scratch, "site-outside"), { recursive: true });
  });

  it("deletes the staging folder of a build that was stopped, not that of a build still running", async () => {
    // A build stopped midway (Ctrl-C, killed for memory) cannot delete its own staging folder.
    // Its name holds its process id: one that no longer runs, one from before names held one,
    // and this very process, which runs.
    const stopped = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" }).stdout;
    writeFile(scratch, `site-out.tmp-${stopped}-Ab12Cd/2018/index.html`, "half a site\n");
    writeFile(scratch, "site-out.tmp-Ef34Gh/2018/index.html", "half a site\n");
    writeFile(scratch, `site-out.tmp-${process.pid}-Ij56Kl/2018/index.html`, "a running build's\n");
    await buildArchive(root, { output: output() });
    const gone = (name: string) => !existsSync(join(scratch, name));
    for (let waited = 0; !(gone(`site-out.tmp-${stopped}-Ab12Cd`) && gone("site-out.tmp-Ef34Gh")) && waited < 30_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
    expect(gone(`site-out.tmp-${stopped}-Ab12Cd`)).toBe(true);
    expect(gone("site-out.tmp-Ef34Gh")).toBe(true);
    expect(readFileSync(join(scratch, `site-out.tmp-${process.pid}-Ij56Kl/2018/index.html`), "utf8")).toBe("a running build's\n");
    rmSync(join(scratch, `site-out.tmp-${process.pid}-Ij56Kl`), { recursive: true });
  });

  it("leaves the previous site in place when the new one cannot be moved in", async () => {
    writeFile(output(), "previous.html", "the previous build's page\n");
    const before = snapshot(output());
    swap.failMovingIn = true;
    try {
      await expect(buildArchive(root, { output: output() })).rejects.toThrow("EXDEV: simulated");
    } finally {
      swap.failMovingIn = false;
    }
    expect(snapshot(output())).toEqual(before);
    // (The articles as read by an earlier build stay: they are right for any site, src/archive/read-cache.ts.)
    expect(readdirSync(scratch).filter((name) => name.startsWith("site-out") && name !== "site-out.morgue-articles")).toEqual(["site-out"]);
  });

  it("refuses a search shard size that is not a whole number, leaving the previous site and no staging folder", async () => {
    const before = snapshot(output());
    await expect(buildArchive(root, { output: output(), searchShardSize: 0 })).rejects.toThrow("the search shard size should be a whole number of articles, at least 1, not 0");
    expect(snapshot(output())).toEqual(before);
    // (The articles as read by an earlier build stay: they are right for any site, src/archive/read-cache.ts.)
    expect(readdirSync(scratch).filter((name) => name.startsWith("site-out") && name !== "site-out.morgue-articles")).toEqual(["site-out"]);
  });
});
