/**
 * External validators the tests call: jing (RELAX NG, for Atom). Like the browser, a missing
 * tool skips its suite loudly outside CI and fails it in CI.
 */
import { execFileSync } from "node:child_process";
import { describe, it } from "vitest";

export function hasCommand(cmd: string): boolean {
  try {
    execFileSync("sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** `describe` for suites that need a command-line tool. */
export function describeWithTool(tool: string, install: string, name: string, fn: () => void): void {
  if (hasCommand(tool)) {
    describe(name, fn);
    return;
  }
  if (process.env.CI) {
    describe(name, () => {
      it(`needs ${tool}`, () => {
        throw new Error(`${tool} is not installed: CI must install it (${install}).`);
      });
    });
    return;
  }
  console.warn(`\n!!! SKIPPED "${name}": ${tool} is not installed (${install}). !!!\n`);
  describe.skip(name, fn);
}
