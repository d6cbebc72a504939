import { useReactFlow, useStore } from '@xyflow/react';
import { useState, type PointerEvent } from 'react';
import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/layout/nodeSize';
import type { MapNode } from '../../shared/model';
import type { NodeGrid } from './nodeGrid';
import { estimateLabelSize } from '../../shared/layout/nameSize';
import { useWorkshop } from '../workshop/workshopStore';
import { labelSizeFor } from './mapLabelStyle';

const transformOf = (s: { transform: [number, number, number] }) => s.transform;

/**
 * Linking on the picture, where nodes have no grips of their own: the selected node gets the
 * DOM nodes' grip beside it. Drag it to another node to link the two (the link's type is then
 * chosen as for a DOM drag), or press it (Enter from the keyboard) to choose the other end
 * from a list.
 */
export function PictureLinkGrip({ node, grid, onConnect }: { node: MapNode; grid: NodeGrid<MapNode>; onConnect: (c: { source: string; target: string | null }) => void }) {
  const flow = useReactFlow();
  const [tx, ty, zoom] = useStore(transformOf);
  const [line, setLine] = useState<{ x: number; y: number } | null>(null);
  const [dragged, setDragged] = useState(false);
  const pane = useStore((s) => s.domNode)?.getBoundingClientRect();
  // Beside the node's name chip, which the picture draws for the selected node at a fixed size
  // on screen (its first name, pictureDraw.ts), or beside its box where that is wider.
  const workshop = useWorkshop((s) => s.on);
  const chip = estimateLabelSize(node.name, labelSizeFor(workshop));
  const centre = (node.x + NODE_WIDTH / 2) * zoom + tx;
  const left = centre + Math.max((NODE_WIDTH / 2) * zoom, chip.width / 2) + 6;
  const top = (node.y + NODE_HEIGHT / 2) * zoom + ty;

  const onPointerDown = (event: PointerEvent<HTMLButtonElement>) => {
    if (event.button !== 0) return;
    event.stopPropagation();
    event.currentTarget.setPointerCapture(event.pointerId);
    setDragged(false);
    setLine({ x: event.clientX, y: event.clientY });
  };
  const onPointerMove = (event: PointerEvent<HTMLButtonElement>) => {
    if (!line) return;
    setDragged(true);
    setLine({ x: event.clientX, y: event.clientY });
  };
  const onPointerUp = (event: PointerEvent<HTMLButtonElement>) => {
    if (!line) return;
    setLine(null);
    if (!dragged) return;
    const target = grid.at(flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }));
    if (target && target.id !== node.id) onConnect({ source: node.id, target: target.id });
  };

  return (
    <>
      <button
        type="button"
        className="picture-link-grip nopan"
        style={{ left, top }}
        title="Drag to another node to link them"
        aria-label={`Link ${node.name} to another node`}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onClick={() => {
          if (dragged) setDragged(false);
          else onConnect({ source: node.id, target: null });
        }}
      />
      {line && pane && (
        <svg className="picture-link-line" aria-hidden="true">
          <line x1={left} y1={top} x2={line.x - pane.left} y2={line.y - pane.top} />
        </svg>
      )}
    </>
  );
}
