import { z } from 'zod';
import type { AppendRequest } from './appendUpdateRows';
import type { GoodHelpDatabase } from './database';
import { appendUpdateRequest } from './mapRepository';
import type { WriteRequest } from './updateWriter.worker';

const replySchema = z.discriminatedUnion('ok', [
  z.object({ id: z.number().int(), ok: z.literal(true), committedAt: z.number() }),
  z.object({ id: z.number().int(), ok: z.literal(false), error: z.object({ name: z.string(), message: z.string() }), unavailable: z.boolean() }),
]);

interface Pending {
  readonly request: AppendRequest;
  resolve(committedAt: number): void;
  reject(error: Error): void;
}

/**
 * Writes an open map's edits for one window: through the storage worker where there is one,
 * else on this thread (unit tests, a browser without module workers), or when the worker cannot
 * reach the database. Resolves with when the write committed, on this page's clock
 * (performance.now()): the worker knows it before the page, busy drawing the edit, hears of it.
 */
export class UpdateWriter {
  private worker: Worker | null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly db: GoodHelpDatabase) {
    this.worker = typeof Worker !== 'undefined' ? startWorker() : null;
    if (!this.worker) return;
    this.worker.onmessage = (event: MessageEvent<unknown>) => this.receive(event.data);
    // A worker that fails to start or dies: its writes, and all later ones, are made here.
    this.worker.onerror = () => this.stopWorker();
  }

  append(request: AppendRequest): Promise<number> {
    if (!this.worker || !this.db.isOpen()) return this.appendHere(request);
    const id = this.nextId++;
    return new Promise<number>((resolve, reject) => {
      this.pending.set(id, { request, resolve, reject });
      const message: WriteRequest = { ...request, id, database: this.db.name };
      this.worker!.postMessage(message);
    });
  }

  dispose(): void {
    this.stopWorker();
  }

  private async appendHere(request: AppendRequest): Promise<number> {
    await appendUpdateRequest(this.db, request);
    return performance.now();
  }

  private receive(data: unknown): void {
    const reply = replySchema.safeParse(data);
    if (!reply.success) return;
    const { id } = reply.data;
    const pending = this.pending.get(id);
    if (!pending) return;
    this.pending.delete(id);
    if (reply.data.ok) pending.resolve(reply.data.committedAt - performance.timeOrigin);
    else if (reply.data.unavailable) {
      this.stopWorker();
      this.appendHere(pending.request).then(pending.resolve, pending.reject);
    } else pending.reject(Object.assign(new Error(reply.data.error.message), { name: reply.data.error.name }));
  }

  private stopWorker(): void {
    this.worker?.terminate();
    this.worker = null;
    // Its unanswered writes may or may not have been made: Yjs updates are idempotent, so they are written again here.
    for (const pending of this.pending.values()) this.appendHere(pending.request).then(pending.resolve, pending.reject);
    this.pending.clear();
  }
}

function startWorker(): Worker | null {
  try {
    return new Worker(new URL('./updateWriter.worker.ts', import.meta.url), { type: 'module', name: 'Map storage' });
  } catch {
    return null;
  }
}

const writers = new WeakMap<GoodHelpDatabase, UpdateWriter>();

/** The one writer of a window's database: one storage worker, however many maps it opens. */
export function updateWriterFor(db: GoodHelpDatabase): UpdateWriter {
  let writer = writers.get(db);
  if (!writer) writers.set(db, (writer = new UpdateWriter(db)));
  return writer;
}
