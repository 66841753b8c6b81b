/**
 * Morgue's Eleventy configuration: a table of contents. The logic lives in `src/`.
 * The archive's root is Eleventy's input folder: `articles/`, `_data/`, `_includes/`, `pages/`.
 */
import { join, relative, sep } from "node:path";
import { readSite } from "./src/content/registries.ts";
import { ELEVENTY_DATA_DIR, addEditor, archiveData, bundleScriptsOnBuild, ignoreTemplatesOutside, templateFreeFolders, publishFilters, reindexOnRebuild, renderPass, sitemapCollection } from "./src/eleventy/plugin.ts";
import { cacheNunjucksCompilation } from "./src/eleventy/nunjucks-cache.ts";
import { MEDIA_DIR } from "./src/content/media.ts";
import { cspData } from "./src/publish/csp.ts";
import type { EleventyConfig, Filter } from "./src/eleventy/types.ts";
import * as filters from "./src/filters/index.ts";

export default function (eleventyConfig: EleventyConfig) {
  const root = eleventyConfig.directories.input;
  // The whole site, or (in a large archive's build, src/build.ts) a part of it.
  const pass = renderPass(eleventyConfig);

  // Data: the whole archive, validated and indexed once per build (src/archive.ts). Eleventy
  // itself reads no data file: its data folder is one contributors cannot write (not `_data/`,
  // whose YAML the archive reads as data), and template and directory data files
  // (`*.11tydata.js`, `x.json` beside a template) are off, so no file a pull request adds is run.
  // https://www.11ty.dev/docs/data-template-dir/
  eleventyConfig.addGlobalData("archive", archiveData(root, pass));
  eleventyConfig.setDataFileSuffixes([]);
  // The Content-Security-Policy, for every page's <meta> and for _headers (src/publish/csp.ts).
  eleventyConfig.addGlobalData("csp", cspData);

  // Templates: Nunjucks only. Articles are data, never templates, so no contributor text is
  // ever run through a template engine.
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: true, trimBlocks: true, lstripBlocks: true });
  eleventyConfig.on("eleventy.engine.njk", ({ nunjucks }: { nunjucks: Parameters<typeof cacheNunjucksCompilation>[0] }) => cacheNunjucksCompilation(nunjucks));
  // Templates are pages/*.njk and nothing else (with the layouts in _includes/): every other
  // folder of the archive is kept out of Eleventy's search for templates, content folders
  // (articles, data, media) because they are data, never templates, and the rest because
  // walking them is waste: a build stopped midway leaves its staging folder beside `_site`
  // (src/output.ts), 21,000 folders at 10,000 articles, which each of a build's Eleventy runs
  // would walk. Ignores are relative to the working folder.
  const fromCwd = relative(process.cwd(), root).split(sep).join("/");
  for (const dir of templateFreeFolders(root, ["articles", "_data", MEDIA_DIR, "_site"])) {
    eleventyConfig.ignores.add(fromCwd ? `${fromCwd}/${dir}/**` : `${dir}/**`);
  }
  ignoreTemplatesOutside(eleventyConfig, pass, root, fromCwd);

  // Filters: one loop over every family in src/filters/ and the ones that need Eleventy's
  // `url` filter for the path prefix (article bodies, JSON-LD, citations, feeds, the API).
  for (const family of [...Object.values(filters), publishFilters(eleventyConfig)]) {
    for (const [name, fn] of Object.entries(family)) eleventyConfig.addFilter(name, fn as Filter);
  }

  // The rest is the whole site's, not a run of article pages or list slices alone.
  if (!pass.articles && !pass.lists) {
    // Collections: only the sitemap needs Eleventy's list of pages; everything else is in `archive`.
    eleventyConfig.addCollection("sitemap", sitemapCollection);
    eleventyConfig.addCollection("sitemapParts", (api) => {
      const chunks = sitemapCollection(api);
      return chunks.length > 1 ? chunks : [];
    });

    // Static files: the site's own, and the archive's images, which validation has checked are
    // raster images and no links (src/content/media.ts). Passthrough paths are relative to the
    // working folder, so the media folder is named through the input folder: a build of another
    // archive copies that archive's images.
    eleventyConfig.addPassthroughCopy(pass.skipMedia ? { assets: "assets" } : { assets: "assets", [join(root, MEDIA_DIR)]: MEDIA_DIR });
    // The browser editor at /admin/, when _data/site.yaml names the repository (src/editor/).
    const editor = Boolean(readSite(root).site?.editor);
    if (editor) addEditor(eleventyConfig);
    // The browser's scripts, bundled from src/browser/ into assets/js/ (and admin/).
    bundleScriptsOnBuild(eleventyConfig, { editor });
  }

  // Watch mode: content and code changes rebuild; search is re-indexed after each rebuild.
  for (const target of ["articles/", `${MEDIA_DIR}/`, "_data/", "src/"]) eleventyConfig.addWatchTarget(target);
  reindexOnRebuild(eleventyConfig, root);

  return {
    templateFormats: ["njk"],
    htmlTemplateEngine: "njk",
    markdownTemplateEngine: false,
    pathPrefix: readSite(root).site?.pathPrefix ?? "/",
    dir: { data: ELEVENTY_DATA_DIR(root) },
  };
}
