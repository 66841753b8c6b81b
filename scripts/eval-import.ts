/**
 * `npm run eval:import -- [--set DIR] [--alone | --mixed] [--verbose]` (`--alone`: each case imported by itself, not as one batch per outlet; `--mixed`: all cases as one batch, as a folder of many outlets' pages)
 * `npm run eval:import -- --build-committed` (rewrites test/fixtures/import-eval, import-eval-held-out, import-eval-held-out-third, import-eval-held-out-fourth, import-eval-held-out-fifth, import-eval-held-out-sixth, import-eval-held-out-seventh, import-eval-held-out-eighth, import-eval-held-out-ninth, import-eval-held-out-tenth, import-eval-held-out-eleventh, import-eval-held-out-twelfth, import-eval-held-out-thirteenth, import-eval-held-out-fourteenth, import-eval-held-out-fifteenth, import-eval-held-out-sixteenth, import-eval-held-out-seventeenth, import-eval-held-out-eighteenth, import-eval-held-out-nineteenth, import-eval-held-out-twentieth, import-eval-held-out-twentyfirst, import-eval-held-out-twentysecond, import-eval-held-out-twentythird, import-eval-held-out-twentyfourth, import-eval-held-out-twentyfifth and import-eval-held-out-twentysixth from stories.json)
 * `npm run eval:import -- --build-full [--corpus CSV] [--out DIR] [--seed N] [--held-out | --held-out-new | --held-out-third | --held-out-fourth | --held-out-fifth | --held-out-sixth | --held-out-seventh | --held-out-eighth | --held-out-ninth | --held-out-tenth | --held-out-eleventh | --held-out-twelfth | --held-out-thirteenth | --held-out-fourteenth | --held-out-fifteenth | --held-out-sixteenth | --held-out-seventeenth | --held-out-eighteenth | --held-out-nineteenth | --held-out-twentieth | --held-out-twentyfirst | --held-out-twentysecond | --held-out-twentythird | --held-out-twentyfourth | --held-out-twentyfifth | --held-out-twentysixth]`
 *
 * Scores the importer on raw scrapes wrapped in outlets' chrome (issue 13; src/ingest/eval/).
 * The full set is built from the Wikinews corpus beside the project and is never committed.
 */
import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { readCases, writeCases } from "../src/ingest/eval/case.ts";
import { generateCases, HELD_OUT_FOURTH_STYLES, HELD_OUT_NEW_STYLES, HELD_OUT_STYLES, HELD_OUT_THIRD_STYLES, STYLES } from "../src/ingest/eval/outlets.ts";
import { HELD_OUT_FIFTH_STYLES } from "../src/ingest/eval/outlets-fifth.ts";
import { HELD_OUT_SIXTH_STYLES } from "../src/ingest/eval/outlets-sixth.ts";
import { HELD_OUT_SEVENTH_STYLES } from "../src/ingest/eval/outlets-seventh.ts";
import { HELD_OUT_EIGHTH_STYLES } from "../src/ingest/eval/outlets-eighth.ts";
import { HELD_OUT_NINTH_STYLES } from "../src/ingest/eval/outlets-ninth.ts";
import { HELD_OUT_TENTH_STYLES } from "../src/ingest/eval/outlets-tenth.ts";
import { HELD_OUT_ELEVENTH_STYLES } from "../src/ingest/eval/outlets-eleventh.ts";
import { HELD_OUT_TWELFTH_STYLES } from "../src/ingest/eval/outlets-twelfth.ts";
import { HELD_OUT_THIRTEENTH_STYLES } from "../src/ingest/eval/outlets-thirteenth.ts";
import { HELD_OUT_FOURTEENTH_STYLES } from "../src/ingest/eval/outlets-fourteenth.ts";
import { HELD_OUT_FIFTEENTH_STYLES } from "../src/ingest/eval/outlets-fifteenth.ts";
import { HELD_OUT_SIXTEENTH_STYLES } from "../src/ingest/eval/outlets-sixteenth.ts";
import { HELD_OUT_SEVENTEENTH_STYLES } from "../src/ingest/eval/outlets-seventeenth.ts";
import { HELD_OUT_EIGHTEENTH_STYLES } from "../src/ingest/eval/outlets-eighteenth.ts";
import { HELD_OUT_NINETEENTH_STYLES } from "../src/ingest/eval/outlets-nineteenth.ts";
import { HELD_OUT_TWENTIETH_STYLES } from "../src/ingest/eval/outlets-twentieth.ts";
import { HELD_OUT_TWENTYFIRST_STYLES } from "../src/ingest/eval/outlets-twentyfirst.ts";
import { HELD_OUT_TWENTYSECOND_STYLES } from "../src/ingest/eval/outlets-twentysecond.ts";
import { HELD_OUT_TWENTYTHIRD_STYLES } from "../src/ingest/eval/outlets-twentythird.ts";
import { HELD_OUT_TWENTYFOURTH_STYLES } from "../src/ingest/eval/outlets-twentyfourth.ts";
import { HELD_OUT_TWENTYFIFTH_STYLES } from "../src/ingest/eval/outlets-twentyfifth.ts";
import { HELD_OUT_TWENTYSIXTH_STYLES } from "../src/ingest/eval/outlets-twentysixth.ts";
import { formatScore, scoreSet } from "../src/ingest/eval/score.ts";
import { readStories, wikinewsStories } from "../src/ingest/eval/stories.ts";
import { commandLine } from "./lib/cli.ts";

