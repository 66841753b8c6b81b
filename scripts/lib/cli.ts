/** What every command does with its command line and with a failure: content problems as a list, anything else in a line. */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { ContentError } from "../../src/content/problems.ts";

/** Prints the failure for people and returns the exit code. Stack traces only with --verbose. */
export function reportFailure(error: unknown, verbose: boolean, failed = "Build failed"): number {
  if (error instanceof ContentError) {
    console.error(error.message);
    console.error("Nothing was built. Fix the problems above and run again (npm run check lists them).");
  } else if (verbose) {
    console.error(error);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`${failed}: ${message}\n(run again with --verbose for details)`);
  }
  return 1;
}

/**
 * The command's usage: the doc comment at the top of its script, which says how to run it and
 * what it does, so `--help` and the source never disagree.
 * @example usageOf(new URL("../check.ts", import.meta.url).href) // "`npm run check`: validates every article …"
 */
export function usageOf(scriptUrl: string): string {
  const doc = /^\/\*\*([\s\S]*?)\*\//.exec(readFileSync(fileURLToPath(scriptUrl), "utf8"));
  return (doc?.[1] ?? "")
    .split("\n")
    .map((line) => line.replace(/^\s*\* ?/, ""))
    .join("\n")
    .trim();
}

/**
 * The command line read by `config` (node:util's parseArgs), with `--help` (`-h`) added: it prints
 * the command's usage (`usage`, or {@link usageOf}) and exits 0. An unknown option, a value missing or given
 * where none goes, or an unexpected argument is said in one line, with where to find the options,
 * and exits 2: never a stack trace.
 */
export function commandLine<T extends ParseArgsConfig>(scriptUrl: string, config: T, usage?: string): ReturnType<typeof parseArgs<T>> {
  const command = commandName(scriptUrl);
  let parsed: ReturnType<typeof parseArgs<T>>;
  try {
    parsed = parseArgs({ ...config, options: { ...config.options, help: { type: "boolean", short: "h" } } } as T);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    if (!code.startsWith("ERR_PARSE_ARGS_")) throw error;
    // Node's message goes on to explain `--` for values that start with a dash: its first sentence is the news.
    const message = (error as Error).message.split(/\.\s/)[0]!.replace(/\.$/, "");
    console.error(`${command}: ${message}. \`${command} -- --help\` lists the options.`);
    process.exit(2);
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(usage ?? usageOf(scriptUrl));
    process.exit(0);
  }
  return parsed;
}

/** "npm run check", "npm start", "npm run eval:import" for scripts/check.ts, start.ts, eval-import.ts. */
function commandName(scriptUrl: string): string {
  const name = basename(fileURLToPath(scriptUrl), ".ts");
  return name === "start" ? "npm start" : `npm run ${name.replace(/^eval-/, "eval:")}`;
}
