import { describe, expect, it } from 'vitest';
import { DotGroundClient, type DotGroundWorker } from '../../renderer/canvas/dotGroundClient';
import { dotGroundRequestSchema, type DotGroundRequest } from '../../renderer/canvas/dotGroundRaster';

/** A stand-in for the dots' worker that answers when told to. */
class FakeWorker implements DotGroundWorker {
  onmessage: DotGroundWorker['onmessage'] = null;
  readonly posted: DotGroundRequest[] = [];
  postMessage(message: unknown): void {
    this.posted.push(message as DotGroundRequest);
  }
  terminate(): void {}
  answer(id: number): { closed: boolean } {
    const bitmap = { width: 10, height: 10, closed: false, close() { this.closed = true; } };
    this.onmessage?.call(this as unknown as Worker, { data: { type: 'drawn', id, bitmap } } as MessageEvent);
    return bitmap;
  }
}

const dots = (step: number) => ({ width: 2000, height: 1400, step, radius: 0.75, rgb: [195, 202, 211] as [number, number, number] });

describe('dotted ground client', () => {
  it('asks the worker in messages it accepts, and shows only the newest drawing', () => {
    const worker = new FakeWorker();
    const shown: number[] = [];
    const client = new DotGroundClient<number>((_bitmap, zoom) => shown.push(zoom), worker);
    client.draw(dots(12), 0.5);
    client.draw(dots(24), 1);
    expect(worker.posted.every((m) => dotGroundRequestSchema.safeParse(m).success)).toBe(true);
    const [first, second] = worker.posted.map((m) => m.id);
    expect(worker.answer(first!).closed).toBe(true);
    expect(shown).toEqual([]);
    expect(worker.answer(second!).closed).toBe(false);
    expect(shown).toEqual([1]);
  });

  it('drops a drawing still to come once the dots are not seen', () => {
    const worker = new FakeWorker();
    const shown: number[] = [];
    const client = new DotGroundClient<number>((_bitmap, zoom) => shown.push(zoom), worker);
    client.draw(dots(12), 0.5);
    client.cancel();
    expect(worker.answer(worker.posted[0]!.id).closed).toBe(true);
    expect(shown).toEqual([]);
  });

  it('rejects a request the worker could not draw: a canvas beyond what a browser allows', () => {
    expect(dotGroundRequestSchema.safeParse({ id: 1, ...dots(12), width: 40_000 }).success).toBe(false);
    expect(dotGroundRequestSchema.safeParse({ id: 1, ...dots(12), rgb: [300, 0, 0] }).success).toBe(false);
  });
});
