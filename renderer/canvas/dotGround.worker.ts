import { dotGroundRequestSchema, rasterDots } from './dotGroundRaster';
import { serveLatestDrawing } from './serveLatestDrawing';

/**
 * The dotted ground's worker: paints the dots for a zoom (MapDots.tsx) off the page's thread.
 * Handing a canvas half as big again as the pane its pixels took the page's thread 28–44 ms
 * each time the camera came to rest, on a laptop without a GPU at half speed: part of the
 * rest's long tasks.
 */
serveLatestDrawing(dotGroundRequestSchema, rasterDots);
