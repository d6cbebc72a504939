import type { MapDocument } from '../../shared/editing';
import { placeLabels, type LabelCandidate, type SeenArea } from '../../shared/layout/labelPlacement';
import { estimateLabelSize, NAME_LINES } from '../../shared/layout/nameSize';
import { WORKSHOP_NAME } from '../../shared/layout/layoutBoxes';
import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/layout/nodeSize';
import type { LensResult } from '../../shared/lens';
import { useController } from '../app/controllerContext';
import type { Emphasis, Selection } from '../state/appState';
import { isNodeFaded } from '../state/emphasis';
import type { EditorController } from '../state/editorController';
import { Store, useStoreSelector } from '../state/store';
import { labelPriority } from '../canvas/labelPriority';

/** A workshop name's box on screen; layouts leave room for the same (shared/layout/layoutBoxes.ts). */
export const WORKSHOP_LABEL = WORKSHOP_NAME;

/** A workshop node name hidden for want of room is drawn as a square marker this big on screen. */
export const WORKSHOP_MARKER_PX = 30;

/** A node's drawn box, in map units; a name chip slid aside to make room is centred (dx, dy) from its node's centre. */
export interface DrawnBox {
  readonly width: number;
  readonly height: number;
  readonly dx: number;
  readonly dy: number;
}

/** A chosen finding's name beside its node's marker, where it had no room on the node: screen pixels at `zoom`, from the node's centre. */
export interface NameTag {
  readonly dx: number;
  readonly dy: number;
  readonly width: number;
  readonly height: number;
}

/**
 * The names shown in full (as their nodes' chips), every node's drawn box, and the tags of a
 * chosen finding's names that had no room on their nodes (analysis/FindingNames.tsx draws
 * them), all from one placement so none overlaps another; `zoom`, the zoom they were placed
 * for. Null when names are not being placed.
 */
export interface WorkshopLabelling {
  readonly shown: ReadonlySet<string>;
  readonly boxes: ReadonlyMap<string, DrawnBox>;
  readonly tags: ReadonlyMap<string, NameTag>;
  /** Screen widths of the chips widened past the usual so their names are not cut short (nameSize.ts). */
  readonly widths: ReadonlyMap<string, number>;
  readonly zoom: number;
}
interface LabelState {
  readonly labelling: WorkshopLabelling | null;
}

const stores = new WeakMap<EditorController, Store<LabelState>>();

export function workshopLabelStore(controller: EditorController): Store<LabelState> {
  let store = stores.get(controller);
  if (!store) {
    store = new Store<LabelState>({ labelling: null });
    stores.set(controller, store);
  }
  return store;
}

/** Whether a node shows its name in full: a narrow, boolean slice, so only nodes that change re-render. */
export function useNodeLabelled(nodeId: string): boolean {
  return useStoreSelector(workshopLabelStore(useController()), (s) => s.labelling === null || s.labelling.shown.has(nodeId));
}

/** Where a node's name chip is slid to make room (map units), or null when it is centred or not a chip. */
export function useNodeChipOffset(nodeId: string): DrawnBox | null {
  return useStoreSelector(workshopLabelStore(useController()), (s) => {
    const box = s.labelling?.shown.has(nodeId) ? s.labelling.boxes.get(nodeId) : undefined;
    return box && (box.dx !== 0 || box.dy !== 0) ? box : null;
  });
}

/** How wide (screen px) a node's name chip may be, when it is wider than the usual for its name to be whole; null otherwise. */
export function useNodeChipWidth(nodeId: string): number | null {
  return useStoreSelector(workshopLabelStore(useController()), (s) => (s.labelling?.shown.has(nodeId) ? (s.labelling.widths.get(nodeId) ?? null) : null));
}

/** The box a link should stop at in workshop mode, or null for the standard node box. */
export function useWorkshopNodeBox(nodeId: string | undefined): DrawnBox | null {
  return useStoreSelector(workshopLabelStore(useController()), (s) => (nodeId === undefined ? null : (s.labelling?.boxes.get(nodeId) ?? null)));
}

/** Boxes are shared by size, so a node whose box is unchanged keeps the same object and its links do not redraw. */
const boxCache = new Map<string, DrawnBox>();
function drawnBox(width: number, height: number, dx = 0, dy = 0): DrawnBox {
  const key = `${width.toFixed(1)}|${height.toFixed(1)}|${dx.toFixed(1)}|${dy.toFixed(1)}`;
  let box = boxCache.get(key);
  if (!box) {
    if (boxCache.size > 5000) boxCache.clear();
    box = Object.freeze({ width, height, dx, dy });
    boxCache.set(key, box);
  }
  return box;
}

