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
    if (paused) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const measure = () => {
      const { transform, domNode } = store.getState();
      const pane = domNode?.getBoundingClientRect();
      if (!pane || pane.width === 0) return;
      const [tx, ty, zoom] = transform;
      const toMap = (left: number, top: number, width: number, height: number) => ({ x: (left - pane.left - tx) / zoom, y: (top - pane.top - ty) / zoom, width: width / zoom, height: height / zoom });
      const frame = toMap(pane.left, pane.top, pane.width, pane.height);
      // Whole when every node's centre is in the frame.
      const b = boundsRef.current;
      const whole = b !== null && b.x + NODE_WIDTH / 2 >= frame.x && b.y + NODE_HEIGHT / 2 >= frame.y && b.x + b.width - NODE_WIDTH / 2 <= frame.x + frame.width && b.y + b.height - NODE_HEIGHT / 2 <= frame.y + frame.height;
      if (!whole && !partToo) {
        setSeen((now) => (now?.key === 'part' ? now : { key: 'part', area: null }));
        return;
      }
      const covers = [...mapCovers(), ...passingCovers()].map((c) => toMap(c.left, c.top, c.right - c.left, c.bottom - c.top));
      const key = [frame, ...covers].map((r) => `${Math.round(r.x)},${Math.round(r.y)},${Math.round(r.width)},${Math.round(r.height)}`).join('|');
      setSeen((now) => (now?.key === key ? now : { key, area: { frame, covers } }));
      // Measured mid-slide, the covers are measured again once they stop.
      if (coversMoving()) soon();
    };
    const soon = () => {
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
    };
  }, [enabled, paused, partToo, store]);
  return enabled ? (seen?.area ?? null) : null;
}
