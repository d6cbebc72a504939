import * as Y from 'yjs';
import { LINK_RECORD, NODE_RECORD, type Id, type RecordType } from '../model';
import { F_STAMP, isOwnField, LINKS, NODES } from './docLayout';
import type { KnownRecords } from './documentReader';
import { jsonEqual } from './jsonEqual';
import { readRecord } from './readRecord';
import { toStored, type Collection } from './recordFields';

/**
 * Whether a document's nodes and links read as exactly `records` (validated already, e.g. a
 * file's records), without validating each stored record a second time: a record stored at this
 * version as exactly the keys writeDocument would store for its twin reads as that twin (the
 * round trip syncKnownRecords.test.ts proves). Any other — stored at another version, or with a
 * field kept at its default by a later edit — is read and validated as usual, then compared.
 * Returns null when they match, or which collection does not.
 */
export function storedRecordsMismatch(ydoc: Y.Doc, records: KnownRecords, mapId: Id): 'nodes' | 'links' | null {
  if (!collectionMatches(ydoc.getMap<unknown>(NODES), 'nodes', NODE_RECORD, records.nodes, mapId)) return 'nodes';
  if (!collectionMatches(ydoc.getMap<unknown>(LINKS), 'links', LINK_RECORD, records.links, mapId)) return 'links';
  return null;
}

function collectionMatches<T extends object>(root: Y.Map<unknown>, collection: Collection, type: RecordType<T>, records: Readonly<Record<Id, T>>, mapId: Id): boolean {
  const ids = Object.keys(records);
  if (root.size !== ids.length) return false;
  for (const id of ids) {
    const ymap = root.get(id);
    if (!(ymap instanceof Y.Map)) return false;
    const record = records[id]!;
    if (storedAs(ymap, toStored(collection, record as Readonly<Record<string, unknown>>, false), type.version)) continue;
    const read = readRecord(type, ymap, collection, { id, mapId });
    if (!read.result.ok || !jsonEqual(read.result.value, record)) return false;
  }
  return true;
}

/** Whether a record's Y.Map holds exactly these stored keys, stamped with this version. */
function storedAs(ymap: Y.Map<unknown>, expected: Readonly<Record<string, unknown>>, version: number): boolean {
  const stamp = ymap.get(F_STAMP);
  if (typeof stamp !== 'object' || stamp === null || (stamp as { v?: unknown }).v !== version) return false;
  let count = 0;
  for (const [k, v] of ymap.entries()) {
    if (isOwnField(k)) continue;
    if (!Object.prototype.hasOwnProperty.call(expected, k) || !jsonEqual(expected[k], v)) return false;
    count++;
  }
  let wanted = 0;
  for (const k in expected) if (expected[k] !== undefined) wanted++;
  return count === wanted;
}
