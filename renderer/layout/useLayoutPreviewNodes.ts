import { useMemo } from 'react';
import type { FlowNode } from '../canvas/flowElements';
import { useLayoutState } from './useLayoutState';

/**
 * Above this many nodes the settling picture is drawn on a plain canvas (LayoutPreviewLayer)
 * and the real nodes move once, at the end: every frame pushed through React Flow re-checks
 * every node and link, which at a few hundred nodes already costs more than a frame.
 */
export const FLOW_PREVIEW_LIMIT = 120;

/** The canvas's nodes, at the positions of the layout run in progress when there is one. */
export function useLayoutPreviewNodes(nodes: FlowNode[]): FlowNode[] {
  // On big maps this selects nothing, so the canvas does not re-render each frame: every
  // re-render pushes its props into React Flow's store, which re-checks every link.
  const preview = useLayoutState((s) => (s.preview && s.preview.ids.length <= FLOW_PREVIEW_LIMIT ? s.preview : null));
  const index = useMemo(() => (preview ? new Map(preview.ids.map((id, i) => [id, i])) : null), [preview?.ids]);
  return useMemo(() => {
    if (!preview || !index) return nodes;
    return nodes.map((node) => {
      const i = index.get(node.id);
      if (i === undefined || node.data.node.pinned) return node;
      return { ...node, position: { x: preview.positions[2 * i]!, y: preview.positions[2 * i + 1]! } };
    });
  }, [nodes, preview, index]);
}

/**
 * While a layout runs, nodes cannot be dragged: the run would overwrite the drag. On big maps
 * the preview layer covers the nodes instead (toggling React Flow's props there costs a long
 * task), so this only says so for maps small enough to preview on the canvas itself.
 */
export function useLayoutRunning(): boolean {
  return useLayoutState((s) => s.running !== null && s.running.nodeCount <= FLOW_PREVIEW_LIMIT);
}
