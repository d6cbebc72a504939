import { useStore } from '@xyflow/react';
import { useDeferredValue, useEffect, useMemo, useRef } from 'react';
import { useAppState, useController } from '../app/controllerContext';
import { degreesOfLinks, workshopLabelStore, workshopLabels } from '../workshop/workshopLabels';
import { useWorkshop } from '../workshop/workshopStore';
import { EDITOR_LABEL, EDITOR_LABEL_ZOOM, EDITOR_MARKER_PX } from './mapLabelStyle';
import { useSeenArea } from './useSeenArea';
import './mapLabels.css';

/**
 * The zoom names are sized for, rounded down to two figures so zooming restyles the page a few
 * times rather than every frame (rounded down, so a name is never smaller than asked for).
 */
export function labelZoomLevel(zoom: number): number {
  if (!(zoom > 0)) return 1;
  const scale = 10 ** (1 - Math.floor(Math.log10(zoom)));
  return Math.max(0.01, Math.floor(zoom * scale) / scale);
}

/**
 * Names in the editor when the map is zoomed out too far to read a node's own box: each name
 * becomes a chip of a readable, fixed size on screen, shown only where it overlaps no other,
 * the most important first; the rest are markers that name themselves on hover, keyboard focus
 * or selection (the placement workshop mode uses, in the editor's smaller type). Workshop mode
 * does its own (renderer/workshop/WorkshopLabels.tsx). `off`: a big map drawn as the picture,
 * which places its own names (pictureDraw.ts); placing all its names here too would cost a long
 * task at every zoom step for nothing shown.
 */
export function MapLabels({ only, paused, off = false }: { only: ReadonlySet<string> | null; paused: boolean; off?: boolean }) {
  const controller = useController();
  const canvas = useStore((s) => s.domNode);
  const workshop = useWorkshop((s) => s.on);
  const liveZoom = useStore((s) => (s.transform[2] < EDITOR_LABEL_ZOOM ? labelZoomLevel(s.transform[2]) : null));
  // While the picture stands in for the nodes during a pan or zoom, names are placed once, at
  // rest: nothing they depend on changes mid-gesture, not even a wheel past the switch to the
  // picture and back (each way would place every name and restyle every node, for nodes not seen).
  const rest = useRef({ zoom: liveZoom, only, off });
  if (!paused) rest.current = { zoom: liveZoom, only, off };
  const { zoom } = rest.current;
  const heldOnly = rest.current.only;
  const heldOff = rest.current.off;
  // Placed just after an edit rather than in its own task: the edit is stored and its node drawn first.
  const doc = useDeferredValue(useAppState((s) => s.doc));
  const selection = useAppState((s) => s.selection);
  const emphasis = useAppState((s) => s.emphasis);
  const lensResult = useAppState((s) => s.lensResult);
  const on = !workshop && !heldOff && zoom !== null;
  const seen = useSeenArea(on, doc?.nodes, { paused, partToo: emphasis !== null });
  const links = doc?.links;
  const degree = useMemo(() => (links && on ? degreesOfLinks(links) : NO_DEGREES), [links, on]);
  const labelling = useMemo(
    () => (doc && on && zoom !== null ? workshopLabels({ doc, degree, selection, emphasis, lensResult, zoom, label: EDITOR_LABEL, markerPx: EDITOR_MARKER_PX, only: heldOnly, seen }) : null),
    [doc, degree, selection, emphasis, lensResult, zoom, on, heldOnly, seen],
  );
  // Set on the canvas, not the page: a change restyles the map's nodes, not the whole window.
  useEffect(() => {
    if (!canvas) return;
    if (workshop) {
      delete canvas.dataset.mapLabels;
      return;
    }
    workshopLabelStore(controller).set({ labelling });
    if (labelling && zoom !== null) {
      canvas.dataset.mapLabels = 'chips';
      canvas.style.setProperty('--map-zoom', String(zoom));
    } else {
      delete canvas.dataset.mapLabels;
      canvas.style.removeProperty('--map-zoom');
    }
  }, [canvas, controller, labelling, workshop, zoom]);
  return null;
}

const NO_DEGREES = new Map<string, number>();
