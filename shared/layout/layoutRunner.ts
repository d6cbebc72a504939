import type { FromWorker, ToWorker } from './layoutProtocol';
import { LayoutSimulation } from './layoutSimulation';

type Start = Extract<ToWorker, { type: 'start' }>;

/**
 * Drives one layout run in small batches of steps, posting a frame after each batch and
 * yielding between batches so a "stop" can arrive. The same driver runs in the Web Worker and,
 * where there are no workers (unit tests), on the main thread.
 */
export function startLayoutRun(
  message: Start,
  post: (reply: FromWorker) => void,
  now: () => number = () => Date.now(),
): { stop: () => void } {
  const started = now();
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let sim: LayoutSimulation;
  const finish = (reason: 'settled' | 'stopped' | 'limit') => {
    post({ type: 'done', runId: message.runId, positions: sim.finalPositions(), reason, ticks: sim.tickCount, elapsedMs: now() - started });
  };
  const fail = (error: unknown) => post({ type: 'failed', runId: message.runId, message: error instanceof Error ? error.message : String(error) });
  try {
    sim = new LayoutSimulation(message.graph, message.mode, message.options);
  } catch (error) {
    fail(error);
    return { stop: () => undefined };
  }
  if (sim.groupOf && message.mode.kind === 'cluster' && message.mode.grouping === null) {
    // A copy: the worker transfers what it posts, and the simulation still needs its own.
    post({ type: 'groups', runId: message.runId, groupOf: sim.groupOf.slice() });
  }
  const batch = () => {
    timer = null;
    if (stopped) return;
    try {
      const end = sim.step(message.frameEvery);
      if (end) finish(end);
      else {
        post({ type: 'frame', runId: message.runId, positions: sim.positions(), progress: sim.progress, tick: sim.tickCount });
        timer = setTimeout(batch, 0);
      }
    } catch (error) {
      stopped = true;
      fail(error);
    }
  };
  timer = setTimeout(batch, 0);
  return {
    stop: () => {
      if (stopped) return;
      stopped = true;
      if (timer) clearTimeout(timer);
      finish('stopped');
    },
  };
}
