import type { PictureScene } from './pictureScene';

/**
 * What the picture worker is sent when a few nodes moved, were renamed or pinned (an edit, a
 * drag frame): those nodes' entries only, by their place in the scene's arrays, so an edit on a
 * 5,000-node map copies a handful of values to the worker, not 5,000 names.
 */
export interface SceneNodeChanges {
  /** Places in the scene's per-node arrays. */
  readonly at: Uint32Array;
  /** x, y for each place in `at`. */
  readonly xy: Float32Array;
  readonly names: readonly string[];
  readonly flags: Uint8Array;
  /** The sticky notes' boxes, when they changed (a note dragged): a few, sent whole. */
  readonly notes?: PictureScene['notes'];
}

/** The parts of a scene that may change node by node (and the few notes); any other part changed means a new scene. */
const PER_NODE = new Set<keyof PictureScene>(['xy', 'names', 'flags', 'notes']);

/**
 * The nodes whose entries differ between two scenes of the same nodes in the same order, or null
 * when anything else differs (then the whole scene is sent). Comparing the arrays costs
 * microseconds; copying them to the worker is what costs.
 */
export function sceneChanges(a: PictureScene, b: PictureScene): SceneNodeChanges | null {
  if (a.count !== b.count || a.ids !== b.ids) return null;
  for (const key of Object.keys(b) as (keyof PictureScene)[]) if (a[key] !== b[key] && !PER_NODE.has(key)) return null;
  const at: number[] = [];
  for (let i = 0; i < b.count; i++) {
    if (a.xy[2 * i] !== b.xy[2 * i] || a.xy[2 * i + 1] !== b.xy[2 * i + 1] || a.names[i] !== b.names[i] || a.flags[i] !== b.flags[i]) at.push(i);
  }
  const xy = new Float32Array(at.length * 2);
  const flags = new Uint8Array(at.length);
  const names: string[] = new Array(at.length);
  at.forEach((i, k) => {
    xy[2 * k] = b.xy[2 * i]!;
    xy[2 * k + 1] = b.xy[2 * i + 1]!;
    flags[k] = b.flags[i]!;
    names[k] = b.names[i]!;
  });
  return { at: Uint32Array.from(at), xy, names, flags, ...(a.notes !== b.notes ? { notes: b.notes } : {}) };
}

/**
 * Writes the changes into the scene's arrays, in place: for the worker, which owns its copy of
 * the scene (each message is a copy). Returns the scene.
 */
export function applySceneChanges(scene: PictureScene, changes: SceneNodeChanges): PictureScene {
  const names = scene.names;
  changes.at.forEach((i, k) => {
    if (i >= scene.count) return;
    scene.xy[2 * i] = changes.xy[2 * k]!;
    scene.xy[2 * i + 1] = changes.xy[2 * k + 1]!;
    scene.flags[i] = changes.flags[k]!;
    names[i] = changes.names[k]!;
  });
  return changes.notes ? { ...scene, notes: changes.notes } : scene;
}
