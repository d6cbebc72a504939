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

/** Past this share of the map's nodes redrawn (a layout, a paste), the index is made afresh rather than patched. */
const MOST_PATCHED = 0.25;

/**
 * The layout for new inputs. When no node is drawn elsewhere or with another box (a rename, a
 * note, a change of kind) the last index and cache are kept, objects and all, so an edit on a
 * 5,000-node map costs no geometry and the canvas is not drawn again. When some are (a move, a
 * drag's end, the names placed again at a new zoom) only their links are filed again and
 * forgotten by the cache; the rest keep their ends. New links, or most of the map moved, make
 * both afresh (a few ms at 30,000 links). A drag in progress is not an input: LinkIndex.near
 * and LinkEndsCache.geometry take it per draw.
 */
export function updateLinkLayout(previous: LinkLayout | null, inputs: LinkLayoutInputs): LinkLayout {
  const boxes = inputs.boxes;
  const boxOf = (id: string) => boxes?.get(id) ?? null;
  if (previous && previous.inputs.links === inputs.links) {
    const redrawn = nodesRedrawn(previous.inputs, inputs);
    if (redrawn?.size === 0) return { ...previous, inputs };
    if (redrawn && redrawn.size <= MOST_PATCHED * Object.keys(inputs.doc.nodes).length) {
      previous.index.refile(inputs.doc.nodes, movedOf(previous.inputs, inputs, redrawn));
      return { inputs, index: previous.index, cache: LinkEndsCache.keeping(previous.cache, inputs.doc, boxOf, redrawn) };
    }
  }
  const index = new LinkIndex(inputs.doc.nodes, inputs.links);
  return { inputs, index, cache: new LinkEndsCache(inputs.doc, index, boxOf) };
}

/** Of the nodes redrawn, those at another place (rather than only with another box). */
function movedOf(before: LinkLayoutInputs, after: LinkLayoutInputs, redrawn: ReadonlySet<string>): string[] {
  return [...redrawn].filter((id) => {
    const a = before.doc.nodes[id];
    const b = after.doc.nodes[id];
    return !a || !b || a.x !== b.x || a.y !== b.y;
  });
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
