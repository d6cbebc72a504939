import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useAppState, useNodeDrag } from '../app/controllerContext';
import { degreesOf } from '../workshop/workshopLabels';
import { useWorkshop } from '../workshop/workshopStore';
import { pictureLabelStyle } from './mapLabelStyle';
import type { PictureLabelStyle } from './pictureDraw';
import { themeColours, updatePictureScene, withMovedNodes, withMovedNotes, type PictureColours, type PictureScene, type SceneInputs } from './pictureScene';

const readTheme = (workshop: boolean) => ({ colours: themeColours(document.documentElement), labels: pictureLabelStyle(workshop, document.documentElement) });

/**
 * The picture's scene and label style, rebuilt when the map, lens, emphasis, selection, sticky
 * notes or theme change; null while `wanted` is false, so a map shown as DOM nodes pays nothing.
 */
export function usePictureScene(wanted: boolean): { scene: PictureScene | null; labels: PictureLabelStyle } {
  // Drawn just after an edit rather than in its own task, so the edit is stored and shown on the
  // DOM without waiting for the picture (React renders the deferred value straight after).
  const doc = useDeferredValue(useAppState((s) => s.doc));
  const selection = useAppState((s) => s.selection);
  const emphasis = useAppState((s) => s.emphasis);
  const lensResult = useAppState((s) => s.lensResult);
  const workshop = useWorkshop((s) => s.on);
  const [theme, setTheme] = useState<{ colours: PictureColours; labels: PictureLabelStyle }>(() => readTheme(workshop));
  // Read after the frame in which the theme attribute changed (WorkshopLayer sets it). The same
  // colours keep the same object: a new one would build the scene again and draw a big map's
  // picture twice as it opens.
  useEffect(() => {
    const frame = requestAnimationFrame(() => setTheme((was) => {
      const now = readTheme(workshop);
      return JSON.stringify(now) === JSON.stringify(was) ? was : now;
    }));
    return () => cancelAnimationFrame(frame);
  }, [workshop]);
  const links = doc?.links;
  const degree = useMemo(() => (links && wanted ? degreesOf(links) : new Map<string, number>()), [links, wanted]);
  // An edit to a few nodes updates the last scene in place of building it again (pictureScene.ts).
  const last = useRef<{ scene: PictureScene; inputs: SceneInputs } | null>(null);
  const scene = useMemo(() => {
    if (!doc || !wanted) return (last.current = null);
    const inputs: SceneInputs = { doc, degree, selection, emphasis, lensResult, colours: theme.colours, notes: doc.meta.stickyNotes ?? NO_NOTES };
    const next = updatePictureScene(last.current, inputs);
    last.current = { scene: next, inputs };
    return next;
  }, [doc, degree, selection, emphasis, lensResult, wanted, theme]);
  // A drag in progress moves its nodes and notes in the picture without rebuilding the scene.
  const drag = useNodeDrag();
  const moved = drag?.positions;
  const movedNotes = drag?.notes;
  const shown = useMemo(() => {
    if (!scene) return scene;
    const withNodes = moved?.size ? withMovedNodes(scene, moved) : scene;
    return movedNotes?.size && last.current ? withMovedNotes(withNodes, last.current.inputs.notes, movedNotes) : withNodes;
  }, [scene, moved, movedNotes]);
  return { scene: shown, labels: theme.labels };
}

const NO_NOTES: SceneInputs['notes'] = [];
