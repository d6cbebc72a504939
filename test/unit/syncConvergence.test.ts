import fc from 'fast-check';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import type { Command } from '../../shared/editing';
import { mapLinkSchema, mapMetaSchema, mapNodeSchema } from '../../shared/model';
import { commandArb, start } from './syncCommands';
import { fork, replica } from './syncHarness';

type Step = { kind: 'edit'; who: number; command: Command } | { kind: 'deliver'; from: number; to: number };

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
