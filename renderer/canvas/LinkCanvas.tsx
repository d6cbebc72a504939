import { EdgeLabelRenderer, useStoreApi } from '@xyflow/react';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { LINK_TYPE_LABELS, type MapLink } from '../../shared/model';
import { useAppState, useController, useNodeDrag } from '../app/controllerContext';
import { useStoreSelector } from '../state/store';
import { workshopLabelStore } from '../workshop/workshopLabels';
import { useWorkshop } from '../workshop/workshopStore';
import { drawLinkRaster, type LinkBatch, type LinkRaster } from './linkBatches';
import { batchLinks, linkEnds, type LinkDrawStyle } from './linkDraw';
import { LinkRasterClient } from './linkRasterClient';
import { linkStyle } from './linkStyle';
import { updateLinkLayout, type LinkLayout } from './linkLayout';
import { viewRect, type Rect } from './nodeGrid';
import { whenIdle } from './whenIdle';

/** The canvas reaches this share of the screen beyond each edge, as the DOM nodes' window does. */
const MARGIN = 0.15;

/**
 * A big map's links at the DOM level, drawn on one canvas under the DOM nodes instead of as
 * thousands of SVG paths (React Flow re-indexes, lays out and paints every edge element, the
 * main cost of panning a working zoom). The canvas sits in React Flow's viewport, so it moves
 * with the nodes; it is drawn for the camera at rest, sharp, and again when the map, the
 * selection, a lens, an emphasis or the names' boxes change. A click on a link is found by
 * `linkAt` (MapCanvas.tsx); the selected link's type is labelled as LinkEdge labels it.
 */
