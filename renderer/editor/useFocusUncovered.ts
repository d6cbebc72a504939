import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import { fitFlying, fitLanded, mapCovers, passingCovers, uncoveredPane } from '../canvas/fitMap';

type Box = { left: number; top: number; right: number; bottom: number };
const overlaps = (a: Box, b: Box) => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
const inside = (a: Box, b: Box) => a.left >= b.left && a.right <= b.right && a.top >= b.top && a.bottom <= b.bottom;

/** Sent on the document when something that may cover the focus appears (a message). */
export const COVERS_CHANGED = 'goodhelpmap:covers-changed';

/**
 * WCAG 2.4.11: a node, sticky note or link reached with Tab is never left under the legend,
 * the minimap, a panel, the workshop toolbar or a message. React Flow pans only to nodes
 * outside the pane (and never to links); this pans one that is under something into the middle
 * of the part nothing covers, when it gets the focus and when a message comes over it.
 */
export function useFocusUncovered(): void {
  const flow = useReactFlow();
  useEffect(() => {
    const uncover = (target: Element) => {
      // After a fit in flight and React Flow's own pan to a node off screen, so none of them fight.
      void fitLanded().then(() => requestAnimationFrame(() => {
        if (document.activeElement !== target) return;
        // A fit asked for meanwhile (its first frame this one, before this) is let land first.
        if (fitFlying()) return uncover(target);
        const screen = uncoveredPane();
        const box = screen && shownBox(target);
        if (!screen || !box) return;
        // A message, which Fit map leaves no room for, still must not hide the focus.
        const covers = [...mapCovers(), ...passingCovers()];
        if (inside(box, screen.pane) && !covers.some((cover) => overlaps(box, cover))) return;
        const { x, y, zoom } = flow.getViewport();
        const dx = (screen.free.left + screen.free.right) / 2 - (box.left + box.right) / 2;
        const dy = (screen.free.top + screen.free.bottom) / 2 - (box.top + box.bottom) / 2;
        void flow.setViewport({ x: x + dx, y: y + dy, zoom }, { duration: 200 });
      }));
    };
    const focusedMapItem = (element: EventTarget | Element | null) => {
      const target = element instanceof Element ? element.closest('.react-flow__node, .react-flow__edge') : null;
      return target && target.matches(':focus-visible') ? target : null;
    };
    const onFocus = (event: FocusEvent) => {
      const target = focusedMapItem(event.target);
      if (target) uncover(target);
    };
    const onCoversChanged = () => {
      const target = focusedMapItem(document.activeElement);
      if (target) uncover(target);
    };
    document.addEventListener('focusin', onFocus);
    document.addEventListener(COVERS_CHANGED, onCoversChanged);
    return () => {
      document.removeEventListener('focusin', onFocus);
      document.removeEventListener(COVERS_CHANGED, onCoversChanged);
    };
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
