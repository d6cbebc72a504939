import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateLabelSize, placeLabels, type LabelCandidate } from '../../shared/layout/labelPlacement';

const candidate = (id: string, x: number, y: number, priority = 0, width = 200, height = 50): LabelCandidate => ({ id, x, y, width, height, priority });

/** The screen box of a shown label at a zoom, in map units. */
function box(c: LabelCandidate, zoom: number) {
  return { left: c.x - c.width / 2 / zoom, right: c.x + c.width / 2 / zoom, top: c.y - c.height / 2 / zoom, bottom: c.y + c.height / 2 / zoom };
}
const overlap = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('placeLabels', () => {
  it('shows every name when there is room, and only the more important of two that would collide', () => {
    const far = [candidate('a', 0, 0), candidate('b', 1000, 0), candidate('c', 0, 1000)];
    expect([...placeLabels(far, 1)].sort()).toEqual(['a', 'b', 'c']);
    // 300 map units apart: clear at zoom 1 (labels 200 px wide), touching at zoom 0.5.
    const pair = [candidate('low', 0, 0, 1), candidate('high', 300, 0, 5)];
    expect([...placeLabels(pair, 1)].sort()).toEqual(['high', 'low']);
    expect([...placeLabels(pair, 0.5)]).toEqual(['high']);
  });

  it('keeps the given order between equals, and respects the gap between labels', () => {
    const twins = [candidate('first', 0, 0), candidate('second', 0, 52)];
    expect([...placeLabels(twins, 1, 0)]).toEqual(['first', 'second']);
    expect([...placeLabels(twins, 1, 6)]).toEqual(['first']);
  });

  it('shows nothing for nothing, or for a zoom that is not a number', () => {
    expect(placeLabels([], 1).size).toBe(0);
    expect(placeLabels([candidate('a', 0, 0)], Number.NaN).size).toBe(0);
  });

  it('never lets two shown labels overlap, and never drops a label except for one at least as important that it would overlap', () => {
    const arbitraryCandidate = fc.record({
      x: fc.integer({ min: -3000, max: 3000 }),
      y: fc.integer({ min: -3000, max: 3000 }),
      width: fc.integer({ min: 20, max: 300 }),
      height: fc.integer({ min: 20, max: 70 }),
      priority: fc.integer({ min: 0, max: 5 }),
    });
    fc.assert(
      fc.property(fc.array(arbitraryCandidate, { maxLength: 120 }), fc.constantFrom(0.05, 0.2, 0.5, 1, 2), (raw, zoom) => {
        const candidates = raw.map((c, i) => ({ id: `n${i}`, ...c }));
        const shown = placeLabels(candidates, zoom, 0);
        const visible = candidates.filter((c) => shown.has(c.id));
        for (let i = 0; i < visible.length; i++) for (let j = i + 1; j < visible.length; j++) expect(overlap(box(visible[i]!, zoom), box(visible[j]!, zoom))).toBe(false);
        for (const dropped of candidates.filter((c) => !shown.has(c.id))) {
          const blocker = visible.find((v) => v.priority >= dropped.priority && overlap(box(v, zoom), box(dropped, zoom)));
          expect(blocker).toBeDefined();
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('estimateLabelSize', () => {
  const style = { fontPx: 22, maxWidth: 300, paddingX: 15, paddingY: 9 };
  it('sizes a short name on one line and wraps a long one onto two at most', () => {
    const short = estimateLabelSize('Mind', style);
    expect(short.width).toBeCloseTo(4 * 0.62 * 22 + 30);
    expect(short.height).toBeCloseTo(22 * 1.12 + 18);
    const long = estimateLabelSize('Millbrook Neighbourhood Community Association and Friends', style);
    expect(long.width).toBe(300);
    expect(long.height).toBeCloseTo(2 * 22 * 1.12 + 18);
  });
});