export function LinkCanvas({ moving, movingNow, shown, mapDrawn }: {
  moving: boolean;
  /** Set as a pan or zoom starts, before `moving` is rendered (useCameraMoving.ts). */
  movingNow: { readonly current: boolean };
  shown: boolean;
  /** The map is on screen (its first picture): idle work may start. */
  mapDrawn: boolean;
}) {
  const controller = useController();
  const store = useStoreApi();
  const doc = useAppState((s) => s.doc);
  const selection = useAppState((s) => s.selection);
  const emphasis = useAppState((s) => s.emphasis);
  const lensResult = useAppState((s) => s.lensResult);
  const labelling = useStoreSelector(workshopLabelStore(controller), (s) => s.labelling);
  const workshop = useWorkshop((s) => s.on);
  // A lens filter's hidden nodes take their links with them, as React Flow's edges do.
  const hidden = lensResult?.hidden;
  const links = useMemo(() => (doc ? Object.values(doc.links).filter((l) => !hidden?.has(l.source) && !hidden?.has(l.target)) : []), [doc?.links, hidden]);
  // A node being dragged takes its links with it before the drag is written (dragState.ts).
  const drag = useNodeDrag();
  // Only the links near the screen are worked out and drawn (linkIndex.ts); an edit that moves
  // nothing (a rename) keeps the layout and is not drawn again (linkLayout.ts).
  // Worked out once the canvas is shown or the page is idle after the map is drawn: a big map
  // opened at the picture level is drawn without waiting for an index of links it does not show
  // yet, and the page's idle moments while its picture is drawn are the picture worker's.
  const [idleOnce, setIdleOnce] = useState(false);
  useEffect(() => (idleOnce || !mapDrawn ? undefined : whenIdle(() => setIdleOnce(true))), [idleOnce, mapDrawn]);
  // Not begun during a pan or zoom of the picture: indexing every link is a long task, kept for the camera at rest.
  const wanted = shown || (idleOnce && !moving);
  const lastLayout = useRef<LinkLayout | null>(null);
  const layout = useMemo(() => {
    if (!doc) return (lastLayout.current = null);
    if (!wanted) return lastLayout.current;
    return (lastLayout.current = updateLinkLayout(lastLayout.current, { doc, links, boxes: labelling?.boxes }));
  }, [doc, links, labelling, wanted]);
  const index = layout?.index;
  const cache = layout?.cache;
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const overlayRef = useRef<HTMLCanvasElement>(null);
  // The dragged nodes (the same set for the whole of a drag, while their positions change each frame).
  const draggedRef = useRef<ReadonlySet<string> | null>(null);
  const draggedAt = drag?.positions.size ? drag.positions : null;
  if (!sameKeys(draggedRef.current, draggedAt)) draggedRef.current = draggedAt ? new Set(draggedAt.keys()) : null;
  const dragged = draggedRef.current;
  // What the worker was last asked to draw: a camera panned within it needs no drawing at all.
  const requestedFor = useRef<Drawing | null>(null);
  const inputs = [cache, dragged, selection, emphasis, lensResult, workshop, labelling !== null];
  const inputsRef = useRef(inputs);
  inputsRef.current = inputs;
  // Drawn only at rest and at the DOM level: the picture draws the links otherwise.
  const idleRef = useRef(!moving && shown);
  idleRef.current = !moving && shown;
  const requestRef = useRef<() => void>(() => undefined);
  const overlayHeld = useRef(false);
  const clientRef = useRef<LinkRasterClient<Drawing> | null>(null);

  // Started with the first drawing asked for, not with the canvas: a big map opened at the
  // picture level draws no links here, and its script would load while the picture is drawn.
  const client = () =>
    (clientRef.current ??= new LinkRasterClient<Drawing>((bitmap, drawing) => {
      // The bitmap and where it goes change in one step, so the links never sit a frame off the nodes.
      const canvas = canvasRef.current;
      const renderer = canvas?.getContext('bitmaprenderer');
      if (!canvas || !renderer) return bitmap.close();
      place(canvas, drawing.rect);
      // The canvas's size is the bitmap's, so it is read back (and drawn from) at full resolution.
      if (canvas.width !== bitmap.width || canvas.height !== bitmap.height) {
        canvas.width = bitmap.width;
        canvas.height = bitmap.height;
      }
      renderer.transferFromImageBitmap(bitmap);
      // A data attribute, not a class: React owns the class list and would drop it.
      canvas.dataset.drawn = '';
      // The dragged nodes' links are in the bitmap again: the overlay that held them goes.
      if (!drawing.leftOut && !draggedRef.current && overlayHeld.current && overlayRef.current) {
        overlayHeld.current = false;
        overlayRef.current.hidden = true;
      }
    }));
  useEffect(
    () => () => {
      clientRef.current?.dispose();
      clientRef.current = null;
    },
    [],
  );

  requestRef.current = () => {
    const canvas = canvasRef.current;
    const { transform, width, height } = store.getState();
    if (!canvas || !index || !cache || !width || !height) return;
    const zoom = transform[2];
    const rect = viewRect(transform, width, height, MARGIN);
    const near = index.near(rect);
    // A dragged node's links are drawn on the overlay, which follows the drag frame by frame.
    const leftOut = dragged !== null;
    const indices = dragged ? near.filter((i) => !dragged.has(index.links[i]!.source) && !dragged.has(index.links[i]!.target)) : near;
    const style = linkStyle(controller, workshop, labelling !== null);
    const drawing: Drawing = { zoom, rect, inputs: inputsRef.current, leftOut };
    requestedFor.current = drawing;
    client().draw(rasterOf(batchLinks(cache.geometry(indices), rect, zoom, style), rect, zoom, style), drawing);
  };

  /** Draws the dragged nodes' links where the drag has taken them, on a canvas no bigger than they need. */
  const drawOverlay = () => {
    const overlay = overlayRef.current;
    const { transform, width, height } = store.getState();
    if (!overlay || !index || !cache || !drag || !dragged || !width || !height) return;
    const zoom = transform[2];
    const ids = new Set<number>();
    for (const id of dragged) for (const i of index.linksOf(id)) ids.add(i);
    const geometry = cache.geometry([...ids], drag.positions);
    const style = linkStyle(controller, workshop, labelling !== null);
    const rect = overlayRect(geometry.ends, viewRect(transform, width, height, MARGIN), zoom);
    overlayHeld.current = true;
    if (!rect) {
      overlay.hidden = true;
      return;
    }
    const raster = rasterOf(batchLinks(geometry, rect, zoom, style), rect, zoom, style);
    overlay.width = raster.width;
    overlay.height = raster.height;
    place(overlay, rect);
    overlay.hidden = false;
    const ctx = overlay.getContext('2d');
    if (ctx) drawLinkRaster(ctx, raster);
  };

  /**
   * Whether the worker has already been asked for what would be drawn now: from the same inputs
   * at this zoom, and reaching past the screen as it moves with the nodes, so a pan that stays
   * within it (a gesture's end, most often) costs no drawing.
   */
  const stillRequested = () => {
    const drawn = requestedFor.current;
    const { transform, width, height } = store.getState();
    return drawn !== null && drawn.zoom === transform[2] && drawn.inputs.every((input, i) => input === inputsRef.current[i]) && contains(drawn.rect, viewRect(transform, width, height));
  };

  // Asked for as soon as the inputs change; a drag's links are drawn here, before the frame is
  // painted, so a moved node and its links move together.
  useLayoutEffect(() => {
    if (!idleRef.current) return;
    if (!stillRequested()) requestRef.current();
    if (drag && draggedRef.current) drawOverlay();
  }, [moving, shown, cache, drag, selection, emphasis, lensResult, workshop]);

  // A camera that comes to rest elsewhere (a fit, a zoom by the buttons) is drawn for; during a
  // gesture the picture stands in for the viewport (MapPicture.tsx), so nothing is drawn then.
  useEffect(() => {
    let frame = 0;
    const unsubscribe = store.subscribe((s, p) => {
      if (!idleRef.current || (s.transform === p.transform && s.width === p.width && s.height === p.height)) return;
      cancelAnimationFrame(frame);
      if (movingNow.current || stillRequested()) return;
      frame = requestAnimationFrame(() => {
        if (idleRef.current && !movingNow.current) requestRef.current();
      });
    });
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
    };
  }, [store, movingNow]);

  const selectedLinks = useMemo(() => (doc ? selection.linkIds.map((id) => doc.links[id]).filter((l): l is MapLink => l !== undefined) : []), [doc, selection.linkIds]);
  return (
    <EdgeLabelRenderer>
      <canvas ref={canvasRef} className="link-canvas" aria-hidden="true" />
      <canvas ref={overlayRef} className="link-canvas" aria-hidden="true" hidden />
      {doc &&
        selectedLinks.map((link) => {
          const ends = linkEnds(doc, link, () => null);
          if (!ends) return null;
          return (
            <div key={link.id} className="link-label" style={{ transform: `translate(-50%, -50%) translate(${(ends.x1 + ends.x2) / 2}px, ${(ends.y1 + ends.y2) / 2}px)` }}>
              {LINK_TYPE_LABELS[link.type]}
              {link.referralMode === 'warmHandover' ? ' · warm handover' : link.referralMode === 'signposting' ? ' · signposting' : ''}
            </div>
          );
        })}
    </EdgeLabelRenderer>
  );
}

