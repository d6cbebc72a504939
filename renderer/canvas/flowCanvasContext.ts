/**
 * A 2D context on a canvas laid over the map, sized to the screen's pixels and set to draw in
 * the map's own coordinates for React Flow's camera ([x, y, zoom]). Shared by the overview
 * picture and the settling-layout preview.
 */
export function flowCanvasContext(
  canvas: HTMLCanvasElement,
  [tx, ty, zoom]: readonly [number, number, number],
): { ctx: CanvasRenderingContext2D; ratio: number; width: number; height: number } | null {
  const rect = canvas.getBoundingClientRect();
  const ratio = window.devicePixelRatio || 1;
  if (canvas.width !== Math.round(rect.width * ratio)) canvas.width = Math.round(rect.width * ratio);
  if (canvas.height !== Math.round(rect.height * ratio)) canvas.height = Math.round(rect.height * ratio);
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  ctx.setTransform(ratio * zoom, 0, 0, ratio * zoom, ratio * tx, ratio * ty);
  return { ctx, ratio, width: rect.width, height: rect.height };
}
