import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import { mapCovers, uncoveredPane } from '../canvas/fitMap';

type Box = { left: number; top: number; right: number; bottom: number };
const overlaps = (a: Box, b: Box) => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
const inside = (a: Box, b: Box) => a.left >= b.left && a.right <= b.right && a.top >= b.top && a.bottom <= b.bottom;

/**
 * WCAG 2.4.11: a node, sticky note or link reached with Tab is never left under the legend,
 * the minimap, a panel or the workshop toolbar. React Flow pans only to nodes outside the pane
 * (and never to links); this pans one that is under something into the middle of the part
 * nothing covers.
 */
export function useFocusUncovered(): void {
  const flow = useReactFlow();
  useEffect(() => {
    const onFocus = (event: FocusEvent) => {
      const target = event.target instanceof Element ? event.target.closest('.react-flow__node, .react-flow__edge') : null;
      if (!target || !target.matches(':focus-visible')) return;
      // After React Flow's own pan to a node off screen, so the two do not fight.
      requestAnimationFrame(() => {
        if (document.activeElement !== target) return;
        const screen = uncoveredPane();
        const box = screen && shownBox(target);
        if (!screen || !box) return;
        if (inside(box, screen.pane) && !mapCovers().some((cover) => overlaps(box, cover))) return;
        const { x, y, zoom } = flow.getViewport();
        const dx = (screen.free.left + screen.free.right) / 2 - (box.left + box.right) / 2;
        const dy = (screen.free.top + screen.free.bottom) / 2 - (box.top + box.bottom) / 2;
        void flow.setViewport({ x: x + dx, y: y + dy, zoom }, { duration: 200 });
      });
    };
    document.addEventListener('focusin', onFocus);
    return () => document.removeEventListener('focusin', onFocus);
  }, [flow]);
}

/** What must be seen: a node's box, or a small box round the middle of a link's line. */
function shownBox(target: Element): Box | null {
  if (!target.classList.contains('react-flow__edge')) return target.getBoundingClientRect();
  const path = target.querySelector<SVGPathElement>('path.react-flow__edge-path');
  const matrix = path?.getScreenCTM();
  if (!path || !matrix) return null;
  const mid = path.getPointAtLength(path.getTotalLength() / 2);
  const at = new DOMPoint(mid.x, mid.y).matrixTransform(matrix);
  return { left: at.x - 20, top: at.y - 20, right: at.x + 20, bottom: at.y + 20 };
}
