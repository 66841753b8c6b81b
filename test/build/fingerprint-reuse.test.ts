/**
 * An incremental build takes the previous build's hash of an article whose file and the
 * registries are unchanged, instead of walking the article again (src/incremental/fingerprints.ts;
 * at 100,000 articles the walk was a third of the fingerprints' time). These tests show it takes
 * exactly those, and works every article out again when anything else an article page shows
 * changed: test/build/incremental.test.ts shows the sites it builds are the full build's.
 */
import { afterAll, describe, expect, it } from "vitest";
import { readArchive } from "../../src/archive/read.ts";
import { allPagedLists } from "../../src/eleventy/plugin.ts";
import { articleInput, fingerprintPages, type KnownArticles } from "../../src/incremental/fingerprints.ts";
import { article, makeArchive, removeArchive, writeFile } from "../helpers/fixture.ts";

const MAYOR = "name: Grace Brown\nroles:\n  - title: Mayor of Springfield\n    jurisdiction: springfield\n    start: 2016-01-01\n    current: true\n";
const root = makeArchive({
  "_data/people/grace-brown.yaml": MAYOR,
  "_data/jurisdictions/springfield.yaml": "name: Springfield\nclassification: city\n",
  "articles/2018/2018-03-01-mayor-opens-the-library.md": article("title: Mayor opens the library\ndate: 2018-03-01\npeople: [grace-brown]\njurisdictions: [springfield]"),
  "articles/2018/2018-04-02-council-meets.md": article("title: Council meets\ndate: 2018-04-02\njurisdictions: [springfield]"),
});
afterAll(() => removeArchive(root));

const LIBRARY = "article /2018/03/01/mayor-opens-the-library/";
const COUNCIL = "article /2018/04/02/council-meets/";

function fingerprints(today: string, known?: KnownArticles) {
  const { archive, problems } = readArchive(root, { today });
  expect(problems).toEqual([]);
  return fingerprintPages(archive!, allPagedLists(archive!), known);
}

/** A previous build whose article hashes were other strings, so a test sees which were taken. */
function previous(inputs: KnownArticles["inputs"]): KnownArticles {
  return { inputs, pages: { [LIBRARY]: ["previous library", "/2018/03/01/mayor-opens-the-library/"], [COUNCIL]: ["previous council", "/2018/04/02/council-meets/"] } };
}

describe("an article's hash from the previous build", () => {
  it("is taken when the article's file and the registries are as they were, and worked out again for an edited article", () => {
    const first = fingerprints("2018-02-15");
    const again = fingerprints("2018-02-15", previous({ ...first.inputs, texts: { ...first.inputs.texts, [COUNCIL]: "another text" } }));
    expect(again.pages.get(LIBRARY)).toBe("previous library");
    expect(again.pages.get(COUNCIL)).toBe(first.pages.get(COUNCIL));
    // The lists the article is on are worked out from the hash taken.
    expect(again.pages.get("days /2018/03/01/")).not.toBe(first.pages.get("days /2018/03/01/"));
    expect(again.pages.get("days /2018/04/02/")).toBe(first.pages.get("days /2018/04/02/"));
  });

  it("is worked out again for every article when the day roles are read at changes", () => {
    const first = fingerprints("2018-02-15");
    // Grace Brown's role is current: held on an article's date only once that date is past.
    const later = fingerprints("2021-01-01");
    expect(later.pages.get(LIBRARY)).not.toBe(first.pages.get(LIBRARY));
    const taken = fingerprints("2021-01-01", previous(first.inputs));
    expect(taken.pages.get(LIBRARY)).toBe(later.pages.get(LIBRARY));
    expect(taken.pages.get(COUNCIL)).toBe(later.pages.get(COUNCIL));
  });

  it("is worked out again for every article when a registry entry changes", () => {
    const first = fingerprints("2018-02-15");
    writeFile(root, "_data/people/grace-brown.yaml", MAYOR.replace("Grace Brown", "Grace Brown-Okafor"));
    try {
      const renamed = fingerprints("2018-02-15", previous(first.inputs));
      expect(renamed.inputs.registries).not.toBe(first.inputs.registries);
      expect([renamed.pages.get(LIBRARY), renamed.pages.get(COUNCIL)]).toEqual([fingerprints("2018-02-15").pages.get(LIBRARY), fingerprints("2018-02-15").pages.get(COUNCIL)]);
      expect(renamed.pages.get(LIBRARY)).not.toBe(first.pages.get(LIBRARY));
    } finally {
      writeFile(root, "_data/people/grace-brown.yaml", MAYOR);
    }
  });

  it("is worked out again for an article read from another file with the same text", () => {
    const first = fingerprints("2018-02-15");
    const { archive } = readArchive(root, { today: "2018-02-15" });
    const library = archive!.articles.find((a) => a.url === "/2018/03/01/mayor-opens-the-library/")!;
    expect(first.inputs.texts[LIBRARY]).toBe(articleInput(library));
    const elsewhere = articleInput({ textHash: library.textHash, file: "articles/2018/elsewhere.md" })!;
    const moved = fingerprints("2018-02-15", previous({ ...first.inputs, texts: { ...first.inputs.texts, [LIBRARY]: elsewhere } }));
    expect(moved.pages.get(LIBRARY)).toBe(first.pages.get(LIBRARY));
    expect(moved.pages.get(COUNCIL)).toBe("previous council");
  });
});
