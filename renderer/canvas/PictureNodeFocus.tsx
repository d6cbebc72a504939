import { useStore, useStoreApi } from '@xyflow/react';
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { ARROW_DIRECTIONS, nearestInDirection, nearestTo, type Placed } from '../../shared/layout/nearestInDirection';
import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/layout/nodeSize';
import { NODE_KIND_LABELS } from '../../shared/model/vocabulary';
import { useAppState, useController } from '../app/controllerContext';
import { handOverMapFocus, onMapFocusHandedOver, takeMapFocus } from './mapFocusHandover';
import { samePositions } from './samePositions';

const cameraOf = (s: { transform: [number, number, number]; width: number; height: number }) => `${s.transform.join(',')},${s.width},${s.height}`;
/** Unfocused, the button is placed once, for the camera as it was when it was last drawn. */
const restingCamera = () => '';

/**
 * The picture's nodes from the keyboard, where they are not DOM nodes of their own: one Tab stop
 * standing on one node at a time (a roving focus, so thousands of nodes cost one element). The
 * arrow keys move it to the nearest node that way on screen, Enter or Space selects that node
 * (Details shows it). While focused it names its node over the picture, as hover does.
 */
export function PictureNodeFocus() {
  const controller = useController();
  const doc = useAppState((s) => s.doc);
  const hidden = useAppState((s) => s.lensResult?.hidden);
  const selected = useAppState((s) => (s.selection.nodeIds.length === 1 ? s.selection.nodeIds[0]! : null));
  const [chosen, setChosen] = useState<string | null>(null);
  // Followed only while focused: working out every node's place at each frame of a zoom cost
  // the picture a tenth of its frame time, for a button nobody sees.
  const [hasFocus, setHasFocus] = useState(false);
  const camera = useStore(hasFocus ? cameraOf : restingCamera);
  const storeApi = useStoreApi();

  // The nodes the spots are worked out from: kept while an edit moves, adds and removes no node
  // (a rename), so an edit to one node does not go over all 5,000 again.
  const placed = useRef(doc?.nodes);
  if (!doc || !placed.current || !samePositions(placed.current, doc.nodes)) placed.current = doc?.nodes;
  const nodes = placed.current;

  // Every node on screen, at its centre in the map's own pixels: worked out once per camera.
  const spots = useMemo(() => {
    const { transform, width, height } = storeApi.getState();
    const [tx, ty, zoom] = transform;
    const out = new Map<string, Placed>();
    for (const node of Object.values(nodes ?? {})) {
      if (hidden?.has(node.id)) continue;
      const x = (node.x + NODE_WIDTH / 2) * zoom + tx;
      const y = (node.y + NODE_HEIGHT / 2) * zoom + ty;
      if (x >= 0 && x <= width && y >= 0 && y <= height) out.set(node.id, { id: node.id, x, y });
    }
    return { out, middle: { x: width / 2, y: height / 2 } };
    // The camera string stands for the store's transform and size, read here.
  }, [camera, nodes, hidden, storeApi]);

  // The node chosen by the arrows while it is on screen; else the selection; else the middle one.
  const spot = (chosen ? spots.out.get(chosen) : undefined) ?? (selected ? spots.out.get(selected) : undefined) ?? nearestTo(spots.out.values(), spots.middle);
  const node = spot ? doc?.nodes[spot.id] : undefined;
  // Focused, the button stays on its node while the camera moves (zoomed in on it, the middle of the screen is another node).
  const spotId = spot?.id ?? null;
  useEffect(() => {
    if (hasFocus && chosen === null && spotId !== null) setChosen(spotId);
  }, [hasFocus, chosen, spotId]);

  // Across a change of level the keyboard stays on its node (mapFocusHandover.ts).
  const button = useRef<HTMLButtonElement | null>(null);
  const [arriving, setArriving] = useState(false);
  useEffect(() => {
    const take = () => {
      const id = takeMapFocus('picture');
      if (id === null) return;
      if (spots.out.has(id)) setChosen(id);
      setArriving(true);
    };
    take();
    return onMapFocusHandedOver(take);
  }, [spots]);
  useEffect(() => {
    if (!arriving) return;
    setArriving(false);
    button.current?.focus();
  }, [arriving]);
  const shownId = useRef<string | null>(null);
  shownId.current = node?.id ?? null;
  useLayoutEffect(
    () => () => {
      // On unmount, before the button is taken down: if it has the focus, the DOM nodes take it over.
      if (shownId.current && button.current && document.activeElement === button.current) handOverMapFocus(shownId.current, 'picture');
    },
    [],
  );

  if (!spot || !node) return null;

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const direction = ARROW_DIRECTIONS[event.key];
    if (!direction || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    // Handled here: the arrows must not also pan the map or move the selected nodes.
    event.preventDefault();
    event.stopPropagation();
    const next = nearestInDirection(spot, [...spots.out.values()], direction);
    if (next) setChosen(next.id);
  };

  return (
    <div className="picture-node-focus" role="group" aria-label="Nodes on the picture: the arrow keys move between them, Enter selects">
      <button
        ref={button}
        type="button"
        className={`picture-node-focus__node nopan${selected === node.id ? ' is-selected' : ''}`}
        style={{ left: spot.x, top: spot.y }}
        aria-label={`${node.name}, ${NODE_KIND_LABELS[node.kind].toLowerCase()}`}
        onKeyDown={onKeyDown}
        onFocus={() => setHasFocus(true)}
        onBlur={() => setHasFocus(false)}
        onClick={() => controller.select({ nodeIds: [node.id], linkIds: [] })}
      >
        {node.name}
      </button>
    </div>
  );
}
