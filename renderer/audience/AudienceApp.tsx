import { ConnectionMode, ReactFlow, ReactFlowProvider, useReactFlow, useStoreApi } from '@xyflow/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { AUDIENCE_CHANNEL, followViewport } from '../../shared/workshop/audienceMessages';
import { useAppState, useController } from '../app/controllerContext';
import { fitMap } from '../canvas/fitMap';
import { FlowElementCache, type CanvasNode, type FlowEdge } from '../canvas/flowElements';
import { LinkEdge } from '../canvas/LinkEdge';
import { MapNodeView } from '../canvas/MapNodeView';
import { NodeDetailProvider } from '../canvas/nodeDetail';
import { LegendPanel } from '../lens/LegendPanel';
import { retainLensService } from '../lens/lensService';
import { EMPTY_SELECTION } from '../state/appState';
import { StickyNoteView } from '../stickies/StickyNoteView';
import { useWithStickyNotes } from '../stickies/stickyFlowNodes';
import { WorkshopLabels } from '../workshop/WorkshopLabels';
import { WorkshopZoom } from '../workshop/WorkshopZoom';
import { AudienceFollower } from './audienceFollower';
import { AudienceOverlay } from './AudienceOverlay';
import '../styles/workshop.css';
import './audience.css';

const nodeTypes = { mapNode: MapNodeView, sticky: StickyNoteView };
const edgeTypes = { mapLink: LinkEdge };

/** The map as the room sees it: read-only, nothing to click, drawn as the facilitator draws it. */
function AudienceCanvas({ onReady }: { onReady: () => void }) {
  const controller = useController();
  const doc = useAppState((s) => s.doc);
  const hidden = useAppState((s) => s.lensResult?.hidden);
  // Nothing here can be focused, so nodes are pictures with their names, for screen readers.
  const cache = useRef(new FlowElementCache('img')).current;
  const mapNodes = useMemo(() => (doc ? cache.nodesFor(doc, EMPTY_SELECTION, hidden) : []), [cache, doc, hidden]);
  // The room sees the facilitator's sticky notes too (read-only: nothing here is selectable).
  const nodes = useWithStickyNotes(mapNodes);
  const links = doc?.links;
  const colouredLinks = useAppState((s) => Boolean(s.lensResult?.links));
  const edges = useMemo(() => (links ? cache.edgesFor(links, EMPTY_SELECTION, hidden, colouredLinks) : []), [cache, links, hidden, colouredLinks]);
  return (
    <NodeDetailProvider>
      <ReactFlow<CanvasNode, FlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        // Links join the nodes' centre handles, as on the editor's canvas.
        connectionMode={ConnectionMode.Loose}
        nodesDraggable={false}
        nodesConnectable={false}
        nodesFocusable={false}
        edgesFocusable={false}
        elementsSelectable={false}
        panOnDrag={false}
        zoomOnScroll={false}
        zoomOnPinch={false}
        zoomOnDoubleClick={false}
        preventScrolling
        onlyRenderVisibleElements
        minZoom={0.01}
        maxZoom={10}
        onInit={(instance) => {
          // The whole map until the facilitator's camera is known, then theirs: once the fit has
          // landed (it waits a frame), so it never lands over theirs.
          void fitMap(instance, controller.state.doc, 0).then(onReady);
        }}
        proOptions={{ hideAttribution: true }}
      />
    </NodeDetailProvider>
  );
}

function AudienceScreen() {
  const controller = useController();
  const flow = useReactFlow();
  const api = useStoreApi();
  const [follower, setFollower] = useState<AudienceFollower | null>(null);
  const doc = useAppState((s) => s.doc);

  useEffect(() => retainLensService(controller), [controller]);
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = 'workshop';
    root.dataset.audience = 'on';
    document.title = 'Good Help Map — audience view';
    if (typeof BroadcastChannel === 'undefined') return;
    const created = new AudienceFollower(
      controller,
      new BroadcastChannel(AUDIENCE_CHANNEL),
      (viewport, from) => {
        const { width, height } = api.getState();
        if (width > 0 && height > 0) void flow.setViewport(followViewport(viewport, from, { width, height }));
      },
    );
    setFollower(created);
    // A new size (going full screen, another display) keeps the facilitator's part of the map in view.
    let seen = api.getState();
    const stop = api.subscribe((state) => {
      if (state.width === seen.width && state.height === seen.height) return;
      seen = state;
      created.cameraReady();
    });
    return () => {
      stop();
      created.dispose();
    };
  }, [api, controller, flow]);

  // In a browser the room's screen is filled on the first click or key (browsers ask for a gesture).
  const fill = () => {
    if (document.fullscreenEnabled && !document.fullscreenElement) void document.documentElement.requestFullscreen().catch(() => undefined);
  };
  return (
    <div className="audience" onClick={fill} onKeyDown={fill} role="presentation">
      <h1 className="visually-hidden">Audience view</h1>
      {doc && <AudienceCanvas onReady={() => follower?.cameraReady()} />}
      {doc && <WorkshopZoom />}
      {doc && <WorkshopLabels />}
      {doc && <LegendPanel readOnly />}
      {follower && <AudienceOverlay status={follower.status} />}
    </div>
  );
}

export function AudienceApp() {
  return (
    <ReactFlowProvider>
      <AudienceScreen />
    </ReactFlowProvider>
  );
}

