import { ConnectionMode, Controls, ReactFlow, useReactFlow, useStore, type Connection } from '@xyflow/react';
import { useCallback, useEffect, useId, useMemo, useRef, useState, type MouseEvent } from 'react';
import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/layout/nodeSize';
import type { NodeKind } from '../../shared/model';
import { useAppState, useController, useNodeDrag } from '../app/controllerContext';
import { AddNodeMenu } from './AddNodeMenu';
import { ConnectDialog } from './ConnectDialog';
import { MapDots } from './MapDots';
import { MapPicture } from './MapPicture';
import { PictureMiniMap } from './PictureMiniMap';
import { useCameraMoving } from './useCameraMoving';
import { useLevelOfDetail } from './useLevelOfDetail';
import { usePictureGestures } from './usePictureGestures';
import { usePictureScene } from './usePictureScene';
import { MapLabels } from './MapLabels';
import { GroupLabels } from '../layout/GroupLabels';
import { LayoutOverlay } from '../layout/LayoutOverlay';
import { pinAfterDrag } from '../layout/pinAfterDrag';
import { useLayoutPreviewNodes, useLayoutRunning } from '../layout/useLayoutPreviewNodes';
import { LegendPanel } from '../lens/LegendPanel';
import { FindingNames } from '../analysis/FindingNames';
import { addNodeToName } from '../editor/addNodeToName';
import { PresenceLayer } from '../sharing/PresenceLayer';
import { FlowElementCache, type CanvasNode, type FlowEdge, type FlowNode } from './flowElements';
import { SessionLayer } from '../stickies/SessionLayer';
import { StickyNoteView } from '../stickies/StickyNoteView';
import { useWithStickyNotes } from '../stickies/stickyFlowNodes';
import { LinkEdge } from './LinkEdge';
import { MapNodeView } from './MapNodeView';
import { NodeDetailProvider } from './nodeDetail';
import { MIN_ZOOM } from './fitMap';
import { useFirstFit } from './useFirstFit';
import { useFlowChanges } from './useFlowChanges';
import { useRovingMapFocus } from './useRovingMapFocus';
import { LinkCanvas } from './LinkCanvas';
import { PictureLinkGrip } from './PictureLinkGrip';
import { PictureNodeFocus } from './PictureNodeFocus';
import { linkAtPointer } from './linkAtPointer';

