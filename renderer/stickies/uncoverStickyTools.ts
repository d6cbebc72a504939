import type { ReactFlowInstance } from '@xyflow/react';
import { mapCovers } from '../canvas/fitMap';

type Flow = Pick<ReactFlowInstance, 'getViewport' | 'setViewport'>;
type Box = { left: number; top: number; right: number; bottom: number };

const meets = (a: Box, b: Box) => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;

/**
 * A selected sticky note's tools float above it, outside its box, so a panel opened over the
 * map (dot voting, compare) or a note chosen near one can leave them underneath where they
 * cannot be clicked. If they are under something, pan the map the least that brings the note
 * and its tools into the part nothing covers.
 */
export function uncoverStickyTools(flow: Flow): void {
  const paneElement = document.querySelector('.react-flow');
  if (!paneElement) return;
  const p = paneElement.getBoundingClientRect();
  const pane = { left: p.left, top: p.top, right: p.right, bottom: p.bottom };
  const covers = mapCovers()
    .map((c) => ({ left: Math.max(c.left, pane.left), top: Math.max(c.top, pane.top), right: Math.min(c.right, pane.right), bottom: Math.min(c.bottom, pane.bottom) }))
    .filter((c) => c.right > c.left && c.bottom > c.top);
  for (const toolbar of document.querySelectorAll<HTMLElement>('.sticky-toolbar')) {
    if (!toolbar.checkVisibility()) continue;
    const id = toolbar.dataset.id;
    const note = id ? document.querySelector(`.react-flow__node[data-id="${CSS.escape(id)}"]`) : null;
    const t = toolbar.getBoundingClientRect();
    const n = note?.getBoundingClientRect() ?? t;
    const both = { left: Math.min(t.left, n.left), top: Math.min(t.top, n.top), right: Math.max(t.right, n.right), bottom: Math.max(t.bottom, n.bottom) };
    const move = leastMoveClear(both, pane, covers);
    if (!move || (move.dx === 0 && move.dy === 0)) continue;
    const { x, y, zoom } = flow.getViewport();
    void flow.setViewport({ x: x + move.dx, y: y + move.dy, zoom }, { duration: 200 });
    return;
  }
}

/** Air left between what is moved and what it is moved clear of. */
const GAP = 8;

/**
 * The shortest move that puts `box` inside `pane` and clear of every cover: tried are the
 * moves that bring each of its sides just past each cover's or the pane's, alone and in pairs.
 * Null when there is none.
 */
export function leastMoveClear(box: Box, pane: Box, covers: readonly Box[]): { dx: number; dy: number } | null {
  const xs = new Set([0, pane.left + GAP - box.left, pane.right - GAP - box.right]);
  const ys = new Set([0, pane.top + GAP - box.top, pane.bottom - GAP - box.bottom]);
  for (const c of covers) {
    xs.add(c.right + GAP - box.left);
    xs.add(c.left - GAP - box.right);
    ys.add(c.bottom + GAP - box.top);
    ys.add(c.top - GAP - box.bottom);
  }
  let best: { dx: number; dy: number } | null = null;
  for (const dx of xs) {
    for (const dy of ys) {
      const moved = { left: box.left + dx, top: box.top + dy, right: box.right + dx, bottom: box.bottom + dy };
      const inside = moved.left >= pane.left && moved.right <= pane.right && moved.top >= pane.top && moved.bottom <= pane.bottom;
      if (!inside || covers.some((c) => meets(moved, c))) continue;
      if (!best || Math.hypot(dx, dy) < Math.hypot(best.dx, best.dy)) best = { dx, dy };
    }
  }
  return best;
}
