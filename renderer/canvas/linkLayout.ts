import type { MapDocument } from '../../shared/editing';
import type { MapLink } from '../../shared/model';
import { changedBetween } from '../../shared/sync';
import { LinkEndsCache, LinkIndex } from './linkIndex';

/** A node's drawn box where it is not the standard one (name chips, markers), in map units. */
type Box = { readonly width: number; readonly height: number };

/** What the links canvas places its links from. */
export interface LinkLayoutInputs {
  readonly doc: MapDocument;
  readonly links: readonly MapLink[];
  /** The names' boxes (MapLabels, workshop mode), or undefined for the standard box everywhere. */
  readonly boxes: ReadonlyMap<string, Box> | undefined;
}

/** The links' index by place and the ends worked out so far, with what they were made from. */
export interface LinkLayout {
  readonly inputs: LinkLayoutInputs;
  readonly index: LinkIndex;
  readonly cache: LinkEndsCache;
}

/**
 * The layout for new inputs. When no node is drawn elsewhere or with another box (a rename, a
 * note, a change of kind) the last index and cache are kept, objects and all, so an edit on a
 * 5,000-node map costs no geometry and the canvas is not drawn again; otherwise both are made
 * afresh (a few ms at 30,000 links) and ends are worked out again as links come near the screen.
 * A drag in progress is not an input: LinkIndex.near and LinkEndsCache.geometry take it per draw.
 */
export function updateLinkLayout(previous: LinkLayout | null, inputs: LinkLayoutInputs): LinkLayout {
  if (previous && previous.inputs.links === inputs.links && nodesRedrawn(previous.inputs, inputs)?.size === 0) return { ...previous, inputs };
  const index = new LinkIndex(inputs.doc.nodes, inputs.links);
  const boxes = inputs.boxes;
  return { inputs, index, cache: new LinkEndsCache(inputs.doc, index, (id) => boxes?.get(id) ?? null) };
}

/** The nodes drawn elsewhere, or with another box, than before; null when the map's change is not known. */
export function nodesRedrawn(before: LinkLayoutInputs, after: LinkLayoutInputs): Set<string> | null {
  const candidates = new Set<string>();
  if (before.doc.nodes !== after.doc.nodes) {
    const changed = changedBetween(before.doc.nodes, after.doc.nodes);
    if (!changed) return null;
    for (const id of changed) candidates.add(id);
  }
  if (before.boxes !== after.boxes) {
    for (const id of before.boxes?.keys() ?? []) candidates.add(id);
    for (const id of after.boxes?.keys() ?? []) candidates.add(id);
  }
  const moved = new Set<string>();
  for (const id of candidates) {
    const a = before.doc.nodes[id];
    const b = after.doc.nodes[id];
    const boxA = before.boxes?.get(id);
    const boxB = after.boxes?.get(id);
    if (!a || !b || a.x !== b.x || a.y !== b.y || boxA?.width !== boxB?.width || boxA?.height !== boxB?.height) moved.add(id);
  }
  return moved;
}
