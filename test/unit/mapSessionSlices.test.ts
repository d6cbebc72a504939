import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EditorController } from '../../renderer/state/editorController';
import { SLICE_NODES } from '../../renderer/state/mapSession';
import { GoodHelpDatabase } from '../../renderer/storage/database';
import { loadMap } from '../../renderer/storage/mapRepository';

let db: GoodHelpDatabase;
let n = 0;
beforeEach(async () => {
  db = new GoodHelpDatabase(`session-slices-${++n}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const COUNT = SLICE_NODES * 3 + 17;

async function bigMap(): Promise<EditorController> {
  const c = new EditorController({ db });
  await c.newMap('Big');
  c.dispatch({ type: 'addNodes', args: { nodes: Array.from({ length: COUNT }, (_, i) => ({ kind: 'person' as const, x: i, y: 0, id: `p${i}`, name: `P ${i}` })) } });
  return c;
}

const layout = (dx: number) => ({ type: 'applyLayout' as const, args: { moves: Array.from({ length: COUNT }, (_, i) => ({ id: `p${i}`, x: i + dx, y: 100 })), label: 'Tidy the whole map' } });

describe('a big patch written in slices', () => {
  it('is written across several tasks, handed to the editor once, and is one undo step', async () => {
    const c = await bigMap();
    const steps = c.state.history.undo.length;
    let transactions = 0;
    c.mapSession!.ydoc.on('afterTransaction', () => transactions++);
    const before = c.state.doc;
    const docs = new Set<unknown>();
    c.store.subscribe(() => c.state.doc !== before && docs.add(c.state.doc));
    const done = vi.fn();
    expect(c.dispatchInSlices(layout(5), done)).toBe(true);
    // Only the first slice is in; the editor still shows the map as it was.
    expect(transactions).toBe(1);
    expect(c.state.doc!.nodes.p0).toMatchObject({ x: 0, y: 0 });
    await vi.waitFor(() => expect(done).toHaveBeenCalledTimes(1));
    expect(transactions).toBe(4);
    expect(docs.size).toBe(1);
    expect(c.state.doc!.nodes[`p${COUNT - 1}`]).toMatchObject({ x: COUNT - 1 + 5, y: 100 });
    expect(c.state.history.undo).toHaveLength(steps + 1);
    expect(c.state.history.undo.at(-1)!.label).toBe('Tidy the whole map');
    c.undo();
    expect(c.state.doc!.nodes[`p${COUNT - 1}`]).toMatchObject({ x: COUNT - 1, y: 0 });
    await c.flush();
    expect((await loadMap(db, c.state.doc!.meta.id)).doc.nodes.p0).toMatchObject({ x: 0, y: 0 });
  });

  it('is finished before another edit, so the edit sees all of it and the layout stays its own step', async () => {
    const c = await bigMap();
    const steps = c.state.history.undo.length;
    const done = vi.fn();
    c.dispatchInSlices(layout(9), done);
    c.dispatch({ type: 'updateNode', args: { id: `p${COUNT - 1}`, changes: { name: 'Last' } } });
    expect(done).toHaveBeenCalledTimes(1);
    expect(c.state.doc!.nodes[`p${COUNT - 1}`]).toMatchObject({ x: COUNT - 1 + 9, name: 'Last' });
    expect(c.state.history.undo).toHaveLength(steps + 2);
    c.undo();
    expect(c.state.doc!.nodes[`p${COUNT - 1}`]).toMatchObject({ x: COUNT - 1 + 9, name: `P ${COUNT - 1}` });
    c.undo();
    expect(c.state.doc!.nodes[`p${COUNT - 1}`]).toMatchObject({ x: COUNT - 1, y: 0 });
    await c.flush();
    expect((await loadMap(db, c.state.doc!.meta.id)).doc.nodes.p0).toMatchObject({ x: 0 });
  });
});
