// Keys are kept as SHA-256 hashes: each is 32 random bytes, so a plain hash is enough (a slow
// password hash guards guessable secrets), and a stolen data folder gives nobody a working key.
// Each key row also has a short public id for listing and revoking.
import { createHash, randomBytes } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import { accessKeySchema, newAccessKey, newSharedMapId, type AccessKeyKind } from '../../shared/sync/accessKeys';
import { TEAM_SERVER_LIMITS } from '../../shared/sync/teamServerLimits';

export interface StoredKey {
  id: string;
  kind: AccessKeyKind;
  mapId: string | null;
  label: string;
  maxMaps: number | null;
  createdAt: string;
  revokedAt: string | null;
}

interface KeyRow {
  id: string;
  kind: AccessKeyKind;
  map_id: string | null;
  label: string;
  max_maps: number | null;
  created_at: string;
  revoked_at: string | null;
}

const toStoredKey = (row: KeyRow): StoredKey => ({
  id: row.id,
  kind: row.kind,
  mapId: row.map_id,
  label: row.label,
  maxMaps: row.max_maps,
  createdAt: row.created_at,
  revokedAt: row.revoked_at,
});

export const hashKey = (key: string): string => createHash('sha256').update(key, 'utf8').digest('hex');

export class MapLimitReached extends Error {}

export class AccessKeyStore {
  constructor(private readonly db: DatabaseSync) {}

  private insertKey(kind: AccessKeyKind, options: { mapId?: string; label?: string; maxMaps?: number | null } = {}): string {
    const key = newAccessKey(kind);
    this.db
      .prepare('INSERT INTO access_keys (id, kind, hash, map_id, label, max_maps, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(randomBytes(4).toString('hex'), kind, hashKey(key), options.mapId ?? null, options.label ?? '', options.maxMaps ?? null, new Date().toISOString());
    return key;
  }

  hasAdminKey(): boolean {
    return this.db.prepare("SELECT 1 FROM access_keys WHERE kind = 'admin' AND revoked_at IS NULL").get() !== undefined;
  }

  /** A new administrator key; any earlier one stops working. Returned once, never stored. */
  replaceAdminKey(): string {
    this.db.exec('BEGIN');
    try {
      this.db.prepare("UPDATE access_keys SET revoked_at = ? WHERE kind = 'admin' AND revoked_at IS NULL").run(new Date().toISOString());
      const key = this.insertKey('admin', { label: 'Administrator' });
      this.db.exec('COMMIT');
      return key;
    } catch (error) {
      this.db.exec('ROLLBACK');
      throw error;
    }
  }

  createTeamKey(label: string, maxMaps: number = TEAM_SERVER_LIMITS.defaultMapsPerTeamKey): string {
    return this.insertKey('team', { label, maxMaps });
  }

  /** The live key row for a key someone presented, or null: unknown, revoked or malformed. */
  find(presented: unknown): StoredKey | null {
    const parsed = accessKeySchema.safeParse(presented);
    if (!parsed.success) return null;
    const row = this.db.prepare('SELECT * FROM access_keys WHERE hash = ? AND revoked_at IS NULL').get(hashKey(parsed.data)) as KeyRow | undefined;
    return row ? toStoredKey(row) : null;
  }

  /**
   * Puts a new map on the server for the holder of an admin or team key, with its own edit and
   * view keys. A team key may create only so many maps.
   */
  createMap(creator: StoredKey, name: string): { mapId: string; editKey: string; viewKey: string } {
    this.db.exec('BEGIN IMMEDIATE');
    try {
      if (creator.kind === 'team' && creator.maxMaps !== null) {
        const made = (this.db.prepare('SELECT COUNT(*) AS n FROM maps WHERE created_by = ?').get(creator.id) as { n: number }).n;
        if (made >= creator.maxMaps) throw new MapLimitReached(`This key has already shared ${made} maps, its limit. Ask your server’s administrator for another key.`);
      }
      const mapId = newSharedMapId();
      this.db.prepare('INSERT INTO maps (id, name, created_by, created_at) VALUES (?, ?, ?, ?)').run(mapId, name, creator.id, new Date().toISOString());
      const editKey = this.insertKey('edit', { mapId, label: name });
      const viewKey = this.insertKey('view', { mapId, label: name });
      this.db.exec('COMMIT');
      return { mapId, editKey, viewKey };
    } catch (error) {
      this.db.exec('ROLLBACK');
      throw error;
    }
  }

  isLive(id: string): boolean {
    return this.db.prepare('SELECT 1 FROM access_keys WHERE id = ? AND revoked_at IS NULL').get(id) !== undefined;
  }

  list(): StoredKey[] {
    return (this.db.prepare('SELECT * FROM access_keys ORDER BY created_at').all() as unknown as KeyRow[]).map(toStoredKey);
  }

  listMaps(): { id: string; name: string; createdAt: string }[] {
    return (this.db.prepare('SELECT id, name, created_at FROM maps ORDER BY created_at').all() as unknown as { id: string; name: string; created_at: string }[]).map(
      (row) => ({ id: row.id, name: row.name, createdAt: row.created_at }),
    );
  }

  /** Revokes by key id; true when a live key was revoked. */
  revoke(id: string): boolean {
    return this.db.prepare('UPDATE access_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(new Date().toISOString(), id).changes > 0;
  }
}
