import type { MapNode } from '../../shared/model';

/** Nodes matching every word of the query, names that start with it first. */
export function findNodes(nodes: readonly MapNode[], query: string, limit: number): MapNode[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  const scored: { node: MapNode; score: number }[] = [];
  for (const node of nodes) {
    const name = node.name.toLowerCase();
    const extra = [
      ...node.tags,
      node.kind === 'person' ? node.role : '',
      node.kind === 'organisation' ? node.orgType : '',
      node.kind === 'space' ? `${node.postcode} ${node.address}` : '',
    ].join(' ').toLowerCase();
    if (!words.every((w) => name.includes(w) || extra.includes(w))) continue;
    const first = words[0]!;
    const score = name.startsWith(first) ? 0 : name.includes(first) ? 1 : 2;
    scored.push({ node, score });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.node.name.localeCompare(b.node.name))
    .slice(0, limit)
    .map((s) => s.node);
}
