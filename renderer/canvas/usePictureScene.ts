import { useEffect, useMemo, useState } from 'react';
import { useAppState, useNodeDrag } from '../app/controllerContext';
import { degreesOf } from '../workshop/workshopLabels';
import { useWorkshop } from '../workshop/workshopStore';
import { pictureLabelStyle } from './mapLabelStyle';
import type { PictureLabelStyle } from './pictureDraw';
import { buildPictureScene, themeColours, withMovedNodes, type PictureColours, type PictureScene } from './pictureScene';

const readTheme = (workshop: boolean) => ({ colours: themeColours(document.documentElement), labels: pictureLabelStyle(workshop, document.documentElement) });

/**
 * The picture's scene and label style, rebuilt when the map, lens, emphasis, selection, sticky
 * notes or theme change; null while `wanted` is false, so a map shown as DOM nodes pays nothing.
 */
export function usePictureScene(wanted: boolean): { scene: PictureScene | null; labels: PictureLabelStyle } {
  const doc = useAppState((s) => s.doc);
  const selection = useAppState((s) => s.selection);
  const emphasis = useAppState((s) => s.emphasis);
  const lensResult = useAppState((s) => s.lensResult);
  const workshop = useWorkshop((s) => s.on);
  const [theme, setTheme] = useState<{ colours: PictureColours; labels: PictureLabelStyle }>(() => readTheme(workshop));
  // Read after the frame in which the theme attribute changed (WorkshopLayer sets it).
  useEffect(() => {
    const frame = requestAnimationFrame(() => setTheme(readTheme(workshop)));
    return () => cancelAnimationFrame(frame);
  }, [workshop]);
  const links = doc?.links;
  const degree = useMemo(() => (links && wanted ? degreesOf(links) : new Map<string, number>()), [links, wanted]);
  const scene = useMemo(
    () => (doc && wanted ? buildPictureScene({ doc, degree, selection, emphasis, lensResult, colours: theme.colours, notes: doc.meta.stickyNotes ?? [] }) : null),
    [doc, degree, selection, emphasis, lensResult, wanted, theme],
  );
  // A drag in progress moves its nodes in the picture without rebuilding the scene.
  const drag = useNodeDrag();
  const shown = useMemo(() => (scene && drag ? withMovedNodes(scene, drag.positions) : scene), [scene, drag]);
  return { scene: shown, labels: theme.labels };
}
