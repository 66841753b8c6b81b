import { afterEach, describe, expect, it, vi } from "vitest";
import { readArchive } from "../../src/archive.ts";
import { renderArticleBody } from "../../src/content/markdown.ts";
import { Figure } from "../../src/schema.ts";
import { article, makeArchive, removeArchive, writeFile } from "../helpers/fixture.ts";

const FILE = "articles/2020/2020-05-01-council-passes-budget.md";
const BODY = [
  "The council met.",
  "",
  "```figure",
  "caption: The council chamber",
  "credit: City of Springfield",
  "```",
  "",
  "It passed the budget.",
  "",
  "~~~figure",
  "title: The vote",
  "caption: Seven to two",
  "~~~",
  "",
].join("\n");
const env = { url: (path: string) => `/archive${path}` };

let roots: string[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  roots.forEach(removeArchive);
  roots = [];
});

/** The article of a one-article archive whose body is `body`, as the build holds it, and the archive's folder. */
function readOne(body: string) {
  const root = makeArchive({ [FILE]: article("title: Council passes budget\ndate: 2020-05-01", body) });
  roots.push(root);
  const { archive, problems } = readArchive(root);
  expect(problems).toEqual([]);
  return { root, article: archive!.articles[0]! };
}

describe("an article's body renders its figures as validated", () => {
  it("renders each figure from the values read with the archive, without reading its YAML again", () => {
    const { article: read } = readOne(BODY);
    const fromYaml = renderArticleBody({ body: read.body }, env);
    const check = vi.spyOn(Figure, "safeParse");
    const html = renderArticleBody(read, env);
    expect(check).not.toHaveBeenCalled();
    expect(html).toBe(fromYaml);
    expect(html).toContain('<span class="figure__title">The vote</span> <span class="figure__caption">Seven to two</span>');
  });

  it("reads every figure from its YAML when the file gained a figure after it was read", () => {
    const { root, article: read } = readOne(BODY);
    writeFile(root, FILE, article("title: Council passes budget\ndate: 2020-05-01", `\`\`\`figure\ncaption: The mayor arrives\n\`\`\`\n\n${BODY}`));
    const html = renderArticleBody(read, env);
    expect([...html.matchAll(/figure__caption">([^<]*)/g)].map((m) => m[1])).toEqual(["The mayor arrives", "The council chamber", "Seven to two"]);
  });
});
