/**
 * The deploy and pull-request workflows (issue 12, items 2 and 4) rehearsed here, as far as this
 * machine can: GitHub's runner is not reachable, so the actions (`uses:`) are played by a few
 * lines each (checkout, the cache, artifacts), and every shell step (`run:`) runs as written in
 * the workflow file, with bash -e as GitHub runs it, the step's `env:` filled in from the
 * outputs of the steps and jobs before it. A step the rehearsal does not know fails it, so a
 * workflow changed without the rehearsal is noticed.
 *
 * - deploy.yml with `SHARDS: 1`: one build job, its site and manifest saved to the cache.
 * - deploy.yml with `SHARDS: 3`: the plan job's matrix, three part jobs, the assembling job:
 *   the site published is the same, page for page, as one build, and search holds every article.
 * - pr.yml on a pull request that edits one article: main's cache restored, the content checked,
 *   the build incremental, and the preview holds the changed pages and nothing else.
 */
import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../../src/build.ts";
import { fileHashes, makeArchive, removeArchive } from "../helpers/fixture.ts";
import { readWorkflow, type Job } from "../helpers/workflows.ts";
import { SEARCH_FILES, TITLES } from "../browser/search-fixture.ts";

const run = promisify(execFile);

const workflow = (file: string) => readWorkflow(`.github/workflows/${file}`);

/** What the runner's services keep between jobs and runs: caches by key, artifacts by name. */
interface Services {
  caches: { key: string; dir: string }[];
  artifacts: Map<string, string>;
  /** the folder upload-pages-artifact was given, as deploy-pages would publish it */
  published?: string;
  store: string;
}

/** The context `${{ }}` expressions read in the rehearsal. */
type Context = Record<string, string>;

/** A `${{ expression }}` filled in from `context`; an expression the rehearsal does not know fails it. */
function expand(text: string, context: Context): string {
  return text.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, expression: string) => {
    if (!(expression in context)) throw new Error(`the rehearsal does not know \${{ ${expression} }}: add it to the context`);
    return context[expression]!;
  });
}

/** A job's `if:` of the form `needs.job.outputs.name == 'value'`; none runs the job. */
function jobRuns(job: Job, context: Context): boolean {
  if (!job.if) return true;
  const match = /^(\S+) == '([^']*)'$/.exec(job.if.trim());
  if (!match) throw new Error(`the rehearsal cannot read the condition "${job.if}"`);
  return expand(`\${{ ${match[1]} }}`, context) === match[2];
}

/** A matrix's values, `${{ fromJSON(needs.job.outputs.name) }}` as the deploy plans its parts. */
function matrixOf(value: string, context: Context): number[] {
  const match = /^\$\{\{\s*fromJSON\((.*)\)\s*\}\}$/.exec(value.trim());
  if (!match) throw new Error(`the rehearsal cannot read the matrix "${value}"`);
  return JSON.parse(expand(`\${{ ${match[1]} }}`, context)) as number[];
}

/** The paths of a `path:` input, one a line. */
const paths = (input: string) => input.split("\n").map((line) => line.trim()).filter(Boolean);

/**
 * Runs one job's steps in `workspace` (the checkout): `run:` steps with bash -e, actions by the
 * few lines that play them. Returns the step outputs written to $GITHUB_OUTPUT, by step id, and
 * what the steps printed.
 */
