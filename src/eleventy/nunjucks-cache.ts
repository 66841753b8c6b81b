/**
 * A compile cache for Nunjucks templates.
 *
 * Eleventy 3.1 marks Nunjucks as not cacheable and builds a new `nunjucks.Template` from the
 * template's text for every page it renders, so a paginated template of 10,000 pages is parsed
 * and compiled 10,000 times: a third of the build, measured with `npm run bench`. The compiled
 * result depends only on the text, the path and the environment, so it is kept per environment
 * and reused. A changed template (in watch mode) has new text, hence a new entry.
 *
 * `_compile` is private to Nunjucks: Nunjucks is therefore a direct dependency pinned to the
 * version Eleventy installs, and test/eleventy/nunjucks-cache.test.ts fails if another version
 * is installed or `_compile` no longer does what this relies on.
 */
interface TemplateInternals {
  tmplStr: unknown;
  path: string | undefined;
  env: object;
  tmplProps?: unknown;
  _compile(): void;
  blocks: unknown;
  rootRenderFunc: unknown;
}

const patched = new WeakSet<object>();

/** Makes `nunjucks.Template` reuse compiled templates. Safe to call more than once. */
export function cacheNunjucksCompilation(nunjucks: { Template: { prototype: object } }): void {
  const proto = nunjucks.Template.prototype as TemplateInternals;
  if (patched.has(proto)) return;
  patched.add(proto);
  const compiled = new WeakMap<object, Map<string, unknown>>();
  const original = proto._compile;
  proto._compile = function (this: TemplateInternals) {
    // Precompiled templates and template objects (not text) take the usual path.
    if (this.tmplProps || typeof this.tmplStr !== "string") return original.call(this);
    let cache = compiled.get(this.env);
    if (!cache) compiled.set(this.env, (cache = new Map()));
    const key = `${this.path ?? ""}\0${this.tmplStr}`;
    const props = cache.get(key);
    if (props) {
      this.tmplProps = props;
      return original.call(this);
    }
    original.call(this);
    // _compile leaves the compiled functions on the instance: gather them as props for reuse.
    cache.set(key, { root: this.rootRenderFunc, ...Object.fromEntries(Object.entries(this.blocks as object).map(([k, v]) => [`b_${k}`, v])) });
  };
}
