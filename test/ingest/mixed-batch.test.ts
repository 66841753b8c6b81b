import { describe, expect, it } from "vitest";
import { parseBatch, sitesOf } from "../../src/ingest/batch.ts";
import { lineKey, toBlocks } from "../../src/ingest/text.ts";

// A folder a contributor imports at once often holds clippings from several sites. Each site's
// menus, prompts and footer then recur in its own files only, too few for half the batch, and a
// British paper's numeric dates are day first where an American site's are month first.

/** Four sites' chrome around their stories; each site prints the commonest words too. */
const SITES = {
  uk: {
    top: ["The Wearside Echo", "News", "Sport", "What's On", "Share"],
    date: ["29/01/2020", "04/02/2020", "12/02/2020"],
    bottom: ["Get involved with the news in your community", "Echo Newsquest footer links", "Advertisement"],
  },
  us: {
    top: ["Valley Ledger", "Local", "Politics", "Obituaries", "Share"],
    date: ["01/29/2020", "04/02/2020", "02/12/2020"],
    bottom: ["Download the Valley Ledger app for breaking alerts", "Ledger staff directory", "Advertisement"],
  },
  tv: {
    top: ["KVLY 7", "Weather", "Traffic", "Watch live", "Share"],
    date: ["January 29, 2020", "February 4, 2020", "February 12, 2020"],
    bottom: ["KVLY 7 Storm Team forecast", "Closed captioning contacts", "Advertisement"],
  },
  blog: {
    top: ["Cedar Notes", "About", "Archive", "Contact", "Share"],
    date: ["Jan 29, 2020", "Feb 4, 2020", "Feb 12, 2020"],
    bottom: ["Posted in Local government", "Cedar Notes runs on coffee", "Advertisement"],
  },
};

/** Each site's three stories: a headline and a paragraph, in the site's own town. */
const TOWNS = { uk: "Sunderland", us: "Valley City", tv: "Mesa", blog: "Cedar Falls" };
const REPORTERS = { uk: "Ann Lee", us: "Bob Stone", tv: "Maria Diaz", blog: "Tom Reyes" };
const story = (site: keyof typeof SITES, n: number): [string, string] => {
  const town = TOWNS[site];
  return [
    [`${town} council delays vote on water rates`, `The ${town} council delayed a vote on water rates on Tuesday after residents packed the chamber. Members said they needed more time to study the plan.`],
    [`${town} library extends weekend hours`, `The ${town} library will stay open until 8 p.m. on Saturdays starting next month. Its board approved the change in a unanimous vote.`],
    [`Bridge repairs close ${town} river crossing`, `Crews closed the ${town} bridge for repairs that are expected to last six weeks. Drivers are being sent to the highway crossing instead.`],
  ][n] as [string, string];
};

/** Site `site`'s page for story `n`, as a browser copies it. */
function page(site: keyof typeof SITES, n: number): string {
  const s = SITES[site];
  const [title, body] = story(site, n);
  return [...s.top, "", title, "", `By ${REPORTERS[site]}`, s.date[n], "", body, "", ...s.bottom].join("\n");
}

const sites = Object.keys(SITES) as (keyof typeof SITES)[];
const docs = sites.flatMap((site) => [0, 1, 2].map((n) => ({ site, n, origin: `${site}-${n}.txt`, raw: page(site, n) })));

describe("a folder of several sites' pages imported at once (issue 13)", () => {
  it("groups the files by the site they were copied from, not by the words every site prints", () => {
    const keys = docs.map((d) => new Set(toBlocks(d.raw).flatMap((b) => (b.kind === "lines" ? b.lines.map((l) => lineKey(l.text)) : []))));
    const counts = new Map<string, number>();
    for (const k of keys.flatMap((s) => [...s])) counts.set(k, (counts.get(k) ?? 0) + 1);
    const found = sitesOf(keys, counts);
    for (const site of sites) {
      const mine = docs.flatMap((d, i) => (d.site === site ? [found[i]] : []));
      expect(new Set(mine).size, site).toBe(1);
      const others = docs.flatMap((d, i) => (d.site !== site ? [found[i]] : []));
      expect(others, site).not.toContain(mine[0]);
    }
  });

  it("removes a site's menus and footer, which recur in its three files of twelve, and keeps every story", () => {
    const parsed = parseBatch(docs);
    parsed.forEach((p, i) => {
      const text = p.body.map((b) => (b.kind === "paragraph" ? b.text : "")).join("\n");
      expect(text, docs[i]!.origin).toContain(story(docs[i]!.site, docs[i]!.n)[1]);
      for (const line of [...SITES[docs[i]!.site].top.slice(1, 4), ...SITES[docs[i]!.site].bottom.slice(0, 2)]) expect(text, docs[i]!.origin).not.toContain(line);
    });
  });

  it("reads each site's numeric dates in the order its own dates prove", () => {
    const parsed = parseBatch(docs);
    const dateOf = (site: string, n: number) => parsed[docs.findIndex((d) => d.site === site && d.n === n)]!.date;
    // "04/02/2020": the fourth of February on the British paper (its "29/01/2020" proves day
    // first), the second of April on the American site (its "01/29/2020" proves month first).
    expect(dateOf("uk", 1)).toBe("2020-02-04");
    expect(dateOf("us", 1)).toBe("2020-04-02");
    expect(dateOf("uk", 2)).toBe("2020-02-12");
    expect(dateOf("us", 2)).toBe("2020-02-12");
  });
});

describe("a folder of one story's pages from several outlets", () => {
  // The same wire story as four outlets ran it: each its own chrome and dek, the headline and the
  // story's sentences the same in all four, so the headline and its last words recur in the whole batch.
  const HEADLINE = "Reservoir Levels Fall to Lowest Point in a Decade, Water Board Says";
  const STORY = [
    "The city's three reservoirs held less water at the end of January than at any time since 2010, the Water Board said Wednesday.",
    "Board members voted 5-2 to ask residents to cut outdoor watering to two days a week starting in March.",
    "Snowpack in the mountains that feed the reservoirs stands at 71% of normal, according to the state climate office.",
    "The board will take public comment at its next meeting on Feb. 12.",
  ];
  const pages = [
    ["Lakeport Lakes News", "Home", "Local", "Sports", "", HEADLINE, "", "What the numbers show, and what residents can expect next", "", "Ann Lee", "Jan. 29, 2020 5:32 p.m.", ""],
    ["The Cedar Witness", "Official newspaper of the Archdiocese of Cedar Rapids", "", HEADLINE, "", "By Tom Whitfield", "January 29, 2020", ""],
    ["Cedar Capital Dispatch", "Subscribe", "", HEADLINE, "", "Officials say the decision will shape the region for years to come", "", "By: Ann Lee - January 29, 2020 5:32 pm", ""],
    ["Water Dive", "Newsletter", "", HEADLINE, "", "Published Jan. 29, 2020", "Ann Lee", "Reporter", ""],
  ].map((top) => [...top, ...STORY.flatMap((s) => [s, ""])].join("\n"));

  it("keeps each page's headline, not the dek below it, when the headline recurs because the story does", () => {
    const parsed = parseBatch(pages.map((raw, i) => ({ origin: `${i}.txt`, raw })));
    expect(parsed.map((p) => p.title)).toEqual(pages.map(() => HEADLINE));
    for (const p of parsed) expect(p.body.filter((b) => b.kind === "paragraph").map((b) => (b.kind === "paragraph" ? b.text : ""))).toEqual(expect.arrayContaining(STORY));
  });
});
