/**
 * The part of Eleventy's configuration API that Morgue uses, typed once so that nothing else
 * needs `any`. (Eleventy 3 ships JSDoc, not TypeScript declarations.)
 */
export type Filter = (this: unknown, ...args: any[]) => unknown;

export interface EleventyConfig {
  directories: { input: string; output: string; includes: string; data: string };
  addFilter(name: string, fn: Filter): void;
  getFilter(name: string): Filter;
  addGlobalData(name: string, value: unknown): void;
  /** `[]` turns template and directory data files off: https://www.11ty.dev/docs/data-template-dir/ */
  setDataFileSuffixes(suffixes: string[]): void;
  addPassthroughCopy(paths: string | Record<string, string>): void;
  addWatchTarget(path: string): void;
  setNunjucksEnvironmentOptions(options: Record<string, unknown>): void;
  setQuietMode(quiet: boolean): void;
  ignores: { add(glob: string): void };
  on(event: "eleventy.after", fn: (args: { dir: { output: string }; runMode: string }) => unknown): void;
  on(event: string, fn: (...args: any[]) => unknown): void;
  addPlugin(plugin: unknown, options?: unknown): void;
  addCollection(name: string, fn: (api: any) => unknown): void;
  addTransform(name: string, fn: (this: unknown, content: unknown) => unknown): void;
  /** A template from code, at a path relative to the input folder: https://www.11ty.dev/docs/virtual-templates/ */
  addTemplate(virtualPath: string, content: string, data?: Record<string, unknown>): void;
}
