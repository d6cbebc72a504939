/**
 * A big map zoomed out is drawn as one picture on a canvas (OverviewLayer) rather than as
 * thousands of DOM nodes and SVG links: at that size no text is readable anyway, and moving
 * every DOM node after a layout or on each pan frame costs seconds. Zoomed in, React Flow
 * draws only what is on screen, so the DOM stays small.
 */
export const OVERVIEW_ZOOM = 0.2;
export const OVERVIEW_MIN_NODES = 400;

export const isOverviewZoom = (s: { transform: [number, number, number] }): boolean => s.transform[2] < OVERVIEW_ZOOM;
