import { useStoreApi } from '@xyflow/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { SeenArea } from '../../shared/layout/labelPlacement';
import { boundsOfNodes, NODE_HEIGHT, NODE_WIDTH } from '../../shared/layout/nodeSize';
import { coversMoving, mapCovers, passingCovers } from './fitMap';

/** The camera counts as at rest after this long without moving: names are placed for where it stopped, not for every frame of a pan. */
const REST_MS = 150;
/**
 * Panels open, close and slide without the camera moving (the workshop toolbar tucking away,
 * the legend's lens rows): they are looked at again this often, a handful of box reads.
 */
const COVERS_MS = 500;

/**
 * What the user sees of the map while the camera is at rest, in map units: the pane, and the
 * panels floating over it (the legend, the minimap). The name placement (labelPlacement.ts)
 * puts names where they are seen in full when it can, rather than cut by the pane's edge or
 * under the legend. Null until measured, with `enabled` false, or while part of the map is off
 * the screen (the placement then ignores the screen, so a pan there places nothing again) unless
 * `partToo`: a chosen finding's names keep in sight wherever the camera is.
 * `paused`: not measured, the last area kept, until it is false again.
 */
export function useSeenArea(enabled: boolean, nodes: Readonly<Record<string, { x: number; y: number }>> | undefined, { paused = false, partToo = false } = {}): SeenArea | null {
  const store = useStoreApi();
  const [seen, setSeen] = useState<{ key: string; area: SeenArea | null } | null>(null);
  const sliding = useRef(false);
  const [self] = useState(() => ({}));
  // The nodes' extent, worked out once per change to the nodes.
  const bounds = useMemo(() => boundsOfNodes(Object.values(nodes ?? {})), [nodes]);
  const boundsRef = useRef(bounds);
  boundsRef.current = bounds;
  useEffect(() => {
    if (!enabled) {
      setSeen(null);
      return;
    }
    // Paused (a gesture on a big map, whose names are placed at rest): the last area stands,
    // rather than going to null and back, which would place every name twice for one gesture.
    if (paused) {
      markNamesPlaced(self, false);
      return () => markNamesPlaced(self, true);
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const measure = () => {
      const { transform, domNode } = store.getState();
      const pane = domNode?.getBoundingClientRect();
      if (!pane || pane.width === 0) return;
      // Measured mid-slide, the covers are measured again once they stop: not placed for good yet.
      sliding.current = coversMoving();
      const [tx, ty, zoom] = transform;
      const toMap = (left: number, top: number, width: number, height: number) => ({ x: (left - pane.left - tx) / zoom, y: (top - pane.top - ty) / zoom, width: width / zoom, height: height / zoom });
      const frame = toMap(pane.left, pane.top, pane.width, pane.height);
      // Whole when every node's centre is in the frame.
      const b = boundsRef.current;
      const whole = b !== null && b.x + NODE_WIDTH / 2 >= frame.x && b.y + NODE_HEIGHT / 2 >= frame.y && b.x + b.width - NODE_WIDTH / 2 <= frame.x + frame.width && b.y + b.height - NODE_HEIGHT / 2 <= frame.y + frame.height;
      if (!whole && !partToo) {
        settle('part', null);
        return;
      }
      const covers = [...mapCovers(), ...passingCovers()].map((c) => toMap(c.left, c.top, c.right - c.left, c.bottom - c.top));
      const key = [frame, ...covers].map((r) => `${Math.round(r.x)},${Math.round(r.y)},${Math.round(r.width)},${Math.round(r.height)}`).join('|');
      settle(key, { frame, covers });
      if (sliding.current) soon();
    };
    // The same area as before places nothing new: the names shown are already placed for it.
    const settle = (key: string, area: SeenArea | null) => {
      setSeen((now) => (now?.key === key ? now : { key, area }));
      if (seenKey.current === key) markNamesPlaced(self, !sliding.current);
    };
    const soon = () => {
      markNamesPlaced(self, false);
      clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        measure();
      }, REST_MS);
    };
    measure();
    const poll = setInterval(() => {
      if (timer === undefined) measure();
    }, COVERS_MS);
    const unsubscribe = store.subscribe((s, p) => {
      if (s.transform !== p.transform || s.width !== p.width || s.height !== p.height) soon();
    });
    window.addEventListener('resize', soon);
    return () => {
      clearTimeout(timer);
      clearInterval(poll);
      unsubscribe();
      window.removeEventListener('resize', soon);
      markNamesPlaced(self, true);
    };
  }, [enabled, paused, partToo, store, self]);
  const seenKey = useRef<string | null>(null);
  seenKey.current = seen?.key ?? null;
  // In the commit that places the names for this area (its effect, which sets them, runs just after this one).
  useEffect(() => {
    if (seen) markNamesPlaced(self, !sliding.current);
  }, [seen, self]);
  return enabled ? (seen?.area ?? null) : null;
}

/** The places whose names are still to be placed for where the camera rests (the editor's and workshop mode's). */
const unplaced = new Set<object>();

function markNamesPlaced(place: object, placed: boolean): void {
  if (placed) unplaced.delete(place);
  else unplaced.add(place);
}

/**
 * Whether names are still to be placed for where the camera rests: just after it stops, the
 * names shown are those placed for where it was, for REST_MS and the placing. Browser tests judge
 * the names once this is false (with no fit on its way, main.tsx), not by a guess at how long
 * placing takes.
 */
export function namesUnplaced(): boolean {
  return unplaced.size > 0;
}
