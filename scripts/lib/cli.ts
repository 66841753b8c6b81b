/** What every command does with a failure: content problems as a list, anything else in a line. */
import { ContentError } from "../../src/content/problems.ts";

/** Prints the failure for people and returns the exit code. Stack traces only with --verbose. */
export function reportFailure(error: unknown, verbose: boolean): number {
  if (error instanceof ContentError) {
    console.error(error.message);
    console.error("Nothing was built. Fix the problems above and run again (npm run check lists them).");
  } else if (verbose) {
    console.error(error);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`Build failed: ${message}\n(run again with --verbose for details)`);
  }
  return 1;
}
