import { useCallback } from 'react';
import { useAppState } from '../app/controllerContext';
import { miniMapColour } from '../canvas/miniMapColour';
import type { FlowNode } from '../canvas/flowElements';

/** The overview map in the lens's colours, so it agrees with the map and the legend. */
export function useMiniMapColour(): (node: FlowNode) => string {
  const looks = useAppState((s) => (s.lensResult?.lens.colour === 'kind' ? null : s.lensResult?.looks));
  return useCallback((node: FlowNode) => looks?.get(node.id)?.fill ?? miniMapColour(node), [looks]);
}
