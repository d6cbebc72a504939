import type { ReactFlowInstance } from '@xyflow/react';
import { findFreeSpot } from '../../shared/layout/freeSpot';
import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/layout/nodeSize';
import type { MenuCommand } from '../../shared/ipc/contract';
import type { NodeKind } from '../../shared/model';
import type { EditorController } from '../state/editorController';
import { fitMap } from '../canvas/fitMap';
import { focusIsLost, focusMap } from '../canvas/focusMap';
import { analysisServiceFor } from '../analysis/analysisServiceFor';
import { createFileCommands } from '../files/fileCommands';
import { createLayoutCommands } from '../layout/layoutAppCommands';
import { createWorkshopCommands } from '../workshop/workshopCommands';
import { createSessionCommands } from '../stickies/sessionCommands';
import { stickyObstacles } from '../stickies/stickyPlacement';
import { addNodeToName } from './addNodeToName';
import { isEditingText, runNativeTextCommand } from './textEditing';

export type AppCommands = Record<MenuCommand, () => void>;

/**
 * Every command the user can give — from the toolbar, the native menu or the keyboard — is
 * one of these, so all three always do exactly the same thing.
 */
export function createAppCommands(controller: EditorController, flow: ReactFlowInstance | null, openDemo: () => void): AppCommands {
  const addNode = (kind: NodeKind) => {
    const doc = controller.state.doc;
    if (!doc) return;
    const centre = viewportCentre(flow);
    // About 40 px of clear screen round the new node at this zoom, so it stands out and its
    // selection ring is seen, rather than filling a narrow hole in a dense part of the map.
    const zoom = flow?.getZoom() ?? 1;
    const gap = { x: Math.max(96, 80 / zoom), y: Math.max(64, 60 / zoom) };
    const spot = findFreeSpot([...Object.values(doc.nodes), ...stickyObstacles(doc.meta.stickyNotes)], { x: centre.x - NODE_WIDTH / 2, y: centre.y - NODE_HEIGHT / 2 }, 40, gap);
    addNodeToName(controller, { kind, ...spot });
    bringIntoView(flow, spot);
  };
  const textOr = (native: 'undo' | 'redo' | 'cut' | 'copy' | 'paste' | 'selectAll', map: () => void) => () => {
    if (isEditingText()) runNativeTextCommand(native);
    else map();
  };
  return {
    ...createFileCommands(controller),
    'map:new': () => void controller.newMap(),
    'map:showMaps': () => void controller.showMaps(),
    'map:openDemo': openDemo,
    'map:restoreBackup': () => controller.setDialog('backups'),
    'map:settings': () => controller.state.doc && controller.setDialog('mapSettings'),
    'edit:undo': textOr('undo', () => controller.undo()),
    'edit:redo': textOr('redo', () => controller.redo()),
    'edit:cut': textOr('cut', () => controller.cut()),
    'edit:copy': textOr('copy', () => controller.copy()),
    'edit:paste': textOr('paste', () => controller.paste()),
    'edit:delete': () => {
      if (!isEditingText()) controller.deleteSelection();
    },
    'edit:selectAll': textOr('selectAll', () => controller.selectAll()),
    'edit:find': () => controller.state.doc && controller.setDialog('find'),
    'node:addPerson': () => addNode('person'),
    'node:addOrganisation': () => addNode('organisation'),
    'node:addSpace': () => addNode('space'),
    'node:addProject': () => addNode('project'),
    'view:fit': () => fitMap(flow, controller.state.doc),
    'view:zoomIn': () => void flow?.zoomIn({ duration: 200 }),
    'view:zoomOut': () => void flow?.zoomOut({ duration: 200 }),
    'view:toggleMinimap': () => controller.toggleMinimap(),
    'view:gapAnalysis': () => toggleGapAnalysis(controller),
    'help:about': () => controller.setDialog('about'),
    'help:shortcuts': () => controller.setDialog('shortcuts'),
    ...createLayoutCommands(controller, flow),
    ...createWorkshopCommands(controller),
    ...createSessionCommands(controller, flow),
  };
}

/** Opens or closes Gap analysis and takes the keyboard with it: into the panel, or back to the map. */
function toggleGapAnalysis(controller: EditorController): void {
  if (!controller.state.doc) return;
  const service = analysisServiceFor(controller);
  service.toggle();
  requestAnimationFrame(() => {
    if (service.state.open) document.querySelector<HTMLElement>('.analysis-panel h2')?.focus();
    else if (focusIsLost()) focusMap(controller.state.selection.nodeIds[0]);
  });
}

/** Pans (keeping the zoom) when a new node's spot is off screen, so you see what you are naming. */
function bringIntoView(flow: ReactFlowInstance | null, spot: { x: number; y: number }): void {
  const pane = document.querySelector('.react-flow');
  if (!flow || !pane) return;
  const rect = pane.getBoundingClientRect();
  const topLeft = flow.flowToScreenPosition(spot);
  const bottomRight = flow.flowToScreenPosition({ x: spot.x + NODE_WIDTH, y: spot.y + NODE_HEIGHT });
  if (topLeft.x >= rect.left && topLeft.y >= rect.top && bottomRight.x <= rect.right && bottomRight.y <= rect.bottom) return;
  void flow.setCenter(spot.x + NODE_WIDTH / 2, spot.y + NODE_HEIGHT / 2, { zoom: flow.getZoom(), duration: 300 });
}

function viewportCentre(flow: ReactFlowInstance | null): { x: number; y: number } {
  const pane = document.querySelector('.react-flow');
  if (!flow || !pane) return { x: 0, y: 0 };
  const rect = pane.getBoundingClientRect();
  return flow.screenToFlowPosition({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
}
