/**
 * The workflows and review rules a hostile pull request meets: GitHub's hardening guide for
 * Actions, Code Owners that let writers approve content only, Dependabot keeping pins current.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { PACKAGE_ROOT } from "../../src/build.ts";
import { readWorkflow, type Job, type Workflow } from "../helpers/workflows.ts";

const read = (path: string) => readFileSync(join(PACKAGE_ROOT, path), "utf8");
const WORKFLOWS = [".github/workflows/deploy.yml", ".github/workflows/pr.yml"];
const workflow = readWorkflow;
const steps = (path: string) => Object.values(workflow(path).jobs).flatMap((job) => job.steps);

describe("the workflows follow GitHub's hardening guide", () => {
  it.each(WORKFLOWS)("%s pins every action to a full commit SHA, with its tag in a comment", (path) => {
    const lines = read(path).split("\n").filter((line) => /^\s*(-\s*)?uses:/.test(line));
    expect(lines.length).toBe(steps(path).filter((step) => step.uses).length);
    for (const line of lines) {
      expect(line, line.trim()).toMatch(/uses: [\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
    }
  });

  it.each(WORKFLOWS)("%s grants nothing by default and every job only what it needs", (path) => {
    const { permissions, jobs } = workflow(path);
    expect(permissions).toEqual({});
    for (const [name, job] of Object.entries(jobs)) {
      expect(job.permissions, name).toBeDefined();
      const writes = Object.entries(job.permissions!).filter(([, level]) => level === "write");
      if (!(path.endsWith("deploy.yml") && name === "deploy")) expect(writes, name).toEqual([]);
    }
  });

  it("gives pages: write and id-token: write to the deploy job alone, which runs no repository code", () => {
    const { jobs } = workflow(".github/workflows/deploy.yml");
    expect(jobs.build!.permissions).toEqual({ contents: "read", pages: "read" });
    expect(jobs.deploy!.permissions).toEqual({ pages: "write", "id-token": "write" });
    expect(jobs.deploy!.steps.map((step) => step.uses?.split("@")[0])).toEqual(["actions/deploy-pages"]);
  });

  it.each(WORKFLOWS)("%s never pastes an expression into a shell script", (path) => {
    for (const step of steps(path).filter((s) => s.run)) expect(step.run, step.name ?? step.run).not.toContain("${{");
  });

  it("passes configure-pages' outputs and one day to every build, a part's and the assembly's too, through env", () => {
    const builds = steps(".github/workflows/deploy.yml").filter((step) => step.run?.includes("npm run build"));
    expect(builds.map((build) => build.run!.match(/--shard|--assemble/)?.[0] ?? "whole")).toEqual(["whole", "--shard", "--assemble"]);
    for (const build of builds) {
      expect(build.env).toMatchObject({ SITE_ORIGIN: "${{ steps.pages.outputs.origin }}", BASE_PATH: "${{ steps.pages.outputs.base_path }}", TODAY: "${{ needs.plan.outputs.today }}" });
      for (const arg of ['"$SITE_ORIGIN"', '"$BASE_PATH/"', '--today "$TODAY"']) expect(build.run).toContain(arg);
    }
  });

  it("takes the count of parts from one setting, SHARDS, for the matrix of part jobs and their --shard", () => {
    const deploy = workflow(".github/workflows/deploy.yml") as Workflow & { env: Record<string, unknown>; jobs: Record<string, Job & { strategy?: { matrix: Record<string, unknown> } }> };
    expect(deploy.env.SHARDS).toBe(1);
    expect(deploy.jobs.part!.strategy!.matrix.part).toBe("${{ fromJSON(needs.plan.outputs.parts) }}");
    expect(deploy.jobs.part!.steps.find((step) => step.run?.includes("--shard"))!.run).toContain('--shard "$PART/$SHARDS"');
  });

  it("saves the site's cache only from the deploy, and the pull request only restores main's", () => {
    const uses = (path: string) => steps(path).map((step) => step.uses?.split("@")[0]).filter((name) => name?.startsWith("actions/cache"));
    expect(uses(".github/workflows/deploy.yml")).toEqual(["actions/cache/restore", "actions/cache/save"]);
    expect(uses(".github/workflows/pr.yml")).toEqual(["actions/cache/restore"]);
    const restore = steps(".github/workflows/pr.yml").find((step) => step.uses?.startsWith("actions/cache/restore@"))!;
    expect(restore.with?.["restore-keys"]).toBe("site-main-");
  });

  it.each(WORKFLOWS)("%s checks out without leaving credentials in .git", (path) => {
    const checkouts = steps(path).filter((step) => step.uses?.startsWith("actions/checkout@"));
    expect(checkouts.length).toBeGreaterThan(0);
    for (const step of checkouts) expect(step.with?.["persist-credentials"]).toBe(false);
  });

  it.each(WORKFLOWS)("%s limits every job's time", (path) => {
    for (const [name, job] of Object.entries(workflow(path).jobs)) expect(job["timeout-minutes"], name).toBeGreaterThan(0);
  });

  it("runs pull requests with pull_request, never pull_request_target", () => {
    for (const path of WORKFLOWS) expect(Object.keys(workflow(path).on)).not.toContain("pull_request_target");
  });

  it("pr.yml runs every command of .ci/run, in order: Chromium, jing and Hugo, npm ci, npm test", () => {
    const ciCommands = read(".ci/run")
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith("#") && !/^(set|cd|export) /.test(line));
    const prCommands = steps(".github/workflows/pr.yml").flatMap((step) => (step.run ?? "").split("\n").map((line) => line.trim()));
    const positions = ciCommands.map((command) => prCommands.indexOf(command));
    expect(ciCommands.filter((_, i) => positions[i]! < 0), "missing from pr.yml").toEqual([]);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(ciCommands).toEqual(expect.arrayContaining(["apt-get install -y -qq chromium jing hugo >/dev/null", "npm ci --no-audit --no-fund", "npm test"]));
  });
});

/** A CODEOWNERS pattern as a regular expression, by gitignore's rules (what GitHub follows). */
function codeownersPattern(pattern: string): RegExp {
  const directory = pattern.endsWith("/");
  let body = pattern.replace(/^\//, "").replace(/\/$/, "");
  const anchored = pattern.startsWith("/") || body.includes("/");
  let re = "";
  while (body) {
    if (body.startsWith("**/")) [re, body] = [`${re}(?:[^/]+/)*`, body.slice(3)];
    else if (body.startsWith("*")) [re, body] = [`${re}[^/]*`, body.slice(1)];
    else [re, body] = [re + body[0]!.replace(/[.+?^${}()|[\]\\]/g, "\\$&"), body.slice(1)];
  }
  // A pattern that matches a folder matches everything in it; one ending in / matches only folders.
  return new RegExp(`^${anchored ? "" : "(?:.*/)?"}${re}${directory ? "/.+" : "(?:/.+)?"}$`);
}

const rules = read(".github/CODEOWNERS")
  .split("\n")
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith("#"))
  .map((line) => {
    const [pattern, ...owners] = line.split(/\s+/);
    return { pattern: pattern!, owners, re: codeownersPattern(pattern!) };
  });

