import { describeProblem, fromWorkerSchema, startMessageSchema, type FromWorker, type StartMessage } from '../../shared/layout/layoutProtocol';
import { startLayoutRun } from '../../shared/layout/layoutRunner';

export type LayoutFrame = Extract<FromWorker, { type: 'frame' }>;
export type LayoutDone = Extract<FromWorker, { type: 'done' }>;

export interface LayoutRun {
  /** Ends the run early; `result` then resolves with the positions reached so far. */
  stop(): void;
  readonly result: Promise<LayoutDone>;
}

export interface LayoutCallbacks {
  onFrame?(frame: LayoutFrame): void;
  onGroups?(groupOf: Int32Array): void;
}

/** Anything that can take the worker's place: a real Worker, or the in-thread fallback. */
interface Channel {
  post(message: unknown, transfer: Transferable[]): void;
  onReply: ((data: unknown) => void) | null;
  onCrash: ((message: string) => void) | null;
  dispose(): void;
}

/**
 * Runs layouts in a Web Worker and checks every message both ways against the protocol's zod
 * schemas. Where there are no workers (unit tests in Node) it runs the very same driver on the
 * main thread in small slices, so tests exercise the real code path.
 */
export class LayoutClient {
  private channel: Channel | null = null;
  private nextRunId = 1;
  private active: { runId: number; resolve: (done: LayoutDone) => void; reject: (error: Error) => void; callbacks: LayoutCallbacks } | null = null;

  constructor(private readonly createWorker: (() => Worker) | null = defaultWorkerFactory()) {}

  run(message: Omit<StartMessage, 'type' | 'runId'>, callbacks: LayoutCallbacks = {}): LayoutRun {
    this.cancelActive();
    const runId = this.nextRunId++;
    const parsed = startMessageSchema.safeParse({ ...message, type: 'start', runId });
    if (!parsed.success) {
      return { stop: () => undefined, result: Promise.reject(new Error(`The layout could not start: ${describeProblem(parsed.error)}`)) };
    }
    const result = new Promise<LayoutDone>((resolve, reject) => {
      this.active = { runId, resolve, reject, callbacks };
    });
    const channel = this.ensureChannel();
    // The graph's arrays are transferred, not copied: the caller builds them for this run only.
    const { graph } = parsed.data;
    channel.post(parsed.data, [graph.positions.buffer, graph.pinned.buffer, graph.links.buffer] as Transferable[]);
    return { stop: () => (this.active?.runId === runId ? channel.post({ type: 'stop', runId }, []) : undefined), result };
  }

  dispose(): void {
    this.cancelActive();
    this.channel?.dispose();
    this.channel = null;
  }

  private cancelActive(): void {
    if (!this.active) return;
    this.channel?.post({ type: 'stop', runId: this.active.runId }, []);
    this.active.reject(new Error('Replaced by a newer layout'));
    this.active = null;
  }

  private ensureChannel(): Channel {
    if (this.channel) return this.channel;
    const channel = this.createWorker ? workerChannel(this.createWorker()) : inThreadChannel();
    channel.onReply = (data) => this.receive(data);
    channel.onCrash = (message) => this.fail(`The layout stopped unexpectedly (${message}). Try again; if it keeps happening, restart the app.`);
    this.channel = channel;
    return channel;
  }

  private receive(data: unknown): void {
    const parsed = fromWorkerSchema.safeParse(data);
    if (!parsed.success) {
      this.fail(`The layout sent back something unexpected: ${describeProblem(parsed.error)}. Try again.`);
      return;
    }
    const reply = parsed.data;
    const active = this.active;
    if (!active || reply.runId !== active.runId) return; // a stale run's last words
    if (reply.type === 'frame') active.callbacks.onFrame?.(reply);
    else if (reply.type === 'groups') active.callbacks.onGroups?.(reply.groupOf);
    else if (reply.type === 'failed') this.fail(`The layout could not finish: ${reply.message}`);
    else {
      this.active = null;
      active.resolve(reply);
    }
  }

  private fail(message: string): void {
    const active = this.active;
    this.active = null;
    active?.reject(new Error(message));
  }
}

function defaultWorkerFactory(): (() => Worker) | null {
  if (typeof Worker === 'undefined') return null;
  return () => new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module', name: 'Layout' });
}

function workerChannel(worker: Worker): Channel {
  const channel: Channel = {
    post: (message, transfer) => worker.postMessage(message, transfer),
    onReply: null,
    onCrash: null,
    dispose: () => worker.terminate(),
  };
  worker.onmessage = (event: MessageEvent<unknown>) => channel.onReply?.(event.data);
  worker.onerror = (event) => {
    event.preventDefault();
    channel.onCrash?.(event.message || 'worker error');
  };
  worker.onmessageerror = () => channel.onCrash?.('a message could not be read');
  return channel;
}

/** The same driver as the worker's, on this thread: for tests and environments without workers. */
function inThreadChannel(): Channel {
  let current: { runId: number; stop: () => void } | null = null;
  const channel: Channel = {
    post: (message) => {
      const m = message as { type: string; runId: number };
      if (m.type === 'stop') {
        if (current?.runId === m.runId) current.stop();
        return;
      }
      current?.stop();
      const parsed = startMessageSchema.parse(message);
      const runId = parsed.runId;
      current = { runId, stop: () => undefined };
      const handle = startLayoutRun(parsed, (reply) => queueMicrotask(() => channel.onReply?.(reply)));
      if (current.runId === runId) current.stop = handle.stop;
    },
    onReply: null,
    onCrash: null,
    dispose: () => current?.stop(),
  };
  return channel;
}
