import { describe, expect, it } from 'vitest';
import type { MapDocument } from '../../shared/editing';
import { parseCaptureList, placeCaptured } from '../../shared/editing/quickCapture';
import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/layout/nodeSize';
import { STANDARD_LENS, createMapMeta, mapMetaSchema, mapSnapshotSchema, type MapView } from '../../shared/model';
import { commandSession as session } from './commandSession';

function emptyDoc(): MapDocument {
  return { meta: createMapMeta('Views', new Date('2026-01-01T00:00:00Z'), 'map'), nodes: {}, links: {} };
}


const view = (id: string, name: string): Omit<MapView, 'id'> & { id: string } => ({
  id,
  name,
  lens: { ...STANDARD_LENS, colour: 'area' },
  focus: null,
  viewport: { x: 10, y: 20, zoom: 0.8 },
});

describe('saved views', () => {
  it('are kept in the map, and maps saved before views existed still load with none', () => {
    const { views: _views, ...old } = createMapMeta('Old map', new Date('2025-01-01T00:00:00Z'), 'old');
    expect(mapMetaSchema.parse(old).views).toEqual([]);
    const snapshot = mapSnapshotSchema.parse({ format: 'good-help-map', schemaVersion: 1, map: old, nodes: [], links: [] });
    expect(snapshot.map.views).toEqual([]);
  });

  it('saves, renames, reorders and deletes views, each one undo step', () => {
    const s = session(emptyDoc());
    s.run({ type: 'editViews', args: { type: 'add', view: view('a', 'Whole borough') } });
    s.run({ type: 'editViews', args: { type: 'add', view: view('b', 'Northgate evenings') } });
    s.run({ type: 'editViews', args: { type: 'add', view: view('c', 'Brokers') } });
    expect(s.doc.meta.views.map((v) => v.name)).toEqual(['Whole borough', 'Northgate evenings', 'Brokers']);
    expect(s.doc.meta.views[0]!.viewport).toEqual({ x: 10, y: 20, zoom: 0.8 });

    const renamed = s.run({ type: 'editViews', args: { type: 'update', id: 'b', changes: { name: 'Northgate at night' } } });
    expect(renamed.label).toBe('Rename view “Northgate evenings”');
    s.run({ type: 'editViews', args: { type: 'move', id: 'c', to: 0 } });
    expect(s.doc.meta.views.map((v) => v.id)).toEqual(['c', 'a', 'b']);
    s.run({ type: 'editViews', args: { type: 'remove', id: 'a' } });
    expect(s.doc.meta.views.map((v) => v.id)).toEqual(['c', 'b']);

    s.undo();
    expect(s.doc.meta.views.map((v) => v.id)).toEqual(['c', 'a', 'b']);
    s.undo();
    expect(s.doc.meta.views.map((v) => v.id)).toEqual(['a', 'b', 'c']);
    s.undo();
    expect(s.doc.meta.views[1]!.name).toBe('Northgate evenings');
    s.redo();
    expect(s.doc.meta.views[1]!.name).toBe('Northgate at night');
    expect(mapMetaSchema.parse(s.doc.meta)).toEqual(s.doc.meta);
  });

  it('refuses a nameless view, a view that is gone, and a move past the end, changing nothing', () => {
    const s = session(emptyDoc());
    expect(s.refused({ type: 'editViews', args: { type: 'add', view: view('x', '   ') } })).toBe('Name: A view needs a name');
    s.run({ type: 'editViews', args: { type: 'add', view: view('a', 'One') } });
    expect(s.refused({ type: 'editViews', args: { type: 'remove', id: 'gone' } })).toMatch(/no longer saved/);
    expect(s.refused({ type: 'editViews', args: { type: 'move', id: 'a', to: 5 } })).toMatch(/already last/);
    expect(s.refused({ type: 'editViews', args: { type: 'update', id: 'a', changes: { viewport: { x: 0, y: 0, zoom: 0 } } } })).not.toBeNull();
  });
});

describe('quick capture', () => {
  it('reads one name per line, with an optional kind, dropping bullets, blanks and repeats', () => {
    const names = parseCaptureList(
      ['Food bank', '', 'person: Community champion', 'ORG: Citizens Advice', '- Space: Northgate Library', '2. project: Warm welcome', 'Library: Tuesday club', 'food bank', '  Org :  Credit union  '].join('\n'),
      'organisation',
    );
    expect(names.map((n) => [n.kind, n.name])).toEqual([
      ['organisation', 'Food bank'],
      ['person', 'Community champion'],
      ['organisation', 'Citizens Advice'],
      ['space', 'Northgate Library'],
      ['project', 'Warm welcome'],
      ['organisation', 'Library: Tuesday club'],
      ['organisation', 'Credit union'],
    ]);
    expect(parseCaptureList('one\r\ntwo\rthree', 'person').map((n) => n.name)).toEqual(['one', 'two', 'three']);
  });

  it('places every new node near the point without overlapping anything', () => {
    const existing = [{ x: 0, y: 0 }, { x: 240, y: 0 }];
    const spots = placeCaptured(existing, { x: NODE_WIDTH / 2, y: NODE_HEIGHT / 2 }, 20);
    const all = [...existing, ...spots];
    for (let i = 0; i < all.length; i++) {
      for (let j = i + 1; j < all.length; j++) {
        const overlap = Math.abs(all[i]!.x - all[j]!.x) < NODE_WIDTH && Math.abs(all[i]!.y - all[j]!.y) < NODE_HEIGHT;
        expect(overlap, `${i} and ${j}`).toBe(false);
      }
    }
    for (const s of spots) expect(Math.hypot(s.x, s.y)).toBeLessThan(1200);
  });

  it('adds twenty names in one undo step, each linked to the chosen node with a sensible type', () => {
    const s = session(emptyDoc());
    s.run({ type: 'addNode', args: { kind: 'space', x: 0, y: 0, id: 'library', name: 'Library' } });
    const names = parseCaptureList(Array.from({ length: 20 }, (_, i) => (i % 2 ? `person: Volunteer ${i}` : `Group ${i}`)).join('\n'), 'organisation');
    const spots = placeCaptured(Object.values(s.doc.nodes), { x: 104, y: 32 }, names.length);
    const result = s.run({ type: 'addNodes', args: { nodes: names.map((n, i) => ({ ...n, ...spots[i]! })), linkTo: 'library' } });
    expect(result.label).toBe('Add 20 nodes');
    expect(result.select?.nodeIds).toHaveLength(20);
    expect(Object.keys(s.doc.nodes)).toHaveLength(21);
    const links = Object.values(s.doc.links);
    expect(links).toHaveLength(20);
    const volunteer = Object.values(s.doc.nodes).find((n) => n.name === 'Volunteer 1')!;
    expect(links.find((l) => l.source === volunteer.id)).toMatchObject({ target: 'library', type: 'worksAt' });
    const group = Object.values(s.doc.nodes).find((n) => n.name === 'Group 0')!;
    expect(links.find((l) => l.source === group.id)).toMatchObject({ target: 'library', type: 'runsOrHosts' });
    s.undo();
    expect(Object.keys(s.doc.nodes)).toEqual(['library']);
    expect(s.doc.links).toEqual({});
  });

  it('refuses an empty list and a link to a node that has gone', () => {
    const s = session(emptyDoc());
    expect(s.refused({ type: 'addNodes', args: { nodes: [] } })).toBe('There are no names to add.');
    expect(s.refused({ type: 'addNodes', args: { nodes: [{ kind: 'person', name: 'A', x: 0, y: 0 }], linkTo: 'gone' } })).toMatch(/no longer on the map/);
  });
});
