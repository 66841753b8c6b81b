/**
 * Limits no real archive reaches, each refused with a clear message naming file, line and
 * field: an article file's size, a registry file's size, a headline, a name, a caption.
 */
import { describe, expect, it } from "vitest";
import { LIMITS } from "../../src/schema.ts";
import { article, checkLines } from "../helpers/fixture.ts";

const problems = checkLines;

const FILE = "articles/2020/2020-01-02-story.md";

describe("size limits", () => {
  it("refuses an article file over the limit unread, saying how large it is", () => {
    const text = article("title: Story\ndate: 2020-01-02", "All work and no play. ".repeat(Math.ceil((LIMITS.articleBytes + 1) / 22)));
    expect(problems({ [FILE]: text })).toEqual([
      `${FILE}:1: -: the file is ${text.length.toLocaleString("en")} bytes, over the limit of 2 MB (2,097,152 bytes)`,
    ]);
  });

  it("accepts an article just under the limit", () => {
    const body = "Word ".repeat(Math.floor((LIMITS.articleBytes - 100) / 5));
    expect(problems({ [FILE]: article("title: Story\ndate: 2020-01-02", body) })).toEqual([]);
  });

  it("refuses a registry file over the limit", () => {
    const file = "_data/topics/huge.yaml";
    expect(problems({ [file]: `name: Huge\nsummary: ${"x".repeat(LIMITS.registryBytes)}\n` })).toEqual([
      `${file}:1: -: the file is 262,165 bytes, over the limit of 256 KB (262,144 bytes)`,
    ]);
  });

  it("refuses a headline, a name and a caption over their limits, naming each field", () => {
    const title = "H".repeat(LIMITS.title + 1);
    const caption = "C".repeat(LIMITS.caption + 1);
    const name = "N".repeat(LIMITS.name + 1);
    expect(
      problems({
        [FILE]: article(`title: ${title}\ndate: 2020-01-02`, `Text.\n\n\`\`\`figure\ncaption: ${caption}\n\`\`\`\n`),
        "_data/people/ada.yaml": `name: ${name}\n`,
      }),
    ).toEqual([
      "_data/people/ada.yaml:1: name: is longer than the limit of 200 characters",
      `${FILE}:2: title: is longer than the limit of 500 characters`,
      `${FILE}:8: figure.caption: is longer than the limit of 2,000 characters`,
    ]);
  });
});
