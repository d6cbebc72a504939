import type { ReactFlowInstance } from '@xyflow/react';
import type { MapLink } from '../../shared/model';
import type { EditorController } from '../state/editorController';
import { workshopLabelStore } from '../workshop/workshopLabels';
import { linkAt } from './linkDraw';

/** How near a link a click must land, in screen pixels: React Flow's edges take clicks 7 px either side. */
const CLICK_PX = 7;

/** The drawn link under a click on a big map's link canvas (LinkCanvas.tsx), if any, leaving out links a lens hides. */
export function linkAtPointer(
  controller: EditorController,
  flow: Pick<ReactFlowInstance, 'screenToFlowPosition' | 'getZoom'>,
  event: { clientX: number; clientY: number },
): MapLink | null {
  const { doc, lensResult } = controller.state;
  if (!doc) return null;
  const hidden = lensResult?.hidden;
  const links = Object.values(doc.links).filter((l) => !hidden?.has(l.source) && !hidden?.has(l.target));
  const point = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
  const boxes = workshopLabelStore(controller).get().labelling?.boxes;
  return linkAt(doc, links, point, CLICK_PX / flow.getZoom(), (id) => boxes?.get(id) ?? null);
}