/** What a drawing was asked for: its camera, its inputs, and whether the dragged nodes' links were left out of it. */
type Drawing = { readonly zoom: number; readonly rect: Rect; readonly inputs: readonly unknown[]; readonly leftOut: boolean };

function sameKeys(set: ReadonlySet<string> | null, map: ReadonlyMap<string, unknown> | null): boolean {
  if (!set || !map) return set === map;
  if (set.size !== map.size) return false;
  for (const id of map.keys()) if (!set.has(id)) return false;
  return true;
}

/** Puts a canvas over a rectangle of the map (it sits in React Flow's viewport, in map units). */
function place(canvas: HTMLCanvasElement, rect: Rect): void {
  canvas.style.left = `${rect.x}px`;
  canvas.style.top = `${rect.y}px`;
  canvas.style.width = `${rect.width}px`;
  canvas.style.height = `${rect.height}px`;
}

function rasterOf(batches: LinkBatch[], rect: Rect, zoom: number, style: Omit<LinkDrawStyle, 'boxOf'>): LinkRaster {
  const ratio = Math.min(2, window.devicePixelRatio || 1);
  const scale = zoom * ratio;
  return { width: Math.max(1, Math.round(rect.width * scale)), height: Math.max(1, Math.round(rect.height * scale)), x: rect.x, y: rect.y, scale, hairline: style.hairline ?? false, batches };
}

/** The box round some lines (with room for their widths and arrowheads) within `within`, or null when none is there. */
function overlayRect(ends: Float64Array, within: Rect, zoom: number): Rect | null {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (let i = 0; i < ends.length; i += 2) {
    if (Number.isNaN(ends[i]!)) continue;
    x0 = Math.min(x0, ends[i]!);
    x1 = Math.max(x1, ends[i]!);
    y0 = Math.min(y0, ends[i + 1]!);
    y1 = Math.max(y1, ends[i + 1]!);
  }
  const pad = Math.max(24, 16 / zoom);
  const left = Math.max(within.x, x0 - pad);
  const top = Math.max(within.y, y0 - pad);
  const right = Math.min(within.x + within.width, x1 + pad);
  const bottom = Math.min(within.y + within.height, y1 + pad);
  return right > left && bottom > top ? { x: left, y: top, width: right - left, height: bottom - top } : null;
}

const contains = (outer: Rect, inner: Rect) => inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
