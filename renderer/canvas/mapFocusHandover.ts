/**
 * Keyboard focus across a change of level of detail. The DOM nodes (useRovingMapFocus.ts) and
 * the picture's one focusable node (PictureNodeFocus.tsx) each own the focus at their level;
 * when the map switches, the focused element is taken down and the browser drops focus to the
 * page. The level going away hands over the node it was on; the other level takes it.
 */
export type MapLevel = 'dom' | 'picture';

let handed: { id: string; from: MapLevel; at: number } | null = null;
const listeners = new Set<() => void>();

/**
 * How long a handed-over node waits for the other level to be drawn: DOM nodes mount in slices,
 * smaller on a busy machine (detailLevel.ts), once the camera has settled (useCameraMoving.ts).
 */
const HANDOVER_MS = 3000;

export function handOverMapFocus(nodeId: string, from: MapLevel): void {
  handed = { id: nodeId, from, at: performance.now() };
  for (const listener of listeners) listener();
}

/** Called at each handover: a level already drawn takes the focus at once. */
export function onMapFocusHandedOver(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The node the other level handed over, if recent, without taking it (a level may have to wait for it to be drawn). */
export function peekMapFocus(by: MapLevel): string | null {
  return handed && handed.from !== by && performance.now() - handed.at < HANDOVER_MS ? handed.id : null;
}

/** The node the other level handed over, if recent; it is taken only once. */
export function takeMapFocus(by: MapLevel): string | null {
  const id = peekMapFocus(by);
  if (id !== null) handed = null;
  return id;
}
