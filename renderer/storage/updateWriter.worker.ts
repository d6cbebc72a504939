import { appendUpdateRows, type AppendRequest } from './appendUpdateRows';

/**
 * The storage worker: writes an open map's edits to IndexedDB off the page's thread, so an edit
 * reaches the disk in the time the database takes, not after the page has drawn it (the page's
 * own IndexedDB callbacks wait behind React's rendering of the same edit). It opens the
 * database the page already opened, at its version, and lets go whenever the page upgrades it.
 */
// Typed by hand: the WebWorker lib cannot be loaded alongside the DOM lib the rest uses.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WriteRequest>) => void) | null;
  postMessage(message: WriteReply): void;
};

export interface WriteRequest extends AppendRequest {
  readonly id: number;
  readonly database: string;
}

/** `committedAt` is wall-clock milliseconds (timeOrigin + now), comparable with the page's clock. */
export type WriteReply =
  | { readonly id: number; readonly ok: true; readonly committedAt: number }
  | { readonly id: number; readonly ok: false; readonly error: { readonly name: string; readonly message: string }; readonly unavailable: boolean };

let connection: { name: string; db: Promise<IDBDatabase> } | null = null;

scope.onmessage = (event) => void write(event.data);

async function write(request: WriteRequest): Promise<void> {
  let db: IDBDatabase;
  try {
    db = await open(request.database);
  } catch (error) {
    // The page writes it itself instead (updateWriter.ts).
    scope.postMessage({ id: request.id, ok: false, error: describe(error), unavailable: true });
    return;
  }
  try {
    await appendUpdateRows(db, request);
    scope.postMessage({ id: request.id, ok: true, committedAt: performance.timeOrigin + performance.now() });
  } catch (error) {
    scope.postMessage({ id: request.id, ok: false, error: describe(error), unavailable: false });
  }
}

function open(name: string): Promise<IDBDatabase> {
  if (connection?.name === name) return connection.db;
  const db = new Promise<IDBDatabase>((resolve, reject) => {
    // No version: whatever the page has made of it. A database that is not there yet is not
    // created here (the page's own schema makes it), so that open is refused.
    const request = indexedDB.open(name);
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => {
      const opened = request.result;
      opened.onversionchange = () => {
        opened.close();
        if (connection?.name === name) connection = null;
      };
      resolve(opened);
    };
    request.onerror = () => reject(request.error ?? new Error('The database could not be opened.'));
    request.onblocked = () => reject(new Error('The database is being upgraded.'));
  });
  connection = { name, db };
  db.catch(() => {
    if (connection?.db === db) connection = null;
  });
  return db;
}

function describe(error: unknown): { name: string; message: string } {
  return error instanceof Error ? { name: error.name, message: error.message } : { name: 'Error', message: String(error) };
}
