import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../../src/build.ts";
import { CONTEXT, EDGE, PAPER, SHADES, contrast, legend, shadeBins, shadeOf } from "../../src/map/shading.ts";

const css = readFileSync(join(PACKAGE_ROOT, "assets/css/site.css"), "utf8");

describe("the coverage map's shading", () => {
  it("bins counts on a log scale, the top bin always the darkest shade", () => {
    expect(shadeBins(12)).toEqual([2, 3, 6, 12]);
    expect(shadeBins(1)).toEqual([1]);
    expect(shadeBins(0)).toEqual([]);
    expect([0, 1, 2, 3, 5, 12].map((n) => shadeOf(n, [2, 3, 6, 12]))).toEqual([0, 1, 1, 2, 3, 4]);
    expect(shadeOf(1, [1])).toBe(4);
  });

  it("labels each shade with the counts it stands for", () => {
    expect(legend([2, 3, 6, 12], true).map((e) => `${e.shade}: ${e.label}`)).toEqual([
      "0: no articles",
      "1: 1 or 2 articles",
      "2: 3 articles",
      "3: 4 to 6 articles",
      "4: 7 to 12 articles",
    ]);
  });

  it("draws every shape's and swatch's edge at 3:1 or more against the paper and the places not in the archive (WCAG 1.4.11)", () => {
    expect(contrast(EDGE, PAPER)).toBeGreaterThanOrEqual(3);
    expect(contrast(EDGE, CONTEXT)).toBeGreaterThanOrEqual(3);
    // The darkest shade stands out from the paper by itself too.
    expect(contrast(SHADES[4], PAPER)).toBeGreaterThanOrEqual(3);
  });

  it("is the same in the site's CSS as in the code", () => {
    SHADES.forEach((colour, i) => expect(css).toContain(`.map-shade-${i} { fill: ${colour}; background: ${colour}; }`));
    expect(css).toContain(`.map-land { fill: ${CONTEXT};`);
    expect(css).toContain(`--paper: ${PAPER};`);
    expect(css).toContain(`--muted: ${EDGE};`);
    expect(css).toContain(`.coverage-map__svg a path, .coverage-map__svg a circle { stroke: ${EDGE};`);
    expect(css).toContain(`border: 1px solid ${EDGE};`);
  });
});
