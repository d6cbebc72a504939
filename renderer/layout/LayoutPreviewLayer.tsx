import { useStore } from '@xyflow/react';
import { useEffect, useMemo, useRef } from 'react';
import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/layout/nodeSize';
import type { NodeKind } from '../../shared/model';
import { useAppState } from '../app/controllerContext';
import { flowCanvasContext } from '../canvas/flowCanvasContext';
import { FLOW_PREVIEW_LIMIT } from './useLayoutPreviewNodes';
import { useLayoutState } from './useLayoutState';
import './layout.css';

const PREVIEW_LINK_LIMIT = 3000;

const KIND_COLOURS: Record<NodeKind, { fill: string; border: string }> = {
  person: { fill: '#fdf0e6', border: '#b8561b' },
  organisation: { fill: '#e7effc', border: '#2d5fb8' },
  space: { fill: '#e5f5ef', border: '#1b7a57' },
  project: { fill: '#f1eafa', border: '#6b3fb0' },
};

/**
 * On big maps, the settling layout is drawn here — plain boxes and lines on one canvas, a few
 * milliseconds a frame — over the real nodes, which move once when the run ends. Re-rendering
 * thousands of React Flow nodes and links every frame would freeze the screen.
 */
export function LayoutPreviewLayer() {
  const preview = useLayoutState((s) => s.preview);
  const doc = useAppState((s) => s.doc);
  const transform = useStore((s) => s.transform);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const large = preview !== null && preview.ids.length > FLOW_PREVIEW_LIMIT;
  const ids = preview?.ids;

  // Per run, not per frame: link ends as indices and each node's colours.
  const drawing = useMemo(() => {
    if (!large || !ids || !doc) return null;
    const index = new Map(ids.map((id, i) => [id, i]));
    const links: number[] = [];
    const all = Object.values(doc.links);
    // Drawing lines is the costly part (Chromium draws them on the main thread, in software
    // where there is no GPU): the preview shows an even sample, enough to watch it settle.
    const stride = Math.ceil(all.length / PREVIEW_LINK_LIMIT);
    for (let k = 0; k < all.length; k += stride) {
      const link = all[k]!;
      const s = index.get(link.source);
      const t = index.get(link.target);
      if (s !== undefined && t !== undefined) links.push(s, t);
    }
    return { links: Uint32Array.from(links), kinds: ids.map((id) => doc.nodes[id]?.kind ?? 'person') };
  }, [large, ids, doc]);

  // The real nodes and links under the preview need not be drawn or composited meanwhile;
  // content-visibility skips them while keeping their layout, so showing them again is cheap.
  useEffect(() => {
    const viewport = large ? canvasRef.current?.parentElement?.querySelector<HTMLElement>('.react-flow__viewport') : null;
    if (!viewport) return;
    viewport.style.contentVisibility = 'hidden';
    return () => {
      viewport.style.contentVisibility = '';
    };
  }, [large]);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || !preview || !drawing) return;
    const surface = flowCanvasContext(canvas, transform);
    if (!surface) return;
    const { ctx, ratio } = surface;
    const [tx, ty, zoom] = transform;
    const p = preview.positions;
    // An opaque background: the real nodes underneath are not to show through.
    ctx.fillStyle = '#f6f7f9';
    ctx.fillRect(-tx / zoom, -ty / zoom, surface.width / zoom, surface.height / zoom);
    ctx.strokeStyle = 'rgba(107, 118, 132, 0.45)';
    // One device pixel wide: Skia draws such "hairlines" several times faster than thicker lines.
    ctx.lineWidth = 1 / (zoom * ratio);
    ctx.beginPath();
    const l = drawing.links;
    for (let k = 0; k < l.length; k += 2) {
      ctx.moveTo(p[2 * l[k]!]! + NODE_WIDTH / 2, p[2 * l[k]! + 1]! + NODE_HEIGHT / 2);
      ctx.lineTo(p[2 * l[k + 1]!]! + NODE_WIDTH / 2, p[2 * l[k + 1]! + 1]! + NODE_HEIGHT / 2);
    }
    ctx.stroke();
    ctx.lineWidth = Math.max(2, 1 / zoom);
    for (const kind of Object.keys(KIND_COLOURS) as NodeKind[]) {
      ctx.fillStyle = KIND_COLOURS[kind].fill;
      ctx.strokeStyle = KIND_COLOURS[kind].border;
      ctx.beginPath();
      drawing.kinds.forEach((k, i) => {
        if (k === kind) ctx.rect(p[2 * i]!, p[2 * i + 1]!, NODE_WIDTH, NODE_HEIGHT);
      });
      ctx.fill();
      ctx.stroke();
    }
  }, [preview, drawing, transform]);

  if (!large) return null;
  // It also takes the pointer while the run lasts, so no one drags a node hidden beneath it.
  return <canvas ref={canvasRef} className="layout-preview" aria-hidden="true" />;
}
