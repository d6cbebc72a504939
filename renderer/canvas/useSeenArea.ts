import { useStoreApi } from '@xyflow/react';
import { useEffect, useState } from 'react';
import type { SeenArea } from '../../shared/layout/labelPlacement';
import { coversMoving, mapCovers } from './fitMap';

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
 * under the legend. Null until measured, or with `enabled` false.
 */
export function useSeenArea(enabled: boolean): SeenArea | null {
  const store = useStoreApi();
  const [seen, setSeen] = useState<{ key: string; area: SeenArea } | null>(null);
  useEffect(() => {
    if (!enabled) {
      setSeen(null);
      return;
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const measure = () => {
      const { transform, domNode } = store.getState();
      const pane = domNode?.getBoundingClientRect();
      if (!pane || pane.width === 0) return;
      const [tx, ty, zoom] = transform;
      const toMap = (left: number, top: number, width: number, height: number) => ({ x: (left - pane.left - tx) / zoom, y: (top - pane.top - ty) / zoom, width: width / zoom, height: height / zoom });
      const frame = toMap(pane.left, pane.top, pane.width, pane.height);
      const covers = mapCovers().map((c) => toMap(c.left, c.top, c.right - c.left, c.bottom - c.top));
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
  }, [enabled, store]);
  return enabled ? (seen?.area ?? null) : null;
}
