/**
 * Issue 14, item 3: the browser editor at /admin/ (Decap CMS), driven in Chromium against a
 * built fixture archive with Decap's in-memory test-repo backend in place of GitHub (swapped
 * into /admin/config.yml by the test, never in the built site).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { readArchive } from "../../src/archive.ts";
import { formatProblem } from "../../src/content/problems.ts";
import { article, buildArchive, makeArchive, removeArchive, SITE_YAML, writeFile } from "../helpers/fixture.ts";
import { describeBrowser, launchBrowser, serveSite, watchForErrors, type StaticServer } from "../helpers/browser.ts";
import { headersFor, parseHeaders } from "../helpers/headers.ts";

const WAIT = { timeout: 30_000 };
const FILES = {
  "_data/people/ada-reporter.yaml": "name: Ada Reporter\n",
  "_data/people/michael-hancock.yaml": "name: Michael Hancock\nother_names: [Michael B. Hancock]\n",
  "_data/jurisdictions/denver.yaml": "name: Denver\nclassification: city\n",
  "_data/organizations/denver-water.yaml": "name: Denver Water\n",
  "_data/topics/water.yaml": "name: Water\n",
  "articles/2020/2020-05-01-reservoir-opens.md": article("title: Aurora opens a new reservoir\ndate: 2020-05-01\ntopics: [water]", "The reservoir holds a year of water.\n"),
};

/**
 * The archive's files as Decap's test-repo backend holds them: a tree of folders, each file
 * `{ content }`. It reads a file through the tree, but lists a folder as one key of the tree's
 * top level (`tree["articles/2020"]`), so each folder is there under its whole path as well.
 */
function repoTree(files: Record<string, string>): Record<string, unknown> {
  const tree: Record<string, any> = {};
  for (const [path, content] of Object.entries(files)) {
    const parts = path.split("/");
    let node = tree;
    for (const dir of parts.slice(0, -1)) node = node[dir] ??= {};
    node[parts.at(-1)!] = { content };
    (tree[parts.slice(0, -1).join("/")] ??= {})[parts.at(-1)!] = { content };
  }
  return tree;
}

let root: string;
let site: string;
let server: StaticServer;
let browser: Browser;

