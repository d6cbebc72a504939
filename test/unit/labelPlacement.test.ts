import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelCandidate } from '../../shared/layout/labelPlacement';
import { estimateLabelSize } from '../../shared/layout/nameSize';

const candidate = (id: string, x: number, y: number, priority = 0, width = 200, height = 50): LabelCandidate => ({ id, x, y, width, height, priority });

/** The screen box of a shown label at a zoom, in map units, slid by `at` (screen pixels). */
function box(c: LabelCandidate, zoom: number, at = { dx: 0, dy: 0 }) {
  const x = c.x + at.dx / zoom;
  const y = c.y + at.dy / zoom;
  return { left: x - c.width / 2 / zoom, right: x + c.width / 2 / zoom, top: y - c.height / 2 / zoom, bottom: y + c.height / 2 / zoom };
}
/** A candidate's marker box, in map units. */
const markerBox = (c: LabelCandidate, zoom: number) => box({ ...c, width: c.marker ?? 0, height: c.marker ?? 0 }, zoom);
const inside = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) => a.left >= b.left - 1e-9 && a.right <= b.right + 1e-9 && a.top >= b.top - 1e-9 && a.bottom <= b.bottom + 1e-9;
const overlap = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('placeLabels', () => {
  it('shows every name when there is room, and only the more important of two that would collide', () => {
    const far = [candidate('a', 0, 0), candidate('b', 1000, 0), candidate('c', 0, 1000)];
    expect([...placeLabels(far, 1).keys()].sort()).toEqual(['a', 'b', 'c']);
    // 300 map units apart: clear at zoom 1 (labels 200 px wide), touching at zoom 0.5.
    const pair = [candidate('low', 0, 0, 1), candidate('high', 300, 0, 5)];
    expect([...placeLabels(pair, 1).keys()].sort()).toEqual(['high', 'low']);
    expect([...placeLabels(pair, 0.5, 6, false).keys()]).toEqual(['high']);
  });

  it('keeps the given order between equals, and respects the gap between labels', () => {
    const twins = [candidate('first', 0, 0), candidate('second', 0, 52)];
    expect([...placeLabels(twins, 1, 0).keys()]).toEqual(['first', 'second']);
    expect([...placeLabels(twins, 1, 6, false).keys()]).toEqual(['first']);
  });

  it('puts a name where it is seen in full: slid in from the screen’s edge or out from under a panel, and never cut', () => {
    const seen = { frame: { x: 0, y: 0, width: 1000, height: 600 }, covers: [{ x: 700, y: 0, width: 300, height: 200 }] };
    const marked = (c: LabelCandidate) => ({ ...c, marker: 14 });
    // Centred on a node 40 units from the left edge, a 200-wide name would be cut: it slides right.
    const edge = placeLabels([marked(candidate('edge', 40, 300))], 1, 6, true, seen).get('edge')!;
    expect(inside(box(candidate('edge', 40, 300), 1, edge), { left: 0, right: 1000, top: 0, bottom: 600 })).toBe(true);
    // Under the legend's bottom edge it slides down, out from under it.
    const legend = placeLabels([marked(candidate('legend', 800, 210))], 1, 6, true, seen).get('legend')!;
    expect(overlap(box(candidate('legend', 800, 210), 1, legend), { left: 700, right: 1000, top: 0, bottom: 200 })).toBe(false);
    // Unknown to the placement, the same name stays centred.
    expect(placeLabels([marked(candidate('edge', 40, 300))], 1, 6, true).get('edge')).toEqual({ dx: 0, dy: 0 });
    // Where sliding all the way in would cover a neighbour's marker, it slides only as far as it
    // must: 63 px brings its box (with half the gap) to the edge, clear of the marker at 220.
    const neighbour = marked(candidate('neighbour', 220, 300, -1, 20, 20));
    expect(placeLabels([marked(candidate('edge', 40, 300, 0, 200, 20)), neighbour], 1, 6, true, seen).get('edge')).toEqual({ dx: 63, dy: 0 });
    // With no room in sight, a name mostly seen is not shown cut, nor one mostly under the legend: each is a marker.
    const wall = marked(candidate('wall', 110, 300, 9, 14, 500));
    expect(placeLabels([wall, marked(candidate('cut', 40, 300, 0, 120, 40))], 1, 0, true, seen).has('cut')).toBe(false);
    expect(placeLabels([marked(candidate('under', 850, 60))], 1, 6, true, seen).has('under')).toBe(false);
    // With part of the map off the screen (zoomed in), names are placed as if the screen were not known.
    expect(placeLabels([marked(candidate('edge', 40, 300)), marked(candidate('off', -900, 300))], 1, 6, true, seen).get('edge')).toEqual({ dx: 0, dy: 0 });
    // But a chosen finding's name (a tag candidate) is read wherever the camera is: it slides into sight.
    const chosen = { ...marked(candidate('chosen', 40, 300)), tag: true };
    const atEdge = placeLabels([chosen, marked(candidate('off', -900, 300))], 1, 6, true, seen).get('chosen')!;
    expect(atEdge.detached).toBeUndefined();
    expect(inside(box(chosen, 1, atEdge), { left: 0, right: 1000, top: 0, bottom: 600 })).toBe(true);
    // And with no room on its node in sight, its tag stands where it is seen, not off the screen.
    const blocker = marked(candidate('blocker', 150, 300, 9, 160, 200));
    const tag = placeLabels([blocker, chosen, marked(candidate('off', -900, 300))], 1, 6, true, seen).get('chosen')!;
    expect(tag.detached).toBe(true);
    expect(inside(box(chosen, 1, tag), { left: 0, right: 1000, top: 0, bottom: 600 })).toBe(true);
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
        const shown = placeLabels(candidates, zoom, 0, false);
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

describe('placeLabels with markers', () => {
  it('leaves out a name centred over a neighbour\'s marker, or slides it aside when it may', () => {
    // b's marker (14 px) sits 60 px right of a's centre, inside a's centred 200 px label.
    const pair = [candidate('a', 0, 0, 5), { ...candidate('b', 60, 0, 1), marker: 14 }];
    expect(placeLabels(pair, 1, 6, false).has('a')).toBe(false);
    const slid = placeLabels(pair, 1, 6).get('a');
    expect(slid).toBeDefined();
    expect(overlap(box(pair[0]!, 1, slid), markerBox(pair[1]!, 1))).toBe(false);
  });

  it('never lets a shown label cover another candidate\'s marker or another label, and keeps each label on its own node', () => {
    const arbitraryCandidate = fc.record({
      x: fc.integer({ min: -2000, max: 2000 }),
      y: fc.integer({ min: -2000, max: 2000 }),
      width: fc.integer({ min: 20, max: 300 }),
      height: fc.integer({ min: 20, max: 70 }),
      priority: fc.integer({ min: 0, max: 5 }),
      marker: fc.integer({ min: 0, max: 30 }),
    });
    fc.assert(
      fc.property(fc.array(arbitraryCandidate, { maxLength: 120 }), fc.constantFrom(0.05, 0.2, 0.5, 1, 2), fc.boolean(), (raw, zoom, slide) => {
        const candidates = raw.map((c, i) => ({ id: `n${i}`, ...c, marker: Math.min(c.marker, c.width, c.height) }));
        const shown = placeLabels(candidates, zoom, 0, slide);
        const visible = candidates.filter((c) => shown.has(c.id));
        const boxes = visible.map((c) => box(c, zoom, shown.get(c.id)));
        for (let i = 0; i < visible.length; i++) {
          // Its own node's marker spot stays under the label, however it slid.
          expect(inside(markerBox(visible[i]!, zoom), boxes[i]!)).toBe(true);
          for (let j = i + 1; j < visible.length; j++) expect(overlap(boxes[i]!, boxes[j]!)).toBe(false);
          for (const other of candidates) if (other.id !== visible[i]!.id && other.marker > 0) expect(overlap(boxes[i]!, markerBox(other, zoom))).toBe(false);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('placeLabels on a crowded map', () => {
  it('leaves a name out only when every place it may slide to meets a name shown before it or another node\'s marker', () => {
    // Clusters far denser than their names, as a borough's map is fitted on screen: most names
    // are ruled out by a marker next to their own, which the placement settles in one look.
    const arbitraryCandidate = fc.record({
      cluster: fc.integer({ min: 0, max: 3 }),
      dx: fc.integer({ min: -400, max: 400 }),
      dy: fc.integer({ min: -200, max: 200 }),
      width: fc.integer({ min: 20, max: 200 }),
      height: fc.integer({ min: 20, max: 50 }),
      priority: fc.integer({ min: 0, max: 3 }),
      marker: fc.integer({ min: 4, max: 14 }),
    });
    fc.assert(
      fc.property(fc.array(arbitraryCandidate, { minLength: 1, maxLength: 150 }), fc.constantFrom(0.04, 0.1, 0.3, 1), fc.boolean(), (raw, zoom, slide) => {
        const candidates = raw.map((c, i) => ({ id: `n${i}`, x: c.cluster * 3000 + c.dx, y: c.dy, width: c.width, height: c.height, priority: c.priority, marker: Math.min(c.marker, c.width, c.height) }));
        const shown = placeLabels(candidates, zoom, 0, slide);
        const order = candidates.map((c, i) => ({ c, i })).sort((a, b) => b.c.priority - a.c.priority || a.i - b.i);
        const before: ReturnType<typeof box>[] = [];
        for (const { c } of order) {
          const at = shown.get(c.id);
          if (at) {
            before.push(box(c, zoom, at));
            continue;
          }
          const slideX = slide ? (c.width - c.marker) / 2 : 0;
          const slideY = slide ? (c.height - c.marker) / 2 : 0;
          for (const sx of [-1, 0, 1]) {
            for (const sy of [-1, 0, 1]) {
              const place = box(c, zoom, { dx: sx * slideX, dy: sy * slideY });
              const taken = before.some((b) => overlap(place, b)) || candidates.some((o) => o.id !== c.id && overlap(place, markerBox(o, zoom)));
              expect(taken).toBe(true);
            }
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('placeLabels with name tags', () => {
  it('stands a chosen name with no room on its node beside its marker, clear of every label and marker', () => {
    // "chosen" sits between two neighbours whose markers its centred or slid name would cover.
    const row = [{ ...candidate('left', -40, 0, 1), marker: 14 }, { ...candidate('chosen', 0, 0, 9, 200, 30), marker: 14, tag: true }, { ...candidate('right', 40, 0, 1), marker: 14 }];
    const at = placeLabels(row, 1).get('chosen');
    expect(at?.detached).toBe(true);
    const tag = box(row[1]!, 1, at);
    for (const other of [row[0]!, row[2]!]) expect(overlap(tag, markerBox(other, 1))).toBe(false);
    // The same name without `tag` is left out.
    expect(placeLabels(row.map((c) => ({ ...c, tag: false })), 1).has('chosen')).toBe(false);
    // Its first place is just above its own marker, touching it and the neighbours' in its row:
    // float rounding made such a touch count as meeting, and the tag went further out or below.
    fc.assert(fc.property(fc.integer({ min: -3000, max: 3000 }), fc.integer({ min: -3000, max: 3000 }), fc.double({ min: 0.1, max: 0.5, noNaN: true }), fc.double({ min: 20, max: 80, noNaN: true }), (x, y, zoom, h) => {
      const hub = { ...candidate('hub', x, y, 9, 300, h), marker: 30, tag: true };
      const blockers = [-1, 1].map((side) => ({ ...candidate(`b${side}`, x + (side * 40) / zoom, y, 1), marker: 30 }));
      const at = placeLabels([hub, ...blockers], zoom).get('hub');
      expect(at?.dx).toBe(0);
      expect(at?.dy).toBeCloseTo(-(15 + 6 + h / 2));
    }), { numRuns: 500 });
  });

  it('never lets a tag overlap a label, another tag or a chosen name\'s marker', () => {
    const arbitraryCandidate = fc.record({
      x: fc.integer({ min: -800, max: 800 }),
      y: fc.integer({ min: -800, max: 800 }),
      width: fc.integer({ min: 20, max: 220 }),
      height: fc.integer({ min: 20, max: 60 }),
      priority: fc.integer({ min: 0, max: 5 }),
      tag: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(arbitraryCandidate, { maxLength: 80 }), fc.constantFrom(0.2, 0.5, 1), (raw, zoom) => {
        const candidates = raw.map((c, i) => ({ id: `n${i}`, ...c, marker: 14 }));
        const shown = placeLabels(candidates, zoom, 0);
        const visible = candidates.filter((c) => shown.has(c.id));
        const boxes = visible.map((c) => box(c, zoom, shown.get(c.id)));
        for (let i = 0; i < visible.length; i++) {
          for (let j = i + 1; j < visible.length; j++) expect(overlap(boxes[i]!, boxes[j]!)).toBe(false);
          // Only a tag, and only as a last resort, may stand over a marker, never a chosen one's; a name on its node never does.
          const detached = shown.get(visible[i]!.id)!.detached;
          for (const other of candidates) if (other.id !== visible[i]!.id && (!detached || other.tag)) expect(overlap(boxes[i]!, markerBox(other, zoom))).toBe(false);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('estimateLabelSize', () => {
  const style = { fontPx: 22, maxWidth: 300, paddingX: 15, paddingY: 9 };
  it('sizes a short name on one line and wraps a long one onto two, between words', () => {
    const short = estimateLabelSize('Mind', style);
    expect(short.width).toBeCloseTo(4 * 0.62 * 22 + 30);
    expect(short.height).toBeCloseTo(22 * 1.12 + 18);
    expect(short.maxWidth).toBe(300);
    const two = estimateLabelSize('Northgate Community Association Trust', style);
    expect(two).toEqual({ width: 300, height: expect.closeTo(2 * 22 * 1.12 + 18), maxWidth: 300, cut: false });
  });

  it('widens a chip whose name would need a third line, as little as it must, rather than cut it short', () => {
    // 34 characters fit two lines by count, but "Volunteer coordinator" is wider than 270 px: three lines at 300.
    const name = 'Volunteer coordinator – allotments';
    const size = estimateLabelSize(name, style);
    expect(size.height).toBeCloseTo(2 * 22 * 1.12 + 18);
    expect(size.maxWidth).toBeGreaterThan(300);
    expect(size.maxWidth).toBeLessThan(360);
    expect(size.width).toBe(size.maxWidth);
    // Two characters narrower and it would not fit its two lines.
    expect(estimateLabelSize(name, { ...style, maxWidth: size.maxWidth - 2 * 0.62 * 22 }).maxWidth).toBe(size.maxWidth);
    // A chosen finding's tag may take a third line instead.
    expect(estimateLabelSize(name, style, 3)).toEqual({ width: 300, height: expect.closeTo(3 * 22 * 1.12 + 18), maxWidth: 300, cut: false });
  });

  it('cuts short only a name that would not fit even a chip 1.6 times as wide', () => {
    const size = estimateLabelSize('Millbrook Neighbourhood Community Association and Friends of the Park', style);
    expect(size).toEqual({ width: 300, height: expect.closeTo(2 * 22 * 1.12 + 18), maxWidth: 300, cut: true });
  });
});
