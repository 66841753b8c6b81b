import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { buildHugoSite, hugoSiteFiles, writeHugoSite } from "../../src/bench/hugo.ts";
import { generateArchive } from "../../src/bench/synthetic.ts";
import { describeWithTool } from "../helpers/tools.ts";

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

describe("the Hugo site of a synthetic archive", () => {
  const archive = generateArchive({ articles: 3, seed: 7 });
  const files = hugoSiteFiles(archive.files);
  const articlePaths = Object.keys(archive.files).filter((path) => path.startsWith("articles/"));

  it("has a config with the people and places taxonomies, and the layouts to render them", () => {
    expect(files["hugo.toml"]).toMatch(/\[taxonomies\]\s+person = "people"\s+place = "places"/);
    for (const layout of ["baseof", "single", "list", "taxonomy", "term"]) expect(files[`layouts/_default/${layout}.html`]).toBeTruthy();
    expect(files["layouts/_default/single.html"]).toContain("data-pagefind-body");
  });

  it("writes each article as content/posts/<its Morgue id>.md with its title, date, people and places", () => {
    const posts = Object.keys(files).filter((path) => path.startsWith("content/posts/"));
    expect(posts).toHaveLength(3);
    for (const path of articlePaths) {
      const id = path.replace(/^articles\/\d{4}\//, "").replace(/\.md$/, "");
      const text = files[`content/posts/${id}.md`]!;
      const [, front, body] = /^---\n([\s\S]*?\n)---\n([\s\S]*)$/.exec(text)!;
      const [, original, originalBody] = /^---\n([\s\S]*?\n)---\n([\s\S]*)$/.exec(archive.files[path] as string)!;
      const want = parse(original!) as Record<string, unknown>;
      expect(parse(front!)).toMatchObject({ title: want.title, date: want.date, people: want.people, places: want.jurisdictions });
      expect(body).toBe(originalBody);
    }
  });

  it("titles each person's and place's term page with the registry's name", () => {
    expect(files["content/places/denver/_index.md"]).toBe("---\ntitle: Denver\n---\n");
    expect(Object.keys(files).filter((path) => path.startsWith("content/people/"))).toHaveLength(archive.corpus.people);
  });

  it("writes those files to a folder", () => {
    const root = mkdtempSync(join(tmpdir(), "morgue-hugo-test-"));
    roots.push(root);
    expect(writeHugoSite(root, archive.files)).toEqual({ articles: 3 });
    expect(readFileSync(join(root, "hugo.toml"), "utf8")).toBe(files["hugo.toml"]);
  });
});

describeWithTool("hugo", "apt-get install -y hugo", "building the synthetic archive with Hugo and Pagefind", () => {
  it("makes and indexes a page for each of 20 articles", async () => {
    const root = mkdtempSync(join(tmpdir(), "morgue-hugo-build-"));
    roots.push(root);
    writeHugoSite(root, generateArchive({ articles: 20, seed: 3 }).files);
    const run = await buildHugoSite(root);
    expect(run.ok, [...run.hugo.tail, ...(run.pagefind?.tail ?? [])].join("\n")).toBe(true);
    expect(run.articlePages).toBe(20);
    expect(run.pagesIndexed).toBe(20);
    expect(readFileSync(join(root, "public/people/index.html"), "utf8")).toContain("<h1>People</h1>");
  });
});
