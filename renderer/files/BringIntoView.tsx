import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import { fitBoundsUncovered } from '../canvas/fitMap';
import { boundsOfNodes } from '../../shared/layout/nodeSize';
import { useController } from '../app/controllerContext';
import { useFileService, useFileUi } from './useFileService';

/** After an import or merge into the open map, moves the view to show what came in. */
export function BringIntoView() {
  const flow = useReactFlow();
  const files = useFileService();
  const controller = useController();
  const justAdded = useFileUi((s) => s.justAdded);
  useEffect(() => {
    if (!justAdded || justAdded.nodeIds.length === 0) return;
    // Wait a frame so the canvas has the new nodes before fitting to them.
    const frame = requestAnimationFrame(() => {
      const doc = controller.state.doc;
      // Bounds from the map itself: off-screen nodes are not measured by the canvas yet.
      const bounds = doc && boundsOfNodes(justAdded.nodeIds.map((id) => doc.nodes[id]).filter((n) => n !== undefined));
      if (bounds) fitBoundsUncovered(flow, atLeast(bounds, 900, 560), { padding: 0.2, duration: 400 });
      files.store.set({ justAdded: null });
    });
    return () => cancelAnimationFrame(frame);
  }, [flow, files, controller, justAdded]);
  return null;
}

/** Grows a rectangle about its centre, so one or two new nodes are shown in context, not huge. */
function atLeast(rect: { x: number; y: number; width: number; height: number }, width: number, height: number) {
  const w = Math.max(rect.width, width);
  const h = Math.max(rect.height, height);
  return { x: rect.x - (w - rect.width) / 2, y: rect.y - (h - rect.height) / 2, width: w, height: h };
}
