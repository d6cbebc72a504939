import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import { useController } from '../app/controllerContext';
import { uncoverStickyTools } from '../stickies/uncoverStickyTools';
import { coversAtRest, fitFlying, fitLanded, fitMap, mapCovers } from './fitMap';

/**
 * When a panel opens (voting, compare, the parking lot, the workshop's tools), any node it hides
 * cannot be clicked or voted on: one docked beside the map narrows the pane and cuts the nodes
 * at its edge, one over the map covers them. If a node is cut or covered, show the whole map
 * again in the part left uncovered; then a
 * selected sticky note's tools, which reach above the note, are brought out from under it too.
 */
export function useRefitWhenCovered(panelOpen: string | null): void {
  const controller = useController();
  const flow = useReactFlow();
  useEffect(() => {
    if (!panelOpen) return;
    let cancelled = false;
    let frame = 0;
    const refit = () => {
      // A fit already flying was aimed before this panel came to rest (workshop mode's own fit,
      // asked for as the toolbar slid out): judge where it lands, not where it passes.
      if (fitFlying()) {
        void fitLanded().then(() => {
          if (!cancelled) frame = requestAnimationFrame(refit);
        });
        return;
      }
      const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
      if (!pane) return;
      // Covers that reach past the pane (the editor's toolbar above it) hide only what is on it.
      const covers = mapCovers().map((c) => ({ left: Math.max(c.left, pane.left), top: Math.max(c.top, pane.top), right: Math.min(c.right, pane.right), bottom: Math.min(c.bottom, pane.bottom) })).filter((c) => c.right > c.left && c.bottom > c.top);
      const cut = (r: DOMRect) => (r.left < pane.left && r.right > pane.left) || (r.right > pane.right && r.left < pane.right) || (r.top < pane.top && r.bottom > pane.top) || (r.bottom > pane.bottom && r.top < pane.bottom);
      const hidden = [...document.querySelectorAll('.react-flow__node')].some((el) => {
        const r = el.getBoundingClientRect();
        return cut(r) || covers.some((c) => r.left < c.right && r.right > c.left && r.top < c.bottom && r.bottom > c.top);
      });
      // Judged at rest, so the fit may measure now rather than wait for rest again.
      void (hidden ? fitMap(flow, controller.state.doc, 300, { now: true }) : Promise.resolve()).then(() => {
        if (!cancelled) uncoverStickyTools(flow);
      });
    };
    // Panels slide in (the workshop toolbar takes 0.15 s): judge once they have come to rest.
    void coversAtRest().then(() => {
      if (!cancelled) refit();
    });
    return () => {
      cancelled = true;
      cancelAnimationFrame(frame);
    };
  }, [panelOpen, flow, controller]);
}
