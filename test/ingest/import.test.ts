import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { readArchive } from "../../src/archive.ts";
import { splitFrontMatter } from "../../src/content/articles.ts";
import { figureBlocks } from "../../src/content/markdown.ts";
import { formatProblem } from "../../src/content/problems.ts";
import { importInto, INGEST_FIXTURES, temporaryArchives } from "../helpers/ingest.ts";

const archive = temporaryArchives();
const input = (name: string) => join(INGEST_FIXTURES, name);
const read = (root: string, path: string) => {
  const split = splitFrontMatter(readFileSync(join(root, path), "utf8"))!;
  return { front: parse(split.yaml) as Record<string, any>, body: split.body };
};
const problems = (root: string) => readArchive(root, { includeDrafts: true }).problems.map(formatProblem);

const STORY = `Council Approves Snow Plan

By Ann Lee & Dana Cruz

DENVER (ENN)- The Denver City Council approved a snow plan on Tuesday.

City Attorney Kristin Bronson said the plan was legal. Public Works Director Jolene Marsh said plows would start at 4 a.m.
`;

describe("importing a CSV export", () => {
  it("writes one article per row, with a summary, and the archive passes the check", () => {
    const root = archive();
    const run = importInto(root, { inputs: [input("export.csv")], source: "Example News" });
    expect(run.exitCode).toBe(0);
    expect(run.written).toEqual([
      "articles/2019/2019-01-04-council-approves-snow-plan.md",
      "articles/2019/2019-01-05-library-hours-grow-county-says.md",
      "articles/2019/2019-01-07-bridge-reopens-after-repairs.md",
      "articles/2019/2019-01-08-gdansk-mayors-last-speech.md",
    ]);
    expect(run.out).toContain("4 articles from 1 input: 4 written, 0 refused (already exist; --force overwrites), 0 failed.");
    expect(run.out).toContain("npm run check passes");
    expect(problems(root)).toEqual([]);
  });

  it("takes the date from the text when the row has none, and drops the date line", () => {
    const root = archive();
    importInto(root, { inputs: [input("export.csv")], source: "Example News" });
    const { front, body } = read(root, "articles/2019/2019-01-07-bridge-reopens-after-repairs.md");
    expect(front.date).toBe("2019-01-07");
    expect(body).not.toContain("Monday, January 7, 2019");
    expect(body).not.toContain("Share this article");
    expect(body).toContain("Crews will finish the sidewalks next month.");
  });

  it("keeps each row's own url, the source's organization and a --credit", () => {
    const root = archive();
    importInto(root, { inputs: [input("export.csv")], source: "Example News", credit: "Example News contributors, CC BY 2.5" });
    const { front } = read(root, "articles/2019/2019-01-04-council-approves-snow-plan.md");
    expect(front.source).toEqual({
      name: "Example News",
      organization: "example-news",
      url: "https://news.example.com/a",
      credit: "Example News contributors, CC BY 2.5",
    });
    expect(front.people).toEqual(["michael-hancock"]);
  });

  it("reads columns named by flags", () => {
    const root = archive();
    const run = importInto(root, {
      inputs: [input("export-mapped.csv")],
      columns: { title: "headline", date: "published", text: "body", url: "link", author: "writer" },
    });
    expect(run.written).toHaveLength(2);
    const { front } = read(root, "articles/2019/2019-02-02-zoo-welcomes-twin-otters.md");
    expect(front.authors).toEqual(["ann-lee"]);
    expect(run.out).toContain("person Bob Stone (Reporter)");
  });

  it("says which column is missing and what the columns are", () => {
    const root = archive();
    const run = importInto(root, { inputs: [input("export-mapped.csv")], columns: { text: "story" } });
    expect(run.exitCode).toBe(1);
    expect(run.err).toContain("--text-column story: no such column; the columns are link, published, headline, body, writer");
    expect(run.written).toEqual([]);
  });
});

describe("importing JSON Lines", () => {
  it("writes one article per object, keeping a date-time's zone and listing removed chrome", () => {
    const root = archive();
    const run = importInto(root, { inputs: [input("export.jsonl")], source: "ENN" });
    expect(run.written).toEqual([
      "articles/2019/2019-03-01-parks-department-plants-500-trees.md",
      "articles/2019/2019-03-02-transit-fares-stay-flat.md",
      "articles/2019/2019-03-03-museum-extends-hours.md",
    ]);
    expect(read(root, run.written[1]!).front.date).toBe("2019-03-02T09:30:00-07:00");
    expect(run.out).toContain("removed line 3 (advertisement): Advertisement");
    expect(problems(root)).toEqual([]);
  });
});

