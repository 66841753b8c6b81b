import { afterEach, describe, expect, it } from "vitest";
import { readArchive } from "../../src/archive.ts";
import { formatProblem } from "../../src/content/problems.ts";
import { article, makeArchive, removeArchive } from "../helpers/fixture.ts";

const PEOPLE = {
  "_data/people/ada-lovelace.yaml": "name: Ada Lovelace\n",
  "_data/jurisdictions/springfield.yaml": "name: Springfield\nclassification: city\n",
  "_data/topics/budget.yaml": "name: Budget\n",
};
const GOOD = "articles/2020/2020-05-01-council-passes-budget.md";

let roots: string[] = [];
afterEach(() => {
  roots.forEach(removeArchive);
  roots = [];
});

/** The problems of an archive made of the registries above plus `files`, as printed. */
function problemsOf(files: Record<string, string>): string[] {
  const root = makeArchive({ ...PEOPLE, ...files });
  roots.push(root);
  return readArchive(root).problems.map(formatProblem);
}

describe("validation names the file, line and field of every problem", () => {
  it("accepts a valid article", () => {
    expect(problemsOf({ [GOOD]: article("title: Council passes budget\ndate: 2020-05-01\npeople: [ada-lovelace]") })).toEqual([]);
  });

  it("reports a missing title on the front matter's first line", () => {
    expect(problemsOf({ [GOOD]: article("date: 2020-05-01") })).toEqual([`${GOOD}:2: title: is required`]);
  });

  it("reports an impossible date on its own line", () => {
    const [p] = problemsOf({ [GOOD]: article("title: T\nsummary: S\ndate: 2020-02-30") });
    expect(p).toMatch(new RegExp(`^${GOOD}:4: date: not a valid date`));
  });

  it("reports a date that disagrees with the file name", () => {
    const [p] = problemsOf({ [GOOD]: article("title: T\ndate: 2020-05-02") });
    expect(p).toBe(`${GOOD}:3: date: the date 2020-05-02 disagrees with the file name, which says 2020-05-01`);
  });

  it("reads a date-time in its own zone, so a late-evening article stays on its day", () => {
    expect(problemsOf({ [GOOD]: article("title: T\ndate: 2020-05-01T23:30:00-07:00") })).toEqual([]);
  });

  it("names an unknown person and suggests the closest id", () => {
    const problems = problemsOf({ [GOOD]: article("title: T\ndate: 2020-05-01\npeople:\n  - ada-lovelace\n  - ada-lovelance") });
    expect(problems).toEqual([`${GOOD}:6: people[1]: unknown person "ada-lovelance"; did you mean "ada-lovelace"?`]);
  });

  it("names unknown jurisdictions and topics too", () => {
    const problems = problemsOf({ [GOOD]: article("title: T\ndate: 2020-05-01\njurisdictions: [springfeld]\ntopics: [budgets]") });
    expect(problems).toEqual([
      `${GOOD}:4: jurisdictions[0]: unknown jurisdiction "springfeld"; did you mean "springfield"?`,
      `${GOOD}:5: topics[0]: unknown topic "budgets"; did you mean "budget"?`,
    ]);
  });

  it("points a reference to a registry file with problems at that file, not at a missing one", () => {
    const stub = "_data/jurisdictions/sacramento.yaml";
    const problems = problemsOf({ [stub]: "name: Sacramento\nclassification:\n", [GOOD]: article("title: T\ndate: 2020-05-01\njurisdictions: [sacramento]") });
    expect(problems).toEqual([
      expect.stringMatching(new RegExp(`^${stub}:2: classification: `)),
      `${GOOD}:4: jurisdictions[0]: jurisdiction "sacramento" cannot be used until ${stub} is fixed (its problems are listed with it)`,
    ]);
  });

  it("resolves references whatever their case", () => {
    expect(problemsOf({ [GOOD]: article("title: T\ndate: 2020-05-01\npeople: [Ada-Lovelace]") })).toEqual([]);
  });

  it("names an unknown field and suggests the right one", () => {
    expect(problemsOf({ [GOOD]: article("title: T\ndate: 2020-05-01\npeple: [ada-lovelace]") })).toEqual([
      `${GOOD}:4: peple: unknown field; did you mean "people"?`,
    ]);
  });

  it("reports an event date that is not EDTF", () => {
    const [p] = problemsOf({ [GOOD]: article("title: T\ndate: 2020-05-01\nevents:\n  - date: April 2017\n    label: Something") });
    expect(p).toMatch(new RegExp(`^${GOOD}:5: events\\[0\\]\\.date: not an EDTF date`));
  });

  it("reports YAML syntax errors with their line", () => {
    const [p] = problemsOf({ [GOOD]: article("title: T\ndate: 2020-05-01\npeople: [ada-lovelace") });
    expect(p).toMatch(new RegExp(`^${GOOD}:\\d+: -: YAML: `));
  });

  it("reports a file that does not follow the naming pattern", () => {
    expect(problemsOf({ "articles/2020/Council Budget.md": article("title: T\ndate: 2020-05-01") })[0]).toBe(
      "articles/2020/Council Budget.md:1: -: an article's path is articles/YYYY/YYYY-MM-DD-slug.md, the slug lowercase words joined by hyphens",
    );
  });

  it("reports a file in the wrong year's folder", () => {
    expect(problemsOf({ "articles/2019/2020-05-01-x.md": article("title: T\ndate: 2020-05-01") })).toEqual([
      "articles/2019/2020-05-01-x.md:1: -: the file is in the folder 2019 but dated 2020",
    ]);
  });

  it("reports registry ids that differ only by case as duplicates", () => {
    const problems = problemsOf({ "_data/topics/Budget.yaml": "name: Budget again\n" });
    expect(problems).toEqual(['_data/topics/budget.yaml:1: -: duplicate id "budget": _data/topics/Budget.yaml has it too (ids ignore case)']);
  });

  it("reports a registry field with the wrong value on its line", () => {
    const problems = problemsOf({ "_data/jurisdictions/shelbyville.yaml": "name: Shelbyville\nclassification: metropolis\n" });
    expect(problems[0]).toMatch(/^_data\/jurisdictions\/shelbyville\.yaml:2: classification: /);
  });

  it("reports jurisdictions whose parents form a loop", () => {
    const problems = problemsOf({
      "_data/jurisdictions/a.yaml": "name: A\nclassification: city\nparent: b\n",
      "_data/jurisdictions/b.yaml": "name: B\nclassification: county\nparent: a\n",
    });
    expect(problems.some((p) => /^_data\/jurisdictions\/a\.yaml:3: parent: parents form a loop: a > b > a$/.test(p))).toBe(true);
  });

  it("reports a jurisdiction's map codes and coordinates on their lines, and accepts good ones", () => {
    const problems = problemsOf({
      "_data/jurisdictions/good.yaml": 'name: Good\nclassification: county\nfips: "08031"\niso_3166: 840\ncoordinates: { lat: 39.7, lon: -104.9 }\n',
      "_data/jurisdictions/unquoted.yaml": "name: Unquoted\nclassification: state\nfips: 08\n",
      "_data/jurisdictions/wrong-size.yaml": 'name: Wrong size\nclassification: state\nfips: "08031"\n',
      "_data/jurisdictions/no-state.yaml": 'name: No state\nclassification: county\nfips: "99001"\n',
      "_data/jurisdictions/no-country.yaml": "name: No country\nclassification: country\niso_3166: XX\n",
      "_data/jurisdictions/far-east.yaml": "name: Far east\nclassification: city\ncoordinates: [39.7, 204.9]\n",
      "_data/jurisdictions/far-north.yaml": "name: Far north\nclassification: city\ncoordinates:\n  lat: 91\n  lon: 0\n",
    });
    expect(problems).toEqual([
      "_data/jurisdictions/far-east.yaml:3: coordinates[1]: a longitude is between -180 and 180",
      "_data/jurisdictions/far-north.yaml:4: coordinates.lat: a latitude is between -90 and 90",
      '_data/jurisdictions/no-country.yaml:3: iso_3166: "XX" is no assigned ISO 3166-1 country code: write its alpha-2 code (US) or its numeric code (840)',
      "_data/jurisdictions/no-state.yaml:3: fips: begins with no US state's FIPS code (01 to 56, or a territory's)",
      '_data/jurisdictions/unquoted.yaml:3: fips: a FIPS code is quoted digits: "08" for a state, "08031" for a county',
      `_data/jurisdictions/wrong-size.yaml:3: fips: a state's FIPS code has 2 digits, and "08031" has 5`,
    ]);
  });

  it("reports a figure without caption, credit or image on the figure's line", () => {
    const body = "First paragraph.\n\n```figure\nalt: nothing else\n```\n";
    const [p] = problemsOf({ [GOOD]: article("title: T\ndate: 2020-05-01", body) });
    expect(p).toBe(`${GOOD}:7: figure: a figure needs at least a caption, a credit, a title or a src`);
  });

  it("reports a photographer who is not in the registry", () => {
    const body = "Text.\n\n```figure\ncaption: A photo\nby: ada-lovelac\n```\n";
    expect(problemsOf({ [GOOD]: article("title: T\ndate: 2020-05-01", body) })).toEqual([
      `${GOOD}:9: figure.by: unknown person "ada-lovelac"; did you mean "ada-lovelace"?`,
    ]);
  });

  it("refuses a figure image with a javascript: address", () => {
    const body = "Text.\n\n```figure\ncaption: A photo\nsrc: javascript:alert(1)\n```\n";
    const [p] = problemsOf({ [GOOD]: article("title: T\ndate: 2020-05-01", body) });
    expect(p).toMatch(new RegExp(`^${GOOD}:9: figure\\.src: "javascript:" is not an image address`));
  });

  it("reports every problem of every file in one run", () => {
    const problems = problemsOf({
      [GOOD]: article("date: 2020-05-01\npeople: [nobody]"),
      "articles/2021/2021-01-01-other.md": article("title: Other\ndate: 2021-13-01"),
      "_data/people/bad.yaml": "nam: Bad\n",
    });
    expect(problems.length).toBeGreaterThanOrEqual(4);
    expect(problems.map((p) => p.split(":")[0])).toEqual(
      expect.arrayContaining([GOOD, "articles/2021/2021-01-01-other.md", "_data/people/bad.yaml"]),
    );
  });
});

