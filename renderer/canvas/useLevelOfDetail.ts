import { useStore, useStoreApi } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { MapDocument } from '../../shared/editing';
import type { MapNode } from '../../shared/model';
import { changedBetween } from '../../shared/sync';
import { MOUNT_SLICE, nextDetailLevel, nextMountSlice, PICTURE_ABOVE, UNMOUNT_SLICE, type DetailLevel } from './detailLevel';
import { peekMapFocus } from './mapFocusHandover';
import { NodeGrid, viewRect, type Rect } from './nodeGrid';

/**
 * Below this many nodes React Flow is given the whole map; above it, only what is on screen, with
 * the links on a canvas. Given the whole of a 500-node map, dragging one node drew 20 frames a
 * second (React Flow takes in every node and link again each frame of the drag); windowed, 60.
 * At 150 the two are alike; the demo map (64) keeps React Flow's own links.
 */
export const WINDOW_MIN_NODES = 150;
/** The window reaches this share of the screen beyond each edge. */
const WINDOW_MARGIN = 0.15;

export interface LevelOfDetail {
  readonly level: DetailLevel;
  readonly grid: NodeGrid<MapNode>;
  /** A big map: React Flow is given only the nodes on screen, its links are drawn on a canvas. */
  readonly windowed: boolean;
  /** Node ids React Flow is given this frame, or null for all of them. */
  readonly domIds: ReadonlySet<string> | null;
  /** Whether the picture is on screen (it stays until the DOM nodes have all been mounted). */
  readonly pictureShown: boolean;
  /** The nodes on screen at rest (all of them on a small map), mounted or being mounted; null at the picture level. */
  readonly near: ReadonlySet<string> | null;
  /** Every node on screen at rest is mounted (not part-way back from the picture or a gesture). */
  readonly complete: boolean;
  readonly onPictureShown: () => void;
}

/**
 * Chooses between DOM nodes and the picture by how many nodes are on screen (detailLevel.ts),
 * and moves between them without a long task: DOM nodes are mounted a slice a frame, nearest
 * the centre first, with the picture still showing until they are all there; going the other
 * way, the DOM nodes stay until the picture for this camera has been drawn, then go a slice a
 * frame. On a big map nothing is mounted or unmounted while the camera moves (the picture
 * stands in for the DOM during a pan or zoom, MapPicture.tsx): React Flow re-indexes its nodes
 * each time the set changes, and doing that every frame of a gesture was most of its cost.
 */
