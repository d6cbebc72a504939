import type { Id, MapLink, MapMeta, MapNode } from '../model';
import type { MapDocument } from './mapDocument';

/** One record's change: null before = created, null after = deleted. */
export interface RecordChange<T> {
  readonly before: T | null;
  readonly after: T | null;
}

/**
 * A set of record changes that can be applied, inverted and persisted as one unit
 * (tldraw's store diffs). The map's document (shared/sync) writes it in one transaction; undo
 * is the document's own (shared/sync/undoHistory.ts).
 */
export interface Patch {
  readonly meta?: { readonly before: MapMeta; readonly after: MapMeta };
  readonly nodes: Readonly<Record<Id, RecordChange<MapNode>>>;
  readonly links: Readonly<Record<Id, RecordChange<MapLink>>>;
}

export const EMPTY_PATCH: Patch = { nodes: {}, links: {} };

export function isEmptyPatch(patch: Patch): boolean {
  return !patch.meta && Object.keys(patch.nodes).length === 0 && Object.keys(patch.links).length === 0;
}

function invertChanges<T>(changes: Readonly<Record<Id, RecordChange<T>>>): Record<Id, RecordChange<T>> {
  const out: Record<Id, RecordChange<T>> = {};
  for (const [id, c] of Object.entries(changes)) out[id] = { before: c.after, after: c.before };
  return out;
}

export function invertPatch(patch: Patch): Patch {
  return {
    ...(patch.meta ? { meta: { before: patch.meta.after, after: patch.meta.before } } : {}),
    nodes: invertChanges(patch.nodes),
    links: invertChanges(patch.links),
  };
}

function applyChanges<T>(
  records: Readonly<Record<Id, T>>,
  changes: Readonly<Record<Id, RecordChange<T>>>,
): Readonly<Record<Id, T>> {
  const ids = Object.keys(changes);
  if (ids.length === 0) return records;
  const out: Record<Id, T> = { ...records };
  for (const id of ids) {
    const after = changes[id]!.after;
    if (after === null) delete out[id];
    else out[id] = after;
  }
  return out;
}

export function applyPatch(doc: MapDocument, patch: Patch): MapDocument {
  return {
    meta: patch.meta ? patch.meta.after : doc.meta,
    nodes: applyChanges(doc.nodes, patch.nodes),
    links: applyChanges(doc.links, patch.links),
  };
}

/**
 * A big patch as smaller ones of at most `size` nodes each, to write across several tasks (a
 * layout of a whole map). The links and the map's settings go with the first; applied in order
 * they make the same change as the whole.
 */
export function slicePatch(patch: Patch, size: number): Patch[] {
  const entries = Object.entries(patch.nodes);
  if (entries.length <= size) return [patch];
  const out: Patch[] = [];
  for (let i = 0; i < entries.length; i += size) {
    const nodes = Object.fromEntries(entries.slice(i, i + size));
    out.push(i === 0 ? { ...patch, nodes } : { nodes, links: {} });
  }
  return out;
}
