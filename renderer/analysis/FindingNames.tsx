import { useStore } from '@xyflow/react';
import { useMemo } from 'react';
import { estimateLabelSize } from '../../shared/layout/labelPlacement';
import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/layout/nodeSize';
import { placeTags } from './placeTags';
import { useAppState, useController } from '../app/controllerContext';
import { EDITOR_LABEL_ZOOM } from '../canvas/mapLabelStyle';
import { useStoreSelector } from '../state/store';
import { workshopLabelStore } from '../workshop/workshopLabels';
import { useWorkshop } from '../workshop/workshopStore';

/**
 * Below this zoom a node's own name is too small to read (13 px type × zoom), and the map
 * names what it has room for as chips (canvas/MapLabels): a tag is for the chosen nodes that
 * got no chip, so no name is shown twice.
 */
export const NAMES_READABLE_ZOOM = EDITOR_LABEL_ZOOM;
// Bold 14 px type runs wide; the border adds 2 px a side (box-sizing: border-box).
const LABEL = { fontPx: 14, maxWidth: 260, paddingX: 10, paddingY: 5, lineHeight: 1.2, charWidth: 0.68 } as const;
const MOST = 40;
const transformOf = (s: { transform: [number, number, number] }) => s.transform;

/**
 * A chosen finding (or any emphasis) names its nodes: zoomed out, the bright boxes would
 * otherwise be anonymous. Each name is a tag just above its node, a fixed size on screen,
 * and tags never overlap (the same placement workshop mode uses). Workshop mode has its own
 * names, which already put the emphasised nodes first.
 */
export function FindingNames() {
  const emphasis = useAppState((s) => s.emphasis);
  const nodes = useAppState((s) => s.doc?.nodes);
  const workshop = useWorkshop((s) => s.on);
  const chipped = useStoreSelector(workshopLabelStore(useController()), (s) => s.labelling?.shown ?? null);
  const [tx, ty, zoom] = useStore(transformOf);
  const active = !!emphasis && !!nodes && !workshop && zoom < NAMES_READABLE_ZOOM;
  const labels = useMemo(() => {
    if (!active || !emphasis || !nodes) return [];
    const chosen = [...emphasis.nodeIds].map((id) => nodes[id]).filter((n): n is NonNullable<typeof n> => n !== undefined && !chipped?.has(n.id)).slice(0, MOST);
    return placeTags(
      chosen.map((n) => ({ id: n.id, name: n.name, ...estimateLabelSize(n.name, LABEL), box: { x: n.x, y: n.y, width: NODE_WIDTH, height: NODE_HEIGHT } })),
      zoom,
    );
  }, [active, emphasis, nodes, zoom, chipped]);
  if (!active || labels.length === 0) return null;
  return (
    // The nodes carry their own accessible names; these tags are for the eye.
    <div className="finding-names" aria-hidden="true">
      {labels.map((l) => (
        <span key={l.id} className="finding-names__label" data-node-id={l.id} style={{ left: l.x * zoom + tx, top: l.y * zoom + ty, width: l.width }}>
          {l.name}
        </span>
      ))}
    </div>
  );
}
