import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ArticleFrontMatter, Figure, REGISTRIES } from "../../src/schema.ts";
import { keysAt } from "../../src/schema-walk.ts";
import { ARTICLE_FORMAT, decapConfig, decapConfigYaml, figureFields, type DecapField } from "../../src/editor/decap.ts";
import { figureToBlock, FIGURE_BLOCK, figureFromBlock } from "../../src/browser/admin/figure.ts";
import { fromFile, toFile } from "../../src/browser/admin/format.ts";
import { readArticle } from "../../src/content/articles.ts";

const INPUT = { editor: { repo: "example/archive", branch: "main" }, years: ["2018", "2016", "2018"], today: "2021-03-01", siteUrl: "https://archive.example.org" };
const config = decapConfig(INPUT) as { backend: Record<string, unknown>; publish_mode: string; collections: { name: string; folder: string; format?: string; slug: string; fields: DecapField[] }[] };
const byName = (fields: DecapField[], name: string) => fields.find((f) => f.name === name)!;

describe("the editor's configuration, from src/schema.ts", () => {
  it("opens pull requests: the GitHub backend with open authoring and the editorial workflow", () => {
    expect(config.backend).toEqual({ name: "github", repo: "example/archive", branch: "main", open_authoring: true });
    expect(config.publish_mode).toBe("editorial_workflow");
  });

  it("has a collection per year of articles, newest first, the current year included, then one per registry", () => {
    expect(config.collections.map((c) => c.name)).toEqual(["articles-2021", "articles-2018", "articles-2016", "people", "jurisdictions", "organizations", "topics"]);
    expect(config.collections[1]).toMatchObject({ folder: "articles/2018", format: ARTICLE_FORMAT, slug: "{{fields.date | date('YYYY-MM-DD')}}-{{slug}}" });
  });

  it("gives an article every front matter field, in the schema's order, then the body", () => {
    const fields = config.collections[1]!.fields;
    expect(fields.map((f) => f.name)).toEqual([...Object.keys(ArticleFrontMatter.shape), "body"]);
    expect(byName(fields, "date").pattern).toEqual(["^2018-\\d{2}-\\d{2}$", "an article in 2018's folder is dated in 2018"]);
    expect(keysAt(ArticleFrontMatter, ["source"])).toEqual((byName(fields, "source").fields as DecapField[]).map((f) => f.name));
  });

  it("picks people, places, organizations and topics from their registries, writing ids", () => {
    const fields = config.collections[1]!.fields;
    for (const [name, collection] of [["authors", "people"], ["people", "people"], ["jurisdictions", "jurisdictions"], ["organizations", "organizations"], ["topics", "topics"]]) {
      expect(byName(fields, name!), name).toMatchObject({ widget: "relation", collection, value_field: "{{slug}}", multiple: true });
    }
    const events = byName(fields, "events").fields as DecapField[];
    expect(byName(events, "people")).toMatchObject({ widget: "relation", collection: "people" });
  });

  it("gives each registry its schema's fields: a person's roles with their places and organizations, a place's parent place", () => {
    const person = config.collections.find((c) => c.name === "people")!.fields;
    expect(person.map((f) => f.name)).toEqual(Object.keys(REGISTRIES.people.shape));
    const roles = byName(person, "roles").fields as DecapField[];
    expect(byName(roles, "jurisdiction")).toMatchObject({ widget: "relation", collection: "jurisdictions", multiple: false });
    expect(byName(roles, "organization")).toMatchObject({ widget: "relation", collection: "organizations" });
    const place = config.collections.find((c) => c.name === "jurisdictions")!.fields;
    expect(byName(place, "parent")).toMatchObject({ widget: "relation", collection: "jurisdictions" });
    expect(byName(place, "classification")).toMatchObject({ widget: "select" });
  });

  it("gives the figure block every figure field", () => {
    expect(figureFields().map((f) => f.name)).toEqual(keysAt(Figure, []));
  });

  it("is written as YAML Decap reads back to the same configuration", () => {
    expect(parse(decapConfigYaml(INPUT))).toEqual(config);
  });
});

describe("the editor's YAML-only front matter", () => {
  it("refuses front matter in any other language, naming it", () => {
    for (const opening of ["---js", "---javascript", "---coffee", "---toml"]) {
      expect(() => fromFile(`${opening}\n{ title: (globalThis.pwned = 1, "x") }\n---\nBody\n`)).toThrow(/another language/);
    }
    expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
    expect(() => fromFile("+++\ntitle = 'x'\n+++\n")).toThrow(/YAML front matter/);
  });

  it("reads YAML 1.2 core: dates stay text, no tag makes an object", () => {
    expect(fromFile("---\ntitle: A\ndate: 2018-01-24\n---\nText\n")).toEqual({ title: "A", date: "2018-01-24", body: "Text\n" });
    expect(() => fromFile("---\ntitle: !!js/function 'function(){}'\n---\n")).not.toThrow();
    expect(fromFile("---\ntitle: !!js/function 'x'\n---\n").title).toBe("x");
  });

  it("writes a file the check reads unchanged: keys in the form's order, empty fields left out", () => {
    const text = toFile(
      { body: "Text.\n", date: "2020-06-02", title: "A headline", summary: "", people: [], source: { name: "" }, topics: ["water"], draft: false },
      ["title", "date", "summary", "people", "topics", "source", "draft"],
    );
    expect(text).toBe("---\ntitle: A headline\ndate: 2020-06-02\ntopics:\n  - water\ndraft: false\n---\nText.\n");
    expect(readArticle("articles/2020/2020-06-02-a-headline.md", text).problems).toEqual([]);
    expect(fromFile(text)).toEqual({ title: "A headline", date: "2020-06-02", topics: ["water"], draft: false, body: "Text.\n" });
  });

  it("reads and writes a figure block as the article reader does", () => {
    const block = figureToBlock({ credit: "CBS", caption: "Hancock speaks", alt: "" }, ["src", "alt", "title", "caption", "credit", "by"]);
    expect(block).toBe("```figure\ncaption: Hancock speaks\ncredit: CBS\n```");
    expect(figureFromBlock(block.match(FIGURE_BLOCK)!)).toEqual({ caption: "Hancock speaks", credit: "CBS" });
    const text = `---\ntitle: A\ndate: 2020-06-02\n---\nText.\n\n${block}\n`;
    expect(readArticle("articles/2020/2020-06-02-a.md", text).article?.figures).toEqual([{ caption: "Hancock speaks", credit: "CBS" }]);
  });
});
