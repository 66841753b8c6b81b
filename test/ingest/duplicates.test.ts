import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { describeDuplicate, findDuplicates, MAX_WORDS, shingleHashes, story } from "../../src/ingest/duplicates.ts";
import { importInto, temporaryArchives } from "../helpers/ingest.ts";

const archive = temporaryArchives();

// One wire story, and the sentence the wire puts under every story of its water desk.
const BOILERPLATE = "The Associated Press receives support from the Walton Family Foundation for coverage of water and environmental policy.";
const RESERVOIRS = [
  "DENVER (AP) — Reservoir levels across the Front Range fell for a third straight week as a dry winter left mountain snowpack at half its usual depth, state water officials said Tuesday.",
  "Denver Water said its largest reservoir, Dillon, held 61 percent of its capacity, down from 78 percent a year ago, and asked customers to water lawns no more than twice a week from May.",
  "“We are not in a crisis yet, but we are planning as if the spring will be dry,” said Jim Lochhead, the utility's chief executive.",
  "The Colorado Water Conservation Board will meet in Grand Junction next month to decide whether to declare a drought emergency in the western counties, where ranchers have begun selling cattle early.",
  "Snowpack in the South Platte basin stood at 52 percent of the median on Monday, according to the Natural Resources Conservation Service, the lowest reading for late January since 2002.",
  BOILERPLATE,
];

/** The wire story as a metro paper's site shows it: its menu, headline, byline, date and share buttons. */
const paperPage = (date = "January 29, 2019") => `Home | News | Weather | Sports | Opinion

Reservoir Levels Fall Again

By Ann Lee, Associated Press

${date}

${RESERVOIRS.join("\n\n")}

Share this story
`;

/** The same wire story as a station's site runs it: its own headline, the last paragraphs cut, other chrome. */
const stationPage = (date = "January 29, 2019") => `Watch Live | Listen Live | Download our app

Front Range reservoirs drop for a third week as snowpack lags

Posted 5:32 PM, ${date}

${RESERVOIRS.slice(0, 5).join("\n\n")}

Advertisement

Copyright 2019 The Associated Press. All rights reserved.
`;

/** Another story of the same day from the same wire desk, ending in the same sentence. */
const ARIZONA = `Arizona Lawmakers Approve Colorado River Plan

By Ann Lee, Associated Press

January 29, 2019

PHOENIX (AP) — Arizona lawmakers approved a plan on Tuesday to share cuts to the state's Colorado River water among cities, tribes and farmers, hours before a federal deadline.

Farmers in Pinal County will lose most of their river water by 2023 under the plan and will drill new wells with money from the state, said Governor Doug Ducey, who signed the bill within hours.

The Gila River Indian Community agreed to leave some of its water in Lake Mead in exchange for payments, a deal its leaders called painful but necessary for the state's future.

Federal officials had warned that they would impose their own cuts on the seven states that share the river if they could not agree among themselves by the end of January.

${BOILERPLATE}
`;

/** A different story under the same headline's words, the same day. */
const OREGON = `Reservoir levels fall again

By Ann Lee, Associated Press

January 29, 2019

SALEM, Ore. (AP) — The Detroit Lake reservoir east of Salem dropped below its summer boat ramps on Tuesday after the Army Corps of Engineers released water to help endangered salmon downstream.

Marina owners said the early drawdown would cost them the spring fishing season, and several asked the county for emergency loans to cover their payrolls until the lake fills again in May.

The Corps said a federal judge's order to protect spring chinook and winter steelhead left it no choice, and that the lake would rise once the winter rains return to the Cascades.
`;

const PAPER_PATH = "articles/2019/2019-01-29-reservoir-levels-fall-again.md";
const STATION_PATH = "articles/2019/2019-01-29-front-range-reservoirs-drop-for-a-third-week-as-snowpack-lags.md";

