import Dexie, { type Table } from 'dexie';
import type { MapLink, MapMeta, MapNode } from '../../shared/model';

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

  constructor(name: string = DATABASE_NAME) {
    // Chromium commits IndexedDB writes lazily by default, so a crash can lose the last few
    // seconds. Strict durability waits for the disk before a transaction reports success.
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({
      maps: 'id, updatedAt',
      nodes: '[mapId+id], mapId',
      links: '[mapId+id], mapId',
    });
  }
}

export const STORED_SCHEMA = {
  1: { maps: 'id, updatedAt', nodes: '[mapId+id], mapId', links: '[mapId+id], mapId' },
} as const;
