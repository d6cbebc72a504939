import { useRef } from 'react';
import type { MapNode } from '../../shared/model';
import { useAppState } from '../app/controllerContext';

/** True when two versions of a node differ only in where they sit on the canvas. */
function samePlaceAside(a: MapNode, b: MapNode): boolean {
  const keys = Object.keys(a) as (keyof MapNode)[];
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => k === 'x' || k === 'y' || a[k] === b[k]);
}

/**
 * The selected node for the details panel, ignoring moves: dragging a node changes its
 * position every frame, and the panel shows no position, so it must not re-render for that.
 */
export function useNodeDetails(id: string): MapNode | undefined {
  const last = useRef<MapNode | undefined>(undefined);
  return useAppState((s) => {
    const node = s.doc?.nodes[id];
    if (node && last.current && node !== last.current && samePlaceAside(node, last.current)) return last.current;
    last.current = node;
    return node;
  });
}
