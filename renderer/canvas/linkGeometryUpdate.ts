import type { MapDocument } from '../../shared/editing';
import type { MapLink } from '../../shared/model';
import { changedBetween } from '../../shared/sync';
import { linkEnds, linkGeometry, type DrawnAt, type LinkGeometry } from './linkDraw';

/** A node's drawn box where it is not the standard one (name chips, markers), in map units. */
type Box = { readonly width: number; readonly height: number };

/** What the links' geometry is worked out from. */
export interface LinkGeometryInputs {
  readonly doc: MapDocument;
  readonly links: readonly MapLink[];
  /** The names' boxes (MapLabels, workshop mode), or undefined for the standard box everywhere. */
  readonly boxes: ReadonlyMap<string, Box> | undefined;
  /** A drag in progress (renderer/state/dragState.ts). */
  readonly moved: DrawnAt;
}

export interface LinkGeometryState {
  readonly inputs: LinkGeometryInputs;
  readonly geometry: LinkGeometry;
  /** Each node's links, as indices into `inputs.links`: made the first time a node moves. */
  readonly byNode: ReadonlyMap<string, readonly number[]> | null;
}

/** Past this share of the links, working them all out again is as quick as picking them out. */
const REDO_ALL_ABOVE = 0.25;

/**
 * The geometry for new inputs, made from the last when only a few nodes' drawn places or boxes
 * changed (an edit, a drag frame, a name's chip): only those nodes' links are worked out again,
 * and when none moved (a rename, a note) the last geometry is kept as it was, object and all,
 * so the canvas is not redrawn. A new list of links, or a change the reader cannot describe,
 * works them all out again. Equal to `linkGeometry` on the same inputs either way.
 */
export function updateLinkGeometry(previous: LinkGeometryState | null, inputs: LinkGeometryInputs): LinkGeometryState {
  const boxOf = (id: string) => inputs.boxes?.get(id) ?? null;
  if (!previous || previous.inputs.links !== inputs.links) return { inputs, geometry: linkGeometry(inputs.doc, inputs.links, boxOf, inputs.moved), byNode: null };
  const moved = nodesRedrawn(previous.inputs, inputs);
  if (moved === null) return { inputs, geometry: linkGeometry(inputs.doc, inputs.links, boxOf, inputs.moved), byNode: previous.byNode };
  if (!moved.size) return { ...previous, inputs };
  const byNode = previous.byNode ?? linksByNode(inputs.links);
  const redo = new Set<number>();
  for (const id of moved) for (const i of byNode.get(id) ?? []) redo.add(i);
  if (redo.size > inputs.links.length * REDO_ALL_ABOVE) return { inputs, geometry: linkGeometry(inputs.doc, inputs.links, boxOf, inputs.moved), byNode };
  const ends = previous.geometry.ends.slice();
  for (const i of redo) {
    const e = linkEnds(inputs.doc, inputs.links[i]!, boxOf, inputs.moved);
    ends[4 * i] = e ? e.x1 : Number.NaN;
    ends[4 * i + 1] = e ? e.y1 : Number.NaN;
    ends[4 * i + 2] = e ? e.x2 : Number.NaN;
    ends[4 * i + 3] = e ? e.y2 : Number.NaN;
  }
  return { inputs, geometry: { links: inputs.links, ends }, byNode };
}

/** The nodes drawn elsewhere, or with another box, than before; null when the map's change is not known. */
function nodesRedrawn(before: LinkGeometryInputs, after: LinkGeometryInputs): Set<string> | null {
  const candidates = new Set<string>();
  if (before.doc.nodes !== after.doc.nodes) {
    const changed = changedBetween(before.doc.nodes, after.doc.nodes);
    if (!changed) return null;
    for (const id of changed) candidates.add(id);
  }
  if (before.moved !== after.moved) {
    for (const id of before.moved?.keys() ?? []) candidates.add(id);
    for (const id of after.moved?.keys() ?? []) candidates.add(id);
  }
  if (before.boxes !== after.boxes) {
    for (const id of before.boxes?.keys() ?? []) candidates.add(id);
    for (const id of after.boxes?.keys() ?? []) candidates.add(id);
  }
  const moved = new Set<string>();
  for (const id of candidates) {
    const a = before.moved?.get(id) ?? before.doc.nodes[id];
    const b = after.moved?.get(id) ?? after.doc.nodes[id];
    const boxA = before.boxes?.get(id);
    const boxB = after.boxes?.get(id);
    if (!a || !b || a.x !== b.x || a.y !== b.y || boxA?.width !== boxB?.width || boxA?.height !== boxB?.height) moved.add(id);
  }
  return moved;
}

function linksByNode(links: readonly MapLink[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  const add = (id: string, i: number) => {
    const list = index.get(id);
    if (list) list.push(i);
    else index.set(id, [i]);
  };
  links.forEach((link, i) => {
    add(link.source, i);
    if (link.target !== link.source) add(link.target, i);
  });
  return index;
}