const COMMITTED = "test/fixtures/import-eval";
/** The committed stories in the held-out styles: cases for the rules those styles led to. */
const COMMITTED_HELD_OUT = "test/fixtures/import-eval-held-out";
/** The committed stories in the third held-out group's styles, each story in each style. */
const COMMITTED_HELD_OUT_THIRD = "test/fixtures/import-eval-held-out-third";
/** The committed stories in the fourth held-out group's styles, each story in each style. */
const COMMITTED_HELD_OUT_FOURTH = "test/fixtures/import-eval-held-out-fourth";
/** The committed stories in the fifth held-out group's styles, each story in each style. */
const COMMITTED_HELD_OUT_FIFTH = "test/fixtures/import-eval-held-out-fifth";
/** The committed stories in the sixth held-out group's styles, each story in each style. */
const COMMITTED_HELD_OUT_SIXTH = "test/fixtures/import-eval-held-out-sixth";
/** The committed stories in the seventh held-out group's styles, each story in each style. */
const COMMITTED_HELD_OUT_SEVENTH = "test/fixtures/import-eval-held-out-seventh";
/** The committed stories in the eighth held-out group's styles, each story in each style. */
const COMMITTED_HELD_OUT_EIGHTH = "test/fixtures/import-eval-held-out-eighth";
/** The committed stories in the ninth held-out group's styles, each story in each style. */
const COMMITTED_HELD_OUT_NINTH = "test/fixtures/import-eval-held-out-ninth";
/** The committed stories in the tenth held-out group's styles, each story in each style. */
const COMMITTED_HELD_OUT_TENTH = "test/fixtures/import-eval-held-out-tenth";
/** The committed stories in the eleventh held-out group's styles, each story in each style. */
const COMMITTED_HELD_OUT_ELEVENTH = "test/fixtures/import-eval-held-out-eleventh";
/** The committed stories in the twelfth held-out group's styles, each story in each style. */
const COMMITTED_HELD_OUT_TWELFTH = "test/fixtures/import-eval-held-out-twelfth";
/** The committed stories in the thirteenth held-out group's styles, each story in each style. */
const COMMITTED_HELD_OUT_THIRTEENTH = "test/fixtures/import-eval-held-out-thirteenth";
/** The committed stories in the fourteenth held-out group's styles, each story in each style. */
const COMMITTED_HELD_OUT_FOURTEENTH = "test/fixtures/import-eval-held-out-fourteenth";
/** The committed stories in the fifteenth held-out group's styles, each story in each style. */
const COMMITTED_HELD_OUT_FIFTEENTH = "test/fixtures/import-eval-held-out-fifteenth";
/** The committed stories in the sixteenth held-out group's styles, each story in each style. */
const COMMITTED_HELD_OUT_SIXTEENTH = "test/fixtures/import-eval-held-out-sixteenth";
/** The committed stories in the seventeenth held-out group's styles, each story in each style. */
const COMMITTED_HELD_OUT_SEVENTEENTH = "test/fixtures/import-eval-held-out-seventeenth";
/** The committed stories in the eighteenth held-out group's styles, each story in each style. */
const COMMITTED_HELD_OUT_EIGHTEENTH = "test/fixtures/import-eval-held-out-eighteenth";
/** The committed stories in the nineteenth held-out group's styles, each story in each style. */
const COMMITTED_HELD_OUT_NINETEENTH = "test/fixtures/import-eval-held-out-nineteenth";
/** The committed stories in the twentieth held-out group's styles, each story in each style. */
const COMMITTED_HELD_OUT_TWENTIETH = "test/fixtures/import-eval-held-out-twentieth";
/** The committed stories in the twenty-first held-out group's styles, each story in each style. */
const COMMITTED_HELD_OUT_TWENTYFIRST = "test/fixtures/import-eval-held-out-twentyfirst";
/** The committed stories in the twenty-second held-out group's styles, each story in each style. */
const COMMITTED_HELD_OUT_TWENTYSECOND = "test/fixtures/import-eval-held-out-twentysecond";
/** The committed stories in the twenty-third held-out group's styles, each story in each style. */
const COMMITTED_HELD_OUT_TWENTYTHIRD = "test/fixtures/import-eval-held-out-twentythird";
/** The committed stories in the twenty-fourth held-out group's styles, each story in each style. */
const COMMITTED_HELD_OUT_TWENTYFOURTH = "test/fixtures/import-eval-held-out-twentyfourth";
/** The committed stories in the twenty-fifth held-out group's styles, each story in each style. */
const COMMITTED_HELD_OUT_TWENTYFIFTH = "test/fixtures/import-eval-held-out-twentyfifth";
/** The committed stories in the twenty-sixth held-out group's styles, each story in each style. */
const COMMITTED_HELD_OUT_TWENTYSIXTH = "test/fixtures/import-eval-held-out-twentysixth";
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
    "held-out": { type: "boolean" },
    "held-out-new": { type: "boolean" },
    "held-out-third": { type: "boolean" },
    "held-out-fourth": { type: "boolean" },
    "held-out-fifth": { type: "boolean" },
    "held-out-sixth": { type: "boolean" },
    "held-out-seventh": { type: "boolean" },
    "held-out-eighth": { type: "boolean" },
    "held-out-ninth": { type: "boolean" },
    "held-out-tenth": { type: "boolean" },
    "held-out-eleventh": { type: "boolean" },
    "held-out-twelfth": { type: "boolean" },
    "held-out-thirteenth": { type: "boolean" },
    "held-out-fourteenth": { type: "boolean" },
    "held-out-fifteenth": { type: "boolean" },
    "held-out-sixteenth": { type: "boolean" },
    "held-out-seventeenth": { type: "boolean" },
    "held-out-eighteenth": { type: "boolean" },
    "held-out-nineteenth": { type: "boolean" },
    "held-out-twentieth": { type: "boolean" },
    "held-out-twentyfirst": { type: "boolean" },
    "held-out-twentysecond": { type: "boolean" },
    "held-out-twentythird": { type: "boolean" },
    "held-out-twentyfourth": { type: "boolean" },
    "held-out-twentyfifth": { type: "boolean" },
    "held-out-twentysixth": { type: "boolean" },
  },
});

