import { useStore } from '@xyflow/react';
import { useEffect, useMemo, useRef } from 'react';
import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/layout/nodeSize';
import { useAppState } from '../app/controllerContext';
import { flowCanvasContext } from './flowCanvasContext';
import { miniMapColour } from './miniMapColour';
import type { FlowNode } from './flowElements';

const LINK_COLOUR = 'rgba(107, 118, 132, 0.4)';
const SELECTED = '#1f5fd1';

/**
 * The whole of a big map, zoomed out, drawn as plain boxes and lines on one canvas (see
 * overviewMode.ts). It follows the camera, the lens colours and filter, the emphasis and the
 * selection; the canvas below it still pans and zooms, and a click selects (MapCanvas).
 */
export function OverviewLayer() {
  const doc = useAppState((s) => s.doc);
  const looks = useAppState((s) => (s.lensResult?.lens.colour === 'kind' ? null : s.lensResult?.looks));
  const hidden = useAppState((s) => s.lensResult?.hidden);
  const emphasis = useAppState((s) => s.emphasis);
  const selection = useAppState((s) => s.selection.nodeIds);
  const transform = useStore((s) => s.transform);
  const canvasRef = useRef<HTMLCanvasElement>(null);

  // Per change of the map or lens, not per frame: nodes grouped by colour, link ends as numbers.
  const picture = useMemo(() => {
    if (!doc) return null;
    const nodes = Object.values(doc.nodes).filter((n) => !hidden?.has(n.id));
    const byColour = new Map<string, { bright: number[]; faded: number[] }>();
    nodes.forEach((node, i) => {
      const colour = looks?.get(node.id)?.fill ?? miniMapColour({ data: { node } } as FlowNode);
      const group = byColour.get(colour) ?? { bright: [], faded: [] };
      byColour.set(colour, group);
      (emphasis && !emphasis.nodeIds.has(node.id) ? group.faded : group.bright).push(i);
    });
    const at = new Map(nodes.map((n, i) => [n.id, i]));
    const links: number[] = [];
    for (const link of Object.values(doc.links)) {
      const s = at.get(link.source);
      const t = at.get(link.target);
      if (s !== undefined && t !== undefined) links.push(s, t);
    }
    const xy = new Float64Array(nodes.length * 2);
    nodes.forEach((n, i) => {
      xy[2 * i] = n.x;
      xy[2 * i + 1] = n.y;
    });
    const selected = new Set(selection);
    return { xy, byColour, links: Uint32Array.from(links), selected: nodes.flatMap((n, i) => (selected.has(n.id) ? [i] : [])), faded: emphasis !== null };
  }, [doc, looks, hidden, emphasis, selection]);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || !picture) return;
    // Drawn at the next frame, in a task of its own: a change to the map (a layout's result)
    // is not also made to wait for the drawing, and camera moves between frames coalesce.
    const frame = requestAnimationFrame(() => draw(canvas, picture, transform));
    return () => cancelAnimationFrame(frame);
  }, [picture, transform]);

  return <canvas ref={canvasRef} className="overview-layer" aria-hidden="true" />;
}

interface Picture {
  readonly xy: Float64Array;
  readonly byColour: ReadonlyMap<string, { bright: number[]; faded: number[] }>;
  readonly links: Uint32Array;
  readonly selected: readonly number[];
  readonly faded: boolean;
}

function draw(canvas: HTMLCanvasElement, picture: Picture, transform: [number, number, number]): void {
  const surface = flowCanvasContext(canvas, transform);
  if (!surface) return;
  const { ctx, ratio } = surface;
  const zoom = transform[2];
  const { xy, links } = picture;
  // One device pixel wide: Skia draws such hairlines several times faster than thicker lines.
  ctx.lineWidth = 1 / (zoom * ratio);
  ctx.strokeStyle = LINK_COLOUR;
  ctx.globalAlpha = picture.faded ? 0.35 : 1;
  ctx.beginPath();
  for (let k = 0; k < links.length; k += 2) {
    const a = links[k]!;
    const b = links[k + 1]!;
    ctx.moveTo(xy[2 * a]! + NODE_WIDTH / 2, xy[2 * a + 1]! + NODE_HEIGHT / 2);
    ctx.lineTo(xy[2 * b]! + NODE_WIDTH / 2, xy[2 * b + 1]! + NODE_HEIGHT / 2);
  }
  ctx.stroke();
  for (const [colour, group] of picture.byColour) {
    ctx.fillStyle = colour;
    for (const [indices, alpha] of [[group.faded, 0.2], [group.bright, 1]] as const) {
      if (!indices.length) continue;
      ctx.globalAlpha = alpha;
      ctx.beginPath();
      for (const i of indices) ctx.rect(xy[2 * i]!, xy[2 * i + 1]!, NODE_WIDTH, NODE_HEIGHT);
      ctx.fill();
    }
  }
  ctx.globalAlpha = 1;
  if (picture.selected.length) {
    ctx.strokeStyle = SELECTED;
    ctx.lineWidth = 3 / zoom;
    ctx.beginPath();
    for (const i of picture.selected) ctx.rect(xy[2 * i]! - 12, xy[2 * i + 1]! - 12, NODE_WIDTH + 24, NODE_HEIGHT + 24);
    ctx.stroke();
  }
}