describe("importing a saved HTML page", () => {
  it("extracts the article from the page's navigation, ads, share buttons and footer", () => {
    const root = archive();
    const run = importInto(root, { inputs: [input("saved-page.html")] });
    const [path] = run.written;
    expect(path).toBe("articles/2023/2023-02-09-denver-opens-second-migrant-shelter.md");
    const { front, body } = read(root, path!);
    expect(front.title).toBe("Denver Opens Second Migrant Shelter");
    expect(front.date).toBe("2023-02-09T08:15:00-07:00");
    expect(front.dateline).toBe("DENVER");
    expect(front.authors).toEqual(["ann-lee"]);
    expect(front.source).toEqual({ name: "Mile High Daily", url: "https://news.example.com/2023/02/09/denver-opens-second-migrant-shelter" });
    expect(front.people).toEqual(["michael-hancock", "kristin-bronson"]);
    for (const sentence of [
      "The city opened a second shelter for migrants on Wednesday as arrivals from the southern border continued to climb.",
      "Mayor Michael Hancock said the shelter, in a former recreation center, has room for 300 people and will stay open through the spring.",
      `"We are doing everything we can with the resources we have," Hancock told reporters.`,
      "City Attorney Kristin Bronson said the city would ask the federal government to help pay for the shelters.",
      "Volunteers can sign up at the recreation center's front desk, the city said.",
    ]) {
      expect(body).toContain(sentence);
    }
    for (const chrome of ["Sports", "Weather", "Morning Briefing", "cookies", "Advertisement", "Related stories", "Council debates shelter budget", "Privacy Policy", "Twitter"]) {
      expect(body).not.toContain(chrome);
    }
    expect(figureBlocks(body).map((b) => parse(b.content))).toEqual([
      { alt: "Cots set up in a gymnasium", caption: "Volunteers set up cots in the new shelter.", credit: "Photo by Jane Roe/Mile High Daily" },
    ]);
    expect(problems(root)).toEqual([]);
  });
});

describe("names the registries do not know", () => {
  it("become suggestions, listed in the output and in a comment atop the front matter", () => {
    const root = archive({ "story.txt": STORY });
    const run = importInto(root, { inputs: [join(root, "story.txt")], date: "2019-01-08" });
    expect(run.articles[0]!.suggestions).toEqual([
      { kind: "people", id: "dana-cruz", name: "Dana Cruz", title: "Reporter", organization: "example-news", sentence: "byline: Ann Lee, Dana Cruz" },
      {
        kind: "people",
        id: "jolene-marsh",
        name: "Jolene Marsh",
        title: "Public Works Director",
        sentence: "Public Works Director Jolene Marsh said plows would start at 4 a.m.",
      },
    ]);
    expect(run.out).toContain("not in the registries: person Jolene Marsh (Public Works Director) -> _data/people/jolene-marsh.yaml");
    // Each suggestion is listed with the sentence it came from (issue 13).
    expect(run.out).toContain("    from: Public Works Director Jolene Marsh said plows would start at 4 a.m.");
    const text = readFileSync(join(root, run.written[0]!), "utf8");
    expect(text).toContain("#   person: Dana Cruz (Reporter) -> _data/people/dana-cruz.yaml");
    const { front } = read(root, run.written[0]!);
    expect(front.authors).toEqual(["ann-lee"]);
    expect(front.people).toEqual(["kristin-bronson"]);
    expect(problems(root)).toEqual([]);
  });

  it("get registry stubs with --create-stubs, and the archive validates once the stubs are completed", () => {
    const root = archive({ "story.txt": STORY.replace("DENVER (ENN)-", "BOULDER (ENN)-") });
    const run = importInto(root, { inputs: [join(root, "story.txt")], date: "2019-01-08", createStubs: true });
    expect(run.stubs.sort()).toEqual(["_data/jurisdictions/boulder.yaml", "_data/people/dana-cruz.yaml", "_data/people/jolene-marsh.yaml"]);
    const { front } = read(root, run.written[0]!);
    expect(front.authors).toEqual(["ann-lee", "dana-cruz"]);
    expect(front.people).toEqual(["kristin-bronson", "jolene-marsh"]);
    expect(front.jurisdictions[0]).toBe("boulder");
    expect(readFileSync(join(root, "_data/people/jolene-marsh.yaml"), "utf8")).toContain("  - title: Public Works Director");

    // What only a person can tell is asked for, by file, line and field.
    expect(run.exitCode).toBe(1);
    expect(run.out).toContain("What is missing before npm run check passes");
    expect(run.out).toMatch(/_data\/jurisdictions\/boulder\.yaml:\d+: classification: /);

    const stub = join(root, "_data/jurisdictions/boulder.yaml");
    writeFileSync(stub, readFileSync(stub, "utf8").replace(/^classification:$/m, "classification: city\nparent: colorado"));
    expect(problems(root)).toEqual([]);
  });
});