async function runJob(job: Job, workspace: string, services: Services, context: Context, env: Record<string, string>): Promise<{ outputs: Record<string, Record<string, string>>; log: string }> {
  const outputs: Record<string, Record<string, string>> = {};
  let log = "";
  const stepContext = (): Context => ({
    ...context,
    ...Object.fromEntries(Object.entries(outputs).flatMap(([id, values]) => Object.entries(values).map(([name, value]) => [`steps.${id}.outputs.${name}`, value]))),
  });
  for (const step of job.steps) {
    const inputs = Object.fromEntries(Object.entries(step.with ?? {}).map(([name, value]) => [name, expand(String(value), stepContext())]));
    const action = step.uses?.split("@")[0];
    if (step.run !== undefined) {
      // npm ci and the system packages are already on this machine; npm test is the suite this runs in.
      if (/\bnpm ci\b/.test(step.run) || /apt-get install/.test(step.run) || step.run.trim() === "npm test") continue;
      const outputFile = join(services.store, `output-${Math.random().toString(36).slice(2)}`);
      writeFileSync(outputFile, "");
      const stepEnv = Object.fromEntries(Object.entries({ ...job.env, ...step.env }).map(([name, value]) => [name, expand(String(value), stepContext())]));
      try {
        const result = await run("bash", ["-e", "-c", step.run], { cwd: workspace, env: { ...process.env, ...env, ...stepEnv, GITHUB_OUTPUT: outputFile, CI: "true" }, maxBuffer: 64 * 1024 * 1024 });
        log += result.stdout;
      } catch (e) {
        const error = e as { stdout: string; stderr: string };
        throw new Error(`step "${step.name ?? step.run.split("\n")[0]}" failed:\n${error.stdout}\n${error.stderr}`);
      }
      if (step.id) {
        outputs[step.id] = Object.fromEntries(
          readFileSync(outputFile, "utf8")
            .split("\n")
            .filter(Boolean)
            .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
        );
      }
    } else if (action === "actions/checkout" || action === "actions/setup-node") {
      // The workspace is the checkout, with the repository's code and Node already in place.
    } else if (action === "actions/configure-pages") {
      outputs[step.id!] = { origin: "https://newsroom.github.io", base_path: "/morgue" };
    } else if (action === "actions/cache/restore") {
      const keys = [inputs.key!, ...paths(inputs["restore-keys"] ?? "")];
      // An exact key first, then the newest cache whose key starts with a restore key.
      const hit = services.caches.find((c) => c.key === keys[0]) ?? keys.slice(1).flatMap((prefix) => services.caches.filter((c) => c.key.startsWith(prefix)).reverse())[0];
      if (hit) for (const path of paths(inputs.path!)) if (existsSync(join(hit.dir, path))) cpSync(join(hit.dir, path), join(workspace, path), { recursive: true, verbatimSymlinks: true });
    } else if (action === "actions/cache/save") {
      const dir = join(services.store, `cache-${services.caches.length}`);
      for (const path of paths(inputs.path!)) cpSync(join(workspace, path), join(dir, path), { recursive: true });
      services.caches.push({ key: inputs.key!, dir });
    } else if (action === "actions/upload-artifact") {
      const dir = join(services.store, `artifact-${inputs.name}`);
      if (services.artifacts.has(inputs.name!)) throw new Error(`two jobs upload the artifact ${inputs.name}`);
      cpSync(join(workspace, inputs.path!), dir, { recursive: true });
      services.artifacts.set(inputs.name!, dir);
    } else if (action === "actions/download-artifact") {
      const pattern = new RegExp(`^${inputs.pattern!.replace(/[.]/g, "\\.").replace(/\*/g, ".*")}$`);
      for (const [name, dir] of services.artifacts) if (pattern.test(name)) cpSync(dir, join(workspace, inputs.path!, name), { recursive: true });
    } else if (action === "actions/upload-pages-artifact") {
      services.published = join(workspace, inputs.path!);
    } else {
      throw new Error(`the rehearsal does not know the step ${step.uses ?? step.name}`);
    }
  }
  return { outputs, log };
}

/** A checkout of an archive of `files`: the archive, with the repository's code linked in, so `npm run …` runs there as in the workflow. */
function checkout(files: Record<string, string>): string {
  const root = makeArchive(files);
  for (const entry of ["package.json", "package-lock.json", "node_modules", "scripts", "src", "eleventy.config.ts", "tsconfig.json", ".nvmrc"]) {
    if (existsSync(join(PACKAGE_ROOT, entry))) symlinkSync(join(PACKAGE_ROOT, entry), join(root, entry));
  }
  return root;
}

