import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { PACKAGE_ROOT, registryArchive, removeArchive } from "../helpers/ingest.ts";

const TSX = join(PACKAGE_ROOT, "node_modules/.bin/tsx");
// Standard input is not a terminal here, as in CI: `new` must not wait for answers.
const run = (script: string, args: string[]) =>
  spawnSync(TSX, [join(PACKAGE_ROOT, "scripts", script), ...args], { cwd: PACKAGE_ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

let roots: string[] = [];
afterEach(() => {
  roots.forEach(removeArchive);
  roots = [];
});

describe("the import and new commands", () => {
  it("npm run import --dry-run prints the seed's raw text as the archived article", () => {
    const result = run("import.ts", ["test/fixtures/seed-raw.txt", "--date", "2018-01-24", "--dry-run"]);
    const archived = readFileSync(join(PACKAGE_ROOT, "articles/2018/2018-01-24-after-sanctuary-cities-threat-denver-mayor-rejects-white-house-invite.md"), "utf8");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("==> articles/2018/2018-01-24-after-sanctuary-cities-threat-denver-mayor-rejects-white-house-invite.md <==");
    expect(result.stdout).toContain(archived.slice(archived.indexOf("\n---\n") + 5));
    expect(result.stderr).toContain("removed line 1 (video prompt): Watch CBS News");
  });

  it("npm run import --skip-duplicates writes one of two pages of the same story and names the file the other duplicates", () => {
    const root = registryArchive();
    roots.push(root);
    const text = readFileSync(join(PACKAGE_ROOT, "test/fixtures/seed-raw.txt"), "utf8");
    mkdirSync(join(root, "in"));
    writeFileSync(join(root, "in/a.txt"), text);
    writeFileSync(join(root, "in/b.txt"), `Home | News | Weather | Sports\n\n${text}\nShare this story\n`);
    const result = run("import.ts", [join(root, "in"), "--date", "2018-01-24", "--root", root, "--skip-duplicates"]);
    const first = "articles/2018/2018-01-24-after-sanctuary-cities-threat-denver-mayor-rejects-white-house-invite.md";
    expect(result.stderr).toContain(`${first.replace(/\.md$/, "-2.md")} (from ${join(root, "in/b.txt")}): skipped (--skip-duplicates): ${first.replace(/\.md$/, "-2.md")} looks like the same story as ${first} (100% of`);
    expect(existsSync(join(root, first))).toBe(true);
    expect(existsSync(join(root, first.replace(/\.md$/, "-2.md")))).toBe(false);
  });

  it("npm run new writes the scaffold, prints its path and the next steps", () => {
    const root = registryArchive();
    roots.push(root);
    const result = run("new.ts", ["--root", root, "--title", "Council approves snow plan", "--date", "2019-01-04", "--people", "Michael Hancock,Kristin Bronson"]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^articles\/2019\/2019-01-04-council-approves-snow-plan\.md\n\nNext:\n/);
    expect(existsSync(join(root, "articles/2019/2019-01-04-council-approves-snow-plan.md"))).toBe(true);
  });

  it("npm run new asks for a title and a date when given neither and not run in a terminal", () => {
    const result = run("new.ts", ["--root", "/nonexistent"]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("A title and a date are needed");
  });
});
