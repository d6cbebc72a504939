import type { MapDocument } from '../../shared/editing';
import type { Connectedness } from '../../shared/lens';
import {
  answerNetworkRequest,
  connectednessFromResponse,
  networkRequest,
  networkResponseSchema,
  type NetworkRequest,
} from '../../shared/lens/networkProtocol';

/**
 * Asks the network worker for a map's measures. Only the newest request matters: an answer to
 * an older one (the map changed meanwhile) is dropped. Where a worker cannot run it answers on
 * the main thread instead, so the lens still works, only less smoothly.
 */
export class NetworkClient {
  private worker: Worker | null = null;
  private fallback = typeof Worker === 'undefined';
  private pending: NetworkRequest | null = null;
  private latest = 0;

  constructor(private readonly onResult: (network: Connectedness) => void) {}

  request(doc: MapDocument): void {
    const message = networkRequest(doc, ++this.latest);
    this.pending = message;
    const worker = this.ensureWorker();
    if (worker) worker.postMessage(message);
    else this.answerHere(message);
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    this.pending = null;
  }

  private answerHere(message: NetworkRequest): void {
    this.pending = null;
    this.onResult(connectednessFromResponse(answerNetworkRequest(message)));
  }

  private ensureWorker(): Worker | null {
    if (this.fallback) return null;
    if (this.worker) return this.worker;
    this.worker = new Worker(new URL('./network.worker.ts', import.meta.url), { type: 'module', name: 'Network measures' });
    this.worker.onmessage = (event: MessageEvent<unknown>) => {
      const parsed = networkResponseSchema.safeParse(event.data);
      if (!parsed.success || parsed.data.id !== this.latest) return;
      this.pending = null;
      this.onResult(connectednessFromResponse(parsed.data));
    };
    this.worker.onerror = (event) => {
      event.preventDefault();
      this.worker?.terminate();
      this.worker = null;
      this.fallback = true;
      if (this.pending) this.answerHere(this.pending);
    };
    return this.worker;
  }
}
