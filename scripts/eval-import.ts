/**
 * `npm run eval:import -- [--set DIR] [--alone | --mixed] [--verbose]` (`--alone`: each case imported by itself, not as one batch per outlet; `--mixed`: all cases as one batch, as a folder of many outlets' pages)
 * `npm run eval:import -- --build-committed` (rewrites test/fixtures/import-eval and every held-out group's committed folder, import-eval-held-out and import-eval-held-out-<group>, from stories.json)
 * `npm run eval:import -- --build-full [--corpus CSV] [--out DIR] [--seed N] [--held-out | --held-out-new | --held-out-<group>]`, where <group> is third, fourth, … twentyninth (the groups of src/ingest/eval/groups.ts)
 *
 * Scores the importer on raw scrapes wrapped in outlets' chrome (issue 13; src/ingest/eval/).
 * The full set is built from the Wikinews corpus beside the project and is never committed.
 */
import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { readCases, writeCases } from "../src/ingest/eval/case.ts";
import { COMMITTED, committedDir, FIRST_HELD_OUT, FULL_SET_STYLES, HELD_OUT_GROUPS, STYLES } from "../src/ingest/eval/groups.ts";
import { generateCases } from "../src/ingest/eval/outlets.ts";
import { formatScore, scoreSet } from "../src/ingest/eval/score.ts";
import { readStories, wikinewsStories } from "../src/ingest/eval/stories.ts";
import { commandLine } from "./lib/cli.ts";

const { values } = commandLine(import.meta.url, {
  options: {
    set: { type: "string" },
    verbose: { type: "boolean" },
    alone: { type: "boolean" },
    mixed: { type: "boolean" },
    "build-committed": { type: "boolean" },
    "build-full": { type: "boolean" },
    corpus: { type: "string", default: "../shared/corpora/wikinews-2019/wikinews_2019.csv" },
    out: { type: "string", default: "/tmp/import-eval-full" },
    seed: { type: "string", default: "2019" },
    ...Object.fromEntries([...FULL_SET_STYLES.keys()].map((flag) => [flag, { type: "boolean" as const }])),
  },
});

if (values["build-committed"]) {
  const stories = readStories(join(COMMITTED, "stories.json"));
  for (const [dir, styles] of [
    [COMMITTED, STYLES],
    [FIRST_HELD_OUT.dir, FIRST_HELD_OUT.groups.flatMap((group) => group.styles)],
  ] as const) {
    // Every story in every style: the counts are coprime, so cycling covers each pair once.
    const cycled = Array.from({ length: stories.length * styles.length }, (_, i) => stories[i % stories.length]!);
    if (existsSync(dir)) for (const c of readCases(dir)) for (const ext of [".txt", ".json"]) rmSync(join(dir, c.name + ext));
    writeCases(dir, generateCases(cycled, 13, styles));
    console.log(`wrote ${cycled.length} cases to ${dir}`);
  }
  // The later groups' style counts and the three stories may share a factor, so cycling could pair
  // each style with one story: each style wraps every story instead.
  for (const group of HELD_OUT_GROUPS) {
    const dir = committedDir(group);
    if (existsSync(dir)) for (const c of readCases(dir)) for (const ext of [".txt", ".json"]) rmSync(join(dir, c.name + ext));
    const cases = group.styles.flatMap((style) => generateCases(stories, 13, [style]));
    writeCases(dir, cases);
    console.log(`wrote ${cases.length} cases to ${dir}`);
  }
} else if (values["build-full"]) {
  // A --held-out… flag wraps the stories in that group's styles, kept out of the importer's tuning
  // when they were written; none, in the tuning styles.
  const picked = [...FULL_SET_STYLES].filter(([flag]) => (values as Record<string, unknown>)[flag] === true);
  if (picked.length > 1) {
    console.error(`eval:import: pick one group, not ${picked.map(([flag]) => `--${flag}`).join(" and ")}`);
    process.exit(2);
  }
  const styles = picked[0]?.[1] ?? STYLES;
  const cases = generateCases(wikinewsStories(values.corpus), Number(values.seed), styles);
  rmSync(values.out, { recursive: true, force: true });
  writeCases(values.out, cases);
  console.log(`wrote ${cases.length} cases to ${values.out} (Wikinews contributors, CC BY 2.5: not for the repository)`);
} else {
  console.log(formatScore(scoreSet(readCases(values.set ?? COMMITTED), { alone: values.alone, mixed: values.mixed }), values.verbose));
}
