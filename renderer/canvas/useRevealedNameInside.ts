import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';

/** Screen pixels kept between a revealed name and the map's edge. */
const EDGE_PX = 4;

/**
 * A marker opens into its name on hover and on keyboard focus, centred on its node: at the
 * map's edge half of it would be cut off ("Faith leader – St Aidan's" at the left edge in workshop
 * mode). Once open, it slides inward (--reveal-dx/-dy, added to the placement's own slide, so
 * the CSS still keeps it over its marker) until it is whole; closed, it goes back.
 */
export function useRevealedNameInside(): void {
  const flow = useReactFlow();
  useEffect(() => {
    const reveal = (node: Element) =>
      requestAnimationFrame(() => {
        const chip = node.querySelector<HTMLElement>('.map-node.is-unlabelled');
        const pane = node.closest('.react-flow')?.getBoundingClientRect();
        if (!chip || !pane || !node.matches(':hover, :focus-visible')) return;
        const zoom = flow.getZoom();
        const box = chip.getBoundingClientRect();
        const dx = inward(box.left, box.right, pane.left + EDGE_PX, pane.right - EDGE_PX);
        const dy = inward(box.top, box.bottom, pane.top + EDGE_PX, pane.bottom - EDGE_PX);
        if (dx === 0 && dy === 0) return;
        const was = (name: string) => parseFloat(chip.style.getPropertyValue(name)) || 0;
        chip.style.setProperty('--reveal-dx', `${was('--reveal-dx') + dx / zoom}px`);
        chip.style.setProperty('--reveal-dy', `${was('--reveal-dy') + dy / zoom}px`);
      });
    const close = (node: Element) =>
      requestAnimationFrame(() => {
        if (node.matches(':hover, :focus-visible')) return;
        const chip = node.querySelector<HTMLElement>('.map-node');
        chip?.style.removeProperty('--reveal-dx');
        chip?.style.removeProperty('--reveal-dy');
      });
    const nodeOf = (event: Event) => (event.target instanceof Element ? event.target.closest('.react-flow__node') : null);
    const onOpen = (event: Event) => {
      const node = nodeOf(event);
      if (node) reveal(node);
    };
    const onClose = (event: Event) => {
      const node = nodeOf(event);
      if (node) close(node);
    };
    document.addEventListener('pointerover', onOpen);
    document.addEventListener('focusin', onOpen);
    document.addEventListener('pointerout', onClose);
    document.addEventListener('focusout', onClose);
    return () => {
      document.removeEventListener('pointerover', onOpen);
      document.removeEventListener('focusin', onOpen);
      document.removeEventListener('pointerout', onClose);
      document.removeEventListener('focusout', onClose);
    };
  }, [flow]);
}

/** How far a span must move to lie within [low, high]: 0 when it does (or cannot fit anyway, when it is centred). */
function inward(start: number, end: number, low: number, high: number): number {
  if (end - start > high - low) return (low + high) / 2 - (start + end) / 2;
  if (start < low) return low - start;
  if (end > high) return high - end;
  return 0;
}
