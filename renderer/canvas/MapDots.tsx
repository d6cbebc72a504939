import { useStoreApi } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { parseHexColour } from '../../shared/workshop/contrast';
import { DOTS_REST_MS, dotsCanvas, dotsPlacement, dotsSeenAt, type DrawnDots } from './dotGround';
import { DotGroundClient } from './dotGroundClient';

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
 * sharp, for the zoom, in a worker (dotGround.worker.ts); zoomed past what the canvas holds, the
 * dots leave until then. Painted as a CSS pattern instead, the browser rasterised the whole
 * screen again at each step of a wheel (20–35 ms of a core per step without a GPU, taken from the
 * frames of the zoom). Zoomed out until the dots are too small to draw, the canvas leaves the
 * page: moved empty at every frame of a pan, it cost the compositor a redraw of the pane (without
 * a GPU, about 3 ms of a core a frame at 1440×900) and the page's thread a restyle.
 */
export function MapDots({ gap, size, color }: Props) {
  const store = useStoreApi();
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    // The dots the canvas holds (null when it holds none worth showing), and, while they are too
    // small to be seen, the zoom that was checked: either is what the camera is placed against.
    let held: DrawnDots | null = null;
    let unseen: DrawnDots | null = null;
    let rest: ReturnType<typeof setTimeout> | undefined;
    const client = new DotGroundClient<DrawnDots>((bitmap, dots) => {
      const canvas = ref.current;
      const renderer = canvas?.getContext('bitmaprenderer');
      if (!canvas || !renderer) return bitmap.close();
      // One canvas pixel to a CSS pixel on any screen: on a high-density screen the faint dots are
      // a little softer, where four times the pixels would make each drawing at rest a long task.
      if (canvas.width !== dots.width || canvas.height !== dots.height) {
        canvas.width = dots.width;
        canvas.height = dots.height;
        canvas.style.width = `${dots.width}px`;
        canvas.style.height = `${dots.height}px`;
      }
      // Handed to the canvas as a bitmap: a 2D canvas that is only moved still cost the page's
      // thread about 1.5 ms more a frame of a pan (each commit to the compositor) than a bitmap does.
      renderer.transferFromImageBitmap(bitmap);
      held = dots;
      canvas.style.visibility = '';
      place();
    });
    const draw = () => {
      const canvas = ref.current;
      const { transform, width, height } = store.getState();
      if (!canvas || !width || !height) return;
      const zoom = transform[2];
      const dots = dotsCanvas(zoom, gap, width, height);
      if (!dotsSeenAt(zoom, size)) {
        canvas.style.display = 'none';
        client.cancel();
        held = null;
        unseen = dots;
        place();
        return;
      }
      canvas.style.display = '';
      unseen = null;
      // What the canvas held before the dots went is not shown again: it waits for the drawing.
      if (!held) canvas.style.visibility = 'hidden';
      client.draw({ width: dots.width, height: dots.height, step: dots.step, radius: (size * zoom) / 2, rgb: parseHexColour(color) }, dots);
    };
    const place = () => {
      const canvas = ref.current;
      const { transform, width, height } = store.getState();
      const against = held ?? unseen;
      if (!canvas || !against) return;
      const at = dotsPlacement(against, transform, width, height);
      clearTimeout(rest);
      if (at) {
        if (held) canvas.style.transform = `translate(${at.x}px, ${at.y}px) scale(${at.scale})`;
        if (at.scale !== 1) rest = setTimeout(draw, DOTS_REST_MS);
        return;
      }
      // Zoomed past what the canvas holds: the faint dots leave until the camera rests rather
      // than being drawn mid-zoom (on a laptop half as fast, across the switch, that brought long
      // tasks).
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
      client.dispose();
    };
  }, [store, gap, size, color]);
  return <canvas ref={ref} className="map-dots" aria-hidden="true" />;
}
