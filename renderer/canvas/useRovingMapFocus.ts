import { useReactFlow } from '@xyflow/react';
import { useEffect, useRef, type RefObject } from 'react';
import { ARROW_DIRECTIONS, nearestInDirection, readingOrder, type Placed } from '../../shared/layout/nearestInDirection';
import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/layout/nodeSize';
import { handOverMapFocus, peekMapFocus, takeMapFocus } from './mapFocusHandover';

const ITEMS = '.react-flow__node, .react-flow__edge';
/** Frames to wait for a node scrolled into view to be drawn before giving up on focusing it. */
const DRAW_FRAMES = 30;

const nodeElement = (root: Element, id: string) => root.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);

/**
 * The map is one Tab stop (a roving tabindex): Tab comes in on the selected node, or the one
 * last visited, or the first drawn in reading order; the arrow keys go to the nearest node
 * that way, Home and End to the first and last; Tab leaves for the next control. Every other
 * node and link is taken out of the Tab order (tabindex -1), still focusable by the arrows.
 * Shift with an arrow is left to React Flow, which moves the selected node.
 */
export function useRovingMapFocus(container: RefObject<HTMLElement | null>, selectedIds: readonly string[]): void {
  const flow = useReactFlow();
  const visited = useRef<string | null>(null);
  const selected = useRef(selectedIds);
  selected.current = selectedIds;
  const reapply = useRef<() => void>(() => undefined);

  useEffect(() => {
    const root = container.current;
    if (!root) return;
    let frame = 0;
    // Whether the keyboard is on one of the map's nodes: if that node is taken down (the map
    // became the picture) the browser drops focus to the page, and the focus is handed over.
    let onNode = false;

    /** Gives the one Tab stop to the node that should have it, or to the map itself when no node is drawn. */
    const apply = () => {
      frame = 0;
      const lost = document.activeElement === null || document.activeElement === document.body;
      if (onNode && lost && visited.current && !nodeElement(root, visited.current)) {
        onNode = false;
        handOverMapFocus(visited.current, 'dom');
      }
      // Handed over by the picture: onto the same node once it is drawn.
      const handed = lost ? peekMapFocus('dom') : null;
      const arriving = handed ? nodeElement(root, handed) : null;
      if (handed && arriving) {
        takeMapFocus('dom');
        visited.current = handed;
        arriving.focus();
      }
      const focused = document.activeElement instanceof HTMLElement && document.activeElement.matches('.react-flow__node') && root.contains(document.activeElement) ? document.activeElement : null;
      const drawn = [...root.querySelectorAll<HTMLElement>('.react-flow__node')];
      const stop =
        focused ??
        selected.current.map((id) => nodeElement(root, id)).find((el) => el !== null) ??
        (visited.current ? nodeElement(root, visited.current) : null) ??
        readingOrder(drawn.map((el) => ({ el, id: el.dataset.id ?? '', ...middleOf(flow, el.dataset.id ?? '') })).filter((p) => Number.isFinite(p.x)), NODE_HEIGHT)[0]?.el ??
        null;
      for (const el of root.querySelectorAll<HTMLElement | SVGElement>(ITEMS)) {
        const wanted = el === stop ? '0' : '-1';
        if (el.getAttribute('tabindex') !== wanted) el.setAttribute('tabindex', wanted);
      }
      root.tabIndex = stop ? -1 : 0;
    };
    const soon = () => {
      if (!frame) frame = requestAnimationFrame(apply);
    };
    reapply.current = soon;
    apply();

    const goTo = (id: string) => {
      visited.current = id;
      const now = nodeElement(root, id);
      if (now) {
        now.focus();
        soon();
        return;
      }
      // Off screen, so not drawn: bring it into view, then onto it once it is.
      const middle = middleOf(flow, id);
      void flow.setCenter(middle.x, middle.y, { zoom: flow.getZoom() });
      let frames = 0;
      const retry = () => {
        const later = nodeElement(root, id);
        if (later) {
          later.focus();
          soon();
        } else if (frames++ < DRAW_FRAMES) requestAnimationFrame(retry);
      };
      requestAnimationFrame(retry);
    };

    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target;
      if (!(target instanceof HTMLElement) || !target.matches('.react-flow__node') || event.ctrlKey || event.metaKey || event.altKey) return;
      const direction = ARROW_DIRECTIONS[event.key];
      const home = event.key === 'Home' || event.key === 'End';
      if ((!direction || event.shiftKey) && !home) return;
      const things = placedNodes(flow);
      const from = things.find((t) => t.id === target.dataset.id);
      const next = direction && from ? nearestInDirection(from, things, direction) : home ? (event.key === 'Home' ? readingOrder(things, NODE_HEIGHT)[0] : readingOrder(things, NODE_HEIGHT).at(-1)) : null;
      // The arrows belong to the map here: not React Flow's node nudge, not the saved views' stepping.
      event.preventDefault();
      event.stopPropagation();
      if (next) goTo(next.id);
    };
    const onFocusIn = (event: FocusEvent) => {
      onNode = event.target instanceof HTMLElement && event.target.matches('.react-flow__node');
      if (onNode) visited.current = (event.target as HTMLElement).dataset.id ?? null;
      soon();
    };
    // Focus gone elsewhere (not lost with its node, which gives no element to go to).
    const onFocusOut = (event: FocusEvent) => {
      if (event.relatedTarget instanceof Element) onNode = false;
    };

    // Nodes are drawn and taken down as the map moves: each new one must leave the Tab order at
    // once (before the next key is handled), not a frame later: React Flow draws each link as a
    // Tab stop, and a Tab pressed in between went onto one. Choosing the stop, which reads every
    // drawn node, waits for the frame: at the switch from the picture nodes are drawn a slice a
    // frame, and choosing it for each slice was most of the script in the switch's longest tasks.
    const observer = new MutationObserver((records) => {
      const added = records.flatMap((r) => [...r.addedNodes]).flatMap((n) => (n instanceof Element ? (n.matches(ITEMS) ? [n] : [...n.querySelectorAll(ITEMS)]) : []));
      // With no stop yet (the map's first nodes), the stop's own node drawn again, or the focused
      // node taken down (the keyboard must be handed over), choose now.
      const stopDrawn = added.some((el) => el instanceof HTMLElement && el.matches('.react-flow__node') && (el.dataset.id === visited.current || selected.current.includes(el.dataset.id ?? '')));
      const focusLost = onNode && (document.activeElement === null || document.activeElement === document.body);
      if ((added.length && root.tabIndex === 0) || stopDrawn || focusLost) {
        if (frame) cancelAnimationFrame(frame);
        apply();
        return;
      }
      for (const el of added) if (el.getAttribute('tabindex') !== '-1') el.setAttribute('tabindex', '-1');
      if (added.length || records.some((r) => r.removedNodes.length)) soon();
    });
    observer.observe(root, { childList: true, subtree: true });
    root.addEventListener('keydown', onKeyDown, true);
    root.addEventListener('focusin', onFocusIn);
    root.addEventListener('focusout', onFocusOut);
    return () => {
      observer.disconnect();
      root.removeEventListener('keydown', onKeyDown, true);
      root.removeEventListener('focusin', onFocusIn);
      root.removeEventListener('focusout', onFocusOut);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [container, flow]);

  // A new selection moves the Tab stop onto it.
  useEffect(() => reapply.current(), [selectedIds]);
}

/** Every node (and sticky note) React Flow holds, by its middle. */
function placedNodes(flow: ReturnType<typeof useReactFlow>): Placed[] {
  return flow
    .getNodes()
    .filter((n) => !n.hidden)
    .map((n) => ({ id: n.id, x: n.position.x + (n.width ?? n.measured?.width ?? NODE_WIDTH) / 2, y: n.position.y + (n.height ?? n.measured?.height ?? NODE_HEIGHT) / 2 }));
}

function middleOf(flow: ReturnType<typeof useReactFlow>, id: string): { x: number; y: number } {
  const node = flow.getNode(id);
  if (!node) return { x: NaN, y: NaN };
  return { x: node.position.x + (node.width ?? node.measured?.width ?? NODE_WIDTH) / 2, y: node.position.y + (node.height ?? node.measured?.height ?? NODE_HEIGHT) / 2 };
}
