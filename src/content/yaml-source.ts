/**
 * YAML with its source positions, so that a problem with a value can name the line it is on.
 * Uses the `yaml` library's YAML 1.2 core schema: `2018-01-24` stays the text it is, never a
 * JavaScript Date shifted by the build machine's time zone.
 */
import { LineCounter, parseDocument, isMap, isSeq, isNode, type Document, type Node } from "yaml";
import type { z } from "zod";
import { fieldName, type Problem } from "./problems.ts";
import { suggest } from "./suggest.ts";

export interface ParsedYaml {
  value: unknown;
  /** the 1-based line of the value at a path, or of its nearest ancestor that exists */
  lineOf(path: readonly PropertyKey[]): number;
  problems: Problem[];
}

/**
 * Parses YAML text that starts at `firstLine` of `file` (front matter starts at line 2).
 * Syntax errors become problems rather than exceptions.
 */
export function parseYaml(source: string, file: string, firstLine = 1): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const problems: Problem[] = doc.errors.map((e) => ({
    file,
    line: lineAt(e.pos[0]),
    field: "-",
    message: `YAML: ${e.message.split("\n")[0]}`,
  }));

  function lineOf(path: readonly PropertyKey[]): number {
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n) as unknown[], true);
      if (isNode(node) && (node as Node).range) {
        // For a key whose value is a block (a list or map), point at the key's own line.
        if (n > 0 && (isMap(node) || isSeq(node))) {
          const parent = n === 1 ? doc.contents : doc.getIn(path.slice(0, n - 1) as unknown[], true);
          if (isMap(parent)) {
            const pair = parent.items.find((p) => isNode(p.key) && (p.key as any).value === path[n - 1]);
            if (pair && isNode(pair.key) && pair.key.range) return lineAt(pair.key.range[0]);
          }
        }
        return lineAt((node as Node).range![0]);
      }
    }
    return firstLine;
  }

  return { value: problems.length ? undefined : doc.toJS(), lineOf, problems };
}

/**
 * Validates parsed YAML against a schema; every issue becomes a problem on the line of the
 * field it concerns. Unknown keys are named with a suggestion.
 */
export function validateYaml<S extends z.ZodType>(
  schema: S,
  parsed: ParsedYaml,
  file: string,
  fieldPrefix: readonly PropertyKey[] = [],
): { data?: z.output<S>; problems: Problem[] } {
  const result = schema.safeParse(parsed.value ?? {});
  if (result.success) return { data: result.data, problems: [] };
  const problems: Problem[] = [];
  for (const issue of result.error.issues) {
    if (issue.code === "unrecognized_keys") {
      const known = knownKeys(schema, issue.path);
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        const hint = suggest(key, known);
        problems.push({
          file,
          line: parsed.lineOf(path),
          field: fieldName([...fieldPrefix, ...path]),
          message: `unknown field${hint ? `; did you mean "${hint}"?` : `; known fields are ${known.join(", ")}`}`,
        });
      }
      continue;
    }
    let message = issue.message;
    if (issue.code === "invalid_type" && /received undefined/.test(issue.message)) message = "is required";
    problems.push({
      file,
      line: parsed.lineOf(issue.path),
      field: fieldName([...fieldPrefix, ...issue.path]),
      message,
    });
  }
  return { problems };
}

/** The keys an object schema at `path` allows, for "did you mean". */
function knownKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let s: any = schema;
  for (const key of path) {
    s = unwrap(s);
    if (typeof key === "number") s = s?.def?.element;
    else s = s?.shape?.[key];
  }
  s = unwrap(s);
  return s?.shape ? Object.keys(s.shape) : [];
}

function unwrap(s: any): any {
  while (s?.def && ["optional", "default", "nullable", "pipe", "prefault"].includes(s.def.type)) {
    s = s.def.type === "pipe" ? s.def.in : s.def.innerType;
  }
  return s;
}
