import type { MapDocument } from '../editing/mapDocument';
import { jsonEqual } from '../sync/jsonEqual';
import type { MergeChange } from './planMerge';

/**
 * What merging another copy of this map (a file with the same document history) changes, read
 * from the merged document before anything is written: shown in the merge preview. Unlike a
 * merge by names, a copy's deletions are merged too, so the plan lists what goes.
 */
export interface StateMergePlan {
  readonly addedNodes: readonly string[];
  readonly changedNodes: readonly MergeChange[];
  readonly removedNodes: readonly string[];
  readonly addedLinks: number;
  readonly changedLinks: number;
  readonly removedLinks: number;
  /** The map's own settings or lists (areas, sticky notes, views, votes…) change. */
  readonly metaChanged: boolean;
}

const IGNORED = new Set(['id', 'mapId']);

export function planStateMerge(current: MapDocument, merged: MapDocument): StateMergePlan {
  const addedNodes: string[] = [];
  const changedNodes: MergeChange[] = [];
  for (const node of Object.values(merged.nodes)) {
    const old = current.nodes[node.id];
    if (!old) addedNodes.push(node.name);
    else if (old !== node) {
      const fields = changedFields(old, node);
      if (fields.length) changedNodes.push({ name: node.name, fields });
    }
  }
  const removedNodes = Object.values(current.nodes)
    .filter((n) => !merged.nodes[n.id])
    .map((n) => n.name);
  let addedLinks = 0;
  let changedLinks = 0;
  for (const link of Object.values(merged.links)) {
    const old = current.links[link.id];
    if (!old) addedLinks++;
    else if (changedFields(old, link).length) changedLinks++;
  }
  const removedLinks = Object.keys(current.links).filter((id) => !merged.links[id]).length;
  const { updatedAt: _a, ...metaBefore } = current.meta;
  const { updatedAt: _b, ...metaAfter } = merged.meta;
  return { addedNodes, changedNodes, removedNodes, addedLinks, changedLinks, removedLinks, metaChanged: !jsonEqual(metaBefore, metaAfter) };
}

export function isEmptyStateMerge(plan: StateMergePlan): boolean {
  return !plan.metaChanged && plan.addedNodes.length + plan.changedNodes.length + plan.removedNodes.length + plan.addedLinks + plan.changedLinks + plan.removedLinks === 0;
}

/** The fields that differ, by their model names; a move is one change, `position`. */
function changedFields(a: object, b: object): string[] {
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const out = new Set<string>();
  for (const f of new Set([...Object.keys(ra), ...Object.keys(rb)])) {
    if (IGNORED.has(f) || jsonEqual(ra[f], rb[f])) continue;
    out.add(f === 'x' || f === 'y' ? 'position' : f);
  }
  return [...out];
}
