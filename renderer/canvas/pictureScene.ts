import type { MapDocument } from '../../shared/editing';
import type { LensResult } from '../../shared/lens';
import type { StickyNote } from '../../shared/model';
import { changedBetween } from '../../shared/sync';
import type { Emphasis, Selection } from '../state/appState';
import { labelPriority } from './labelPriority';

/** Per-node flags in a picture scene. */
export const FADED = 1;
export const SELECTED = 2;
export const PINNED = 4;

/**
 * The map as flat arrays, ready to post to the picture worker: built once per change of the
 * map, lens, emphasis or selection (never per frame), drawn many times at different cameras.
 */
export interface PictureScene {
  readonly count: number;
  /** Top-left corner of each node's box, in map units. */
  readonly xy: Float32Array;
  /** The lens's size for each node (0.6 to 1 of the box). */
  readonly scale: Float32Array;
  /** Indices into `palette`. */
  readonly fill: Uint16Array;
  readonly border: Uint16Array;
  readonly flags: Uint8Array;
  readonly palette: string[];
  /** Pairs of node indices. */
  readonly links: Uint32Array;
  /** Pairs of node indices of the selected links, drawn over the rest in the focus colour. */
  readonly selectedLinks: Uint32Array;
  readonly names: string[];
  /** Which names are shown first when there is not room for all (labelPriority.ts). */
  readonly priority: Float64Array;
  readonly notes: { x: number; y: number; width: number; height: number }[];
  readonly ids: string[];
}

/** The colours a picture draws with, read from the theme (theme.css, workshop.css). */
export interface PictureColours {
  readonly fill: Record<string, string>;
  readonly border: Record<string, string>;
}

export interface SceneInputs {
  readonly doc: MapDocument;
  readonly degree: ReadonlyMap<string, number>;
  readonly selection: Selection;
  readonly emphasis: Emphasis | null;
  readonly lensResult: LensResult | null;
  readonly colours: PictureColours;
  readonly notes: readonly StickyNote[];
}

/**
 * The scene for new inputs, made from the previous one when only a few nodes changed (an edit,
 * a drag's end): their entries are written into copies of the arrays that hold what changed,
 * and every other part is shared, so the picture client sends the worker only those
 * (pictureClient.ts). Anything else — nodes or links added or removed, another lens, emphasis,
 * selection, theme or notes — builds the scene again.
 */
export function updatePictureScene(previous: { scene: PictureScene; inputs: SceneInputs } | null, inputs: SceneInputs): PictureScene {
  if (!previous) return buildPictureScene(inputs);
  const { scene, inputs: was } = previous;
  const same =
    was.doc.links === inputs.doc.links &&
    was.degree === inputs.degree &&
    was.selection === inputs.selection &&
    was.emphasis === inputs.emphasis &&
    was.lensResult === inputs.lensResult &&
    was.colours === inputs.colours &&
    was.notes === inputs.notes;
  if (!same) return buildPictureScene(inputs);
  if (was.doc.nodes === inputs.doc.nodes) return scene;
  const index = sceneIndex(scene);
  const before = was.doc.nodes;
  const after = inputs.doc.nodes;
  // The reader says which nodes changed (shared/sync/recordChanges.ts): an edit costs its nodes, not the map's.
  const ids = changedBetween(before, after) ?? changedByComparing(before, after);
  if (ids.size > scene.count / 4) return buildPictureScene(inputs);
  const changed: number[] = [];
  for (const id of ids) {
    const node = after[id];
    const i = index.get(id);
    // A node new to the map, gone from it, or one a lens filter leaves out changes which nodes are drawn.
    if (!node || i === undefined || !before[id] || before[id].kind !== node.kind) return buildPictureScene(inputs);
    changed.push(i);
  }
  let xy: Float32Array | null = null;
  let names: string[] | null = null;
  let flags: Uint8Array | null = null;
  for (const i of changed) {
    const node = inputs.doc.nodes[scene.ids[i]!]!;
    if (scene.xy[2 * i] !== Math.fround(node.x) || scene.xy[2 * i + 1] !== Math.fround(node.y)) {
      xy ??= scene.xy.slice();
      xy[2 * i] = node.x;
      xy[2 * i + 1] = node.y;
    }
    if (scene.names[i] !== node.name) {
      names ??= scene.names.slice();
      names[i] = node.name;
    }
    const flag = (scene.flags[i]! & ~PINNED) | (node.pinned ? PINNED : 0);
    if (flag !== scene.flags[i]) {
      flags ??= scene.flags.slice();
      flags[i] = flag;
    }
  }
  if (!xy && !names && !flags) return scene;
  const next = { ...scene, ...(xy ? { xy } : {}), ...(names ? { names } : {}), ...(flags ? { flags } : {}) };
  indexOfScene.set(next, index);
  return next;
}

