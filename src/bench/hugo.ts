/**
 * The same synthetic articles as a minimal Hugo site, for `npm run bench -- --vs-hugo`: article
 * pages with people and places taxonomies, built by Debian's `hugo` and indexed by the same
 * Pagefind binary Morgue uses, so the comparison is of the generators, not of the corpora.
 *
 * The site is what a Hugo user would write for this corpus in an afternoon: one page per article
 * (its body marked `data-pagefind-body`, as Morgue's article pages are, with person and place
 * filters and a date sort), a paginated page per person and per place, and the taxonomy lists.
 * It has none of Morgue's date, calendar, organization, topic, feed or API pages.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { arch, platform } from "node:os";
import { dirname, join } from "node:path";
import { parse } from "yaml";
import { yamlText } from "../ingest/write.ts";
import { runMeasured, type MeasuredRun, type TreeUsage } from "./measure.ts";

/** Hugo's article pages: /posts/<YYYY-MM-DD-slug>/index.html, the glob Pagefind indexes. */
export const HUGO_ARTICLE_PAGES = "posts/*/index.html";

/** The folder under the site Hugo builds into. */
export const HUGO_OUTPUT = "public";

// https://gohugo.io/getting-started/configuration/ and /content-management/taxonomies/
// Hugo 0.111 (Debian 12) spells the page size `paginate`; later versions also read it.
const CONFIG = `baseURL = "https://bench.example.org/"
languageCode = "en"
title = "Synthetic Morgue, on Hugo"
paginate = 50
# Only pages: no feeds, sitemap, robots.txt or 404 page, so Hugo does the work Morgue's pages do and no more.
disableKinds = ["RSS", "sitemap", "robotsTXT", "404"]

[taxonomies]
  person = "people"
  place = "places"
`;

const BASEOF = `<!DOCTYPE html>
<html lang="{{ .Site.LanguageCode }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} | {{ .Site.Title }}</title>
</head>
<body>
<header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a> <nav><a href="{{ "/posts/" | relURL }}">Articles</a> <a href="{{ "/people/" | relURL }}">People</a> <a href="{{ "/places/" | relURL }}">Places</a></nav></header>
<main>{{ block "main" . }}{{ end }}</main>
</body>
</html>
`;

const SINGLE = `{{ define "main" }}
<article data-pagefind-body>
<h1>{{ .Title }}</h1>
<p><time datetime="{{ .Date.Format "2006-01-02" }}" data-pagefind-sort="date:{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "January 2, 2006" }}</time></p>
{{ with .GetTerms "people" }}<p>People: {{ range . }}<a href="{{ .RelPermalink }}" data-pagefind-filter="person">{{ .LinkTitle }}</a> {{ end }}</p>{{ end }}
{{ with .GetTerms "places" }}<p>Places: {{ range . }}<a href="{{ .RelPermalink }}" data-pagefind-filter="place">{{ .LinkTitle }}</a> {{ end }}</p>{{ end }}
{{ .Content }}
</article>
{{ end }}
`;

const PAGE_LIST = `<ul>
{{ range .Paginator.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "January 2, 2006" }}</time></li>
{{ end }}</ul>
{{ template "_internal/pagination.html" . }}`;

const LIST = `{{ define "main" }}
<h1>{{ .Title }}</h1>
${PAGE_LIST}
{{ end }}
`;

const TAXONOMY = `{{ define "main" }}
<h1>{{ .Title }}</h1>
<ul>
{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>
{{ end }}</ul>
{{ end }}
`;

const TERM = `{{ define "main" }}
<h1>{{ .Title }}</h1>
<p>{{ len .Pages }} articles</p>
${PAGE_LIST}
{{ end }}
`;

