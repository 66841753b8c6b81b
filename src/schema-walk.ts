/**
 * Walking the zod schemas of `src/schema.ts`: the layers around a field and the keys an object
 * allows. zod's internals (`def`) are not typed for walking; this is the one module that reads
 * them, for the docs' field tables (`src/docs/fields.ts`) and for "did you mean" on an unknown
 * field (`src/content/yaml-source.ts`).
 */

/** A schema as zod 4 builds it: its definition, and the description `.describe()` gave it. */
export interface SchemaNode {
  def: Record<string, any>;
  description?: string;
}

/**
 * Whether two schemas are the same one: `.describe()` clones a schema but shares its definition.
 * @example sameSchema(ref.describe("an id"), ref) // true
 */
export function sameSchema(a: unknown, b: unknown): boolean {
  return (a as SchemaNode | undefined)?.def === (b as SchemaNode | undefined)?.def;
}

export interface Unwrapped {
  node: SchemaNode;
  required: boolean;
  defaultValue?: unknown;
  description?: string;
}

/**
 * Peels the optional, default, prefault, nullable and pipe layers (a pipe to its input) from a
 * schema, keeping the first description met. `stop` names schemas to keep whole even though
 * they are pipes, such as `ref`.
 * @example unwrap(z.string().optional()).required // false
 */
export function unwrap(schema: unknown, stop: (node: SchemaNode) => boolean = () => false): Unwrapped {
  let node = schema as SchemaNode;
  let required = true;
  let defaultValue: unknown;
  let description = node?.description;
  while (node?.def && !stop(node)) {
    const def = node.def;
    if (def.type === "optional") {
      required = false;
      node = def.innerType;
    } else if (def.type === "default" || def.type === "prefault") {
      required = false;
      defaultValue = typeof def.defaultValue === "function" ? def.defaultValue() : def.defaultValue;
      node = def.innerType;
    } else if (def.type === "nullable") {
      node = def.innerType;
    } else if (def.type === "pipe") {
      node = def.in;
    } else break;
    description ??= node?.description;
  }
  return { node, required, defaultValue, description };
}

/**
 * The fields of an object schema, once its layers are peeled; undefined for anything else.
 * @example Object.keys(shapeOf(Topic)!) // ["name", "summary", "aliases"]
 */
export function shapeOf(schema: unknown): Record<string, unknown> | undefined {
  return unwrap(schema).node?.def?.shape as Record<string, unknown> | undefined;
}

/**
 * The keys the object schema at `path` (object keys and array indexes) allows; none when
 * there is no object there.
 * @example keysAt(ArticleFrontMatter, ["source"]) // ["name", "organization", "url", "retrieved", "copyright", "credit"]
 */
export function keysAt(schema: unknown, path: readonly PropertyKey[]): string[] {
  let node: unknown = schema;
  for (const key of path) {
    const def = unwrap(node).node?.def;
    node = typeof key === "number" ? def?.element : (def?.shape as Record<PropertyKey, unknown> | undefined)?.[key];
  }
  return Object.keys(shapeOf(node) ?? {});
}
