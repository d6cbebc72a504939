import Dexie from 'dexie';
import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GoodHelpDatabase } from '../../renderer/storage/database';
import { createMap, loadMap } from '../../renderer/storage/mapRepository';
import { UpdateWriter } from '../../renderer/storage/updateWriter';

let db: GoodHelpDatabase;
let counter = 0;
beforeEach(async () => {
  db = new GoodHelpDatabase(`writer-${++counter}`);
  await db.open();
});
afterEach(async () => {
  vi.unstubAllGlobals();
  db.close();
  await Dexie.delete(db.name);
});

/** A stand-in for the storage worker that answers each write as `answer` says. */
function stubWorker(answer: (worker: { onmessage: ((e: { data: unknown }) => void) | null; onerror: (() => void) | null }, message: { id: number }) => void) {
  const terminated: unknown[] = [];
  class StubWorker {
    onmessage: ((e: { data: unknown }) => void) | null = null;
    onerror: (() => void) | null = null;
    postMessage(message: { id: number }) {
      queueMicrotask(() => answer(this, message));
    }
    terminate() {
      terminated.push(this);
    }
  }
  vi.stubGlobal('Worker', StubWorker);
  return terminated;
}

function nodeUpdate(id: string, name: string): Uint8Array {
  const doc = new Y.Doc();
  doc.transact(() => {
    const rec = new Y.Map<unknown>();
    for (const [k, v] of Object.entries({ kind: 'person', name, x: 0, y: 0, _m: { v: 2, by: 'Test', at: '2026-01-01T00:00:00.000Z' } })) rec.set(k, v);
    doc.getMap('nodes').set(id, rec);
  });
  return Y.encodeStateAsUpdate(doc);
}

describe('the storage worker’s writer', () => {
  it('writes here instead when the worker cannot reach the database, and keeps doing so', async () => {
    const meta = await createMap(db, 'Fallback');
    const answered: number[] = [];
    const terminated = stubWorker((worker, message) => {
      answered.push(message.id);
      worker.onmessage?.({ data: { id: message.id, ok: false, error: { name: 'UnknownError', message: 'No database here' }, unavailable: true } });
    });
    const writer = new UpdateWriter(db);
    await writer.append({ mapId: meta.id, updates: [nodeUpdate('a', 'Ann')], stamp: new Date().toISOString() });
    await writer.append({ mapId: meta.id, updates: [nodeUpdate('b', 'Ben')], stamp: new Date().toISOString() });
    expect(answered).toEqual([1]);
    expect(terminated).toHaveLength(1);
    expect(Object.keys((await loadMap(db, meta.id)).doc.nodes).sort()).toEqual(['a', 'b']);
  });

  it('writes again here what a worker that died had not answered', async () => {
    const meta = await createMap(db, 'Crash');
    stubWorker((worker) => worker.onerror?.());
    const writer = new UpdateWriter(db);
    await writer.append({ mapId: meta.id, updates: [nodeUpdate('a', 'Ann')], stamp: new Date().toISOString() });
    expect(Object.keys((await loadMap(db, meta.id)).doc.nodes)).toEqual(['a']);
  });

  it('passes on a failed write as the database named it, for the queue to retry', async () => {
    const meta = await createMap(db, 'Full');
    stubWorker((worker, message) => worker.onmessage?.({ data: { id: message.id, ok: false, error: { name: 'QuotaExceededError', message: 'The disk is full' }, unavailable: false } }));
    const writer = new UpdateWriter(db);
    await expect(writer.append({ mapId: meta.id, updates: [nodeUpdate('a', 'Ann')], stamp: new Date().toISOString() })).rejects.toMatchObject({ name: 'QuotaExceededError', message: 'The disk is full' });
    expect((await loadMap(db, meta.id)).doc.nodes).toEqual({});
  });

  it('ignores a reply that is not one of its own', async () => {
    const meta = await createMap(db, 'Noise');
    stubWorker((worker, message) => {
      worker.onmessage?.({ data: { id: message.id, ok: 'yes' } });
      worker.onmessage?.({ data: { id: message.id, ok: true, committedAt: performance.timeOrigin + 5 } });
    });
    const writer = new UpdateWriter(db);
    expect(await writer.append({ mapId: meta.id, updates: [nodeUpdate('a', 'Ann')], stamp: new Date().toISOString() })).toBeCloseTo(5);
  });
});