export function useLevelOfDetail(doc: MapDocument | null, hidden: ReadonlySet<string> | undefined, moving: boolean, selected: readonly string[]): LevelOfDetail {
  const store = useStoreApi();
  const nodes = doc?.nodes ?? NO_NODES;
  // An edit to a few nodes moves only them in the grid (shared/sync/recordChanges.ts).
  const lastGrid = useRef<{ nodes: MapDocument['nodes']; hidden: ReadonlySet<string> | undefined; grid: NodeGrid<MapNode> } | null>(null);
  const grid = useMemo(() => {
    const last = lastGrid.current;
    const changed = last && last.hidden === hidden ? changedBetween(last.nodes, nodes) : null;
    const next = last && changed ? last.grid.withChanges([...changed].map((id) => ({ before: last.nodes[id], after: nodes[id] })), hidden) : new NodeGrid(Object.values(nodes), hidden);
    lastGrid.current = { nodes, hidden, grid: next };
    return next;
  }, [nodes, hidden]);
  const levelRef = useRef<DetailLevel>('dom');
  const level = useStore(
    useCallback(
      (s: { transform: [number, number, number]; width: number; height: number }) => {
        if (!s.width || !s.height) return levelRef.current;
        const visible = grid.inRect(viewRect(s.transform, s.width, s.height), PICTURE_ABOVE + 1).length;
        levelRef.current = nextDetailLevel(levelRef.current, visible);
        return levelRef.current;
      },
      [grid],
    ),
  );
  // Counted from the last count and the nodes an edit changed, not by listing 5,000 keys each edit.
  const lastCount = useRef<{ nodes: MapDocument['nodes']; count: number } | null>(null);
  const count = useMemo(() => {
    const last = lastCount.current;
    const changed = last ? changedBetween(last.nodes, nodes) : null;
    let count = last?.count ?? 0;
    if (last && changed) for (const id of changed) count += (nodes[id] ? 1 : 0) - (last.nodes[id] ? 1 : 0);
    else count = Object.keys(nodes).length;
    lastCount.current = { nodes, count };
    return count;
  }, [nodes]);
  const windowed = count >= WINDOW_MIN_NODES;
  const frozen = windowed && moving;
  // The window follows the camera at rest: it moves once the screen leaves it, or zooming in has
  // made it much bigger than the screen. Worked out as the camera changes (not in an effect), so
  // the frame a gesture ends in already knows which nodes are missing.
  const windowRef = useRef<Rect | null>(null);
  const window = useStore(
    useCallback(
      (s: { transform: [number, number, number]; width: number; height: number }) => {
        if (!windowed || frozen || !s.width || !s.height) return windowRef.current;
        const screen = viewRect(s.transform, s.width, s.height);
        const current = windowRef.current;
        if (!(current && contains(current, screen) && current.width < screen.width * 1.6)) windowRef.current = viewRect(s.transform, s.width, s.height, WINDOW_MARGIN);
        return windowRef.current;
      },
      [windowed, frozen],
    ),
  );

  // The nodes to mount, nearest the centre of the screen first; a selected node stays, so a
  // node being dragged is never taken from under the pointer.
  const lastTarget = useRef<string[]>(NO_IDS);
  const target = useMemo(() => {
    if (frozen) return lastTarget.current;
    if (level === 'picture') return NO_IDS;
    const { transform, width, height } = store.getState();
    const area = windowed ? window : null;
    if (windowed && !area) return NO_IDS;
    const centre = viewRect(transform, width || 1, height || 1);
    const cx = centre.x + centre.width / 2;
    const cy = centre.y + centre.height / 2;
    const near = area ? grid.inRect(area) : Object.values(nodes).filter((n) => !hidden?.has(n.id));
    const ids = near.sort((a, b) => Math.hypot(a.x - cx, a.y - cy) - Math.hypot(b.x - cx, b.y - cy)).map((n) => n.id);
    // The node the keyboard was on in the picture comes first, so the focus lands on it soon (mapFocusHandover.ts).
    const handed = peekMapFocus('dom');
    const at = handed === null ? -1 : ids.indexOf(handed);
    if (at > 0) ids.unshift(...ids.splice(at, 1));
    if (!area) return ids;
    const inside = new Set(ids);
    for (const id of selected) if (!inside.has(id) && nodes[id] && !hidden?.has(id)) ids.push(id);
    return ids;
  }, [nodes, grid, hidden, level, store, window, windowed, selected, frozen]);
  lastTarget.current = target;

  // The target's nodes that are mounted: a slice more (or fewer) a frame, those already there
  // staying, so neither coming back from the picture nor a pan that brings many nodes in mounts
  // them at once.
  const [mounted, setMounted] = useState<ReadonlySet<string>>(EMPTY);
  const slice = useRef({ size: MOUNT_SLICE, at: 0 });
  const [pictureShown, setPictureShown] = useState(false);
  const missing = useMemo(() => target.filter((id) => !mounted.has(id)), [target, mounted]);
  const extra = useMemo(() => {
    const keep = new Set(target);
    return [...mounted].filter((id) => !keep.has(id));
  }, [target, mounted]);
  const complete = level === 'dom' && missing.length === 0 && (windowed ? window !== null : true);
  useEffect(() => {
    if (level === 'dom' && complete && pictureShown) setPictureShown(false);
    // While the picture is being drawn, the DOM nodes stay as they were.
    if (frozen || (level === 'picture' && !pictureShown)) return;
    if (!missing.length && !extra.length) return;
    const frame = requestAnimationFrame((now) => {
      // Sized by how long the last slice took (from its frame to this one), when it was the last frame's.
      const last = slice.current;
      const size = last.at > 0 && now - last.at < 1000 ? nextMountSlice(last.size, now - last.at) : last.size;
      const next = new Set(mounted);
      for (const id of extra.slice(0, Math.round((UNMOUNT_SLICE * size) / MOUNT_SLICE))) next.delete(id);
      for (const id of missing.slice(0, size)) next.add(id);
      slice.current = { size, at: now };
      setMounted(next);
    });
    return () => cancelAnimationFrame(frame);
  }, [level, mounted, missing, extra, pictureShown, frozen, complete]);

  const domIds = useMemo(() => (!windowed && complete && !extra.length ? null : mounted), [windowed, complete, extra.length, mounted]);

  const onPictureShown = useCallback(() => {
    if (levelRef.current === 'picture') setPictureShown(true);
  }, []);
  const near = useMemo(() => (level === 'dom' && windowed ? new Set(target) : null), [level, target, windowed]);
  return { level, grid, windowed, domIds, near, pictureShown, onPictureShown, complete };
}

function contains(outer: Rect, inner: Rect): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

const EMPTY: ReadonlySet<string> = new Set();
const NO_IDS: string[] = [];
const NO_NODES: MapDocument['nodes'] = {};
