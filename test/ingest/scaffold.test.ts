import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readArchive } from "../../src/archive.ts";
import { formatProblem } from "../../src/content/problems.ts";
import { resolveRefs, scaffoldArticle } from "../../src/ingest/scaffold.ts";
import { fixtureIndex, registryArchive, removeArchive } from "../helpers/ingest.ts";

const index = fixtureIndex();
let roots: string[] = [];
afterEach(() => {
  roots.forEach(removeArchive);
  roots = [];
});

describe("npm run new scaffolds an article", () => {
  it("writes front matter that passes validation, at the path its date and title make", () => {
    const scaffold = scaffoldArticle(
      { title: "Council approves snow plan", date: "2019-01-04", source: "ENN", people: ["Michael Hancock"], jurisdictions: ["denver"], topics: ["Snow"] },
      index,
    );
    expect(scaffold.problems).toEqual([]);
    expect(scaffold.path).toBe("articles/2019/2019-01-04-council-approves-snow-plan.md");
    const root = registryArchive({ [scaffold.path!]: scaffold.text! });
    roots.push(root);
    expect(readArchive(root, { includeDrafts: true }).problems.map(formatProblem)).toEqual([]);
    expect(scaffold.text).toContain("source:\n  name: Example News\n  organization: example-news\n");
    expect(scaffold.text).toContain("people: [michael-hancock]");
  });

  it("keeps the placeholder out of the build with draft: true", () => {
    const scaffold = scaffoldArticle({ title: "Snow plan", date: "2019-01-04" }, index);
    expect(scaffold.text).toContain("\ndraft: true\n");
    const root = registryArchive();
    roots.push(root);
    mkdirSync(dirname(join(root, scaffold.path!)), { recursive: true });
    writeFileSync(join(root, scaffold.path!), scaffold.text!);
    expect(readArchive(root).archive!.articles).toEqual([]);
  });

  it("lists the fields it left out as comments, with their descriptions from the schema", () => {
    const scaffold = scaffoldArticle({ title: "Snow plan", date: "2019-01-04" }, index);
    expect(scaffold.text).toContain("#   summary: the dek: one or two sentences under the headline");
    expect(scaffold.text).toContain("#   events: dated events the article reports");
  });

  it("refuses unknown ids and names, with a did-you-mean", () => {
    expect(resolveRefs(index, "people", ["michael-hancok"]).problems).toEqual([`people: "michael-hancok" is not in _data/people/; did you mean "michael-hancock"?`]);
    const scaffold = scaffoldArticle({ title: "Snow plan", date: "2019-02-30" }, index);
    expect(scaffold.problems).toEqual([`"2019-02-30" is not a date: write YYYY-MM-DD`]);
    expect(scaffold.path).toBeUndefined();
  });
});
