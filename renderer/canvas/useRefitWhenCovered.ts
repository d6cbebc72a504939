import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import { useController } from '../app/controllerContext';
import { fitMap, mapCovers } from './fitMap';

/**
 * When a panel opens over the map (voting, compare), any node it hides cannot be clicked or
 * voted on: if one is under it, show the whole map again in the part left uncovered.
 */
export function useRefitWhenCovered(panelOpen: string | null): void {
  const controller = useController();
  const flow = useReactFlow();
  useEffect(() => {
    if (!panelOpen) return;
    const frame = requestAnimationFrame(() => {
      const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
      if (!pane) return;
      // Covers that reach past the pane (the editor's toolbar above it) hide only what is on it.
      const covers = mapCovers().map((c) => ({ left: Math.max(c.left, pane.left), top: Math.max(c.top, pane.top), right: Math.min(c.right, pane.right), bottom: Math.min(c.bottom, pane.bottom) }));
      const hidden = [...document.querySelectorAll('.react-flow__node')].some((el) => {
        const r = el.getBoundingClientRect();
        return covers.some((c) => r.left < c.right && r.right > c.left && r.top < c.bottom && r.bottom > c.top);
      });
      if (hidden) fitMap(flow, controller.state.doc);
    });
    return () => cancelAnimationFrame(frame);
  }, [panelOpen, flow, controller]);
}