const nodeTypes = { mapNode: MapNodeView, sticky: StickyNoteView };
const edgeTypes = { mapLink: LinkEdge };
const PRO_OPTIONS = { hideAttribution: true };
const ARIA_LABELS = {
  'node.a11yDescription.default': 'Press Enter or Space to select this node. The arrow keys go to the nearest node that way; Shift with the arrow keys moves the selected node.',
  'edge.a11yDescription.default': 'Press Enter or Space to select this link.',
};
/** Said when the keyboard comes onto the map (useRovingMapFocus.ts). */
const MAP_KEYS = 'One Tab stop: the arrow keys go to the nearest node that way, Home and End to the first and last, Enter selects, Shift with the arrow keys moves the selected node, Tab leaves the map.';
const MULTI_SELECT_KEYS = ['Meta', 'Control', 'Shift'];
const NO_EDGES: FlowEdge[] = [];

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
  const canvasRef = useRef<HTMLDivElement>(null);
  const keysId = useId();
  useRovingMapFocus(canvasRef, selection.nodeIds);

  const hidden = useAppState((s) => s.lensResult?.hidden);
  // On a big map, a pan or zoom moves the picture, not the DOM nodes (MapPicture.tsx).
  const { moving, movingNow, onMoveStart, onMoveEnd } = useCameraMoving();
  const { fitted, cameraFitted, drawPicture, onInit } = useFirstFit(controller, doc !== null);
  const lod = useLevelOfDetail(doc, hidden, moving || !fitted, selection.nodeIds);
  const overview = lod.level === 'picture';
  const pictureOn = overview || lod.pictureShown;
  // The picture stands in for a big map's DOM nodes while the camera moves and until the nodes
  // for where it came to rest are all mounted: nothing in the DOM changes during a gesture.
  const standIn = lod.windowed && !pictureOn && (moving || !lod.complete);
  // Going to the picture, the names stay as they were until the DOM nodes they style are gone:
  // taking the chips off first would restyle hundreds of nodes hidden behind the picture.
  const labelledNodesMounted = (lod.domIds?.size ?? 0) > 0;
  const { scene, labels } = usePictureScene(pictureOn || minimapVisible || lod.windowed);
  // The minimap is drawn once the map is: its worker would take the CPU the first picture needs.
  // Counted from just after the frame that shows the picture: painting a bitmap half as big
  // again as the screen, on a laptop without a GPU, needs the CPU that the minimap's worker and
  // the document's steps would otherwise take (it was shown 0.3–0.6 s late under load).
  const [pictureDrawn, setPictureDrawn] = useState(false);
  const onPictureShown = lod.onPictureShown;
  const onShown = useCallback(() => {
    onPictureShown();
    requestAnimationFrame(() => setTimeout(() => setPictureDrawn(true), 0));
  }, [onPictureShown]);
  const mapDrawn = pictureDrawn || lod.complete;
  // A new map's document is written once it is on screen (DocumentBuild.ts), not while its
  // first picture is being drawn.
  const mapId = doc?.meta.id;
  useEffect(() => {
    if (mapDrawn && mapId) controller.mapDrawn();
  }, [controller, mapDrawn, mapId]);
  const gestures = usePictureGestures(controller, lod.grid, overview && lod.pictureShown, dragId);
  // React Flow is given only the nodes on screen (all of them on a small map), and none while
  // the picture is the map; a big map's links are drawn on a canvas (LinkCanvas.tsx), not as edges.
  const links = doc?.links;
  const flowIds = lod.domIds;
  const allNodes = useMemo(() => (doc ? cache.nodesFor(doc, selection, hidden) : []), [cache, doc, selection, hidden]);
  const lastWindow = useRef<FlowNode[] | null>(null);
  const windowNodes = useMemo(() => (lastWindow.current = flowIds ? cache.nodesWithin(allNodes, flowIds, lastWindow.current) : allNodes), [cache, allNodes, flowIds]);
  // A drag is shown here and written to the map when it ends (renderer/state/dragState.ts).
  const dragged = useNodeDrag()?.positions;
  const mapNodes = useMemo(() => (dragged?.size ? withDragPositions(windowNodes, dragged) : windowNodes), [windowNodes, dragged]);
  // While a layout settles, nodes are drawn where it has got to (nothing is saved until it ends).
  const nodes = useLayoutPreviewNodes(mapNodes);
  // Sticky notes are drawn in the same canvas but are not map nodes (renderer/stickies).
  const canvasNodes = useWithStickyNotes(nodes);
  const layoutRunning = useLayoutRunning();
  const onNodeDragStop = useCallback(() => {
    const key = `drag:${dragId.current}`;
    pinAfterDrag(controller, controller.endDrag(key), key);
    void controller.flush();
  }, [controller]);
  // Keyed on the links, not the whole map: moving nodes leaves the edge list as it was, so
  // React Flow does not re-index thousands of links on every drag frame or layout.
  const colouredLinks = useAppState((s) => Boolean(s.lensResult?.links));
  const windowed = lod.windowed;
  const edges = useMemo(() => (links && !windowed ? cache.edgesFor(links, selection, hidden, colouredLinks) : NO_EDGES), [cache, links, selection, hidden, colouredLinks, windowed]);

  const { onNodesChange, onEdgesChange } = useFlowChanges(controller, dragId);

  /** Zoomed out over a big map, nodes are pictures: a click selects the one under the pointer. */
  const overviewNodeAt = gestures.nodeAt;
  const consumeDragClick = gestures.consumeDragClick;

  const onPaneClick = useCallback(
    (event: MouseEvent) => {
      if (overview) {
        if (consumeDragClick()) return;
        const node = overviewNodeAt(event);
        // Off any node, a click near a drawn link selects it, as at the DOM level.
        const link = node ? null : linkAtPointer(controller, flow, event);
        controller.select({ nodeIds: node ? [node.id] : [], linkIds: link ? [link.id] : [] });
        return;
      }
      // A big map's links are drawn on a canvas: a click near one selects it, as a click on an edge does.
      if (!windowed || !controller.state.doc) return;
      const link = linkAtPointer(controller, flow, event);
      if (link) controller.select({ nodeIds: [], linkIds: [link.id] });
    },
    [controller, consumeDragClick, overview, overviewNodeAt, windowed, flow],
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
  // On the picture, the one selected node gets a grip to link it from (PictureLinkGrip.tsx).
  const pictureGripNode = overview && lod.pictureShown && selection.nodeIds.length === 1 ? (doc?.nodes[selection.nodeIds[0]!] ?? null) : null;
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
    // The map itself can hold the focus, so keyboard focus handed back from a field or dialog
    // lands here rather than on the page; it is the Tab stop only while no node is drawn.
    <div
      ref={canvasRef}
      className={`map-canvas${connecting ? ' is-connecting' : ''}${overview ? ' is-picture' : ''}${overview && lod.pictureShown ? ' is-picture-drawn' : ''}${standIn ? ' is-gesture' : ''}${lod.windowed ? ' is-windowed' : ''}`}
      onDoubleClick={onDoubleClick}
      onMouseMove={gestures.onMouseMove}
      onPointerDownCapture={gestures.onPointerDownCapture}
      tabIndex={-1}
      role="region"
      aria-label="Map"
      aria-describedby={keysId}
    >
      <p id={keysId} className="visually-hidden">
        {MAP_KEYS}
      </p>
      <NodeDetailProvider held={windowed && moving}>
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
          onlyRenderVisibleElements={!windowed}
          connectionMode={ConnectionMode.Loose}
          zoomOnDoubleClick={false}
          deleteKeyCode={null}
          selectionKeyCode="Shift"
          multiSelectionKeyCode={MULTI_SELECT_KEYS}
          minZoom={MIN_ZOOM}
          maxZoom={2.5}
          onInit={onInit}
          onMoveStart={onMoveStart}
          onMoveEnd={onMoveEnd}
          proOptions={PRO_OPTIONS}
          ariaLabelConfig={ARIA_LABELS}
        >
          <MapDots gap={24} size={1.5} color="#c3cad3" />
          {scene && (
            <MapPicture
              scene={scene}
              active={pictureOn || windowed}
              visible={pictureOn || standIn}
              labels={labels}
              moving={moving}
              movingNow={movingNow}
              onShown={onShown}
              cameraReady={cameraFitted}
              drawNow={drawPicture}
              held={windowed && !overview && !moving && !lod.complete}
            />
          )}
          {windowed && <LinkCanvas moving={moving} movingNow={movingNow} shown={fitted && !overview} mapDrawn={mapDrawn} />}
          {/* Placed once the camera rests, as the DOM nodes begin to mount, so each slice arrives named: placed once all were mounted, the names restyled every node in one long task. */}
          <MapLabels only={lod.near} paused={windowed && (moving || (overview && labelledNodesMounted))} off={windowed && overview} />
          <GroupLabels />
          <PresenceLayer />
          <Controls showInteractive={false} position="bottom-left" />
          {minimapVisible && scene && <PictureMiniMap scene={scene} drawn={mapDrawn} />}
          {pictureGripNode && <PictureLinkGrip node={pictureGripNode} grid={lod.grid} onConnect={setPending} />}
          {overview && lod.pictureShown && <PictureNodeFocus />}
        </ReactFlow>
      </NodeDetailProvider>
      {overview && <p className="overview-hint">Zoomed out: click to select, drag to move, double-click to go there, drag the blue dot beside a selected node to link it</p>}
      {gestures.hovered && (
        <div className="picture-hover" role="tooltip" style={{ left: gestures.hovered.x + 14, top: gestures.hovered.y + 14 }}>
          {gestures.hovered.node.name}
        </div>
      )}
      <LayoutOverlay />
      <FindingNames hidden={windowed && overview} />
      <LegendPanel />
      <SessionLayer />
      {addMenu && <AddNodeMenu at={addMenu.screen} onChoose={addAt} onClose={() => setAddMenu(null)} />}
      {pending && <ConnectDialog connection={pending} onClose={() => setPending(null)} />}
    </div>
  );
}

/** The canvas's nodes with those being dragged where the pointer has taken them. */
function withDragPositions(nodes: FlowNode[], positions: ReadonlyMap<string, { x: number; y: number }>): FlowNode[] {
  return nodes.map((n) => {
    const at = positions.get(n.id);
    return at ? { ...n, position: at, dragging: true } : n;
  });
}

