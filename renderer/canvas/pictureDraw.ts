import { placeLabels, type LabelCandidate, type LabelOffset } from '../../shared/layout/labelPlacement';
import { estimateLabelSize, NAME_LINES } from '../../shared/layout/nameSize';
import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/layout/nodeSize';
import { FADED, PINNED, SELECTED, type PictureScene } from './pictureScene';

/** How names are set on the picture: the same sizes as the DOM nodes' labels (mapLabelStyle.ts). */
export interface PictureLabelStyle {
  readonly fontPx: number;
  readonly maxWidth: number;
  readonly paddingX: number;
  readonly paddingY: number;
  readonly font: string;
  readonly ink: string;
  readonly surface: string;
  readonly focus: string;
  readonly link: string;
  /** A node whose name is not shown is a square marker this big on screen, as the DOM nodes draw it. */
  readonly markerPx: number;
}

/** Below this zoom a node's own box is smaller than a marker: the box is drawn instead. */
const MARKERS_FROM_ZOOM = 0.1;

export interface PictureView {
  /** React Flow's camera. */
  readonly camera: readonly [number, number, number];
  /** CSS pixels of the bitmap, including `margin` on every side beyond the screen. */
  readonly width: number;
  readonly height: number;
  readonly margin: number;
  readonly ratio: number;
  /** Names are placed (and drawn) only when asked: the minimap has none. */
  readonly labels: PictureLabelStyle | null;
}

type Context2D = OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;

/**
 * Draws the whole map once for one camera: links as one hairline path, nodes batched by colour,
 * then the names there is room for (shared/layout/labelPlacement.ts) as chips. Runs in the
 * picture worker, so the page never waits for it.
 */
