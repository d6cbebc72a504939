import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { pinAfterDrag } from '../../renderer/layout/pinAfterDrag';
import { EditorController } from '../../renderer/state/editorController';
import { GoodHelpDatabase } from '../../renderer/storage/database';
import { clusterCentres } from '../../shared/layout/clusterCentres';
import { groupNodes } from '../../shared/layout/groupNodes';
import { separateGroups } from '../../shared/layout/separateGroups';
import { createLink, createNode, type MapLink, type MapNode } from '../../shared/model';

const node = (kind: MapNode['kind'], id: string, fields: Record<string, unknown> = {}) => ({ ...createNode(kind, { id, mapId: 'm', name: id, x: 0, y: 0 }), ...fields }) as MapNode;
const link = (source: string, target: string, type: MapLink['type'] = 'worksAt') => createLink({ id: `${source}-${target}`, mapId: 'm', source, target, type });
const areas = [
  { id: 'north', name: 'Northgate' },
  { id: 'river', name: 'Riverside' },
];

describe('grouping nodes for "Group by…"', () => {
  it('groups by area, with people joining the area of the places they are linked to', () => {
    const nodes = [
      node('space', 'library', { areaId: 'north' }),
      node('space', 'cafe', { areaId: 'river' }),
      node('person', 'librarian'),
      node('person', 'volunteer'),
      node('organisation', 'council', { areasServed: ['north', 'river'] }),
      node('person', 'hermit'),
    ];
    const g = groupNodes(nodes, [link('librarian', 'library'), link('volunteer', 'cafe'), link('volunteer', 'librarian', 'knows')], areas, 'area');
    const label = (i: number) => g.labels[g.groupOf[i]!];
    expect([0, 1, 2, 3, 4, 5].map(label)).toEqual(['Northgate', 'Riverside', 'Northgate', 'Riverside', 'Several areas', 'No area']);
  });

  it('groups by organisation, and by kind with plain plural names', () => {
    const nodes = [node('organisation', 'Food bank'), node('person', 'p'), node('space', 's'), node('person', 'q')];
    const byOrg = groupNodes(nodes, [link('p', 'Food bank'), link('Food bank', 's', 'runsOrHosts')], [], 'organisation');
    expect([...byOrg.groupOf].map((g) => byOrg.labels[g])).toEqual(['Food bank', 'Food bank', 'Food bank', 'No organisation']);
    const byKind = groupNodes(nodes, [], [], 'kind');
    expect(byKind.labels).toEqual(['Organisations', 'People', 'Spaces']);
  });

  it('groups by tag (first tag in alphabetical order), capitalised', () => {
    const nodes = [node('space', 'a', { tags: ['youth', 'food'] }), node('space', 'b', { tags: ['food'] }), node('space', 'c')];
    const g = groupNodes(nodes, [], [], 'tag');
    expect([...g.groupOf].map((i) => g.labels[i])).toEqual(['Food', 'Food', 'No tag']);
  });

  it('lays out group centres in rows with room for each group, and pushes overlapping groups apart', () => {
    const centres = clusterCentres([40, 10, 10, 5], { x: 0, y: 0 });
    for (let a = 0; a < centres.length; a++) {
      for (let b = a + 1; b < centres.length; b++) {
        const A = centres[a]!;
        const B = centres[b]!;
        const apart = Math.abs(A.x - B.x) >= (A.side + B.side) / 2 || Math.abs(A.y - B.y) >= (A.side + B.side) / 2;
        expect(apart, `groups ${a} and ${b}`).toBe(true);
      }
    }
    // Two groups drawn on top of each other end up apart, each keeping its own shape.
    const positions = Float64Array.from([0, 0, 300, 0, 100, 50, 400, 50]);
    separateGroups(positions, Int32Array.from([0, 0, 1, 1]), new Uint8Array(4));
    expect(positions[2]! - positions[0]!).toBe(300);
    expect(positions[6]! - positions[4]!).toBe(300);
    const box = (i: number, j: number) => ({
      minX: Math.min(positions[2 * i]!, positions[2 * j]!),
      maxX: Math.max(positions[2 * i]!, positions[2 * j]!) + 208,
      minY: Math.min(positions[2 * i + 1]!, positions[2 * j + 1]!),
      maxY: Math.max(positions[2 * i + 1]!, positions[2 * j + 1]!) + 64,
    });
    const [a, b] = [box(0, 1), box(2, 3)];
    expect(a.maxX <= b.minX || b.maxX <= a.minX || a.maxY <= b.minY || b.maxY <= a.minY).toBe(true);
  });
});

describe('pinning by dragging', () => {
  it('pins dragged nodes as part of the drag’s own undo step', async () => {
    const db = new GoodHelpDatabase('layout-pin-drag');
    await db.open();
    try {
      const c = new EditorController({ db });
      await c.newMap('Pins');
      c.dispatch({ type: 'addNode', args: { kind: 'space', x: 0, y: 0, id: 's' } });
      const steps = c.state.history.undo.length;
      for (let i = 1; i <= 5; i++) c.dispatch({ type: 'moveNodes', args: { moves: [{ id: 's', x: i * 10, y: 0 }], mergeKey: 'drag:9' } });
      pinAfterDrag(c, ['s'], 'drag:9');
      expect(c.state.doc!.nodes.s).toMatchObject({ x: 50, pinned: true });
      expect(c.state.history.undo).toHaveLength(steps + 1);
      c.undo();
      expect(c.state.doc!.nodes.s).toMatchObject({ x: 0, pinned: false });
      await c.flush();
    } finally {
      db.close();
      await Dexie.delete(db.name);
    }
  });
});
