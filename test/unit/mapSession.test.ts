import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EditorController } from '../../renderer/state/editorController';
import { GoodHelpDatabase } from '../../renderer/storage/database';
import { loadMap } from '../../renderer/storage/mapRepository';
import * as Y from 'yjs';
import { FROM_NETWORK } from '../../shared/sync';

let db: GoodHelpDatabase;
let n = 0;
const controllers: EditorController[] = [];
beforeEach(async () => {
  db = new GoodHelpDatabase(`session-${++n}`);
  await db.open();
});
afterEach(async () => {
  for (const c of controllers.splice(0)) await c.closeMap({ toList: false });
  db.close();
  await Dexie.delete(db.name);
});

function memoryStorage(name?: string): Storage {
  const data = new Map<string, string>(name ? [['good-help-map.displayName', name]] : []);
  return { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k), clear: () => data.clear(), key: () => null, length: 0 } as Storage;
}

function controller(name?: string, database = db): EditorController {
  const c = new EditorController({ db: database, storage: memoryStorage(name) });
  controllers.push(c);
  return c;
}

describe('saving honestly', () => {
  it('keeps a change whose write failed, says "not saved yet", and saves it on retry', async () => {
    const c = controller();
    await c.newMap('Retry');
    const mapId = c.state.doc!.meta.id;
    // The database refuses the next row it is given (a full disk), whichever path writes it.
    const add = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementationOnce(() => {
      throw new DOMException('The disk is full', 'QuotaExceededError');
    });
    c.dispatch({ type: 'addNode', args: { kind: 'person', x: 0, y: 0, id: 'a', name: 'Ann' } });
    await vi.waitFor(() => expect(c.state.saveStatus).toBe('retrying'));
    expect(c.state.notice?.text).toMatch(/not saved yet \(the disk is full\)/);
    // Another edit while the first is unsaved: the status must not claim everything is saved.
    c.dispatch({ type: 'addNode', args: { kind: 'person', x: 0, y: 0, id: 'b', name: 'Ben' } });
    expect(c.state.saveStatus).toBe('retrying');
    await vi.waitFor(() => expect(c.state.saveStatus).toBe('saved'), { timeout: 5000 });
    expect(Object.keys((await loadMap(db, mapId)).doc.nodes).sort()).toEqual(['a', 'b']);
    add.mockRestore();
  });
});

describe('undo that respects others', () => {
  it('undoes only this window’s own edits, never a change that came from elsewhere', async () => {
    const c = controller('Ana');
    await c.newMap('Undo');
    c.dispatch({ type: 'addNode', args: { kind: 'space', x: 0, y: 0, id: 's', name: 'Library' } });
    const session = c.mapSession!;
    // A colleague renames the map and adds a node, over the network.
    const remote = new Y.Doc();
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(session.ydoc));
    const before = Y.encodeStateVector(remote);
    remote.transact(() => {
      remote.getMap('settings').set('name', 'Renamed by Ben');
      const rec = new Y.Map<unknown>();
      for (const [k, v] of Object.entries({ kind: 'person', name: 'Ben', pos: [5, 5], _m: { v: 2, by: 'Ben', at: '2026-12-01T10:00:00Z' } })) rec.set(k, v);
      remote.getMap('nodes').set('ben', rec);
    });
    Y.applyUpdate(session.ydoc, Y.encodeStateAsUpdate(remote, before), FROM_NETWORK);
    expect(c.state.doc!.meta.name).toBe('Renamed by Ben');
    c.undo();
    expect(c.state.notice?.text).toBe('Undone: Add space');
    expect(c.state.doc!.nodes.s).toBeUndefined();
    expect(c.state.doc!.nodes.ben?.name).toBe('Ben');
    expect(c.state.doc!.meta.name).toBe('Renamed by Ben');
    c.undo();
    expect(c.state.doc!.meta.name).toBe('Renamed by Ben');
    expect(c.lastChange('nodes', 'ben')).toEqual({ by: 'Ben', at: '2026-12-01T10:00:00Z' });
  });

  it('never undoes a colleague’s later change to the same field', async () => {
    const c = controller();
    await c.newMap('Later');
    c.dispatch({ type: 'addNode', args: { kind: 'space', x: 0, y: 0, id: 's', name: 'Library' } });
    c.select({ nodeIds: ['s'], linkIds: [] });
    c.dispatch({ type: 'updateNode', args: { id: 's', changes: { name: 'Central library' } } });
    const session = c.mapSession!;
    const remote = new Y.Doc();
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(session.ydoc));
    const sv = Y.encodeStateVector(remote);
    (remote.getMap('nodes').get('s') as Y.Map<unknown>).set('name', 'Town library');
    Y.applyUpdate(session.ydoc, Y.encodeStateAsUpdate(remote, sv), FROM_NETWORK);
    c.undo();
    expect(c.state.doc!.nodes.s?.name).toBe('Town library');
  });

  it('starts a new step when the selection changes or typing pauses; a drag is one step', async () => {
    const c = controller();
    await c.newMap('Steps');
    c.dispatch({ type: 'addNode', args: { kind: 'space', x: 0, y: 0, id: 'a', name: 'A' } });
    c.dispatch({ type: 'addNode', args: { kind: 'space', x: 0, y: 0, id: 'b', name: 'B' } });
    const session = c.mapSession!;
    const t0 = Date.now();
    const rename = (id: string, name: string, at: number) => {
      const outcome = { patch: { nodes: { [id]: { before: c.state.doc!.nodes[id]!, after: { ...c.state.doc!.nodes[id]!, name } } }, links: {} } };
      session.apply(outcome.patch, { label: 'Rename node', mode: 'merge', mergeKey: `node:${id}:name`, deferred: false, now: at });
    };
    rename('a', 'A1', t0);
    rename('a', 'A12', t0 + 200);
    expect(c.state.history.undo).toHaveLength(3);
    c.select({ nodeIds: ['b'], linkIds: [] });
    c.select({ nodeIds: ['a'], linkIds: [] });
    rename('a', 'A123', t0 + 400);
    expect(c.state.history.undo).toHaveLength(4);
    rename('a', 'A1234', t0 + 400 + 5000);
    expect(c.state.history.undo).toHaveLength(5);
    for (let i = 1; i <= 20; i++) c.dispatch({ type: 'moveNodes', args: { moves: [{ id: 'b', x: i * 10, y: 0 }], mergeKey: 'drag:7' } });
    expect(c.state.history.undo).toHaveLength(6);
    c.undo();
    expect(c.state.doc!.nodes.b).toMatchObject({ x: 0, y: 0 });
    c.undo();
    expect(c.state.doc!.nodes.a?.name).toBe('A123');
    expect(c.state.notice?.text).toBe('Undone: Rename node');
  });
});

