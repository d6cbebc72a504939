import { useStore } from '@xyflow/react';
import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/layout/nodeSize';
import { useAppState, useController } from '../app/controllerContext';
import { EDITOR_LABEL_ZOOM } from '../canvas/mapLabelStyle';
import { useStoreSelector } from '../state/store';
import { workshopLabelStore } from '../workshop/workshopLabels';

/**
 * Below this zoom a node's own name is too small to read (13 px type × zoom), and the map
 * names what it has room for as chips (canvas/MapLabels.tsx).
 */
export const NAMES_READABLE_ZOOM = EDITOR_LABEL_ZOOM;
const transformOf = (s: { transform: [number, number, number] }) => s.transform;

/**
 * A chosen finding (or any emphasis) names its nodes: zoomed out, the bright markers would
 * otherwise be anonymous. The names come first in the one placement that sets the chips
 * (workshop/workshopLabels.ts): a name with room on its node is its chip; one without stands
 * beside its marker as a tag, drawn here, placed with the chips so that no tag overlaps a chip
 * or another tag.
 */
export function FindingNames({ hidden = false }: { /** The map is the picture, which names its findings itself (pictureDraw.ts). */ hidden?: boolean }) {
  const emphasis = useAppState((s) => s.emphasis);
  const nodes = useAppState((s) => s.doc?.nodes);
  const labelling = useStoreSelector(workshopLabelStore(useController()), (s) => s.labelling);
  const [tx, ty, zoom] = useStore(transformOf);
  if (hidden || !emphasis || !nodes || !labelling || labelling.tags.size === 0) return null;
  // Placed for a zoom rounded down (the chips' own, and never below 0.2 in workshop mode): chips and
  // markers are sized in map units at that zoom, so a tag is scaled with them, offset and size
  // alike, or it would overlap its own marker (at 1366×768 in workshop mode with the side panels
  // out, a finding is shown at zoom 0.13, its names placed for 0.2).
  const scale = zoom / labelling.zoom;
  return (
    // The nodes carry their own accessible names; these tags are for the eye.
    <div className="finding-names" aria-hidden="true">
      {[...labelling.tags].map(([id, tag]) => {
        const node = nodes[id];
        if (!node || !emphasis.nodeIds.has(id)) return null;
        const left = (node.x + NODE_WIDTH / 2) * zoom + tx + tag.dx * scale;
        const top = (node.y + NODE_HEIGHT / 2) * zoom + ty + tag.dy * scale;
        return (
          <span key={id} className="finding-names__label" data-node-id={id} style={{ left, top, width: tag.width, transform: `translate(-50%, -50%) scale(${scale})` }}>
            {node.name}
          </span>
        );
      })}
    </div>
  );
}
