/**
 * The Nunjucks compile cache patches a private method, `Template#_compile`: these tests fail if
 * the installed Nunjucks is not the one it was written against, or stops behaving as it expects.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import nunjucks from "nunjucks";
import { describe, expect, it, vi } from "vitest";
import { PACKAGE_ROOT } from "../../src/build.ts";
import { cacheNunjucksCompilation } from "../../src/eleventy/nunjucks-cache.ts";

const require = createRequire(join(PACKAGE_ROOT, "package.json"));
const pkg = JSON.parse(readFileSync(join(PACKAGE_ROOT, "package.json"), "utf8")) as { dependencies: Record<string, string> };

/** What `_compile` must do for the cache to be right: compile `tmplStr` unless `tmplProps` is set, then fill `blocks` and `rootRenderFunc`. */
const COMPILE_SHAPE = [/this\.tmplProps/, /compiler\.compile\(this\.tmplStr,/, /this\.blocks = /, /this\.rootRenderFunc = props\.root/, /this\.compiled = true/];

describe("the Nunjucks the compile cache patches", () => {
  it("is a direct dependency, pinned, and the installed version", () => {
    const pinned = pkg.dependencies.nunjucks;
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    expect((require("nunjucks/package.json") as { version: string }).version).toBe(pinned);
  });

  it("is the copy Eleventy renders with", () => {
    const fromEleventy = createRequire(require.resolve("@11ty/eleventy")).resolve("nunjucks");
    expect(fromEleventy).toBe(require.resolve("nunjucks"));
  });

  it("still has the private _compile the cache wraps, with the shape it relies on", () => {
    const proto = nunjucks.Template.prototype as unknown as Record<string, unknown>;
    expect(typeof proto._compile).toBe("function");
    expect(typeof proto._getBlocks).toBe("function");
    // The cache may already have wrapped it (the build patches it too): read the original.
    const source = readFileSync(require.resolve("nunjucks/src/environment.js"), "utf8");
    const body = source.slice(source.indexOf("_proto3._compile = function _compile()"), source.indexOf("_proto3._getBlocks"));
    expect(body.length).toBeGreaterThan(0);
    for (const pattern of COMPILE_SHAPE) expect(body).toMatch(pattern);
  });
});

describe("with the compile cache on", () => {
  cacheNunjucksCompilation(nunjucks);
  const { compiler } = nunjucks as unknown as { compiler: { compile: (src: string, ...rest: unknown[]) => string } };
  const compile = vi.spyOn(compiler, "compile");
  const page = "{% extends 'base.njk' %}{% block main %}<p>{{ title | upper }}</p>{% endblock %}";
  const loader = {
    getSource: (name: string) => (name === "base.njk" ? { src: "<main>{% block main %}{% endblock %}</main>", path: name, noCache: false } : null),
  };
  const env = () => new nunjucks.Environment(loader as unknown as nunjucks.ILoader);

  it("compiles the same template once and renders it as before", () => {
    const e = env();
    compile.mockClear();
    const first = new nunjucks.Template(page, e, "page.njk").render({ title: "one" });
    const compilesOfFirst = compile.mock.calls.filter(([src]) => src === page).length;
    const second = new nunjucks.Template(page, e, "page.njk").render({ title: "two" });
    expect(compilesOfFirst).toBe(1);
    expect(compile.mock.calls.filter(([src]) => src === page)).toHaveLength(1);
    expect(first).toBe("<main><p>ONE</p></main>");
    expect(second).toBe("<main><p>TWO</p></main>");
  });

  it("compiles again for new text, another path or another environment", () => {
    const e = env();
    new nunjucks.Template(page, e, "page.njk").render({ title: "x" });
    compile.mockClear();
    new nunjucks.Template(`${page} `, e, "page.njk").render({ title: "x" });
    new nunjucks.Template(page, e, "other.njk").render({ title: "x" });
    new nunjucks.Template(page, env(), "page.njk").render({ title: "x" });
    expect(compile.mock.calls.filter(([src]) => src === page || src === `${page} `)).toHaveLength(3);
  });

  it("is applied once however often it is called", () => {
    const wrapped = (nunjucks.Template.prototype as unknown as { _compile: unknown })._compile;
    cacheNunjucksCompilation(nunjucks);
    expect((nunjucks.Template.prototype as unknown as { _compile: unknown })._compile).toBe(wrapped);
  });
});