describe('every window live', () => {
  it('keeps two windows on one map in step: a sticky note in one, a rename in the other, both kept', async () => {
    const a = controller('Window A');
    await a.newMap('Shared');
    const mapId = a.state.doc!.meta.id;
    await a.flush();
    const b = controller('Window B');
    await b.openMap(mapId);
    a.dispatch({ type: 'editStickyNotes', args: { type: 'add', note: { id: 'n1', x: 1, y: 2, text: 'Ask the GP' } } });
    b.dispatch({ type: 'updateMeta', args: { changes: { name: 'Renamed in B' } } });
    await vi.waitFor(() => {
      for (const c of [a, b]) {
        expect(c.state.doc!.meta.name).toBe('Renamed in B');
        expect(c.state.doc!.meta.stickyNotes.map((s) => s.text)).toEqual(['Ask the GP']);
      }
    });
    // B's undo takes back B's rename only.
    b.undo();
    await vi.waitFor(() => expect(a.state.doc!.meta.name).toBe('Shared'));
    expect(a.state.doc!.meta.stickyNotes).toHaveLength(1);
    await a.flush();
    await b.flush();
    const stored = (await loadMap(db, mapId)).doc;
    expect(stored.meta.name).toBe('Shared');
    expect(stored.meta.stickyNotes.map((s) => s.text)).toEqual(['Ask the GP']);
  });

  it('gives a window that opens the map later what is not on disk yet', async () => {
    const a = controller('Window A');
    await a.newMap('Late');
    const mapId = a.state.doc!.meta.id;
    await a.flush();
    // A's next write fails, so its edit is only in A's memory (and being retried).
    const add = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementationOnce(() => {
      throw new DOMException('The disk is busy', 'UnknownError');
    });
    a.dispatch({ type: 'addNode', args: { kind: 'space', x: 0, y: 0, id: 'hub', name: 'Hub' } });
    await vi.waitFor(() => expect(a.state.saveStatus).toBe('retrying'));
    expect((await loadMap(db, mapId)).doc.nodes).toEqual({});
    const b = controller('Window B');
    await b.openMap(mapId);
    // B read the database without the node, then asked the other windows for what it lacked.
    await vi.waitFor(() => expect(b.state.doc!.nodes['hub']?.name).toBe('Hub'));
    add.mockRestore();
  });

  it('refuses every edit in a view-only session', async () => {
    const c = controller();
    await c.newMap('View');
    c.setReadOnly(true);
    expect(c.dispatch({ type: 'addNode', args: { kind: 'space', x: 0, y: 0, id: 's' } })).toBe(false);
    expect(c.state.notice?.text).toMatch(/not change it/);
    expect(c.state.doc!.nodes).toEqual({});
  });
});
