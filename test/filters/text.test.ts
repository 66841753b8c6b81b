import { describe, expect, it } from "vitest";
import { LEAD } from "../../src/content/articles.ts";
import { plainText } from "../../src/content/markdown.ts";
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

  it("cuts the lists' excerpts from the start kept when the article was read, without its body", () => {
    const body = `**Bold** start, then [a link](https://example.org/) and ${words}.`;
    const unread = {
      lead: plainText(body).slice(0, LEAD + 1),
      get body(): string {
        throw new Error("the body was read");
      },
    };
    for (const length of [160, 200, 240]) expect(excerpt(unread, length)).toBe(excerpt({ body }, length));
    expect(excerpt(unread)).toMatch(/^Bold start, then a link and word0 /);
    // Longer than the lead: from the body.
    expect(() => excerpt(unread, LEAD + 100)).toThrow("the body was read");
    const short = { lead: "One two three.", get body(): string { throw new Error("the body was read"); } };
    expect(excerpt(short, 1000)).toBe("One two three.");
  });

  it("gives a short body whole, and the dek when there is one", () => {
    expect(excerpt({ body: "One two three." }, 80)).toBe("One two three.");
    expect(excerpt({ body: words, summary: "The dek." })).toBe("The dek.");
  });
});