export function drawPicture(ctx: Context2D, scene: PictureScene, view: PictureView): void {
  const [tx, ty, zoom] = view.camera;
  const { ratio, margin } = view;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, view.width * ratio, view.height * ratio);
  ctx.setTransform(ratio * zoom, 0, 0, ratio * zoom, ratio * (tx + margin), ratio * (ty + margin));
  // What the bitmap covers, in map units: nothing outside it is drawn.
  const left = (-margin - tx) / zoom - NODE_WIDTH;
  const top = (-margin - ty) / zoom - NODE_HEIGHT;
  const right = (view.width - margin - tx) / zoom;
  const bottom = (view.height - margin - ty) / zoom;
  const { xy, flags, scale } = scene;
  const inside = (i: number) => xy[2 * i]! >= left && xy[2 * i]! <= right && xy[2 * i + 1]! >= top && xy[2 * i + 1]! <= bottom;
  const anyFaded = flags.some((f) => (f & FADED) !== 0);
  const emphasis = anyFaded && flags.some((f) => (f & FADED) === 0);

  // Links: one device pixel wide at every zoom. Without a GPU, Skia strokes a hairline 7–14
  // times faster than a 1.5 px line, and this draws thousands of them (as LinkCanvas does once
  // names are chips, linkDraw.ts).
  ctx.lineWidth = 1 / (zoom * ratio);
  ctx.strokeStyle = view.labels?.link ?? '#6b7684';
  for (const bright of emphasis ? [false, true] : [true]) {
    ctx.globalAlpha = bright ? 0.55 : 0.12;
    ctx.beginPath();
    for (let k = 0; k < scene.links.length; k += 2) {
      const a = scene.links[k]!;
      const b = scene.links[k + 1]!;
      if (emphasis && bright === ((flags[a]! & FADED) !== 0 || (flags[b]! & FADED) !== 0)) continue;
      if (!inside(a) && !inside(b)) continue;
      ctx.moveTo(xy[2 * a]! + NODE_WIDTH / 2, xy[2 * a + 1]! + NODE_HEIGHT / 2);
      ctx.lineTo(xy[2 * b]! + NODE_WIDTH / 2, xy[2 * b + 1]! + NODE_HEIGHT / 2);
    }
    ctx.stroke();
  }

  // A selected link is drawn as the DOM level draws it: wider, in the focus colour.
  if (scene.selectedLinks.length) {
    ctx.globalAlpha = 1;
    ctx.lineWidth = 3 / zoom;
    ctx.strokeStyle = view.labels?.focus ?? '#1f5fd1';
    ctx.beginPath();
    for (let k = 0; k < scene.selectedLinks.length; k += 2) {
      const a = scene.selectedLinks[k]!;
      const b = scene.selectedLinks[k + 1]!;
      ctx.moveTo(xy[2 * a]! + NODE_WIDTH / 2, xy[2 * a + 1]! + NODE_HEIGHT / 2);
      ctx.lineTo(xy[2 * b]! + NODE_WIDTH / 2, xy[2 * b + 1]! + NODE_HEIGHT / 2);
    }
    ctx.stroke();
  }

  const placed = view.labels ? placeNames(scene, view, view.labels, inside) : null;
  const markers = placed !== null && zoom >= MARKERS_FROM_ZOOM;

  // Nodes, batched by fill and fadedness: one path per batch.
  const batches = new Map<number, number[]>();
  for (let i = 0; i < scene.count; i++) {
    if (!inside(i) || (markers && placed.shown.has(String(i)))) continue;
    const key = scene.fill[i]! * 2 + (flags[i]! & FADED);
    const list = batches.get(key);
    if (list) list.push(i);
    else batches.set(key, [i]);
  }
  const outlined = NODE_WIDTH * zoom >= 14;
  for (const [key, list] of batches) {
    ctx.globalAlpha = key & 1 ? 0.22 : 1;
    ctx.fillStyle = scene.palette[key >> 1]!;
    ctx.beginPath();
    if (markers) {
      // Names without room: markers of a fixed size on screen, as the DOM nodes draw them.
      const size = view.labels!.markerPx / zoom;
      for (const i of list) ctx.rect(xy[2 * i]! + (NODE_WIDTH - size) / 2, xy[2 * i + 1]! + (NODE_HEIGHT - size) / 2, size, size);
      ctx.fill();
      ctx.lineWidth = 2 / zoom;
      ctx.strokeStyle = scene.palette[scene.border[list[0]!]!]!;
      ctx.stroke();
      continue;
    }
    for (const i of list) boxPath(ctx, scene, i);
    ctx.fill();
    if (outlined) {
      ctx.lineWidth = 2 / Math.max(zoom, 0.25);
      ctx.strokeStyle = scene.palette[scene.border[list[0]!]!]!;
      ctx.beginPath();
      for (const i of list) boxPath(ctx, scene, i);
      ctx.stroke();
    } else {
      // Too small for an outline: a darker core keeps light fills visible on the white ground.
      ctx.fillStyle = scene.palette[scene.border[list[0]!]!]!;
      ctx.beginPath();
      for (const i of list) ctx.rect(xy[2 * i]! + NODE_WIDTH * 0.2, xy[2 * i + 1]! + NODE_HEIGHT * 0.2, NODE_WIDTH * 0.6 * scale[i]!, NODE_HEIGHT * 0.6 * scale[i]!);
      ctx.fill();
    }
  }
  ctx.globalAlpha = 1;

  ctx.fillStyle = '#f5e27a';
  ctx.strokeStyle = '#8a7420';
  ctx.lineWidth = 1 / zoom;
  for (const note of scene.notes) {
    ctx.fillRect(note.x, note.y, note.width, note.height);
    ctx.strokeRect(note.x, note.y, note.width, note.height);
  }

  const focus = view.labels?.focus ?? '#1f5fd1';
  ctx.strokeStyle = focus;
  ctx.lineWidth = 3 / zoom;
  ctx.beginPath();
  let anySelected = false;
  for (let i = 0; i < scene.count; i++) {
    if ((flags[i]! & SELECTED) === 0 || !inside(i)) continue;
    anySelected = true;
    const pad = 6 / zoom;
    ctx.rect(xy[2 * i]! - pad, xy[2 * i + 1]! - pad, NODE_WIDTH + 2 * pad, NODE_HEIGHT + 2 * pad);
  }
  if (anySelected) ctx.stroke();

  if (NODE_WIDTH * zoom >= 24) {
    // Pinned nodes: the pin's round head at the box's top-right corner, as on the DOM nodes.
    ctx.fillStyle = '#3a4350';
    ctx.beginPath();
    const r = 4 / zoom;
    for (let i = 0; i < scene.count; i++) {
      if ((flags[i]! & PINNED) === 0 || !inside(i)) continue;
      ctx.moveTo(xy[2 * i]! + NODE_WIDTH + r, xy[2 * i + 1]!);
      ctx.arc(xy[2 * i]! + NODE_WIDTH, xy[2 * i + 1]!, r, 0, 2 * Math.PI);
    }
    ctx.fill();
  }

  if (placed && view.labels) drawNames(ctx, scene, view, view.labels, placed);
}

