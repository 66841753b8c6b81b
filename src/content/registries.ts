/**
 * The registries in `_data/`: one YAML file per person, jurisdiction, organization and topic,
 * named by its id.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { z } from "zod";
import { ID_PATTERN, LIMITS, MAX_ID_LENGTH, REGISTRIES, Site, type RegistryKind } from "../schema.ts";
import type { Problem } from "./problems.ts";
import { slugify } from "./slug.ts";
import { forbiddenInValue } from "./text.ts";
import { readContentText } from "./tree.ts";
import { parseYaml, validateYaml } from "./yaml-source.ts";

export interface RegistryEntry<T> {
  id: string;
  file: string;
  data: T;
  lineOf: (path: readonly PropertyKey[]) => number;
}

export type Registry<K extends RegistryKind> = Map<string, RegistryEntry<z.output<(typeof REGISTRIES)[K]>>>;

/**
 * Reads the registry files of one kind (`_data/<kind>/<id>.yaml`, as listed by
 * {@link scanContent}). Ids are the file names, case-folded; two that fold alike are a problem.
 */
export function readRegistry<K extends RegistryKind>(root: string, kind: K, files: string[]): { registry: Registry<K>; problems: Problem[] } {
  const registry: Registry<K> = new Map();
  const problems: Problem[] = [];
  for (const file of files) {
    const raw = file.slice(file.lastIndexOf("/") + 1).replace(/\.yaml$/, "");
    const id = raw.toLowerCase();
    if (id.length > MAX_ID_LENGTH) {
      problems.push({ file, line: 1, field: "-", message: `the file name is the id, and an id is at most ${MAX_ID_LENGTH} characters (this one is ${id.length})` });
      continue;
    }
    if (!ID_PATTERN.test(id)) {
      problems.push({ file, line: 1, field: "-", message: `the file name is the id: lowercase words joined by hyphens, e.g. ${slugify(raw, MAX_ID_LENGTH, "some-id")}.yaml` });
      continue;
    }
    const { text, problems: textProblems } = readContentText(root, file, LIMITS.registryBytes);
    if (text === undefined) {
      problems.push(...textProblems);
      continue;
    }
    const parsed = parseYaml(text, file);
    if (parsed.problems.length) {
      problems.push(...parsed.problems);
      continue;
    }
    const { data, problems: p } = validateYaml(REGISTRIES[kind], parsed, file);
    problems.push(...p, ...forbiddenInValue(parsed.value, file, parsed.lineOf));
    const twin = registry.get(id);
    if (twin) {
      problems.push({ file, line: 1, field: "-", message: `duplicate id "${id}": ${twin.file} has it too (ids ignore case)` });
      continue;
    }
    if (data) registry.set(id, { id, file, data: data as any, lineOf: parsed.lineOf });
  }
  return { registry, problems };
}

export type Registries = { [K in RegistryKind]: Registry<K> };

/**
 * Reads every registry's files, as listed by {@link scanContent}, with their problems in the
 * order people, jurisdictions, organizations, topics. The archive and the importer both read them here.
 * @example readRegistries(".", scanContent(".").registries).registries.people.has("michael-hancock") // true
 */
export function readRegistries(root: string, files: Record<RegistryKind, string[]>): { registries: Registries; problems: Problem[] } {
  const problems: Problem[] = [];
  const read = <K extends RegistryKind>(kind: K): Registry<K> => {
    const { registry, problems: p } = readRegistry(root, kind, files[kind]);
    problems.push(...p);
    return registry;
  };
  const registries: Registries = { people: read("people"), jurisdictions: read("jurisdictions"), organizations: read("organizations"), topics: read("topics") };
  return { registries, problems };
}

/**
 * Reads `_data/site.yaml`. A deploy can set the address without editing the file (GitHub Pages'
 * URL in CI): `npm run build -- --site-url https://…` passes it here as `url`.
 */
export function readSite(root: string, overrides: { url?: string } = {}): { site?: z.output<typeof Site>; problems: Problem[] } {
  const file = "_data/site.yaml";
  const path = join(root, file);
  if (!existsSync(path)) return { problems: [{ file, line: 1, field: "-", message: "the site settings file is missing" }] };
  const { text, problems: textProblems } = readContentText(root, file, LIMITS.registryBytes);
  if (text === undefined) return { problems: textProblems };
  const parsed = parseYaml(text, file);
  if (parsed.problems.length) return { problems: parsed.problems };
  const value = overrides.url ? { ...(parsed.value as object), url: overrides.url } : parsed.value;
  const { data, problems } = validateYaml(Site, { ...parsed, value }, file);
  return { site: data, problems: [...problems, ...forbiddenInValue(parsed.value, file, parsed.lineOf)] };
}
