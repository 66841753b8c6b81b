/**
 * The browser's scripts: TypeScript in src/browser/, bundled with esbuild
 * (https://esbuild.github.io/api/#build) into the site at the URLs the pages load them from.
 * Each build writes the same bytes for the same code: no source maps, no paths, no dates.
 */
import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import { ARTICLE_FORMAT, figureFields } from "../editor/decap.ts";

/** The repository's folder, which the entry points below are relative to. */
const PACKAGE_ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** Each bundle's path in the site (without `.js`) and its entry point in the repository. */
export const SCRIPTS: Record<string, string> = {
  "assets/js/search": "src/browser/search/main.ts",
  // BibTeX and CSL-JSON of "Cite this article", from the article page's JSON-LD.
  "assets/js/cite": "src/browser/cite/main.ts",
};

/**
 * Bundles every script into `output`: ES modules for browsers with ES2020 (module scripts and
 * dynamic import() are what the pages need; anything newer is lowered), minified, as the search
 * page's script counts towards what a first search downloads (BENCHMARKS.md).
 */
export async function bundleScripts(output: string, options: { editor?: boolean } = {}): Promise<void> {
  if (options.editor) await bundleEditorScript(output);
  await build({
    absWorkingDir: PACKAGE_ROOT,
    entryPoints: SCRIPTS,
    outdir: output,
    tsconfig: "src/browser/tsconfig.json",
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2020",
    minify: true,
    legalComments: "none",
    logLevel: "silent",
  });
}

/**
 * The editor page's script (src/browser/admin/), into `admin/morgue.js`: a classic script, as it
 * must run before Decap's bundle does (a module script would run after it), with the figure's
 * fields from src/schema.ts written in.
 */
async function bundleEditorScript(output: string): Promise<void> {
  await build({
    absWorkingDir: PACKAGE_ROOT,
    entryPoints: { "admin/morgue": "src/browser/admin/main.ts" },
    outdir: output,
    tsconfig: "src/browser/tsconfig.json",
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    minify: true,
    legalComments: "none",
    logLevel: "silent",
    define: { MORGUE_FIGURE_FIELDS: JSON.stringify(figureFields()), MORGUE_ARTICLE_FORMAT: JSON.stringify(ARTICLE_FORMAT) },
  });
}