/** Runs deploy.yml's jobs in order (plan, then the build or the parts and the assembly) with `SHARDS` set as a maintainer would set it. */
async function deploy(files: Record<string, string>, shards: number, services: Services, sha: string): Promise<{ plan: Record<string, string>; jobsRun: string[]; logs: Record<string, string> }> {
  const flow = workflow("deploy.yml");
  const env = { ...Object.fromEntries(Object.entries(flow.env ?? {}).map(([k, v]) => [k, String(v)])), SHARDS: String(shards) };
  const context: Context = { "github.ref_name": "main", "github.sha": sha };
  const jobsRun: string[] = [];
  const logs: Record<string, string> = {};
  const workspaces: string[] = [];
  const fresh = () => {
    const dir = checkout(files);
    workspaces.push(dir);
    return dir;
  };
  try {
    const planJob = flow.jobs.plan!;
    const { outputs } = await runJob(planJob, fresh(), services, context, env);
    const plan = outputs.plan!;
    for (const [name, value] of Object.entries(plan)) context[`needs.plan.outputs.${name}`] = value;
    jobsRun.push("plan");
    for (const name of ["build", "part", "assemble"]) {
      const job = flow.jobs[name]!;
      if (!jobRuns(job, context)) continue;
      const matrix = job.strategy ? matrixOf(String(job.strategy.matrix.part), context) : [undefined];
      // The matrix's jobs side by side, each on a runner of its own.
      const results = await Promise.all(matrix.map((part) => runJob(job, fresh(), services, part === undefined ? context : { ...context, "matrix.part": String(part) }, env)));
      logs[name] = results.map((r) => r.log).join("\n");
      jobsRun.push(...matrix.map((part) => (part === undefined ? name : `${name} ${part}`)));
    }
    // deploy-pages publishes what upload-pages-artifact was given; the rehearsal keeps a copy.
    expect(flow.jobs.deploy!.steps.map((s) => s.uses?.split("@")[0])).toEqual(["actions/deploy-pages"]);
    const site = join(services.store, `published-${sha}-${shards}`);
    cpSync(services.published!, site, { recursive: true });
    services.published = site;
    return { plan, jobsRun, logs };
  } finally {
    workspaces.forEach(removeArchive);
  }
}

/** The article URLs each search shard of a site holds, from its manifest's shard list and Pagefind's fragments. */
function indexedPages(site: string): number {
  const manifest = JSON.parse(readFileSync(join(site, "pagefind/shards.json"), "utf8")) as { shards: { path: string }[] };
  return manifest.shards.reduce((n, shard) => n + readdirSync(join(site, "pagefind", shard.path, "fragment")).length, 0);
}

const EDITED = "articles/2018/2018-01-24-denver-mayor-turns-down-white-house-invite.md";