/** An article's front matter and body, split from its Morgue file. */
function splitArticle(path: string, text: string): { frontMatter: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?\n)---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${path}: no front matter`);
  return { frontMatter: parse(match[1]!) as Record<string, unknown>, body: match[2]! };
}

/**
 * The Hugo site's files, by path, for an archive's files (path → text, as `generateArchive`
 * gives them). Each article becomes `content/posts/<YYYY-MM-DD-slug>.md`, named by its Morgue id
 * because a slug alone repeats across days; its people and jurisdictions become the `people`
 * and `places` taxonomies, each term page titled with the registry's name. Figure blocks stay as they are and Hugo shows them as code blocks.
 * @example Object.keys(hugoSiteFiles({ "articles/2020/2020-01-02-a.md": "---\ntitle: A\ndate: 2020-01-02\n---\nWords.\n" }))
 *   // ["hugo.toml", "layouts/_default/baseof.html", …, "content/posts/2020-01-02-a.md"]
 */
export function hugoSiteFiles(archiveFiles: Record<string, string | Uint8Array>): Record<string, string> {
  const files: Record<string, string> = {
    "hugo.toml": CONFIG,
    "layouts/_default/baseof.html": BASEOF,
    "layouts/_default/single.html": SINGLE,
    "layouts/_default/list.html": LIST,
    "layouts/_default/taxonomy.html": TAXONOMY,
    "layouts/_default/term.html": TERM,
  };
  for (const [path, text] of Object.entries(archiveFiles)) {
    // Images stay out: the Hugo site shows figures as code blocks.
    if (typeof text !== "string") continue;
    // A person's or place's name titles its term page, as Morgue's pages show names, not ids.
    const entry = /^_data\/(people|jurisdictions)\/([^/]+)\.yaml$/.exec(path);
    if (entry) {
      const taxonomy = entry[1] === "people" ? "people" : "places";
      files[`content/${taxonomy}/${entry[2]}/_index.md`] = `---\n${yamlText({ title: (parse(text) as { name: string }).name })}---\n`;
      continue;
    }
    const name = /^articles\/\d{4}\/(\d{4}-\d{2}-\d{2}-[^/]+)\.md$/.exec(path)?.[1];
    if (!name) continue;
    const { frontMatter, body } = splitArticle(path, text);
    const front = {
      title: frontMatter.title,
      date: frontMatter.date,
      summary: frontMatter.summary,
      people: frontMatter.people,
      places: frontMatter.jurisdictions,
    };
    files[`content/posts/${name}.md`] = `---\n${yamlText(front)}---\n${body}`;
  }
  return files;
}

/** Writes the Hugo site of an archive's files into `root`; returns how many articles it holds. */
export function writeHugoSite(root: string, archiveFiles: Record<string, string | Uint8Array>): { articles: number } {
  let articles = 0;
  for (const [path, text] of Object.entries(hugoSiteFiles(archiveFiles))) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
    if (path.startsWith("content/posts/")) articles++;
  }
  return { articles };
}

/** `hugo version`'s first line, or undefined when there is no `hugo` on the PATH. */
export function hugoVersion(): string | undefined {
  try {
    return execFileSync("hugo", ["version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).split("\n")[0]!.trim();
  } catch {
    return undefined;
  }
}

/** The command that builds the site in `root` into `root/public`. */
export function hugoCommand(root: string): [string, string[]] {
  // --noBuildLock: nothing else builds this folder; the lock file is only noise in it.
  return ["hugo", ["--source", root, "--destination", HUGO_OUTPUT, "--quiet", "--noBuildLock"]];
}

/**
 * The Pagefind binary Morgue's build runs: the one Pagefind's Node API starts (it resolves
 * `@pagefind/<platform>-<arch>/bin/pagefind_extended`, falling back to `pagefind`), run here as a
 * command, as a Hugo site would run it, without the npm wrapper's Node process in between.
 */
export function pagefindBinary(): string {
  const require = createRequire(import.meta.url);
  const os = platform() === "win32" ? "windows" : platform();
  for (const name of ["pagefind_extended", "pagefind"]) {
    try {
      return require.resolve(`@pagefind/${os}-${arch()}/bin/${name}${os === "windows" ? ".exe" : ""}`);
    } catch {
      // Try the next name.
    }
  }
  throw new Error(`no Pagefind binary for ${os}-${arch()} in node_modules/@pagefind/`);
}

/** Hugo's and Pagefind's runs on one site, and what they made. */
export interface HugoRun {
  hugo: MeasuredRun;
  pagefind?: MeasuredRun;
  ok: boolean;
  /** both steps: wall and CPU added, memory the larger peak (they run one after the other) */
  wallMs: number;
  usage?: TreeUsage;
  /** files under public/posts/<id>/index.html */
  articlePages: number;
  /** pages in Pagefind's index */
  pagesIndexed?: number;
}

/** Builds the Hugo site in `root` with `hugo`, then indexes its article pages with Pagefind, each measured. */
export async function buildHugoSite(root: string): Promise<HugoRun> {
  const [command, args] = hugoCommand(root);
  const hugo = await runMeasured(command, args);
  const site = join(root, HUGO_OUTPUT);
  const posts = join(site, "posts");
  const articlePages = existsSync(posts) ? readdirSync(posts).filter((d) => existsSync(join(posts, d, "index.html"))).length : 0;
  if (!hugo.ok) return { hugo, ok: false, wallMs: hugo.wallMs, usage: hugo.usage, articlePages };
  const pagefind = await runMeasured(pagefindBinary(), ["--site", site, "--glob", HUGO_ARTICLE_PAGES, "--quiet"]);
  let pagesIndexed: number | undefined;
  try {
    const entry = JSON.parse(readFileSync(join(site, "pagefind/pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> };
    pagesIndexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
  } catch {
    // No index: the run failed, and says why.
  }
  const usage =
    hugo.usage && pagefind.usage
      ? { cpuMs: hugo.usage.cpuMs + pagefind.usage.cpuMs, peakRssBytes: Math.max(hugo.usage.peakRssBytes, pagefind.usage.peakRssBytes) }
      : undefined;
  return { hugo, pagefind, ok: pagefind.ok, wallMs: hugo.wallMs + pagefind.wallMs, usage, articlePages, pagesIndexed };
}