describeBrowser("the browser editor at /admin/", () => {
  beforeAll(async () => {
    root = makeArchive(FILES, { site: `${SITE_YAML}editor:\n  repo: example/archive\n` });
    site = (await buildArchive(root, { today: "2021-03-01" })).output;
    // Served with the headers _headers gives /admin/, as Netlify or Cloudflare Pages would.
    const admin = headersFor(parseHeaders(readFileSync(join(site, "_headers"), "utf8")), "/admin/");
    server = await serveSite(site, { headers: Object.fromEntries(Object.entries(admin).map(([k, v]) => [k, v.join(", ")])) });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (root) removeArchive(root);
  });

  /** /admin/ with the test-repo backend holding `files`, every policy violation recorded. */
  async function openEditor(files: Record<string, string>, timezoneId?: string): Promise<{ page: Page; errors: string[]; violations: () => Promise<string[]> }> {
    const context = await browser.newContext({ timezoneId });
    const page = await context.newPage();
    await page.addInitScript((tree) => {
      const w = window as any;
      w.repoFiles = tree;
      w.violations = [];
      document.addEventListener("securitypolicyviolation", (e) => w.violations.push(`${e.effectiveDirective} ${e.blockedURI}`));
    }, repoTree(files));
    await page.route("**/admin/config.yml", async (route) => {
      const response = await route.fetch();
      const text = (await response.text()).replace(/^backend:\n(?: {2}.*\n)+/m, "backend:\n  name: test-repo\n");
      await route.fulfill({ response, body: text });
    });
    const errors = watchForErrors(page);
    await page.goto(`${server.url}admin/`, { waitUntil: "domcontentloaded", timeout: 60_000 });
    return { page, errors, violations: () => page.evaluate(() => (window as any).violations as string[]) };
  }

  /** Logs in to the test-repo backend (a button, no password). */
  async function logIn(page: Page): Promise<void> {
    await page.getByRole("button", { name: /login/i }).click(WAIT);
    await page.getByText("Articles, 2020").first().waitFor(WAIT);
  }

  it("creates an article with a person, a place and a figure, named from its date, whose file `npm run check` accepts unchanged", async () => {
    // East of UTC, where the local midnight of 2 June is still 1 June in UTC: the file's name is the date as written.
    const { page, errors, violations } = await openEditor(FILES, "Pacific/Kiritimati");
    await logIn(page);
    await page.goto(`${server.url}admin/#/collections/articles-2020/new`);
    await page.locator('[id^="title-field-"]').fill("Council backs the new reservoir", WAIT);
    await page.locator('[id^="date-field-"]').fill("2020-06-02");
    await page.getByLabel("People (optional)", { exact: true }).fill("Hancock");
    await page.getByText("Michael Hancock", { exact: true }).click(WAIT);
    await page.getByLabel("Jurisdictions (optional)", { exact: true }).fill("Denv");
    await page.getByText("Denver", { exact: true }).click(WAIT);
    // The body: a sentence, then a figure from the toolbar's "+" menu, filled in as a form.
    await page.locator('[data-slate-editor="true"]').first().click();
    await page.keyboard.type("The council voted for the reservoir.");
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: /add component/i }).click();
    await page.getByRole("menuitem", { name: "Figure" }).or(page.getByText("Figure", { exact: true })).first().click(WAIT);
    await page.getByLabel("Caption (optional)").last().fill("The reservoir at dawn");
    await page.getByLabel("Credit (optional)").last().fill("Denver Water");
    await page.getByRole("button", { name: "Save" }).click();

    // The editorial workflow: the article waits for review, as a pull request would.
    const unpublished = () => page.evaluate(() => Object.values((window as any).repoFilesUnpublished) as { diffs: { path: string; content: string }[] }[]);
    await expect.poll(async () => (await unpublished()).length, WAIT).toBe(1);
    const [file] = (await unpublished())[0]!.diffs;
    expect(file!.path).toBe("articles/2020/2020-06-02-council-backs-the-new-reservoir.md");
    expect(file!.content).toBe(
      "---\ntitle: Council backs the new reservoir\ndate: 2020-06-02\npeople:\n  - michael-hancock\njurisdictions:\n  - denver\ndraft: false\n---\n" +
        "The council voted for the reservoir.\n\n```figure\ncaption: The reservoir at dawn\ncredit: Denver Water\n```\n",
    );
    // What `npm run check` runs, on the archive with the file added as the editor wrote it.
    writeFile(root, file!.path, file!.content);
    const { archive, problems } = readArchive(root);
    expect(problems.map(formatProblem)).toEqual([]);
    const written = archive!.articles.find((a) => a.file === file!.path)!;
    expect([written.people, written.jurisdictions, written.figures]).toEqual([["michael-hancock"], ["denver"], [{ caption: "The reservoir at dawn", credit: "Denver Water" }]]);
    expect(errors).toEqual([]);
    expect(await violations()).toEqual([]);
    await page.context().close();
  });

  it("never runs front matter as code: a file opening ---js is refused, and the editor says why", async () => {
    const hostile = "articles/2020/2020-05-03-hostile.md";
    const { page, errors } = await openEditor({
      ...FILES,
      // gray-matter, Decap's own reader, would eval this (and the editor's policy allows eval).
      [hostile]: "---js\n{ title: (window.pwned = 'front matter ran', 'Hostile'), date: '2020-05-03' }\n---\nBody.\n",
    });
    await logIn(page);
    await page.getByText("Articles, 2020").first().click();
    await page.getByText("Aurora opens a new reservoir").first().waitFor(WAIT);
    await page.goto(`${server.url}admin/#/collections/articles-2020/entries/2020-05-03-hostile`);
    await expect.poll(() => errors.join("\n"), WAIT).toMatch(/front matter in another language \("---js"\) is refused/);
    expect(await page.evaluate(() => (window as any).pwned)).toBeUndefined();
    await page.context().close();
  });
});
