import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LayoutClient } from '../../renderer/layout/layoutClient';
import { LayoutService } from '../../renderer/layout/layoutService';
import { EditorController } from '../../renderer/state/editorController';
import { GoodHelpDatabase } from '../../renderer/storage/database';
import { loadMap } from '../../renderer/storage/mapRepository';
import { overlappingPairs } from '../../shared/layout/layoutQuality';

let db: GoodHelpDatabase;
let n = 0;
beforeEach(async () => {
  db = new GoodHelpDatabase(`layout-${++n}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

/** A small map with everything piled up near the origin, as a hasty hand-drawn map is. */
async function messyMap(): Promise<{ c: EditorController; layout: LayoutService; mapId: string }> {
  const c = new EditorController({ db });
  await c.newMap('Messy');
  for (let i = 0; i < 30; i++) c.dispatch({ type: 'addNode', args: { kind: (['person', 'organisation', 'space', 'project'] as const)[i % 4]!, x: (i % 5) * 40, y: (i % 3) * 20, id: `n${i}`, name: `Node ${i}` } });
  for (let i = 1; i < 30; i++) c.dispatch({ type: 'addLink', args: { source: `n${i}`, target: `n${Math.floor((i - 1) / 3)}`, type: 'knows', id: `l${i}` } });
  await c.flush();
  return { c, layout: new LayoutService(c, new LayoutClient(null)), mapId: c.state.doc!.meta.id };
}

const positionsOf = (c: EditorController) => Object.values(c.state.doc!.nodes).map((node) => ({ id: node.id, x: node.x, y: node.y }));
const asArray = (ps: { x: number; y: number }[]) => Float64Array.from(ps.flatMap((p) => [p.x, p.y]));

describe('running a layout on the open map', () => {
  it('tidies the map as one undo step, saves the result, and Undo puts every node back', async () => {
    const { c, layout, mapId } = await messyMap();
    const before = positionsOf(c);
    const steps = c.state.history.undo.length;
    expect(overlappingPairs(asArray(before))).toBeGreaterThan(10);
    await layout.start({ kind: 'organic' });
    expect(c.state.history.undo).toHaveLength(steps + 1);
    expect(c.state.history.undo.at(-1)!.label).toBe('Tidy the whole map');
    expect(overlappingPairs(asArray(positionsOf(c)))).toBe(0);
    await c.flush();
    const saved = (await loadMap(db, mapId)).doc.nodes;
    for (const p of positionsOf(c)) expect({ x: saved[p.id]!.x, y: saved[p.id]!.y }).toEqual({ x: p.x, y: p.y });
    c.undo();
    expect(positionsOf(c)).toEqual(before);
    expect(layout.store.get().running).toBeNull();
    expect(layout.store.get().preview).toBeNull();
  });

  it('leaves pinned nodes exactly where the user put them', async () => {
    const { c, layout } = await messyMap();
    layout.setPinned(['n0', 'n5'], true);
    c.dispatch({ type: 'moveNodes', args: { moves: [{ id: 'n5', x: 777, y: -333 }] } });
    await layout.start({ kind: 'organic' });
    expect(c.state.doc!.nodes.n5).toMatchObject({ x: 777, y: -333, pinned: true });
    expect(c.state.doc!.nodes.n0).toMatchObject({ x: 0, y: 0, pinned: true });
    layout.unpinAll();
    expect(Object.values(c.state.doc!.nodes).some((node) => node.pinned)).toBe(false);
    expect(c.state.history.undo.at(-1)!.label).toBe('Unpin 2 nodes');
  });

  it('shows positions while it settles without changing the map until it ends', async () => {
    const { c, layout } = await messyMap();
    const before = c.state.doc;
    let previews = 0;
    let changedMidway = false;
    const unsubscribe = layout.store.subscribe(() => {
      if (layout.store.get().preview) previews++;
      if (layout.store.get().running && c.state.doc !== before) changedMidway = true;
    });
    await layout.start({ kind: 'cluster', field: 'kind' });
    unsubscribe();
    expect(previews).toBeGreaterThan(0);
    expect(changedMidway).toBe(false);
    expect(layout.store.get().groups?.labels).toEqual(expect.arrayContaining(['People', 'Organisations', 'Spaces', 'Projects']));
    // Undoing the grouping takes its labels away.
    c.undo();
    expect(layout.store.get().groups).toBeNull();
  });

  it('focuses on the selected node and fades the rest; asks for a selection when there is none', async () => {
    const { c, layout } = await messyMap();
    await layout.start({ kind: 'focus', steps: 1 });
    expect(c.state.notice?.text).toMatch(/Select one node first/);
    c.select({ nodeIds: ['n1'], linkIds: [] });
    await layout.start({ kind: 'focus', steps: 1 });
    expect(c.state.emphasis?.source).toBe('layout');
    expect([...c.state.emphasis!.nodeIds].sort()).toEqual(['n0', 'n1', 'n4', 'n5', 'n6'].sort());
    expect(c.state.history.undo.at(-1)!.label).toBe('Focus on Node 1');
  });

  it('keeps the positions reached so far when stopped', async () => {
    const { c, layout } = await messyMap();
    const before = positionsOf(c);
    const finished = layout.start({ kind: 'organic' });
    expect(layout.isRunning).toBe(true);
    layout.stop();
    await finished;
    expect(layout.isRunning).toBe(false);
    expect(positionsOf(c)).not.toEqual(before);
    expect(c.state.notice?.text).toMatch(/Stopped early/);
  });
});
