import Dexie, { type Table } from 'dexie';
import { NO_VOTING, type MapLink, type MapMeta, type MapNode } from '../../shared/model';
import type { MapSnapshotRecord } from '../../shared/snapshots/mapSnapshotRecord';

export const DATABASE_NAME = 'good-help-map';

/**
 * The one module that defines the IndexedDB schema. Changing a table or an index needs a new
 * `version(n)` with an `upgrade()` step (and a bump of MAP_SCHEMA_VERSION if records change
 * shape); `test/unit/storageSchema.test.ts` pins the schema so an unplanned change fails.
 *
 * Node and link keys are [mapId+id] so that a duplicated or re-opened map can keep its ids.
 */
export class GoodHelpDatabase extends Dexie {
  maps!: Table<MapMeta, string>;
  nodes!: Table<MapNode, [string, string]>;
  links!: Table<MapLink, [string, string]>;
  /** Named copies of a map (renderer/snapshots), listed by map. */
  snapshots!: Table<MapSnapshotRecord, string>;

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
  }
}

export const STORED_SCHEMA = {
  1: { maps: 'id, updatedAt', nodes: '[mapId+id], mapId', links: '[mapId+id], mapId' },
  2: { maps: 'id, updatedAt', nodes: '[mapId+id], mapId', links: '[mapId+id], mapId', snapshots: 'id, mapId' },
} as const;
