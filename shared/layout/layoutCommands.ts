import type { EditOutcome } from '../editing/commands/editResult';
import type { MapDocument } from '../editing/mapDocument';
import type { RecordChange } from '../editing/patch';
import type { Id, MapNode } from '../model';

/**
 * Puts the result of a layout run on the map as one undo step, named after what the user
 * asked for ("Tidy the whole map"), so Undo puts every node back at once. Pinned nodes are
 * left alone even if a stale run asks to move them.
 */
export function applyLayout(doc: MapDocument, args: { moves: readonly { id: Id; x: number; y: number }[]; label: string }): EditOutcome {
  const nodes: Record<Id, RecordChange<MapNode>> = {};
  for (const move of args.moves) {
    const node = doc.nodes[move.id];
    if (!node || node.pinned || !Number.isFinite(move.x) || !Number.isFinite(move.y)) continue;
    if (node.x === move.x && node.y === move.y) continue;
    nodes[node.id] = { before: node, after: { ...node, x: move.x, y: move.y } };
  }
  return { ok: true, label: args.label, patch: { nodes, links: {} }, mode: 'record' };
}

/**
 * Pins or unpins nodes: a pinned node stays where the user put it whatever layout runs.
 * With a merge key (a drag's), it joins that step, so undoing the drag also unpins.
 */
export function setPinned(doc: MapDocument, args: { ids: readonly Id[]; pinned: boolean; mergeKey?: string }): EditOutcome {
  const nodes: Record<Id, RecordChange<MapNode>> = {};
  for (const id of args.ids) {
    const node = doc.nodes[id];
    if (node && node.pinned !== args.pinned) nodes[id] = { before: node, after: { ...node, pinned: args.pinned } };
  }
  const count = Object.keys(nodes).length;
  const what = count === 1 ? Object.values(nodes)[0]!.before!.name : `${count} nodes`;
  return {
    ok: true,
    label: `${args.pinned ? 'Pin' : 'Unpin'} ${what}`,
    patch: { nodes, links: {} },
    mode: args.mergeKey ? 'merge' : 'record',
    ...(args.mergeKey ? { mergeKey: args.mergeKey } : {}),
  };
}
