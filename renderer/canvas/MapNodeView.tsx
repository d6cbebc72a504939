import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo, type CSSProperties } from 'react';
import { useAppState } from '../app/controllerContext';
import { isNodeFaded } from '../state/emphasis';
import { lookStyle, selectNodeLook } from '../lens/lensSelectors';
import { DROP_HANDLE, GRIP_HANDLE, CENTRE_HANDLE, type FlowNode } from './flowElements';
import { KindIcon } from './KindIcon';
import { useNodeDetail } from './nodeDetail';
import { nodeSubtitle } from './nodeAppearance';
import { PinMarker } from '../layout/PinMarker';
import { VoteBadge } from '../voting/VoteBadge';
import { CompareMark } from '../snapshots/CompareMark';
import { useNodeChipOffset, useNodeChipWidth, useNodeLabelled } from '../workshop/workshopLabels';


/**
 * One node on the canvas. Memoised: it re-renders only when its own record, its selection,
 * whether it is faded or the zoom band changes, never because another node moved.
 */
export const MapNodeView = memo(function MapNodeView({ id, data, selected }: NodeProps<FlowNode>) {
  const { node } = data;
  // How much to draw, zoomed out (nodeDetail.tsx).
  const { detail, connecting } = useNodeDetail();
  const simple = detail !== 'full';
  // The areas list keeps its identity until the map's settings change, so this is cheap.
  const areas = useAppState((s) => s.doc?.meta.areas);
  const faded = useAppState((s) => isNodeFaded(s, node.id));
  // An interned object: the same look is the same reference, so this stays narrow.
  const look = useAppState((s) => selectNodeLook(s, node.id));
  // Workshop mode shows in full only the names there is room for (WorkshopLabels.tsx).
  const labelled = useNodeLabelled(node.id);
  // A name chip slid aside to make room for a neighbour's marker (labelPlacement.ts).
  const slid = useNodeChipOffset(node.id);
  // A long name's chip is widened rather than its name cut short (nameSize.ts).
  const chipWidth = useNodeChipWidth(node.id);
  const subtitle = simple ? '' : nodeSubtitle(node, (id) => areas?.find((a) => a.id === id)?.name ?? null);
  return (
    <div
      className={`map-node map-node--${node.kind}${selected ? ' is-selected' : ''}${simple ? ' is-simple' : ''}${faded || look?.filteredOut ? ' is-faded' : ''}${look ? ' has-lens' : ''}${labelled ? '' : ' is-unlabelled'}`}
      style={slid || chipWidth ? chipStyle(lookStyle(look), slid, chipWidth) : lookStyle(look)}
    >
      {/* The centre anchor every link ends at, as React Flow measures a handle (its classes and
          data attributes), but not a <Handle>: that subscribes to React Flow's store, and each
          node mounted coming back from the picture is measured by a store update that runs every
          mounted node's subscriptions. It never starts or ends a link, so it needs nothing more. */}
      <div className="react-flow__handle react-flow__handle-right nodrag nopan map-node__centre source" data-handleid={CENTRE_HANDLE} data-nodeid={id} data-handlepos={Position.Right} />
      {connecting && <Handle id={DROP_HANDLE} type="target" position={Position.Top} className="map-node__drop" />}
      {!simple && (
        <span className="map-node__icon">
          <KindIcon kind={node.kind} />
        </span>
      )}
      <span className="map-node__text">
        <span className="map-node__name">{node.name}</span>
        {subtitle && <span className="map-node__subtitle">{subtitle}</span>}
      </span>
      {node.pinned && <PinMarker />}
      <VoteBadge kind="node" id={node.id} />
      <CompareMark nodeId={node.id} />
      {!simple && (
        <Handle
          id={GRIP_HANDLE}
          type="source"
          position={Position.Right}
          className="map-node__grip"
          title="Drag to another node to link them"
          aria-label={`Link ${node.name} to another node`}
        />
      )}
    </div>
  );
});

function chipStyle(look: CSSProperties | undefined, slid: { dx: number; dy: number } | null, width: number | null): CSSProperties {
  return { ...look, ...(slid && { '--chip-dx': `${slid.dx}px`, '--chip-dy': `${slid.dy}px` }), ...(width && { '--chip-max': `${width}px` }) } as CSSProperties;
}
