import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../../src/build.ts";
import { article, makeArchive, removeArchive } from "../helpers/fixture.ts";

const run = promisify(execFile);
const TSX = join(PACKAGE_ROOT, "node_modules/.bin/tsx");

/** Runs a script with the archive at `root`, returning its exit code and output. */
async function script(name: string, root: string, ...args: string[]) {
  try {
    const { stdout, stderr } = await run(TSX, [join(PACKAGE_ROOT, "scripts", name), "--root", root, ...args]);
    return { code: 0, stdout, stderr };
  } catch (e) {
    const error = e as { code: number; stdout: string; stderr: string };
    return { code: error.code, stdout: error.stdout, stderr: error.stderr };
  }
}

const roots: string[] = [];
afterAll(() => roots.forEach(removeArchive));

describe("npm run check", () => {
  it("says all is well and exits 0 for a valid archive", async () => {
    const root = makeArchive({ "articles/2020/2020-01-02-fine.md": article("title: Fine\ndate: 2020-01-02") });
    roots.push(root);
    const { code, stdout } = await script("check.ts", root);
    expect(code).toBe(0);
    expect(stdout).toContain("All good: 1 articles");
  });

  it("prints every problem as path:line: field: message and exits 1, without a stack trace", async () => {
    const root = makeArchive({
      "articles/2020/2020-01-02-broken.md": article("title: Broken\ndate: 2020-01-03\npeople: [nobody]"),
      "articles/2020/2020-01-04-untitled.md": article("date: 2020-01-04"),
    });
    roots.push(root);
    const { code, stderr } = await script("check.ts", root);
    expect(code).toBe(1);
    expect(stderr).toContain("articles/2020/2020-01-02-broken.md:3: date: the date 2020-01-03 disagrees with the file name");
    expect(stderr).toContain('articles/2020/2020-01-02-broken.md:4: people[0]: unknown person "nobody"');
    expect(stderr).toContain("articles/2020/2020-01-04-untitled.md:2: title: is required");
    expect(stderr).toMatch(/^3 problems in the archive's content:/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe("npm run check on articles' old addresses", () => {
  it("reports in one run an alias two articles claim, an alias that is another article's address and a hostile one, and exits 1", async () => {
    const root = makeArchive({
      "articles/2020/2020-01-02-first.md": article("title: First\ndate: 2020-01-02\naliases: [/2020/01/01/old/, /2020/01/03/second/]"),
      "articles/2020/2020-01-03-second.md": article("title: Second\ndate: 2020-01-03\naliases: [/2020/01/01/OLD, https://evil.example/]"),
    });
    roots.push(root);
    const { code, stderr } = await script("check.ts", root);
    expect(code).toBe(1);
    expect(stderr.split("\n").slice(1, -1)).toEqual([
      "articles/2020/2020-01-02-first.md:4: aliases[1]: /2020/01/03/second/ is the address of articles/2020/2020-01-03-second.md; an address belongs to one article only",
      "articles/2020/2020-01-03-second.md:4: aliases[0]: /2020/01/01/OLD/ is already an alias of articles/2020/2020-01-02-first.md (line 4); an old address can send visitors to one article only",
      "articles/2020/2020-01-03-second.md:4: aliases[1]: an alias is a path on this site, such as /2018/01/23/old-slug/, never an address with a scheme or a host; write only the path",
    ]);
  });
});

describe("npm run build", () => {
  it("refuses to build a broken archive and says nothing was built", async () => {
    const root = makeArchive({ "articles/2020/2020-01-04-untitled.md": article("date: 2020-01-04") });
    roots.push(root);
    const { code, stderr } = await script("build.ts", root);
    expect(code).toBe(1);
    expect(stderr).toContain("articles/2020/2020-01-04-untitled.md:2: title: is required");
    expect(stderr).toContain("Nothing was built.");
  });
});