export interface LabelInputs {
  readonly doc: MapDocument;
  readonly degree: ReadonlyMap<string, number>;
  readonly selection: Selection;
  readonly emphasis: Emphasis | null;
  readonly lensResult: LensResult | null;
  readonly zoom: number;
  /** The chips' size on screen: workshop mode's unless given (the editor's are smaller). */
  readonly label?: { fontPx: number; maxWidth: number; paddingX: number; paddingY: number; charWidth?: number; lineHeight?: number };
  /** The markers' size on screen. */
  readonly markerPx?: number;
  /** Only these nodes are drawn (the rest are off screen): only they need placing. */
  readonly only?: ReadonlySet<string> | null;
  /** What the user sees of the map at rest: names are put in sight when they can be. */
  readonly seen?: SeenArea | null;
}

/** Links per node, worked out once per change to the links rather than per camera move. */
export function degreesOf(links: MapDocument['links']): Map<string, number> {
  const degree = new Map<string, number>();
  for (const link of Object.values(links)) {
    degree.set(link.source, (degree.get(link.source) ?? 0) + 1);
    degree.set(link.target, (degree.get(link.target) ?? 0) + 1);
  }
  return degree;
}

const degreesByLinks = new WeakMap<MapDocument['links'], Map<string, number>>();

/**
 * degreesOf, kept for as long as the links are the same object: the editor's names go off and
 * on again at each switch to the picture and back, and counting 15,000 links each time was a
 * good part of that switch's frame.
 */
export function degreesOfLinks(links: MapDocument['links']): Map<string, number> {
  let degree = degreesByLinks.get(links);
  if (!degree) degreesByLinks.set(links, (degree = degreesOf(links)));
  return degree;
}

/**
 * Which names to show, most important first (canvas/labelPriority.ts), so that no two shown
 * names overlap on screen; the rest are drawn as markers. Workshop mode and the zoomed-out
 * editor (canvas/MapLabels.tsx) both use it.
 */
export function workshopLabels({ doc, degree, selection, emphasis, lensResult, zoom, label = WORKSHOP_LABEL, markerPx = WORKSHOP_MARKER_PX, only = null, seen = null }: LabelInputs): WorkshopLabelling {
  const selected = new Set(selection.nodeIds);
  const candidates: LabelCandidate[] = [];
  const widths = new Map<string, number>();
  const nodes = only ? [...only].flatMap((id) => doc.nodes[id] ?? []) : Object.values(doc.nodes);
  for (const node of nodes) {
    if (lensResult?.hidden.has(node.id)) continue;
    const look = lensResult?.looks.get(node.id);
    const faded = isNodeFaded({ emphasis }, node.id) || (look?.filteredOut ?? false);
    const priority = labelPriority({ selected: selected.has(node.id), emphasised: emphasis?.nodeIds.has(node.id) ?? false, faded, scale: look?.scale ?? 1, degree: degree.get(node.id) ?? 0 });
    // A lens that draws a node larger scales its chip and its marker alike (the has-lens transform).
    const scale = look?.scale ?? 1;
    // A chosen finding's names are shown if at all possible, as a tag beside the node if need be, in full.
    const tag = emphasis?.nodeIds.has(node.id) ?? false;
    // Chips and tags take the same size (a tag is the chip moved beside its marker); a tag, which
    // is never cut short, takes a third line only for a name too long for two, however wide.
    const chip = estimateLabelSize(node.name, label, NAME_LINES);
    const size = tag && chip.cut ? estimateLabelSize(node.name, label, 3) : chip;
    if (size.maxWidth > label.maxWidth) widths.set(node.id, size.maxWidth);
    candidates.push({ id: node.id, x: node.x + NODE_WIDTH / 2, y: node.y + NODE_HEIGHT / 2, width: size.width * scale, height: size.height * scale, priority, marker: markerPx * scale, tag });
  }
  const placed = placeLabels(candidates, zoom, undefined, undefined, seen);
  const boxes = new Map<string, DrawnBox>();
  const shown = new Set<string>();
  const tags = new Map<string, NameTag>();
  for (const c of candidates) {
    const at = placed.get(c.id);
    if (at?.detached) tags.set(c.id, { dx: at.dx, dy: at.dy, width: c.width, height: c.height });
    else if (at) shown.add(c.id);
    boxes.set(c.id, at && !at.detached ? drawnBox(c.width / zoom, c.height / zoom, at.dx / zoom, at.dy / zoom) : drawnBox(c.marker! / zoom, c.marker! / zoom));
  }
  return { shown, boxes, tags, widths, zoom };
}
