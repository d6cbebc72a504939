import { describe, expect, it } from 'vitest';
import { LayoutClient } from '../../renderer/layout/layoutClient';
import { fromWorkerSchema, startMessageSchema, toWorkerSchema } from '../../shared/layout/layoutProtocol';

const graph = () => ({
  ids: ['a', 'b', 'c'],
  positions: Float64Array.from([0, 0, 300, 0, 0, 200]),
  pinned: new Uint8Array(3),
  links: Uint32Array.from([0, 1, 1, 2]),
});
const start = (overrides: Record<string, unknown> = {}) => ({ type: 'start', runId: 1, graph: graph(), mode: { kind: 'organic' }, options: { seed: 1, maxTicks: 100 }, ...overrides });

describe('the layout worker protocol', () => {
  it('accepts a well-formed start and stop', () => {
    expect(toWorkerSchema.safeParse(start()).success).toBe(true);
    expect(toWorkerSchema.safeParse({ type: 'stop', runId: 1 }).success).toBe(true);
    expect(toWorkerSchema.safeParse(start({ graph: { ...graph(), sizes: Float64Array.from([208, 64, 300, 90, 208, 64]) } })).success).toBe(true);
  });

  it.each([
    ['an unknown message type', { type: 'explode', runId: 1 }, 'type'],
    ['positions as a plain array', start({ graph: { ...graph(), positions: [0, 0, 300, 0, 0, 200] } }), 'Float64Array'],
    ['a missing y', start({ graph: { ...graph(), positions: Float64Array.from([0, 0, 300, 0, 0]) } }), 'x and a y for every node'],
    ['a position that is not a number', start({ graph: { ...graph(), positions: Float64Array.from([0, 0, NaN, 0, 0, 0]) } }), 'finite'],
    ['a link to a node that is not there', start({ graph: { ...graph(), links: Uint32Array.from([0, 7]) } }), 'pairs of indices'],
    ['a focus on a node that is not there', start({ mode: { kind: 'focus', centre: 9, steps: 1 } }), 'focused node'],
    ['a focus three steps out', start({ mode: { kind: 'focus', centre: 0, steps: 3 } }), ''],
    ['groups that do not cover every node', start({ mode: { kind: 'cluster', grouping: { groupOf: Int32Array.from([0, 1]), labels: ['A', 'B'] } } }), 'listed groups'],
    ['a group that was not listed', start({ mode: { kind: 'cluster', grouping: { groupOf: Int32Array.from([0, 1, 2]), labels: ['A', 'B'] } } }), 'listed groups'],
    ['a negative run id', { type: 'stop', runId: -1 }, ''],
    ['sizes for too few nodes', start({ graph: { ...graph(), sizes: Float64Array.from([208, 64]) } }), 'width and a height'],
    ['a node of no width', start({ graph: { ...graph(), sizes: Float64Array.from([208, 64, 0, 64, 208, 64]) } }), 'width and a height'],
  ])('rejects %s', (_, message, words) => {
    const parsed = toWorkerSchema.safeParse(message);
    expect(parsed.success).toBe(false);
    if (words) expect(JSON.stringify(parsed.error?.issues)).toContain(words);
  });

  it('rejects replies from the worker that do not match the protocol', () => {
    expect(fromWorkerSchema.safeParse({ type: 'frame', runId: 1, positions: new Float64Array(4), progress: 0.5, tick: 3 }).success).toBe(true);
    expect(fromWorkerSchema.safeParse({ type: 'frame', runId: 1, positions: [1, 2], progress: 0.5, tick: 3 }).success).toBe(false);
    expect(fromWorkerSchema.safeParse({ type: 'frame', runId: 1, positions: new Float64Array(4), progress: 7, tick: 3 }).success).toBe(false);
    expect(fromWorkerSchema.safeParse({ type: 'done', runId: 1, positions: new Float64Array(4), reason: 'bored', ticks: 3, elapsedMs: 1 }).success).toBe(false);
  });

  it('refuses to start a run from a bad request, saying why, and sends nothing', async () => {
    let created = 0;
    const client = new LayoutClient(() => {
      created++;
      throw new Error('no worker should be made');
    });
    const run = client.run({ graph: { ...graph(), pinned: new Uint8Array(2) }, mode: { kind: 'organic' }, options: { seed: 1, maxTicks: 10 } });
    await expect(run.result).rejects.toThrow(/could not start: There must be a pinned flag for every node/);
    expect(created).toBe(0);
    expect(startMessageSchema.safeParse(start()).success).toBe(true);
  });

  it('fails the run with a clear message when the worker sends something malformed', async () => {
    const fake = { postMessage: () => undefined, terminate: () => undefined, onmessage: null as ((e: { data: unknown }) => void) | null, onerror: null, onmessageerror: null };
    const client = new LayoutClient(() => fake as unknown as Worker);
    const run = client.run({ graph: graph(), mode: { kind: 'organic' }, options: { seed: 1, maxTicks: 10 } });
    fake.onmessage!({ data: { type: 'frame', runId: 1, positions: 'nonsense', progress: 0, tick: 1 } });
    await expect(run.result).rejects.toThrow(/sent back something unexpected: Expected positions as a Float64Array/);
  });

  it('runs a layout without a worker, streams frames, and can be stopped with the positions so far', async () => {
    const client = new LayoutClient(null);
    const frames: number[] = [];
    const ids = Array.from({ length: 200 }, (_, i) => `n${i}`);
    const positions = Float64Array.from({ length: 400 }, (_, i) => (i * 7919) % 3000);
    const links = Uint32Array.from(ids.flatMap((_, i) => (i ? [i, Math.floor(i / 2)] : [])));
    const run = client.run(
      { graph: { ids, positions, pinned: new Uint8Array(200), links }, mode: { kind: 'organic' }, options: { seed: 1, maxTicks: 400 }, frameEvery: 1 },
      { onFrame: (f) => frames.push(f.tick) },
    );
    await new Promise((r) => setTimeout(r, 30));
    run.stop();
    const done = await run.result;
    expect(done.reason).toBe('stopped');
    expect(frames.length).toBeGreaterThan(0);
    expect(done.positions).toHaveLength(400);
    expect(done.ticks).toBeLessThan(400);
  });
});