describe("writing", () => {
  it("refuses to overwrite an article without --force, and overwrites it with", () => {
    const root = archive({ "story.txt": STORY });
    const first = importInto(root, { inputs: [join(root, "story.txt")], date: "2019-01-08" });
    const path = join(root, first.written[0]!);
    writeFileSync(path, readFileSync(path, "utf8").replace("on Tuesday.", "on Tuesday (edited)."));

    const again = importInto(root, { inputs: [join(root, "story.txt")], date: "2019-01-08" });
    expect(again.exitCode).toBe(1);
    expect(again.written).toEqual([]);
    expect(again.out).toContain("refused: the file exists (--force overwrites it)");
    expect(readFileSync(path, "utf8")).toContain("(edited)");

    const forced = importInto(root, { inputs: [join(root, "story.txt")], date: "2019-01-08", force: true });
    expect(forced.written).toEqual(first.written);
    expect(readFileSync(path, "utf8")).not.toContain("(edited)");
  });

  it("prints the article with --dry-run and writes nothing", () => {
    const root = archive({ "story.txt": STORY });
    const run = importInto(root, { inputs: [join(root, "story.txt")], date: "2019-01-08", dryRun: true, createStubs: true });
    expect(run.exitCode).toBe(0);
    expect(run.out).toContain("==> articles/2019/2019-01-08-council-approves-snow-plan.md <==\n---\n");
    expect(run.out).toContain("The Denver City Council approved a snow plan on Tuesday.");
    expect(run.err).toContain("would write the stub _data/people/dana-cruz.yaml");
    expect(existsSync(join(root, "articles"))).toBe(false);
    expect(existsSync(join(root, "_data/people/dana-cruz.yaml"))).toBe(false);
  });

  it("numbers a second input with the same date and headline instead of overwriting the first", () => {
    const root = archive({ "a.txt": STORY, "b.txt": STORY.replace("on Tuesday", "on Wednesday") });
    const run = importInto(root, { inputs: [join(root, "a.txt"), join(root, "b.txt")], date: "2019-01-08" });
    expect(run.written).toEqual(["articles/2019/2019-01-08-council-approves-snow-plan.md", "articles/2019/2019-01-08-council-approves-snow-plan-2.md"]);
    expect(problems(root)).toEqual([]);
  });

  it("says what is missing when there is no date or no headline", () => {
    const root = archive({ "story.txt": STORY });
    const run = importInto(root, { inputs: [join(root, "story.txt")] });
    expect(run.exitCode).toBe(1);
    expect(run.out).toContain("error: no date found in the text: pass --date YYYY-MM-DD");
    expect(run.written).toEqual([]);
  });

  it("reads standard input", () => {
    const root = archive();
    const run = importInto(root, { inputs: ["-"], date: "2019-01-08", stdin: () => STORY });
    expect(run.written).toEqual(["articles/2019/2019-01-08-council-approves-snow-plan.md"]);
  });
});

describe("the archive's time zone", () => {
  const DATED = STORY.replace("By Ann Lee & Dana Cruz\n", "By Ann Lee & Dana Cruz\n\nPosted 5:32 PM, January 29, 2020\n");
  const dateOf = (root: string, run: ReturnType<typeof importInto>) => read(root, run.written[0]!).front.date;

  it("dates a time printed without a zone in site.yaml's timezone, and the archive passes the check", () => {
    const root = archive({ "_data/site.yaml": "title: Fixture Archive\nurl: https://archive.example.org\ntimezone: America/Denver\n" });
    writeFileSync(join(root, "story.txt"), DATED);
    const run = importInto(root, { inputs: [join(root, "story.txt")], source: "Example News" });
    expect(dateOf(root, run)).toBe("2020-01-29T17:32:00-07:00");
    expect(run.written).toEqual(["articles/2020/2020-01-29-council-approves-snow-plan.md"]);
    expect(problems(root)).toEqual([]);
  });

  it("reads it in UTC, the schema's default, when site.yaml sets no timezone", () => {
    const root = archive();
    writeFileSync(join(root, "story.txt"), DATED);
    expect(dateOf(root, importInto(root, { inputs: [join(root, "story.txt")], source: "Example News" }))).toBe("2020-01-29T17:32:00Z");
  });

  it("applies the zone to a CSV date column's zone-less time too", () => {
    const root = archive({ "_data/site.yaml": "title: Fixture Archive\nurl: https://archive.example.org\ntimezone: Europe/London\n" });
    writeFileSync(join(root, "rows.csv"), `title,date,text\nCouncil Approves Snow Plan,2020-07-29 17:32,The Denver City Council approved a snow plan on Tuesday.\n`);
    expect(dateOf(root, importInto(root, { inputs: [join(root, "rows.csv")], source: "Example News" }))).toBe("2020-07-29T17:32:00+01:00");
  });

  it("refuses a timezone it does not know, naming the file, line and field, and writes nothing", () => {
    const root = archive({ "_data/site.yaml": "title: Fixture Archive\nurl: https://archive.example.org\ntimezone: Mountain Time\n" });
    writeFileSync(join(root, "story.txt"), DATED);
    const run = importInto(root, { inputs: [join(root, "story.txt")], source: "Example News" });
    expect(run.exitCode).toBe(1);
    expect(run.written).toEqual([]);
    expect(run.err).toMatch(/^_data\/site\.yaml:3: timezone: "Mountain Time" is not a time zone/);
  });
});
