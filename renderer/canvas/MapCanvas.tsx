import {
  Background,
  BackgroundVariant,
  ConnectionMode,
  Controls,
  MiniMap,
  ReactFlow,
  useReactFlow,
  useStore,
  type Connection,
  type EdgeChange,
  type NodeChange,
  type ReactFlowInstance,
} from '@xyflow/react';
import { useCallback, useMemo, useRef, useState, type MouseEvent } from 'react';
import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/layout/nodeSize';
import type { NodeKind } from '../../shared/model';
import { useAppState, useController } from '../app/controllerContext';
import type { EditorController } from '../state/editorController';
import { AddNodeMenu } from './AddNodeMenu';
import { ConnectDialog } from './ConnectDialog';
import { EmphasisBar } from './EmphasisBar';
import { nodeAtPoint } from './overviewHitTest';
import { OverviewLayer } from './OverviewLayer';
import { isOverviewZoom, OVERVIEW_MIN_NODES } from './overviewMode';
import { GroupLabels } from '../layout/GroupLabels';
import { LayoutOverlay } from '../layout/LayoutOverlay';
import { pinAfterDrag } from '../layout/pinAfterDrag';
import { useLayoutPreviewNodes, useLayoutRunning } from '../layout/useLayoutPreviewNodes';
import { LegendPanel } from '../lens/LegendPanel';
import { addNodeToName } from '../editor/addNodeToName';
import { PresenceLayer } from '../sharing/PresenceLayer';
import { useMiniMapColour } from '../lens/useMiniMapColour';
import { FlowElementCache, type CanvasNode, type FlowEdge, type FlowNode } from './flowElements';
import { SessionLayer } from '../stickies/SessionLayer';
import { StickyNoteView } from '../stickies/StickyNoteView';
import { applyStickyChanges, useStickyAwareColour, useWithStickyNotes } from '../stickies/stickyFlowNodes';
import { LinkEdge } from './LinkEdge';
import { MapNodeView } from './MapNodeView';
import { fitMap } from './fitMap';

const nodeTypes = { mapNode: MapNodeView, sticky: StickyNoteView };
const edgeTypes = { mapLink: LinkEdge };
const PRO_OPTIONS = { hideAttribution: true };
const ARIA_LABELS = { 'node.a11yDescription.default': 'Press Enter or Space to select this node. Use the arrow keys to move it.' };
const MULTI_SELECT_KEYS = ['Meta', 'Control', 'Shift'];

/**
 * The map canvas. React Flow only renders: every change it reports becomes a command on the
 * controller, and the controller's document is the one source of truth.
 */
