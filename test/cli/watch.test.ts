/**
 * `npm start` (src/watch.ts): the archive served over HTTP and kept current as it is edited. An
 * edited article's page is served re-rendered without a whole build; a bad edit names the file,
 * line and field and leaves the served page as it was; the whole build in the background brings
 * the lists up to date.
 */
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { watchArchive, type ArchiveWatch } from "../../src/watch.ts";
import { SEARCH_FILES, TITLES } from "../browser/search-fixture.ts";
import { makeArchive, removeArchive } from "../helpers/fixture.ts";

const FILE = "articles/2017/2017-03-15-aurora-opens-a-new-reservoir.md";
const PAGE = "2017/03/15/aurora-opens-a-new-reservoir/";

let root: string;
let site: ArchiveWatch;
const lines: string[] = [];

/** Waits until the watcher has logged a line matching `pattern` (fs events come when they come). */
async function logged(pattern: RegExp): Promise<string> {
  for (;;) {
    await site.idle();
    const line = lines.find((l) => pattern.test(l));
    if (line) return line;
    await new Promise((r) => setTimeout(r, 50));
  }
}

const served = async (path: string) => (await fetch(new URL(path, site.url))).text();

beforeAll(async () => {
  root = makeArchive(SEARCH_FILES);
  site = await watchArchive({ root, port: 19_000 + Math.floor(Math.random() * 1_000), log: (line) => lines.push(line), settleMs: 100 });
  await site.built();
}, 120_000);
afterAll(async () => {
  await site?.close();
  removeArchive(root);
});

describe("npm start", () => {
  it("serves the built site over HTTP", async () => {
    expect(lines.some((l) => l.startsWith("Built the whole site"))).toBe(true);
    expect(await served(PAGE)).toContain(TITLES.reservoir);
  });

  it("serves an edited article's page re-rendered, without waiting for a whole build", async () => {
    const text = readFileSync(join(root, FILE), "utf8");
    writeFileSync(join(root, FILE), text.replace(`title: ${TITLES.reservoir}`, "title: Aurora fills its new reservoir"));
    expect(await logged(/re-rendered in \d+ ms/)).toContain(`/${PAGE}`);
    const page = await served(PAGE);
    expect(page).toContain("Aurora fills its new reservoir");
    expect(page).not.toContain(TITLES.reservoir);
  }, 60_000);

  it("sees an edit saved the way many editors save, a new file renamed over the old, again and again", async () => {
    for (const headline of ["Aurora's reservoir fills", "Aurora fills its new reservoir"]) {
      lines.length = 0;
      const text = readFileSync(join(root, FILE), "utf8").replace(/^title: .*$/m, `title: ${headline}`);
      writeFileSync(join(root, `${FILE}.tmp`), text);
      renameSync(join(root, `${FILE}.tmp`), join(root, FILE));
      await logged(/re-rendered in \d+ ms/);
      expect(await served(PAGE)).toContain(headline.replace("'", "&#39;"));
    }
  }, 60_000);

  it("names the file, line and field of a bad edit, and keeps serving the page as it was", async () => {
    const text = readFileSync(join(root, FILE), "utf8");
    writeFileSync(join(root, FILE), text.replace("date: 2017-03-15", "date: 2017-03-45"));
    expect(await logged(/problem/)).toMatch(new RegExp(`${FILE}:\\d+: date: `));
    expect(await served(PAGE)).toContain("Aurora fills its new reservoir");
  }, 60_000);

  it("brings the lists up to date with a whole build in the background once the archive is good again", async () => {
    const text = readFileSync(join(root, FILE), "utf8");
    lines.length = 0;
    const built = site.built();
    writeFileSync(join(root, FILE), text.replace("date: 2017-03-45", "date: 2017-03-15"));
    await built;
    expect(lines.some((l) => l.startsWith("Built the whole site"))).toBe(true);
    // Ben Okafor's page lists the article under its new headline.
    expect(await served("people/ben-okafor/")).toContain("Aurora fills its new reservoir");
  }, 120_000);
});
