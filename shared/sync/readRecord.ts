import * as Y from 'yjs';
import { upgradeRecord, type RecordType, type UpgradeResult } from '../model';
import { F_ORDER, F_STAMP, isOwnField } from './docLayout';
import type { ChangeStamp } from './origins';
import { fromStored, type Collection } from './recordFields';

export interface ReadRecord<T> {
  readonly result: UpgradeResult<T>;
  readonly stamp: ChangeStamp | null;
  readonly order: number;
  /** The record's name, if it has one, to say which record could not be read. */
  readonly name: string;
}

/**
 * Reads one record from its `Y.Map` and validates it (after upgrading it from the version it
 * was written at). This is the boundary where a record from another window or a colleague
 * enters the app: an invalid one comes back as an error, never as a value.
 */
export function readRecord<T>(
  type: RecordType<T>,
  ymap: Y.Map<unknown> | Iterable<[string, unknown]>,
  collection: Collection,
  implicit?: Readonly<Record<string, unknown>>,
): ReadRecord<T> {
  let fields: Record<string, unknown> = {};
  let stamp: Partial<Record<'v' | 'by' | 'at', unknown>> = {};
  let order: unknown = 0;
  for (const [k, v] of ymap instanceof Y.Map ? ymap.entries() : ymap) {
    if (!isOwnField(k)) fields[k] = v;
    else if (k === F_STAMP && typeof v === 'object' && v !== null) stamp = v;
    else if (k === F_ORDER) order = v;
  }
  fields = fromStored(collection, fields);
  // The key a record is stored under is its id, whatever the record says.
  if (implicit) for (const [k, v] of Object.entries(implicit)) if (v !== undefined) fields[k] = v;
  const version = stamp.v ?? 1;
  const { by, at } = stamp;
  return {
    result: upgradeRecord(type, fields, typeof version === 'number' ? version : NaN),
    stamp: typeof by === 'string' && typeof at === 'string' ? { by: by.slice(0, 100), at } : null,
    order: typeof order === 'number' && Number.isFinite(order) ? order : 0,
    name: typeof fields.name === 'string' ? fields.name.slice(0, 60) : '',
  };
}

/** Who last changed a record and when, e.g. for Details ("Changed by Sam at 10:42"). */
export function lastChangeOf(ydoc: Y.Doc, collection: string, id?: string): ChangeStamp | null {
  const root = ydoc.getMap<unknown>(collection);
  const rec = id === undefined ? root : root.get(id);
  if (!(rec instanceof Y.Map)) return null;
  const stamp = rec.get(F_STAMP) as { by?: unknown; at?: unknown } | undefined;
  return typeof stamp?.by === 'string' && typeof stamp.at === 'string' ? { by: stamp.by, at: stamp.at } : null;
}
