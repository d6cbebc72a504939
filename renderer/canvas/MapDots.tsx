import { useStoreApi } from '@xyflow/react';
import { useEffect, useRef } from 'react';

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
 * GPU, rasterises) the whole screen each frame. Here a layer one dot-gap larger than the screen
 * is only translated during a pan (set on the element, no React render), and painted again only
 * when the zoom changes the spacing of the dots.
 */
export function MapDots({ gap, size, color }: Props) {
  const store = useStoreApi();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let painted = Number.NaN;
    const follow = ([tx, ty, zoom]: readonly [number, number, number]) => {
      const el = ref.current;
      if (!el) return;
      const step = Math.max(1, gap * zoom);
      if (zoom !== painted) {
        painted = zoom;
        const r = (size * zoom) / 2;
        // Dots under a third of a pixel across are not seen in the SVG pattern either; the
        // gradient's soft edge would otherwise lay a grey haze over the zoomed-out map.
        el.style.backgroundImage = r < 0.3 ? 'none' : `radial-gradient(circle at center, ${color} ${Math.max(0, r - 0.25)}px, transparent ${r + 0.35}px)`;
        el.style.backgroundSize = `${step}px ${step}px`;
        el.style.width = `calc(100% + ${2 * step}px)`;
        el.style.height = `calc(100% + ${2 * step}px)`;
      }
      el.style.transform = `translate(${mod(tx, step) - step}px, ${mod(ty, step) - step}px)`;
    };
    follow(store.getState().transform);
    return store.subscribe((state, previous) => {
      if (state.transform !== previous.transform) follow(state.transform);
    });
  }, [store, gap, size, color]);
  return <div ref={ref} className="map-dots" aria-hidden="true" />;
}

const mod = (a: number, n: number) => ((a % n) + n) % n;
