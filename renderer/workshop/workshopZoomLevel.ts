/**
 * The zoom workshop mode sizes names for: the canvas zoom rounded down to two figures, so
 * zooming restyles the page a few times rather than every frame (rounded down, so text is never
 * smaller than asked for), and never below 0.2, where names would grow past their nodes.
 */
export function workshopZoomLevel(zoom: number): number {
  if (!(zoom > 0)) return 1;
  const scale = 10 ** (1 - Math.floor(Math.log10(zoom)));
  return Math.max(0.2, Math.floor(zoom * scale) / scale);
}
