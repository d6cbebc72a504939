import { useStoreApi } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { parseHexColour } from '../../shared/workshop/contrast';
import { DOTS_REST_MS, dotsCanvas, dotsPlacement, dotsSeenAt, paintDots, type DrawnDots } from './dotGround';

interface Props {
  /** Between dots, in map units. */
  readonly gap: number;
  /** A dot's diameter, in map units. */
  readonly size: number;
  readonly color: string;
}

/**
 * The map's dotted ground, as React Flow's <Background> draws it, but moved by the compositor:
 * <Background> re-renders an SVG pattern at every frame of a pan, which repaints (and, without a
 * GPU, rasterises) the whole screen each frame. Here a canvas larger than the pane is drawn once
 * for a zoom; a pan only translates it, and a zoom scales it too (set on the element, no React
 * render), until the camera has been still for a moment (dotGround.ts), when it is drawn again,
 * sharp, for the zoom; zoomed past what the canvas holds, the dots leave until then. Painted as
 * a CSS pattern instead, the browser rasterised the whole screen again at each step of a wheel
 * (20–35 ms of a core per step without a GPU, taken from the frames of the zoom). Zoomed out
 * until the dots are too small to draw, the canvas leaves the page: moved empty at every frame
 * of a pan, it cost the compositor a redraw of the pane (without a GPU, about 3 ms of a core a
 * frame at 1440×900) and the page's thread a restyle.
 */
export function MapDots({ gap, size, color }: Props) {
  const store = useStoreApi();
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let drawn: DrawnDots | null = null;
    let seen = false;
    let rest: ReturnType<typeof setTimeout> | undefined;
    const draw = () => {
      const canvas = ref.current;
      const { transform, width, height } = store.getState();
      if (!canvas || !width || !height) return;
      const zoom = transform[2];
      seen = dotsSeenAt(zoom, size);
      canvas.style.display = seen ? '' : 'none';
      drawn = seen ? drawDots(canvas, { zoom, gap, size, color, paneWidth: width, paneHeight: height }) : dotsCanvas(zoom, gap, width, height);
      canvas.style.visibility = '';
      place();
    };
    const place = () => {
      const canvas = ref.current;
      const { transform, width, height } = store.getState();
      if (!canvas || !drawn) return;
      const at = dotsPlacement(drawn, transform, width, height);
      clearTimeout(rest);
      if (at) {
        if (seen) canvas.style.transform = `translate(${at.x}px, ${at.y}px) scale(${at.scale})`;
        if (at.scale !== 1) rest = setTimeout(draw, DOTS_REST_MS);
        return;
      }
      // Zoomed past what the canvas holds: the faint dots leave until the camera rests rather
      // than being drawn mid-zoom, on this thread, in the frames of the zoom (on a laptop half as
      // fast, across the switch, that brought long tasks).
      canvas.style.visibility = 'hidden';
      rest = setTimeout(draw, DOTS_REST_MS);
    };
    draw();
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.width !== previous.width || state.height !== previous.height) draw();
      else if (state.transform !== previous.transform) place();
    });
    return () => {
      unsubscribe();
      clearTimeout(rest);
    };
  }, [store, gap, size, color]);
  return <canvas ref={ref} className="map-dots" aria-hidden="true" />;
}

/**
 * The dots for one spacing, each in the middle of its step, on a canvas `width` × `height` CSS
 * pixels (only at zooms where they are seen: dotsSeenAt). Written as pixels, not as paths: a
 * canvas path of ten thousand dots took the browser longer to fill than the CSS pattern took to
 * rasterise.
 */
function drawDots(canvas: HTMLCanvasElement, { zoom, gap, size, color, paneWidth, paneHeight }: { zoom: number; gap: number; size: number; color: string; paneWidth: number; paneHeight: number }): DrawnDots {
  const drawn = dotsCanvas(zoom, gap, paneWidth, paneHeight);
  const { step, width, height } = drawn;
  // One canvas pixel to a CSS pixel on any screen: on a high-density screen the faint dots are a
  // little softer, where four times the pixels would make each drawing at rest a long task.
  if (canvas.width !== width || canvas.height !== height) {
    canvas.width = width;
    canvas.height = height;
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
  }
  // Handed to the canvas as a bitmap: a 2D canvas that is only moved still cost the page's
  // thread about 1.5 ms more a frame of a pan (each commit to the compositor) than a bitmap does.
  const image = new ImageData(width, height);
  paintDots(image, step, (size * zoom) / 2, parseHexColour(color));
  const painter = new OffscreenCanvas(width, height);
  painter.getContext('2d')?.putImageData(image, 0, 0);
  canvas.getContext('bitmaprenderer')?.transferFromImageBitmap(painter.transferToImageBitmap());
  return drawn;
}
