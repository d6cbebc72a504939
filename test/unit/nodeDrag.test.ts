import Dexie from 'dexie';
import type { NodeChange } from '@xyflow/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FlowNode } from '../../renderer/canvas/flowElements';
import { pinAfterDrag } from '../../renderer/layout/pinAfterDrag';
import { applyStickyChanges, stickyFlowId, type StickyFlowNode } from '../../renderer/stickies/stickyFlowNodes';
import { EditorController } from '../../renderer/state/editorController';
import { GoodHelpDatabase } from '../../renderer/storage/database';
import { loadMap } from '../../renderer/storage/mapRepository';

let db: GoodHelpDatabase;
let n = 0;
beforeEach(async () => {
  db = new GoodHelpDatabase(`node-drag-${++n}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('dragging a node', () => {
  it('writes nothing to the map while the drag goes on, then one edit and one undo step with its pin', async () => {
    const c = new EditorController({ db });
    await c.newMap('Drag');
    c.dispatch({ type: 'addNode', args: { kind: 'person', x: 0, y: 0, id: 'p' } });
    c.dispatch({ type: 'addNode', args: { kind: 'space', x: 500, y: 0, id: 's' } });
    const ydoc = c.mapSession!.ydoc;
    const docBefore = c.state.doc;
    const steps = c.state.history.undo.length;
    let transactions = 0;
    let appStateChanges = 0;
    const countTransactions = () => transactions++;
    ydoc.on('afterTransaction', countTransactions);
    const unsubscribe = c.store.subscribe(() => appStateChanges++);

    for (let i = 1; i <= 30; i++) c.dragNodes('drag:1', [{ id: 'p', x: i * 10, y: i }]);
    // A drag frame touches neither the document nor the app's state: nothing re-reads or re-renders the map.
    expect(transactions).toBe(0);
    expect(appStateChanges).toBe(0);
    expect(c.state.doc).toBe(docBefore);
    expect(c.dragStore.get().drag?.positions.get('p')).toEqual({ x: 300, y: 30 });

    pinAfterDrag(c, c.endDrag('drag:1'), 'drag:1');
    expect(transactions).toBe(2); // the move, then the pin, folded into one undo step
    expect(c.dragStore.get().drag).toBeNull();
    expect(c.state.doc!.nodes.p).toMatchObject({ x: 300, y: 30, pinned: true });
    // The node that was not dragged keeps its very object: nothing that reads it re-renders.
    expect(c.state.doc!.nodes.s).toBe(docBefore!.nodes.s);
    expect(c.state.history.undo).toHaveLength(steps + 1);
    await c.flush();
    expect((await loadMap(db, c.state.doc!.meta.id)).doc.nodes.p).toMatchObject({ x: 300, y: 30, pinned: true });

    c.undo();
    expect(c.state.doc!.nodes.p).toMatchObject({ x: 0, y: 0, pinned: false });
    ydoc.off('afterTransaction', countTransactions);
    unsubscribe();
  });

  it('ends only its own drag, leaves out nodes deleted meanwhile, and is refused on a view-only map', async () => {
    const c = new EditorController({ db });
    await c.newMap('Drag');
    c.dispatch({ type: 'addNode', args: { kind: 'person', x: 0, y: 0, id: 'p' } });
    c.dispatch({ type: 'addNode', args: { kind: 'person', x: 0, y: 100, id: 'q' } });
    c.dragNodes('drag:2', [
      { id: 'p', x: 40, y: 0 },
      { id: 'q', x: 40, y: 100 },
      { id: 'gone', x: 1, y: 1 },
    ]);
    expect(c.endDrag('drag:1')).toEqual([]);
    c.dispatch({ type: 'deleteElements', args: { nodeIds: ['q'], linkIds: [] } });
    expect(c.endDrag('drag:2')).toEqual(['p', 'q']);
    expect(c.state.doc!.nodes.p).toMatchObject({ x: 40 });
    expect(c.state.doc!.nodes.q).toBeUndefined();

    c.setReadOnly(true);
    c.dragNodes('drag:3', [{ id: 'p', x: 90, y: 0 }]);
    expect(c.dragStore.get().drag).toBeNull();
    await c.flush();
  });
});

/** One frame of a drag of a sticky note as React Flow reports it to the canvas (MapCanvas.tsx). */
const noteFrame = (id: string, x: number, y: number, dragging = true): NodeChange<FlowNode | StickyFlowNode> => ({ type: 'position', id: stickyFlowId(id), position: { x, y }, dragging });

describe('dragging a sticky note', () => {
  it('writes nothing while the drag goes on, even when it pauses, then one stored write and one undo step', async () => {
    const c = new EditorController({ db });
    await c.newMap('Notes');
    c.dispatch({ type: 'editStickyNotes', args: { type: 'add', note: { id: 'note', x: 0, y: 0 } } });
    await c.flush();
    const mapId = c.state.doc!.meta.id;
    const rows = () => db.mapUpdates.where('mapId').equals(mapId).count();
    const rowsBefore = await rows();
    const steps = c.state.history.undo.length;
    let transactions = 0;
    const countTransactions = () => transactions++;
    c.mapSession!.ydoc.on('afterTransaction', countTransactions);

    for (let i = 1; i <= 15; i++) applyStickyChanges(c, [noteFrame('note', i * 10, i)], 'drag:1');
    // The user holds the note still for a moment: whatever the drag had written would be stored by now.
    await vi.waitFor(() => expect(c.state.saveStatus).toBe('saved'));
    for (let i = 16; i <= 30; i++) applyStickyChanges(c, [noteFrame('note', i * 10, i)], 'drag:1');
    applyStickyChanges(c, [noteFrame('note', 300, 30, false)], 'drag:1');
    expect(transactions).toBe(0);
    expect(c.state.doc!.meta.stickyNotes[0]).toMatchObject({ x: 0, y: 0 });
    expect(c.dragStore.get().drag?.notes.get('note')).toEqual({ x: 300, y: 30 });

    c.endDrag('drag:1');
    await c.flush();
    expect(transactions).toBe(1);
    expect(c.dragStore.get().drag).toBeNull();
    expect(c.state.doc!.meta.stickyNotes[0]).toMatchObject({ x: 300, y: 30 });
    expect(c.state.history.undo).toHaveLength(steps + 1);
    expect(await rows()).toBe(rowsBefore + 1);
    expect((await loadMap(db, mapId)).doc.meta.stickyNotes[0]).toMatchObject({ x: 300, y: 30 });

    c.undo();
    expect(c.state.doc!.meta.stickyNotes[0]).toMatchObject({ x: 0, y: 0 });
    c.mapSession!.ydoc.off('afterTransaction', countTransactions);
  });

  it('writes a node and a note dragged together as one undo step and one stored write', async () => {
    const c = new EditorController({ db });
    await c.newMap('Notes');
    c.dispatch({ type: 'addNode', args: { kind: 'person', x: 0, y: 0, id: 'p' } });
    c.dispatch({ type: 'editStickyNotes', args: { type: 'add', note: { id: 'note', x: 400, y: 0 } } });
    await c.flush();
    const mapId = c.state.doc!.meta.id;
    const rowsBefore = await db.mapUpdates.where('mapId').equals(mapId).count();
    const steps = c.state.history.undo.length;
    for (let i = 1; i <= 10; i++) {
      applyStickyChanges(c, [noteFrame('note', 400 + i, i)], 'drag:2');
      c.dragNodes('drag:2', [{ id: 'p', x: i, y: i }]);
    }
    pinAfterDrag(c, c.endDrag('drag:2'), 'drag:2');
    await c.flush();
    expect(c.state.doc!.nodes.p).toMatchObject({ x: 10, y: 10, pinned: true });
    expect(c.state.doc!.meta.stickyNotes[0]).toMatchObject({ x: 410, y: 10 });
    expect(c.state.history.undo).toHaveLength(steps + 1);
    expect(await db.mapUpdates.where('mapId').equals(mapId).count()).toBe(rowsBefore + 1);
    c.undo();
    expect(c.state.doc!.nodes.p).toMatchObject({ x: 0, y: 0, pinned: false });
    expect(c.state.doc!.meta.stickyNotes[0]).toMatchObject({ x: 400, y: 0 });
  });
});
