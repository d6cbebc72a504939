/** A rectangle on screen, in pixels. */
export interface ScreenRect {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

const area = (r: ScreenRect) => Math.max(0, r.right - r.left) * Math.max(0, r.bottom - r.top);

/**
 * The part of `pane` left uncovered by `covers` (panels floating over the map), found by
 * cutting each cover off along whichever of its sides keeps the most room: for a `shape`
 * (the width and height of what is to be shown), the side that lets it be drawn largest,
 * otherwise the most area. Covers are
 * panels docked in corners or along edges, which this handles exactly; if they leave less
 * than a fifth of the pane, the whole pane is returned (a map under panels beats a map too
 * small to read).
 */
export function freeRectangle(pane: ScreenRect, covers: readonly ScreenRect[], shape?: { width: number; height: number }): ScreenRect {
  const score = (r: ScreenRect) =>
    shape ? Math.min((r.right - r.left) / Math.max(shape.width, 1), (r.bottom - r.top) / Math.max(shape.height, 1)) * 1e6 + area(r) / 1e6 : area(r);
  const inside = covers
    .map((c) => ({ left: Math.max(c.left, pane.left), top: Math.max(c.top, pane.top), right: Math.min(c.right, pane.right), bottom: Math.min(c.bottom, pane.bottom) }))
    .filter((c) => c.right > c.left && c.bottom > c.top)
    .sort((a, b) => area(b) - area(a));
  let free: ScreenRect = pane;
  for (const c of inside) {
    if (c.right <= free.left || c.left >= free.right || c.bottom <= free.top || c.top >= free.bottom) continue;
    const options: ScreenRect[] = [
      { ...free, right: Math.min(free.right, c.left) },
      { ...free, left: Math.max(free.left, c.right) },
      { ...free, bottom: Math.min(free.bottom, c.top) },
      { ...free, top: Math.max(free.top, c.bottom) },
    ];
    free = options.reduce((best, o) => (score(o) > score(best) ? o : best));
  }
  return area(free) >= area(pane) / 5 ? free : pane;
}

/**
 * The camera that shows `bounds` (map units) centred in `free`, given the pane's top-left: no
 * closer than `maxZoom`, so a handful of nodes are shown at a readable size, not blown up.
 * `reach` is how far on screen what is drawn may reach past the bounds (zoomed-out names are
 * a fixed size on screen, wider than their nodes), kept inside `free` on every side.
 */
export function viewportForBounds(
  bounds: { x: number; y: number; width: number; height: number },
  pane: ScreenRect,
  free: ScreenRect,
  options: { padding: number; minZoom: number; maxZoom: number; reach?: { x: number; y: number } },
): { x: number; y: number; zoom: number } {
  const width = free.right - free.left;
  const height = free.bottom - free.top;
  const reach = options.reach ?? { x: 0, y: 0 };
  const roomX = Math.max(width - 2 * reach.x, width / 2);
  const roomY = Math.max(height - 2 * reach.y, height / 2);
  const fit = Math.min(roomX / (Math.max(bounds.width, 1) * (1 + options.padding)), roomY / (Math.max(bounds.height, 1) * (1 + options.padding)));
  const zoom = Math.min(options.maxZoom, Math.max(options.minZoom, fit));
  return {
    x: free.left - pane.left + (width - bounds.width * zoom) / 2 - bounds.x * zoom,
    y: free.top - pane.top + (height - bounds.height * zoom) / 2 - bounds.y * zoom,
    zoom,
  };
}
