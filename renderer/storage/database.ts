import Dexie, { type Table } from 'dexie';
import { NO_VOTING, type MapLink, type MapMeta, type MapNode } from '../../shared/model';
import type { MapSnapshotRecord } from '../../shared/snapshots/mapSnapshotRecord';
import { migrateLegacyMaps } from './legacyMigration';

export const DATABASE_NAME = 'good-help-map';

/** A map in the maps list: read without loading its document. */
export interface MapIndexRow {
  readonly id: string;
  readonly name: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly deletedAt: string | null;
}

/** One stored Yjs update of a map's document (y-dexie's layout: one row per update, compacted). */
export interface MapUpdateRow {
  readonly seq?: number;
  readonly mapId: string;
  readonly update: Uint8Array;
}

/** A record that could not be read when the database was upgraded: kept, never thrown away. */
export interface SetAsideRow {
  readonly id?: number;
  readonly mapId: string;
  readonly kind: string;
  readonly record: unknown;
  readonly problem: string;
}

/**
 * The one module that defines the IndexedDB schema. Changing a table or an index needs a new
 * `version(n)` with an `upgrade()` step; `test/unit/storage.test.ts` pins the schema against
 * literal values so an unplanned change fails.
 *
 * Version 3 keeps each map as a Yjs document (shared/sync): its updates in `mapUpdates`, its
 * name and dates in `mapIndex` for the maps list. The version 1–2 tables (`maps`, `nodes`,
 * `links`: one row per record) are converted in the upgrade and emptied in the same
 * transaction, so the upgrade either moves every map or changes nothing.
 */
export class GoodHelpDatabase extends Dexie {
  maps!: Table<MapMeta, string>;
  nodes!: Table<MapNode, [string, string]>;
  links!: Table<MapLink, [string, string]>;
  /** Named copies of a map (renderer/snapshots), listed by map. */
  snapshots!: Table<MapSnapshotRecord, string>;
  mapIndex!: Table<MapIndexRow, string>;
  mapUpdates!: Table<MapUpdateRow, number>;
  setAside!: Table<SetAsideRow, number>;

  constructor(name: string = DATABASE_NAME) {
    // Chromium commits IndexedDB writes lazily by default, so a crash can lose the last few
    // seconds. Strict durability waits for the disk before a transaction reports success.
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({
      maps: 'id, updatedAt',
      nodes: '[mapId+id], mapId',
      links: '[mapId+id], mapId',
    });
    // Version 2: named snapshots of maps. Map records gain sticky notes and dot voting; the
    // schema's defaults would fill them on load, but stored records are brought up to shape.
    this.version(2)
      .stores({ snapshots: 'id, mapId' })
      .upgrade((tx) =>
        tx
          .table('maps')
          .toCollection()
          .modify((map: Partial<MapMeta>) => {
            map.stickyNotes ??= [];
            map.voting ??= { ...NO_VOTING, participants: [], votes: [] };
          }),
      );
    // Version 3: every map becomes a Yjs document.
    this.version(3)
      .stores({ mapIndex: 'id, updatedAt', mapUpdates: '++seq, mapId', setAside: '++id, mapId' })
      .upgrade((tx) => migrateLegacyMaps(tx));
  }
}
