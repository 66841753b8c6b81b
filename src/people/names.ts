/**
 * A person's name in parts: the family name from `sort_name` ("Hancock, Michael B.") or, without
 * one, the last word of the name. Citations, the people index's A to Z and the importer's
 * "Attorney General Sessions" all read it here.
 */
import type { Person } from "../schema.ts";

export interface NameParts {
  family: string;
  given: string;
}

/**
 * @example nameParts({ name: "Rick Sallinger" }) // { family: "Sallinger", given: "Rick" }
 * @example nameParts({ name: "Paul D. López", sort_name: "López, Paul D." }) // { family: "López", given: "Paul D." }
 */
export function nameParts(p: Pick<Person, "name" | "sort_name">): NameParts {
  if (p.sort_name?.includes(",")) {
    const [family, ...given] = p.sort_name.split(",");
    return { family: family!.trim(), given: given.join(",").trim() };
  }
  const words = p.name.trim().split(/\s+/);
  const family = words.pop()!;
  return { family, given: words.join(" ") };
}

/**
 * Family name first, for A to Z: `sort_name` as written, else "last word, the rest", lower case.
 * @example familySortKey({ name: "Michael B. Hancock" }) // "hancock, michael b."
 */
export function familySortKey(p: Pick<Person, "name" | "sort_name">): string {
  if (p.sort_name) return p.sort_name.toLocaleLowerCase("en");
  const { family, given } = nameParts({ name: p.name });
  return `${family}, ${given}`.toLocaleLowerCase("en");
}