function boxPath(ctx: Context2D, scene: PictureScene, i: number): void {
  const s = scene.scale[i]!;
  const w = NODE_WIDTH * s;
  const h = NODE_HEIGHT * s;
  ctx.rect(scene.xy[2 * i]! + (NODE_WIDTH - w) / 2, scene.xy[2 * i + 1]! + (NODE_HEIGHT - h) / 2, w, h);
}

/** Which names there is room for (shared/layout/labelPlacement.ts), as the DOM nodes' labels choose. */
function placeNames(scene: PictureScene, view: PictureView, style: PictureLabelStyle, inside: (i: number) => boolean): PlacedNames {
  const candidates: LabelCandidate[] = [];
  const widths = new Map<string, number>();
  for (let i = 0; i < scene.count; i++) {
    if (!inside(i)) continue;
    const size = estimateLabelSize(scene.names[i]!, style);
    if (size.maxWidth > style.maxWidth) widths.set(String(i), size.maxWidth);
    candidates.push({ id: String(i), x: scene.xy[2 * i]! + NODE_WIDTH / 2, y: scene.xy[2 * i + 1]! + NODE_HEIGHT / 2, width: size.width, height: size.height, priority: scene.priority[i]!, marker: style.markerPx });
  }
  return { candidates, widths, shown: placeLabels(candidates, view.camera[2]) };
}

/** The names' candidates, where each shown one goes, and the widths of chips widened for a long name. */
interface PlacedNames {
  readonly candidates: LabelCandidate[];
  readonly widths: ReadonlyMap<string, number>;
  readonly shown: Map<string, LabelOffset>;
}

/** The names there is room for, as chips of a fixed size on screen; in screen pixels. */
function drawNames(ctx: Context2D, scene: PictureScene, view: PictureView, style: PictureLabelStyle, { candidates, widths, shown }: PlacedNames): void {
  const [tx, ty, zoom] = view.camera;
  ctx.setTransform(view.ratio, 0, 0, view.ratio, 0, 0);
  ctx.font = style.font;
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'center';
  const lineHeight = style.fontPx * 1.12;
  for (const c of candidates) {
    const at = shown.get(c.id);
    if (!at) continue;
    const i = Number(c.id);
    const cx = c.x * zoom + tx + view.margin + at.dx;
    const cy = c.y * zoom + ty + view.margin + at.dy;
    // As wide as the placement reckoned: a long name's chip is widened rather than cut short.
    const maxWidth = widths.get(c.id) ?? style.maxWidth;
    const lines = wrap(ctx, scene.names[i]!, maxWidth - 2 * style.paddingX);
    const width = Math.min(maxWidth, Math.max(...lines.map((l) => ctx.measureText(l).width)) + 2 * style.paddingX);
    const height = lines.length * lineHeight + 2 * style.paddingY;
    ctx.globalAlpha = (scene.flags[i]! & FADED) !== 0 ? 0.35 : 1;
    ctx.fillStyle = scene.palette[scene.fill[i]!]!;
    ctx.strokeStyle = (scene.flags[i]! & SELECTED) !== 0 ? style.focus : scene.palette[scene.border[i]!]!;
    ctx.lineWidth = (scene.flags[i]! & SELECTED) !== 0 ? 4 : 2;
    ctx.beginPath();
    ctx.roundRect(cx - width / 2, cy - height / 2, width, height, 6);
    ctx.fill();
    ctx.stroke();
    ctx.fillStyle = style.ink;
    lines.forEach((line, k) => ctx.fillText(line, cx, cy - ((lines.length - 1) * lineHeight) / 2 + k * lineHeight));
  }
  ctx.globalAlpha = 1;
}

/** At most NAME_LINES lines, the last cut short with an ellipsis: as the DOM chips do with line-clamp. */
function wrap(ctx: Context2D, text: string, room: number): string[] {
  const words = text.trim().split(/\s+/);
  const lines: string[] = [];
  let line = '';
  let cut = false;
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (ctx.measureText(next).width <= room || !line) line = next;
    else {
      lines.push(line);
      line = word;
      if (lines.length === NAME_LINES) {
        cut = true;
        break;
      }
    }
  }
  if (cut) lines[lines.length - 1] = `${lines[lines.length - 1]}…`;
  else if (line) lines.push(line);
  return lines.map((l) => (ctx.measureText(l).width > room ? shorten(ctx, l, room) : l));
}

function shorten(ctx: Context2D, text: string, room: number): string {
  let t = text;
  while (t.length > 1 && ctx.measureText(`${t}…`).width > room) t = t.slice(0, -1);
  return `${t}…`;
}
