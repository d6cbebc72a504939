import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import { useController } from '../app/controllerContext';
import { fitMap, uncoveredPane } from './fitMap';

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
      const screen = uncoveredPane();
      if (!screen) return;
      const { free } = screen;
      const hidden = [...document.querySelectorAll('.react-flow__node')].some((el) => {
        const r = el.getBoundingClientRect();
        const visible = r.right > screen.pane.left && r.left < screen.pane.right && r.bottom > screen.pane.top && r.top < screen.pane.bottom;
        return visible && (r.left < free.left || r.right > free.right || r.top < free.top || r.bottom > free.bottom);
      });
      if (hidden) fitMap(flow, controller.state.doc);
    });
    return () => cancelAnimationFrame(frame);
  }, [panelOpen, flow, controller]);
}
