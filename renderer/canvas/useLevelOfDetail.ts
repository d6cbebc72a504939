import { useStore, useStoreApi } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { MapDocument } from '../../shared/editing';
import type { MapNode } from '../../shared/model';
import { changedBetween } from '../../shared/sync';
import { MOUNT_SLICE, nextDetailLevel, PICTURE_ABOVE, type DetailLevel } from './detailLevel';
import { NodeGrid, viewRect, type Rect } from './nodeGrid';

/** Below this many nodes React Flow is given the whole map; above it, only what is near the screen. */
const WINDOW_MIN_NODES = 600;
/** The window reaches this share of the screen beyond each edge. */
const WINDOW_MARGIN = 0.75;

export interface LevelOfDetail {
  readonly level: DetailLevel;
  readonly grid: NodeGrid<MapNode>;
  /** Node ids React Flow is given this frame, or null for all of them. */
  readonly domIds: ReadonlySet<string> | null;
  /** Whether the picture is on screen (it stays until the DOM nodes have all been mounted). */
  readonly pictureShown: boolean;
  /** The nodes near the screen (all of them on a small map), mounted or being mounted; null at the picture level. */
  readonly near: ReadonlySet<string> | null;
  /** Every node near the screen is mounted (not part-way back from the picture). */
  readonly complete: boolean;
  readonly onPictureShown: () => void;
}

/**
 * Chooses between DOM nodes and the picture by how many nodes are on screen (detailLevel.ts),
 * and moves between them without a long task: DOM nodes are mounted a slice a frame, nearest
 * the centre first, with the picture still showing until they are all there; going the other
 * way, the DOM nodes stay until the picture for this camera has been drawn.
 */
export function useLevelOfDetail(doc: MapDocument | null, hidden: ReadonlySet<string> | undefined): LevelOfDetail {
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
  const windowed = Object.keys(nodes).length >= WINDOW_MIN_NODES;
  const [window, setWindow] = useState<Rect | null>(null);

  // The window follows the camera, moving only once the screen nears its edge.
  useEffect(() => {
    if (!windowed) return;
    const check = () => {
      const { transform, width, height } = store.getState();
      if (!width || !height) return;
      const screen = viewRect(transform, width, height);
      setWindow((current) => (current && contains(current, screen) && current.width < screen.width * 5 ? current : viewRect(transform, width, height, WINDOW_MARGIN)));
    };
    check();
    return store.subscribe((s, p) => {
      if (s.transform !== p.transform || s.width !== p.width) check();
    });
  }, [store, windowed]);

  // The nodes to mount, nearest the centre of the screen first.
  const target = useMemo(() => {
    if (level === 'picture') return null;
    const { transform, width, height } = store.getState();
    const area = windowed && window ? window : null;
    const centre = viewRect(transform, width || 1, height || 1);
    const cx = centre.x + centre.width / 2;
    const cy = centre.y + centre.height / 2;
    const near = area ? grid.inRect(area) : Object.values(nodes);
    return near.sort((a, b) => Math.hypot(a.x - cx, a.y - cy) - Math.hypot(b.x - cx, b.y - cy)).map((n) => n.id);
  }, [nodes, grid, level, store, window, windowed]);

  // The target's nodes that are mounted: a slice more a frame, those already there staying,
  // so neither coming back from the picture nor a pan that brings many nodes in mounts them at once.
  const [mounted, setMounted] = useState<ReadonlySet<string>>(EMPTY);
  const [pictureShown, setPictureShown] = useState(false);
  const missing = useMemo(() => (target ? target.filter((id) => !mounted.has(id)) : []), [target, mounted]);
  useEffect(() => {
    if (level === 'picture') {
      if (pictureShown && mounted.size) setMounted(EMPTY);
      return;
    }
    if (!missing.length) {
      if (pictureShown) setPictureShown(false);
      return;
    }
    const frame = requestAnimationFrame(() => {
      const keep = new Set(target);
      const next = new Set([...mounted].filter((id) => keep.has(id)));
      for (const id of missing.slice(0, MOUNT_SLICE)) next.add(id);
      setMounted(next);
    });
    return () => cancelAnimationFrame(frame);
  }, [level, mounted, missing, target, pictureShown]);

  // While the picture is being drawn, the DOM nodes stay as they were.
  const last = useRef<ReadonlySet<string> | null>(null);
  const complete = level === 'dom' && missing.length === 0;
  const domIds = useMemo(() => {
    if (level === 'picture') return pictureShown ? EMPTY : last.current;
    if (!target) return null;
    if (complete) return windowed ? new Set(target) : null;
    return new Set(target.filter((id) => mounted.has(id)));
  }, [level, pictureShown, target, mounted, complete, windowed]);
  if (level === 'dom') last.current = domIds;

  const onPictureShown = useCallback(() => {
    if (levelRef.current === 'picture') setPictureShown(true);
  }, []);
  const near = useMemo(() => (target && windowed ? new Set(target) : null), [target, windowed]);
  return { level, grid, domIds, near, pictureShown, onPictureShown, complete };
}

function contains(outer: Rect, inner: Rect): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

const EMPTY: ReadonlySet<string> = new Set();
const NO_NODES: MapDocument['nodes'] = {};
