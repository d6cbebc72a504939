import { useStore } from '@xyflow/react';
import { useEffect, useMemo } from 'react';
import { useAppState, useController } from '../app/controllerContext';
import { degreesOfLinks, workshopLabelStore, workshopLabels } from './workshopLabels';
import { workshopZoomLevel } from './workshopZoomLevel';
import { useSeenArea } from '../canvas/useSeenArea';

/**
 * Decides, while the workshop theme is on, which names the map has room to show in full at
 * the current zoom (renderer/workshop/workshopLabels.ts); the rest are drawn as markers that
 * show their name on hover, focus or selection. Rendered in the editor and the audience window.
 */
export function WorkshopLabels() {
  const controller = useController();
  const zoom = useStore((s) => workshopZoomLevel(s.transform[2]));
  const doc = useAppState((s) => s.doc);
  const selection = useAppState((s) => s.selection);
  const emphasis = useAppState((s) => s.emphasis);
  const lensResult = useAppState((s) => s.lensResult);
  const links = doc?.links;
  // Counted once per version of the links, and shared with the editor's names (MapLabels.tsx).
  const degree = useMemo(() => (links ? degreesOfLinks(links) : new Map<string, number>()), [links]);
  const seen = useSeenArea(true, doc?.nodes, { partToo: emphasis !== null });
  const labelling = useMemo(() => (doc ? workshopLabels({ doc, degree, selection, emphasis, lensResult, zoom, seen }) : null), [doc, degree, selection, emphasis, lensResult, zoom, seen]);
  useEffect(() => {
    workshopLabelStore(controller).set({ labelling });
  }, [controller, labelling]);
  useEffect(() => () => workshopLabelStore(controller).set({ labelling: null }), [controller]);
  return null;
}
