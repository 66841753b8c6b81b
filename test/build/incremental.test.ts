/**
 * Incremental builds (issue 12, item 3): after each change to a small archive (an article's
 * text or headline edited, an article added in a new year, one deleted, a person renamed, an
 * alias added), a build that starts from the previous build's site and manifest renders only
 * what changed, and its site is the same, file for file and search index included, as a full
 * build of the same archive into a fresh folder.
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, type BuildOptions, type BuildResult } from "../../src/build.ts";
import { readCachePath } from "../../src/archive/read-cache.ts";
import { ContentError } from "../../src/content/problems.ts";
import { applyFolder, beginApply } from "../../src/incremental/apply.ts";
import { manifestPath, type BuildManifest } from "../../src/incremental/manifest.ts";
import { SEARCH_FILES } from "../browser/search-fixture.ts";
import { article, fileHashes, makeArchive, removeArchive, writeFile } from "../helpers/fixture.ts";

const TODAY = "2026-01-15";
const INVITE = "articles/2018/2018-01-24-denver-mayor-turns-down-white-house-invite.md";
const RATES = "articles/2016/2016-05-10-denver-council-debates-water-rates.md";
const NEW = "articles/2021/2021-03-09-reservoir-fills-early.md";
/** A 1×1 PNG; the same with a byte after its end is another image of the same size. */
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");
const FILES = { ...SEARCH_FILES, "media/2018/map.png": PNG };

/**
 * The archive's changes, in order, each with what its incremental build should show: the article
 * files it parses anew (`parsed`: the edited, added or aliased one; none after a rename, which
 * changes a registry file, whose references every article is checked against), and the search
 * shards it indexes again and, of those, the ones it starts before it works out which pages
 * changed (`shards`: an edited, added or deleted article's; after a registry or day change, none early).
 */
const STEPS: { name: string; change: (root: string) => void; day?: string; parsed: number; shards: [indexed: number, early: number] }[] = [
  { name: "an article's body edited", change: (root) => edit(root, INVITE, "threatened sanctuary cities", "threatened so-called sanctuary cities"), parsed: 1, shards: [1, 1] },
  { name: "an article's headline edited", change: (root) => edit(root, RATES, "title: Denver council debates water rates", "title: Denver council argues over water rates"), parsed: 1, shards: [1, 1] },
  {
    name: "an article added in a new year and month",
    change: (root) => writeFile(root, NEW, article("title: Reservoir fills early\ndate: 2021-03-09\npeople: [ben-okafor]\njurisdictions: [aurora]\ntopics: [water]", "The basin was full by March.\n")),
    parsed: 1,
    shards: [1, 1],
  },
  { name: "a person renamed in the registry", change: (root) => writeFile(root, "_data/people/ben-okafor.yaml", "name: Benjamin Okafor\n"), parsed: 0, shards: [2, 0] },
  { name: "an alias added to an article", change: (root) => edit(root, RATES, "date: 2016-05-10\n", "date: 2016-05-10\naliases: [/news/rates.html]\n"), parsed: 1, shards: [1, 1] },
  { name: "an article deleted", change: (root) => rmSync(join(root, NEW)), parsed: 0, shards: [1, 1] },
  { name: "an image added in a folder of its own", change: (root) => writeFile(root, "media/2019/chart.png", PNG), parsed: 0, shards: [0, 0] },
  { name: "an image replaced", change: (root) => writeFile(root, "media/2018/map.png", Buffer.concat([PNG, Buffer.from([0])])), parsed: 0, shards: [0, 0] },
  // The size the copy's, the time not: the bytes are compared.
  { name: "an image replaced by one of the same size", change: (root) => writeFile(root, "media/2018/map.png", Buffer.concat([PNG, Buffer.from([1])])), parsed: 0, shards: [0, 0] },
  { name: "an image deleted, and its folder with it", change: (root) => rmSync(join(root, "media/2019"), { recursive: true }), parsed: 0, shards: [0, 0] },
  { name: "the build's day changed (an empty feed's date)", change: () => undefined, day: "2026-01-16", parsed: 0, shards: [0, 0] },
  { name: "nothing changed", change: () => undefined, day: "2026-01-16", parsed: 0, shards: [0, 0] },
];

/** The files two sites (path → hash) do not have alike. */
function differing(a: Record<string, string>, b: Record<string, string>): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((file) => a[file] !== b[file]).sort();
}

function edit(root: string, file: string, from: string, to: string): void {
  const text = readFileSync(join(root, file), "utf8");
  if (!text.includes(from)) throw new Error(`${file} does not hold "${from}"`);
  writeFile(root, file, text.replace(from, to));
}

