import * as Y from 'yjs';
import { LINK_RECORD, MAP_SETTINGS_RECORD, NODE_RECORD, type Id, type MapMeta } from '../model';
import type { MapDocument, Patch } from '../editing';
import { F_ORDER, F_STAMP, flattenSettings, isOwnField, LINKS, META_LISTS, NODES, SETTINGS, settingsOf, type ListEntry } from './docLayout';
import { jsonEqual } from './jsonEqual';
import { planOrders } from './listOrder';
import type { ChangeStamp } from './origins';
import { toStored, type Collection } from './recordFields';

type Fields = Readonly<Record<string, unknown>>;

/**
 * Writes a command's patch into the map's document in ONE transaction, so it is one update to
 * store, send and undo. Only records the patch changed are touched, and within a record only
 * the fields that differ between its before and after: a field this edit did not change is left
 * as it is in the document, which keeps a colleague's concurrent change to it.
 */
export function writePatch(ydoc: Y.Doc, patch: Patch, origin: unknown, stamp: ChangeStamp): void {
  ydoc.transact(() => {
    const nodes = ydoc.getMap<Y.Map<unknown>>(NODES);
    for (const [id, c] of Object.entries(patch.nodes)) writeRecord(nodes, 'nodes', id, c.before, c.after, NODE_RECORD.version, stamp);
    const links = ydoc.getMap<Y.Map<unknown>>(LINKS);
    for (const [id, c] of Object.entries(patch.links)) writeRecord(links, 'links', id, c.before, c.after, LINK_RECORD.version, stamp);
    if (patch.meta) writeMeta(ydoc, patch.meta.before, patch.meta.after, stamp);
  }, origin);
}

/** Writes a whole map into an empty document (a new map, a file opened, a migrated map). */
export function writeDocument(ydoc: Y.Doc, doc: MapDocument, origin: unknown, stamp: ChangeStamp): void {
  // One transaction: the steps' transactions fold into it, so it is one update however big the map.
  ydoc.transact(() => writeDocumentInSteps(ydoc, doc, origin, stamp).step(() => true), origin);
}

/**
 * Writes a whole map into an empty document a step at a time (a big file opened: the map is
 * drawn from its records first and its document written just after, no step a long task).
 * Each `step` is one transaction: the map's settings and lists first, then nodes and links for
 * as long as `more()` says. Returns whether everything is written. The document holds exactly
 * `doc` once done, as writeDocument would write it.
 */
export function writeDocumentInSteps(ydoc: Y.Doc, doc: MapDocument, origin: unknown, stamp: ChangeStamp): { step: (more: () => boolean) => boolean } {
  const nodes = Object.entries(doc.nodes);
  const links = Object.entries(doc.links);
  let metaWritten = false;
  let next = 0;
  const total = nodes.length + links.length;
  return {
    step(more) {
      if (metaWritten && next >= total) return true;
      ydoc.transact(() => {
        if (!metaWritten) writeMeta(ydoc, null, doc.meta, stamp);
        metaWritten = true;
        const nodeMap = ydoc.getMap<Y.Map<unknown>>(NODES);
        const linkMap = ydoc.getMap<Y.Map<unknown>>(LINKS);
        // The clock is asked every 32 records: asking for each costs more than writing some.
        for (let i = 0; next < total && (++i % 32 !== 0 || more()); next++) {
          const [map, collection, [id, record], version] = next < nodes.length ? [nodeMap, 'nodes' as const, nodes[next]!, NODE_RECORD.version] : [linkMap, 'links' as const, links[next - nodes.length]!, LINK_RECORD.version];
          writeRecord(map, collection, id, null, record, version, stamp);
        }
      }, origin);
      return next >= total;
    },
  };
}

function writeMeta(ydoc: Y.Doc, before: MapMeta | null, after: MapMeta, stamp: ChangeStamp): void {
  const settings = ydoc.getMap<unknown>(SETTINGS);
  const flatAfter = flattenSettings(settingsOf(after));
  const flatBefore = before ? flattenSettings(settingsOf(before)) : null;
  writeFields(settings, 'settings', flatBefore, flatAfter, MAP_SETTINGS_RECORD.version, stamp);
  for (const spec of META_LISTS) {
    const a = spec.get(after);
    const b = before ? spec.get(before) : [];
    if (a === b) continue;
    const listMap = ydoc.getMap<Y.Map<unknown>>(spec.key);
    const beforeById = new Map<Id, ListEntry>(b.map((e) => [e.id, e]));
    const afterIds = new Set(a.map((e) => e.id));
    for (const e of b) if (!afterIds.has(e.id) && listMap.has(e.id)) listMap.delete(e.id);
    const orders = planOrders(a, (id) => {
      const o = listMap.get(id)?.get(F_ORDER);
      return typeof o === 'number' ? o : undefined;
    });
    for (const entry of a) {
      const prev = beforeById.get(entry.id) ?? null;
      const order = orders.get(entry.id);
      if (prev === entry && order === undefined) continue;
      writeRecord(listMap, 'list', entry.id, prev, entry, spec.type.version, stamp, order);
    }
  }
}

function writeRecord(
  parent: Y.Map<Y.Map<unknown>>,
  collection: Collection,
  id: Id,
  before: object | null,
  after: object | null,
  version: number,
  stamp: ChangeStamp,
  order?: number,
): void {
  if (after === null) {
    if (parent.has(id)) parent.delete(id);
    return;
  }
  const existing = parent.get(id);
  if (!(existing instanceof Y.Map)) {
    const rec = new Y.Map<unknown>();
    for (const [k, v] of Object.entries(toStored(collection, after as Fields, false))) rec.set(k, v);
    rec.set(F_STAMP, { v: version, by: stamp.by, at: stamp.at });
    if (order !== undefined) rec.set(F_ORDER, order);
    parent.set(id, rec);
    return;
  }
  writeFields(existing, collection, before as Fields | null, after as Fields, version, stamp, order);
}

/** Writes the stored keys that changed; returns whether any did. */
function writeFields(
  rec: Y.Map<unknown>,
  collection: Collection,
  beforeRecord: Fields | null,
  afterRecord: Fields,
  version: number,
  stamp: ChangeStamp,
  order?: number,
): boolean {
  // A record written by an older version is rewritten whole, so it holds every field of this one.
  const before = beforeRecord && stampOf(rec)?.v === version ? toStored(collection, beforeRecord, true) : null;
  const after = toStored(collection, afterRecord, true);
  let changed = false;
  for (const [k, v] of Object.entries(after)) {
    // Compared with this edit's before, not the document: a key this edit did not change keeps
    // whatever a colleague may have put there. A key not stored is at its default.
    if (before ? jsonEqual(before[k], v) : rec.has(k) && jsonEqual(rec.get(k), v)) continue;
    rec.set(k, v);
    changed = true;
  }
  const gone = before ? Object.keys(before) : [...rec.keys()].filter((k) => !isOwnField(k));
  for (const k of gone) {
    if (after[k] === undefined && rec.has(k)) {
      rec.delete(k);
      changed = true;
    }
  }
  if (order !== undefined && rec.get(F_ORDER) !== order) {
    rec.set(F_ORDER, order);
    changed = true;
  }
  if (changed) rec.set(F_STAMP, { v: version, by: stamp.by, at: stamp.at });
  return changed;
}

function stampOf(rec: Y.Map<unknown>): { v?: unknown } | null {
  const m = rec.get(F_STAMP);
  return typeof m === 'object' && m !== null ? (m as { v?: unknown }) : null;
}
