/**
 * The project's GitHub Actions workflows as parsed YAML, for the tests that check them
 * (test/hostile/workflows.test.ts) and rehearse them (test/build/workflow-rehearsal.test.ts).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { PACKAGE_ROOT } from "../../src/build.ts";

export interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}
export interface Job {
  needs?: string | string[];
  if?: string;
  permissions?: Record<string, string>;
  "timeout-minutes"?: number;
  env?: Record<string, unknown>;
  strategy?: { matrix: Record<string, unknown> };
  steps: Step[];
}
export interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  env?: Record<string, unknown>;
  jobs: Record<string, Job>;
}

/** A workflow file by its path in the repository, e.g. `.github/workflows/deploy.yml`. */
export const readWorkflow = (path: string): Workflow => parse(readFileSync(join(PACKAGE_ROOT, path), "utf8")) as Workflow;