let root = "";
let work = "";
const results: { step: string; incremental: BuildResult; differing: string[]; folders: string[]; previousTouched: string[] }[] = [];

/** A site's folders, as a set of paths to compare as {@link fileHashes} are. */
function folders(site: string): Record<string, string> {
  const dirs = readdirSync(site, { recursive: true, withFileTypes: true }).filter((entry) => entry.isDirectory());
  return Object.fromEntries(dirs.map((entry) => [join(entry.parentPath, entry.name).slice(site.length + 1), "folder"]));
}

/** Search shards of two articles and list runs of 7 pages: the shards a change touches are indexed again, the others kept. */
const OPTIONS: Partial<BuildOptions> = { today: TODAY, searchShardSize: 2, listRunSize: 7 };

beforeAll(async () => {
  root = makeArchive(FILES);
  work = mkdtempSync(join(tmpdir(), "morgue-incremental-"));
  const site = join(work, "site");
  await buildSite({ root, output: site, ...OPTIONS });
  for (const [i, step] of STEPS.entries()) {
    step.change(root);
    const options = { ...OPTIONS, today: step.day ?? TODAY };
    // The previous site's files, kept through hard links of their own: a build that wrote
    // through one of its links into the previous site would change them.
    const aside = join(work, `previous-${i}`);
    execFileSync("cp", ["-al", site, aside]);
    const before = fileHashes(aside);
    const incremental = await buildSite({ root, output: site, listChanges: true, ...options });
    const full = await buildSite({ root, output: join(work, "full"), full: true, ...options });
    results.push({ step: step.name, incremental, differing: differing(fileHashes(site), fileHashes(full.output)), folders: differing(folders(site), folders(full.output)), previousTouched: differing(before, fileHashes(aside)) });
  }
}, 600_000);
afterAll(() => {
  removeArchive(root);
  rmSync(work, { recursive: true, force: true });
});

describe("an incremental build", () => {
  it.each(STEPS.map((step, i) => [step.name, i] as const))("after %s, is the full build's site, file for file", (_name, i) => {
    const result = results[i]!;
    expect(result.incremental.incremental, "the build was incremental").toBeDefined();
    expect(result.differing).toEqual([]);
    expect(result.folders, "folders the full build does not have, or lacks").toEqual([]);
  });

  it.each(STEPS.map((step, i) => [step.name, i] as const))("after %s, left every file of the previous site as it was", (_name, i) => {
    expect(results[i]!.previousTouched).toEqual([]);
  });

  it("renders again only the pages an edit of one article's text changes, and keeps the rest", () => {
    const edited = results[0]!.incremental;
    // The article, its person, place and topic pages, its day, month and year, the feeds that list it …
    expect(edited.pagesWritten).toBeLessThanOrEqual(40);
    expect(edited.incremental!.pagesKept).toBeGreaterThan(30);
    // One of the four search shards is indexed again.
    expect(edited.incremental!.shardsIndexed).toBe(1);
  });

  it("indexes again, for an article in a new month, only the newest shards, and keeps the older ones", () => {
    const added = results[2]!;
    expect(added.step).toBe("an article added in a new year and month");
    expect(added.incremental.incremental).toMatchObject({ shardsIndexed: 1, shardsKept: 3 });
  });

  it("lists the files that differ from the previous site: an edited article's page, a deleted one's", () => {
    const edited = results[0]!.incremental.changes!;
    expect(edited.written).toContain("2018/01/24/denver-mayor-turns-down-white-house-invite/index.html");
    expect(edited.written).not.toContain("2016/05/10/denver-council-debates-water-rates/index.html");
    // Only the edited shard's search files, whose names are their contents' hashes, are gone.
    expect(edited.deleted.filter((file) => !file.startsWith("pagefind/"))).toEqual([]);
    const deleted = results[5]!.incremental.changes!;
    expect(results[5]!.step).toBe("an article deleted");
    expect(deleted.deleted).toContain("2021/03/09/reservoir-fills-early/index.html");
  });

  it("parses again only the article files whose text changed, and checks registries against every article", () => {
    expect(results.map((r) => [r.step, r.incremental.reread])).toEqual(STEPS.map((step) => [step.name, step.parsed]));
  });

  it("indexes an edited, added or deleted article's shard while it works out which pages changed, and after a registry or the day changed, once it knows", () => {
    expect(results.map((r) => [r.step, r.incremental.incremental!.shardsIndexed, r.incremental.incremental!.shardsIndexedEarly])).toEqual(STEPS.map((step) => [step.name, ...step.shards]));
  });

  it("renders nothing but the site's single pages when nothing changed", () => {
    const same = results[STEPS.length - 1]!.incremental;
    expect(same.incremental!.shardsIndexed).toBe(0);
    expect(same.pagesWritten).toBeLessThan(15);
  });

  it("renders again every page that shows a renamed person", () => {
    const renamed = results[3]!.incremental;
    const full = Object.keys(fileHashes(join(work, "full"))).filter((f) => f.endsWith(".html")).length;
    expect(renamed.pagesWritten).toBeGreaterThan(5);
    expect(renamed.pagesWritten).toBeLessThan(full);
  });
});