if (values["build-committed"]) {
  const stories = readStories(join(COMMITTED, "stories.json"));
  for (const [dir, styles] of [
    [COMMITTED, STYLES],
    [COMMITTED_HELD_OUT, [...HELD_OUT_STYLES, ...HELD_OUT_NEW_STYLES]],
  ] as const) {
    // Every story in every style: the counts are coprime, so cycling covers each pair once.
    const cycled = Array.from({ length: stories.length * styles.length }, (_, i) => stories[i % stories.length]!);
    if (existsSync(dir)) for (const c of readCases(dir)) for (const ext of [".txt", ".json"]) rmSync(join(dir, c.name + ext));
    writeCases(dir, generateCases(cycled, 13, styles));
    console.log(`wrote ${cycled.length} cases to ${dir}`);
  }
  // Six (and eight, eight, eight, eight, eight, eight, eight, eight, eight, eight, eight, eight, eight, eight, eight, eight, eight, eight, eight, eight, eight, eight and eight) styles and three stories share a factor, so cycling would pair each style
  // with one story: each style wraps every story instead.
  for (const [dir, styles] of [
    [COMMITTED_HELD_OUT_THIRD, HELD_OUT_THIRD_STYLES],
    [COMMITTED_HELD_OUT_FOURTH, HELD_OUT_FOURTH_STYLES],
    [COMMITTED_HELD_OUT_FIFTH, HELD_OUT_FIFTH_STYLES],
    [COMMITTED_HELD_OUT_SIXTH, HELD_OUT_SIXTH_STYLES],
    [COMMITTED_HELD_OUT_SEVENTH, HELD_OUT_SEVENTH_STYLES],
    [COMMITTED_HELD_OUT_EIGHTH, HELD_OUT_EIGHTH_STYLES],
    [COMMITTED_HELD_OUT_NINTH, HELD_OUT_NINTH_STYLES],
    [COMMITTED_HELD_OUT_TENTH, HELD_OUT_TENTH_STYLES],
    [COMMITTED_HELD_OUT_ELEVENTH, HELD_OUT_ELEVENTH_STYLES],
    [COMMITTED_HELD_OUT_TWELFTH, HELD_OUT_TWELFTH_STYLES],
    [COMMITTED_HELD_OUT_THIRTEENTH, HELD_OUT_THIRTEENTH_STYLES],
    [COMMITTED_HELD_OUT_FOURTEENTH, HELD_OUT_FOURTEENTH_STYLES],
    [COMMITTED_HELD_OUT_FIFTEENTH, HELD_OUT_FIFTEENTH_STYLES],
    [COMMITTED_HELD_OUT_SIXTEENTH, HELD_OUT_SIXTEENTH_STYLES],
    [COMMITTED_HELD_OUT_SEVENTEENTH, HELD_OUT_SEVENTEENTH_STYLES],
    [COMMITTED_HELD_OUT_EIGHTEENTH, HELD_OUT_EIGHTEENTH_STYLES],
    [COMMITTED_HELD_OUT_NINETEENTH, HELD_OUT_NINETEENTH_STYLES],
    [COMMITTED_HELD_OUT_TWENTIETH, HELD_OUT_TWENTIETH_STYLES],
    [COMMITTED_HELD_OUT_TWENTYFIRST, HELD_OUT_TWENTYFIRST_STYLES],
    [COMMITTED_HELD_OUT_TWENTYSECOND, HELD_OUT_TWENTYSECOND_STYLES],
    [COMMITTED_HELD_OUT_TWENTYTHIRD, HELD_OUT_TWENTYTHIRD_STYLES],
    [COMMITTED_HELD_OUT_TWENTYFOURTH, HELD_OUT_TWENTYFOURTH_STYLES],
    [COMMITTED_HELD_OUT_TWENTYFIFTH, HELD_OUT_TWENTYFIFTH_STYLES],
    [COMMITTED_HELD_OUT_TWENTYSIXTH, HELD_OUT_TWENTYSIXTH_STYLES],
  ] as const) {
    if (existsSync(dir)) for (const c of readCases(dir)) for (const ext of [".txt", ".json"]) rmSync(join(dir, c.name + ext));
    const cases = styles.flatMap((style) => generateCases(stories, 13, [style]));
    writeCases(dir, cases);
    console.log(`wrote ${cases.length} cases to ${dir}`);
  }
} else if (values["build-full"]) {
  // --held-out, --held-out-new, --held-out-third, --held-out-fourth, --held-out-fifth, --held-out-sixth, --held-out-seventh, --held-out-eighth, --held-out-ninth, --held-out-tenth, --held-out-eleventh, --held-out-twelfth, --held-out-thirteenth, --held-out-fourteenth, --held-out-fifteenth, --held-out-sixteenth, --held-out-seventeenth, --held-out-eighteenth, --held-out-nineteenth, --held-out-twentieth, --held-out-twentyfirst, --held-out-twentysecond, --held-out-twentythird, --held-out-twentyfourth, --held-out-twentyfifth and --held-out-twentysixth wrap the stories in the styles kept out of the importer's tuning.
  const styles = values["held-out-twentysixth"] ? HELD_OUT_TWENTYSIXTH_STYLES : values["held-out-twentyfifth"] ? HELD_OUT_TWENTYFIFTH_STYLES : values["held-out-twentyfourth"] ? HELD_OUT_TWENTYFOURTH_STYLES : values["held-out-twentythird"] ? HELD_OUT_TWENTYTHIRD_STYLES : values["held-out-twentysecond"] ? HELD_OUT_TWENTYSECOND_STYLES : values["held-out-twentyfirst"] ? HELD_OUT_TWENTYFIRST_STYLES : values["held-out-twentieth"] ? HELD_OUT_TWENTIETH_STYLES : values["held-out-nineteenth"] ? HELD_OUT_NINETEENTH_STYLES : values["held-out-eighteenth"] ? HELD_OUT_EIGHTEENTH_STYLES : values["held-out-seventeenth"] ? HELD_OUT_SEVENTEENTH_STYLES : values["held-out-sixteenth"] ? HELD_OUT_SIXTEENTH_STYLES : values["held-out-fifteenth"] ? HELD_OUT_FIFTEENTH_STYLES : values["held-out-fourteenth"] ? HELD_OUT_FOURTEENTH_STYLES : values["held-out-thirteenth"] ? HELD_OUT_THIRTEENTH_STYLES : values["held-out-twelfth"] ? HELD_OUT_TWELFTH_STYLES : values["held-out-eleventh"] ? HELD_OUT_ELEVENTH_STYLES : values["held-out-tenth"] ? HELD_OUT_TENTH_STYLES : values["held-out-ninth"] ? HELD_OUT_NINTH_STYLES : values["held-out-eighth"] ? HELD_OUT_EIGHTH_STYLES : values["held-out-seventh"] ? HELD_OUT_SEVENTH_STYLES : values["held-out-sixth"] ? HELD_OUT_SIXTH_STYLES : values["held-out-fifth"] ? HELD_OUT_FIFTH_STYLES : values["held-out-fourth"] ? HELD_OUT_FOURTH_STYLES : values["held-out-third"] ? HELD_OUT_THIRD_STYLES : values["held-out-new"] ? HELD_OUT_NEW_STYLES : values["held-out"] ? HELD_OUT_STYLES : STYLES;
  const cases = generateCases(wikinewsStories(values.corpus), Number(values.seed), styles);
  rmSync(values.out, { recursive: true, force: true });
  writeCases(values.out, cases);
  console.log(`wrote ${cases.length} cases to ${values.out} (Wikinews contributors, CC BY 2.5: not for the repository)`);
} else {
  console.log(formatScore(scoreSet(readCases(values.set ?? COMMITTED), { alone: values.alone, mixed: values.mixed }), values.verbose));
}
