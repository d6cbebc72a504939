import { useStore } from '@xyflow/react';
import { useEffect } from 'react';

/**
 * Tells workshop.css the canvas zoom, so node names and links keep a size readable from the
 * back of the room however far out the map is. Rounded to two figures so zooming restyles the
 * page a few times, not every frame (rounded down, so text is never smaller than asked for);
 * never below 0.2, where names would grow past their nodes.
 */
export function WorkshopZoom() {
  const zoom = useStore((s) => Math.max(0.2, floorToTwoFigures(s.transform[2])));
  useEffect(() => {
    const root = document.documentElement;
    root.style.setProperty('--ghm-zoom', String(zoom));
    return () => {
      root.style.removeProperty('--ghm-zoom');
    };
  }, [zoom]);
  return null;
}

function floorToTwoFigures(value: number): number {
  if (!(value > 0)) return 1;
  const scale = 10 ** (1 - Math.floor(Math.log10(value)));
  return Math.floor(value * scale) / scale;
}
