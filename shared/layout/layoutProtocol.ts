import { z } from 'zod';

/**
 * Messages between the app and the layout worker. Both sides validate everything they
 * receive: a worker is a boundary like a file, and a malformed message (a bug, or a stale
 * worker after an update) must be refused with a clear reason, never half-applied.
 */

const float64 = z.custom<Float64Array>((v) => v instanceof Float64Array, 'Expected positions as a Float64Array');
const uint8 = z.custom<Uint8Array>((v) => v instanceof Uint8Array, 'Expected pinned flags as a Uint8Array');
const uint32 = z.custom<Uint32Array>((v) => v instanceof Uint32Array, 'Expected links as a Uint32Array');
const int32 = z.custom<Int32Array>((v) => v instanceof Int32Array, 'Expected groups as an Int32Array');
const runId = z.number().int().nonnegative();
const allFinite = (a: Float64Array) => a.every(Number.isFinite);

const graphSchema = z
  .object({
    ids: z.array(z.string().min(1)).max(200_000).readonly(),
    positions: float64,
    pinned: uint8,
    links: uint32,
    sizes: z.custom<Float64Array>((v) => v instanceof Float64Array, 'Expected node sizes as a Float64Array').optional(),
  })
  .refine((g) => g.positions.length === 2 * g.ids.length, { message: 'There must be an x and a y for every node', path: ['positions'] })
  .refine((g) => allFinite(g.positions), { message: 'Every position must be a finite number', path: ['positions'] })
  .refine((g) => g.pinned.length === g.ids.length, { message: 'There must be a pinned flag for every node', path: ['pinned'] })
  .refine((g) => g.sizes === undefined || (g.sizes.length === 2 * g.ids.length && g.sizes.every((v) => Number.isFinite(v) && v > 0 && v < 10_000)), {
    message: 'There must be a width and a height, each a positive number, for every node',
    path: ['sizes'],
  })
  .refine((g) => g.links.length % 2 === 0 && g.links.every((i) => i < g.ids.length), {
    message: 'Links must be pairs of indices of nodes in the graph',
    path: ['links'],
  });

const modeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('organic') }),
  z.object({
    kind: z.literal('cluster'),
    grouping: z.object({ groupOf: int32, labels: z.array(z.string()).readonly() }).nullable(),
  }),
  z.object({ kind: z.literal('focus'), centre: z.number().int().nonnegative(), steps: z.union([z.literal(1), z.literal(2)]) }),
  z.object({ kind: z.literal('overlap') }),
]);

export const startMessageSchema = z
  .object({
    type: z.literal('start'),
    runId,
    graph: graphSchema,
    mode: modeSchema,
    options: z.object({ seed: z.number().int(), maxTicks: z.number().int().min(1).max(5000) }),
    /** Post a frame every this many simulation steps. */
    frameEvery: z.number().int().min(1).max(100).default(2),
  })
  .refine((m) => m.mode.kind !== 'focus' || m.mode.centre < m.graph.ids.length, { message: 'The focused node is not in the graph', path: ['mode', 'centre'] })
  .refine(
    (m) =>
      m.mode.kind !== 'cluster' ||
      m.mode.grouping === null ||
      (m.mode.grouping.groupOf.length === m.graph.ids.length && m.mode.grouping.groupOf.every((g) => g >= 0 && g < (m.mode as { grouping: { labels: readonly string[] } }).grouping.labels.length)),
    { message: 'Every node needs one of the listed groups', path: ['mode', 'grouping'] },
  );

export const toWorkerSchema = z.union([startMessageSchema, z.object({ type: z.literal('stop'), runId })]);
export type StartMessage = z.input<typeof startMessageSchema>;
export type ToWorker = z.infer<typeof toWorkerSchema>;

export const fromWorkerSchema = z.discriminatedUnion('type', [
  /** Groups found by community detection, sent once before the first frame. */
  z.object({ type: z.literal('groups'), runId, groupOf: int32 }),
  z.object({ type: z.literal('frame'), runId, positions: float64, progress: z.number().min(0).max(1), tick: z.number().int() }),
  z.object({
    type: z.literal('done'),
    runId,
    positions: float64,
    reason: z.enum(['settled', 'stopped', 'limit']),
    ticks: z.number().int(),
    elapsedMs: z.number().nonnegative(),
  }),
  z.object({ type: z.literal('failed'), runId, message: z.string() }),
]);
export type FromWorker = z.infer<typeof fromWorkerSchema>;

/** The first problem with a message, in plain words, for logs and error notices. */
export function describeProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'The message was not understood';
  const where = issue.path.length ? ` (at ${issue.path.join('.')})` : '';
  return `${issue.message}${where}`;
}
