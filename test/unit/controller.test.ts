import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EditorController } from '../../renderer/state/editorController';
import { GoodHelpDatabase } from '../../renderer/storage/database';
import { loadMap } from '../../renderer/storage/mapRepository';

let db: GoodHelpDatabase;
let n = 0;
beforeEach(async () => {
  db = new GoodHelpDatabase(`controller-${++n}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
    clear: () => data.clear(),
    key: () => null,
    get length() {
      return data.size;
    },
  };
}

describe('editor controller', () => {
  it('saves edits, undo and redo to the database', async () => {
    const c = new EditorController({ db, storage: memoryStorage() });
    await c.start();
    await c.newMap('Test');
    const mapId = c.state.doc!.meta.id;
    c.dispatch({ type: 'addNode', args: { kind: 'space', x: 0, y: 0, id: 's', name: 'Library' } });
    c.dispatch({ type: 'updateNode', args: { id: 's', changes: { name: 'Central library' } } });
    await c.flush();
    expect((await loadMap(db, mapId)).doc.nodes.s?.name).toBe('Central library');
    c.undo();
    await c.flush();
    expect((await loadMap(db, mapId)).doc.nodes.s?.name).toBe('Library');
    c.undo();
    await c.flush();
    expect((await loadMap(db, mapId)).doc.nodes).toEqual({});
    c.redo();
    await c.flush();
    expect((await loadMap(db, mapId)).doc.nodes.s?.name).toBe('Library');
    expect(c.state.saveStatus).toBe('saved');
  });

  it('makes a whole drag one undo step and writes it once it ends', async () => {
    const c = new EditorController({ db, storage: memoryStorage() });
    await c.newMap('Drag');
    c.dispatch({ type: 'addNode', args: { kind: 'person', x: 0, y: 0, id: 'p' } });
    for (let i = 1; i <= 20; i++) c.dispatch({ type: 'moveNodes', args: { moves: [{ id: 'p', x: i * 10, y: 0 }], mergeKey: 'drag:1' } });
    expect(c.state.history.undo).toHaveLength(2);
    await c.flush();
    expect((await loadMap(db, c.state.doc!.meta.id)).doc.nodes.p).toMatchObject({ x: 200, y: 0 });
    c.undo();
    expect(c.state.doc!.nodes.p).toMatchObject({ x: 0, y: 0 });
  });

  it('refuses an invalid edit, says why, and changes nothing', async () => {
    const c = new EditorController({ db, storage: memoryStorage() });
    await c.newMap('Refuse');
    c.dispatch({ type: 'addNode', args: { kind: 'space', x: 0, y: 0, id: 's' } });
    const before = c.state.doc;
    expect(c.dispatch({ type: 'updateNode', args: { id: 's', changes: { sessions: [{ day: 1, start: '20:00', end: '19:00' }] } } })).toBe(false);
    expect(c.state.doc).toBe(before);
    expect(c.state.notice?.text).toBe('End time: A session must end after it starts');
  });

  it('reopens the last map on start, and opens a copy of a snapshot without touching the original', async () => {
    const storage = memoryStorage();
    const first = new EditorController({ db, storage });
    await first.newMap('Remembered');
    first.dispatch({ type: 'addNode', args: { kind: 'project', x: 0, y: 0, id: 'j', name: 'Youth hub' } });
    const snapshot = first.snapshot();
    await first.flush();
    const second = new EditorController({ db, storage });
    await second.start();
    expect(second.state.screen).toBe('editor');
    expect(second.state.doc?.meta.name).toBe('Remembered');
    await second.openSnapshot(snapshot, 'Copy');
    expect(second.state.doc?.meta.name).toBe('Copy');
    expect(second.state.doc?.meta.id).not.toBe(snapshot!.map.id);
    await second.openSnapshot({ format: 'something else' });
    expect(second.state.notice?.tone).toBe('error');
    expect(second.state.doc?.meta.name).toBe('Copy');
  });

  it('keeps a map opened while it starts up (a file handed to the app as it opens) instead of showing the list', async () => {
    const storage = memoryStorage();
    const first = new EditorController({ db, storage });
    await first.newMap('Remembered');
    const snapshot = first.snapshot();
    await first.closeMap({ toList: false });
    const second = new EditorController({ db, storage });
    const starting = second.start();
    await second.openSnapshot(snapshot, 'Handed over');
    await starting;
    expect(second.state.screen).toBe('editor');
    expect(second.state.doc?.meta.name).toBe('Handed over');
    await second.closeMap({ toList: false });
  });

  it('pastes its own copies, and explains when the clipboard holds something else', async () => {
    const c = new EditorController({ db, storage: memoryStorage() });
    await c.newMap('Clip');
    c.dispatch({ type: 'addNode', args: { kind: 'organisation', x: 0, y: 0, id: 'o', name: 'Food bank' } });
    c.select({ nodeIds: ['o'], linkIds: [] });
    const copied = c.copy();
    expect(copied).toContain('good-help-map/clipboard');
    c.paste('plain text from elsewhere');
    expect(c.state.notice?.text).toMatch(/Only nodes copied/);
    expect(Object.keys(c.state.doc!.nodes)).toHaveLength(1);
    c.paste(copied);
    c.paste(null);
    expect(Object.values(c.state.doc!.nodes).filter((x) => x.name === 'Food bank')).toHaveLength(3);
  });
});
