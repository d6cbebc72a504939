import type { Viewport } from '@xyflow/react';
import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * A pan or zoom counts as over once the camera has been still this long after React Flow says
 * it ended. React Flow ends a wheel zoom 150 ms after its last wheel event, and a wheel turned by
 * hand, or on a busy two-core laptop, often leaves gaps longer than that; a pan is often followed
 * at once by a zoom. Each end would do all the work kept for the camera at rest (DOM nodes
 * mounted, names placed, links drawn) and the next gesture start straight after it: long tasks
 * in the middle of what the user sees as one movement.
 */
export const SETTLE_MS = 250;

type MoveEvent = MouseEvent | TouchEvent | null;

/**
 * Whether the camera is moving (a pan or zoom), settled as above, with React Flow's onMoveStart
 * and onMoveEnd to feed it. A press on the map that did not move it (a click), and a move the
 * app made, end at once.
 */
export function useCameraMoving(): {
  moving: boolean;
  /**
   * The same, set in the move's own event, before React renders it: the camera's first step
   * reaches the store's subscribers while `moving` is still false there, and work kept for the
   * camera at rest (a drawing of the links, of the picture) was begun for a gesture's first frame.
   */
  movingNow: { readonly current: boolean };
  onMoveStart: (event: MoveEvent, viewport: Viewport) => void;
  onMoveEnd: (event: MoveEvent, viewport: Viewport) => void;
} {
  const [moving, setMovingState] = useState(false);
  const movingNow = useRef(false);
  const setMoving = useCallback((value: boolean) => {
    movingNow.current = value;
    setMovingState(value);
  }, []);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const startedAt = useRef<Viewport | null>(null);
  const onMoveStart = useCallback((_event: MoveEvent, viewport: Viewport) => {
    clearTimeout(timer.current);
    startedAt.current = viewport;
    setMoving(true);
  }, [setMoving]);
  const onMoveEnd = useCallback((event: MoveEvent, viewport: Viewport) => {
    clearTimeout(timer.current);
    const from = startedAt.current;
    const still = from !== null && from.x === viewport.x && from.y === viewport.y && from.zoom === viewport.zoom;
    // A move made by the app (a fit, the zoom buttons or keys) has no event, and ends when its animation does.
    if (still || !event) setMoving(false);
    else timer.current = setTimeout(() => setMoving(false), SETTLE_MS);
  }, [setMoving]);
  useEffect(() => () => clearTimeout(timer.current), []);
  return { moving, movingNow, onMoveStart, onMoveEnd };
}
