import { runGapAnalysis } from '../../shared/analysis/runGapAnalysis';
import type { GapAnalysis, GapAnalysisOptions } from '../../shared/analysis/gapAnalysis';
import { snapshotFromDocument, type MapDocument } from '../../shared/editing/mapDocument';
import { analysisResponseSchema, type AnalysisRequest } from './analysisMessages';

export class AnalysisCancelled extends Error {
  constructor() {
    super('The analysis was cancelled.');
    this.name = 'AnalysisCancelled';
  }
}

type Options = Required<Omit<GapAnalysisOptions, 'now'>> & { now: string };
const IDLE_MS = 60_000;

/**
 * The page's side of the analysis worker (Excalidraw's split): it posts requests, matches
 * answers by id, validates them, can cancel by ending the worker, shuts the worker down when
 * idle, and falls back to the page's thread if workers are unavailable.
 */
export class AnalysisClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private pending = new Map<number, { resolve: (a: GapAnalysis) => void; reject: (e: Error) => void }>();
  private idleTimer: ReturnType<typeof setTimeout> | null = null;
  private workerFailed = false;

  constructor(private readonly createWorker: () => Worker = defaultWorker) {}

  run(doc: MapDocument, options: Options): Promise<GapAnalysis> {
    const worker = this.ensureWorker();
    if (!worker) return Promise.resolve(runGapAnalysis(doc, options));
    const id = this.nextId++;
    const request: AnalysisRequest = { type: 'analyse', id, snapshot: snapshotFromDocument(doc), options };
    this.clearIdle();
    return new Promise<GapAnalysis>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage(request);
    });
  }

  /** Stops any analysis under way; its promise rejects with AnalysisCancelled. */
  cancel(): void {
    this.worker?.terminate();
    this.worker = null;
    for (const { reject } of this.pending.values()) reject(new AnalysisCancelled());
    this.pending.clear();
  }

  dispose(): void {
    this.clearIdle();
    this.cancel();
  }

  get busy(): boolean {
    return this.pending.size > 0;
  }

  private ensureWorker(): Worker | null {
    if (this.worker) return this.worker;
    if (this.workerFailed || typeof Worker === 'undefined') return null;
    try {
      const worker = this.createWorker();
      worker.onmessage = (event) => this.receive(event.data);
      worker.onerror = (event) => {
        event.preventDefault();
        this.workerFailed = true;
        this.fail(new Error('The analysis stopped unexpectedly.'));
      };
      this.worker = worker;
      return worker;
    } catch {
      this.workerFailed = true;
      return null;
    }
  }

  private receive(data: unknown): void {
    const parsed = analysisResponseSchema.safeParse(data);
    if (!parsed.success) {
      this.fail(new Error('The analysis sent back something that could not be read.'));
      return;
    }
    const message = parsed.data;
    const waiting = this.pending.get(message.id);
    if (!waiting) return;
    this.pending.delete(message.id);
    if (message.type === 'result') waiting.resolve(message.analysis as unknown as GapAnalysis);
    else waiting.reject(new Error(message.message));
    if (this.pending.size === 0) this.scheduleIdle();
  }

  private fail(error: Error): void {
    this.worker?.terminate();
    this.worker = null;
    for (const { reject } of this.pending.values()) reject(error);
    this.pending.clear();
  }

  private scheduleIdle(): void {
    this.clearIdle();
    this.idleTimer = setTimeout(() => {
      if (this.pending.size === 0) {
        this.worker?.terminate();
        this.worker = null;
      }
    }, IDLE_MS);
  }

  private clearIdle(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }
}

function defaultWorker(): Worker {
  return new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
}