describe("the workflows, rehearsed on this machine", () => {
  const services: Services = { caches: [], artifacts: new Map(), store: "" };
  let single = "";
  let sharded = "";
  const runs: { single?: Awaited<ReturnType<typeof deploy>>; sharded?: Awaited<ReturnType<typeof deploy>> } = {};

  beforeAll(async () => {
    services.store = mkdtempSync(join(tmpdir(), "morgue-rehearsal-"));
    runs.single = await deploy(SEARCH_FILES, 1, services, "c0ffee1");
    single = services.published!;
    // The parts' artifacts are named by part; a sharded run of its own has its own.
    services.artifacts.clear();
    runs.sharded = await deploy(SEARCH_FILES, 3, services, "c0ffee2");
    sharded = services.published!;
  }, 300_000);
  afterAll(() => rmSync(services.store, { recursive: true, force: true }));

  it("deploys with SHARDS: 1 as one build job, and saves its site and manifest for the next build", () => {
    expect(runs.single!.plan).toMatchObject({ parts: "[1]", sharded: "false" });
    expect(runs.single!.jobsRun).toEqual(["plan", "build"]);
    expect(runs.single!.logs.build).toContain("Built 6 articles");
    const cache = services.caches.find((c) => c.key === "site-main-c0ffee1")!;
    expect(["_site", "_site.morgue-manifest.json", "_site.morgue-articles", "_site.options"].filter((p) => existsSync(join(cache.dir, p)))).toEqual(["_site", "_site.morgue-manifest.json", "_site.morgue-articles", "_site.options"]);
    expect(readFileSync(join(cache.dir, "_site.options"), "utf8")).toBe("site-url=https://newsroom.github.io\npath-prefix=/morgue/\n");
    // The address configure-pages gives is the site's: links carry the path prefix.
    expect(readFileSync(join(single, "index.html"), "utf8")).toContain('href="/morgue/search/"');
  });

  it("deploys with SHARDS: 3 as a matrix of three part jobs and one assembly, publishing the same pages as one build", () => {
    expect(runs.sharded!.plan).toMatchObject({ parts: "[1,2,3]", sharded: "true" });
    expect(runs.sharded!.jobsRun).toEqual(["plan", "part 1", "part 2", "part 3", "assemble"]);
    expect([...services.artifacts.keys()].sort()).toEqual(["site-part-1", "site-part-2", "site-part-3"]);
    expect(runs.sharded!.logs.assemble).toContain("assembling 3 parts: 6 articles");
    const notSearch = (files: Record<string, string>) => Object.fromEntries(Object.entries(files).filter(([path]) => !path.startsWith("pagefind/")));
    const pages = notSearch(fileHashes(sharded));
    expect(Object.keys(pages).length).toBeGreaterThan(50);
    expect(pages).toEqual(notSearch(fileHashes(single)));
    expect([indexedPages(single), indexedPages(sharded)]).toEqual([6, 6]);
  });

  it("builds a pull request from main's cache, renders only what it changes, and uploads just those pages", async () => {
    const flow = workflow("pr.yml");
    const files = { ...SEARCH_FILES, [EDITED]: SEARCH_FILES[EDITED]!.replace(TITLES.invite, "Denver mayor declines White House invitation") };
    const workspace = checkout(files);
    try {
      const context: Context = { "github.event.pull_request.number": "42", "github.event.pull_request.base.sha": "c0ffee1" };
      const [job] = Object.values(flow.jobs);
      const { log } = await runJob(job!, workspace, services, context, {});
      expect(log).toMatch(/Incremental: \d+ pages rendered, \d+ kept from the previous build; 1 search shard indexed/);
      const preview = join(workspace, "_preview");
      const changed = readFileSync(join(preview, "CHANGED-FILES.txt"), "utf8").split("\n").filter(Boolean);
      expect(changed).toContain("2018/01/24/denver-mayor-turns-down-white-house-invite/index.html");
      // Pages the edit does not touch stay out of the preview: another year's article, another person's page.
      expect(changed).not.toContain("2016/05/10/denver-council-debates-water-rates/index.html");
      expect(changed.filter((f) => f.startsWith("people/ana-reyes/"))).toEqual([]);
      expect(readFileSync(join(preview, "2018/01/24/denver-mayor-turns-down-white-house-invite/index.html"), "utf8")).toContain("Denver mayor declines White House invitation");
      const previewFiles = fileHashes(preview);
      expect(Object.keys(previewFiles).filter((f) => !["CHANGED-FILES.txt", "DELETED-FILES.txt"].includes(f))).toEqual([...changed].sort());
      // What was uploaded is what a full build of the pull request writes.
      const full = join(services.store, "pr-full");
      mkdirSync(full);
      await run(join(PACKAGE_ROOT, "node_modules/.bin/tsx"), [join(PACKAGE_ROOT, "scripts/build.ts"), "--root", workspace, "--full", "--output", full, "--site-url", "https://newsroom.github.io", "--path-prefix", "/morgue/"]);
      const fullFiles = fileHashes(full);
      for (const file of changed) expect(previewFiles[file], file).toBe(fullFiles[file]);
    } finally {
      removeArchive(workspace);
    }
  }, 120_000);
});
