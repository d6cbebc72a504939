import { describeProblem, toWorkerSchema, type FromWorker } from '../../shared/layout/layoutProtocol';
import { startLayoutRun } from '../../shared/layout/layoutRunner';

/**
 * The layout worker: all simulation work happens here, off the UI thread. One run at a time;
 * a new start replaces the current run. Positions go back as transferred Float64Arrays.
 */
// Typed by hand: the WebWorker lib cannot be loaded alongside the DOM lib the rest uses.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage(message: unknown, transfer: Transferable[]): void;
};
let current: { runId: number; stop: () => void } | null = null;

function post(message: FromWorker): void {
  const transfer = 'positions' in message ? [message.positions.buffer] : 'groupOf' in message ? [message.groupOf.buffer] : [];
  scope.postMessage(message, transfer);
}

scope.onmessage = (event: MessageEvent<unknown>) => {
  const parsed = toWorkerSchema.safeParse(event.data);
  if (!parsed.success) {
    const raw = event.data as { runId?: unknown } | null;
    const runId = typeof raw?.runId === 'number' && Number.isInteger(raw.runId) && raw.runId >= 0 ? raw.runId : 0;
    post({ type: 'failed', runId, message: `The layout request was not understood: ${describeProblem(parsed.error)}` });
    return;
  }
  const message = parsed.data;
  if (message.type === 'stop') {
    if (current?.runId === message.runId) current.stop();
    return;
  }
  current?.stop();
  const runId = message.runId;
  current = { runId, stop: () => undefined };
  const handle = startLayoutRun(message, (reply) => {
    post(reply);
    if ((reply.type === 'done' || reply.type === 'failed') && current?.runId === runId) current = null;
  });
  if (current?.runId === runId) current.stop = handle.stop;
};
