/**
 * Dates for the synthetic archive: EDTF dates with the mix of precision real records have
 * (day, month, year, circa, decade), all drawn from the seeded generator and none from the clock.
 */
import type { Random } from "./random.ts";

/** The present the generated roles are measured against, fixed so that output never depends on the clock. */
export const NOW_YEAR = 2025;

export const DAY_MS = 86_400_000;

/** @example pad(7) // "07" */
export const pad = (n: number): string => String(n).padStart(2, "0");

/** @example daysIn(2024, 2) // 29 */
export const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * A role's start or end in `year`: to the day, the month or the year, or circa.
 * @example roleDate(createRandom(1), 1990) // e.g. "1990-04" or "1990~"
 */
export function roleDate(rng: Random, year: number): string {
  const month = rng.int(1, 12);
  const r = rng.next();
  if (r < 0.55) return `${year}-${pad(month)}-${pad(rng.int(1, daysIn(year, month)))}`;
  if (r < 0.75) return `${year}-${pad(month)}`;
  if (r < 0.95) return String(year);
  return `${year}~`;
}

/**
 * An event's date on or before the publication day `ymd`: day, month, year, circa or decade.
 * @example eventDate(createRandom(1), "2018-01-24") // e.g. "2017-11" or "200X"
 */
export function eventDate(rng: Random, ymd: string): string {
  const year = Number(ymd.slice(0, 4));
  const r = rng.next();
  if (r < 0.4) {
    // Often the day of publication itself, as in the seed article.
    if (rng.chance(0.5)) return ymd;
    const y = year - rng.int(0, 2);
    const m = rng.int(1, y === year ? Number(ymd.slice(5, 7)) : 12);
    return `${y}-${pad(m)}-${pad(rng.int(1, daysIn(y, m)))}`;
  }
  const y = year - rng.int(0, 5);
  if (r < 0.65) return `${y}-${pad(rng.int(1, y === year ? Number(ymd.slice(5, 7)) : 12))}`;
  if (r < 0.8) return String(y);
  if (r < 0.9) return `${y}~`;
  if (r < 0.95) return `${y}-${pad(rng.int(1, y === year ? Number(ymd.slice(5, 7)) : 12))}~`;
  return `${String(y - 10).slice(0, 3)}X`;
}
