/**
 * Problems found in the archive's content, reported to people as `path:line: field: message`,
 * all of them in one run.
 */
export interface Problem {
  /** path relative to the archive's root, with forward slashes */
  file: string;
  /** 1-based line number */
  line: number;
  /** the field, as a dotted path (`source.url`, `people[2]`), or `-` for the file as a whole */
  field: string;
  message: string;
}

/** @example formatProblem({ file: "a.md", line: 3, field: "date", message: "not a date" }) // "a.md:3: date: not a date" */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}: ${p.field}: ${p.message}`;
}

/** A field path as people write it: `events[0].date`. */
export function fieldName(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || "-";
}

/** Sorted by file, then line, so the report reads top to bottom. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.field.localeCompare(b.field));
}

/** Thrown by the loader when the content has problems; its message is the full report. */
export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    const sorted = sortProblems(problems);
    super(
      `${sorted.length} problem${sorted.length === 1 ? "" : "s"} in the archive's content:\n` +
        sorted.map(formatProblem).join("\n"),
    );
    this.name = "ContentError";
    this.problems = sorted;
  }
}
