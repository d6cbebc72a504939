import { describe, expect, it } from 'vitest';
import type { LinkRaster } from '../../renderer/canvas/linkBatches';
import { LinkRasterClient, type LinkWorker } from '../../renderer/canvas/linkRasterClient';

/** A stand-in for the link worker that answers when told to, in any order. */
class FakeWorker implements LinkWorker {
  onmessage: LinkWorker['onmessage'] = null;
  readonly posted: { message: { id: number; raster: LinkRaster }; transfer: Transferable[] }[] = [];
  postMessage(message: unknown, transfer?: Transferable[] | StructuredSerializeOptions): void {
    this.posted.push({ message: message as { id: number; raster: LinkRaster }, transfer: Array.isArray(transfer) ? transfer : [] });
  }
  terminate(): void {}
  answer(id: number): { closed: boolean } {
    const bitmap = { width: 10, height: 10, closed: false, close() { this.closed = true; } };
    this.onmessage?.call(this as unknown as Worker, { data: { type: 'drawn', id, bitmap } } as MessageEvent);
    return bitmap;
  }
}

const raster = (x: number): LinkRaster => ({
  width: 10,
  height: 10,
  x,
  y: 0,
  scale: 1,
  hairline: false,
  batches: [{ width: 1, colour: '#000', alpha: 1, dashed: false, selected: false, lines: Float64Array.of(0, 0, 5, 5), arrows: new Float64Array(0) }],
});

describe('link raster client', () => {
  it('shows only the newest drawing: an answer to a request already superseded is dropped and its bitmap freed', () => {
    const worker = new FakeWorker();
    const shown: string[] = [];
    const client = new LinkRasterClient<string>((_bitmap, tag) => shown.push(tag), worker);
    client.draw(raster(0), 'first');
    client.draw(raster(1), 'second');
    const [first, second] = worker.posted.map((p) => p.message.id);
    // The worker finishes the first drawing after the second was asked for: it must not be shown.
    const stale = worker.answer(first!);
    expect(shown).toEqual([]);
    expect(stale.closed).toBe(true);
    expect(client.waiting).toBe(true);
    const fresh = worker.answer(second!);
    expect(shown).toEqual(['second']);
    expect(fresh.closed).toBe(false);
    expect(client.waiting).toBe(false);
    // A repeated or late answer after that is dropped too.
    expect(worker.answer(second!).closed).toBe(true);
    expect(shown).toEqual(['second']);
  });

  it('transfers the batches’ arrays to the worker rather than copying them', () => {
    const worker = new FakeWorker();
    const client = new LinkRasterClient<string>(() => undefined, worker);
    const r = raster(0);
    const lines = r.batches[0]!.lines;
    client.draw(r, 'one');
    expect(worker.posted[0]!.transfer).toContain(lines.buffer);
  });

  it('ignores a message that is not a drawing', () => {
    const worker = new FakeWorker();
    const shown: string[] = [];
    const client = new LinkRasterClient<string>((_b, tag) => shown.push(tag), worker);
    client.draw(raster(0), 'one');
    worker.onmessage?.call(worker as unknown as Worker, { data: { type: 'drawn', id: 'x' } } as MessageEvent);
    expect(shown).toEqual([]);
    expect(client.waiting).toBe(true);
  });
});
