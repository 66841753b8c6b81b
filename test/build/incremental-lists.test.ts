/**
 * Long lists and incremental builds (issue 12, item 3): paged from their oldest end and numbered
 * from it, so an article added to a list of 150 changes the list's own page and no numbered page,
 * in what the pages show (the built pages) and in what an incremental build renders again (their
 * fingerprints).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readArchive } from "../../src/archive/read.ts";
import { buildSite, type BuildResult } from "../../src/build.ts";
import { allPagedLists } from "../../src/eleventy/plugin.ts";
import { pageFingerprints } from "../../src/incremental/fingerprints.ts";
import { article, fileHashes, makeArchive, page, removeArchive, writeFile } from "../helpers/fixture.ts";
import { dom } from "../helpers/html.ts";

const TODAY = "2026-01-15";

/** 150 articles about one person, one place and one topic, a day apart from 2001-01-01, each reporting an event of 1950, 1951 or 1952. */
function aLongList(): Record<string, string> {
  const files: Record<string, string> = {
    "_data/people/ada-lovelace.yaml": "name: Ada Lovelace\n",
    "_data/jurisdictions/springfield.yaml": "name: Springfield\nclassification: city\n",
    "_data/topics/weather.yaml": "name: Weather\n",
    // Named by no article, but their records name Springfield, which every article is about.
    "_data/people/grace-brown.yaml": "name: Grace Brown\nroles:\n  - title: Mayor of Springfield\n    jurisdiction: springfield\n    start: 2000-01-01\n",
    "_data/organizations/springfield-council.yaml": "name: Springfield City Council\njurisdiction: springfield\n",
  };
  for (let i = 0; i < 150; i++) {
    const day = new Date(Date.UTC(2001, 0, 1 + i)).toISOString().slice(0, 10);
    files[`articles/2001/${day}-story-${i}.md`] = article(`title: Story ${i}\ndate: ${day}\npeople: [ada-lovelace]\njurisdictions: [springfield]\ntopics: [weather]\nevents:\n  - date: "${1950 + (i % 3)}-0${1 + (i % 9)}"\n    label: Event ${i}.`);
  }
  return files;
}

const LISTS = ["/people/ada-lovelace/", "/jurisdictions/springfield/", "/topics/weather/"];

const NEWEST = article('title: The newest story\ndate: 2001-06-01\npeople: [ada-lovelace]\njurisdictions: [springfield]\ntopics: [weather]\nevents:\n  - date: "1951-01"\n    label: An event recalled.');

const root = makeArchive(aLongList());
const work = mkdtempSync(join(tmpdir(), "morgue-incremental-lists-"));
const site = join(work, "site");
let before = new Map<string, string>();
let after = new Map<string, string>();
let incremental: BuildResult;
let full: BuildResult;

// A full build of 150 articles; then the newest added, and the site built again from the
// previous one (incremental) and from nothing (full).
beforeAll(async () => {
  await buildSite({ root, output: site, today: TODAY });
  before = fingerprints();
  writeFile(root, "articles/2001/2001-06-01-story-new.md", NEWEST);
  after = fingerprints();
  incremental = await buildSite({ root, output: site, today: TODAY, listChanges: true });
  full = await buildSite({ root, output: join(work, "full"), today: TODAY, full: true });
}, 300_000);
afterAll(() => {
  removeArchive(root);
  rmSync(work, { recursive: true, force: true });
});

/** Each page of the people's, places', organizations' and topics' lists, its fingerprint by its address, for the archive as it stands. */
function fingerprints(): Map<string, string> {
  const { archive, problems } = readArchive(root, { today: TODAY });
  expect(problems).toEqual([]);
  const lists = allPagedLists(archive!);
  const byKey = pageFingerprints(archive!, lists);
  const out = new Map<string, string>();
  for (const [key, hash] of byKey) {
    const [list, url] = key.split(" ");
    if (list === "people" || list === "jurisdictions" || list === "topics" || list === "organizations" || list === "timeline") out.set(url!, hash);
  }
  return out;
}

describe("a long list, when an article joins it", () => {
  it("changes the list's own page and none of its numbered pages, for every list the article joins", () => {
    for (const list of LISTS) {
      expect(before.has(`${list}page/2/`), `${list} has numbered pages`).toBe(true);
      const changed = [...after.keys()].filter((url) => url.startsWith(list) && before.get(url) !== after.get(url));
      expect(changed, list).toEqual([list]);
    }
  });

  it("changes, of the timeline, only the year of the event it reports, wherever that year is in the timeline", () => {
    expect([...before.keys()].filter((url) => url.startsWith("/timeline/"))).toEqual(["/timeline/1950/", "/timeline/1951/", "/timeline/1952/"]);
    expect([...after.keys()].filter((url) => url.startsWith("/timeline/") && before.get(url) !== after.get(url))).toEqual(["/timeline/1951/"]);
    expect(incremental.changes!.written.filter((file) => file.startsWith("timeline/"))).toEqual(["timeline/1951/index.html", "timeline/index.html"]);
  });

  it("leaves the pages of those it does not name as they were, though their records name its place", () => {
    for (const url of ["/people/grace-brown/", "/organizations/springfield-council/"]) expect(after.get(url), url).toBe(before.get(url));
  });

  it("is rendered again in an incremental build as in a full one, file for file", () => {
    expect(incremental.incremental, "the build was incremental").toBeDefined();
    expect(incremental.changes!.written.filter((file) => /^(people|jurisdictions|topics)\/.*page\//.test(file))).toEqual([]);
    const a = fileHashes(site);
    const b = fileHashes(full.output);
    expect([...new Set([...Object.keys(a), ...Object.keys(b)])].filter((file) => a[file] !== b[file])).toEqual([]);
  });

  it("numbers every page's articles from the oldest, counting down, so a numbered page's numbers stay put", () => {
    // 151 articles: the list's own page the newest 51 (151 down to 101), page 2 the next 50, page 1 the oldest 50.
    const latest = dom(page(site, "/topics/weather/")).querySelector(".article-list")!;
    const oldest = dom(page(site, "/topics/weather/page/1/"));
    expect([latest.hasAttribute("reversed"), latest.getAttribute("start"), latest.children.length]).toEqual([true, "151", 51]);
    const list = oldest.querySelector(".article-list")!;
    expect([list.hasAttribute("reversed"), list.getAttribute("start"), list.children.length]).toEqual([true, "50", 50]);
    expect(list.lastElementChild?.querySelector("a")?.textContent).toBe("Story 0");
    expect(oldest.querySelector(".pager")?.textContent).toContain("Page 1, counted from the oldest");
    expect(oldest.querySelector(".pager")?.textContent).not.toContain(" of ");
  });
});
