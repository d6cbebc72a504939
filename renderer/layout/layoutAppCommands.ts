import type { ReactFlowInstance } from '@xyflow/react';
import { NODE_HEIGHT, NODE_WIDTH, boundsOfNodes } from '../../shared/layout/nodeSize';
import type { MenuCommand } from '../../shared/ipc/menuCommands';
import type { EditorController } from '../state/editorController';
import { fitBoundsUncovered, fitMap } from '../canvas/fitMap';
import { layoutServiceFor, type LayoutRequest } from './layoutService';
import { FLOW_PREVIEW_LIMIT } from './useLayoutPreviewNodes';

/** The layout commands among the app's menu commands. */
export type LayoutCommand = Extract<MenuCommand, `layout:${string}`>;

/**
 * The Layout menu's commands, for the toolbar menu, the native menu and the keyboard alike.
 * After a run the view fits what was laid out, so the user sees the whole result.
 */
export function createLayoutCommands(controller: EditorController, flow: ReactFlowInstance | null): Record<LayoutCommand, () => void> {
  const service = layoutServiceFor(controller);
  const run = (request: LayoutRequest) => () => {
    void service.start(request).then(() => {
      const doc = controller.state.doc;
      const emphasis = controller.state.emphasis;
      if (request.kind === 'focus' && emphasis?.source === 'layout' && doc && flow) {
        const nodes = [...emphasis.nodeIds].map((id) => doc.nodes[id]).filter((n) => n !== undefined);
        const minX = Math.min(...nodes.map((n) => n.x));
        const minY = Math.min(...nodes.map((n) => n.y));
        const maxX = Math.max(...nodes.map((n) => n.x + NODE_WIDTH));
        const maxY = Math.max(...nodes.map((n) => n.y + NODE_HEIGHT));
        // Never closer than a comfortable working zoom, so the faded rest still shows round it.
        const width = Math.max(maxX - minX, 1800);
        const height = Math.max(maxY - minY, 1000);
        const x = (minX + maxX) / 2 - width / 2;
        const y = (minY + maxY) / 2 - height / 2;
        fitBoundsUncovered(flow, { x, y, width, height }, { padding: 0.1, duration: 400 });
      } else if (request.kind === 'cluster' && doc && flow) {
        // Room above the top row for the group labels.
        const bounds = boundsOfNodes(Object.values(doc.nodes));
        if (bounds) fitBoundsUncovered(flow, { ...bounds, y: bounds.y - 90, height: bounds.height + 90 }, { padding: 0.06, duration: 400 });
      } else if (request.kind === 'organic') {
        // No animation on big maps: every animated frame re-checks which of thousands of nodes show.
        fitMap(flow, doc, doc && Object.keys(doc.nodes).length > FLOW_PREVIEW_LIMIT ? 0 : 400);
      }
    });
  };
  return {
    'layout:tidy': run({ kind: 'organic' }),
    'layout:groupByArea': run({ kind: 'cluster', field: 'area' }),
    'layout:groupByKind': run({ kind: 'cluster', field: 'kind' }),
    'layout:groupByOrganisation': run({ kind: 'cluster', field: 'organisation' }),
    'layout:groupByTag': run({ kind: 'cluster', field: 'tag' }),
    'layout:groupByCommunity': run({ kind: 'cluster', field: 'community' }),
    'layout:focusOneStep': run({ kind: 'focus', steps: 1 }),
    'layout:focusTwoSteps': run({ kind: 'focus', steps: 2 }),
    'layout:removeOverlaps': run({ kind: 'overlap' }),
    'layout:unpinAll': () => service.unpinAll(),
    'layout:stop': () => service.stop(),
  };
}
