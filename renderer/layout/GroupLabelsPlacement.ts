import { estimateLabelSize } from '../../shared/layout/nameSize';
import type { GroupBox } from './groupBoxes';

/** A group's name on the map: where, in map units, and at what size on screen. */
export interface PlacedGroupLabel {
  readonly label: string;
  readonly count: number;
  readonly x: number;
  readonly y: number;
  readonly fontPx: number;
}

const SIZES_PX = [18, 14] as const;
const GAP_PX = 6;

/**
 * Where each group's name goes so that no two overlap and none leaves the map (the union of
 * the group boxes): the largest groups first, each tried above its box's top-left corner, then
 * along the inside of its top edge, then lower down inside it; at a smaller size if there is no
 * room at the larger. A name with no room at all is left out (its box is still outlined).
 * Labels keep a fixed size on screen, so this is worked out per zoom.
 */
export function placeGroupLabels(boxes: readonly GroupBox[], zoom: number): PlacedGroupLabel[] {
  if (!boxes.length || !(zoom > 0)) return [];
  const map = {
    left: Math.min(...boxes.map((b) => b.x)),
    top: Math.min(...boxes.map((b) => b.y)),
    right: Math.max(...boxes.map((b) => b.x + b.width)),
    bottom: Math.max(...boxes.map((b) => b.y + b.height)),
  };
  const placed: { left: number; top: number; right: number; bottom: number }[] = [];
  const out: PlacedGroupLabel[] = [];
  const order = [...boxes].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  for (const box of order) {
    const text = `${box.label} ${box.count}`;
    const spot = SIZES_PX.flatMap((fontPx) => {
      const size = estimateLabelSize(text, { fontPx, maxWidth: 10_000, paddingX: 0.5 * fontPx + 1, paddingY: 0.1 * fontPx + 1, charWidth: 0.64, lineHeight: 1.25 });
      const w = size.width / zoom;
      const h = size.height / zoom;
      const gap = GAP_PX / zoom;
      const ys = [box.y - h - gap, box.y + gap, box.y + box.height / 3, box.y + (2 * box.height) / 3 - h];
      const xs = [box.x, box.x + box.width - w, box.x + (box.width - w) / 2];
      return ys.flatMap((y) => xs.map((x) => ({ fontPx, x, y, w, h })));
    }).find(({ x, y, w, h }) => {
      const r = { left: x, top: y, right: x + w, bottom: y + h };
      if (r.left < map.left || r.right > map.right || r.top < map.top || r.bottom > map.bottom) return false;
      return placed.every((p) => r.right <= p.left || p.right <= r.left || r.bottom <= p.top || p.bottom <= r.top);
    });
    if (!spot) continue;
    placed.push({ left: spot.x, top: spot.y, right: spot.x + spot.w, bottom: spot.y + spot.h });
    out.push({ label: box.label, count: box.count, x: spot.x, y: spot.y, fontPx: spot.fontPx });
  }
  return out;
}
