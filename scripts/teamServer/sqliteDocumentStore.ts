// Documents in SQLite through @hocuspocus/extension-database. Two changes to its plain
// fetch/store pattern keep the server responsive and lose nothing:
// - every update a client sends is appended to `document_updates` as it arrives (one small
//   insert), so a crash between debounced stores loses nothing;
// - the debounced store compacts — encodes the whole state (~270 ms for a 5,000-node map) and
//   clears the log — only once the log has grown, instead of on every store.
import { Database } from '@hocuspocus/extension-database';
import { isTransactionOrigin, type onChangePayload, type onLoadDocumentPayload, type onStoreDocumentPayload } from '@hocuspocus/server';
import type { DatabaseSync } from 'node:sqlite';
import * as Y from 'yjs';

const RECENT_UPDATE_MS = 10_000;

export interface DocumentStoreOptions {
  /** Compact once this many updates are logged (or this many bytes), whichever first. */
  compactAfterUpdates?: number;
  compactAfterBytes?: number;
}

export class SqliteDocumentStore extends Database {
  extensionName = 'SQLite (node:sqlite)';
  private readonly compactAfterUpdates: number;
  private readonly compactAfterBytes: number;

  constructor(
    private readonly db: DatabaseSync,
    options: DocumentStoreOptions = {},
  ) {
    super({
      store: async ({ documentName, state }) => this.compact(documentName, state),
    });
    this.compactAfterUpdates = options.compactAfterUpdates ?? 500;
    this.compactAfterBytes = options.compactAfterBytes ?? 4 * 1024 * 1024;
  }

  /** The compacted state, then every update logged since, oldest first. */
  storedUpdates(documentName: string): Uint8Array[] {
    const base = this.db.prepare('SELECT state FROM documents WHERE name = ?').get(documentName) as { state: Uint8Array } | undefined;
    const logged = this.db.prepare('SELECT data FROM document_updates WHERE name = ? ORDER BY id').all(documentName) as unknown as { data: Uint8Array }[];
    return [...(base ? [base.state] : []), ...logged.map((row) => row.data)];
  }

  /** Everything stored for a document as one update (for tools and tests; loading applies them one by one). */
  load(documentName: string): Uint8Array | null {
    const updates = this.storedUpdates(documentName);
    if (updates.length === 0) return null;
    return updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates);
  }

  /**
   * Applies the stored updates straight into the document in one transaction: merging them
   * first (as a single `fetch` result would need) costs as much again as applying them — about
   * a second for a 5,000-node map.
   */
  override async onLoadDocument({ document, documentName }: onLoadDocumentPayload): Promise<void> {
    const updates = this.storedUpdates(documentName);
    document.transact(() => {
      for (const update of updates) Y.applyUpdate(document, update);
    });
  }

  /**
   * Appends what a client sent. Updates that came from another server process over Redis are
   * that process's to log.
   */
  async onChange({ documentName, update, transactionOrigin }: onChangePayload): Promise<void> {
    if (isTransactionOrigin(transactionOrigin) && transactionOrigin.source === 'redis') return;
    this.db.prepare('INSERT INTO document_updates (name, data, logged_at) VALUES (?, ?, ?)').run(documentName, update, Date.now());
  }

  private loggedSize(documentName: string): { count: number; bytes: number } {
    const row = this.db.prepare('SELECT COUNT(*) AS count, COALESCE(SUM(LENGTH(data)), 0) AS bytes FROM document_updates WHERE name = ?').get(documentName) as {
      count: number;
      bytes: number;
    };
    return row;
  }

  override async onStoreDocument(data: onStoreDocumentPayload): Promise<void> {
    const { count, bytes } = this.loggedSize(data.documentName);
    if (count < this.compactAfterUpdates && bytes < this.compactAfterBytes) return;
    // Database.onStoreDocument encodes the whole state and calls `store` in the same turn, so no
    // update can slip in between the encoding and the clearing of the log.
    await super.onStoreDocument(data);
  }

  /**
   * Replaces the stored state with the document's whole state and clears its log. With several
   * processes (REDIS_URL), another process may have logged an update this one has not received
   * yet, so updates from the last few seconds stay in the log (loading merges them again,
   * which Yjs makes harmless).
   */
  compact(documentName: string, state: Uint8Array): void {
    this.db.exec('BEGIN IMMEDIATE');
    try {
      this.db
        .prepare('INSERT INTO documents (name, state, updated_at) VALUES (?, ?, ?) ON CONFLICT(name) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at')
        .run(documentName, state, new Date().toISOString());
      this.db.prepare('DELETE FROM document_updates WHERE name = ? AND logged_at < ?').run(documentName, Date.now() - RECENT_UPDATE_MS);
      this.db.exec('COMMIT');
    } catch (error) {
      this.db.exec('ROLLBACK');
      throw error;
    }
  }
}
