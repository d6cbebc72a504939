import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLink, createMapMeta, createNode } from '../../shared/model';
import { linkGeometry } from '../../renderer/canvas/linkDraw';
import { updateLinkLayout, type LinkLayout, type LinkLayoutInputs } from '../../renderer/canvas/linkLayout';
import { LinkIndex } from '../../renderer/canvas/linkIndex';
import { replica, seeded } from './syncHarness';

const map = createMapMeta('Kirkholt', new Date('2026-01-01T00:00:00Z'), 'm1');
const COUNT = 12;
const nodes = Array.from({ length: COUNT }, (_, i) => createNode('space', { id: `n${i}`, mapId: 'm1', name: `Node ${i}`, x: i * 300, y: (i % 3) * 200 }));
const links = Array.from({ length: 20 }, (_, i) => createLink({ id: `l${i}`, mapId: 'm1', source: `n${i % COUNT}`, target: `n${(i * 5 + 1) % COUNT}`, type: 'knows' }));

const full = (inputs: LinkLayoutInputs, moved?: Moved) => linkGeometry(inputs.doc, inputs.links, (id) => inputs.boxes?.get(id) ?? null, moved);
type Moved = Map<string, { x: number; y: number }> | undefined;
/** Every link's ends as the canvas would draw them, asked for in the order of the links. */
const drawn = (layout: LinkLayout, moved?: Moved) => layout.cache.geometry(layout.inputs.links.map((_, i) => i), moved);
const linksOf = (r: ReturnType<typeof replica>) => Object.values(r.doc.links);

const id = fc.integer({ min: 0, max: COUNT - 1 }).map((i) => `n${i}`);
const coordinate = fc.integer({ min: -2000, max: 4000 });
const step = fc.oneof(
  fc.record({ kind: fc.constant('move' as const), id, x: coordinate, y: coordinate }),
  fc.record({ kind: fc.constant('rename' as const), id, name: fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim().length > 0) }),
  fc.record({ kind: fc.constant('drag' as const), moves: fc.array(fc.record({ id, x: coordinate, y: coordinate }), { maxLength: 3 }) }),
  fc.record({ kind: fc.constant('boxes' as const), boxes: fc.array(fc.record({ id, width: fc.integer({ min: 20, max: 300 }), height: fc.integer({ min: 20, max: 60 }) }), { maxLength: 4 }) }),
  fc.record({ kind: fc.constant('link' as const), source: id, target: id }),
  fc.record({ kind: fc.constant('delete' as const), id }),
);

/** Views of the map, in map units: a corner, the middle, one far off, and all of it. */
const VIEWS = [
  { x: -2000, y: -2000, width: 1500, height: 1500 },
  { x: 800, y: 0, width: 1200, height: 700 },
  { x: 3000, y: 3000, width: 900, height: 600 },
  { x: -3000, y: -3000, width: 8000, height: 8000 },
];

describe('the links canvas layout after a change', () => {
  it('draws what is worked out from scratch, whatever edits, drags and name boxes came before', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
        const r = replica(seeded({ map, nodes, links }));
        let inputs: LinkLayoutInputs = { doc: r.doc, links: linksOf(r), boxes: undefined };
        let layout = updateLinkLayout(null, inputs);
        let moved: Moved;
        let made = 0;
        for (const s of steps) {
          if (s.kind === 'move' && r.doc.nodes[s.id]) r.run({ type: 'moveNodes', args: { moves: [{ id: s.id, x: s.x, y: s.y }] } });
          if (s.kind === 'rename' && r.doc.nodes[s.id]) r.run({ type: 'updateNode', args: { id: s.id, changes: { name: s.name } } });
          if (s.kind === 'link' && r.doc.nodes[s.source] && r.doc.nodes[s.target] && s.source !== s.target) r.tryRun({ type: 'addLink', args: { source: s.source, target: s.target, type: 'knows', id: `x${made++}` } });
          if (s.kind === 'delete' && r.doc.nodes[s.id]) r.run({ type: 'deleteElements', args: { nodeIds: [s.id], linkIds: [] } });
          if (s.kind === 'drag') moved = s.moves.length ? new Map(s.moves.map((m) => [m.id, { x: m.x, y: m.y }])) : undefined;
          const boxes = s.kind === 'boxes' ? new Map(s.boxes.map((b) => [b.id, { width: b.width, height: b.height }])) : inputs.boxes;
          // The canvas keeps its list of links while the map's links are the same object.
          const sameLinks = r.doc.links === inputs.doc.links;
          inputs = { doc: r.doc, links: sameLinks ? inputs.links : linksOf(r), boxes };
          layout = updateLinkLayout(layout, inputs);
          expect(drawn(layout, moved).ends).toEqual(full(inputs, moved).ends);
          // Asked again without the drag, the kept ends are the resting ones.
          expect(drawn(layout).ends).toEqual(full(inputs).ends);
          // Its index, patched where nodes moved, finds the links one made afresh finds.
          const fresh = new LinkIndex(inputs.doc.nodes, inputs.links);
          for (const rect of VIEWS) expect(new Set(layout.index.near(rect))).toEqual(new Set(fresh.near(rect)));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('keeps the very layout when nothing drawn moved (a rename), and a new one when a node moved', () => {
    const r = replica(seeded({ map, nodes, links }));
    const first = updateLinkLayout(null, { doc: r.doc, links: linksOf(r), boxes: undefined });
    r.run({ type: 'updateNode', args: { id: 'n1', changes: { name: 'Food bank' } } });
    const renamed = updateLinkLayout(first, { ...first.inputs, doc: r.doc });
    expect(renamed.cache).toBe(first.cache);
    expect(renamed.index).toBe(first.index);
    r.run({ type: 'moveNodes', args: { moves: [{ id: 'n1', x: 55, y: 66 }] } });
    const moved = updateLinkLayout(renamed, { ...renamed.inputs, doc: r.doc });
    // The same index, patched; a new cache that forgot only the moved node's links.
    expect(moved.index).toBe(first.index);
    expect(moved.cache).not.toBe(first.cache);
    expect(drawn(moved).ends).toEqual(full(moved.inputs).ends);
  });
});
