/**
 * The evaluation's groups of outlet styles (issue 13), in the order they were written: the first
 * tuned the importer, each later one was written blind, scored untouched, then worked on. One row
 * here gives a group its `--held-out-<name>` flag, its committed fixtures and its place in the tests.
 */
import { HELD_OUT_FOURTH_STYLES, HELD_OUT_NEW_STYLES, HELD_OUT_STYLES, HELD_OUT_THIRD_STYLES, STYLES, type Style } from "./outlets.ts";
import { HELD_OUT_FIFTH_STYLES } from "./outlets-fifth.ts";
import { HELD_OUT_SIXTH_STYLES } from "./outlets-sixth.ts";
import { HELD_OUT_SEVENTH_STYLES } from "./outlets-seventh.ts";
import { HELD_OUT_EIGHTH_STYLES } from "./outlets-eighth.ts";
import { HELD_OUT_NINTH_STYLES } from "./outlets-ninth.ts";
import { HELD_OUT_TENTH_STYLES } from "./outlets-tenth.ts";
import { HELD_OUT_ELEVENTH_STYLES } from "./outlets-eleventh.ts";
import { HELD_OUT_TWELFTH_STYLES } from "./outlets-twelfth.ts";
import { HELD_OUT_THIRTEENTH_STYLES } from "./outlets-thirteenth.ts";
import { HELD_OUT_FOURTEENTH_STYLES } from "./outlets-fourteenth.ts";
import { HELD_OUT_FIFTEENTH_STYLES } from "./outlets-fifteenth.ts";
import { HELD_OUT_SIXTEENTH_STYLES } from "./outlets-sixteenth.ts";
import { HELD_OUT_SEVENTEENTH_STYLES } from "./outlets-seventeenth.ts";
import { HELD_OUT_EIGHTEENTH_STYLES } from "./outlets-eighteenth.ts";
import { HELD_OUT_NINETEENTH_STYLES } from "./outlets-nineteenth.ts";
import { HELD_OUT_TWENTIETH_STYLES } from "./outlets-twentieth.ts";
import { HELD_OUT_TWENTYFIRST_STYLES } from "./outlets-twentyfirst.ts";
import { HELD_OUT_TWENTYSECOND_STYLES } from "./outlets-twentysecond.ts";
import { HELD_OUT_TWENTYTHIRD_STYLES } from "./outlets-twentythird.ts";
import { HELD_OUT_TWENTYFOURTH_STYLES } from "./outlets-twentyfourth.ts";
import { HELD_OUT_TWENTYFIFTH_STYLES } from "./outlets-twentyfifth.ts";
import { HELD_OUT_TWENTYSIXTH_STYLES } from "./outlets-twentysixth.ts";
import { HELD_OUT_TWENTYSEVENTH_STYLES } from "./outlets-twentyseventh.ts";
import { HELD_OUT_TWENTYEIGHTH_STYLES } from "./outlets-twentyeighth.ts";
import { HELD_OUT_TWENTYNINTH_STYLES } from "./outlets-twentyninth.ts";

export { STYLES, type Style };

/** A held-out group from the third on: its styles each wrap every committed story. */
export interface HeldOutGroup {
  /** The group's ordinal as a word ("twentysixth"): its flag is `--held-out-<name>`. */
  readonly name: string;
  readonly styles: readonly Style[];
}

/** The committed base set: every story in the tuning styles. */
export const COMMITTED = "test/fixtures/import-eval";

/** The first two held-out groups (`--held-out`, `--held-out-new`), committed together in one folder. */
export const FIRST_HELD_OUT = {
  dir: "test/fixtures/import-eval-held-out",
  groups: [
    { name: "", styles: HELD_OUT_STYLES },
    { name: "new", styles: HELD_OUT_NEW_STYLES },
  ],
} as const;

/** The held-out groups from the third on, oldest first. */
export const HELD_OUT_GROUPS: readonly HeldOutGroup[] = [
  { name: "third", styles: HELD_OUT_THIRD_STYLES },
  { name: "fourth", styles: HELD_OUT_FOURTH_STYLES },
  { name: "fifth", styles: HELD_OUT_FIFTH_STYLES },
  { name: "sixth", styles: HELD_OUT_SIXTH_STYLES },
  { name: "seventh", styles: HELD_OUT_SEVENTH_STYLES },
  { name: "eighth", styles: HELD_OUT_EIGHTH_STYLES },
  { name: "ninth", styles: HELD_OUT_NINTH_STYLES },
  { name: "tenth", styles: HELD_OUT_TENTH_STYLES },
  { name: "eleventh", styles: HELD_OUT_ELEVENTH_STYLES },
  { name: "twelfth", styles: HELD_OUT_TWELFTH_STYLES },
  { name: "thirteenth", styles: HELD_OUT_THIRTEENTH_STYLES },
  { name: "fourteenth", styles: HELD_OUT_FOURTEENTH_STYLES },
  { name: "fifteenth", styles: HELD_OUT_FIFTEENTH_STYLES },
  { name: "sixteenth", styles: HELD_OUT_SIXTEENTH_STYLES },
  { name: "seventeenth", styles: HELD_OUT_SEVENTEENTH_STYLES },
  { name: "eighteenth", styles: HELD_OUT_EIGHTEENTH_STYLES },
  { name: "nineteenth", styles: HELD_OUT_NINETEENTH_STYLES },
  { name: "twentieth", styles: HELD_OUT_TWENTIETH_STYLES },
  { name: "twentyfirst", styles: HELD_OUT_TWENTYFIRST_STYLES },
  { name: "twentysecond", styles: HELD_OUT_TWENTYSECOND_STYLES },
  { name: "twentythird", styles: HELD_OUT_TWENTYTHIRD_STYLES },
  { name: "twentyfourth", styles: HELD_OUT_TWENTYFOURTH_STYLES },
  { name: "twentyfifth", styles: HELD_OUT_TWENTYFIFTH_STYLES },
  { name: "twentysixth", styles: HELD_OUT_TWENTYSIXTH_STYLES },
  { name: "twentyseventh", styles: HELD_OUT_TWENTYSEVENTH_STYLES },
  { name: "twentyeighth", styles: HELD_OUT_TWENTYEIGHTH_STYLES },
  { name: "twentyninth", styles: HELD_OUT_TWENTYNINTH_STYLES },
];

/** Where a held-out group's committed cases live. */
export function committedDir(group: HeldOutGroup): string {
  return `test/fixtures/import-eval-held-out-${group.name}`;
}

/** The `--build-full` flag that picks a group's styles (`held-out`, `held-out-new`, `held-out-third`, …). */
export function groupFlag(name: string): string {
  return name === "" ? "held-out" : `held-out-${name}`;
}

/** Every group a full set can be built in, by its flag. */
export const FULL_SET_STYLES: ReadonlyMap<string, readonly Style[]> = new Map(
  [...FIRST_HELD_OUT.groups, ...HELD_OUT_GROUPS].map((group) => [groupFlag(group.name), group.styles]),
);
