import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLink, createMapMeta, createNode } from '../../shared/model';
import { applySceneChanges, sceneChanges } from '../../renderer/canvas/pictureChanges';
import { buildPictureScene, updatePictureScene, withMovedNodes, withMovedNotes, type PictureScene, type SceneInputs } from '../../renderer/canvas/pictureScene';
import { EMPTY_SELECTION } from '../../renderer/state/appState';
import { replica, seeded } from './syncHarness';

const map = createMapMeta('Kirkholt', new Date('2026-01-01T00:00:00Z'), 'm1');
const COUNT = 16;
const nodes = Array.from({ length: COUNT }, (_, i) => createNode(i % 2 ? 'person' : 'space', { id: `n${i}`, mapId: 'm1', name: `Node ${i}`, x: i * 300, y: (i % 4) * 200 }));
const links = Array.from({ length: 10 }, (_, i) => createLink({ id: `l${i}`, mapId: 'm1', source: `n${i}`, target: `n${i + 1}`, type: 'knows' }));
const colours = { fill: { person: '#fee', space: '#efe' }, border: { person: '#900', space: '#090' } };
const degree = new Map<string, number>();
const notes: SceneInputs['notes'] = [];

const inputsOf = (r: ReturnType<typeof replica>): SceneInputs => ({ doc: r.doc, degree, selection: EMPTY_SELECTION, emphasis: null, lensResult: null, colours, notes });
/** What the worker holds: its own copy of the scene, as each message is a copy. */
const copy = (scene: PictureScene): PictureScene => structuredClone(scene);

const id = fc.integer({ min: 0, max: COUNT - 1 }).map((i) => `n${i}`);
const step = fc.oneof(
  fc.record({ kind: fc.constant('move' as const), id, x: fc.integer({ min: -500, max: 5000 }), y: fc.integer({ min: -500, max: 5000 }) }),
  fc.record({ kind: fc.constant('rename' as const), id, name: fc.string({ minLength: 1, maxLength: 10 }).filter((s) => s.trim().length > 0) }),
  fc.record({ kind: fc.constant('pin' as const), id, pinned: fc.boolean() }),
  fc.record({ kind: fc.constant('add' as const), x: fc.integer({ min: 0, max: 3000 }) }),
  fc.record({ kind: fc.constant('delete' as const), id }),
);

describe('the picture scene after an edit', () => {
  it('equals the scene built from scratch, and the worker’s copy with only the changed entries sent equals it too', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 20 }), (steps) => {
        const r = replica(seeded({ map, nodes, links }));
        let inputs = inputsOf(r);
        let scene = updatePictureScene(null, inputs);
        let worker = copy(scene);
        let added = 0;
        for (const s of steps) {
          if (s.kind === 'move' && r.doc.nodes[s.id]) r.run({ type: 'moveNodes', args: { moves: [{ id: s.id, x: s.x, y: s.y }] } });
          if (s.kind === 'rename' && r.doc.nodes[s.id]) r.run({ type: 'updateNode', args: { id: s.id, changes: { name: s.name } } });
          if (s.kind === 'pin' && r.doc.nodes[s.id]) r.run({ type: 'updateNode', args: { id: s.id, changes: { pinned: s.pinned } } });
          if (s.kind === 'add') r.run({ type: 'addNode', args: { kind: 'space', x: s.x, y: 0, id: `a${added++}` } });
          if (s.kind === 'delete' && r.doc.nodes[s.id]) r.run({ type: 'deleteElements', args: { nodeIds: [s.id], linkIds: [] } });
          const next = updatePictureScene({ scene, inputs }, inputsOf(r));
          expect(next).toEqual(buildPictureScene(inputsOf(r)));
          const changes = sceneChanges(scene, next);
          worker = changes ? applySceneChanges(worker, structuredClone(changes)) : copy(next);
          expect(worker).toEqual(next);
          inputs = inputsOf(r);
          scene = next;
        }
      }),
      { numRuns: 120 },
    );
  });

  it('sends the worker only the one node a rename or a drag frame changed', () => {
    const r = replica(seeded({ map, nodes, links }));
    const inputs = inputsOf(r);
    const scene = updatePictureScene(null, inputs);
    r.run({ type: 'updateNode', args: { id: 'n3', changes: { name: 'Food bank' } } });
    const renamed = updatePictureScene({ scene, inputs }, inputsOf(r));
    expect(renamed.xy).toBe(scene.xy);
    expect([...sceneChanges(scene, renamed)!.at]).toEqual([3]);
    const dragged = withMovedNodes(renamed, new Map([['n5', { x: 1, y: 2 }]]));
    const changes = sceneChanges(renamed, dragged)!;
    expect([...changes.at]).toEqual([5]);
    expect([...changes.xy]).toEqual([1, 2]);
  });

  it('moves a dragged sticky note in the picture, and sends the worker the notes without any node', () => {
    const noteList = [
      { id: 'a', x: 0, y: 0, width: 200, height: 120 },
      { id: 'b', x: 500, y: 0, width: 200, height: 120 },
    ];
    const r = replica(seeded({ map, nodes, links }));
    const scene = buildPictureScene({ ...inputsOf(r), notes: noteList as unknown as SceneInputs['notes'] });
    const dragged = withMovedNotes(scene, noteList, new Map([['b', { x: 40, y: 50 }]]));
    expect(dragged.notes).toEqual([noteList[0]!, { x: 40, y: 50, width: 200, height: 120 }].map(({ x, y, width, height }) => ({ x, y, width, height })));
    const changes = sceneChanges(scene, dragged)!;
    expect(changes.at.length).toBe(0);
    expect(applySceneChanges(copy(scene), changes)).toEqual(dragged);
  });
});
