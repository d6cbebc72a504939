import type { Area } from '../model';
import type { NetworkIndex } from './networkIndex';

/**
 * Which areas each node belongs to. Spaces have an area and organisations the areas they serve;
 * people and projects have none of their own, so they take the areas of the spaces they are
 * linked to and of linked organisations that serve a single area (a borough-wide service says
 * nothing about where a person works).
 */
export function nodeAreas(index: NetworkIndex, areas: readonly Area[]): (readonly string[])[] {
  const known = new Set(areas.map((a) => a.id));
  const own = index.nodes.map((node): string[] => {
    if (node.kind === 'space') return node.areaId && known.has(node.areaId) ? [node.areaId] : [];
    if (node.kind === 'organisation') return node.areasServed.filter((a) => known.has(a));
    return [];
  });
  return index.nodes.map((node, i) => {
    if (node.kind === 'space' || node.kind === 'organisation') return own[i]!;
    const found = new Set<string>();
    for (let e = index.offsets[i]!; e < index.offsets[i + 1]!; e++) {
      const j = index.neighbours[e]!;
      const other = index.nodes[j]!;
      if (other.kind === 'space' || (other.kind === 'organisation' && own[j]!.length === 1)) for (const a of own[j]!) found.add(a);
    }
    return [...found];
  });
}