/** The owners GitHub would ask for a file: the last matching rule's. */
const ownersOf = (path: string) => rules.findLast((rule) => rule.re.test(path))?.owners ?? [];

describe("CODEOWNERS lets writers approve content and nothing else", () => {
  it("leaves without a code owner only articles, the registries and the media folder's images", () => {
    expect(rules[0]).toMatchObject({ pattern: "*", owners: ["@morgue/maintainers"] });
    expect(rules.filter((rule) => rule.owners.length === 0).map((rule) => rule.pattern)).toEqual([
      "/articles/**/*.md",
      "/_data/*/*.yaml",
      ...["jpg", "jpeg", "png", "webp", "avif", "gif"].map((ext) => `/media/**/*.${ext}`),
    ]);
    for (const rule of rules.filter((r) => r.owners.length)) expect(rule.owners, rule.pattern).toEqual(["@morgue/maintainers"]);
  });

  it.each(["articles/2018/2018-01-24-denver.md", "articles/notes.md", "_data/people/ada.yaml", "_data/topics/budget.yaml", "media/2018/photo.jpg", "media/logo.png", "media/a/b/c.avif"])(
    "any writer may approve %s",
    (path) => expect(ownersOf(path)).toEqual([]),
  );

  it.each([
    "_data/site.yaml",
    "_data/people/ada.yml",
    "_data/people/nested/ada.yaml",
    "articles/2018/script.js",
    "articles/2018/x.md/inside.js",
    "articles/2018/2018-01-24-denver.11tydata.js",
    "media/drawing.svg",
    "media/page.html",
    "media/photo.JPG",
    "media/photo.jpg/payload.js",
    ".github/CODEOWNERS",
    ".github/workflows/deploy.yml",
    ".ci/run",
    "package.json",
    "package-lock.json",
    "eleventy.config.ts",
    "src/build.ts",
    "_includes/layouts/base.njk",
    "src/browser/search/main.ts",
    "_headers",
  ])("%s needs a maintainer", (path) => expect(ownersOf(path)).toEqual(["@morgue/maintainers"]));
});

describe("Dependabot keeps the pins current", () => {
  it("updates the actions' SHAs and the npm dependencies weekly, grouped", () => {
    const { updates } = parse(read(".github/dependabot.yml")) as { updates: { "package-ecosystem": string; schedule: { interval: string }; groups?: object }[] };
    expect(updates.map((u) => u["package-ecosystem"]).sort()).toEqual(["github-actions", "npm"]);
    for (const update of updates) {
      expect(update.schedule.interval).toBe("weekly");
      expect(Object.keys(update.groups ?? {}).length).toBeGreaterThan(0);
    }
  });
});
