import { ViewportPortal, useStore } from '@xyflow/react';
import { useMemo } from 'react';
import { useAppState } from '../app/controllerContext';
import { groupBoxes } from './groupBoxes';
import { useLayoutState } from './useLayoutState';
import './layout.css';

/**
 * After "Group by…": each group outlined and named on the map, following its nodes as they
 * settle or are dragged. Labels keep a readable size on screen however far out the map is
 * zoomed, which matters most on a projector showing the whole borough.
 */
export function GroupLabels() {
  const groups = useLayoutState((s) => s.groups);
  const preview = useLayoutState((s) => s.preview);
  const nodes = useAppState((s) => s.doc?.nodes);
  const zoom = useStore((s) => s.transform[2]);
  const boxes = useMemo(() => (groups && nodes ? groupBoxes(groups, nodes, preview) : []), [groups, nodes, preview]);
  if (!boxes.length) return null;
  const fontSize = Math.max(18, 15 / zoom);
  return (
    <ViewportPortal>
      {boxes.map((box) => (
        <div
          key={box.label}
          className="group-box"
          style={{ transform: `translate(${box.x}px, ${box.y}px)`, width: box.width, height: box.height, borderWidth: Math.max(2, 1.5 / zoom) }}
        >
          <span className="group-box__label" style={{ fontSize, transform: `translateY(calc(-100% - ${Math.max(6, 4 / zoom)}px))` }}>
            {box.label} <span className="group-box__count">{box.count}</span>
          </span>
        </div>
      ))}
    </ViewportPortal>
  );
}
