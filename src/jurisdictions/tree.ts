/**
 * The jurisdiction hierarchy (United States > Colorado > Denver), from each jurisdiction's
 * `parent`. Computed once; an article about a place is also about every place that contains it.
 */
export interface TreeNode {
  id: string;
  parent?: string;
}

/**
 * Ancestors of every node, nearest first, and the cycles found (each as the ids in it).
 * @example ancestorsOf([{ id: "denver", parent: "colorado" }, { id: "colorado" }]).ancestors.get("denver") // ["colorado"]
 */
export function ancestorsOf(nodes: readonly TreeNode[]): { ancestors: Map<string, string[]>; cycles: string[][] } {
  const parent = new Map(nodes.map((n) => [n.id, n.parent]));
  const ancestors = new Map<string, string[]>();
  const cycles: string[][] = [];
  for (const { id } of nodes) {
    const chain: string[] = [];
    const seen = new Set([id]);
    let p = parent.get(id);
    while (p !== undefined && parent.has(p)) {
      if (seen.has(p)) {
        cycles.push([id, ...chain]);
        break;
      }
      seen.add(p);
      chain.push(p);
      p = parent.get(p);
    }
    ancestors.set(id, chain);
  }
  return { ancestors, cycles };
}

/** Children of every node, in the given order. */
export function childrenOf(nodes: readonly TreeNode[]): Map<string, string[]> {
  const children = new Map<string, string[]>(nodes.map((n) => [n.id, []]));
  for (const n of nodes) if (n.parent && children.has(n.parent)) children.get(n.parent)!.push(n.id);
  return children;
}
