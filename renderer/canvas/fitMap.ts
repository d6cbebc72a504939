import type { ReactFlowInstance } from '@xyflow/react';
import { boundsOfNodes } from '../../shared/layout/nodeSize';
import type { MapDocument } from '../../shared/editing';

/**
 * Fits the whole map on screen from the records' own positions and fixed sizes. React Flow's
 * fitView only counts nodes it has measured, and off-screen nodes are never measured.
 */
export function fitMap(flow: Pick<ReactFlowInstance, 'fitBounds'> | null, doc: MapDocument | null, duration = 300): void {
  const bounds = doc ? boundsOfNodes(Object.values(doc.nodes)) : null;
  if (!flow || !bounds) return;
  // Workshop names are a fixed size on screen and reach past the nodes' boxes when zoomed out.
  const workshop = typeof document !== 'undefined' && document.documentElement.dataset.theme === 'workshop';
  void flow.fitBounds(bounds, { padding: workshop ? 0.16 : 0.08, duration });
}