describe("an incremental build of an archive whose search index is one shard", () => {
  it("indexes the shard again and is the full build's site, file for file", async () => {
    const small = makeArchive(SEARCH_FILES);
    try {
      const site = join(small, "_site");
      await buildSite({ root: small, today: TODAY });
      edit(small, INVITE, "threatened sanctuary cities", "threatened so-called sanctuary cities");
      const incremental = await buildSite({ root: small, today: TODAY });
      const full = await buildSite({ root: small, output: join(work, "one-shard-full"), full: true, today: TODAY });
      expect(incremental.incremental).toMatchObject({ shardsIndexed: 1, shardsKept: 0 });
      expect(differing(fileHashes(site), fileHashes(full.output))).toEqual([]);
      const same = await buildSite({ root: small, today: TODAY });
      expect(same.incremental).toMatchObject({ shardsIndexed: 0, shardsKept: 1 });
      expect(differing(fileHashes(site), fileHashes(full.output))).toEqual([]);
    } finally {
      removeArchive(small);
    }
  }, 120_000);
});

describe("an incremental build stopped while it moved its changes into the site", () => {
  /**
   * The state a build killed midway through its apply leaves (src/incremental/apply.ts): the
   * previous site with some of the changed files moved in and some deletions done, the rest in
   * the overlay, the journal beside. Made from a real incremental build's changes; returns the
   * site that build made, by file hashes.
   */
  async function interrupted(small: string): Promise<Record<string, string>> {
    const site = join(small, "_site");
    const options = { root: small, today: TODAY, searchShardSize: 2 };
    await buildSite(options);
    const before = join(small, "before");
    cpSync(site, before, { recursive: true });
    edit(small, INVITE, "threatened sanctuary cities", "threatened so-called sanctuary cities");
    const { changes } = await buildSite({ ...options, listChanges: true });
    const after = fileHashes(site);
    const manifest = JSON.parse(readFileSync(manifestPath(site), "utf8")) as BuildManifest;
    const overlay = join(small, "overlay");
    for (const file of changes!.written) {
      mkdirSync(dirname(join(overlay, file)), { recursive: true });
      cpSync(join(site, file), join(overlay, file));
    }
    rmSync(site, { recursive: true });
    renameSync(before, site);
    beginApply(site, overlay, changes!.deleted, manifest);
    const moving = readdirSync(applyFolder(site), { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html") || f.endsWith(".json"));
    expect(moving.length).toBeGreaterThan(4);
    for (const file of moving.slice(0, moving.length / 2)) renameSync(join(applyFolder(site), file), join(site, file));
    expect(changes!.deleted.length).toBeGreaterThan(2);
    for (const file of changes!.deleted.slice(0, 2)) rmSync(join(site, file));
    expect(existsSync(manifestPath(site))).toBe(false);
    return after;
  }

  it("is finished by the next build, whose site is then the one the stopped build would have made", async () => {
    const small = makeArchive(SEARCH_FILES);
    try {
      const after = await interrupted(small);
      const next = await buildSite({ root: small, today: TODAY, searchShardSize: 2 });
      expect(next.incremental).toMatchObject({ shardsIndexed: 0 });
      expect(differing(fileHashes(join(small, "_site")), after)).toEqual([]);
      expect(existsSync(applyFolder(join(small, "_site")))).toBe(false);
    } finally {
      removeArchive(small);
    }
  }, 120_000);

  it("is built again in full when its overlay was lost, and nothing of the mixed site is left", async () => {
    const small = makeArchive(SEARCH_FILES);
    try {
      const after = await interrupted(small);
      rmSync(applyFolder(join(small, "_site")), { recursive: true });
      const next = await buildSite({ root: small, today: TODAY, searchShardSize: 2 });
      expect(next.incremental).toBeUndefined();
      expect(differing(fileHashes(join(small, "_site")), after)).toEqual([]);
    } finally {
      removeArchive(small);
    }
  }, 120_000);
});

describe("the articles as the previous build read them", () => {
  it("are ignored when their file is damaged, and the build reads every article and is right", async () => {
    const small = makeArchive(SEARCH_FILES);
    try {
      const site = join(small, "_site");
      const first = await buildSite({ root: small, today: TODAY });
      expect(first.reread).toBeGreaterThan(3);
      const records = readFileSync(readCachePath(site));
      // Cut in the middle of a record, then every byte after the header flipped.
      writeFile(small, "_site.morgue-articles", records.subarray(0, Math.floor(records.length / 2)));
      expect((await buildSite({ root: small, today: TODAY })).reread).toBe(first.reread);
      const flipped = Buffer.from(records);
      for (let i = flipped.indexOf(10) + 1; i < flipped.length; i++) flipped[i]! ^= 0xff;
      writeFile(small, "_site.morgue-articles", flipped);
      expect((await buildSite({ root: small, today: TODAY })).reread).toBe(first.reread);
      expect((await buildSite({ root: small, today: TODAY })).reread).toBe(0);
    } finally {
      removeArchive(small);
    }
  }, 120_000);

  it("are not read again while a file's size, time and inode are as they were, unless its time is too near the records'", async () => {
    const small = makeArchive(SEARCH_FILES);
    try {
      const articles = Object.keys(SEARCH_FILES).filter((f) => f.startsWith("articles/"));
      expect((await buildSite({ root: small, today: TODAY })).filesRead).toBe(articles.length);
      // Files last changed an hour ago, as in a checkout made before: their time is no longer the
      // recorded one, so they are read and hashed (not parsed), and the records take the new times.
      const hourAgo = new Date(Date.now() - 3_600_000);
      for (const file of articles) utimesSync(join(small, file), hourAgo, hourAgo);
      expect(await buildSite({ root: small, today: TODAY })).toMatchObject({ reread: 0, filesRead: articles.length });
      expect(await buildSite({ root: small, today: TODAY })).toMatchObject({ reread: 0, filesRead: 0 });
      edit(small, INVITE, "threatened sanctuary cities", "threatened so-called sanctuary cities");
      // Its time not before the records are written (as when it is written in the same clock tick):
      // another write could leave its time as it is, so it is read (and found the same) every time.
      const soon = new Date(Date.now() + 60_000);
      utimesSync(join(small, INVITE), soon, soon);
      expect(await buildSite({ root: small, today: TODAY })).toMatchObject({ reread: 1, filesRead: 1 });
      expect(await buildSite({ root: small, today: TODAY })).toMatchObject({ reread: 0, filesRead: 1 });
      utimesSync(join(small, INVITE), hourAgo, hourAgo);
      expect(await buildSite({ root: small, today: TODAY })).toMatchObject({ reread: 0, filesRead: 1 });
      expect(await buildSite({ root: small, today: TODAY })).toMatchObject({ reread: 0, filesRead: 0 });
    } finally {
      removeArchive(small);
    }
  }, 120_000);

  it("still name an unknown person in an unchanged article, with its line and field, once the registry loses them", async () => {
    const small = makeArchive(SEARCH_FILES);
    try {
      await buildSite({ root: small, today: TODAY });
      rmSync(join(small, "_data/people/ben-okafor.yaml"));
      const error = await buildSite({ root: small, today: TODAY }).then(() => undefined, (e: unknown) => e);
      expect(error).toBeInstanceOf(ContentError);
      const problems = (error as ContentError).problems.filter((p) => p.message.includes('unknown person "ben-okafor"'));
      expect(problems.length).toBeGreaterThan(0);
      for (const p of problems) expect([p.file.startsWith("articles/"), p.line > 1, /^(people|authors|events)\[/.test(p.field)]).toEqual([true, true, true]);
      // The same problems, lines and fields as a build that reads every file anew.
      const full = await buildSite({ root: small, today: TODAY, full: true }).then(() => undefined, (e: unknown) => e);
      expect((error as ContentError).problems).toEqual((full as ContentError).problems);
    } finally {
      removeArchive(small);
    }
  }, 120_000);
});

describe("a full build", () => {
  it("is what `full` asks for, and writes the manifest the next build starts from beside the site", async () => {
    expect(existsSync(manifestPath(join(work, "site")))).toBe(true);
    expect(existsSync(join(work, "site", "site.morgue-manifest.json"))).toBe(false);
    const again = await buildSite({ root, output: join(work, "site"), full: true, ...OPTIONS, today: STEPS.at(-1)!.day });
    expect(again.incremental).toBeUndefined();
  }, 120_000);
});
