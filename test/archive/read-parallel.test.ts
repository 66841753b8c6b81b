/**
 * A large archive's articles are read in worker threads (src/archive/read-parallel.ts): what
 * `npm run check` and the build report must be what reading them on one thread reports, every
 * problem in the same order, and the archive the same.
 */
import { afterAll, describe, expect, it } from "vitest";
import { readArchive } from "../../src/archive.ts";
import { readArchiveInParallel } from "../../src/archive/read-parallel.ts";
import { formatProblem } from "../../src/content/problems.ts";
import { article, makeArchive, removeArchive } from "../helpers/fixture.ts";

const files: Record<string, string> = {
  "_data/people/ada-lovelace.yaml": "name: Ada Lovelace\n",
  "_data/jurisdictions/springfield.yaml": "name: Springfield\nclassification: city\n",
};
// Good articles, and among them one of each kind of problem a worker finds or the main thread
// finds from what a worker answered: a schema error, an unknown person (with its line), a missing
// image, an alias another article claims, unreadable YAML.
for (let i = 1; i <= 40; i++) {
  const day = String((i % 28) + 1).padStart(2, "0");
  files[`articles/2020/2020-05-${day}-story-${i}.md`] = article(`title: Story ${i}\ndate: 2020-05-${day}\npeople: [ada-lovelace]\njurisdictions: [springfield]`, `Words of story ${i}.\n`);
}
files["articles/2020/2020-06-01-bad-date.md"] = article("title: Bad date\ndate: 2020-06-31");
files["articles/2020/2020-06-02-unknown-person.md"] = article("title: Unknown\ndate: 2020-06-02\npeople:\n  - ada-lovelace\n  - ada-lovelance");
files["articles/2020/2020-06-03-missing-image.md"] = article("title: Image\ndate: 2020-06-03", "![A photo](media/nowhere.jpg)\n");
files["articles/2020/2020-06-04-alias.md"] = article("title: Alias\ndate: 2020-06-04\naliases: [/2020/05/02/story-1/]");
files["articles/2020/2020-06-05-broken.md"] = "---\ntitle: [unclosed\n---\nText.\n";

const root = makeArchive(files);
afterAll(() => removeArchive(root));

describe("reading the articles in worker threads", () => {
  it("reports exactly the problems one thread reports, in the same order", async () => {
    const one = readArchive(root).problems.map(formatProblem);
    const many = (await readArchiveInParallel(root, {}, { workers: 2, from: 1 })).problems.map(formatProblem);
    expect(one.length).toBeGreaterThanOrEqual(5);
    expect(one.some((p) => p.includes("ada-lovelance") && p.includes(":6:"))).toBe(true);
    expect(many).toEqual(one);
  });

  it("gives the same archive, bodies read from the files when asked", async () => {
    for (const f of ["articles/2020/2020-06-01-bad-date.md", "articles/2020/2020-06-02-unknown-person.md", "articles/2020/2020-06-03-missing-image.md", "articles/2020/2020-06-04-alias.md", "articles/2020/2020-06-05-broken.md"]) {
      delete files[f];
    }
    const clean = makeArchive(files);
    try {
      const one = readArchive(clean, { today: "2026-01-01" });
      const many = await readArchiveInParallel(clean, { today: "2026-01-01" }, { workers: 2, from: 1 });
      expect(one.problems).toEqual([]);
      expect(many.problems).toEqual([]);
      expect(many.archive!.articles.map((a) => a.body)).toEqual(one.archive!.articles.map((a) => a.body));
      expect(many.archive!.articles[0]!.body).toMatch(/^Words of story \d+\.\n$/);
      expect(JSON.stringify(many.archive!.articles)).toEqual(JSON.stringify(one.archive!.articles));
    } finally {
      removeArchive(clean);
    }
  });
});
