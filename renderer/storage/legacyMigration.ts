import * as Y from 'yjs';
import type { Transaction } from 'dexie';
import { LEGACY_MAP_RECORD, LINK_RECORD, NODE_RECORD, upgradeRecord, type MapLink, type MapNode } from '../../shared/model';
import { FROM_STORAGE, writeDocument } from '../../shared/sync';
import type { MapIndexRow, MapUpdateRow, SetAsideRow } from './database';

/** Who the records moved from the old database are stamped with. */
export const MIGRATED_BY = 'Earlier version';

/**
 * Moves every map of a version 2 database (one row per map, node and link) into Yjs documents,
 * inside Dexie's upgrade transaction: all maps or none. A record that cannot be read is not
 * dropped — it goes to `setAside` with the reason, as loading it would have reported.
 */
export async function migrateLegacyMaps(tx: Transaction): Promise<void> {
  const maps = await tx.table('maps').toArray();
  const index: MapIndexRow[] = [];
  const updates: MapUpdateRow[] = [];
  const setAside: SetAsideRow[] = [];
  for (const raw of maps as Record<string, unknown>[]) {
    const mapId = typeof raw.id === 'string' ? raw.id : '';
    const meta = upgradeRecord(LEGACY_MAP_RECORD, raw, 1);
    const rows = { nodes: await tx.table('nodes').where('mapId').equals(mapId).toArray(), links: await tx.table('links').where('mapId').equals(mapId).toArray() };
    if (!meta.ok) {
      setAside.push({ mapId, kind: 'map', record: { map: raw, ...rows }, problem: `The map could not be read: ${meta.error}` });
      continue;
    }
    const nodes: Record<string, MapNode> = {};
    for (const row of rows.nodes) {
      const node = upgradeRecord(NODE_RECORD, row, 1);
      if (node.ok) nodes[node.value.id] = node.value;
      else setAside.push({ mapId, kind: 'node', record: row, problem: node.error });
    }
    const links: Record<string, MapLink> = {};
    for (const row of rows.links) {
      const link = upgradeRecord(LINK_RECORD, row, 1);
      if (link.ok && nodes[link.value.source] && nodes[link.value.target]) links[link.value.id] = link.value;
      else setAside.push({ mapId, kind: 'link', record: row, problem: link.ok ? 'it joins a node that could not be read' : link.error });
    }
    const ydoc = new Y.Doc();
    writeDocument(ydoc, { meta: meta.value, nodes, links }, FROM_STORAGE, { by: MIGRATED_BY, at: meta.value.updatedAt });
    updates.push({ mapId, update: Y.encodeStateAsUpdate(ydoc) });
    ydoc.destroy();
    const { id, name, createdAt, updatedAt, deletedAt } = meta.value;
    index.push({ id, name, createdAt, updatedAt, deletedAt });
  }
  await tx.table('mapIndex').bulkAdd(index);
  await tx.table('mapUpdates').bulkAdd(updates);
  if (setAside.length) await tx.table('setAside').bulkAdd(setAside);
  await tx.table('maps').clear();
  await tx.table('nodes').clear();
  await tx.table('links').clear();
}
