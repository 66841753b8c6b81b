/** Splitting people's names for citations: "Hancock, Michael B." or the last word as family name. */

export interface NameParts {
  family: string;
  given: string;
}

/**
 * @example nameParts({ name: "Rick Sallinger" }) // { family: "Sallinger", given: "Rick" }
 * @example nameParts({ name: "Paul D. López", sort_name: "López, Paul D." }) // { family: "López", given: "Paul D." }
 */
export function nameParts(p: { name: string; sort_name?: string }): NameParts {
  if (p.sort_name?.includes(",")) {
    const [family, ...given] = p.sort_name.split(",");
    return { family: family!.trim(), given: given.join(",").trim() };
  }
  const words = p.name.trim().split(/\s+/);
  const family = words.pop()!;
  return { family, given: words.join(" ") };
}
