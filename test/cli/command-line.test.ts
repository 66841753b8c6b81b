/**
 * Every command's command line (scripts/lib/cli.ts): a mistyped option is said in one line with
 * where the options are, exit code 2, never Node's stack trace; `--help` prints the usage.
 */
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../../src/build.ts";

const run = promisify(execFile);
const TSX = join(PACKAGE_ROOT, "node_modules/.bin/tsx");

async function script(name: string, ...args: string[]) {
  try {
    const { stdout, stderr } = await run(TSX, [join(PACKAGE_ROOT, "scripts", name), ...args], { cwd: PACKAGE_ROOT });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const error = e as { code: number; stdout: string; stderr: string };
    return { code: error.code, stdout: error.stdout, stderr: error.stderr };
  }
}

describe("a command's options", () => {
  it.each([
    ["check.ts", "npm run check"],
    ["build.ts", "npm run build"],
  ])("%s names an unknown option in one line and exits 2", async (file, command) => {
    const { code, stdout, stderr } = await script(file, "--fiels");
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.trim()).toBe(`${command}: Unknown option '--fiels'. \`${command} -- --help\` lists the options.`);
  });

  it("says which option lacks its value", async () => {
    const { code, stderr } = await script("check.ts", "--root");
    expect(code).toBe(2);
    expect(stderr).toContain("npm run check: Option '--root <value>' argument missing.");
    expect(stderr).not.toContain("node:internal");
  });

  it("prints the usage with --help and exits 0", async () => {
    const check = await script("check.ts", "--help");
    expect(check.code).toBe(0);
    expect(check.stdout).toContain("`npm run check`: validates every article and data file");
    const imports = await script("import.ts", "-h");
    expect(imports.code).toBe(0);
    expect(imports.stdout).toContain("Usage: npm run import -- <file|folder|-> [options]");
  });
});
