import { afterEach, describe, expect, it, vi } from "vitest";
import { batchContexts } from "../../src/ingest/batch.ts";
import { removeChrome, toBlocks, type BatchContext } from "../../src/ingest/text.ts";

// A maintainer imports a morgue's scrapes by the thousand: the work the importer does for a
// batch must grow with the batch, not with the batch times its sites. Four times the sites (and
// pages) must take about four times the work, not sixteen. The work is counted, not timed.

const FIRST = ["Valley", "Cedar", "River", "Harbor", "Summit", "Prairie", "Canyon", "Lake", "Mesa", "Pine", "Granite", "Willow", "Aspen", "Juniper", "Maple", "Sierra"];
const LAST = ["Dispatch", "Ledger", "Courier", "Herald", "Tribune", "Sentinel", "Gazette", "Beacon"];
const TOWNS = ["Alden", "Barrow", "Corley", "Dunmore", "Easton", "Fairview", "Glenwood", "Hartley"];

/**
 * A batch of `sites` sites' pages, three each: each site prints its name, its own menu and footer
 * lines and a sentence about itself on every page, around a story of the page's own.
 */
function batch(sites: number): string[] {
  const pages: string[] = [];
  for (let s = 0; s < sites; s++) {
    const name = `The ${FIRST[s % FIRST.length]} ${LAST[Math.floor(s / FIRST.length) % LAST.length]}`;
    for (let p = 0; p < 3; p++) {
      const town = TOWNS[(s + p) % TOWNS.length];
      const n = s * 3 + p;
      pages.push(
        [
          name,
          `Home | ${name} Local | ${name} Sports | ${name} Events`,
          `${name} Weekly Obituaries And Notices`,
          `${town} board approves plan ${n} for new road`,
          `By Ann Lee ${n}`,
          "January 29, 2020",
          `The ${town} board approved plan number ${n} on Tuesday after a long meeting with residents.`,
          `Members said plan ${n} would repave ${n + 3} miles of county road by the end of the year.`,
          `Work on plan ${n} is expected to start in the spring, the board's chair said.`,
          `${name} has covered the county's news since the paper was founded by local families.`,
          `Contact ${name} Newsroom Tips Line`,
          `${name} Terms Of Service And Privacy Policy`,
        ].join("\n\n"),
      );
    }
  }
  return pages;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("an import batch of many sites", () => {
  it("reads the batch's recurring lines with work that grows with the batch, not with the batch times its sites", () => {
    const lookups = (sites: number) => {
      const docs = batch(sites).map(toBlocks);
      const has = vi.spyOn(Set.prototype, "has");
      batchContexts(docs);
      const n = has.mock.calls.length;
      has.mockRestore();
      return n;
    };
    const small = lookups(8);
    const large = lookups(32);
    // Linear work is four times the smaller batch's; a pass over every file for each recurring line, sixteen.
    expect(large / small).toBeLessThan(6);
  });

  it("looks each recurring sentence's words up among the site names, not each name in each sentence", () => {
    const reads = (sites: number) => {
      const docs = batch(sites).map(toBlocks);
      const contexts = batchContexts(docs);
      let n = 0;
      const names = contexts[0]!.siteNames!;
      expect(names.length).toBe(sites);
      // Every context of the batch holds the same list: count each time a name is read from it.
      const counted = new Proxy(names, {
        get(target, key, receiver) {
          if (typeof key === "string" && /^\d+$/.test(key)) n++;
          return Reflect.get(target, key, receiver) as unknown;
        },
      });
      const read = docs.map((d, i) => removeChrome(d, { ...contexts[i]!, siteNames: counted } as BatchContext));
      // The sentence naming the site is the site's, in every page.
      expect(read.every((r) => r.removed.some((l) => /names the site/.test(l.reason)))).toBe(true);
      return n;
    };
    const small = reads(8);
    const large = reads(32);
    expect(large / small).toBeLessThan(6);
  });
});
