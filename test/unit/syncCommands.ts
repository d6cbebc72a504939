import fc from 'fast-check';
import type { Command } from '../../shared/editing';
import { createLink, createMapMeta, createNode } from '../../shared/model';
import { seeded } from './syncHarness';

const NODE_IDS = ['n0', 'n1', 'n2', 'n3', 'x0', 'x1', 'x2'];
const id = fc.constantFrom(...NODE_IDS);

/** Commands people run at once on one map; some will be refused on some replicas, as in life. */
export const commandArb: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ id, name: fc.constantFrom('Library', 'Hub', 'Food bank', 'Café') }).map(({ id, name }) => ({ type: 'updateNode', args: { id, changes: { name } } }) as Command),
  fc.record({ id, notes: fc.string({ maxLength: 8 }) }).map(({ id, notes }) => ({ type: 'updateNode', args: { id, changes: { notes } } }) as Command),
  fc.record({ id, x: fc.integer({ min: -500, max: 500 }), y: fc.integer({ min: -500, max: 500 }) }).map(({ id, x, y }) => ({ type: 'moveNodes', args: { moves: [{ id, x, y }] } }) as Command),
  fc.constantFrom('x0', 'x1', 'x2').map((nid) => ({ type: 'addNode', args: { kind: 'space', x: 0, y: 0, id: nid, name: `New ${nid}` } }) as Command),
  id.map((nid) => ({ type: 'deleteElements', args: { nodeIds: [nid], linkIds: [] } }) as Command),
  fc.record({ a: id, b: id, n: fc.nat(3) }).map(({ a, b, n }) => ({ type: 'addLink', args: { source: a, target: b, type: 'knows', id: `l-${a}-${b}-${n}` } }) as Command),
  fc.constantFrom('Kirkholt', 'Rochdale', 'Heywood').map((name) => ({ type: 'updateMeta', args: { changes: { name } } }) as Command),
  fc.record({ n: fc.nat(4), x: fc.integer({ min: 0, max: 300 }) }).map(({ n, x }) => ({ type: 'editStickyNotes', args: { type: 'add', note: { id: `s${n}`, x, y: 0, text: `Note ${n}` } } }) as Command),
  fc.record({ n: fc.nat(4), x: fc.integer({ min: 0, max: 300 }) }).map(({ n, x }) => ({ type: 'editStickyNotes', args: { type: 'move', moves: [{ id: `s${n}`, x, y: x }] } }) as Command),
  fc.nat(4).map((n) => ({ type: 'editStickyNotes', args: { type: 'remove', id: `s${n}` } }) as Command),
  fc.nat(4).map((n) => ({ type: 'editMapList', args: { list: 'areas', edit: { type: 'add', entry: { id: `a${n}`, name: `Area ${n}` } } } }) as Command),
  fc.nat(4).map((n) => ({ type: 'editMapList', args: { list: 'areas', edit: { type: 'remove', id: `a${n}` } } }) as Command),
  // Reflections on the organisations (n0, n2): two people may add one to the same node at once.
  fc
    .record({ nodeId: fc.constantFrom('n0', 'n2'), n: fc.nat(5), day: fc.integer({ min: 1, max: 3 }), level: fc.constantFrom(1, 2, 3, 4) })
    .map(({ nodeId, n, day, level }) => ({ type: 'recordReflection', args: { nodeId, reflection: { id: `r${n}`, date: `2026-03-0${day}`, levels: { tailoring: level } } } }) as Command),
  fc.record({ nodeId: fc.constantFrom('n0', 'n2'), n: fc.nat(5) }).map(({ nodeId, n }) => ({ type: 'removeReflection', args: { nodeId, reflectionId: `r${n}` } }) as Command),
);

/** The map every replica starts from: four nodes and a link. */
export function start() {
  const map = createMapMeta('Map', new Date('2026-01-01T00:00:00Z'), 'm1');
  const nodes = ['n0', 'n1', 'n2', 'n3'].map((nid, i) => createNode(i % 2 ? 'person' : 'organisation', { id: nid, mapId: 'm1', name: nid, x: i * 10, y: 0 }));
  return seeded({ map, nodes, links: [createLink({ id: 'l0', mapId: 'm1', source: 'n0', target: 'n1', type: 'partnersWith' })] });
}
