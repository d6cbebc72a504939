import { BaseEdge, EdgeLabelRenderer, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { boxExit } from '../../shared/layout/nodeSize';
import { LINK_TYPE_LABELS } from '../../shared/model';
import { useAppState } from '../app/controllerContext';
import { isLinkFaded } from '../state/emphasis';
import { isLinkFilteredOut, selectLinkColour } from '../lens/lensSelectors';
import { useWorkshopNodeBox } from '../workshop/workshopLabels';
import type { FlowEdge } from './flowElements';

/** A straight link from centre to centre (React Flow gives the centre handles' points), clipped to both node boxes. */
export const LinkEdge = memo(function LinkEdge(props: EdgeProps<FlowEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, data, selected, markerEnd } = props;
  const link = data?.link;
  const faded = useAppState((s) => (link ? isLinkFaded(s, link) || isLinkFilteredOut(s, link) : false));
  const lensColour = useAppState((s) => (link ? selectLinkColour(s, link.type) : null));
  const sourceCentre = { x: sourceX, y: sourceY };
  const targetCentre = { x: targetX, y: targetY };
  // Workshop mode draws nodes as name chips or markers of their own size (workshopLabels.ts).
  const sourceBox = useWorkshopNodeBox(link?.source);
  const targetBox = useWorkshopNodeBox(link?.target);
  const start = boxExit(sourceCentre, targetCentre, sourceBox?.width, sourceBox?.height, sourceBox?.dx, sourceBox?.dy);
  const end = boxExit(targetCentre, sourceCentre, targetBox?.width, targetBox?.height, targetBox?.dx, targetBox?.dy);
  const path = `M ${start.x},${start.y} L ${end.x},${end.y}`;
  const signposting = link?.type === 'refersTo' && link.referralMode === 'signposting';
  const width = link ? 1 + link.strength * 0.75 : 2;
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        interactionWidth={14}
        className={faded ? 'is-faded' : undefined}
        style={{
          stroke: selected ? 'var(--edge-selected)' : (lensColour ?? 'var(--edge)'),
          strokeWidth: selected ? width + 1.5 : width,
          strokeDasharray: signposting ? '6 5' : undefined,
        }}
      />
      {selected && link && (
        <EdgeLabelRenderer>
          <div
            className="link-label"
            style={{ transform: `translate(-50%, -50%) translate(${(start.x + end.x) / 2}px, ${(start.y + end.y) / 2}px)` }}
          >
            {LINK_TYPE_LABELS[link.type]}
            {link.referralMode === 'warmHandover' ? ' · warm handover' : link.referralMode === 'signposting' ? ' · signposting' : ''}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});