describe("npm run import notices likely duplicate stories", () => {
  it("flags the same wire story from two outlets' pages in one batch, in the report and on standard error, and writes both", () => {
    const root = archive({ "in/a-paper.txt": paperPage(), "in/b-station.txt": stationPage() });
    const run = importInto(root, { inputs: [join(root, "in")] });
    expect(run.written).toEqual([PAPER_PATH, STATION_PATH]);
    const line = `${STATION_PATH} looks like the same story as ${PAPER_PATH} (100% of its text in the other): check before committing`;
    expect(run.out).toContain(`  likely duplicate: ${line}`);
    expect(run.err).toContain(line);
    expect(run.out).toContain("1 article looks like the same story as another (listed above): check before committing; --skip-duplicates leaves them out.");
    expect(run.exitCode).toBe(0);
  });

  it("flags a story the archive already holds from the day before, naming the archive's file", () => {
    const root = archive({ "old.txt": paperPage("January 28, 2019"), "new.txt": stationPage("January 29, 2019") });
    const first = importInto(root, { inputs: [join(root, "old.txt")] });
    expect(first.written).toEqual(["articles/2019/2019-01-28-reservoir-levels-fall-again.md"]);
    const run = importInto(root, { inputs: [join(root, "new.txt")] });
    expect(run.written).toEqual([STATION_PATH]);
    expect(run.err).toContain(`${STATION_PATH} looks like the same story as articles/2019/2019-01-28-reservoir-levels-fall-again.md (100% of its text in the other): check before committing`);
    expect(run.duplicates).toMatchObject([{ path: STATION_PATH, of: "articles/2019/2019-01-28-reservoir-levels-fall-again.md", inArchive: true }]);
  });

  it("does not flag a different story of the same day that ends in the same wire boilerplate sentence, or has the same headline's words", () => {
    const root = archive({ "in/a-paper.txt": paperPage(), "in/b-arizona.txt": ARIZONA, "in/c-oregon.txt": OREGON, "in/d-station.txt": stationPage() });
    const run = importInto(root, { inputs: [join(root, "in")] });
    expect(run.written).toHaveLength(4);
    // Only the station's copy of the Denver story is one: Arizona's shares a sentence, Oregon's a headline.
    expect(run.duplicates.map((d) => [d.path, d.of])).toEqual([[STATION_PATH, PAPER_PATH]]);
    expect(run.err).not.toContain("arizona");
    expect(run.err).not.toContain("reservoir-levels-fall-again-2.md looks like");
  });

  it("with --skip-duplicates writes the first copy only and names the file each skipped one duplicates", () => {
    const root = archive({ "in/a-paper.txt": paperPage(), "in/b-station.txt": stationPage(), "in/c-arizona.txt": ARIZONA });
    const run = importInto(root, { inputs: [join(root, "in")], skipDuplicates: true });
    expect(run.written).toEqual([PAPER_PATH, "articles/2019/2019-01-29-arizona-lawmakers-approve-colorado-river-plan.md"]);
    expect(existsSync(join(root, STATION_PATH))).toBe(false);
    const line = `${STATION_PATH} (from ${join(root, "in/b-station.txt")}): skipped (--skip-duplicates): ${STATION_PATH} looks like the same story as ${PAPER_PATH} (100% of its text in the other)`;
    expect(run.out).toContain(line);
    expect(run.err).toContain(line);
    expect(run.out).toContain("3 articles from 1 input: 2 written, 0 refused (already exist; --force overwrites), 0 failed. 1 skipped as likely duplicates (--skip-duplicates).");
    expect(run.exitCode).toBe(0);
  });

  it("skips a story already in the archive with --skip-duplicates, and a dry run says it would", () => {
    const root = archive({ "old.txt": paperPage("January 28, 2019"), "new.txt": stationPage("January 29, 2019") });
    importInto(root, { inputs: [join(root, "old.txt")] });
    const dry = importInto(root, { inputs: [join(root, "new.txt")], skipDuplicates: true, dryRun: true });
    expect(dry.out).toBe("");
    expect(dry.err).toContain(`${STATION_PATH} (from ${join(root, "new.txt")}): would skip (--skip-duplicates): ${STATION_PATH} looks like the same story as articles/2019/2019-01-28-reservoir-levels-fall-again.md`);
    const run = importInto(root, { inputs: [join(root, "new.txt")], skipDuplicates: true });
    expect(run.written).toEqual([]);
    expect(existsSync(join(root, STATION_PATH))).toBe(false);
  });

  it("looks only at the archive's articles within a day: the same text from another month is not named", () => {
    const root = archive({ "december.txt": paperPage("December 29, 2018"), "yesterday.txt": paperPage("January 28, 2019"), "new.txt": stationPage("January 29, 2019") });
    importInto(root, { inputs: [join(root, "december.txt")] });
    importInto(root, { inputs: [join(root, "yesterday.txt")] });
    const run = importInto(root, { inputs: [join(root, "new.txt")] });
    expect(run.duplicates.map((d) => d.of)).toEqual(["articles/2019/2019-01-28-reservoir-levels-fall-again.md"]);

    // A month after both, the same text is a story the check does not look for.
    writeFileSync(join(root, "march.txt"), stationPage("March 1, 2019"));
    const later = importInto(root, { inputs: [join(root, "march.txt")] });
    expect(later.written).toEqual(["articles/2019/2019-03-01-front-range-reservoirs-drop-for-a-third-week-as-snowpack-lags.md"]);
    expect(later.duplicates).toEqual([]);
    expect(later.err).not.toContain("looks like");
  });

  it("re-imported with --force, a page is not flagged against the file it overwrites", () => {
    const root = archive({ "a.txt": paperPage() });
    importInto(root, { inputs: [join(root, "a.txt")] });
    const again = importInto(root, { inputs: [join(root, "a.txt")], force: true });
    expect(again.written).toEqual([PAPER_PATH]);
    expect(again.duplicates).toEqual([]);
  });
});

