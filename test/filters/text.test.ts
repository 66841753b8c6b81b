import { describe, expect, it } from "vitest";
import { excerpt } from "../../src/filters/text.ts";

const words = Array.from({ length: 600 }, (_, i) => `word${i}`).join(" ");

describe("excerpt", () => {
  it("cuts a long body at a word boundary, the same on every call and at any length", () => {
    const article = { body: `${words}.` };
    const first = excerpt(article, 160);
    expect(first).toMatch(/^word0 word1 .* word\d+…$/);
    expect(first.length).toBeLessThanOrEqual(161);
    expect(excerpt(article, 160)).toBe(first);
    expect(excerpt(article)).toBe(excerpt({ body: `${words}.` }));
    // Longer than the start kept between calls: read from the body again.
    const long = excerpt(article, 3000);
    expect(long.length).toBeGreaterThan(2900);
    expect(long.startsWith(first.slice(0, -1))).toBe(true);
    expect(excerpt(article, 240)).toBe(excerpt({ body: `${words}.` }, 240));
  });

  it("gives a short body whole, and the dek when there is one", () => {
    expect(excerpt({ body: "One two three." }, 80)).toBe("One two three.");
    expect(excerpt({ body: words, summary: "The dek." })).toBe("The dek.");
  });
});
