import { EdgeLabelRenderer, useStoreApi } from '@xyflow/react';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { LINK_TYPE_LABELS, type MapLink } from '../../shared/model';
import { useAppState, useController, useNodeDrag } from '../app/controllerContext';
import { isLinkFaded } from '../state/emphasis';
import type { EditorController } from '../state/editorController';
import { useStoreSelector } from '../state/store';
import { isLinkFilteredOut, selectLinkColour } from '../lens/lensSelectors';
import { workshopLabelStore } from '../workshop/workshopLabels';
import { useWorkshop } from '../workshop/workshopStore';
import { drawLinks, linkEnds, type LinkDrawStyle } from './linkDraw';
import { updateLinkLayout, type LinkLayout } from './linkLayout';
import { viewRect, type Rect } from './nodeGrid';

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
export function LinkCanvas({ moving, shown }: { moving: boolean; shown: boolean }) {
  const controller = useController();
  const store = useStoreApi();
  const canvasRef = useRef<HTMLCanvasElement>(null);
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
  // Worked out once the canvas is shown or the page is idle: a big map opened at the picture
  // level is drawn without waiting for an index of links it does not show yet.
  const [idleOnce, setIdleOnce] = useState(false);
  useEffect(() => (idleOnce ? undefined : whenIdle(() => setIdleOnce(true))), [idleOnce]);
  const wanted = shown || idleOnce;
  const lastLayout = useRef<LinkLayout | null>(null);
  const layout = useMemo(() => {
    if (!doc) return (lastLayout.current = null);
    if (!wanted) return lastLayout.current;
    return (lastLayout.current = updateLinkLayout(lastLayout.current, { doc, links, boxes: labelling?.boxes }));
  }, [doc, links, labelling, wanted]);
  const index = layout?.index;
  const cache = layout?.cache;
  const drawRef = useRef<() => void>(() => undefined);
  // What the canvas was last drawn for: a camera panned within it needs no drawing at all.
  const drawnFor = useRef<{ zoom: number; rect: Rect; inputs: readonly unknown[] } | null>(null);
  const inputs = [cache, drag, selection, emphasis, lensResult, workshop, labelling !== null];
  const inputsRef = useRef(inputs);
  inputsRef.current = inputs;
  // Drawn only at rest and at the DOM level: the picture draws the links otherwise.
  const idleRef = useRef(!moving && shown);
  idleRef.current = !moving && shown;

  drawRef.current = () => {
    const canvas = canvasRef.current;
    const { transform, width, height } = store.getState();
    if (!canvas || !index || !cache || !width || !height) return;
    const zoom = transform[2];
    const rect = viewRect(transform, width, height, MARGIN);
    const ratio = Math.min(2, window.devicePixelRatio || 1);
    const pixelWidth = Math.max(1, Math.round(rect.width * zoom * ratio));
    const pixelHeight = Math.max(1, Math.round(rect.height * zoom * ratio));
    // Resizing reallocates the bitmap (megabytes at a working zoom): a same-sized one is cleared instead.
    const resized = canvas.width !== pixelWidth || canvas.height !== pixelHeight;
    if (resized) {
      canvas.width = pixelWidth;
      canvas.height = pixelHeight;
    }
    canvas.style.left = `${rect.x}px`;
    canvas.style.top = `${rect.y}px`;
    canvas.style.width = `${rect.width}px`;
    canvas.style.height = `${rect.height}px`;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    if (!resized) {
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, pixelWidth, pixelHeight);
    }
    const k = zoom * ratio;
    ctx.setTransform(k, 0, 0, k, -rect.x * k, -rect.y * k);
    drawnFor.current = { zoom, rect, inputs: inputsRef.current };
    const geometry = cache.geometry(index.near(rect, drag?.positions), drag?.positions);
    drawLinks(ctx, geometry, rect, zoom, linkStyle(controller, canvas, workshop, labelling !== null));
  };

  /**
   * Whether the canvas already shows what would be drawn now: drawn from the same inputs at this
   * zoom, and reaching past the screen as it moves with the nodes, so a pan that stays within it
   * (a gesture's end, most often) costs no drawing.
   */
  const stillDrawn = () => {
    const drawn = drawnFor.current;
    const { transform, width, height } = store.getState();
    return drawn !== null && drawn.zoom === transform[2] && drawn.inputs.every((input, i) => input === inputsRef.current[i]) && contains(drawn.rect, viewRect(transform, width, height));
  };

  // Drawn before the frame is painted, so a moved node and its links move together.
  useLayoutEffect(() => {
    if (idleRef.current && !stillDrawn()) drawRef.current();
  }, [moving, shown, cache, drag, selection, emphasis, lensResult, workshop]);

  // A camera that comes to rest elsewhere (a fit, a zoom by the buttons) is drawn for; during a
  // gesture the picture stands in for the viewport (MapPicture.tsx), so nothing is drawn then.
  useEffect(() => {
    let frame = 0;
    const unsubscribe = store.subscribe((s, p) => {
      if (!idleRef.current || (s.transform === p.transform && s.width === p.width && s.height === p.height)) return;
      if (stillDrawn()) return;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => drawRef.current());
    });
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
    };
  }, [store]);

  const selectedLinks = useMemo(() => (doc ? selection.linkIds.map((id) => doc.links[id]).filter((l): l is MapLink => l !== undefined) : []), [doc, selection.linkIds]);
  return (
    <EdgeLabelRenderer>
      <canvas ref={canvasRef} className="link-canvas" aria-hidden="true" />
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

/** Runs `task` when the page is next idle (within a second); returns the cancel. */
function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout: 1000 });
    return () => cancelIdleCallback(id);
  }
  const timer = setTimeout(task, 200);
  return () => clearTimeout(timer);
}

const contains = (outer: Rect, inner: Rect) => inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;

/** The looks LinkEdge gives its paths, from the same selectors and theme colours. */
export function linkStyle(controller: EditorController, element: Element, workshop: boolean, chips: boolean): Omit<LinkDrawStyle, 'boxOf'> {
  const state = controller.state;
  const css = getComputedStyle(element);
  const edge = css.getPropertyValue('--edge').trim() || '#6b7684';
  const edgeSelected = css.getPropertyValue('--edge-selected').trim() || '#1f5fd1';
  const workshopPx = Number.parseFloat(css.getPropertyValue('--workshop-link-px')) || 3;
  const selected = new Set(state.selection.linkIds);
  return {
    screenWidthPx: workshop ? workshopPx : chips ? 1.5 : null,
    // Zoomed out far enough for name chips, there are thousands of links on screen.
    hairline: chips && !workshop,
    lookOf: (link) => {
      const isSelected = selected.has(link.id);
      return {
        selected: isSelected,
        faded: isLinkFaded(state, link) || isLinkFilteredOut(state, link),
        colour: isSelected ? edgeSelected : (selectLinkColour(state, link.type) ?? edge),
      };
    },
  };
}
