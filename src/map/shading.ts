/**
 * The coverage map's shading: how many articles each shade stands for, and its colours, which
 * `assets/css/site.css` repeats as `.map-shade-N` (a test holds the two together and checks their
 * contrast). Colour is never the only way to read a count: every shape's name says it, and the
 * table beside the map has it.
 */

/** The page's background, from site.css's `--paper`. */
export const PAPER = "#fbf9f4";

/**
 * Fills, lightest first: shade 0 is a place in the archive with no articles; 1 to 4 the bins.
 * Neighbouring fills cannot all differ by 3:1 (no five colours do), so what WCAG's non-text
 * contrast asks of a map is asked of the lines: every shape and swatch has an edge of
 * {@link EDGE}, at least 3:1 against the paper and against the places not in the archive.
 */
export const SHADES = ["#f5e9dc", "#f2c9a5", "#e0955f", "#b95a2b", "#7a2a0c"] as const;

/** Places on the map the archive has no record of. */
export const CONTEXT = "#e8e4dc";

/** The edge of every shape, point and swatch: site.css's `--muted`. */
export const EDGE = "#5e5a53";

/**
 * The highest count in each shade, at most four, spaced on a log scale so that one place with
 * many articles does not leave every other place in the lightest shade.
 * @example shadeBins(12) // [2, 3, 6, 12]
 * @example shadeBins(1) // [1]
 */
export function shadeBins(max: number): number[] {
  if (max < 1) return [];
  const uppers = [1, 2, 3].map((i) => Math.round(max ** (i / 4))).concat(max);
  return [...new Set(uppers.filter((u) => u >= 1))].sort((a, b) => a - b);
}

/**
 * A count's shade: 0 for none, the darkest (4) for the top bin whatever the number of bins.
 * @example shadeOf(7, [2, 3, 6, 12]) // 4
 */
export function shadeOf(count: number, bins: readonly number[]): number {
  if (count < 1 || !bins.length) return 0;
  const bin = bins.findIndex((upper) => count <= upper);
  return SHADES.length - bins.length + (bin === -1 ? bins.length - 1 : bin);
}

export interface LegendEntry {
  shade: number;
  /** e.g. "4 to 6 articles" */
  label: string;
}

/**
 * The legend: one entry per bin, and "no articles" when a place on the map has none.
 * @example legend([2, 12], false).map((e) => e.label) // ["1 or 2 articles", "3 to 12 articles"]
 */
export function legend(bins: readonly number[], hasZero: boolean): LegendEntry[] {
  const entries: LegendEntry[] = hasZero ? [{ shade: 0, label: "no articles" }] : [];
  bins.forEach((upper, i) => {
    const lower = i === 0 ? 1 : bins[i - 1]! + 1;
    const label = lower === upper ? `${upper} article${upper === 1 ? "" : "s"}` : upper === lower + 1 ? `${lower} or ${upper} articles` : `${lower} to ${upper} articles`;
    entries.push({ shade: shadeOf(upper, bins), label });
  });
  return entries;
}

/**
 * WCAG 2's contrast ratio of two sRGB colours written #rrggbb.
 * https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio
 * @example contrast("#000000", "#ffffff") // 21
 */
export function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