export function MapCanvas() {
  const controller = useController();
  const doc = useAppState((s) => s.doc);
  const selection = useAppState((s) => s.selection);
  const minimapVisible = useAppState((s) => s.minimapVisible);
  const flow = useReactFlow();
  // While a link is being dragged, every node becomes a drop target (see canvas.css).
  const connecting = useStore((s) => s.connection.inProgress);
  const cache = useRef(new FlowElementCache()).current;
  const dragId = useRef(0);
  const [addMenu, setAddMenu] = useState<{ screen: { x: number; y: number }; flow: { x: number; y: number } } | null>(null);
  const [pending, setPending] = useState<{ source: string; target: string | null } | null>(null);

  const hidden = useAppState((s) => s.lensResult?.hidden);
  const nodeColour = useMiniMapColour();
  const zoomedOut = useStore(isOverviewZoom);
  const big = useMemo(() => (doc ? Object.keys(doc.nodes).length >= OVERVIEW_MIN_NODES : false), [doc]);
  const overview = big && zoomedOut;
  // In the overview React Flow is given nothing to draw or index: the canvas picture is the map.
  const mapNodes = useMemo(() => (doc && !overview ? cache.nodesFor(doc, selection, hidden) : []), [cache, doc, selection, hidden, overview]);
  // While a layout settles, nodes are drawn where it has got to (nothing is saved until it ends).
  const nodes = useLayoutPreviewNodes(mapNodes);
  // Sticky notes are drawn in the same canvas but are not map nodes (renderer/stickies).
  const canvasNodes = useWithStickyNotes(nodes);
  const canvasColour = useStickyAwareColour(nodeColour);
  const layoutRunning = useLayoutRunning();
  const onNodeDragStop = useCallback(
    (_: unknown, __: unknown, dragged: CanvasNode[]) => pinAfterDrag(controller, dragged.map((n) => n.id), `drag:${dragId.current}`),
    [controller],
  );
  // Keyed on the links, not the whole map: moving nodes leaves the edge list as it was, so
  // React Flow does not re-index thousands of links on every drag frame or layout.
  const links = doc?.links;
  const colouredLinks = useAppState((s) => Boolean(s.lensResult?.links));
  const edges = useMemo(() => (links && !overview ? cache.edgesFor(links, selection, hidden, colouredLinks) : []), [cache, links, selection, hidden, overview, colouredLinks]);

  const onNodesChange = useCallback(
    (allChanges: NodeChange<CanvasNode>[]) => {
      const changes = applyStickyChanges<FlowNode>(controller, allChanges, `drag:${dragId.current}`);
      const moves: { id: string; x: number; y: number }[] = [];
      let dragging = false;
      for (const change of changes) {
        if (change.type === 'position' && change.position) {
          moves.push({ id: change.id, x: change.position.x, y: change.position.y });
          dragging ||= change.dragging === true;
        }
      }
      if (moves.length) {
        controller.dispatch({ type: 'moveNodes', args: { moves, ...(dragging ? { mergeKey: `drag:${dragId.current}` } : {}) } });
      }
      applySelectChanges(controller, changes, 'nodeIds');
    },
    [controller],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange<FlowEdge>[]) => applySelectChanges(controller, changes, 'linkIds'),
    [controller],
  );

  /** Zoomed out over a big map, nodes are pictures: a click selects the one under the pointer. */
  const overviewNodeAt = useCallback(
    (event: MouseEvent) => {
      const doc = controller.state.doc;
      if (!overview || !doc) return null;
      return nodeAtPoint(Object.values(doc.nodes), flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }), controller.state.lensResult?.hidden);
    },
    [controller, flow, overview],
  );

  const onPaneClick = useCallback(
    (event: MouseEvent) => {
      if (!overview) return;
      const node = overviewNodeAt(event);
      controller.select(node ? { nodeIds: [node.id], linkIds: [] } : { nodeIds: [], linkIds: [] });
    },
    [controller, overview, overviewNodeAt],
  );

  const onDoubleClick = useCallback(
    (event: MouseEvent) => {
      if (!(event.target instanceof Element) || !event.target.classList.contains('react-flow__pane')) return;
      const node = overviewNodeAt(event);
      if (node) {
        void flow.setCenter(node.x + NODE_WIDTH / 2, node.y + NODE_HEIGHT / 2, { zoom: 0.8, duration: 400 });
        return;
      }
      const position = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      setAddMenu({ screen: { x: event.clientX, y: event.clientY }, flow: position });
    },
    [flow, overviewNodeAt],
  );

  // Stable callbacks and props: a new function on every render makes React Flow re-check every
  // node and link, which at thousands of links is a long task after each change.
  const onNodeDragStart = useCallback(() => void dragId.current++, []);
  const onConnect = useCallback((c: Connection) => setPending({ source: c.source, target: c.target }), []);
  const onInit = useCallback((instance: ReactFlowInstance<CanvasNode, FlowEdge>) => fitMap(instance, controller.state.doc, 0), [controller]);

  const addAt = useCallback(
    (kind: NodeKind) => {
      if (!addMenu) return;
      addNodeToName(controller, { kind, x: addMenu.flow.x - NODE_WIDTH / 2, y: addMenu.flow.y - NODE_HEIGHT / 2 });
      setAddMenu(null);
    },
    [addMenu, controller],
  );

  if (!doc) return null;
  return (
    <div className={`map-canvas${connecting ? ' is-connecting' : ''}`} onDoubleClick={onDoubleClick}>
      <ReactFlow<CanvasNode, FlowEdge>
        nodes={canvasNodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onPaneClick={onPaneClick}
        onNodeDragStart={onNodeDragStart}
        onNodeDragStop={onNodeDragStop}
        nodesDraggable={!layoutRunning}
        onConnect={onConnect}
        onlyRenderVisibleElements
        connectionMode={ConnectionMode.Loose}
        zoomOnDoubleClick={false}
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={MULTI_SELECT_KEYS}
        minZoom={0.05}
        maxZoom={2.5}
        onInit={onInit}
        proOptions={PRO_OPTIONS}
        ariaLabelConfig={ARIA_LABELS}
      >
        <Background variant={BackgroundVariant.Dots} gap={24} size={1.5} color="#c3cad3" />
        {overview && <OverviewLayer />}
        <GroupLabels />
        <PresenceLayer />
        <Controls showInteractive={false} position="bottom-left" />
        {minimapVisible && !overview && (
          <MiniMap pannable zoomable nodeColor={canvasColour} nodeStrokeWidth={0} ariaLabel="Overview of the whole map" position="bottom-right" />
        )}
      </ReactFlow>
      <EmphasisBar />
      {overview && <p className="overview-hint">Zoomed out: click to select, double-click to go there, zoom in to edit</p>}
      <LayoutOverlay />
      <LegendPanel />
      <SessionLayer />
      {addMenu && <AddNodeMenu at={addMenu.screen} onChoose={addAt} onClose={() => setAddMenu(null)} />}
      {pending && <ConnectDialog connection={pending} onClose={() => setPending(null)} />}
    </div>
  );
}

/** React Flow reports clicks and box selections as select changes; they become our selection. */
function applySelectChanges(
  controller: EditorController,
  changes: readonly (NodeChange<FlowNode> | EdgeChange<FlowEdge>)[],
  key: 'nodeIds' | 'linkIds',
): void {
  const selects = changes.filter((c): c is { type: 'select'; id: string; selected: boolean } => c.type === 'select');
  if (!selects.length) return;
  const current = controller.state.selection;
  const ids = new Set(current[key]);
  for (const change of selects) {
    if (change.selected) ids.add(change.id);
    else ids.delete(change.id);
  }
  controller.select({ ...current, [key]: [...ids] });
}