export function buildPictureScene({ doc, degree, selection, emphasis, lensResult, colours, notes }: SceneInputs): PictureScene {
  const nodes = Object.values(doc.nodes).filter((n) => !lensResult?.hidden.has(n.id));
  const count = nodes.length;
  const palette: string[] = [];
  const paletteIndex = new Map<string, number>();
  const colourIndex = (colour: string) => {
    let i = paletteIndex.get(colour);
    if (i === undefined) {
      i = palette.push(colour) - 1;
      paletteIndex.set(colour, i);
    }
    return i;
  };
  const xy = new Float32Array(count * 2);
  const scale = new Float32Array(count);
  const fill = new Uint16Array(count);
  const border = new Uint16Array(count);
  const flags = new Uint8Array(count);
  const priority = new Float64Array(count);
  const names: string[] = new Array(count);
  const ids: string[] = new Array(count);
  const selected = new Set(selection.nodeIds);
  const lensColours = lensResult !== null && lensResult.lens.colour !== 'kind';
  const at = new Map<string, number>();
  nodes.forEach((node, i) => {
    at.set(node.id, i);
    ids[i] = node.id;
    names[i] = node.name;
    xy[2 * i] = node.x;
    xy[2 * i + 1] = node.y;
    const look = lensResult?.looks.get(node.id);
    scale[i] = look?.scale ?? 1;
    fill[i] = colourIndex(lensColours && look ? look.fill : (colours.fill[node.kind] ?? '#ccc'));
    border[i] = colourIndex(lensColours && look?.border ? look.border : (colours.border[node.kind] ?? '#333'));
    const faded = (emphasis !== null && !emphasis.nodeIds.has(node.id)) || (look?.filteredOut ?? false);
    flags[i] = (faded ? FADED : 0) | (selected.has(node.id) ? SELECTED : 0) | (node.pinned ? PINNED : 0);
    priority[i] = labelPriority({ selected: selected.has(node.id), emphasised: emphasis?.nodeIds.has(node.id) ?? false, faded, scale: scale[i]!, degree: degree.get(node.id) ?? 0 });
  });
  const links: number[] = [];
  for (const link of Object.values(doc.links)) {
    const s = at.get(link.source);
    const t = at.get(link.target);
    if (s !== undefined && t !== undefined) links.push(s, t);
  }
  const selectedLinks: number[] = [];
  for (const id of selection.linkIds) {
    const link = doc.links[id];
    const s = link && at.get(link.source);
    const t = link && at.get(link.target);
    if (s !== undefined && t !== undefined) selectedLinks.push(s, t);
  }
  return {
    count,
    xy,
    scale,
    fill,
    border,
    flags,
    palette,
    links: Uint32Array.from(links),
    selectedLinks: Uint32Array.from(selectedLinks),
    names,
    priority,
    notes: notes.map((n) => ({ x: n.x, y: n.y, width: n.width, height: n.height })),
    ids,
  };
}

/** Every id whose record differs, for two versions of the nodes the reader cannot relate. */
function changedByComparing(before: MapDocument['nodes'], after: MapDocument['nodes']): Set<string> {
  const ids = new Set<string>();
  for (const id in after) if (before[id] !== after[id]) ids.add(id);
  for (const id in before) if (!(id in after)) ids.add(id);
  return ids;
}

const indexOfScene = new WeakMap<PictureScene, Map<string, number>>();

/**
 * The scene with some nodes moved (a drag in progress): a new `xy`, every other part shared, so
 * the picture client sends the worker only the positions (pictureClient.ts).
 */
export function withMovedNodes(scene: PictureScene, positions: ReadonlyMap<string, { x: number; y: number }>): PictureScene {
  const index = sceneIndex(scene);
  const xy = scene.xy.slice();
  for (const [id, at] of positions) {
    const i = index.get(id);
    if (i === undefined) continue;
    xy[2 * i] = at.x;
    xy[2 * i + 1] = at.y;
  }
  const next = { ...scene, xy };
  indexOfScene.set(next, index);
  return next;
}

/**
 * The scene with some sticky notes moved (a drag in progress): `notes` are the notes the scene
 * was built from, in its order. Only the notes' boxes are new.
 */
export function withMovedNotes(scene: PictureScene, notes: readonly { readonly id: string }[], moved: ReadonlyMap<string, { x: number; y: number }>): PictureScene {
  if (notes.length !== scene.notes.length) return scene;
  const boxes = scene.notes.map((box, i) => {
    const at = moved.get(notes[i]!.id);
    return at ? { ...box, x: at.x, y: at.y } : box;
  });
  const next = { ...scene, notes: boxes };
  indexOfScene.set(next, sceneIndex(scene));
  return next;
}

/** Each node's place in a scene's arrays. */
function sceneIndex(scene: PictureScene): Map<string, number> {
  let index = indexOfScene.get(scene);
  if (!index) indexOfScene.set(scene, (index = new Map(scene.ids.map((id, i) => [id, i]))));
  return index;
}

/** The theme's node colours, as the DOM nodes use them. */
export function themeColours(root: Element): PictureColours {
  const style = getComputedStyle(root);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const kinds = ['person', 'organisation', 'space', 'project'] as const;
  const fallbacks = { person: '#b8561b', organisation: '#2d5fb8', space: '#1b7a57', project: '#6b3fb0' };
  return {
    fill: Object.fromEntries(kinds.map((k) => [k, read(`--${k}-fill`, '#eee')])),
    border: Object.fromEntries(kinds.map((k) => [k, read(`--${k}-border`, fallbacks[k])])),
  };
}
