import { useReactFlow } from '@xyflow/react';
import { useCallback, useRef, useState, type MouseEvent, type PointerEvent } from 'react';
import type { MapNode } from '../../shared/model';
import type { EditorController } from '../state/editorController';
import { pinAfterDrag } from '../layout/pinAfterDrag';
import type { NodeGrid } from './nodeGrid';

/** Hover and drag on the picture, where nodes are not DOM elements: the node under the pointer is found in the grid. */
export function usePictureGestures(controller: EditorController, grid: NodeGrid<MapNode>, active: boolean, dragId: { current: number }) {
  const flow = useReactFlow();
  const [hovered, setHovered] = useState<{ node: MapNode; x: number; y: number } | null>(null);
  const frame = useRef(0);
  // The click that ends a drag is not a click on whatever is now under the pointer.
  const dragged = useRef(false);

  const nodeAt = useCallback(
    (event: { clientX: number; clientY: number }) => (active ? grid.at(flow.screenToFlowPosition({ x: event.clientX, y: event.clientY })) : null),
    [active, flow, grid],
  );

  /** The name of the node under the pointer, as DOM nodes' markers show theirs on hover. */
  const onMouseMove = useCallback(
    (event: MouseEvent) => {
      if (!active || event.buttons) return;
      const { clientX, clientY } = event;
      cancelAnimationFrame(frame.current);
      frame.current = requestAnimationFrame(() => {
        const node = nodeAt({ clientX, clientY });
        setHovered((h) => (node ? (h?.node === node ? h : { node, x: clientX, y: clientY }) : null));
      });
    },
    [active, nodeAt],
  );

  /**
   * Pressing on a node in the picture drags it (as a DOM node drags), rather than panning the
   * map: the press is stopped before React Flow's pan sees it. The drag is shown as it goes and
   * written to the map when it ends (renderer/state/dragState.ts): one undo step.
   */
  const onPointerDownCapture = useCallback(
    (event: PointerEvent) => {
      if (!active || event.button !== 0 || event.shiftKey) return;
      if (!(event.target instanceof Element) || !event.target.closest('.react-flow__pane')) return;
      const node = nodeAt(event);
      if (!node) return;
      event.stopPropagation();
      event.preventDefault();
      const key = `drag:${++dragId.current}`;
      const start = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      const origin = { x: node.x, y: node.y };
      let moved = false;
      controller.select({ nodeIds: [node.id], linkIds: [] });
      const move = (e: globalThis.PointerEvent) => {
        const at = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
        moved = true;
        controller.dragNodes(key, [{ id: node.id, x: origin.x + at.x - start.x, y: origin.y + at.y - start.y }]);
      };
      const up = () => {
        window.removeEventListener('pointermove', move);
        window.removeEventListener('pointerup', up);
        if (moved) {
          dragged.current = true;
          pinAfterDrag(controller, controller.endDrag(key), key);
          void controller.flush();
        }
      };
      window.addEventListener('pointermove', move);
      window.addEventListener('pointerup', up);
    },
    [active, controller, dragId, flow, nodeAt],
  );

  /** True once for the click that ends a drag. */
  const consumeDragClick = useCallback(() => {
    const was = dragged.current;
    dragged.current = false;
    return was;
  }, []);

  return { hovered: active ? hovered : null, nodeAt, onMouseMove, onPointerDownCapture, consumeDragClick };
}
