import fc from 'fast-check';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import type { Command } from '../../shared/editing';
import { createLink, createMapMeta, createNode, mapLinkSchema, mapMetaSchema, mapNodeSchema } from '../../shared/model';
import { fork, replica, seeded } from './syncHarness';

const NODE_IDS = ['n0', 'n1', 'n2', 'n3', 'x0', 'x1', 'x2'];
const id = fc.constantFrom(...NODE_IDS);

/** Commands people run at once on one map; some will be refused on some replicas, as in life. */
const commandArb: fc.Arbitrary<Command> = fc.oneof(
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
);

type Step = { kind: 'edit'; who: number; command: Command } | { kind: 'deliver'; from: number; to: number };

function start() {
  const map = createMapMeta('Map', new Date('2026-01-01T00:00:00Z'), 'm1');
  const nodes = ['n0', 'n1', 'n2', 'n3'].map((nid, i) => createNode(i % 2 ? 'person' : 'organisation', { id: nid, mapId: 'm1', name: nid, x: i * 10, y: 0 }));
  return seeded({ map, nodes, links: [createLink({ id: 'l0', mapId: 'm1', source: 'n0', target: 'n1', type: 'partnersWith' })] });
}

describe('replicas converge', () => {
  it('random concurrent commands on two or three replicas, delivered in any order, give one valid map', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 3 }).chain((count) =>
          fc.tuple(
            fc.constant(count),
            fc.array(
              fc.oneof(
                { weight: 3, arbitrary: fc.record({ kind: fc.constant('edit' as const), who: fc.nat(count - 1), command: commandArb }) },
                { weight: 1, arbitrary: fc.record({ kind: fc.constant('deliver' as const), from: fc.nat(count - 1), to: fc.nat(count - 1) }) },
              ),
              { maxLength: 30 },
            ),
            fc.infiniteStream(fc.nat()),
          ),
        ),
        ([count, steps, randoms]) => {
          const origin = start();
          const replicas = Array.from({ length: count }, (_, i) => replica(i === 0 ? origin : fork(origin), `Person ${i}`));
          const log: Uint8Array[][] = replicas.map(() => []);
          const delivered = replicas.map(() => new Set<Uint8Array>());
          replicas.forEach((r, i) => r.ydoc.on('update', (u: Uint8Array, o: unknown) => o !== 'network' && log[i]!.push(u)));
          for (const step of steps as Step[]) {
            if (step.kind === 'edit') replicas[step.who]!.tryRun(step.command);
            else if (step.from !== step.to) {
              for (const u of log[step.from]!) {
                if (delivered[step.to]!.has(u)) continue;
                delivered[step.to]!.add(u);
                Y.applyUpdate(replicas[step.to]!.ydoc, u, 'network');
              }
            }
          }
          // Everything else arrives, in a shuffled order (Yjs holds an update until what it needs arrives).
          const it = randoms[Symbol.iterator]();
          replicas.forEach((r, to) => {
            const pending = log.flatMap((us, from) => (from === to ? [] : us.filter((u) => !delivered[to]!.has(u))));
            for (let i = pending.length - 1; i > 0; i--) {
              const j = (it.next().value as number) % (i + 1);
              [pending[i], pending[j]] = [pending[j]!, pending[i]!];
            }
            for (const u of pending) Y.applyUpdate(r.ydoc, u, 'network');
          });
          const first = replicas[0]!.doc;
          for (const r of replicas) {
            expect(r.doc).toEqual(first);
            expect(r.reader.problems).toEqual([]);
          }
          expect(mapMetaSchema.safeParse(first.meta).success).toBe(true);
          for (const node of Object.values(first.nodes)) expect(mapNodeSchema.safeParse(node).success).toBe(true);
          for (const link of Object.values(first.links)) {
            expect(mapLinkSchema.safeParse(link).success).toBe(true);
            expect(first.nodes[link.source] && first.nodes[link.target]).toBeTruthy();
          }
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000);
});
