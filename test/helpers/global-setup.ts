/** Builds the repository's own archive once per test run; tests find it with inject("realSite"). */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { buildSite, PACKAGE_ROOT } from "../../src/build.ts";

declare module "vitest" {
  export interface ProvidedContext {
    realSite: string;
  }
}

export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), "morgue-real-"));
  const output = join(dir, "_site");
  await buildSite({ root: PACKAGE_ROOT, output });
  project.provide("realSite", output);
  return () => rmSync(dir, { recursive: true, force: true });
}
