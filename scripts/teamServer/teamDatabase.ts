// The team server's one SQLite file, through Node 22's built-in `node:sqlite` (no native module
// to compile, so `npm ci` alone installs the server). WAL mode lets the admin commands and a
// second server process (REDIS_URL) use the file while a server runs.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';

export const DATABASE_FILE = 'team-server.sqlite';
const SCHEMA_VERSION = 1;

export function openTeamDatabase(dataFolder: string): DatabaseSync {
  mkdirSync(dataFolder, { recursive: true });
  const db = new DatabaseSync(join(dataFolder, DATABASE_FILE));
  db.exec('PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;');
  const version = (db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version;
  if (version > SCHEMA_VERSION) {
    db.close();
    throw new Error(`The data folder ${dataFolder} was made by a newer version of the team server. Run that version, or restore a backup.`);
  }
  if (version < SCHEMA_VERSION) {
    db.exec(`
      BEGIN;
      CREATE TABLE IF NOT EXISTS maps (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE TABLE IF NOT EXISTS access_keys (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('admin', 'team', 'edit', 'view')),
        hash TEXT NOT NULL UNIQUE,
        map_id TEXT REFERENCES maps(id),
        label TEXT NOT NULL DEFAULT '',
        max_maps INTEGER,
        created_at TEXT NOT NULL,
        revoked_at TEXT
      );
      -- The document's whole state as of its last compaction…
      CREATE TABLE IF NOT EXISTS documents (
        name TEXT PRIMARY KEY,
        state BLOB NOT NULL,
        updated_at TEXT NOT NULL
      );
      -- …and every update since, appended as it arrives, so nothing waits on the debounce.
      CREATE TABLE IF NOT EXISTS document_updates (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL,
        data BLOB NOT NULL,
        logged_at INTEGER NOT NULL
      );
      CREATE INDEX IF NOT EXISTS document_updates_by_name ON document_updates (name, id);
      PRAGMA user_version = ${SCHEMA_VERSION};
      COMMIT;
    `);
  }
  return db;
}
