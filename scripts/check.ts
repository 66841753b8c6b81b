/**
 * `npm run check`: validates every article and data file and lists every problem as
 * `path:line: field: message`. Exit code 1 when there is any.
 */
import { readArchive } from "../src/archive.ts";
import { ContentError } from "../src/content/problems.ts";
import { commandLine, reportFailure } from "./lib/cli.ts";

const { values } = commandLine(import.meta.url, {
  options: { root: { type: "string", default: "." }, verbose: { type: "boolean", default: false } },
});

try {
  const { archive, problems } = readArchive(values.root!, { includeDrafts: true });
  if (!archive) {
    console.error(new ContentError(problems).message);
    process.exitCode = 1;
  } else {
    const count = (r: object) => Object.keys(r).length;
    console.log(
      `All good: ${archive.articles.length} articles, ${count(archive.people)} people, ${count(archive.jurisdictions)} jurisdictions, ` +
        `${count(archive.organizations)} organizations, ${count(archive.topics)} topics.`,
    );
  }
} catch (error) {
  process.exitCode = reportFailure(error, values.verbose!, "Check failed");
}