describe("article bodies are read from their files when asked, not held by the archive", () => {
  it("gives the body as written, and stops the build naming the file when it was changed into something unreadable since", async () => {
    const root = makeArchive({ ...PEOPLE, [GOOD]: article("title: Council passes budget\ndate: 2020-05-01", "The council voted 5-2.\n") });
    roots.push(root);
    const { archive } = readArchive(root);
    const [first] = archive!.articles;
    expect(first!.body).toBe("The council voted 5-2.\n");
    const { writeFileSync } = await import("node:fs");
    await new Promise((resolve) => setTimeout(resolve, 10));
    writeFileSync(`${root}/${GOOD}`, Buffer.from([0xff, 0xfe, 0x00]));
    expect(() => first!.body).toThrow(/council-passes-budget\.md.*changed or went away/s);
  });
});

describe("aliases, an article's old addresses", () => {
  const NEW = "articles/2018/2018-01-24-new-slug.md";
  const OTHER = "articles/2018/2018-01-25-other.md";
  const withAliases = (date: string, ...aliases: string[]) => article(`title: T\ndate: ${date}\naliases:\n${aliases.map((a) => `  - ${a}`).join("\n")}`);

  it("accepts a site path, with or without its trailing slash, and keeps it as the site writes it", () => {
    const root = makeArchive({ [NEW]: withAliases("2018-01-24", "/2018/01/23/old-slug", "/news/old-story.html", "/stories/9/index.html") });
    roots.push(root);
    const { archive, problems } = readArchive(root);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(archive!.redirects).toEqual([
      { from: "/2018/01/23/old-slug/", to: "/2018/01/24/new-slug/", title: "T" },
      { from: "/news/old-story.html", to: "/2018/01/24/new-slug/", title: "T" },
      { from: "/stories/9/", to: "/2018/01/24/new-slug/", title: "T" },
    ]);
  });

  it("refuses an alias that another article's aliases claim, naming both files and the first one's line", () => {
    expect(problemsOf({ [NEW]: withAliases("2018-01-24", "/2018/01/23/old-slug/"), [OTHER]: withAliases("2018-01-25", "/2018/01/23/Old-Slug") })).toEqual([
      `${OTHER}:5: aliases[0]: /2018/01/23/Old-Slug/ is already an alias of ${NEW} (line 5); an old address can send visitors to one article only`,
    ]);
  });

  it("refuses an alias that is another article's address, in whichever file comes first", () => {
    expect(problemsOf({ [NEW]: withAliases("2018-01-24", "/2018/01/25/other/"), [OTHER]: article("title: O\ndate: 2018-01-25") })).toEqual([
      `${NEW}:5: aliases[0]: /2018/01/25/other/ is the address of ${OTHER}; an address belongs to one article only`,
    ]);
  });

  it("refuses the article's own address and an alias listed twice", () => {
    expect(problemsOf({ [NEW]: withAliases("2018-01-24", "/2018/01/24/new-slug/", "/old/", "/OLD/index.html") })).toEqual([
      `${NEW}:5: aliases[0]: /2018/01/24/new-slug/ is the article's own address; an alias is an address it had before`,
      `${NEW}:7: aliases[2]: /OLD/ is listed twice, as aliases[1] too (addresses ignore case)`,
    ]);
  });
});
