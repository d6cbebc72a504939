import { useStore } from '@xyflow/react';
import { useEffect } from 'react';
import { workshopZoomLevel } from './workshopZoomLevel';

/**
 * Tells workshop.css the canvas zoom (workshopZoomLevel.ts), so node names and links keep a
 * size readable from the back of the room however far out the map is.
 */
export function WorkshopZoom() {
  const zoom = useStore((s) => workshopZoomLevel(s.transform[2]));
  useEffect(() => {
    const root = document.documentElement;
    root.style.setProperty('--ghm-zoom', String(zoom));
    return () => {
      root.style.removeProperty('--ghm-zoom');
    };
  }, [zoom]);
  return null;
}