describe("the headline, a weaker signal", () => {
  // Forty words of sixty the same, in the same order: a story rewritten in part, or updated.
  const first = Array.from({ length: 60 }, (_, i) => `word${i}`);
  const rewritten = [...first.slice(0, 24), ...Array.from({ length: 36 }, (_, i) => `new${i}`)].join(" ");

  it("lowers the share of text needed: a story rewritten in part under the same headline is flagged, under another headline it is not", () => {
    const original = story("articles/2019/2019-01-29-a.md", "Reservoir levels fall again", first.join(" "));
    const sameHeadline = story("articles/2019/2019-01-29-b.md", "Reservoir levels fall again in Denver", rewritten);
    const otherHeadline = story("articles/2019/2019-01-29-c.md", "Ranchers sell cattle early", rewritten);
    const [found] = findDuplicates([original, sameHeadline], () => []);
    expect(found).toMatchObject({ path: sameHeadline.path, of: original.path, sameTitle: true });
    expect(found!.share).toBeGreaterThan(0.3);
    expect(found!.share).toBeLessThan(0.5);
    expect(describeDuplicate(found!)).toMatch(/^articles\/2019\/2019-01-29-b\.md looks like the same story as articles\/2019\/2019-01-29-a\.md \(3\d% of its text in the other, and the same headline\)$/);
    expect(findDuplicates([original, otherHeadline], () => [])).toEqual([]);
  });
});

describe("the duplicate check's work is bounded", () => {
  // A seeded generator, so the stories are the same on every run.
  const random = (seed: number) => () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const VOCABULARY = Array.from({ length: 3000 }, (_, i) => `w${i.toString(36)}`);

  it("names each of 1,500 copies of one story against the first and flags none of 1,500 different stories of the same day", () => {
    const next = random(7);
    const text = () => Array.from({ length: 300 }, () => VOCABULARY[Math.floor(next() * VOCABULARY.length)]).join(" ");
    const wire = `${text()} ${BOILERPLATE}`;
    const batch = [
      ...Array.from({ length: 1500 }, (_, i) => story(`articles/2019/2019-01-29-copy-${i}.md`, "Reservoir levels fall", wire)),
      ...Array.from({ length: 1500 }, (_, i) => story(`articles/2019/2019-01-29-other-${i}.md`, "Reservoir levels fall", `${text()} ${BOILERPLATE}`)),
    ];
    const found = findDuplicates(batch, () => []);
    expect(found).toHaveLength(1499);
    expect(new Set(found.map((d) => d.of))).toEqual(new Set(["articles/2019/2019-01-29-copy-0.md"]));
    expect(found.every((d) => d.path.includes("copy-"))).toBe(true);
  });

  it("compares a page of a million words by its first words only", () => {
    const huge = Array.from({ length: 1_000_000 }, (_, i) => `w${i % 5000}`).join(" ");
    expect(shingleHashes(huge).length).toBeLessThanOrEqual(MAX_WORDS);
    const copy = story("articles/2019/2019-01-29-b.md", "B", huge);
    expect(findDuplicates([story("articles/2019/2019-01-29-a.md", "A", huge), copy], () => [])).toMatchObject([{ path: copy.path, share: 1 }]);
  });
});
