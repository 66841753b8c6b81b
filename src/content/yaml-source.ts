/**
 * YAML with its source positions, so that a problem with a value can name the line it is on.
 * Uses the `yaml` library's YAML 1.2 core schema: `2018-01-24` stays the text it is, never a
 * JavaScript Date shifted by the build machine's time zone.
 */
import { LineCounter, parseDocument, isMap, isPair, isScalar, isSeq, isNode, type Document, type Node } from "yaml";
import type { z } from "zod";
import { fieldName, type Problem } from "./problems.ts";
import { keysAt } from "../schema-walk.ts";
import { suggest } from "./suggest.ts";

export interface ParsedYaml {
  value: unknown;
  /** the 1-based line of the value at a path, or of its nearest ancestor that exists */
  lineOf(path: readonly PropertyKey[]): number;
  problems: Problem[];
}

/**
 * How deep values may nest. Front matter needs four levels (`events[0].people[0]`); past this a
 * file is refused before it is converted, because the conversion recurses and a file nested
 * 10,000 deep overflows the stack (in V8, fatally: no exception to catch).
 */
export const MAX_YAML_DEPTH = 64;

/**
 * How many times aliases (`*name`) may be expanded in one file. A few anchors that each alias
 * the one before ("billion laughs") expand to billions of values from a few hundred bytes.
 */
export const MAX_YAML_ALIASES = 100;

const nestedTooDeep = { field: "-", message: `YAML: nested more than ${MAX_YAML_DEPTH} levels deep; archive data needs a few` };

/**
 * Parses YAML text that starts at `firstLine` of `file` (front matter starts at line 2).
 * Syntax errors, and files built to exhaust the reader, become problems rather than exceptions.
 */
export function parseYaml(source: string, file: string, firstLine = 1): ParsedYaml {
  const lineCounter = new LineCounter();
  // Duplicate keys are found by `structureProblems` below: the library's own check compares
  // each key with every other (100,000 keys took minutes).
  const doc: Document = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  // The library catches its own stack overflow on deep nesting and reports it at every level:
  // one problem, in words, says it better.
  const overflow = doc.errors.find((e) => /call stack/i.test(e.message));
  const problems: Problem[] = overflow
    ? [{ file, line: lineAt(overflow.pos[0]), ...nestedTooDeep }]
    : doc.errors.map((e) => ({ file, line: lineAt(e.pos[0]), field: "-", message: `YAML: ${e.message.split("\n")[0]}` }));
  if (!problems.length) problems.push(...structureProblems(doc, file, lineAt));

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

  let value: unknown;
  if (!problems.length) {
    try {
      value = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
    } catch (e) {
      // The library throws a ReferenceError when aliases expand past the limit.
      if (!(e instanceof ReferenceError || e instanceof RangeError)) throw e;
      problems.push({
        file,
        line: firstLine,
        field: "-",
        message: `YAML: aliases (*name) expand to too many values (more than ${MAX_YAML_ALIASES} uses); write the values out instead`,
      });
    }
  }
  return { value, lineOf, problems };
}

/**
 * Duplicate keys, and nesting deeper than MAX_YAML_DEPTH, found in one walk with its own stack
 * (a recursive walk would itself overflow on the files it is meant to refuse).
 */
function structureProblems(doc: Document, file: string, lineAt: (offset: number) => number): Problem[] {
  const problems: Problem[] = [];
  const stack: { node: unknown; depth: number }[] = [{ node: doc.contents, depth: 0 }];
  while (stack.length) {
    const { node, depth } = stack.pop()!;
    if (!isMap(node) && !isSeq(node)) continue;
    if (depth >= MAX_YAML_DEPTH) {
      const at = node.range ? lineAt(node.range[0]) : lineAt(0);
      return [{ file, line: at, ...nestedTooDeep }];
    }
    const seen = new Set<unknown>();
    for (const item of node.items) {
      if (isPair(item)) {
        if (isScalar(item.key) && item.key.value !== "<<") {
          if (seen.has(item.key.value)) {
            problems.push({ file, line: lineAt(item.key.range?.[0] ?? 0), field: "-", message: "YAML: Map keys must be unique" });
          }
          seen.add(item.key.value);
        }
        stack.push({ node: item.key, depth: depth + 1 }, { node: item.value, depth: depth + 1 });
      } else stack.push({ node: item, depth: depth + 1 });
    }
  }
  return problems;
}

/** How many unknown fields of one object are named, each with its line and a suggestion. */
const MAX_UNKNOWN_KEYS = 20;

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
      const known = keysAt(schema, issue.path);
      // Each is looked up and compared with the known names: a file of 100,000 made-up keys
      // gets the first few and a count, not 100,000 problems.
      for (const key of issue.keys.slice(0, MAX_UNKNOWN_KEYS)) {
        const path = [...issue.path, key];
        const hint = suggest(key, known);
        problems.push({
          file,
          line: parsed.lineOf(path),
          field: fieldName([...fieldPrefix, ...path]),
          message: `unknown field${hint ? `; did you mean "${hint}"?` : `; known fields are ${known.join(", ")}`}`,
        });
      }
      const more = issue.keys.length - MAX_UNKNOWN_KEYS;
      if (more > 0) {
        problems.push({
          file,
          line: parsed.lineOf(issue.path),
          field: fieldName([...fieldPrefix, ...issue.path]),
          message: `and ${more} more unknown field${more === 1 ? "" : "s"}; known fields are ${known.join(", ")}`,
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
