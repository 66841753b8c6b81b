import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { plainText, renderBody } from "../../src/content/markdown.ts";
import { slugify } from "../../src/content/slug.ts";
import { articleText, escapeMarkdown, figureBlock, markdownBody, yamlText } from "../../src/ingest/write.ts";

describe("slugs", () => {
  it("are ASCII words joined by hyphens, apostrophes joining rather than splitting", () => {
    expect(slugify("After Sanctuary Cities Threat, Denver Mayor Rejects White House Invite")).toBe(
      "after-sanctuary-cities-threat-denver-mayor-rejects-white-house-invite",
    );
    expect(slugify("Gdańsk mayor’s “last” speech")).toBe("gdansk-mayors-last-speech");
    expect(slugify("AT&T buys Time Warner")).toBe("at-and-t-buys-time-warner");
  });

  it("are cut at a word boundary", () => {
    const slug = slugify("word ".repeat(40), 30);
    expect(slug.length).toBeLessThanOrEqual(30);
    expect(slug.endsWith("word")).toBe(true);
  });

  it("are never empty", () => {
    expect(slugify("!!!")).toBe("article");
    expect(slugify("")).toBe("article");
    expect(slugify("東京")).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });
});

describe("Markdown bodies render to the text they were made from", () => {
  const tricky = [
    "# not a heading",
    "1. not a list",
    "- not a list either",
    "> not a quote",
    "5 * 3 * 2 = 30, and _this_ is not emphasis",
    "A [bracket](not a link) and `no code`",
    "AT&T and &copy; stay as written",
    "snake_case_words stay",
  ];
  it.each(tricky)("%s", (text) => {
    const html = renderBody(escapeMarkdown(text), { url: (p) => p });
    const rendered = html.replace(/<[^>]+>/g, "").replace(/&amp;/g, "&").replace(/&gt;/g, ">").replace(/&lt;/g, "<").replace(/&quot;/g, '"').trim();
    expect(rendered).toBe(text);
  });

  it("leaves ordinary sentences untouched", () => {
    const sentence = `"That's really what this does," said Lopez. "It unravels the very fabric of our community.`;
    expect(escapeMarkdown(sentence)).toBe(sentence);
  });

  it("writes figures as fenced YAML in the schema's key order, never folding long lines", () => {
    const credit = "Photo by Bryan Cox/U.S. Immigration and Customs Enforcement via Getty Images, a very long credit that goes on";
    const block = figureBlock({ credit, caption: "A handout photo", title: "ICE", by: "bryan-cox" });
    expect(block).toBe(`\`\`\`figure\ntitle: ICE\ncaption: A handout photo\ncredit: ${credit}\nby: bryan-cox\n\`\`\``);
    expect(plainText(markdownBody([{ kind: "figure", figure: { credit: "CBS" } }, { kind: "paragraph", text: "Words." }]))).toBe("Words.");
  });
});

describe("front matter", () => {
  it("writes short lists on one line, long ones as blocks, and leaves out what is empty", () => {
    const text = yamlText({ title: "T", authors: ["a-b", "c-d"], people: Array.from({ length: 8 }, (_, i) => `person-number-${i}`), topics: [], summary: undefined });
    expect(text).toMatch(/^title: T\nauthors: \[a-b, c-d\]\npeople:\n  - person-number-0\n/);
    expect(text).not.toContain("topics");
    expect(text).not.toContain("summary");
  });

  it("quotes what YAML would misread, so the value comes back as written", () => {
    const front = { title: "Yes: no # maybe", date: "2019-01-04", dateline: "NO" };
    const text = articleText(front, "Body.\n");
    expect(parse(text.split("---\n")[1]!)).toEqual(front);
  });
});
