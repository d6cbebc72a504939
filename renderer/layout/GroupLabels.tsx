import { ViewportPortal, useStore } from '@xyflow/react';
import { useMemo } from 'react';
import { useAppState } from '../app/controllerContext';
import { groupBoxes } from './groupBoxes';
import { placeGroupLabels } from './GroupLabelsPlacement';
import { useLayoutState } from './useLayoutState';
import './layout.css';

/**
 * After "Group by…": each group outlined and named on the map, following its nodes as they
 * settle or are dragged. Labels keep a readable size on screen however far out the map is
 * zoomed, which matters most on a projector showing the whole borough, and are placed so that
 * no two overlap and none leaves the map (GroupLabelsPlacement.ts).
 */
export function GroupLabels() {
  const groups = useLayoutState((s) => s.groups);
  const preview = useLayoutState((s) => s.preview);
  const nodes = useAppState((s) => s.doc?.nodes);
  const zoom = useStore((s) => s.transform[2]);
  const boxes = useMemo(() => (groups && nodes ? groupBoxes(groups, nodes, preview) : []), [groups, nodes, preview]);
  // Placed for the zoom rounded to a few steps a doubling, not on every frame of a zoom.
  const level = Math.pow(2, Math.round(Math.log2(zoom) * 4) / 4);
  const labels = useMemo(() => placeGroupLabels(boxes, level), [boxes, level]);
  if (!boxes.length) return null;
  return (
    <ViewportPortal>
      {boxes.map((box) => (
        <div
          key={box.label}
          className="group-box"
          style={{ transform: `translate(${box.x}px, ${box.y}px)`, width: box.width, height: box.height, borderWidth: Math.max(2, 1.5 / zoom) }}
        />
      ))}
      {labels.map((l) => (
        <span key={l.label} className="group-box__label" style={{ transform: `translate(${l.x}px, ${l.y}px) scale(${1 / level})`, fontSize: l.fontPx }}>
          {l.label} <span className="group-box__count">{l.count}</span>
        </span>
      ))}
    </ViewportPortal>
  );
}
